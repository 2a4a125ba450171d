"""Economic indicators (kg/indicators/): figures, periods, areas, results and targets.

Sentences are written for these tests (墨川高新区, 星澜路商圈 and their figures are
invented); every period form, unit, rank and target form of kg/data/indicators.toml
has one, with a near miss beside the forms that have one. The bundled corpus is
checked through `kg indicators` (the issue's acceptance), and the cities
documents are read as data.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from kg.indicators import read_figures
from kg.indicators.periods import Period, expressions

CITIES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "cities" / "corpus"


def figs(text: str) -> list[tuple]:
    return [(f.measure.key, f.kind, f.value_text, f.unit) for f in read_figures(text)]


# -- amounts and units ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("全区实现地区生产总值1520.3亿元", ("GDP", "amount", "152030000000", "CNY")),
    ("固定资产投资3200万元", ("FixedAssetInvestment", "amount", "32000000", "CNY")),
    ("居民人均可支配收入68000元", ("DisposableIncome", "amount", "68000", "CNY/person")),
    ("居民人均可支配收入6.8万元", ("DisposableIncome", "amount", "68000", "CNY/person")),
    ("全年实际利用外资3.2亿美元", ("ForeignInvestmentUsed", "amount", "320000000", "USD")),
    # Chinese numerals (cn2an): decimals with 点, and units
    ("财政总收入五点五亿元", ("FiscalRevenue", "amount", "550000000", "CNY")),
    ("地区生产总值两千零九十一点五亿元", ("GDP", "amount", "209150000000", "CNY")),
    ("一般公共预算收入百亿元", ("PublicBudgetRevenue", "amount", "10000000000", "CNY")),
    # a newspaper column's spaces inside a number
    ("社零总额12 .5亿元", ("RetailSales", "amount", "1250000000", "CNY")),
])
def test_amounts_are_normalised_to_their_unit(text, expected):
    assert figs(text)[0] == expected


@pytest.mark.parametrize("text, value, bound", [
    ("固定资产投资450亿元以上", "45000000000", "atLeast"),
    ("货物进出口总额超过300亿元", "30000000000", "atLeast"),
    ("地区生产总值约780亿元", "78000000000", "about"),
    ("地区生产总值增长6%左右", "6", "about"),
    ("财政总收入不超过20亿元", "2000000000", "atMost"),
    ("地区生产总值780亿元", "78000000000", None),
])
def test_bounds_and_approximations(text, value, bound):
    (f,) = [f for f in read_figures(text)][:1]
    assert (f.value_text, f.bound) == (value, bound)


@pytest.mark.parametrize("text, value, average", [
    ("地区生产总值同比增长6.2%", "6.2", None),
    ("规上工业增加值增长9.1%", "9.1", None),
    ("固定资产投资小幅下降1.9%", "-1.9", None),
    ("社会消费品零售总额比上年增长百分之五点五", "5.5", None),
    ("地区生产总值两年平均增长6.6%", "6.6", 2),
    ("数字经济核心产业增加值年均增长12%", "12", 0),
])
def test_growth_rates(text, value, average):
    (f,) = read_figures(text)
    assert (f.kind, f.value_text, f.unit, f.average) == ("growthRate", value, "percent", average)


def test_amount_then_growth_in_later_clauses_and_a_clause_passed_over():
    text = "货物进出口总额512.6亿元，首次突破五百亿元，同比增长19.1%，增幅居全市第二"
    assert figs(text) == [("TradeTotal", "amount", "51260000000", "CNY"),
                          ("TradeTotal", "growthRate", "19.1", "percent")]
    assert read_figures(text)[1].rank == 2


def test_a_share_or_ratio_is_not_the_measure():
    assert figs("规上高新技术产业增加值占规上工业增加值比重达87.1%")[:1] == []
    assert figs("研发投入相当于地区生产总值比例达3.2%") == []
    # near miss: the measure itself, then its share of another
    assert figs("规上工业增加值增长4%，占比提高")[0][:3] == ("IndustrialValueAdded", "growthRate", "4")


def test_a_longer_measure_is_not_a_shorter_one():
    assert figs("生产性服务业增加值增长7%") == []
    assert figs("服务业增加值增长7%")[0][0] == "ServicesValueAdded"


def test_respectively_lists_take_their_figures_in_order():
    text = "社会消费品零售总额、数字经济核心产业增加值、货物进出口总额分别增长8.2%、12.5%、30%，均排名全市前3位"
    got = read_figures(text)
    assert [(f.measure.key, f.value_text, f.rank_within, f.rank_scope) for f in got] == [
        ("RetailSales", "8.2", 3, "全市"), ("DigitalEconomyValueAdded", "12.5", 3, "全市"),
        ("TradeTotal", "30", 3, "全市")]
    # near miss: three names and two figures are not paired
    assert figs("社会消费品零售总额、货物进出口总额、财政总收入分别增长8.2%、12.5%") == []


def test_a_change_from_one_amount_to_another():
    got = read_figures("全区地区生产总值由510亿元升至1020亿元，年均增长7.2%")
    assert [(f.role, f.value_text) for f in got if f.kind == "amount"] == [("start", "51000000000"),
                                                                            ("end", "102000000000")]
    assert got[-1].average == 0


# -- ranks ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, rank, within, scope", [
    ("社会消费品零售总额688亿元，同比增长4.4%，总量居全省第一", "amount", 1, None, "全省"),
    ("地区生产总值730.5亿元，增长6.6%，增幅高于全市平均水平，位于全市第3位", "growthRate", 3, None, "全市"),
    ("数字经济核心产业增加值33亿元，同比增长18%，增速列全市第2位", "growthRate", 2, None, "全市"),
    ("地区生产总值增长8%，排名全市前3位", "growthRate", None, 3, "全市"),
    ("金融业增加值420亿元，稳居全市第一", "amount", 1, None, "全市"),
    ("固定资产投资320亿元，同比增长9%，增幅居全市第三", "growthRate", 3, None, "全市"),
])
def test_ranks_go_to_the_figure_they_rank(text, kind, rank, within, scope):
    ranked = [f for f in read_figures(text) if f.rank or f.rank_within]
    assert [(f.kind, f.rank, f.rank_within, f.rank_scope) for f in ranked] == [(kind, rank, within, scope)]


# -- periods ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, code, label", [
    ("2023年", "2023", "2023年"),
    ("二〇二三年", "2023", "2023年"),
    ("今年", "2024", "2024年"),
    ("去年", "2023", "2023年"),
    ("明年", "2025", "2025年"),
    ("2023年上半年", "2023-H1", "2023年上半年"),
    ("上半年", "2024-H1", "2024年上半年"),
    ("下半年", "2024-H2", "2024年下半年"),
    ("一季度", "2024-Q1", "2024年一季度"),
    ("第二季度", "2024-Q2", "2024年二季度"),
    ("去年三季度", "2023-Q3", "2023年三季度"),
    ("四季度", "2024-Q4", "2024年四季度"),
    ("前三季度", "2024-M01-M09", "2024年前三季度"),
    ("1至4月", "2024-M01-M04", "2024年1-4月"),
    ("1-11月", "2024-M01-M11", "2024年1-11月"),
    ("今年1-5月", "2024-M01-M05", "2024年1-5月"),
    ("一至三月", "2024-Q1", "2024年一季度"),
    ("数说这十年", "2013-2023", "2013-2023年"),
    ("“十四五”时期", "2021-2025", "2021-2025年"),
])
def test_every_period_form(text, code, label):
    (_, _, p), = expressions(text, 2024, 2024)
    assert (p.code, p.label_zh) == (code, label)
    assert Period.from_code(p.code) == p


def test_a_year_of_comparison_is_not_a_period():
    assert expressions("较2019年同期增长", 2024) == []
    assert expressions("2020年以来", 2024) == []


def test_relative_periods_need_a_date():
    assert expressions("今年上半年", None) == []
    assert [p.code for _, _, p in expressions("2022年上半年", None)] == ["2022-H1"]


def test_period_dates():
    assert (Period(2024, 1, 2024, 2).start, Period(2024, 1, 2024, 2).end) == ("2024-01-01", "2024-02-29")


# -- documents: area, period, result and target ---------------------------------------------

REPORT = """墨川高新区2024年工作报告

