"""The cells of a printed table (kg/tablerows.py) whose column's label says each closes on its
firm's seat in brackets (采购方（所在园区）, relations.toml [table] seat_labels as the label's gloss):

    序号｜采购方（所在园区）｜供应方（所在园区）｜对接产品｜所属产业链
    1｜星澜精工有限公司（青禾工业园区）｜墨川（云溪）材料有限公司（白露镇）｜轴承钢｜高端装备

The cell names two things: the firm, its name without the last bracket (星澜精工有限公司; a
bracket of the name's own stays, 墨川（云溪）材料有限公司), and the park or place in that bracket
(青禾工业园区). A cell whose words before the bracket end on no firm's or body's head, or whose
bracket ends on no place's or park's head and is no place already found, is left as read.

>>> from kg.rules import load_rules
>>> rules = load_rules()
>>> [(a, b, cls) for a, b, cls in seat_parts(rules, "墨川（云溪）材料有限公司（白露镇）", 0, [])]
[(0, 12, 'Enterprise'), (13, 16, 'Place')]
>>> seat_parts(rules, "星澜精工有限公司（一期）", 0, [])
[]
"""
from __future__ import annotations

from ..model import Mention
from ..rules import Rules
from ..tablerows import table_rows
from .split_sites import split_site_cells

OWNER_CLASSES = ("Enterprise", "Institution")
PLACE_CLASSES = ("Place", "Platform")


def seat_parts(rules: Rules, cell: str, at: int, ms: list[Mention]) -> list[tuple[int, int, str]]:
    """The (start, end, class) of the firm and of its seat a cell ``cell`` starting at ``at`` names
    (``ms``: the mentions found in the sentence), or [] when it is no name and a seat in brackets."""
    if not cell.endswith(("）", ")")):
        return []
    k = max(cell.rfind("（"), cell.rfind("("))
    name, seat = cell[:k], cell[k + 1:-1]
    head = rules.head_of(name)
    if k < 2 or len(seat) < 2 or head is None or head.cls not in OWNER_CLASSES or name in rules.heads:
        return []
    a, b = at + k + 1, at + len(cell) - 1
    found = next((m.cls for m in ms if (m.start, m.end) == (a, b) and m.cls in PLACE_CLASSES), None)
    where = rules.head_of(seat)
    cls = found or (where.cls if where is not None and where.cls in PLACE_CLASSES and seat not in rules.heads else None)
    return [(at, at + k, head.cls), (a, b, cls)] if cls else []


def seat_cells(rules: Rules, doc_id: str, sentences, by_sentence: dict[int, list[Mention]]) \
        -> list[tuple[int, int, int, list[Mention]]]:
    """(sentence, start, end, mentions) of every seated cell of the document's tables: the mentions
    found in the cell give way to the firm's and its seat's (a place found whole in the bracket
    stays as it was found)."""
    conf = rules.relations.get("table", {})
    out = []
    for s, h, spans in table_rows(conf, sentences):
        ms = by_sentence.get(s.index, [])
        for i in h.seated:
            a, b = spans[i]
            parts = seat_parts(rules, s.text[a:b], a, ms)
            if not parts:
                continue
            made = []
            for x, y, cls in parts:
                kept = next((m for m in ms if (m.start, m.end, m.cls) == (x, y, cls) and m.role != "owner"), None)
                made.append(kept or Mention(doc_id, s.index, x, y, s.text[x:y], cls, s.text[x:y], "table-seat", 0.7))
            out.append((s.index, a, b, made))
    # (… and a site cell's two sites read as one name across their joint: 云溪区·青禾经济开发区)
    return out + split_site_cells(rules, doc_id, sentences, by_sentence)
