"""The curated domain lexicon (kg/data/lexicon.tsv and kg/data/lexicon/*.tsv) and the non-entity list.

    >>> lex = Lexicon.from_rows([{"name": "腾讯", "class": "Enterprise",
    ...                          "aliases": "腾讯公司", "en": "Tencent", "source": "x"}])
    >>> lex.lookup("腾讯公司").name
    '腾讯'

A lexicon entry is knowledge an analyst would bring to any document: what a
well-known name means, its other forms and its English name. It never holds a
name only because an evaluation file lists it (kg/data/LEXICON.md).

The lexicon is several TSV files of the same five columns (name, class,
aliases, en, source): kg/data/lexicon.tsv and every file in kg/data/lexicon/.
A file may have more columns after those; the loader knows four of them and
ignores any other:

- ``code``: ``|``-separated administrative codes (adcodes) of the entry;
- ``parent``: ``|``-separated names of the administrative units it lies in;
- ``level``: ``province``, ``prefecture`` or ``county`` (``|``-separated when
  one name is several units of different levels);
- ``short``: ``|``-separated short forms kept apart from the aliases (天河 for
  天河区): they are ambiguous, so they are *not* surfaces of the entry and the
  segmenter does not get them; ``Lexicon.by_short_form`` finds them.

    >>> lex = Lexicon.from_rows([{"name": "天河区", "class": "Place", "aliases": "", "en": "",
    ...                          "source": "x", "code": "440106", "parent": "广州市",
    ...                          "level": "county", "short": "天河"}])
    >>> e = lex.lookup("天河区")
    >>> e.codes, e.parents, e.levels, e.short_forms
    (('440106',), ('广州市',), ('county',), ('天河',))
    >>> lex.lookup("天河") is None, [x.name for x in lex.by_short_form("天河")]
    (True, ['天河区'])
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

from .model import CLASSES

DATA = Path(__file__).resolve().parent / "data"
# The lexicon files: the main one, then every TSV of the folder beside it.
MAIN_FILE = DATA / "lexicon.tsv"
FOLDER = DATA / "lexicon"
# Source tag of an entry taken from one document of a corpus: "doc:<file name>".
DOC_SOURCE = "doc:"


@dataclass(frozen=True)
class Entry:
    name: str
    cls: str
    aliases: tuple[str, ...] = ()
    en: str | None = None
    source: str = ""
    codes: tuple[str, ...] = ()           # administrative codes (column ``code``)
    parents: tuple[str, ...] = ()         # the units it lies in (column ``parent``)
    levels: tuple[str, ...] = ()          # province / prefecture / county (column ``level``)
    short_forms: tuple[str, ...] = ()     # ambiguous short forms, not surfaces (column ``short``)

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
        self._by_short: dict[str, list[Entry]] = {}
        for e in self.entries:
            for s in e.surfaces:
                self._by_surface.setdefault(s, []).append(e)
            for s in e.short_forms:
                self._by_short.setdefault(s, []).append(e)

    @classmethod
    def from_rows(cls, rows, not_entities=()) -> "Lexicon":
        entries = []
        for r in rows:
            if r["class"] not in CLASSES:
                raise ValueError(f"lexicon: unknown class {r['class']!r} for {r['name']!r}")
            entries.append(Entry(r["name"].strip(), r["class"], _split(r.get("aliases")),
                                 (r.get("en") or "").strip() or None, (r.get("source") or "").strip(),
                                 _split(r.get("code")), _split(r.get("parent")), _split(r.get("level")),
                                 _split(r.get("short"))))
        return cls(entries, frozenset(not_entities))

    @classmethod
    def load(cls, path: Path | None = None, not_entities_path: Path | None = None) -> "Lexicon":
        """Read the lexicon (and the non-entity list). ``path`` is one TSV file,
        or a folder whose ``*.tsv`` files are all read; by default every file
        of ``lexicon_files()``. The non-entity list defaults to
        kg/data/not_entities.tsv."""
        not_entities_path = not_entities_path or DATA / "not_entities.tsv"
        rows = [r for p in lexicon_files(path) for r in read_rows(p)]
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

    def fuller_entry(self, form: str, cls: str, tails: tuple[str, ...] = ()) -> Entry | None:
        """The entry ``form`` is a fuller name of: an alias that holds the entry's name
        and more words than a tail of ``tails`` (产业, 业): 高端装备制造(业) of 高端装备, not
        高端装备产业, nor 电子竞技 of 电竞 (the same words said otherwise).

        >>> lex = Lexicon.from_rows([{"name": "青装备", "class": "IndustryTrack",
        ...                           "aliases": "青装备制造业|青装备产业|青装"}])
        >>> [bool(lex.fuller_entry(f, "IndustryTrack", ("产业", "业"))) for f in ("青装备制造业", "青装备产业", "青装", "青装备")]
        [True, False, False, False]
        """
        e = self.lookup(form, cls)
        if e is None or form == e.name:
            return None
        core = next((form[:-len(t)] for t in sorted(tails, key=len, reverse=True)
                     if form.endswith(t) and len(form) > len(t)), form)
        return e if len(core) > len(e.name) and e.name in core else None

    def lookup_all(self, surface: str) -> list[Entry]:
        return list(self._by_surface.get(surface, ()))

    def by_short_form(self, short: str, cls: str | None = None) -> list[Entry]:
        """The entries that ``short`` is an (ambiguous) short form of: 天河 -> 天河区.
        Short forms are not surfaces: ``lookup`` does not find them."""
        return [e for e in self._by_short.get(short, ()) if cls is None or e.cls == cls]

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


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(a.strip() for a in (cell or "").split("|") if a.strip())


def lexicon_files(path: Path | str | None = None) -> list[Path]:
    """The TSV files a lexicon is read from: ``path`` itself when it is a file,
    the ``*.tsv`` of ``path`` when it is a folder, and by default
    kg/data/lexicon.tsv followed by kg/data/lexicon/*.tsv (sorted by name)."""
    if path is None:
        return [MAIN_FILE, *sorted(FOLDER.glob("*.tsv"))]
    path = Path(path)
    return sorted(path.glob("*.tsv")) if path.is_dir() else [path]


def read_rows(path: Path | str) -> list[dict]:
    """The rows of one lexicon TSV (``#`` comment rows and blank names left out).
    Columns past the five are kept (``code``, ``parent``, ``level``, ``short``)."""
    with open(path, encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r.get("name") and not r["name"].startswith("#")]


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon.load()
