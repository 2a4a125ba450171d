"""kg/recognise/zone_glue.py: a bare zone word (合作区, 开发区, 县城) a head's walk ran
over right before a name is no word of it; names of zones' bodies, parks, centres
and projects keep it, and so does a rest too short to be a name of its class."""
from __future__ import annotations

import pytest

from recognition import case, document_names

LEAD = "青禾边境经济合作区位于墨川市。"


def _names(recogniser, text):
    return {name: cls for (_, name), cls in document_names(recogniser, LEAD + text).items()}


@pytest.mark.parametrize("text, name, cls", [
    case("项目选址合作区星桥大街北侧。", "星桥大街", "Place", id="street"),
    case("新厂位于合作区云帆大道东侧。", "云帆大道", "Place", id="avenue"),
    case("县城澜湾商圈客流增长。", "澜湾商圈", "CommercialDistrict", id="county-town-district"),
    case("开发区墨川澜创电子设备有限公司（电子信息）入选名单。", "墨川澜创电子设备有限公司", "Enterprise",
         id="registered-firm"),
    case("合作区光电仪表产业细分为三个环节。", "光电仪表", "IndustryTrack", id="track"),
], )
def test_a_bare_zone_word_before_a_name_is_cut_off(recogniser, text, name, cls):
    got = _names(recogniser, text)
    assert got.get(name) == cls, got
    assert not any(n.endswith(name) and n != name for n in got), got


@pytest.mark.parametrize("text, name", [
    case("开发区管委会召开专题会议。", "开发区管委会", id="zone-body"),
    case("经开区科创中心投入使用。", "经开区科创中心", id="zone-centre"),
    case("高新区智能装备产业园开工。", "高新区智能装备产业园", id="zone-park"),
    case("青禾高新区星桥大街拓宽。", "星桥大街", id="named-zone-then-street"),
], )
def test_names_a_zone_word_belongs_to_keep_it(recogniser, text, name):
    got = _names(recogniser, text)
    assert name in got, got


def test_a_short_rest_keeps_the_word(recogniser):
    """开发区|东区 (a part of the zone) and 高新区|化工新材料 (a firm head's rest too short
    to be a firm's name) are not cut."""
    got = _names(recogniser, "开发区东区道路完工。")
    assert "东区" not in got, got


def test_a_firm_heads_short_rest_keeps_the_word():
    from kg.model import Mention
    from kg.recognise.zone_glue import zone_glue
    from kg.rules import load_rules
    ms = [Mention("d.txt", 0, 2, 10, "高新区化工新材料", "Enterprise", "高新区化工新材料", "head:新材料"),
          Mention("d.txt", 1, 0, 13, "开发区云溪星澜电子有限公司", "Enterprise", "开发区云溪星澜电子有限公司",
                  "head:有限公司")]
    assert [m.name for m in zone_glue(load_rules(), ms)] == ["高新区化工新材料", "云溪星澜电子有限公司"]
