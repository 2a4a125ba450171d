"""kg/relate/entry_sites.py: a numbered card on a firm (1．X有限公司（青禾县）。…), its lines saying
where the firm's sites are (基地位于Y, 车间在Y, 在Y建有…) with no subject of their own; the towns
named so are the county's the card's heading brackets. Invented cards, on given mentions
(tests/relate_helpers.py)."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, L, PL, P = "Enterprise", "Place", "Platform", "Project"
THINGS = {"星澜粮油有限公司": E, "墨川菌业有限公司": E, "青禾冷链有限公司": E, "云溪投资集团有限公司": E,
          "青禾县": L, "墨川县": L, "云溪镇": L, "柳塘乡": L, "白沙乡": L, "桐岭镇": L, "芦湾街道": L,
          "墨川农业科技园区": PL, "白沙产业园": PL, "星澜菌棒扩建项目": P}
TITLE = "青禾市重点龙头企业名单"
RULES = ("located-entry-site-clause", "part-entry-county")


def facts(text: str) -> set[tuple[str, str, str, str]]:
    r = relate_on(THINGS, (TITLE, TITLE + "\n" + text))
    return {f for f in r.facts() if f[3] in RULES}


@pytest.mark.parametrize("text,want", [
    # a facility of the firm, then a verb of lying, then places: a run's towns, runs parted by 和
    ("1．星澜粮油有限公司（青禾县）。主营菜籽油，加工厂在云溪镇，原料基地分布于柳塘乡和白沙乡。",
     {("星澜粮油有限公司", "locatedIn", "云溪镇", "located-entry-site-clause"),
      ("星澜粮油有限公司", "locatedIn", "柳塘乡", "located-entry-site-clause"),
      ("星澜粮油有限公司", "locatedIn", "白沙乡", "located-entry-site-clause"),
      ("云溪镇", "partOf", "青禾县", "part-entry-county"),
      ("柳塘乡", "partOf", "青禾县", "part-entry-county"),
      ("白沙乡", "partOf", "青禾县", "part-entry-county")}),
    # 在Y建有…: where the firm builds; a town after its county is the adjacency rules' (no partOf here)
    ("2．墨川菌业有限公司（墨川县）。栽培香菇，在墨川县桐岭镇建有菌棒车间两处。",
     {("墨川菌业有限公司", "locatedIn", "桐岭镇", "located-entry-site-clause")}),
    ("3．青禾冷链有限公司（青禾县）。以果蔬冷藏为主，在墨川农业科技园区内建成冷库6座。",
     {("青禾冷链有限公司", "locatedIn", "墨川农业科技园区", "located-entry-site-clause")}),
    # a card with no bracket: its sites, no county to put the town in
    ("（二）星澜粮油有限公司。年加工油菜籽8万吨，仓储中心设在芦湾街道。",
     {("星澜粮油有限公司", "locatedIn", "芦湾街道", "located-entry-site-clause")}),
    # a firm's office, shop or plant site after the dash of a list's entry (1. X——what it does，办公地址位于Y)
    ("1. 星澜粮油有限公司——菜籽油压榨与销售，办公地址位于云溪镇。",
     {("星澜粮油有限公司", "locatedIn", "云溪镇", "located-entry-site-clause")}),
    ("2. 墨川菌业有限公司——香菇零售，下设门店6家，总店位于桐岭镇。",
     {("墨川菌业有限公司", "locatedIn", "桐岭镇", "located-entry-site-clause")}),
    # (near misses: 在Y投资建设的项目, the project's site said on the way; a bracket of a short name,
    # a card that may speak of the firm's units; a line not numbered; a place not after a site's verb)
    ("4．青禾冷链有限公司（青禾县）。公司在云溪镇投资建设的星澜菌棒扩建项目已投产。", set()),
    ("5．青禾冷链有限公司（简称“青冷”）。下属企业运营白沙产业园，园区位于柳塘乡。", set()),
    ("星澜粮油有限公司（青禾县）。原料基地分布于柳塘乡。", set()),
    ("6．墨川菌业有限公司（墨川县）。产品销往云溪镇和柳塘乡。", set()),
])
def test_entry_sites(text, want):
    assert facts(text) == want
