"""kg.recognise on sentences in the corpus's styles with INVENTED names.

No list holds 星澜科技, 墨川网络, 云栖星辰生命科学产业园 …: these tests pass
only if the rules (name heads, enumerations, frames, quoted lists, 简称)
recognise names the recogniser has never seen. Every case checks names AND
classes.

Cases the recogniser gets wrong are kept, marked ``xfail(strict=True)`` with
the reason: they are the to-do list. When one starts passing, pytest reports
it (XPASS strict = failure) and the mark should be removed.
"""
from __future__ import annotations

import pytest

from kg.model import CLASSES, RawDocument
from kg.normalise import to_document


def mentions(rec, text):
    ms = rec.sentence_mentions("t.txt", 0, text)
    for m in ms:   # invariants of every mention
        assert text[m.start:m.end] == m.surface, m
        assert m.cls in CLASSES, m
        assert 0 < m.confidence <= 1, m
    return ms


def names(rec, text):
    """{name: class} of the mentions that are not nested owners."""
    ms = [m for m in mentions(rec, text) if m.role != "owner"]
    out = {m.name: m.cls for m in ms}
    assert len(out) == len(ms), f"a name found twice: {ms}"
    return out


# -- enumerations ----------------------------------------------------------------

def test_projects_and_platform_listed_before_a_project_noun(recogniser):
    text = "加快推进云栖星辰生命科学产业园、青禾智算中心等重点项目建设"
    assert names(recogniser, text) == {"云栖星辰生命科学产业园": "Platform", "青禾智算中心": "Project"}
    park = next(m for m in mentions(recogniser, text) if m.name == "云栖星辰生命科学产业园")
    # a park listed among projects is that project too
    assert park.extra == ("Project",)
    assert park.role == "item"


def test_enterprises_listed_before_a_firm_noun(recogniser):
    text = "持续放大星澜科技、墨川网络、蓝帆电竞等龙头企业产业链带动效应"
    assert names(recogniser, text) == {"星澜科技": "Enterprise", "墨川网络": "Enterprise",
                                       "蓝帆电竞": "Enterprise"}
    ms = mentions(recogniser, text)
    assert {m.role for m in ms} == {"item"}
    assert len({m.group for m in ms}) == 1 and ms[0].group


def test_enumeration_with_counter_and_owner_inside_an_item(recogniser):
    text = "开工锦程医药华东研发总部、青禾智算中心等8个重点项目"
    assert names(recogniser, text) == {"锦程医药华东研发总部": "Project", "青禾智算中心": "Project"}
    owners = [(m.name, m.cls) for m in mentions(recogniser, text) if m.role == "owner"]
    assert owners == [("锦程医药", "Enterprise")]


def test_quoted_commercial_districts_get_the_noun_as_suffix(recogniser):
    text = "做强“星河”“云湾”“大翠屏”等三大商圈"
    assert names(recogniser, text) == {"星河商圈": "CommercialDistrict", "云湾商圈": "CommercialDistrict",
                                       "大翠屏商圈": "CommercialDistrict"}
    for m in mentions(recogniser, text):
        assert m.aliases == (m.surface,) and m.name == m.surface + "商圈"


def test_named_commercial_district_in_running_text(recogniser):
    assert names(recogniser, "加快建设云湾商圈") == {"云湾商圈": "CommercialDistrict"}


# -- tracks ------------------------------------------------------------------------

def test_quoted_track_list_with_counter(recogniser):
    text = "主攻“智能网联、合成材料、数字文旅”三大主导产业"
    assert names(recogniser, text) == {"智能网联": "IndustryTrack", "合成材料": "IndustryTrack",
                                       "数字文旅": "IndustryTrack"}


def test_separately_quoted_track_list(recogniser):
    text = "主攻“智能网联”“合成材料”“数字文旅”三大主导产业"
    assert names(recogniser, text) == {"智能网联": "IndustryTrack", "合成材料": "IndustryTrack",
                                       "数字文旅": "IndustryTrack"}


def test_quoted_track_list_without_counter(recogniser):
    text = "主攻“智能网联、合成材料、数字文旅”主导产业"
    assert names(recogniser, text) == {"智能网联": "IndustryTrack", "合成材料": "IndustryTrack",
                                       "数字文旅": "IndustryTrack"}


def test_track_list_item_with_a_place_like_word(recogniser):
    text = "主攻“智能网联、海洋经济、数字文旅”三大主导产业"
    assert names(recogniser, text) == {"智能网联": "IndustryTrack", "海洋经济": "IndustryTrack",
                                       "数字文旅": "IndustryTrack"}


def test_unquoted_track_list_after_a_verb(recogniser):
    text = "主攻智能网联、合成材料、数字文旅等主导产业"
    assert names(recogniser, text) == {"智能网联": "IndustryTrack", "合成材料": "IndustryTrack",
                                       "数字文旅": "IndustryTrack"}


def test_track_named_before_chanye(recogniser):
    assert names(recogniser, "大力发展智能网联产业") == {"智能网联": "IndustryTrack"}


def test_sub_track_list_and_head_track(recogniser):
    text = "紧盯合成生物、脑机接口、低空飞行三大细分赛道，加快构建生命健康产业链"
    found = names(recogniser, text)
    assert found == {"合成生物": "IndustryTrack", "脑机接口": "IndustryTrack",
                     "低空飞行": "IndustryTrack", "生命健康": "IndustryTrack"}


# -- heads and owners ----------------------------------------------------------------

def test_owner_prefix_shaped_like_a_company(recogniser):
    ms = mentions(recogniser, "开工锦程医药华东研发总部")
    got = [(m.name, m.cls, m.role, m.start, m.end) for m in ms]
    assert got == [("锦程医药华东研发总部", "Project", "name", 2, 12),
                   ("锦程医药", "Enterprise", "owner", 2, 6)]
    assert ms[1].rule == "owner-prefix:医药"


def test_owner_prefix_from_the_lexicon(recogniser):
    ms = mentions(recogniser, "开工美团华东研发总部")
    got = [(m.name, m.cls, m.role) for m in ms]
    assert got == [("美团华东研发总部", "Project", "name"), ("美团", "Enterprise", "owner")]
    assert ms[1].rule == "owner-prefix:lexicon"


def test_owner_prefix_in_an_act_frame(recogniser):
    ms = mentions(recogniser, "锦程医药华东研发总部正式开工")
    assert [(m.name, m.cls, m.role) for m in ms] == [
        ("锦程医药华东研发总部", "Project", "item"), ("锦程医药", "Enterprise", "owner")]


def test_a_place_is_not_taken_as_an_owner(recogniser):
    # 杭州科技 looks like a firm, but 杭州 is a place: no owner
    ms = mentions(recogniser, "开工杭州科技华东总部")
    assert [(m.name, m.cls, m.role) for m in ms] == [("杭州科技华东总部", "Project", "name")]


@pytest.mark.parametrize("text, name, owners", [
    # a quantity is no owner; the firm before it may be
    ("签约墨川新材年产5万吨电子级化学品项目", "墨川新材年产5万吨电子级化学品项目", ["墨川新材"]),
    ("签约墨川年产5万吨电子级化学品项目", "墨川年产5万吨电子级化学品项目", []),
    # a name no list holds before the capacity or size of what the project makes ([brand] capacity_opens)
    ("星鑫硅业年产8万吨多晶硅棒项目开工", "星鑫硅业年产8万吨多晶硅棒项目", ["星鑫硅业"]),
    ("澜晶硅材料12英寸外延片项目已投产", "澜晶硅材料12英寸外延片项目", ["澜晶硅材料"]),
    ("云溪区年产10万吨电池隔膜项目开工", "云溪区年产10万吨电池隔膜项目", []),
    ("云溪市人工智能计算中心二期投用", "云溪市人工智能计算中心二期", []),     # a place and common words
    ("推进墨川街商圈品质提升工程", "墨川街商圈品质提升工程", []),             # a street's name
    ("开工星澜科技锂电池产研基地", "星澜科技锂电池产研基地", ["星澜科技"]),   # a firm's name is one
    # a registered name opening the project's name is its owner, whole
    ("墨川精工（杭州）机械有限公司年产800台数控机床项目投产",
     "墨川精工（杭州）机械有限公司年产800台数控机床项目", ["墨川精工（杭州）机械有限公司"]),
    ("星澜集团新能源基地项目开工", "星澜集团新能源基地项目", ["星澜集团"]),
    # words joined by 及 name two products, not a firm ending in a trade ([long_name] joiners)
    ("青禾农用车整车及仪表总成生产线投产", "青禾农用车整车及仪表总成生产线", []),
])
def test_no_owner_is_made_of_a_quantity_or_a_place(recogniser, text, name, owners):
    ms = mentions(recogniser, text)
    assert name in [m.name for m in ms if m.role != "owner"]
    assert [m.name for m in ms if m.role == "owner"] == owners


def test_a_listed_park_named_after_its_street_has_no_owner(recogniser):
    # 墨川|街道冷链物流园: the words before the street's head name the street (rules.toml [place]
    # project_place_heads), not a brand that owns the park
    ms = mentions(recogniser, "今年，青禾生物城二期、墨川街道冷链物流园、星澜文旅城三期等项目加快建设。")
    park = next(m for m in ms if m.name == "墨川街道冷链物流园")
    assert not [m.name for m in ms if m.role == "owner" and park.start <= m.start < park.end]


@pytest.mark.parametrize("text, name, owners", [
    # a brand and a trade word ([brand] owner_trades) open the project's name: the firm's short name
    ("推进青禾精密轴承项目开工", "青禾精密轴承项目", ["青禾精密"]),
    ("墨川纺织印花工厂投产", "墨川纺织印花工厂", ["墨川纺织"]),
    # ... trades of materials and steel (磁材, 特钢, 精化, 稀磁)
    ("推进墨川正泰磁材电机材料项目开工", "墨川正泰磁材电机材料项目", ["墨川正泰磁材"]),
    ("青禾文澜特钢精品线材技改项目同步开工", "青禾文澜特钢精品线材技改项目", ["青禾文澜特钢"]),
    ("其中，星澜精化特种涂料项目开工", "星澜精化特种涂料项目", ["星澜精化"]),
    ("云岫稀磁新材料扩能项目完成设备安装", "云岫稀磁新材料扩能项目", ["云岫稀磁"]),
    # ... not after a common word or a city
    ("推进高性能磁材项目开工", "高性能磁材项目", []),
    ("推进杭州特钢线材项目开工", "杭州特钢线材项目", []),
    # the owner ends at the first trade word, not at a later one (装备 is a trade too)
    ("星澜重机港口装备智能制造项目开工", "星澜重机港口装备智能制造项目", ["星澜重机"]),
    # a trade adjective with the project's words after it begins what the project is
    ("开工云岫智能巡检机器人项目", "云岫智能巡检机器人项目", ["云岫"]),
    # what the project makes is no trade of the firm (储能电池: a product, not 云岫绿电储能)
    ("新引进云岫绿电储能电池项目", "云岫绿电储能电池项目", ["云岫绿电"]),
    # a phase or a project of a park is named as the park is: its brand is the park's, no owner
    ("墨川时尚小镇三期运营后，又有工作室入驻", "墨川时尚小镇三期", []),
    ("推进星澜智能底盘科技园项目建设", "星澜智能底盘科技园项目", []),
    ("推进星澜智能底盘项目建设", "星澜智能底盘项目", ["星澜"]),     # (the control: no park)
    # a common word before the trade word names no firm; nor does a city
    ("推进传统纺织印染改造项目", None, []),
    ("开工杭州精密仪器项目", "杭州精密仪器项目", []),
    # words no list holds right before 产业 ([brand] owner_not_before) name the park's industry
    ("（二）星汇产业园标准化厂房二期。", "星汇产业园标准化厂房二期", []),
    ("（四）墨汽产业园标准化厂房三期。", "墨汽产业园标准化厂房三期", []),
])
def test_an_owner_is_a_brand_and_its_trade(recogniser, text, name, owners):
    ms = mentions(recogniser, text)
    if name:
        assert name in [m.name for m in ms if m.role != "owner"]
    assert [m.name for m in ms if m.role == "owner"] == owners


