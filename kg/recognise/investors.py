"""Investors named by their role in a round of funding: 由星澜资本领投、青禾创投跟投, 投资方为
星澜资本、墨川基金, 领投方为青禾投资, 由墨川创投基金独家投资. The role says the words are a
firm's name, whether or not a legal form or a trade word closes them (星澜璞华, 青禾创合 have
neither); each of the list's items is one (rules.toml [investor_role])."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidate import Cand
from .context import Context
from .proper_words import proper


@lru_cache(maxsize=4)
def _compiled(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def investors(ctx: Context) -> list[Cand]:
    """The items of the lists a role word opens (投资方为 A、B) or closes (由 A、B 领投)."""
    cfg = ctx.rules.data.get("investor_role")
    if not cfg:
        return []
    text = ctx.text
    before, after = tuple(cfg.get("before", ())), tuple(cfg.get("after", ()))
    spans = []
    if before and any(w in text for w in before):
        for m in _compiled(before).finditer(text):
            end = _clause_end(text, m.end(), cfg)
            spans.append((m.end(), end))
    if after and any(w in text for w in after):
        roles = list(_compiled(after).finditer(text))
        ends = {r.end() for r in roles}
        for r in roles:
            start = r.start()
            while start > 0 and text[start - 1] not in cfg["opens"] and start not in ends:
                start -= 1
            spans.append((start, r.start()))
    out = []
    for start, end in spans:
        at = start
        for item in text[start:end].split(cfg["list_sep"]):
            s, e = at, at + len(item)
            at = e + 1
            for tail in cfg.get("strip_ends", ()):
                if text.endswith(tail, s, e):
                    e -= len(tail)
            c = _item(ctx, s, e, cfg)
            if c is not None:
                out.append(c)
    return out


def _clause_end(text: str, at: int, cfg: dict) -> int:
    i = at
    while i < len(text) and text[i] not in cfg["closes"]:
        i += 1
    return i


def _item(ctx: Context, s: int, e: int, cfg: dict) -> Cand | None:
    """A firm's name from s to e, when the words may be one: a few characters of names'
    script, no joining word, no opening word of a description, a proper word (an unknown
    word, a place, a brand: not 产业基金, 社会资本)."""
    name = ctx.text[s:e]
    if not cfg.get("min_len", 2) <= len(name) <= cfg.get("max_len", 20) \
            or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9（）()]+", name) or name[0].isdigit() \
            or any(ch in name for ch in cfg.get("not_inside", "")) \
            or name.startswith(tuple(cfg.get("not_first", ()))) or not proper(ctx, name):
        return None
    for c in ctx.cands:
        if c.start == s and c.end == e and c.role == "name" and not c.needs_context:
            return None     # (found already: the lexicon's, a legal form's)
        if c.cls in cfg.get("not_classes", ()) and c.start <= s and e <= c.end:
            return None     # (a place, a track: no firm)
    # (a candidate across the item's edge read a role word or the next item into a name)
    ctx.cands[:] = [c for c in ctx.cands if not (c.start < s < c.end or c.start < e < c.end)]
    return Cand(s, e, "Enterprise", name, "investor-role", prio=3)
