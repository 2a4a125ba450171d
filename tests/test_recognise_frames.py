"""Names a firm noun next to them gives away (kg/recognise/frames.py
``appositives``; rules.toml [context] appositive_after), on INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, check

E = "Enterprise"


@pytest.mark.parametrize("text, want", [
    case("作为本土企业青禾星选，", {"青禾星选": E}, id="ends-its-clause"),
    case("坚持走在零售潮流前线的上市企业青禾星选,作为首批签约企业代表", {"青禾星选": E}, id="shangshiqiye"),
    # the appositive ends at its list item; the firm-shaped name listed beside it is a firm
    # of its own (kg/recognise/resolve.py, a firm beside a firm across 、)
    case("龙头企业云栖星辰、墨川网络持续增长", {"云栖星辰": E, "墨川网络": E}, id="ends-its-list-item"),
    case("今年新增龙头企业4家", {}, id="a-count"),
    # ... or that the clause's verb or adverb follows
    case("本地企业澜湾精测专注于晶圆检测设备", {"澜湾精测": E}, id="verb-after"),
    case("本地企业澜湾精测已经完成搬迁", {"澜湾精测": E}, id="adverb-after"),
    case("今年本地企业营收增长近两成", {}, id="two-character-noun-before-a-verb"),
    # the name stops at idioms and adverbs
    case("星澜科技、墨川网络等本土企业营收稳步增长", {"星澜科技": E, "墨川网络": E}, id="idiom-after-a-list"),
    case("全区本土企业营收稳步增长", {}, id="idiom"),
    case("本土企业稳步发展", {}, id="adverb"),
    case("本土企业营收快速增长", {}, id="noun-tagged-phrase",
         xfail="营收 is no word of jieba's and 快速增长 is tagged a noun: 营收快速增长 reads as a "
               "proper word and is taken for a firm"),
    case("本土企业营收稳中有进", {}, id="set-phrase",
         xfail="稳中有进 is a set phrase (tag l), which does not end a name as an idiom (i) does: "
               "营收稳中有进 is taken for a firm"),
])
def test_appositives(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # 将于年内 before the act verb is no word of the last name
    case("另据介绍，墨川数智中心三期、星澜研发中心二期将于年内开工建设", {"星澜研发中心二期": "Project", "墨川数智中心三期": "Project"},
         id="jiangyu-niannei"),
    # the last item stops at the predicate's adverb or preposition, and at a time word
    case("星澜茶饮、墨川潮玩浙东首店将于下月在青禾天街开业。", {"星澜茶饮": "Project", "墨川潮玩浙东首店": "Project",
         "青禾天街": "Place"}, id="adverb-and-preposition"),
    case("青禾商都三期、星澜图书馆新馆次日开工。", {"青禾商都三期": "Project", "星澜图书馆新馆": "Project"},
         id="time-word-at-the-end"),
    # an item that is a description (的) is no name
    case("云栖科技的扩产项目都是当年开工。", {}, id="description"),
    # a date's words before the act verb are no name (2024|年9月主体|封顶)
    # (the heading, a centre's project, is a name: kg/recognise/long_names.py facility_tails)
    case("青禾中心项目：总投资6.5亿元，2024年9月主体封顶。", {"青禾中心项目": "Project"}, id="date-before-the-act"),
    # ... nor a count's (12|个城中村改造项目)
    case("全年完成12个城中村改造项目", {}, id="count-before-a-head"),
])
def test_time_words_before_an_act_verb(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a quoted name right before a word for a market or a commercial street names it
    case("墨川文旅负责运营的“青禾之夜”街区周末客流大增", {"青禾之夜": "CommercialDistrict"}, id="quoted-jiequ"),
    case("“夜星澜”夜市自5月开市以来人气很旺", {"夜星澜": "CommercialDistrict"}, id="quoted-yeshi"),
    # ... or after a few words of its kind: the whole is its name
    case("青禾老城的“墨川往事”文创街区周末开放", {"墨川往事文创街区": "CommercialDistrict"}, id="quoted-kind-jiequ"),
    case("打造“一街一品”特色街区", {}, id="quoted-slogan-kind"),
    # (near miss: words of a clause between, no kind: a shop's name, then where it opened)
    case("“白露米粉”也在美食街开了分店", {}, id="quoted-then-clause"),
    # near miss: a slogan in quotation marks, and a quotation the noun does not follow
    case("打造“一街一品”街区", {}, id="quoted-slogan"),
    case("“青禾之夜”活动吸引游客", {}, id="quoted-event"),
])
def test_quoted_districts(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # the part of a build the act verb tells of is no word of its name ([frame_items] cut_last_words)
    case("云溪中心主体结构封顶。", {"云溪中心": "Project"}, id="structure"),
    case("星澜科技园二期主体完工。", {"星澜科技园二期": "Project"}, id="after-a-phase"),
    case("青禾大厦主体完工。", {"青禾大厦": "Project"}, id="main-body"),
    case("推进星澜湾国际创新区起步区建设。", {"星澜湾国际创新区": "Platform"}, id="starting-area"),
])
def test_a_builds_part_ends_its_name(recogniser, text, want):
    check(recogniser, text, want)
