"""A run of shareholders' stakes (kg/relate/stakes.py: relations.toml [owner] stake_after,
stake_held_before), on given mentions (tests/relate_helpers.py). Names and sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, I = "Enterprise", "Institution"


def owned(things: dict, text) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in relate_on(things, text).pairs("ownedBy")}


THREE = {"星澜新材": E, "青禾碳素集团有限公司": E, "墨川集团股份有限公司": E, "云溪国有资本投资运营有限公司": E}


@pytest.mark.parametrize("things,text,want", [
    # X由A出资…，持股51%；B出资…，持股30%；C…: every holder of the run holds X
    (THREE, "股东构成：星澜新材由青禾碳素集团有限公司（以下简称“青禾碳素”）出资2.55亿元，持股51%；"
            "墨川集团股份有限公司（以下简称“墨川”）出资1.5亿元，持股30%；云溪国有资本投资运营有限公司出资0.95亿元，"
            "持股19%。青禾碳素为控股股东。",
     {("星澜新材", "青禾碳素集团有限公司"), ("星澜新材", "墨川集团股份有限公司"),
      ("星澜新材", "云溪国有资本投资运营有限公司")}),
    # X由A与B共同出资设立，A持股70%: the sentence opens on the held firm
    ({"星澜光伏科技有限公司": E, "青禾能源股份有限公司": E, "白露控股有限公司": E},
     "星澜光伏科技有限公司由青禾能源股份有限公司与白露控股有限公司共同出资设立，白露控股有限公司占股30%。",
     {("星澜光伏科技有限公司", "青禾能源股份有限公司"), ("星澜光伏科技有限公司", "白露控股有限公司")}),
    # 申请企业：X。股东构成：A持股58%，B持股42%: the run opens on a holder, so it is of the firm the
    # sentence before opens on, and each holder holds that firm (not A held by B)
    ({"星澜新材料有限公司": E, "青禾控股有限公司": E, "云溪交通投资集团有限公司": E},
     "申请企业：星澜新材料有限公司。股东构成：青禾控股有限公司持股58%，云溪交通投资集团有限公司持股42%。",
     {("星澜新材料有限公司", "青禾控股有限公司"), ("星澜新材料有限公司", "云溪交通投资集团有限公司")}),
    # (near misses) the same run in a paragraph of its own, or after a sentence opening on no firm
    ({"青禾控股有限公司": E, "云溪交通投资集团有限公司": E},
     "股东构成：青禾控股有限公司持股58%，云溪交通投资集团有限公司持股42%。", set()),
    ({"星澜新材料有限公司": E, "青禾控股有限公司": E, "云溪交通投资集团有限公司": E},
     "申请企业：星澜新材料有限公司。\n股东构成：青禾控股有限公司持股58%，云溪交通投资集团有限公司持股42%。", set()),
    # (near miss) a run broken by a full stop: the next sentence's stake is of no firm named
    ({"星澜新材": E, "青禾碳素集团有限公司": E, "墨川集团股份有限公司": E},
     "星澜新材由青禾碳素集团有限公司出资2.55亿元，持股51%。墨川集团股份有限公司出资1.5亿元，持股30%。",
     {("星澜新材", "青禾碳素集团有限公司")}),
    # 申请企业：X。股东构成：A持股58%，B持股42%: the shareholders' field opens on a holder; the firm held
    # is the one the sentence before in its paragraph opens on
    ({"星澜新材料有限公司": E, "青禾控股有限公司": E, "墨川城投集团有限公司": E},
     "申请企业：星澜新材料有限公司。股东构成：青禾控股有限公司持股58%，墨川城投集团有限公司持股42%。",
     {("星澜新材料有限公司", "青禾控股有限公司"), ("星澜新材料有限公司", "墨川城投集团有限公司")}),
    # (near miss: no firm opens the sentence before: the holders hold no firm, nor each other)
    ({"青禾控股有限公司": E, "墨川城投集团有限公司": E},
     "会议听取了汇报。股东构成：青禾控股有限公司持股58%，墨川城投集团有限公司持股42%。", set()),
    # (near misses) a holder named before what it holds, a stake said of no firm
    ({"星澜新材": E, "青禾碳素集团有限公司": E}, "青禾碳素集团有限公司持股51%的星澜新材已投产。", set()),
    ({"青禾碳素集团有限公司": E}, "注册资本30亿元，其中青禾碳素集团有限公司持股90%。", set()),
    # 其中：A持股65%，B持股35% after the sentence giving a firm's registered capital: that firm's shares
    ({"星澜水务有限公司": E, "青禾水务投资有限公司": E, "墨川城投有限公司": E},
     "双方将注册成立项目公司“星澜水务有限公司”（暂定名），注册资本2亿元。其中：青禾水务投资有限公司持股65%，墨川城投有限公司持股35%。",
     {("星澜水务有限公司", "青禾水务投资有限公司"), ("星澜水务有限公司", "墨川城投有限公司")}),
    # (near miss: the firm's customers, no capital given: no firm the run is of)
    ({"星澜水务有限公司": E, "青禾水务投资有限公司": E, "墨川城投有限公司": E},
     "双方将注册成立项目公司“星澜水务有限公司”。其中：青禾水务投资有限公司持股65%，墨川城投有限公司持股35%。", set()),
    ({"星澜新材": E, "青禾碳素集团有限公司": E}, "星澜新材向青禾碳素集团有限公司采购石墨，年采购额5亿元。", set()),
    # 股东为A（持股60%）、B（持股25%）和C（持股15%）: each holder with its stake in brackets holds the firm
    ({"星澜冷链有限公司": E, "青禾城投集团有限公司": E, "墨川港务集团有限公司": E, "白露冷运": E},
     "星澜冷链有限公司注册资本3亿元，股东为青禾城投集团有限公司（持股60%）、墨川港务集团有限公司（持股25%）和白露冷运（持股15%）。",
     {("星澜冷链有限公司", "青禾城投集团有限公司"), ("星澜冷链有限公司", "墨川港务集团有限公司"),
      ("星澜冷链有限公司", "白露冷运")}),
    # (near miss: stakes in brackets after firms the sentence's firm holds, no word naming holders)
    ({"星澜冷链有限公司": E, "青禾城投集团有限公司": E, "墨川港务集团有限公司": E},
     "星澜冷链有限公司先后投资了青禾城投集团有限公司（持股60%）、墨川港务集团有限公司（持股25%）。", set()),
    # a deal's target: the firm whose founding and capital the paragraph gave, its holders before the deal
    ({"星澜钒业有限公司": E, "青禾国资控股有限公司": E, "墨川创投合伙企业": E},
     "星澜钒业有限公司成立于2011年，注册资本6亿元。本次交易前，青禾国资控股有限公司持股70%，墨川创投合伙企业持股30%。",
     {("星澜钒业有限公司", "青禾国资控股有限公司"), ("星澜钒业有限公司", "墨川创投合伙企业")}),
    # (near miss) no firm's capital given before the deal's stakes: no firm they are of
    ({"青禾国资控股有限公司": E, "墨川创投合伙企业": E},
     "本公司主营钒电池。本次交易前，青禾国资控股有限公司持股70%，墨川创投合伙企业持股30%。", set()),
    # the holders opening the sentence after the one giving a firm's capital, in its paragraph
    ({"星澜城发公司": E, "云溪区国资委": I, "青禾国投集团有限公司": E},
     "新设星澜城发公司（以下简称“星澜城发”），注册资本15亿元，注册地位于云溪区。"
     "云溪区国资委持股80%，青禾国投集团有限公司持股20%。",
     {("星澜城发公司", "云溪区国资委"), ("星澜城发公司", "青禾国投集团有限公司")}),
    # (near miss) the same holders in the paragraph after: no firm's capital given in theirs
    ({"星澜城发公司": E, "云溪区国资委": I, "青禾国投集团有限公司": E},
     "新设星澜城发公司，注册资本15亿元。\n云溪区国资委持股80%，青禾国投集团有限公司持股20%。",
     set()),
    # X（Y持股70%）: the holder in a bracket right after the firm it holds
    ({"云溪钒电新材料有限公司": E, "星澜钒业有限公司": E},
     "西厂区由控股子公司云溪钒电新材料有限公司（星澜钒业有限公司持股70%）经营，年产电解液2万立方米。",
     {("云溪钒电新材料有限公司", "星澜钒业有限公司")}),
])
def test_a_run_of_stakes(things, text, want):
    assert owned(things, text) == want


def test_a_stake_in_a_later_clause_is_of_the_sentence_s_firm_not_the_clause_s():
    # 该公司由A与B共同出资设立，A持股51%，B持股24%: no firm named opens the sentence (该公司), so
    # no stake is read here (the joint venture's pattern reads its founders); A holds not B
    things = {"青禾能源股份有限公司": E, "白露控股有限公司": E}
    text = "该公司由白露控股有限公司与青禾能源股份有限公司共同出资设立，青禾能源股份有限公司持股51%，白露控股有限公司持股24%。"
    assert ("青禾能源股份有限公司", "白露控股有限公司") not in owned(things, text)
    assert ("白露控股有限公司", "青禾能源股份有限公司") not in owned(things, text)
