"""From candidates to the sentence's names: candidates that need a context
word without one are dropped, overlaps go to the longest, and streets a
clause presents as consumption areas become commercial districts too."""
from __future__ import annotations

import re

from .candidate import Cand
from .context import Context
from .proper_words import proper
from .text import JOIN_CHARS, LIST_SEP, is_punct
from ..rules import any_word


def _context_ok(ctx: Context, c: Cand, places: dict[int, int] | None = None) -> bool:
    """True when a word that introduces names (rules.toml [context] before) stands
    before ``c``, or ``c`` begins its clause as a legal form or as the one that sets up a
    works in a place ([context] sites_after: 星澜能源在高新区设立…)."""
    text = ctx.text
    start = c.start
    if places and start in places:
        start = places[start]  # 引进拱墅区星澜科技: the district between verb and name
    before = text[max(0, start - 6):start]
    if start == 0 or is_punct(text[start - 1]):
        if c.name.endswith(ctx.rules.clause_start_heads):
            return True  # a legal form that begins its clause is its subject (万科置业公司携手…)
        if ctx.rules.context_sites is not None and ctx.rules.context_sites.match(text, c.end):
            return True  # 星澜能源在高新区设立…: the clause's subject sites a works
    sited = ctx.rules.context_sites.match(text, c.end) if ctx.rules.context_sites is not None else None
    if sited and text.startswith("的", sited.end()) and _sited_name(ctx, c):
        return True     # 是星澜集团在云溪设立的子公司: what a name set up somewhere, anywhere in its clause
    if text.startswith(ctx.rules.context_after, c.end):
        return True     # 星澜集团旗下…: what only a firm has
    if before.endswith(ctx.rules.context_agent_marks) and text.startswith(ctx.rules.context_agent, c.end):
        return True     # 由星澜集团投资: the one who invests, builds or runs
    if known_branch(ctx, c.name) and c.cls == "Enterprise":
        return True     # 委托星澜通信青禾公司运营: a known firm's company in a province or city is sure
    return any(before.endswith(w) for w in ctx.rules.context_before)


def known_branch(ctx: Context, name: str) -> bool:
    """True when ``name`` is a firm the lexicon knows, a province's or city's name after it and a
    word of [brand] branch_words (星澜通信|青禾|公司, 星澜银行|云溪|分行): the firm's company there,
    a name whole that needs no word before it (the known firm says what it is; the bare firm
    alone would be another entity)."""
    words = ctx.rules.brand.get("branch_words", ())
    word = max((w for w in words if name.endswith(w)), key=len, default=None)
    if word is None:
        return False
    rest = name[:-len(word)]
    for n in range(len(rest) - 2, 1, -1):
        firm, place = rest[:n], rest[n:]
        if 2 <= len(place) <= 4 and ctx.lex.lookup(firm, "Enterprise") \
                and (ctx.lex.lookup(place, "Place") or ctx.seg.tag(place) == "ns"):
            return True
    return False


def _sited_name(ctx: Context, c: Cand) -> bool:
    """True when ``c`` holds a proper word or opens with a numeral of digits alone jieba
    tags a numeral (九三粮油工业集团: a brand), not a trade's common noun (面粉集团)."""
    first = ctx.by_start.get(c.start)
    return proper(ctx, c.name) or (first is not None and len(first.text) >= 2 and ctx.seg.tag(first.text) == "m"
                                   and all(ch in ctx.rules.numeral_brand_chars for ch in first.text))


def _listed_with_firm(ctx: Context, c: Cand, cands: list[Cand]) -> bool:
    """True when a firm stands right beside ``c`` across a list's 、 (推动青禾药业、墨川生物扩产):
    two firm-shaped names listed side by side say of each other what they are, unless a
    place stands inside ``c``."""
    text = ctx.text
    if c.cls != "Enterprise" or any(p.cls == "Place" and c.start <= p.start and p.end <= c.end for p in cands):
        return False    # (星澜科技、日本横滨青禾医疗: a place inside says where, the name is not sure)
    return any(
        o is not c and o.cls == "Enterprise" and o.role != "owner"
        and ((o.end + 1 == c.start and text[o.end] == LIST_SEP)
             or (c.end + 1 == o.start and text[c.end] == LIST_SEP))
        for o in cands)


def _joint_party(ctx: Context, c: Cand, cands: list[Cand]) -> bool:
    """True when ``c`` is one of two names joined by 与/和 (rules.toml [context] joint_marks)
    and followed by a verb two parties do together (joint_verbs: 合资, 签约 …): 星澜物流与青禾
    港务集团合资成立X says of both that they are firms or bodies."""
    text, r = ctx.text, ctx.rules
    if c.cls not in ("Enterprise", "Institution") or not r.joint_marks:
        return False
    if text.startswith(r.joint_verbs, c.end):
        return any(text.endswith(m, 0, c.start) for m in r.joint_marks)     # (A与)B合资
    for m in r.joint_marks:
        if text.startswith(m, c.end):
            at = c.end + len(m)
            return any(o.start == at and o.cls in ("Enterprise", "Institution") and o.role != "owner"
                       and text.startswith(r.joint_verbs, o.end) for o in cands)   # A(与B合资)
    return False


