"""Reading a graph as the scorer sees it: entities, names and relations."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from ..model import CLASSES, PREDICATES
from ..namespaces import NS
from .gold import EvalError


KGO = rdflib.Namespace(NS["kgo"])


@dataclass
class GraphItems:
    """What the scorer reads from a graph (the data contract), plus evidence for error lists."""
    classes: dict[rdflib.term.Node, set[str]]           # entity -> the seven classes it has
    labels: dict[rdflib.term.Node, set[str]]            # entity -> every name
    relations: set[tuple[rdflib.term.Node, str, rdflib.term.Node]]
    graph: rdflib.Graph
    predicates: dict = field(default_factory=dict)      # property -> the five predicates it is

    def name(self, node) -> str:
        """The entity's Chinese label (else its smallest name, else the IRI)."""
        zh = sorted(str(o) for o in self.graph.objects(node, RDFS.label)
                    if getattr(o, "language", None) == "zh")
        return zh[0] if zh else min(self.labels.get(node, ()), default=str(node))

    def evidence(self, s, p: str, o) -> list[tuple[str, str]]:
        """(document, sentence) of every evidence node of ``s p o`` (p or a sub-property)."""
        out = []
        for ev in self.graph.subjects(RDF.subject, s):
            if (ev, RDF.object, o) not in self.graph:
                continue
            if p not in self.predicates.get(self.graph.value(ev, RDF.predicate), ()):
                continue
            out += [self._sentence(si) for si in self.graph.objects(ev, KGO.sentence)]
        return sorted(set(out))

    def mention(self, node) -> tuple[str, str] | None:
        """(document, sentence) of the first sentence the entity is mentioned in."""
        found = [self._sentence(si) + (si,) for si in self.graph.objects(node, KGO.mentionedIn)]
        if not found:
            return None
        g = self.graph
        first = min(found, key=lambda x: (x[0], _int(g.value(x[2], KGO["index"])), str(x[2])))
        return first[:2]

    def _sentence(self, si) -> tuple[str, str]:
        doc = self.graph.value(si, DCTERMS.isPartOf)
        ident = self.graph.value(doc, DCTERMS.identifier) if doc is not None else None
        return str(ident or doc or ""), str(self.graph.value(si, KGO.text) or "")


def _int(x) -> int:
    try:
        return int(x)
    except (TypeError, ValueError):
        return 0


def _closure(g: rdflib.Graph, tops, prop) -> dict:
    """Every term at or below a top term (by ``prop``*) -> the top terms' local names."""
    out: dict = {}
    for name in tops:
        start = KGO[name]
        seen, todo = {start}, [start]
        while todo:
            t = todo.pop()
            out.setdefault(t, set()).add(name)
            for sub in g.subjects(prop, t):
                if sub not in seen:
                    seen.add(sub)
                    todo.append(sub)
    return out


def graph_items(g: rdflib.Graph) -> GraphItems:
    """The entities, names and relations of a graph as the scorer sees them."""
    g = _flat(g)
    classes: dict = {}
    for c, names in _closure(g, CLASSES, RDFS.subClassOf).items():
        for e in g.subjects(RDF.type, c):
            classes.setdefault(e, set()).update(names)
    labels = {e: {str(o) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for o in g.objects(e, p)}
              for e in classes}
    relations = set()
    predicates = _closure(g, PREDICATES, RDFS.subPropertyOf)
    for p, names in predicates.items():
        for s, o in g.subject_objects(p):
            relations.update((s, n, o) for n in names)
    return GraphItems(classes, labels, relations, g, predicates)


def _flat(g: rdflib.Graph) -> rdflib.Graph:
    """A dataset's triples, whatever their named graph, as one graph."""
    if not isinstance(g, rdflib.ConjunctiveGraph):
        return g
    flat = rdflib.Graph()
    for s, p, o, _ in g.quads((None, None, None, None)):
        flat.add((s, p, o))
    return flat


def _is_cluster(x) -> bool:
    """Relation ends are cluster keys (plain str) or graph nodes (rdflib terms, also str)."""
    return type(x) is str


def load_graph(path: str | Path) -> rdflib.Graph:
    """Read a graph file (format by extension; named graphs merged)."""
    from ..validate import load
    path = Path(path)
    if not path.is_file():
        raise EvalError(f"{path}: no such graph file")
    try:
        return load(path)
    except ValueError as e:
        raise EvalError(str(e)) from e
    except Exception as e:  # a parser error: rdflib raises many kinds
        raise EvalError(f"{path}: cannot be parsed as RDF ({type(e).__name__}: {e})".splitlines()[0]) from e


def graph_documents(g: rdflib.Graph) -> set[str]:
    """The file names of the documents a graph was built from (kgo:Document identifiers)."""
    g = _flat(g)
    return {str(i) for d in g.subjects(RDF.type, KGO.Document) for i in g.objects(d, DCTERMS.identifier)}
