"""Cross-validation by document: each built alone, without what was taken from it."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .build import Progress, build_graph, scored_documents
from .gold import load_gold
from .scoring import Score, _prf, score

@dataclass
class Fold:
    """One document built alone, without the lexicon entries taken from it."""
    doc: str
    dropped: list[str]          # names of the lexicon entries left out
    score: Score
    seconds: float
    problems: list = field(default_factory=list)


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

    def mean(self) -> dict[str, MeanPRF]:
        """Mean precision, recall and F1 over the folds, per measure
        (F1 is the mean of the folds' F1, not the F1 of the mean P and R)."""
        out = {}
        for k in ("entities", "entities_typed", "relations"):
            prfs = [getattr(f.score, k) for f in self.folds]
            n = len(prfs) or 1
            out[k] = MeanPRF(sum(x.p for x in prfs) / n, sum(x.r for x in prfs) / n,
                             sum(x.f for x in prfs) / n,
                             sum(x.graph for x in prfs), sum(x.gold for x in prfs))
        return out

    @property
    def seconds(self) -> float:
        return sum(f.seconds for f in self.folds)

    def to_json(self, errors: int | None = 0) -> dict:
        return {"folds": [{"doc": f.doc, "dropped": f.dropped, "seconds": round(f.seconds, 2),
                           **f.score.to_json(errors)} for f in self.folds],
                "mean": {k: _prf(m) for k, m in self.mean().items()}}


def cross_validate(gold_dir: str | Path, corpus_dir: str | Path | None = None,
                   docs: list[str] | None = None, lexicon=None,
                   progress: Progress | None = None) -> CrossValidation:
    """Build and score each document alone, without the lexicon entries whose
    only source is that document (``doc:<file name>``, kg/lexicon.py).

    ``lexicon`` is the full lexicon to start from (default: the curated one);
    ``corpus_dir`` defaults to the bundled corpus. ``progress(doc, i, n)`` is
    called before each fold.
    """
    from ..lexicon import default_lexicon
    if corpus_dir is None:
        from ..resources import corpus_dir as bundled
        corpus_dir = bundled()
    base = lexicon if lexicon is not None else default_lexicon()
    names, missing = scored_documents(gold_dir, corpus_dir, docs)
    cv = CrossValidation([], [f"no document {d} in {corpus_dir}; its gold file is not scored"
                              for d in missing])
    for i, doc in enumerate(names, 1):
        if progress:
            progress(doc, i, len(names))
        dropped = [e.name for e in base.entries if e.only_from(doc)]
        # the default lexicon, unchanged: the pipeline's own recogniser, loaded once
        fold_lexicon = None if (lexicon is None and not dropped) else base.without_document(doc)
        built = build_graph(corpus_dir, [doc], lexicon=fold_lexicon)
        cv.folds.append(Fold(doc, dropped, score(built.graph, load_gold(gold_dir, [doc])),
                             built.seconds, built.problems))
    return cv


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
