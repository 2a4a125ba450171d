"""A park named by the firm that owns it is that firm's works (rules.toml [firm_parks]).

A park, a base or a logistics park whose name opens with a firm (青禾集团|云溪新材料产业园,
星澜股份|白露智能物流园: an owner of class Enterprise at the name's start) is what that firm
builds and runs for itself: a construction project, not a carrier of many firms; every
mention of the name in the document is then the project (a later 该产业园 or a list's
item names it without the firm recognised). Unless the document says it hosts firms right
after it (…产业园|入驻企业达到19家, …产业园|已集聚配套企业12家) or holds others' works
(在…产业园|内): then it is spoken of as a platform and stays one. An owner that is only
a brand-shaped word or ends in a sector's word (weak_owner_rules: 星澜|数字经济产业园,
重型装备|配套产业园) names no firm surely enough.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Mention
from ..rules import rx


def firm_parks(rules, texts: dict[int, str], mentions: list[Mention]) -> list[Mention]:
    """The mentions, each Platform park a firm's name opens made a Project (module doc)."""
    cfg = rules.data.get("firm_parks", {})
    heads = tuple(cfg.get("heads", ()))
    if not heads:
        return mentions
    hosting, within = rx(cfg["hosting_after"]), rx(cfg["within_after"])
    weak = set(cfg.get("weak_owner_rules", ()))
    owners = {(m.sentence, m.start) for m in mentions
              if m.role == "owner" and m.cls == "Enterprise" and m.rule.split(":", 1)[-1] not in weak}
    parks = [m for m in mentions if m.cls == "Platform" and m.role != "owner" and m.name.endswith(heads)]
    firm = {m.name for m in parks if (m.sentence, m.start) in owners}
    if not firm:
        return mentions
    hosts = {m.name for m in parks if m.name in firm
             and (hosting.match(texts.get(m.sentence, ""), m.end) or within.match(texts.get(m.sentence, ""), m.end))}
    made = firm - hosts
    return [replace(m, cls="Project", extra=tuple(x for x in m.extra if x not in ("Project", "Platform")))
            if m.cls == "Platform" and m.role != "owner" and m.name in made else m for m in mentions]
