"""``evaluate``: a gold folder scored against a graph file or a build of its corpus."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import rdflib

from .build import Progress, build_graph, merge_graphs, scored_documents
from .gold import doc_name, load_gold
from .graph import graph_documents, load_graph
from .scoring import Score, score
from .sets import GoldSet, default_corpus, docs_by_set, union_gold


@dataclass
class Evaluation:
    """A score and what was noticed on the way (files skipped, documents unmatched)."""
    score: Score
    problems: list = field(default_factory=list)       # kg.model.Problem: files not read
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    graph: rdflib.Graph | None = field(default=None, repr=False)    # the graph scored

    def to_json(self, errors: int | None = 0) -> dict:
        return {**self.score.to_json(errors), "warnings": list(self.warnings)}


def evaluate(gold_dir: str | Path, corpus_dir: str | Path | None = None,
             graph: rdflib.Graph | str | Path | None = None, docs: list[str] | None = None,
             progress: Progress | None = None) -> Evaluation:
    """Score a graph against the gold files of ``gold_dir``.

    With ``graph`` (an rdflib graph or a graph file) that graph is scored as a
    whole against the gold files (of ``docs``, when given). Otherwise the
    documents of ``corpus_dir`` that have a gold file (and are among ``docs``)
    are built in memory and scored; ``corpus_dir`` defaults to ``corpus/``
    beside the gold folder, else the bundled corpus (kg/evaluate/sets.py).
    """
    t0 = time.perf_counter()
    warnings: list[str] = []
    problems: list = []
    if graph is not None:
        g = load_graph(graph) if isinstance(graph, (str, Path)) else graph
        gold = load_gold(gold_dir, docs)
        warnings += graph_warnings(g, {doc_name(f) for f in gold.files})
    else:
        if corpus_dir is None:
            corpus_dir = default_corpus(gold_dir)
        names, missing = scored_documents(gold_dir, corpus_dir, docs)
        warnings += [f"no document {d} in {corpus_dir}; its gold file is not scored" for d in missing]
        built = build_graph(corpus_dir, names, progress=progress)
        g, problems = built.graph, built.problems
        gold = load_gold(gold_dir, names)
    return Evaluation(score(g, gold), problems, warnings, time.perf_counter() - t0, g)


def graph_warnings(g: rdflib.Graph, scored: set[str]) -> list[str]:
    """What to say about a graph scored against the gold of the documents ``scored``."""
    warnings = []
    in_graph = graph_documents(g)
    extra = sorted(in_graph - scored)
    if extra:
        warnings.append(f"the graph holds {len(extra)} documents that are not scored "
                        f"({', '.join(extra)}); what they add counts against precision")
    if in_graph:
        warnings += [f"no document {d} in the graph; its gold counts as missed"
                     for d in sorted(scored - in_graph)]
    return warnings


@dataclass
class SetsEvaluation:
    """Each gold set's evaluation, and their union: all the sets' graphs merged,
    scored against all their gold files as one folder (as score.py would)."""
    sets: list[GoldSet]
    results: dict[str, Evaluation]          # by set name
    union: Evaluation
    seconds: float = 0.0
    graph: str | None = None                # the graph file scored (None: each set built)

    @property
    def problems(self) -> list:
        return [p for e in self.results.values() for p in e.problems]

    @property
    def warnings(self) -> list[str]:
        return [*(w for e in self.results.values() for w in e.warnings), *self.union.warnings]

    def to_json(self, errors: int | None = 0) -> dict:
        """``{"sets": {name: {gold, corpus, scores...}}, "union": {scores...}}``; each scores
        object has score.py's ``--json`` layout, with ``warnings``."""
        sets = {}
        for s in self.sets:
            if s.name in self.results:
                sets[s.name] = {"gold_dir": str(s.gold_dir), "corpus_dir": str(s.corpus_dir),
                                **self.results[s.name].to_json(errors)}
        return {"sets": sets, "union": self.union.to_json(errors)}


def evaluate_sets(sets: list[GoldSet], graph: rdflib.Graph | str | Path | None = None,
                  docs: list[str] | None = None, progress: Progress | None = None) -> SetsEvaluation:
    """Score each gold set (its corpus built in memory, or ``graph``) and their union.

    ``docs`` restricts the documents scored, across all sets (a set with none of
    them is left out). Every set's gold and corpus are checked before anything
    is built. With ``graph``, each set is scored against the whole graph, so
    what the other sets' documents add counts against its precision.
    """
    t0 = time.perf_counter()
    wanted = docs_by_set(sets, docs)
    sets = [s for s in sets if s.name in wanted]
    warnings: list[str] = []
    if graph is not None:
        g = load_graph(graph) if isinstance(graph, (str, Path)) else graph
        chosen = {s.name: wanted[s.name] for s in sets}
        results = {s.name: Evaluation(score(g, load_gold(s.gold_dir, chosen[s.name])), graph=g) for s in sets}
        scored = {doc_name(f) for e in results.values() for f in e.score.gold_files}
        warnings += graph_warnings(g, scored)
        if len(sets) > 1:
            warnings.append("each set is scored against the whole graph: what the other sets' documents "
                            "add counts against its precision")
    else:
        chosen, missing = {}, {}
        for s in sets:                   # every set checked before any is built
            chosen[s.name], missing[s.name] = scored_documents(s.gold_dir, s.corpus_dir, wanted[s.name])
        results = {}
        for s in sets:
            e = results[s.name] = evaluate(s.gold_dir, s.corpus_dir, docs=chosen[s.name], progress=progress)
            e.warnings[:0] = [f"no document {d} in {s.corpus_dir}; its gold file is not scored"
                              for d in missing[s.name]]
        g = merge_graphs(e.graph for e in results.values())
    t1 = time.perf_counter()
    gold = union_gold([(s, chosen[s.name]) for s in sets])
    union = Evaluation(score(g, gold), [], warnings, time.perf_counter() - t1, g)
    given = None if graph is None else str(graph) if isinstance(graph, (str, Path)) else "the graph given"
    return SetsEvaluation(sets, results, union, time.perf_counter() - t0, given)
