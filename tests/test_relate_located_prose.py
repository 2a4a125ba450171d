"""Where prose places things (kg/relate): a registered seat, a section's firms named after a
place, a leader firm whose suppliers land. Invented names."""
from __future__ import annotations

import pytest
from relate_helpers import documents, find_mentions, link_given, relate_on

from kg.model import Mention
from kg.relate import relate

E, P, L, PL, I = "Enterprise", "Project", "Place", "Platform", "Institution"
LOC = "locatedIn"


@pytest.mark.parametrize("text, want", [
    # a registered seat after the firm: the road, and the zone and district of its run
    ("改革后组建青禾城建集团有限公司，注册资本20亿元，注册地位于云溪区青禾经济开发区白鹭西路88号。",
     {("青禾城建集团有限公司", "白鹭西路"), ("青禾城建集团有限公司", "青禾经济开发区"), ("青禾城建集团有限公司", "云溪区")}),
    ("墨川生物成立于2019年，住所地为云溪区白鹭西路66号，主营莓茶。",
     {("墨川生物", "白鹭西路"), ("墨川生物", "云溪区")}),
    ("公司新设全资子公司墨川生物，注册地为青松县，主要生产电池结构件。", {("墨川生物", "青松县")}),
    # the word 公司 with 注册地为: the firm the paragraph is about
    ("星澜数字科技有限公司获得A轮融资。公司注册地为青松县。", {("星澜数字科技有限公司", "青松县")}),
    # (near misses: a seat word that is not the firm's; a registered seat said of a kind of firm)
    ("墨川生物成立于2019年，客户注册地多为青松县。", set()),
    ("注册地位于青松县的企业可以申报。墨川生物已申报。", set()),
])
def test_a_registered_seat_places_the_firm(text, want):
    things = {"青禾城建集团有限公司": E, "墨川生物": E, "星澜数字科技有限公司": E, "云溪区": L,
              "青禾经济开发区": PL, "白鹭西路": L, "青松县": L, "星海市": L}
    r = relate_on(things, ("星海市企业动态", "星海市企业动态\n" + text))
    firms = {k for k, v in things.items() if v == E}
    assert {(f[0], f[2]) for f in r.facts(LOC) if f[0] in firms and f[2] != "星海市"} == want


def _with_nested(things: dict[str, str], text: str, nested: dict[str, str]):
    """relate_on, with the places ``nested`` ({place: the name it opens}) also found inside those names."""
    docs = documents(("白沙市示范镇名单", "白沙市示范镇名单\n" + text))
    d = docs[0]
    ms = []
    for s in d.sentences:
        got = find_mentions(d.doc_id, s.index, s.text, things)
        for place, name in nested.items():
            at = s.text.find(name)
            if at >= 0:
                got.append(Mention(d.doc_id, s.index, at, at + len(place), place, L, place, "given", role="name"))
        ms += sorted(got, key=lambda m: (m.start, -m.end))
    entities = link_given(ms)
    rels = relate(docs, {d.doc_id: ms}, entities, None)
    return {(entities[r.subject].name, entities[r.object].name) for r in rels
            if r.predicate == LOC and r.rule == "section-place"}


@pytest.mark.parametrize("text, want", [
    # a section headed by a town: the firms its sentence names lie there, even one named after the
    # county (the place inside a firm's name is no other place the sentence names)
    ("一、云溪县白露镇（主导产品：茶叶）\n镇内有星澜茶业有限公司和云溪县白露镇墨川茶叶专业合作社。",
     {("星澜茶业有限公司", "白露镇"), ("云溪县白露镇墨川茶叶专业合作社", "白露镇")}),
    # (near misses: a place the sentence names on its own places its things there, or elsewhere;
    # a body named after a place signs off after the sections, it is not the section's)
    ("一、云溪县白露镇（主导产品：茶叶）\n星澜茶业有限公司在青松县设立分厂。", set()),
    ("一、云溪县白露镇（主导产品：茶叶）\n星澜茶业有限公司带动农户300户。\n白沙市农业农村局",
     {("星澜茶业有限公司", "白露镇")}),
])
def test_a_sections_firms_named_after_a_place(text, want):
    things = {"云溪县": L, "白露镇": L, "青松县": L, "星澜茶业有限公司": E,
              "云溪县白露镇墨川茶叶专业合作社": E, "白沙市农业农村局": I}
    nested = {"云溪县": "云溪县白露镇墨川", "白沙市": "白沙市农业农村局"}
    assert _with_nested(things, text, nested) == want


