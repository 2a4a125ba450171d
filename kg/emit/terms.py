"""The terms of the graph: namespaces, IRIs made from names, and N-Triples
literals.

    >>> entity_iri("Enterprise", "腾讯")
    'https://w3id.org/gongshu-kg/resource/Enterprise/腾讯'
    >>> lit("数字经济", "zh")
    '"数字经济"@zh'

Every IRI is a function of names only (class + canonical name, document
file name + sentence index, or a hash of those), so two builds of the same
corpus give the same IRIs whatever order the documents are read in.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from ..namespaces import NS


class Namespace(str):
    """rdflib's ``Namespace`` (``KGO.Enterprise``, ``KGO["index"]``: an rdflib
    ``URIRef``) without importing rdflib until a term is asked for: the graph is
    written from strings, and importing rdflib took 0.1 s of every `kg build`."""

    @property
    def title(self):            # a term, as in rdflib, not str.title
        return self.term("title")

    def term(self, name: str):
        from rdflib import URIRef
        return URIRef(str(self) + (name if isinstance(name, str) else ""))

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return self.term(name)

    def __getitem__(self, key):
        return self.term(key)

    def __contains__(self, ref) -> bool:
        return ref.startswith(self)

    def __repr__(self) -> str:
        return f"Namespace({super().__repr__()})"


class _Vocabulary:
    """A namespace whose terms are plain strings (only written into lines here;
    not a str, so that DCTERMS.format and DCTERMS.title are terms, not methods)."""

    def __init__(self, base: str):
        self.base = base

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        return self.base + name

    def __str__(self) -> str:
        return self.base


KGO = Namespace(NS["kgo"])
KGR = Namespace(NS["kgr"])
# rdflib.namespace's, as strings
DCTERMS = _Vocabulary(NS["dcterms"])
PROV = _Vocabulary(NS["prov"])
RDF = _Vocabulary(NS["rdf"])
RDFS = _Vocabulary(NS["rdfs"])
SKOS = _Vocabulary(NS["skos"])
XSD = _Vocabulary(NS["xsd"])

PREFIXES = {"kgo": str(KGO), "kgr": str(KGR), "rdf": str(RDF), "rdfs": str(RDFS),
            "skos": str(SKOS), "prov": str(PROV), "dcterms": str(DCTERMS), "xsd": str(XSD)}

# Everything a path segment of an IRI may not hold (RFC 3987: ipchar is
# unreserved ASCII, sub-delims, ':' and '@', and the "ucschar" ranges), plus
# '%' itself, so that two names never meet, and '/', which would make a name
# look like a path. Oxigraph rejects the others ('[', DEL, C1 controls,
# private use, non-characters), so a file named report[1].txt stopped the build.
# Unicode spaces (no-break, ideographic …) are allowed by RFC 3987 but not by
# rdflib's N-Triples parser, which the scorer uses: they are encoded too.
_UNSAFE = re.compile(
    "[^A-Za-z0-9\\-._~!$&'()*+,;=:@"
    "\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"
    + "".join(f"{chr(p << 16)}-{chr((p << 16) | 0xFFFD)}" for p in range(1, 14))
    + "\U000e1000-\U000efffd]|\\s")


def safe(name: str) -> str:
    safe = _UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), name)
    # a name ending in '.' is written by Oxigraph's TriG as a local name ending in '\.',
    # which rdflib (the scorer's parser) cannot read
    return safe[:-1] + "%2E" if safe.endswith(".") else safe


def entity_iri(cls: str, name: str) -> str:
    """The stable IRI of an entity of class ``cls`` named ``name``."""
    return f"{KGR}{cls}/{safe(name)}"


@lru_cache(maxsize=4096)        # asked for again for every sentence and mention of the document
def document_iri(doc_id: str) -> str:
    """``000_x.txt`` -> ``kgr:doc/000_x`` (the extension is dropped)."""
    return f"{KGR}doc/{safe(Path(doc_id).stem)}"


def sentence_iri(doc_id: str, index: int) -> str:
    return f"{document_iri(doc_id)}/s/{index}"


def digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})

RDF_TYPE = f"<{RDF.type}>"
XSD_INTEGER = str(XSD.integer)


def lit(text: object, lang: str | None = None, datatype: str | None = None) -> str:
    """An N-Triples literal."""
    s = str(text)
    if "\\" in s or '"' in s or "\n" in s or "\r" in s:    # (translate is slow; most texts need none)
        s = s.translate(ESCAPES)
    body = '"' + s + '"'
    if lang:
        return f"{body}@{lang}"
    return f"{body}^^<{datatype}>" if datatype else body


def zh(text: str) -> str:
    return lit(text, "zh")


def integer(n: int) -> str:
    return lit(n, datatype=XSD_INTEGER)


def date_lit(date: str) -> str:
    """ISO dates of any precision, typed as precisely as they are written."""
    if re.fullmatch(r"\d{4}", date):
        return lit(date, datatype=str(XSD.gYear))
    if re.fullmatch(r"\d{4}-\d{2}", date):
        return lit(date, datatype=str(XSD.gYearMonth))
    return lit(date, datatype=str(XSD.date))


def kgo(name: str) -> str:
    return f"<{KGO}{name}>"


def ref(value: str) -> str:
    return f"<{value}>"


