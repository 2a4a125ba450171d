"""partOf: an area unit after the place it belongs to, platforms a frame
makes parts of another, areas a place is said to include."""
from __future__ import annotations

from ..rules import load_rules
from ..model import Relation
from .base import CLAUSE, Collector, Item, finditer, lists, rx
from .town_parks import town_park_parts
from .town_places import town_places
from .county_towns import county_towns
from .nested_parts import nested_zone_parts
from ..indicators.numbers import to_number


def parts(c: Collector, doc, s, ms: list[Item], platform: str | None, home: str | None = None,
          heading: str | None = None) -> None:
    """``heading``: the park an item's heading names (——青禾经开区。), what the paragraph under it
    speaks of: the whole of a list of parts that names none before it (…，下辖A、B两个园区)."""
    text, doc_id = s.text, doc.doc_id
    part = c.rules.get("part", {})
    ents = [x for x in ms if x.m.role != "owner"]
    areas = {"Place", "Platform", "CommercialDistrict"}
    pronouns = tuple(c.rules.get("home", {}).get("pronouns", ()))
    # 祥符街道吉如社区: an area unit right after the place it belongs to (not a river or
    # landmark after a province: 浙江省大运河文化 does not make the canal part of the province)
    units = tuple(part.get("adjacent_units", ()))
    # ... or a city the recogniser read as the place right after its country (韩国大邱)
    cities = tuple(part.get("adjacent_rules", ()))
    # (nor is a unit part of a river or lake before it: 淮河蚌埠港 names the city's port on the river)
    waters = tuple(part.get("adjacent_not_whole_ends", ()))
    # ... or a new area a recogniser read as a zone right after its county or city (青禾区云溪新区)
    new_areas, area_wholes = tuple(part.get("adjacent_zone_ends", ())), tuple(part.get("adjacent_zone_wholes", ()))
    for a, b in zip(ents, ents[1:]):
        gap = text[a.m.end:b.m.start]
        # (墨兰 星港｜: a table cell names a city after its country by a space)
        if (gap == "" or gap == " " and b.m.rule in cities) and a.cls == "Place" and (b.cls == "Place" or (
                new_areas and b.cls == "Platform" and c.ents[b.key].name.endswith(new_areas)
                and c.ents[a.key].name.endswith(area_wholes))) \
                and (c.ents[b.key].name.endswith(units) or b.m.rule in cities) \
                and not (waters and c.ents[a.key].name.endswith(waters)):
            c.add(b.key, "partOf", a.key, doc_id, s.index, "part-adjacent")
            _listed_after(c, doc_id, s.index, text, ms, a, b, units)
    pat = part.get("platform_frame")
    if pat:
        for mt in finditer(pat, text):
            target = next((x for x in ents if x.m.start >= mt.end() and x.cls == "Platform"), None)
            parts = [x for x in ents if mt.start("parts") <= x.m.start < mt.end("parts")
                     and x.cls == "Platform"]
            for p in parts:
                if target:
                    c.add(p.key, "partOf", target.key, doc_id, s.index, "part-platform")
    # "X包括A、B、C": the areas listed after X's 包括 are its parts
    pat = part.get("include_frame")
    if pat:
        for mt in finditer(pat, text):
            whole = next((x for x in reversed(ents) if x.m.end <= mt.start()), None)
            if whole and whole.cls in ("Platform", "Place") and not text[whole.m.end:mt.start()].strip():
                whole_key = whole.key
            elif heading and (mt.start() == 0 or text[mt.start() - 1] in "，,"):
                whole_key = heading     # (——青禾经开区。…，下辖A、B: the heading's park)
            else:
                continue
            end = next((mc.start() for mc in rx(r"[，,；;。]").finditer(text[mt.end():])), len(text))
            if rx(part.get("partial_areas", "$^")).search(text, mt.end(), mt.end() + end):
                continue    # (下辖A、B部分区域: pieces of A and B are the whole's, not A and B)
            for x in ents:
                if mt.end() <= x.m.start < mt.end() + end and c.cls(x.key) & areas and x.key != whole_key:
                    c.add(x.key, "partOf", whole_key, doc_id, s.index, "part-include")
    # "推动A、B、C等四大片区协同发展": areas listed as the N zones of the platform the
    # sentence or paragraph is about (the platform named before the list)
    pat = part.get("area_list")
    admin = tuple(part.get("admin_units", ()))
    if pat and len(ents) > 1:       # (a list of areas has two at least)
        runs = lists(c, text, ms)
        # (the whole is no item of another list: 青禾开发区现辖A街道、B镇和青禾综保区，设有C、D两个
        #园区: the zone, not the last thing it governs)
        listed = {id(x) for run in runs if len(run) >= 2 for x in run}
        # (nor where the sentence's park lies: 产业园位于青禾经开区…，分为A、B两个板块)
        sited = rx(part.get("whole_not_after", "$^"))
        for r in runs:
            if len(r) < 2 or not rx(pat).match(_past_aside(text[r[-1].m.end:])):
                continue
            inside = {id(x) for x in r}
            before = [x for x in ents if x.m.end <= r[0].m.start and x.cls == "Platform"
                      and not (heading and x.key == home) and id(x) not in listed
                      and not sited.search(text, 0, x.m.start)]
            # administrative units (A街道、B街道两大片区) are the parts of a platform named in their
            # own clause, not of one the clause before builds (加快建设X城，推动A街道、B街道…)
            if all(c.ents[x.key].name.endswith(admin) for x in r) and admin:
                before = [x for x in before if not CLAUSE.search(text, x.m.end, r[0].m.start)]
            # else the zone the document speaks for (统筹A、B和C三大园区), or its district
            # when the text says the list is its own (依托区内A、B两大主阵地)
            own = home and (c.ents[home].cls == "Platform" or text[:r[0].m.start].endswith(pronouns))
            whole = before[-1].key if before else heading or (home if own else platform)
            if not whole or any(x.key == whole for x in r):
                continue
            for x in r:
                if id(x) in inside and c.cls(x.key) & areas:
                    c.add(x.key, "partOf", whole, doc_id, s.index, "part-area-list")


    layout(c, doc_id, s.index, text, ms, home)
    # 青禾高新区云溪片区: a zone's branch in a county (the recogniser's zone-branch names), or an
    # area named by the zone (zone-area: 星澜园区白沙片区, 星澜园区白沙、青禾两个片区), is a part of
    # the zone its name opens with (the nearest before it, nested in the first of a list's names)
    for x in ms:
        if x.m.role != "owner" and x.m.rule.startswith(("zone-branch:", "zone-area:")):
            zone = max((o for o in ms if o.m.role == "owner" and o.m.start <= x.m.start and o.key != x.key
                        and o.cls == "Platform" and x.m.name.startswith(o.m.surface)),
                       key=lambda o: o.m.start, default=None)
            if zone is not None:
                c.add(x.key, "partOf", zone.key, doc_id, s.index, "part-zone-branch")
    town_park_parts(c, doc_id, s.index, ms)     # (青禾县云溪镇工业集中区: the town in the county)
    town_places(c, doc_id, s.index, ms)         # (云溪镇星澜路: the town's road)
    nested_zone_parts(c, doc_id, s.index, ms)   # (X开发区Y园区管委会: the park of the zone)
    county_towns(c, doc_id, s.index, text, ms)  # (青禾县在云溪镇建设…: the county's town)


