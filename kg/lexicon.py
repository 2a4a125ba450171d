"""The curated domain lexicon (kg/data/lexicon.tsv) and the non-entity list.

    >>> lex = Lexicon.from_rows([{"name": "腾讯", "class": "Enterprise",
    ...                          "aliases": "腾讯公司", "en": "Tencent", "source": "x"}])
    >>> lex.lookup("腾讯公司").name
    '腾讯'

A lexicon entry is knowledge an analyst would bring to any document: what a
well-known name means, its other forms and its English name. It never holds a
name only because an evaluation file lists it (kg/data/LEXICON.md).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

from .model import CLASSES

DATA = Path(__file__).resolve().parent / "data"
# Source tag of an entry taken from one document of a corpus: "doc:<file name>".
DOC_SOURCE = "doc:"


@dataclass(frozen=True)
class Entry:
    name: str
    cls: str
    aliases: tuple[str, ...] = ()
    en: str | None = None
    source: str = ""

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def sources(self) -> tuple[str, ...]:
        """The source tags, ``;``-separated in the file.

        >>> Entry("星澜科技", "Enterprise", source="zj-listed-firms; doc:000_a.txt").sources
        ('zj-listed-firms', 'doc:000_a.txt')
        """
        return tuple(s.strip() for s in self.source.split(";") if s.strip())

    @property
    def documents(self) -> frozenset[str]:
        """File names of the documents the entry was taken from (sources ``doc:<file name>``).

        >>> sorted(Entry("星澜科技", "Enterprise", source="doc:000_a.txt;doc:001_b.txt").documents)
        ['000_a.txt', '001_b.txt']
        """
        return frozenset(s[len(DOC_SOURCE):].strip() for s in self.sources if s.startswith(DOC_SOURCE))

    def only_from(self, doc_id: str) -> bool:
        """True when every source of the entry is the document ``doc_id`` (a file name).

        >>> Entry("星澜科技", "Enterprise", source="doc:000_a.txt").only_from("000_a.txt")
        True
        >>> Entry("星澜科技", "Enterprise", source="doc:000_a.txt;cn-major-firms").only_from("000_a.txt")
        False
        """
        return bool(self.sources) and all(s.startswith(DOC_SOURCE) and s[len(DOC_SOURCE):].strip() == doc_id
                                          for s in self.sources)


@dataclass
class Lexicon:
    entries: list[Entry] = field(default_factory=list)
    not_entities: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self._by_surface: dict[str, list[Entry]] = {}
        for e in self.entries:
            for s in e.surfaces:
                self._by_surface.setdefault(s, []).append(e)

    @classmethod
    def from_rows(cls, rows, not_entities=()) -> "Lexicon":
        entries = []
        for r in rows:
            if r["class"] not in CLASSES:
                raise ValueError(f"lexicon: unknown class {r['class']!r} for {r['name']!r}")
            aliases = tuple(a.strip() for a in (r.get("aliases") or "").split("|") if a.strip())
            entries.append(Entry(r["name"].strip(), r["class"], aliases,
                                 (r.get("en") or "").strip() or None, (r.get("source") or "").strip()))
        return cls(entries, frozenset(not_entities))

    @classmethod
    def load(cls, path: Path | None = None, not_entities_path: Path | None = None) -> "Lexicon":
        """Read the lexicon TSV (and the non-entity list beside it)."""
        path = path or DATA / "lexicon.tsv"
        not_entities_path = not_entities_path or DATA / "not_entities.tsv"
        with open(path, encoding="utf-8", newline="") as f:
            rows = [r for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                    if r.get("name") and not r["name"].startswith("#")]
        stop = []
        if not_entities_path.exists():
            with open(not_entities_path, encoding="utf-8") as f:
                stop = [line.split("\t")[0].strip() for line in f
                        if line.strip() and not line.startswith(("#", "surface\t"))]
        return cls.from_rows(rows, stop)

    def lookup(self, surface: str, cls: str | None = None) -> Entry | None:
        """The entry a surface form names (of class ``cls`` when given)."""
        for e in self._by_surface.get(surface, ()):
            if cls is None or e.cls == cls:
                return e
        return None

    def lookup_all(self, surface: str) -> list[Entry]:
        return list(self._by_surface.get(surface, ()))

    def surfaces(self):
        """Every (surface form, entry) pair, for the segmenter's user dictionary."""
        for s, es in self._by_surface.items():
            yield s, es[0]

    def is_not_entity(self, surface: str) -> bool:
        return surface in self.not_entities

    def filtered(self, keep: Callable[[Entry], bool]) -> "Lexicon":
        """A new lexicon of the entries for which ``keep(entry)`` is true
        (the non-entity list is kept whole)."""
        return type(self)([e for e in self.entries if keep(e)], self.not_entities)

    def without_document(self, doc_id: str) -> "Lexicon":
        """The lexicon without the entries whose only source is document ``doc_id``
        (cross-validation: what an analyst knows before reading that document).

        >>> lex = Lexicon.from_rows([
        ...     {"name": "星澜科技", "class": "Enterprise", "source": "doc:000_a.txt"},
        ...     {"name": "腾讯", "class": "Enterprise", "source": "cn-major-firms"}])
        >>> [e.name for e in lex.without_document("000_a.txt").entries]
        ['腾讯']
        >>> len(lex.without_document("001_b.txt").entries)
        2
        """
        return self.filtered(lambda e: not e.only_from(doc_id))


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon.load()
