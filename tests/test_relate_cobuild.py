"""Things built jointly (kg/data/relations.toml: owner-by-anaphor, owner-entry-holder, owner-district-partner,
owner-joined-builds, owner-joins-builds, owner-co-built, owner-parented-partner-builds; located-co-built-next,
located-co-built-by-next): every body that builds it with another owns it;
a district (a Place) that builds with a body does not. Invented sentences."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, PL, I, L = "Enterprise", "Project", "Platform", "Institution", "Place"
OWN = "ownedBy"

ROWS = [
    # X，由A与B共建: both bodies
    ({"星澜新材有限公司": E, "墨川大学": I, "星澜—墨川联合研究院项目": P},
     "4.星澜—墨川联合研究院项目，由墨川大学与星澜新材有限公司共建，总投资3亿元；",
     {("星澜—墨川联合研究院项目", "墨川大学"), ("星澜—墨川联合研究院项目", "星澜新材有限公司")}, set()),
    # X，由区与Y共建: the body, not the zone
    ({"白露大学": I, "青禾光电研究院": PL, "青禾区": L},
     "一是青禾光电研究院，由青禾区与白露大学共建，选址科创中心。",
     {("青禾光电研究院", "白露大学")}, set()),
    # A联合B建设X: both
    ({"云溪茶业集团股份有限公司": E, "白露农业大学": I, "云溪红茶工程研究室": PL},
     "云溪茶业集团股份有限公司联合白露农业大学建设云溪红茶工程研究室，年内投用。",
     {("云溪红茶工程研究室", "云溪茶业集团股份有限公司"), ("云溪红茶工程研究室", "白露农业大学")}, set()),
    # 联合A、B打造X: the partners joined
    ({"星澜能源": E, "墨川电源": E, "青禾储能中试基地": PL},
     "新区联合星澜能源、墨川电源打造青禾储能中试基地。",
     {("青禾储能中试基地", "星澜能源"), ("青禾储能中试基地", "墨川电源")}, set()),
    # an entry's line: 由A与B共建 (the entry is the thing)
    ({"墨川阀门": E, "云溪大学": I, "墨川密封测试中心项目": P, "阀门产业园": PL},
     "（三）墨川密封测试中心项目。\n项目位于泵阀产业园，总投资1亿元，由墨川阀门与云溪大学共建，明年投用。",
     {("墨川密封测试中心项目", "云溪大学")}, {("阀门产业园", "云溪大学"), ("阀门产业园", "墨川阀门")}),
    # a run of jointly built things: each its own builders, no thing (a lab, after 的) a builder of the next
    ({"星澜科技": E, "青禾大学": I, "墨川声学联合实验室": I, "白露电池": E, "云溪大学": I, "白露储能创新中心": PL},
     "会上，星澜科技与青禾大学共建的墨川声学联合实验室、白露电池与云溪大学共建的白露储能创新中心集中揭牌。",
     {("白露储能创新中心", "白露电池"), ("白露储能创新中心", "云溪大学")},
     {("白露储能创新中心", "墨川声学联合实验室")}),
    # 项目位于P，由A与B共建 (the project of the item's title, same paragraph)
    ({"星澜阀门": E, "青禾大学": I, "墨川测试中心项目": P, "阀门产业园": PL},
     "青禾区重点项目\n（二）墨川测试中心项目。项目位于泵阀产业园，总投资1亿元，由星澜阀门与青禾大学共建，明年投用。",
     {("墨川测试中心项目", "星澜阀门"), ("墨川测试中心项目", "青禾大学")},
     {("阀门产业园", "星澜阀门"), ("阀门产业园", "青禾大学")}),
    # X落户P，由A与B共建: X, the thing the chain opens on, not the site named before the comma
    ({"白露科技": E, "云溪大学": I, "墨川中心": P, "青禾软件园": PL},
     "墨川中心落户青禾软件园，由白露科技与云溪大学共建。",
     {("墨川中心", "白露科技"), ("墨川中心", "云溪大学")}, {("青禾软件园", "白露科技"), ("青禾软件园", "云溪大学")}),
    # (near misses) joined for something else, the thing in another clause
    ({"星澜能源": E, "墨川电源": E, "青禾储能中试基地": PL},
     "新区联合星澜能源、墨川电源开展技术攻关，青禾储能中试基地已投用。",
     set(), {("青禾储能中试基地", "星澜能源"), ("青禾储能中试基地", "墨川电源")}),
    # ... a thing before a clause that names another jointly built thing
    ({"白露科技": E, "云溪大学": I, "墨川研究院": PL, "青禾中试基地": PL},
     "墨川研究院揭牌，由白露科技与云溪大学共建的青禾中试基地同步启用。",
     {("青禾中试基地", "白露科技"), ("青禾中试基地", "云溪大学")},
     {("墨川研究院", "白露科技"), ("墨川研究院", "云溪大学")}),
    # A与Y全资子公司B签约，在P共建X: A and B, not the parent Y
    ({"星澜职业学院": I, "云溪药业集团股份有限公司": E, "墨川药业有限公司": E, "墨川中药实训基地": P,
      "青禾工业园区": PL},
     "星澜职业学院与云溪药业集团股份有限公司全资子公司墨川药业有限公司签约，在青禾工业园区共建墨川中药实训基地。",
     {("墨川中药实训基地", "星澜职业学院"), ("墨川中药实训基地", "墨川药业有限公司")},
     {("墨川中药实训基地", "云溪药业集团股份有限公司")}),
    # A与Y旗下的B签约，在P共建X
    ({"星澜职业学院": I, "云溪文投集团": E, "白露古镇文旅有限公司": E, "白露民宿实训基地": P, "白露古镇": L},
     "星澜职业学院与云溪文投集团旗下的白露古镇文旅有限公司签约，在白露古镇共建白露民宿实训基地。",
     {("白露民宿实训基地", "星澜职业学院"), ("白露民宿实训基地", "白露古镇文旅有限公司")},
     {("白露民宿实训基地", "云溪文投集团")}),
    # A与Y控股的B共建X
    ({"星澜技师学院": I, "云溪建材集团有限公司": E, "青禾水泥有限公司": E, "白露建材工匠学院": P},
     "星澜技师学院与云溪建材集团有限公司控股的青禾水泥有限公司共建白露建材工匠学院，首期招生200人。",
     {("白露建材工匠学院", "星澜技师学院"), ("白露建材工匠学院", "青禾水泥有限公司")},
     {("白露建材工匠学院", "云溪建材集团有限公司")}),
    # A与Y子公司B签约，在P建设X
    ({"星澜职业学院": I, "云溪锂业股份有限公司": E, "墨川锂电有限公司": E, "正极材料实训基地": P,
      "青禾电池产业园": PL},
     "星澜职业学院与云溪锂业股份有限公司子公司墨川锂电有限公司签约，在青禾电池产业园建设正极材料实训基地。",
     {("正极材料实训基地", "星澜职业学院"), ("正极材料实训基地", "墨川锂电有限公司")},
     {("正极材料实训基地", "云溪锂业股份有限公司")}),
    # (near miss) the firm and its parent named, the building done by another
    ({"星澜职业学院": I, "云溪锂业股份有限公司": E, "墨川锂电有限公司": E, "正极材料实训基地": P},
     "星澜职业学院与云溪锂业股份有限公司子公司墨川锂电有限公司座谈，青禾区建设正极材料实训基地。",
     set(), {("正极材料实训基地", "云溪锂业股份有限公司"), ("正极材料实训基地", "墨川锂电有限公司")}),
]


@pytest.mark.parametrize("things,text,want,never", ROWS)
def test_joint_builders_own(things, text, want, never):
    got = {(s, o) for s, p, o in relate_on(things, text).pairs(OWN)}
    assert want <= got
    assert not (never & got)


LOC = "locatedIn"
PLACES = [
    # …共建的X揭牌运营，落户Y
    ({"星澜大学": I, "墨川智能": E, "青禾低空研究院": I, "青禾科创中心": PL},
     "星澜大学与墨川智能共建的青禾低空研究院揭牌运营，落户青禾科创中心。",
     {("青禾低空研究院", "青禾科创中心")}, set()),
    # …共建的X，设在Y内
    ({"星澜大学": I, "白露区": L, "白露检测中心": P, "白露创新园": PL},
     "星澜大学与白露区共建的白露检测中心，设在白露创新园内。",
     {("白露检测中心", "白露创新园")}, set()),
    # 共建X学院，实训基地设在Y: the college's base
    ({"星澜技师学院": I, "青禾水泥有限公司": E, "白露建材工匠学院": P, "云溪产业园区": PL, "北山片区": PL},
     "星澜技师学院与青禾水泥有限公司共建白露建材工匠学院，实训基地设在云溪产业园区北山片区。",
     {("白露建材工匠学院", "北山片区")}, set()),
    # X，由A与B共建，选址Y / X由A与B共建，位于Y
    ({"星澜大学": I, "青禾区": L, "青禾光电研究院": I, "青禾科创中心": PL},
     "三是青禾光电研究院，由青禾区与星澜大学共建，选址青禾科创中心，重点开展激光攻关。",
     {("青禾光电研究院", "青禾科创中心")}, set()),
    ({"星澜大学": I, "云溪市": L, "云溪光电研究院": I, "白露科教园区": PL},
     "4. 云溪光电研究院由云溪市政府与星澜大学共建，位于白露科教园区，园区内还有院校。",
     {("云溪光电研究院", "白露科教园区")}, set()),
    # X，由Y区与B共建: the place that builds it with a partner hosts it
    ({"墨川大学": I, "云溪区": L, "墨川大学云溪研究院": I},
     "第二是墨川大学云溪研究院，由云溪区与墨川大学联合共建，已孵化项目19个。",
     {("墨川大学云溪研究院", "云溪区")}, set()),
    # ... not a place that only hosts its opening (X由Y区与B评估)
    ({"墨川大学": I, "云溪区": L, "墨川大学云溪研究院": I},
     "第二是墨川大学云溪研究院，由云溪区与墨川大学组织评估，已孵化项目19个。",
     set(), {("墨川大学云溪研究院", "云溪区")}),
    # (near misses) a place that says where something else lies; a clause with its own subject
    ({"星澜大学": I, "墨川智能": E, "青禾低空研究院": I, "青禾科创中心": PL},
     "星澜大学与墨川智能共建青禾低空研究院，位于青禾科创中心的企业可共享设备。",
     set(), {("青禾低空研究院", "青禾科创中心")}),
    ({"星澜大学": I, "墨川智能": E, "青禾低空研究院": I, "青禾科创中心": PL},
     "星澜大学与墨川智能共建青禾低空研究院，墨川智能总部位于青禾科创中心。",
     set(), {("青禾低空研究院", "青禾科创中心")}),
]


@pytest.mark.parametrize("things,text,want,never", PLACES)
def test_joint_built_thing_placed_by_next_clause(things, text, want, never):
    got = {(s, o) for s, p, o in relate_on(things, text).pairs(LOC)}
    assert want <= got
    assert not (never & got)
