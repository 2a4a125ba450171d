"""Who holds what a printed table's row names, beyond its owner column (kg/tablerows.py,
kg/relate/tables.py):

    序号｜企业名称｜上级（控股）单位｜使用品牌｜生产基地项目
    1｜星澜食品有限公司｜青禾集团有限公司｜星澜、白露｜星澜腐竹生产基地项目

- a parent's cell (上级单位, 控股股东, 产权单位股东: [table] parent_labels) names the firms holding the
  row's firm: the firm the name cell names, or, the row being a project's or a building's, the firm
  its owner cell names (项目名称 实施企业 上级单位; 厂房名称 产权单位 产权单位股东) (``owner-table``,
  ``owner-parent-table``);
- a project's cell beside the firm's name (生产基地项目; free text too, 建成X项目，…；投产Y项目, the
  sentences its row runs on into) names the firm's projects (``owner-table-project``), or a park's
  (园区名称 … 支撑项目: they lie in it, ``located-table-project``), unless an owner column of the
  project's own stands after it (首台（套）首用项目 项目业主: the buyer's, ``owner-project-table``);
- a brand's cell (使用品牌: 星澜、白露) names the brands the row's firm trades under (``owner-brand-table``).
"""
from __future__ import annotations

from .base import OWNERS, Collector, Item


def row_holders(c: Collector, doc_id: str, index: int, h, inside, item: Item | None, rest: list[Item]) -> None:
    """The relations of one row's parent, project and brand cells; ``inside(i)``: the items of
    column i, ``rest``: those of the sentences the row's last cell runs on into."""
    firms = [item] if item is not None and item.cls in OWNERS else \
        [x for i in h.owners for x in inside(i) if x.cls in OWNERS]
    for p in (x for i in h.parents for x in inside(i) if x.cls in OWNERS):
        for f in firms:
            if f.key != p.key:
                c.add(f.key, "ownedBy", p.key, doc_id, index, "owner-table" if f is item else "owner-parent-table")
    if item is None:
        return
    last = len(h.labels) - 1
    projects = [x for i in h.projects for x in [*inside(i), *(rest if i == last else ())] if x.cls == "Project"]
    owners = [x for i in h.project_owners for x in inside(i) if x.cls in OWNERS]
    for x in projects:
        if h.project_owners:
            for o in owners:
                c.add(x.key, "ownedBy", o.key, doc_id, index, "owner-project-table")
        elif item.cls in OWNERS:
            c.add(x.key, "ownedBy", item.key, doc_id, index, "owner-table-project")
        elif item.cls == "Platform" and x.key != item.key:
            c.add(x.key, "locatedIn", item.key, doc_id, index, "located-table-project")
    if item.cls == "Enterprise":
        for b in (x for i in h.brands for x in inside(i) if x.cls == "Enterprise" and x.key != item.key):
            c.add(b.key, "ownedBy", item.key, doc_id, index, "owner-brand-table")