@pytest.mark.parametrize("text, want", [
    # leader firms whose suppliers the zone gathers do not land themselves
    ("推动星澜科技、墨川电池等链主企业的上游配套供应商来经开区集聚。", set()),
    ("推动墨川电池的上游供应商来经开区集聚。", set()),
    # (near miss: the firms themselves gathered)
    ("推动星澜科技、墨川电池等龙头企业来经开区集聚。", {"星澜科技", "墨川电池"}),
])
def test_leaders_whose_suppliers_land(text, want):
    things = {"星澜科技": E, "墨川电池": E, "青禾经济技术开发区": PL}
    r = relate_on(things, ("青禾经济技术开发区工作要点", "青禾经济技术开发区工作要点\n" + text),
                  aliases={"经开区": "青禾经济技术开发区"})
    assert {f[0] for f in r.facts(LOC) if f[2] == "青禾经济技术开发区"} == want


@pytest.mark.parametrize("text, want", [
    # an item on a firm: the clauses that open on moving in say where it moved, a block of a park too
    ("3. 墨川数据科技有限公司。2023年入驻青禾众创空间，该空间位于星澜数字经济产业园内。企业获白露基金投资，"
     "毕业后迁入星澜数字经济产业园B座独立办公。",
     {("墨川数据科技有限公司", "青禾众创空间"), ("墨川数据科技有限公司", "星澜数字经济产业园")}),
    ("4. 白露基金。2021年入驻青禾众创空间，规模2亿元。", {("白露基金", "青禾众创空间")}),
    # (near misses: a count of firms moved in, no place; a project's item, not a firm's)
    ("3. 墨川数据科技有限公司。入驻企业达到120家。", set()),
    ("3. 墨川数据中心项目。2023年入驻青禾众创空间的团队有5个。", set()),
])
def test_an_items_firm_moves_in(text, want):
    things = {"墨川数据科技有限公司": E, "青禾众创空间": PL, "星澜数字经济产业园": PL, "白露基金": I,
              "墨川数据中心项目": P}
    r = relate_on(things, ("孵化器年度毕业企业名单", text))
    assert {(f[0], f[2]) for f in r.facts(LOC) if f[3] == "located-topic-moved-in"} == want


@pytest.mark.parametrize("text, want", [
    # words said of the place between the verb and the place (its side of a zone, the zone it lies
    # inside, 位于…的): the thing lies in the place the words lead to
    ("青禾电池项目、墨川电机项目同步开工，两个项目均位于高新区东部的星澜装备产业园。",
     {("青禾电池项目", "星澜装备产业园"), ("墨川电机项目", "星澜装备产业园")}),
    ("白露米业集团有限公司成立于2011年，总部位于云溪经济开发区内的星澜粮油产业园，主营米面制品。",
     {("白露米业集团有限公司", "星澜粮油产业园")}),
    ("白露米业集团有限公司迁入新址，公司总部位于墨川大道沿线的星澜粮油产业园。",
     {("白露米业集团有限公司", "星澜粮油产业园")}),
    ("墨川家居有限公司入驻青年产业园内的星澜家居产业园，主营定制柜体。",
     {("墨川家居有限公司", "星澜家居产业园")}),
    ("墨川家居有限公司为白露集团全资子公司，位于云溪县北部的星澜家居产业园。",
     {("墨川家居有限公司", "星澜家居产业园")}),
    # (near misses: what follows 的 is no place, or a firm: the place before it, or none)
    ("墨川家居有限公司入驻云溪经济开发区的第二年，产值翻番。", {("墨川家居有限公司", "云溪经济开发区")}),
    ("墨川家居有限公司看好青年产业园内的星澜家居产业园，主营定制柜体。", set()),
    ("青禾电池项目开工，该项目位于云溪县的墨川家居有限公司厂区内。",
     {("青禾电池项目", "云溪县"), ("墨川家居有限公司", "云溪县")}),
])
def test_words_on_the_way_to_the_place(text, want):
    things = {"青禾电池项目": P, "墨川电机项目": P, "星澜装备产业园": PL, "白露米业集团有限公司": E,
              "云溪经济开发区": PL, "星澜粮油产业园": PL, "墨川大道": L, "墨川家居有限公司": E,
              "青年产业园": PL, "星澜家居产业园": PL, "白露集团": E, "云溪县": L, "白沙县": L}
    r = relate_on(things, ("星海市园区动态", "星海市园区动态\n" + text))
    subjects = {k for k, v in things.items() if v in (E, P)}
    assert {(f[0], f[2]) for f in r.facts(LOC) if f[0] in subjects and f[2] != "星海市"} == want


