"""kg/relate/platform_twins.py: a place's mention (a bare head) opening its clause whose words the
document also names as a platform is keyed to the platform. Names and sentences invented."""
from __future__ import annotations

import pytest

from kg.model import Mention
from kg.rules import load_rules
from kg.relate.platform_twins import platform_twins

TEXTS = {0: "青禾开发区下设星澜片区和墨川片区。", 1: "星澜片区以精密制造为主。", 2: "其中，星澜片区主攻光学镜头。",
         3: "星澜储能项目签约落户星澜片区。"}


def m(sentence, surface, cls, rule, role="", start=None):
    at = TEXTS[sentence].find(surface) if start is None else start
    return Mention("d", sentence, at, at + len(surface), surface, cls, surface, rule, role=role, key=f"{cls}/{surface}")


ZONE = m(0, "星澜片区", "Platform", "structure-item")
CASES = [
    # (the zone lists its areas as platforms; a later head reading of one opening its clause is the platform)
    ([ZONE, m(1, "星澜片区", "Place", "head:片区")], ["Platform/星澜片区", "Platform/星澜片区"]),
    ([ZONE, m(2, "星澜片区", "Place", "head:片区")], ["Platform/星澜片区", "Platform/星澜片区"]),
    # (near miss: named as where a thing lands, the place's reading stays)
    ([ZONE, m(3, "星澜片区", "Place", "head:片区", start=11)], ["Platform/星澜片区", "Place/星澜片区"]),
    # (near miss: no platform of those words in the document)
    ([m(0, "墨川片区", "Platform", "structure-item"), m(1, "星澜片区", "Place", "head:片区")],
     ["Platform/墨川片区", "Place/星澜片区"]),
    # (near miss: a place the lexicon knows is no bare head's reading)
    ([ZONE, m(1, "星澜片区", "Place", "lexicon")], ["Platform/星澜片区", "Place/星澜片区"]),
    # (near miss: the words only stand as an owner inside a platform's name)
    ([m(0, "星澜片区", "Platform", "head:片区", role="owner"), m(1, "星澜片区", "Place", "head:片区")],
     ["Platform/星澜片区", "Place/星澜片区"]),
]


@pytest.mark.parametrize("mentions,keys", CASES)
def test_platform_twins(mentions, keys):
    tr = load_rules().relations["track"]
    got = platform_twins(mentions, tuple(tr["platform_twin_rules"]), TEXTS, tr["platform_twin_opens"])
    assert [x.key for x in got] == keys


def test_no_rules_no_change():
    ms = CASES[0][0]
    assert platform_twins(ms, (), TEXTS, "") is ms
