"""kg.relate on tiny hand-made documents with invented names.

Each document goes through the real stages (normalise -> recognise -> link
-> relate), so a test fails if any stage stops giving the relation. For
every sentence-based rule the evidence sentence must name both ends.
"""
from __future__ import annotations


import pytest
from kg.lexicon import default_lexicon
from kg.link import link
from kg.relate.patterns import default_matcher
from kg.model import RawDocument
from kg.normalise import to_document
from kg.relate import relate

# rules whose evidence sentence names both the subject and the object (the others:
# the subject only)
SENTENCE_RULES = {"owner-prefix", "owner-frame", "enumeration-track", "sentence-track",
                  "track-list-sub", "located-after",
                  "located-adjacent", "located-of", "located-phase", "located-respective", "part-adjacent",
                  "part-platform", "clause-track", "part-include"} | {
    p.name for p in default_matcher().patterns
    if not any(e.startswith("@") for e in (*p.ends(p.subject), *p.ends(p.object)))}


class Built:
    def __init__(self, docs, mentions, entities, relations):
        self.docs = {d.doc_id: d for d in docs}
        self.mentions = mentions
        self.entities = entities
        self.relations = relations

    def triples(self, predicate=None):
        return {(r.subject, r.predicate, r.object) for r in self.relations
                if predicate is None or r.predicate == predicate}

    def rel(self, s, p, o):
        found = [r for r in self.relations if (r.subject, r.predicate, r.object) == (s, p, o)]
        assert found, f"no {s} {p} {o} in {sorted(self.triples())}"
        return found[0]


def build(recogniser, *texts):
    """Documents d0.txt, d1.txt … from ``texts``, through every stage to relations."""
    docs = [to_document(RawDocument(f"d{i}.txt", f"d{i}.txt", t, "utf-8")) for i, t in enumerate(texts)]
    mentions = {d.doc_id: recogniser.document_mentions(d) for d in docs}
    flat = [m for d in docs for m in mentions[d.doc_id]]
    entities = link(flat, default_lexicon())
    relations = relate(docs, mentions, entities)
    b = Built(docs, mentions, entities, relations)
    check_evidence(b)
    return b


def surfaces(b, key):
    e = b.entities[key]
    return {e.name, *e.aliases, *(m.surface for m in e.mentions)}


def check_evidence(b):
    """Every relation cites a sentence of its document naming its subject; sentence rules name both ends."""
    for r in b.relations:
        assert r.subject in b.entities and r.object in b.entities, r
        doc = b.docs[r.doc_id]
        assert 0 <= r.sentence < len(doc.sentences), r
        assert doc.sentences[r.sentence].index == r.sentence
        assert 0 < r.confidence <= 1
        text = doc.sentences[r.sentence].text
        for end in ((r.subject, r.object) if r.rule in SENTENCE_RULES else (r.subject,)):
            assert any(s in text for s in surfaces(b, end)), (r, text)


# -- inTrack ---------------------------------------------------------------------------

def test_enumerated_firms_are_in_the_track_of_the_noun_phrase(recogniser):
    b = build(recogniser, "持续放大星澜科技、墨川网络、蓝帆电竞等电竞文娱龙头企业产业链带动效应。")
    for firm in ("星澜科技", "墨川网络", "蓝帆电竞"):
        b.rel(f"Enterprise/{firm}", "inTrack", "IndustryTrack/电竞文娱")
    assert b.triples() == {(f"Enterprise/{f}", "inTrack", "IndustryTrack/电竞文娱")
                           for f in ("星澜科技", "墨川网络", "蓝帆电竞")}


def test_an_answer_speaks_of_the_track_its_question_names_out_of_context(recogniser):
    # (光伏 alone, with no 产业 after it, is no mention in the question: the document names it)
    b = build(recogniser, "本区光伏产业规模扩大。\n问（墨川日报记者）：光伏是本区的头号产业，能否介绍一下进展？\n"
                          "答：好的。星澜光能、墨川硅业等企业持续扩产。")
    for firm in ("星澜光能", "墨川硅业"):
        assert b.rel(f"Enterprise/{firm}", "inTrack", "IndustryTrack/光伏").rule == "paragraph-track"


def test_enumeration_track_beats_the_sentence_topic(recogniser):
    b = build(recogniser, "围绕数字经济，集聚星澜科技、墨川网络等生命健康龙头企业。")
    for firm in ("星澜科技", "墨川网络"):
        assert b.rel(f"Enterprise/{firm}", "inTrack", "IndustryTrack/生命健康").rule == "enumeration-track"
        assert (f"Enterprise/{firm}", "inTrack", "IndustryTrack/数字经济") not in b.triples()
    assert ("IndustryTrack/生命健康", "subTrackOf", "IndustryTrack/数字经济") not in b.triples()


def test_paragraph_opening_on_a_track_governs_the_next_sentence(recogniser):
    b = build(recogniser, "智能网联产业蓬勃发展。引进星澜科技、墨川网络等龙头企业。\n第二段引进蓝帆电竞、青禾网络等龙头企业。")
    for firm in ("星澜科技", "墨川网络"):
        r = b.rel(f"Enterprise/{firm}", "inTrack", "IndustryTrack/智能网联")
        assert (r.rule, r.sentence) == ("paragraph-track", 1)
    # a new paragraph is not governed by the last one's track
    assert not [t for t in b.triples("inTrack") if t[0] in ("Enterprise/蓝帆电竞", "Enterprise/青禾网络")]


