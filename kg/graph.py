"""The store as a networkx graph: entities as nodes, relations as edges carrying their evidence.

    >>> from kg.store import open_store
    >>> from kg.graph import load_graph, resolve
    >>> G = load_graph(open_store("kg-store"))                         # doctest: +SKIP
    >>> G.nodes[resolve(G, "华东医药")]["label"]                         # doctest: +SKIP
    '华东医药'
    >>> [(v, k) for _, v, k in G.out_edges(resolve(G, "华东医药"), keys=True)]   # doctest: +SKIP
    [('https://w3id.org/gongshu-kg/resource/IndustryTrack/生命健康', 'inTrack'), ...]

The graph is read with a handful of SPARQL queries (not by loading every
triple into rdflib), so it costs a fraction of a second on the bundled corpus.

Nodes are entity IRIs with these attributes:

    label      the canonical Chinese name (rdfs:label @zh)
    en         the English name, or None
    aliases    the other names met (skos:altLabel), sorted
    cls        the class that names the node (the one in its IRI), e.g. 'Enterprise'
    classes    every contract class it has (a park can be a Project and a Platform)
    mentions   how many sentences name it;  documents: in how many documents
    wikidata   its Wikidata Q-number (owl:sameAs, curated in kg/data/wikidata.tsv), or None

Edges are keyed by relation: ``G[s][o]["inTrack"]`` is the statement
``s kgo:inTrack o``, with attributes ``predicate`` (the contract relation it
is, e.g. 'inTrack'), ``iri`` (the predicate IRI, a sub-property where the
graph uses one) and ``evidence``, a list of `Evidence` (the sentences stating it).
``G.graph["documents"]`` maps document file names to their titles.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any, Iterable
from urllib.parse import unquote

import networkx as nx
import pyoxigraph

from .model import CLASSES
from .query import PREFIXES, select_terms, shorten
from .stats import class_members, relation_predicates

KGR = PREFIXES["kgr"]
KGO = PREFIXES["kgo"]

CLASS_ZH = {"Enterprise": "企业", "Institution": "机构", "Project": "项目", "Platform": "平台",
            "CommercialDistrict": "商圈", "IndustryTrack": "产业赛道", "Place": "地点", "Entity": "实体"}
PREDICATE_ZH = {"inTrack": "属于赛道", "subTrackOf": "细分赛道", "locatedIn": "位于",
                "ownedBy": "隶属", "partOf": "组成部分"}


@dataclass(frozen=True)
class Evidence:
    """One sentence stating a relation, and where it is."""
    sentence: str                  # the sentence text
    doc: str                       # the document's file name (dcterms:identifier)
    title: str | None = None       # the document's title
    index: int | None = None       # the sentence's position in its document
    rule: str | None = None        # the extraction rule that found the relation
    confidence: float | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class NotFound(LookupError):
    """A name that is no node's label or alias; ``suggestions`` holds the nearest names."""

    def __init__(self, message: str, suggestions: list[str] | None = None):
        super().__init__(message)
        self.suggestions = suggestions or []



def _local_name(iri: str) -> str:
    tail = re.split(r"[/#]", iri.rstrip("/"))[-1]
    return unquote(tail) or iri


def _iri_class(iri: str) -> str:
    return iri[len(KGR):].split("/", 1)[0] if iri.startswith(KGR) else ""


def _number(term) -> float | None:
    try:
        return float(term.value) if term is not None else None
    except ValueError:
        return None


