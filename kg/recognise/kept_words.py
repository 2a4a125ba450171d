"""Words a name's walk left (modifier.py's left_modifier) would stop at that are the name's own
after all: a coined word jieba cut into characters (吾|悦), a measure word cut off a place's name
(天|河北), a character that opens names before a one-character stem (和|瑞中心), a brand of verbs
or adverbs before a firm's trade (纵横|新材), a lake's or hill's own name (明月|湖科创), a list
item's first character (、|对|山路) and a group's brand (招商|观颐). Kept apart from the walk
so that it reads as its stop checks; long_names.py's walk asks some of these too."""
from __future__ import annotations

from ..model import Token
from .context import Context
from .text import ADMIN_UNITS, COUNT_WORDS, NUMERAL_CHARS, han, is_punct


def lone_stem_after(ctx: Context, before: list, k: int, start: int, upto: int) -> bool:
    """True when the one-character word ``before[k]`` is one that opens names as well as a
    conjunction or preposition ([boundary] name_opening_chars: 和, 向) and the name after it
    would have a stem of one character: a modifier of one character before the head
    (和|瑞|中心), or a first word of one character and a unit (向|山镇|…片区); such a stem
    names nothing, jieba took the name's first character for the function word."""
    t = before[k]
    if len(t.text) != 1 or t.text not in ctx.rules.name_opening_chars or t.end != start:
        return False
    if k > 0 and before[k - 1].end == t.start and t.text in ctx.rules.data["boundary"].get("joiner_glued", "") \
            and (before[k - 1].text in ctx.rules.heads
                 or before[k - 1].text[-1:] in ctx.rules.data["boundary"].get("water_joined_heads", "")):
        return False   # (金汤|河|和|力|丘河, 云河|和|力|丘河: a joiner right after a name's or a water's head)
    if upto - start == 1:
        return True
    first = next((x for x in before[k + 1:] if x.start == start), None)
    # (a place's word: 山镇 ns; not the plain noun for all of them, 同|乡镇)
    return first is not None and len(first.text) == 2 and first.text[1] in ctx.rules.stem_cut_units \
        and first.pos in ("ns", "")


def coined_pair(ctx: Context, before: list[Token], k: int, start: int) -> bool:
    """True when the one-character word ``before[k]`` makes no word of the dictionary
    with the one-character word beside it, the one that opens the name so far or the one
    before it: jieba cut a coined word into characters, tagging one as a pronoun, adverb
    or number (吾|悦, 揽|月|湾, 邦|普). A boundary word (在, 将, 由 …), or one jieba cut in
    two (做|强), stays one."""
    t = before[k]
    if len(t.text) != 1 or t.text in ctx.rules.boundary or is_punct(t.text):
        return False
    nxt = before[k + 1] if k + 1 < len(before) else None
    prev = before[k - 1] if k > 0 else None
    return (nxt is not None and nxt.start == t.end == start and _coined(ctx, t.text, nxt.text)) or (
        t.end == start and prev is not None and prev.end == t.start and _coined(ctx, prev.text, t.text))


def measure_word_cut(ctx: Context, before: list[Token], k: int, start: int) -> bool:
    """True when the one-character measure word ``before[k]`` (天, 家) opens a name the walk has
    reached a place name in (天|河北|商圈): jieba cut the character off a longer name that holds a
    province's or city's name. A measure word counts only after a number or a pronoun (三|天, 每|天);
    after anything else it is no measure word."""
    t = before[k]
    if len(t.text) != 1 or t.end != start or ctx.seg.tag(t.text) != "q" or t.text in ctx.rules.boundary:
        return False
    nxt = before[k + 1]
    if not (ctx.seg.tag(nxt.text) == "ns" or ctx.lex.lookup(nxt.text, "Place") is not None):
        return False
    prev = before[k - 1] if k > 0 else None
    if prev is None or prev.end != t.start:
        return True
    return not (prev.text[-1].isdigit() or ctx.seg.tag(prev.text) in ("m", "mq", "r")
                or prev.text[-1] in NUMERAL_CHARS + COUNT_WORDS)


def _coined(ctx: Context, a: str, b: str) -> bool:
    """True when the one-character words ``a`` and ``b`` make no word: not the dictionary's,
    the lexicon's or a boundary word's."""
    return len(a) == 1 and len(b) == 1 and a not in ctx.rules.boundary and not is_punct(a) \
        and a + b not in ctx.rules.boundary and not ctx.seg.knows(a + b) and ctx.lex.lookup(a + b) is None


def brand_of_words(ctx: Context, before: list[Token], k: int, start: int, upto: int) -> bool:
    """True when the word ``before[k]`` the walk stopped at is a verb or an adverb that begins
    a firm's brand: the modifier opens with a trade word that ends only firms' names
    ([brand] brand_only_trades), at most one character after the word, the brand two or
    three characters long, and words of the project's own follow the trade word."""
    t, text = before[k], ctx.text
    if t.text in ctx.rules.boundary or not han(t.text) \
            or ctx.seg.tag(t.text)[:1] not in ("v", "d"):
        return False
    for w in ctx.rules.brand.get("brand_only_trades", ()):
        for gap in (0, 1):
            at = start + gap
            if text.startswith(w, at) and at + len(w) in ctx.starts and at + len(w) < upto \
                    and 2 <= at - t.start <= 3 and (gap == 0 or start in ctx.starts):
                return True
    return False


def place_stem(ctx: Context, before: list[Token], k: int, start: int) -> bool:
    """True when the two-character word ``before[k]`` the walk stopped at is a lake's or a
    hill's own name: jieba glued the place's one-character head ([heads], class Place: 湖,
    山) onto the unknown word that opens the name (明月|湖科创, 相思|湖科创), leaving the
    name's stem as a word of its own it tags a time or a verb. A boundary word (推进,
    加快) is none."""
    t = before[k]
    nxt = before[k + 1] if k + 1 < len(before) else None
    if nxt is None or nxt.start != start or t.end != start or len(t.text) != 2 \
            or t.text in ctx.rules.boundary or not han(t.text):
        return False
    h = ctx.rules.heads.get(nxt.text[:1])
    return h is not None and h.cls == "Place" and len(nxt.text) >= 3 and not ctx.seg.knows(nxt.text) \
        and ctx.lex.lookup(nxt.text) is None


def opens_item(ctx: Context, t: Token) -> bool:
    """True when the one-character word ``t`` right after a list's 、 opens the item's name: no preposition,
    adverb, pronoun or numeral opens a list item, but before a province or city it is one (、在|黑龙江证监局)."""
    place = ctx.lex.lookup(ctx.by_start[t.end].text, "Place") if t.end in ctx.by_start else None
    return len(t.text) == 1 and t.start > 0 and ctx.text[t.start - 1] == "、" \
        and ctx.seg.tag(t.text) in ctx.rules.item_first_tags and not (place and place.levels)


def brand_here(ctx: Context, before: list[Token], k: int, start: int) -> bool:
    """True when the brand-or-verb word ``before[k]`` is the brand: a place or a
    clause start before it, a word no dictionary knows right after it."""
    text = ctx.text
    nxt = next((t for t in before if t.start == start), None)
    if nxt is None or ctx.seg.knows(nxt.text) or ctx.lex.lookup(nxt.text):
        return False
    if k == 0 or is_punct(text[before[k].start - 1]):
        return True
    prev = before[k - 1]  # a named place (not a bare 区/市: 区招商… is the district acting)
    return len(prev.text) > 1 and (bool(ctx.lex.lookup(prev.text, "Place")) or prev.text.endswith(ADMIN_UNITS))