def layout(c: Collector, doc_id: str, index: int, text: str, ms: list[Item], home: str | None) -> None:
    """"一区四园"布局…，A、B、C、D…: the first list of areas after a zone's layout
    ([part] layout_frame) are the parts of the zone named before the layout in the
    sentence, else of the zone the document speaks for (not a district: its parks are
    located in it, not parts of it)."""
    pat = c.rules.get("part", {}).get("layout_frame")
    mt = rx(pat).search(text) if pat else None
    if not mt:
        return
    ents = [x for x in ms if x.m.role != "owner"]
    before = [x for x in ents if x.m.end <= mt.start() and x.cls == "Platform"]
    whole = before[-1].key if before else home if home and c.ents[home].cls == "Platform" else None
    if not whole:
        return
    run = next((r for r in lists(c, text, ms) if len(r) >= 2 and r[0].m.start >= mt.end()), [])
    for x in run:
        if c.cls(x.key) & {"Place", "Platform", "CommercialDistrict"}:
            c.add(x.key, "partOf", whole, doc_id, index, "part-layout")


def ranked(c: Collector, relations: list[Relation]) -> list[Relation]:
    """Drop a ``partOf`` (or ``locatedIn``) that juxtaposition made ([part] ranked_rules) where
    the part is an administrative unit of a rank above its whole's (星澜街道禾州科创岛:
    the city after a street is no part of it, nor in it), or a county or larger unit after a
    whole of no rank (禾州经开区星澜区, 禾星高速禾州东出口: a zone or a road holds no county).
    Units of one rank may be whole and part (泉州市晋江市: a city holds a county-level one).
    [part] unit_ranks, county_rank."""
    part = c.rules.get("part", {})
    rules = set(part.get("ranked_rules", ()))
    ranks = part.get("unit_ranks", {})
    if not rules or not ranks:
        return relations
    not_units = tuple(c.rules.get("home", {}).get("not_district_ends", ()))
    top = part.get("county_rank", 0)
    countries = set(part.get("country_sources", ()))

    def rank(key: str) -> int | None:
        e = c.ents[key]
        if e.cls != "Place" or e.name.endswith(not_units):
            return None
        return next((r for u, r in sorted(ranks.items(), key=lambda x: -len(x[0])) if e.name.endswith(u)), None)

    def country(key: str) -> bool:
        e = c.lexicon.lookup(c.ents[key].name, "Place")
        return e is not None and e.source in countries

    def wrong(r: Relation) -> bool:
        if r.predicate not in ("partOf", "locatedIn") or r.rule not in rules:
            return False
        low, high = rank(r.subject), rank(r.object)
        if low is None or high is None and country(r.object):
            return False
        return low < high if high is not None else low <= top
    return [r for r in relations if not wrong(r)]


