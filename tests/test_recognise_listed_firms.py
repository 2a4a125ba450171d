"""A registered firm standing alone as a list's item (kg/recognise/listed_firms.py,
rules.toml [listed_firm]), on INVENTED names: the list's marks bound its name, so the words
a walk left stops at (a pronoun, a numeral, a verb jieba read in a brand) are its name's."""
from __future__ import annotations

import pytest

from recognition import case, check

E = "Enterprise"


@pytest.mark.parametrize("text, want", [
    # a numeral, a verb read in the brand, between a list's marks
    case("下属青禾轴承、宁波二零六白露仪表有限公司等企业", {"青禾轴承": E, "宁波二零六白露仪表有限公司": E},
         id="a-numeral-in-the-brand"),
    case("已引进墨川茶业有限公司、丰收菌业有限公司等市场主体", {"墨川茶业有限公司": E, "丰收菌业有限公司": E},
         id="a-verb-as-the-brand"),
    case("生物医药：墨川制药有限公司、杭州本心堂青禾饮片有限公司、星澜制药有限公司；",
         {"生物医药": "IndustryTrack", "墨川制药有限公司": E, "杭州本心堂青禾饮片有限公司": E,
          "星澜制药有限公司": E}, id="a-place-and-a-brand-between-marks"),
    # near misses: a clause's words before the first item, a kind before the name, a count
    case("园区引进了星澜科技有限公司、墨川材料有限公司", {"星澜科技有限公司": E, "墨川材料有限公司": E},
         id="clause-words-before-the-first-item"),
    case("引进墨川集团、材料企业青禾星澜科技有限公司等", {"墨川集团": E, "青禾星澜科技有限公司": E},
         id="a-kind-before-the-name"),
    case("引进墨川集团、多家科技有限公司等", {"墨川集团": E}, id="a-count-of-firms"),
])
def test_listed_firms(recogniser, text, want):
    check(recogniser, text, want)
