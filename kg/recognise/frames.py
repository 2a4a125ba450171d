"""Names a verb or a noun next to them types: a list before an act verb
(X、Y正式开业 -> projects), a proper word after a firm noun (上市企业丽尚国潮)."""
from __future__ import annotations


from .candidate import Cand
from .context import Context
from .name_stops import counted, stops
from .proper_words import generic_only, proper
from .item_spans import split_items
from .items import item
from .text import CLOSE_QUOTES, JOINERS, LIST_SEP, NUMERAL_CHARS, OPEN_QUOTES, STOP_TAGS, find_all, is_punct



def frames(ctx: Context) -> list[Cand]:
    """A list of names right before an act verb: "X、Y正式开业" -> X, Y are projects."""
    text, gid = ctx.text, ctx.gid
    out = []
    if ctx.tables.frame_re is None:
        return out
    starts = ctx.starts
    for k, m in enumerate(ctx.tables.frame_re.finditer(text)):
        if m.start() not in starts:
            continue
        cls = ctx.rules.frames[m.group()]
        end = m.start()
        for adv in ctx.tables.frame_adverbs:
            if text.endswith(adv, 0, end):
                end -= len(adv)
                break
        if end == 0 or is_punct(text[end - 1]) or ctx.tables.noun_re.search(text[max(0, end - 4):end]):
            continue
        group = f"{gid}/f{k}"
        lead = ctx.rules.frame_after.get(m.group())
        items = split_items(ctx, text[:end])
        if lead and not (items and text[:items[0][0]].endswith(lead)):
            continue
        for s, e in items:
            e = _subject_end(ctx, s, e)
            name = text[s:e]
            if e - s < 2 or "等" in name or "的" in name or counted(ctx, name, s):
                continue
            c = item(ctx, name, s, e, cls, group, "")
            if c and (c.rule != "enumeration" or proper(ctx, name)):
                c.rule = c.rule.replace("enumeration", "frame")
                if c.cls == "Enterprise":
                    c.extra = ()  # a firm that lands or opens is not thereby a project
                out.append(c)
    return out


def _subject_end(ctx: Context, s: int, e: int) -> int:
    """The end of an act frame's item without the words of the predicate it ran
    into ([frame_items]): 青禾首店|将于月底在星澜广场|开业, 墨川中心|同日|开工."""
    cut = ctx.rules.frame_item_cut
    toks = [t for t in ctx.toks if s <= t.start and t.end <= e]
    for t in toks[1:]:
        if ctx.seg.tag(t.text) in cut.get("cut_tags", ()):
            return t.start
    if len(toks) > 1 and toks[-1].end == e and ctx.seg.tag(toks[-1].text) in cut.get("cut_last_tags", ()):
        return toks[-1].start
    for w in sorted(cut.get("cut_last_words", ()), key=len, reverse=True):
        if ctx.text.endswith(w, s, e) and e - len(w) - s >= 2 and e - len(w) in ctx.starts:
            return e - len(w)       # 青禾中心二期|主体: the part of the build, not its name
    return e


def _predicate_at(ctx: Context, r: int) -> bool:
    """True when the word at ``r`` opens the clause's predicate: a verb or an
    adverb (专注于, 主要生产), not a noun the name's walk stopped at."""
    t = ctx.by_start.get(r)
    return t is not None and ctx.seg.tag(t.text)[:1] in ("v", "d") and ctx.seg.tag(t.text) != "vn"


def appositives(ctx: Context) -> list[Cand]:
    """A firm noun right before a proper word that ends its clause or list item, or
    that the clause's verb or adverb follows: 的上市企业丽尚国潮, -> 丽尚国潮 is a firm;
    本地企业星澜精密主要生产… -> 星澜精密; or where it sets up or opens something
    ([context] sites_after): 老字号青禾园在星澜街开设… -> 青禾园."""
    text, toks = ctx.text, ctx.toks
    out = []
    starts = ctx.starts
    for w in ctx.rules.appositive_after:
        for m in find_all(w, text):
            q = m.end()
            if q not in starts:
                continue
            r = q
            for t in toks:
                if t.start < q:
                    continue
                if t.start != r or is_punct(t.text[0]) or t.text in (*JOINERS, "等") \
                        or stops(ctx, t, len(text)):
                    break       # (本土企业营收稳步增长: 稳步 is no word of a name)
                r = t.end
            name = text[q:r]
            after = text[r:r + 2]
            if name[:1].isdigit() or ctx.tables.counter_re.search(name):
                continue  # 新增上市企业3家: a count
            if not (2 <= len(name) <= ctx.rules.lengths["bare_name"]) or not (
                    r == len(text) or is_punct(after[0]) or after.startswith((*JOINERS, "等"))
                    or (_predicate_at(ctx, r) and (len(name) > 2 or ctx.lex.lookup(name)))
                    or (ctx.rules.context_sites is not None and ctx.rules.context_sites.match(text, r))):
                continue    # (本地企业|营收|增长: a bare two-character word is the subject's noun)
            e = ctx.lex.lookup(name)
            if (e and e.cls != "Enterprise") or ctx.lex.is_not_entity(name) or not proper(ctx, name) \
                    or generic_only(ctx, name):
                continue
            out.append(Cand(q, r, "Enterprise", e.name if e else name, "appositive", prio=2))
    return out


def quoted_districts(ctx: Context) -> list[Cand]:
    """A quoted name right before a word for a commercial street or market (rules.toml
    [commercial_context] quoted_before): “星澜之夜”街区, “夜青禾”夜市 -> a commercial
    district named by the quotation."""
    text = ctx.text
    nouns = tuple(ctx.rules.commercial_context.get("quoted_before", ()))
    out = []
    if not nouns or not any(q in text for q in CLOSE_QUOTES):
        return out
    kinds = ctx.rules.commercial_context.get("quoted_kind_max", 0)
    for i, ch in enumerate(text):
        # (“墨川往事”文创街区: a few words of its kind between the quote and the noun, the name's too)
        k = next((k for k in range(kinds + 1) if text.startswith(nouns, i + 1 + k)), None) if ch in CLOSE_QUOTES else None
        if k is None or (k and not _kind_words(ctx, i + 1, i + 1 + k)):
            continue
        o = max(text.rfind(q, 0, i) for q in OPEN_QUOTES)
        name = text[o + 1:i] if o >= 0 else ""
        if not (2 <= len(name) <= ctx.rules.lengths["bare_name"]) \
                or any(is_punct(c) or c == LIST_SEP for c in name) or ctx.lex.is_not_entity(name) \
                or generic_only(ctx, name) or not proper(ctx, name) or name.endswith(nouns) \
                or name[0] in NUMERAL_CHARS:
            continue    # (“一街一品”街区: a slogan; “青禾夜市”街区: the market's head finds it)
        if k:
            end = i + 1 + k + next(len(n) for n in sorted(nouns, key=len, reverse=True) if text.startswith(n, i + 1 + k))
            out.append(Cand(o, end, "CommercialDistrict", name + text[i + 1:end], "quoted-district", prio=3))
        else:
            out.append(Cand(o + 1, i, "CommercialDistrict", name, "quoted-district", prio=3))
    return out


def _kind_words(ctx: Context, s: int, e: int) -> bool:
    """True when s..e is whole words of a name (文创), none a function word (也|在) nor a boundary."""
    toks = [t for t in ctx.toks if s <= t.start < e]
    return s in ctx.starts and all(
        "\u4e00" <= c <= "\u9fff" for c in ctx.text[s:e]) and not any(
        ctx.seg.tag(t.text) in STOP_TAGS or t.text in ctx.rules.boundary for t in toks)
