"""Score a graph against gold annotations: what ``kg eval`` prints.

    >>> import rdflib
    >>> gold = Gold.from_documents([{"doc": "a.txt", "relations": [], "entities": [
    ...     {"name": "腾讯", "type": ["Enterprise"], "aliases": ["腾讯公司"]},
    ...     {"name": "拱墅区", "type": "Place"}]}])
    >>> g = rdflib.Graph().parse(format="turtle", data='''
    ...     @prefix kgo: <https://w3id.org/gongshu-kg/ontology#> .
    ...     @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ...     <urn:x:1> a kgo:Enterprise ; rdfs:label "腾讯公司"@zh .
    ...     <urn:x:2> a kgo:Platform ; rdfs:label "拱墅区"@zh . ''')
    >>> s = score(g, gold)
    >>> s.entities.f, s.entities_typed.f
    (1.0, 0.5)

The counting is that of the project-independent scorer
(``../shared/eval/score.py``), reimplemented here so that the package does
not depend on it:

- Gold entities of all scored files are merged into clusters wherever their
  names or aliases meet after normalisation (NFKC, lower case; quotation
  marks, 《》「」『』〈〉<> and white space dropped).
- Graph entities are the subjects of ``rdf:type`` one of the seven kgo:
  classes or a subclass of one (``rdfs:subClassOf`` in the graph); their names
  are every ``rdfs:label``, ``skos:prefLabel`` and ``skos:altLabel``. A graph
  entity hits a cluster when one of its names is one of the cluster's names
  (the smallest cluster key when it hits several).
- Entity recall is clusters hit over clusters; precision is clusters hit over
  graph entities, so two graph entities for one thing cost precision. Typed
  scores also need a class of the graph entity among the cluster's types.
- Per class: precision is the share of the graph entities of that class that
  hit a cluster of that type; recall the share of the clusters of that type
  hit by a graph entity of that class.
- Relations (the five kgo: predicates or sub-properties) are compared as
  (cluster, predicate, cluster) triples; an end that hits no cluster stays
  the graph node, so it can only be spurious.

Several gold sets (``evaluate_sets``, kg/evaluate/sets.py) are scored each
on its own corpus, then as a union: their graphs merged, scored against all
their gold files as score.py scores one folder holding them all.

Cross-validation (``cross_validate``) builds each document of each gold set
alone with a lexicon that lacks the entries taken from that document (source
tag ``doc:<file name>``, kg/lexicon.py) and scores it against its own gold
file: the measure of names that no list holds. Learned components plug in
through its ``trainer`` (kg/evaluate/crossval.py).

Modules: ``gold`` (gold files and clusters), ``graph`` (what the scorer
reads from a graph), ``scoring`` (the counting), ``build`` (a corpus built in
memory), ``sets`` (gold sets, their corpora and their union), ``evaluation``
(``evaluate``, ``evaluate_sets``), ``crossval`` (``cross_validate``),
``report`` (text tables and error lists).
"""
from __future__ import annotations

from .build import (Built, Progress, build_graph, corpus_documents, corpus_subset, merge_graphs,
                    scored_documents)
from .crossval import CrossValidation, Fold, MeanPRF, Trainer, TrainingDocument, cross_validate, fold_progress
from .evaluation import Evaluation, SetsEvaluation, evaluate, evaluate_sets
from .gold import GOLD_SUFFIX, EvalError, Gold, doc_name, gold_files, load_gold, norm, read_gold, select_docs
from .graph import KGO, GraphItems, graph_documents, graph_items, load_graph
from .report import format_cross_validation, format_errors, format_score, format_sets
from .scoring import PRF, EntityItem, Errors, RelationItem, Score, score
from .sets import GoldSet, default_corpus, docs_by_set, gold_set, gold_sets, set_name, union_gold

__all__ = [
    "Built", "CrossValidation", "EntityItem", "Errors", "EvalError", "Evaluation", "Fold",
    "GOLD_SUFFIX", "Gold", "GoldSet", "GraphItems", "KGO", "MeanPRF", "PRF", "Progress", "RelationItem",
    "Score", "SetsEvaluation", "Trainer", "TrainingDocument", "build_graph", "corpus_documents",
    "corpus_subset", "cross_validate", "default_corpus", "doc_name", "docs_by_set", "evaluate",
    "evaluate_sets", "fold_progress", "format_cross_validation", "format_errors", "format_score",
    "format_sets", "gold_files", "gold_set", "gold_sets", "graph_documents", "graph_items", "load_gold",
    "load_graph", "merge_graphs", "norm", "read_gold", "score", "scored_documents", "select_docs",
    "set_name", "union_gold",
]