@pytest.mark.parametrize("text, name, owners", [
    # a known group's name, then two or three words, then a city: the group's firm of those words
    # owns the site, whatever the dictionary tags the group's word
    ("推进美团商用车温州基地建设", "美团商用车温州基地", ["美团商用车"]),
    ("推进美团农信温州服务中心建设", "美团农信温州服务中心", ["美团农信"]),
    # near misses: a numbered site's name after the group, or the city right after it: the group's
    ("推进美团亚洲一号温州物流园建设", "美团亚洲一号温州物流园", ["美团"]),
    ("推进美团温州总部建设", "美团温州总部", ["美团"]),
])
def test_a_known_group_and_its_trade_before_a_city_own_the_site(recogniser, text, name, owners):
    ms = mentions(recogniser, text)
    assert name in [m.name for m in ms if m.role != "owner"]
    assert [m.name for m in ms if m.role == "owner"] == owners


@pytest.mark.parametrize("text, name, owners", [
    # a firm named earlier in the sentence (by its legal form or firm's word), then a thing whose
    # name opens with the firm's short form: the firm owns it, though the form is a dictionary word
    ("潮汐集团投资建设的潮汐科技园三期竣工投用", "潮汐科技园三期", ["潮汐集团"]),
    # ... a firm found in the same pass (a legal form), its short form after the province it opens with
    ("由浙江潮汐新能源股份有限公司投资建设的潮汐智能充电设备制造基地项目将在新区建设",
     "潮汐智能充电设备制造基地项目", ["浙江潮汐新能源股份有限公司"]),
    ("由浙江潮汐文化旅游发展有限公司运营的潮汐文旅综合体项目开业", "潮汐文旅综合体项目",
     ["浙江潮汐文化旅游发展有限公司"]),
    ("由潮汐新能源股份有限公司投资建设的潮汐智能充电设备制造基地项目将在新区建设",
     "潮汐智能充电设备制造基地项目", ["潮汐新能源股份有限公司"]),
    # near misses: no firm's word names the firm before; a place's stem opens the name (拱墅 of 拱墅区)
    ("潮汐投资建设的潮汐科技园三期竣工投用", None, []),
    ("拱墅区城投集团投资建设的拱墅科技园三期竣工投用", "拱墅科技园三期", []),
])
def test_a_firm_named_before_owns_what_its_short_form_opens(recogniser, text, name, owners):
    ms = mentions(recogniser, text)
    if name:
        assert name in [m.name for m in ms if m.role != "owner"]
    assert [m.name for m in ms if m.role == "owner"] == owners


@pytest.mark.parametrize("text, name, owners", [
    # a hospital's or a school's name opens the site's ([brand] owner_bodies): the body owns it,
    # not a brand's shape cut before its head word (青禾市中心|医院)
    ("推进青禾市中心医院南湖院区建设", "青禾市中心医院南湖院区", [("青禾市中心医院", "Institution")]),
    ("墨川区中医医院迁建项目开工", "墨川区中医医院迁建项目", [("墨川区中医医院", "Institution")]),
    ("第七中学云溪校区开工建设", "第七中学云溪校区", [("第七中学", "Institution")]),
    # ... to the last unit of the body after it (owner_body_units)
    ("推进云溪医学院附属医院北湖院区建设", "云溪医学院附属医院北湖院区", [("云溪医学院附属医院", "Institution")]),
    ("星澜大学墨川学院实训基地投用", "星澜大学墨川学院实训基地", [("星澜大学墨川学院", "Institution")]),
    # ... not to a second university's word (a university's park)
    ("推进星澜大学国家大学科技园二期项目", "星澜大学国家大学科技园二期项目", [("星澜大学", "Institution")]),
    # a brand no list holds before a store's head ([brand] store_heads), not a kind of brand
    ("星澜堂大药房旗舰店开业", "星澜堂大药房旗舰店", [("星澜堂大药房", "Enterprise")]),
    ("引进轻奢运动品牌旗舰店", "轻奢运动品牌旗舰店", []),
    # ... and not a known firm's institute: the firm owns it
    ("美团研究院二期开工", "美团研究院二期", [("美团", "Enterprise")]),
])
def test_a_body_owns_a_site_named_after_it(recogniser, text, name, owners):
    ms = mentions(recogniser, text)
    assert name in [m.name for m in ms if m.role != "owner"]
    assert [(m.name, m.cls) for m in ms if m.role == "owner"] == owners


def test_a_place_prefix_does_not_swallow_the_owner(recogniser):
    ms = mentions(recogniser, "开工拱墅区星澜科技华东总部")
    owners = [(m.name, m.cls) for m in ms if m.role == "owner"]
    assert owners == [("星澜科技", "Enterprise")]


def test_a_place_prefix_does_not_swallow_an_organisation(recogniser):
    assert names(recogniser, "引进拱墅区星澜科技") == {"拱墅区": "Place", "星澜科技": "Enterprise"}


def test_a_place_prefix_does_not_swallow_an_enumerated_firm(recogniser):
    assert names(recogniser, "引进拱墅区星澜科技、墨川网络等龙头企业") == {
        "拱墅区": "Place", "星澜科技": "Enterprise", "墨川网络": "Enterprise"}


@pytest.mark.parametrize("text, want", [
    ("引进星澜科技", {"星澜科技": "Enterprise"}),
    ("引进杭州星澜网络科技有限公司", {"杭州星澜网络科技有限公司": "Enterprise"}),
    # head 科技 needs context (an enumeration, a frame, 引进 …)
    ("当地科技水平明显提升", {}),
    ("星澜科技营收明显提升", {}),
    # a card's field stated in a sentence (建设单位为X: 为 is no word of the name)
    ("项目建设单位为云溪城发集团", {"云溪城发集团": "Enterprise"}),
    ("投资方为星澜新材料有限公司", {"星澜新材料有限公司": "Enterprise"}),
    # two names joined by 与 before a verb two parties do together ([context] joint_marks, joint_verbs)
    ("云岭物流与星澜集团合资成立新公司", {"云岭物流": "Enterprise", "星澜集团": "Enterprise"}),
    ("青禾港务集团与星澜物流签约", {"青禾港务集团": "Enterprise", "星澜物流": "Enterprise"}),
    # ... not two tracks joined the same way
    ("发展现代物流与电子商务合作共赢", {"现代物流": "IndustryTrack", "电子商务": "IndustryTrack"}),
])
def test_a_company_shaped_word_is_a_name_after_a_context_word(recogniser, text, want):
    assert names(recogniser, text) == want


def test_platform_head(recogniser):
    text = "星澜科技华东总部位于云栖星辰生命科学产业园"
    assert names(recogniser, text) == {"星澜科技华东总部": "Project",
                                       "云栖星辰生命科学产业园": "Platform"}
    assert [(m.name, m.role) for m in mentions(recogniser, text) if m.role == "owner"] == [
        ("星澜科技", "owner")]


def test_frame_landing_verb(recogniser):
    found = names(recogniser, "星澜科技落地云栖星辰生命科学产业园")
    assert found == {"星澜科技": "Enterprise", "云栖星辰生命科学产业园": "Platform"}


def test_a_landing_firm_is_not_a_project(recogniser):
    m = next(m for m in mentions(recogniser, "星澜科技落地云栖星辰生命科学产业园") if m.name == "星澜科技")
    assert m.extra == ()


def test_unknown_district_is_not_a_project(recogniser):
    found = names(recogniser, "西溪区加快推进星澜科技华东总部建设")
    assert found == {"西溪区": "Place", "星澜科技华东总部": "Project"}


# -- places ------------------------------------------------------------------------

def test_known_street_then_invented_community(recogniser):
    assert names(recogniser, "祥符街道吉如社区") == {"祥符街道": "Place", "吉如社区": "Place"}


def test_invented_street_then_invented_community(recogniser):
    assert names(recogniser, "吉泰街道吉如社区") == {"吉泰街道": "Place", "吉如社区": "Place"}


# -- declared aliases ----------------------------------------------------------------

def _doc(text):
    return to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))


def test_declared_alias_is_found_throughout_the_document(recogniser):
    doc = _doc("“星澜”营收再创新高\n拱墅区引进星澜网络科技有限公司（以下简称“星澜”）。今年“星澜”营收增长20%。")
    ms = recogniser.document_mentions(doc)
    full = [m for m in ms if m.name == "星澜网络科技有限公司"]
    assert {m.cls for m in full} == {"Enterprise"}
    by_rule = {(m.sentence, m.surface, m.rule) for m in full}
    # the declaring sentence names it in full; the later sentence and the title use the alias
    assert (1, "星澜网络科技有限公司", "head:有限公司") in by_rule
    assert {(s, r) for s, surf, r in by_rule if surf == "星澜"} >= {(0, "declared-alias"), (2, "declared-alias")}
    for m in full:
        if m.rule == "declared-alias":
            assert m.aliases == ("星澜",)
            sent = doc.sentences[m.sentence].text
            assert sent[m.start:m.end] == "星澜"
    # the alias is not a second entity of its own
    assert not [m for m in ms if m.name == "星澜"]


def test_declared_alias_of_a_sentence_initial_company(recogniser):
    doc = _doc("杭州星澜网络科技有限公司（以下简称“星澜”）成立于2015年。“星澜”营收增长20%。")
    ms = recogniser.document_mentions(doc)
    assert {(m.sentence, m.name, m.cls) for m in ms if m.cls == "Enterprise"} == {
        (0, "杭州星澜网络科技有限公司", "Enterprise"), (1, "杭州星澜网络科技有限公司", "Enterprise")}


@pytest.mark.parametrize("text, alias_of", [
    # the name right before the bracket is the one shortened
    ("墨川智能装备有限公司（以下简称“墨川”）创办于2012年。去年墨川订单翻番。", "墨川智能装备有限公司"),
    # a name that ends earlier is not: the words between are the unrecognised name's
    ("由杭州星澜发展控股联合体（以下简称“星发控”）投资建设。星发控营收增长。", None),
    # several short forms at once: each quoted one but a common noun for the writer's side (公司)
    ("墨川智能装备股份有限公司（以下简称“公司”或“墨川智装”）成立于2012年。墨川智装订单翻番，公司营收增长。",
     "墨川智能装备股份有限公司"),
])
def test_a_declared_alias_shortens_the_name_right_before_it(recogniser, text, alias_of):
    ms = recogniser.document_mentions(_doc(text))
    got = {m.name for m in ms if m.rule == "declared-alias"}
    assert got == ({alias_of} if alias_of else set())
    assert not [m for m in ms if m.rule == "declared-alias" and m.surface == "公司"]


def test_a_provisional_name_declares_its_short_form(recogniser):
    """星澜材料有限公司（暂定名，以登记机关核准为准，以下简称“青禾星澜”）: the note that the name is
    provisional stands between the name and the declaration; a later 青禾星澜 is the firm, over the place
    青禾 inside it; not in the declaring bracket itself, nor where no short form was declared."""
    text = ("本公司拟出资设立青禾星澜材料有限公司（暂定名，以登记机关核准为准，以下简称“青禾星澜”或“项目公司”）。\n"
            "公司与云溪能源有限公司各出资一半，由青禾星澜在青禾县建设隔膜项目。")
    ms = recogniser.document_mentions(_doc(text))
    got = {(m.sentence, m.surface) for m in ms if m.name == "青禾星澜材料有限公司"}
    assert (1, "青禾星澜") in got
    assert not [m for m in ms if m.surface == "项目公司"]
    assert not [m for m in ms if m.sentence == 1 and m.cls == "Place" and m.surface == "青禾"]


@pytest.mark.parametrize("text, firm", [
    # a brand the lexicon knows inside a local firm's declared short form (place + brand) is the
    # local firm where it is declared and after, the place before it too: no mention of the brand
    ("星澜美团科技有限公司（以下简称“星澜美团”）成立。星澜美团落户云溪。", "星澜美团科技有限公司"),
    ("杭州美团科技有限公司（以下简称“杭州美团”）成立。杭州美团是美团的全资子公司。", "杭州美团科技有限公司"),
])
def test_a_known_brand_inside_a_declared_short_form_is_the_local_firm(recogniser, text, firm):
    ms = recogniser.document_mentions(_doc(text))
    short = firm[:4]
    assert {(m.sentence, m.name) for m in ms if m.surface == short} == {(0, firm), (1, firm)}
    assert not [m for m in ms if m.name == "杭州市" or (m.name == "美团" and m.sentence == 0)]
    # (near miss: the brand standing alone is still the brand)
    assert ("美团" in text[text.index("。") + 1 + len(short):]) == any(
        m.name == "美团" and m.sentence == 1 for m in ms)


