"""kg/recognise/built_parks.py (rules.toml [built_parks]): a park, a base or a pilot
platform the sentence speaks of as a build is a project as well as a platform; one that
is only the site of another's works, or hosts firms, stays a platform. On INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, mentions


def classes(rec, text, name):
    got = {m.name: (m.cls, *m.extra) for m in mentions(rec, text) if m.role != "owner"}
    assert name in got, got
    return set(got[name])


@pytest.mark.parametrize("text, name", [
    case("开工建设星澜智能装备产业园，项目选址云溪镇。", "星澜智能装备产业园", id="started"),
    case("青禾医疗今年追加投资6亿元建设白露医疗器械产业园。", "白露医疗器械产业园", id="invested-in"),
    case("墨川集团将在云溪镇建设白露新材料产业基地。", "白露新材料产业基地", id="a-firm-builds-it"),
    case("云溪大学与高新区签约共建青禾储能中试基地。", "青禾储能中试基地", id="signed-co-built"),
    case("星澜光电产业园已建成投产，主要生产显示模组。", "星澜光电产业园", id="its-own-finish"),
    case("墨川智能制造小镇正式启用。", "墨川智能制造小镇", id="opened"),
    case("白露电池材料产业园，总投资18亿元，占地300亩。", "白露电池材料产业园", id="its-own-investment"),
    case("青禾环保装备产业园，由星澜集团投资建设。", "青禾环保装备产业园", id="built-by"),
    case("加快建设云溪新能源电池项目、墨川生物医药产业园、青禾智能制造二期项目。", "墨川生物医药产业园",
         id="listed-among-projects"),
    case("云溪白露电池材料产业园已建成一期。", "云溪白露电池材料产业园", id="its-first-phase-built"),
    case("星澜大学与高新区签约，共建青禾储能中试基地。", "青禾储能中试基地", id="pilot-base-co-built"),
    case("我们将在开发区建设墨川合成生物中试平台。", "墨川合成生物中试平台", id="pilot-platform-built"),
    case("星澜大学牵头的白露光电中试基地建设进展顺利。", "白露光电中试基地", id="pilot-base-building"),
])
def test_a_park_built_is_a_project_too(recogniser, text, name):
    assert classes(recogniser, text, name) == {"Platform", "Project"}


@pytest.mark.parametrize("text, name", [
    # (near misses: the site of another's works, a park that hosts firms, projects started in it,
    # a park listed with parks)
    case("云溪电子项目落户星澜智能装备产业园，总投资20亿元。", "星澜智能装备产业园", id="site-of-works"),
    case("青禾电池项目在白露新能源产业园开工。", "白露新能源产业园", id="works-started-in-it"),
    case("墨川生物医药产业园已入驻企业36家。", "墨川生物医药产业园", id="hosts-firms"),
    case("墨川生物医药产业园开工项目12个。", "墨川生物医药产业园", id="counts-projects-started"),
    case("规划建设墨川生物医药产业园，重点引进医疗器械企业。", "墨川生物医药产业园", id="a-planned-zone"),
    case("推动星澜智能装备产业园、墨川生物医药产业园提质增效。", "星澜智能装备产业园", id="listed-with-parks"),
    case("青禾储能中试基地已孵化企业12家。", "青禾储能中试基地", id="pilot-base-hosts"),
    case("加快墨川生物医药产业园建设。", "墨川生物医药产业园", id="a-park-building-is-the-zone"),
])
def test_a_park_that_hosts_stays_a_platform(recogniser, text, name):
    assert classes(recogniser, text, name) == {"Platform"}
