"""A firm's unit named as the opening of a project's name: 白露集团旗下青禾面业（云溪）有限公司年产
10万吨面粉项目 says the firm 青禾面业（云溪）有限公司 is the group's, and the project that firm's
(owner-prefix), not that the group owns the project. The rules that read a unit of a firm
(relations.toml [owner] unit_rules) hand what they found over to the registered firm ([owner]
registered_ends) the project's name opens with."""
from __future__ import annotations

from .base import Collector


def unit_firms(c: Collector, doc_id: str) -> None:
    owner = c.rules.get("owner", {})
    rules = set(owner.get("unit_rules", ()))
    registered = tuple(owner.get("registered_ends", ()))
    if not rules or not registered:
        return
    prefix = {}
    for r in c.out.values():
        if r.predicate == "ownedBy" and r.doc_id == doc_id and r.rule == "owner-prefix" \
                and c.ents[r.object].cls == "Enterprise" and c.ents[r.object].name.endswith(registered) \
                and c.ents[r.subject].name.startswith(c.ents[r.object].name):
            prefix.setdefault(r.subject, set()).add(r.object)
    for key, r in list(c.out.items()):
        if r.predicate != "ownedBy" or r.doc_id != doc_id or r.rule not in rules:
            continue
        firms = prefix.get(r.subject, set()) - {r.object}
        if len(firms) == 1:
            del c.out[key]
            c.add(firms.pop(), "ownedBy", r.object, r.doc_id, r.sentence, r.rule, r.confidence)