def test_a_topic_track_governs_the_next_sentence_but_not_a_track_in_another_clause(recogniser):
    b = build(recogniser, "商贸金融产业优势巩固，星澜中心通过验收。"
                          "锦程医药华东研发总部、墨川网络科技园正式开业，医美产业大会发布政策体系。")
    for x in ("Project/锦程医药华东研发总部", "Platform/墨川网络科技园"):
        assert b.rel(x, "inTrack", "IndustryTrack/商贸金融").rule == "paragraph-track"
        assert (x, "inTrack", "IndustryTrack/医美") not in b.triples()
    # the owner named in a project's name is not placed in the paragraph's track
    assert ("Enterprise/锦程医药", "inTrack", "IndustryTrack/商贸金融") not in b.triples()
    assert ("IndustryTrack/医美", "subTrackOf", "IndustryTrack/商贸金融") not in b.triples()


def test_a_track_that_does_not_open_its_sentence_governs_no_later_sentence(recogniser):
    # a statistic (全年…产业投资增长) and an aim (全力打造…新高地) do not open a paragraph on a track
    for first in ("全年生命健康产业投资增长11%。", "全力打造生命健康产业新高地。"):
        b = build(recogniser, first + "新能车加快升级，加快星澜科技锂电池产研基地建设，引进墨川网络等龙头企业。")
        assert not b.triples("inTrack"), first


def test_an_enumeration_of_a_track_under_a_topic_track(recogniser):
    b = build(recogniser, "电竞文娱产业快速成长，引进星澜科技、墨川网络等知名电竞企业。")
    for firm in ("星澜科技", "墨川网络"):
        assert b.rel(f"Enterprise/{firm}", "inTrack", "IndustryTrack/电竞").rule == "enumeration-track"
        assert b.rel(f"Enterprise/{firm}", "inTrack", "IndustryTrack/电竞文娱").rule == "sentence-track"
    assert b.rel("IndustryTrack/电竞", "subTrackOf", "IndustryTrack/电竞文娱").rule == "head-sub"


def test_a_list_under_a_sector_that_is_not_a_track(recogniser):
    b = build(recogniser, "上城区引进企业。数字经济核心产业增长，星澜科技、墨川网络等制造业企业加快推进数字化改造。")
    assert not b.triples("inTrack")
    # a firm that speeds up its own upgrade has not landed in the district
    assert not b.triples("locatedIn")


def test_a_thing_takes_the_tracks_listed_in_the_next_clause(recogniser):
    b = build(recogniser, "打造云栖星辰数智未来城，重点发展数字经济、智能制造。")
    assert b.triples("inTrack") == {("Platform/云栖星辰数智未来城", "inTrack", f"IndustryTrack/{t}")
                                    for t in ("数字经济", "智能制造")}


# -- subTrackOf --------------------------------------------------------------------------

def test_sub_tracks_listed_as_segments_of_a_named_track(recogniser):
    b = build(recogniser, "紧盯柔性传感、低空飞行、类脑芯片三大细分赛道，加快构建生命健康产业链。")
    want = {(f"IndustryTrack/{t}", "subTrackOf", "IndustryTrack/生命健康") for t in ("柔性传感", "低空飞行", "类脑芯片")}
    assert b.triples() == want
    assert {r.rule for r in b.relations} == {"track-list-sub"}


def test_tracks_listed_before_the_track_they_are_of(recogniser):
    # A、B、C等T企业: the recogniser's head of the list is the whole of its tracks
    b = build(recogniser, "青禾园拟招引电子元器件、新型显示、智能终端等电子信息企业。")
    want = {(f"IndustryTrack/{t}", "subTrackOf", "IndustryTrack/电子信息") for t in ("新型显示", "智能终端", "电子元器件")}
    assert want <= b.triples("subTrackOf")


def test_sub_tracks_of_an_invented_track(recogniser):
    b = build(recogniser, "紧盯柔性传感、低空飞行、类脑芯片三大细分赛道，加快构建智能网联产业链。")
    assert b.triples() == {(f"IndustryTrack/{t}", "subTrackOf", "IndustryTrack/智能网联")
                           for t in ("柔性传感", "低空飞行", "类脑芯片")}


def test_a_tracks_focus_ending_its_sentence_names_its_segments(recogniser):
    # T产业链以A、B两大板块为核心。: what the track opening the sentence is built on
    b = build(recogniser, "星材部件产业链以柔性基膜、温控器件两大板块为核心。")
    assert {(f"IndustryTrack/{t}", "subTrackOf", "IndustryTrack/星材部件") for t in ("柔性基膜", "温控器件")} \
        <= b.triples("subTrackOf")


def test_a_counted_list_of_directions_names_segments_of_the_track_before(recogniser):
    # T是…，重点发展A、B和C三个细分方向: the count vouches for every item (江米|糕点 too)
    b = build(recogniser, "星材部件产业是青禾区重点培育的产业，我们重点发展柔性基膜、温控器件和江米糕点三个细分方向。")
    assert {(f"IndustryTrack/{t}", "subTrackOf", "IndustryTrack/星材部件") for t in ("柔性基膜", "温控器件", "江米糕点")} \
        <= b.triples("subTrackOf")


def test_a_paragraph_track_does_not_adopt_other_tracks(recogniser):
    b = build(recogniser, "生命健康产业蓬勃发展，集聚星澜科技、墨川网络等龙头企业。"
                          "全力推进青禾基地建设，电竞文娱产业增加值增长10%以上。")
    assert ("IndustryTrack/电竞文娱", "subTrackOf", "IndustryTrack/生命健康") not in b.triples()


def test_head_track_of_a_sentence_adopts_the_tracks_after_it(recogniser):
    b = build(recogniser, "生命健康产业方面，重点发展柔性传感产业和类脑芯片产业。")
    for t in ("柔性传感", "类脑芯片"):
        r = b.rel(f"IndustryTrack/{t}", "subTrackOf", "IndustryTrack/生命健康")
        assert (r.rule, r.sentence) == ("head-sub", 0)


