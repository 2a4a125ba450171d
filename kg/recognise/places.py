"""Places and firms the lexicon does not list but their words give away: a
greater area (大城北), a city or firm after a foreign country (韩国|大邱),
a level of government's state-owned group (市城投), a county-level unit by its
short form right after its city (泉州市|晋江), the units listed beside a known
one (辖A街道、B街道)."""
from __future__ import annotations

from .candidate import Cand
from .country_cities import city_after
from .context import Context
from .proper_words import generic_only
from .modifier import left_modifier
from .text import ADMIN_UNITS, LIST_SEP, alnum, han, is_punct


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
    (a word jieba takes for a place, not in the lexicon; or a longer or transliterated
    name that ends its list item: 美国|路易斯维尔的); 韩国|JK、 -> the firm 韩国JK (Latin
    letters that end a list item). Jieba may keep the two as one word (德国科隆)."""
    text, toks = ctx.text, ctx.toks
    if not ctx.tables.country_re.search(text):
        return []
    ac = ctx.rules.place_attributive_after_country
    out = []
    countries = ctx.tables.countries
    out += _glued_city(ctx, countries, ac)
    for k in [k for k, t in enumerate(toks) if t.text in countries]:
        if k + 1 == len(toks):
            break
        a, b = toks[k], toks[k + 1]
        found = city_after(ctx, k, ac)
        if found is not None:
            b = toks[found[0]]
            # (a city the lexicon lists wins over its lexicon reading: the rule says whose part it is)
            out.append(Cand(b.start, b.end, "Place", found[1], "city-after-country",
                            prio=5 if found[2] else 3, source=found[2] or ""))
            continue
        if b.text.startswith(tuple(ac.get("site_after", ()))):
            continue    # (在墨兰|新建工厂: jieba may tag the verb a place)
        if a.end != b.start or ctx.lex.lookup(b.text):
            continue
        tag = ctx.seg.tag(b.text)
        if tag == "ns" and 2 <= len(b.text) <= ac.get("max_len", 3) or (
                tag in ac.get("item_tags", ()) and 2 <= len(b.text) <= ac.get("item_max_len", 0)
                and (b.end == len(text) or is_punct(text[b.end])
                     or text.startswith(tuple(ac.get("item_after", ())), b.end))):
            out.append(Cand(b.start, b.end, "Place", b.text, "city-after-country", prio=3))
        elif alnum(b.text) and not b.text.isdigit() and (
                b.end == len(text) or is_punct(text[b.end]) or text.startswith(tuple(ac.get("firm_after", ())), b.end)
                or ctx.seg.tag(toks[k + 2].text)[:1] in ("v", "a", "d", "p", "c", "u")):
            # (not 韩国|OLED|显示屏: letters before a noun qualify it)
            out.append(Cand(a.start, b.end, "Enterprise", a.text + b.text, "firm-after-country", prio=3,
                            aliases=(b.text,)))
    return out


def _glued_city(ctx: Context, countries, ac) -> list[Cand]:
    """德国科隆 as one word: a country and a word jieba takes for a place or a
    foreign name (or a city the lexicon lists: 美国硅谷 -> 硅谷) -> the city after
    the country."""
    out = []
    longest = ac.get("max_len", 3)
    tags = {"ns", *ac.get("item_tags", ())}   # a place's or a foreign name's
    for t in ctx.toks:
        w = t.text
        if len(w) < 4 or w in countries or ctx.lex.lookup(w):
            continue
        for n in (2, 3, 4):
            rest = w[n:]
            if w[:n] in countries and 2 <= len(rest) <= longest and not any(is_punct(ch) for ch in rest):
                e = ctx.lex.lookup(rest)
                if (e is not None and e.cls == "Place") or (e is None and ctx.seg.tag(rest) in tags):
                    # (not a common word after the country, which qualifies it: 美国市场)
                    out.append(Cand(t.start + n, t.end, "Place", e.name if e else rest, "city-after-country", prio=3))
                    country = ctx.lex.lookup(w[:n], "Place")
                    out.append(Cand(t.start, t.start + n, "Place", country.name if country else w[:n],
                                    "country-before-city", prio=3))
                break
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


def zone_parts(ctx: Context) -> list[Cand]:
    """经开区路东区, 青禾高新区南区: a zone (a bare zone word or a named zone) and an area
    named by where in it it lies (rules.toml [place] zone_part) name a part of the zone."""
    text = ctx.text
    part = ctx.tables.zone_part_re
    if part is None or not part.search(text):
        return []       # (a part's words stand nowhere in the sentence: no zone is worth finding)
    # (not a bare park word, 落户园区|北区: the park the text named, an area of it said by where)
    not_after = ctx.rules.data.get("place", {}).get("zone_part_not_after", ())
    zones = {t.end: t.start for t in ctx.toks if t.text in ctx.rules.zone_words and t.text not in not_after}
    for c in ctx.cands:
        if c.cls == "Platform" and c.role == "name" and text[c.start:c.end].endswith(ctx.tables.zone_tuple):
            zones[c.end] = min(c.start, zones.get(c.end, c.start))
    out = []
    for end, start in zones.items():
        m = part.match(text, end)
        if m and m.end() in ctx.ends:
            out.append(Cand(start, m.end(), "Place", text[start:m.end()], "zone-part", prio=3))
    return out


def soe_short(ctx: Context) -> list[Cand]:
    """市城投, 区交投: the state-owned group of a level of government."""
    text = ctx.text
    if ctx.tables.soe_re is None:
        return []
    starts = ctx.starts
    out = []
    tails = tuple(ctx.rules.soe_short.get("tails", ()))
    for m in ctx.tables.soe_re.finditer(text):
        # (星澜县|城投: the place whose level closes it opens the name)
        place = next((c for c in ctx.cands if c.cls == "Place" and m.start() <= c.end <= m.start() + 1
                      and c.start < m.start()), ctx.by_end.get(m.start() + 1))   # (or jieba's word: 漾濞县)
        start = place.start if place is not None and (m.start() not in starts or place.end == m.start()) \
            and m.start() - place.start >= 2 and han(text[place.start:m.start()]) else m.start()
        end = m.end() + next((len(t) for t in tails if text.startswith(t, m.end())), 0)
        if start in starts and (m.end() in ctx.ends or end > m.end()) \
                and not ctx.lex.lookup(m.group()) and not ctx.lex.is_not_entity(m.group()):   # (县城|投资: no 城投)
            c = Cand(start, end, "Enterprise", text[start:end], "soe-short", prio=3)
            if start < m.start() and getattr(place, "cls", "") == "Place":   # (the county stays a mention, as a bureau's)
                c.nested = [Cand(place.start, place.end, "Place", place.name, place.rule, prio=place.prio, role="name")]
            out.append(c)
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


def country_prefix(ctx: Context, s: int, e: int) -> int:
    """End of a foreign country's name that begins the span s..e (else s): in a list of
    firms, 韩国|星澜 is a firm of Korea and the country, not a firm called 韩国星澜
    (a group that keeps the country in its name ends in a head: 新加坡星澜集团)."""
    for t in ctx.toks:
        if t.start == s and t.end <= e - 2 and t.text in ctx.tables.countries \
                and t.text not in ctx.rules.place_attributive_after_country.get("not_firm_prefix", ()):
            return t.end
        if t.start >= s:
            break
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
    # (the words right after a place, in order: most words follow none)
    for at in sorted(by_end):
        t, parent = ctx.by_start.get(at), by_end[at]
        if t is None or len(t.text) < 2 or ctx.lex.lookup(t.text) is not None:
            continue
        units = [e for e in ctx.lex.by_short_form(t.text, "Place")
                 if "county" in e.levels and parent.name in e.parents]
        if len(units) == 1:
            name, end = units[0].name, t.end
            unit = name[len(t.text):] if name.startswith(t.text) else ""
            nxt = ctx.by_start.get(end)
            if unit and ctx.text.startswith(unit, end) and nxt is not None \
                    and (nxt.text == unit or not ctx.seg.knows(nxt.text)):
                end += len(unit)    # 河池市|宜州|区德胜镇: the unit jieba glued onto the town after it
                                    # (not a word that opens with it: 宜州|区委)
            out.append(Cand(t.start, end, "Place", name, "county-after-city", prio=3))
    return out


def unit_peers(ctx: Context) -> list[Cand]:
    """Units of one level listed beside a known one (辖A街道、B街道和C镇, A片区、B片区): places
    too, whatever words their stems are. Only items that are a stem and a unit word
    (rules.toml [place.peers]) and fill their list item are taken; not a stem of generic words
    before a head that also names a kind of area (重点片区: [place.peers] kind_heads)."""
    cfg = ctx.rules.place_peers
    heads = sorted(cfg.get("heads", ()), key=len, reverse=True)
    if not heads or not any(h in ctx.text for h in heads):
        return []
    kinds = set(cfg.get("kind_heads", ()))
    taken = {(c.start, c.end) for c in ctx.cands}
    out: list[Cand] = []
    todo = [c for c in ctx.cands if c.cls == "Place" and c.name.endswith(tuple(heads))]
    while todo:
        c = todo.pop()
        for span in (_unit_before(ctx, c.start, heads, cfg), _unit_after(ctx, c.end, heads, cfg)):
            if span is None or span in taken:
                continue
            s, e = span
            if any(o.start < e and s < o.end for o in ctx.cands if o.cls != "Place") \
                    or ctx.lex.is_not_entity(ctx.text[s:e]):
                continue    # a word of a firm's or a project's name, not a list item
            h = next(h for h in heads if ctx.text.endswith(h, s, e))
            if h in kinds and generic_only(ctx, ctx.text[s:e - len(h)]):
                continue    # (东湖片区、重点片区: a kind of area, no name; 龙头村 is one)
            taken.add(span)
            p = Cand(s, e, "Place", ctx.text[s:e], "unit-peer", prio=2)
            out.append(p)
            todo.append(p)
    return out


def _joiner_at(ctx: Context, pos: int, side: int, joiners) -> int | None:
    """Past the list separator that begins (side +1) or ends (side -1) at pos."""
    text = ctx.text
    if side > 0:
        if text[pos:pos + 1] == LIST_SEP:
            return pos + 1
        t = ctx.by_start.get(pos)
        return t.end if t is not None and t.text in joiners else None
    if pos > 0 and text[pos - 1] == LIST_SEP:
        return pos - 1
    t = ctx.by_end.get(pos)
    return t.start if t is not None and t.text in joiners else None


def _stem_ok(ctx: Context, stem: str, cfg: dict, s: int | None = None, e: int | None = None) -> bool:
    """A stem of 2..stem_max characters; of one only where the item s..e is a word of its own that
    fills its list item ([place.peers] lone_stem_heads: 马乡、青禾镇); none opening with a word of
    every unit of a kind (not_first: 各乡镇)."""
    if not han(stem) or stem[:1] in cfg.get("not_first", "") or len(stem) > cfg.get("stem_max", 4):
        return False
    if len(stem) >= 2:
        return True
    text = ctx.text
    return len(stem) == 1 and s is not None and text[s + 1:e] in cfg.get("lone_stem_heads", ()) \
        and stem not in cfg.get("lone_not_stems", "") and (s == 0 or is_punct(text[s - 1])) \
        and (e == len(text) or is_punct(text[e])) and any(t.start == s for t in ctx.toks) \
        and any(t.end == e for t in ctx.toks)


def _unit_after(ctx: Context, pos: int, heads, cfg) -> tuple[int, int] | None:
    """The item after the separator at pos when it is a stem and a unit word."""
    joiners = cfg.get("joiners", ())
    s = _joiner_at(ctx, pos, 1, joiners)
    if s is None:
        return None
    text = ctx.text
    for e in range(s + 2, min(len(text), s + cfg.get("stem_max", 4) + 2) + 1):
        h = next((h for h in heads if text.endswith(h, s, e)), None)
        if h is None or not _stem_ok(ctx, text[s:e - len(h)], cfg, s, e):
            continue
        if e == len(text) or any(t.end == e for t in ctx.toks):   # (not 镇|海街道)
            return s, e
    return None


def _unit_before(ctx: Context, pos: int, heads, cfg) -> tuple[int, int] | None:
    """The item before the separator that ends at pos when it is a stem and a unit word."""
    e = _joiner_at(ctx, pos, -1, cfg.get("joiners", ()))
    if e is None:
        return None
    h = next((h for h in heads if ctx.text.endswith(h, 0, e)), None)
    if h is None:
        return None
    hs = e - len(h)
    s = left_modifier(ctx, hs, max_len=cfg.get("stem_max", 4), item_end=True)
    if s == hs:     # the stem is a word that stops a name (推动|建新|镇): that one word
        # (or the word of stem and unit jieba made up: 马乡)
        s = next((t.start for t in ctx.toks if t.end == hs or (t.start == hs - 1 and t.end == e)), hs)
    # (not into a place found before it, whose unit the segmenter cut off: 青禾|区|云溪|街道,
    # 青禾区 found: the stem starts after it)
    s = max([s] + [c.end for c in ctx.cands if c.cls == "Place" and c.start < s < c.end <= hs]
            # (nor over a unit's word of its own: 云溪街道|白露社区 names the community after it)
            + [t.end for t in ctx.toks if s <= t.start and t.end < hs and t.text in heads])
    return (s, e) if _stem_ok(ctx, ctx.text[s:hs], cfg, s, e) else None
