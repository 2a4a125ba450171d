"""kg.facts: status milestones with their year, total investment, land and floor area.

Sentences are in the styles of the corpus (reports, press conferences, local
news) with invented names; mentions are given by hand, as recognise and link
would give them, so that these tests check the fact rules alone.
"""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
import rdflib

from kg.facts import extract_facts, load_fact_rules, parse_number, plan_cues, read_amount
from kg.model import CLASSES, PREDICATES, Entity, Fact, Mention, RawDocument
from kg.normalise import to_document

ROOT = Path(__file__).resolve().parent.parent
KGO = "https://w3id.org/gongshu-kg/ontology#"


def facts_of(text: str, names: dict[str, str], date: str | None = "2023",
             groups: list[tuple[str, ...]] = ()) -> list[tuple]:
    """Facts of a one-document corpus: ``names`` maps each surface form met in
    ``text`` to its class; names in one of ``groups`` are items of one
    enumeration. Returns sorted (name, attribute, value, year) tuples."""
    return sorted((f.subject.split("/", 1)[1], f.attribute, f.value, f.year)
                  for f in extract(text, names, date, groups))


def extract(text: str, names: dict[str, str], date: str | None = "2023",
            groups: list[tuple[str, ...]] = ()) -> list[Fact]:
    """The Facts of a one-document corpus (see ``facts_of``)."""
    doc = to_document(RawDocument("d.txt", "d.txt", text, "utf-8", date=date))
    group_of = {n: f"g{i}" for i, g in enumerate(groups) for n in g}
    mentions, entities = [], {}
    for s in doc.sentences:
        taken: list[tuple[int, int]] = []
        for surface in sorted(names, key=len, reverse=True):       # longest name first
            for m in re.finditer(re.escape(surface), s.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append(m.span())
                cls = names[surface]
                key = f"{cls}/{surface}"
                men = Mention("d.txt", s.index, m.start(), m.end(), surface, cls, surface, "test",
                              group=group_of.get(surface, ""), key=key)
                ent = entities.setdefault(key, Entity(key, cls, surface, {surface}))
                ent.mentions.append(men)
                mentions.append(men)
    return extract_facts([doc], {"d.txt": mentions}, entities)


# -- numbers -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("26亿", 2_600_000_000), ("5.2亿", 520_000_000), ("1.2万", 12_000), ("161", 161),
    ("三千万", 30_000_000), ("百亿", 10_000_000_000), ("十二万", 120_000), ("两千", 2_000),
    ("一亿二千万", 120_000_000), ("三千五百万", 35_000_000), ("1,200", 1_200), ("2.6万亿", 2_600_000_000_000),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("prop,text,expected", [
    ("totalInvestment", "26亿元", ("totalInvestment", "2600000000")),
    ("totalInvestment", "约5.2亿元", ("totalInvestment", "520000000")),    # approximate: the value
    ("totalInvestment", "三千万元", ("totalInvestment", "30000000")),
    ("totalInvestment", "达12.5亿元", ("totalInvestment", "1250000000")),
    ("totalInvestment", "超百亿元", ("minTotalInvestment", "10000000000")),  # a lower bound
    ("totalInvestment", "10亿元以上", ("minTotalInvestment", "1000000000")),
    ("totalInvestment", "8000万元", ("totalInvestment", "80000000")),
    ("totalInvestment", "5000万美元", None),                                # foreign currency
    ("totalInvestment", "不超过5亿元", None),                               # an upper bound only
    ("landArea", "161亩", ("landArea", "161")),
    ("landArea", "1.2万亩", ("landArea", "12000")),
    ("landArea", "20公顷", ("landArea", "300")),
    ("landArea", "2万平方米", ("landArea", "30")),
    ("landArea", "100余亩", ("minLandArea", "100")),
    ("landArea", "约50亩", ("landArea", "50")),
    ("floorArea", "12万平方米", ("floorArea", "120000")),
    ("floorArea", "约6.2万平方米", ("floorArea", "62000")),
    ("floorArea", "3亩", ("floorArea", "2000")),
    ("totalInvestment", "较快增长", None),
])
def test_read_amount(prop, text, expected):
    got = read_amount(prop, text)
    assert (got[:2] if got else None) == expected


# -- quantities and what they attach to --------------------------------------------------------

P = "Project"


def test_investment_and_land_area_of_the_project_named_in_the_clause():
    assert facts_of("青禾智算中心项目总投资26亿元，用地面积161亩。", {"青禾智算中心项目": P}) == [
        ("青禾智算中心项目", "landArea", "161", None),
        ("青禾智算中心项目", "totalInvestment", "2600000000", None)]


def test_a_clause_without_subject_continues_the_sentence_topic():
    text = "云栖星辰产业园东至文一路,南至星河路,用地面积80亩,总投资12亿元,是今年首个开工的省重点项目。"
    got = facts_of(text, {"云栖星辰产业园": "Platform", "文一路": "Place", "星河路": "Place"}, date="2023")
    assert got == [("云栖星辰产业园", "landArea", "80", None),
                   ("云栖星辰产业园", "status", "开工", "2023"),
                   ("云栖星辰产业园", "totalInvestment", "1200000000", None)]


def test_an_amount_before_the_project_it_modifies():
    assert facts_of("总投资5亿元的墨川数据中心正式开工。", {"墨川数据中心": P}, date=None) == [
        ("墨川数据中心", "status", "开工", None),
        ("墨川数据中心", "totalInvestment", "500000000", None)]


def test_each_amount_goes_to_the_nearest_project_before_it():
    got = facts_of("青禾智算中心总投资10亿元，墨川数据中心总投资三千万元。",
                   {"青禾智算中心": P, "墨川数据中心": P})
    assert got == [("墨川数据中心", "totalInvestment", "30000000", None),
                   ("青禾智算中心", "totalInvestment", "1000000000", None)]


def test_an_amount_after_a_list_of_projects_is_their_sum():
    names = {"青禾智算中心": P, "墨川数据中心": P}
    got = facts_of("开工青禾智算中心、墨川数据中心等5个项目，总投资30亿元。", names,
                   groups=[("青禾智算中心", "墨川数据中心")])
    # the milestone holds for each item; the sum belongs to none of them
    assert got == [("墨川数据中心", "status", "开工", None),
                   ("青禾智算中心", "status", "开工", None)]
    got = facts_of("墨川数据中心等5个项目总投资30亿元。", {"墨川数据中心": P})
    assert got == []
    got = facts_of("云栖广场和锦程酒店总投资12亿元。", {"云栖广场": P, "锦程酒店": P})
    assert got == []
    got = facts_of("云栖广场、锦程酒店总投资12亿元。", {"云栖广场": P, "锦程酒店": P},
                   groups=[("云栖广场", "锦程酒店")])
    assert got == []


def test_land_and_floor_area_are_kept_apart():
    got = facts_of("锦程医药华东研发总部占地约50亩，总建筑面积12万平方米，地下建筑面积3万平方米。",
                   {"锦程医药华东研发总部": P})
    assert got == [("锦程医药华东研发总部", "floorArea", "120000", None),
                   ("锦程医药华东研发总部", "landArea", "50", None)]


def test_a_lower_bound_is_not_recorded_as_the_amount():
    got = facts_of("星澜未来城项目总投资超百亿元。", {"星澜未来城项目": P})
    assert got == [("星澜未来城项目", "minTotalInvestment", "10000000000", None)]


def test_a_years_spending_is_not_the_total_investment():
    assert facts_of("青禾智算中心当年投资3亿元，固定资产投资增长12%。", {"青禾智算中心": P}) == []


def test_no_facts_from_sentences_without_a_project():
    text = ("全区57个重大项目实现开工，当年投资108.2亿元。"
            "引进优质产业链项目162个，总投资超620亿元。"
            "盘活低效工业用地160亩，新开业商业综合体2个。")
    assert facts_of(text, {"拱墅区": "Place"}) == []


def test_firms_get_no_project_facts():
    text = "星澜科技与我区正式签约，总投资5亿元。"
    assert facts_of(text, {"星澜科技": "Enterprise"}) == []


# -- status milestones ------------------------------------------------------------------------

def test_status_after_and_before_the_project():
    names = {"青禾智算中心": P, "墨川数据中心": P, "云栖广场": P, "锦程酒店": P}
    got = facts_of("投用青禾智算中心等重大项目22个，墨川数据中心建成投用，云栖广场、锦程酒店正式开业。",
                   names, date=None, groups=[("云栖广场", "锦程酒店")])
    assert got == [("云栖广场", "status", "开业", None),
                   ("墨川数据中心", "status", "投用", None),     # 建成投用: one 投用 event
                   ("锦程酒店", "status", "开业", None),
                   ("青禾智算中心", "status", "投用", None)]


def test_only_the_list_next_to_the_trigger_gets_the_milestone():
    names = {"青禾智算中心": P, "墨川数据中心": P, "云栖广场": P, "锦程酒店": "Project"}
    # no enumeration groups given: items joined by 、/和 alone still make one list
    got = facts_of("依托青禾智算中心建设的云栖广场和锦程酒店正式开业。", names, date=None)
    assert got == [("云栖广场", "status", "开业", None), ("锦程酒店", "status", "开业", None)]
    got = facts_of("开工墨川数据中心、云栖广场，服务青禾智算中心。", names, date=None)
    assert got == [("云栖广场", "status", "开工", None), ("墨川数据中心", "status", "开工", None)]


@pytest.mark.parametrize("text", [
    "墨川数据中心尚未开工。",                         # negated
    "墨川数据中心落地率达到90%。",                    # a metric, not an event
    "星河开业广场加快建设。",                          # the trigger is inside the name
    "实施墨川改造项目3个、建成绿色低碳工厂1家以上。",   # another list item is what was built
])
def test_no_status(text):
    names = {"墨川数据中心": P, "星河开业广场": P, "墨川改造项目": P}
    assert [f for f in facts_of(text, names) if f[1] == "status"] == []


def test_signing_and_landing_synonyms():
    got = facts_of("云栖研究院项目签约落地，墨川数据中心动工，青禾馆启用。",
                   {"云栖研究院项目": P, "墨川数据中心": P, "青禾馆": P}, date=None)
    assert got == [("云栖研究院项目", "status", "落地", None),
                   ("墨川数据中心", "status", "开工", None),
                   ("青禾馆", "status", "投用", None)]


# -- years ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,date,year", [
    ("2023年，青禾智算中心开工。", "2025", "2023"),                    # the sentence's own year
    ("去年，青禾智算中心竣工。", "2024-02-21", "2023"),               # relative to the document
    ("明年青禾智算中心将开业。", "2024-02", "2025"),
    ("今年青禾智算中心正式开工。", "2022-09-27", "2022"),
    ("上半年，青禾智算中心实现开工建设。", "2021", "2021"),           # a part of this year
    ("去年上半年，青禾智算中心开工。", "2021", "2020"),
    ("今年青禾智算中心正式开工。", None, None),                        # no document date: no year
    ("青禾智算中心开工。", "2023", None),                              # no year stated: none
    ("与2019年同期相比客流回升，青禾智算中心开业。", None, None),       # a comparison, not a date
])
def test_year_of_a_milestone(text, date, year):
    (fact,) = facts_of(text, {"青禾智算中心": P}, date=date)
    assert fact[3] == year


