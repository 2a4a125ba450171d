"""The names in table cells whose header's words say how the cell is laid out (kg/tablerows.py
``Header``), where the recogniser's own reading of the row misses them:

    序号｜承接企业（母公司）｜新建项目｜投资国别及城市
    1｜墨川材料有限公司（白露集团）｜墨川结构件项目｜甲国 甲城

- a cell under a label glossed by a parent's (承接企业（母公司）) names a firm, then its parent in
  brackets: the firm whole when it ends in a firm's head, the parent a firm, two to twelve
  characters (a brand, 白露集团 or 星澜);
- a project-site cell (投资国别及城市, [table] project_site_labels) names places parted by spaces,
  a country then a city of it, each two to eight characters of Chinese.
"""
from __future__ import annotations

import re

from ..model import Mention
from ..rules import Rules
from ..tablerows import cells, table_rows

_BRACKETED = re.compile(r"(?P<firm>[^（(]{4,40})[（(](?P<parent>[\u4e00-\u9fffA-Za-z]{2,12})[）)]$")
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,8}")


def glossed_cells(rules: Rules, s, h, spans, covered, made) -> list[Mention]:
    """The mentions of one row's bracketed and project-site cells; ``covered(a, b)``: whether a
    mention already covers the span, ``made(a, b, cls, rule)``: a new mention."""
    out = []
    for i in h.bracketed:
        a, b = spans[i]
        m = _BRACKETED.fullmatch(s.text, a, b)
        if m is None:
            continue
        head = rules.head_of(m.group("firm"))
        if head is not None and head.cls == "Enterprise" and m.group("firm") not in rules.heads \
                and not covered(*m.span("firm")):
            out.append(made(*m.span("firm"), "Enterprise", "table-owner"))
        if not covered(*m.span("parent")):
            out.append(made(*m.span("parent"), "Enterprise", "table-owner"))
    for i in h.project_sites:
        a, b = spans[i]
        units = cells(s.text[a:b])     # (甲国 甲城: the words spaces part)
        if len(units) < 2 or not all(_PLACE.fullmatch(s.text, a + x, a + y) for x, y in units):
            continue
        out += [made(a + x, a + y, "Place", "table-place") for x, y in units if not covered(a + x, a + y)]
    return out


def parent_brackets(rules: Rules, sentences) -> dict[int, set[str]]:
    """sentence index -> the parents bracketed in its cells under a label glossed by a parent's
    (承接企业（母公司）: X有限公司（白露集团）): no short form the cell declares for its firm."""
    out: dict[int, set[str]] = {}
    for s, h, spans in table_rows(rules.relations.get("table", {}), sentences):
        for i in h.bracketed:
            m = _BRACKETED.fullmatch(s.text, *spans[i])
            if m:
                out.setdefault(s.index, set()).add(m.group("parent"))
    return out
