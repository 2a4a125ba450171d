"""Towns right after their county (kg/recognise/county_towns.py, rules.toml [county_town]):
the characters between a county-level place and a town's unit are the town's name however
jieba cut them, on INVENTED towns (the counties are real ones the lexicon knows, or invented)."""
from __future__ import annotations

import pytest

from recognition import case, check

P, E = "Place", "Enterprise"


@pytest.mark.parametrize("text, want", [
    # a numeral opening the town's name (jieba: 县|九|村镇)
    case("项目落户桐庐县九村镇。", {"桐庐县": P, "九村镇": P}, id="numeral-stem"),
    case("选址青禾县七村镇，总投资3亿元。", {"青禾县": P, "七村镇": P}, id="numeral-stem-after-an-invented-county"),
    # a unit character inside the stem (jieba: 县|石|市镇)
    case("项目落户桐庐县石市镇。", {"桐庐县": P, "石市镇": P}, id="a-unit-character-in-the-stem"),
    # a month's character opening it (jieba tags 月 a numeral)
    case("项目落户桐庐县月山乡。", {"桐庐县": P, "月山乡": P}, id="month-character-stem"),
    # a one-character stem
    case("青禾集团在桐庐县西镇起家。", {"青禾集团": E, "桐庐县": P, "西镇": P}, id="one-character-stem"),
    # a district's street
    case("项目落户萧山区五村镇。", {"萧山区": P, "五村镇": P}, id="after-a-district"),
    # a head's walk (河, 路) across the county's end, jieba cutting the town 河|圩镇: the town
    # says where the county ends
    case("项目位于桐庐县河圩镇。", {"桐庐县": P, "河圩镇": P}, id="a-walk-across-the-county-end"),
    case("项目位于桐庐县路圩镇。", {"桐庐县": P, "路圩镇": P}, id="a-road-head-across-the-county-end"),
    # a district the lexicon lists whose name ends like a city's part (鹤城区, not a 城区)
    case("项目落户鹤城区九村镇。", {"鹤城区": P, "九村镇": P}, id="a-known-district-ending-like-a-city-part"),
    # a district the lexicon lists whose name is a city's and 区 (西安区, not 西安市 and 区X街道)
    case("星澜光伏电站坐落在西安区白露街道。", {"星澜光伏电站": "Project", "西安区": P, "白露街道": P},
         id="a-district-named-like-a-city"),
    # near miss: 区 and the next character a word of their own (区位): the province stays
    case("海南区位优势吸引星澜科技有限公司落户。", {"海南省": P, "星澜科技有限公司": E}, id="a-place-before-a-word-of-its-unit"),
    # near misses: words of the county's towns, not a town
    case("推进桐庐县城乡融合发展。", {"桐庐县": P}, id="city-and-countryside"),
    case("桐庐县城镇化率达到60%。", {"桐庐县": P}, id="urbanisation"),
    case("桐庐县村镇建设提速。", {"桐庐县": P}, id="villages-and-towns"),
    case("桐庐县中心镇建设提速。", {"桐庐县": P}, id="a-kind-of-town"),
    # ... a conjunction: the town after it is the walk's, the county no word of it
    case("桐庐县和云溪镇签约。", {"桐庐县": P, "云溪镇": P}, id="a-conjunction-between"),
    # an adjective or a measure word opening the stem, a word of the name after it (soft_stop_tags)
    case("项目落户桐庐县小云坝镇。", {"桐庐县": P, "小云坝镇": P}, id="an-adjective-opening-the-stem"),
    case("项目位于萧山区千里禾镇，占地50亩。", {"萧山区": P, "千里禾镇": P}, id="a-measure-word-opening-the-stem"),
    # near misses: such a word alone, or last, before the unit names no town
    case("桐庐县更加乡村化。", {"桐庐县": P}, id="an-adverb-before-a-word-of-its-unit"),
    case("桐庐县更加乡土。", {"桐庐县": P}, id="an-adverb-alone-before-the-unit"),
])
def test_county_towns(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a county's short form after its city, its unit glued by jieba onto the town after it
    # (柳江|区德胜镇): the unit is the county's, the town is named from after it
    case("项目落户柳州市柳江区德胜镇", {"柳州市": P, "柳江区": P, "德胜镇": P},
         id="county-unit-glued-to-town"),
    # near miss: a word opening with the unit (区委) is no town, and the county is still named
    case("中共河池市宜州区委召开全会", {"河池市": P, "宜州区": P}, id="district-committee"),
])
def test_a_short_county_takes_its_unit_back(recogniser, text, want):
    check(recogniser, text, want)
