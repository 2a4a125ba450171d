"""The office of a task's leading group, headquarters or task force, named by its place or level
and its task (kg/recognise/task_offices.py; rules.toml [task_office])."""
from __future__ import annotations

import pytest

from recognition import case, check

P, I = "Place", "Institution"


@pytest.mark.parametrize("text, want", [
    # the task's words (建设, 推进, 工作 end names elsewhere) belong to the office's name
    case("拱墅区招商项目落地推进领导小组办公室联合区商务局开展核查",
         {"拱墅区招商项目落地推进领导小组办公室": I, "拱墅区": P, "区商务局": I}, id="district-leading-group"),
    case("杭州市重点工程建设指挥部办公室印发通知", {"杭州市重点工程建设指挥部办公室": I, "杭州市": P},
         id="city-headquarters"),
    # a bare level stands for the area; a role label (重大项目) is a word of the task here
    case("相关材料报市重大项目前期工作专班办公室审核", {"市重大项目前期工作专班办公室": I}, id="level-task-force"),
    case("（市营商环境建设工作领导小组办公室）", {"市营商环境建设工作领导小组办公室": I}, id="bracketed"),
    # near misses: without a place or a level the walk does not name it
    case("由各部门申报、领导小组办公室汇总把关", {"领导小组办公室": I}, id="bare-office"),
    case("全区招商项目落地推进领导小组办公室", {"领导小组办公室": I}, id="whole-district-is-no-level"),
])
def test_task_offices(recogniser, text, want):
    check(recogniser, text, want)
