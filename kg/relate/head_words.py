"""A bare head word standing for a thing named before it (该中心, 这个基地, 公司总部), for the pattern ends
that read one (kg/relate/pattern_ends.py: @previous-headed, @first-headed, @antecedent).

The head word is the last two or three characters of the thing's name (基地, 产业园); a clause opening
on it, after a demonstrative or not, points back to the last thing (or, for @first-headed, the first)
whose name ends with it, not merely to the nearest thing of the class.

    …签约共建星澜创新中心，中心落户青禾区            中心: 星澜创新中心
    A产业园…。该产业园由Y投资建设 (B named between) 该产业园: A产业园, not B
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..matcher import Match
from .base import HOME_ROLE, Collector, Item

if TYPE_CHECKING:
    from .patterns import Context


# before a bare head word standing for a thing (该中心, 这个基地, 这家公司): the demonstrative
# and the measure word after it
DEMONSTRATIVES = "该此这个"
DEMONSTRATIVE = re.compile("^[该此这](?:个|家|座|所)?")


def demonstrated(c: Collector, mt: Match, classes: set[str], items: list[Item], text: str,
                 ctx: Context) -> list[str]:
    """The thing a sentence opening on a demonstrative and a head word (该产业园, 此项目)
    points back to, when no thing opens a clause before the match: the last of ``classes``
    named before it in the paragraph, else in the paragraph before (a paragraph may open on
    该工程由Y负责建设), whose name ends with that head word."""
    opening = text[:max(mt.end, 1)].lstrip()
    if not opening or opening[0] not in DEMONSTRATIVES:
        return []
    opening = DEMONSTRATIVE.sub("", opening)
    before = ctx.previous + ctx.named + [x.key for x in items if x.m.end <= mt.start and x.m.role != HOME_ROLE]
    # (兑现X有限公司Y项目奖励…。该公司由Z出资设立，其…: else a firm nested opening a project's name)
    nested = [k for keys in ctx.sentences for k in keys]
    return next(([k] for k in (*reversed(before), *reversed(nested)) if k != ctx.home and c.cls(k) & classes
                 and ends_with_head(c, k, opening)), [])


def ends_with_head(c: Collector, key: str, opening: str) -> bool:
    """True when ``opening`` (a clause's words, the demonstrative cut off) begins with the head
    word that the thing ``key``'s name ends with (its last two or three characters: 基地, 产业园)."""
    return any(opening.startswith(c.ents[key].name[-n:]) for n in (2, 3))
