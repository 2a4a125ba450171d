"""A named zone's areas, named after the zone.

A park or a zone is laid out in areas named by the zone and a place (星澜工业园区白沙片区,
墨川边境经济合作区青禾片区): each area hosts firms of its own, a platform named by the whole
(its short form, 白沙片区, an alias), and a part of the zone (kg/relate/zone_areas.py). The
walks of heads and table cells cut such a name where jieba cut it (星澜工业园|区白沙片区,
白沙片区 alone, a place); a list of the areas after the zone (入驻星澜工业园区白沙、青禾、
云溪三个片区的企业) names each the same way. The zone must be named ([zone_area] zone_ends,
with name_min characters before its word: 经开区青禾片区 is an area of whatever zone the
text means, a place), and the area's word a proper one (area_re; not_area: 的核心片区,
南部片区, 两个片区 name no area).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import LISTED_RULE, Mention

RULE = "zone-area"


def _zone_start(ms: list[Mention], text: str, end: int, conf: dict) -> int | None:
    """Where the named zone ending at ``end`` starts: the first mention over its last
    character (the walks found it, whole or cut), if the words before the zone word are
    name_min characters or more and no break stands among them."""
    over = [m.start for m in ms if m.start < end <= m.end]
    if not over:
        return None
    start = min(over)
    zone = text[start:end]
    word = next((w for w in conf["zone_ends"] if zone.endswith(w)), None)
    if word is None or len(zone) - len(word) < conf.get("name_min", 2) or re.search(conf["breaks"], zone):
        return None
    return start


def _areas(text: str, ms: list[Mention], conf: dict):
    """(start, zone end, [(item start, item end)], end) of each zone's area or list of areas."""
    zone = "|".join(sorted(map(re.escape, conf["zone_ends"]), key=len, reverse=True))
    item = conf["area_re"]
    pat = re.compile(f"(?:{zone})(?P<items>{item}(?:、{item})*)(?P<tail>{conf['list_tail']})?{conf['head']}")
    # (the last area's mention holds the head when nothing stands between: A、B片区)
    for mt in pat.finditer(text):
        items, at = [], mt.start("items")
        for word in mt.group("items").split("、"):
            items.append((at, at + len(word)))
            at += len(word) + 1
        if len(items) > 1 and not mt.group("tail") and not conf.get("bare_lists"):
            continue
        if any(re.search(conf["not_area"], text[a:b]) for a, b in items):
            continue
        start = _zone_start(ms, text, mt.start("items"), conf)
        # (not inside a longer name: 青禾高新区白沙片区综合开发项目 is the project's, 星澜高新区白沙
        # 片区青禾产业园 the park's; nor where the walks named an area after a verb: 星澜产业园位于
        # 白沙片区, 星澜开发区下设白沙片区)
        if not mt.group("tail"):
            items[-1] = (items[-1][0], mt.end())
        if start is not None and not any(m.start < mt.end() < m.end for m in ms) \
                and not any(a < m.start < b for m in ms for a, b in items):
            yield start, mt.start("items"), items, mt.end()


def zone_areas(rules, texts: dict[int, str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each named zone's area a platform named by the zone and the area."""
    conf = rules.data.get("zone_area")
    if not conf or not conf.get("zone_ends"):
        return mentions
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    head = conf["head"]
    for index, ms in by_sentence.items():
        text = texts.get(index, "")
        if head not in text:
            continue
        for start, zone_end, items, end in list(_areas(text, ms, conf)):
            zone_name = text[start:zone_end]
            # a platform the walks found whole (a lexicon's 自贸试验区X片区) stands
            if len(items) == 1 and any(m.start == start and m.end == end and m.cls == "Platform"
                                       and m.role != "owner" for m in ms):
                continue
            same = next((m for m in ms if m.start == start and m.end == zone_end and m.cls == "Platform"), None)
            zone = replace(same, role="owner") if same is not None else Mention(
                ms[0].doc_id, index, start, zone_end, zone_name, "Platform", zone_name, f"{RULE}:zone", 0.75,
                role="owner")
            made = [zone]
            for i, (a, b) in enumerate(items):
                short = text[a:b].removesuffix(head) + head
                a = start if i == 0 else a          # (the first area's mention holds the zone)
                made.append(Mention(ms[0].doc_id, index, a, b, text[a:b], "Platform", zone_name + short,
                                    LISTED_RULE if len(items) > 1 else f"{RULE}:{head}", 0.75, aliases=(short,)))
            ms = [m for m in ms if not (m.start < end and start < m.end)] + made
        by_sentence[index] = ms
    return [m for ms in by_sentence.values() for m in ms]