def no_road_parts(c: Collector, relations: list[Relation]) -> list[Relation]:
    """Drop a ``partOf`` or ``locatedIn`` that juxtaposition made ([part] ranked_rules) whose subject
    is a road or a station ([part] not_part_ends: 星澜大道, 云溪东站) and whose object is a zone or
    park and no place (地址：经开区星澜大道88号: an address; the road runs through the zone, it is no
    sub-area of it, nor a thing set in it; a district may hold its roads; a sentence may still say
    that a road lies in a zone: 新区商业主要集中在星澜大道沿线)."""
    part = c.rules.get("part", {})
    ends = tuple(part.get("not_part_ends", ()))
    rules = set(part.get("ranked_rules", ()))
    if not ends:
        return relations

    def road(r: Relation) -> bool:
        return r.predicate in ("partOf", "locatedIn") and r.rule in rules and c.cls(r.subject) == {"Place"} \
            and c.ents[r.subject].name.endswith(ends) and "Place" not in c.cls(r.object)
    return [r for r in relations if not road(r)]


def _listed_after(c: Collector, doc_id: str, index: int, text: str, ms: list[Item], whole: Item,
                  first: Item, units: tuple[str, ...]) -> None:
    """青溪区柳塘镇、石门镇和南湖街道 / 临川市东湖区、西岭区: the area units listed after the
    first part of a place, with no whole of their own before them, are its parts too (not after
    a zone: 星澜高新区东片区、云溪镇 lists the zone's area beside towns around it)."""
    lower = tuple(c.rules.get("part", {}).get("listed_units", ()))
    # (柳塘镇上林村、石门村: villages listed after the first are the town's too, up to a place
    # of another unit, 柳塘镇上林村、石门镇白沙村: each village after its own town)
    villages = tuple(c.rules.get("part", {}).get("listed_village_units", ()))
    # (星澜省青禾市、墨川市: cities listed after a province's first, up to a place of another unit)
    cities = tuple(c.rules.get("part", {}).get("listed_city_units", ()))
    name = c.ents[first.key].name
    abroad = tuple(c.rules.get("part", {}).get("adjacent_rules", ()))
    if abroad and first.m.rule in abroad and c.ents[whole.key].cls == "Place":
        # (至墨兰塔尔巴、萨雷科尔和卡拉干达: the places read as listed after a country are its)
        run = next((r for r in lists(c, text, ms) if r[0] is first), [])
        known = set(c.rules.get("part", {}).get("listed_city_sources", ()))
        for x in run[1:]:
            e = c.lexicon.lookup(c.ents[x.key].name, "Place") if known else None
            if (x.m.rule in abroad or e is not None and e.source in known) \
                    and c.ents[x.key].cls == "Place" and x.key != whole.key:
                c.add(x.key, "partOf", whole.key, doc_id, index, "part-adjacent")
        return
    if c.ents[whole.key].cls != "Place" or not name.endswith(lower + villages + cities):
        return
    own = next((u for u in (villages, cities) if u and name.endswith(u)), None)
    lower = own or lower
    run = next((r for r in lists(c, text, ms) if r[0] is first), [])
    for x in run[1:]:
        if c.ents[x.key].cls == "Place" and c.ents[x.key].name.endswith(lower) and x.key != whole.key:
            c.add(x.key, "partOf", whole.key, doc_id, index, "part-adjacent")
        elif own:
            break