@pytest.mark.parametrize("text, name, cls", [
    # a name with a head right before a declared short form is a name, over 开发 and 投资
    ("星澜港开发建设投资集团（以下简称“星澜港投集团”）牵头，与云溪建工联合承建该项目。", "星澜港开发建设投资集团", "Enterprise"),
    ("去年落户墨川湾的云溪生物医药有限公司（以下简称“云溪生物”）已投产。", "云溪生物医药有限公司", "Enterprise"),
    ("星澜跨境电商综合试验区（以下简称“星澜综试区”）上半年进出口额增长两成。", "星澜跨境电商综合试验区", "Platform"),
])
def test_the_name_a_short_form_is_declared_for(recogniser, text, name, cls):
    assert (name, cls) in {(m.name, m.cls) for m in mentions(recogniser, text) if m.role != "owner"}


def test_a_short_form_a_head_made_a_name_of_is_the_declared_firms(recogniser):
    ms = recogniser.document_mentions(_doc("星澜港开发建设投资集团（以下简称“星澜港投集团”）去年完成投资80亿元。"
                                          "今年星澜港投集团还将新建三座码头。"))
    assert {m.name for m in ms if m.surface == "星澜港投集团"} == {"星澜港开发建设投资集团"}



@pytest.mark.parametrize("text, name, aliases", [
    # a bare bracket after the legal form holds the short form
    ("墨川储能科技有限公司（墨川储能）研发的设备已量产。", "墨川储能科技有限公司", {"墨川储能"}),
    # 简称 inside the bracket declares the short form; the word is no part of it
    ("本地企业墨川储能科技有限公司（简称墨川储能）研发的设备已量产。", "墨川储能科技有限公司", {"墨川储能"}),
    ("青禾液压科技有限公司（以下简称青禾液压）落户云溪区。", "青禾液压科技有限公司", {"青禾液压"}),
    # (near miss: a town, district or park alone in the bracket is where the firm lies, no short form)
    ("1.墨川储能科技有限公司（白露镇）", "墨川储能科技有限公司", set()),
    ("1.墨川储能科技有限公司（白露街道）", "墨川储能科技有限公司", set()),
])
def test_a_bracketed_short_form_after_a_legal_form(recogniser, text, name, aliases):
    ms = recogniser.document_mentions(_doc(text))
    got = set().union(*[set(m.aliases) for m in ms if m.name == name])
    assert got == aliases


@pytest.mark.parametrize("text, surface, name", [
    # a short form said first, its full name after it in a bracket opening on 即: each later use is the firm
    ("岚澈（即云南岚澈酒业股份有限公司）本次购得用水指标。其中，岚澈、墨川属酿造企业。", "岚澈", "云南岚澈酒业股份有限公司"),
    # ... the word before it no part of it (与|岚澈酒业)
    ("公司与岚澈酒业（即云南岚澈酒业股份有限公司）签约。岚澈酒业今年扩产。", "岚澈酒业", "云南岚澈酒业股份有限公司"),
    # (near miss: the run before the bracket the full name does not hold declares nothing)
    ("甲方（即云南岚澈酒业股份有限公司）本次购得用水指标。甲方今年扩产。", "甲方", None),
    # ... nor a bracket opening on 即 that names no firm
    ("岚澈酒业（即上一年度）产量增长。岚澈酒业今年扩产。", "岚澈酒业", None),
    # 下称, 以下称 declare a short form as 简称 does
    ("云南岚澈酒业股份有限公司（下称“岚澈”）本次购得用水指标。岚澈今年扩产。", "岚澈", "云南岚澈酒业股份有限公司"),
    ("云南岚澈酒业股份有限公司（以下称岚澈酒业）本次购得用水指标。岚澈酒业今年扩产。", "岚澈酒业", "云南岚澈酒业股份有限公司"),
])
def test_a_short_form_declared_before_or_after_its_full_name(recogniser, text, surface, name):
    ms = recogniser.document_mentions(_doc(text))
    got = {m.name for m in ms if m.surface == surface and m.sentence == 1 and m.rule != "owner"}
    assert (name in got) if name else not any(n.endswith("公司") for n in got), got


@pytest.mark.parametrize("text, project, owner", [
    # a short form the lexicon's group opens (华虹) but the document declared for its own
    # firm: the project named after it is that firm's
    ("华虹半导体（青禾）有限公司（以下简称“华虹青禾”）产线投产。华虹青禾三期项目开工。",
     "华虹青禾三期项目", "华虹青禾"),
])
def test_a_project_named_after_a_declared_short_form_is_its_firms(recogniser, text, project, owner):
    ms = recogniser.document_mentions(_doc(text))
    proj = [m for m in ms if m.name == project]
    assert proj
    owners = {m.surface for m in ms if m.role == "owner" and m.sentence == proj[0].sentence
              and proj[0].start <= m.start < proj[0].end}
    assert owners == {owner}

# -- generic mentions ------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("加快重点项目建设", {}),
    ("加快青禾项目建设", {"青禾项目": "Project"}),
    ("培育一批龙头企业", {}),
    ("培育星澜科技等一批龙头企业", {"星澜科技": "Enterprise"}),
    ("建设产业园", {}),
    ("建设青禾产业园", {"青禾产业园": "Platform"}),
    ("打造产业园区", {}),
    ("打造青禾产业园区", {"青禾产业园区": "Platform"}),
    ("做强特色小镇", {}),
    ("做强青禾特色小镇", {"青禾特色小镇": "Platform"}),
    # towns in general (推进乡镇建设, 新型城镇) are no town's name
    ("推进乡镇建设", {}),
    ("加快新型城镇建设", {}),
    ("推进白沙镇建设", {"白沙镇": "Place"}),
    # a town or street named by a word jieba tags a person's name is named before 建设 too
    # (a new factory, no brand naming it, is a kind of plant: rules.toml's factory heads are proper)
    ("在韩家镇建设新工厂", {"韩家镇": "Place"}),
    ("在杨柳街道建设新工厂", {"杨柳街道": "Place"}),
    ("推进美丽乡村建设", {}),
    ("集聚头部企业", {}),
    ("集聚星澜科技等头部企业", {"星澜科技": "Enterprise"}),
    ("推动一批优质项目开工", {}),
    ("推动青禾星辰等一批优质项目开工", {"青禾星辰": "Project"}),
    ("加快推进重大项目落地", {}),
    ("加快推进青禾星辰项目落地", {"青禾星辰项目": "Project"}),
    ("这批大项目集中签约落户星澜高新区", {"星澜高新区": "Platform"}),   # a demonstrative of a batch
    ("青禾星辰大项目集中签约", {"青禾星辰大项目": "Project"}),
    # a project's task force (X项目工作专班) is a team of officials, no thing; the project is
    ("表彰云溪分拨中心项目工作专班等4个集体", {"云溪分拨中心项目": "Project"}),
    ("星澜港白沙物流中转基地项目工作专班（地点：青禾镇）", {"星澜港白沙物流中转基地项目": "Project", "青禾镇": "Place"}),
    ("对区招商专班等3个团队授予先进团队称号", {}),
])
def test_generic_mentions_are_not_names_named_ones_are(recogniser, text, want):
    assert names(recogniser, text) == want


def test_mentions_are_sorted_and_within_the_sentence(recogniser):
    doc = _doc("加快推进云栖星辰生命科学产业园、青禾智算中心等重点项目建设。"
               "持续放大星澜科技、墨川网络等龙头企业产业链带动效应。")
    ms = recogniser.document_mentions(doc)
    assert ms == sorted(ms, key=lambda m: (m.sentence, m.start, -m.end))
    for m in ms:
        s = doc.sentences[m.sentence]
        assert 0 <= m.start < m.end <= len(s.text) and s.text[m.start:m.end] == m.surface
    assert {m.sentence for m in ms} == {0, 1}


@pytest.mark.parametrize("text,want", [
    # the word for a firm's parent is no word of the parent's name
    ("该企业的母公司墨川澜顺电器有限公司主营厨电配件", {"墨川澜顺电器有限公司": "Enterprise"}),
    # 控股 after a group is the verb: the group holds the firm (not a firm 星澜能化集团控股)
    ("墨川硅材有限公司，由甘肃星澜集团控股，生产光伏玻璃", {"墨川硅材有限公司": "Enterprise",
                                                     "甘肃星澜集团": "Enterprise"}),
    # a holder or a buyer after 被 is a firm (被Y控股, 被Y收购), as after 由
    ("这家公司后来被星澜动力控股", {"星澜动力": "Enterprise"}),
    ("这家公司后来被星澜动力评为优秀供应商", {}),
    # 控股 opening what says the name before holds a firm (X|控股的子公司, X|控股子公司) ends no name;
    # the holder before it is the parent firm (kg/recognise/parent_firms.py)
    ("该公司系星澜控股的子公司", {"星澜": "Enterprise"}),
    ("星澜控股旗下的青禾科技", {"星澜控股": "Enterprise", "青禾科技": "Enterprise"}),
])
def test_a_parent_or_holder_named_by_its_frame(recogniser, text, want):
    assert names(recogniser, text) == want


@pytest.mark.parametrize("text,want", [
    ("以青禾智能制造产业园和云栖星辰生命科学产业园为平台",
     {"青禾智能制造产业园": "Platform", "云栖星辰生命科学产业园": "Platform"}),
    ("由云栖产业园承办", {"云栖产业园": "Platform"}),
    # (系: "is", glued by jieba to the brand after it: 系星澜|集团)
    ("该公司系星澜集团控股子公司", {"星澜集团": "Enterprise"}),
])
def test_a_preposition_is_not_part_of_a_name(recogniser, text, want):
    assert names(recogniser, text) == want


# -- enumeration heads, glued words ----------------------------------------------------

def test_a_lexicon_track_is_still_the_enumerations_head_track(recogniser):
    # the lexicon finds 生命健康 first; it must keep the enumeration's head-track role,
    # so the firms are in 生命健康 and not in the sentence's first track 数字经济
    ms = mentions(recogniser, "围绕数字经济，集聚星澜科技、墨川网络等生命健康龙头企业。")
    head = next(m for m in ms if m.name == "生命健康")
    items = [m for m in ms if m.role == "item"]
    assert head.role == "head-track" and head.cls == "IndustryTrack"
    assert {m.name for m in items} == {"星澜科技", "墨川网络"}
    assert {m.group for m in items} == {head.group}
    assert next(m for m in ms if m.name == "数字经济").role == "name"


def test_a_numeral_glued_to_an_unknown_name_is_cut_off(recogniser):
    ms = mentions(recogniser, "引进中国奥委会控股企业一青禾电竞全国教育总部")
    got = {(m.name, m.cls, m.role) for m in ms}
    assert ("青禾电竞全国教育总部", "Project", "name") in got
    assert ("青禾电竞", "Enterprise", "owner") in got


def test_the_verb_that_governs_units_is_no_part_of_their_names(recogniser):
    # 辖|墨川街道: jieba leaves 辖 a word of its own, which a name does not run left over
    assert names(recogniser, "墨川区地处云溪市南部，辖白沙街道、墨川街道。").get("白沙街道") == "Place"


@pytest.mark.parametrize("text, want", [
    # 现辖 (governs now), 设 and 内设 (has set up): the units or parks a zone has follow
    ("青禾高新区现辖白沙街道、墨川街道两个街道。", "白沙街道"),
    ("青禾高新区下辖两个镇，设有色金属材料产业园、星澜科创园等专业园区。", "有色金属材料产业园"),
    ("区内设精密机械产业园、星澜科创园两个专业园区。", "精密机械产业园"),
])
def test_the_verb_that_sets_out_a_zones_units_is_no_part_of_their_names(recogniser, text, want):
    got = names(recogniser, text)
    assert want in got and not any(n != want and n.endswith(want) for n in got), got


def test_a_word_of_setting_up_inside_a_name_stays(recogniser):
    # near miss: 设 inside a word (设计) is no verb of its own
    assert names(recogniser, "推进星澜设计产业园建设").get("星澜设计产业园") == "Platform"


def test_a_boundary_word_cut_in_two_ends_the_first_item(recogniser):
    # jieba cuts 做强 into 做|强: the first item must not begin with it
    assert names(recogniser, "建优做强腾讯、网易等一批龙头企业") == {"腾讯": "Enterprise", "网易": "Enterprise"}


