"""A site field naming a town, then, a comma on, the park inside it (kg/relate/field_towns.py):
the park lies in the town, the item in both; on invented cards and bar rows."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

THINGS = {"星澜冷链项目": "Project", "云溪区": "Place", "白露镇": "Place", "墨川物流园": "Platform",
          "青禾物流有限公司": "Enterprise", "白沙项目": "Project", "白沙公司": "Enterprise", "青松镇": "Place",
          "墨川街道": "Place"}
CARD = "●星澜冷链项目\n建设单位：青禾物流有限公司\n建设地点：{}"
ROW2 = "\n2.白沙公司｜白沙项目｜所属产业：物流｜融资需求：1亿元｜项目地点：云溪区青松镇"
BAR = "1.青禾物流有限公司｜星澜冷链项目｜所属产业：物流｜融资需求：2亿元｜项目地点：{}" + ROW2
TOWN = ("墨川物流园", "locatedIn", "白露镇")

ROWS = [
    # (text, park in town by this rule?, the project in the town? (None: not asked))
    (CARD.format("云溪区白露镇，墨川物流园内"), True, True),
    (CARD.format("白露镇，墨川物流园"), True, True),
    (BAR.format("云溪区白露镇，墨川物流园内"), True, True),
    (BAR.format("白露镇，墨川物流园内"), True, None),
    # near misses: a side of the park, not the park; the park first; a second town; no comma
    (CARD.format("云溪区白露镇，墨川物流园以东"), False, True),
    (CARD.format("墨川物流园，白露镇"), False, True),
    (CARD.format("云溪区白露镇，墨川街道"), False, True),
    (BAR.format("云溪区白露镇墨川物流园内"), False, False),
    (BAR.format("云溪区白露镇，墨川物流园北侧"), False, False),
]


@pytest.mark.parametrize("text,park,project", ROWS)
def test_town_holds_park(text, park, project):
    facts = relate_on(THINGS, text).facts()
    assert ((*TOWN, "located-field-town") in facts) == park
    if project is not None:
        assert (("星澜冷链项目", "locatedIn", "白露镇") in {f[:3] for f in facts}) == project

