"""A firm the text says another holds, and what 该公司, 其 and 公司 stand for after it (kg/relate/patterns.py
``remember``: the holder named last is not what the sentence is about; relations.toml located-firm-word,
located-firm-is-then-site, owner-bare-firm-project, [track] item_heading 一是X。; rules.toml [generic] 公司).
Names and sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on
from recognition import case, check

E, P, PL, L = "Enterprise", "Project", "Platform", "Place"
OWN, LOC = "ownedBy", "locatedIn"

FIRM = {"星澜物流有限公司": E, "墨川控股股份有限公司": E}


def facts(things: dict, *texts) -> set[tuple[str, str, str]]:
    return {f for f in relate_on(things, *texts).pairs() if f[1] in (OWN, LOC)}


@pytest.mark.parametrize("things,text,want,unwanted", [
    # 该公司系Y全资子公司。其投资建设的Z: 其 is the firm, not its holder named last
    ({**FIRM, "白露转运中心项目": P},
     "星澜物流有限公司发展迅速。该公司系墨川控股股份有限公司全资子公司，主营航空货运。其投资建设的白露转运中心项目已投用。",
     {("星澜物流有限公司", OWN, "墨川控股股份有限公司"), ("白露转运中心项目", OWN, "星澜物流有限公司")},
     {("白露转运中心项目", OWN, "墨川控股股份有限公司")}),
    # X由Y控股 … 该公司投资的Z
    ({**FIRM, "青禾冷链物流园项目": P},
     "星澜物流有限公司由墨川控股股份有限公司控股，主营冷链。该公司投资的青禾冷链物流园项目落地。",
     {("青禾冷链物流园项目", OWN, "星澜物流有限公司")},
     {("青禾冷链物流园项目", OWN, "墨川控股股份有限公司")}),
    # (near miss: the holder is named again as the sentence's own subject: its project is its own)
    ({**FIRM, "青禾冷链物流园项目": P},
     "星澜物流有限公司由墨川控股股份有限公司控股。墨川控股股份有限公司投资的青禾冷链物流园项目落地。",
     {("青禾冷链物流园项目", OWN, "墨川控股股份有限公司")},
     {("青禾冷链物流园项目", OWN, "星澜物流有限公司")}),
    # (near miss: the firm sets up another, named after it: 该公司 is still the one set up last)
    ({"白露实业有限公司": E, "白露新材料有限公司": E, "云溪材料项目": P},
     "白露实业有限公司投资设立白露新材料有限公司。该公司投资建设的云溪材料项目开工。",
     {("云溪材料项目", OWN, "白露新材料有限公司")}, set()),
])
def test_the_holder_named_last_is_not_the_firm(things, text, want, unwanted):
    got = facts(things, text)
    assert want <= got and not (unwanted & got), got


@pytest.mark.parametrize("things,text,want,unwanted", [
    # 该公司隶属Y，位于P / 该公司系Y全资子公司，注册于P: the firm lies there, not its holder
    ({**FIRM, "云溪开发区": PL}, "星澜物流有限公司获评标杆。该公司隶属墨川控股股份有限公司，位于云溪开发区，主营快递。",
     {("星澜物流有限公司", LOC, "云溪开发区")}, {("墨川控股股份有限公司", LOC, "云溪开发区")}),
    ({**FIRM, "青禾综合保税区": PL}, "星澜物流有限公司获评标杆。该公司系墨川控股股份有限公司全资子公司，注册于青禾综合保税区。",
     {("星澜物流有限公司", LOC, "青禾综合保税区")}, set()),
    # X隶属Y，位于P: X, named, lies there
    ({**FIRM, "白沙镇": L}, "星澜物流有限公司隶属墨川控股股份有限公司，位于白沙镇。",
     {("星澜物流有限公司", LOC, "白沙镇")}, {("墨川控股股份有限公司", LOC, "白沙镇")}),
    # (near miss: the holder's own clause says where the holder lies)
    ({**FIRM, "白沙镇": L}, "星澜物流有限公司获评标杆。该公司的客户墨川控股股份有限公司，位于白沙镇。",
     set(), {("星澜物流有限公司", LOC, "白沙镇")}),
])
def test_where_the_held_firm_lies(things, text, want, unwanted):
    got = facts(things, text)
    assert want <= got and not (unwanted & got), got


@pytest.mark.parametrize("things,texts,want,unwanted", [
    # 一是X。该公司隶属Y…。公司年产…项目: the point's firm owns the project, not its holder
    ({**FIRM, "年产5万吨冷链装备项目": P},
     ("本次入选企业情况如下：", "一是星澜物流有限公司。该公司隶属墨川控股股份有限公司，主营冷链。公司年产5万吨冷链装备项目正在建设。"),
     {("年产5万吨冷链装备项目", OWN, "星澜物流有限公司")}, {("年产5万吨冷链装备项目", OWN, "墨川控股股份有限公司")}),
    # (near miss: a point that is no firm's name alone: two firms in reach, the word stands for neither)
    ({**FIRM, "年产5万吨冷链装备项目": P},
     ("本次入选企业情况如下：", "一是星澜物流有限公司和墨川控股股份有限公司。公司年产5万吨冷链装备项目正在建设。"),
     set(), {("年产5万吨冷链装备项目", OWN, "星澜物流有限公司"), ("年产5万吨冷链装备项目", OWN, "墨川控股股份有限公司")}),
])
def test_a_point_naming_a_firm(things, texts, want, unwanted):
    got = facts(things, "\n\n".join(texts))
    assert want <= got and not (unwanted & got), got


@pytest.mark.parametrize("text, want", [
    # the bare word 公司 opening a project's words is the firm in reach, no word of the project's name
    case("公司年产5万吨冷链装备项目正在建设。", {"年产5万吨冷链装备项目": P}, id="bare-firm-word"),
    # (near miss: a firm's own name before 公司 stays in the project's name)
    case("星澜公司年产5万吨冷链装备项目正在建设。", {"星澜公司年产5万吨冷链装备项目": P}, id="named-firm"),
])
def test_the_bare_firm_word_before_a_project(recogniser, text, want):
    check(recogniser, text, want)
