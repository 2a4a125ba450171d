"""Government bureaus and commissions named by the place before them (青禾区商务局, 区投资促进局,
区发展改革委):
a source of its own, as the head 局 sits inside words jieba keeps whole."""
from __future__ import annotations

from ..rules import rx
from .area_chains import areas_by_end, chain_before, nested
from .candidate import Cand
from .context import Context
from .text import NUMERAL_CHARS, is_punct
from .county_names import RULE as COUNTY_RULE, county_token
from .proper_words import long_short_form

# the parts of speech of a bureau's remit words (发展, 改革, 自然资源, 健康): nouns, verbs, set phrases, adjectives
REMIT_TAGS = ("n", "v", "l", "a")


def bureaus(ctx: Context) -> list[Cand]:
    """A government bureau named by the district, city or zone before it (青禾区商务局,
    云溪新区大数据发展管理局, 区投资促进局): jieba keeps 商务局, 管理局 as words of its own,
    so the head 局 is inside a token the heads do not read. The place stays a mention
    of its own (青禾市|云溪区 is still a part of the city). rules.toml [bureau]."""
    rule = ctx.rules.bureau
    if not rule or not any(e in ctx.text for e in rule["ends"]):
        return []
    text, toks = ctx.text, ctx.toks
    areas = areas_by_end(ctx)
    out = []
    for k, t in enumerate(toks):
        if not t.text.endswith(tuple(rule["ends"])) or t.text.endswith(tuple(rule.get("not_ends", ()))) \
                or (ctx.lex.lookup(t.text) and t.text not in rule.get("firm_words", ())):
            continue    # (but 高新区|招商局: a firm's alias that names a bureau after its area)
        start, j = t.start, k - 1
        while j >= 0 and start not in areas and t.end - toks[j].start <= rule["max_len"]:
            w = toks[j]
            # (the bureau's token may hold a word of its remit itself: 自然资源|和|规划局)
            remit = start < t.start or t.text not in rule["ends"]
            if w.text in rule.get("joiners", ()) and w.end == start and remit and j > 0 \
                    and toks[j - 1].end == w.start and ctx.seg.tag(toks[j - 1].text)[:1] in REMIT_TAGS:
                start, j = w.start, j - 1   # 发展|和|改革局: two words of its remit joined
                continue
            if w.text in rule.get("committee_heads", ()) and (j == 0 or is_punct(toks[j - 1].text[-1])):
                break   # (。管委会|经济发展局: the committee the text speaks of, named apart, and its bureau)
            if w.end != start or w.text in rule["levels"] or w.text in rule.get("not_remit", ()) or w.text in rule.get("zone_levels", ()) \
                    or w.text in ctx.rules.glued_boundary \
                    or _county(ctx, w.end) is not None or long_short_form(ctx, w.text) or not (
                    ctx.seg.tag(w.text)[:1] in REMIT_TAGS or ctx.lex.lookup(w.text, "IndustryTrack")):
                break   # (words of a bureau's name may be boundary words elsewhere: 发展, 促进; not 请|经济发展局)
            start, j = w.start, j - 1
        area = areas.get(start) or _county(ctx, start)
        short_form = ctx.by_end.get(start) if area is None else None
        if area is not None:
            start = area.start
        elif short_form is not None and long_short_form(ctx, short_form.text):
            start = short_form.start   # 星澜架|林业管理局: a county's long short form (jieba's common noun) names it
        elif start > 0 and text[start - 1] in rule["levels"] and ctx.by_end.get(start) is not None \
                and _level_word(ctx, ctx.by_end[start].text):
            start -= 1   # 区|投资促进局: the level stands for the area
            before = ctx.by_end.get(start)
            if before is not None and len(before.text) >= 2 and before.text not in ctx.rules.boundary \
                    and before.text not in rule.get("not_area_words", ()) \
                    and ctx.seg.tag(before.text)[:1] in ("n", "j"):
                start = before.start   # 航空港|区|商务局: a name jieba cut its unit off
        elif ctx.by_end.get(start) is not None and ctx.by_end[start].text in rule.get("zone_levels", ()):
            start = ctx.by_end[start].start   # 开发区|经济发展局: the zone's short word stands for it
            city = ctx.by_end.get(start)   # (来宾|高新区|经济发展局: the city's name without 市 names the zone)
            if city is not None and ctx.lex.lookup(city.text + "市", "Place") is not None:
                start = city.start
        elif not _bare(ctx, t, start, rule):
            continue
        short = t.end - start < len(t.text) + 1 and not (area is None and _bare(ctx, t, start, rule))
        if short or (len(t.text) == 1 and start == t.start - 1) \
                or text[start:t.end].endswith(tuple(rule.get("not_ends", ()))):
            continue
        chain = chain_before(areas, area)   # 青禾市|云溪区|商务局: the places before it
        first = chain[0].start if chain else start
        end = _sub_unit(ctx, k, rule) or t.end    # (云溪市统计局|星澜分局: the bureau's branch)
        c = Cand(first, end, "Institution", text[first:end], "bureau", prio=3,
                 aliases=(text[start:end],) if first < start else ())
        c.nested = nested(chain, rule.get("area_role", "name"))
        out.append(c)
    return out


