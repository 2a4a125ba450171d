"""What opens a head's name and vouches for it where its words alone would not (heads.py):
the word for the state before a state centre's name (国家|青禾装备检测中心), a district
before one of its units (青禾区|先锋|街道), a firm found by its legal form before what it
builds (星澜集团|低温乳品工厂项目)."""
from __future__ import annotations

from ..model import Token
from .candidate import Cand
from .context import Context
from .proper_words import county_short, proper
from .text import ADMIN_UNITS, CLOSE_QUOTES, JOIN_CHARS, LIST_SEP, OPEN_QUOTES, han, is_punct


def _unit(ctx: Context, h) -> bool:
    """True when the head ``h`` is an administrative unit (街道, 镇) or a village's (村: rules.toml
    [boundary] stem_cut_units)."""
    return h.word in ADMIN_UNITS or h.word in ctx.rules.stem_cut_units


def unit_after_admin(ctx: Context, start: int, mod_end: int, h) -> bool:
    """True when an administrative unit's head (街道, 镇) follows a district or county the
    lexicon knows and a word of two or more characters (青禾区|先锋|街道): the district says
    the word names one of its units, a dictionary word (先锋, 联合) as well as a coined one;
    or follows a word that says where ([place] unit_labels: 地点：, 位于)."""
    if h.cls != "Place" or not _unit(ctx, h) or mod_end - start < 2:
        return False
    if ctx.text.endswith(ctx.rules.unit_labels, 0, start):
        return True   # 地点：|中城|街道, 位于|站前路|街道: the words say where, a unit's name follows
    if _place_word_opens(ctx, start, mod_end):
        return True   # 。城北|街道, 1. 古城|街道的: a place word that opens its clause names the unit
    # (the district's words, one token or a name jieba cut in two: 星|湖区|先锋|街道)
    at = start
    for _ in range(3):
        t = ctx.by_end.get(at)
        if t is None:
            return False
        e = ctx.lex.lookup(ctx.text[t.start:start], "Place")
        if e and e.levels:
            return True
        at = t.start
    return False


def town_opens(ctx: Context, start: int, mod_end: int, h) -> bool:
    """True when a project's modifier is a town's or a township's name alone, a dictionary word of two
    characters or more and the unit ([modifier] unit_morphemes: 青石|镇|商贸中心, 白石头|乡|污水处理厂):
    the town names the works as an unknown word would, but not a word of a kind of town before the unit
    (中心|镇, 重点|镇: unit_morpheme_not_after) nor one of every unit (各乡|镇: unit_morpheme_not_first),
    nor the last of a list of towns (云溪乡、白露镇|商贸中心: the head is all the towns' kind of works)."""
    conf = ctx.rules.data.get("modifier", {})
    if h.cls != "Project" or (start > 0 and ctx.text[start - 1] in LIST_SEP):
        return False
    toks = ctx.seg.tokens(ctx.text[start:mod_end])
    if len(toks) != 2:
        return False
    w, unit = toks[0].text, toks[1].text
    return unit in conf.get("unit_morphemes", "") and len(unit) == 1 and len(w) >= 2 and han(w) \
        and w not in conf.get("unit_morpheme_not_after", ()) and w[0] not in conf.get("unit_morpheme_not_first", "")


def listed_towns(ctx: Context, start: int, mod_end: int, h) -> bool:
    """True when a project's modifier is a town alone, the last of a list of towns (云溪乡、白露镇|商贸中心,
    星澜镇、青禾乡|污水处理厂): the head is the kind of works every town of the list has, no name."""
    units = ctx.rules.data.get("modifier", {}).get("unit_morphemes", "")
    mod = ctx.text[start:mod_end]
    return h.cls == "Project" and bool(units) and start > 1 and ctx.text[start - 1] in LIST_SEP \
        and 2 <= len(mod) <= 6 and mod[-1] in units and ctx.text[start - 2] in units


