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

Cross-validation (``cross_validate``) builds each document alone with a
lexicon that lacks the entries taken from that document (source tag
``doc:<file name>``, kg/lexicon.py) and scores it against its own gold file:
the measure of names that no list holds.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
import time
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

import rdflib
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from .model import CLASSES, PREDICATES

KGO = rdflib.Namespace("https://w3id.org/gongshu-kg/ontology#")
GOLD_SUFFIX = ".gold.json"

# Characters dropped from names before they are compared (score.py's _DROP).
_DROP = frozenset("\u201c\u201d\u2018\u2019\"'\u300c\u300d\u300e\u300f\u300a\u300b<>\u3008\u3009 \t\r\n\u3000")


class EvalError(Exception):
    """A gold folder, gold file or graph that cannot be scored; str() is one line."""


def norm(name: str) -> str:
    """The form in which names are compared.

    >>> norm("“ＡＢＣ” 科技")
    'abc科技'
    """
    s = unicodedata.normalize("NFKC", str(name)).lower()
    return "".join(ch for ch in s if ch not in _DROP)


# -- gold -----------------------------------------------------------------

@dataclass
class Gold:
    """Gold entities merged into clusters, and gold relations between clusters.

    A cluster is named by its key: the normalised name at the root of a
    union-find over all names and aliases.

    >>> gold = Gold.from_documents([
    ...     {"doc": "a.txt", "entities": [{"name": "数产园", "type": ["Platform"]}], "relations": []},
    ...     {"doc": "b.txt", "entities": [{"name": "数字经济产业园", "type": ["Platform"],
    ...                                    "aliases": ["数产园"]}], "relations": []}])
    >>> len(gold.clusters()), gold.name(gold.lookup("数字经济产业园"))
    (1, '数字经济产业园')
    """
    parent: dict[str, str] = field(default_factory=dict)
    types: dict[str, set[str]] = field(default_factory=dict)       # by root
    docs: dict[str, set[str]] = field(default_factory=dict)        # by root
    display: dict[str, str] = field(default_factory=dict)          # by key
    relations: set[tuple[str, str, str]] = field(default_factory=set)
    evidence: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    @classmethod
    def from_documents(cls, documents: list[dict], files: list[str] | None = None) -> "Gold":
        """Gold from parsed gold files (``{"doc", "entities", "relations"}`` each);
        ``files`` are their file names (default: ``<doc>.gold.json``)."""
        files = list(files) if files else [d.get("doc", "") + GOLD_SUFFIX for d in documents]
        gold = cls(files=files)
        raw = []
        for where, d in zip(files, documents):
            doc = doc_name(where)
            for e in d["entities"]:
                types = e["type"] if isinstance(e["type"], list) else [e["type"]]
                gold.add([e["name"], *e.get("aliases", [])], types, doc, where)
            raw += [(r["s"], r["p"], r["o"], doc, r.get("evidence", ""), where) for r in d["relations"]]
        # relation ends are looked up once every cluster is complete
        for s, p, o, doc, ev, where in raw:
            cs, co = gold.lookup(s), gold.lookup(o)
            if cs is None or co is None:
                raise EvalError(f"{where}: gold relation end is not an entity: {s} {p} {o}")
            gold.relations.add((cs, p, co))
            gold.evidence.setdefault((cs, p, co), (doc, ev))
        return gold

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def add(self, names: list[str], types: list[str], doc: str = "", where: str = "") -> None:
        """One gold entity: its names join one cluster (merging clusters they meet)."""
        keys = [norm(n) for n in names if norm(n)]
        if not keys:
            raise EvalError(f"{where or doc}: gold entity without a name: {names!r}")
        for k in keys:
            self.parent.setdefault(k, k)
            self.display.setdefault(k, names[0])
        root = self.find(keys[0])
        for k in keys[1:]:
            r = self.find(k)
            if r != root:
                self.parent[r] = root
                self.types.setdefault(root, set()).update(self.types.pop(r, set()))
                self.docs.setdefault(root, set()).update(self.docs.pop(r, set()))
        self.types.setdefault(root, set()).update(types)
        if doc:
            self.docs.setdefault(root, set()).add(doc)

    def lookup(self, name: str) -> str | None:
        """The cluster a name belongs to, or None."""
        k = norm(name)
        return self.find(k) if k in self.parent else None

    def clusters(self) -> set[str]:
        return {self.find(k) for k in self.parent}

    def types_of(self, cluster: str) -> set[str]:
        return self.types.get(cluster, set())

    def name(self, cluster: str) -> str:
        """A readable name of a cluster: the first name given for its key."""
        return self.display.get(cluster, cluster)


