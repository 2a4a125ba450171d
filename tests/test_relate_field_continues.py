"""kg/relate/field_continues.py: a sentence cut at a semicolon goes on under the field the
sentence before it opened on, and the firm that builds a thing there works in that field."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, T, PL, P, L = "Enterprise", "IndustryTrack", "Platform", "Project", "Place"
THINGS = {"墨川电子": E, "青禾电子有限公司": E, "云溪区": L, "星能": T, "年产2万吨白露芯片项目": P, "星澜园": PL}


@pytest.mark.parametrize("text,member", [
    ("星能方面，墨川电子与云溪区签订合作协议；青禾电子有限公司投资建设的星澜园已投产。", True),
    ("星能领域，墨川电子持续扩能；青禾电子有限公司在园区投资建设的年产2万吨白露芯片项目预计年底试产。", True),
    # (near misses: a full stop ends the field's sentence; a new paragraph too)
    ("星能方面，墨川电子与云溪区签订合作协议。青禾电子有限公司投资建设的星澜园已投产。", False),
    ("星能方面，墨川电子与云溪区签订合作协议；\n青禾电子有限公司投资建设的星澜园已投产。", False),
])
def test_a_builder_after_a_semicolon_works_in_the_field_opened_before(text, member):
    r = relate_on(THINGS, text)
    assert (("青禾电子有限公司", "inTrack", "星能") in r.pairs()) == member, sorted(r.facts())