def _place_word_opens(ctx: Context, start: int, mod_end: int) -> bool:
    """True when start..mod_end is one word the dictionary tags a place or a locality ([place]
    unit_stem_tags: 城北/s, 古城/ns) and it opens its clause or list item: nothing before it
    could be the words that make a common noun of the unit (主要|街道, 沿线|街道 are none)."""
    t = ctx.by_start.get(start)
    if t is None or t.end != mod_end or ctx.seg.tag(t.text) not in ctx.rules.data["place"].get("unit_stem_tags", ()):
        return False
    return start == 0 or is_punct(ctx.text[start - 1]) or ctx.text[start - 1] in LIST_SEP


def admin_unit_stem(ctx: Context, start: int, mod_end: int, h) -> int | None:
    """Where a street's or town's name starts when the walk left stopped at its stem or the
    generic words took it (青禾区|振兴|街道, 位于|传统|街道, 地点：青禾区|安定|镇): a dictionary
    word of two or more characters right before the unit, after a district the lexicon
    knows or a word that says where (`unit_after_admin`), names the unit. None otherwise."""
    if h.cls != "Place" or not _unit(ctx, h):
        return None
    t = ctx.by_end.get(mod_end)
    w = ctx.by_end.get(mod_end + len(h.word)) if t is None else None
    if w is not None and w.start < mod_end and w.text.endswith(h.word) and not ctx.lex.is_not_entity(w.text):
        t = Token(w.text[:-len(h.word)], w.start, mod_end)   # (选址|新兴村: jieba kept name and unit in one word)
    if t is None or start < t.start or len(t.text) < 2 or not all(han(ch) for ch in t.text):
        return None
    return t.start if unit_after_admin(ctx, t.start, mod_end, h) else None


def place_named_park(ctx: Context, out: list[Cand], start: int, mod_end: int, h) -> int:
    """Where an industrial park's name starts when the walk left stopped at a town or a
    county right before it and its own words say only a kind (云溪区|化工|园区; rules.toml
    [place] place_park_heads): at the place, found before as a name ending in one of [place]
    place_park_units. ``start`` otherwise (星澜化工|园区 has a proper word of its own,
    高新区严格落实|化工|园区 no place)."""
    if h.word not in ctx.rules.place_park_heads or (start < mod_end and proper(ctx, ctx.text[start:mod_end])):
        return start
    units = ctx.rules.place_park_units
    place = next((c for c in (*ctx.cands, *out) if c.end == start and c.cls == "Place" and c.role == "name"
                  and c.start < start and ctx.text[c.start:c.end].endswith(units)), None) if units else None
    return place.start if place is not None else start


def county_short_park(ctx: Context, start: int, mod_end: int, h) -> int:
    """Where a park's name starts when a county's or city's short form jieba took for another
    word (互助, a verb; 大同, an adverb) stands right before its words and opens its clause or
    list item (、互助|绿色|产业园, ，大同|智算|产业园): the park is named after the place, as
    by any place before it. Only before a zone's park head (rules.toml [place] zone_park_heads);
    ``start`` otherwise (结对|互助|绿色产业园: the word before it is the clause's)."""
    t = ctx.by_end.get(start)
    if h.word not in ctx.rules.zone_park_heads or start >= mod_end or t is None or not county_short(ctx, t.text):
        return start
    prev = ctx.by_end.get(t.start)
    opens = t.start == 0 or is_punct(ctx.text[t.start - 1]) or ctx.text[t.start - 1] in JOIN_CHARS + LIST_SEP \
        or (prev is not None and prev.text in ctx.rules.boundary)
    return t.start if opens else start


def firm_opens(ctx: Context, out: list[Cand], start: int, mod_end: int) -> bool:
    """True when a firm found in the sentence by its legal form or firm's word (科技,
    药业; [legal_name] forms, body_heads) opens the modifier
    (星澜集团|低温乳品工厂项目): the thing is that firm's, named by it as by a proper word,
    whatever words the dictionary makes of its brand (a trade word's firm is too often
    the product: 制氢装备|和…生产线)."""
    forms = ctx.tables.firm_forms
    return any(c.cls == "Enterprise" and c.start == start and c.end < mod_end and c.role == "name"
               and c.name.endswith(forms) for c in (*ctx.cands, *out))