@pytest.mark.parametrize("text, want", [
    ("全年营收360亿元", {}),
    ("实现360度全景", {}),
    ("新增360家", {}),
    ("集聚360、星澜科技等龙头企业", {"奇虎360": "Enterprise", "星澜科技": "Enterprise"}),
    ("360云栖研发中心开工", {"360云栖研发中心": "Project", "奇虎360": "Enterprise"}),   # the owner
    pytest.param("引进360", {"奇虎360": "Enterprise"}, marks=pytest.mark.xfail(strict=True, reason=(
        "at the end of a sentence the character after the number is '', and '' in quantity_units "
        "is True: the firm is taken for a quantity"))),
])
def test_a_number_before_a_unit_is_not_the_firm_360(recogniser, text, want):
    assert {m.name: m.cls for m in mentions(recogniser, text)} == want


@pytest.mark.parametrize("text, present", [
    # a head after a head of its kind; the street before is still found
    ("大兜路历史街区列入省级高品质步行街街培育名单", {"大兜路历史文化街区": "Place"}),
    ("青禾路步行街列入省级高品质步行街培育名单", {"青禾路步行街": "CommercialDistrict"}),
    # generic words and a bare head
    ("加快入城门户、特色历史街区、中心广场建设", {}),
    ("加快青禾门户、星澜历史街区、云栖广场建设", {"星澜历史街区": "CommercialDistrict"}),
    # short common compounds, no name
    ("推进生态廊道、绿地公园、历史街区等项目", {}),
    ("推进青禾廊道、星澜绿地公园、云栖历史街区等项目",
     {"星澜绿地公园": "Project", "云栖历史街区": "CommercialDistrict"}),
])
def test_generic_heads_are_not_names(recogniser, text, present):
    found = names(recogniser, text)
    wrong = {n for n in found if n not in present
             and (n.endswith(("街街", "特色历史街区", "绿地公园")) or n == "历史街区")}
    assert not wrong, found
    assert present.items() <= found.items(), found


def test_a_common_compound_in_a_list_of_areas_is_an_area(recogniser):
    found = names(recogniser, "推动吉泰片区、运河新城等重点片区更新")
    assert found.get("运河新城") == "Place"


# -- places ------------------------------------------------------------------------

@pytest.mark.parametrize("text, places", [
    # named in passing
    ("连续三年蝉联“中国最具幸福感城区”", set()),      # a word of an award's name
    ("市“西湖明珠工程”顶尖人才引进", set()),          # a word of a programme's name
    ("5家企业入选中国民营企业500强", set()),           # the home country as an attributive
    ("坚持以新时代中国特色社会主义思想为指导", set()),
    ("基层中医模式获评健康中国创新实践案例", set()),
    ("加快融入长三角一体化发展", set()),              # a region as an attributive
    ("推动京津冀协同发展走深走实", set()),            # ... of a programme named after it
    ("澜沃超市开出华南首家旗舰店", set()),            # ... of a first it holds
    # before a word of a rank or a first it says whose store, list, level or specialty
    ("商圈内新开品牌首店20家，其中青海首店8家", set()),
    ("青禾步行街是青海省首批示范步行街", set()),
    ("澜沃产业园是青海省级特色产业园区", set()),
    ("夜市集聚了酿皮、甜醅等青海特色小吃", set()),
    # used as places
    ("来自非洲各国的运动员", {"非洲"}),          # a place and its locative word in one token
    ("深耕长三角地区市场", {"长江三角洲"}),
    ("带动更多大湾区企业来澜沃投资", {"粤港澳大湾区"}),   # a region before a noun: where the firms are
    ("澜沃基地将是珠三角东岸最大的储能基地", {"珠江三角洲"}),
    ("同韩国企业开展交流", {"韩国"}),           # a foreign country is a place wherever it stands
    ("同韩国青禾集团开展交流", set()),           # ... but a group keeps it in its name (新加坡星澜集团)
    ("引进韩国青禾显示屏修造项目", set()),       # ... but a word of the long name it opens
    ("在中国设立区域总部", {"中国"}),
    ("澜沃集团在青海设立区域总部", {"青海省"}),   # ... a place after all elsewhere
    ("青禾超市在西宁开出首家门店", {"西宁市"}),   # a first in a place: the place is named
])
def test_a_place_named_in_passing_is_not_a_mention(recogniser, text, places):
    assert {n for n, c in names(recogniser, text).items() if c == "Place"} == places


def test_roads_and_rivers_in_words_jieba_made_up(recogniser):
    found = names(recogniser, "南至吉泰路,北至墨川河")
    assert found == {"吉泰路": "Place", "墨川河": "Place"}


def test_greater_area(recogniser):
    assert names(recogniser, "填补大城西优质医院空白") == {"大城西": "Place"}


def test_district_offices(recogniser):
    assert names(recogniser, "记者从区科经信局了解到") == {"区科经信局": "Institution"}
    assert names(recogniser, "最终由区城管办出资") == {"区城管办": "Institution"}
    assert names(recogniser, "商事登记“一网通办”实现全域覆盖") == {}


# -- tracks ------------------------------------------------------------------------

def test_tracks_written_together_are_one_track(recogniser):
    assert names(recogniser, "新材料新能源是正在蓄势崛起的产业") == {"新材料新能源": "IndustryTrack"}


def test_a_qualified_sector_word_is_a_track(recogniser):
    assert names(recogniser, "新制造业大步迈进") == {"新制造业": "IndustryTrack"}
    assert names(recogniser, "服务业增加值增长5%") == {}


def test_a_verb_inside_a_listed_track(recogniser):
    found = names(recogniser, "推进工业设计、数字传媒、文化休闲等产业链发展")
    assert found == {"工业设计": "IndustryTrack", "数字传媒": "IndustryTrack", "文化休闲": "IndustryTrack"}


def test_track_before_chanyelian(recogniser):
    assert names(recogniser, "加快构建智能网联产业链") == {"智能网联": "IndustryTrack"}


@pytest.mark.parametrize("text, tracks", [
    ("第二届省青禾健康产业杭州峰会在拱墅开幕", set()),
    ("大力发展青禾健康产业", {"青禾健康"}),
    ("聚焦“老有康养”", set()),
    ("聚焦康养产业", {"康养"}),
    ("承办全球数字贸易博览会", set()),
    ("发展数字贸易产业", {"数字贸易"}),
])
def test_a_track_word_in_an_event_or_slogan_is_not_a_track(recogniser, text, tracks):
    assert {n for n, c in names(recogniser, text).items() if c == "IndustryTrack"} == tracks


# -- descriptions, honours, commercial streets, appositives (round rec2) -------------

@pytest.mark.parametrize("text, want", [
    ("实施青禾改造项目52个", set()),                     # a counted category
    ("实施青禾改造项目", {"青禾改造项目"}),
    ("作为全省首个数字文娱产业基地", set()),              # one of a kind, no proper word
    ("作为全省首个青禾文创产业基地", {"青禾文创产业基地"}),
    ("加快建设一批有规模、有品牌的数字文娱产业平台", set()),  # …的 + track + head
    ("加快建设一批有规模、有品牌的青禾文娱产业平台", {"青禾文娱产业平台"}),
    ("积极创建浙江省云栖旅游示范区", set()),              # an honour sought
    ("云栖旅游示范区开园", {"云栖旅游示范区"}),
    ("未来将建设药物研发创新中心", set()),                # 研发 is jargon, not a proper word
    ("未来将建设青禾研发创新中心", {"青禾研发创新中心"}),
])
def test_descriptions_are_not_names(recogniser, text, want):
    assert {n for n, c in names(recogniser, text).items() if c in ("Project", "Platform")} == want


def test_counted_head_still_a_name_without_count(recogniser):
    assert names(recogniser, "青禾星辰项目加快推进")["青禾星辰项目"] == "Project"


def test_street_led_commercial_district_head(recogniser):
    ms = mentions(recogniser, "云栖路、星澜路国字号汽车街区提能升级")
    got = {m.name: (m.cls, m.extra) for m in ms}
    assert got["星澜路"][0] == "CommercialDistrict"
    assert "CommercialDistrict" in (got["云栖路"][0],) + got["云栖路"][1]
    assert "星澜路国字号汽车街区" not in got


@pytest.mark.parametrize("text,name", [
    ("青禾路历史街区列入省级高品质步行街培育名单", "青禾路历史街区"),
    ("云栖路北段彰显繁华商业大道风范", "云栖路北段"),
    ("推动武林广场交通联结，星澜路商业断面接续", "星澜路"),
    # a street, lane or old town anywhere in a sentence about shopping or visitors
    ("入夜，青禾老街上游客摩肩接踵", "青禾老街"),
    ("提升云溪里特色街区和星澜巷夜间消费业态", "星澜巷"),
    ("北接云栖坊，东连墨川古城，汇集了多家大型商业综合体", "墨川古城"),
    ("每到傍晚，位于云溪区的星澜夜巷便热闹起来", "星澜夜巷"),
    ("“今天专程从外地过来逛青禾街。”一位市民说", "青禾街"),
])
def test_street_presented_as_consumption_area(recogniser, text, name):
    m = next(m for m in mentions(recogniser, text) if m.name == name)
    assert "CommercialDistrict" in (m.cls,) + m.extra


@pytest.mark.parametrize("text, name, gone", [
    # a part of a 商圈 is where in it a thing lies: the 商圈 is named whole
    ("星澜夜市位于白露湾商圈西段。", "白露湾商圈", "白露湾商圈西段"),
])
def test_a_side_of_a_district_is_no_word_of_the_name(recogniser, text, name, gone):
    got = names(recogniser, text)
    assert name in got and gone not in got, got


def test_street_not_commercial_in_passing(recogniser):
    m = next(m for m in mentions(recogniser, "青禾数据中心位于云栖路，紧邻青禾街区") if m.name == "云栖路")
    assert m.cls == "Place" and "CommercialDistrict" not in m.extra


@pytest.mark.parametrize("text,name", [
    ("完成墨川大街综合改造", "墨川大街"),                # no word of shopping or visitors
    ("青禾路沿线新开首店12家", "青禾路"),                # a road carries traffic, not shoppers
])
def test_street_not_commercial_without_a_consumption_sentence(recogniser, text, name):
    m = next(m for m in mentions(recogniser, text) if m.name == name)
    assert m.cls == "Place" and "CommercialDistrict" not in m.extra


@pytest.mark.parametrize("text,name", [
    ("星澜广场新开首店12家，其中华东首店3家", "星澜广场"),
    ("凯澜广场、星澜城所在的青禾商圈客流回升", "凯澜广场"),
    ("云栖路商圈依托青禾广场，发展精品零售", "青禾广场"),
])
def test_square_in_a_consumption_sentence_is_a_mall(recogniser, text, name):
    m = next(m for m in mentions(recogniser, text) if m.name == name)
    assert "Project" in (m.cls,) + m.extra


def test_square_without_a_consumption_sentence_stays_a_place(recogniser):
    m = next(m for m in mentions(recogniser, "青禾广场位于云溪区中部") if m.name == "青禾广场")
    assert m.cls == "Place" and "Project" not in m.extra


def test_new_commercial_heads(recogniser):
    assert names(recogniser, "青禾路女人街顺利开街")["青禾路女人街"] == "CommercialDistrict"
    assert names(recogniser, "星澜活力街区与青禾中心交相辉映").get("星澜活力街区") == "CommercialDistrict"


def test_special_cooperation_park(recogniser):
    assert names(recogniser, "提速云栖特别合作园开发建设").get("云栖特别合作园") == "Platform"


def test_firm_named_after_a_firm_noun(recogniser):
    got = names(recogniser, "坚持走在零售潮流前线的上市企业青禾星选,作为首批签约企业代表")
    assert got.get("青禾星选") == "Enterprise"
    assert not names(recogniser, "新增上市企业3家，总数达到26家。")


@pytest.mark.parametrize("text, want", [
    # a shop's brand after a word for old or local brands ([context] appositive_after), ending its
    # item or followed by where it opens a shop ([context] sites_after)
    pytest.param("茶食老字号青禾园在星澜街开设新店。", {"青禾园": "Enterprise", "星澜街": "Place"}, id="laozihao-opens-a-shop"),
    pytest.param("本地餐饮品牌星澜小馆已在青禾路开出新店。", {"星澜小馆": "Enterprise", "青禾路": "Place"},
                 id="local-brand-opens-a-shop"),
    pytest.param("百年老店青禾酱园、星澜茶楼今年重新开张。", {"青禾酱园": "Enterprise"}, id="old-shop-in-a-list"),
    # ... and a group's firm that sets up a works in a place
    pytest.param("集团旗下墨川材料在园区新建研发中心。", {"墨川材料": "Enterprise"}, id="qixia-firm-builds"),
    # (near misses: a count of brands; a shop's kind after the brand, then 的)
    pytest.param("本土品牌数量达到120个。", {}, id="count-of-brands"),
    pytest.param("隔壁老字号星澜食品店的糕点柜台前人头攒动。", {}, id="brand-then-de"),
])
def test_shop_brand_after_a_brand_noun(recogniser, text, want):
    got = {n: c for n, c in names(recogniser, text).items() if c in ("Enterprise", "Place")}
    assert got == want, f"{text}: {got}"