def gold_files(gold_dir: str | Path) -> list[Path]:
    """The ``*.gold.json`` files of a folder, sorted; EvalError when there are none."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise EvalError(f"{gold_dir}: no such folder — give the folder that holds the *{GOLD_SUFFIX} files")
    files = sorted(gold_dir.glob(f"*{GOLD_SUFFIX}"))
    if not files:
        raise EvalError(f"{gold_dir}: no *{GOLD_SUFFIX} files in this folder")
    return files


def doc_name(gold_file: str | Path) -> str:
    """``x/000_a.txt.gold.json`` -> ``000_a.txt`` (the document it annotates)."""
    return Path(gold_file).name.removesuffix(GOLD_SUFFIX)


def select_docs(available: list[str], wanted: list[str] | None) -> list[str]:
    """The documents of ``available`` named in ``wanted`` (all when it is empty).

    A name may be given as the file name, without its extension or as the
    gold file name.

    >>> select_docs(["000_a.txt", "001_b.txt"], ["001_b", "001_b.txt.gold.json"])
    ['001_b.txt']
    """
    if not wanted:
        return list(available)
    by_name = {}
    for d in available:
        by_name[d] = by_name[Path(d).stem] = by_name[d + GOLD_SUFFIX] = d
    unknown = [w for w in wanted if w not in by_name]
    if unknown:
        raise EvalError(f"no gold file for {', '.join(unknown)}; documents with gold: {', '.join(available)}")
    return [d for d in available if d in {by_name[w] for w in wanted}]


def load_gold(gold_dir: str | Path, docs: list[str] | None = None) -> Gold:
    """Read the gold files of a folder (only those of ``docs``, when given)."""
    files = gold_files(gold_dir)
    names = select_docs([doc_name(f) for f in files], docs)
    files = [f for f in files if doc_name(f) in names]
    documents = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise EvalError(f"{f}: not valid JSON ({e.msg}, line {e.lineno} column {e.colno})") from e
        except (OSError, UnicodeDecodeError) as e:
            raise EvalError(f"{f}: cannot be read ({e})") from e
        _check_gold(f, data)
        documents.append(data)
    return Gold.from_documents(documents, [f.name for f in files])


def _check_gold(path: Path, data) -> None:
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list) \
            or not isinstance(data.get("relations"), list):
        raise EvalError(f"{path}: not a gold file — expected an object with 'entities' and 'relations' lists")
    for e in data["entities"]:
        if not isinstance(e, dict) or not isinstance(e.get("name"), str) or "type" not in e:
            raise EvalError(f"{path}: gold entity without 'name' or 'type': {json.dumps(e, ensure_ascii=False)}")
    for r in data["relations"]:
        if not isinstance(r, dict) or not all(isinstance(r.get(k), str) for k in "spo"):
            raise EvalError(f"{path}: gold relation without 's', 'p' or 'o': {json.dumps(r, ensure_ascii=False)}")


# -- graph ----------------------------------------------------------------

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
    from .validate import load
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


# -- scores ---------------------------------------------------------------

@dataclass
class PRF:
    """Precision, recall and F1 (unrounded) with the graph and gold counts."""
    p: float
    r: float
    graph: int = 0
    gold: int = 0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    @classmethod
    def of(cls, tp_p: int, graph: int, tp_r: int, gold: int) -> "PRF":
        """``tp_p`` of ``graph`` items right, ``tp_r`` of ``gold`` items found.

        >>> round(PRF.of(3, 4, 3, 6).f, 4)
        0.6
        """
        return cls(tp_p / graph if graph else 0.0, tp_r / gold if gold else 0.0, graph, gold)

    def to_json(self) -> dict:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f": round(self.f, 4),
                "graph": self.graph, "gold": self.gold}


@dataclass
class EntityItem:
    """An entity in an error list: a gold entity missed, a graph entity spurious
    or typed wrongly (``gold_name``/``gold_types`` then say what it hit)."""
    name: str
    types: list[str]
    doc: str = ""
    sentence: str = ""
    gold_name: str = ""
    gold_types: list[str] = field(default_factory=list)


@dataclass
class RelationItem:
    """A relation in an error list, with the sentence that states it (gold
    evidence for a miss, the graph's evidence for a spurious one)."""
    s: str
    p: str
    o: str
    doc: str = ""
    sentence: str = ""
    note: str = ""

    def __str__(self) -> str:
        return f"{self.s} {self.p} {self.o}"


@dataclass
class Errors:
    missed_entities: list[EntityItem] = field(default_factory=list)
    spurious_entities: list[EntityItem] = field(default_factory=list)
    typed_mismatches: list[EntityItem] = field(default_factory=list)
    missed_relations: list[RelationItem] = field(default_factory=list)
    spurious_relations: list[RelationItem] = field(default_factory=list)

    KINDS = ("missed_entities", "spurious_entities", "typed_mismatches",
             "missed_relations", "spurious_relations")

    def to_json(self, limit: int | None = None) -> dict:
        from dataclasses import asdict
        return {k: [asdict(x) for x in getattr(self, k)[:limit]] for k in self.KINDS}


@dataclass
class Score:
    """Scores of a graph against gold (``to_json`` is score.py's ``--json`` layout)."""
    entities: PRF
    entities_typed: PRF
    relations: PRF
    by_type: dict[str, PRF]
    by_predicate: dict[str, PRF]
    gold_files: list[str]
    errors: Errors

    def to_json(self, errors: int | None = 0) -> dict:
        """A JSON-ready dict; ``errors`` items of each kind are listed (None: all)."""
        out = {
            "entities": _prf(self.entities),
            "entities_typed": _prf(self.entities_typed),
            "counts": {"graph_entities": self.entities.graph, "gold_entities": self.entities.gold,
                       "graph_relations": self.relations.graph, "gold_relations": self.relations.gold},
            "by_type": {t: v.to_json() for t, v in self.by_type.items()},
            "by_predicate": {p: v.to_json() for p, v in self.by_predicate.items()},
            "relations": _prf(self.relations),
            "gold_files": list(self.gold_files),
        }
        if errors is None or errors > 0:
            out["errors"] = self.errors.to_json(errors)
        return out


def _prf(v) -> dict:
    """``{"p", "r", "f"}`` rounded to 4 places, as score.py prints them."""
    return {"p": round(v.p, 4), "r": round(v.r, 4), "f": round(v.f, 4)}


def score(graph: rdflib.Graph | str | Path, gold: Gold) -> Score:
    """Score a graph (or a graph file) against gold, counting as score.py does."""
    g = load_graph(graph) if isinstance(graph, (str, Path)) else graph
    items = graph_items(g)
    ents, labels = items.classes, items.labels
    clusters = gold.clusters()

    hit: dict = {}
    for e in ents:
        cs = {c for c in (gold.lookup(n) for n in labels[e]) if c}
        hit[e] = min(cs) if cs else None
    hit_clusters = {c for c in hit.values() if c}
    typed = {c for e, c in hit.items() if c and ents[e] & gold.types_of(c)}

    by_type = {}
    for t in CLASSES:
        gold_t = {c for c in clusters if t in gold.types_of(c)}
        pred_t = [e for e in ents if t in ents[e]]
        tp_p = sum(1 for e in pred_t if hit[e] and t in gold.types_of(hit[e]))
        tp_r = len({hit[e] for e in pred_t if hit[e] in gold_t})
        by_type[t] = PRF.of(tp_p, len(pred_t), tp_r, len(gold_t))

    mapped: dict[tuple, list[tuple]] = {}     # (cluster|node, p, cluster|node) -> graph triples
    for s, p, o in items.relations:
        mapped.setdefault((hit.get(s) or s, p, hit.get(o) or o), []).append((s, p, o))
    right = set(mapped) & gold.relations
    by_predicate = {}
    for p in PREDICATES:
        m = {t for t in mapped if t[1] == p}
        gl = {t for t in gold.relations if t[1] == p}
        by_predicate[p] = PRF.of(len(m & gl), len(m), len(m & gl), len(gl))

    n_ents, n_gold = len(ents), len(clusters)
    return Score(
        entities=PRF.of(len(hit_clusters), n_ents, len(hit_clusters), n_gold),
        entities_typed=PRF.of(len(typed), n_ents, len(typed), n_gold),
        relations=PRF.of(len(right), len(mapped), len(right), len(gold.relations)),
        by_type=by_type, by_predicate=by_predicate, gold_files=list(gold.files),
        errors=_errors(gold, items, hit, hit_clusters, mapped))


def _errors(gold: Gold, items: GraphItems, hit: dict, hit_clusters: set, mapped: dict) -> Errors:
    ents = items.classes

    def where(node) -> tuple[str, str]:
        return items.mention(node) or ("", "")

    def end(x) -> str:
        return gold.name(x) if _is_cluster(x) else items.name(x)

    err = Errors()
    for c in sorted(gold.clusters() - hit_clusters, key=gold.name):
        err.missed_entities.append(EntityItem(gold.name(c), sorted(gold.types_of(c)),
                                              doc=", ".join(sorted(gold.docs.get(c, ())))))
    for e in sorted((e for e, c in hit.items() if not c), key=lambda e: (items.name(e), str(e))):
        err.spurious_entities.append(EntityItem(items.name(e), sorted(ents[e]), *where(e)))
    for e, c in sorted(((e, c) for e, c in hit.items() if c and not ents[e] & gold.types_of(c)),
                       key=lambda ec: (items.name(ec[0]), str(ec[0]))):
        err.typed_mismatches.append(EntityItem(items.name(e), sorted(ents[e]), *where(e),
                                               gold_name=gold.name(c), gold_types=sorted(gold.types_of(c))))

    for t in gold.relations - set(mapped):
        doc, ev = gold.evidence.get(t, ("", ""))
        lost = [x for x, k in (("subject", t[0]), ("object", t[2])) if k not in hit_clusters]
        note = " and ".join(lost) + " not in the graph" if lost else ""
        err.missed_relations.append(RelationItem(end(t[0]), t[1], end(t[2]), doc, ev, note))
    for t in set(mapped) - gold.relations:
        evidence = sorted({x for s, p, o in mapped[t] for x in items.evidence(s, p, o)})
        doc, sentence = evidence[0] if evidence else ("", "")
        lost = [x for x, k in (("subject", t[0]), ("object", t[2])) if not _is_cluster(k)]
        note = " and ".join(lost) + " not in the gold" if lost else ""
        err.spurious_relations.append(RelationItem(end(t[0]), t[1], end(t[2]), doc, sentence, note))
    err.missed_relations.sort(key=lambda r: (str(r), r.doc))
    err.spurious_relations.sort(key=lambda r: (str(r), r.doc))
    return err


# -- building -------------------------------------------------------------

Progress = Callable[[str, int, int], None]


@lru_cache(maxsize=1)
def _ontology() -> rdflib.Graph:
    from .resources import ontology_path
    return rdflib.Graph().parse(ontology_path(), format="turtle")


def corpus_documents(corpus_dir: str | Path) -> list[str]:
    """File names of the documents of a corpus folder (what ``kg build`` reads)."""
    from .read import ReadError, SUFFIXES
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise EvalError(str(ReadError(corpus_dir, "no such folder — give the folder that holds "
                                                  "the corpus .txt/.md files")))
    return sorted(p.name for p in corpus_dir.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())


@contextmanager
def corpus_subset(corpus_dir: str | Path, names: list[str]) -> Iterator[Path]:
    """A folder holding only the documents ``names`` of ``corpus_dir`` (and their
    manifest rows): the corpus folder itself when that is all of it, else a
    temporary copy."""
    corpus_dir = Path(corpus_dir)
    if set(names) == set(corpus_documents(corpus_dir)):
        yield corpus_dir
        return
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        for n in names:
            shutil.copyfile(corpus_dir / n, Path(tmp) / n)
        _copy_manifest(corpus_dir, Path(tmp), set(names))
        yield Path(tmp)


def _copy_manifest(src: Path, dst: Path, names: set[str]) -> None:
    from .read import MANIFEST, ReadError, decode
    path = src / MANIFEST
    if not path.is_file():
        return
    try:
        text, _ = decode(path.read_bytes(), path)
    except (OSError, ReadError):
        return                          # the build of the whole corpus would skip it too
    rows = csv.DictReader(io.StringIO(text))
    if not rows.fieldnames:
        return
    out = io.StringIO()
    w = csv.DictWriter(out, rows.fieldnames)
    w.writeheader()
    w.writerows(r for r in rows if (r.get("file") or "").strip() in names)
    (dst / MANIFEST).write_text(out.getvalue(), encoding="utf-8")


@dataclass
class Built:
    graph: rdflib.Graph
    problems: list
    seconds: float


def build_graph(corpus_dir: str | Path, docs: list[str] | None = None, lexicon=None,
                progress: Progress | None = None) -> Built:
    """Extract ``docs`` of a corpus folder (all when None) into an rdflib graph, in memory."""
    from . import emit
    from .pipeline import extract
    from .read import ReadError
    t0 = time.perf_counter()
    names = docs if docs is not None else corpus_documents(corpus_dir)
    try:
        with corpus_subset(corpus_dir, names) as folder:
            ex, problems, _ = extract(folder, progress=progress, lexicon=lexicon)
    except ReadError as e:
        raise EvalError(str(e)) from e
    return Built(emit.to_graph(ex, _ontology()), problems, time.perf_counter() - t0)


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
            from .resources import corpus_dir as bundled
            corpus_dir = bundled()
        names, missing = scored_documents(gold_dir, corpus_dir, docs)
        warnings += [f"no document {d} in {corpus_dir}; its gold file is not scored" for d in missing]
        built = build_graph(corpus_dir, names, progress=progress)
        g, problems = built.graph, built.problems
        gold = load_gold(gold_dir, names)
    return Evaluation(score(g, gold), problems, warnings, time.perf_counter() - t0)


# -- cross-validation -----------------------------------------------------

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
    from .lexicon import default_lexicon
    if corpus_dir is None:
        from .resources import corpus_dir as bundled
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


def scored_documents(gold_dir: str | Path, corpus_dir: str | Path,
                     docs: list[str] | None = None) -> tuple[list[str], list[str]]:
    """(documents to build and score, gold documents the corpus lacks).

    The documents scored are those of the corpus with a gold file (and among
    ``docs``, when given); EvalError when there are none. The gold files are
    read, so that a broken one is reported before anything is built.
    """
    with_gold = [doc_name(f) for f in load_gold(gold_dir, docs).files]
    in_corpus = set(corpus_documents(corpus_dir))
    names = [d for d in with_gold if d in in_corpus]
    if not names:
        raise EvalError(f"{corpus_dir}: no document of this folder has a gold file in {gold_dir}")
    return names, [d for d in with_gold if d not in in_corpus]


# -- printing -------------------------------------------------------------

def _w(text: str) -> int:
    from .query import text_width
    return text_width(text)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    if _w(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        if used + _w(ch) > width - 1:
            break
        out.append(ch)
        used += _w(ch)
    return "".join(out) + "…"


def _snippet(sentence: str, *names: str, width: int = 60) -> str:
    """``sentence`` cut to ``width`` columns, around the first of ``names`` it holds.

    >>> _snippet("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸腾讯网易", "腾讯", width=16)
    '…辛壬癸腾讯网易'
    """
    text = " ".join(sentence.split())
    if _w(text) > width:
        at = next((text.find(n) for n in names if n and text.find(n) >= 0), -1)
        if at >= 0 and _w(text[:at]) > width // 3:
            text = "…" + text[max(0, at - 3):]
    return _cut(text, width)


def _table(rows: list[list[str]], right: set[int] = frozenset()) -> list[str]:
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [(" " * (widths[i] - _w(c)) + c) if i in right else (c + " " * (widths[i] - _w(c)))
                 for i, c in enumerate(r)]
        lines.append("  ".join(cells).rstrip())
    return lines


def _n(x: float) -> str:
    """A score printed as score.py prints it: rounded to 4 places, shown with 3.

    >>> _n(37 / 51)
    '0.726'
    """
    return f"{round(x, 4):.3f}"


def format_score(s: Score, errors: int | None = 0) -> str:
    """A score as a readable table (and, with ``errors``, the error lists)."""
    def row(name, v: PRF) -> list[str]:
        return [name, _n(v.p), _n(v.r), _n(v.f), f"{v.graph:,}", f"{v.gold:,}"]

    rows = [["", "P", "R", "F1", "graph", "gold"],
            row("entities", s.entities), row("entities_typed", s.entities_typed),
            row("relations", s.relations), ["by class"]]
    rows += [row(f"  {t}", v) for t, v in s.by_type.items()]
    rows += [["by relation"]]
    rows += [row(f"  {p}", v) for p, v in s.by_predicate.items()]
    rows = [r + [""] * (6 - len(r)) for r in rows]
    lines = [f"gold: {len(s.gold_files)} files, {s.entities.gold} entities, {s.relations.gold} relations; "
             f"graph: {s.entities.graph} entities, {s.relations.graph} relations", ""]
    lines += _table(rows, right={1, 2, 3, 4, 5})
    if errors is None or errors > 0:
        lines += format_errors(s.errors, errors)
    return "\n".join(lines)


_HEADINGS = {
    "missed_entities": "gold entities no graph entity names",
    "spurious_entities": "graph entities that name no gold entity",
    "typed_mismatches": "graph entities that name a gold entity, with none of its types",
    "missed_relations": "gold relations not in the graph",
    "spurious_relations": "graph relations not in the gold",
}


def format_errors(err: Errors, limit: int | None = None) -> list[str]:
    lines = []
    for kind in Errors.KINDS:
        items = getattr(err, kind)
        shown = items[:limit]
        count = f"{len(items)}" if len(shown) == len(items) else f"{len(shown)} of {len(items)}"
        lines += ["", f"{kind.replace('_', ' ')} ({count}): {_HEADINGS[kind]}"]
        rows = []
        for x in shown:
            if isinstance(x, EntityItem):
                what = f"gold {'/'.join(x.gold_types)} {x.gold_name}" if x.gold_name else ""
                rows.append([x.name, "/".join(x.types), what, x.doc, _snippet(x.sentence, x.name)])
            else:
                rows.append([str(x), x.note, x.doc, _snippet(x.sentence, x.s, x.o)])
        if rows:
            keep = [i for i in range(len(rows[0])) if any(r[i] for r in rows)]   # no empty columns
            lines += ["  " + line for line in _table([[r[i] for i in keep] for r in rows])]
    return lines


def format_cross_validation(cv: CrossValidation, errors: int | None = 0) -> str:
    """Per-document scores of a cross-validation and their mean."""
    def cells(ent, typed, rel) -> list[str]:
        return [_n(ent.f), _n(typed.p), _n(typed.r), _n(typed.f), _n(rel.p), _n(rel.r), _n(rel.f)]

    rows = [["document", "dropped", "entity F1", "typed P", "typed R", "typed F1",
             "relation P", "relation R", "relation F1"]]
    rows += [[f.doc, str(len(f.dropped)),
              *cells(f.score.entities, f.score.entities_typed, f.score.relations)] for f in cv.folds]
    m = cv.mean()
    rows += [["mean", str(sum(len(f.dropped) for f in cv.folds)),
              *cells(m["entities"], m["entities_typed"], m["relations"])]]
    lines = [f"cross-validation: {len(cv.folds)} documents, each built alone without the lexicon "
             f"entries whose only source is that document (doc:<file name>); {cv.seconds:.1f} s", ""]
    table = _table(rows, right=set(range(1, 9)))
    lines += table[:-1] + ["-" * _w(table[0]), table[-1]]
    dropped = [f"  {f.doc}: {', '.join(f.dropped)}" for f in cv.folds if f.dropped]
    if dropped:
        lines += ["", "lexicon entries dropped:"] + dropped
    if errors is None or errors > 0:
        for f in cv.folds:
            lines += ["", f"== {f.doc}"] + format_errors(f.score.errors, errors)
    return "\n".join(lines)
