"""kg.recognise.tokens: prepositions jieba's HMM glues onto the end of an unknown
name are cut off before any source reads the tokens (rules.toml [boundary]
glued_end). Invented names throughout."""
from __future__ import annotations

import pytest

from kg.model import Token
from kg.recognise.tokens import unglue_ends
from kg.rules import load_rules
from recognition import case, check

E, P = "Enterprise", "Place"


def _toks(*words_tags):
    out, at = [], 0
    for w, pos in words_tags:
        out.append(Token(w, at, at + len(w), pos))
        at += len(w)
    return out


@pytest.mark.parametrize("toks, want", [
    # an unknown name with a preposition glued on, a word after it: cut
    (_toks(("墨川", ""), ("高科为", ""), ("龙头", "n")), ["墨川", "高科", "为", "龙头"]),
    (_toks(("某某研究院将", ""), ("与", "p")), ["某某研究院", "将", "与"]),
    # an administrative unit with one glued on (港区以|青禾机场)
    (_toks(("临港", ""), ("区以", ""), ("青禾", ""), ("机场", "n")), ["临港", "区", "以", "青禾", "机场"]),
    # a two-character unknown token may be a name of its own
    (_toks(("鼎为", ""), ("科技", "n")), ["鼎为", "科技"]),
    # ... but not right after a character jieba left alone: it ends a name cut in characters
    (_toks(("云", "n"), ("岫", "ng"), ("微为", ""), ("龙头", "n")), ["云", "岫", "微", "为", "龙头"]),
    # a word the dictionary tags is left as it is (作为, 认为 …)
    (_toks(("作为", "v"), ("龙头", "n")), ["作为", "龙头"]),
    # nothing follows, or punctuation does: the character is not glued before a word
    (_toks(("墨川", ""), ("高科为", "")), ["墨川", "高科为"]),
    (_toks(("墨川", ""), ("高科为", ""), ("。", "x")), ["墨川", "高科为", "。"]),
    # a character not in the list stays (和 and 同 begin names: 和丰路)
    (_toks(("墨川高科和", ""), ("云峰", "")), ["墨川高科和", "云峰"]),
    # one glued to a character right after a proper word: jieba cut that name one character short
    (_toks(("澜溪", "nr"), ("达在", ""), ("园区", "n")), ["澜溪", "达", "在", "园区"]),
    (_toks(("星澜新", "nz"), ("材等", ""), ("企业", "n")), ["星澜新", "材", "等", "企业"]),
    # ... or a set phrase (l) that opens a name (青禾特种陶瓷|谷以|墨川…: the valley's head, then 以)
    (_toks(("特种陶瓷", "l"), ("谷以", ""), ("墨川", "nz")), ["特种陶瓷", "谷", "以", "墨川"]),
    # (near misses: after a common noun it is a word of its own; a space parts them)
    (_toks(("隐患", "n"), ("犹在", ""), ("青禾", "")), ["隐患", "犹在", "青禾"]),
    (_toks(("澜溪", "nr"), (" ", "x"), ("达在", ""), ("园区", "n")), ["澜溪", " ", "达在", "园区"]),
    (_toks(("特种陶瓷", "l"), (" ", "x"), ("谷以", ""), ("墨川", "nz")), ["特种陶瓷", " ", "谷以", "墨川"]),
], ids=["wei", "jiang", "admin-unit", "two-chars", "after-characters", "tagged", "last", "punct", "not-listed",
        "after-proper", "deng-after-proper", "after-set-phrase", "after-common-noun", "after-space",
        "set-phrase-after-space"])
def test_unglue_ends(toks, want):
    rules = load_rules()
    out = unglue_ends(toks, rules, lambda w: "p" if w in rules.glued_end else "")
    assert [t.text for t in out] == want
    text = "".join(t.text for t in toks)
    assert all(text[t.start:t.end] == t.text for t in out)            # offsets still point at the text
    assert [t.end for t in out[:-1]] == [t.start for t in out[1:]]     # and tile it


def test_nothing_to_cut_returns_the_same_list():
    toks = _toks(("青禾", "ns"), ("机场", "n"))
    assert unglue_ends(toks, load_rules(), lambda w: "") is toks


