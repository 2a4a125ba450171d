"""Cross-validation by document: each built alone, without what was taken from it.

Every document of every gold set given is a fold: it is built alone with a
lexicon lacking the entries whose only source is that document (source tag
``doc:<file name>``, kg/lexicon.py) and scored against its own gold file.
The means are per set and over all documents.

Learned components plug in through ``trainer``: a callable, called once per
fold as ``trainer(held_out, training)`` with the names of the held-out
documents (a frozenset of file names) and the ``TrainingDocument`` of every
other document of the gold sets (its set, file name, text file and parsed
gold file). It returns the keyword arguments that the fold's build passes to
``kg.pipeline.extract`` (``build_graph(..., **components)``), e.g.
``{"relation_model": model}``; ``extract`` must take each keyword (a
TypeError names one it does not). A ``"lexicon"`` it returns replaces the
fold's lexicon. The trainer is never given a held-out document's gold.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .build import Progress, build_graph, corpus_documents, scored_documents
from .gold import doc_name, load_gold, read_gold
from .scoring import Score, _prf, score
from .sets import GoldSet, docs_by_set, gold_set, unique


@dataclass(frozen=True)
class TrainingDocument:
    """A document a fold's trainer may learn from."""
    set: str            # the gold set's name
    doc: str            # the document's file name
    text: Path          # the document's file
    gold: dict          # its gold file, parsed (a copy of its own for each fold)


Trainer = Callable[[frozenset, list], dict]


@dataclass
class Fold:
    """One document built alone, without the lexicon entries taken from it."""
    doc: str
    dropped: list[str]          # names of the lexicon entries left out
    score: Score
    seconds: float
    problems: list = field(default_factory=list)
    set: str = ""               # the gold set's name
    components: list[str] = field(default_factory=list)     # the trainer's keywords for extract


@dataclass
class MeanPRF:
    """Mean precision, recall and F1 of several scores, with summed counts."""
    p: float
    r: float
    f: float
    graph: int = 0
    gold: int = 0

    def to_json(self) -> dict:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f": round(self.f, 4),
                "graph": self.graph, "gold": self.gold}


@dataclass
class CrossValidation:
    folds: list[Fold]
    warnings: list[str] = field(default_factory=list)
    sets: list[str] = field(default_factory=list)           # the gold sets' names, in order

    def mean(self, set: str | None = None) -> dict[str, MeanPRF]:
        """Mean precision, recall and F1 over the folds (of one set, when given), per
        measure (F1 is the mean of the folds' F1, not the F1 of the mean P and R)."""
        folds = [f for f in self.folds if set is None or f.set == set]
        out = {}
        for k in ("entities", "entities_typed", "relations"):
            prfs = [getattr(f.score, k) for f in folds]
            n = len(prfs) or 1
            out[k] = MeanPRF(sum(x.p for x in prfs) / n, sum(x.r for x in prfs) / n,
                             sum(x.f for x in prfs) / n,
                             sum(x.graph for x in prfs), sum(x.gold for x in prfs))
        return out

    @property
    def seconds(self) -> float:
        return sum(f.seconds for f in self.folds)

    def to_json(self, errors: int | None = 0) -> dict:
        """``folds`` (each with its set), ``mean`` over all of them, and per set its
        number of documents and ``mean``."""
        return {"folds": [{"set": f.set, "doc": f.doc, "dropped": f.dropped, "components": f.components,
                           "seconds": round(f.seconds, 2), **f.score.to_json(errors)} for f in self.folds],
                "mean": {k: _prf(m) for k, m in self.mean().items()},
                "sets": {s: {"documents": sum(f.set == s for f in self.folds),
                             "mean": {k: _prf(m) for k, m in self.mean(s).items()}} for s in self.sets}}


