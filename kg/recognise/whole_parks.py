"""The park a bare 园区 stands for after a sentence naming a park and the whole it is part of,
and the parks of a sentence it does not stand for.

A sentence that names park A and then the zone B it is said to be part of (星澜园…，是
青禾工业园区“一区三园”中的核心园区) is about A: a bare tail word later (园区西距…, 园区已建成…) stands for A, not
for B, whose name ends on that word (rules.toml [anaphora] whole_after). Nor does a 园区 later in a
sentence stand for a park the sentence names as its park's part or site (星澜园位于青禾经开区内，由A片区、B片区
组成，园区管理机构为…: 星澜园, not B片区 nor the zone; [anaphora] tail_not_after, tail_not_in).
"""
from __future__ import annotations

import re

from ..rules import rx


def part_park(rules, text: str, parks: list) -> tuple | None:
    """Of a sentence's park mentions (in order), (part, whole) where a later one is followed by the
    words of a whole: the sentence's first park is its part (A…，是B“一区三园”中的核心园区)."""
    after = rx(rules.data.get("anaphora", {}).get("whole_after", "$^"))
    for whole in parks[1:]:
        if parks[0].name != whole.name and after.match(text, whole.end):
            return parks[0], whole
    return None


def antecedent_parks(rules, text: str, parks: list) -> list:
    """The parks of a sentence a later bare tail word may stand for: not one named where the
    sentence's park lies (位于Y内), nor one of the parts it is made of (由A、B和C组成)."""
    conf = rules.data.get("anaphora", {})
    site = rx(conf.get("tail_not_after", "$^"))
    parts = [m.span() for m in rx(conf.get("tail_not_in", "$^")).finditer(text)]
    gone = [p for p in parks if site.search(text, 0, p.start) or any(a <= p.start < b for a, b in parts)]
    # (nor its short form declared in a bracket after it, 位于青禾经济技术开发区（以下简称“青禾经开区”）)
    return [p for p in parks if p not in gone and not any(
        g.end <= p.start and _OPEN_BRACKET.fullmatch(text, g.end, p.start) for g in gone)]


_OPEN_BRACKET = re.compile(r"[（(][^（()）]*")
