"""Places and firms the lexicon does not list but their words give away: a
greater area (大城北), a city or firm after a foreign country (韩国|大邱),
a level of government's state-owned group (市城投), a county-level unit by its
short form right after its city (泉州市|晋江)."""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .text import ADMIN_UNITS, alnum, is_punct


def greater_areas(ctx: Context) -> list[Cand]:
    """大 + a locality word names an area: 大城北, 大城西, 大江东."""
    toks = ctx.toks
    g = ctx.rules.greater_area
    out = []
    prefix = g.get("prefix")
    if not prefix or prefix not in ctx.text:   # (a sentence without it has no such pair)
        return out
    for a, b in zip(toks, toks[1:]):
        if a.text == g.get("prefix") and a.end == b.start and len(b.text) == 2 \
                and ctx.seg.tag(b.text) in g.get("tags", ()) and ctx.lex.lookup(b.text) is None:
            out.append(Cand(a.start, b.end, "Place", a.text + b.text, "greater-area", prio=2))
    return out


def after_country(ctx: Context) -> list[Cand]:
    """A foreign country and the word right after it: 韩国|大邱 -> the city 大邱
    (a word jieba takes for a place, not in the lexicon); 韩国|JK、 -> the
    firm 韩国JK (Latin letters that end a list item)."""
    text, toks = ctx.text, ctx.toks
    ac = ctx.rules.place_attributive_after_country
    out = []
    countries = ctx.tables.countries
    for k in [k for k, t in enumerate(toks) if t.text in countries]:
        if k + 1 == len(toks):
            break
        a, b = toks[k], toks[k + 1]
        if a.end != b.start or ctx.lex.lookup(b.text):
            continue
        if ctx.seg.tag(b.text) == "ns" and 2 <= len(b.text) <= ac.get("max_len", 3):
            out.append(Cand(b.start, b.end, "Place", b.text, "city-after-country", prio=3))
        elif alnum(b.text) and not b.text.isdigit() and (
                b.end == len(text) or is_punct(text[b.end]) or text.startswith(tuple(ac.get("firm_after", ())), b.end)
                or ctx.seg.tag(toks[k + 2].text)[:1] in ("v", "a", "d", "p", "c", "u")):
            # (not 韩国|OLED|显示屏: letters before a noun qualify it)
            out.append(Cand(a.start, b.end, "Enterprise", a.text + b.text, "firm-after-country", prio=3,
                            aliases=(b.text,)))
    return out


def country_words(lex, rules) -> frozenset[str]:
    """The words `after_country` starts from: a place of the sources rules.toml
    [place.after_country] names, not the home country (the other tokens of a
    sentence are none of them)."""
    ac = rules.place_attributive_after_country
    sources, home = ac.get("sources", ()), rules.place_attributive.get("home", ())
    out = set()
    for w, _ in lex.surfaces():
        e = lex.lookup(w, "Place")
        if e is not None and e.source in sources and e.name not in home:
            out.add(w)
    return frozenset(out)


def soe_short(ctx: Context) -> list[Cand]:
    """市城投, 区交投: the state-owned group of a level of government."""
    text = ctx.text
    if ctx.tables.soe_re is None:
        return []
    starts = ctx.starts
    out = []
    for m in ctx.tables.soe_re.finditer(text):
        if m.start() in starts and not ctx.lex.lookup(m.group()) and not ctx.lex.is_not_entity(m.group()):
            out.append(Cand(m.start(), m.end(), "Enterprise", m.group(), "soe-short", prio=3))
    return out


def place_prefix(ctx: Context, s: int, e: int) -> int:
    """End of a district, city or street name that begins the span s..e (else s):
    拱墅区星澜科技 names a firm of 拱墅区, not a firm called so."""
    toks = ctx.toks
    for t in toks:
        if t.start == s and t.end <= e - 2 and t.text.endswith(ADMIN_UNITS) \
                and ctx.lex.lookup(t.text, "Place"):
            return t.end
    return s


def after_parent(ctx: Context) -> list[Cand]:
    """A county-level unit's short form right after the city it lies in (泉州市|晋江,
    苏州|昆山): the unit.  A short form alone is ambiguous (LEXICON.md: 天河 is also a
    mall's name), so the lexicon keeps it out of its surfaces; the city before it
    decides.  The unit is the only one of that short form in that city."""
    out = []
    by_end = {c.end: c for c in ctx.cands if c.cls == "Place" and c.role != "owner"}
    if not by_end:
        return out
    for t in ctx.toks:
        parent = by_end.get(t.start)
        if parent is None or len(t.text) < 2 or ctx.lex.lookup(t.text) is not None:
            continue
        units = [e for e in ctx.lex.by_short_form(t.text, "Place")
                 if "county" in e.levels and parent.name in e.parents]
        if len(units) == 1:
            out.append(Cand(t.start, t.end, "Place", units[0].name, "county-after-city", prio=3))
    return out
