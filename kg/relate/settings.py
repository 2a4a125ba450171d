"""Where a paragraph's or a sentence's acts take place, for the district rule (kg/relate/located.py):
the area a short heading names (做强大城北核心功能。), the site a sentence names after a site
verb, the district or zone a speaker or a numbered item sets (在青禾经开区，…; （一）青禾镇。),
and whether a sentence counts or goes on listing what the district's acts took (签约项目12个。
其中，…)."""
from __future__ import annotations

from .base import CLAUSE, LOCATIONS, Collector, Item, finditer, rx


def heading_area(c: Collector, s, ms: list[Item], district: str | None,
                  doc_places: list[tuple[str, str]]) -> str | None:
    """The one area (not the district) a short paragraph heading names: 做强大城北核心功能。"""
    if len(s.text) > c.rules.get("district", {}).get("heading_max", 0):
        return None
    places = {x.key for x in ms if x.cls == "Place" and x.key != district and x.m.role != "owner"}
    if not ms:
        places = {k for name, k in doc_places if name in s.text and k != district}
    units = tuple(c.rules.get("part", {}).get("adjacent_units", ()))
    if len(places) == 1:
        k = next(iter(places))
        return None if c.ents[k].name.endswith(units) and not c.ents[k].name.endswith("区块") else k
    return None


def find_site(c: Collector, text: str, ms: list[Item]) -> str | None:
    """Where a sentence says something lies (…地块位于青禾小镇): the place after 位于."""
    for mt in rx(c.rules.get("located", {}).get("site_verb", "$^")).finditer(text):
        x = next((x for x in ms if x.m.start == mt.end() and x.cls in LOCATIONS), None)
        if x:
            return x.key
    return None


def acts_lead(c: Collector, text: str) -> bool:
    """Whether a sentence opens on the act its paragraph reports (签约项目中，…; 开工项目中，…):
    the projects of the paragraph's sentences are the ones signed or begun."""
    return bool(rx(c.rules.get("district", {}).get("acts_lead", "$^")).match(text))


def acts_count(c: Collector, text: str) -> int | None:
    """Where a sentence counts the projects an act took (全年新签约亿元以上项目54个。其中，
    A…；B…; 将现场签约8个项目，其中包括A、B), the end of the count, else None: the projects of
    its clauses after it that open on 其中 (carried_clause), and of the sentences that go on
    to list them (`lists_on`), are the ones signed or begun. A count the district strives
    for (力争全年签约项目60个) reports no act."""
    dist = c.rules.get("district", {})
    wish = rx(dist.get("wish_before", "$^"))
    for mt in finditer(dist.get("acts_count", "$^"), text):
        opening = max((m.end() for m in CLAUSE.finditer(text, 0, mt.start())), default=0)
        if not wish.search(text[opening:mt.start()]):
            return mt.end()
    return None


def lists_on(c: Collector, text: str, ms: list[Item]) -> bool:
    """Whether a sentence goes on listing what the sentence before counted: it opens on
    其中, 一是…, a class of the count (50亿元以上项目有…) or on a project or park."""
    if rx(c.rules.get("district", {}).get("count_goes_on", "$^")).match(text):
        return True
    first = next((x for x in ms if x.m.role != "owner"), None)
    return first is not None and first.m.start == 0 and first.cls in ("Project", "Platform")


def setting(c: Collector, text: str, ms: list[Item], home_rules, home: str | None = None) -> str | None:
    """The district-level place or the zone a sentence opens on as its setting (在B区，…; 同属B区的X…;
    B区还将…; B经开区…签约活动举行), or the zone whose body speaks (发布人（B开发区管委会主任）：), else
    None: in a story on two districts, what the paragraph lands from there on is B's."""
    dist = c.rules.get("district", {})
    # a speaker's label naming a zone's body (发布人（青禾开发区管委会副主任）：…): the zone speaks
    label = rx(dist.get("speaker_zone_label", "$^")).match(text)
    if label and home is not None and c.ents[home].cls == "Place":
        zone = next((x for x in ms if x.m.start < label.end() and home_rules.kind(c.ents[x.key]) == "zone"), None)
        if zone is not None:
            return zone.key
    first = next((x for x in ms if x.m.role != "owner"), None)
    name = c.ents[first.key].name if first is not None else ""
    kind = home_rules.kind(c.ents[first.key]) if first is not None else None
    # (a district's name is short: 青禾山历史风貌区 is an area, not a district; a zone, 星澜经开区…
    # 签约活动举行, opens its own story in a paper on its district)
    if kind == "district" and (not name.endswith(home_rules.county_ends) or len(name) > dist.get("setting_max", 0)):
        return None
    # (a park or zone of a zone the document speaks for is no setting: the home lands its things)
    if kind is None or (kind == "zone" and (home is None or c.ents[home].cls != "Place")):
        return None
    before = dist.get("setting_before", "$^") if kind == "district" else dist.get("zone_setting_before", "$^")
    return first.key if rx(before).fullmatch(text[:first.m.start]) else None


