"""What a corpus is called: the title of its network page and the stem of its default file names.

Never a fixed district: in order, ``--title``; the manifest's title for the
whole corpus (a row of manifest.csv whose file is ``.``); the district or
zone most documents speak for (kg/relate/home.py's rule, when it is the home
of at least half of them); else a plain "knowledge graph".  The name is
worked out from the extraction when the graph is emitted and stated in the
graph (``kgr:corpus dcterms:title``), so that `kg viz` later draws the same
title from the store.

    >>> CorpusName.of("拱墅区", "Gongshu District").page_title
    '拱墅区产业知识图谱 · Gongshu District knowledge graph'
    >>> CorpusName.of("拱墅区", "Gongshu District").stem, CorpusName.of("云溪区", None).stem
    ('gongshu-kg', 'kg')
    >>> CorpusName.titled("Yunxi 2024 reports").page_title, CorpusName.titled("Yunxi 2024 reports").stem
    ('Yunxi 2024 reports', 'yunxi-2024-reports-kg')
    >>> CorpusName.of(None, None).page_title
    '产业知识图谱 · Knowledge graph'
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

CORPUS_IRI = "https://w3id.org/gongshu-kg/resource/corpus"
GENERIC_ZH = "产业知识图谱"
_EN = " knowledge graph"
# the administrative words an English district name ends with: "Gongshu District" -> gongshu-kg
_UNIT = re.compile(r"\s+(district|county|city|new area|banner|prefecture|province)$", re.I)


@dataclass(frozen=True)
class CorpusName:
    zh: str                      # the page title's Chinese half: 拱墅区产业知识图谱
    en: str = ""                 # its English half: Gongshu District knowledge graph

    @property
    def page_title(self) -> str:
        return f"{self.zh} · {self.en}" if self.en else self.zh

    @property
    def short(self) -> str:
        """The home's English name, for subnetwork titles ("" when there is none)."""
        return self.en[:-len(_EN)] if self.en.endswith(_EN) else ""

    @property
    def stem(self) -> str:
        """Default file names: gongshu-kg(.trig, .html, .graphml …)."""
        return stem_of(_UNIT.sub("", self.short) if self.short else self.zh)

    @classmethod
    def of(cls, home: str | None, home_en: str | None) -> "CorpusName":
        """The name of a corpus speaking for ``home`` (None: for no one place)."""
        if not home:
            return cls(GENERIC_ZH, "Knowledge graph")
        return cls(f"{home}{GENERIC_ZH}", f"{home_en}{_EN}" if home_en else "")

    @classmethod
    def titled(cls, title: str) -> "CorpusName":
        """A name given as one title (``--title``, the manifest's): the page says just that."""
        return cls(title.strip())


def stem_of(text: str) -> str:
    """A file name stem from a title's ASCII words, "kg" when it has none.

    >>> stem_of("Gongshu"), stem_of("Yunxi Hi-Tech Zone"), stem_of("云溪区")
    ('gongshu-kg', 'yunxi-hi-tech-zone-kg', 'kg')
    """
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "-".join([w.lower() for w in words] + ["kg"])


def corpus_name(extraction, title: str | None = None) -> CorpusName:
    """The name of an extraction's corpus (see the module docstring)."""
    if title:
        return CorpusName.titled(title)
    manifest = next((d.collection for d in extraction.documents if getattr(d, "collection", None)), None)
    if manifest:
        return CorpusName.titled(manifest)
    home = main_home(extraction)
    if home is None:
        return CorpusName.of(None, None)
    e = extraction.entities[home]
    return CorpusName.of(e.name, e.en)


def main_home(extraction) -> str | None:
    """The entity key of the district or zone at least half the documents speak for, or None."""
    by_doc: dict[str, list] = {}
    for e in extraction.entities.values():
        for m in e.mentions:
            by_doc.setdefault(m.doc_id, []).append(m)
    homes = Counter(filter(None, (document_home(doc, by_doc.get(doc.doc_id, []), extraction.entities)
                                  for doc in extraction.documents)))
    return most_homes(homes, len(extraction.documents))


def document_home(doc, mentions: list, entities: dict) -> str | None:
    """The entity key of the district or zone ``doc`` speaks for (kg/relate/home.py), or None;
    ``mentions`` are its linked mentions, ``entities`` holds the entities they name."""
    from .relate.home import HomeRules, document_head, find_home
    return find_home(HomeRules.of(), entities, mentions, document_head(doc))


def most_homes(homes: Counter, documents: int) -> str | None:
    """The home most of ``documents`` speak for (``homes``: key -> how many), when
    it is at least half of them; ties go to the first key."""
    if not homes:
        return None
    best, n = min(homes.items(), key=lambda kv: (-kv[1], kv[0]))
    return best if 2 * n >= documents else None


def name_lines(name: CorpusName) -> list[str]:
    """N-Triples stating the corpus name in the graph (read back by `stored_name`)."""
    from .emit import lit
    title = "<http://purl.org/dc/terms/title>"
    return [f"<{CORPUS_IRI}> {title} {lit(text, lang)} ." for text, lang in ((name.zh, "zh"), (name.en, "en")) if text]


def stored_name(store) -> CorpusName:
    """The corpus name a build stated in ``store`` (a generic one for a graph without it)."""
    import pyoxigraph
    titles = {q.object.language or "": q.object.value for q in store.quads_for_pattern(
        pyoxigraph.NamedNode(CORPUS_IRI), pyoxigraph.NamedNode("http://purl.org/dc/terms/title"), None)}
    if not titles.get("zh"):
        return CorpusName.of(None, None)
    return CorpusName(titles["zh"], titles.get("en", ""))
