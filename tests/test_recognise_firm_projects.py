"""A firm the sentence names opening the name of its works (kg/recognise/firm_projects.py,
rules.toml [firm_project]) on sentences with INVENTED names (青禾, 星澜, 墨川, 云栖 …);
real names only where a rule depends on the lexicon (cities, districts, tracks).

Each row: the sentence, the {name: class} of every name found that is not a nested
owner, and the {name: class} of the nested owners.
"""
from __future__ import annotations

import pytest

from recognition import case, check

PR, E, T, P = "Project", "Enterprise", "IndustryTrack", "Place"


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
