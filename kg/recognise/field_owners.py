"""The unit a card's or a directory's owner field names (运营单位：墨川县农产品质量检验站; 建设单位：
青禾县检验检测中心（县市场监管局所属事业单位）), read whole where no firm or body already covers it:
the value up to the first clause mark or bracket, with no joining word in it (A和B are two), names
a body when it ends on one of [located] owner_value_body_ends (中心, 站, 院) and a firm when it ends
on one of owner_value_firm_ends (有限公司, 合作社), though the recogniser knew no head of it
(``field-owner``). The labels are [located] owner_field's and owner_value_labels (运营单位, 管理单位).

>>> from kg.rules import load_rules
>>> rules = load_rules()
>>> [(m.surface, m.cls) for m in field_owners(rules, "d", [_S("运营单位：墨川县油料质量检验站")], {0: []})]
[('墨川县油料质量检验站', 'Institution')]
>>> [(m.surface, m.cls) for m in field_owners(rules, "d", [_S("运营单位：白露县检验检测中心（县局所属）")], {0: []})]
[('白露县检验检测中心', 'Institution')]
>>> field_owners(rules, "d", [_S("运营单位：白露县政府和星澜中心")], {0: []})
[]
>>> field_owners(rules, "d", [_S("主要产品：白露检验站")], {0: []})
[]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..fieldlines import field_start
from ..model import Mention
from ..rules import Rules, rx

_VALUE_END = re.compile(r"[，,。；;（(、：:\s]|$")
_OWNERS = ("Enterprise", "Institution")


@dataclass
class _S:
    text: str
    index: int = 0


def field_owners(rules: Rules, doc_id: str, sentences, by_sentence: dict[int, list[Mention]]) -> list[Mention]:
    """The bodies and firms the owner fields of the document's cards name, not found whole."""
    loc = rules.relations.get("located", {})
    labels = (rx(loc.get("owner_field", "$^")), rx(loc.get("owner_value_labels", "$^")))
    bodies, firms = tuple(loc.get("owner_value_body_ends", ())), tuple(loc.get("owner_value_firm_ends", ()))
    joined = rx(loc.get("owner_value_not", "$^"))
    shortest = loc.get("owner_value_min", 5)
    out: list[Mention] = []
    for s in sentences:
        at = field_start(loc, s.text)
        m = next((m for m in (p.match(s.text[at:]) for p in labels) if m), None) if at is not None else None
        if not m:
            continue
        a = at + m.end()
        b = _VALUE_END.search(s.text, a).start()
        unit = s.text[a:b]
        cls = "Institution" if unit.endswith(bodies) else "Enterprise" if unit.endswith(firms) else None
        ms = by_sentence.get(s.index, [])
        if cls is None or len(unit) < shortest or joined.search(unit) \
                or any(x.start <= a and b <= x.end and x.cls in _OWNERS for x in ms):
            continue
        out.append(Mention(doc_id, s.index, a, b, unit, cls, unit, "field-owner", 0.7))
    return out