def load_graph(store: pyoxigraph.Store) -> nx.MultiDiGraph:
    """Every entity and relation of ``store`` as a ``networkx.MultiDiGraph``.

        >>> G = load_graph(store)                                       # doctest: +SKIP
        >>> G.number_of_nodes(), G.number_of_edges()                    # doctest: +SKIP
        (292, 287)
        >>> valley, health = resolve(G, "半山生命健康谷"), resolve(G, "生命健康")  # doctest: +SKIP
        >>> G.edges[valley, health, "inTrack"]["evidence"][0].doc          # doctest: +SKIP
        '000_96deaf8c4352779a.txt'

    An entity typed with a subclass counts as its contract class; a relation
    stated with a sub-property counts as its contract relation.
    """
    classes_of: dict[str, list[str]] = {}
    for cls, members in class_members(store).items():
        for iri in members:
            classes_of.setdefault(iri, []).append(cls)

    preds = relation_predicates(store)
    values = " ".join(f"<{iri}>" for iri in preds)
    triples = sorted({(s.value, p.value, o.value) for s, p, o in select_terms(
        store, f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o . "
               f"FILTER (isIRI(?s) && isIRI(?o)) }}")})
    for s, _, o in triples:
        classes_of.setdefault(s, [])
        classes_of.setdefault(o, [])

    labels: dict[str, dict[str, str]] = {}
    for e, label in select_terms(store, "SELECT ?e ?l WHERE { ?e rdfs:label ?l FILTER isIRI(?e) }"):
        if e.value in classes_of:
            labels.setdefault(e.value, {}).setdefault(label.language or "", label.value)
    aliases: dict[str, set[str]] = {}
    for e, label in select_terms(store, "SELECT ?e ?l WHERE { ?e skos:altLabel ?l FILTER isIRI(?e) }"):
        if e.value in classes_of:
            aliases.setdefault(e.value, set()).add(label.value)
    mentions: dict[str, tuple[int, int]] = {}
    for e, n, d in select_terms(store, """
            SELECT ?e (COUNT(DISTINCT ?s) AS ?n) (COUNT(DISTINCT ?d) AS ?docs) WHERE {
              ?e kgo:mentionedIn ?s . OPTIONAL { ?s dcterms:isPartOf ?d }
            } GROUP BY ?e"""):
        mentions[e.value] = (int(n.value), int(d.value))
    wikidata: dict[str, str] = {}
    for e, same in select_terms(store, """
            SELECT ?e ?w WHERE { ?e owl:sameAs ?w
              FILTER (isIRI(?e) && STRSTARTS(STR(?w), "http://www.wikidata.org/entity/")) }"""):
        wikidata.setdefault(e.value, same.value.rsplit("/", 1)[-1])
    documents: dict[str, str | None] = {}
    for ident, title in select_terms(store, """
            SELECT ?id (SAMPLE(?t) AS ?title) WHERE {
              ?d a kgo:Document ; dcterms:identifier ?id . OPTIONAL { ?d dcterms:title ?t }
            } GROUP BY ?id ORDER BY ?id"""):
        documents[ident.value] = title.value if title is not None else None

    G = nx.MultiDiGraph(documents=documents)
    order = {c: i for i, c in enumerate(CLASSES)}
    for iri in sorted(classes_of):
        cls_list = sorted(classes_of[iri], key=lambda c: order.get(c, 99))
        named = _iri_class(iri)
        primary = named if named in cls_list else (cls_list[0] if cls_list else "Entity")
        lab = labels.get(iri, {})
        name = lab.get("zh") or lab.get("") or next(iter(lab.values()), None) or _local_name(iri)
        sentences, docs = mentions.get(iri, (0, 0))
        G.add_node(iri, label=name, en=lab.get("en"), aliases=sorted(aliases.get(iri, set()) - {name}),
                   cls=primary, classes=cls_list or [primary], mentions=sentences, documents=docs,
                   wikidata=wikidata.get(iri))

    evidence: dict[tuple[str, str, str], set[Evidence]] = {}
    for s, p, o, text, doc, idx, rule, conf in select_terms(store, """
            SELECT ?s ?p ?o ?text ?doc ?idx ?rule ?conf WHERE {
              ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kgo:sentence ?sen .
              FILTER (isIRI(?o))
              OPTIONAL { ?sen kgo:text ?text }
              OPTIONAL { ?sen kgo:index ?idx }
              OPTIONAL { ?sen dcterms:isPartOf/dcterms:identifier ?doc }
              OPTIONAL { ?ev kgo:rule ?rule }
              OPTIONAL { ?ev kgo:confidence ?conf }
            }"""):
        d = doc.value if doc is not None else ""
        ix = _number(idx)
        evidence.setdefault((s.value, p.value, o.value), set()).add(Evidence(
            text.value if text is not None else "", d, documents.get(d),
            int(ix) if ix is not None else None, rule.value if rule is not None else None,
            _number(conf)))
    for s, p, o in triples:
        base = preds[p]
        key = base if p == KGO + base else shorten(p)
        ev = sorted(evidence.get((s, p, o), ()),
                    key=lambda e: (e.doc, e.index if e.index is not None else -1, e.sentence))
        G.add_edge(s, o, key=key, predicate=base, iri=p, evidence=ev)
    return G


# --------------------------------------------------------------------------
# names

def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def names_of(G: nx.MultiDiGraph, node: str) -> list[str]:
    """The label, English name and aliases of ``node``.

        >>> names_of(G, resolve(G, "腾讯"))                              # doctest: +SKIP
        ['腾讯', 'Tencent', '腾讯公司']
    """
    d = G.nodes[node]
    return [d["label"], *([d["en"]] if d.get("en") else []), *d.get("aliases", [])]


def _candidates(G: nx.MultiDiGraph, classes: Iterable[str] | None) -> list[str]:
    wanted = set(classes) if classes else None
    return [n for n, d in G.nodes(data=True) if wanted is None or wanted & set(d.get("classes", [d["cls"]]))]


