"""A firm the sentence names opening the name of its works (kg/recognise/firm_projects.py,
rules.toml [firm_project]) on sentences with INVENTED names (青禾, 星澜, 墨川, 云栖 …);
real names only where a rule depends on the lexicon (cities, districts, tracks).

Each row: the sentence, the {name: class} of every name found that is not a nested
owner, and the {name: class} of the nested owners.
"""
from __future__ import annotations

import pytest

from recognition import case, check, mentions

PR, PL, E, T, P = "Project", "Platform", "Enterprise", "IndustryTrack", "Place"


@pytest.mark.parametrize("text, want, want_owners", [
    # a one-character adjective and a verb of [long_name] inside between the firm and the head
    case("星澜集团湿电子化学品扩能项目相继投产", {"星澜集团湿电子化学品扩能项目": PR}, {"星澜集团": E},
         id="adjective-and-inside-verb"),
    # a track the lexicon knows and a joining word (及) after the firm
    case("墨川药业原料药及制剂基地签约落地", {"墨川药业原料药及制剂基地": PR}, {"墨川药业": E},
         id="track-and-joiner"),
    # ... a city between the firm and what the works are
    case("青禾药业宜昌原料药及制剂基地签约落地", {"青禾药业宜昌原料药及制剂基地": PR}, {"青禾药业": E},
         id="city-between"),
    # a quantity, a middle dot between two products, the phase after the head
    case("青禾集团年产24万吨己内酰胺·尼龙6项目二期建成投产", {"青禾集团年产24万吨己内酰胺·尼龙6项目二期": PR},
         {"青禾集团": E}, id="quantity-dot-phase"),
    # a long time word that names a generation (新一代)
    case("云栖光电新一代显示技术研发中心投用", {"云栖光电新一代显示技术研发中心": PR}, {"云栖光电": E},
         id="generation"),
])
def test_a_firm_opens_its_works_name(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want, want_owners", [
    # a district and a trade word are no firm: the works are the district's, no owner
    case("西湖区科技孵化大厦投用", {"西湖区科技孵化大厦": PR}, {}, id="district-and-trade-word"),
    # a track before a firm's word is no brand (海工|装备): no firm, no works of one
    case("海工装备总装基地项目开工", {"海洋工程装备": T}, {}, id="track-and-trade-word"),
    # a count after the firm ends it (三大…)
    case("星澜集团三大生产基地建成", {"星澜集团": E}, {}, id="count-after-firm"),
    # a firm listed before another's works does not own them
    case("星澜集团、墨川科技研发中心投用", {"星澜集团": E, "墨川科技研发中心": PR}, {}, id="listed-firm"),
    # a track alone before the head opens no works' name of a firm
    case("新能源汽车热管理压缩机项目进入试生产", {"新能源汽车": T}, {}, id="track-alone"),
])
def test_no_firms_works_without_a_firm_before(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want, want_owners", [
    # a firm's word only firms end in (股份) before what the park is for
    case("推进星澜股份高端船用部件产业园开工", {"星澜股份高端船用部件产业园": PL}, {"星澜股份": E},
         id="firm-word-park"),
    # a firm found by its trade word, then the city the park is in
    case("青禾医药宜昌产业园投入使用", {"青禾医药宜昌产业园": PL}, {"青禾医药": E}, id="firm-city-park"),
    # near misses: a trade word that is a track's first word (装备|制造), a trade word right
    # before the head (科技|产业园: jieba's one word), a city alone
    case("墨川装备制造产业园开工", {"墨川装备制造产业园": PL}, {}, id="trade-word-of-a-track"),
    case("推进墨川科技产业园建设", {"墨川科技产业园": PL}, {}, id="trade-word-glued-to-head"),
    case("宜昌产业园投入使用", {"宜昌产业园": PL}, {}, id="city-park"),
])
def test_a_firm_opens_its_parks_name(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


def test_a_firms_park_is_its_project_too(recogniser):
    """[heads] owned: the park a firm's name opens is of class Project as well."""
    park = next(m for m in mentions(recogniser, "推进星澜股份高端船用部件产业园开工") if m.role == "name")
    assert park.extra == ("Project",)
