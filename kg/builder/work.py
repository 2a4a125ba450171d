"""What a worker does with one document, in two steps.

`analyse` (step one) reads, normalises and recognises a document, and sums up
its names for linking (kg.link.uses).  `render` (step two) gets the entities
that linking decided for the document's names, finds its relations and
facts, and emits its graph: its own named graph as a TriG block, and the
lines it adds to the default graph (kg/graphs.py).

Both take and return plain dataclasses that pickle small, so that they run
the same in this process, in a local process pool or on a Dask cluster; the
document and its mentions travel between the steps as one compressed blob
(`Analysed.blob`), which the build also keeps in its cache.
"""
from __future__ import annotations

import pickle
import zlib
from dataclasses import dataclass, field

from ..link import NameUse, uses
from ..model import Document, Entity, Mention, Problem, Relation

_RECOGNISER = None


def recogniser():
    global _RECOGNISER
    if _RECOGNISER is None:
        from ..lexicon import default_lexicon
        from ..recognise import Recogniser
        _RECOGNISER = Recogniser(default_lexicon())
    return _RECOGNISER


@dataclass
class Source:
    """A document to build: its file, its bytes, the manifest's values, and the
    key of what is made of it (kg.builder.cache.document_key)."""
    doc_id: str
    path: str
    data: bytes
    meta: dict[str, str]
    key: str
    position: int                 # its place among the corpus's files


@dataclass
class Analysed:
    """A document recognised (step one)."""
    doc_id: str
    key: str
    characters: int = 0
    uses: dict[tuple[str, str], NameUse] = field(default_factory=dict)
    blob: bytes = b""            # the Document and its mentions, pickled and compressed
    problem: Problem | None = None
    records: list[tuple] | None = None   # the uses as tuples, as cached (`names`)

    def record(self) -> tuple:
        """Itself as builtins (kg.builder.cache marshals it), without blob or problem."""
        return (self.doc_id, self.key, self.characters, self.names())

    def names(self) -> list[tuple]:
        """Its name uses as tuples: (class, name, count, surfaces, aliases, extra classes, first,
        unbound, brand)."""
        if self.records is None:
            self.records = [(u.cls, u.name, u.count, sorted(u.surfaces), sorted(u.aliases), sorted(u.extra),
                             u.first, u.unbound, u.brand) for u in self.uses.values()]
        return self.records

    @classmethod
    def from_record(cls, rec: tuple) -> "Analysed":
        doc_id, key, characters, names = rec
        return cls(doc_id, key, characters, records=names)


def merge_names(total: dict[tuple[str, str], NameUse], names: list[tuple], position: int) -> None:
    """Add a document's name uses (`Analysed.names`) to the corpus's, the first
    mention of each placed at the document's ``position`` in this corpus (the
    cache may hold it from a corpus where it stood elsewhere)."""
    for c, n, count, surfaces, aliases, extra, first, unbound, brand in names:
        t = total.get((c, n))
        if t is None:
            total[(c, n)] = NameUse(c, n, count, set(surfaces), set(aliases), set(extra),
                                    (position, *first[1:]), unbound, {first[2]}, brand)
            continue
        t.docs.add(first[2])
        t.count += count
        t.unbound += unbound
        t.brand += brand
        t.surfaces.update(surfaces)
        t.aliases.update(aliases)
        t.extra.update(extra)
        first = (position, *first[1:])
        if first < t.first:
            t.first = first


@dataclass
class View:
    """What linking decided about one document's names (step two's input)."""
    keys: dict[tuple[str, str], str]          # (class, name) -> Entity.key
    entities: dict[str, Entity]               # the entities named, without mentions
    from_names: list[Relation]                # relations read off names that it states (kg.relate.name_relations)


@dataclass
class Rendered:
    """A document's graph (step two's output)."""
    doc_id: str
    block: bytes                  # its named graph, a TriG block without prefixes
    shared: bytes                 # the lines it adds to the default graph (N-Triples; one bytes: unpickled fast)
    relations: list[str] = field(default_factory=list)  # its relations' triples, "s p o" (counted once across documents)
    facts: int = 0
    observations: int = 0
    home: str | None = None       # the district or zone it speaks for (kg.naming.document_home)


def analyse(src: Source) -> Analysed:
    """Step one: read, normalise and recognise ``src``."""
    from ..normalise import to_document
    from ..read import ReadError, read_document, with_meta
    try:
        raw = with_meta(read_document(src.path, src.data), src.meta)
    except ReadError as e:
        return Analysed(src.doc_id, src.key, problem=e.problem())
    doc = to_document(raw)
    mentions = recogniser().document_mentions(doc)
    return Analysed(doc.doc_id, src.key, len(doc.text), uses(mentions, src.position), pack(doc, mentions))


def pack(doc: Document, mentions: list[Mention]) -> bytes:
    return zlib.compress(pickle.dumps((doc, mentions), protocol=pickle.HIGHEST_PROTOCOL), 1)


def unpack(blob: bytes) -> tuple[Document, list[Mention]]:
    return pickle.loads(zlib.decompress(blob))


def render(task: tuple[bytes, View]) -> Rendered:
    """Step two: the relations, facts and graph of a recognised document."""
    from ..emit import text_of
    from ..facts import extract_facts
    from ..graphs import document_lines, graph_iri, trig_block
    from ..indicators import extract_indicators
    from ..naming import document_home
    from ..relate import relate_document
    blob, view = task
    doc, mentions = unpack(blob)
    for m in mentions:
        m.key = view.keys[(m.cls, m.name)]
    relations = relate_document(doc, mentions, view.entities, view.from_names)
    facts = extract_facts([doc], {doc.doc_id: mentions}, view.entities)
    observations = extract_indicators([doc], {doc.doc_id: mentions}, view.entities)
    own, shared = document_lines(doc, mentions, relations, facts, view.entities, observations)
    return Rendered(doc.doc_id, trig_block(own, graph_iri(doc.doc_id)), text_of(shared),
                    sorted({f"{r.subject} {r.predicate} {r.object}" for r in relations}), len(facts),
                    len(observations), document_home(doc, mentions, view.entities))


# What a warm worker (kg.builder.executors.Warm) runs while it waits for its first
# documents: the recogniser (a document to recognise may be waiting already), then
# a small document through both steps, since the first document a process renders
# takes 0.2 s longer than the next (patterns, tables and modules loaded on first use).
WARM_UP_TEXT = ("2026年3月，杭州市拱墅区人民政府与华东医药股份有限公司签署战略合作协议，"
                "共建华东医药生命科学产业园，总投资约5亿元，计划2027年建成投产。\n"
                "全区实现地区生产总值1200亿元，同比增长6.5%。\n")


def warm_up_render() -> None:
    from ..lexicon import default_lexicon
    from ..link import link_names
    from .views import document_view
    a = analyse(Source("warm-up.txt", "warm-up.txt", WARM_UP_TEXT.encode("utf-8"), {}, "", 0))
    if a.problem is not None:
        return
    total: dict = {}
    merge_names(total, a.names(), 0)
    linked = link_names(total, default_lexicon())
    render((a.blob, document_view([(c, n) for c, n, *_ in a.names()], linked, [])))


WARM_UP = (recogniser, warm_up_render)