def test_the_nearest_year_before_the_trigger():
    got = facts_of("去年7月，青禾智算中心在进博会签约，今年墨川数据中心先后落地。",
                   {"青禾智算中心": P, "墨川数据中心": P}, date="2022-09")
    assert got == [("墨川数据中心", "status", "落地", "2022"),
                   ("青禾智算中心", "status", "签约", "2021")]


def test_a_year_in_the_paragraph():
    text = "2022年，全区经济稳中有进。墨川数据中心开工。\n青禾智算中心开业。"
    got = facts_of(text, {"墨川数据中心": P, "青禾智算中心": P}, date=None)
    # the next paragraph does not inherit the year
    assert got == [("墨川数据中心", "status", "开工", "2022"),
                   ("青禾智算中心", "status", "开业", None)]


# -- genres ----------------------------------------------------------------------------------
#
# One table per genre the extractor meets. Each case is a short document in
# the genre's manner, with invented names; the expected set is every fact the
# document should give, so that a fact too many fails as well as one missing.
# A status is (name, event, year, "planned" | "done"); a quantity is
# (name, property, value in the property's unit).

Pl, CD, Ent, Pla = "Platform", "CommercialDistrict", "Enterprise", "Place"


def genre_facts(text: str, names: dict[str, str], date: str | None,
                groups: list[tuple[str, ...]] = ()) -> set[tuple]:
    out = set()
    for f in extract(text, names, date, groups):
        name = f.subject.split("/", 1)[1]
        if f.attribute == "status":
            out.add((name, f.value, f.year, "planned" if f.planned else "done"))
        else:
            out.add((name, f.attribute, f.value))
    return out


