"""Counties whose whole name is two characters (息县, 温县, 滑县; a county-level city, 芒市), by what stands beside them.

The lexicon keeps such names out of its surfaces (LEXICON.md: 和县 sits in 市和县域, 新县
in 新县城) and files them as the short form of the county with its city before it
(信阳市息县). A word jieba keeps whole that is the short form of one county, ending in
one of rules.toml [county_name] units, is that county, named as the text writes it (the
city before it is no word the text says), where the text around it says it is a place
(`context`):

- what follows is its government, its ground or a town of it (息县人民政府, 息县境内,
  息县|云溪镇: ``after`` words, or a place the heads found that ends in a ``towns`` unit);
- a verb of where things are comes before it and the clause ends after it (落户息县，:
  ``before`` words);
- it is an item of a list beside another county (息县、光山县);

and anywhere in a document that names the city it lies in (`in_its_city`: a document of
信阳 says 息县 of 信阳's). A bureau named by such a county (滑县发展和改革委员会) is read by
kg/recognise/bureaus.py, which asks `county_token` too, and a head's walk stops at one as
at a county the lexicon names (息县|云溪镇: kg/recognise/modifier.py asks `county_unit`).
"""
from __future__ import annotations

from ..model import Mention
from .candidate import Cand
from .text import LIST_SEP, is_punct

RULE = "county-name"


def county_unit(lex, conf: dict, word: str):
    """The lexicon's county whose bare two-character name ``word`` is, else None."""
    if len(word) != 2 or word[-1] not in conf.get("units", ()) or lex.lookup(word) is not None:
        return None
    units = [e for e in lex.by_short_form(word, "Place") if "county" in e.levels]
    return units[0] if len(units) == 1 else None


def _level_before(conf: dict, prev) -> bool:
    """True when the token ``prev`` right before a county's bare name is a lone level word
    ([county_name] not_after: 市|和县|两级, the city and the county, jieba's cut)."""
    return prev is not None and prev.text in conf.get("not_after", ())


def county_token(ctx, t):
    """The county whose bare name the token ``t`` is, unless a lone level word stands right
    before it, else None."""
    conf = ctx.rules.data.get("county_name", {})
    e = county_unit(ctx.lex, conf, t.text)
    return None if e is None or _level_before(conf, ctx.by_end.get(t.start)) else e


def county_names(ctx) -> list[Cand]:
    """A two-character county's name where its sentence says it is a place."""
    conf = ctx.rules.data.get("county_name", {})
    units = tuple(conf.get("units", ()))
    if not units or not any(u in ctx.text for u in units):
        return []
    out = []
    for k, t in enumerate(ctx.toks):
        e = county_token(ctx, t)
        if e is not None and _context(ctx, conf, k):
            out.append(Cand(t.start, t.end, "Place", t.text, RULE, prio=3))
    return out


def _context(ctx, conf: dict, k: int) -> bool:
    text, toks, t = ctx.text, ctx.toks, ctx.toks[k]
    rest = text[t.end:]
    if rest.startswith(tuple(conf.get("after", ()))):
        return True     # 息县人民政府, 息县境内
    towns = tuple(conf.get("towns", ()))
    if any(c.start == t.end and c.cls == "Place" and c.role == "name" and c.name.endswith(towns)
           for c in ctx.cands):
        return True     # 息县|云溪镇: the town the heads found after it
    prev = toks[k - 1] if k > 0 else None
    ends = not rest or is_punct(rest[0])
    if prev is not None and prev.end == t.start and prev.text in conf.get("before", ()) and ends:
        return True     # 落户息县，
    return _listed(ctx, conf, t.start, t.end)


def _listed(ctx, conf: dict, start: int, end: int) -> bool:
    """True when the county is a list's item beside another county (A、息县、B)."""
    text = ctx.text
    levels = tuple(conf.get("list_levels", ()))
    for c in ctx.cands:
        if c.cls != "Place" or c.role == "owner" or not c.name.endswith(levels):
            continue
        if (c.end == start - 1 and text[c.end] == LIST_SEP) or (c.start == end + 1 and text[end] == LIST_SEP):
            return True
    return False


def in_its_city(lex, rules, seg, doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` and a two-character county's name wherever jieba keeps it whole in a
    document that names the city or province it lies in (a document of 信阳 saying 息县),
    where no mention covers it."""
    conf = rules.data.get("county_name", {})
    units = tuple(conf.get("units", ()))
    if not units:
        return mentions
    named = set()
    for m in mentions:
        if m.cls == "Place" and m.role != "owner":
            e = lex.lookup(m.name, "Place")
            named.add(e.name if e is not None else m.name)
    found = {m.name for m in mentions if m.rule == RULE}
    out = list(mentions)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for s in doc.sentences:
        if not any(u in s.text for u in units):
            continue
        toks = seg.tokens(s.text)
        for k, t in enumerate(toks):
            e = county_unit(lex, conf, t.text)
            if e is None or not (t.text in found or named.intersection(e.parents)) or _level_before(
                    conf, toks[k - 1] if k > 0 and toks[k - 1].end == t.start else None):
                continue
            if any(m.start < t.end and t.start < m.end for m in by_sentence.get(s.index, ())):
                continue
            out.append(Mention(doc.doc_id, s.index, t.start, t.end, t.text, "Place", t.text, RULE,
                               confidence=0.75))
    return out