@pytest.mark.parametrize("text, want", [
    # 项目 after projects just named, built where 在 says
    ("青禾锂电池项目、墨川铜箔项目同步签约，两个项目均在星澜新材料产业园建设，总投资20亿元。",
     {("青禾锂电池项目", "星澜新材料产业园"), ("墨川铜箔项目", "星澜新材料产业园")}),
    ("（三）青禾锂电池项目。项目拟在星澜新材料产业园内建设，总投资8亿元。",
     {("青禾锂电池项目", "星澜新材料产业园")}),
    ("（三）青禾锂电池项目。项目在白露镇实施，总投资8亿元。", {("青禾锂电池项目", "白露镇")}),
    # (near misses: beside the park; a firm's act, not the project's; built by a firm there: not this rule's)
    ("（三）青禾锂电池项目。项目在星澜新材料产业园西侧建设。", set()),
    ("青禾锂电池项目已投产，项目在星澜新材料产业园的带动下增产。", set()),
])
def test_projects_just_named_built_there(text, want):
    things = {"青禾锂电池项目": P, "墨川铜箔项目": P, "星澜新材料产业园": PL, "白露镇": L}
    r = relate_on(things, ("星海市项目动态", "星海市项目动态\n" + text))
    assert {(f[0], f[2]) for f in r.facts(LOC) if f[0] in ("青禾锂电池项目", "墨川铜箔项目")
            and f[2] != "星海市"} == want


@pytest.mark.parametrize("text, want", [
    # the firms named as members of a park's count of entrants (其中, 像, a clause on its share, then 引进了)
    ("星澜软件园新增入驻企业146家，其中青禾微电子、墨川数科入选省级专精特新企业。",
     {("青禾微电子", "星澜软件园"), ("墨川数科", "星澜软件园")}),
    ("星澜软件园现已入驻深加工企业23家，像青禾微电子、墨川数科都是配套企业。",
     {("青禾微电子", "星澜软件园"), ("墨川数科", "星澜软件园")}),
    ("星澜软件园累计入驻企业和机构416家，其中数字经济类企业占比超过六成，引进了青禾微电子、墨川数科等一批企业。",
     {("青禾微电子", "星澜软件园"), ("墨川数科", "星澜软件园")}),
    ("星澜软件园新入驻电子信息企业15户，其中青禾微电子入选省级专精特新企业名单。", {("青禾微电子", "星澜软件园")}),
    # (near misses: no count of entrants; a firm said of on its own; the firms a clause on the count helps)
    ("星澜软件园新增企业146家，其中青禾微电子入选省级专精特新企业。", set()),
    ("星澜软件园新增入驻企业146家，青禾微电子正在洽谈入驻。", set()),
    ("星澜软件园新增入驻企业146家，产值增长两成，带动青禾微电子订单增长三成。", set()),
])
def test_firms_of_a_parks_count_of_entrants(text, want):
    things = {"星澜软件园": PL, "青禾微电子": E, "墨川数科": E}
    r = relate_on(things, ("星海市园区动态", "星海市园区动态\n" + text))
    firms = {k for k, v in things.items() if v == E}
    assert {(f[0], f[2]) for f in r.facts(LOC) if f[0] in firms and f[2] != "星海市"} == want


@pytest.mark.parametrize("text, want", [
    # the district's project lands in it; its contractor or supervisor, named by its role, does not
    ("青禾大道改造工程开工建设，施工单位为星澜路桥集团有限公司。", {"青禾大道改造工程"}),
    ("青禾污水处理厂扩建工程竣工，监理单位：墨川工程咨询有限公司。", {"青禾污水处理厂扩建工程"}),
    ("星澜路桥集团有限公司承建的青禾污水处理厂扩建工程竣工。", {"青禾污水处理厂扩建工程"}),
    # (near misses: a firm that lands, in a sentence a contractor's word is in; a firm the district brings in)
    ("施工单位进场后，星澜路桥集团有限公司签约落户。", {"星澜路桥集团有限公司"}),
    ("今年引进墨川工程咨询有限公司等企业。", {"墨川工程咨询有限公司"}),
])
def test_a_contractor_builds_for_the_district(text, want):
    things = {"青禾大道改造工程": P, "青禾污水处理厂扩建工程": P, "星澜路桥集团有限公司": E,
              "墨川工程咨询有限公司": E, "星海市": L}
    r = relate_on(things, ("星海市项目动态", "星海市项目动态\n" + text))
    assert {f[0] for f in r.facts(LOC) if f[2] == "星海市"} == want