def co_built(ctx: Context, start: int, h) -> bool:
    """True when a head's name follows the words that say two parties build it together
    ([long_name] co_built_before: 星澜大学与墨川集团共建的|智能装备|研究院, 联合青禾科技共建|储能
    中试基地): the text sets it out as the thing built, a name though its words only say what
    it is for; a head of [long_name] co_built_heads (a lab, an institute, a pilot base)."""
    rx = ctx.tables.co_built_before
    return rx is not None and h.word in ctx.rules.long_name.get("co_built_heads", ()) \
        and rx.search(ctx.text, max(0, start - 12), start) is not None


def co_built_start(ctx: Context, start: int, mod_end: int, h) -> int:
    """Where the name of a thing two parties build together starts (a head of [long_name]
    co_built_heads): right after the words that say so when they stand within a modifier's
    length before the head, no mark between (与星澜大学共建|智能焊接|研究院: the walk left stopped
    at 焊接, a verb; 与星澜大学（云溪）共建|X研究院: it ran over 共建); else ``start``."""
    rx = ctx.tables.co_built_words
    if rx is None or h.word not in ctx.rules.long_name.get("co_built_heads", ()):
        return start
    text = ctx.text
    lo = max(0, mod_end - ctx.rules.lengths["modifier"])
    at = next((m.end() for m in reversed(list(rx.finditer(text, lo, mod_end)))), None)
    if at is not None and text[at - 1] in OPEN_QUOTES and _whole_quote(text, at, mod_end + len(h.word)):
        return at   # (共建“5G+智慧课堂联合实验室”: the quotation is the name, marks and all; the words take its mark in)
    if at is None or mod_end - at < 2 or any(is_punct(ch) for ch in text[at:mod_end]):
        return start
    return at


def _whole_quote(text: str, s: int, e: int) -> bool:
    """True when text[s:e] fills a quotation (a close quote right after it) and holds
    no quote, list mark or clause break of its own."""
    return e < len(text) and text[e] in CLOSE_QUOTES and e - s <= 20 \
        and not any(ch in OPEN_QUOTES or ch in CLOSE_QUOTES or ch in "，,。；;、：:" for ch in text[s:e])


def park_opens(ctx: Context, out: list[Cand], start: int, mod_end: int) -> bool:
    """True when a park or zone found in the sentence by its own head opens the modifier
    (青石湾产业园|标准厂房项目): the works are named by the platform they stand in, as by
    a proper word, though the rest is made of dictionary words."""
    return any(c.cls == "Platform" and c.start == start and c.end < mod_end and c.role == "name"
               and c.rule.startswith("head:") for c in (*ctx.cands, *out))


def zone_opens(ctx: Context, out: list[Cand], start: int, mod_end: int) -> bool:
    """True when a zone found in the sentence by its name (a platform's name ending in a zone
    word: 星澜高新区, 青禾经济技术开发区) opens the modifier and the park's own words follow
    (推进星澜高新区|数字经济|产业园建设): the park is the zone's, named by it as by a coined word;
    a bare zone word names none (推进高新区航空航天产业园建设)."""
    zones = ctx.tables.zone_tuple
    return any(c.cls == "Platform" and c.start == start and c.end < mod_end and c.role == "name"
               and ctx.text[c.start:c.end].endswith(zones) and ctx.text[c.start:c.end] not in zones
               for c in (*ctx.cands, *out))


