"""Where a name's left edge lies when a clause's word stands glued before it: a verb before a
place-led name (kg/recognise/modifier_words.py verb_before_place), a verb inside a list's later
item (kg/recognise/item_spans.py _after_verb), a preposition or a label before a body's or a
firm's name (rules.toml [boundary] glued, words, item_firm_nouns), a short alias inside a road's
name ([boundary] lexicon_not_continued) and a city's nickname after a city jieba tags a person's
name ([boundary] nickname_place_tags), on sentences with INVENTED names (青禾, 星澜, 墨川, 云溪).

Each row: the sentence, the {name: class} of the names, and (maybe) the {name: class} of the
owners nested in them.
"""
from __future__ import annotations

import pytest

from recognition import case, check

E, I, P, PF, PR = "Enterprise", "Institution", "Place", "Platform", "Project"


@pytest.mark.parametrize("text, want, want_owners", [
    # a verb before a firm's registered name opened by its province or city: the clause's verb
    case("云溪县组织浙江星澜精密机械有限公司参展。", {"浙江星澜精密机械有限公司": E}, None, id="organise-firm"),
    case("青禾区组织湖州墨川竹木科技有限公司展出新品。", {"湖州墨川竹木科技有限公司": E}, None,
         id="organise-firm-after-district"),
    # ... and before a project's name opened by a city (a short walk, 展示 a word of names elsewhere)
    case("星澜公司展示湖州星澜数据中心建设成果。", {"星澜公司": E, "湖州星澜数据中心": PR}, None,
         id="show-project"),
    # ... and a verbal noun of supplying or selling to the firm (jieba tags it vn)
    case("这批精煤定向供应湖州墨川焦化有限公司。", {"湖州墨川焦化有限公司": E}, None,
         id="supply-firm-vn"),
    case("这批竹席已经销往湖州星澜家居有限公司。", {"湖州星澜家居有限公司": E}, None, id="sold-to-firm-vn"),
    # a word for a firm before a registered name ends the name's walk left (long and short walk)
    case("星澜集团公司青禾数据有限公司成立。", {"星澜集团公司": E, "青禾数据有限公司": E}, None,
         id="firm-word-before-legal"),
    case("传媒企业墨川传媒公司星澜影视文化有限公司成立。", {"墨川传媒公司": E, "星澜影视文化有限公司": E},
         None, id="firm-word-before-trade"),
    # near miss: a branch is named after its firm, whose word it holds
    case("星澜出口信用保险公司云溪分公司开业。", {"星澜出口信用保险公司云溪分公司": E}, None,
         id="branch-after-firm-word"),
    case("星澜银行股份有限公司云溪分行开业。", {"星澜银行股份有限公司云溪分行": E}, None,
         id="bank-branch-after-legal"),
    # near miss: a verbal noun jieba cut out of a brand before a project's place (no legal form)
    case("墨运通湖州基地扩建项目开工。", {"墨运通湖州基地扩建项目": PR}, {"墨运通": E}, id="vn-in-brand-project"),
    # near miss: a verbal noun AFTER the place is the firm's trade, inside the name
    case("湖州供应星澜热力有限公司扩建。", {"湖州供应星澜热力有限公司": E}, None, id="vn-after-place"),
    # near miss: a verb right AFTER the place is the brand's first word (延长: extend)
    case("湖州延长星澜化工有限公司投产。", {"湖州延长星澜化工有限公司": E}, None, id="verb-after-place"),
    # ... and a name opened by a brand, no place: 组织 is a word no name runs left over
    # ([modifier] words, from the locatedIn fixer's visit and fair verbs)
    case("青禾区组织星澜精密机械有限公司参展。", {"星澜精密机械有限公司": E}, None, id="organise-brand"),
    # a host's phrase jieba keeps as one word (tagged a person's name) before a district
    case("今天我们隆重举行云溪新区重点项目签约仪式。", {"云溪新区": PF}, None, id="hold-ceremony"),
    case("今天我们隆重举行星澜产业园开园仪式。", {"星澜产业园": PF}, None, id="hold-opening"),
    # a matter passed on to a body: 转 is no word of its name, jieba glued to it or not
    case("用地问题转云溪经济开发区管委会研究。", {"云溪经济开发区管委会": I}, {"云溪经济开发区": PF},
         id="passed-on-glued"),
    case("事项转星澜科技园管委会办理。", {"星澜科技园管委会": I}, None, id="passed-on"),
    # near miss: a street whose name opens with the character
    case("转塘街道位于西湖区。", {"转塘街道": P, "西湖区": P}, None, id="street-opens-with-it"),
    # a request's 请 before a bare bureau is no word of it (the bureau named by its remit alone is
    # one: [bureau], from the institutions fixer's 请/详见 rule)
    case("请经济发展局于月底前报送材料。", {"经济发展局": I}, None, id="request-bureau"),
    # near miss: a joiner between two words of a bureau's remit
    case("市自然资源和规划局负责审批。", {"市自然资源和规划局": I}, None, id="remit-joined"),
    # a notice's label before a party's place-led name, no colon between
    case("项目业主湖州星澜食品有限公司是青禾集团的全资子公司。",
         {"湖州星澜食品有限公司": E, "青禾集团": E}, None, id="owner-label"),
    case("招标人湖州星澜建设有限公司发布公告。", {"湖州星澜建设有限公司": E}, None, id="tenderer-label"),
    # near miss: the label's word inside a body's name
    case("湖州星澜物业业主服务中心揭牌。", {"湖州星澜物业业主服务中心": I}, None, id="owner-word-inside"),
    # a short alias inside a road's name (北大 in X北大道) is no university
    # (the road itself is a place of the address: [address_road] section)
    case("星澜公司位于湖州市铁北大道南段18号。", {"星澜公司": E, "湖州市": P, "铁北大道": P}, None,
         id="alias-in-avenue"),
    # near miss: the alias on its own
    case("北大教授来青禾讲学。", {"北京大学": I}, None, id="alias-alone"),
    # a city's nickname after a city jieba tags a person's name
    case("伊春松都星澜科技有限公司投产。", {"伊春松都星澜科技有限公司": E}, None, id="nickname-nr-city"),
    # near miss: the adverb 都 after a city's people
    case("伊春人都喜欢星澜牌红松子。", {"伊春市": P}, None, id="people-all"),
])
def test_a_names_left_edge(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want", [
    # a verb inside a list's later item: the items before it are the clause's subjects
    case("会同市场监管局、市商务局做好星澜新材、青禾电子等项目的服务。",
         {"市场监管局": I, "市商务局": I, "星澜新材": E, "青禾电子": E}, id="verb-in-item"),
    case("湖州市商务局、星澜集团做好云溪电子、青禾新材等企业服务。",
         {"湖州市商务局": I, "湖州市": P, "星澜集团": E, "云溪电子": E, "青禾新材": E}, id="verb-in-item-firms"),
    # ... or its object
    case("可依托青禾、云溪原料优势对接星澜重工等企业。", {"星澜重工": E}, id="verb-before-list"),
    # near miss: a verb with a clause after it, no list's item
    case("由星澜商会主办、青禾区政府承办的推介会在云溪广场举行。", {"星澜商会": I, "云溪广场": P},
         id="verb-then-clause"),
    # near miss: a word of the works inside an item (改造), no clause's verb
    case("星澜电池项目、青禾园区道路改造工程等两个项目开工。",
         {"星澜电池项目": PR, "青禾园区道路改造工程": PR}, id="works-word-in-item"),
    # near miss: a list of bodies, no verb inside an item
    case("市商务局、市发展改革委、市科技局等部门参加。",
         {"市商务局": I, "市发展改革委": I, "市科技局": I}, id="no-verb"),
])
def test_a_verb_inside_a_list_item(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a phase right after a brand, the works' words after it: one project's name
    case("星澜纸业三期高档包装纸项目完成投资8亿元。", {"星澜纸业三期高档包装纸项目": PR}, id="phase-inside"),
    # a phase and a word for projects alone name nothing (the phase of what?)
    case("企业反映：一是二期项目用地尚未落实。", {}, id="bare-phase"),
    # near misses: a named thing's phase
    case("青禾产业园二期项目开工。", {"青禾产业园二期项目": PR}, id="park-phase"),
    case("星澜科技园三期和青禾物流园二期项目同步开工。",
         {"星澜科技园三期": PR, "青禾物流园二期项目": PR}, id="two-phases"),
])
def test_a_phase_inside_a_projects_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want, want_owners", [
    # a theme's words open the project's name, no firm owns it
    case("星澜区在云溪湖畔建设白露文化主题营地项目。", {"白露文化主题营地项目": PR}, {}, id="theme-no-owner"),
    # near miss: a brand opening a project's name owns it
    case("白露文化旅游综合体项目开工。", {"白露文化旅游综合体项目": PR}, {"白露": E}, id="brand-owner"),
])
def test_who_owns_a_name(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want", [
    # a brand beside a known firm, before the verb of making goods for them (代工)
    case("长期为欧派家居、白露代工定制柜体。", {"欧派家居": E, "白露": E}, id="oem-for"),
    # a maker named by the equipment a project uses (采用X生产的), or by 由 before 生产
    case("项目采用星澜能源生产的风电机组。", {"星澜能源": E}, id="used-maker"),
    case("项目选用青禾科技制造的温控阀门。", {"青禾科技": E}, id="chosen-maker"),
    case("由星澜能源生产的叶片运往云溪。", {"星澜能源": E}, id="made-by"),
    # near misses: a kind of energy, a kind of equipment
    case("项目采用清洁能源生产的电力。", {"清洁能源": "IndustryTrack"}, id="kind-of-energy"),
    case("项目采用国产设备生产。", {}, id="kind-of-equipment"),
])
def test_a_brand_in_context(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a reduplicated count before a name (一排排: rows of) is no word of it
    case("车间内一排排星澜灌装生产线高速运转。", {"星澜灌装生产线": PR}, id="rows-of"),
    # a park's head among a track's words: the track begins after it (X产业园|铝产业片区)
    # (铝 itself is a track, a one-character metal: [track] single_materials)
    case("青禾产业园铝产业发展迅速。", {"青禾产业园": PF, "铝": "IndustryTrack"}, id="park-before-short-track"),
    case("星澜产业园新能源产业发展迅速。", {"星澜产业园": PF, "新能源": "IndustryTrack"}, id="park-before-track"),
    # near miss: a park's word inside the track's own words is none of a park's head
    case("大力发展产业园区经济。", {}, id="park-economy"),
])
def test_a_count_or_a_park_before_a_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a city, then a brand whose first character jieba took for a boundary word (本|草堂: 本草)
    case("，湖州本草堂药业有限公司入驻。", {"湖州本草堂药业有限公司": E}, id="brand-opens-with-pronoun"),
    # near miss: a verb between the city and a firm's name (有: has)
    case("，湖州有星澜科技有限公司等企业入驻。", {"湖州市": P, "星澜科技有限公司": E}, id="city-has-firm"),
])
def test_a_brand_after_its_city(recogniser, text, want):
    check(recogniser, text, want)
