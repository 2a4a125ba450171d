"""``evaluate``: a gold folder scored against a graph file or a build of its corpus."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import rdflib

from .build import Progress, build_graph, scored_documents
from .gold import doc_name, load_gold
from .graph import graph_documents, load_graph
from .scoring import Score, score

@dataclass
class Evaluation:
    """A score and what was noticed on the way (files skipped, documents unmatched)."""
    score: Score
    problems: list = field(default_factory=list)       # kg.model.Problem: files not read
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self, errors: int | None = 0) -> dict:
        return {**self.score.to_json(errors), "warnings": list(self.warnings)}


def evaluate(gold_dir: str | Path, corpus_dir: str | Path | None = None,
             graph: rdflib.Graph | str | Path | None = None, docs: list[str] | None = None,
             progress: Progress | None = None) -> Evaluation:
    """Score a graph against the gold files of ``gold_dir``.

    With ``graph`` (an rdflib graph or a graph file) that graph is scored as a
    whole against the gold files (of ``docs``, when given). Otherwise the
    documents of ``corpus_dir`` (default: the bundled corpus) that have a
    gold file (and are among ``docs``) are built in memory and scored.
    """
    t0 = time.perf_counter()
    warnings: list[str] = []
    problems: list = []
    if graph is not None:
        g = load_graph(graph) if isinstance(graph, (str, Path)) else graph
        gold = load_gold(gold_dir, docs)
        scored = {doc_name(f) for f in gold.files}
        in_graph = graph_documents(g)
        extra = sorted(in_graph - scored)
        if extra:
            warnings.append(f"the graph holds {len(extra)} documents that are not scored "
                            f"({', '.join(extra)}); what they add counts against precision")
        if in_graph:
            warnings += [f"no document {d} in the graph; its gold counts as missed"
                         for d in sorted(scored - in_graph)]
    else:
        if corpus_dir is None:
            from ..resources import corpus_dir as bundled
            corpus_dir = bundled()
        names, missing = scored_documents(gold_dir, corpus_dir, docs)
        warnings += [f"no document {d} in {corpus_dir}; its gold file is not scored" for d in missing]
        built = build_graph(corpus_dir, names, progress=progress)
        g, problems = built.graph, built.problems
        gold = load_gold(gold_dir, names)
    return Evaluation(score(g, gold), problems, warnings, time.perf_counter() - t0)
