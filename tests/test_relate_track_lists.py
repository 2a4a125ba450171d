"""subTrackOf from lists of tracks in prose (kg/relate/segments.py), recognised and related
end to end: which track a list of segments belongs to."""
from __future__ import annotations

import pytest

from kg.link import link
from kg.lexicon import default_lexicon
from kg.model import RawDocument
from kg.normalise import to_document
from kg.relate import relate


def track_facts(recogniser, text: str, predicate: str = "subTrackOf") -> set[tuple[str, str]]:
    doc = to_document(RawDocument("d0.txt", "d0.txt", text, "utf-8"))
    ms = {doc.doc_id: recogniser.document_mentions(doc)}
    ents = link(ms[doc.doc_id], default_lexicon())
    return {(ents[r.subject].name, ents[r.object].name) for r in relate([doc], ms, ents)
            if r.predicate == predicate}


@pytest.mark.parametrize("text, want", [
    # a counted list of segments after a park's main industry: the main industry is their whole,
    # not the services listed after them
    ("墨川智造园位于云溪区。园区主导产业为精密制造，重点发展工业机器人、数控机床两个细分领域，"
     "配套发展现代物流、检验检测等服务业。",
     {("数控机床", "精密制造"), ("工业机器人", "精密制造")}),
    # (near miss: a track framed as a focus, 以T为核心, is no whole of the list; the paragraph's is)
    ("白露新区文化旅游产业加快发展。新区以生态旅游为核心，发展研学旅游和演艺娱乐两个细分领域。",
     {("研学旅游", "文旅"), ("演艺娱乐", "文旅")}),
])
def test_a_counted_list_of_segments_belongs_to_the_main_industry_before_it(recogniser, text, want):
    got = track_facts(recogniser, text)
    assert {f for f in got if f[0] in {w[0] for w in want}} == want, sorted(got)


@pytest.mark.parametrize("text, want", [
    # a list of tracks summed up by 等 and a track, no noun of firms after it: its segments
    ("白露新区以湖畔乡为重点发展光伏、储能等新能源产业。", {("光伏", "新能源"), ("储能", "新能源")}),
    ("云溪县大力发展光伏、储能等新能源，建成一批示范项目。", {("光伏", "新能源"), ("储能", "新能源")}),
    # (near miss: a class of industries sums up kinds, not segments)
    ("白露新区将布局量子信息、脑机接口等未来产业。", set()),
    # (near miss: no 等, two tracks side by side)
    ("白露新区大力发展光伏、储能和新能源汽车产业。", set()),
])
def test_tracks_summed_up_by_a_track_are_its_segments(recogniser, text, want):
    assert track_facts(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    # a chain said to be made of its links, counted: the links are the chain's segments
    ("云溪县储能产业链由电芯研制、白露温控、系统集成和梯次利用四个环节组成。",
     {("电芯研制", "储能"), ("白露温控", "储能"), ("系统集成", "储能"), ("梯次利用", "储能")}),
    # a track's business segments, counted as 业务板块
    ("白露区储能产业已形成电芯制造、系统集成和梯次利用三大业务板块。",
     {("电芯制造", "储能"), ("系统集成", "储能"), ("梯次利用", "储能")}),
    # (near misses: a zone made of its parks; parts of a building; a firm's business segments,
    # no track's)
    ("墨川经开区由星澜园、青禾园两个园区组成。", set()),
    ("该项目由主楼、裙楼两个部分组成。", set()),
    ("星澜集团已形成物业管理、酒店运营两大业务板块。", set()),
])
def test_the_counted_links_or_segments_a_track_is_made_of(recogniser, text, want):
    assert track_facts(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    # what a track is said to cover or support right after it: its segments, each clause its own
    # track's (not the last track of a list before them)
    ("星澜基金投向新能源汽车、生物医药两大产业，其中新能源汽车重点覆盖动力电池、电驱系统等环节，"
     "生物医药重点支持青禾制剂和墨川药械。",
     {("动力电池", "新能源汽车"), ("电驱系统", "新能源汽车"), ("青禾制剂", "生物医药"), ("墨川药械", "生物医药")}),
    # ... the kind of things of those segments after the list
    ("云溪县智能网联汽车领域重点支持整车热管理和智能座舱项目。",
     {("整车热管理", "智能网联汽车"), ("智能座舱", "智能网联汽车")}),
    # (near miss: no track says it supports them)
    ("星澜基金重点支持青禾科技和墨川股份。", set()),
])
def test_what_a_track_covers_or_supports_are_its_segments(recogniser, text, want):
    assert track_facts(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    # segments counted after the fields things are said to belong to, then all said to be parts
    # of a track after them
    ("两个项目分别属于青禾膜材和星澜涂层两个细分领域，均为新材料产业的关键环节。",
     {("青禾膜材", "新材料"), ("星澜涂层", "新材料")}),
    # (near miss: nothing said of a whole)
    ("两个项目分别属于青禾膜材和星澜涂层两个细分领域，均已投产。", set()),
])
def test_counted_segments_said_to_be_parts_of_a_track(recogniser, text, want):
    assert track_facts(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    # the key links a plan on a track would strengthen, uncounted: the point's track is their whole
    # (the last link a bare word no rule takes for a track: the list before it still is)
    ("1.壮大星澜电动车产业。以青禾基地为主要承载，做强整车、电池、电机、电控等关键环节。",
     {("整车", "星澜电动车"), ("电池", "星澜电动车"), ("电机", "星澜电动车")}),
    # (near miss: a procedure's steps are no links of a chain)
    ("1.壮大星澜电动车产业。做强审批、验收等关键环节。", set()),
])
def test_the_key_links_a_plan_strengthens_are_segments_of_its_track(recogniser, text, want):
    assert track_facts(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    # a firm said to lead the trade of the speaker's place is in it
    ("星澜公司作为我市青禾化工龙头企业，持续扩产。", {("星澜公司", "青禾化工")}),
    # (near miss: a standing, no trade)
    ("星澜公司作为我市重点龙头企业，持续扩产。", set()),
])
def test_a_firm_leading_a_trade_of_the_place_is_in_it(recogniser, text, want):
    assert track_facts(recogniser, text, "inTrack") == want