def described_named(ctx: Context, out: list[Cand], start: int, mod_end: int, site: bool = False) -> bool:
    """True when a project named only by what it makes (钠离子电池储能模组|项目) is set out as a
    name: a numbered item's heading (2.X项目，拟选址…) or a firm's (星澜有限公司的X项目,
    星澜集团签约建设X项目), and its words hold a track and are long enough (rules.toml
    [long_name] described_*): no 重点项目 or 新能源项目. A firm's works of ``site`` heads
    ([long_name] described_heads: 生产基地 …) say what they are: a track alone names them
    (星澜集团投资的|抗体药物|生产基地), in fewer words (described_site_min_len)."""
    ln = ctx.rules.long_name
    mod = ctx.text[start:mod_end]
    if len(mod) < ln.get("described_site_min_len" if site else "described_min_len", 99) \
            or (not site and ctx.lex.lookup(mod, "IndustryTrack")) \
            or mod.startswith(tuple(ln.get("described_not_first", ()))):
        return False    # (标准化|水稻种植基地: a kind of base, [long_name] described_not_first)
    # (the lexicon's tracks are found after the heads: looked up here, two to eight characters)
    if not any(ctx.lex.lookup(mod[i:j], "IndustryTrack")
               for i in range(len(mod) - 1) for j in range(i + 2, min(len(mod), i + 8) + 1)) \
            and not _thing_last(ctx, mod_end):
        return False
    opening, links = ctx.tables.described_item_opening, ctx.tables.described_firm_links
    if opening is not None and opening.fullmatch(ctx.text, 0, start):
        return True
    found = (*ctx.cands, *out)
    return (links is not None and any(
        c.cls in ("Enterprise", "Institution") and c.role == "name" and c.end <= start
        and links.fullmatch(ctx.text, _past_where(ctx, found, c.end, start), start) for c in found)) \
        or _built_at(ctx, found, start) or _listed_after(ctx, found, start) or _pronoun_led(ctx, start)


def _pronoun_led(ctx: Context, start: int) -> bool:
    """True when a pronoun for the firm the text speaks of stands before the name, maybe with the
    firm's words to it between ([long_name] described_pronouns: 其|X项目, 其|投资12亿元的|X项目)."""
    links = ctx.tables.described_firm_links
    for w in ctx.rules.long_name.get("described_pronouns", ()):
        at = ctx.text.rfind(w, max(0, start - 16), start)
        if at >= 0 and (at + len(w) == start or (links is not None and links.fullmatch(ctx.text, at + len(w), start))):
            return True
    return False


def _listed_after(ctx: Context, found, start: int) -> bool:
    """True when a project's name found in the sentence stands right before the name, a list's
    mark between ([long_name] described_peer_marks: 星澜石英坩埚项目、|X项目): a list of named works."""
    marks = tuple(ctx.rules.long_name.get("described_peer_marks", ()))
    return bool(marks) and any(
        c.cls == "Project" and c.role == "name" and c.end < start and ctx.text.startswith(marks, c.end)
        and c.end + len(next(m for m in marks if ctx.text.startswith(m, c.end))) == start for c in found)


def _built_at(ctx: Context, found, start: int) -> bool:
    """True when a place or a zone found in the sentence after 在 and a verb of building stand
    right before the name ([long_name] described_site_where, described_site_links: 在云溪县|建设|X项目):
    the sentence sets the works out by where they are built, as a firm's by its builder."""
    links = ctx.tables.described_site_links
    where = tuple(ctx.rules.long_name.get("described_site_where", ()))
    return links is not None and bool(where) and any(
        c.cls in ("Place", "Platform") and c.role == "name" and c.end <= start
        and ctx.text.endswith(where, 0, c.start) and links.fullmatch(ctx.text, c.end, start) for c in found)


def _past_where(ctx: Context, found, at: int, start: int) -> int:
    """Where the firm's words to its project go on past a name of the sentence after 在 or 与
    ([long_name] described_firm_where: 星澜有限公司|在云溪镇|建设): ``at`` when none stands there."""
    for w in ctx.rules.long_name.get("described_firm_where", ()):
        if ctx.text.startswith(w, at):
            ends = [c.end for c in found if c.start == at + len(w) and c.end < start and c.role == "name"]
            if ends:
                return max(ends)
    return at


