"""A printed table's site cell listing two sites joined by a dot or a slash (所在县市区·园区:
云溪区·青禾经济开发区; relations.toml [table] site_split), where the recogniser read one name across
the joint (a dot joins the parts of one name elsewhere: 云溪·星澜创新中心): in a site cell the joint
parts two sites, each named on its own (云溪区, 青禾经济开发区), a unit with nothing found in it
named by its head when a place's or a park's.

>>> from kg.rules import load_rules
>>> from kg.model import Mention
>>> rules = load_rules()
>>> m = Mention("d", 0, 0, 11, "云溪区·青禾经济开发区", "Platform", "云溪区·青禾经济开发区", "head")
>>> [(x.surface, x.cls) for x in joint_parts(rules, "d", 0, "云溪区·青禾经济开发区", m, [m])]
[('云溪区', 'Place'), ('青禾经济开发区', 'Platform')]
>>> m = Mention("d", 0, 0, 11, "墨川市·青禾经济开发区", "Platform", "墨川市·青禾经济开发区", "head")
>>> [(x.surface, x.cls) for x in joint_parts(rules, "d", 0, "墨川市·青禾经济开发区", m, [m])]
[('墨川市', 'Place'), ('青禾经济开发区', 'Platform')]
"""
from __future__ import annotations

from ..model import Mention
from ..rules import Rules, rx
from ..tablerows import table_rows

PLACE_CLASSES = ("Place", "Platform")


def split_site_cells(rules: Rules, doc_id: str, sentences, by_sentence: dict[int, list[Mention]]) \
        -> list[tuple[int, int, int, list[Mention]]]:
    """(sentence, start, end, mentions) for every mention of a site cell read across a joint: the
    mention gives way to those of the sites on either side."""
    conf = rules.relations.get("table", {})
    split = rx(conf.get("site_split", "$^"))
    out = []
    for s, h, spans in table_rows(conf, sentences):
        ms = by_sentence.get(s.index, [])
        for i in h.places:
            a, b = spans[i]
            for m in ms:
                if a <= m.start and m.end <= b and m.cls in PLACE_CLASSES and split.search(s.text, m.start + 1, m.end - 1):
                    made = joint_parts(rules, doc_id, s.index, s.text, m, ms)
                    if made:
                        out.append((s.index, m.start, m.end, made))
    return out


def joint_parts(rules: Rules, doc_id: str, index: int, text: str, m: Mention, ms: list[Mention]) -> list[Mention]:
    """The mentions of the sites a mention read across a joint names, [] when a part is no site:
    those found inside a part kept, a part with none named by its head."""
    conf = rules.relations.get("table", {})
    split = rx(conf.get("site_split", "$^"))
    # (a city's or county's name no head ends, 宁国市: [table] site_place_ends)
    place_ends = tuple(conf.get("site_place_ends", ()))
    cuts = [x for c in split.finditer(text, m.start + 1, m.end - 1) for x in (c.start(), c.end())]
    bounds = [m.start, *cuts, m.end]
    made: list[Mention] = []
    for ua, ub in zip(bounds[::2], bounds[1::2]):
        inner = [x for x in ms if x is not m and ua <= x.start and x.end <= ub]
        if any(x.end == ub and x.cls in PLACE_CLASSES for x in inner):
            made += inner
            continue
        unit = text[ua:ub]
        head = rules.head_of(unit)
        cls = head.cls if head is not None else "Place" if 2 < len(unit) <= 8 and unit.endswith(place_ends) else None
        if cls not in PLACE_CLASSES or unit in rules.heads:
            return []
        made += inner + [Mention(doc_id, index, ua, ub, unit, cls, unit, "table-site", 0.7)]
    return made