def case(text, names, date, expected, groups=(), id=None):
    return pytest.param(text, names, date, set(expected), list(groups), id=id)


GENRE_ARGS = "text,names,date,expected,groups"

WORK_REPORT = [
    case("青川区政府工作报告\n"
         "一、2023年工作回顾\n"
         "过去一年，我们坚持项目为王，云岫智算中心建成投用，锦鲤湾商业中心正式开业，星桥生物医药产业园开工建设。\n"
         "全年新签约亿元以上项目46个，翠微数据港项目签约落地，总投资约18亿元。\n"
         "二、2024年工作安排\n"
         "（一）全力抓好项目建设。推动澄江新材料基地、白鹭湾科创中心开工，确保云岫智算中心二期年内竣工。\n"
         "力争星桥生物医药产业园二期明年投用。",
         {"云岫智算中心": P, "锦鲤湾商业中心": P, "星桥生物医药产业园": Pl, "翠微数据港项目": P,
          "澄江新材料基地": P, "白鹭湾科创中心": P, "云岫智算中心二期": P, "星桥生物医药产业园二期": P},
         "2024-02-20",
         [("云岫智算中心", "投用", "2023", "done"), ("锦鲤湾商业中心", "开业", "2023", "done"),
          ("星桥生物医药产业园", "开工", "2023", "done"), ("翠微数据港项目", "落地", "2023", "done"),
          ("翠微数据港项目", "totalInvestment", "1800000000"),
          # the plan section: its heading's year, and planned
          ("澄江新材料基地", "开工", "2024", "planned"), ("白鹭湾科创中心", "开工", "2024", "planned"),
          ("云岫智算中心二期", "竣工", "2024", "planned"),
          ("星桥生物医药产业园二期", "投用", "2025", "planned")],
         id="review-and-plan-sections"),
    case("二、今年工作安排\n"
         "蓝湖国际医院已于去年完成主体结构，今年6月正式开业；翠屏山隧道已经完工。\n"
         "三、切实加强政府自身建设\n"
         "金顶大厦正式投用。",
         {"蓝湖国际医院": P, "翠屏山隧道": P, "金顶大厦": P}, "2024-01",
         # a done word in the plan section makes a deed; a date after it starts anew;
         # the next heading of the same level ends the plan
         [("蓝湖国际医院", "开业", "2024", "planned"), ("翠屏山隧道", "竣工", "2024", "done"),
          ("金顶大厦", "投用", None, "done")],
         id="plan-section-ends-at-the-next-heading"),
    case("二、2024年工作安排\n各位代表：\n推动青藤医院二期开工。\n“鲲鹏计划”助企成长\n鲲鹏孵化园正式开园。",
         {"青藤医院二期": P, "鲲鹏孵化园": Pl}, "2024-01",
         # a salutation does not end the plan; a subtitle naming a 计划 does not start one
         [("青藤医院二期", "开工", "2024", "planned"), ("鲲鹏孵化园", "开业", None, "done")],
         id="salutations-and-subtitles"),
    case("一、过去一年工作回顾\n推动锦程物流园、金沙湾酒店投用，加快建设银杏大厦。",
         {"锦程物流园": P, "金沙湾酒店": P, "银杏大厦": P}, "2024",
         # in a review "推动X投用" tells what was done
         [("锦程物流园", "投用", "2023", "done"), ("金沙湾酒店", "投用", "2023", "done")],
         id="push-words-in-a-review-are-deeds"),
    case("开工建设澄江新材料基地等12个项目，完成投资85.3亿元，云岫智算中心二期已建成投用，星桥物流港力争年内开工。",
         {"澄江新材料基地": P, "云岫智算中心二期": P, "星桥物流港": P}, "2023",
         [("澄江新材料基地", "开工", None, "done"), ("云岫智算中心二期", "投用", None, "done"),
          ("星桥物流港", "开工", "2023", "planned")],
         id="plan-words-govern-their-own-clause"),
    case("一、2023年工作回顾\n青禾光电研发中心项目、玄石碳化硅外延片项目新开工，青禾数字医疗总部落地数产园。",
         {"青禾光电研发中心": P, "青禾数字医疗总部": P}, "2024",
         # a list whose last item is not a known name; 落地数… is no metric (落地数量)
         [("青禾光电研发中心", "开工", "2023", "done"), ("青禾数字医疗总部", "落地", "2023", "done")],
         id="list-with-an-unknown-item"),
]

