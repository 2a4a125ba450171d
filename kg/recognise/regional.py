"""Bodies the lexicon knows by a relative alias, read in a document of another place.

A province's or a city's body is often written without its place: 省商务厅 for
浙江省商务厅, 市体育局 for 杭州市体育局. The lexicon keeps such an alias for the
body of one place; it means that body only where the document is about that
place. Elsewhere the same words name the body of the document's own province
or city, and after another place's name they are that place's body:

- 云溪|省商务厅 (the lexicon knows 云溪省) is 云溪省商务厅, a body of its own, and
  the place inside its name is no mention of its own (a body's name holds its
  place, as 云溪市商务局 does);
- a bare 省商务厅 in a document that names neither the alias's place nor any
  place the lexicon puts inside it is the body as written (省商务厅), not the
  lexicon's.

An alias is relative when the entry's name opens with a place and the alias
with that place's level word (浙江省|科学技术厅 and 省科技厅): found from the
lexicon itself, so no list of such bodies is kept
([relative_alias] levels: the level words an alias may open with).
"""
from __future__ import annotations

from dataclasses import replace

from ..lexicon import Lexicon
from ..model import UNBOUND_RULE, Mention


def relative_place(lex: Lexicon, name: str, surface: str, levels: tuple[str, ...]) -> str | None:
    """The place whose body ``surface`` names without it, when ``surface`` is a
    relative alias of the lexicon name ``name`` (the name opens with a place whose
    level word opens the alias); else None.

    >>> from kg.lexicon import Lexicon
    >>> lex = Lexicon.from_rows([
    ...     {"name": "云溪省", "class": "Place", "aliases": "", "en": "", "source": "x"},
    ...     {"name": "云溪省科学技术厅", "class": "Institution", "aliases": "省科技厅", "en": "", "source": "x"}])
    >>> relative_place(lex, "云溪省科学技术厅", "省科技厅", ("省", "市"))
    '云溪省'
    >>> relative_place(lex, "云溪省科学技术厅", "云溪省科技厅", ("省", "市")) is None
    True
    """
    if surface == name or not surface.startswith(levels):
        return None
    for k in range(len(name) - 1, 1, -1):
        if name[k - 1] == surface[0] and not surface.startswith(name[:k - 1]):
            place = lex.lookup(name[:k], "Place")
            if place is not None:
                return place.name
    return None


def _ancestors(lex: Lexicon, name: str, depth: int = 4) -> set[str]:
    out: set[str] = set()
    todo = [name]
    for _ in range(depth):
        nxt = []
        for n in todo:
            e = lex.lookup(n, "Place")
            for p in e.parents if e else ():
                if p not in out:
                    out.add(p)
                    nxt.append(p)
        todo = nxt
    return out


def _in_region(lex: Lexicon, place: str, mentions: list[Mention], text: str) -> bool:
    """Does the document name ``place``, one of its other names, or a place inside it?"""
    e = lex.lookup(place, "Place")
    if any(s in text for s in (e.surfaces if e else (place,))):
        return True
    return any(m.cls == "Place" and place in _ancestors(lex, m.name) for m in mentions)


def relative_aliases(lex: Lexicon, conf: dict, texts: dict[int, str],
                     mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the lexicon bodies named by a relative alias read as the
    module says: after another place, that place's body; bare in a document of
    another region, the body as written."""
    levels = tuple(conf.get("levels", ()))
    if not levels:
        return mentions
    hits = [(i, m, relative_place(lex, m.name, m.surface, levels)) for i, m in enumerate(mentions)
            if m.rule == "lexicon" and m.cls in ("Institution", "Enterprise")]
    hits = [(i, m, p) for i, m, p in hits if p]
    if not hits:
        return mentions
    whole = "\n".join(texts[k] for k in sorted(texts))
    out = list(mentions)
    dropped: set[int] = set()
    for i, m, region in hits:
        text = texts.get(m.sentence, "")
        k, other = _place_before(lex, text, m.start, m.surface[0])
        if other and other != region:
            start = m.start - k
            out[i] = replace(m, start=start, surface=text[start:m.end], name=text[start:m.end],
                             rule=UNBOUND_RULE)
            dropped.update(k for k, x in enumerate(mentions)
                           if x.sentence == m.sentence and x.cls == "Place" and k != i
                           and start <= x.start and x.end <= m.end)
        elif other is None and not _in_region(lex, region, mentions, whole):
            out[i] = replace(m, name=m.surface, rule=UNBOUND_RULE)
    return [m for k, m in enumerate(out) if k not in dropped]


def _place_before(lex: Lexicon, text: str, start: int, level: str,
                  longest: int = 8) -> tuple[int, str | None]:
    """How many characters before ``start`` name a place without its ``level`` word,
    and that place's lexicon name: 湖南 before 省商务厅 is (2, 湖南省)."""
    for k in range(min(longest, start), 1, -1):
        e = lex.lookup(text[start - k:start] + level, "Place")
        if e is not None:
            return k, e.name
    return 0, None
