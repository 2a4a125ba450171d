"""Counties listed by their short names, the list closed by its count and their unit.

A list of bare names closed by a count and a county's unit (rules.toml [counted_county]: units,
joiners) names that many counties: 青禾、白露和云溪3县 is 青禾县, 白露县 and 云溪县. Each item,
with the unit, must be a county-level place the lexicon lists (names come from the lexicon,
never guessed), and the items must be as many as the count says; a walk that read the last
item with the count (云溪3县) is no name.

    分布在星澜市及砚山、马关、丘北3县  ->  砚山县, 马关县, 丘北县 (the lexicon's counties)

After 等 the count may be larger than the list (青禾区和砚山、马关等3个县（区）: 青禾区 counted too).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .candidate import Cand

RULE = "counted-counties"


@lru_cache(maxsize=4)
def _compiled(units: tuple[str, ...], joiners: tuple[str, ...], item_max: int) -> re.Pattern:
    us = "|".join(re.escape(u) for u in units)
    js = "|".join(re.escape(j) for j in sorted(joiners, key=len, reverse=True))
    item = f"[\u4e00-\u9fff]{{2,{item_max}}}?"
    return re.compile(f"((?:{item}(?:{js}))+{item})(等)?([一二三四五六七八九十两\\d]{{1,2}})个?(?:{us})")


def counted_counties(ctx) -> list[Cand]:
    """The counties of a list closed by its count and their unit, each by the name the text gives it."""
    conf = ctx.rules.data.get("counted_county", {})
    units, joiners = tuple(conf.get("units", ())), tuple(conf.get("joiners", ()))
    if not units or not joiners or not any(u in ctx.text for u in units):
        return []
    out = []
    for mt in _compiled(units, joiners, conf.get("item_max", 4)).finditer(ctx.text):
        unit = ctx.text[mt.end() - 1]
        items = _items(mt.group(1), mt.start(1), joiners)
        items[0] = _first(ctx.lex, items[0], unit, conf)
        found = [_county(ctx.lex, w, unit, conf) for _, w in items]
        # (imported here: kg.indicators' package imports the relate stage, which imports this one)
        from ..indicators.numbers import to_number
        # (A、B等5个县: 等 leaves room for counties named before the list, 青禾区和A、B等5个县（区）)
        n = to_number(mt.group(3))
        if (n < len(items) if mt.group(2) else n != len(items)) or not all(found):
            continue
        # (no name of a walk that ran over the count: 丘北3县)
        ctx.cands[:] = [c for c in ctx.cands if not (c.cls == "Place" and mt.start(3) < c.end <= mt.end()
                                                     and c.start < mt.start(3))]
        out += [Cand(at, at + len(w), "Place", name, RULE, prio=3) for (at, w), name in zip(items, found)]
    return out


def _first(lex, item: tuple[int, str], unit: str, conf: dict) -> tuple[int, str]:
    """The first item cut to the longest county it ends with (及|砚山: the list opens after the word
    the match ran into)."""
    at, w = item
    k = next((i for i in range(len(w) - 1) if _county(lex, w[i:], unit, conf)), 0)
    return at + k, w[k:]


def _items(run: str, start: int, joiners: tuple[str, ...]) -> list[tuple[int, str]]:
    """(offset, word) of each item of ``run``."""
    parts = re.split("(" + "|".join(re.escape(j) for j in sorted(joiners, key=len, reverse=True)) + ")", run)
    out, at = [], start
    for k, p in enumerate(parts):
        if k % 2 == 0:
            out.append((at, p))
        at += len(p)
    return out


def _county(lex, word: str, unit: str, conf: dict) -> str | None:
    """The lexicon's county ``word`` and ``unit`` name, or None."""
    e = lex.lookup(word + unit, "Place")
    if e is None or e.name != word + unit or not set(e.levels) & set(conf.get("levels", ())):
        return None
    return e.name
