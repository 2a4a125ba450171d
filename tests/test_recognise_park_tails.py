"""kg/recognise/park_tails.py (rules.toml [park_tail]): a park's lettered section (X产业园A区,
X科技城B区, X产业园标准厂房C区) and a list's count read into its last park (A开发区和B基地两个园区)
are cut back to the park, the platform. On INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, names


@pytest.mark.parametrize("text, name, cls", [
    case("项目地点：墨川高新区青禾医药产业园A区。", "青禾医药产业园", "Platform", id="label-site"),
    case("工作地点：星澜电子信息产业园C区。", "星澜电子信息产业园", "Platform", id="work-place"),
    case("星澜科技有限公司落户白露科技城A区。", "白露科技城", "Platform", id="science-city"),
    case("星澜公司落户白露光电产业园标准厂房B区。", "白露光电产业园", "Platform", id="workshop-block"),
    case("星澜科技有限公司位于青禾产业园B区，总投资5亿元。", "青禾产业园", "Platform", id="lies-in"),
    # near misses: a housing estate's block stays as it was; a phase is no section
    case("星澜物业公司服务青禾花园A区。", "青禾花园A区", "Place", id="housing-block"),
    case("在青禾光学仪器产业园二期施工现场，机器轰鸣。", "青禾光学仪器产业园二期", "Project", id="phase-not-section"),
    # a list's count after its last park
    case("涉及墨川工业园区和青禾精细化工基地（墨川县）四个园区。", "青禾精细化工基地", "Platform",
         id="count-after-bracket"),
    case("此次调研覆盖墨川经济开发区、白露高新技术产业开发区青禾片区两个园区以及区行政审批局等5家单位。",
         "白露高新技术产业开发区青禾片区", "Platform", id="count-after-area"),
    # a bracketed county after a park in a list: where it lies, no word of its name
    case("涉及星澜经济技术开发区（云溪区）、墨川工业园区和青禾化工基地（墨川县）三个园区。",
         "星澜经济技术开发区", "Platform", id="county-bracket-first"),
    case("涉及星澜经济技术开发区（云溪区）、墨川工业园区和青禾化工基地（墨川县）三个园区。",
         "青禾化工基地", "Platform", id="county-bracket-last"),
    # near miss: a count alone names nothing
    case("全区共有3个园区，星澜公司位于其中。", "3个园区", None, id="bare-count"),
])
def test_a_parks_section_or_a_lists_count_is_cut_to_the_park(recogniser, text, name, cls):
    got = names(recogniser, text)
    assert got.get(name) == cls, got
