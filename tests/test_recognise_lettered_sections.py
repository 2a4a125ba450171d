"""kg/recognise/lettered_sections.py (rules.toml [lettered_section]): a park's lettered section
(X产业园A区, X科技城B区, X产业园标准厂房C区) is cut back to the park, the platform. On INVENTED
names."""
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
    case("在青禾仪器仪表产业园二期建设现场，工人忙碌。", "青禾仪器仪表产业园二期", "Project", id="phase-not-section"),
])
def test_a_parks_lettered_section_is_the_park(recogniser, text, name, cls):
    got = names(recogniser, text)
    assert got.get(name) == cls, got
