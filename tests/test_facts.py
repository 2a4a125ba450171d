"""kg.facts: status milestones with their year, total investment, land and floor area.

Sentences are in the styles of the corpus (reports, press conferences, local
news) with invented names; mentions are given by hand, as recognise and link
would give them, so that these tests check the fact rules alone.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib

from kg.facts import extract_facts, load_fact_rules, parse_number, read_amount
from kg.model import CLASSES, PREDICATES, Entity, Mention, RawDocument
from kg.normalise import to_document

ROOT = Path(__file__).resolve().parent.parent
KGO = "https://w3id.org/gongshu-kg/ontology#"


def facts_of(text: str, names: dict[str, str], date: str | None = "2023",
             groups: list[tuple[str, ...]] = ()) -> list[tuple]:
    """Facts of a one-document corpus: ``names`` maps each surface form met in
    ``text`` to its class; names in one of ``groups`` are items of one
    enumeration. Returns sorted (name, attribute, value, year) tuples."""
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
    facts = extract_facts([doc], {"d.txt": mentions}, entities)
    return sorted((f.subject.split("/", 1)[1], f.attribute, f.value, f.year) for f in facts)


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
    # names emit.py builds from data: the classes, the relations, the fact properties
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
