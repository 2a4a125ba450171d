"""The document's own name of a track the lexicon knows by a shorter one.

The lexicon lists a track under one name and its other forms (高端装备: 高端装备制造,
高端装备制造业). Most are the same words said otherwise (电竞 / 电子竞技, 封测 /
封装测试, 医药产业) and name the entity the lexicon's name does. A form that holds
the lexicon's name and more words (高端装备制造, 智能机器人: Lexicon.fuller_entry)
is the fuller name a document gives the track: a document that writes it names the
track so in every sentence (高端装备 there is its short form), and its track is an
entity of that name; documents that write only the short name keep the lexicon's
(kg/link keeps the two apart).

    >>> from kg.lexicon import Lexicon
    >>> from kg.model import Mention
    >>> lex = Lexicon.from_rows([{"name": "青装备", "class": "IndustryTrack", "aliases": "青装备制造|青装备制造业"}])
    >>> ms = [Mention("d", 0, 0, 6, "青装备制造业", "IndustryTrack", "青装备", "lexicon"),
    ...       Mention("d", 1, 0, 3, "青装备", "IndustryTrack", "青装备", "lexicon")]
    >>> [m.name for m in document_forms(lex, ms, ("产业", "业"))]
    ['青装备制造', '青装备制造']
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..lexicon import Lexicon
from ..model import Mention


def document_forms(lex: Lexicon, mentions: list[Mention], tails: tuple[str, ...]) -> list[Mention]:
    """``mentions`` with the tracks the document names by a fuller form of the
    lexicon's name renamed to that form (the form it writes most; the longer on a tie).
    A surface is counted under the shortest fuller form it opens with (高端装备制造业
    under 高端装备制造)."""
    used: dict[str, Counter] = {}
    for m in mentions:
        e = lex.lookup(m.name, m.cls) if m.cls == "IndustryTrack" else None
        if e is None or e.name != m.name:
            continue
        forms = [a for a in e.aliases if m.surface.startswith(a) and lex.fuller_entry(a, m.cls, tails) is e]
        if forms:
            used.setdefault(m.name, Counter())[min(forms, key=lambda f: (len(f), f))] += 1
    if not used:
        return mentions
    fuller = {name: max(c, key=lambda f: (c[f], len(f), f)) for name, c in used.items()}
    return [replace(m, name=fuller[m.name]) if m.cls == "IndustryTrack" and m.name in fuller else m
            for m in mentions]
