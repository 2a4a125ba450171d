"""A park named by the town it lies in: in 青禾工业园区位于墨川县青禾镇 the word
before the head is a dictionary word to jieba (even a verb), which alone would
read as a common noun; the sentence names a town by it (青禾|镇), so it is the
park's proper name (rules.toml [place] town_stem_units)."""
from __future__ import annotations

from .context import Context
from .text import han, is_punct


def town_stem(ctx: Context, word: str) -> bool:
    """True when ``word`` stands somewhere in the sentence right before a unit of
    government (青禾|镇, 青禾|市): it is that place's stem."""
    raw = ctx.rules.data.get("place", {})
    units, before = tuple(raw.get("town_stem_units", ())), tuple(raw.get("town_stem_before", ()))
    if len(word) < 2 or not units or not all(han(c) for c in word) \
            or ctx.seg.tag(word) in raw.get("town_stem_not_tags", ()):
        return False    # (先进|园区、先进|镇: a grade two lists share, no town)
    text, i = ctx.text, ctx.text.find(word)
    while i >= 0:
        # (a town's name opens a clause or follows its county; not 经济发展|先进|镇, a title)
        if text.startswith(units, i + len(word)) and (i == 0 or is_punct(text[i - 1]) or text[:i].endswith(before)):
            return True
        i = text.find(word, i + 1)
    return False


def town_stem_start(ctx: Context, start: int, mod_end: int) -> int:
    """Where a park's name starts when the walk took no word before its head
    (jieba read the stem as a verb: 青禾|工业园区) and that word is a town's stem."""
    if start != mod_end:
        return start
    t = ctx.by_end.get(mod_end)
    if t is None or not 2 <= len(t.text) <= 4 or not town_stem(ctx, t.text):
        return start
    return t.start