@pytest.mark.parametrize("text, want", [
    # the peer of a known firm stops before 为 (it ran on to 龙头 before)
    case("汽车零部件产业以比亚迪、墨川高科为龙头，新增示范车间6个。",
         {"汽车零部件": "IndustryTrack", "比亚迪": E, "墨川高科": E}, id="peer-before-wei"),
    case("新能源板块以宁德时代、北辰高科为龙头。",
         {"新能源": "IndustryTrack", "宁德时代": E, "北辰高科": E}, id="peer-before-wei-2"),
    # a firm's registered name after a valley named by a set phrase and 以 jieba glued to its head
    case("其中，星澜特种玻璃谷以墨川（云溪）特种玻璃有限公司为龙头。",
         {"墨川（云溪）特种玻璃有限公司": E}, id="legal-name-after-a-glued-yi"),
])
def test_names_stop_before_a_glued_preposition(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("toks, want", [
    # a street's one-character head glued to a locative after a word: cut (rules.toml
    # [boundary] glued_locatives)
    (_toks(("星湾", "ns"), ("街上", "s"), ("人潮", "n")), ["星湾", "街", "上", "人潮"]),
    (_toks(("青禾", ""), ("路边", "s")), ["青禾", "路", "边"]),
    # near misses: nothing before it, punctuation before it, a head no street has
    (_toks(("街上", "s"), ("人潮", "n")), ["街上", "人潮"]),
    (_toks(("，", "x"), ("路上", "s")), ["，", "路上"]),
    (_toks(("青禾", ""), ("桌上", "s")), ["青禾", "桌上"]),
], ids=["jieshang", "lubian", "first", "after-punct", "not-a-head"])
def test_a_streets_head_is_cut_from_a_locative(toks, want):
    out = unglue_ends(toks, load_rules(), lambda w: "")
    assert [t.text for t in out] == want


@pytest.mark.parametrize("text, want", [
    case("入夜，星湾街上人头攒动", {"星湾街": P}, id="street-then-shang"),
    case("我们走在路上", {}, id="no-name-before"),
])
def test_a_street_before_a_locative(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("toks, want", [
    # a name's one-character head glued to the list's 等 after a word: cut (rules.toml
    # [boundary] glued_after_head)
    (_toks(("银湾", ""), ("城等", ""), ("商业", "n")), ["银湾", "城", "等", "商业"]),
    (_toks(("星空", "n"), ("港等", ""), ("载体", "n")), ["星空", "港", "等", "载体"]),
    # near misses: nothing before it, a head no name has, a word jieba knows
    (_toks(("城等", ""), ("商业", "n")), ["城等", "商业"]),
    (_toks(("银湾", ""), ("们等", ""), ("商业", "n")), ["银湾", "们等", "商业"]),
    (_toks(("银湾", ""), ("城等", "v"), ("商业", "n")), ["银湾", "城等", "商业"]),
], ids=["chengdeng", "gangdeng", "first", "not-a-head", "known-word"])
def test_a_names_head_is_cut_from_the_lists_deng(toks, want):
    out = unglue_ends(toks, load_rules(), lambda w: "")
    assert [t.text for t in out] == want


@pytest.mark.parametrize("toks, want", [
    # a body's head joined to the post after it: cut ([boundary] glued_titles)
    (_toks(("商务", "n"), ("局局长", "n"), ("：", "x")), ["商务", "局", "局长", "："]),
    # ... not a post standing alone, nor one at the sentence's start
    (_toks(("青禾", ""), ("局长", "n")), ["青禾", "局长"]),
    (_toks(("局局长", "n"),), ["局局长"]),
])
def test_a_bodys_head_is_cut_from_a_post(toks, want):
    assert [t.text for t in unglue_ends(toks, load_rules(), lambda w: "")] == want


@pytest.mark.parametrize("text, want", [
    case("青禾区星澜发展局局长：今年将实施新项目", {"青禾区星澜发展局": "Institution"}, id="bureau-before-its-head"),
])
def test_a_bureau_before_its_heads_post(recogniser, text, want):
    check(recogniser, text, want)


def _tag(w):
    return {"在": "p", "三": "m", "米": "q", "白沙": "nr", "平乡": "n"}.get(w, "")


@pytest.mark.parametrize("toks, want", [
    # a unit and ONE character of its name, a word jieba made up, after a word that may
    # open a name: joined again (rules.toml [boundary] stem_cut_units)
    (_toks(("在", "p"), ("米", "q"), ("庄镇", ""), ("开工", "v")), ["在", "米庄镇", "开工"]),
    (_toks(("白沙", "nr"), ("溪村", "")), ["白沙溪村"]),
    # near misses: a preposition or a number before it (stem_cut_stop_tags), a unit
    # before it (the town the village lies in), a word the dictionary tags, nothing before
    (_toks(("在", "p"), ("庄镇", "")), ["在", "庄镇"]),
    (_toks(("三", "m"), ("庄镇", "")), ["三", "庄镇"]),
    (_toks(("云溪镇", ""), ("平村", "")), ["云溪镇", "平村"]),
    (_toks(("米", "q"), ("平乡", "n")), ["米", "平乡"]),
    (_toks(("庄镇", ""), ("开工", "v")), ["庄镇", "开工"]),
], ids=["town", "village-two-chars", "preposition", "number", "unit-before", "tagged", "first"])
def test_a_units_cut_stem_is_joined(toks, want):
    out = unglue_ends(toks, load_rules(), _tag)
    assert [t.text for t in out] == want
    text = "".join(t.text for t in toks)
    assert all(text[t.start:t.end] == t.text for t in out)


@pytest.mark.parametrize("text, want", [
    case("青禾智能产业园项目在米沙村开工。", {"青禾智能产业园项目": "Project", "米沙村": P}, id="village-after-a-measure-word"),
    case("星澜物流园落户米庄乡。", {"星澜物流园": "Platform", "米庄乡": P}, id="township-stem"),
    # a village after the town it lies in: two places (not 云溪乡寺平村)
    case("云溪乡寺平村入选省级示范村。", {"云溪乡": P, "寺平村": P}, id="town-then-village"),
    case("墨川镇白沙溪村入选省级示范村。", {"墨川镇": P, "白沙溪村": P}, id="village-stem"),
    # a word of the dictionary made of the name's last character and its unit (石|口镇:
    # [boundary] stem_cut_words): the character before it opens the name
    case("星澜物流园落户桥口镇。", {"星澜物流园": "Platform", "桥口镇": P}, id="kou-town"),
    case("星澜项目在石口镇开工。", {"星澜项目": "Project", "石口镇": P}, id="kou-town-after-zai"),
    # ... and the places a thing spans follow 跨, no word of their names
    case("星澜产业园跨曾口镇、白露镇布局。", {"星澜产业园": "Platform", "曾口镇": P, "白露镇": P},
         id="spans-towns"),
    # near misses: a preposition or a pronoun before the word names no town
    case("加快在口镇建设。", {}, id="kou-town-no-stem"),
    case("各口镇加快建设。", {}, id="kou-town-every"),
    # ... 集镇 (market town) too: after a character or a proper word, not after a common one
    case("鹿集镇、星官集镇入选农业强镇名单。", {"鹿集镇": P, "星官集镇": P}, id="ji-towns"),
    case("推进中心集镇和小城镇建设。", {}, id="ji-town-common-word"),
    # ... and any word the dictionary tags a place (太|安乡: [boundary] stem_cut_word_tags):
    # the character before it opens the name; not a word for every one of them
    case("星澜茶叶基地落户太安乡。", {"星澜茶叶基地": "Project", "太安乡": P}, id="ns-word-township"),
    case("各山村新修水渠两条。", {}, id="ns-word-every"),
])
def test_a_place_keeps_the_characters_jieba_cut_off(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("toks, want", [
    # jieba cut 其中 across (其|中芯…): the word is whole again, the name keeps the rest
    (_toks(("其", "r"), ("中芯", "nz"), ("澜微", ""), ("、", "x")), ["其中", "芯", "澜微", "、"]),
    (_toks(("，", "x"), ("其", "r"), ("中华禾", ""), ("项目", "n")), ["，", "其中", "华禾", "项目"]),
    # (near misses: 其中 kept whole, 其 inside a longer word, nothing after 中)
    (_toks(("其中", "r"), ("中芯", "nz")), ["其中", "中芯"]),
    (_toks(("尤其", "d"), ("中小企业", "n")), ["尤其", "中小企业"]),
    (_toks(("其", "r"), ("中", "f"), ("云栖", "")), ["其", "中", "云栖"]),
], ids=["zhongxin", "after-punct", "whole", "youqi", "lone-zhong"])
def test_a_function_word_cut_across_is_made_whole(toks, want):
    out = unglue_ends(toks, load_rules(), lambda w: "")
    assert [t.text for t in out] == want
    text = "".join(t.text for t in toks)
    assert all(text[t.start:t.end] == t.text for t in out)
    assert [t.end for t in out[:-1]] == [t.start for t in out[1:]]


def _rejoined_by_scan(toks, words):
    """_rejoin_cut_words's choice of tokens as every cut word tested at every token."""
    return [k for k in range(len(toks) - 1)
            if toks[k].end == toks[k + 1].start and len(toks[k + 1].text) > 1
            and any(toks[k].text == w[0] and toks[k + 1].text.startswith(w[1:]) for w in words if len(w) == 2)]


@pytest.mark.parametrize("words", [("其中",), ("其中", "尤其", "与其", "其实在"), ()])
def test_cut_words_by_their_first_character_as_every_word(words):
    """Rules.cut_pairs (first character -> second characters of the two-character cut
    words) picks the tokens testing every word at every token picks."""
    import dataclasses
    from kg.recognise.tokens import _rejoin_cut_words
    rules = dataclasses.replace(load_rules(), cut_words=words)
    toks = _toks(("其", "r"), ("中芯", ""), ("尤", "d"), ("其", "r"), ("实在", ""), ("与", "p"), ("其", "r"),
                 ("中", "f"), ("其", ""), ("中", ""))
    out = _rejoin_cut_words(toks, rules, lambda w: "")
    ks = _rejoined_by_scan(toks, words)
    assert bool(ks) == bool(words)          # (其|中芯 is rejoined; 其|中 at the end is not)
    assert "".join(t.text for t in out) == "".join(t.text for t in toks)
    # (a rejoined token's end moves one character on: the ends lost are those of the tokens picked)
    assert [k for k, t in enumerate(toks) if t.end not in {u.end for u in out}] == ks


@pytest.mark.parametrize("text, want", [
    case("全区规上企业30家，其中芯澜微、闽禾科技等企业已投产",
         {"芯澜微": E, "闽禾科技": E}, id="qizhong-enumeration"),
], )
def test_a_name_after_qizhong(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # jieba cut a report's own city across (我|市北禾镇): 我市 is whole again, the town keeps the rest
    case("位于我市北禾镇的星澜产业园已投产。", {"北禾镇": P, "星澜产业园": "Platform"}, id="our-city-north"),
    case("位于我市南禾镇的星澜产业园已投产。", {"南禾镇": P, "星澜产业园": "Platform"}, id="our-city-south"),
    # near misses: the town's name already whole, and 我 before a word that is no level's (市场)
    case("我市中禾街道新建星澜大厦。", {"中禾街道": P, "星澜大厦": "Project"}, id="our-city-whole"),
    case("我市场主体数量增长。", {}, id="market"),
])
def test_a_name_after_our_city(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("toks, want", [
    # a joiner glued onto the start of an unknown word after another word: cut ([boundary] glued_start)
    (_toks(("轴承", "n"), ("及泵壳", ""), ("项目", "n")), ["轴承", "及", "泵壳", "项目"]),
    # near misses: a word jieba tagged, two characters only, nothing before it, after punctuation
    (_toks(("轴承", "n"), ("及时雨", "n")), ["轴承", "及时雨"]),
    (_toks(("轴承", "n"), ("及泵", "")), ["轴承", "及泵"]),
    (_toks(("及泵头", ""), ("项目", "n")), ["及泵头", "项目"]),
    (_toks(("轴承", "n"), ("、", "x"), ("及泵头", "")), ["轴承", "、", "及泵头"]),
], ids=["jibengke", "tagged", "short", "first", "after-punct"])
def test_a_joiner_is_cut_from_the_start_of_an_unknown_word(toks, want):
    assert [t.text for t in unglue_ends(toks, load_rules(), lambda w: "")] == want


def _numeral_tag(w):
    return "m" if all(ch in "一二三四五六七八九十百千万两" for ch in w) else ""


@pytest.mark.parametrize("toks, want", [
    # a number of two characters jieba cut off a village's or town's name is its stem
    (_toks(("七百", "m"), ("垄村", "")), ["七百垄村"]),
    (_toks(("在", "p"), ("三十", "m"), ("墩镇", "")), ["在", "三十墩镇"]),
    # ... not a count (三十|个村) nor a number of one character (三|庄镇)
    (_toks(("三十", "m"), ("个村", "")), ["三十", "个村"]),
    (_toks(("三", "m"), ("庄镇", "")), ["三", "庄镇"]),
], ids=["village", "town", "a-count", "one-character"])
def test_a_villages_numeral_stem(toks, want):
    assert [t.text for t in unglue_ends(toks, load_rules(), _numeral_tag)] == want


def _sited_tag(w):
    return {"在": "p", "位于": "v", "落水": "v", "九道": "m", "推进": "v", "三十": "m"}.get(w, "")


@pytest.mark.parametrize("toks, want", [
    # a verb or a number jieba cut off a town's name is its stem right after a word that says
    # where ([boundary] stem_cut_sited): 在落水|桥镇, 位于九道|沟镇
    (_toks(("在", "p"), ("落水", "v"), ("桥镇", ""), ("建设", "v")), ["在", "落水桥镇", "建设"]),
    (_toks(("位于", "v"), ("九道", "m"), ("沟镇", "")), ["位于", "九道沟镇"]),
    # near misses: no such word before it, a count after the number, a verb of one character
    (_toks(("推进", "v"), ("落水", "v"), ("桥镇", "")), ["推进", "落水", "桥镇"]),
    (_toks(("在", "p"), ("三十", "m"), ("个村", "")), ["在", "三十", "个村"]),
    (_toks(("在", "p"), ("庄镇", "")), ["在", "庄镇"]),
], ids=["after-zai", "after-weiyu", "no-siting-word", "a-count", "nothing-between"])
def test_a_towns_stem_after_a_siting_word(toks, want):
    assert [t.text for t in unglue_ends(toks, load_rules(), _sited_tag)] == want


@pytest.mark.parametrize("toks, want", [
    # a water's head and a joiner glued onto the next unknown word: cut into the head, the joiner and
    # the rest (rules.toml [boundary] water_joined_heads, water_joiners)
    (_toks(("青沙", "nr"), ("河和白", ""), ("溪河", "ns")), ["青沙", "河", "和", "白", "溪河"]),
    (_toks(("墨云", ""), ("江与青", ""), ("澜江", "")), ["墨云", "江", "与", "青", "澜江"]),
    # near misses: nothing before it, a word jieba knows, no joiner after the head
    (_toks(("河和白", ""), ("溪河", "ns")), ["河和白", "溪河"]),
    (_toks(("青沙", "nr"), ("河和白", "nz"), ("溪河", "ns")), ["青沙", "河和白", "溪河"]),
    (_toks(("青沙", "nr"), ("河边村", ""), ("溪河", "ns")), ["青沙", "河边村", "溪河"]),
    # ... and the joiner alone off an untagged word right after a word ending in the head
    (_toks(("云河", "ns"), ("和力", ""), ("丘河", "")), ["云河", "和", "力", "丘河"]),
    (_toks(("云河", "ns"), ("和力", "v"), ("丘河", "")), ["云河", "和力", "丘河"]),
    (_toks(("云海", "ns"), ("和力", ""), ("丘河", "")), ["云海", "和力", "丘河"]),
], ids=["he-he", "jiang-yu", "first", "known-word", "no-joiner", "joiner-alone", "joiner-known-word",
        "joiner-after-no-head"])
def test_a_waters_head_is_cut_from_a_glued_joiner(toks, want):
    out = unglue_ends(toks, load_rules(), lambda w: "")
    assert [t.text for t in out] == want


@pytest.mark.parametrize("text, want", [
    # ... the two rivers then, the joiner no first character of the second's name
    case("电站分布在青沙河、墨云河和力丘河等河流", {"青沙河": P, "墨云河": P, "力丘河": P}, id="rivers-joined"),
])
def test_rivers_joined_by_a_glued_joiner(recogniser, text, want):
    check(recogniser, text, want)
