"""Track names with a word glued before them that is no word of theirs, or a count glued
after them (kg/recognise/track_fronts.py; rules.toml [track] front_words, bracket_fronts):
sentences on invented tracks."""
from __future__ import annotations

import pytest

from types import SimpleNamespace

from kg.recognise.candidate import Cand
from kg.recognise.track_fronts import unfront
from recognition import case, check

T, E = "IndustryTrack", "Enterprise"


@pytest.mark.parametrize("text, want", [
    # an ordinal of a clause
    case("一是星澜芯片、云溪传感器等关键零部件仍需外购。", {"星澜芯片": T, "云溪传感器": T}, id="yishi"),
    # a verb
    case("补齐青禾液压件、墨川传动系统等关键零部件短板。", {"青禾液压件": T, "墨川传动系统": T}, id="buqi"),
    case("围绕白露压裂装备环节，引进配套企业。", {"白露压裂装备": T}, id="weirao"),
    case("主要生产星澜汽车底盘、青禾电驱系统等关键零部件。", {"星澜汽车底盘": T, "青禾电驱系统": T}, id="zhuyaoshengchan"),
    # the speaker's place
    case("全县云溪螺旋藻产业年产值达到九亿元。", {"云溪螺旋藻": T}, id="quanxian"),
    # ... before a known track read with its suffix (全州|生物医药产业: the name is the track's alone)
    case("墨川菌菇为全州生物医药产业供应原料。", {"生物医药": T}, id="quanzhou-known-with-suffix"),
    # a dash opening a line
    case("——墨川电力装备：青禾集团在此设有工厂。", {"墨川电力装备": T, "青禾集团": E}, id="dash"),
    # 含 right after a bracket
    case("高端装备（含星澜数控机床、青禾开关柜）占比约三成。",
         {"高端装备": T, "星澜数控机床": T, "青禾开关柜": T}, id="bracket-han"),
    case("青禾公司专注于高端装备。", {"青禾公司": E, "高端装备": T}, id="zhuanzhuyu"),
    # the verb of belonging (同属T赛道的X: the firm shares the track; the verb is no word of it)
    case("同属青禾果脯赛道的星澜食品有限公司则主打礼盒装。", {"青禾果脯": T, "星澜食品有限公司": E},
         id="tongshu"),
    # near misses: words that open a track's own name stay
    case("发展含氟新材料产业。", {"含氟新材料": T}, id="han-opens-a-track"),
    case("推动全域旅游产业发展。", {"全域旅游": T}, id="quanyu-stays"),
])
def test_front_words(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, span, want", [
    # a count glued after a track's last word by the tokens (甲、乙、青禾菊三|大特色产业)
    case("围绕茶叶、青禾菊三大特色产业", (5, 9), "青禾菊", id="count-after"),
    case("围绕茶叶、青禾菊两个方向", (5, 9), "青禾菊", id="count-after-ge"),
    # (not a numeral that is a word of the name, nor one no counter follows)
    case("发展星澜三维打印产业", (2, 8), "星澜三维打印", id="numeral-inside"),
    case("发展云溪一号产品", (2, 5), "云溪一", id="numeral-no-counter"),
    # fronts, and one that leaves fewer than two characters stays
    case("二是墨川材料", (0, 6), "墨川材料", id="ershi"),
    case("我州白露食品加工", (0, 6), "白露食品", id="wozhou"),
    case("围绕茶", (0, 3), "围绕茶", id="too-short-left"),
])
def test_unfront_spans(recogniser, text, span, want):
    ctx = SimpleNamespace(text=text, rules=recogniser.rules, lex=recogniser.lex,
                          cands=[Cand(*span, T, text[slice(*span)], "t")])
    unfront(ctx)
    c = ctx.cands[0]
    assert (text[c.start:c.end], c.name) == (want, want)
