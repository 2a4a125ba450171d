"""Every [[pattern]] of kg/data/relations.toml, on given mentions (tests/relate_helpers.py).

One table: for each pattern at least one row where it states its relation
(``states=True``: each listed fact is made, by that pattern) and one row
beside it, a near miss, where it must not (``states=False``: the pattern
makes no fact at all, and the listed facts are made by no rule). The
sentences and names are invented. ``test_every_pattern_has_a_row`` fails
when a pattern is added to relations.toml without rows here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from relate_helpers import relate_on

from kg.relate.patterns import default_matcher

E, P, L, PL, C, T, I = ("Enterprise", "Project", "Place", "Platform", "CommercialDistrict",
                        "IndustryTrack", "Institution")


@dataclass
class Row:
    pattern: str
    states: bool
    things: dict[str, str]
    texts: tuple[str, ...]
    facts: set[tuple[str, str, str]] = field(default_factory=set)
    xfail: str | None = None


def yes(pattern, things, texts, *facts, xfail=None):
    return Row(pattern, True, things, texts if isinstance(texts, tuple) else (texts,), set(facts), xfail)


def no(pattern, things, texts, *facts, xfail=None):
    return Row(pattern, False, things, texts if isinstance(texts, tuple) else (texts,), set(facts), xfail)


FIRMS = {"星澜科技": E, "墨川网络": E}
PARK = {"青禾科技园": PL}
MALL = {"青禾商圈": C, "星澜广场": P, "墨川中心": P}
LOC = "locatedIn"

ROWS = [
    # -- locatedIn ----------------------------------------------------------------------
    yes("located-verb-list", {**FIRMS, "云溪区": L}, "星澜科技、墨川网络等企业签约落户云溪区。",
        ("星澜科技", LOC, "云溪区"), ("墨川网络", LOC, "云溪区")),
    yes("located-verb-list", {"星澜智算中心": P, "青禾片区": L}, "星澜智算中心选址青禾片区。",
        ("星澜智算中心", LOC, "青禾片区")),
    yes("located-verb-list", {"星澜科技": E, "青禾科技园": PL}, "星澜科技签约落户“青禾科技园”。",
        ("星澜科技", LOC, "青禾科技园")),
    # a time between the thing and the verb; a declared short form read through
    yes("located-verb-list", {"星澜科技": E, "青禾科技园": PL}, "星澜科技于2022年5月落户青禾科技园。",
        ("星澜科技", LOC, "青禾科技园")),
    yes("located-verb-list", {**FIRMS, "云溪区": L}, "星澜科技（以下简称“星澜”）、墨川网络均落户云溪区。",
        ("星澜科技", LOC, "云溪区"), ("墨川网络", LOC, "云溪区")),
    yes("located-verb-list", {"星澜科技": E, "云溪区": L}, "星澜科技总部位于云溪区。", ("星澜科技", LOC, "云溪区")),
    no("located-verb-list", {"星澜科技": E, "青禾片区": L}, "星澜科技拟迁往青禾片区。",
       ("星澜科技", LOC, "青禾片区")),
    yes("located-anaphor", {"星澜智算中心": P, "墨川数据港": P, "青禾片区": L},
        "星澜智算中心、墨川数据港同步开工，两个项目均落户青禾片区。",
        ("星澜智算中心", LOC, "青禾片区"), ("墨川数据港", LOC, "青禾片区")),
    # a place inside the one named first, after 的: the inner one
    yes("located-anaphor", {"星澜智算中心": P, "青禾片区": L, "云溪医药产业园": PL},
        "星澜智算中心今年开工，该项目位于青禾片区的云溪医药产业园。", ("星澜智算中心", LOC, "云溪医药产业园")),
    yes("located-verb-list", {"星澜智算中心": P, "青禾影视区": PL, "云溪影视产业园": PL},
        "星澜智算中心签约落户青禾影视区内的云溪影视产业园。", ("星澜智算中心", LOC, "云溪影视产业园")),
    no("located-anaphor", {"星澜智算中心": P, "墨川数据港": P, "青禾片区": L},
       "星澜智算中心、墨川数据港同步开工，两家企业均落户青禾片区。",
       ("星澜智算中心", LOC, "青禾片区"), ("墨川数据港", LOC, "青禾片区")),
    yes("located-verb-list", {**FIRMS, **PARK}, "星澜科技、墨川网络等企业集聚在青禾科技园。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    yes("located-at-anaphor", {**PARK, **FIRMS}, "青禾科技园加快发展。星澜科技、墨川网络等企业在园区设立了研发中心。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    yes("located-at-anaphor", {**PARK, **FIRMS}, "青禾科技园加快发展。星澜科技、墨川网络等头部企业在园区均有布局。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    no("located-at-anaphor", {**PARK, **FIRMS}, "青禾科技园加快发展。星澜科技、墨川网络等企业在园区召开座谈会。",
       ("星澜科技", LOC, "青禾科技园")),
    yes("located-settled-in-park", {**PARK, **FIRMS, "云溪镇": L},
        "我们在云溪镇规划建设青禾科技园，重点引进算力企业，目前星澜科技、墨川网络等9家企业已签约入驻。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    no("located-settled-in-park", {**PARK, **FIRMS, "云溪镇": L},
       "我们在云溪镇规划建设青禾科技园，重点引进算力企业，目前星澜科技、墨川网络等9家企业已签约迁出。",
       ("星澜科技", LOC, "青禾科技园")),
    # a clause of its own, with no word of time before the list
    yes("located-settled-in-park", {**PARK, **FIRMS, "云溪数据基地": P},
        "去年，云溪数据基地在青禾科技园建成投用，星澜科技、墨川网络等标注企业相继入驻。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    no("located-settled-in-park", {**FIRMS, "云溪数据基地": P},
       "去年，云溪数据基地建成投用，星澜科技、墨川网络等标注企业相继入驻。", ("星澜科技", LOC, "云溪数据基地")),
    yes("located-built-here", {"青禾保护区": PL, "星澜湿地": L, "墨川研学基地": P, "云溪新区": PL},
        "云溪新区工作报告。\n青禾保护区内的星澜湿地是面积最大的湿地之一，新区在此建设了墨川研学基地。",
        ("墨川研学基地", LOC, "星澜湿地")),
    no("located-built-here", {"青禾保护区": PL, "星澜湿地": L, "墨川研学基地": P, "云溪新区": PL},
       "云溪新区工作报告。\n青禾保护区内的星澜湿地是面积最大的湿地之一，新区在此参观了墨川研学基地。",
       ("墨川研学基地", LOC, "星澜湿地")),
    yes("located-co-built", {"白露大学": I, "青禾新区": PL, "白露青禾研究院": I},
        "白露大学与青禾新区共建的白露青禾研究院揭牌。", ("白露青禾研究院", LOC, "青禾新区")),
    no("located-co-built", {"白露大学": I, "青禾新区": PL, "白露青禾研究院": I},
       "白露大学与青禾新区考察的白露青禾研究院发布成果。", ("白露青禾研究院", LOC, "青禾新区")),
    yes("located-co-built-by", {"白露大学": I, "青禾区": L, "青禾创新中心": P},
        "青禾创新中心由青禾区与白露大学共建。", ("青禾创新中心", LOC, "青禾区")),
    no("located-co-built-by", {"白露大学": I, "青禾区": L, "青禾创新中心": P},
       "青禾创新中心由青禾区与白露大学评估。", ("青禾创新中心", LOC, "青禾区")),
    yes("located-builds-with", {"星澜大学": I, "墨川集团": E, "青禾中试基地": PL, "云溪区": L},
        "云溪区工作报告。\n我们与星澜大学、墨川集团共建青禾中试基地，转化成果50项。",
        ("青禾中试基地", LOC, "云溪区")),
    yes("located-builds-with", {"星澜大学": I, "青禾研究院": I, "云溪区": L},
        "云溪区还联合星澜大学共建青禾研究院。", ("青禾研究院", LOC, "云溪区")),
    no("located-builds-with", {"星澜大学": I, "青禾研究院": I, "云溪区": L},
       "云溪区还联合星澜大学考察青禾研究院。", ("青禾研究院", LOC, "云溪区")),
    yes("located-park-anaphor", {**PARK, "云溪街道": L}, "一是建设青禾科技园，园区位于云溪街道，首期面积8万平方米。",
        ("青禾科技园", LOC, "云溪街道")),
    no("located-park-anaphor", {**PARK, "云溪街道": L}, "一是建设青禾科技园，园区毗邻云溪街道，首期面积8万平方米。",
       ("青禾科技园", LOC, "云溪街道")),
    yes("located-core-of", MALL, "青禾商圈以星澜广场、墨川中心为核心。",
        ("星澜广场", LOC, "青禾商圈"), ("墨川中心", LOC, "青禾商圈")),
    no("located-core-of", MALL, "青禾商圈以星澜广场、墨川中心为样板。", ("星澜广场", LOC, "青禾商圈")),
    yes("located-core-of", {"青禾商圈": C, "星澜步行街": C}, "青禾商圈以星澜步行街为轴线。", ("星澜步行街", LOC, "青禾商圈")),
    yes("located-topic-core-of", {"青禾商圈": C, "星澜步行街": C, "云州": L},
        "青禾商圈是云州人气最旺的商圈之一，以星澜步行街为轴线，汇聚商户千余家。", ("星澜步行街", LOC, "青禾商圈")),
    no("located-topic-core-of", {"青禾商圈": C, "星澜步行街": C, "云州": L},
       "青禾商圈是云州人气最旺的商圈之一，以星澜步行街为样板，汇聚商户千余家。", ("星澜步行街", LOC, "青禾商圈")),
    yes("located-topic-site", {"星澜智算中心": P, "墨川集团": E, "青禾片区": L},
        "星澜智算中心由墨川集团投资建设，总投资20亿元，位于青禾片区。", ("星澜智算中心", LOC, "青禾片区")),
    # the bare 园区: the park the paragraph named last, else the zone the document speaks for
    yes("located-in-the-park-word", {"青禾经济技术开发区": PL, **FIRMS},
        "青禾经济技术开发区发布会。\n经开区是重要的机床基地。星澜科技、墨川网络等多家制造企业扎根园区，发展很快。",
        ("星澜科技", LOC, "青禾经济技术开发区"), ("墨川网络", LOC, "青禾经济技术开发区")),
    yes("located-in-the-park-word", {"青禾经济技术开发区": PL, "白沙生物医药产业园": PL, **FIRMS},
        "青禾经济技术开发区发布会。\n白沙生物医药产业园发展迅速。星澜科技、墨川网络等企业先后入驻园区。",
        ("星澜科技", LOC, "白沙生物医药产业园"), ("墨川网络", LOC, "白沙生物医药产业园")),
    # 园区 that only qualifies the place named after it
    no("located-in-the-park-word", {"青禾经济技术开发区": PL, **FIRMS},
       "青禾经济技术开发区发布会。\n星澜科技、墨川网络等企业入驻园区内的孵化器。"),
    # a clause opener (其中) before the thing the clause chain is about
    yes("located-topic-site", {"星澜储能项目": P, "白沙经开区": PL},
        "今年开工项目18个，其中星澜储能项目计划投资12亿元，落户白沙经开区。", ("星澜储能项目", LOC, "白沙经开区")),
    # ... or an item's number or an enumerator opening the sentence (2．A：位于Y; 一是A，…，选址Y)
    yes("located-topic-site", {"星澜算力基地": P, "白沙街道": L},
        "2．星澜算力基地：位于白沙街道，总投资12亿元，年底投用。", ("星澜算力基地", LOC, "白沙街道")),
    yes("located-topic-site", {"星澜储能项目": P, "青禾镇": L},
        "一是星澜储能项目，总投资12亿元，选址在青禾镇；二是墨川物流中心，总投资6亿元。",
        ("星澜储能项目", LOC, "青禾镇")),
    yes("located-topic-site", {"星澜医药港": PL, "青禾街道": L},
        "第一是星澜医药港，这是新区打造的专业园区，位于青禾街道，已引进企业30家。",
        ("星澜医药港", LOC, "青禾街道")),
    yes("located-topic-site", {"墨川文旅街区提升项目": P, "白露街道": L},
        "5.墨川文旅街区提升项目，位于白露街道，年底完成改造。", ("墨川文旅街区提升项目", LOC, "白露街道")),
    # ... not a figure before the thing (12.6亿元的A: no item's number)
    no("located-topic-site", {"星澜储能项目": P, "青禾镇": L},
       "12.6亿元的星澜储能项目，选址青禾镇。", ("星澜储能项目", LOC, "青禾镇")),
    # ... not a thing named after the clause's first word that is no opener
    no("located-topic-site", {"星澜储能项目": P, "白沙经开区": PL},
       "今年开工项目18个，参照星澜储能项目计划投资12亿元，落户白沙经开区。", ("星澜储能项目", LOC, "白沙经开区")),
    # ... the side of the place it lies on after the place ([phrase] site_side)
    yes("located-topic-site", {"星澜陆港中心": P, "墨川集团": E, "墨川北站": L},
        "其中，星澜陆港中心由墨川集团投资，位于墨川北站以东，建成后开行班列。", ("星澜陆港中心", LOC, "墨川北站")),
    yes("located-topic-site", {"星澜物流园": PL, "墨川集团": E, "白沙县": L, "青禾区": L},
        (("青禾区工作报告", "星澜物流园由墨川集团投资建设，位于白沙县城区东部，年底投用。"),), ("星澜物流园", LOC, "白沙县")),
    no("located-topic-site", {"星澜物流园": PL, "墨川集团": E, "白沙县": L, "青禾区": L},
       (("青禾区工作报告", "星澜物流园由墨川集团考察，位于白沙县城区的产业带上，年底投用。"),), ("星澜物流园", LOC, "白沙县")),
    # a later clause: where the project the sentence opens on is built (在Y开工, 在Y动工)
    yes("located-topic-at", {"星澜减速机项目": P, "青禾工业园": PL},
        "星澜减速机项目总投资8亿元，在青禾工业园开工建设。", ("星澜减速机项目", LOC, "青禾工业园")),
    yes("located-topic-at", {"星澜储能项目": P, "墨川集团": E, "白沙镇": L},
        "其中，星澜储能项目由墨川集团投资，今年3月在白沙镇正式动工。", ("星澜储能项目", LOC, "白沙镇")),
    # ... not a firm's clause (what it sets up lies there), nor a place the act only reaches
    no("located-topic-at", {"墨川集团": E, "白沙镇": L},
       "墨川集团总部设在云州，在白沙镇开工建设新厂。", ("墨川集团", LOC, "白沙镇")),
    no("located-topic-at", {"星澜减速机项目": P, "青禾工业园": PL},
       "星澜减速机项目总投资8亿元，在青禾工业园召开推进会。", ("星澜减速机项目", LOC, "青禾工业园")),
    # a clause opening on 在Y， speaks of what is built there
    yes("located-at-fronted", {"星澜减速机项目": P, "青禾工业园": PL},
        "在青禾工业园，星澜减速机项目已完成主体封顶。", ("星澜减速机项目", LOC, "青禾工业园")),
    no("located-at-fronted", {"星澜减速机项目": P, "青禾工业园": PL},
       "在青禾工业园，星澜减速机项目的经验得到推广。", ("星澜减速机项目", LOC, "青禾工业园")),
    # an aside after the thing says where it lies
    yes("located-aside", {"星澜减速机项目": P, "青禾工业园": PL},
        "星澜减速机项目（位于青禾工业园）计划年底投产。", ("星澜减速机项目", LOC, "青禾工业园")),
    no("located-aside", {"星澜减速机项目": P, "青禾工业园": PL},
       "星澜减速机项目（对标青禾工业园）计划年底投产。", ("星澜减速机项目", LOC, "青禾工业园")),
    # the works' ceremony held there; not a signing's, which may be held anywhere
    yes("located-at", {"星澜减速机项目": P, "青禾工业园": PL},
        "星澜减速机项目在青禾工业园举行开工仪式。", ("星澜减速机项目", LOC, "青禾工业园")),
    no("located-at", {"星澜减速机项目": P, "云州": L},
       "星澜减速机项目在云州举行签约仪式。", ("星澜减速机项目", LOC, "云州")),
    # the field that says where, before its verb (建设地点位于Y)
    yes("located-verb-list", {"星澜减速机项目": P, "青禾工业园": PL},
        "星澜减速机项目建设地点位于青禾工业园。", ("星澜减速机项目", LOC, "青禾工业园")),
    # the seat of the firm or body the sentence opens on (总部位于Y, 厂区位于Y): the firm lies there
    yes("located-topic-seat", {"星澜实验室": I, "青禾科技城": PL, "云溪区": L},
        (("云溪区工作报告", "星澜实验室去年揭牌，总部选址在青禾科技城。"),), ("星澜实验室", LOC, "青禾科技城")),
    yes("located-topic-seat", {"星澜集团": E, "青禾园区": PL, "云溪区": L},
        (("云溪区工作报告", "其中，星澜集团以有机硅见长，总部位于青禾园区，已有三家子公司投产。"),),
        ("星澜集团", LOC, "青禾园区")),
    no("located-topic-seat", {"星澜集团": E, "青禾园区": PL, "云溪区": L},
       (("云溪区工作报告", "其中，星澜集团以有机硅见长，总部迁往青禾园区，已有三家子公司投产。"),),
       ("星澜集团", LOC, "青禾园区")),
    # ... or, where no thing opens the sentence, the firm the paragraph's item heading names
    yes("located-topic-seat", {"星澜云科技有限公司": E, "青禾区": L, "云溪区": L},
        (("云溪区工作报告", "（二）星澜云科技有限公司（星澜云）。专做工业软件，总部落户青禾区，员工800人。"),),
        ("星澜云科技有限公司", LOC, "青禾区")),
    yes("located-topic-seat", {"星澜铝业有限公司": E, "墨川集团": E, "白沙镇": L, "云溪区": L},
        (("云溪区工作报告", "1.星澜铝业有限公司（以下简称“星澜铝业”）。前身为青禾铝厂，隶属墨川集团，厂区位于白沙镇。"),),
        ("星澜铝业有限公司", LOC, "白沙镇")),
    no("located-topic-seat", {"星澜铝业有限公司": E, "墨川集团": E, "白沙镇": L, "云溪区": L},
       (("云溪区工作报告", "星澜铝业有限公司发展迅速。前身为青禾铝厂，隶属墨川集团，厂区位于白沙镇。"),),
       ("星澜铝业有限公司", LOC, "白沙镇")),
    # the district or zone the document speaks for, where the sentence opening on it says it lies
    yes("located-home-site", {"青禾经开区": PL, "云州市": L},
        (("青禾经开区2023年工作报告", "青禾经开区成立于2003年，位于云州市主城区西部，东接白沙县。"),),
        ("青禾经开区", LOC, "云州市")),
    yes("located-home-site", {"青禾新区": PL, "云州市": L, "星湖": L},
        (("青禾新区简介", "青禾新区于2019年设立，位于云州市中心城区北部、星湖南岸，规划面积200平方公里。"),),
        ("青禾新区", LOC, "云州市")),
    no("located-home-site", {"青禾经开区": PL, "云州市": L},
       (("青禾经开区2023年工作报告", "青禾经开区成立于2003年，毗邻云州市主城区西部，东接白沙县。"),),
       ("青禾经开区", LOC, "云州市")),
    # a thing lying across, or where meet, the places listed: in each
    yes("located-across", {"星澜高新城": PL, "白沙区": L, "青禾区": L},
        (("星澜高新城简介", "星澜高新城位于白沙区与青禾区交界处，已入驻企业300家。"),),
        ("星澜高新城", LOC, "青禾区")),
    yes("located-across", {"星澜数字产业园": PL, "白沙路": L, "青禾路": L},
        (("星澜数字产业园简介", "星澜数字产业园位于白沙路与青禾路交叉口，去年开园。"),),
        ("星澜数字产业园", LOC, "青禾路")),
    no("located-across", {"星澜高新城": PL, "白沙区": L, "青禾区": L},
       (("星澜高新城简介", "星澜高新城位于白沙区，毗邻青禾区，已入驻企业300家。"),),
       ("星澜高新城", LOC, "青禾区")),
    yes("located-topic-across", {"星澜云港新城": PL, "白沙区": L, "青禾区": L},
        (("星澜云港新城简介", "星澜云港新城由两个园区合并而来，占地60平方公里，横跨白沙区、青禾区。"),),
        ("星澜云港新城", LOC, "白沙区"), ("星澜云港新城", LOC, "青禾区")),
    no("located-topic-across", {"星澜云港新城": PL, "白沙区": L, "青禾区": L},
       (("星澜云港新城简介", "星澜云港新城由两个园区合并而来，占地60平方公里，辐射白沙区、青禾区。"),),
       ("星澜云港新城", LOC, "白沙区"), ("星澜云港新城", LOC, "青禾区")),
    # a clause chain opening on the builder (由X投资建设的A…): A is its topic
    yes("located-topic-site", {"星澜智算中心": P, "墨川集团": E, "青禾片区": L},
        "由墨川集团投资建设的星澜智算中心今年开工，总投资20亿元，选址青禾片区。", ("星澜智算中心", LOC, "青禾片区")),
    # a line of a list of projects: the project, its investment, where it is
    yes("located-list-line", {"星澜储能项目": P, "青禾化工园区": PL}, "■星澜储能项目  总投资32亿元  青禾化工园区",
        ("星澜储能项目", LOC, "青禾化工园区")),
    yes("located-list-line", {"墨川文旅综合体": P, "白沙镇": L}, "墨川文旅综合体 投资12亿元 白沙镇 发展研学旅游",
        ("墨川文旅综合体", LOC, "白沙镇")),
    # ... not the builder named after the investment (建设单位：X)
    no("located-list-line", {"星澜储能项目": P, "墨川集团": E}, "■星澜储能项目  总投资32亿元  墨川集团",
       ("星澜储能项目", LOC, "墨川集团")),
    # ... nor a sentence that only mentions a place after a figure
    no("located-list-line", {"星澜储能项目": P, "白沙镇": L}, "星澜储能项目总投资32亿元，带动白沙镇就业。",
       ("星澜储能项目", LOC, "白沙镇")),
    # where the park lies, said on the way (入驻位于Y的X)
    yes("located-verb-list", {**FIRMS, "青禾区": L, "白露氢能产业园": PL},
        "星澜科技、墨川网络等企业入驻位于青禾区的白露氢能产业园。",
        ("星澜科技", LOC, "白露氢能产业园"), ("墨川网络", LOC, "白露氢能产业园")),
    # the list, counted, then the act that brought them, then where they landed
    yes("located-verb-list", {"星澜储能项目": P, "墨川数据中心": P, "青禾装备产业园": PL},
        "星澜储能项目、墨川数据中心等4个项目开工，均落户青禾装备产业园。",
        ("星澜储能项目", LOC, "青禾装备产业园"), ("墨川数据中心", LOC, "青禾装备产业园")),
    # under an item's heading that names one project (（一）A项目。): the item's project is the
    # topic of a paragraph that opens on its builder
    yes("located-topic-site", {"星澜储能项目": P, "墨川集团": E, "青禾镇": L},
        "（一）星澜储能项目。由墨川集团投资，总投资45亿元，落户青禾镇，主攻储能电池。",
        ("星澜储能项目", LOC, "青禾镇")),
    yes("located-topic-site", {"星澜储能项目": P, "墨川集团": E, "青禾镇": L},
        "二、星澜储能项目\n由墨川集团投资，总投资45亿元，选址青禾镇。", ("星澜储能项目", LOC, "青禾镇")),
    # ... not a heading naming two things, nor a heading that opens on no item's number
    no("located-topic-site", {"星澜储能项目": P, "墨川数据中心": P, "墨川集团": E, "青禾镇": L},
       "（一）星澜储能项目和墨川数据中心。由墨川集团投资，总投资45亿元，落户青禾镇。",
       ("星澜储能项目", LOC, "青禾镇")),
    no("located-topic-site", {"星澜储能项目": P, "墨川集团": E, "青禾镇": L},
       "对标星澜储能项目。由墨川集团投资，总投资45亿元，落户青禾镇。", ("星澜储能项目", LOC, "青禾镇")),
    # ... only after 由 (参照X建设的A: A opens no clause)
    no("located-topic-site", {"星澜智算中心": P, "墨川集团": E, "青禾片区": L},
       "参照墨川集团建设的星澜智算中心今年开工，总投资20亿元，选址青禾片区。", ("星澜智算中心", LOC, "青禾片区")),
    # a firm that opens the sentence is the actor of its clauses, not what is sited
    no("located-topic-site", {"白露大学": I, "星澜智算中心": P, "青禾片区": L},
       "白露大学与新区签约共建星澜智算中心，选址青禾片区。", ("白露大学", LOC, "青禾片区")),
    yes("located-hosts", {**PARK, **FIRMS}, "青禾科技园目前已落户星澜科技、墨川网络等企业。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    no("located-hosts", {**PARK, **FIRMS}, "青禾科技园已走访星澜科技、墨川网络等企业。", ("星澜科技", LOC, "青禾科技园")),
    yes("located-hosts", {**PARK, "星澜研究院": I, "白露学院": I}, "青禾科技园内建有星澜研究院和白露学院，服务园区企业。",
        ("星澜研究院", LOC, "青禾科技园"), ("白露学院", LOC, "青禾科技园")),
    yes("located-hosts", {"星澜广场": L, "白露咖啡": E, "墨川超市": P}, "星澜广场已进驻白露咖啡、墨川超市，成为城西新的消费中心。",
        ("白露咖啡", LOC, "星澜广场"), ("墨川超市", LOC, "星澜广场")),
    yes("located-where-of", {"星澜街": L, "青禾商圈": C}, "星澜街所在的青禾商圈，是全区的核心商圈之一。",
        ("星澜街", LOC, "青禾商圈")),
    yes("located-where-of", {"星澜广场": P, "墨川万达广场": P, "青禾商圈": C}, "星澜广场、墨川万达广场所在的青禾商圈客流最旺。",
        ("星澜广场", LOC, "青禾商圈"), ("墨川万达广场", LOC, "青禾商圈")),
    no("located-where-of", {"星澜街": L, "青禾商圈": C}, "星澜街对面的青禾商圈，是全区的核心商圈之一。",
       ("星澜街", LOC, "青禾商圈")),
    # a mall or a 商圈 that brings brands in holds them (the bare verb: 引进, 引入)
    yes("located-takes-in", {"星澜广场": L, "白露咖啡": E, "墨川服饰": E}, "今年星澜广场引进白露咖啡、墨川服饰等品牌。",
        ("白露咖啡", LOC, "星澜广场"), ("墨川服饰", LOC, "星澜广场")),
    yes("located-takes-in", {"青禾商圈": C, "白露咖啡": E}, "青禾商圈引入白露咖啡首店。", ("白露咖啡", LOC, "青禾商圈")),
    no("located-takes-in", {"青禾商圈": C, "白露咖啡": E}, "青禾商圈对接白露咖啡等品牌。", ("白露咖啡", LOC, "青禾商圈")),
    # a mall or 商圈 that takes shops in, a clause before, the shops counted after
    yes("located-merchants", {"墨川汇": C, "白露咖啡": E, "星澜服饰": E},
        "城东的墨川汇今年迎来开业三周年，先后引进白露咖啡、星澜服饰等首店12家。",
        ("白露咖啡", LOC, "墨川汇"), ("星澜服饰", LOC, "墨川汇")),
    yes("located-merchants", {"青禾文创街区": C, "白露茶饮": E, "星澜书店": E},
        "由星澜城投投资的青禾文创街区已完成招商，白露茶饮、星澜书店等30家商户将于6月开业。",
        ("白露茶饮", LOC, "青禾文创街区"), ("星澜书店", LOC, "青禾文创街区")),
    # firms a mall courts, not shops it took in (no 首店/商户/品牌 after the list)
    no("located-merchants", {"墨川汇": C, "白露咖啡": E, "星澜服饰": E},
       "墨川汇今年迎来开业三周年，先后引进白露咖啡、星澜服饰两家企业的投资。"),
    # the streets and markets a 商圈 is made of
    yes("located-comprises", {"青禾古街商圈": C, "云溪区": L, "星澜老街": L, "白露夜市": C},
        "青禾古街商圈是云溪区重点打造的文商旅样板，包括星澜老街和白露夜市两部分。",
        ("星澜老街", LOC, "青禾古街商圈"), ("白露夜市", LOC, "青禾古街商圈")),
    yes("located-comprises", {"青禾文旅商圈": C, "星澜美食街": C, "白露文化街区": C},
        "带内的青禾文旅商圈横跨老城与滨江，核心是星澜美食街和白露文化街区。",
        ("星澜美食街", LOC, "青禾文旅商圈"), ("白露文化街区", LOC, "青禾文旅商圈")),
    # what a 商圈 plan includes as further items, not as its parts (the list goes on past a clause)
    no("located-comprises", {"青禾商圈": C, "星澜老街": L, "白露夜市": C},
       "青禾商圈提升方案包括星澜老街和白露夜市的改造工程。"),
    # the home's own 引进 is the district rule's
    no("located-takes-in", {"云溪区": L, "白露咖啡": E}, ("云溪区工作报告", "云溪区引进白露咖啡等企业。")),
    # the park the clause before built is the subject of the clause that takes firms in
    yes("located-park-then-hosts", {**PARK, **FIRMS, "云溪区": L},
        "云溪区工作报告。\n我们正在建设青禾科技园，已入驻星澜科技、墨川网络等企业11家。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    no("located-park-then-hosts", {**PARK, **FIRMS, "云溪区": L},
       "云溪区工作报告。\n我们正在建设青禾科技园，星澜科技、墨川网络已入驻云溪区。", ("星澜科技", LOC, "青禾科技园")),
    yes("located-topic-hosts", {**PARK, **FIRMS, "青禾片区": L},
        "青禾科技园地处青禾片区北部，已落户星澜科技、墨川网络等企业。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    yes("located-topic-hosts", {**PARK, "星澜数据湖项目": P, "墨川智算中心": P, "青禾北路": L},
        "青禾科技园位于青禾北路东侧，今年新落地星澜数据湖项目、墨川智算中心两个重点项目。",
        ("星澜数据湖项目", LOC, "青禾科技园"), ("墨川智算中心", LOC, "青禾科技园")),
    # bare 入驻 with the firms after it: the park hosts them
    yes("located-topic-hosts", {**PARK, **FIRMS}, "在平台方面，青禾科技园已建成厂房30万平方米，入驻星澜科技、墨川网络等企业18家。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    # (入驻 a park: where the firms go, no firm hosted)
    no("located-topic-hosts", {**PARK, **FIRMS, "云溪区": L, "墨川产业园": PL},
       "云溪区工作报告。\n我们引进了星澜科技、墨川网络等配套企业，入驻墨川产业园。", ("墨川产业园", LOC, "云溪区")),
    yes("located-park-word-hosts", {**PARK, "星澜孵化器": PL, "墨川研究院": I, "云溪区": L},
        "青禾科技园位于云溪区北部。园内设有星澜孵化器、墨川研究院，累计孵化企业600余家。",
        ("星澜孵化器", LOC, "青禾科技园"), ("墨川研究院", LOC, "青禾科技园")),
    # (a clause opening elsewhere: 园内 is not the park word opening it)
    no("located-park-word-hosts", {**PARK, "星澜孵化器": PL, "云溪区": L},
       "青禾科技园位于云溪区北部。云溪区公园内设有星澜孵化器。", ("星澜孵化器", LOC, "青禾科技园")),
    yes("located-home-of", {"云溪区": L, "星澜农机产业园": PL}, "云溪区工作报告。\n区内的星澜农机产业园年产农机3万台。",
        ("星澜农机产业园", LOC, "云溪区")),
    # the home by its name: located-of's
    no("located-home-of", {"云溪区": L, "星澜农机产业园": PL},
       "云溪区工作报告。\n云溪区的星澜农机产业园年产农机3万台。"),
    yes("located-count-members", {**PARK, **FIRMS}, "青禾科技园今年新增入驻企业52家，其中星澜科技、墨川网络获评瞪羚企业。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    # ... its members after 其中包括, the count after 现有
    yes("located-count-members", {**PARK, **FIRMS}, "青禾科技园现有入驻企业58家，其中包括星澜科技、墨川网络。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    # members of a count the park did not take in (a count of firms it serves)
    no("located-count-members", {**PARK, **FIRMS}, "青禾科技园走访服务企业52家，其中星澜科技、墨川网络反映用工问题。",
       ("星澜科技", LOC, "青禾科技园")),
    yes("located-count-members-anaphor", {**PARK, **FIRMS, "智能传感": T},
        ("标题", "青禾科技园二期已建成。目前，园区已集聚智能传感等领域企业30余家，其中星澜科技、墨川网络是龙头企业。"),
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    no("located-count-members-anaphor", {**PARK, **FIRMS, "智能传感": T},
       ("标题", "青禾科技园二期已建成。目前，园区已走访智能传感等领域企业30余家，其中星澜科技、墨川网络是龙头企业。"),
       ("星澜科技", LOC, "青禾科技园")),
    yes("located-hosts", {**PARK, "星澜数据港": PL, "墨川创新中心": P}, "青禾科技园已落地星澜数据港、墨川创新中心等载体。",
        ("星澜数据港", LOC, "青禾科技园"), ("墨川创新中心", LOC, "青禾科技园")),
    # what a park built may be a street or a centre of its own
    yes("located-hosts", {**PARK, "星澜里商业街": C, "墨川会展中心": P},
        "青禾科技园建有星澜里商业街、墨川会展中心等配套设施。",
        ("星澜里商业街", LOC, "青禾科技园"), ("墨川会展中心", LOC, "青禾科技园")),
    yes("located-counted-anaphor", {**PARK, "星澜制药基地": P, "墨川物流中心": P, "白露疫苗平台": P},
        ("标题", "今年签约了一批项目。一是星澜制药基地，总投资12亿元；二是墨川物流中心；三是白露疫苗平台。"
                 "这两个项目都将落户青禾科技园。"),
        ("墨川物流中心", LOC, "青禾科技园"), ("白露疫苗平台", LOC, "青禾科技园")),
    # more counted than named: the count is not of them
    no("located-counted-anaphor", {**PARK, "星澜制药基地": P, "墨川物流中心": P},
       ("标题", "今年签约了星澜制药基地、墨川物流中心等项目。这五个项目都将落户青禾科技园。"),
       ("星澜制药基地", LOC, "青禾科技园")),
    yes("located-head-anaphor", {"白露大学": I, **FIRMS, "云溪数据创新中心": P, "青禾创业大厦": PL},
        ("标题", "白露大学与星澜科技签约共建云溪数据创新中心，中心落户青禾创业大厦。"),
        ("云溪数据创新中心", LOC, "青禾创业大厦")),
    # the head word is not the named thing's: it stands for something else
    no("located-head-anaphor", {"白露大学": I, **FIRMS, "云溪物流园": P, "青禾创业大厦": PL},
       ("标题", "白露大学与星澜科技签约共建云溪物流园，中心落户青禾创业大厦。"),
       ("云溪物流园", LOC, "青禾创业大厦")),
    yes("located-topic-hosts", {**PARK, "星澜中心": P, "墨川大厦": P, "青禾片区": L},
        "青禾科技园位于青禾片区核心地段，已建成星澜中心、墨川大厦等项目。",
        ("星澜中心", LOC, "青禾科技园"), ("墨川大厦", LOC, "青禾科技园")),
    no("located-topic-hosts", {**PARK, "星澜中心": P, "墨川大厦": P, "青禾片区": L},
       "青禾科技园位于青禾片区核心地段，已规划星澜中心、墨川大厦等项目。", ("星澜中心", LOC, "青禾科技园")),
    no("located-topic-hosts", {**PARK, **FIRMS}, "青禾科技园地处北部，已服务星澜科技、墨川网络等企业。",
       ("星澜科技", LOC, "青禾科技园")),
    yes("located-here", {**PARK, **FIRMS, "青禾片区": L},
        "青禾科技园位于青禾片区，星澜科技、墨川网络等企业在此设立生产基地。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    no("located-here", {**PARK, **FIRMS}, "青禾科技园加快发展，星澜科技、墨川网络等企业在此召开座谈会。",
       ("星澜科技", LOC, "青禾科技园")),
    yes("located-built-in", {**PARK, **FIRMS, "华南运维中心": P}, "星澜科技在青禾科技园设立华南运维中心。",
        ("华南运维中心", LOC, "青禾科技园")),
    yes("located-built-in", {**PARK, "星澜智算中心": P}, "在青禾科技园规划建设星澜智算中心。",
        ("星澜智算中心", LOC, "青禾科技园")),
    yes("located-built-in", {**PARK, "星澜智算中心": P}, "墨川集团在青禾科技园新建的星澜智算中心已投用。",
        ("星澜智算中心", LOC, "青禾科技园")),
    # along or around a road or street: still there
    yes("located-built-in", {"墨川大道": L, "星澜新材料产业园": PL}, "建议在墨川大道沿线规划建设星澜新材料产业园。",
        ("星澜新材料产业园", LOC, "墨川大道")),
    yes("located-built-in", {"青禾湖": L, "星澜文旅综合体": P}, "在青禾湖周边新建星澜文旅综合体。",
        ("星澜文旅综合体", LOC, "青禾湖")),
    # the home does not lie where it sets something up (我们在星澜市设立了青禾高新区驻星澜联络处)
    no("located-built-in", {"青禾高新区": PL, "星澜市": L},
       "青禾高新区工作报告。\n我们在星澜市设立了青禾高新区驻星澜联络处。", ("青禾高新区", LOC, "星澜市")),
    # a 商圈 or a street built there
    yes("located-built-in", {"墨川街道": L, "星澜里特色街区": C}, "区商务局表示，将在墨川街道建设星澜里特色街区。",
        ("星澜里特色街区", LOC, "墨川街道")),
    no("located-built-in", {**PARK, "星澜智算中心": P}, "在青禾科技园学习借鉴星澜智算中心的经验。",
       ("星澜智算中心", LOC, "青禾科技园")),
    # a night market or a shop opened there; in a part of a place or a stretch of a road: still there
    yes("located-built-in", {"云溪区": L, "墨川街道": L, "星澜夜市": C}, "云溪区还在墨川街道新开设了星澜夜市，打造夜间消费线路。",
        ("星澜夜市", LOC, "墨川街道")),
    yes("located-built-in", {"白沙镇": L, "星澜直播基地": PL}, "去年在白沙镇北部新设星澜直播基地。",
        ("星澜直播基地", LOC, "白沙镇")),
    yes("located-built-in", {"墨川大道": L, "星澜文创街区": C}, "将在墨川大道南段打造星澜文创街区。",
        ("星澜文创街区", LOC, "墨川大道")),
    # by a side of a park is beside it, not in it
    no("located-built-in", {**PARK, "星澜氢能产业园": PL}, "二是在青禾科技园南侧规划建设星澜氢能产业园。",
       ("星澜氢能产业园", LOC, "青禾科技园")),
    # built across the places listed: in each
    yes("located-built-across", {"白沙镇": L, "七里镇": L, "星澜新材料产业园": PL},
        "我们在白沙镇、七里镇布局建设了星澜新材料产业园。",
        ("星澜新材料产业园", LOC, "白沙镇"), ("星澜新材料产业园", LOC, "七里镇")),
    no("located-built-across", {"白沙镇": L, "七里镇": L, "星澜新材料产业园": PL},
       "我们在白沙镇、七里镇考察了星澜新材料产业园。", ("星澜新材料产业园", LOC, "白沙镇")),
    # moving in: the park the paragraph named last, when the sentence names none
    yes("located-moved-in-park", {**PARK, **FIRMS}, "青禾科技园规划面积5平方公里。星澜科技、墨川网络等企业已经入驻。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    no("located-moved-in-park", {**PARK, **FIRMS}, "青禾科技园规划面积5平方公里。星澜科技、墨川网络等企业已经落户。",
       ("星澜科技", LOC, "青禾科技园")),
    yes("located-builder-place", {"青禾街道": L, "星澜数字港": PL}, "推动青禾街道高标准建设星澜数字港。",
        ("星澜数字港", LOC, "青禾街道")),
    no("located-builder-place", {"青禾街道": L, "星澜数字港": PL}, "推动青禾街道学习星澜数字港经验。",
       ("星澜数字港", LOC, "青禾街道")),
    yes("located-site-of", {"青禾片区": L, "星澜智算中心": P}, "位于青禾片区东部的星澜智算中心已投用。",
        ("星澜智算中心", LOC, "青禾片区")),
    no("located-site-of", {"青禾片区": L, "星澜智算中心": P}, "毗邻青禾片区东部的星澜智算中心已投用。",
       ("星澜智算中心", LOC, "青禾片区")),
    yes("located-inside", {**PARK, "星澜智算中心": P}, "青禾科技园内的星澜智算中心已投用。",
        ("星澜智算中心", LOC, "青禾科技园")),
    yes("located-inside", {"青禾新区": L, "星澜汽车基地": P, "新能源汽车": T},
        "青禾新区内新能源汽车领域的星澜汽车基地扩大产能。", ("星澜汽车基地", LOC, "青禾新区")),
    yes("located-inside", {**PARK, "星澜精密机械有限公司": E}, "青禾科技园内的星澜精密机械有限公司营收增长两成。",
        ("星澜精密机械有限公司", LOC, "青禾科技园")),
    no("located-inside", {**PARK, "星澜智算中心": P}, "青禾科技园外的星澜智算中心已投用。",
       ("星澜智算中心", LOC, "青禾科技园")),
    yes("located-inside-anaphor", {**PARK, "星澜智算中心": P}, "青禾科技园加快发展。园区内的星澜智算中心已投用。",
        ("星澜智算中心", LOC, "青禾科技园")),
    # the park of another paragraph is not 园区
    no("located-inside-anaphor", {**PARK, "星澜智算中心": P}, "青禾科技园加快发展。\n园区内的星澜智算中心已投用。",
       ("星澜智算中心", LOC, "青禾科技园")),
    yes("located-inside-clause", {"青禾商圈": C, "星澜步行街": C}, "青禾商圈内，星澜步行街新开首店6家。",
        ("星澜步行街", LOC, "青禾商圈")),
    # outside the place is not inside it; nor is what a later clause names
    no("located-inside-clause", {"青禾商圈": C, "星澜步行街": C}, "青禾商圈外，星澜步行街新开首店6家。",
       ("星澜步行街", LOC, "青禾商圈")),
    no("located-inside-clause", {"青禾商圈": C, "星澜步行街": C}, "青禾商圈内客流增长，星澜步行街新开首店6家。",
       ("星澜步行街", LOC, "青禾商圈")),
    yes("located-anaphor-of", {"青禾商圈": C, "墨川广场": L}, "青禾商圈客流增长。同在该商圈的墨川广场新开首店。",
        ("墨川广场", LOC, "青禾商圈")),
    # the 商圈 named before the night market named after it: the one the head word names
    yes("located-anaphor-of", {"青禾商圈": C, "白露夜市": C, "墨川广场": L},
        "青禾商圈内的白露夜市今年开市；同在该商圈的墨川广场新开首店。",
        ("墨川广场", LOC, "青禾商圈")),
    # no 商圈 named before: nothing
    no("located-anaphor-of", {"白露夜市": C, "墨川广场": L}, "白露夜市今年开市；同在该商圈的墨川广场新开首店。",
       ("墨川广场", LOC, "白露夜市")),
    yes("located-gathers", {"青禾港新区": PL, **FIRMS}, "据了解，青禾港新区此前已集聚星澜科技、墨川网络等龙头企业。",
        ("星澜科技", LOC, "青禾港新区"), ("墨川网络", LOC, "青禾港新区")),
    yes("located-gathers", {**PARK, **FIRMS}, "青禾科技园已集聚了星澜科技、墨川网络等企业。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    yes("located-gathers", {**PARK, **FIRMS, "白露研究院": I},
        "青禾科技园吸引了星澜科技、墨川网络等企业，以及白露研究院。",
        ("星澜科技", LOC, "青禾科技园"), ("白露研究院", LOC, "青禾科技园")),
    no("located-gathers", {**PARK, **FIRMS}, "青禾科技园走访了星澜科技、墨川网络等企业。",
       ("星澜科技", LOC, "青禾科技园")),
    yes("located-topic-settled", {**PARK, **FIRMS}, "青禾科技园是省级园区，目前星澜科技、墨川网络等企业已入驻。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    no("located-topic-settled", {**PARK, **FIRMS}, "青禾科技园是省级园区，目前星澜科技、墨川网络等企业已迁出。",
       ("星澜科技", LOC, "青禾科技园")),
    yes("located-topic-gathers", {**MALL, "云栖路": L}, "青禾商圈西起云栖路，汇集了星澜广场、墨川中心。",
        ("星澜广场", LOC, "青禾商圈"), ("墨川中心", LOC, "青禾商圈")),
    no("located-topic-gathers", {**MALL, "云栖路": L}, "青禾商圈西起云栖路，带动了星澜广场、墨川中心。",
       ("星澜广场", LOC, "青禾商圈")),
    # a time down to a part of a month (9月底, 10月上旬) between the thing and 在
    yes("located-at", {"星澜广场": L, "白露咖啡": E, "墨川潮玩首店": P}, "白露咖啡、墨川潮玩首店将于9月底在星澜广场开业。",
        ("白露咖啡", LOC, "星澜广场"), ("墨川潮玩首店", LOC, "星澜广场")),
    yes("located-at", {"星澜广场": L, "白露咖啡": E}, "白露咖啡于10月上旬在星澜广场开业。", ("白露咖啡", LOC, "星澜广场")),
    yes("located-at", {**PARK, **FIRMS}, "星澜科技、墨川网络等企业在青禾科技园设立研发中心。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    yes("located-at", {**PARK, "星澜装配基地": P, "墨川维修中心": P}, "星澜装配基地、墨川维修中心在青禾科技园内动工。",
        ("星澜装配基地", LOC, "青禾科技园"), ("墨川维修中心", LOC, "青禾科技园")),
    yes("located-at", {**PARK, **FIRMS}, "星澜科技、墨川网络在青禾科技园均有布局。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    # by a road's side or where it meets another: on the road; not by a park's side
    yes("located-at", {"星澜扩产项目": P, "云栖大道": L}, "星澜扩产项目在云栖大道北侧开工。",
        ("星澜扩产项目", LOC, "云栖大道")),
    yes("located-at", {"星澜扩产项目": P, "云栖大道": L, "青枫路": L}, "星澜扩产项目于今年3月在云栖大道与青枫路交口开工。",
        ("星澜扩产项目", LOC, "云栖大道")),
    no("located-at", {**PARK, "星澜扩产项目": P}, "星澜扩产项目在青禾科技园南侧开工。", ("星澜扩产项目", LOC, "青禾科技园")),
    yes("located-topic-at", {"星澜扩产项目": P, "云栖大道": L}, "星澜扩产项目总投资8亿元，在云栖大道东侧开工。",
        ("星澜扩产项目", LOC, "云栖大道")),
    no("located-topic-at", {**PARK, "星澜扩产项目": P}, "星澜扩产项目总投资8亿元，在青禾科技园东侧开工。",
       ("星澜扩产项目", LOC, "青禾科技园")),
    yes("located-at-built", {"星澜物流园二期": P, "云栖大道": L, "青枫路": L},
        "星澜物流园二期在云栖大道以南、青枫路以东地块建设。", ("星澜物流园二期", LOC, "云栖大道")),
    yes("located-built-in", {"星澜文创街区": C, "云栖大道": L}, "在云栖大道东侧规划建设星澜文创街区。",
        ("星澜文创街区", LOC, "云栖大道")),
    no("located-built-in", {**PARK, "星澜文创街区": C}, "在青禾科技园南侧规划建设星澜文创街区。",
       ("星澜文创街区", LOC, "青禾科技园")),
    # what partners build together there
    yes("located-built-in", {"白沙街道": L, "星澜检测服务平台": PL, "青禾大学": I},
        "青禾区与青禾大学签订协议，双方将在白沙街道共建星澜检测服务平台。", ("星澜检测服务平台", LOC, "白沙街道")),
    no("located-built-in", {"白沙街道": L, "星澜检测服务平台": PL, "青禾大学": I},
       "白沙街道与青禾大学共建星澜检测服务平台。", ("星澜检测服务平台", LOC, "青禾大学")),
    yes("located-verb-list", {"星澜压铸件项目": P, "云栖大道": L}, "星澜压铸件项目落在云栖大道东侧。",
        ("星澜压铸件项目", LOC, "云栖大道")),
    yes("located-verb-list", {"星澜铜带项目": P, "青枫路": L}, "星澜铜带项目建于青枫路以南。", ("星澜铜带项目", LOC, "青枫路")),
    # a project completed or put to use there
    yes("located-at", {"星澜物流园": PL, "云溪区": L, "白沙街道": L}, "星澜物流园在云溪区白沙街道投入运营。",
        ("星澜物流园", LOC, "白沙街道")),
    yes("located-at", {**PARK, "星澜熔炉生产线": P}, "星澜熔炉生产线在青禾科技园顺利点火。", ("星澜熔炉生产线", LOC, "青禾科技园")),
    yes("located-at", {"白沙镇": L, "星澜二期厂房": P}, "星澜二期厂房在白沙镇东部开工。", ("星澜二期厂房", LOC, "白沙镇")),
    # a firm that grows where it is (扩能, 增资 …; 在Y现有厂区)
    yes("located-at", {**PARK, **FIRMS}, "星澜科技、墨川网络等企业去年在青禾科技园扩产。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    yes("located-at", {"云溪区": L, "星澜科技": E}, "星澜科技今年在云溪区现有厂区增资，新上两条产线。",
        ("星澜科技", LOC, "云溪区")),
    # (near miss: a place it courts, not where it grows)
    no("located-at", {**PARK, **FIRMS}, "星澜科技、墨川网络等企业在青禾科技园洽谈扩产事宜。",
       ("星澜科技", LOC, "青禾科技园")),
    no("located-at", {**PARK, **FIRMS}, "星澜科技、墨川网络等企业在青禾科技园召开座谈会。",
       ("星澜科技", LOC, "青禾科技园")),
    # a firm that builds something there is not placed by it (what it builds is: located-built-in)
    no("located-at", {**PARK, **FIRMS, "星澜设计中心": P}, "星澜科技在青禾科技园建设星澜设计中心。",
       ("星澜科技", LOC, "青禾科技园")),
    # a university or institute that sets up a unit there: the unit lands, not the body
    no("located-at", {**PARK, "墨川理工大学": I}, "墨川理工大学在青禾科技园设立智能制造学院。",
       ("墨川理工大学", LOC, "青禾科技园")),
    no("located-at-body", {**PARK, "墨川理工大学": I}, "墨川理工大学在青禾科技园设立智能制造学院。",
       ("墨川理工大学", LOC, "青禾科技园")),
    no("located-at-body", {**PARK, "星澜材料研究所": I}, "星澜材料研究所在青禾科技园建成中试基地。",
       ("星澜材料研究所", LOC, "青禾科技园")),
    # ... one that lands there itself is, with the firms of its list
    yes("located-at-body", {**PARK, "星澜材料研究院": I}, "星澜材料研究院今年在青禾科技园挂牌运行。",
        ("星澜材料研究院", LOC, "青禾科技园")),
    yes("located-at-body", {**PARK, **FIRMS, "星澜材料研究院": I}, "星澜材料研究院、墨川网络等单位已在青禾科技园入驻。",
        ("星澜材料研究院", LOC, "青禾科技园")),
    yes("located-at-built", {**PARK, "星澜智算中心": P}, "星澜智算中心今年在青禾科技园加快建设。",
        ("星澜智算中心", LOC, "青禾科技园")),
    no("located-at-built", {**PARK, **FIRMS}, "支持星澜科技、墨川网络在青禾科技园建设转化基地。",
       ("星澜科技", LOC, "青禾科技园")),
    yes("located-led-by-after", {**PARK, **FIRMS}, "以星澜科技、墨川网络为龙头的企业集群带动青禾科技园发展。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    no("located-led-by-after", {**PARK, **FIRMS}, "以星澜科技、墨川网络为客户的企业集群带动青禾科技园发展。",
       ("星澜科技", LOC, "青禾科技园")),
    # the park a later clause develops is not where the leaders are
    no("located-led-by-after", {**PARK, **FIRMS}, "医药产业以星澜科技、墨川网络为龙头，加快青禾科技园扩容建设。",
       ("星澜科技", LOC, "青禾科技园")),
    yes("located-led-by-before", {**PARK, **FIRMS}, "青禾科技园已形成以星澜科技、墨川网络为龙头的产业集群。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    # the firms listed after the leader too
    yes("located-led-by-before", {**PARK, **FIRMS, "云溪重工": E},
        "青禾科技园已形成以云溪重工为龙头，星澜科技、墨川网络等骨干企业协同发展的产业格局。",
        ("云溪重工", LOC, "青禾科技园"), ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    no("located-led-by-before", {**PARK, **FIRMS}, "青禾科技园已对接以星澜科技、墨川网络为龙头的产业集群。",
       ("星澜科技", LOC, "青禾科技园")),
    yes("located-relies-on", MALL, "青禾商圈主要依托星澜广场、墨川中心。",
        ("星澜广场", LOC, "青禾商圈"), ("墨川中心", LOC, "青禾商圈")),
    no("located-relies-on", MALL, "青禾商圈主要服务星澜广场、墨川中心。", ("星澜广场", LOC, "青禾商圈")),
    yes("located-topic-projects", MALL, "青禾商圈以零售为主，星澜广场、墨川中心等商业综合体聚集了大量人气。",
        ("星澜广场", LOC, "青禾商圈"), ("墨川中心", LOC, "青禾商圈")),
    no("located-topic-projects", MALL, "青禾商圈以零售为主，星澜广场、墨川中心等酒店聚集了大量人气。",
       ("星澜广场", LOC, "青禾商圈")),
    yes("located-adjacent-platform", {"云溪新区": L, "星澜生态城": PL}, "云溪新区星澜生态城加快发展。",
        ("星澜生态城", LOC, "云溪新区")),
    no("located-adjacent-platform", {"云溪新区": L, "星澜生态城": PL}, "云溪新区、星澜生态城加快发展。",
       ("星澜生态城", LOC, "云溪新区")),
    # -- ownedBy ------------------------------------------------------------------------
    yes("owner-by", {"星澜集团": E, "墨川数据港": P}, "墨川数据港由星澜集团负责建设。",
        ("墨川数据港", "ownedBy", "星澜集团")),
    yes("owner-by", {"星澜集团": E, "墨川数据港": P}, "墨川数据港系星澜集团投资建设。",
        ("墨川数据港", "ownedBy", "星澜集团")),
    yes("owner-by", {"星澜集团": E, "青禾城投集团": E, "墨川数据港": P}, "墨川数据港由星澜集团与青禾城投集团合资建设。",
        ("墨川数据港", "ownedBy", "星澜集团"), ("墨川数据港", "ownedBy", "青禾城投集团")),
    # the owner in brackets after the thing
    yes("owner-bracketed", {"星澜集团": E, "墨川数据港": P}, "墨川数据港（星澜集团投资）开工建设。",
        ("墨川数据港", "ownedBy", "星澜集团")),
    no("owner-bracketed", {"星澜集团": E, "墨川数据港": P}, "墨川数据港（星澜集团承建）开工建设。",
       ("墨川数据港", "ownedBy", "星澜集团")),
    # the signing clause, then what the firm will build
    yes("owner-signs", {"星澜集团": E, "墨川数据港": P, "云溪区": L}, "星澜集团与云溪区签约，将投资20亿元建设墨川数据港。",
        ("墨川数据港", "ownedBy", "星澜集团")),
    # a plan to set it up there (拟, 计划)
    yes("owner-sets-up", {"星澜集团": E, "墨川数据港": P, "青禾科技园": PL}, "星澜集团拟在青禾科技园投资建设墨川数据港。",
        ("墨川数据港", "ownedBy", "星澜集团")),
    # the firm charged with developing or running it
    yes("owner-in-charge", {"星澜集团": E, "墨川智造园": PL}, "星澜集团负责墨川智造园的开发建设。",
        ("墨川智造园", "ownedBy", "星澜集团")),
    yes("owner-in-charge", {"星澜集团": E, "墨川数据港": P}, "星澜集团承担墨川数据港建设运营。",
        ("墨川数据港", "ownedBy", "星澜集团")),
    # (near miss: charged with its firms' services, not the park)
    no("owner-in-charge", {"星澜集团": E, "墨川智造园": PL}, "星澜集团负责墨川智造园企业的物业服务。",
       ("墨川智造园", "ownedBy", "星澜集团")),
    # the project named in the sentence before, in the paragraph
    yes("owner-by-anaphor", {"星澜集团": E, "墨川数据港": P}, "墨川数据港加快推进。该项目由星澜集团投资建设。",
        ("墨川数据港", "ownedBy", "星澜集团")),
    # the thing the clause chain opens on, not the one named last
    yes("owner-by-anaphor", {"星澜集团": E, "墨川数据港": P, "青禾新城": L, "云溪工厂": P},
        "墨川数据港位于青禾新城，紧邻云溪工厂，计划明年投用，项目由星澜集团投资建设。",
        ("墨川数据港", "ownedBy", "星澜集团")),
    # ... or the thing the opening place holds
    yes("owner-by-anaphor", {"星澜集团": E, "墨川数据港二期": P, "青禾物流园": PL},
        "青禾物流园内的墨川数据港二期今年投运，这个项目由星澜集团投资运营。",
        ("墨川数据港二期", "ownedBy", "星澜集团")),
    # a chain opening on a demonstrative (该产业园位于…，由Y…): the thing its head word names
    # before it, not the zone named nearer
    yes("owner-by-anaphor", {"星澜集团": E, "墨川医疗器械产业园": PL, "青禾高新区": PL, "云溪街道": L},
        "星澜生物签约入驻墨川医疗器械产业园。该产业园地处青禾高新区云溪街道，由星澜集团负责建设，主攻医用耗材。",
        ("墨川医疗器械产业园", "ownedBy", "星澜集团")),
    # ... also where the paragraph opens on it (该工程由Y…): the paragraph before named the thing
    yes("owner-by-anaphor", {"台远集团": E, "墨川机场扩容工程": P},
        ("墨川机场扩容工程南侧航站楼已封顶。航站楼建成后可满足需求。\n该工程由台远集团牵头建设，预计明年投用。",),
        ("墨川机场扩容工程", "ownedBy", "台远集团")),
    # a name the recogniser missed before 由: not the project named earlier
    no("owner-by-anaphor", {"星澜集团": E, "墨川数据港": P},
       "墨川数据港加快推进。其中，青禾免税城由星澜集团投资建设。", ("墨川数据港", "ownedBy", "星澜集团")),
    no("owner-by", {"星澜集团": E, "墨川数据港": P},
       "墨川数据港加快推进。其中，青禾免税城由星澜集团投资建设。", ("墨川数据港", "ownedBy", "星澜集团")),
    no("owner-by", {"星澜集团": E, "墨川数据港": P}, "墨川数据港由星澜集团负责招商。",
       ("墨川数据港", "ownedBy", "星澜集团")),
    yes("owner-built", {"星澜集团": E, "墨川数据港": P}, "星澜集团投资建设的墨川数据港已投用。",
        ("墨川数据港", "ownedBy", "星澜集团")),
    yes("owner-built", {"星澜集团": E, "墨川数据港": P}, "由星澜集团（以下简称“星澜”）投资18亿元建设的墨川数据港开工。",
        ("墨川数据港", "ownedBy", "星澜集团")),
    # a place named by a common word between 在 and the verb
    yes("owner-built", {"星澜集团": E, "墨川数据港": P}, "龙头企业星澜集团在园区布局的墨川数据港已满负荷运行。",
        ("墨川数据港", "ownedBy", "星澜集团")),
    no("owner-built", {"星澜集团": E, "墨川数据港": P}, "龙头企业星澜集团在园区参观了墨川数据港。",
       ("墨川数据港", "ownedBy", "星澜集团")),
    no("owner-built", {"星澜集团": E, "墨川数据港": P}, "星澜集团入驻的墨川数据港已投用。",
       ("墨川数据港", "ownedBy", "星澜集团")),
    # where it built it, between the owner and the verb
    yes("owner-built", {"星澜集团": E, "墨川数据港": P, "云溪新区": PL}, "去年，星澜集团在云溪新区新建的墨川数据港投入使用。",
        ("墨川数据港", "ownedBy", "星澜集团")),
    no("owner-built", {"星澜集团": E, "墨川数据港": P, "云溪新区": PL}, "去年，星澜集团在云溪新区参观的墨川数据港投入使用。",
       ("墨川数据港", "ownedBy", "星澜集团")),
    # the firm that lays a project out in the district (布局)
    yes("owner-built", {"星澜集团": E, "墨川电机项目": P, "云溪区": L}, "云溪区工作报告。\n星澜集团在我区布局的墨川电机项目加快建设。",
        ("墨川电机项目", "ownedBy", "星澜集团")),
    yes("owner-invests", {"星澜能源公司": E, "20GWh储能电芯项目": P}, "星澜能源公司投资58亿元的20GWh储能电芯项目落户云溪。",
        ("20GWh储能电芯项目", "ownedBy", "星澜能源公司")),
    # an amount without the firm that puts it in
    no("owner-invests", {"星澜能源公司": E, "20GWh储能电芯项目": P}, "星澜能源公司表示，总投资58亿元的20GWh储能电芯项目落户云溪。",
       ("20GWh储能电芯项目", "ownedBy", "星澜能源公司")),
    yes("owner-is-unit-of", {"墨川精工有限公司": E, "星澜集团": E},
        "墨川精工有限公司系星澜集团全资子公司。", ("墨川精工有限公司", "ownedBy", "星澜集团")),
    yes("owner-bracketed-parent", {"墨川耐材有限公司": E, "星澜集团": E},
        "链主企业：墨川耐材有限公司（隶属星澜集团），年需镁砂30万吨。", ("墨川耐材有限公司", "ownedBy", "星澜集团")),
    no("owner-bracketed-parent", {"墨川耐材有限公司": E, "星澜集团": E},
       "墨川耐材有限公司（与星澜集团合作）今年投产。", ("墨川耐材有限公司", "ownedBy", "星澜集团")),
    yes("owner-bracketed-parent-of", {"墨川耐材有限公司": E, "星澜集团": E},
        "墨川耐材有限公司（星澜集团全资子公司）今年投产。", ("墨川耐材有限公司", "ownedBy", "星澜集团")),
    # (near miss: a bare bracket holds the firm's other name)
    no("owner-bracketed-parent-of", {"墨川耐材": E, "青禾墨川耐材有限公司": E},
       "龙头企业墨川耐材（青禾墨川耐材有限公司）今年投产。", ("墨川耐材", "ownedBy", "青禾墨川耐材有限公司")),
    yes("owner-belongs-to", {"墨川精工有限公司": E, "星澜集团": E},
        "墨川精工有限公司隶属于星澜集团。", ("墨川精工有限公司", "ownedBy", "星澜集团")),
    no("owner-belongs-to", {"墨川科技园": PL, "青禾区": L},
       "墨川科技园隶属于青禾区。", ("墨川科技园", "ownedBy", "青禾区")),
    yes("owner-is-unit-of", {"星澜集团": E, "青禾创新中心": P, "云溪镇": L},
        "位于云溪镇的青禾创新中心是星澜集团的研发总部。", ("青禾创新中心", "ownedBy", "星澜集团")),
    yes("owner-is-unit-of", {"星澜集团": E, "墨川电机": E}, "墨川电机为星澜集团全资子公司。", ("墨川电机", "ownedBy", "星澜集团")),
    no("owner-is-unit-of", {"星澜集团": E, "青禾创新中心": P, "云溪镇": L},
       "位于云溪镇的青禾创新中心是星澜集团的合作伙伴。", ("青禾创新中心", "ownedBy", "星澜集团")),
    # a group's member firm (旗下企业, 核心企业)
    yes("owner-is-unit-of", {"星澜集团": E, "墨川纤维有限公司": E}, "墨川纤维有限公司为星澜集团旗下企业，产能居前。",
        ("墨川纤维有限公司", "ownedBy", "星澜集团")),
    # ... said in a sentence that opens on 为: of the firm the paragraph named last
    yes("owner-is-unit-of-anaphor", {"星澜新材集团有限公司": E, "墨川陶瓷有限公司": E},
        "2.墨川陶瓷有限公司（以下简称“墨川陶瓷”）。为星澜新材集团有限公司核心企业，建有省级平台两个。",
        ("墨川陶瓷有限公司", "ownedBy", "星澜新材集团有限公司")),
    no("owner-is-unit-of-anaphor", {"星澜新材集团有限公司": E, "墨川陶瓷有限公司": E},
       "2.墨川陶瓷有限公司（以下简称“墨川陶瓷”）。为星澜新材集团有限公司长期供应商，建有省级平台两个。",
       ("墨川陶瓷有限公司", "ownedBy", "星澜新材集团有限公司")),
    # (the thing in quotes)
    yes("owner-co-built", {"星澜大学": I, "墨川集团": E, "青禾中试基地": PL},
        "星澜大学与墨川集团签约共建“青禾中试基地”，全年转化成果50项。",
        ("青禾中试基地", "ownedBy", "星澜大学"), ("青禾中试基地", "ownedBy", "墨川集团")),
    # a body builds it with a district: the body owns it, not the district
    yes("owner-by-with-place", {"星澜大学": I, "云溪区": L, "青禾中试基地": PL},
        "3.青禾中试基地，由星澜大学与云溪区共建，位于墨川镇。", ("青禾中试基地", "ownedBy", "星澜大学")),
    no("owner-by-with-place", {"星澜大学": I, "云溪区": L, "青禾中试基地": PL},
       "3.青禾中试基地，由星澜大学与云溪区共同评审，位于墨川镇。", ("青禾中试基地", "ownedBy", "星澜大学")),
    yes("owner-co-built", {"星澜大学": I, "墨川集团": E, "青禾中试基地": PL},
        "我们与星澜大学、墨川集团共建青禾中试基地，全年转化成果50项。",
        ("青禾中试基地", "ownedBy", "星澜大学"), ("青禾中试基地", "ownedBy", "墨川集团")),
    yes("owner-co-built", {"墨川集团": E, "青禾软件园": PL, "青禾算力中心二期": P},
        "推动墨川集团、青禾软件园联合共建青禾算力中心二期。", ("青禾算力中心二期", "ownedBy", "墨川集团")),
    # the bodies that sign to build it together (签约共建“X”)
    yes("owner-co-built", {"星澜大学": I, "墨川数智": E, "青禾智联": E, "云溪智造联合创新中心": P},
        "星澜大学与墨川数智、青禾智联签约共建“云溪智造联合创新中心”。",
        ("云溪智造联合创新中心", "ownedBy", "星澜大学"), ("云溪智造联合创新中心", "ownedBy", "墨川数智"),
        ("云溪智造联合创新中心", "ownedBy", "青禾智联")),
    no("owner-co-built", {"星澜大学": I, "墨川集团": E, "青禾中试基地": PL},
       "我们与星澜大学、墨川集团参观青禾中试基地。",
       ("青禾中试基地", "ownedBy", "星澜大学"), ("青禾中试基地", "ownedBy", "墨川集团")),
    yes("owner-names-project", {"墨川新材有限公司": E, "年产5万吨碳纤维项目": P},
        "其中，墨川新材有限公司（以下简称“墨川新材”）年产5万吨碳纤维项目签约落户。",
        ("年产5万吨碳纤维项目", "ownedBy", "墨川新材有限公司")),
    no("owner-names-project", {"墨川新材有限公司": E, "年产5万吨碳纤维项目": P},
       "其中，墨川新材有限公司、年产5万吨碳纤维项目签约落户。",
       ("年产5万吨碳纤维项目", "ownedBy", "墨川新材有限公司")),
    # 由X建设的Y names what X builds after it: not the project named before
    no("owner-by", {"星澜集团": E, "墨川数据港": P, "青禾智造园": P},
       "墨川数据港加快推进。由星澜集团投资建设的青禾智造园开工。", ("墨川数据港", "ownedBy", "星澜集团")),
    yes("owner-of", {"星澜集团": E, "星澜重工": E}, "星澜集团旗下的星澜重工加快发展。",
        ("星澜重工", "ownedBy", "星澜集团")),
    yes("owner-of", {"星澜新材料股份有限公司": E, "墨川锂业有限公司": E},
        "星澜新材料股份有限公司的全资子公司墨川锂业有限公司负责实施。", ("墨川锂业有限公司", "ownedBy", "星澜新材料股份有限公司")),
    yes("owner-of", {"青禾集团": E, "墨澜物流有限公司": E}, "青禾集团旗下子公司墨澜物流有限公司签约。",
        ("墨澜物流有限公司", "ownedBy", "青禾集团")),
    # (a firm of a name of its own: 星澜重工 beside 星澜集团 would be the group's by its name)
    no("owner-of", {"星澜集团": E, "墨川重工": E}, "星澜集团携手墨川重工加快发展。",
       ("墨川重工", "ownedBy", "星澜集团")),
    # X的Z项目: a project right after a firm and 的 is the firm's
    yes("owner-possessive", {"墨川新材有限公司": E, "年产5万吨碳纤维项目": P, "星澜锂电": E, "电芯二期项目": P},
        "墨川新材有限公司的年产5万吨碳纤维项目、星澜锂电的电芯二期项目已签约入驻。",
        ("年产5万吨碳纤维项目", "ownedBy", "墨川新材有限公司"), ("电芯二期项目", "ownedBy", "星澜锂电")),
    # (not with words between: the project is only near the firm)
    no("owner-possessive", {"墨川新材有限公司": E, "年产5万吨碳纤维项目": P},
       "墨川新材有限公司的配套企业参与年产5万吨碳纤维项目。",
       ("年产5万吨碳纤维项目", "ownedBy", "墨川新材有限公司")),
    # (nor a park or zone: 星澜集团的青禾产业园 may be one the district built for the firm)
    no("owner-possessive", {"星澜集团": E, "青禾产业园": PL}, "星澜集团的青禾产业园加快建设。",
       ("青禾产业园", "ownedBy", "星澜集团")),
    yes("owner-signs", {"星澜集团": E, "墨川数据港": P, "云溪区": L}, "星澜集团与云溪区签约建设墨川数据港。",
        ("墨川数据港", "ownedBy", "星澜集团")),
    yes("owner-signs", {"星澜集团": E, "墨川装备基地项目": P, "青禾新区": PL}, "星澜集团与青禾新区签约墨川装备基地项目。",
        ("墨川装备基地项目", "ownedBy", "星澜集团")),
    no("owner-signs", {"星澜集团": E, "墨川数据港": P, "云溪区": L}, "星澜集团与云溪区签约入驻墨川数据港。",
       ("墨川数据港", "ownedBy", "星澜集团")),
    yes("owner-joint", {"星澜大学": I, "墨川集团": E, "青禾研究院": PL},
        "青禾研究院是星澜大学与墨川集团共建的新型研发机构。",
        ("青禾研究院", "ownedBy", "星澜大学"), ("青禾研究院", "ownedBy", "墨川集团")),
    no("owner-joint", {"星澜大学": I, "墨川集团": E, "青禾研究院": PL},
       "青禾研究院是星澜大学与墨川集团参与的新型研发机构。",
       ("青禾研究院", "ownedBy", "星澜大学"), ("青禾研究院", "ownedBy", "墨川集团")),
    # -- inTrack ------------------------------------------------------------------------
    yes("home-main-tracks", {"青禾高新区": PL, "数字经济": T, "智能制造": T},
        "青禾高新区工作报告。\n我们聚焦数字经济、智能制造两大主导产业。",
        ("青禾高新区", "inTrack", "数字经济"), ("青禾高新区", "inTrack", "智能制造")),
    no("home-main-tracks", {"青禾高新区": PL, "数字经济": T, "智能制造": T},
       "青禾高新区工作报告。\n我们培育数字经济、智能制造等新兴领域。",
       ("青禾高新区", "inTrack", "数字经济")),
    # (a verb that settles them; a class word other than 主导; uncounted under a class word;
    # a chain's strands)
    yes("home-main-tracks", {"青禾高新区": PL, "星空材料": T, "墨川医药": T},
        "青禾高新区工作报告。\n园区确立星空材料、墨川医药两大主导产业。",
        ("青禾高新区", "inTrack", "星空材料"), ("青禾高新区", "inTrack", "墨川医药")),
    yes("home-main-tracks", {"青禾高新区": PL, "星空材料": T, "墨川医药": T},
        "青禾高新区工作报告。\n二是做强星空材料、墨川医药两大特色产业。",
        ("青禾高新区", "inTrack", "星空材料"), ("青禾高新区", "inTrack", "墨川医药")),
    yes("home-main-tracks", {"青禾高新区": PL, "星空材料": T, "墨川医药": T},
        "青禾高新区工作报告。\n我们聚焦星空材料、墨川医药等重点产业。",
        ("青禾高新区", "inTrack", "星空材料"), ("青禾高新区", "inTrack", "墨川医药")),
    yes("home-main-tracks", {"青禾高新区": PL, "星空材料": T, "墨川医药": T},
        "青禾高新区工作报告。\n我们围绕星空材料、墨川医药两条细分链条招引项目。",
        ("青禾高新区", "inTrack", "星空材料"), ("青禾高新区", "inTrack", "墨川医药")),
    # (clusters counted by their size: N个百亿级产业集群)
    yes("home-main-tracks", {"青禾高新区": PL, "星空材料": T, "墨川医药": T},
        "青禾高新区工作报告。\n全年形成星空材料、墨川医药2个百亿级产业集群。",
        ("青禾高新区", "inTrack", "星空材料"), ("青禾高新区", "inTrack", "墨川医药")),
    # (a track's own segments: 细分赛道 after a track that does the developing)
    no("home-main-tracks", {"青禾高新区": PL, "星澜材料": T, "星空材料": T, "墨川涂料": T},
       "青禾高新区工作报告。\n星澜材料产业主攻星空材料、墨川涂料两个细分赛道。",
       ("青禾高新区", "inTrack", "星空材料")),
    yes("home-main-tracks-more", {"青禾高新区": PL, "星空材料": T, "墨川医药": T, "云溪物流": T, "星澜文旅": T},
        "青禾高新区工作报告。\n我们围绕星空材料、墨川医药两大首位产业和云溪物流、星澜文旅两个新兴产业开展招商。",
        ("青禾高新区", "inTrack", "云溪物流"), ("青禾高新区", "inTrack", "星澜文旅")),
    yes("home-main-tracks-more", {"青禾高新区": PL, "星空材料": T, "墨川医药": T, "云溪物流": T},
        "青禾高新区工作报告。\n高新区已形成星空材料、墨川医药两条产业链，以及云溪物流等特色产业集群。",
        ("青禾高新区", "inTrack", "云溪物流")),
    no("home-main-tracks-more", {"青禾高新区": PL, "星空材料": T, "墨川医药": T, "云溪物流": T},
       "青禾高新区工作报告。\n星空材料、墨川医药两大产业和云溪物流企业签约合作。",
       ("青禾高新区", "inTrack", "云溪物流")),
    yes("home-main-tracks-named", {"青禾高新区": PL, "数字经济": T, "智能制造": T},
        "青禾高新区工作报告。\n数字经济、智能制造两大主导产业实现产值300亿元。",
        ("青禾高新区", "inTrack", "数字经济"), ("青禾高新区", "inTrack", "智能制造")),
    no("home-main-tracks-named", {"青禾高新区": PL, "数字经济": T, "智能制造": T},
       "青禾高新区工作报告。\n数字经济、智能制造两大行业协会召开年会。", ("青禾高新区", "inTrack", "数字经济")),
    yes("home-main-tracks-named", {"青禾高新区": PL, "星空材料": T, "墨川医药": T},
        "青禾高新区工作报告。\n星空材料和墨川医药两大特色产业产值增长12%。",
        ("青禾高新区", "inTrack", "星空材料"), ("青禾高新区", "inTrack", "墨川医药")),
    # (after 其中, or after the quoted label of a plan's formula)
    yes("home-main-tracks-named", {"青禾高新区": PL, "星空材料": T, "墨川医药": T},
        "青禾高新区工作报告。\n全区规上工业营收增长12%，其中星空材料、墨川医药两大主导产业贡献超过七成。",
        ("青禾高新区", "inTrack", "星空材料"), ("青禾高新区", "inTrack", "墨川医药")),
    yes("home-main-tracks-named", {"青禾高新区": PL, "星空材料": T, "墨川医药": T},
        "青禾高新区工作报告。\n高新区构建“2+3”产业体系：“2”是星空材料、墨川医药两个千亿级主导产业。",
        ("青禾高新区", "inTrack", "星空材料"), ("青禾高新区", "inTrack", "墨川医药")),
    # (not segments counted as such; not what an event's projects cover, mid-clause)
    no("home-main-tracks-named", {"青禾高新区": PL, "星空材料": T, "墨川医药": T},
       "青禾高新区工作报告。\n全区规上工业营收增长12%，其中星空材料、墨川医药两个细分领域增长较快。",
       ("青禾高新区", "inTrack", "星空材料"), ("青禾高新区", "inTrack", "墨川医药")),
    no("home-main-tracks-named", {"青禾高新区": PL, "星空材料": T, "墨川医药": T},
       "青禾高新区工作报告。\n本次集中开工项目35个，涵盖星空材料、墨川医药两大主导产业。",
       ("青禾高新区", "inTrack", "星空材料")),
    yes("home-track-as", {"青禾高新区": PL, "数字经济": T},
        "青禾高新区工作报告。\n我们坚持把数字经济作为首位产业。", ("青禾高新区", "inTrack", "数字经济")),
    no("home-track-as", {"青禾高新区": PL, "数字经济": T},
       "青禾高新区工作报告。\n我们坚持把数字经济作为培训内容。", ("青禾高新区", "inTrack", "数字经济")),
    yes("home-track-lead", {"青禾高新区": PL, "数字经济": T},
        "青禾高新区工作报告。\n青禾高新区坚持以数字经济产业为主导，加快转型。", ("青禾高新区", "inTrack", "数字经济")),
    yes("home-track-lead", {"青禾高新区": PL, "数字经济": T, "星空材料": T, "墨川医药": T},
        "青禾高新区工作报告。\n我们坚持以数字经济为主导，以星空材料、墨川医药为两翼。",
        ("青禾高新区", "inTrack", "星空材料"), ("青禾高新区", "inTrack", "墨川医药")),
    yes("home-track-lead", {"青禾高新区": PL, "数字经济": T, "星空材料": T, "墨川医药": T},
        "青禾高新区工作报告。\n园区以数字经济为主导产业，以星空材料、墨川医药为特色产业。",
        ("青禾高新区", "inTrack", "星空材料"), ("青禾高新区", "inTrack", "墨川医药")),
    no("home-track-lead", {"青禾高新区": PL, "数字经济": T},
       "青禾高新区工作报告。\n我们构建以数字经济为主导的产业体系。", ("青禾高新区", "inTrack", "数字经济")),
    yes("track-led-by-clause", {"星澜航空": E, "墨川通航": E, "航空": T},
        "青禾新区以星澜航空为龙头，已集聚各类航空企业120余家。", ("星澜航空", "inTrack", "航空")),
    yes("track-led-by-clause", {"星澜航空": E, "墨川通航": E, "航空": T},
        "以星澜航空、墨川通航为龙头，打造航空和星链装备两大集群。",
        ("星澜航空", "inTrack", "航空"), ("墨川通航", "inTrack", "航空")),
    no("track-led-by-clause", {"星澜航空": E, "墨川通航": E, "航空": T},
       "以星澜航空为龙头，带动墨川通航等航空企业扩产。", ("星澜航空", "inTrack", "航空")),
    yes("track-led-by", {"星澜航空": E, "航空": T}, "以星澜航空为龙头的航空产业集群初具规模。",
        ("星澜航空", "inTrack", "航空")),
    # (the clause still places the firm in the track: clause-track, not this pattern)
    no("track-led-by", {"星澜航空": E, "航空": T}, "以星澜航空为样板的航空产业集群初具规模。"),
    yes("track-led-by", {"星澜航空": E, "航空": T}, "全区形成了以星澜航空为代表的航空板块。",
        ("星澜航空", "inTrack", "航空")),
    yes("platform-clause-focus", {"青禾空天产业园": PL, "卫星制造": T, "航空电子": T},
        "青禾空天产业园总建筑面积12万平方米，重点发展卫星制造和航空电子。",
        ("青禾空天产业园", "inTrack", "卫星制造"), ("青禾空天产业园", "inTrack", "航空电子")),
    # the zone a document speaks for is no park that focuses (the district rule's)
    no("platform-clause-focus", {"青禾新区": PL, "卫星制造": T, "航空电子": T},
       "青禾新区工作报告。\n青禾新区将绘制产业链图谱，重点招引卫星制造和航空电子。"),
    # a park the clause relies on (依托X和Y，…) is the ground of the focus, not its holder
    yes("platform-clause-focus", {"青禾智造产业园": PL, "墨川物流园": PL, "机器人": T, "精密减速器": T},
        "青禾智造产业园依托墨川物流园，重点发展机器人和精密减速器。",
        ("青禾智造产业园", "inTrack", "机器人"), ("青禾智造产业园", "inTrack", "精密减速器")),
    no("platform-clause-focus", {"青禾智造产业园": PL, "墨川物流园": PL, "机器人": T, "精密减速器": T},
       "智能装备：依托青禾智造产业园和墨川物流园，汇聚一批企业，重点发展机器人和精密减速器。",
       ("墨川物流园", "inTrack", "机器人"), ("青禾智造产业园", "inTrack", "机器人")),
    # the kinds of firms a clause of the park's sentence takes in, the park in a clause before
    yes("platform-clause-kinds", {"青禾智谷": PL, "云溪街道": "Place", "星链软件": T, "墨川数据": T},
        "位于云溪街道的青禾智谷获评省级孵化器，集聚星链软件、墨川数据企业93家。",
        ("青禾智谷", "inTrack", "星链软件"), ("青禾智谷", "inTrack", "墨川数据")),
    yes("platform-clause-kinds", {"青禾小镇": PL, "星澜工具": T, "墨川配件": T},
        "启动青禾小镇建设，计划三年内引进星澜工具、墨川配件企业50家。",
        ("青禾小镇", "inTrack", "星澜工具"), ("青禾小镇", "inTrack", "墨川配件")),
    # (a park named after the clause, where the firms land: not the one taking them in)
    no("platform-clause-kinds", {"青禾小镇": PL, "星澜工具": T, "墨川配件": T},
       "计划三年内引进星澜工具、墨川配件企业50家，落户青禾小镇。",
       ("青禾小镇", "inTrack", "星澜工具")),
    # the kinds of firms the park a sentence opens on by its kind word takes in (园区…，首批入驻A等领域企业)
    yes("platform-kinds-anaphor", {"星澜创新创业园": PL, "云溪路": "Place", "海工装备": T, "智能机器人": T},
        "星澜创新创业园上月揭牌。园区地处云溪路北侧，计划引进海工装备、智能机器人类企业30家。",
        ("星澜创新创业园", "inTrack", "海工装备"), ("星澜创新创业园", "inTrack", "智能机器人")),
    yes("platform-kinds-anaphor", {"青禾企业孵化器": PL, "星澜投资有限公司": E, "新材料": T, "电子信息": T},
        "青禾企业孵化器今年揭牌。这一孵化器交由星澜投资有限公司管理，主要孵化新材料、电子信息方向的创新型企业。",
        ("青禾企业孵化器", "inTrack", "新材料"), ("青禾企业孵化器", "inTrack", "电子信息")),
    yes("platform-kinds-anaphor", {"青禾生物医药园": PL, "云溪区": "Place", "化学药": T, "现代中药": T},
        "青禾生物医药园地处云溪区南部。截至目前，园区累计吸引化学药、现代中药等行业的上下游企业58家。",
        ("青禾生物医药园", "inTrack", "化学药"), ("青禾生物医药园", "inTrack", "现代中药")),
    # (the park signs with firms of a kind, it takes none in; the kinds are no firms: 应用场景)
    no("platform-kinds-anaphor", {"青禾生物医药园": PL, "云溪区": "Place", "化学药": T, "现代中药": T},
       "青禾生物医药园位于云溪区。园区已与化学药、现代中药等领域企业签约合作。",
       ("青禾生物医药园", "inTrack", "化学药")),
    no("platform-kinds-anaphor", {"星澜创新创业园": PL, "海工装备": T, "智能机器人": T},
       "星澜创新创业园上月揭牌。园区计划引进海工装备、智能机器人等应用场景9个。",
       ("星澜创新创业园", "inTrack", "海工装备")),
    yes("platform-segments-anaphor", {"青禾空天产业园": PL, "卫星制造": T, "航空电子": T},
        "星澜集团等企业集聚在青禾空天产业园，园区细分领域包括卫星制造和航空电子。",
        ("青禾空天产业园", "inTrack", "卫星制造"), ("青禾空天产业园", "inTrack", "航空电子")),
    no("platform-segments-anaphor", {"青禾空天产业园": PL, "卫星制造": T, "航空电子": T},
       "星澜集团等企业集聚在青禾空天产业园，园区配套设施包括卫星制造和航空电子展厅。",
       ("青禾空天产业园", "inTrack", "卫星制造")),
    yes("home-track-is", {"青禾高新区": PL, "数字经济": T},
        "青禾高新区工作报告。\n数字经济是高新区着力打造的一号产业。", ("青禾高新区", "inTrack", "数字经济")),
    no("home-track-is", {"青禾高新区": PL, "数字经济": T, "星澜科技": E},
       "青禾高新区工作报告。\n数字经济是星澜科技着力打造的一号产业。", ("青禾高新区", "inTrack", "数字经济")),
    yes("home-counted-tracks", {"青禾高新区": PL, "星空材料": T, "墨川医药": T},
        "青禾高新区工作报告。\n青禾高新区着力壮大星空材料、墨川医药两大主导产业，力争年产值突破千亿。",
        ("青禾高新区", "inTrack", "星空材料"), ("青禾高新区", "inTrack", "墨川医药")),
    no("home-counted-tracks", {"青禾高新区": PL, "星空材料": T, "墨川医药": T},
       "青禾高新区工作报告。\n青禾高新区着力壮大星空材料、墨川医药企业，力争年产值突破千亿。",
       ("青禾高新区", "inTrack", "星空材料")),
    yes("located-first-batch", {**FIRMS, **PARK, "云溪区": L},
        "日前，位于云溪区的青禾科技园正式开园，星澜科技、墨川网络等首批18家企业入驻。",
        ("星澜科技", LOC, "青禾科技园"), ("墨川网络", LOC, "青禾科技园")),
    no("located-first-batch", {**FIRMS, **PARK},
       "日前，青禾科技园正式开园，星澜科技、墨川网络等企业前来参观。", ("星澜科技", LOC, "青禾科技园")),
    yes("platform-chain-covers", {"青禾芯谷": PL, "光刻材料": T, "先进封装": T},
        "青禾芯谷已形成涵盖光刻材料、先进封装等环节的完整链条。",
        ("青禾芯谷", "inTrack", "光刻材料"), ("青禾芯谷", "inTrack", "先进封装")),
    no("platform-chain-covers", {"青禾芯谷": PL, "光刻材料": T, "先进封装": T},
       "青禾芯谷今年建成投用。\n光刻材料、先进封装等环节发展加快。", ("青禾芯谷", "inTrack", "光刻材料")),
    yes("owner-sets-up", {"星澜科技": E, "云溪": L, "华南服务中心": P}, "装备方面，星澜科技在云溪设立华南服务中心。",
        ("华南服务中心", "ownedBy", "星澜科技")),
    no("owner-sets-up", {"星澜科技": E, "云溪": L, "华南服务中心": P}, "星澜科技在云溪参观华南服务中心。"),
    # (…在P建有/设有Z: what the firm has there is its own)
    yes("owner-sets-up", {"星澜生物": E, "云溪片区": PL, "青禾疫苗产业化基地": P},
        "生物医药方面，星澜生物在云溪片区建有青禾疫苗产业化基地。", ("青禾疫苗产业化基地", "ownedBy", "星澜生物")),
    yes("owner-sets-up", {"星澜生物": E, "云溪片区": PL, "青禾疫苗产业化基地": P},
        "星澜生物在云溪片区设有青禾疫苗产业化基地。", ("青禾疫苗产业化基地", "ownedBy", "星澜生物")),
    no("owner-sets-up", {"星澜生物": E, "云溪片区": PL, "青禾疫苗产业化基地": P},
       "星澜生物在云溪片区参观了青禾疫苗产业化基地。", ("青禾疫苗产业化基地", "ownedBy", "星澜生物")),

    yes("owner-sets-up", {"星澜科技": E, "云溪": L, "华南服务中心": P}, "装备方面，星澜科技在云溪建设华南服务中心。",
        ("华南服务中心", "ownedBy", "星澜科技")),
    # X投资N亿元建设Z / 支持X建设Z: the firm whose clause builds the thing, no place between
    yes("owner-builds", {"星澜食品有限公司": E, "墨川预制菜生产基地": P},
        "签约项目中，星澜食品有限公司投资12亿元建设墨川预制菜生产基地。",
        ("墨川预制菜生产基地", "ownedBy", "星澜食品有限公司")),
    yes("owner-builds", {"星澜光电": E, "墨川背光模组项目": P, "云溪封装项目": P},
        "支持星澜光电新建墨川背光模组项目、云溪封装项目，确保年内投产。",
        ("墨川背光模组项目", "ownedBy", "星澜光电"), ("云溪封装项目", "ownedBy", "星澜光电")),
    # ... not a firm the builder leans on
    no("owner-builds", {"星澜光电": E, "墨川背光模组项目": P}, "依托星澜光电建设墨川背光模组项目。"),
    no("owner-builds", {"星澜光电": E, "墨川背光模组项目": P}, "星澜光电参观墨川背光模组项目。"),
    # 该企业投资建设的X: the firm named before builds it
    yes("owner-built-anaphor", {"星澜重工集团有限公司": E, "星澜焊装产业园": PL},
        "链主企业为星澜重工集团有限公司，该企业投资建设的星澜焊装产业园已投产。",
        ("星澜焊装产业园", "ownedBy", "星澜重工集团有限公司")),
    no("owner-built-anaphor", {"星澜重工集团有限公司": E, "星澜焊装产业园": PL},
       "链主企业为星澜重工集团有限公司，该企业入驻的星澜焊装产业园已投产。"),
    # a line of a list of projects naming its builder (建设单位：Z)
    yes("owner-unit-label", {"墨川数控智造基地": P, "青禾经开区": PL, "青禾墨川数控有限公司": E},
        "■墨川数控智造基地  总投资12亿元  青禾经开区  建设单位：青禾墨川数控有限公司",
        ("墨川数控智造基地", "ownedBy", "青禾墨川数控有限公司")),
    no("owner-unit-label", {"墨川数控智造基地": P, "青禾经开区": PL, "青禾墨川数控有限公司": E},
       "■墨川数控智造基地  总投资12亿元  青禾经开区  监理单位：青禾墨川数控有限公司"),
    # ... the unit named in a later clause of the project's sentence (，建设单位为Z)
    yes("owner-unit-clause", {"墨川数据中心项目": P, "白沙街道": L, "云溪城发集团": E},
        "墨川数据中心项目选址于白沙街道，建设单位为云溪城发集团。",
        ("墨川数据中心项目", "ownedBy", "云溪城发集团")),
    # ... not across another project named between
    no("owner-unit-clause", {"墨川数据中心项目": P, "青禾物流园项目": P, "云溪城发集团": E},
       "墨川数据中心项目已开工，青禾物流园项目建设单位为云溪城发集团。"),
    yes("located-relied-on", {**FIRMS, "青禾智造产业园": PL}, "智能装备：依托青禾智造产业园，汇聚星澜科技、墨川网络等企业，重点发展机器人。",
        ("星澜科技", LOC, "青禾智造产业园"), ("墨川网络", LOC, "青禾智造产业园")),
    # (what the clause develops is a track, and a firm relied on is no place)
    no("located-relied-on", {**FIRMS, "青禾智造产业园": PL}, "依托青禾智造产业园，服务星澜科技、墨川网络等企业。"),
    yes("located-verb-list", {**FIRMS, "青禾电子产业园": PL}, "今年引进星澜科技、墨川网络等一批配套企业，入驻青禾电子产业园。",
        ("星澜科技", LOC, "青禾电子产业园"), ("墨川网络", LOC, "青禾电子产业园")),
    # the zone the document speaks for (我们) brings firms in: it does not settle in the park
    no("located-topic-site", {"青禾新区": PL, **FIRMS, "墨川电子产业园": PL},
       ("青禾新区新闻发布会", "青禾新区持续发力。\n同时，我们引进了星澜科技、墨川网络等一批企业，入驻墨川电子产业园。"),
       ("青禾新区", LOC, "墨川电子产业园")),
    no("located-at", {"青禾新区": PL, "墨川镇": L, "星澜算力园": PL},
       ("青禾新区新闻发布会", "青禾新区持续发力。\n同时，我们在墨川镇规划建设星澜算力园，重点引进企业。"),
       ("青禾新区", LOC, "墨川镇")),
    yes("home-led-track", {"青禾高新区": PL, "星澜航空": E, "墨川通航": E, "航空": T},
        "青禾高新区工作报告。\n青禾高新区已形成以星澜航空、墨川通航为龙头的航空产业集群。",
        ("青禾高新区", "inTrack", "航空")),
    yes("home-led-track", {"青禾高新区": PL, "星澜航空": E, "航空": T},
        "青禾高新区工作报告。\n高新区以星澜航空为龙头，已集聚各类航空企业120余家。", ("青禾高新区", "inTrack", "航空")),
    no("home-led-track", {"青禾高新区": PL, "星澜航空": E, "航空": T, "云溪园": PL},
       "青禾高新区工作报告。\n云溪园以星澜航空为龙头，已集聚各类航空企业120余家。", ("青禾高新区", "inTrack", "航空")),
    yes("home-track-of", {"青禾高新区": PL, "生物医药": T},
        "青禾高新区工作报告。\n高新区生物医药产业快速增长。", ("青禾高新区", "inTrack", "生物医药")),
    yes("home-track-of", {"青禾高新区": PL, "星空材料": T, "墨川医药": T},
        "青禾高新区新闻发布会。\n今天介绍青禾高新区星空材料、墨川医药两条产业链的进展。",
        ("青禾高新区", "inTrack", "星空材料"), ("青禾高新区", "inTrack", "墨川医药")),
    yes("home-track-of", {"青禾高新区": PL, "星空材料": T, "墨川医药": T},
        "青禾高新区新闻发布会。\n今天介绍青禾高新区星空材料和墨川医药产业的进展。",
        ("青禾高新区", "inTrack", "星空材料"), ("青禾高新区", "inTrack", "墨川医药")),
    no("home-track-of", {"青禾高新区": PL, "生物医药": T, "星澜科技园": PL},
       "青禾高新区工作报告。\n星澜科技园生物医药产业快速增长。", ("青禾高新区", "inTrack", "生物医药")),
    yes("platform-focus", {**PARK, "数字经济": T, "智能制造": T}, "青禾科技园则聚焦数字经济与智能制造。",
        ("青禾科技园", "inTrack", "数字经济"), ("青禾科技园", "inTrack", "智能制造")),
    no("platform-focus", {**PARK, "数字经济": T, "智能制造": T}, "青禾科技园则对接数字经济与智能制造。"),
    yes("platform-focus", {**PARK, "数字经济": T, "智能制造": T}, "青禾科技园主要承接数字经济和智能制造产业。",
        ("青禾科技园", "inTrack", "数字经济"), ("青禾科技园", "inTrack", "智能制造")),
    yes("platform-focus", {**PARK, "数字经济": T, "智能制造": T}, "青禾科技园则集中布局数字经济和智能制造产业。",
        ("青禾科技园", "inTrack", "数字经济"), ("青禾科技园", "inTrack", "智能制造")),
    # a lab, a park's project: the thing its clause chain opens on focuses, not the place it lies in
    yes("topic-clause-focus", {"青禾量子实验室": I, "云溪科学城": PL, "量子通信": T, "光芯片": T},
        "青禾量子实验室位于云溪科学城，聚焦量子通信和光芯片开展研究。",
        ("青禾量子实验室", "inTrack", "量子通信"), ("青禾量子实验室", "inTrack", "光芯片")),
    yes("topic-clause-focus", {"星澜智造园二期项目": P, "云溪科学城": PL, "量子通信": T, "光芯片": T},
        "同时，星澜智造园二期项目位于云溪科学城，建成后将重点引进量子通信、光芯片等领域企业。",
        ("星澜智造园二期项目", "inTrack", "量子通信"), ("星澜智造园二期项目", "inTrack", "光芯片")),
    yes("topic-clause-focus", {"星澜配套产业园": PL, "墨川工厂": P, "量子通信": T, "光芯片": T},
        "星澜配套产业园位于云溪镇，紧邻墨川工厂，规划引进量子通信、光芯片等配套企业。",
        ("星澜配套产业园", "inTrack", "量子通信"), ("星澜配套产业园", "inTrack", "光芯片")),
    no("topic-clause-focus", {"青禾量子实验室": I, "量子通信": T, "光芯片": T},
       "青禾量子实验室位于云溪科学城，对接量子通信和光芯片企业。", ("青禾量子实验室", "inTrack", "量子通信")),
    # a clause chain opening on its builder (由…建设的X): X is the topic, not the builder
    yes("topic-clause-focus", {"白露大学": I, "青禾量子实验室": I, "量子通信": T},
        "由白露大学牵头建设的青禾量子实验室，聚焦量子通信开展研究。", ("青禾量子实验室", "inTrack", "量子通信")),
    # (a clause chain opening on no thing names no topic)
    no("topic-clause-focus", {"白露大学": I, "青禾量子实验室": I, "量子通信": T},
       "参照白露大学建设的青禾量子实验室，聚焦量子通信开展研究。", ("白露大学", "inTrack", "量子通信")),
    yes("platform-focus-anaphor", {**PARK, "数字经济": T, "智能制造": T},
        "青禾科技园加快发展。园区聚焦数字经济、智能制造两个方向。",
        ("青禾科技园", "inTrack", "数字经济"), ("青禾科技园", "inTrack", "智能制造")),
    no("platform-focus-anaphor", {**PARK, "数字经济": T, "智能制造": T},
       "青禾科技园加快发展。\n园区聚焦数字经济、智能制造两个方向。", ("青禾科技园", "inTrack", "数字经济")),
    yes("firms-in-field", {**FIRMS, "工业软件": T, "信创": T}, "鼓励星澜科技、墨川网络等企业在工业软件、信创领域加大投入。",
        ("星澜科技", "inTrack", "工业软件"), ("墨川网络", "inTrack", "信创"), ("星澜科技", "inTrack", "信创")),
    no("firms-in-field", {**FIRMS, "工业软件": T, "云溪区": L}, "鼓励星澜科技、墨川网络等企业在云溪区加大工业软件投入。"),
    yes("thing-is-of-track", {"青禾先导院": I, "光电子": T}, "青禾先导院是省级光电子产业公共服务平台。",
        ("青禾先导院", "inTrack", "光电子")),
    no("thing-is-of-track", {"青禾先导院": I, "光电子": T}, "青禾先导院是省级光电子产业发展的见证者。"),
    yes("topic-is-of-track", {"星澜储能基地三期项目": P, "新型储能": T, "云溪产业区": PL},
        "星澜储能基地三期项目落户云溪产业区，总投资60亿元，是新型储能领域又一重大项目。",
        ("星澜储能基地三期项目", "inTrack", "新型储能")),
    no("topic-is-of-track", {"星澜储能基地三期项目": P, "新型储能": T, "云溪产业区": PL},
       "星澜储能基地三期项目落户云溪产业区，总投资60亿元，是新型储能规模增长的关键。"),
    yes("platform-segments", {**PARK, "数字经济": T, "智能制造": T}, "青禾科技园细分领域涵盖数字经济和智能制造。",
        ("青禾科技园", "inTrack", "数字经济"), ("青禾科技园", "inTrack", "智能制造")),
    no("platform-segments", {**PARK, "数字经济": T, "智能制造": T}, "青禾科技园服务领域涵盖数字经济和智能制造。"),
    # -- subTrackOf ---------------------------------------------------------------------
    yes("sub-tracks-include", {"生物医药": T, "创新药": T, "医疗器械": T},
        "生物医药产业加快发展，细分领域包括创新药和医疗器械。",
        ("创新药", "subTrackOf", "生物医药"), ("医疗器械", "subTrackOf", "生物医药")),
    # (the track named earlier in the paragraph)
    yes("sub-tracks-include", {"生物医药": T, "创新药": T, "医疗器械": T},
        "生物医药产业加快发展。细分领域包括创新药和医疗器械。",
        ("创新药", "subTrackOf", "生物医药"), ("医疗器械", "subTrackOf", "生物医药")),
    no("sub-tracks-include", {"生物医药": T, "创新药": T, "医疗器械": T},
       "生物医药产业加快发展。\n细分领域包括创新药和医疗器械。",
       ("创新药", "subTrackOf", "生物医药"), ("医疗器械", "subTrackOf", "生物医药")),
    # (the paragraph's track, not the kind of firms named on the way: 船舶企业)
    yes("sub-tracks-include", {"海洋经济": T, "船舶": T, "海洋牧场": T, "港口物流": T, "星澜科技": E, "墨川网络": E},
        "海洋经济是青禾区的重要支柱。区内集聚了星澜科技、墨川网络等船舶企业80家，细分领域包括海洋牧场和港口物流。",
        ("海洋牧场", "subTrackOf", "海洋经济"), ("港口物流", "subTrackOf", "海洋经济")),
    # a chain's stage: its links (（一）上游：T。上游环节主要包括A、B)
    yes("sub-tracks-include", {"温控模组": T, "星材基板": T, "轴承": T},
        "（一）上游：温控模组。上游环节涵盖星材基板和轴承。",
        ("星材基板", "subTrackOf", "温控模组"), ("轴承", "subTrackOf", "温控模组")),
    no("sub-tracks-include", {"温控模组": T, "星材基板": T, "轴承": T},
       "（一）上游：温控模组。审批环节涵盖星材基板和轴承。"),
    yes("sub-tracks-directions", {"生物医药": T, "创新药": T, "医疗器械": T},
        "生物医药产业主要包括创新药、医疗器械两个方向。",
        ("创新药", "subTrackOf", "生物医药"), ("医疗器械", "subTrackOf", "生物医药")),
    no("sub-tracks-directions", {"生物医药": T, "创新药": T, "医疗器械": T},
       "生物医药产业带动创新药、医疗器械两个方向。"),
    yes("sub-tracks-chain", {"集成电路": T, "芯片设计": T, "封装测试": T},
        "集成电路产业快速发展，形成了涵盖芯片设计、封装测试的完整产业链。",
        ("芯片设计", "subTrackOf", "集成电路"), ("封装测试", "subTrackOf", "集成电路")),
    no("sub-tracks-chain", {"集成电路": T, "芯片设计": T, "封装测试": T},
       "集成电路产业快速发展，形成了涵盖芯片设计、封装测试的完整生态。"),
    # (the chain's links are peers of the core the sentence made a segment, not its parts)
    yes("sub-tracks-chain", {"海洋经济": T, "海洋牧场": T, "港口物流": T, "船舶配套": T},
        "十年来，青禾区的海洋经济产业加快集聚，形成了以海洋牧场为核心，覆盖港口物流、船舶配套的完整产业链。",
        ("港口物流", "subTrackOf", "海洋经济"), ("船舶配套", "subTrackOf", "海洋经济")),
    yes("sub-tracks-core", {"新能源汽车": T, "动力电池": T},
        "新能源汽车产业加快集聚，形成了以动力电池为核心的产业格局。", ("动力电池", "subTrackOf", "新能源汽车")),
    no("sub-tracks-core", {"新能源汽车": T, "动力电池": T},
       "新能源汽车产业加快集聚，形成了以动力电池为补充的产业格局。"),
    yes("sub-tracks-among", {"人工智能": T, "机器视觉": T, "语音识别": T},
        "人工智能产业蓬勃发展，其中机器视觉和语音识别是发展最快的两个环节。",
        ("机器视觉", "subTrackOf", "人工智能"), ("语音识别", "subTrackOf", "人工智能")),
    # the pattern's own comment: segments of the track the *paragraph* is about (the head
    # track 机器视觉 is one of the match's own things)
    yes("sub-tracks-among", {"人工智能": T, "机器视觉": T, "语音识别": T},
        "人工智能产业蓬勃发展。其中机器视觉和语音识别是发展最快的两个环节。",
        ("机器视觉", "subTrackOf", "人工智能"), ("语音识别", "subTrackOf", "人工智能")),
    no("sub-tracks-among", {"人工智能": T, "机器视觉": T, "语音识别": T},
       "人工智能产业蓬勃发展，其中机器视觉和语音识别增长最快。"),
    yes("sub-tracks-among-after", {"海洋经济": T, "海洋牧场": T, "港口物流": T, "星澜科技": E},
        "海洋经济方面，青禾区集聚了星澜科技等企业，海洋牧场和港口物流是其中起步最早的两个细分领域。",
        ("海洋牧场", "subTrackOf", "海洋经济"), ("港口物流", "subTrackOf", "海洋经济")),
    no("sub-tracks-among-after", {"海洋经济": T, "海洋牧场": T, "港口物流": T, "星澜科技": E},
       "海洋经济方面，青禾区集聚了星澜科技等企业，海洋牧场和港口物流是起步最早的两个细分领域。"),
    yes("sub-tracks-count-members", {"智能家电": T, "厨房电器": T, "清洁电器": T},
        "青禾新区现有智能家电企业85家，其中厨房电器、清洁电器等整机企业营收增长两成。",
        ("厨房电器", "subTrackOf", "智能家电"), ("清洁电器", "subTrackOf", "智能家电")),
    # a count of the firms the track serves, not of the track's: no segments
    no("sub-tracks-count-members", {"智能家电": T, "厨房电器": T, "清洁电器": T},
       "青禾新区走访智能家电企业85家后发现，厨房电器、清洁电器等整机企业营收增长两成。",
       ("厨房电器", "subTrackOf", "智能家电")),
    yes("sub-tracks-items", {"集成电路": T, "光刻胶": T, "靶材": T},
        "集成电路材料环节偏弱，光刻胶、靶材等关键材料依赖外部。",
        ("光刻胶", "subTrackOf", "集成电路"), ("靶材", "subTrackOf", "集成电路")),
    # (A、B等环节初步贯通: the links of the chain)
    yes("sub-tracks-items", {"集成电路": T, "光刻胶": T, "靶材": T},
        "集成电路领域，光刻胶、靶材等环节逐步完善。",
        ("光刻胶", "subTrackOf", "集成电路"), ("靶材", "subTrackOf", "集成电路")),
    no("sub-tracks-items", {"集成电路": T, "光刻胶": T, "靶材": T},
       "集成电路配套偏弱，光刻胶、靶材等企业依赖外部。"),
    # (…等环节的T全链条: the track named after them, sub-tracks-chain-named)
    no("sub-tracks-items", {"电子信息": T, "智能网联": T, "车规芯片": T, "激光雷达": T},
       "电子信息领域，构建涵盖车规芯片、激光雷达等环节的智能网联全链条。"),
    yes("sub-tracks-chain-named", {"电子信息": T, "智能网联": T, "车规芯片": T, "激光雷达": T},
        "电子信息方面，青禾区构建涵盖车规芯片、激光雷达等环节的智能网联全链条生态。",
        ("车规芯片", "subTrackOf", "智能网联"), ("激光雷达", "subTrackOf", "智能网联")),
    no("sub-tracks-chain-named", {"电子信息": T, "智能网联": T, "车规芯片": T, "激光雷达": T},
       "电子信息方面，青禾区构建涵盖车规芯片、激光雷达等环节的智能网联招商专班。",
       ("车规芯片", "subTrackOf", "智能网联"), ("激光雷达", "subTrackOf", "智能网联")),
    yes("sub-tracks-bracketed", {"星材部件": T, "海参育苗": T, "轴承": T},
        "青禾区重点发展星材部件产业（海参育苗和轴承）。",
        ("海参育苗", "subTrackOf", "星材部件"), ("轴承", "subTrackOf", "星材部件")),
    no("sub-tracks-bracketed", {"星材部件": T, "海参育苗": T, "轴承": T},
       "青禾区重点发展星材部件产业（海参育苗和轴承除外）。",
       ("海参育苗", "subTrackOf", "星材部件"), ("轴承", "subTrackOf", "星材部件")),
    yes("sub-tracks-part-of", {"海洋牧场": T, "海洋经济": T},
        "海洋牧场是青禾区海洋经济的重要增长极。", ("海洋牧场", "subTrackOf", "海洋经济")),
    no("sub-tracks-part-of", {"海洋牧场": T, "海洋经济": T},
       "海洋牧场是青禾区海洋经济的重要保障。", ("海洋牧场", "subTrackOf", "海洋经济")),
    # -- partOf -------------------------------------------------------------------------
    yes("part-belongs", {"青禾经开区": PL, "星澜产业园": PL}, "星澜产业园隶属于青禾经开区。",
        ("星澜产业园", "partOf", "青禾经开区")),
    no("part-belongs", {"青禾经开区": PL, "星澜产业园": PL}, "星澜产业园毗邻青禾经开区。",
       ("星澜产业园", "partOf", "青禾经开区")),
    yes("part-core-areas", {"青禾经开区": PL, "星澜片区": L, "墨川片区": L},
        "青禾经开区加快发展，以星澜片区、墨川片区为核心，推进产城融合。",
        ("星澜片区", "partOf", "青禾经开区"), ("墨川片区", "partOf", "青禾经开区")),
    no("part-core-areas", {"青禾经开区": PL, "星澜片区": L, "墨川片区": L},
       "青禾经开区加快发展，以星澜片区、墨川片区为样板，推进产城融合。"),
    yes("part-topic-area-of", {"星澜科技城": PL, "青禾高新园": PL, "云溪区": L},
        "星澜科技城位于云溪区北部，规划面积30平方公里，是青禾高新园的主要片区和省级创新示范区。",
        ("星澜科技城", "partOf", "青禾高新园")),
    # a zone compared with, not one it is part of
    no("part-topic-area-of", {"星澜科技城": PL, "青禾高新园": PL, "云溪区": L},
       "星澜科技城位于云溪区北部，规划面积30平方公里，是青禾高新园的主要片区的两倍。",
       ("星澜科技城", "partOf", "青禾高新园")),
    # ... one of the parks a whole builds (是Y建设的重点园区之一)
    yes("part-topic-area-of", {"星澜新区": PL, "青禾保税港": PL, "云溪市": L},
        "星澜新区地处云溪市以东，面积90平方公里，是青禾保税港打造的重点园区之一。",
        ("星澜新区", "partOf", "青禾保税港")),
    # the part named right before the copula, opening its clause
    yes("part-is-area-of", {"墨川材料园": PL, "青禾经开区": PL},
        "墨川材料园是青禾经开区的主体片区，今年新增厂房3栋。",
        ("墨川材料园", "partOf", "青禾经开区")),
    # ... its core area; a town it governs
    yes("part-topic-area-of", {"白沙街道": L, "青禾经开区": PL}, "白沙街道地处城区东部，是青禾经开区的核心区。",
        ("白沙街道", "partOf", "青禾经开区")),
    yes("part-is-area-of", {"墨溪镇": L, "青禾经开区": PL}, "墨溪镇是青禾经开区下辖的工业强镇。",
        ("墨溪镇", "partOf", "青禾经开区")),
    # (near miss: a town beside the zone's, no word of governing)
    no("part-is-area-of", {"墨溪镇": L, "青禾经开区": PL}, "墨溪镇是青禾经开区周边的工业强镇。",
       ("墨溪镇", "partOf", "青禾经开区")),
    no("part-is-area-of", {"墨川材料园": PL, "青禾经开区": PL},
       "墨川材料园是青禾经开区的主体企业集聚地。",
       ("墨川材料园", "partOf", "青禾经开区")),
    yes("part-governed", {"青禾高新区": PL, "星澜科技园": PL, "墨川产业园": PL},
        "青禾高新区下辖星澜科技园、墨川产业园等园区。",
        ("星澜科技园", "partOf", "青禾高新区"), ("墨川产业园", "partOf", "青禾高新区")),
    no("part-governed", {"青禾高新区": PL, "星澜科技园": PL, "墨川产业园": PL},
       "青禾高新区对接星澜科技园、墨川产业园等园区。", ("星澜科技园", "partOf", "青禾高新区")),
    # pieces of the areas listed (A、B部分区域) are the whole's, not the areas
    no("part-governed", {"青禾高新区": PL, "白沙街道": L, "星澜镇": L},
       "青禾高新区下辖白沙街道、星澜镇部分区域。",
       ("白沙街道", "partOf", "青禾高新区"), ("星澜镇", "partOf", "青禾高新区")),
    yes("part-topic-governed", {"青禾高新区": PL, "星澜科技园": PL, "墨川产业园": PL},
        "青禾高新区已形成“一区多园”格局，下辖星澜科技园、墨川产业园等园区。",
        ("星澜科技园", "partOf", "青禾高新区"), ("墨川产业园", "partOf", "青禾高新区")),
    no("part-topic-governed", {"青禾高新区": PL, "星澜科技园": PL, "墨川产业园": PL},
       "青禾高新区已形成“一区多园”格局，对接星澜科技园、墨川产业园等园区。"),
    yes("part-topic-governed", {"墨川区": L, "云溪市": L, "白沙街道": L, "星澜镇": L},
        "墨川区地处云溪市南部，总面积96平方公里，辖白沙街道、星澜镇。",
        ("白沙街道", "partOf", "墨川区"), ("星澜镇", "partOf", "墨川区")),
    yes("located-is-of", {"星澜商圈": C, "青禾": L}, "星澜商圈是青禾最热闹的老牌商圈，周末游人如织。",
        ("星澜商圈", LOC, "青禾")),
    no("located-is-of", {"星澜商圈": C, "青禾": L}, "星澜商圈是青禾最具人气的地方之一。", ("星澜商圈", LOC, "青禾")),
    # the areas a zone sets up or a new area takes charge of
    yes("part-governed", {"青禾开发区": PL, "白沙片区": L, "星澜片区": L},
        "青禾开发区下设白沙片区和星澜片区。",
        ("白沙片区", "partOf", "青禾开发区"), ("星澜片区", "partOf", "青禾开发区")),
    yes("part-governed", {"墨川新区": PL, "白沙街道": L, "星澜街道": L},
        "墨川新区托管白沙街道、星澜街道。",
        ("白沙街道", "partOf", "墨川新区"), ("星澜街道", "partOf", "墨川新区")),
    # a heading run into the sentence: the chain opens on no place, the document's district governs
    yes("part-topic-governed", {"墨川区": L, "白沙街道": L, "星澜镇": L},
        ("墨川区情况介绍", "一、概况：一座“古城”墨川区是一座古城，总面积96平方公里，辖白沙街道、星澜镇等2个乡镇（街道）。"),
        ("白沙街道", "partOf", "墨川区"), ("星澜镇", "partOf", "墨川区")),
    no("part-topic-governed", {"墨川区": L, "白沙街道": L, "星澜镇": L},
       ("墨川区情况介绍", "一、概况：墨川区是一座古城，总面积96平方公里，对接白沙街道、星澜镇等2个乡镇（街道）。"),
       ("白沙街道", "partOf", "墨川区")),
    # the areas a zone is made of (由A、B和C三部分组成, 由A、B“一区两片”组成): the place the clause chain opens on
    yes("part-composed", {"星澜高新区": PL, "白沙片区": L, "墨溪片区": L, "云岫产业园": PL},
        "星澜高新区始建于1992年，规划面积30平方公里，由白沙片区、墨溪片区和云岫产业园三部分组成。",
        ("白沙片区", "partOf", "星澜高新区"), ("墨溪片区", "partOf", "星澜高新区"),
        ("云岫产业园", "partOf", "星澜高新区")),
    yes("part-composed", {"星澜高新区": PL, "白沙片区": L, "墨溪片区": L},
        "星澜高新区规划面积30平方公里，由白沙片区、墨溪片区“一区两片”组成。",
        ("白沙片区", "partOf", "星澜高新区"), ("墨溪片区", "partOf", "星澜高新区")),
    # (near miss: members that are no areas of the whole: firms of the parks make up the league)
    no("part-composed", {"星澜联盟": PL, "白沙产业园": PL, "墨溪科技园": PL},
       "星澜联盟成立于去年，由白沙产业园、墨溪科技园的企业组成。",
       ("白沙产业园", "partOf", "星澜联盟")),
    yes("part-adjacent-zone", {"青禾高新区": PL, "星澜科技园": PL}, "青禾高新区星澜科技园加快发展。",
        ("星澜科技园", "partOf", "青禾高新区")),
    no("part-adjacent-zone", {"青禾高新区": PL, "星澜科技园": PL}, "青禾高新区和星澜科技园加快发展。",
       ("星澜科技园", "partOf", "青禾高新区")),
    # where the home's trade or industry gathers, the home opening the clause by a word or by name
    yes("located-home-gathers-in", {"青禾新区": PL, "星澜万达广场商圈": C, "墨川大道": L},
        "青禾新区经济运行情况。\n新区商业主要集中在星澜万达广场商圈和墨川大道沿线。",
        ("星澜万达广场商圈", LOC, "青禾新区"), ("墨川大道", LOC, "青禾新区")),
    yes("located-home-gathers-in", {"云溪区": L, "白沙片区": L, "墨川大道": L},
        "云溪区工作报告。\n云溪区的工业企业大多分布在白沙片区、墨川大道。",
        ("白沙片区", LOC, "云溪区"), ("墨川大道", LOC, "云溪区")),
    # a commercial district's own trade, not the home's
    no("located-home-gathers-in", {"青禾新区": PL, "星澜万达广场商圈": C, "墨川大道": L},
       "青禾新区经济运行情况。\n星澜万达广场商圈的商业主要集中在墨川大道。", ("墨川大道", LOC, "青禾新区")),
    # -- the home's layout ----------------------------------------------------------------
    # the parts of the home's layout, each after its quoted numbered label
    yes("home-layout-parts", {"云溪区": L, "星澜路商圈": C, "墨川滨江商业带": C, "白露岛": L, "云台": L},
        "云溪区工作报告。\n全区商业空间规划为“一心两轴多节点”：“一心”即星澜路商圈，“两轴”为墨川滨江商业带，"
        "“多节点”则包括白露岛、云台等邻里中心。",
        ("星澜路商圈", LOC, "云溪区"), ("墨川滨江商业带", LOC, "云溪区"), ("白露岛", LOC, "云溪区"),
        ("云台", LOC, "云溪区")),
    yes("home-layout-parts", {"云溪区": L, "星澜路商圈": C, "墨川滨江商业带": C},
        "云溪区工作报告。\n我们着力打造“一镇两区”格局。“一镇”即云溪古镇，“两区”是星澜路商圈和墨川滨江商业带。",
        ("星澜路商圈", LOC, "云溪区"), ("墨川滨江商业带", LOC, "云溪区")),
    # a quoted label that is not a numbered part of a layout
    no("home-layout-parts", {"云溪区": L, "星澜路商圈": C},
       "云溪区工作报告。\n“老字号”为星澜路商圈增添了人气。", ("星澜路商圈", LOC, "云溪区")),
]


def _id(row: Row) -> str:
    return f"{row.pattern}-{'states' if row.states else 'not'}"


@pytest.mark.parametrize("row", [
    pytest.param(r, id=_id(r), marks=[pytest.mark.xfail(strict=True, reason=r.xfail)] if r.xfail else [])
    for r in ROWS])
def test_pattern(row: Row):
    got = relate_on(row.things, *row.texts)
    by_rule = {f[:3] for f in got.facts() if f[3] == row.pattern}
    if row.states:
        assert row.facts, "a row where the pattern states its relation lists what it states"
        assert row.facts <= by_rule, (row.facts - by_rule, sorted(got.facts()))
    else:
        assert not by_rule, by_rule
        assert not row.facts & got.pairs(), (row.facts & got.pairs(), sorted(got.facts()))


def test_every_pattern_has_a_row():
    """A pattern added to relations.toml needs a row where it states its relation and a near miss."""
    names = {p.name for p in default_matcher().patterns}
    stating = {r.pattern for r in ROWS if r.states and not r.xfail}
    missing = {r.pattern for r in ROWS if not r.states}
    assert not names - stating, f"patterns with no row where they state their relation: {sorted(names - stating)}"
    assert not names - missing, f"patterns with no near-miss row: {sorted(names - missing)}"
    assert {r.pattern for r in ROWS} <= names, "rows of patterns relations.toml no longer has"


@pytest.mark.parametrize("text,want", [
    # a pattern's place a run of places side by side: the street or town before the road too
    ("星澜储能总部坐落在白沙镇星澜路，年底投用。", {("星澜储能总部", LOC, "星澜路"), ("星澜储能总部", LOC, "白沙镇")}),
    # (near miss: the run ends on a park, the nearer place)
    ("星澜储能总部坐落在白沙镇青禾工业园，年底投用。", {("星澜储能总部", LOC, "青禾工业园")}),
    # (near miss: a district before the road is no street or town)
    ("星澜储能总部坐落在云溪区星澜路，年底投用。", {("星澜储能总部", LOC, "星澜路")}),
])
def test_a_chains_street_or_town_before_a_road(text, want):
    r = relate_on({"星澜储能总部": P, "白沙镇": L, "星澜路": L, "青禾工业园": PL, "云溪区": L, "墨川区": L},
                  ("墨川区工作报告", text))
    assert {f[:3] for f in r.facts(LOC) if f[3] == "located-verb-list"} == want


PREVIOUS = """
import sys
sys.path.insert(0, {tests!r})
from relate_helpers import relate_on
r = relate_on({{"墨川数据港": "Project", "青禾科技园": "Platform", "星澜集团": "Enterprise"}},
              "墨川数据港开工。青禾科技园揭牌。由星澜集团负责建设。")
print(sorted(f[0] for f in r.facts("ownedBy")))
"""


def test_previous_of_two_classes_is_the_last_named_in_the_paragraph():
    import os
    import subprocess
    import sys
    from pathlib import Path
    tests = str(Path(__file__).resolve().parent)
    got = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        run = subprocess.run([sys.executable, "-c", PREVIOUS.format(tests=tests)], env=env,
                             capture_output=True, text=True, check=True, cwd=Path(tests).parent)
        got.add(run.stdout.strip())
    assert got == {"['青禾科技园']"}, got
