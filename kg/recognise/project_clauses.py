"""The projects a printed table's free-text project cell names (kg/tablerows.py: a column whose label
ends on 项目 beside a firm's or a park's name, 主要措施及支撑项目), as clauses opening on a verb of
building (relations.toml [table] project_clause):

    1｜星澜材料有限公司｜…｜建成墨川余热回收利用项目，年节约标煤1万吨；投产青禾智能产线项目

Each clause's object is a Project whole (墨川余热回收利用项目), or, listing things each ending on a
project's end (A改造项目、B处置中心和C产业园), each of them; one whose first units end on none is
one name (焊装、涂装车间改造项目). The cell runs on into the sentences past a 。 or ； in it when it
is the row's last (``row_rest``).

>>> from kg.rules import load_rules
>>> conf = load_rules().relations["table"]
>>> text = "建成青禾管网改造项目、白露处置中心和墨川综合利用产业园，年节约标煤1万吨"
>>> [text[a:b] for a, b in clause_projects(conf, text, 0, len(text))]
['青禾管网改造项目', '白露处置中心', '墨川综合利用产业园']
>>> text = "完成焊装、涂装车间改造项目；配套建设10兆瓦时储能站"
>>> [text[a:b] for a, b in clause_projects(conf, text, 0, len(text))]
['焊装、涂装车间改造项目']
"""
from __future__ import annotations

import re

from ..model import Mention
from ..rules import rx
from ..tablerows import row_rest

_CLAUSE = re.compile(r"[^，,；;。]+")


def clause_projects(conf: dict, text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The (start, end) of the projects the clauses of text[a:b] name after a verb of building."""
    clause = rx(conf.get("project_clause", "$^"))
    ends = tuple(conf.get("project_clause_ends", ()))
    joiners = rx(conf.get("project_clause_joiners", "$^"))
    out = []
    for c in _CLAUSE.finditer(text, a, b):
        m = clause.fullmatch(text, c.start(), c.end())
        if not m:
            continue
        x, y = m.span("name")
        cuts = [x, *(k for u in joiners.finditer(text, x, y) for k in (u.start(), u.end())), y]
        units = list(zip(cuts[::2], cuts[1::2]))
        if len(units) > 1 and all(text[p:q].endswith(ends) and q - p >= 4 for p, q in units):
            out += units
        else:
            out.append((x, y))
    return out


def project_cells(rules, doc_id: str, sentences, s, h, spans, by_sentence: dict[int, list[Mention]]) -> list[Mention]:
    """The Projects the row's project cells name in clauses that nothing found covers whole."""
    conf = rules.relations.get("table", {})
    out = []
    last = len(h.labels) - 1
    for i in h.projects:
        parts = [(s, *spans[i])] + ([(t, 0, len(t.text)) for t in row_rest(sentences, s)] if i == last else [])
        for t, a, b in parts:
            ms = by_sentence.get(t.index, [])
            for x, y in clause_projects(conf, t.text, a, b):
                if not any(m.start <= x and y <= m.end and m.role != "owner" for m in ms):
                    out.append(Mention(doc_id, t.index, x, y, t.text[x:y], "Project", t.text[x:y], "table-project", 0.7))
    return out
