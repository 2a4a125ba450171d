"""The park a bare 园区 stands for after a sentence naming a park and the whole it is part of.

A sentence that names park A and then the zone B it is said to be part of (星澜园…，是
青禾工业园区“一区三园”中的核心园区) is about A: a bare tail word later (园区西距…, 园区已建成…) stands for A, not
for B, whose name ends on that word (rules.toml [anaphora] whole_after).
"""
from __future__ import annotations

from ..rules import rx


def part_park(rules, text: str, parks: list) -> tuple | None:
    """Of a sentence's park mentions (in order), (part, whole) where a later one is followed by the
    words of a whole: the sentence's first park is its part (A…，是B“一区三园”中的核心园区)."""
    after = rx(rules.data.get("anaphora", {}).get("whole_after", "$^"))
    for whole in parks[1:]:
        if parks[0].name != whole.name and after.match(text, whole.end):
            return parks[0], whole
    return None
