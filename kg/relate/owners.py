"""ownedBy within a sentence: an owner named at the start of a project's name,
and ownership frames (控股企业)."""
from __future__ import annotations

from .base import OWNED, OWNERS, Collector, Item, finditer


def owners(c: Collector, doc, s, ms: list[Item]) -> None:
    for x in ms:
        if x.m.role == "owner":
            parent = next((p for p in ms if p.m.start == x.m.start and p.m.end > x.m.end
                           and p.m.role != "owner"), None)
            if parent and c.cls(parent.key) & OWNED and c.cls(x.key) & OWNERS:
                c.add(parent.key, "ownedBy", x.key, doc.doc_id, s.index, "owner-prefix")
    for pat in c.rules.get("owner", {}).get("frames", ()):
        for mt in finditer(pat, s.text):
            owner = next((x for x in ms if x.m.end == mt.start("owner") + len(mt.group("owner"))
                          and c.cls(x.key) & OWNERS), None)
            owned = next((x for x in ms if x.m.start == mt.start("owned") and x.m.role != "owner"), None)
            # the 控股企业 is a firm: in 青禾集团控股企业—星澜电竞全国教育总部 it is 星澜电竞,
            # the firm the project is named after, not the project
            firm = next((x for x in ms if owned and x.m.start == owned.m.start and x.m.role == "owner"
                         and x.cls == "Enterprise"), None)
            owned = firm or owned
            if owner and owned and c.cls(owned.key) & OWNED:
                c.add(owned.key, "ownedBy", owner.key, doc.doc_id, s.index, "owner-frame")
            if owner:
                c.frame_owners.add((doc.doc_id, s.index, owner.m.start))
