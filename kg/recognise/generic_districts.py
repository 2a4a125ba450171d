"""A commercial district's head after a word that only says which part of a town or what
kind of area (rules.toml [generic_districts]: 城区|商圈, 老城|商圈, 东部|商圈, 数字|商圈, 古镇|商圈,
a bare 广场|商圈) names no district: every town has such areas, the text speaks of them
as a kind (推动城区商圈提档升级, 打造东部商圈). A proper word before the part word keeps the
name (云溪古镇商圈, 星澜广场商圈: the walk left holds it); a direction said as the town's
side (城南商圈) is a name and is not listed.

A district's name the walk opened with a town's part word and the words before it (云溪市中心城区|
白露商圈: [generic_districts] part_words) starts after that word: the part of town, the city's with
its name before it, is a place of its own, where the district lies.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Mention


def generic_districts(rules, mentions: list[Mention]) -> list[Mention]:
    """The mentions but the commercial districts a part word alone opens (module doc)."""
    cfg = rules.data.get("generic_districts", {})
    bare = {w + h for w in cfg.get("words", ()) for h in cfg.get("heads", ())}
    if not bare:
        return mentions
    places = {(m.sentence, m.end): m for m in mentions if m.cls == "Place" and m.role != "owner"}
    out: list[Mention] = []
    for m in mentions:
        if m.cls == "CommercialDistrict" and m.role != "owner":
            if m.name in bare:
                continue
            out += _part_cut(m, cfg, places)
        else:
            out.append(m)
    return out


def _part_cut(m: Mention, cfg: dict, places: dict) -> list[Mention]:
    """``m`` cut after a part of town that opens it (module doc), else ``m``; the part with the
    place the walk stopped at right before it (云溪市|中心城区白露商圈) is the place too."""
    if m.surface != m.name:
        return [m]
    for w in cfg.get("part_words", ()):
        i = m.name.find(w)
        rest = m.name[i + len(w):] if i >= 0 else ""
        if len(rest) >= cfg.get("stem_min", 2) + 2 and rest.endswith(tuple(cfg.get("heads", ()))):
            at = m.start + i + len(w)
            city = places.get((m.sentence, m.start)) if i == 0 else None
            part = m.name[:i + len(w)] if i > 0 else (city.surface + w if city is not None else "")
            cut = [replace(m, start=at, surface=rest, name=rest)]
            if part:
                s = at - len(part)
                cut.append(replace(m, start=s, end=at, surface=part, name=part, cls="Place", aliases=(), extra=(),
                                   role="name"))
            return cut
    return [m]
