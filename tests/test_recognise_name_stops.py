"""Where a name's walk stops (kg/recognise/name_stops.py; rules.toml [boundary] words and
glued_words, [modifier] ordinal_counts): a verb or a direction's word jieba glued before a
body or a place, and an ordinal that counts things, are no words of the name after them.
Sentences with INVENTED names (星澜, 青禾, 云溪, 墨川)."""
from __future__ import annotations

import pytest

from recognition import case, check

P, PL, PR, I, E = "Place", "Platform", "Project", "Institution", "Enterprise"


@pytest.mark.parametrize("text, want", [
    # "entrusts", "or through", "must pass", "lies west of": the body or place follows
    case("每年委托云溪检测研究院开展检验。", {"云溪检测研究院": I}, id="entrusts"),
    case("须经青禾行业协会认定。", {"青禾行业协会": I}, id="must-pass"),
    case("原料自产或经协会备案的玉米。", {}, id="or-through-a-bare-head"),
    case("项目西距墨川机场20公里。", {"墨川机场": P}, id="lies-west-of"),
    case("园区北距星澜铁路8公里。", {"星澜铁路": P}, id="lies-north-of"),
    case("其证明商标注册人为杭州市星澜茶叶行业协会。", {"杭州市星澜茶叶行业协会": I}, id="the-registrant-is"),
    # "mobilises" (a noun to jieba): the body before it and the firm after are two names
    case("云溪区民营企业商会动员青禾星澜建材集团有限公司与墨川村结对。",
         {"云溪区民营企业商会": I, "青禾星澜建材集团有限公司": E, "墨川村": P}, id="mobilises"),
    # through a body: the level jieba glued to the verb opens the body's name
    case("经县工信局党组会议审定。", {"县工信局": I}, id="through-a-level"),
    # an ordinal counting things: the name begins after it
    case("这是青禾机场第一个全货机航班。", {"青禾机场": P}, id="first-of-a-kind"),
    case("星澜集团第三家门店开业。", {"星澜集团": E}, id="third-shop"),
    # near misses: an ordinal of a name's own line stays in it; a name that opens with the
    # same characters as a boundary word is no verb
    case("星澜汽车第二条焊装线配套项目开工。", {"星澜汽车第二条焊装线配套项目": PR}, id="second-line-in-a-name"),
    case("委托书由青禾检测研究院出具。", {"青禾检测研究院": I}, id="noun-not-verb"),
])
def test_a_word_before_a_name_that_stops_it(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a period's word before a place, whatever jieba tags it (民国时期: b, 抗战时期: nz, 时期: n)
    case("始建于民国时期云溪镇的老茶庄。", {"云溪镇": P}, id="republican-era"),
    case("抗战时期星澜镇是交通要道。", {"星澜镇": P}, id="war-era"),
    case("新时期星澜产业园加快发展。", {"星澜产业园": PL}, id="new-era"),
    # near miss: a name holding 时代 (an age, a brand's word) keeps it
    case("项目落户青禾时代广场。", {"青禾时代广场": P}, id="times-square"),
])
def test_a_period_before_a_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # words of a report, a comparison, schooling, output and a meeting before a name: none of it
    case("报告期内公司营业收入稳步增长。", {}, id="reporting-period"),
    case("墨川片区多数厂家地均税收不足园区均值。", {"墨川片区": P}, id="falls-short-of"),
    case("园区骨干企业满负荷生产，订单排到年底。", {}, id="at-full-load"),
    case("百余名企业代表齐聚一堂。", {}, id="gather-in-one-hall"),
    case("青禾电驱有限公司主营永磁电机转子。", {"青禾电驱有限公司": E}, id="mainly-makes"),
    # a character jieba glued onto a direction's verb (带|北接): the zone after it begins after it
    case("青禾滨江发展带北接墨川高新区。", {"青禾滨江": P, "墨川高新区": PL}, id="glued-direction-verb"),
    # near misses: the same verbs jieba keeps apart, and a body whose name holds a period's word
    case("云溪生态经济带南接星澜港。", {"云溪生态经济带": PL}, id="direction-verb-apart"),
    case("墨川期货交易所开设新品种。", {"墨川期货交易所": I}, id="period-char-in-a-name"),
])
def test_a_word_of_a_report_or_a_meeting_stops_a_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a base's size before its name (hives, flocks: [modifier] size_counters), the counter
    # glued by jieba onto the next word or not: the name begins after it
    case("在墨川镇建设了5000群岩蜂养殖基地，", {"墨川镇": P, "岩蜂养殖基地": PR}, id="colonies-glued"),
    case("在墨川镇建成了3万羽乌骨鸡养殖基地，", {"墨川镇": P, "乌骨鸡养殖基地": PR}, id="flock-glued"),
    # near miss: a rate word before the number ([modifier] rate_words) names the base by its
    # yearly output, the number a word of its name (the short walk stops at the verb 出栏 itself)
    case("星澜牧业年出栏3000头滩羊养殖基地投产。", {"3000头滩羊养殖基地": PR}, id="yearly-output-stays"),
])
def test_a_size_before_a_base_is_no_word_of_its_name(recogniser, text, want):
    check(recogniser, text, want)
