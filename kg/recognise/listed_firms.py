"""A registered firm standing alone as a list's item (、墨川本草堂药业有限公司、, 、青禾一零一电子
有限公司等): the marks around it bound its name, so words the walk left stops at (a pronoun,
a numeral, a verb jieba read in a brand: 本, 一零一, 光合) are still its name's. The name a
source found is grown to the list's mark before it (rules.toml [listed_firm])."""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .text import han


def listed_firms(ctx: Context) -> list[Cand]:
    """Firms whose legal form ends a list's item, from the mark before the item."""
    cfg = ctx.rules.data.get("listed_firm")
    if not cfg:
        return []
    text = ctx.text
    sep, opens, closes = cfg["list_sep"], cfg["opens"], cfg["closes"]
    if sep not in text:
        return []
    forms = tuple(cfg.get("forms", ()))
    out = []
    for c in ctx.cands:
        if c.cls != "Enterprise" or c.role != "name" or not c.name.endswith(forms) or c.end > len(text):
            continue
        after = text[c.end:c.end + 1]
        if after and after not in sep + closes:
            continue
        i = c.start
        while i > 0 and c.start - i < cfg["most"] and not _mark(text[i - 1], sep, opens):
            i -= 1
        if i == c.start:
            continue
        if not (i > 0 and text[i - 1] == sep):
            continue    # (a clause's mark before: its words may be the clause's, 园区引进了|X有限公司、)
        words = text[i:c.start]
        if any(ch in words for ch in cfg.get("not_inside", "")) or words.startswith(tuple(cfg.get("not_first", ()))) \
                or any(w in words for w in cfg.get("not_words", ())) or not han(words):
            continue
        first = ctx.by_start.get(i)
        if first is None or first.text in ctx.rules.boundary or first.end > c.start:
            continue    # (、还有|X有限公司: a word of the clause opens the item)
        if any(o.start < i < o.end for o in ctx.cands):
            continue
        out.append(Cand(i, c.end, "Enterprise", text[i:c.end], "listed-firm", prio=c.prio))
    return out


def _mark(ch: str, sep: str, opens: str) -> bool:
    return ch == sep or ch in opens