@pytest.mark.parametrize("text, want", [
    # a counted list of boards a track covers: members the dictionary holds as no word are tracks too
    ("墨川县特色林业产业加快发展，涵盖林菇、林蜂、林禽三大板块。",
     {("林菇", "特色林业"), ("林蜂", "特色林业"), ("林禽", "特色林业")}),
    # a list its noun calls the segments of the clause's track (等细分门类): no firms, whatever follows
    ("一是白露文化产业，木雕、竹编、陶艺等细分门类企业共5户，纳税意识较强。",
     {("木雕", "白露文化"), ("竹编", "白露文化"), ("陶艺", "白露文化")}),
    # a list covering a chain named after it (覆盖A、B的T全链条业态)
    ("园区已形成覆盖保洁托管、家政培训、母婴照料的家政服务全链条业态。",
     {("保洁托管", "家政服务"), ("家政培训", "家政服务"), ("母婴照料", "家政服务")}),
    # a list all said to belong to a track the place develops (均属于我县重点发展的T)
    ("山茶油加工、蜂蜜酿造和菌菇栽培均属于我县重点发展的山地经济，带动农户增收。",
     {("山茶油加工", "山地经济"), ("蜂蜜酿造", "山地经济"), ("菌菇栽培", "山地经济")}),
    # one track said to be a format of another (A作为T的细分业态)
    ("研学旅游作为乡村旅游的细分业态，逐步成为新的增长点。", {("研学旅游", "乡村旅游")}),
    # lists named inside a track (覆盖T中的A、B两个细分领域，以及T2中的C和D): each of the track before it
    ("各中心重点覆盖装备制造产业中的数控机床、精密刀具两个细分领域，以及新能源中的氢能和储能。",
     {("数控机床", "装备制造"), ("精密刀具", "装备制造"), ("氢能", "新能源"), ("储能", "新能源")}),
])
def test_segments_a_framed_list_names(recogniser, text, want):
    got = track_facts(recogniser, text)
    assert {f for f in got if f[0] in {w[0] for w in want}} == want, sorted(got)


@pytest.mark.parametrize("text, bad", [
    # (near miss: a predicate's words are no track: 是增速最快的细分领域)
    ("储能是全市近年来增速最快的细分领域。", "增速最快"),
    ("跨境结算是集团主攻的细分方向。", "集团主攻"),
    # (near miss: a list opening the sentence reports peers alike, its first item no whole of what follows)
    ("风电、光伏装机容量分别增长20%和30%，全市新能源装机容量达到200万千瓦。", "风电"),
])
def test_no_whole_from_a_predicate_or_a_list_of_peers(recogniser, text, bad):
    got = track_facts(recogniser, text)
    assert not any(bad in (s, o) for s, o in got), sorted(got)


def test_a_trade_named_as_a_cause_places_no_firm(recogniser):
    """受T市场下行影响，A等企业开工不足: the trade is the cause of the firms' trouble, not their trade."""
    got = track_facts(recogniser, "受房地产市场低迷影响，星澜建材有限公司等企业开工不足。", "inTrack")
    assert not any(o == "房地产" for _, o in got), sorted(got)


@pytest.mark.parametrize("text, want", [
    # a point naming a track alone in its clause, then the kinds of firms it counts: its segments
    ("纳税人主要集中在三个领域：一是云溪能源产业，风电和光伏企业共3户，星澜风电等纳税规模居前。",
     {("风电", "云溪能源"), ("光伏", "云溪能源")}),
    # (near miss: the clause counts the firms of no kinds, a point on other matters)
    ("一是园区建设加快，规上工业企业共69家，风电和光伏项目进展顺利。", set()),
])
def test_the_kinds_of_firms_counted_under_a_point_are_its_segments(recogniser, text, want):
    got = {f for f in track_facts(recogniser, text) if f[0] in ("风电", "光伏")}
    assert got == want, sorted(got)