def find(G: nx.MultiDiGraph, name: str, classes: Iterable[str] | None = None) -> list[str]:
    """Nodes one of whose names is ``name`` (ignoring case, width and spaces), or whose IRI it is.

    The best known first: most relations, then most mentions.

        >>> find(G, "腾讯公司")                                          # doctest: +SKIP
        ['https://w3id.org/gongshu-kg/resource/Enterprise/腾讯']
    """
    text = name.strip()
    if text.startswith("kgr:"):
        text = KGR + text[4:]
    if text in G and (not classes or set(classes) & set(G.nodes[text]["classes"])):
        return [text]
    key = _norm(name)
    hits = [n for n in _candidates(G, classes) if any(_norm(x) == key for x in names_of(G, n))]
    return sorted(hits, key=lambda n: (-G.degree(n), -G.nodes[n].get("mentions", 0), n))


def suggest(G: nx.MultiDiGraph, name: str, classes: Iterable[str] | None = None, n: int = 5) -> list[str]:
    """The names nearest to ``name``, best first (containment, then similar characters).

        >>> suggest(G, "生命健", classes=["IndustryTrack"])              # doctest: +SKIP
        ['生命健康', '大健康']
    """
    key = _norm(name)
    if not key:
        return []
    scored: dict[str, float] = {}
    for node in _candidates(G, classes):
        best = 0.0
        for x in names_of(G, node):
            k = _norm(x)
            if not k:
                continue
            if key in k or k in key:
                score = 1.0 + min(len(k), len(key)) / max(len(k), len(key))
            else:
                score = difflib.SequenceMatcher(None, key, k).ratio()
            best = max(best, score)
        label = G.nodes[node]["label"]
        if best >= 0.4 and best > scored.get(label, -1):
            scored[label] = best
    return [x for x, _ in sorted(scored.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))][:n]


def resolve(G: nx.MultiDiGraph, name: str, classes: Iterable[str] | None = None,
            what: str = "entity") -> str:
    """The node named ``name`` (`find`'s first), or `NotFound` suggesting the nearest names.

        >>> resolve(G, "生命健", classes=["IndustryTrack"], what="industry track")   # doctest: +SKIP
        Traceback (most recent call last):
        kg.graph.NotFound: no industry track named 生命健 — did you mean 生命健康, 大健康?
    """
    hits = find(G, name, classes)
    if hits:
        return hits[0]
    near = suggest(G, name, classes)
    msg = f"no {what} named {name}"
    if classes and (others := find(G, name)):
        d = G.nodes[others[0]]
        msg += f" ({d['label']} is {_article(d['cls'])} {d['cls']})"
    msg += f" — did you mean {', '.join(near)}?" if near else " — check the name (labels and aliases are searched)"
    raise NotFound(msg, near)


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def class_name(cls: str) -> str:
    """``'Enterprise'`` -> ``'企业 Enterprise'``."""
    return f"{CLASS_ZH.get(cls, cls)} {cls}"


def relation_name(predicate: str) -> str:
    """``'inTrack'`` -> ``'属于赛道 inTrack'``."""
    zh = PREDICATE_ZH.get(predicate)
    return f"{zh} {predicate}" if zh else predicate


# --------------------------------------------------------------------------
# relations as records

@dataclass
class Link:
    """One relation, as a record: ``subject predicate object`` and its evidence."""
    subject: str          # IRIs
    predicate: str        # the edge key ('inTrack', or a prefixed sub-property)
    object: str
    evidence: list[Evidence]

    def to_json(self, G: nx.MultiDiGraph) -> dict[str, Any]:
        return {"subject": G.nodes[self.subject]["label"], "predicate": self.predicate,
                "object": G.nodes[self.object]["label"],
                "subject_iri": self.subject, "object_iri": self.object,
                "evidence": [e.to_json() for e in self.evidence]}

    def text(self, G: nx.MultiDiGraph) -> str:
        """``华东医药 —属于赛道 inTrack→ 生命健康``."""
        return (f"{G.nodes[self.subject]['label']} —{relation_name(self.predicate)}→ "
                f"{G.nodes[self.object]['label']}")


def link(G: nx.MultiDiGraph, s: str, o: str, key: str) -> Link:
    """The relation ``s key o`` of ``G`` as a `Link`."""
    return Link(s, key, o, list(G.edges[s, o, key].get("evidence", [])))


def links_between(G: nx.MultiDiGraph, a: str, b: str) -> list[Link]:
    """Every relation between ``a`` and ``b``, in either direction."""
    out = []
    for s, o in ((a, b), (b, a)):
        if G.has_edge(s, o):
            out.extend(link(G, s, o, k) for k in sorted(G[s][o]))
    return out


def node_json(G: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    """A node's names and classes as a JSON-ready dict."""
    d = G.nodes[node]
    return {"iri": node, "name": d["label"], "class": d["cls"], "classes": list(d["classes"]),
            "en": d.get("en"), "aliases": list(d.get("aliases", []))}


def evidence_text(ev: Evidence) -> str:
    """``“sentence” — doc.txt``: one evidence sentence on one line."""
    return f"“{' '.join(ev.sentence.split())}” — {ev.doc}"
