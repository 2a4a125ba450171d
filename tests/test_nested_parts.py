"""kg/relate/nested_parts.py through the pipeline (the recogniser finds the zone and the park
nested in a body's name): a zone and a park written one right after the other inside a longer
name make the park the zone's part. Names and sentences are invented."""
from __future__ import annotations

import pytest

from kg.pipeline import extract


@pytest.mark.parametrize("line,want", [
    # the body of a zone's park names the zone, then the park
    ("（二）采购人：墨川经济技术开发区白沙工业园区管理委员会", {("白沙工业园区", "墨川经济技术开发区")}),
    # (near miss: the first is no zone by its name, a park holding another)
    ("（二）采购人：白沙产业园云溪工业园区管理委员会", set()),
])
def test_a_park_after_its_zone_inside_a_name_is_its_part(tmp_path, line, want):
    (tmp_path / "a.txt").write_text(f"公共资源交易汇编\n\n{line}\n", encoding="utf-8")
    ex, _, _ = extract(str(tmp_path), workers=1)
    got = {(r.subject.split("/", 1)[1], r.object.split("/", 1)[1]) for r in ex.relations
           if r.predicate == "partOf" and r.rule == "part-nested-zone"}
    assert got == want
