"""Pattern ends that name as many things as the text says (kg/relate/pattern_ends.py): a count
(@counted), a list (@previous-list) or the one thing in reach (@sole).

    …一是A…；二是B…；三是C…。这三个项目都将落户Y    @counted: A, B and C (three counted, three named)
    A、B同步开工，两个项目均落户Y                    @previous-list: A and B, the list ending on B
    X公司是…。今年，企业新上的Z                      @sole: X (two firms named: neither)
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..facts.numbers import parse_number
from ..matcher import LIST_JOINERS, Match
from .base import HOME_ROLE, Collector, Item

if TYPE_CHECKING:
    from .patterns import Context


# the count a match states (三个项目, 这两个项目, 5个项目): the number of things it refers back to
COUNT = re.compile(r"([两二三四五六七八九十]|\d{1,2})[个家]")


def counted(c: Collector, mt: Match, names: str, items: list[Item], text: str, ctx: Context) -> list[str]:
    """`@counted`: as many things of ``names`` as the match counts, the last named before it
    in the paragraph (none when fewer were named: the count is not of them)."""
    got = COUNT.search(text, mt.start, mt.end)
    if not got:
        return []
    n = int(parse_number(got.group(1)))
    classes = set(names.split("|"))
    before = ctx.named + [x.key for x in items if x.m.end <= mt.start and x.m.role != HOME_ROLE]
    out: list[str] = []
    for key in reversed(before):
        if key != ctx.home and key not in out and c.cls(key) & classes:
            out.append(key)
    return out[:n][::-1] if len(out) >= n else []


def sole(c: Collector, mt: Match, classes: set[str], items: list[Item], ctx: Context) -> list[str]:
    """`@sole`: the one thing of ``classes`` in reach of a bare word standing for it (企业新上的X):
    named before the match in the sentence or earlier in its paragraph, not the home; none when
    two are (the word would stand for either)."""
    before = {x.key for x in items if x.m.end <= mt.start and x.m.role != HOME_ROLE}
    keys = {k for k in (*ctx.named, *before) if k != ctx.home and c.cls(k) & classes}
    return list(keys) if len(keys) == 1 else []


def run_ending(before: list[Item], text: str) -> list[Item]:
    """The list (things joined by 、/和/及/以及/与) that ends with the last of ``before``."""
    run = [before[-1]]
    for x in reversed(before[:-1]):
        if text[x.m.end:run[0].m.start].strip("“”‘’\"") not in LIST_JOINERS:
            break
        run.insert(0, x)
    return run