# -- ownedBy ---------------------------------------------------------------------------

def test_owned_by_the_owner_named_at_the_start(recogniser):
    b = build(recogniser, "今年将开工锦程医药华东研发总部。")
    r = b.rel("Project/锦程医药华东研发总部", "ownedBy", "Enterprise/锦程医药")
    assert (r.rule, r.doc_id, r.sentence) == ("owner-prefix", "d0.txt", 0)


def test_owned_by_inside_an_enumeration(recogniser):
    b = build(recogniser, "开工锦程医药华东研发总部、青禾智算中心等8个重点项目。")
    assert b.rel("Project/锦程医药华东研发总部", "ownedBy", "Enterprise/锦程医药").rule == "owner-prefix"
    assert not [t for t in b.triples("ownedBy") if t[0] == "Project/青禾智算中心"]


def test_owner_named_in_another_document(recogniser):
    # (a name whose last word is no head: 智造基地 now ends in the site head 基地, whose
    # own owner rule finds the brand in the sentence)
    b = build(recogniser, "引进锦程医药、墨川网络等龙头企业。",
              "推进锦程医药创新药物中试线等重点项目。")
    # no owner inside the name's own sentence: the firm named in d0 is recognised in d1's name
    r = b.rel("Project/锦程医药创新药物中试线", "ownedBy", "Enterprise/锦程医药")
    assert (r.rule, r.doc_id, r.sentence) == ("owner-name", "d1.txt", 0)


@pytest.mark.parametrize("name, owned", [
    # a firm's name right before 产业 ([brand] owner_not_before) names the park's industry
    ("墨川轴承产业园", False),
    ("墨川轴承产业合作园", False),
    ("墨川轴承华东基地", True),      # (the control: the firm's site)
])
def test_no_owner_name_before_the_word_for_industry(recogniser, name, owned):
    b = build(recogniser, "引进墨川轴承、锦程医药等龙头企业。", f"谋划建设{name}。")
    assert any(s.endswith("/" + name) and p == "ownedBy" and o == "Enterprise/墨川轴承"
               for s, p, o in b.triples()) == owned


# -- locatedIn -------------------------------------------------------------------------

def test_located_by_landing_verb(recogniser):
    b = build(recogniser, "星澜科技落地云栖星辰生命科学产业园。")
    r = b.rel("Enterprise/星澜科技", "locatedIn", "Platform/云栖星辰生命科学产业园")
    assert (r.rule, r.sentence) == ("located-verb-list", 0)


def test_located_by_weizhi(recogniser):
    b = build(recogniser, "墨川网络华东总部位于云栖星辰生命科学产业园。")
    assert b.rel("Project/墨川网络华东总部", "locatedIn",
                 "Platform/云栖星辰生命科学产业园").rule == "located-verb-list"
    assert b.rel("Project/墨川网络华东总部", "ownedBy", "Enterprise/墨川网络").rule == "owner-prefix"
    # the owner is not located by the verb that follows the project's name
    assert ("Enterprise/墨川网络", "locatedIn", "Platform/云栖星辰生命科学产业园") not in b.triples()


def test_located_in_a_commercial_district_by_verb(recogniser):
    b = build(recogniser, "墨川网络华东总部位于青禾商圈。")
    assert b.rel("Project/墨川网络华东总部", "locatedIn",
                 "CommercialDistrict/青禾商圈").rule == "located-verb-list"


def test_located_of_a_commercial_district(recogniser):
    b = build(recogniser, "青禾步行街的星澜中心开业。")
    r = b.rel("Project/星澜中心", "locatedIn", "CommercialDistrict/青禾步行街")
    assert (r.rule, r.sentence) == ("located-of", 0)


def test_a_phase_lies_in_what_it_extends(recogniser):
    # the second phase of a commercial street, named in another document than the street
    b = build(recogniser, "打造青禾步行街。", "青禾步行街二期亮相。")
    r = b.rel("Project/青禾步行街二期", "locatedIn", "CommercialDistrict/青禾步行街")
    assert (r.rule, r.doc_id, r.sentence) == ("located-phase", "d1.txt", 0)
    b = build(recogniser, "云栖广场二期进一步凸显。推动云栖广场交通联结。")
    assert b.rel("Project/云栖广场二期", "locatedIn", "Place/云栖广场").rule == "located-phase"


def test_a_first_phase_is_the_whole_not_in_it(recogniser):
    # the first phase of a park is the park being built (its alias, kg/recognise/variants.py):
    # no relation of the one to the other
    b = build(recogniser, "打造墨川光电显示产业园。", "墨川光电显示产业园一期顺利完工。")
    assert "Project/墨川光电显示产业园一期" in b.entities
    assert not [t for t in b.triples("locatedIn") if "墨川光电显示产业园一期" in t[0]]


def test_no_phase_without_the_whole(recogniser):
    b = build(recogniser, "青禾步行街二期亮相。")
    assert not b.triples("locatedIn")


DISTRICT_DOC = ("上城区地处城市东部。今年上城区经济稳步增长。\n"
                "上城区引进星澜科技、墨川网络等龙头企业。\n"
                "蓝帆电竞、青禾网络等龙头企业营收增长。")


def test_district_act_places_things_in_the_documents_district(recogniser):
    b = build(recogniser, DISTRICT_DOC)
    for firm in ("星澜科技", "墨川网络"):
        r = b.rel(f"Enterprise/{firm}", "locatedIn", "Place/上城区")
        assert (r.rule, r.sentence) == ("district-act", 2)
    # merely mentioned (营收增长), not landed: no location
    assert not [t for t in b.triples("locatedIn") if t[0] in ("Enterprise/蓝帆电竞", "Enterprise/青禾网络")]