def _past_aside(after: str) -> str:
    """The text after a list's last item past the short form it declares
    (A、B（以下简称“乙”）两大主阵地): the aside is not between the list and its count.
    The list may end on the short form itself (lists read through it: kg.relate.base),
    and then only the aside's closing marks are left to pass."""
    for aside in load_rules().alias_asides:
        mt = rx(aside).match(after)
        if mt:
            return after[mt.end():]
    return after.lstrip(_ASIDE_CLOSE)


_ASIDE_CLOSE = "”’」』）)"


# -- across documents -------------------------------------------------------


class LayoutItems:
    """"一区四园"的思路，青禾高新区规划建设四个专业园区： then （一）A。… （二）B。…: a sentence
    announcing a zone's layout or its count of parks and ending on a colon, with no list of
    areas after it ([part] layout_announce_end, layout_frame_items, layout_count), is followed
    by the parks as items, each opening a paragraph: they are the parts of the zone the
    sentence names before the count (the home's word for itself too: 新区按照"一城一谷两区"布局
    展开：), for as many items as it counts, else while the paragraphs open on an item's mark
    ([located] numbered_heading). Nothing without a zone named in the announcing sentence; but a
    section heading announcing parks (三、园中园, [part] layout_heading) announces the items as the
    parts of the park or zone the document speaks for (its home)."""

    def __init__(self) -> None:
        self.whole: str | None = None
        self.left: int | None = None

    def read(self, c: Collector, doc_id: str, index: int, text: str, things: list[Item], opening: bool,
             item: str | None, home: str | None = None) -> None:
        """One sentence: ``things`` its items (home words too), ``opening`` whether it opens a
        paragraph, ``item`` the one thing it names as an item's heading (settings.numbered_item),
        ``home`` the district or zone the document speaks for: the whole of the items a heading
        announces (三、园中园), if it is a park or zone."""
        part = c.rules.get("part", {})
        if self.whole and opening:
            mark = rx(c.rules.get("located", {}).get("numbered_heading", "$^")).match(text)
            if not mark:
                self.whole = None       # (the items have ended)
            else:
                if item is None:
                    # (1．星澜园区：位于…: the park right after the mark, its text after a colon)
                    first = next((x for x in things if x.m.role != "owner"), None)
                    if first is not None and first.m.start == mark.end() \
                            and rx(part.get("layout_item_colon", "$^")).match(text, first.m.end):
                        item = first.key
                if item and item != self.whole and "Platform" in c.cls(item):
                    c.add(item, "partOf", self.whole, doc_id, index, "part-layout-item")
                if self.left is not None:
                    self.left -= 1
                    if self.left <= 0:
                        self.whole = None
        zone = home if home and "Platform" in c.cls(home) else None
        if zone and rx(part.get("layout_heading", "$^")).match(text):
            self.whole, self.left = zone, None
            return
        self._announced(c, text, things)

    def _announced(self, c: Collector, text: str, things: list[Item]) -> None:
        part = c.rules.get("part", {})
        if not rx(part.get("layout_announce_end", "$^")).search(text):
            return
        frame = rx(part.get("layout_frame_items", "$^")).search(text)
        count = rx(part.get("layout_count", "$^")).search(text)
        if not (frame or count):
            return
        anchor = (count or frame).start()
        if any(x.m.start >= anchor and x.cls != "IndustryTrack" and x.m.role != "owner" for x in things):
            return      # (a list of its own follows: layout's)
        before = [x for x in things if x.m.end <= anchor and x.m.role != "owner" and "Platform" in c.cls(x.key)]
        if not before:
            return
        n = count.group("n") if count else ""
        self.whole = before[-1].key
        left = to_number(n)
        self.left = int(left) if left else None