def test_legal_form_at_clause_start(recogniser):
    assert names(recogniser, "星澜置业公司携手青禾于云栖正式开讲").get("星澜置业公司") == "Enterprise"
    assert "助力省云栖集团" not in names(recogniser, "项目将助力省云栖集团产业发展")


@pytest.mark.parametrize("text, want", [
    # 由 before a group and a verb of investing or building after it: the group does it
    pytest.param("由墨川康禾控股集团投资，总投资8亿元", {"墨川康禾控股集团": "Enterprise"}, id="you-group-invests"),
    pytest.param("云溪天街由青禾城投集团与星澜商业联合打造", {"青禾城投集团": "Enterprise"}, id="you-group-and-partner"),
    # a word only a firm takes right after it: the group owns the firm
    pytest.param("星澜纤维公司为新加坡康禾集团旗下企业", {"星澜纤维公司": "Enterprise", "新加坡康禾集团": "Enterprise"}, id="group-then-qixia"),
    # ... or a parent's words longer than four characters (的控股子公司), and 隶属于 before it
    pytest.param("墨川精工有限公司是宏图集团的控股子公司", {"墨川精工有限公司": "Enterprise", "宏图集团": "Enterprise"},
                 id="group-then-subsidiary"),
    pytest.param("墨川精工有限公司隶属于宏图集团", {"墨川精工有限公司": "Enterprise", "宏图集团": "Enterprise"},
                 id="belongs-to-group"),
    # without either, a bare group word is no firm
    pytest.param("由企业集团投资", {}, id="generic-group"),
    pytest.param("墨川精工有限公司是宏图集团的一员", {"墨川精工有限公司": "Enterprise"}, id="group-word-no-context"),
    # a trade-word name that begins its clause and sets up, builds or lays out a works in a
    # place ([context] sites_after): the clause's subject is a firm
    pytest.param("储能环节，澜远能源在高新区设立青禾储能集成基地", {"澜远能源": "Enterprise"}, id="sites-in-a-zone"),
    pytest.param("青禾科技将在园区新建智能传感器生产线", {"青禾科技": "Enterprise"}, id="will-build-in-a-park"),
    # (near misses: no siting verb after 在; the name does not begin its clause)
    pytest.param("澜远能源在全国同行中排名第三", {}, id="ranks-no-site"),
    pytest.param("今年澜远能源在高新区设立基地", {}, id="not-at-clause-start"),
])
def test_firm_named_by_what_it_does(recogniser, text, want):
    got = {n: c for n, c in names(recogniser, text).items() if c == "Enterprise"}
    assert got == want, f"{text}: {got}"


def test_owner_of_a_firm_project(recogniser):
    ms = mentions(recogniser, "武田制药项目加快推进")
    assert {(m.name, m.cls, m.role) for m in ms} >= {("武田制药项目", "Project", "name")}
    assert any(m.role == "owner" and m.cls == "Enterprise" for m in ms)


def test_internet_is_track_vocabulary(recogniser):
    got = names(recogniser, "集聚起星澜网络、青禾云等一批优质互联网和数字经济头部企业")
    assert got.get("互联网") == "IndustryTrack" and got.get("数字经济") == "IndustryTrack"


def test_service_centre_of_a_level_of_government_is_a_body(recogniser):
    assert names(recogniser, "区青禾心理服务中心通过省级验收") == {"区青禾心理服务中心": "Institution"}
    assert names(recogniser, "强化与杭州市云栖交易服务中心合作共建").get("杭州市云栖交易服务中心") == "Institution"
    assert names(recogniser, "星澜体育服务中心加快建设").get("星澜体育服务中心") == "Project"


def test_list_after_a_count_and_fenbiewei(recogniser):
    got = names(recogniser, "今年列入工程项目共有3个,分别为青禾商旅总部中心、云栖体育服务中心、星澜汽车主题商务中心。")
    assert got == {"青禾商旅总部中心": "Project", "云栖体育服务中心": "Project", "星澜汽车主题商务中心": "Project"}


@pytest.mark.parametrize("text, want", [
    ("开工项目5个，包括星澜智能装备产业园二期、青禾冷链仓储中心等；",
     {"星澜智能装备产业园二期": "Project", "青禾冷链仓储中心": "Project"}),
    ("投产项目共有4个，分别是墨川电机扩能项目、云溪精密数字化车间等等。",
     {"墨川电机扩能项目": "Project", "云溪精密数字化车间": "Project"}),
])
def test_list_after_a_count_ends_before_deng(recogniser, text, want):
    # 等 closes the list: it is no word of the last item's name
    got = names(recogniser, text)
    assert {n: got.get(n) for n in want} == want and not any(n.endswith("等") for n in got)


def test_two_tracks_joined_in_one_list_item(recogniser):
    got = names(recogniser, "紧盯云计算大数据、智能网联和合成材料、集成电路三大细分赛道")
    assert got.get("智能网联和合成材料") == "IndustryTrack"
    assert "合成材料" not in got


def test_owner_is_a_unit_of_a_known_institution(recogniser):
    ms = mentions(recogniser, "中科院青禾应用中心大科学装置加速推进")
    assert ("中科院青禾应用中心", "Institution", "owner") in {(m.name, m.cls, m.role) for m in ms}
    assert "中国科学院" not in {m.name for m in ms}


@pytest.mark.parametrize("text, want", [
    ("青禾路历史街区获评国家级旅游休闲街区", {"青禾路历史街区": "CommercialDistrict"}),
    ("大力发展旅游休闲产业", {"旅游休闲": "IndustryTrack"}),
])
def test_track_word_before_a_street_head_is_no_track(recogniser, text, want):
    assert names(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    ("发挥省青禾母基金三期牵引作用", {}),                    # a fund's phase
    ("青禾基地三期开工", {"青禾基地三期": "Project"}),
    ("让云栖幸福家园更加温暖", {"云栖幸福家园": "Place"}),     # 让 glued to the name is cut off
])
def test_fund_phase_and_glued_rang(recogniser, text, want):
    assert names(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    # 以北/以南 are words jieba knows: before a name they are 以 and the name's first character
    ("全区以北湾镇为核心打造家电高地", {"北湾镇": "Place"}),
    ("商圈以南枫步行街为轴线", {"南枫步行街": "CommercialDistrict"}),
    # a direction verb before a name is no word of it
    ("园区东连墨川老街，西邻云溪路", {"墨川老街": "Place", "云溪路": "Place"}),
])
def test_directions_glued_to_a_name_are_cut_off(recogniser, text, want):
    assert names(recogniser, text) == want


# -- round 3 ---------------------------------------------------------------------

def test_city_after_a_foreign_country(recogniser):
    # jieba knows 横滨 as a place, the lexicon does not: the country's city
    got = names(recogniser, "星澜科技、日本横滨青禾医疗连续两届在进博会签约")
    assert got.get("横滨") == "Place" and got.get("日本") == "Place"


@pytest.mark.parametrize("text, want", [
    # a longer or transliterated name that ends its list item
    ("青禾物流与德国斯图加特、美国亚特兰大的枢纽联动", {"斯图加特", "亚特兰大"}),
    # jieba keeps the country and the city as one word: both are places
    ("星澜物流在德国科隆设立分拨中心", {"德国", "科隆"}),
    # a word after the country that names no place qualifies it; a person's name is no city
    ("美国市场需求旺盛", set()),
    ("美国特朗普政府宣布", set()),
    # a word of any kind before a verb that sites a works abroad (built, newly set up, rented)
    ("青禾物流公司在蒙古国额仁达建成公共海外仓", {"额仁达"}),
    ("星澜贸易公司在泰国宋卡新设海外仓", {"宋卡"}),
    ("云溪云仓公司在老挝琅勃拉租用仓库", {"琅勃拉"}),
    ("明年在泰国罗勇新布局海外仓1个", {"罗勇"}),
    # near misses: the country's market or ground before the verb, no city
    ("青禾物流公司在泰国市场租用仓库", set()),
    ("星澜贸易公司在泰国境内新设网点", set()),
])
def test_cities_after_a_foreign_country(recogniser, text, want):
    got = names(recogniser, text)
    assert {n for n, c in got.items() if c == "Place"} - {"美国", "德国", "蒙古国", "泰国", "老挝"} == want - {"德国"}
    assert all(got.get(n) == "Place" for n in want)


@pytest.mark.parametrize("text, want", [
    # after a zone, an area named by where in the zone it lies
    ("星澜项目落户高新区路西区", {"高新区路西区": "Place"}),
    ("项目位于青禾高新区南区", {"青禾高新区南区": "Place"}),
    # a direction alone is no area
    ("高新区南部加快发展", {}),
])
def test_an_area_of_a_zone(recogniser, text, want):
    got = names(recogniser, text)
    assert {n: c for n, c in got.items() if c == "Place"} == want


def test_latin_firm_after_a_foreign_country(recogniser):
    ms = mentions(recogniser, "青禾医药、德国QX连续三届在进博会签约")
    firm = next(m for m in ms if m.name == "德国QX")
    assert firm.cls == "Enterprise" and firm.aliases == ("QX",)
    # letters before a noun qualify it: no firm
    assert "韩国QLED" not in names(recogniser, "成功引进韩国QLED显示屏修造项目")


def test_place_before_its_people_is_no_place(recogniser):
    assert "香港特别行政区" not in names(recogniser, "发放文旅、餐饮和香港同胞乐游消费券")
    assert names(recogniser, "青禾科技在香港设立研发中心").get("香港特别行政区") == "Place"


@pytest.mark.parametrize("text, want", [
    # (the road before 上一轮 is a place: jieba's 路上 is cut, rules.toml glued_locatives)
    ("云栖路上一轮提升改造是G20杭州峰会之前", {"杭州市": "Place", "云栖路": "Place"}),
    ("G20成员国领导人出席", {"二十国集团": "Institution"}),
])
def test_a_body_in_an_event_name_is_no_mention(recogniser, text, want):
    assert names(recogniser, text) == want


def test_head_shared_by_a_list(recogniser):
    ms = mentions(recogniser, "持续巩固关停成果，禾村、老禾村码头华丽转身为公共滨水空间")
    got = {m.name: m for m in ms}
    assert got["禾村码头"].cls == "Place" and got["禾村码头"].aliases == ("禾村",)
    assert got["老禾村码头"].cls == "Place"
    # a known place does not lend its one-character head (萧山 -> 滨江山)
    assert not any(n.endswith("江山") for n in names(recogniser, "滨江、萧山以及余杭出口规模领跑全市外贸企业"))
    # a word ending with a site's word (中心) is a name of its own: it takes no other's head
    assert not any(n.endswith("中心广场") for n in names(recogniser, "商场联合周边的和云中心、星澜国际广场，形成了商业带"))


def test_track_words_naming_products_or_policies(recogniser):
    got = names(recogniser, "加大首台（套）重大技术装备、首批次新材料和首版次软件等创新产品支持力度")
    assert "新材料" not in got and "软件" not in got
    assert "大健康" not in names(recogniser, "以及制剂、青禾药物、大健康等多产品的研发中心。")
    got = names(recogniser, "出台“云16条”、现代服务业最强区27条、新制造业9条")
    assert not [n for n, c in got.items() if c == "IndustryTrack"]
    assert names(recogniser, "新制造业大步迈进").get("新制造业") == "IndustryTrack"


def test_level_and_name_internal_word_begin_a_park(recogniser):
    got = names(recogniser, "提速省未来青禾研发智造产业园、星澜工业园建设")
    assert got.get("省未来青禾研发智造产业园") == "Platform"
    assert "青禾研发智造产业园" not in got


def test_list_item_ending_in_a_name_internal_verb(recogniser):
    got = names(recogniser, "浙江星澜产业服务、青禾速运等头部企业营业收入持续增长")
    assert got.get("浙江星澜产业服务") == "Enterprise" and got.get("青禾速运") == "Enterprise"


def test_state_owned_group_of_a_level(recogniser):
    assert names(recogniser, "青禾区块深化与市城投合作开发").get("市城投") == "Enterprise"
    assert names(recogniser, "区交投牵头建设云栖路").get("区交投") == "Enterprise"


