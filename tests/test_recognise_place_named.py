"""A brand no list holds, with no firm's word in it, before words that say a place or its
produce names the project (kg/recognise/owner_checks.py ``place_named_owners``, rules.toml
[brand] place_named_before) in documents with INVENTED names (青禾, 星澜, 墨川, 云溪, 白露): no
firm owns such a project by name, unless the document names a firm by that brand.

Each row: the document, and the {name: class} of the owners nested in its names.
"""
from __future__ import annotations

import pytest

from recognition import case, document

E = "Enterprise"


def document_owners(rec, text):
    return {m.name: m.cls for m in rec.document_mentions(document(text)) if m.role == "owner"}


@pytest.mark.parametrize("text, want_owners", [
    # a place's name before what the tourist site is: no owner
    case("白露古渡文旅项目一期开工建设。", {}, id="culture-tourism"),
    case("墨川晚渡康养旅游综合体项目签约。", {}, id="wellness"),
    # a place and its produce before a cold store: no owner
    case("青禾杨梅冷链仓储中心项目投用。", {}, id="produce-cold-chain"),
    # near misses: a brand before what a firm makes or builds still owns the project
    case("星澜智能巡检机器人项目开工。", {"星澜": E}, id="brand-product"),
    case("诺澜微封装测试基地投产。", {"诺澜微": E}, id="brand-site"),
    # ... a firm with its trade word before a tourist site is still the owner
    case("云溪文旅集团温泉康养小镇项目开工。", {"云溪文旅集团": E}, id="firm-with-head"),
    # ... and so is a firm the document names whose short form the brand is
    case("墨川晚渡康养旅游综合体项目签约。项目由墨川晚渡科技有限公司建设。",
         {"墨川晚渡科技有限公司": E}, id="named-firm"),
])
def test_a_place_named_project_has_no_brand_owner(recogniser, text, want_owners):
    assert document_owners(recogniser, text) == want_owners
