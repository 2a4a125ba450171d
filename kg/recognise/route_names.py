"""A route named by its two ends (青禾至星澜铁路, 云溪—白露城际公路, 墨川至青禾高速): one place, the line,
named whole; a head's walk stops at the joiner (至, —) and reads the second end and the head alone
(星澜铁路), a line that is no line of that name. rules.toml [route_name]: the heads that end a route's
name, the joiners between its ends; the first end is a place the text names right before the joiner
(a mention of its own, role owner: the name opens with it, as a town opening a park's name)."""
from __future__ import annotations

from dataclasses import replace

from ..model import Mention


def route_names(rules, texts: dict[int, str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each route read from its second end widened over its first."""
    cfg = rules.data.get("route_name") or {}
    heads, joiners = tuple(cfg.get("heads", ())), tuple(cfg.get("joiners", ()))
    if not heads or not joiners:
        return mentions
    places = {(m.sentence, m.end): m for m in mentions if m.cls == "Place" and m.role == "name"}
    ends: set[int] = set()
    out: list[Mention] = []
    for m in mentions:
        text = texts.get(m.sentence, "")
        j = next((j for j in joiners if text.startswith(j, m.start - len(j))), None) \
            if m.cls == "Place" and m.role == "name" and m.name == m.surface and m.name.endswith(heads) else None
        first = places.get((m.sentence, m.start - len(j))) if j else None
        if first is None or first is m:
            out.append(m)
            continue
        ends.add(id(first))
        name = text[first.start:m.end]
        out.append(replace(m, start=first.start, surface=name, name=name, aliases=()))
    return [replace(m, role="owner") if id(m) in ends else m for m in out]