def _level_word(ctx: Context, w: str) -> bool:
    """True when the word ``w`` is a level of government standing for the area (区), maybe
    with a preposition jieba glued before it (记者从|区|商务局 cut as 从区), or a verb of
    sending a matter to a body ([bureau] level_verbs: 已报|市|生态环境局 cut as 报市)."""
    return len(w) == 1 or (len(w) == 2 and (w[0] in ctx.rules.glued_boundary
                                             or w[0] in ctx.rules.bureau.get("level_verbs", "")))


def _county(ctx: Context, at: int) -> Cand | None:
    """The county of two characters jieba keeps whole right before ``at`` (息县|发展和改革委员会:
    kg/recognise/county_names.py), as a place of the sentence's would be; else None."""
    t = ctx.by_end.get(at)
    e = county_token(ctx, t) if t is not None else None
    return Cand(t.start, t.end, "Place", t.text, COUNTY_RULE, prio=3) if e is not None else None


def _sub_unit(ctx: Context, k: int, rule: dict) -> int | None:
    """Where a branch or unit of the bureau ending with token ``k`` ends, when one is named
    right after it ([bureau] sub_units: 统计局|星澜|分局, 应急管理局|执法|监察|支队): words of its
    remit, a place's name no dictionary knows or a county's short form the lexicon holds, then the
    unit's word; else None."""
    subs = tuple(rule.get("sub_units", ()))
    toks, at = ctx.toks, ctx.toks[k].end
    for w in toks[k + 1:]:
        if w.start != at or w.end - ctx.toks[k].end > rule.get("sub_max_len", 8):
            return None
        if w.text.endswith(subs):
            return w.end if w.end - ctx.toks[k].end > min(len(x) for x in subs if w.text.endswith(x)) else None
        tag = ctx.seg.tag(w.text)
        if not (tag[:1] in REMIT_TAGS and tag not in ("nr", "nrt", "nrfg") or tag in ("", "ns")
                or ctx.lex.by_short_form(w.text, "Place")) \
                or any(is_punct(ch) for ch in w.text):   # (生态环境局|八步|分局: a county's stem jieba reads as a number)
            return None
        at = w.end
    return None


def _bare(ctx: Context, t, start: int, rule: dict) -> bool:
    """True when the bureau ending with token ``t``, its remit opening at ``start``, is named by
    its remit alone as a zone's or a county's own bureau ([bureau] bare_ends: 责任单位：|经济|发展局,
    会同|建设局, 、|生态环境|分局): a word of its remit before its word or inside it, and a clause's
    or a list's edge, a preposition, a conjunction or a word of bare_after before it."""
    if not (t.text.endswith(tuple(rule.get("bare_ends", ())))
            or ctx.text.endswith(tuple(rule.get("bare_commissions", ())), start, t.end)) \
            or not (start < t.start or len(t.text) >= 3):
        return False   # (发展|改革|委: a commission's name ends with its remit, [bureau] bare_commissions)
    if t.end - start - 1 < 2 or any(ch in NUMERAL_CHARS for ch in ctx.text[start:t.end]):
        return False   # (中建|八局: a builder's engineering bureau, by its number, is a firm)
    if rx(rule.get("not_bare_after", "$^")).search(ctx.text[max(0, start - 16):start]):
        return False   # (各县（市、区）|科技局: each county's, no body)
    if start == 0 or is_punct(ctx.text[start - 1]):
        return True
    before = ctx.by_end.get(start)
    return before is not None and (before.text in rule.get("bare_after", ())
                                   or ctx.seg.tag(before.text) in rule.get("bare_tags", ()))
