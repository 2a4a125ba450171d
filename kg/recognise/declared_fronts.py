"""A firm's declared short name right before a project named by what it makes opens that
project's name, and owns it.

    >>> from kg.model import Mention
    >>> from kg.rules import load_rules
    >>> a = Mention("d", 1, 2, 6, "星澜精工", "Enterprise", "星澜精工装备股份有限公司", "declared-alias")
    >>> p = Mention("d", 1, 6, 18, "年产5万台精密减速器项目", "Project", "年产5万台精密减速器项目", "head:项目")
    >>> [(m.surface, m.role) for m in declared_fronts(load_rules(), [a, p])]
    [('星澜精工', 'owner'), ('星澜精工年产5万台精密减速器项目', '')]

The text names the firm in full once (以下简称“星澜精工”) and later by its short name; the
sentence's walk left from the head stops at that short name, a word no list holds, so the
project loses the words that say whose it is. Only a name that opens with a capacity
([brand] capacity_opens: 年产…, 5万吨…) is cut so: one that opens with words of its own
(星澜精工|智能工厂) was named without the firm.
"""
from __future__ import annotations

from dataclasses import replace

from ..rules import rx

DECLARED = "declared-alias"


def declared_fronts(rules, mentions: list) -> list:
    """``mentions`` with each project right after a firm's declared short name, its name
    opening with a capacity, grown over that name; the short name nested as its owner."""
    opens = rules.brand.get("capacity_opens")
    if not opens:
        return mentions
    capacity = rx(opens)
    firms = {(m.sentence, m.end): m for m in mentions
             if m.rule == DECLARED and m.cls in ("Enterprise", "Institution") and m.role != "owner"}
    if not firms:
        return mentions
    grown: dict[int, object] = {}
    owners: set[int] = set()
    for i, m in enumerate(mentions):
        a = firms.get((m.sentence, m.start))
        if a is None or m.cls != "Project" or m.role == "owner" or not capacity.match(m.surface):
            continue
        grown[i] = replace(m, start=a.start, surface=a.surface + m.surface, name=a.surface + m.name)
        owners.add(id(a))
    if not grown:
        return mentions
    return [grown.get(i) or (replace(m, role="owner", rule="owner-prefix:declared") if id(m) in owners else m)
            for i, m in enumerate(mentions)]
