"""Places glued to the place around them by a head's walk.

A head's walk back from 镇, 村, 社区 may run over the place the text names first, the
larger one (青禾区云溪镇, 云溪镇星湖村; a road or a scenic area after its town, 云溪镇星湖路,
白露镇青峰山景区: road_ends): two places, each a mention of its own
([glued_place] child_ends, parent_ends, min_len; not after a zone, parent_not_ends:
青禾高新区星湖社区, unless the lexicon lists the whole as a county, known_parent_levels: 云城区 is a
district, not a town's 城区, so 云城区|白露镇); a county of one character too (滑县青禾乡: short_parent_ends,
or a county of two characters the lexicon lists by that short name only: 芒市风平镇, short_known_parent_ends), but a
word for the county the text speaks of (全县青禾乡, 本县…: short_parent_not_first) is
no place, the town alone is; a town of one character before its village too (柏镇青禾村:
short_town_ends). It may also start one character early,
inside the word before (重点镇|云溪镇, 市区|星湖大道: a name that opens with a unit
character glued to the text before it, unit_starts): the name starts after it. Nor
does a place's name hold a word that joins or leads to it (joiners): 产业链和|星湖街道,
可向|云溪镇, 白露镇至|云溪镇 name 星湖街道, 云溪镇 alone.

Three passes cut a town off the front of what lies in it; this one runs first and takes a head's
walk to one of road_ends. Only it cuts a county, district or city (parent_ends 市, 区, 县, 旗) off a
road or scenic area (青禾区|星湖路: kg/recognise/town_glued.py and debris_names.py cut towns
only), and its parts keep the walk's rule (town_glued.py names the town it cuts town-glued).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Mention
from .composite_places import composite_places
from .county_names import county_unit
from .text import is_punct


def _split(name: str, conf: dict, lex=None) -> list[str]:
    """``name`` cut where a larger place ends and a smaller one starts (青禾区|云溪镇|星湖村)."""
    n = conf.get("min_len", 3)
    if not name.endswith((*conf.get("child_ends", ()), *conf.get("road_ends", ()))):
        return [name]
    for i in range(len(name) - n, n - 1, -1):
        if name[:i].endswith(tuple(conf.get("parent_ends", ()))) \
                and (not name[:i].endswith(tuple(conf.get("parent_not_ends", ()))) or known_parent(lex, name[:i], conf)):
            return _split(name[:i], conf, lex) + [name[i:]]
    # (a county of one character and its unit: 滑县|青禾乡, or a word for the county: 全县|青禾乡;
    # or one the lexicon lists by that short name alone: 芒市|风平镇)
    if len(name) - 2 >= n and (name[:2].endswith(tuple(conf.get("short_parent_ends", ()))) or lex is not None
                               and county_unit(lex, {"units": conf.get("short_known_parent_ends", ())}, name[:2])):
        return [name[:2], name[2:]]
    # (a town of one character and its village: 柏镇|青禾村; not a word for towns, 城镇|青禾村)
    if len(name) - 2 >= n and name[:2].endswith(tuple(conf.get("short_town_ends", ()))) \
            and name.endswith(tuple(conf.get("short_town_child_ends", ()))) \
            and name[0] not in conf.get("short_town_not_first", ""):
        return [name[:2], name[2:]]
    return [name]


def _after_joiner(name: str, conf: dict) -> int:
    """Characters of ``name`` up to its last joiner (0: none) with a stem of two characters or
    more and its unit after it and a word before it (太和镇, 和平街道, 青禾县和平镇: no joiner)."""
    units = [u for u in (*conf.get("child_ends", ()), *conf.get("parent_ends", ())) if name.endswith(u)]
    if not units:
        return 0
    for i in range(len(name) - max(map(len, units)) - 3, 0, -1):
        if name[i] in conf.get("joiners", ""):
            return i + 1
    return 0


def known_parent(lex, name: str, conf: dict) -> bool:
    """True when the lexicon lists ``name`` as a place of one of known_parent_levels (云城区)."""
    e = lex.lookup(name, "Place") if lex is not None else None
    return e is not None and e.name == name and bool(set(e.levels) & set(conf.get("known_parent_levels", ())))


def _walked(m: Mention, conf: dict) -> bool:
    """A place a head's walk read, or one of the rules that read a stem as loosely (walked_rules:
    the peers of a list, 芒市风平镇、白露镇, whose first item's stem ran over its county)."""
    return m.cls == "Place" and ("head:" in m.rule or m.rule in conf.get("walked_rules", ()))


def glued_places(rules, texts: dict[int, str], mentions: list[Mention], lex=None) -> list[Mention]:
    """``mentions`` with the places a head's walk glued together cut apart (and, given the
    lexicon ``lex``, a county it names with its city before it: kg/recognise/composite_places.py)."""
    if lex is not None:
        mentions = composite_places(lex, mentions)
    conf = rules.glued_place
    if not conf.get("child_ends"):
        return mentions
    spans = {(m.sentence, m.start, m.end) for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        if not _walked(m, conf):
            out.append(m)
            continue
        text = texts[m.sentence]
        if m.surface[:1] in conf.get("unit_starts", ()) and m.start > 0 and not is_punct(text[m.start - 1]) \
                and len(m.surface) - 1 >= conf.get("min_len", 3) and m.surface == m.name:
            m = replace(m, start=m.start + 1, surface=m.surface[1:], name=m.name[1:])
        cut = _after_joiner(m.surface, conf) if m.surface == m.name else 0
        if cut:
            m = replace(m, start=m.start + cut, surface=m.surface[cut:], name=m.name[cut:])
        parts = _split(m.surface, conf, lex) if m.surface == m.name else [m.surface]
        if len(parts) == 1:
            out.append(m)
            continue
        at = m.start
        for p in parts:
            if len(p) == 2 and p[0] in conf.get("short_parent_not_first", ""):
                pass    # (全县, 本县: the county the text speaks of, no name)
            elif (m.sentence, at, at + len(p)) not in spans:
                # (a place a name opens with, cut in two, is named by the text as two places: 青禾区|
                # 云溪街道|星澜产业园; each a mention of its own, no owner of the name)
                out.append(replace(m, start=at, end=at + len(p), surface=p, name=p, role="name"))
            at += len(p)
    return out