@pytest.mark.parametrize("text, name", [
    # a county's name stands for the level, and the group's word closes the short form
    ("德清县交投集团承建白露大道。", "德清县交投集团"),
    ("景宁县城投公司承建白露大道。", "景宁县城投公司"),
    ("县城投公司承建白露大道。", "县城投公司"),
])
def test_state_owned_group_of_a_named_county(recogniser, text, name):
    assert names(recogniser, text).get(name) == "Enterprise"


def test_the_county_of_a_state_owned_group_stays_a_place(recogniser):
    assert names(recogniser, "德清县交投集团承建白露大道。").get("德清县") == "Place"


def test_a_county_town_investing_is_no_state_owned_group(recogniser):
    # (near miss: 县城|投资, the county town's investment: no 县城投)
    assert not any(c == "Enterprise" for c in names(recogniser, "全县城投资环境持续优化。").values())


def test_subject_list_of_a_clause_ending_in_firms(recogniser):
    got = names(recogniser, "禾联、澜通以及栖义出口规模和增速领跑全区外贸企业。")
    assert got == {"禾联": "Enterprise", "澜通": "Enterprise", "栖义": "Enterprise"}
    # a verb begins the clause: the list is its object, enumerations type it
    got = names(recogniser, "集聚禾迈电力、楚澜科技、天禾电源等绿色能源产业矩阵")
    assert "集聚禾迈电力" not in got
    # places are no firms
    assert not [n for n, c in names(recogniser, "滨江、萧山以及余杭出口规模领跑全市外贸企业").items()
                if c == "Enterprise"]


def test_listed_project_owned_by_a_known_firm(recogniser):
    ms = mentions(recogniser, "银泰青禾智能等项目正式签约")
    assert ("银泰", "Enterprise", "owner") in {(m.name, m.cls, m.role) for m in ms}
    # a company named after its parent is a firm of its own
    ms = mentions(recogniser, "青禾云、中国移动云栖公司等数据中心项目加快建设")
    assert not [m for m in ms if m.role == "owner" and m.name == "中国移动"]


def test_cultural_belt_is_a_place(recogniser):
    assert names(recogniser, "推动拱墅成为千里大运河文化带的“明珠”").get("大运河文化带") == "Place"


def test_zhaoshang_brand_before_a_body(recogniser):
    got = names(recogniser, "半山街道招商青颐养护院获评省级示范点")
    assert got.get("招商青颐养护院") == "Institution"
    # the district acting: 招商 is the verb
    assert "招商青禾项目" not in names(recogniser, "区招商青禾项目")


def test_an_industry_named_by_its_own_event(recogniser):
    ms = mentions(recogniser, "青禾产业大会发布医美产业大会扶持体系")
    ev = [m for m in ms if m.name == "医美"]
    assert ev and ev[0].cls == "IndustryTrack" and ev[0].role == "event"
    assert not [m for m in mentions(recogniser, "承办第二届全球数字贸易博览会") if m.cls == "IndustryTrack"]


def test_a_long_known_owner_starts_the_name_of_what_it_owns(recogniser):
    # the hospital's full name (17 characters) is longer than a modifier may run
    ms = {(m.name, m.cls, m.role) for m in
          recogniser.sentence_mentions("d", 0, "浙江大学医学院附属第二医院滨江院区扩建工程加快推进。")}
    # the works named after the campus (…院区扩建工程) are the project, as X扩建项目 is
    assert ("浙江大学医学院附属第二医院滨江院区扩建工程", "Project", "name") in ms, ms
    assert ("浙江大学医学院附属第二医院", "Institution", "owner") in ms, ms
    assert not any(name == "滨江院区" for name, _, _ in ms), ms


@pytest.mark.parametrize("text, expected", [
    ("推进青禾智能产业园建设。", {"青禾智能产业园": "Platform"}),   # a coined name before 建设
    ("推进产业园建设。", {}),                                      # the common noun
    ("加快重点产业园建设。", {}),
    ("推进红色研学项目建设。", {}),                                # jargon is no coined name
])
def test_a_head_before_jianshe_is_a_name_only_when_a_coined_word_names_it(recogniser, text, expected):
    assert names(recogniser, text) == expected


@pytest.mark.parametrize("text, name, found", [
    ("望江智慧产业园开园。", "望江智慧产业园", True),     # a local name no list holds + 智慧
    ("青禾智慧产业园开园。", "青禾智慧产业园", True),     # a coined name + 智慧
    ("打造智慧产业园。", "智慧产业园", False),             # a description
    ("恒隆广场等市重点项目开工。", "恒隆广场等市重点项目", False),   # the end of a list
    ("填补大城西优质医院空白", "大城西优质医院", False),   # 优质 judges, it does not name
])
def test_a_generic_word_after_a_local_name_belongs_to_the_name(recogniser, text, name, found):
    got = names(recogniser, text)
    assert (got.get(name) in ("Platform", "Project")) == found, got


@pytest.mark.parametrize("text, name, found", [
    ("推动云溪中心商圈和星澜路商圈提质升级。", "云溪中心商圈", True),   # 中心 ranks it in its town
    ("墨川核心商圈集聚一批首店。", "墨川核心商圈", True),
    ("打造城市中心商圈。", "城市中心商圈", False),                     # no proper word before it
    ("国家超算星澜中心二期开工。", "超算星澜中心", False),             # 中心 heads a name elsewhere
    ("推进青禾核心项目建设。", "青禾核心项目", False),                 # 核心 judges a project
    # a 商圈 named after the mall it grew around takes the mall's whole name
    ("白鹭购物中心商圈入选市级夜间消费示范名单。", "白鹭购物中心商圈", True),
    ("墨川商贸中心商圈客流回升。", "墨川商贸中心商圈", True),
    ("鼓励发展购物中心商圈。", "购物中心商圈", False),                 # no proper word before it
])
def test_centre_or_core_before_a_district_head_belongs_to_its_name(recogniser, text, name, found):
    got = names(recogniser, text)
    assert (got.get(name) == "CommercialDistrict") == found, got


@pytest.mark.parametrize("text, owners", [
    # the zone the document names: its name without 新区 opens the park's name, no owner's
    ("墨川新区持续发力。推动墨川软件园二期开园。", []),
    ("青禾高新区扎实推进。推动青禾软件园二期开园。", []),
    # no such place named: the unknown word is still read as a brand
    ("推动墨川软件园二期开园。", ["墨川"]),
])
def test_a_places_name_without_its_kind_is_no_brand(recogniser, text, owners):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    got = [m.name for m in recogniser.document_mentions(doc) if m.role == "owner"]
    assert got == owners


@pytest.mark.parametrize("text, built", [
    # a commercial district a firm builds, invests in or runs is a project too
    ("由云岫城投集团投资的锦程东巷文创街区即将开街。", True),
    ("墨川星途置业公司投资建设的锦程老街二期商业街区今年开街。", True),
    # (near miss: a district that opens or is praised is none)
    ("锦程东巷文创街区即将开街。", False),
])
def test_a_built_commercial_district_is_a_project_too(recogniser, text, built):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    ms = [m for m in recogniser.document_mentions(doc) if m.cls == "CommercialDistrict"]
    assert ms and all(("Project" in m.extra) == built for m in ms), [(m.name, m.extra) for m in ms]


@pytest.mark.parametrize("text, owners", [
    # a list's item that names a brand, then the city the site is in: the brand owns it
    ("墨澜鄂尔多斯储能装配厂、星洲宜昌制剂车间相继开工建设。", ["墨澜"]),
    # (near miss: a lake's name may end a longer place's, 南太湖: no brand before it)
    ("锦程农信南太湖会展楼开工建设。", []),
])
def test_a_brand_before_a_city_owns_a_listed_site(recogniser, text, owners):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    got = [m.name for m in recogniser.document_mentions(doc) if m.role == "owner"]
    assert got == owners


@pytest.mark.parametrize("text, owners", [
    # a port's, a bay's, a lake's or a township's name no list holds opens the name: no owner's
    ("推动墨溪港化工园区配套仓储项目开工。", []),
    ("云岫湾人才公寓三期项目开工。", []),
    ("星泽湖科创产业园二期项目开工。", []),
    ("锦屏乡硅基新材料产业园开园。", ["锦屏乡"]),     # (the township stays the place it is)
    # (near miss: a coined brand and its trade still name the owner)
    ("推动墨溪化工园区配套仓储项目开工。", ["墨溪化工"]),
])
def test_a_place_word_opening_a_name_is_no_brand(recogniser, text, owners):
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    got = [m.name for m in recogniser.document_mentions(doc) if m.role == "owner"]
    assert got == owners


@pytest.mark.parametrize("text, want", [
    # bare 园区 after a park of another head in its sentence stands for that park ...
    ("去年，云溪生物实验室新园区在墨川湾畔落成。今年星澜医药等企业入驻青禾科技园，园区重点方向为医疗软件。",
     "青禾科技园"),
    # ... else for the last park named 园区
    ("去年，云溪生物实验室新园区在墨川湾畔落成。园区重点方向为医疗软件。", "云溪生物实验室新园区"),
])
def test_bare_yuanqu_stands_for_the_park_just_named(recogniser, text, want):
    ms = recogniser.document_mentions(_doc(text))
    assert [m.name for m in ms if m.rule == "head-anaphora" and m.surface == "园区"] == [want]


@pytest.mark.parametrize("text, want", [
    # under a heading that names a park alone, bare 园区 is that park, not the last park named 园区
    ("三、重点园区\n【青禾经济开发区】\n下设墨川园区、星澜园区两个片区。\n【云岫高新技术产业开发区】\n园区分为东片区和西片区。",
     ["云岫高新技术产业开发区"]),
    # ... nor a park its own section names
    ("【青禾经济开发区】\n下设墨川园区、星澜园区两个片区。园区主导产业为装备制造。", ["青禾经济开发区"]),
    # an item headed by a park holds for its paragraph; a heading of another matter ends it
    ("二、空间布局\n（一）青禾智造产业园。园区以装备制造为方向。\n三、主要企业\n园区集聚了一批企业。", ["青禾智造产业园"]),
    ("【青禾经济开发区】\n规划面积：20平方公里\n【招商联系方式】\n园区招商热线：12345。", []),
    # (near miss: a park named in running text is no heading; the last park named 园区 stays)
    ("墨川园区今年开工。青禾经济开发区规划面积20平方公里。\n园区主导产业为装备制造。", ["墨川园区"]),
    # a short note in brackets closing the heading (its rank) leaves it a heading of the park alone
    ("墨川工业园区今年扩区。\n（二）青禾纺织小微企业园（省三星级）\n运营主体：星澜投资公司。\n园区主导产业为纺织。",
     ["青禾纺织小微企业园"]),
    ("墨川工业园区今年扩区。\n4. 白露食品产业园（省级）\n园区主导产业为食品。", ["白露食品产业园"]),
    # (near miss: a heading that goes on after the bracket says more than the park; 园区 stays)
    ("墨川工业园区今年扩区。\n（二）青禾纺织小微企业园（省三星级）建设成效显著\n园区主导产业为纺织。", ["墨川工业园区"]),
])
def test_bare_yuanqu_under_a_park_heading(recogniser, text, want):
    ms = recogniser.document_mentions(_doc(text))
    assert [m.name for m in ms if m.rule == "head-anaphora" and m.surface == "园区"] == want


def test_a_bare_zone_word_is_no_anaphor_of_the_last_zone_named(recogniser):
    # 新区 stands for the zone the document speaks for (kg/relate/home.py), not the last one named
    doc = _doc("青禾新区二季度项目集中开工。青禾新区下辖墨川新区、星澜经济开发区等片区。新区还集中开工了一批项目。")
    assert not [m for m in recogniser.document_mentions(doc) if m.rule == "head-anaphora"]


# -- a county-level unit by its short form right after its city (places.after_parent) ----------
# real names: the rule reads the national list of divisions (admin-divisions.tsv)

@pytest.mark.parametrize("text, want", [
    ("苏州市昆山电子信息产业规模突破万亿。", {"苏州市": "Place", "昆山市": "Place"}),
    ("无锡江阴新材料产业加快集聚。", {"无锡市": "Place", "江阴市": "Place"}),
    # the short form alone is ambiguous and stays unread in its sentence
    ("昆山电子信息产业规模突破万亿。", {}),
    # after a city it does not lie in: not that unit
    ("苏州市江阴新材料产业加快集聚。", {"苏州市": "Place"}),
])
def test_a_county_short_form_after_its_city(recogniser, text, want):
    got = {m.name: m.cls for m in mentions(recogniser, text) if m.cls == "Place"}
    assert got == want


