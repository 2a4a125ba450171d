"""The park a card's place field names (建设地点：墨川精细化工园, 地点：白露镇星澜食品产业园内), read as a
printed table's site cell is (kg/recognise/table_cells.py): its value up to the first clause mark
or bracket, a closing 内 passed over ([table] site_within), ending on a park's end ([table] site_park_ends: 基地, 园, 谷) or head,
names that park whole where no place or park already ends it, though read as a project's name
or as no name (墨川 and 精细化工); a zone found opening it (青禾经开区|新材料产业园) or a town
whose name is glued to it (白露镇|星澜食品产业园) is passed over.

>>> from kg.rules import load_rules
>>> rules = load_rules()
>>> [(m.surface, m.cls) for m in field_sites(rules, "d", [_S("建设地点：墨川精细化工园")], {0: []})]
[('墨川精细化工园', 'Platform')]
>>> field_sites(rules, "d", [_S("建设地点：墨川精细化工园（规划）")], {0: []})[0].surface
'墨川精细化工园'
>>> field_sites(rules, "d", [_S("建设地点：白露镇星澜食品产业园内")], {0: []})[0].surface
'星澜食品产业园'
>>> field_sites(rules, "d", [_S("主要产品：精细化工园配套材料")], {0: []})
[]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..fieldlines import field_start
from ..model import Mention
from ..rules import Rules, rx
from .table_cells import PLACE_CLASSES, _zone_cut

_VALUE_END = re.compile(r"[，,。；;（(、\s]")


@dataclass
class _S:
    text: str
    index: int = 0


def field_sites(rules: Rules, doc_id: str, sentences, by_sentence: dict[int, list[Mention]]) -> list[Mention]:
    """The parks the place fields of the document's cards name, not found whole (``field-site``)."""
    loc = rules.relations.get("located", {})
    conf = rules.relations.get("table", {})
    place = rx(loc.get("place_field", "$^"))
    ends = tuple(conf.get("site_park_ends", ()))
    within = tuple(conf.get("site_within", ()))
    out: list[Mention] = []
    for s in sentences:
        at = field_start(loc, s.text)
        m = place.match(s.text[at:]) if at is not None else None
        if not m:
            continue
        a = at + m.end()
        stop = _VALUE_END.search(s.text, a)
        b = stop.start() if stop else len(s.text)
        b -= next((len(w) for w in within if s.text[a:b].endswith(w)), 0)
        ms = by_sentence.get(s.index, [])
        a = _zone_cut(rules, ms, s.text, a, b, conf)
        unit = s.text[a:b]
        head = rules.head_of(unit)
        park = len(unit) >= 3 and unit.endswith(ends) or head is not None and head.cls == "Platform"
        if not park or unit in rules.heads \
                or any(x.start <= a and b <= x.end and x.cls != "Project" for x in ms) \
                or any(a <= x.start and x.end == b and x.cls in PLACE_CLASSES for x in ms):
            continue
        out.append(_made(doc_id, s, a + _town_end(conf, unit), b, "Platform"))
    return out


def _town_end(conf: dict, unit: str) -> int:
    """Where the park's name starts in ``unit``: after the last town's head ([table] town_heads)
    that leaves three characters or more (白露镇|星澜食品产业园), else at its start."""
    towns = tuple(conf.get("town_heads", ()))
    return max((k for k in range(2, len(unit) - 2) if unit[:k].endswith(towns)), default=0)


def _made(doc_id: str, s, a: int, b: int, cls: str) -> Mention:
    return Mention(doc_id, s.index, a, b, s.text[a:b], cls, s.text[a:b], "field-site", 0.7)
