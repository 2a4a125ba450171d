"""An owner read off a name by its shape (a brand and trade words: 星澜客车新能源|物流车工厂)
that opens with a firm the document names, by its short form (简称“星澜客车”) or as
a firm: the owner is that firm, the words after it the thing's (its industry, its kind)."""
from __future__ import annotations

from ..model import Mention


def named_owners(mentions: list[Mention], declared: dict[str, tuple[str, str]]) -> None:
    """Shorten, in place, each owner shaped by a rule (not the lexicon's) whose surface
    opens with a firm's short form ``declared`` (alias -> (name, class)) or with the surface
    of a firm the document names, to the longest such firm: it is that firm's."""
    firms = {a: t[0] for a, t in declared.items() if t[1] == "Enterprise" and len(a) >= 2}
    for m in mentions:
        if m.cls == "Enterprise" and m.role != "owner" and len(m.surface) >= 2:
            firms.setdefault(m.surface, m.name)
    if not firms:
        return
    for m in mentions:
        if m.role != "owner" or m.cls != "Enterprise" or m.rule == "owner-prefix:lexicon":
            continue
        best = max((a for a in firms if m.surface.startswith(a) and a != m.surface), key=len, default=None)
        if best is not None:
            m.end, m.surface, m.name = m.start + len(best), best, firms[best]