INDUSTRY_CHAIN = [
    case("一、产业链概况\n"
         "新能源汽车产业链已集聚企业320余家。链主企业澜沧动力投资建设的澜沧动力电池基地一期已经投产。\n"
         "澜沧动力电池基地二期项目计划总投资45亿元，用地面积约300亩，预计2026年建成。\n"
         "配套的锂盾隔膜项目总投资8000万元，总建筑面积3.6万平方米。",
         {"澜沧动力": Ent, "澜沧动力电池基地一期": P, "澜沧动力电池基地二期项目": P, "锂盾隔膜项目": P},
         "2024",
         [("澜沧动力电池基地一期", "投用", None, "done"),
          ("澜沧动力电池基地二期项目", "totalInvestment", "4500000000"),
          ("澜沧动力电池基地二期项目", "landArea", "300"),
          ("澜沧动力电池基地二期项目", "竣工", "2026", "planned"),
          ("锂盾隔膜项目", "totalInvestment", "80000000"), ("锂盾隔膜项目", "floorArea", "36000")],
         id="chain-overview"),
    case("（五）下一步打算。推动锂芯材料产业园早日开工。\n"
         "（六）存在问题。锂芯材料研究院已于2021年开馆。",
         {"锂芯材料产业园": Pl, "锂芯材料研究院": P}, "2024",
         # a numbered lead sentence heads its own paragraph only
         [("锂芯材料产业园", "开工", None, "planned"), ("锂芯材料研究院", "开业", "2021", "done")],
         id="plan-heading-leads-a-paragraph"),
    case("信达源生物制药基地已建成多条抗体生产线，墨川医疗器械产业园总投资10多亿元。",
         {"信达源生物制药基地": P, "墨川医疗器械产业园": Pl}, "2024",
         # the base built production lines; it was not itself completed
         [("墨川医疗器械产业园", "minTotalInvestment", "1000000000")],
         id="counted-object-and-lower-bound"),
]