def test_district_act_without_naming_the_district_in_the_sentence(recogniser):
    b = build(recogniser, DISTRICT_DOC + "\n今年引进锦程医药、白露科技等龙头企业。")
    r = b.rel("Enterprise/锦程医药", "locatedIn", "Place/上城区")
    assert (r.rule, r.sentence) == ("district-act", 4)


def test_a_community_is_not_the_documents_district(recogniser):
    b = build(recogniser, "吉泰社区开展活动。吉泰社区居民参加。吉泰社区环境提升。\n"
                          "上城区引进星澜科技、墨川网络等龙头企业。")
    assert b.rel("Enterprise/星澜科技", "locatedIn", "Place/上城区").rule == "district-act"
    assert not [t for t in b.triples("locatedIn") if t[2] == "Place/吉泰社区"]


def test_district_act_with_an_invented_district(recogniser):
    b = build(recogniser, "西溪区地处城市西部。今年西溪区经济稳步增长。\n西溪区引进星澜科技、墨川网络等龙头企业。")
    for firm in ("星澜科技", "墨川网络"):
        assert b.rel(f"Enterprise/{firm}", "locatedIn", "Place/西溪区").rule == "district-act"


@pytest.mark.parametrize("sentence, thing", [
    ("星澜产业园提升工程、墨川新城综合开发等项目顺利推进。", "Project/星澜产业园提升工程"),
    ("重点推进星澜科技云溪储能研发基地前期工作。", "Project/星澜科技云溪储能研发基地"),
    ("云溪物流园完成投资12亿元。", "Platform/云溪物流园"),
    ("全区布局星澜轨道交通城、墨川科技新城两大平台。", "Platform/星澜轨道交通城"),
])
def test_the_district_advancing_a_project_places_it(recogniser, sentence, thing):
    # progress words that place a project or platform only (kg/data/relations.toml [district] project_acts)
    b = build(recogniser, "西溪区地处城市西部。今年西溪区经济稳步增长。\n" + sentence)
    assert b.rel(thing, "locatedIn", "Place/西溪区").rule == "district-act"
    # (the district lays out its platforms: it does not lie in them)
    assert ("Place/西溪区", "locatedIn", thing) not in b.triples()


def test_what_the_district_strives_to_bring_in_has_not_landed(recogniser):
    b = build(recogniser, "西溪区地处城市西部。今年西溪区经济稳步增长。\n"
                          "云溪产业园加快提升配套，力争今年引进星澜科技、墨川网络等头部企业。"
                          "全年引进白露科技等龙头企业。")
    assert b.rel("Enterprise/白露科技", "locatedIn", "Place/西溪区").rule == "district-act"
    assert not [t for t in b.triples("locatedIn") if t[0] in ("Enterprise/星澜科技", "Enterprise/墨川网络")]


@pytest.mark.parametrize("sentence, placed", [
    # the contractor or supervisor a project's role label names works on what lands: it does not land
    ("西溪路改造工程建设单位为星澜城投有限公司，施工单位为墨川路桥有限公司，于今年开工。", False),
    ("西溪路改造工程于今年开工，施工单位、监理单位分别为墨川路桥有限公司和白露咨询有限公司。", False),
    # (near miss: a firm the district brings in, no role label before it)
    ("西溪区今年引进墨川路桥有限公司，于今年开工。", True),
])
def test_a_contractor_named_by_its_role_is_not_placed(recogniser, sentence, placed):
    b = build(recogniser, "西溪区地处城市西部。今年西溪区经济稳步增长。\n" + sentence)
    got = [t for t in b.triples("locatedIn") if t[0] == "Enterprise/墨川路桥有限公司"]
    assert bool(got) is placed, got


def test_located_of_a_town_governing_it(recogniser):
    # (辖内的: within the area the street or town governs)
    b = build(recogniser, "青禾街道辖内的星澜步行街完成改造。")
    r = b.rel("CommercialDistrict/星澜步行街", "locatedIn", "Place/青禾街道")
    assert r.rule == "located-of"


def test_a_firm_advancing_its_own_work_is_not_placed(recogniser):
    b = build(recogniser, "西溪区地处城市西部。今年西溪区经济稳步增长。\n星澜科技推进数字化改造，墨川网络在海外布局。")
    assert not b.triples("locatedIn")


def test_an_act_inside_a_name_is_not_an_act(recogniser):
    # 集聚 in 青禾金融集聚区 does not gather anything; 整合提升 is not one of the acts
    b = build(recogniser, "上城区引进企业。推动星澜中心、青禾金融集聚区等金融平台整合提升。")
    assert not b.triples("locatedIn")


def test_the_owner_in_an_ownership_frame_is_not_introduced(recogniser):
    b = build(recogniser, "上城区引进企业。上城区引进青禾集团控股企业—星澜电竞全国教育总部。")
    assert b.rel("Project/星澜电竞全国教育总部", "locatedIn", "Place/上城区").rule == "district-act"
    # the 控股企业 is the firm the project is named after, which the project belongs to
    assert b.rel("Enterprise/星澜电竞", "ownedBy", "Enterprise/青禾集团").rule == "owner-frame"
    assert b.rel("Project/星澜电竞全国教育总部", "ownedBy", "Enterprise/星澜电竞").rule == "owner-prefix"
    assert ("Project/星澜电竞全国教育总部", "ownedBy", "Enterprise/青禾集团") not in b.triples()
    assert ("Enterprise/青禾集团", "locatedIn", "Place/上城区") not in b.triples()


# -- partOf ----------------------------------------------------------------------------

def test_community_part_of_the_street_before_it(recogniser):
    b = build(recogniser, "祥符街道吉如社区开展邻里活动。")
    r = b.rel("Place/吉如社区", "partOf", "Place/祥符街道")
    assert (r.rule, r.sentence) == ("part-adjacent", 0)


