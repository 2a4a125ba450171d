"""A bracket after a name that holds the name's short form: 青禾星澜科技有限公司（星澜科技）,
墨川动力研究院（墨川院）. The bracket declares an alias; it is no word of the name, as a
bracketed place is (星澜(云溪)有限公司, 青禾大学（云溪）: kg/recognise/legal.py).

    >>> short_form("星澜科技", "青禾星澜科技有限公司"), short_form("云溪", "青禾大学")
    (True, False)
"""
from __future__ import annotations

import re

from .context import Context
from .legal import place_word

# a bracket closing a span: its words (group 1)
_CLOSING = re.compile(r"[（(]([\u4e00-\u9fffA-Za-z0-9]{2,8})[）)]$")


def short_form(inner: str, name: str) -> bool:
    """True when ``inner`` is a short form of ``name``: shorter, and its characters
    stand in ``name`` in the same order (星澜科技 of 青禾星澜科技有限公司; 青禾院 of
    青禾研究院), beginning within the name's words, not its first character only."""
    if not 2 <= len(inner) < len(name):
        return False
    pos = 0
    for ch in inner:
        pos = name.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


def declared_short_form(ctx: Context, start: int, end: int) -> str | None:
    """The short form a span start..end ending with a bracket declares, when the
    bracket holds one of the words before it and names no place; else None."""
    m = _CLOSING.search(ctx.text, start, end)
    if m is None or m.start() - start < 3:
        return None
    inner = m.group(1)
    if place_word(ctx, inner) or not short_form(inner, ctx.text[start:m.start()]):
        return None
    return inner


def unbracket(ctx: Context) -> None:
    """Candidates that end with a bracket holding their short form end before it, the
    short form an alias (an enumeration's item, a frame's, a head's name that ran over
    the bracket: 引进青禾星澜科技有限公司（星澜科技）、墨川生物等企业); a candidate
    that ends right before such a bracket has the alias too."""
    text = ctx.text
    if "）" not in text and ")" not in text:
        return
    for c in ctx.cands:
        if c.role == "owner" or c.end - c.start < 3:
            continue
        if text[c.end - 1] in "）)":
            inner = declared_short_form(ctx, c.start, c.end)
            if inner is None:
                continue
            surface = text[c.start:c.end]
            c.end -= len(inner) + 2
            if c.name == surface:
                c.name = text[c.start:c.end]
        else:
            m = _OPENING.match(text, c.end)
            inner = m and declared_short_form(ctx, c.start, m.end())
            if not inner:
                continue
        if inner not in c.aliases:
            c.aliases = (*c.aliases, inner)


def bracket_aliases(text: str, ms) -> dict[str, tuple[str, str]]:
    """alias -> (name, class) for each mention ``unbracket`` cut before the bracket
    holding its short form: the text declares the alias as 简称 does, for its other
    sentences (…星澜科技有限公司（星澜科技）…。星澜科技年产…项目开工)."""
    out = {}
    for x in ms:
        if x.role == "owner" or x.end >= len(text) or text[x.end] not in "（(":
            continue
        m = _OPENING.match(text, x.end)
        if m and m.group(1) in x.aliases:
            out.setdefault(m.group(1), (x.name, x.cls))
    return out


_OPENING = re.compile(r"[（(]([\u4e00-\u9fffA-Za-z0-9]{2,8})[）)]")
