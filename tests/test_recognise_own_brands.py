"""A firm's own brand named in quotes (kg/recognise/own_brands.py; rules.toml [own_brand]):
an Enterprise after 自有品牌 and the like, or before 品牌产品, or before 品牌 and a product in a
sentence naming a firm by its legal form; no region's or campaign's brand. Sentences with
INVENTED names (星澜, 青禾, 云溪, 墨川)."""
from __future__ import annotations

import pytest

from recognition import case, check

E, P = "Enterprise", "Place"


@pytest.mark.parametrize("text, want", [
    # the firm's own: after 自有品牌, one brand or a run of them
    case("近年来，自有品牌“青禾香”腊肉系列获评省级名牌产品。", {"青禾香": E}, id="own-brand"),
    case("公司自有品牌“星澜源”“云溪小厨”逐步打响。", {"星澜源": E, "云溪小厨": E}, id="own-brands-run"),
    # before 品牌产品
    case("“星澜绣坊”品牌产品出口海外。", {"星澜绣坊": E}, id="brand-products"),
    # before 品牌 and a product, a firm named in the sentence (a table's row)
    case("墨川米业有限公司  寒地粳稻加工，“墨川香”品牌大米", {"墨川米业有限公司": E, "墨川香": E},
         id="brand-product-in-a-firms-row"),
    # near misses: a region's public brand, a campaign's, a route's with no firm named
    case("“青禾茶叶”区域公用品牌知名度逐年提高。", {}, id="regional-public-brand"),
    case("着力打响“星澜夜生活”品牌。", {}, id="campaign-brand"),
    case("推出“云溪研学”品牌线路，年接待学生12万人次。", {}, id="route-no-firm"),
    case("全镇“青禾狼牙蜜”品牌效应凸显。", {}, id="brand-effect"),
])
def test_a_firms_own_brand_in_quotes(recogniser, text, want):
    check(recogniser, text, want)