@pytest.mark.parametrize("text, part, whole", [
    # a new area read as a zone right after its county or city is a part of it, as a town is
    ("星澜项目位于兴业县云溪新区。", "云溪新区", "Place/兴业县"),
    ("星澜项目位于平安区白露新区，总投资5亿元。", "白露新区", "Place/平安区"),
])
def test_a_new_area_after_its_county_is_part_of_it(recogniser, text, part, whole):
    b = build(recogniser, text)
    key = next(k for k in b.entities if b.entities[k].name == part)
    assert b.rel(key, "partOf", whole).rule == "part-adjacent"
    assert (key, "locatedIn", whole) not in b.triples()
    assert (whole, "locatedIn", key) not in b.triples()


def test_a_park_after_its_county_is_not_its_part(recogniser):
    # near miss: a park right after its county lies in it, no part of it
    b = build(recogniser, "星澜项目位于兴业县云溪产业园。")
    assert not b.triples("partOf")


def test_a_city_after_its_country_is_part_of_it(recogniser):
    b = build(recogniser, "星澜物流与德国斯图加特的枢纽联动。")
    assert b.rel("Place/斯图加特", "partOf", "Place/德国").rule == "part-adjacent"


@pytest.mark.parametrize("text, city, country", [
    # a city the lexicon lists right after its country (kg/recognise/country_cities.py)
    ("星澜珠宝在泰国曼谷开设展示中心。", "曼谷", "泰国"),
    # a word jieba tags no place, before a verb that sites a works abroad
    ("星澜电子在越南海防建设模组工厂。", "海防", "越南"),
    # a table cell naming the country and its city by a space
    ("1｜星澜电子｜越南 海防｜48", "海防", "越南"),
])
def test_a_city_after_its_country_by_any_word_is_part_of_it(recogniser, text, city, country):
    b = build(recogniser, text)
    assert b.rel(f"Place/{city}", "partOf", f"Place/{country}").rule == "part-adjacent"


@pytest.mark.parametrize("text", [
    # near misses: a verb, a common word after the country: no city of it
    "星澜电子在越南投资建设模组工厂。",
    "星澜电子在越南市场设立办事处。",
    "星澜电子在越南新建模组工厂。",
    "星澜电子在越南境内建设模组工厂。",
])
def test_no_city_after_a_country_before_a_siting_verb(recogniser, text):
    b = build(recogniser, text)
    assert not b.triples("partOf")
    assert [e.name for e in b.entities.values() if e.cls == "Place"] == ["越南"]


def test_an_area_of_the_home_zone_is_part_of_it(recogniser):
    b = build(recogniser, "青禾经济技术开发区2025年工作报告\n星澜汽车工厂位于经开区路西区，年内投产。")
    home = next(k for k in b.entities if b.entities[k].name == "青禾经济技术开发区")
    assert b.rel("Place/经开区路西区", "partOf", home).rule == "part-name"


def test_community_part_of_an_invented_street(recogniser):
    b = build(recogniser, "吉泰街道吉如社区开展邻里活动。")
    assert b.rel("Place/吉如社区", "partOf", "Place/吉泰街道").rule == "part-adjacent"


def test_parks_used_as_platforms_are_part_of_what_they_build(recogniser):
    b = build(recogniser, "以青禾智能制造产业园和云栖星辰生命科学产业园为平台，打造云栖星辰数智未来城。")
    for park in ("青禾智能制造产业园", "云栖星辰生命科学产业园"):
        assert b.rel(f"Platform/{park}", "partOf", "Platform/云栖星辰数智未来城").rule == "part-platform"


def test_second_park_in_the_platform_frame(recogniser):
    b = build(recogniser, "以青禾智能制造产业园和云栖星辰生命科学产业园为平台，打造云栖星辰数智未来城。")
    assert b.rel("Platform/云栖星辰生命科学产业园", "partOf",
                 "Platform/云栖星辰数智未来城").rule == "part-platform"


def test_segment_readings():
    from kg.relate.names import segments
    assert ("青禾河", "上城") in list(segments("青禾河上城段", 4))
    assert ("青禾河国家文化公园", "上城") in list(segments("青禾河(上城段)国家文化公园", 4))


def test_zones_listed_after_the_platform_are_its_parts(recogniser):
    b = build(recogniser, "打造云栖星辰数智未来城，推动青禾软件园、墨川总部集聚区等两大片区协同发展。")
    for zone in ("青禾软件园", "墨川总部集聚区"):
        assert b.rel(f"Platform/{zone}", "partOf", "Platform/云栖星辰数智未来城").rule == "part-area-list"


def test_a_short_form_declared_after_the_list_does_not_hide_its_count(recogniser):
    b = build(recogniser, "打造云栖星辰数智未来城，推动青禾软件园、墨川总部集聚区（以下简称“墨川集聚区”）两大片区协同发展。")
    for zone in ("青禾软件园", "墨川总部集聚区"):
        assert b.rel(f"Platform/{zone}", "partOf", "Platform/云栖星辰数智未来城").rule == "part-area-list"


def test_a_platform_includes_its_parts(recogniser):
    b = build(recogniser, "云栖星辰数智未来城包括青禾软件园、墨川总部集聚区。")
    for zone in ("青禾软件园", "墨川总部集聚区"):
        assert b.rel(f"Platform/{zone}", "partOf", "Platform/云栖星辰数智未来城").rule == "part-include"


# -- general -----------------------------------------------------------------------------