PARK_PROFILE = [
    case("翠湖科学城位于青川区东部，规划面积约42平方公里，是全市创新策源地。\n"
         "园区内的翠湖量子科技园占地约120亩，总建筑面积约35万平方米，已于2022年开工建设，计划明年竣工。\n"
         "下一步，翠湖科学城将推进星环数字孪生中心落地。",
         {"翠湖科学城": Pl, "青川区": Pla, "翠湖量子科技园": Pl, "星环数字孪生中心": P}, "2024-05",
         [("翠湖科学城", "landArea", "63000"),
          ("翠湖量子科技园", "landArea", "120"), ("翠湖量子科技园", "floorArea", "350000"),
          ("翠湖量子科技园", "开工", "2022", "done"), ("翠湖量子科技园", "竣工", "2025", "planned"),
          ("星环数字孪生中心", "落地", None, "planned")],
         id="park-and-its-projects"),
    case("青岚生命科学园于去年开园，位于翠湖科学城核心区，总建筑面积约20万平方米。",
         {"青岚生命科学园": Pl, "翠湖科学城": Pl}, "2024",
         # the area is the park's, not the place it lies in
         [("青岚生命科学园", "开业", "2023", "done"), ("青岚生命科学园", "floorArea", "200000")],
         id="quantity-of-the-topic-not-of-its-place"),
    case("翠湖科学之门项目由翠湖集团负责开发建设，建成后将成为科学城的地标。",
         {"翠湖科学之门项目": P, "翠湖集团": Ent}, "2024",
         [("翠湖科学之门项目", "竣工", None, "planned")],
         id="after-completion-it-will"),
    case("其中云杉诊断研发中心、柏林格制药华东基地均落户青川药谷。",
         {"云杉诊断研发中心": P, "青川药谷": Pl}, "2024",
         [("云杉诊断研发中心", "落地", None, "done")],
         id="landed-in-a-park"),
]

SIGNING_NEWS = [
    case("3月12日，青川经济开发区举行2024年一季度重大项目集中签约仪式，28个项目现场签约，总投资超过320亿元。"
         "其中，蓝鲸智能装备产业园项目、赤松生物制剂基地项目等6个项目签约落户青川经济开发区，总投资合计约95亿元。",
         {"青川经济开发区": Pl, "蓝鲸智能装备产业园项目": P, "赤松生物制剂基地项目": P}, "2024-03-13",
         # the organiser of the ceremony and the park landed in get nothing; the sums belong to no one
         [("蓝鲸智能装备产业园项目", "落地", "2024", "done"), ("赤松生物制剂基地项目", "落地", "2024", "done")],
         id="collective-signing"),
    case("苍梧新材料有限公司与青川区签约建设苍梧高性能纤维项目，项目总投资约30亿元，用地约200亩，拟于明年开工。",
         {"苍梧新材料有限公司": Ent, "青川区": Pla, "苍梧高性能纤维项目": P}, "2024",
         [("苍梧高性能纤维项目", "签约", None, "done"), ("苍梧高性能纤维项目", "totalInvestment", "3000000000"),
          ("苍梧高性能纤维项目", "landArea", "200"), ("苍梧高性能纤维项目", "开工", "2025", "planned")],
         id="one-firm-signs"),
    case("白桦数字总部项目去年签约落地，总投资5000万美元；紫藤医药物流中心总投资逾8亿元人民币。",
         {"白桦数字总部项目": P, "紫藤医药物流中心": P}, "2024",
         [("白桦数字总部项目", "落地", "2023", "done"),
          ("紫藤医药物流中心", "minTotalInvestment", "800000000")],
         id="currencies"),
]

START_NEWS = [
    case("本报讯 6月18日，青川区2024年第二批重大项目集中开工，共有31个项目开工建设，总投资约210亿元。\n"
         "其中，玄武半导体封测基地项目总投资约68亿元，占地约260亩，建成后将形成年封测芯片50亿颗的能力。\n"
         "紫荆医疗器械产业园、紫荆医学检验中心同步开工，总投资合计约25亿元，总建筑面积约18万平方米。\n"
         "金麟云数据中心项目是今年首个开工的省重点项目，总投资超过40亿元。",
         {"青川区": Pla, "玄武半导体封测基地项目": P, "紫荆医疗器械产业园": Pl, "紫荆医学检验中心": P,
          "金麟云数据中心项目": P}, "2024-06-19",
         [("玄武半导体封测基地项目", "totalInvestment", "6800000000"),
          ("玄武半导体封测基地项目", "landArea", "260"),
          ("玄武半导体封测基地项目", "竣工", None, "planned"),
          ("紫荆医疗器械产业园", "开工", None, "done"), ("紫荆医学检验中心", "开工", None, "done"),
          ("金麟云数据中心项目", "开工", "2024", "done"),
          ("金麟云数据中心项目", "minTotalInvestment", "4000000000")],
         id="collective-start"),
    case("在各方的大力支持下，青鸾航空部件项目顺利开工，总投资将近9亿元。",
         {"青鸾航空部件项目": P}, "2024",
         # with whose help it was done is no intent; 将近 is "nearly"
         [("青鸾航空部件项目", "开工", None, "done"), ("青鸾航空部件项目", "totalInvestment", "900000000")],
         id="with-support-it-started"),
    case("总投资约6.5亿元的朱雀智能仓储项目昨日破土动工，项目用地面积约45亩，预计2026年6月竣工投用。",
         {"朱雀智能仓储项目": P}, "2024-09-03",
         [("朱雀智能仓储项目", "totalInvestment", "650000000"), ("朱雀智能仓储项目", "landArea", "45"),
          ("朱雀智能仓储项目", "开工", None, "done"), ("朱雀智能仓储项目", "投用", "2026", "planned")],
         id="one-project-starts"),
]

