"""kg/relate/park_words.py: in a park's own story (its subtitle or title names the park, the home), the bare
园区 opening a clause chain is the park, and what moves in moves into the park; not in a zone's or a
district's report. Invented stories on given mentions (tests/relate_helpers.py)."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, PL, L = "Enterprise", "Platform", "Place"
THINGS = {"星澜文创园": PL, "青禾高新区": PL, "白沙区": L, "青禾纺织集团": E, "云溪文旅有限公司": E,
          "墨川设计有限公司": E, "青禾印象策划有限公司": E}
PARK_HEAD = ("旧车间里长出新业态", "——星澜文创园改造记")
ZONE_HEAD = ("青禾高新区这一年", "——青禾高新区年度巡礼")


def _story(head: tuple[str, str], body: str):
    return relate_on(THINGS, (head[0], head[1] + "\n" + body))


@pytest.mark.parametrize("head, body, fact, stated", [
    # the park word opens the chain: a later clause's operator runs the park
    (PARK_HEAD, "星澜文创园占地6万平方米。园区产权仍归青禾纺织集团，由云溪文旅有限公司租赁运营。",
     ("星澜文创园", "ownedBy", "云溪文旅有限公司"), True),
    # (near miss: the word says where an unnamed thing of the chain is; that thing is run)
    (PARK_HEAD, "星澜文创园占地6万平方米。园区东侧的锅炉房正在翻修，由云溪文旅有限公司租赁运营。",
     ("星澜文创园", "ownedBy", "云溪文旅有限公司"), False),
    # tenants moving into an unnamed part of the park move into the park
    (PARK_HEAD, "星澜文创园占地6万平方米。墨川设计有限公司、青禾印象策划有限公司等9家企业入驻原仓库区。",
     ("墨川设计有限公司", "locatedIn", "星澜文创园"), True),
    (PARK_HEAD, "星澜文创园占地6万平方米。墨川设计有限公司、青禾印象策划有限公司等9家企业入驻原仓库区。",
     ("青禾印象策划有限公司", "locatedIn", "星澜文创园"), True),
    # (near miss: a zone's story: moving into an unnamed building is not landing in the zone at large)
    (ZONE_HEAD, "青禾高新区占地60平方公里。墨川设计有限公司、青禾印象策划有限公司等9家企业入驻原仓库区。",
     ("墨川设计有限公司", "locatedIn", "青禾高新区"), False),
    # (near miss: the sentence points back to a building the text named: its tenants, not the park's)
    (PARK_HEAD, "星澜文创园占地6万平方米。上述厂房已入驻企业9家。A区入驻墨川设计有限公司、青禾印象策划有限公司等企业。",
     ("墨川设计有限公司", "locatedIn", "星澜文创园"), False),
])
def test_a_park_story(head, body, fact, stated):
    assert (fact in _story(head, body).pairs()) is stated
