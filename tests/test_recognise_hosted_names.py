"""kg/recognise/hosted_names.py (rules.toml [[head]] hosted): a station named by its host's
whole name, the host's legal form and all, the host its owner. On INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, check

PL, E, I = "Platform", "Enterprise", "Institution"


@pytest.mark.parametrize("text, want, want_owners", [
    # a firm's registered name opens the station's name
    case("星澜轴承股份有限公司院士工作站今年引进院士团队两个", {"星澜轴承股份有限公司院士工作站": PL},
         {"星澜轴承股份有限公司": E}, id="firm-hosts-academicians"),
    case("据介绍，墨川合金材料股份有限公司专家工作站将与高校联合攻关", {"墨川合金材料股份有限公司专家工作站": PL},
         {"墨川合金材料股份有限公司": E}, id="listed-firm-hosts-experts"),
    # ... and a hospital's name (a body) does as well
    case("——白露县人民医院专家工作站主要开展微创手术研究", {"白露县人民医院专家工作站": PL},
         {"白露县人民医院": I}, id="hospital-hosts-experts"),
    # (near misses: a firm's name before another head is the firm's, no name; a station no host names)
    case("星澜精纺有限公司研发中心今年引进博士两名", {"星澜精纺有限公司": E}, None, id="firm-then-other-head"),
    case("拟依托星澜精纺有限公司等六个单位组建院士专家工作站", {"星澜精纺有限公司": E}, None,
         id="stations-counted-by-hosts"),
    case("今年全县新设院士工作站四家", {}, None, id="new-stations-unnamed"),
])
def test_a_station_is_named_by_its_host(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want, want_owners", [
    # a county the lexicon knows opening a county's platform is nested in its name
    case("建德市竹编产业带聚集作坊四十余家", {"建德市竹编产业带": PL}, {"建德市": "Place"}, id="county-led-belt"),
    # (near miss: a park head no county leads the same way nests nothing)
    case("青禾电商孵化园今年新入驻团队二十个", {"青禾电商孵化园": PL}, {}, id="unled-incubating-park"),
])
def test_a_county_opening_a_platforms_name_is_nested(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)
