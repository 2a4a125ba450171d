"""kg/recognise/hosts.py (rules.toml [hosts]): a building or a centre named as a project
that the sentence says hosts firms or bodies is a platform too. On INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, mentions


def classes(rec, text, name):
    got = {m.name: (m.cls, *m.extra) for m in mentions(rec, text) if m.role != "owner"}
    assert name in got, got
    return set(got[name])


@pytest.mark.parametrize("text, name, want", [
    case("星澜科创大厦已入驻企业36家。", "星澜科创大厦", {"Project", "Platform"}, id="firms-settled"),
    case("青禾数智云谷入驻数据中心企业9家。", "青禾数智云谷", {"Project", "Platform"}, id="firms-settled-kind"),
    case("墨川科创大厦（孵化器），在孵企业47家。", "墨川科创大厦", {"Project", "Platform"},
         id="incubated"),
    case("云溪研究院设在星澜科创大厦。", "星澜科创大厦", {"Project", "Platform"}, id="a-body-set-in-it"),
    case("云溪研究院设在青禾高新区科创大厦。", "科创大厦", {"Project", "Platform"}, id="set-in-a-zones-building"),
    case("墨川航天科技创新中心、白露中小企业孵化园分别新增孵化企业12家、20家。", "墨川航天科技创新中心",
         {"Project", "Platform"}, id="listed-hosts"),
    case("星澜设计城位于云溪镇，目前已入驻设计企业120余家。", "星澜设计城", {"Project", "Platform"}, id="sited-then-hosts"),
    # (near misses: a building built or opened, a centre that does research, firms of another place)
    case("星澜科创大厦主体结构封顶。", "星澜科创大厦", {"Project"}, id="built"),
    case("青禾数智云谷二期开工建设。", "青禾数智云谷二期", {"Project"}, id="phase-started"),
    case("星澜科创大厦位于云溪镇，周边企业众多。", "星澜科创大厦", {"Project"}, id="firms-around"),
])
def test_a_building_that_hosts_firms_is_a_platform_too(recogniser, text, name, want):
    assert classes(recogniser, text, name) == want
