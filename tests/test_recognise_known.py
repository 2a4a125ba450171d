"""kg/recognise/known.py: names the lexicon knows, read from runs of jieba tokens,
however many tokens jieba cuts them into (up to MAX_RUN)."""
from __future__ import annotations

import pytest

from kg.recognise.known import MAX_RUN


@pytest.mark.parametrize("text, name", [
    # an autonomous county, one token per people and one for 自治县 (longer runs: places only)
    ("星澜公司在道真仡佬族苗族自治县投资建厂。", "道真仡佬族苗族自治县"),
    ("镇沅彝族哈尼族拉祜族自治县新开工项目12个。", "镇沅彝族哈尼族拉祜族自治县"),
    # a name of one token, as before
    ("星澜公司在岳阳市投资建厂。", "岳阳市"),
], ids=["five-tokens", "six-tokens", "one-token"])
def test_lexicon_names_of_many_tokens(recogniser, text, name):
    assert name in [m.name for m in recogniser.sentence_mentions("d", 1, text)]


def test_max_run_covers_the_longest_autonomous_county(recogniser):
    toks = recogniser.seg.tokens("镇沅彝族哈尼族拉祜族自治县")
    assert len(toks) <= MAX_RUN


@pytest.mark.parametrize("text, name", [
    # a prefecture's stem is its alias (天水 for 天水市) ...
    ("星澜公司把第二工厂放在天水，明年投产。", "天水市"),
    # ... and a street named like it is still the street (the longer lexicon name wins)
    ("星澜公司把门店开在天水街道。", "天水街道"),
], ids=["prefecture-stem", "street-of-the-same-stem"])
def test_prefecture_stems(recogniser, text, name):
    assert name in [m.name for m in recogniser.sentence_mentions("d", 1, text)]


@pytest.mark.parametrize("text, found", [
    # a ministry's short name and 门 make 部门, a department of any government
    ("云溪县商务部门牵头组织招商推介。", False),
    ("墨川区与青禾县人社部门合作开展技能培训。", False),
    # the ministry itself, before other words
    ("商务部发布外资准入指引。", True),
    ("人社部公布了新职业目录。", True),
], ids=["commerce-department", "hr-department", "commerce-ministry", "hr-ministry"])
def test_a_known_name_is_not_read_where_it_begins_a_longer_word(recogniser, text, found):
    names = {m.name for m in recogniser.sentence_mentions("d", 1, text)}
    assert bool(names & {"商务部", "人力资源和社会保障部"}) is found


@pytest.mark.parametrize("text, found", [
    # before a bracketed place or a dash and a place, the country opens a longer name
    ("第五届中国（宜宾）国际竹业博览会在云溪会展中心开幕。", False),
    ("依托中国（宜宾）跨境电子商务综合试验区，青禾公司开拓海外市场。", False),
    ("中国—东盟星澜信息港在云溪揭牌。", False),
    ("青禾公司参加中国—东盟博览会。", False),
    # the country the text speaks of, whatever follows it
    ("星澜集团在中国的首个研发中心落户云溪。", True),
    ("产品远销中国（含港澳台）及欧美各地。", True),
    ("青禾公司把亚太总部设在中国。", True),
], ids=["fair", "pilot-zone", "two-parties", "two-parties-fair", "country", "bracket-no-place", "end"])
def test_a_country_opening_a_longer_name_is_no_mention_of_it(recogniser, text, found):
    names = {m.name for m in recogniser.sentence_mentions("d", 1, text) if m.cls == "Place"}
    assert ("中国" in names) is found


@pytest.mark.parametrize("text, found", [
    # digits or letters of a longer number or code jieba cut a known name out of
    ("拟投资3600万元扩建星澜冷库。", False),
    ("企业标准编号为Q/LGF 0002-2025。", False),
    # the firm itself, written alone or before other words
    ("由360集团投资建设。", True),
    ("LG化学在云溪新建电池材料工厂。", True),
], ids=["number", "code", "digits-alone", "letters-alone"])
def test_a_latin_name_inside_a_longer_number_or_code_is_no_mention(recogniser, text, found):
    names = {m.name for m in recogniser.sentence_mentions("d", 1, text)}
    assert bool(names & {"奇虎360", "LG", "LG化学"}) is found


@pytest.mark.parametrize("text, found", [
    # the far end of a route or a distance from another place ([place.attributive] route_joiners)
    ("开通杭州至长沙等冷链干线。", False),
    ("杭州至长沙车程3小时。", False),
    # near misses: a place before 至今, a place listed where goods go
    ("星澜集团在长沙至今已建三座工厂。", True),
    ("产品销往长沙、武汉等地。", True),
], ids=["route", "distance", "until-now", "destinations"])
def test_the_far_end_of_a_route_is_no_place_of_the_text(recogniser, text, found):
    names = {m.name for m in recogniser.sentence_mentions("d", 1, text)}
    assert ("长沙市" in names) is found


@pytest.mark.parametrize("text, name", [
    # cities of trade and rail partners (lexicon.tsv world-cities), with a country before them or not
    ("青禾物流开通至哈萨克斯坦阿拉木图的冷链班列线路。", "阿拉木图"),
    ("星澜公司在塔什干设立海外仓。", "塔什干"),
    ("班列经杜伊斯堡分拨至欧洲各地。", "杜伊斯堡"),
    ("云溪口岸至海参崴的集装箱航线开通。", "符拉迪沃斯托克"),
    ("产品出口伊斯兰堡、卡拉奇等城市。", "卡拉奇"),
    # countries added beside them (world-countries)
    ("青禾农机远销乌干达、赞比亚等非洲国家。", "赞比亚"),
], ids=["after-country", "alone", "rail-hub", "former-name", "listed", "country"])
def test_world_places_are_places(recogniser, text, name):
    assert (name, "Place") in {(m.name, m.cls) for m in recogniser.sentence_mentions("d", 1, text)}


@pytest.mark.parametrize("text, name", [
    # no world place inside a longer word: a firm, a road or a dye named after one
    ("阿拉木图青禾贸易有限公司在云溪县设立分公司。", "阿拉木图"),
    ("该县华沙路改造完成。", "华沙"),
    ("苏丹红检测结果均为阴性。", "苏丹"),
    ("青禾公司向雅典娜咨询公司采购服务。", "雅典"),
], ids=["firm", "road", "dye", "longer-word"])
def test_world_place_near_misses(recogniser, text, name):
    assert (name, "Place") not in {(m.name, m.cls) for m in recogniser.sentence_mentions("d", 1, text)}


@pytest.mark.parametrize("text, found", [
    # a known place opening with a town's unit (镇江) right after a name's word no list holds: the unit
    # closes that town (白石沟镇), the place's other characters open the next name (江鲜…)
    ("白石沟镇江鲜渔获购销专业合作社新建冷库", []),
    # ... not after a known place, nor a level's word, nor a boundary word: the place itself
    ("项目落户江苏镇江", ["镇江"]),
    ("项目落户江苏省镇江市", ["镇江市"]),
    ("货物运往镇江", ["镇江"]),
])
def test_a_known_place_opening_with_a_towns_unit_after_a_name(recogniser, text, found):
    ms = recogniser.sentence_mentions("d", 1, text)
    assert [m.surface for m in ms if m.surface.startswith("镇江")] == found
