"""kg/relate/project_columns.py (with the header's word-read labels, kg/label_roles.py): the rows of
tables whose columns no list names, a holder's firm as the row's thing, a plot's taker and project,
a project abroad; on INVENTED names."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, PL, PR, T, CD = "Enterprise", "Place", "Platform", "Project", "IndustryTrack", "CommercialDistrict"

THINGS = {"星澜材料有限公司": E, "青禾控股集团有限公司": E, "白露集团": E, "墨川纺织有限公司": E,
          "云溪电子有限公司": E, "云溪控股": E, "青禾产业园": PL, "白露镇": P, "墨川街道": P, "墨川商圈": CD,
          "新型储能": T, "新型显示": T, "星澜闲置厂房": PR, "星澜结构件项目": PR, "云溪甲城模组工厂": PR,
          "云溪模组扩产项目": PR, "甲国": P, "甲城": P, "墨川中心大厦": PR, "青禾置业有限公司": E}


def _facts(text):
    return {f[:3] for f in relate_on(THINGS, text).facts()}


@pytest.mark.parametrize("text, want, gone", [
    # a holder's column, no name column: each row's firm lies in its site, is of its track, held by its parent
    ("序号｜招聘单位｜所在园区（街道）｜所属集团｜所属产业｜岗位数\n1｜星澜材料有限公司｜青禾产业园｜青禾控股集团有限公司｜新型储能｜12",
     {("星澜材料有限公司", "locatedIn", "青禾产业园"), ("星澜材料有限公司", "ownedBy", "青禾控股集团有限公司"),
      ("星澜材料有限公司", "inTrack", "新型储能")}, set()),
    # a plot's row: its first owner holds it; the taker, its parent bracketed, holds the project built there
    ("序号｜闲置厂区｜原产权企业｜所在镇/街道｜受让企业（母公司）｜拟建项目｜所属行业\n"
     "1｜星澜闲置厂房｜墨川纺织有限公司｜白露镇｜星澜材料有限公司（白露集团）｜星澜结构件项目｜新型储能",
     {("星澜闲置厂房", "ownedBy", "墨川纺织有限公司"), ("星澜闲置厂房", "locatedIn", "白露镇"),
      ("星澜结构件项目", "ownedBy", "星澜材料有限公司"), ("星澜结构件项目", "locatedIn", "白露镇"),
      ("星澜结构件项目", "inTrack", "新型储能"), ("星澜材料有限公司", "inTrack", "新型储能"),
      ("星澜材料有限公司", "ownedBy", "白露集团"), ("星澜材料有限公司", "locatedIn", "白露镇")},
     # (near misses: the plot is in no track, its old owner holds no project, the parent no project)
     {("星澜闲置厂房", "inTrack", "新型储能"), ("星澜结构件项目", "ownedBy", "墨川纺织有限公司"),
      ("星澜闲置厂房", "ownedBy", "星澜材料有限公司"), ("星澜结构件项目", "ownedBy", "白露集团"),
      ("墨川纺织有限公司", "locatedIn", "白露镇"), ("白露集团", "locatedIn", "白露镇")}),
    # a firm's project abroad lies in the city, part of the country; the track is that project's
    ("序号｜出资主体｜控股母公司｜所在园区｜境外项目｜合作国家及城市｜所属行业｜国内配套项目\n"
     "1｜云溪电子有限公司｜云溪控股｜青禾产业园｜云溪甲城模组工厂｜甲国 甲城｜新型显示｜云溪模组扩产项目",
     {("云溪电子有限公司", "ownedBy", "云溪控股"), ("云溪电子有限公司", "locatedIn", "青禾产业园"),
      ("云溪甲城模组工厂", "ownedBy", "云溪电子有限公司"), ("云溪模组扩产项目", "ownedBy", "云溪电子有限公司"),
      ("云溪甲城模组工厂", "locatedIn", "甲城"), ("甲城", "partOf", "甲国"),
      ("云溪甲城模组工厂", "inTrack", "新型显示"), ("云溪电子有限公司", "inTrack", "新型显示")},
     # (near misses: the firm is not abroad; the project after the track column takes no track)
     {("云溪电子有限公司", "locatedIn", "甲城"), ("云溪模组扩产项目", "inTrack", "新型显示"),
      ("云溪甲城模组工厂", "locatedIn", "甲国")}),
    # a building's row: its title holder, street and trade district
    ("排名｜商务楼宇｜所在街道｜所在商圈｜管理（运营）单位｜主导产业\n1｜墨川中心大厦｜墨川街道｜墨川商圈｜青禾置业有限公司｜新型显示",
     {("墨川中心大厦", "ownedBy", "青禾置业有限公司"), ("墨川中心大厦", "locatedIn", "墨川街道"),
      ("墨川中心大厦", "locatedIn", "墨川商圈"), ("墨川中心大厦", "inTrack", "新型显示")},
     {("青禾置业有限公司", "inTrack", "新型显示")}),
    # (near miss: a duty's table: the body leading a task is not held by the one helping)
    ("序号｜重点任务｜牵头单位｜配合单位\n1｜星澜结构件项目｜星澜材料有限公司｜墨川纺织有限公司", set(),
     {("星澜材料有限公司", "ownedBy", "墨川纺织有限公司"), ("星澜结构件项目", "ownedBy", "墨川纺织有限公司")}),
])
def test_rows_of_word_read_headers(text, want, gone):
    facts = _facts(text)
    assert want <= facts and not gone & facts, sorted(facts)