一、2023年工作回顾

2023年，全区实现地区生产总值1520.3亿元，同比增长6.2%，总量居全市第二；社会消费品零售总额688亿元，增长4.4%，增幅位于全市第3位。

居民人均可支配收入6.8万元，增长5%。一季度以来主要指标普遍高于年初预期，全年货物进出口总额增长12%。

全市地区生产总值增长5%。

二、2024年工作安排

今年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右，固定资产投资450亿元以上。力争全年数字经济核心产业增加值增长10%。
"""

NEWS = """墨川高新区上半年经济运行情况

今年上半年，墨川高新区地区生产总值实现730.5亿元，两年平均增长6.6%，增速列全市第1位。社会消费品零售总额、数字经济核心产业增加值分别增长8.2%、12.5%，均排名全市前3位。

2023年，全区地区生产总值1498亿元，社会消费品零售总额688.4亿元。星澜路商圈实现社会消费品零售总额约120亿元。

数说墨川这十年

● 全区地区生产总值由510亿元升至1498亿元，年均增长11.4%。
"""

UNDATED = """墨川高新区管委会2025年工作报告

全年完成地区生产总值约1600亿元，增长5.4%。
"""


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    """The three documents above built into a store (the first two dated by a manifest),
    and their extraction."""
    from kg.pipeline import build, extract
    root = tmp_path_factory.mktemp("indicators")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(REPORT, encoding="utf-8")
    (corpus / "b.txt").write_text(NEWS, encoding="utf-8")
    (corpus / "c.txt").write_text(UNDATED, encoding="utf-8")
    (corpus / "manifest.csv").write_text(
        "file,title,date,kind\na.txt,墨川高新区2024年工作报告,2024-02,政府工作报告\n"
        "b.txt,墨川高新区上半年经济运行情况,2024-07,报纸\n", encoding="utf-8")
    build(corpus, out=root / "g.trig", store_dir=root / "st")
    ex, _, _ = extract(corpus, workers=1)
    return ex, root


def obs(invented, **want):
    ex, _ = invented
    out = []
    for o in ex.observations:
        if all(getattr(o, k) == v for k, v in want.items()):
            out.append(o)
    return out


def test_results_of_a_review_section(invented):
    (gdp,) = obs(invented, doc_id="a.txt", indicator="GDP", measure="amount")
    assert (gdp.area, gdp.period.code, gdp.value, gdp.unit, gdp.kind, gdp.rank, gdp.rank_scope) == \
        ("Platform/墨川高新区", "2023", "152030000000", "CNY", "result", 2, "全市")
    (growth,) = obs(invented, doc_id="a.txt", indicator="RetailSales", measure="growthRate")
    assert (growth.period.code, growth.value, growth.rank, growth.kind) == ("2023", "4.4", 3, "result")
    # the period of the sentence before, in the same paragraph … and of the section
    (income,) = obs(invented, indicator="DisposableIncome", measure="amount")
    assert (income.period.code, income.value, income.unit) == ("2023", "68000", "CNY/person")


def test_a_word_that_holds_a_target_word_is_no_target(invented):
    (trade,) = obs(invented, indicator="TradeTotal", doc_id="a.txt")
    assert (trade.kind, trade.period.code) == ("result", "2023")     # 高于年初预期 compares with the plan


def test_another_areas_figure_is_not_recorded(invented):
    assert [o.value for o in obs(invented, doc_id="a.txt", indicator="GDP", measure="growthRate",
                                 kind="result")] == ["6.2"]        # not 全市's 5%


def test_targets_of_the_plan_section_and_after_a_target_word(invented):
    targets = {(o.indicator, o.measure, o.value, o.bound, o.period.code) for o in obs(invented, kind="target")}
    assert targets == {("GDP", "growthRate", "6", "about", "2024"),
                       ("FixedAssetInvestment", "amount", "45000000000", "atLeast", "2024"),
                       ("DigitalEconomyValueAdded", "growthRate", "10", None, "2024")}


def test_half_year_news_average_growth_and_ranks(invented):
    (gdp,) = obs(invented, doc_id="b.txt", indicator="GDP", period=Period(2024, 1, 2024, 6), measure="growthRate")
    assert (gdp.kind, gdp.average_over, gdp.rank, gdp.value) == ("average", 2, 1, "6.6")
    listed = obs(invented, doc_id="b.txt", period=Period(2024, 1, 2024, 6), rank_within=3)
    assert {(o.indicator, o.value) for o in listed} == {("RetailSales", "8.2"), ("DigitalEconomyValueAdded", "12.5")}


def test_an_area_named_before_its_measure(invented):
    (cd,) = obs(invented, indicator="RetailSales", bound="about")
    assert (cd.area, cd.value, cd.period.code) == ("CommercialDistrict/星澜路商圈", "12000000000", "2023")


def test_a_change_over_the_span_of_a_heading(invented):
    gdp = {(o.period.code, o.measure, o.value, o.kind, o.average_over)
           for o in obs(invented, doc_id="b.txt", indicator="GDP") if o.rule == "indicator-change"
           or o.average_over == 10}
    assert gdp == {("2013", "amount", "51000000000", "result", None),
                   ("2023", "amount", "149800000000", "result", None),
                   ("2013-2023", "growthRate", "11.4", "average", 10)}


def test_the_year_of_an_undated_document_comes_from_its_title(invented):
    (gdp,) = obs(invented, doc_id="c.txt", measure="amount")
    assert (gdp.period.code, gdp.value, gdp.bound) == ("2025", "160000000000", "about")


def test_the_graph_with_indicators_passes_the_shapes(invented):
    from kg.validate import validate
    _, root = invented
    conforms, report = validate(root / "g.trig")
    assert conforms, report


def test_the_shapes_reject_a_broken_observation(invented):
    import rdflib
    from kg.validate import load, validate
    _, root = invented
    g = load(root / "g.trig")
    kgo = rdflib.Namespace("https://w3id.org/gongshu-kg/ontology#")
    ob, area = next(iter(g.subject_objects(kgo.refArea)))
    g.remove((ob, kgo.refArea, area))
    conforms, report = validate(g)
    assert not conforms and "kgo:refArea" in report
    g.add((ob, kgo.refArea, area))
    g.set((ob, kgo.figureKind, rdflib.Literal("forecast")))
    conforms, report = validate(g)
    assert not conforms and "kgo:figureKind" in report


# -- the table: conflicts, formats ----------------------------------------------------------

@pytest.fixture(scope="module")
def rows(invented):
    from kg.indicators.table import load_rows
    from kg.store import open_store
    _, root = invented
    return load_rows(open_store(root / "st"), area="墨川高新区")


def test_two_sources_that_disagree_are_both_shown_and_flagged(rows):
    gdp = [r for r in rows if r.code == "GDP" and r.period.code == "2023" and r.amount]
    assert {(r.doc, r.amount.value) for r in gdp} == {("a.txt", Decimal("152030000000")),
                                                       ("b.txt", Decimal("149800000000"))}
    a = [r for r in gdp if r.doc == "a.txt"]
    b = [r for r in gdp if r.doc == "b.txt"]
    assert len(a) == 1 and len(b) == 2                      # b.txt says 1498亿元 twice: they agree
    assert a[0].conflicts == [x.source for x in b]
    assert all(x.conflicts == [a[0].source] for x in b)


def test_figures_that_agree_to_their_precision_do_not_conflict(rows):
    retail = [r for r in rows if r.code == "RetailSales" and r.period.code == "2023" and r.amount]
    assert {str(r.amount.value) for r in retail} == {"68800000000", "68840000000"}   # 688 and 688.4亿元
    assert not any(r.conflicts for r in retail)


def test_the_area_filter_and_unknown_names(invented):
    from kg.indicators.table import IndicatorError, load_rows
    from kg.store import open_store
    _, root = invented
    store = open_store(root / "st")
    assert {r.area for r in load_rows(store, area="星澜路商圈")} == {"星澜路商圈"}
    with pytest.raises(IndicatorError, match="areas with indicators: 墨川高新区, 星澜路商圈"):
        load_rows(store, area="青禾区")
    with pytest.raises(IndicatorError, match="no measure named 国民收入 — measures: 地区生产总值"):
        load_rows(store, measure="国民收入")
    assert {r.code for r in load_rows(store, measure="GDP")} == {"GDP"}


def test_formats(rows):
    from kg.indicators.table import format_rows
    table = format_rows(rows, "table")
    assert "≠ b.txt#" in table and "rows disagree" in table
    parsed = list(csv.DictReader(io.StringIO(format_rows(rows, "csv"))))
    assert {r["period_code"] for r in parsed} >= {"2023", "2024-H1", "2024"}
    data = json.loads(format_rows(rows, "json"))
    assert data["conflicts"] and all(r["sentence"] for r in data["rows"])
    page = format_rows(rows, "html")
    assert page.count("<svg") == 2 * len({(r.area, r.code) for r in rows}) and "<script" not in page
    with pytest.raises(ValueError, match="use one of table, csv, json, html"):
        format_rows(rows, "xml")


# -- the bundled corpus (the acceptance) ---------------------------------------------

DOC_002, DOC_003, DOC_004 = "002_aa8e2dd3bf96fdae.txt", "003_311f04df4b6279a0.txt", "004_ae53370610f934a0.txt"


@pytest.fixture(scope="module")
def bundled(kg_cli, cli_build):
    assert cli_build.proc.returncode == 0, cli_build.proc.stderr
    r = kg_cli("indicators", "--area", "拱墅区", "--store", str(cli_build.store), "--format", "json",
               cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["rows"]


def find(rows, doc, code, period):
    hits = [r for r in rows if r["doc"] == doc and r["code"] == code and r["period"]["code"] == period]
    assert len(hits) == 1, (doc, code, period, hits)
    return hits[0]


@pytest.mark.parametrize("code, amount, growth, rank", [
    ("GDP", "209150000000", "5.1", None),
    ("RetailSales", "136390000000", "3.9", ("amount", 1, "全省")),
    ("FixedAssetInvestment", "84340000000", "14.8", ("growth", 3, "全市")),
    ("PublicBudgetRevenue", "19920000000", "8.1", None),
])
def test_bundled_2023_figures_of_the_work_report(bundled, code, amount, growth, rank):
    r = find(bundled, DOC_002, code, "2023")
    assert (r["kind"], r["amount"]["value"], r["amount"]["unit"], r["growth"]["value"]) == \
        ("result", amount, "CNY", growth)
    if rank:
        which, n, scope = rank
        assert (r[which]["rank"], r[which]["rank_scope"]) == (n, scope)
    assert r["amount"]["stated"] in r["sentence"]


def test_bundled_first_half_2021_figures(bundled):
    gdp = find(bundled, DOC_004, "GDP", "2021-H1")
    assert gdp["amount"]["value"] == "98661000000" and gdp["growth"]["value"] == "7.2"
    assert (gdp["growth"]["kind"], gdp["growth"]["average_over"]) == ("average", 2)
    assert (gdp["growth"]["rank"], gdp["growth"]["rank_scope"]) == (3, "全市")
    retail = [r for r in bundled if r["doc"] == DOC_004 and r["code"] == "RetailSales" and r["amount"]]
    assert [(r["period"]["code"], r["amount"]["value"], r["growth"]["value"], r["growth"]["rank"])
            for r in retail] == [("2021-H1", "61436000000", "20.7", 2)]


def test_bundled_coming_year_figures_of_003_are_targets(bundled):
    rows = [r for r in bundled if r["doc"] == DOC_003 and r["period"]["code"] == "2025"]
    assert rows and {r["kind"] for r in rows} == {"target"}
    gdp = find(bundled, DOC_003, "GDP", "2025")
    assert (gdp["growth"]["value"], gdp["growth"]["bound"]) == ("5.5", "about")


# -- the cities documents, read as data -----------------------------------------------------

@pytest.mark.skipif(not CITIES.is_dir(), reason="../shared/eval/cities/corpus is not there")
def test_cities_documents(tmp_path):
    from kg.pipeline import extract
    corpus = tmp_path / "cities"
    shutil.copytree(CITIES, corpus)
    ex, _, _ = extract(corpus)
    got = {(o.doc_id, o.indicator, o.period.code, o.measure, o.value, o.kind) for o in ex.observations}
    # c05: a press conference; 高新区 is the zone it speaks for
    assert ("c05.txt", "GDP", "2023", "amount", "140200000000", "result") in got
    # c08: 今年1至4月 of a news item dated by its title (2024年第二批…)
    assert ("c08.txt", "FixedAssetInvestment", "2024-M01-M04", "growthRate", "8.2", "result") in got
    # c10: 全年 in the review section 一、2023年工作回顾 of a 2024 report
    assert ("c10.txt", "GDP", "2023", "amount", "78000000000", "result") in got
    areas = {o.doc_id: o.area for o in ex.observations}
    assert areas["c08.txt"] == "Place/滨海新区"
    # c01 and c07 give no year at all (过去一年, 今年前三季度 in undated documents): nothing is guessed
    assert not any(o.doc_id in ("c01.txt", "c07.txt") for o in ex.observations)


@pytest.mark.parametrize("text, target", [
    ("目标：地区生产总值增长6%", True),
    ("力争全年社会消费品零售总额增长8%", True),
    ("主要预期目标是地区生产总值增长6%左右", True),
    ("预计全年地区生产总值增长6%", True),
    ("确保固定资产投资450亿元以上", True),
    # near misses: a word that compares a result with the plan, or names a plan already met
    ("主要指标高于年初预期，地区生产总值增长6%", False),
    ("完成目标任务，地区生产总值增长6%", False),
    ("地区生产总值增长6%", False),
])
def test_every_target_form(text, target):
    from kg.indicators.extract import _target
    from kg.indicators.rules import load_indicator_rules
    (f,) = read_figures(text)[:1]
    assert _target(text, f.pos, load_indicator_rules()) is target
