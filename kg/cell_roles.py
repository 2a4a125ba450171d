"""What a table's column holds, told by its cells, where its label says nothing of it (编号, 备注, 单位,
情况, or a label no list nor [table] label_words names): another office's header may label its
firms' or sites' column with a word of no role, and the rows below still show it.

Each [table] cell_roles entry is a pattern a cell matches whole (a registered firm's name, a park's,
a place's, by their generic heads) and the listed label a column reads as when most of its cells
(cell_role_share of those not blank, cell_role_blanks: —, 无, in cell_role_rows rows or more) match it. A label naming a
duty or a service (cell_role_barred: 牵头单位, 设计单位, 供应商) takes no role from its cells: a body
charged with a task, or a supplier, owns nothing of the row.

>>> from kg.rules import load_rules
>>> conf = load_rules().relations["table"]
>>> read_by_cells(conf, ("序号", "项目名称", "单位", "备注"),
...               ["1 墨川轴承项目 星澜精工有限公司 青禾产业园", "2 白露冷链项目 云溪物流有限公司 墨川经济开发区"])
{2: '产权单位', 3: '建设地点'}
>>> read_by_cells(conf, ("序号", "项目名称", "牵头单位"), ["1 墨川轴承项目 星澜精工有限公司", "2 白露项目 云溪物流有限公司"])
{}
>>> read_by_cells(conf, ("星澜精工有限公司", "青禾产业园", "星材"), ["云溪物流有限公司 白露镇 墨能", "墨川有限公司 云溪县 星材"])
{}
"""
from __future__ import annotations

from .rules import rx


def read_by_cells(conf: dict, labels: tuple[str, ...], rows, open_: set[int] | None = None) -> dict[int, str]:
    """column -> the listed label its cells read as, of the columns ``open_`` names (every one by
    default); ``rows``: the texts of the rows below the header, each as many cells as it has."""
    from .tablerows import cells      # (tablerows reads headers with this module: imported late)
    barred = rx(conf.get("cell_role_barred", "$^"))
    blanks = set(conf.get("cell_role_blanks", ()))
    roles: dict[str, list] = {}     # (a park's cells and a place's side by side are one site's column)
    for e in conf.get("cell_roles", ()):
        roles.setdefault(e["reads_as"], []).append(rx(e["cells"]))
    # (a line whose "labels" are themselves a firm's or a place's names is a row, not a header)
    if any(p.fullmatch(x) for x in labels for ps in roles.values() for p in ps):
        return {}
    table = [[t[a:b] for a, b in cells(t)] for t in rows]
    table = [r for r in table if len(r) == len(labels)]
    if len(table) < conf.get("cell_role_rows", 2) or not roles:
        return {}
    out = {}
    for i, label in enumerate(labels):
        if (open_ is not None and i not in open_) or barred.search(label):
            continue
        column = [r[i] for r in table if r[i] and r[i] not in blanks]
        if len(column) < conf.get("cell_role_rows", 2):
            continue
        for reads, patterns in roles.items():
            hits = sum(any(p.fullmatch(x) for p in patterns) for x in column)
            if hits >= conf.get("cell_role_share", 0.6) * len(column):
                out[i] = reads
                break
    return out
