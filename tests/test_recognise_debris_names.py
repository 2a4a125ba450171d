"""kg/recognise/debris_names.py: a span a head's walk read across a clause is no name
(a person and what they do, a clause's verbs, a demonstrative, a count of buildings, a
host, a span of time, a kind of record); words before a name (a direction of town before a
road, a place and 的, a preposition) are cut off its front. Names near them stay."""
from __future__ import annotations

import pytest

from recognition import document_names


def _names(recogniser, text):
    return {name for (_, name) in document_names(recogniser, text)}


@pytest.mark.parametrize("text, gone", [
    ("云溪市委书记王明远到星澜高新区调研青禾智造产业园项目。", "云溪市委书记王明远到星澜高新区"),
    ("星澜集团有限公司董事长李志强率商会考察团来访。", "星澜集团有限公司董事长李志强率商会"),
    ("张晓峰介绍项目进展情况。", "张晓峰介绍项目"),
    ("春节前要让三期厂房全部封顶。", "前要让三期"),
    ("这座大楼将成为云溪新地标。", "这座大楼"),
    ("云溪县将建设零碳园区。", "零碳园区"),
    ("青禾镇新建幼儿园一所。", "幼儿园"),
], ids=["secretary-visits", "chairman-leads", "person-presents", "clause-verbs", "demonstrative",
        "park-by-its-kind", "body-by-its-kind"])
def test_a_clause_read_as_a_name_is_dropped(recogniser, text, gone):
    assert gone not in _names(recogniser, text)


@pytest.mark.parametrize("text, name", [
    ("云溪市委书记王明远到星澜高新区调研青禾智造产业园项目。", "青禾智造产业园项目"),
    ("项目位于城东青禾大道北侧。", "青禾大道"),
    ("云溪街道的星河田园不夜城开业。", "星河田园不夜城"),
    ("项目落户表中云岭镇。", "云岭镇"),
], ids=["project-after-visit", "road-after-direction", "district-after-place-of",
        "town-after-table-word"])
def test_the_name_beside_the_debris_stays(recogniser, text, name):
    assert name in _names(recogniser, text)


@pytest.mark.parametrize("text, name", [
    ("城东大道改造完成。", "城东大道"),            # a road named by its direction alone
    ("城南片区建设加快。", "城南片区"),
    ("星澜数据服务提供商落户云溪。", None),        # 提供商 is a kind of firm, no verb
], ids=["direction-road", "direction-area", "provider"])
def test_near_misses_keep_their_names(recogniser, text, name):
    got = _names(recogniser, text)
    if name:
        assert name in got
    assert not any(n.startswith(("城东青", "表中")) for n in got)


def test_debris_patterns_drop_and_cut():
    """The data rules alone: which names are debris, and what a cut keeps."""
    import re
    from kg.rules import load_rules
    conf = load_rules().data["debris_name"]
    debris = re.compile("|".join(f"(?:{p})" for p in conf["patterns"]))
    for name in ["项目所需碳酸锂由园区", "多层框架标准化厂房6栋", "云溪市商务局主办", "平均60天内",
                 "市区西出口", "投资项目备案信息", "我局反映与建设项目", "星澜中心主要研究",
                 # a thing named by its kind alone
                 "园区管委会", "零碳园区", "绿色低碳园区", "生态工业园区", "幼儿园", "设计中心",
                 "工程建设项目", "设备租赁及工程建设项目"]:
        assert debris.search(name), name
    for name in ["云溪功率半导体产业园", "宁远县长青工业园", "星澜大厦", "城西商圈", "云溪数字信息产业园",
                 "星澜数据服务提供商", "云溪供应链产业园",
                 # ... but a named one of the kind
                 "星澜开发区管委会", "云溪零碳产业园", "青禾生态工业园区", "星澜实验幼儿园", "云溪工业设计中心",
                 "青禾大道工程建设项目"]:
        assert not debris.search(name), name
    cuts = [re.compile(c) for c in conf["cuts"]]
    def cut(name):
        for c in cuts:
            if (h := c.match(name)) and h.end():
                return name[h.end():]
        return name
    assert cut("城南青禾大道") == "青禾大道"
    assert cut("云溪街道的星河田园不夜城") == "星河田园不夜城"
    assert cut("至云岭镇") == "云岭镇"
    assert cut("城东大道") == "城东大道"          # the direction alone names the road
    assert cut("城北新区") == "城北新区"


def test_a_town_glued_before_a_scenic_area_or_road_is_cut_off_and_kept():
    """[debris_name] cuts: a town (镇, 乡) before a scenic area, a park or a road in it is where
    it lies, cut off the front and kept as a place of its own (its group ``place``)."""
    import re
    from kg.rules import load_rules
    cuts = [re.compile(c) for c in load_rules().data["debris_name"]["cuts"]]
    def cut(name):
        for c in cuts:
            if (h := c.match(name)) and h.end():
                return name[h.end():], h.groupdict().get("place")
        return name, None
    assert cut("星澜镇青禾山景区") == ("青禾山景区", "星澜镇")
    assert cut("墨川城镇云溪路") == ("云溪路", "墨川城镇")
    assert cut("白露乡青禾湿地公园") == ("青禾湿地公园", "白露乡")
    # near misses: a road or a park named by the town alone, a town before a firm's name
    assert cut("星澜镇中路") == ("星澜镇中路", None)
    assert cut("青禾镇星澜食品有限公司") == ("青禾镇星澜食品有限公司", None)
    assert cut("星澜山景区") == ("星澜山景区", None)


def test_the_town_a_cut_marks_is_a_mention_of_its_own():
    """kg/recognise/debris_names.py: the front a cut's group ``place`` marks is a Place mention
    beside the name kept after it; a front no group marks is dropped."""
    from kg.model import Mention
    from kg.recognise.debris_names import debris_names
    from kg.rules import load_rules
    rules = load_rules()
    m = Mention("t.txt", 0, 5, 13, "星澜镇青禾山景区", "Place", "星澜镇青禾山景区", "head:景区")
    got = {(x.name, x.cls, x.start, x.end) for x in debris_names(rules, [m])}
    assert got == {("星澜镇", "Place", 5, 8), ("青禾山景区", "Place", 8, 13)}
    m = Mention("t.txt", 0, 0, 4, "至云岭镇", "Place", "至云岭镇", "head:镇")
    assert [(x.name, x.start) for x in debris_names(rules, [m])] == [("云岭镇", 1)]