def test_one_relation_per_document_and_no_self_relation(recogniser):
    text = "持续放大星澜科技、墨川网络等电竞文娱龙头企业产业链带动效应。星澜科技、墨川网络等电竞文娱企业营收增长。"
    b = build(recogniser, text, text)
    keys = [(r.subject, r.predicate, r.object, r.doc_id) for r in b.relations]
    assert len(keys) == len(set(keys))
    assert all(r.subject != r.object for r in b.relations)
    # once per document, citing the first sentence that states it
    per_doc = {(r.subject, r.doc_id): r.sentence for r in b.relations if r.predicate == "inTrack"}
    assert per_doc and set(per_doc.values()) == {0}
    assert {d for _, d in per_doc} == {"d0.txt", "d1.txt"}


def test_relations_are_sorted_and_deterministic(recogniser):
    texts = ["上城区引进星澜科技、墨川网络等电竞文娱龙头企业。开工锦程医药华东研发总部。",
             "星澜科技落地云栖星辰生命科学产业园。祥符街道吉如社区开展邻里活动。"]
    a = build(recogniser, *texts)
    b = build(recogniser, *texts)
    assert a.relations == b.relations
    assert a.relations == sorted(a.relations, key=lambda r: (r.doc_id, r.sentence, r.subject, r.predicate, r.object))


def test_every_relation_joins_the_classes_its_signature_allows(recogniser):
    """No fact whose ends the guidelines' table forbids, e.g. partOf a project."""
    from kg.rules import load_rules
    sig = load_rules().relations["signature"]
    assert set(sig) == {"inTrack", "subTrackOf", "locatedIn", "ownedBy", "partOf"}
    b = build(recogniser,
              "青禾数字经济产业园位于云栖街道，星澜科技入驻青禾数字经济产业园。",
              "云栖文化公园项目开工，云栖文化公园拱墅段同步建设。腾讯、网易等电竞文娱龙头企业落户拱墅。")
    assert b.relations
    for r in b.relations:
        subject_ok, object_ok = sig[r.predicate]
        assert {b.entities[r.subject].cls, *b.entities[r.subject].extra_classes} & set(subject_ok), r
        assert {b.entities[r.object].cls, *b.entities[r.object].extra_classes} & set(object_ok), r


def test_a_segment_of_a_project_is_not_part_of_it(recogniser):
    b = build(recogniser, "云栖文化公园项目开工，云栖文化公园项目拱墅段同步建设。")
    assert not b.triples("partOf"), b.triples("partOf")


# -- rules of the third relation round ---------------------------------------------------

def test_the_holder_in_an_ownership_frame_is_not_in_the_track(recogniser):
    b = build(recogniser, "电竞文娱产业快速成长，引进青禾集团控股企业—星澜电竞全国教育总部。")
    assert b.rel("Enterprise/星澜电竞", "ownedBy", "Enterprise/青禾集团").rule == "owner-frame"
    assert not [t for t in b.triples("inTrack") if t[0] == "Enterprise/青禾集团"]


def test_a_platform_named_after_a_track_of_its_document_is_in_it(recogniser):
    b = build(recogniser, "全年金融产业增加值增长8%。\n推动青禾金融集聚区整合提升。")
    r = b.rel("Platform/青禾金融集聚区", "inTrack", "IndustryTrack/金融")
    assert (r.rule, r.sentence) == ("track-name", 1)
    # a track the document does not name is not read off the name
    b = build(recogniser, "推动星澜医药产业园整合提升。")
    assert not b.triples("inTrack")


def test_where_firms_list_and_who_backs_a_project_are_not_in_the_track(recogniser):
    b = build(recogniser, "上城区地处城市东部。\n新材料新能源是正在崛起的产业,青禾集团背景的星澜项目正式开工,"
                          "本土企业墨川电子、云栖科技先后登陆上交所科创板、深交所主板。")
    tracked = {t[0] for t in b.triples("inTrack")}
    assert {"Enterprise/墨川电子", "Project/星澜项目"} <= tracked
    assert not tracked & {"Enterprise/青禾集团", "Institution/上海证券交易所", "Institution/深圳证券交易所"}
    # a firm the text calls the district's own lies in it
    assert b.rel("Enterprise/墨川电子", "locatedIn", "Place/上城区").rule == "district-local"


def test_a_track_naming_the_kind_of_one_firm_is_that_firms_only(recogniser):
    b = build(recogniser, "国内大型的设计平台之一星澜设计、会展行业top企业墨川传播,作为首批企业代表正式签约。")
    assert b.rel("Enterprise/墨川传播", "inTrack", "IndustryTrack/会展").rule == "appositive-track"
    assert ("Enterprise/星澜设计", "inTrack", "IndustryTrack/会展") not in b.triples()


def test_a_track_listed_among_plain_words_places_nothing(recogniser):
    b = build(recogniser, "星澜体育中心、青禾体育馆举办乒乓球、曲棍球、电子竞技、霹雳舞等8项赛事。")
    assert not b.triples("inTrack")


def test_the_track_a_frame_names_as_leading_is_a_segment(recogniser):
    b = build(recogniser, "我们构建以数字内容为引领的文创产业体系。")
    assert b.rel("IndustryTrack/数字内容", "subTrackOf", "IndustryTrack/文化创意").rule == "track-lead-sub"


@pytest.mark.parametrize("text, subs", [
    ("青禾园区形成了以海参育苗、柔性显示和星材基板为主的智能网联细分产业链。", {"海参育苗", "柔性显示", "星材基板"}),
    # control: what a chain is mainly for is no segment of it
    ("青禾园区形成了以出口为主的智能网联细分产业链。", set()),
])
def test_the_tracks_a_chain_is_mainly_made_of_are_its_segments(recogniser, text, subs):
    b = build(recogniser, text)
    assert {s.split("/")[1] for s, p, o in b.triples("subTrackOf") if o == "IndustryTrack/智能网联"} == subs