def numbered_item(c: Collector, text: str, ms: list[Item], district: str | None) -> str | None:
    """The one Project, Platform, Institution or CommercialDistrict a paragraph's opening sentence
    names right after an item's number or a dash, and nothing after it ((一)青禾储能电池项目。,
    ——青禾未来城。, （二）星澜路夜市（示范街区）), else None: the paragraph after it speaks of that
    thing ([located] numbered_heading).
    (topics.item_heading reads the same kind of heading for tracks, with its own data keys.)"""
    heads = [x for x in ms if x.m.role != "owner" and x.cls in ("Project", "Platform", "Institution",
                                                           "CommercialDistrict") and x.key != district]
    # (the thing and its short form in brackets after it: one thing)
    numbered = rx(c.rules.get("located", {}).get("numbered_heading", "$^")).match(text) \
        if len({x.key for x in heads}) == 1 else None
    # (the heading is the name alone: not ——在青禾高新区会议上的报告, a document's subtitle)
    # (its short form in brackets after it: (一)青禾高新技术产业开发区（青禾高新区）。)
    aside = rx(c.rules.get("located", {}).get("numbered_aside", "$^"))
    rest = text[heads[0].m.end:] if numbered else ""
    if numbered and heads[0].m.start == numbered.end() and (not rest.strip("。．.：: ") or aside.fullmatch(rest)):
        return heads[0].key
    return None


def sentence_setting(c: Collector, text: str, ms: list[Item]) -> str | None:
    """The place a sentence opens on as the setting of its acts (在青禾镇，A投资建设的X已试产;
    在青禾区星澜街道，Y夜市开市; 在星澜路沿线，A、B等本土企业…; 在青禾镇北部的星澜产业园内，
    X已封顶), else None: what the
    sentence lands lies there, the nearer place, not only in the district."""
    dist = c.rules.get("district", {})
    things = [x for x in ms if x.m.role != "owner"]
    if not things or things[0].cls != "Place" or not rx(dist.get("setting_open", "$^")).fullmatch(text[:things[0].m.start]):
        return None
    # (在青禾区星澜街道: the last of the places side by side; 在青禾镇北部的星澜产业园内: the park
    # or 商圈 a place's 的 leads to, [district] setting_of)
    of = rx(dist.get("setting_of", "$^"))
    last = things[0]
    for x in things[1:]:
        between = text[last.m.end:x.m.start]
        if not ((x.cls == "Place" and between == "")
                or (x.cls in ("Place", "Platform", "CommercialDistrict") and of.fullmatch(between))):
            break
        last = x
    return last.key if rx(dist.get("setting_close", "$^")).match(text, last.m.end) else None


def paragraph_district(c: Collector, text: str, ms: list[Item], first: bool) -> str | None:
    """The 商圈 the first sentence of a paragraph opens on (青禾商圈是…; 云溪区青禾商圈…; 同属B区的
    青禾商圈…), else None:
    the paragraph tells what lands in it (its malls, the brands they open)."""
    if not first:
        return None
    opening = rx(c.rules.get("district", {}).get("setting_before", "$^") + "的?")
    before, pos = [], 0
    for x in (x for x in ms if x.m.role != "owner"):
        before.append(text[pos:x.m.start])
        if x.cls == "CommercialDistrict":
            # (a 商圈, not a street: what a paragraph on 青禾步行街 opens lies in the district)
            ends = tuple(c.rules.get("district", {}).get("mall_area_ends", ()))
            return x.key if opening.fullmatch("".join(before)) and c.ents[x.key].name.endswith(ends) else None
        if x.cls != "Place":
            return None
        pos = x.m.end
    return None