PRESS_CONFERENCE = [
    case("主持人：下面请青川高新区管委会副主任介绍有关情况。\n"
         "青川高新区管委会副主任：谢谢主持人。去年，高新区引进重大项目38个，其中飞羽航电研发中心已于去年12月投用，鲲鹏数据谷正式开园。\n"
         "记者：今年在项目建设方面有哪些安排？\n"
         "青川高新区管委会副主任：今年我们将重点推进三件事：一是推动羲和光伏组件项目开工建设，该项目总投资约15亿元，用地面积180亩；"
         "二是确保长庚储能电站年内建成投用；三是加快灵犀机器人产业园建设。",
         {"青川高新区": Pl, "飞羽航电研发中心": P, "鲲鹏数据谷": Pl, "羲和光伏组件项目": P,
          "长庚储能电站": P, "灵犀机器人产业园": Pl}, "2024-03-05",
         [("飞羽航电研发中心", "投用", "2023", "done"), ("鲲鹏数据谷", "开业", "2023", "done"),
          ("羲和光伏组件项目", "开工", "2024", "planned"),
          ("羲和光伏组件项目", "totalInvestment", "1500000000"), ("羲和光伏组件项目", "landArea", "180"),
          ("长庚储能电站", "投用", "2024", "planned")],
         id="speaker-turns"),
    case("青川高新区管委会主任：玄鸟航空产业园已于今年5月开园，总投资12亿元。\n"
         "青川高新区管委会主任：今年下半年，将有一批重点项目开工，总投资约30亿元。",
         {"青川高新区": Pl, "玄鸟航空产业园": Pl}, "2024-09",
         # the park named in the speaker's label is who speaks, not what is spoken about
         [("玄鸟航空产业园", "开业", "2024", "done"), ("玄鸟航空产业园", "totalInvestment", "1200000000")],
         id="name-in-the-label"),
    case("5月31日，在云麓电竞中心启用仪式上，三家龙头企业正式入驻，区里还将举办电竞嘉年华。",
         {"云麓电竞中心": P}, "2024-06",
         [("云麓电竞中心", "投用", None, "done")],
         id="a-later-plan-word-does-not-reach-back"),
]

NEWSPAPER = [
    case("青川日报  2024年5月8日  星期三  第2版\n\n白塔产业园加快建设\n\n"
         "　　本报讯 记者从青川区获悉，今年\n\n一季度，区内重点项目完成投资9\n\n"
         ".6亿元，同比增长1 2.3%。其中，\n\n白塔智造产业园项目总投资约1 2\n\n"
         "亿元，已于今年3月开工建设，项\n\n目用地面积1 56亩；银杏湖商业综\n\n"
         "合体计划明年开业，建筑面积约1\n\n2. 5万平方米。\n\n（下转第3版）\n",
         {"青川区": Pla, "白塔智造产业园项目": P, "银杏湖商业综合体": P}, "2024-05-08",
         [("白塔智造产业园项目", "totalInvestment", "1200000000"), ("白塔智造产业园项目", "开工", "2024", "done"),
          ("白塔智造产业园项目", "landArea", "156"),
          ("银杏湖商业综合体", "开业", "2025", "planned"), ("银杏湖商业综合体", "floorArea", "125000")],
         id="narrow-columns-and-broken-numbers"),
    case("蓝山文创园 总投资 3.5 亿元 ，占地 80 亩 ，已 竣工 。",
         {"蓝山文创园": Pl}, "2024",
         [("蓝山文创园", "totalInvestment", "350000000"), ("蓝山文创园", "landArea", "80"),
          ("蓝山文创园", "竣工", None, "done")],
         id="spaced-out-text"),
]

