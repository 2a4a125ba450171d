"""What tells a track word from a product, a policy or an event: the words a track name is
made of (rules.toml [track] word_tags …), a trade head after a track's words, a product's or a
policy's words around a sector word, a class of industries that sums up no list, an event's
words after a track (kg/recognise/tracks.py and the list sources hold their tracks to these)."""
from __future__ import annotations

from .context import Context
from .text import is_punct


def track_like(ctx: Context, name: str, lenient: bool = False, framed: bool = False,
               vouched: bool = False) -> bool:
    """True when ``name`` is made of the words a track name is made of (rules.toml
    [track] word_tags); ``lenient`` in an explicit list of tracks (listed_tags),
    ``framed`` in a list its frame calls segments (framed_tags), ``vouched`` in one
    its count vouches for item by item as well (vouched_tags)."""
    tr = ctx.rules.track_tags
    if ctx.tables.track_capital.match(name):
        return False   # (外资, 港资: where the capital comes from, no industry)
    if goal_only(ctx, name):
        return False   # (绿色低碳: a plan's goal, no trade)
    ok = tuple(tr.get("word_tags", ())) + (tuple(tr.get("listed_tags", ())) if lenient or framed else ()) \
        + (tuple(tr.get("framed_tags", ())) if framed else ()) + (tuple(tr.get("vouched_tags", ())) if vouched else ())
    for k, t in enumerate(ctx.seg.tokens(name)):
        tag = ctx.seg.tag(t.text)
        if ctx.lex.lookup(t.text) and ctx.lex.lookup(t.text).cls != "IndustryTrack":
            return False
        if (lenient or framed) and k > 0 and tag == "v" and len(t.text) > 1:
            continue  # 文化休闲: a verb after a noun, in a list of tracks (not 重点干)
        if (lenient or framed) and tag == "ns" and not ctx.lex.lookup(t.text, "Place"):
            continue  # 海洋|经济: a word jieba takes for a place, not a place we know
        if tag and tag not in ok and t.text not in ctx.rules.name_internal:
            return False
    return True


def goal_only(ctx: Context, name: str) -> bool:
    """True when ``name`` is made of a policy's goal words alone (rules.toml [track] goal_words):
    绿色低碳, 数字化智能化; not 绿色食品, 低碳建材, where a trade's word is left."""
    words = sorted(ctx.rules.track_tags.get("goal_words", ()), key=len, reverse=True)
    rest = name
    while rest:
        w = next((w for w in words if rest.startswith(w)), None)
        if w is None:
            return False
        rest = rest[len(w):]
    return bool(name)


def trade_compound(ctx: Context, name: str) -> bool:
    """True when ``name`` is a track's words and a trade head a firm's name may end with
    (物联网|装备, 储能|传动, 光伏|电机): what a chain makes, no firm. Every word before the
    head is a track the lexicon knows: no brand stands before it (not 星澜|装备,
    青禾|物流, 云栖|储能|装备, 墨川|国际|物流)."""
    h = ctx.rules.head_of(name)
    if h is None or h.cls != "Enterprise" or h.proper or not name.endswith(h.word):
        return False
    toks = ctx.seg.tokens(name[:-len(h.word)])
    return bool(toks) and all((e := ctx.lex.lookup(t.text)) is not None and e.cls == "IndustryTrack"
                              for t in toks)


def product_or_policy(ctx: Context, start: int, end: int) -> bool:
    """True when a track word at start..end names products (首批次新材料,
    大健康等多产品) or is a word of a policy's title (新制造业9条)."""
    text = ctx.text
    not_after, after = ctx.tables.track_products
    # (text[end:], not pos=end: the patterns may begin with ^)
    return text[:start].endswith(not_after) or any(rx.match(text[end:]) for rx in after)


def unsummed_class(ctx: Context, name: str, start: int) -> bool:
    """True when ``name`` is a class of industries (rules.toml [track] summing_only:
    先进制造业) that does not sum up a list of tracks there (A、B等先进制造业): a slogan's
    word elsewhere (建设先进制造业强区, …先进制造业集群)."""
    tags = ctx.rules.track_tags
    return name in tags.get("summing_only", ()) and not ctx.text[:start].endswith(tuple(tags.get("summing_marks", ())))


def event_after(ctx: Context, pos: int) -> bool:
    """True when the words after ``pos`` (to the clause's end, a few characters)
    name an event or a body: 数字贸易|博览会, 数字医疗健康产业|杭州峰会."""
    text = ctx.text
    after = text[pos:pos + 8]
    for i, ch in enumerate(after):
        if is_punct(ch):
            after = after[:i]
            break
    return any(w in after for w in ctx.rules.track_not_before)


def opens_on_qualifier(ctx: Context, name: str) -> bool:
    """True when ``name`` opens on a word that qualifies a track rather than names one
    (rules.toml [track] not_final: 配套, 重点, 新 …): a word of two characters or more
    written at its start, or a one-character one standing as a word of its own (新|材料);
    not a character that opens a longer word (大豆|蛋白, 新能源|电池, 主板)."""
    words = ctx.rules.track_not_final
    if name.startswith(tuple(w for w in words if len(w) > 1)):
        return True
    toks = ctx.seg.tokens(name)
    return bool(toks) and toks[0].text in words


def holds_field_word(ctx: Context, name: str) -> bool:
    """True when a word after the first of ``name`` names a field as such (rules.toml [track]
    field_words: 领域, 行业 …): 星澜材料|领域|科技 is no track's name."""
    words = ctx.rules.track_tags.get("field_words", ())
    return any(t.text in words for t in ctx.seg.tokens(name)[1:])


def derived_pair(rules, name: str) -> bool:
    """True when ``name`` is a material joined by 和/及/与 to a form of itself (rules.toml [track]
    derived_forms): 钛及钛合金, 石墨和石墨烯 name one track; not 汽车和汽车电子 (two trades),
    nor a long word before the joiner (新能源和新能源制品). (``rules``: kg.rules.Rules, as the
    linker asks too: 钛合金 is no short form of 钛及钛合金.)"""
    forms = rules.track_tags.get("derived_forms", ())
    joiners = rules.track_tags.get("joining_chars", "")
    for k in range(1, min(len(name) - 1, 3)):
        if name[k] in joiners and name[k + 1:].startswith(name[:k]) \
                and name[k + 1 + k:] in forms and not any(ch in joiners for ch in name[:k]):
            return True
    return False


def swallowed_head(ctx: Context, hs: int, t) -> int | None:
    """Where the track word that swallowed a head's first characters starts, when a word the
    lexicon holds as a track runs from before the head's start ``hs`` into it and the head's
    last token ``t`` starts where it ends (冷链物流|园 for 物流园, 生物医药|园 for 医药园: the
    user dictionary keeps the track whole); else None."""
    w = ctx.by_end.get(t.start)
    if w is None or not w.start < hs < w.end or len(w.text) - (w.end - hs) < 2:
        return None
    e = ctx.lex.lookup(w.text, "IndustryTrack")
    # (the swallowed characters are the track's own, not a suffix its surface adds:
    # 文化创意产业|集聚区 is a description of the zone, 文化创意 its track)
    return w.start if e is not None and e.name.endswith(ctx.text[hs:w.end]) else None
