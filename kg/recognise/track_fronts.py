"""Track names with a word glued before them that is no word of theirs (一是青禾材料,
补齐星澜部件, 全县云溪藻, ——墨川装备, （含白露机床、…）) or a count glued after them
(甲、乙、青禾三大产业): the name starts after the front word, ends before the count
(rules.toml [track] front_words, bracket_fronts, count_after)."""
from __future__ import annotations

from .context import Context
from ..notions import NUMERAL
from ..rules import any_word, rx


def unfront(ctx: Context) -> None:
    """Track candidates start after a front word and end before a count glued to them."""
    text, tags = ctx.text, ctx.rules.track_tags
    fronts = tuple(tags.get("front_words", ()))
    bracketed = tuple(tags.get("bracket_fronts", ()))
    count = rx(NUMERAL + tags.get("count_after", "$^"))
    front_re = any_word(fronts)
    for c in ctx.cands:
        if c.cls != "IndustryTrack" or c.role == "owner":
            continue
        surface = text[c.start:c.end]
        # (全州新能源产业: a name read with its suffix, the front word cut off the name alone)
        if not surface.startswith(c.name):
            continue
        start, end = c.start, c.start + len(c.name)
        while True:
            m = front_re.match(text, start, end) if front_re is not None else None
            w = (m.group() if m is not None else None) or next(
                (w for w in bracketed if text.startswith(w, start, end) and text[start - 1:start] in "（("), None)
            if w is None or end - start - len(w) < 2:
                break
            start += len(w)
        whole = end == c.end
        if whole and end - start > 2 and count.match(text, end - 1):
            end -= 1
        if (start, end) == (c.start, c.start + len(c.name)):
            continue
        entry = ctx.lex.lookup(text[start:end], "IndustryTrack")
        c.start, c.end, c.name = start, end if whole else c.end, entry.name if entry else text[start:end]