COMMERCIAL_DISTRICT = [
    case("锦绣路商圈今年前三季度实现社会消费品零售总额约320亿元。今年以来，商圈内的云裳购物中心、揽月天地相继开业，首店经济持续升温。\n"
         "青川区商务局相关负责人介绍，商圈正在推进提升工程，重点建设锦绣路地下连廊工程，预计明年底完工；"
         "千禧里商业街区将于今年10月完成改造并重新开业。\n"
         "星河万象城于2019年开业，营业面积12万平方米。",
         {"锦绣路商圈": CD, "云裳购物中心": P, "揽月天地": P, "青川区商务局": "Institution",
          "锦绣路地下连廊工程": P, "千禧里商业街区": P, "星河万象城": P}, "2024-10-20",
         [("云裳购物中心", "开业", "2024", "done"), ("揽月天地", "开业", "2024", "done"),
          ("锦绣路地下连廊工程", "竣工", "2025", "planned"), ("千禧里商业街区", "开业", "2024", "planned"),
          ("星河万象城", "开业", "2019", "done")],
         id="district-news"),
    case("武林里步行街改造提升工程已完工，沿街新开业门店42家，青柳广场下半年将正式开业。",
         {"武林里步行街": CD, "武林里步行街改造提升工程": P, "青柳广场": P}, "2023",
         [("武林里步行街改造提升工程", "竣工", None, "done"), ("青柳广场", "开业", "2023", "planned")],
         id="street-upgrade"),
]


@pytest.mark.parametrize(GENRE_ARGS, WORK_REPORT)
def test_government_work_report(text, names, date, expected, groups):
    assert genre_facts(text, names, date, groups) == expected


@pytest.mark.parametrize(GENRE_ARGS, INDUSTRY_CHAIN)
def test_industry_chain_report(text, names, date, expected, groups):
    assert genre_facts(text, names, date, groups) == expected


@pytest.mark.parametrize(GENRE_ARGS, PARK_PROFILE)
def test_park_profile(text, names, date, expected, groups):
    assert genre_facts(text, names, date, groups) == expected


@pytest.mark.parametrize(GENRE_ARGS, SIGNING_NEWS)
def test_investment_signing_news(text, names, date, expected, groups):
    assert genre_facts(text, names, date, groups) == expected


@pytest.mark.parametrize(GENRE_ARGS, START_NEWS)
def test_project_start_news(text, names, date, expected, groups):
    assert genre_facts(text, names, date, groups) == expected


@pytest.mark.parametrize(GENRE_ARGS, PRESS_CONFERENCE)
def test_press_conference(text, names, date, expected, groups):
    assert genre_facts(text, names, date, groups) == expected


@pytest.mark.parametrize(GENRE_ARGS, NEWSPAPER)
def test_newspaper_columns(text, names, date, expected, groups):
    assert genre_facts(text, names, date, groups) == expected


@pytest.mark.parametrize(GENRE_ARGS, COMMERCIAL_DISTRICT)
def test_commercial_district_news(text, names, date, expected, groups):
    assert genre_facts(text, names, date, groups) == expected


# -- the pipeline and the ontology ------------------------------------------------------------

def test_pipeline_puts_facts_into_the_extraction(corpus_dir):
    from kg.pipeline import extract
    ex, _, timings = extract(corpus_dir, workers=1)
    assert "facts" in timings
    park = [f for f in ex.facts if f.subject.endswith("/华东医药生命科学产业园")]
    assert {(f.attribute, f.value) for f in park} >= {
        ("totalInvestment", "2600000000"), ("landArea", "161"), ("status", "开工")}
    for f in ex.facts:
        e = ex.entities[f.subject]
        assert {e.cls, *e.extra_classes} & {"Project", "Platform"}, f
        sentence = next(d for d in ex.documents if d.doc_id == f.doc_id).sentences[f.sentence]
        assert f.text in sentence.text, f


# -- invariants on the real development documents --------------------------------------------
#
# What must hold on any text, checked on the documents of ../shared (the five
# Gongshu documents and the ten of the cities set, undated) and on the bundled
# corpus (the five, with the manifest's dates, so the year checks have a
# document year to compare with).

SHARED = ROOT.parent / "shared"
# the range a value in each unit can plausibly have: 10万元 … 10万亿元, 0.1 亩 …
# 100万亩 (667 km2), 10 m2 … 1亿 m2
PLAUSIBLE = {"CNY": (Decimal(10**5), Decimal(10**13)), "亩": (Decimal("0.1"), Decimal(10**6)),
             "m2": (Decimal(10), Decimal(10**8))}
STATUSES = {"签约", "开工", "投用", "竣工", "开业", "落地"}


@pytest.fixture(scope="module", params=["cities", "dev", "bundled"])
def real_extraction(request, corpus_dir):
    from kg.pipeline import extract
    path = {"cities": SHARED / "eval" / "cities" / "corpus", "dev": SHARED / "corpus",
            "bundled": corpus_dir}[request.param]
    if not path.is_dir():
        pytest.skip(f"{path} is not beside the repository")
    ex, _, _ = extract(path, workers=1)
    return ex


