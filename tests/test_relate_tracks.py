"""near-clause-track (kg/relate/tracks.py): the track of the nearest clause naming one."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, PL, T, P = "Enterprise", "Platform", "IndustryTrack", "Project"


@pytest.mark.parametrize("text,lends", [
    # a clause whose own subject is another firm, named before its track: the track is that firm's
    ("星澜科技新建的厂房已封顶，青禾电子则深耕星能模组。", False),
    ("星澜科技新建的厂房已封顶，其控股的青禾电子则深耕星能模组。", False),
    # (near miss: a clause with no firm of its own lends its track)
    ("星澜科技新建的厂房已封顶，全区星能产业增长两成。", True),
])
def test_a_clause_whose_firm_claims_its_track_lends_it_to_no_other(text, lends):
    r = relate_on({"青禾电子": E, "星澜科技": E, "云溪园区": PL, "星能": T, "墨芯封装": T}, text)
    assert (("星澜科技", "inTrack", "星能", "near-clause-track") in r.facts()) == lends


SECTION = "二、重点项目推进情况\n\n（一）墨川装备领域\n"


@pytest.mark.parametrize("paragraph, want", [
    # a numbered item under a section heading naming a field is in it; what its description
    # names after it (a line it builds, a firm it draws in) is not
    ("1．星澜轴承项目。建设单位：星澜精工有限公司；已建成青禾冲压生产线，引进白露物流。\n",
     {("星澜轴承项目", "墨川装备")}),
    # (the control: a paragraph of running text under the heading lends its things the field)
    ("星澜轴承项目进展顺利，青禾冲压生产线已投产。\n",
     {("星澜轴承项目", "墨川装备"), ("青禾冲压生产线", "墨川装备")}),
])
def test_a_sections_field_is_its_items_not_what_they_name(paragraph, want):
    r = relate_on({"星澜轴承项目": P, "青禾冲压生产线": P, "星澜精工有限公司": E, "白露物流": E, "墨川装备": T},
                  ("云溪市重点项目通报", SECTION + paragraph))
    assert {(f[0], f[2]) for f in r.facts("inTrack")} == want, sorted(r.facts())


@pytest.mark.parametrize("lender, want", [
    # a bank lends to the firms and projects of any industry: it is in none the sentence names
    ("星澜银行", set()),
    ("青禾农商银行", set()),
    ("白露银行云溪分行", set()),
    # (nor a body of government: an office of a subdistrict, an investment promotion centre)
    ("云溪街道办事处", set()),
    ("云溪区投资促进中心", set()),
    # (a customs office, a province's department, a commission or office named short)
    ("云溪海关", set()),
    ("星澜海关总署", set()),
    ("星澜省商务厅", set()),
    ("云溪市发改委", set()),
    ("云溪市链长办", set()),
    # (a supply and marketing cooperative, which trades for the farms of every crop)
    ("云溪县供销合作社联合社", set()),
    ("白露镇供销合作社", set()),
    # (near miss: a firm of the trade, no bank, is in it; a growers' own cooperative too)
    ("墨川金融科技有限公司", {"墨川金融科技有限公司"}),
    ("墨川金融专业合作社联合社", {"墨川金融专业合作社联合社"}),
])
def test_a_bank_is_in_no_track(lender, want):
    r = relate_on({lender: E, "云端金融": T}, ("云溪区金融发展", f"云端金融产业加快发展，{lender}扩大信贷投放。"))
    assert {f[0] for f in r.facts("inTrack")} == want, sorted(r.facts())


@pytest.mark.parametrize("text, want", [
    # the links of a chain counted as links are segments of the track the sentence names
    ("促进星澜线束、青禾连接器、墨川电子三个环节融合发展，到2027年白露电器产业产值达到260亿元。",
     {("星澜线束", "白露电器"), ("青禾连接器", "白露电器"), ("墨川电子", "白露电器")}),
    # (near miss: no count of links)
    ("促进星澜线束、青禾连接器、墨川电子融合发展，到2027年白露电器产业产值达到260亿元。", set()),
])
def test_counted_links_are_segments(text, want):
    r = relate_on({"星澜线束": T, "青禾连接器": T, "墨川电子": T, "白露电器": T}, ("云溪区产业发展", text))
    assert {(f[0], f[2]) for f in r.facts("subTrackOf")} == want, sorted(r.facts())


@pytest.mark.parametrize("text, want", [
    # a list of main tracks, then 其中 one clause per track naming its segments: each list is of
    # the track opening its own clause, not of the sentence's first track nor of its peers
    ("全市打造星澜材料、青禾动力、墨川物流三条主链，其中青禾动力产业链重点发展云光、白风两个细分领域，"
     "星澜材料产业链重点发展云硅、白铝两个细分领域。",
     {("云光", "青禾动力"), ("白风", "青禾动力"), ("云硅", "星澜材料"), ("白铝", "星澜材料")}),
    # (near miss: the list's clause opens on no track: the segments go to the track named before)
    ("坚持星澜材料产业优先，围绕云硅、白铝两个细分赛道加快布局。", {("云硅", "星澜材料"), ("白铝", "星澜材料")}),
])
def test_a_segment_list_is_of_the_track_opening_its_clause(text, want):
    r = relate_on({"星澜材料": T, "青禾动力": T, "墨川物流": T, "云光": T, "白风": T, "云硅": T, "白铝": T},
                  ("云溪市产业发展", text))
    assert {(f[0], f[2]) for f in r.facts("subTrackOf")} == want, sorted(r.facts())


@pytest.mark.parametrize("text, want", [
    # T，细分为A、B和C: the parts of the track before the verb
    ("主导产业：星澜材料，细分为云硅、白铝和云光。", {("云硅", "星澜材料"), ("白铝", "星澜材料"), ("云光", "星澜材料")}),
    ("墨川园区主导产业为星澜材料，细分为云硅和白铝两个方向。", {("云硅", "星澜材料"), ("白铝", "星澜材料")}),
    # (near miss: no track before the verb: the parts are of none)
    ("墨川园区规划细分为云硅和白铝两个方向。", set()),
])
def test_a_track_broken_into_parts_is_their_whole(text, want):
    r = relate_on({"星澜材料": T, "青禾能源": T, "云光": T, "云硅": T, "白铝": T, "墨川园区": PL},
                  ("云溪市产业发展", text))
    assert {(f[0], f[2]) for f in r.facts("subTrackOf")} == want, sorted(r.facts())


@pytest.mark.parametrize("closing, want", [
    # a table's total or the heading of its notes ends the section of its last rows: what the notes
    # name is in no track of the last section
    ("合计：80.00万元", set()),
    ("备注：", set()),
    # (near miss: a line of the section's own rows goes on under its track)
    ("3｜星澜精工有限公司｜青禾科创园", {("青禾科创园", "云溪商贸")}),
])
def test_a_tables_closing_lines_end_its_last_section(closing, want):
    things = {"白露装备": "IndustryTrack", "云溪商贸": "IndustryTrack", "青禾科创园": "Platform",
              "星澜精工有限公司": "Enterprise", "墨川材料有限公司": "Enterprise"}
    text = ("（一）白露装备\n1｜墨川材料有限公司｜墨川园\n（二）云溪商贸\n2｜墨川材料有限公司｜墨川园\n"
            + closing + "\n青禾科创园由星澜精工有限公司运营。")
    r = relate_on(things, text)
    got = {(f[0], f[2]) for f in r.facts("inTrack") if f[0] in ("青禾科创园",)}
    assert got == want, sorted(r.facts())


@pytest.mark.parametrize("text, want", [
    # the shops and platforms a firm sells through (进入A、B等渠道) are not of its track
    ("墨川肉羊产业加快发展，星澜羊业有限公司冷鲜羊肉进入青禾、白露超市等渠道销售。", {"星澜羊业有限公司"}),
    ("墨川肉羊产业加快发展，星澜羊业有限公司产品已进入青禾、白露超市等线上线下渠道。", {"星澜羊业有限公司"}),
    # (near miss: firms listed as the track's own are in it)
    ("墨川肉羊产业加快发展，星澜羊业有限公司、青禾、白露超市等企业扩大产能。",
     {"星澜羊业有限公司", "青禾", "白露超市"}),
])
def test_a_firms_sales_channels_are_in_no_track(text, want):
    r = relate_on({"星澜羊业有限公司": E, "青禾": E, "白露超市": E, "墨川肉羊": T}, ("云溪区食品产业", text))
    assert {f[0] for f in r.facts("inTrack")} == want, sorted(r.facts())


@pytest.mark.parametrize("text, want", [
    # the bodies that sign to build a thing are its partners: the field it serves is the thing's
    ("此外，云溪师范学院还与星澜科技有限公司签约共建墨川数字学院，面向云端经济领域培养人才。", {"墨川数字学院"}),
    ("云溪师范学院与星澜科技有限公司签约共建墨川数字学院，面向云端经济领域培养人才。", {"墨川数字学院"}),
    # (near miss: a body that trains for the field itself is in it)
    ("云溪师范学院面向云端经济领域培养人才。", {"云溪师范学院"}),
])
def test_the_signers_of_a_joint_build_lend_the_field_to_what_they_build(text, want):
    r = relate_on({"云溪师范学院": "Institution", "墨川数字学院": "Institution", "星澜科技有限公司": E,
                   "云端经济": T}, ("云溪州校企合作", text))
    assert {f[0] for f in r.facts("inTrack")} == want, sorted(r.facts())


@pytest.mark.parametrize("text, want", [
    # the fields a track's counted firms cover are its segments
    ("目前，云溪高新区墨川医药企业达到56家，覆盖星澜疫苗、青禾中药等领域。", {"星澜疫苗", "青禾中药"}),
    ("全区墨川医药企业已超过120家，包括星澜疫苗、青禾中药等门类。", {"星澜疫苗", "青禾中药"}),
    # (near miss: what the firms reach is no field of theirs)
    ("目前，云溪高新区墨川医药企业达到56家，覆盖星澜疫苗、青禾中药等企业的客户。", set()),
])
def test_the_fields_a_tracks_counted_firms_cover_are_its_segments(text, want):
    r = relate_on({"墨川医药": T, "星澜疫苗": T, "青禾中药": T}, ("云溪区医药产业", text))
    assert {f[0] for f in r.facts("subTrackOf") if f[3] == "sub-tracks-firms-cover"} == want, sorted(r.facts())


@pytest.mark.parametrize("text, want", [
    # a clause chain opening on the word 公司 is about the firm the paragraph named first so
    ("一是星澜物流有限公司。该公司系青禾控股股份有限公司全资子公司，注册于墨川区，是墨川区云端物流产业的骨干企业。",
     {"星澜物流有限公司"}),
    ("星澜物流有限公司成立于2010年。公司主营货运代理，也是云端物流产业的龙头企业。", {"星澜物流有限公司"}),
    # (near misses: what the firm is to the track is no member of it; the holder named on the way is not it)
    ("星澜物流有限公司成立于2010年。公司主营货运代理，是云端物流产业的上游客户。", set()),
])
def test_a_chain_opening_on_the_word_for_firm_is_about_the_firm_named_before(text, want):
    r = relate_on({"星澜物流有限公司": E, "青禾控股股份有限公司": E, "云端物流": T}, ("云溪区物流企业", text))
    assert {f[0] for f in r.facts("inTrack")} == want, sorted(r.facts())


@pytest.mark.parametrize("text, want", [
    # a list counted as tracks, chains or clusters: segments of the track named in its sentence
    ("青禾陶瓷产业已形成云瓷、白釉、星填料三大产业集群。",
     {("云瓷", "青禾陶瓷"), ("白釉", "青禾陶瓷"), ("星填料", "青禾陶瓷")}),
    ("青禾陶瓷产业围绕云瓷、白釉、星填料三大赛道精准发力。",
     {("云瓷", "青禾陶瓷"), ("白釉", "青禾陶瓷"), ("星填料", "青禾陶瓷")}),
    ("青禾陶瓷聚焦云瓷、白釉和星填料三条子链。",
     {("云瓷", "青禾陶瓷"), ("白釉", "青禾陶瓷"), ("星填料", "青禾陶瓷")}),
    # called the main tracks of a track's field (是T产业的两个主攻赛道)
    ("云瓷、白釉是我市青禾陶瓷产业的两个主攻赛道。", {("云瓷", "青禾陶瓷"), ("白釉", "青禾陶瓷")}),
    # (near miss: no track named outside the list: a district's own main tracks, whole of none)
    ("墨川区产业基础雄厚。全区已形成云瓷、白釉、星填料三大产业集群。", set()),
    # (near miss: the track named in another clause before the list: peers, no whole)
    ("其中青禾陶瓷产业投资比重接近五成，云瓷、白釉两个产业集群规模均超过百亿元。", set()),
])
def test_a_counted_list_of_tracks_is_of_the_track_its_sentence_names(text, want):
    r = relate_on({"青禾陶瓷": T, "云瓷": T, "白釉": T, "星填料": T}, ("云溪市产业发展", text))
    assert {(f[0], f[2]) for f in r.facts("subTrackOf")} == want, sorted(r.facts())


@pytest.mark.parametrize("row, want", [
    # a table row whose track cell gives its track still lists tracks under a track in its
    # description (带动A、B等T产业): segments of T
    ("1｜星澜种苗项目｜青禾农业有限公司｜现代农业｜建设育苗棚8万平方米，带动白芨、黄精等中药材产业增收",
     {("白芨", "subTrackOf", "中药材"), ("黄精", "subTrackOf", "中药材")}),
    # (near miss: tracks side by side, under no track)
    ("1｜星澜种苗项目｜青禾农业有限公司｜现代农业｜建设育苗棚8万平方米，种植白芨、黄精",
     set()),
])
def test_a_track_rows_description_lists_segments(row, want):
    things = {"星澜种苗项目": "Project", "青禾农业有限公司": "Enterprise", "现代农业": "IndustryTrack",
              "白芨": "IndustryTrack", "黄精": "IndustryTrack", "中药材": "IndustryTrack"}
    r = relate_on(things, "项目清单\n编号｜名称｜业主｜所属领域｜主要内容\n" + row)
    assert r.pairs("subTrackOf") == want, sorted(r.facts())


@pytest.mark.parametrize("text, want", [
    # the chains a park develops are segments of the track its clause chain is led by...
    ("园区以星澜材料为主导，重点发展云硅、白铝和云光三条产业链，延伸发展青禾能源。",
     {("云硅", "星澜材料"), ("白铝", "星澜材料"), ("云光", "星澜材料")}),
    # (near miss) ... not of a track a later clause adds (延伸发展T): a peer, no whole of them
    ("园区重点发展云硅、白铝和云光三条产业链，延伸发展青禾能源。", set()),
    # ... but a later clause that calls the list the track's segments names their whole
    ("云硅、白铝和云光，是墨川园区星澜材料产业的三个主攻方向。",
     {("云硅", "星澜材料"), ("白铝", "星澜材料"), ("云光", "星澜材料")}),
])
def test_a_track_a_later_clause_adds_is_no_whole_of_the_chains(text, want):
    r = relate_on({"星澜材料": T, "青禾能源": T, "云光": T, "云硅": T, "白铝": T}, ("墨川化工园区复核情况", text))
    assert {(f[0], f[2]) for f in r.facts("subTrackOf")} == want, sorted(r.facts())


@pytest.mark.parametrize("item, want", [
    # an item opening on the track it serves (对接T产业，… / 服务T产业。 / 本赛项对接T，…) speaks of that
    # track: the firms its later lines name, in brackets after a person's name, are in it
    ("本赛项对接云端材料产业，比赛在青禾实训基地举行。一等奖：张三（墨川新材有限公司）；二等奖：李四（白露科技有限公司）。",
     {"青禾实训基地", "墨川新材有限公司", "白露科技有限公司"}),
    ("服务云端材料产业。比赛在青禾实训基地举行。一等奖：张三（墨川新材有限公司）；二等奖：李四（白露科技有限公司）。",
     {"青禾实训基地", "墨川新材有限公司", "白露科技有限公司"}),
    ("对接云端材料，比赛在青禾实训基地举行。一等奖：张三（墨川新材有限公司）；二等奖：李四（白露科技有限公司）。",
     {"青禾实训基地", "墨川新材有限公司", "白露科技有限公司"}),
    # (near misses: the track served named later in the opening sentence, or by a thing the sentence
    # opens on, reaches no later line)
    ("比赛在青禾实训基地举行，对接云端材料产业。一等奖：张三（墨川新材有限公司）；二等奖：李四（白露科技有限公司）。",
     {"青禾实训基地"}),
    ("青禾实训基地积极对接云端材料产业。一等奖：张三（墨川新材有限公司）；二等奖：李四（白露科技有限公司）。",
     {"青禾实训基地"}),
])
def test_an_item_opening_on_the_track_it_serves_speaks_of_it(item, want):
    r = relate_on({"墨川新材有限公司": E, "白露科技有限公司": E, "青禾实训基地": P, "云端材料": T},
                  ("云溪市技能大赛获奖名单", "云溪市技能大赛获奖名单\n（一）星澜赛项。" + item))
    assert {f[0] for f in r.facts("inTrack")} == want, sorted(r.facts())


@pytest.mark.parametrize("text,want", [
    # a park named as the head of its office (X管理委员会) organises, it is in none of the sentence's tracks
    ("本次对接会由星澜工业园区管理委员会、云溪市商务局联合主办，围绕墨能装备、青氢两条重点产业链组织洽谈。", set()),
    ("本次对接会由星澜工业园区管委会、云溪市商务局联合主办，围绕墨能装备、青氢两条重点产业链组织洽谈。", set()),
    # (near miss: the park itself, beside its track's clause)
    ("本次对接会在星澜工业园区举行，围绕墨能装备、青氢两条重点产业链组织洽谈。",
     {("星澜工业园区", "墨能装备"), ("星澜工业园区", "青氢")}),
])
def test_a_park_standing_for_its_office_is_in_no_track(text, want):
    r = relate_on({"云溪市": "Place", "星澜工业园区": PL, "墨能装备": T, "青氢": T}, ("云溪市产业链对接会", text))
    assert {(f[0], f[2]) for f in r.facts("inTrack")} == want, sorted(r.facts())


@pytest.mark.parametrize("text,want", [
    # a place measured from a park (距X约4公里) is named in passing: the park takes no track of the sentence
    ("景区面积12平方公里，距星澜旅游小镇约4公里，以牧场观光和云溪乡游为主。", set()),
    ("景区面积12平方公里，距离星澜旅游小镇约4公里，以牧场观光和云溪乡游为主。", set()),
    # (near miss: the park the clause chain is about)
    ("星澜旅游小镇面积12平方公里，以牧场观光和云溪乡游为主。", {"星澜旅游小镇"}),
])
def test_a_park_a_distance_is_measured_from_is_in_no_track(text, want):
    r = relate_on({"云溪县": "Place", "星澜旅游小镇": PL, "牧场观光": T, "云溪乡游": T}, ("云溪县旅游景区", text))
    assert {f[0] for f in r.facts("inTrack")} == want, sorted(r.facts())


@pytest.mark.parametrize("heading, want", [
    # a section heading naming a track only inside a bracket glosses the kind of the units it lists:
    # the rows under it are in no track of its
    ("一、发电企业（星能场站）名单", set()),
    # (near miss: the heading names the track itself, the rows under it are in it)
    ("一、星能企业名单", {("星澜电力有限公司", "星能")}),
    # (near miss: the bracket holds the track alone, the section's own)
    ("一、白露镇（主导产业：星能）", {("星澜电力有限公司", "星能")}),
])
def test_a_track_in_a_headings_bracket_governs_no_section(heading, want):
    text = (heading + "\n序号｜电站｜运营企业｜地点\n1｜青禾一号电站｜星澜电力有限公司｜白露镇")
    r = relate_on({"星能": T, "星澜电力有限公司": E, "青禾一号电站": P, "白露镇": "Place"}, ("云溪市名单公示", text))
    assert {(f[0], f[2]) for f in r.facts("inTrack") if f[0] == "星澜电力有限公司"} == want, sorted(r.facts())



@pytest.mark.parametrize("before, grows", [
    # the verb of growing that opens a list of a head's segments ([track] focus_sub_verbs), the
    # speaker's ground before it (T方面，全县发展A、B等…)
    ("星林经济方面，全县发展", True),
    ("星林经济方面，大力发展", True),
    # (near misses: a verb of selling; a place's name, no ground of the speaker's)
    ("星林经济方面，全县销售", False),
    ("星林经济方面，青禾县发展", False),
])
def test_a_labels_grown_list_opens_on_a_verb_of_growing(before, grows):
    from kg.relate.base import found_before
    from kg.rules import load_rules
    verbs = load_rules().relations["track"]["focus_sub_verbs"]
    assert found_before("(?:" + verbs + ")", before + "墨川采集", len(before)) == grows