def _after_number(text: str, at: int) -> bool:
    """True when a number ends right before ``at``: digits no letter opens (a code, G20, is a name's word)."""
    i = at
    while i > 0 and text[i - 1].isdigit():
        i -= 1
    return i < at and not (i > 0 and text[i - 1].isascii() and text[i - 1].isalpha())


def resolve(ctx: Context) -> list[Cand]:
    """The candidates that stand, in text order: longest first, then surest, then leftmost."""
    cands = ctx.cands
    items = {(c.start, c.end) for c in cands if c.role == "item"}
    places = {c.end: c.start for c in cands if c.cls == "Place" and c.rule == "lexicon"}
    keep = []
    text = ctx.text
    for c in cands:
        if 0 < c.start < len(text) and text[c.start] in ctx.rules.quantity_units and _after_number(text, c.start):
            continue    # 12|个城中村改造项目, 2024|年3月: a count's or a date's unit opens no name
        if c.needs_context and (c.start, c.end) not in items and not _context_ok(ctx, c, places) \
                and not _listed_with_firm(ctx, c, cands) and not _joint_party(ctx, c, cands):
            continue
        keep.append(c)
    keep.sort(key=lambda c: (-c.length, -c.prio, c.start))
    taken: list[Cand] = []
    for c in keep:
        over = [o for o in taken if c.start < o.end and o.start < c.end]
        if over and c.role == "head-track":
            same = next((o for o in over if (o.start, o.end) == (c.start, c.end)
                         and o.cls == "IndustryTrack" and o.role == "name"), None)
            if same:  # the lexicon found the track; it is still the enumeration's head
                same.role, same.group = c.role, c.group
                continue
            if any(o.start <= c.start and c.end <= o.end and o.cls == "IndustryTrack" for o in over):
                continue
            # else: a track inside an enumeration's noun phrase stands beside it
        elif over:
            continue
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


def built_districts(ctx: Context, chosen: list[Cand]) -> None:
    """A commercial district that a firm or body is said to build, invest in or run
    (星澜集团投资建设的青禾文创街区, 由星澜文旅投资2亿元打造的青禾老街) is a construction
    project too: its owner frame makes it one (rules.toml [commercial_context] built_before)."""
    built = ctx.rules.commercial_context.get("built_before")
    if not built:
        return
    pattern = re.compile(built)
    for c in chosen:
        if c.cls == "CommercialDistrict" and "Project" not in c.extra and pattern.search(ctx.text, 0, c.start):
            c.extra = c.extra + ("Project",)


def commercial_context(ctx: Context, chosen: list[Cand]) -> None:
    """A street or block that begins its clause (alone or in a list of names)
    and that its clause presents as a consumption area is a commercial
    district too: 大兜路历史街区列入省级高品质步行街培育名单, 延安路商业断面接续."""
    text = ctx.text
    cc = ctx.rules.commercial_context
    ends, desc, right = tuple(cc.get("ends", ())), tuple(cc.get("descriptors", ())), tuple(cc.get("right_after", ()))
    spans = [(c.start, c.end) for c in chosen]
    for c in chosen:
        if c.cls not in ("Place", "Project") or not c.name.endswith(ends) or "CommercialDistrict" in c.extra:
            continue
        if c.cls == "Project" and not (ctx.rules.head_of(c.name) and ctx.rules.head_of(c.name).weak):
            continue
        # the clause start: only names, 、 and 和/与 stand before it
        i = c.start
        while i > 0 and not re.match(r"[，。；：,;:！？\s]", text[i - 1]):
            span = next(((s, e) for s, e in spans if e == i), None)
            if span:
                i = span[0]
            elif text[i - 1] in LIST_SEP + JOIN_CHARS:
                i -= 1
            else:
                break
        if i > 0 and not re.match(r"[，。；：,;:！？\s]", text[i - 1]):
            continue
        rest = re.split(r"[，。；,;！？]", text[c.end:])[0]
        if rest.startswith(right) or any(d in rest for d in desc):
            c.extra = c.extra + ("CommercialDistrict",)
    _consumption_sentence(ctx, chosen)


def _consumption_sentence(ctx: Context, chosen: list[Cand]) -> None:
    """A street, lane or old town (rules.toml [commercial_context] sentence_ends) in a
    sentence that speaks of shopping, eating out or visitors (sentence_cues) is a
    commercial district too: 青禾老街上游客如织, 云溪巷新开首店3家.
    A square (mall_ends: 广场) there is a shopping mall, a project too: 星澜广场新开首店12家."""
    cc = ctx.rules.commercial_context
    cues = any_word(tuple(cc.get("sentence_cues", ())))
    if cues is None or cues.search(ctx.text) is None:
        return      # (one search for any cue, not a test of each: asked of every sentence)
    for ends, cls in ((cc.get("sentence_ends", ()), "CommercialDistrict"), (cc.get("mall_ends", ()), "Project")):
        for c in chosen:
            if ends and c.cls == "Place" and c.name.endswith(tuple(ends)) and cls not in c.extra:
                c.extra = c.extra + (cls,)