def fact_problems(ex) -> list[str]:
    """What is wrong with the facts of an extraction, one line each."""
    rules = load_fact_rules()
    docs = {d.doc_id: d for d in ex.documents}
    cues = {d.doc_id: plan_cues(d) for d in ex.documents}
    problems = []
    for f in ex.facts:
        doc = docs[f.doc_id]
        sentence = doc.sentences[f.sentence].text
        where = f"{f.doc_id} s{f.sentence} {f.subject} {f.attribute}={f.value} «{f.text}»"
        if not f.text or f.text not in sentence:
            problems.append(f"{where}: the words are not in the sentence")
        if f.attribute == "status":
            if f.value not in STATUSES:
                problems.append(f"{where}: not a milestone kind")
            if f.year and not 1990 <= int(f.year) <= 2040:
                problems.append(f"{where}: year {f.year} is implausible")
            dated = int(doc.date[:4]) if doc.date else None
            if f.year and dated and not f.planned and int(f.year) > dated:
                problems.append(f"{where}: done in {f.year}, after the document ({doc.date})")
            if f.planned and not cues[f.doc_id][f.sentence]:
                problems.append(f"{where}: planned, but no plan word or plan section")
            continue
        base = f.attribute[3].lower() + f.attribute[4:] if f.attribute.startswith("min") else f.attribute
        q = rules.quantities[base]
        if not re.fullmatch(r"\d+(\.\d+)?", f.value) or Decimal(f.value) <= 0:
            problems.append(f"{where}: not a positive decimal")
            continue
        low, high = PLAUSIBLE[q.unit]
        if not low <= Decimal(f.value) <= high:
            problems.append(f"{where}: {f.value} {q.unit} is implausible")
        kw = q.keyword.match(f.text)
        read = read_amount(base, f.text[kw.end():].lstrip()) if kw else None
        if not read or read[:2] != (f.attribute, f.value):
            problems.append(f"{where}: the words read {read}")
    return problems


def test_facts_of_real_documents_hold_their_invariants(real_extraction):
    ex = real_extraction
    assert ex.facts
    problems = fact_problems(ex)
    assert not problems, "\n".join(problems)


def test_real_documents_have_plans_and_deeds(real_extraction):
    # each set states milestones of both kinds: a check that is not vacuous
    assert {f.planned for f in real_extraction.facts if f.attribute == "status"} == {True, False}


def _kgo_terms_used() -> dict[str, set[str]]:
    """kgo: local names written in the package code, data and queries."""
    used: dict[str, set[str]] = {}
    files = [*(ROOT / "kg").glob("*.py"), *(ROOT / "kg" / "queries").glob("*.rq"),
             *(ROOT / "kg" / "data").glob("*.toml"), ROOT / "ontology" / "shapes.ttl"]
    patterns = (r"\bkgo:([A-Za-z_]\w*)", r"_kgo\([\"'](\w+)[\"']\)", r"\bKGO\.([A-Za-z_]\w*)",
                r"\bKGO\[[\"'](\w+)[\"']\]")
    for path in files:
        text = path.read_text(encoding="utf-8")
        for p in patterns:
            for name in re.findall(p, text):
                used.setdefault(name, set()).add(path.name)
    # names kg/emit builds from data: the classes, the relations, the fact properties
    rules = load_fact_rules()
    built = [*CLASSES, *PREDICATES, "status"]
    for prop in rules.quantities:
        built += [prop, "min" + prop[0].upper() + prop[1:]]
    for name in built:
        used.setdefault(name, set()).add("(built by kg.emit)")
    return used


def test_every_kgo_term_used_is_declared_in_the_ontology():
    onto = rdflib.Graph().parse(ROOT / "ontology" / "gongshu-kg.ttl", format="turtle")
    declared = {str(s)[len(KGO):] for s in onto.subjects() if str(s).startswith(KGO)}
    used = _kgo_terms_used()
    assert {"status", "eventType", "year", "totalInvestment", "minTotalInvestment"} <= set(used)
    undeclared = {name: sorted(files) for name, files in used.items() if name not in declared}
    assert not undeclared, f"kgo: terms used but not declared in ontology/gongshu-kg.ttl: {undeclared}"


def test_every_fact_a_read_can_give_is_a_declared_quantity():
    onto = rdflib.Graph().parse(ROOT / "ontology" / "gongshu-kg.ttl", format="turtle")
    rules = load_fact_rules()
    for prop, q in rules.quantities.items():
        for name in (prop, "min" + prop[0].upper() + prop[1:]):
            p = rdflib.URIRef(KGO + name)
            assert onto.value(p, rdflib.RDFS.range) == rdflib.XSD.decimal, name
            units = {str(u) for u in onto.objects(p, rdflib.URIRef(KGO + "unit"))}
            assert units, name
