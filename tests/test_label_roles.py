"""kg/label_roles.py and its use by kg/tablerows.py's ``header``: a column label no [table] list
names reads by its generic words; on INVENTED headers."""
from __future__ import annotations

import pytest

from kg.label_roles import reads_as
from kg.rules import load_rules
from kg.tablerows import header

CONF = load_rules().relations["table"]


@pytest.mark.parametrize("label, want", [
    ("招聘单位", "产权单位"), ("出资主体", "产权单位"), ("受让企业", "产权单位"), ("管理（运营）单位", "产权单位"),
    ("控股母公司", "母公司"), ("实际控股方", "母公司"),
    ("所在社区", "所在园区"), ("所在镇/街道", "所在园区"), ("所属商圈", "所在园区"),
    ("所属细分行业", "所属产业"), ("主导行业", "所属产业"), ("产业类型", "所属产业"), ("入驻园区", "所在园区"),
    ("闲置厂区", "厂房名称"), ("低效用地（厂房）", "厂房名称"), ("商务楼宇", "厂房名称"),
    ("合作国家及城市", "投资国别"), ("注册地", "所在地"), ("注册地址", "所在地"), ("落地地点", "建设地点"),
    # (near misses: a duty's unit owns nothing; a count, a sum, a date say no role)
    ("责任单位", None), ("牵头单位", None), ("配合单位", None), ("入住人数", None), ("总投资", None),
    ("完成时限", None), ("产业", None), ("运营公司", None), ("在孵载体", None), ("评估机构", None),
])
def test_a_label_reads_by_its_words(label, want):
    assert reads_as(CONF, label) == want


@pytest.mark.parametrize("text, want", [
    # (name, owners, parents, places, tracks, projects, project owners, project sites, bracketed, subject)
    ("序号｜招聘单位｜所在社区｜控股母公司｜主导行业｜岗位数", (1, (), (3,), (2,), (4,), (), (), (), (), False)),
    ("序号｜闲置厂区｜原产权企业｜所在镇/街道｜受让企业（母公司）｜拟建项目｜所属行业",
     (1, (2,), (), (3,), (6,), (5,), (4,), (), (4,), True)),
    ("序号｜出资主体｜境外项目｜合作国家及城市｜所属行业｜国内配套项目",
     (1, (), (), (), (4,), (2, 5), (), (3,), (), False)),
    ("序号｜商务楼宇｜所在街道｜所属商圈｜管理（运营）单位｜主导产业", (1, (4,), (), (2, 3), (5,), (), (), (), (), True)),
    # (near misses: a duty's table has no name column; a listed name column keeps its place before a
    # label read by words; a party's table keeps its first party as the name)
    ("序号｜重点任务｜牵头单位｜配合单位｜完成时限", None),
    ("地块｜厂房名称｜产权单位｜可租面积", (1, (2,), (), (), (), (), (), (), (), True)),
    ("序号｜采购方｜供应方｜所在社区｜所属产业链", (1, (), (), (3,), (4,), (), (), (), (), False)),
])
def test_a_header_reads_unlisted_labels_by_their_words(text, want):
    h = header(CONF, text)
    got = None if h is None else (h.name, h.owners, h.parents, h.places, h.tracks, h.projects, h.project_owners,
                                  h.project_sites, h.bracketed, h.subject)
    assert got == want


@pytest.mark.parametrize("label, want", [
    # a label naming the row's thing by its kind (a base, a zone, a park), or by X名称; an investor's column
    ("基地名称", "园区名称"), ("片区", "园区名称"), ("示范基地", "园区名称"), ("集聚区名称", "园区名称"),
    ("主要投资方", "投资方"), ("社会投资方", "投资方"), ("服务产业", "所属产业"),
    # (near misses: where the row's thing is, not what it is; a kind of base)
    ("所属片区", "所在园区"), ("所在基地", "所在园区"), ("基地类型", None), ("片区面积", None),
])
def test_a_label_names_the_rows_thing_by_its_kind(label, want):
    assert reads_as(CONF, label) == want


@pytest.mark.parametrize("text, want", [
    # (name, owners, places)
    ("基地名称｜所在乡镇｜主栽品种｜面积（亩）｜经营主体｜进度", (0, (4,), (1,))),
    ("片区｜运营主体｜主要投资方｜计划投资", (0, (1, 2), ())),
    # (near miss: a project's column stays the name beside a zone's site column)
    ("序号｜项目名称｜所属片区｜建设单位", (1, (3,), (2,))),
])
def test_a_base_or_zone_column_names_the_row(text, want):
    h = header(CONF, text)
    assert (h.name, h.owners, h.places) == want


def test_a_base_column_beside_a_firms_name_is_told_by_its_cells():
    # (near miss: 生产基地 beside 企业名称 names no row's thing; its cells, parks, make it a site's column)
    h = header(CONF, "序号｜企业名称｜生产基地｜主营产品",
               ["1｜星澜电机有限公司｜青禾产业园｜电机", "2｜白露磁材有限公司｜墨川工业园｜磁材"])
    assert (h.name, h.places) == (1, (2,))


@pytest.mark.parametrize("label, want", [
    # a name's label saying the row's thing by its kind: a facility's names a project, a party's a firm
    ("电站名称", "项目名称"), ("场站名称", "项目名称"), ("冷库名称", "项目名称"), ("泵站名称", "项目名称"),
    ("用户名称", "企业名称"), ("会员名称", "企业名称"), ("客户名称", "企业名称"), ("市场主体名称", "企业名称"),
    # (near misses: a count or a kind of them, not their names; a product's name is no thing's)
    ("电站类型", None), ("用户数量", None), ("产品名称", None), ("会员等级", None),
])
def test_a_name_label_says_its_things_kind(label, want):
    assert reads_as(CONF, label) == want


@pytest.mark.parametrize("text, want", [
    # (name, owners, places, projects): a station's table, its owner and its river and town; a list of
    # a market's members and the park each is in
    ("序号｜泵站名称｜管护单位｜所在河流｜所在乡镇｜设计流量", (1, (2,), (3, 4), ())),
    ("序号｜会员名称｜所在园区｜主营业务｜年交易额（万元）", (1, (), (2,), ())),
    # a product check's list: the maker's column is the row's firm; the failed test items name no project
    ("序号｜产品名称｜生产单位｜所在地｜商标｜不合格项目", (2, (), (3,), ())),
    # (near misses: a name column and nothing said of it; a test's table, its items no thing)
    ("序号｜电站名称｜装机容量｜投运年份", None),
    ("序号｜检验项目｜标准要求｜检验结果｜单项判定", None),
])
def test_a_header_names_its_rows_thing_by_its_kind(text, want):
    h = header(CONF, text)
    assert (None if h is None else (h.name, h.owners, h.places, h.projects)) == want


def test_a_party_named_beside_a_project_owns_nothing():
    # (near miss: 客户名称 beside 项目名称 names the project's customer, not its owner)
    h = header(CONF, "序号｜项目名称｜客户名称｜建设地点｜总投资")
    assert (h.name, h.owners, h.places) == (1, (), (3,))