def test_the_county_short_form_is_sought_again_in_its_document(recogniser):
    """Once 苏州市|昆山 decided it, every later bare 昆山 of the document is 昆山市."""
    text = "苏州市昆山产业报告\n\n昆山电子信息产业规模突破万亿。\n\n昆山的新材料产业加快集聚。"
    doc = to_document(RawDocument("k.txt", "k.txt", text, "utf-8"))
    ms = recogniser.document_mentions(doc)
    assert sorted({(m.sentence, m.surface) for m in ms if m.name == "昆山市"}) == [(0, "昆山"), (1, "昆山"), (2, "昆山")]


@pytest.fixture(scope="module")
def group_recogniser():
    """A recogniser whose lexicon knows one group by its name and its short form."""
    from kg.lexicon import Lexicon
    from kg.recognise import Recogniser
    return Recogniser(Lexicon.from_rows([{"name": "禾澜集团", "class": "Enterprise", "aliases": "禾澜",
                                          "source": "test"}]))


@pytest.mark.parametrize("text, want, want_owners", [
    # a group's short form before a trade word names the group's firm of that trade
    # (the firm so named opens the name of its works: kg/recognise/firm_projects.py)
    ("禾澜集成光伏组件基地实现满产", {"禾澜集成光伏组件基地"}, {"禾澜集成"}),
    ("推动禾澜集成三期组件车间项目建设", {"禾澜集成三期组件车间项目"}, {"禾澜集成"}),
    # near miss: the short form alone, and the group's own name, are the group
    ("禾澜加快布局光伏", {"禾澜集团"}, {}),
    ("禾澜集团发布年报", {"禾澜集团"}, {}),
])
def test_a_groups_short_form_and_a_trade_word_name_its_firm(group_recogniser, text, want, want_owners):
    ms = group_recogniser.sentence_mentions("d", 0, text)
    assert {m.name for m in ms if m.role != "owner"} == want, ms
    assert {m.name for m in ms if m.role == "owner"} == set(want_owners), ms


@pytest.mark.parametrize("text, want", [
    # a group's short form and 重工 name its heavy-industry firm
    ("禾澜重工与青禾新区签约", {"禾澜重工", "青禾新区"}),
    # ... whose registered name (with its province in brackets) is found whole
    ("禾澜重工（浙江）有限公司与青禾新区签约", {"禾澜重工（浙江）有限公司", "青禾新区"}),
])
def test_a_groups_firm_with_a_registered_name(group_recogniser, text, want):
    ms = group_recogniser.sentence_mentions("d", 0, text)
    assert {m.name for m in ms if m.role != "owner"} == want, ms


@pytest.mark.parametrize("text, want", [
    # a place before its newspaper's or broadcaster's word is a word of that one's name
    ("问（青海日报记者）：光伏产业发展如何", {}),
    ("据杭州电视台报道，青禾路夜市开市", {"青禾路夜市": "CommercialDistrict"}),
    # ... whatever words jieba cuts the outlet's name into
    ("记者（青海广播电视台）：光伏产业发展如何", {}),
    ("记者（青海广电总台）：光伏产业发展如何", {}),
    ("青海新闻广播记者：光伏产业发展如何", {}),
    # ... and before the hall of its government's press conference
    ("地点：西宁市人民政府新闻发布厅", {}),
    ("地点：西宁市政府新闻发布厅", {}),
    # near miss: a district's government names the district
    ("杭州市拱墅区人民政府工作报告", {"杭州市": "Place", "拱墅区": "Place"}),
])
def test_places_in_outlets_names(recogniser, text, want):
    assert {k: v for k, v in names(recogniser, text).items() if v != "IndustryTrack"} == want


@pytest.fixture(scope="module")
def group_city_recogniser():
    """A recogniser whose lexicon knows one group by its short form, and one city."""
    from kg.lexicon import Lexicon
    from kg.recognise import Recogniser
    return Recogniser(Lexicon.from_rows([
        {"name": "禾澜集团", "class": "Enterprise", "aliases": "禾澜", "source": "test"},
        {"name": "云溪市", "class": "Place", "aliases": "云溪", "source": "test"}]))


@pytest.mark.parametrize("text, want, want_owners", [
    # a group's short form and a coined word name another firm: in a list, before a boundary
    ("禾澜岚沃、墨川科技在云溪开展联合测试", {"禾澜岚沃", "墨川科技"}, {}),
    # ... and as the owner that opens a project's name
    ("禾澜岚沃智慧农机产业园投产", {"禾澜岚沃智慧农机产业园"}, {"禾澜岚沃"}),
    # the short form and more words before a city own the site there
    ("禾澜骨科云溪基地投产", {"禾澜骨科云溪基地"}, {"禾澜骨科"}),
    # near misses: a coined word before a place's word is the site's locality; a word
    # the dictionary knows is no name's
    ("禾澜礼岚天街二期项目开工", {"禾澜礼岚天街二期项目"}, {"禾澜集团"}),
    ("禾澜发展势头良好", {"禾澜集团"}, {}),
])
def test_a_groups_short_form_and_a_coined_word_name_another_firm(group_city_recogniser, text, want, want_owners):
    ms = group_city_recogniser.sentence_mentions("d", 0, text)
    assert {m.name for m in ms if m.role != "owner" and m.cls != "Place"} == want, ms
    assert {m.name for m in ms if m.role == "owner"} == set(want_owners), ms


@pytest.mark.parametrize("text, want", [
    # a sentence opening on one part of a joined track named before, as its field: a track
    ("（三）下游：智能整机及后服务。整机产量增长。后服务方面，星澜维保等企业提供维修服务。", ["后服务"]),
    ("（三）下游：后服务与智能整机。后服务方面，星澜维保等企业提供维修服务。", ["后服务"]),
    # (near misses: no joined track before; the part not opening the sentence; a word that
    # is no part of the pair)
    ("（三）下游：智能整机。后服务方面，星澜维保等企业提供维修服务。", []),
    ("（三）下游：智能整机及后服务。星澜维保在后服务方面提供维修服务。", []),
    ("（三）下游：智能整机及后服务。资金方面，星澜维保获得贷款。", []),
])
def test_a_part_of_a_joined_track_opening_a_sentence_is_a_track(recogniser, text, want):
    ms = recogniser.document_mentions(_doc(text))
    assert [m.surface for m in ms if m.rule == "track:part-label"] == want
    assert all(m.cls == "IndustryTrack" for m in ms if m.rule == "track:part-label")


@pytest.mark.parametrize("text, want", [
    # districts listed before a count of 商圈: their 商圈 are counted, the districts named
    ("中秋假期，杭州市拱墅区、上城区两大核心商圈人气攀升", {"杭州市": "Place", "拱墅区": "Place", "上城区": "Place"}),
    ("国庆期间拱墅区、西湖区两大商圈销售额增长", {"拱墅区": "Place", "西湖区": "Place"}),
    # ... and a count of districts in a head's modifier makes no name
    ("——星澜、云栖两区商圈持续升温", {}),
    # bare words before a count of 商圈 are still 商圈
    ("做强星河、云湾两大商圈", {"星河商圈": "CommercialDistrict", "云湾商圈": "CommercialDistrict"}),
])
def test_districts_before_a_count_of_shangquan(recogniser, text, want):
    assert names(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    # a street named by a date (the dictionary's numeral) opens a name
    ("推动五四路商业街业态升级", {"五四路商业街": "CommercialDistrict"}),
    ("完成五一路步行街立面改造", {"五一路步行街": "CommercialDistrict"}),
    # a numeral's tail listed before a shared head is no bare word of its own: the street
    # is named by the date, its direction glued to the head (八一|东街)
    ("推进八一东街、五四路商业街提质", {"八一东街": "Place", "五四路商业街": "CommercialDistrict"}),
    ("青禾产业园位于星澜南路与八一东路交叉口", {"青禾产业园": "Platform", "星澜南路": "Place", "八一东路": "Place"}),
])
def test_a_street_named_by_a_date(recogniser, text, want):
    assert names(recogniser, text) == want


def test_a_declared_short_form_owns_the_project_it_opens(recogniser):
    # 墨川|浙江 would read as a short brand before a place; the document named 墨川浙江 elsewhere
    doc = _doc("墨川浙江有限公司（以下简称“墨川浙江”）成立于2001年。墨川浙江高端铝材产业园项目开工。"
               "支持墨川浙江、青禾精工等企业牵头组建联盟。")
    ms = recogniser.document_mentions(doc)
    assert {m.surface for m in ms if m.sentence == 1 and m.role == "owner"} == {"墨川浙江"}


def test_an_owner_opening_with_a_declared_short_form_is_the_firm(recogniser):
    # end to end: the firm's declared short form opens the owner the name's shape gave (…新能源)
    text = "墨川客车股份有限公司（简称“墨川客车”）入驻园区。（一）墨川客车新能源物流车工厂。总投资20亿元。"
    from recognition import document
    owners = {(m.surface, m.name) for m in recogniser.document_mentions(document(text)) if m.role == "owner"}
    assert owners == {("墨川客车", "墨川客车股份有限公司")}


def test_a_track_the_lexicon_knows_is_no_shaped_owner(recogniser):
    ms = mentions(recogniser, "推进轨道交通装备云溪检修基地项目建设")
    assert not [m for m in ms if m.role == "owner"]


@pytest.mark.parametrize("text, place, kept", [
    # a province before what a project is, named nowhere else: no entity
    ("今年共引进品牌首店20家，其中安徽首店5家。", "安徽", False),
    # ... named on its own as well: kept
    ("星澜集团在安徽开出首家门店。今年共引进品牌首店20家，其中安徽首店5家。", "安徽", True),
    # a place after a preposition is where things are
    ("星澜集团在安徽建设智能装备产业园。", "安徽", True),
    # a place before a place names both
    ("今年共引进品牌首店20家，其中安徽合肥首店5家。", "安徽", True),
    # a province named only opening a body's name: no entity; named on its own as well: kept
    ("星澜部与安徽省政府共建星澜产业基地。", "安徽省", False),
    ("2020年，海南省委、省政府决定设立星澜新区。", "海南", False),
    ("星澜部与安徽省政府共建星澜产业基地。星澜集团在安徽省投资建厂。", "安徽省", True),
    # after a preposition, inside a zone's name nobody else found: no entity; where things are: kept
    ("星澜物流在安徽综合保税区建设冷链仓储中心。", "安徽", False),
    ("星澜药业在安徽布局研发基地。", "安徽", True),
])
def test_a_place_named_only_inside_longer_names_is_no_entity(recogniser, text, place, kept):
    ms = recogniser.document_mentions(_doc(text))
    assert any(m.cls == "Place" and m.surface == place for m in ms) == kept


@pytest.mark.parametrize("text, kept", [
    # a university opening its institute's name, named nowhere else: no entity ([inner_body])
    ("星澜大学云溪先进制造研究院揭牌运行。", False),
    ("星澜大学云溪先进制造研究院揭牌。星澜大学墨川研究院投用。", False),
    # ... but a body signed like a project is the university's project: its owner stays
    ("星澜大学云溪先进制造研究院签约落地。", True),
])
def test_a_body_named_only_opening_another_bodys_name_is_no_entity(recogniser, text, kept):
    ms = recogniser.document_mentions(_doc(text))
    assert any(m.cls == "Institution" and m.name == "星澜大学" for m in ms) == kept


@pytest.mark.parametrize("text, name, cls", [
    # a centre named after the university that opens its name is the university's unit, a body
    # ([inner_body] unit_heads, unit_owner_ends)
    ("星澜大学云溪创新中心揭牌运行。", "星澜大学云溪创新中心", "Institution"),
    ("青禾学院新材料协同创新中心投入使用。", "青禾学院新材料协同创新中心", "Institution"),
    # ... not a training base or a campus (the university's project), nor a firm's centre
    ("星澜大学云溪实训基地投入使用。", "星澜大学云溪实训基地", "Project"),
    ("星澜大学云溪校区投入使用。", "星澜大学云溪校区", "Project"),
    ("星澜集团云溪创新中心揭牌运行。", "星澜集团云溪创新中心", "Project"),
])
def test_a_centre_named_after_a_university_is_its_unit(recogniser, text, name, cls):
    ms = recogniser.document_mentions(_doc(text))
    assert [m.cls for m in ms if m.name == name and m.role != "owner"] == [cls]


