"""What the cells after a row's project column say of its projects (kg/tablerows.py ``Header``):

    序号｜盘活地块（厂房）｜原权属企业｜所在园区｜承接企业（母公司）｜新建项目｜所属产业
    1｜星澜纺织闲置厂房｜星澜纺织有限公司｜青禾经济开发区｜墨川材料有限公司（白露集团）｜墨川结构件项目｜新能源电池

    序号｜境内投资主体｜控股母公司｜所在园区｜境外项目｜投资国别及城市｜所属行业｜境内配套项目
    1｜云溪电子有限公司｜云溪控股｜青禾高新区｜云溪甲城模组工厂｜甲国 甲城｜新型显示｜云溪模组扩产项目

- a track column's tracks are those of the projects of the nearest project column before it
  (``track-table-project``), and, on a plot's or a building's row, of the firm taking it
  (承接企业: ``owner-track-table``); not the plot's own;
- a plot's projects, and the firm taking it, lie where it does (``located-table-plot``);
- a project-site column (投资国别及城市, [table] project_site_labels) places the projects of the
  nearest project column before it in the cell's last unit, a city, part of its first, a
  country (``located-table-abroad``, ``part-table-abroad``);
- a cell under a label glossed by a parent's (承接企业（母公司）) closes on its firm's parent in
  brackets (``owner-table-bracket``).
"""
from __future__ import annotations

from .base import LOCATIONS, OWNERS, Item


def project_columns(c, doc_id: str, index: int, h, inside, item: Item | None, tracks: list[Item],
                    sites: list[Item]) -> None:
    """The relations of one row's project columns' neighbours; ``inside(i)``: the items of column i
    (``whole``: a bracketed parent's too),
    ``tracks``: the row's tracks, ``sites``: the places its site cells name, finest last."""
    for i in h.bracketed:
        cell = inside(i, whole=True)
        firm = next((x for x in cell if x.cls in OWNERS), None)
        for p in (x for x in cell if firm is not None and x.cls in OWNERS and x.m.start > firm.m.end):
            c.add(firm.key, "ownedBy", p.key, doc_id, index, "owner-table-bracket")
    if item is None or not h.projects:
        return

    def projects(j: int) -> list[Item]:
        before = [i for i in h.projects if i < j]
        return [x for x in inside(before[-1]) if x.cls == "Project"] if before else []

    for j in h.tracks:
        for x in projects(j):
            for t in tracks:
                c.add(x.key, "inTrack", t.key, doc_id, index, "track-table-project")
    if h.subject:
        takers = [x for i in h.project_owners for x in inside(i) if x.cls in OWNERS]
        for f in takers[:1]:
            for t in tracks:
                c.add(f.key, "inTrack", t.key, doc_id, index, "owner-track-table")
            for s in sites[-1:]:    # (the taker works the plot: it lies there too)
                c.add(f.key, "locatedIn", s.key, doc_id, index, "located-table-plot")
        for x in (x for i in h.projects for x in inside(i) if x.cls == "Project"):
            for s in sites[-1:]:
                c.add(x.key, "locatedIn", s.key, doc_id, index, "located-table-plot")
    for j in h.project_sites:
        places = [x for x in inside(j) if x.cls in LOCATIONS]
        for x in projects(j) if places else ():
            c.add(x.key, "locatedIn", places[-1].key, doc_id, index, "located-table-abroad")
        if len(places) > 1 and places[0].cls == places[-1].cls == "Place":
            c.add(places[-1].key, "partOf", places[0].key, doc_id, index, "part-table-abroad")