def cross_validate(gold: str | Path | GoldSet | list[GoldSet], corpus_dir: str | Path | None = None,
                   docs: list[str] | None = None, lexicon=None, progress: Progress | None = None,
                   trainer: Trainer | None = None) -> CrossValidation:
    """Build and score each document alone, without the lexicon entries whose
    only source is that document (``doc:<file name>``, kg/lexicon.py).

    ``gold`` is a gold folder (its corpus ``corpus_dir``, by default ``corpus/``
    beside it, else the bundled corpus) or gold sets (kg/evaluate/sets.py).
    ``docs`` restricts the folds to these documents. ``lexicon`` is the full
    lexicon to start from (default: the curated one). ``progress(doc, i, n)`` is
    called before each fold. ``trainer``: see the module's docstring.
    """
    from ..lexicon import default_lexicon
    given = _as_sets(gold, corpus_dir)
    base = lexicon if lexicon is not None else default_lexicon()
    wanted = docs_by_set(given, docs)
    sets = [s for s in given if s.name in wanted]
    plan: list[tuple[GoldSet, str]] = []
    cv = CrossValidation([], [], [s.name for s in sets])
    for s in sets:                       # every set checked before anything is built
        names, missing = scored_documents(s.gold_dir, s.corpus_dir, wanted[s.name])
        cv.warnings += [f"no document {d} in {s.corpus_dir}; its gold file is not scored" for d in missing]
        plan += [(s, d) for d in names]
    pool = _training_pool(given) if trainer else []      # all the sets' documents, whatever --docs chose
    for i, (s, doc) in enumerate(plan, 1):
        if progress:
            progress(doc, i, len(plan))
        components = _train(trainer, frozenset({doc}), pool) if trainer else {}
        dropped = [e.name for e in base.entries if e.only_from(doc)]
        # the default lexicon, unchanged: the pipeline's own recogniser, loaded once
        fold_lexicon = None if (lexicon is None and not dropped) else base.without_document(doc)
        fold_lexicon = components.pop("lexicon", fold_lexicon)
        built = build_graph(s.corpus_dir, [doc], lexicon=fold_lexicon, **components)
        cv.folds.append(Fold(doc, dropped, score(built.graph, load_gold(s.gold_dir, [doc])),
                             built.seconds, built.problems, s.name, sorted(components)))
    return cv


def _as_sets(gold, corpus_dir) -> list[GoldSet]:
    if isinstance(gold, (str, Path)):
        return [gold_set(gold, corpus_dir)]
    if corpus_dir is not None:
        raise ValueError("corpus_dir goes with a gold folder; a GoldSet names its own corpus")
    return unique([gold] if isinstance(gold, GoldSet) else list(gold))


def _training_pool(sets: list[GoldSet]) -> list[tuple[GoldSet, str, dict]]:
    """Every gold document of the sets whose text is in the set's corpus."""
    pool = []
    for s in sets:
        in_corpus = set(corpus_documents(s.corpus_dir))
        data, files = read_gold(s.gold_dir)
        pool += [(s, doc_name(f), d) for f, d in zip(files, data) if doc_name(f) in in_corpus]
    return pool


def _train(trainer: Trainer, held_out: frozenset, pool) -> dict:
    """The trainer's keywords for one fold; it sees no held-out document."""
    training = [TrainingDocument(s.name, doc, s.corpus_dir / doc, copy.deepcopy(gold))
                for s, doc, gold in pool if doc not in held_out]
    components = trainer(held_out, training)
    if not isinstance(components, dict):
        raise TypeError(f"a trainer returns a dict of keyword arguments for kg.pipeline.extract, "
                        f"not {type(components).__name__}")
    return dict(components)


def fold_progress(stream=None) -> Progress | None:
    """A progress printer for cross-validation on a terminal (None when not one)."""
    import sys
    stream = stream or sys.stderr
    if not stream.isatty():
        return None

    def show(doc: str, i: int, n: int) -> None:
        stream.write(f"\rcross-validation {i}/{n} {doc}" + " " * 10 + ("\n" if i == n else ""))
        stream.flush()
    return show