def test_a_list_under_its_own_track_is_not_a_segment_of_the_paragraphs_track(recogniser):
    b = build(recogniser, "新制造业加快升级，集聚星澜科技等企业。积极抢占低空经济、人工智能等未来产业赛道。")
    assert b.rel("IndustryTrack/低空经济", "subTrackOf", "IndustryTrack/未来产业").rule == "track-list-sub"
    assert ("IndustryTrack/未来产业", "subTrackOf", "IndustryTrack/新制造业") not in b.triples()


def test_every_item_after_an_area_and_de_lies_in_it(recogniser):
    b = build(recogniser, "青禾商圈的星澜中心、墨川广场等市重点项目正在施工。")
    for p in ("星澜中心", "墨川广场"):
        assert b.rel(f"Project/{p}", "locatedIn", "CommercialDistrict/青禾商圈").rule == "located-of"


def test_an_area_is_part_of_the_place_before_it_but_a_river_is_not(recogniser):
    b = build(recogniser, "积极创新浙江省星澜河文化传承生态。")
    assert not b.triples("partOf")


def test_a_paragraph_heading_on_an_area_locates_what_the_paragraph_builds(recogniser):
    b = build(recogniser, "上城区地处城市东部。\n做强大城东核心功能。\n"
                          "扎实推进新一轮大城东开发建设。提速星澜产业园、墨川工业园开发建设。"
                          "实施云栖路、白露路等道路建设，打造320国道沿线示范区。")
    for p in ("星澜产业园", "墨川工业园"):
        assert b.rel(f"Platform/{p}", "locatedIn", "Place/大城东").rule == "paragraph-area"
        assert b.rel(f"Platform/{p}", "locatedIn", "Place/上城区").rule == "district-act"
    for road in ("云栖路", "白露路"):
        assert b.rel(f"Place/{road}", "locatedIn", "Place/大城东").rule == "paragraph-area"
    assert ("Place/320国道", "locatedIn", "Place/大城东") not in b.triples()
    # no heading, no area
    b = build(recogniser, "上城区地处城市东部。\n扎实推进新一轮大城东开发建设，提速星澜产业园开发建设。")
    assert ("Platform/星澜产业园", "locatedIn", "Place/大城东") not in b.triples()


def test_a_landmark_at_the_end_of_a_place_lies_in_it(recogniser):
    b = build(recogniser, "钱塘江南端标志星澜桥。")
    # (the recogniser may read 标志 into the landmark's name)
    assert [r.rule for r in b.relations if r.predicate == "locatedIn" and r.subject.endswith("星澜桥")
            and r.object == "Place/钱塘江"] == ["located-landmark"]


def test_here_is_where_the_sentence_before_put_its_subject(recogniser):
    b = build(recogniser, "上城区地处城市东部。\n该地块位于星澜小镇,东至云栖路。"
                          "今后这里将以集成电路产业链为核心,建成青禾芯片设计创新产业园。")
    assert b.rel("Platform/青禾芯片设计创新产业园", "locatedIn", "Platform/星澜小镇").rule == "located-here"


def test_no_track_across_an_ellipsis_or_from_a_far_clause(recogniser):
    # the splitter kept "……" inside the sentence: the tracks after it are not the firms'
    b = build(recogniser, "星澜科技入选试点企业名单,青禾云等数据中心项目正在推进建设……全区加快转型,"
                          "打造云栖未来城,重点发展数字经济、智能制造。")
    b.rel("Platform/云栖未来城", "inTrack", "IndustryTrack/数字经济")
    assert not [t for t in b.triples("inTrack") if t[0] in ("Enterprise/星澜科技", "Project/青禾云")]
    b = build(recogniser, "推动星澜汽车等项目达产增效，青禾路汽车街区提能升级，做大汽车消费规模，延伸二手车产业链条。")
    assert ("Enterprise/星澜汽车", "inTrack", "IndustryTrack/二手车") not in b.triples()


def test_what_a_built_thing_connects_to_is_not_built(recogniser):
    b = build(recogniser, "上城区地处城市东部。\n数字经济产业蓬勃发展，打造联通青禾科创大走廊和云栖示范区的产业创新增长极。")
    assert not [t for t in b.triples() if t[0] == "Platform/青禾科创大走廊"]


@pytest.mark.parametrize("text, partner, member", [
    ("工程机械产业加快发展，联合青禾大学、云溪学院开展关键技术攻关，星澜重工智能产业园开工。",
     "Institution/云溪学院", "Platform/星澜重工智能产业园"),
    ("智能家电产业提速，星澜智造产业园投产，墨川创新中心由区政府与青禾大学共建。",
     "Institution/青禾大学", "Platform/星澜智造产业园"),
    ("在航空航天领域，区里与青禾大学合作共建技术转移中心，星澜航电产业园同步扩能。",
     "Institution/青禾大学", "Platform/星澜航电产业园"),
])
def test_a_university_the_district_works_with_is_not_in_the_track(recogniser, text, partner, member):
    b = build(recogniser, text)
    tracked = {t[0] for t in b.triples("inTrack")}
    assert member in tracked, b.triples("inTrack")
    assert partner not in tracked, b.triples("inTrack")


@pytest.mark.parametrize("text", [
    "星澜光纤、墨川通信、青禾科技等骨干企业稳稳把住光通信产业链上游，其中星澜光纤产能居前。",
])
def test_a_track_alone_in_its_run_heads_no_list_and_places_its_clause(recogniser, text):
    # the recogniser makes the track after the firms the head of a group of its own: a run
    # is not headed by its own member, and the firms of the track's clause are in it
    b = build(recogniser, text)
    for firm in ("星澜光纤", "墨川通信", "青禾科技"):
        assert b.rel(f"Enterprise/{firm}", "inTrack", "IndustryTrack/光通信").rule == "clause-track"


