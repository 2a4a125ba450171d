"""kg/relate/chainstages.py on given mentions (tests/relate_helpers.py): the stages of a
chain set out in a sentence (上游为A、B; 中游T环节，覆盖A、B两个细分领域; 中游整机环节，A、B三个
方向…). Names and sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

T = "IndustryTrack"
RULE = "chain-stage-list"
TRACKS = {k: T for k in ("青禾材料", "炼化", "烯烃", "芳香", "树脂", "橡胶", "星澜装备", "核心部件", "减速器",
                         "伺服电机", "控制器", "机器人", "数控机床", "检测装备", "系统集成", "汽车", "工程机械",
                         "墨川总成", "底盘", "车身", "云岫家电")}
REPORT = "星澜装备产业链研究报告\n"


@pytest.mark.parametrize("text,want", [
    # the tracks a stage is said to be, in the sentence naming the chain
    # (the first stage's tracks: head-sub's, under the track opening the sentence)
    ("青禾材料产业链自上而下看：上游为炼化、烯烃和芳香；中游为树脂、橡胶。",
     {("树脂", "青禾材料"), ("橡胶", "青禾材料")}),
    # ... a stage's item in a report on the chain (the first one is chain-stage's)
    ("青禾材料产业链研究报告\n1．上游：炼化、烯烃与芳香。除星澜公司外，白沙公司从事仓储。",
     {("烯烃", "青禾材料"), ("芳香", "青禾材料")}),
    ("青禾材料产业链研究报告\n下游重点发展树脂和橡胶。", {("树脂", "青禾材料"), ("橡胶", "青禾材料")}),
    # a stage named by a track: it is the chain's, what its clause counts is its own
    (REPORT + "上游核心部件环节，控制器、减速器、伺服电机三大件依赖外购。",
     {("减速器", "核心部件"), ("伺服电机", "核心部件"), ("控制器", "核心部件")}),
    # (in a section on the chain: a title naming it alone makes it chain-label-sub's)
    ("调研报告\n（二）星澜装备产业链。\n下游系统集成环节，甲公司给汽车、工程机械行业做配套服务。",
     {("系统集成", "星澜装备")}),
    # a stage named by a plain word: what its clause counts is the chain's (not the served)
    (REPORT + "中游整机环节，机器人、数控机床、检测装备三个方向已有龙头。",
     {("机器人", "星澜装备"), ("数控机床", "星澜装备"), ("检测装备", "星澜装备")}),
    # ... not a label of other words (a segment's name the recogniser missed)
    (REPORT + "中游白沙总成环节，覆盖底盘、车身两个细分领域。", set()),
    # a stage named in passing, a bare 上游环节 (the heading's stage), no chain: nothing
    (REPORT + "眼下上游基本齐全，中游仍待补强。", set()),
    (REPORT + "上游环节主要包括减速器、伺服电机。", set()),
    ("云岫家电加快发展。上游为炼化、烯烃和芳香。", set()),
])
def test_the_tracks_of_a_chains_stages(text, want):
    r = relate_on(TRACKS, text)
    got = {(s, o) for s, p, o, rule in r.facts("subTrackOf") if rule == RULE}
    assert got == want


LEGEND = {k: T for k in ("星澜装备", "核心部件", "减速器", "伺服电机", "控制器", "整机装配", "检测装备", "系统集成")}


@pytest.mark.parametrize("text,want", [
    # a chain map's legend line: a stage's nodes are the chain's segments, a bracket's nodes the
    # segments of the node before it
    (REPORT + "上游：核心部件 ◐（减速器◐ 伺服电机● 控制器○）\n中游：整机装配 ● 检测装备 ○",
     {("核心部件", "星澜装备"), ("减速器", "核心部件"), ("伺服电机", "核心部件"), ("控制器", "核心部件"),
      ("整机装配", "星澜装备"), ("检测装备", "星澜装备")}),
    # ... nodes parted by spaces alone
    (REPORT + "下游：系统集成　检测装备", {("系统集成", "星澜装备"), ("检测装备", "星澜装备")}),
    # (near misses: a stage's list, no legend; a legend with no chain named: only the bracket's nodes)
    (REPORT + "上游：核心部件、减速器与控制器。", set()),
    ("星澜装备发展报告\n上游：核心部件 ◐（减速器◐ 控制器○）", {("减速器", "核心部件"), ("控制器", "核心部件")}),
])
def test_the_nodes_of_a_chain_maps_legend(text, want):
    r = relate_on(LEGEND, text)
    assert {(s, o) for s, p, o, rule in r.facts("subTrackOf") if rule == "chain-legend"} == want
    # (no node is a segment of the node opening the line)
    assert not {(s, o) for s, p, o, rule in r.facts("subTrackOf") if rule == "head-sub"}