def _thing_last(ctx: Context, mod_end: int) -> bool:
    """True when the modifier's last word names a thing made (生物基可降解|材料, 一体化|压铸件)
    or a work done on one ([long_name] inside: 血液制品|扩建), not an act of the clause
    (全力以赴|抓): a project named by what it makes where no track of the lexicon is in it."""
    t = ctx.by_end.get(mod_end)
    if t is None:
        return False
    if t.text in ctx.rules.long_name.get("inside", ()) or t.text in ctx.rules.long_name.get("described_works", ()):
        return True
    tag = ctx.seg.tag(t.text)
    return len(t.text) > 1 and (tag.startswith("n") or not tag)


def national_kept(ctx: Context, start: int, stripped: int, end: int) -> int:
    """Where a state centre's name starts: at the word for the state the generic words
    stripped (国家|青禾装备检测中心, rules.toml [level_bodies] national), when it is a word
    of its own and the name ends with a national head."""
    lb = ctx.rules.level_bodies
    if stripped == start or not ctx.text.endswith(tuple(lb.get("national_heads", ())), stripped, end):
        return stripped
    for w in lb.get("national", ()):
        at = stripped - len(w)
        t = ctx.by_start.get(at)
        if at >= start and t is not None and t.text == w:
            return at
    return stripped


def national(ctx: Context, name: str) -> bool:
    """True when ``name`` is a state centre's: the word for the state, a national head."""
    lb = ctx.rules.level_bodies
    return name.startswith(tuple(lb.get("national", ()))) and name.endswith(tuple(lb.get("national_heads", ())))


def after_zone_word(ctx: Context, start: int, mod_end: int, end: int | None = None) -> int:
    """Where a firm's registered name or a place's name starts after a bare word for a
    zone opening it (经开区|星澜环保设备有限公司, 开发区|孝感凯达…有限公司, 开发区|青禾村):
    the zone says where the firm or the place is, no such name opens with it. A zone word
    before trade words alone stays (高新区投资发展有限公司: the zone's own company)."""
    t = ctx.by_start.get(start)
    if t is None or t.text not in ctx.rules.zone_words or t.end >= mod_end:
        return start
    # (a place's stem is read with its unit: 七百|秧 is a number and a noun, 七百|秧村 a village)
    return t.end if proper(ctx, ctx.text[t.end:mod_end if end is None else end]) else start


def county_short_opens(ctx: Context, mod: str, h) -> bool:
    """True when a zone's head (…开发区, …园区, 高新区) follows a county's short form and
    nothing else (云溪|高新技术产业开发区): jieba may take the short form for a common word, but
    before a zone's head it names the county the zone is named after. Heads that are no zone's
    (片区, 街区, 医院) are left alone: before them a short form is as often a common word (老城|片区)."""
    return h.word.endswith(ctx.tables.zone_tuple) and county_short(ctx, mod)


def place_names_zone(ctx: Context, mod: str, h) -> bool:
    """True when a zone's head (经开区, 高新区) is named by a place alone (云溪区|经开区, 星澜市|
    高新区): a zone so named is one, whatever word follows (…经开区建设新工厂 is no work on
    zones in general, as a bare 开发区建设 is)."""
    return county_short_opens(ctx, mod, h) or (
        h.word.endswith(ctx.tables.zone_tuple) and ctx.lex.lookup(mod, "Place") is not None)


def proper_unit(ctx: Context, mod: str, h) -> bool:
    """True when a town's, a township's or a street's head (镇, 乡, 街道) follows a proper word
    (韩家|镇, 杨柳|街道: jieba tags many such words a person's name): the unit is named,
    whatever word follows (在韩家镇建设新工厂), as a coined word names a park."""
    return h.cls == "Place" and h.word in ADMIN_UNITS and proper(ctx, mod)