@pytest.mark.parametrize("text, firm, track", [
    ("墨川区芯片产业重点布局半导体材料与半导体装备。材料方面，星澜硅业有限公司年产硅片20万片；"
     "墨川特气有限公司加快扩产。", "Enterprise/墨川特气有限公司", "IndustryTrack/半导体材料"),
    ("墨川区芯片产业重点布局半导体材料与半导体装备。材料方面，星澜硅业有限公司年产硅片20万片。",
     "Enterprise/星澜硅业有限公司", "IndustryTrack/半导体材料"),
    ("青禾区重点发展新能源汽车和汽车零部件。零部件领域：星澜精密有限公司主要生产电机壳体。",
     "Enterprise/星澜精密有限公司", "IndustryTrack/汽车零部件"),
])
def test_a_stage_label_stands_for_the_track_it_ends(recogniser, text, firm, track):
    # 材料方面，A…: the short word names the one track named before whose name ends on it
    b = build(recogniser, text)
    assert (firm, "inTrack", track) in b.triples("inTrack"), b.triples("inTrack")


def test_a_stage_label_two_tracks_end_on_stands_for_neither(recogniser):
    b = build(recogniser, "墨川区重点发展半导体材料和先进高分子材料。材料方面，星澜硅业有限公司年产硅片20万片。")
    assert not [t for t in b.triples("inTrack") if t[0] == "Enterprise/星澜硅业有限公司"], b.triples("inTrack")


@pytest.mark.parametrize("text, thing", [
    ("签约项目中，新材料领域分量最重。星澜新材料产业园项目主要生产光学薄膜。", "Project/星澜新材料产业园项目"),
    ("本次开工的重点项目中：墨川智能制造产业园项目由星澜集团承建；青禾冷链物流园一期年内完工。",
     "Project/墨川智能制造产业园项目"),
])
def test_a_paragraph_opening_on_its_act_places_its_projects(recogniser, text, thing):
    # 签约项目中，…。A项目总投资…: the projects of the paragraph are the ones the district signed
    b = build(recogniser, "西溪区地处城市西部。今年西溪区经济稳步增长。\n" + text)
    assert b.rel(thing, "locatedIn", "Place/西溪区").rule == "district-act"


def test_a_project_outside_a_paragraph_opening_on_its_act_is_not_placed(recogniser):
    b = build(recogniser, "西溪区地处城市西部。今年西溪区经济稳步增长。\n签约项目中，新材料领域分量最重。\n"
                          "星澜新材料产业园项目主要生产光学薄膜。")
    assert ("Project/星澜新材料产业园项目", "locatedIn", "Place/西溪区") not in b.triples()


@pytest.mark.parametrize("first,segments", [
    # a point of a plan (五是发展T。) opens on its track but heads no section: tracks its
    # later sentences list under a class of industries are no segments of it
    ("五是发展高端装备。", False),
    # (a chain report's stage heading does head one: its later tracks are segments)
    ("（五）中游：高端装备。", True),
])
def test_a_point_of_a_plan_heads_no_section_of_segments(recogniser, first, segments):
    b = build(recogniser, first + "“M”指低空经济、商业航天等新兴产业，推动墨川产业合作示范园加快建设。")
    subs = {t for t in b.triples("subTrackOf") if t[2] == "IndustryTrack/高端装备"}
    assert bool(subs) == segments, subs


@pytest.mark.parametrize("text, project, owner, at", [
    # the owner nested after the city the project's name opens with
    ("云溪墨瑞康精密电子扩产项目开工。", "云溪墨瑞康精密电子扩产项目", "墨瑞康", 2),
    # ... and at its start, as before
    ("墨瑞康精密电子扩产项目开工。", "墨瑞康精密电子扩产项目", "墨瑞康", 0),
])
def test_an_owner_nested_after_a_place_owns_the_project(text, project, owner, at):
    from relate_helpers import documents, find_mentions, link_given
    from kg.model import Mention
    docs = documents(text)
    ms = find_mentions("d0.txt", 0, docs[0].sentences[0].text, {project: "Project"})
    ms.append(Mention("d0.txt", 0, at, at + len(owner), owner, "Enterprise", owner, "given", role="owner"))
    entities = link_given(ms)
    rels = relate(docs, {"d0.txt": ms}, entities)
    assert (f"Project/{project}", "ownedBy", f"Enterprise/{owner}") in {(r.subject, r.predicate, r.object) for r in rels}



# -- foreign places listed after their country (kg/recognise/country_lists.py) ----------

@pytest.mark.parametrize("text, parts, country", [
    # names jieba cuts into pieces, the country opening the list: each member is the country's
    ("青禾陆港开通了至哈萨克斯坦塔尔巴、萨雷科尔和阿拉木图的货运线路。",
     {"塔尔巴", "萨雷科尔", "阿拉木图"}, "哈萨克斯坦"),
    # a unit a foreign country divides itself into closes the name, whatever the words before it
    ("星澜粮油产品出口俄罗斯诺夫州、塔姆州等地。", {"诺夫州", "塔姆州"}, "俄罗斯"),
    ("越南隆安省的一家星澜腰果加工厂委托中心代加工。", {"隆安省"}, "越南"),
])
def test_places_listed_after_their_country_are_its_parts(recogniser, text, parts, country):
    b = build(recogniser, text)
    got = {s.split("/", 1)[1] for s, p, o in b.triples("partOf") if o == f"Place/{country}"}
    assert got == parts


@pytest.mark.parametrize("text", [
    # near misses: a market, a firm or a trader word after the country names no place of it
    "星澜公司的产品出口哈萨克斯坦市场。",
    "俄罗斯客商到青禾物流园考察。",
    "星澜公司与越南企业签约。",
])
def test_no_place_listed_after_a_country_before_a_common_word(recogniser, text):
    b = build(recogniser, text)
    assert not b.triples("partOf")