@pytest.mark.parametrize("text, inner", [
    ("国家星澜检测中心（安徽）揭牌。", True),       # bracketed after a name
    ("国家星澜检测中心，（安徽）揭牌。", False),     # bracketed after a mark
    ("建设单位：安徽城乡建设投资集团有限公司。", True),   # verbs up to a legal form
    ("安徽投资兴建智能装备产业园。", False),   # verbs, then no legal form
    ("安徽布局一批中试平台。", False),                 # a head of one character (局) is none
    # a government or party body's name after the place, whatever stands before it ([inner_place] body_ends)
    ("2020年，安徽省委、省政府决定设立星澜新区。", True),
    ("星澜部与安徽省政府共建星澜产业基地。", True),
    ("5月3日，安徽发改委在星澜新区召开推进会。", True),
    ("星澜集团在安徽布局一批中试平台。", False),       # body_not: 布局 ends with 局
    ("安徽省统计局星澜分局", False),                   # a byline, no full stop: the author's place
    ("安徽省工业和信息化局", False),
    # after a preposition: a name when the words after the place run to a head with no verb
    ("星澜物流在安徽综合保税区建设冷链仓储中心。", True),
    ("星澜药业在安徽布局研发基地。", False),           # verb_words: 布局 is a verb here
    ("星澜集团在安徽建设智能装备产业园。", False),
])
def test_which_places_open_a_longer_name(recogniser, text, inner):
    from kg.model import Mention
    from kg.recognise.inner_places import _bracketed, _opens_name
    at = text.index("安徽")
    m = Mention("t.txt", 0, at, at + 2, "安徽", "Place", "安徽省", "lexicon")
    got = _bracketed(text, m) or _opens_name(recogniser.rules, recogniser.seg, text, m, {at: m})
    assert got == inner


@pytest.mark.parametrize("text, name, owners", [
    # after a clause closed by 的/了 ([brand] described_after) the words say what is built
    ("墨川集团在我区布局的钕铁硼永磁电机材料项目正在加快建设", "钕铁硼永磁电机材料项目", []),
    ("青禾储能则布局了钕铁硼永磁电机材料项目", "钕铁硼永磁电机材料项目", []),
    # trigger safety: without the clause the reading is unchanged (a product word taken as owner stays a known gap)
    ("推进钕铁硼永磁电机材料项目", "钕铁硼永磁电机材料项目", [("钕铁硼永磁电机", "Enterprise")]),
])
def test_no_owner_read_after_a_clause(recogniser, text, name, owners):
    ms = mentions(recogniser, text)
    assert [(m.name, m.cls) for m in ms if m.role == "owner"] == owners


@pytest.mark.parametrize("text, places", [
    # a head's walk over the larger place named first: two places ([glued_place])
    ("星澜食品智能工厂项目在青禾区云溪镇竣工投产。", ["云溪镇", "青禾区"]),
    ("■ 云溪镇星湖村省级示范村建设项目完工。", ["云溪镇", "星湖村"]),
    ("星澜项目落户青禾县云溪镇星湖村。", ["云溪镇", "星湖村", "青禾县"]),
    # a walked name opening with a unit character glued to the word before (市区|…大道)
    ("星澜科创园位于衢州市区星湖北大道，承载研发功能。", ["星湖北大道", "衢州市"]),
    # near misses: a road after a part of a city, a place on its own, places in a list
    ("老城区东街新开门店3家。", ["老城区东街"]),
    ("星澜项目落户云溪镇。", ["云溪镇"]),
    ("完成云溪镇、星湖路街道棚户区改造。", ["云溪镇", "星湖路街道"]),
])
def test_places_a_heads_walk_glued_together_are_cut_apart(recogniser, text, places):
    ms = recogniser.document_mentions(_doc(text))
    assert sorted(m.surface for m in ms if m.cls == "Place") == places


@pytest.mark.parametrize("name, parts", [
    ("青禾区云溪镇星湖村", ["青禾区", "云溪镇", "星湖村"]),
    ("云溪街道星湖社区", ["云溪街道", "星湖社区"]),
    ("青禾高新区星湖社区", ["青禾高新区星湖社区"]),   # a zone is no larger place (parent_not_ends)
    ("青禾开发区云溪镇", ["青禾开发区云溪镇"]),
    ("老城区东街", ["老城区东街"]),                   # a road is no child_ends
    ("云溪区湖镇", ["云溪区湖镇"]),                   # parts shorter than min_len
])
def test_where_a_glued_place_is_cut(recogniser, name, parts):
    from kg.recognise.glued_places import _split
    assert _split(name, recogniser.rules.glued_place) == parts


def test_a_space_right_before_a_long_names_head(recogniser):
    # a space between a number and the head (…，0 项目计划…: the walk met the space as the
    # last word before the head, with no word after it to read; the fuzz test found it)
    assert mentions(recogniser, "2024年，0 项目计划投资5.2亿元。") == []
    assert names(recogniser, "星澜Mini LED背光模组项目开工。") == {"星澜Mini LED背光模组项目": "Project"}



@pytest.mark.parametrize("text, expected", [
    # what only a firm is said to do or have, around a group's name, says it is one
    ("由墨川白沙集团全资设立的星澜光电有限公司今年投产。", {"墨川白沙集团": "Enterprise"}),
    ("园区龙头由墨川能源集团控股。", {"墨川能源集团": "Enterprise"}),
    ("商圈由青禾市城投集团下属的运营公司招商。", {"青禾市城投集团": "Enterprise"}),
    ("云溪购物中心归属星澜股份。", {"星澜股份": "Enterprise"}),
    ("该公司属于青禾集团。", {"青禾集团": "Enterprise"}),
    ("母公司为墨川星宇集团。", {"墨川星宇集团": "Enterprise"}),
    # 控股 right before 设立 is the verb, not a 控股 firm's head
    ("由星澜大学控股设立的墨川科技有限公司落户。", {"星澜大学": "Institution", "墨川科技有限公司": "Enterprise"}),
])
def test_a_group_is_a_firm_where_it_holds_or_owns(recogniser, text, expected):
    got = names(recogniser, text)
    assert {n: got.get(n) for n in expected} == expected, got


@pytest.mark.parametrize("text, first, second", [
    # a registered name ends before the next firm's name begins (属 between them)
    ("龙头企业浙江星澜饮品有限公司属墨川市交通投资集团旗下企业。", "浙江星澜饮品有限公司", "墨川市交通投资集团"),
    ("青禾星澜饮料有限公司属云溪集团旗下。", "青禾星澜饮料有限公司", "云溪集团"),
])
def test_a_group_name_does_not_run_over_a_registered_name_before_it(recogniser, text, first, second):
    got = names(recogniser, text)
    assert got.get(first) == "Enterprise" and got.get(second) == "Enterprise", got


def test_a_branch_keeps_its_registered_parent_in_its_name(recogniser):
    assert names(recogniser, "星澜科技有限公司云溪分公司成立。").get("星澜科技有限公司云溪分公司") == "Enterprise"


@pytest.mark.parametrize("text, name, found", [
    # a group a proper word names is a firm wherever it stands
    ("恒丰包装是星澜集团近年孵化的企业。", "星澜集团", True),
    ("重点实验室依托墨川集团建设。", "墨川集团", True),
    ("其下游客户云溪轴承集团也来考察。", "云溪轴承集团", True),     # 客户 says what it is, no word of it
    # none: a kind of group
    ("培育一批企业集团和汽车集团。", "企业集团", False),
    ("组建市属国有集团。", "市属国有集团", False),
])
def test_a_group_named_by_a_proper_word_needs_no_context(recogniser, text, name, found):
    got = names(recogniser, text)
    assert (got.get(name) == "Enterprise") == found, got


def test_a_client_word_inside_a_name_stays_when_no_firm_head_follows(recogniser):
    assert names(recogniser, "星澜客户服务中心开业。").get("星澜客户服务中心") == "Project"


@pytest.mark.parametrize("text, want", [
    # a bare head after a word opening on 各 or 每 is every one of its kind, no one named
    ("云溪县今年建成青禾陶瓷产业园。全市鼓励企业向星澜高新区和各县产业园布局。", []),
    ("云溪县今年建成青禾陶瓷产业园。每个产业园都配有服务专员。", []),
    # (near miss: a bare head after a conjunction stands for the park named before)
    ("云溪县今年建成青禾陶瓷产业园。全市鼓励企业向星澜高新区和产业园布局。", ["青禾陶瓷产业园"]),
])
def test_a_head_after_each_is_no_anaphor(recogniser, text, want):
    ms = recogniser.document_mentions(_doc(text))
    assert [m.name for m in ms if m.rule == "head-anaphora"] == want


@pytest.mark.parametrize("text, name", [
    # a fair's and a visit's verbs end a firm's name on its left (云溪县组织|A有限公司参展, 走访|A有限公司)
    ("云溪县组织青禾墨川人造板有限公司参展，展出无醛板材。", "青禾墨川人造板有限公司"),
    ("白露区组织星澜青禾茶业有限公司展出新制茶饮。", "星澜青禾茶业有限公司"),
    ("上午走访青禾星澜供应链管理有限公司，了解冷链业务。", "青禾星澜供应链管理有限公司"),
    ("代表团参观墨川锰业科技有限公司生产车间。", "墨川锰业科技有限公司"),
])
def test_a_fairs_or_visits_verb_is_no_word_of_the_firm_after_it(recogniser, text, name):
    got = names(recogniser, text)
    assert got.get(name) == "Enterprise", got


@pytest.mark.parametrize("text, places", [
    # a town's or a street's name alone before a park's or a project's head (rules.toml [place]
    # stem_place_heads): the town or street is named too (INVENTED names)
    ("建设地点：柳溪镇工业园区。", ["柳溪镇"]),
    ("开发区将桐岭镇工业集中区纳入统一规划。", ["桐岭镇"]),
    # near misses: an old town (古镇) is the name's word, no unit of government; a street's
    # name before the head's words stays as before
    ("建设地点：云岭古镇文化街区。", []),
    ("推进星澜产业园二期建设。", []),
])
def test_a_town_that_is_a_parks_whole_stem(recogniser, text, places):
    ms = mentions(recogniser, text)
    assert [m.name for m in ms if m.cls == "Place"] == places


@pytest.mark.parametrize("cls, declared, renamed", [
    # a body's short form the bureau rule made an Institution (云溪铁路局 of a railway group company)
    # stands for the firm the document declares it for
    ("Institution", ("中国铁路云溪局集团有限公司", "Enterprise"), True),
    ("Enterprise", ("中国铁路云溪局集团有限公司", "Enterprise"), True),
    # (near miss: a place's name is no short form of a body)
    ("Place", ("中国铁路云溪局集团有限公司", "Enterprise"), False),
])
def test_a_declared_short_form_of_another_body_class_stands_for_the_body(cls, declared, renamed):
    from kg.model import Mention
    from kg.recognise.aliases import declared_hits
    text = "云溪铁路局运量增长。"
    m = Mention("t.txt", 0, 0, 5, "云溪铁路局", cls, "云溪铁路局", "bureau", 0.8)
    declared_hits("t.txt", 0, text, {"云溪铁路局": declared}, [m])
    assert ((m.name, m.cls) == declared) is renamed


@pytest.mark.parametrize("text, place, kept", [
    # a prefecture or a province only inside a longer name or a title is no entity ([inner_place] nested_*)
    ("保山市农业农村局组织培训。", "保山市", False),
    ("按照《宁夏回族自治区林业资源登记管理办法》要求，完成登记。", "宁夏回族自治区", False),
    # near misses: named on its own too; a county (the document's, kept); 2+ of its counties named
    ("保山市农业农村局组织培训。保山市今年新增企业30家。", "保山市", True),
    ("施甸县商务局组织企业参加培训。", "施甸县", True),
    ("保山市农业农村局组织隆阳区、施甸县企业参加培训。", "保山市", True),
    # a place word opening a firm's trade name (云溪市|黄海藻业有限公司, said 黄海藻业) is none
    ("日照黄海藻业有限公司扩建厂房。黄海藻业的产品销往韩国。", "黄海", False),
    ("日照黄海藻业有限公司扩建厂房。黄海沿岸渔业资源丰富。", "黄海", True),
])
def test_a_place_only_inside_longer_names_or_titles(recogniser, text, place, kept):
    ms = recogniser.document_mentions(_doc(text))
    assert any(m.cls == "Place" and m.name == place and m.role != "owner" for m in ms) == kept
