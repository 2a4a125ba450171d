"""A long project name that opens its clause (4.星澜精陶半导体用精密陶瓷部件项目, 正在建设的
墨鑫冷轧精密板带项目): the walk left from the head stops at a word inside the name (用, a
verb the dictionary knows, a character it left alone) and the words it kept say only what
the project makes. Such a name runs back to where its clause opens: after the punctuation
or item number before it, after the last frame word (推动, 建设的) between them, when the
words it gains begin with a brand no dictionary knows or a firm found there."""
from __future__ import annotations

from .candidate import Cand
from ..rules import rx
from .context import Context
from .text import alnum, is_punct


def clause_opening(ctx: Context, start: int, mod_end: int, found: list[Cand]) -> int | None:
    """Where the project name whose walk stopped at ``start`` opens its clause, or None.
    [long_name] clause_frames: particles that end a phrase before the name (的); a
    boundary word ends one too (推动; a function word, [long_name] stop_tags: 将, 已, 了, 对,
    but not one joining two products, [long_name] joiners: 及, 和), and so does a count
    (云溪区一行来到|…, 两条|…)."""
    text = ctx.text
    ln = ctx.rules.long_name
    r = start
    while r > 0 and not is_punct(text[r - 1]) and start - r < ln.get("max_len", 30):
        r -= 1
    if r > 0 and not is_punct(text[r - 1]):
        return None     # (no clause opening within a name's length)
    frames = tuple(ln.get("clause_frames", ()))
    stop_tags = tuple(ln.get("stop_tags", ()))
    toks = [t for t in ctx.toks if r <= t.start and t.end <= start]
    if not toks or toks[-1].end != start:
        return None
    verb = toks[-1]
    tag = ctx.seg.tag(verb.text)
    if start == mod_end and tag[:1] == "v" and tag != "vn" and len(verb.text) > 1 and any(
            c.end == verb.start and c.cls in ("Enterprise", "Institution") and not c.needs_context
            for c in (*ctx.cands, *found)):
        return None     # (A与B银行|签订|项目贷款合同: a verb right after a party and before the head governs it)
    at = r
    joiners = set(ln.get("joiners", ()))
    for k, t in enumerate(toks):
        if t.text in frames or (len(t.text) >= 2 and t.text in ctx.rules.boundary) \
                or (t.text in ctx.rules.boundary and t.text not in joiners
                    and ctx.seg.tag(t.text).startswith(stop_tags)) or _count(ctx, toks, k):
            at = t.end
    # spaces and boundary words after the frame word are no words of the name (将|在)
    rest = [t for t in toks if t.start >= at]
    while rest and (rest[0].text.isspace() or rest[0].text in ctx.rules.boundary
                    or (len(rest[0].text) > 1 and ctx.seg.tag(rest[0].text) in stop_tags)):
        rest = rest[1:]
    if len(rest) < 2 or rest[0].start >= start:
        return None
    first, second = rest[0], rest[1]
    if not (_brand(ctx, first, second) or _firm_named(ctx, first.start, start, found)):
        return None
    gained = text[first.start:start]
    if any(is_punct(ch) for ch in gained) or any(h in gained for h in ln.get("clause_not_inside", ())):
        return None
    return first.start


def _count(ctx: Context, toks: list, k: int) -> bool:
    """True when ``toks[k]`` is a count no number precedes (一行, 两条, 二季度): it counts or
    dates what the clause tells of, no name reads it (年产50|万吨 is the measure of one)."""
    t = toks[k]
    if ctx.seg.tag(t.text) not in ("m", "mq") or t.text.startswith("第") or any(ch.isdigit() for ch in t.text):
        return False
    return not (k > 0 and toks[k - 1].end == t.start and any(ch.isdigit() for ch in toks[k - 1].text))


def _brand(ctx: Context, first, second) -> bool:
    """True when the name's first words are a brand: a word no dictionary knows (not a
    number), two characters jieba left alone (鑫|海), or a known word and then an unknown
    one (驰骋|电驱)."""
    def unknown(t):
        return not ctx.seg.knows(t.text) and not alnum(t.text) and len(t.text) >= 2
    if unknown(first):
        return True
    if len(first.text) == 1 and len(second.text) == 1 and second.start == first.end:
        return ctx.seg.tag(first.text) not in ctx.rules.long_name.get("stop_tags", ())
    return second.start == first.end and unknown(second)


def _firm_named(ctx: Context, at: int, start: int, found: list[Cand]) -> bool:
    """True when a firm found at ``at`` opens the name, or the name opens with the brand of
    a firm the sentence names (由星澜新能源股份有限公司建设的星澜|智能充电设备项目): two
    characters or more of the firm's name, to a word's end."""
    text = ctx.text
    if ctx.lex.lookup(ctx.by_start[at].text, "Enterprise") is not None:
        return True
    for c in (*ctx.cands, *found):
        if c.cls != "Enterprise" or c.role != "name":
            continue
        if c.start == at and c.end <= start:
            return True
        n = 0
        while n < len(c.name) and at + n < start and text[at + n] == c.name[n]:
            n += 1
        if n >= 2 and at + n in ctx.ends and c.start != at:
            return True
    return False


def built_line(ctx: Context, start: int, end: int, h, found: list[Cand]) -> bool:
    """True when the line named from ``start`` to ``end`` (a head of [long_name]
    built_heads) is the object of a verb of building or making right before it
    (新建|年产3万吨星澜膜生产线, 新增两条|扬声器生产线) or over the other items of a list it builds
    (建设年产10万吨果味水、|苏打水生产线: [long_name] built_items), or whose name the walk began
    with that verb (主要生产星澜车身生产线), or the first or one line a clause counts (首条|300MW
    电堆生产线, 建了一条年产2万吨的|钛白粉生产线: [long_name] counted_line): the clause describes
    what a firm does, it names no line. Nor does a line named by nothing but its phase and
    capacity (一期|1.5万吨|生产线, 2GWh|产线: [long_name] bare_line), a line of the project the
    text speaks of. A firm that opens the name (新建|星澜科技有限公司膜生产线: a known firm, or
    one found before, the heads' ``found`` among them) names it."""
    ln = ctx.rules.long_name
    if h.word not in ln.get("built_heads", ()) or not ln.get("built_verbs"):
        return False
    mod = ctx.text[start:end - len(h.word)]
    if mod and rx(ln.get("bare_line", "$^")).match(mod):
        return True     # (一期|1.5万吨|生产线: [long_name] bare_line)
    verbs = tuple(ln["built_verbs"])
    before = ctx.text[:ctx.tables.built_between.search(ctx.text, 0, start).start()]   # ([long_name] built_between)
    verb_at = max(before.rfind(v) + len(v) if v in before else -1 for v in verbs)
    if not (before.endswith(verbs) or ctx.text[start:end].startswith(verbs)
            or (verb_at > 0 and rx(ln.get("built_items", "$^")).fullmatch(before, verb_at))   # (建设A、|B生产线)
            or rx(ln.get("counted_line", "$^")).search(ctx.text, 0, start)):   # (首条|…: [long_name] counted_line)
        return False
    first = ctx.by_start.get(start)
    return not (first is not None and ctx.lex.lookup(first.text, "Enterprise") is not None) \
        and not any(c.cls == "Enterprise" and c.start == start and not c.name.startswith(verbs)
                    for c in (*ctx.cands, *found))
