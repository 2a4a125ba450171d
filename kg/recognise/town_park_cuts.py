"""A park's name a head's walk ran back over its county and its town (青禾县云溪镇星澜产业园,
墨川区白露街道新材料产业园): the text names three things, the county, the town in it and the
park in the town, as an address does (建设地点：青禾县云溪镇星澜产业园). Each a mention of its
own; so are a town and the park after it whose own name opens on its county (所在地点：云溪镇青禾县
星澜产业园: the town, then the park's full name); a park whose words are its head alone (青禾县|云溪镇工业集中区) keeps the town, which
is all its name says, and so does one after a town of one character (青禾县|田镇星澜工业园: too
short a name to stand apart from the park's words).

rules.toml [town_park_cut]: the classes and heads of the walked names (a park's, not a
project's 工程), the units ending a county-level place (parent_ends, not [glued_place]
parent_not_ends: 青禾高新区云溪镇… is a zone's, as a zone names its parks), the towns' units
and stems ([county_town] units, stem_max, not_stems, not_first, stop_tags)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Mention
from ..rules import rx


def _town(seg, rest: str, cfg: dict, town: dict) -> int:
    """The length of the town opening ``rest`` (云溪镇…), 0 if none does."""
    units = "|".join(re.escape(u) for u in sorted(town.get("units", ()), key=len, reverse=True))
    if not units:
        return 0
    m = rx(f"([\u4e00-\u9fff]{{1,{town.get('stem_max', 4)}}}?)(?:{units})").match(rest)
    if m is None:
        return 0
    stem = m.group(1)
    if stem in town.get("not_stems", ()) or stem[0] in town.get("not_first", "") \
            or any(u in stem for u in cfg.get("parent_ends", ())):
        return 0
    stop = tuple(town.get("stop_tags", ()))
    if seg is not None and any(seg.tag(t.text).startswith(stop) for t in seg.tokens(stem)):
        return 0
    return m.end()


def _unit(town_name: str, town: dict) -> int:
    return next((len(u) for u in sorted(town.get("units", ()), key=len, reverse=True) if town_name.endswith(u)), 0)


def _cut(seg, name: str, head: str, cfg: dict, town: dict, not_parents: tuple) -> list[str]:
    """``name`` cut into its county, its town and its park, or [name]."""
    parents = tuple(cfg.get("parent_ends", ()))
    # (白露镇青禾县星澜产业园: a town glued before a park its county's name opens, the address's
    # town and then the park's own full name: two things)
    n = _town(seg, name, cfg, town)
    if n and n - _unit(name[:n], town) >= cfg.get("stem_min", 2) \
            and _county_led(name[n:], head, cfg, not_parents):
        return [name[:n], name[n:]]
    for i in range(cfg.get("county_min", 3), len(name) - len(head)):
        county = name[:i]
        if not county.endswith(parents) or county.endswith(not_parents):
            continue
        n = _town(seg, name[i:], cfg, town)
        if not n:
            continue
        park = name[i + n:]
        if len(park) < len(head) + cfg.get("words_min", 2) or n - _unit(name[i:i + n], town) < cfg.get("stem_min", 2):
            return [county, name[i:]]       # (云溪镇工业集中区: the town is the park's only word;
                                            # 田镇星澜工业园: a town of one character names it)
        return [county, name[i:i + n], park]
    return [name]


def _county_led(rest: str, head: str, cfg: dict, not_parents: tuple) -> bool:
    """True when ``rest`` opens on a county-level place's name (青禾县…, 墨川州…: town_lead_ends),
    words of the park's own after it."""
    ends = tuple(cfg.get("town_lead_ends", ()))
    for i in range(cfg.get("county_min", 3), min(len(rest) - len(head), cfg.get("county_max", 6) + 1)):
        if rest[:i].endswith(ends) and not rest[:i].endswith(not_parents) \
                and len(rest) - i >= len(head) + cfg.get("words_min", 2):
            return True
    return False


def town_park_cuts(rules, seg, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the parks' names a walk ran over their county and town cut apart."""
    cfg = rules.data.get("town_park_cut") or {}
    town = rules.data.get("county_town") or {}
    heads = tuple(cfg.get("heads", ()))
    if not heads:
        return mentions
    not_parents = tuple(rules.glued_place.get("parent_not_ends", ()))
    spans = {(m.sentence, m.start, m.end) for m in mentions}
    out: list[Mention] = []
    renamed: dict[tuple[str, str], str] = {}
    named: set[tuple[int, int, int]] = set()     # (the town a walk read as the park's owner)
    for m in mentions:
        head = m.rule[5:] if m.rule.startswith("head:") else ""
        if m.cls not in cfg.get("classes", ()) or head not in heads or m.surface != m.name \
                or m.role != "name" or not m.name.endswith(head):
            out.append(m)
            continue
        parts = _cut(seg, m.name, head, cfg, town, not_parents)
        if len(parts) == 1:
            out.append(m)
            continue
        at = m.start
        for k, p in enumerate(parts):
            span = (m.sentence, at, at + len(p))
            if k == len(parts) - 1:
                out.append(replace(m, start=at, surface=p, name=p))
                renamed[(m.cls, m.name)] = p
            elif span not in spans:
                out.append(replace(m, start=at, end=at + len(p), surface=p, name=p, cls="Place",
                                   rule="town-park-cut", aliases=(), extra=(), group=""))
            else:
                named.add(span)
            at += len(p)
    # (a short form or a word standing for the park, 园区, named it by the walked name: the park's
    # name is what the cut leaves of it)
    # (the town cut off the park is a place the text names, no owner of the park's name)
    out = [replace(m, role="name") if m.role == "owner" and m.cls == "Place"
           and (m.sentence, m.start, m.end) in named else m for m in out]
    return [replace(m, name=renamed[(m.cls, m.name)]) if (m.cls, m.name) in renamed and m.surface != m.name
            else m for m in out] if renamed else out
