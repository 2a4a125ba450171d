"""Where the items of a list of projects lie and who owns them, when each item is set out as a heading and
then one line per field (a project list printed as a table's rows):

    以下为部分重点项目：
    ●青禾冷链物流中心
    业主：星澜物流集团有限公司
    地点：白沙街道
    建设内容：…

The fields may also follow the heading in its paragraph, each a sentence of its own (1. 青禾冷链
物流中心。投资方：星澜物流集团有限公司。选址：白沙街道。). The owner field (业主：, 投资方：, 建设单位：) makes the firms or bodies it names the item's
owners (``owner-field``). The place field (地点：, 建设地点：, 选址：) puts the item in the place it names
(``located-field``: the last of the places it names side by side, the nearest:
地点：青禾高新区星澜工业园 -> 星澜工业园); a list that a sentence announces as the projects
of the document's district or zone (部分签约项目如下：) puts each item in the home
(``district-act``, which a named place overrides: kg/relate/resolve.py). The content field
(建设内容：建设A商业街，拟引进B、C等机构入驻) puts what the item brings in to move in in the item,
and what it builds where the item lies (``located-content``). A list may instead set
each item out as one row, its fields on the line (■X  总投资9亿元  白沙港区  建设单位：Z, or
1. X，总投资N亿元，建设地点：Y): the same fields are read from the row's segments. The data keys
are relations.toml [located] list_item, item_rest, place_field, owner_field, field_label, marked_field, list_lead,
row_split and row_invest.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..fieldlines import field_start
from ..notions import JOIN_CHARS, LIST_SEP
from .base import LOCATIONS, OWNERS, Collector, Item, rx
from .home import HomeRules, kind_words
from .field_towns import town_holds_park
from .said_fields import said_fields

# what an item of such a list may be
ITEMS = {"Project", "Platform", "Institution", "CommercialDistrict"}
# what may stand between the owners a field lists (投资方：A、B / A和B)
_OWNER_GAPS = ("", LIST_SEP, "，", ",", *JOIN_CHARS)


@dataclass
class ItemFields:
    """The list a document is in the middle of: its last item, and whether it was announced."""
    item: str | None = None     # the thing the last item heading names
    announced: bool = False     # whether a sentence announced the list as the home's projects
    heading: int | None = None  # the sentence of the item's heading, until a field confirms it
    paragraph: int | None = None  # the paragraph of the item's heading
    field: int | None = None    # the paragraph of the item's last field line

    def read(self, c: Collector, doc_id: str, s, ms: list[Item], opening: bool, home: str | None,
             homes: list[tuple[int, int]] = ()) -> None:
        """Read one sentence (``opening``: the first of its paragraph; ``homes``: the spans of the
        words standing for the home, which a place field may open on: 地点：经开区星澜片区)."""
        loc = c.rules.get("located", {})
        if opening:
            item = _item_heading(loc, s.text, ms, home)
            if item:
                self.item, self.heading, self.paragraph = item, s.index, s.paragraph
                return
        # (the fields may follow the heading in its paragraph, each a sentence of its own:
        # 1. X项目。投资方：Z。选址：Y。)
        within = not opening and self.item and self.paragraph == s.paragraph
        at = field_start(loc, s.text) if (opening or within) and self.item else None
        if at is None and not opening and self.item and s.paragraph == self.field:
            # (a field's later sentence: 项目内容：…。项目总投资5亿元，拟选址Y。)
            for a, b in _segments(loc, s.text, 0):
                said_fields(c, loc, self.item, doc_id, s.index, s.text, ms, a, b)
        self.field = s.paragraph if at is not None else self.field
        if at is not None:
            # (a heading with fields under it is an item: ■续建项目 heads a part of the list)
            if self.heading is not None and self.announced and home:
                c.add(self.item, "locatedIn", home, doc_id, self.heading, "district-act")
            self.heading = None
            # (one sentence may hold several fields: 建设单位：Z，建设地点：Y，总投资N亿元; a segment
            # naming one place alone after a site field's is the item's too: 建设地点：星澜产业园，白沙镇)
            sited, said = False, self.item
            for a, b in _segments(loc, s.text, at):
                labelled = a == at or field_start(loc, s.text[a:b]) == 0
                # (建站单位：Z，位于Y: the clause after a lone holder says where the holder is)
                held = rx(loc.get("owner_field", "$^")).match(s.text[a:b]) if labelled else None
                owners = _field_owners(s.text[:b], ms, a + held.end()) if held else []
                said = owners[0] if len(owners) == 1 else self.item if labelled else said
                if labelled or sited:
                    inside = [x for x in ms if a <= x.m.start and x.m.end <= b]
                    _read_field(c, loc, self.item, doc_id, s.index, spaced(s.text, homes), inside, a, b,
                                bare_place=not labelled, home=_home_opens(c, loc, home, homes, inside, s.text, a))
                placed = rx(loc.get("place_field", "$^")).match(s.text, a) if labelled else None
                sited = bool(placed) if labelled else sited
                if placed:      # (建设地点：白露镇，星澜物流园内: the park in the town)
                    town_holds_park(c, loc, self.item, doc_id, s.index, s.text, ms, placed.end(), "located-field")
                said_fields(c, loc, self.item if labelled else said, doc_id, s.index, s.text, ms, a, b)   # (招标人为Z, 拟选址Y)
            _read_content(c, loc, self.item, doc_id, s.index, s.text, ms, at)
            return
        if opening:
            if _read_row(c, loc, doc_id, s, ms, home):
                self.item = self.heading = None
                return
            # a paragraph of running text ends the list (a short heading, 续建项目, does not)
            self.item = self.heading = None
            if any(mark in s.text for mark in "，,。；;"):
                self.announced = False
        if rx(loc.get("list_lead", "$^")).search(s.text):
            self.announced, self.item, self.heading = True, None, None


def spaced(text: str, spans) -> str:
    """``text`` with the characters of ``spans`` made spaces: a home word (经开区) opening the run
    of places a field names is no gap in it (地点：经开区星澜片区 names 星澜片区)."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _item_heading(loc: dict, text: str, ms: list[Item], home: str | None) -> str | None:
    """The one project, park, body or 商圈 a paragraph that is only an item's heading names
    (●青禾冷链物流中心, 1．星澜芯片项目, ●青禾产业园（一期）), else None."""
    # (一、关于X项目: a review's section on one project)
    opened = rx(loc.get("list_item", "$^")).match(text) or rx(loc.get("about_item", "(?!)")).match(text)
    noticed = opened is None        # (一、X项目中标结果公告: a section's number, before a notice only)
    opened = opened or rx(loc.get("notice_item", "(?!)")).match(text)
    if not opened:
        return None
    things = [x for x in ms if x.m.role != "owner"]
    if len(things) != 1 or things[0].cls not in ITEMS or things[0].key == home \
            or text[opened.end():things[0].m.start].strip():
        return None
    rest = text[things[0].m.end:]
    return things[0].key if (not noticed and rx(loc.get("item_rest", "$^")).fullmatch(rest)) \
        or rx(loc.get("item_notice", "(?!)")).fullmatch(rest) else None


def _read_row(c: Collector, loc: dict, doc_id: str, s, ms: list[Item], home: str | None) -> bool:
    """A project set out as one row, its fields on the line (■X  总投资9亿元  白沙港区  建设单位：Z,
    1. X，总投资N亿元，建设地点：Y): the owner field makes its owners, the place field (or, where
    the row says what it costs, a bare segment naming one place or park whole) its place.
    Whether the paragraph was such a row."""
    text = s.text
    opened = rx(loc.get("list_item", "$^")).match(text)
    if not opened or "row_split" not in loc:
        return False
    segments = _segments(loc, text, opened.end())
    if len(segments) < 2:
        return False
    # the first segment names the item and no more than its phase
    first = [x for x in ms if x.m.role != "owner" and x.m.start < segments[0][1]]
    if len(first) != 1 or first[0].cls not in ITEMS or first[0].key == home \
            or text[opened.end():first[0].m.start].strip() \
            or not rx(loc.get("item_rest", "$^")).fullmatch(text[first[0].m.end:segments[0][1]]):
        return False
    item = first[0].key
    label, invest = rx(loc.get("field_label", "$^")), rx(loc.get("row_invest", "$^"))
    rest = [text[a:b] for a, b in segments[1:]]
    costed = any(invest.match(t) for t in rest)
    if not costed and not any(label.match(t) for t in rest):
        return False
    for a, b in segments[1:]:
        inside = [x for x in ms if a <= x.m.start and x.m.end <= b]
        _read_field(c, loc, item, doc_id, s.index, text, inside, a, b, bare_place=costed)
    return True


def _segments(loc: dict, text: str, start: int) -> list[tuple[int, int]]:
    """The (start, end) of each segment of ``text`` from ``start``, split where [located]
    row_split stands (a row's or a field sentence's fields)."""
    cuts = [start]
    for m in rx(loc.get("row_split", "$^")).finditer(text, start):
        cuts += [m.start(), m.end()]
    cuts.append(len(text))
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if cuts[i] < cuts[i + 1]]


def state_home(c: Collector, thing: str, home: str, doc_id: str, sentence: int, rule: str) -> None:
    """``thing`` locatedIn ``home`` by ``rule``, a field that names the home: stated by the field
    even where the district rule placed it there first (its fact is the field's now, which a
    nearer place does not override: relations.toml [resolve] stated_home_rules)."""
    k = (thing, "locatedIn", home, doc_id)
    old = c.out.pop(k, None)
    c.add(thing, "locatedIn", home, doc_id, sentence, rule)
    if k not in c.out and old is not None:
        c.out[k] = old


def _home_opens(c: Collector, loc: dict, home: str | None, homes, ms: list[Item], text: str, a: int) -> str | None:
    """The home, when it is a zone (a Platform: its areas and parks are its parts) and the place
    field at ``a`` names it first, by a word standing for it or by name (地点：经开区星澜片区),
    else None (地点：青禾区白沙镇 puts the item in the town alone)."""
    m = rx(loc.get("place_field", "$^")).match(text, a) if home and c.ents[home].cls == "Platform" else None
    if m and (any(x == m.end() for x, _ in homes) or any(x.m.start == m.end() and x.key == home for x in ms)
              or any(x.m.start == m.end() and opens_on_home(c, home, x) for x in ms)):
        return home
    return None


def opens_on_home(c: Collector, home: str, x: Item) -> bool:
    """Whether ``x``, a park or area named right after a place field's label, is one whose
    name opens on the home's, by name or by the word standing for it (地点：经开区星澜
    产业园, 地点：青禾经开区星澜片区, the park's name found whole): it lies in the home."""
    if x.key == home or x.cls not in ("Platform", "Place"):
        return False
    rules = HomeRules.of(c.rules.get("home"))
    # (not the name without its kind, a city's: 星澜智能制造产业园 is no park of 星澜经开区 by its name)
    kinds = [w for w in kind_words(rules, c.ents[home]) if w.endswith(rules.zone_ends)]
    words = [c.ents[home].name, *c.ents[home].aliases, *kinds]
    return any(len(w) >= 2 and x.m.surface.startswith(w) and len(x.m.surface) > len(w) + 1 for w in words)


def _read_field(c: Collector, loc: dict, item: str, doc_id: str, sentence: int, text: str,
                ms: list[Item], a: int, b: int, bare_place: bool, home: str | None = None) -> None:
    """The facts one field text[a:b] of ``item`` states (``ms``: the things named in it): a
    place field its place, an owner field its owners; with ``bare_place`` (a row that says what
    it costs), a field that is only one place or park names its place too. ``home``: the home,
    when the place field names it first (地点：经开区星澜片区): the item lies in it too
    (``located-field-home``, which the nearer place does not override)."""
    seg = text[a:b]
    if (m := rx(loc.get("place_field", "$^")).match(seg)):
        where = _field_place(text[:b], ms, a + m.end(), loc.get("field_place_cut", "$^"), home,
                             loc.get("field_place_part", "$^"))
    elif bare_place and len(ms) == 1 and ms[0].cls in LOCATIONS and not text[a:ms[0].m.start].strip() \
            and rx(loc.get("bare_place_tail", "\\s*")).fullmatch(text, ms[0].m.end, b):
        where = ms[0].key
    else:
        where = None
    if where and where != item:
        c.add(item, "locatedIn", where, doc_id, sentence, "located-field")
        for k in _field_units(c, loc, text[:b], ms, a + m.end()) if m else ():
            c.add(item, "locatedIn", k, doc_id, sentence, "located-field")
            # (地点：白露镇星澜产业园: the park the field names lies in the town before it)
            if c.ents[where].cls == "Platform" and c.ents[k].cls == "Place":
                c.add(where, "locatedIn", k, doc_id, sentence, "located-field-town")
        if home and home not in (where, item):
            state_home(c, item, home, doc_id, sentence, "located-field-home")
    if (m := rx(loc.get("owner_field", "$^")).match(seg)):
        for k in _field_owners(text[:b], ms, a + m.end(), tuple(loc.get("owner_field_parent", ()))):
            c.add(item, "ownedBy", k, doc_id, sentence, "owner-field")


def _read_content(c: Collector, loc: dict, item: str, doc_id: str, sentence: int, text: str,
                  ms: list[Item], at: int = 0) -> None:
    """The content field of ``item`` (建设内容：…): what it brings in to move in (拟引进A、B等机构入驻)
    lies in the item, a park or a building; what it builds (建设A商业步行街, right after a word of
    building) lies where the item's place field put the item (``located-content``; [located]
    content_field, content_moves_in, content_builds)."""
    label = rx(loc.get("content_field", "$^")).match(text[at:])
    if not label:
        return
    label_end = at + label.end()
    moves_in = rx(loc.get("content_moves_in", "$^"))
    builds = rx(loc.get("content_builds", "$^"))
    where = [r.object for r in c.out.values() if r.subject == item and r.doc_id == doc_id
             and r.rule == "located-field"]
    things = [x for x in ms if x.m.start >= label_end and x.m.role != "owner" and x.key != item]
    runs: list[list[Item]] = []
    for x in things:        # (the lists of things joined by 、 和 及: A、B等机构入驻)
        if runs and text[runs[-1][-1].m.end:x.m.start] in (LIST_SEP, *JOIN_CHARS):
            runs[-1].append(x)
        else:
            runs.append([x])
    for run in runs:
        if moves_in.match(text, run[-1].m.end):
            for x in run:
                if c.ents[item].cls in ("Platform", "Project") and x.cls in ("Enterprise", "Institution", "Project"):
                    c.add(x.key, "locatedIn", item, doc_id, sentence, "located-content")
            continue
        if not builds.search(text, 0, run[0].m.start):
            continue    # (实施A改造, 为B配套, 打造C: what is renewed or served is there already or elsewhere)
        for x in run:
            if x.cls in ("Project", "CommercialDistrict"):
                for w in where:
                    c.add(x.key, "locatedIn", w, doc_id, sentence, "located-content")


def _field_owners(text: str, ms: list[Item], start: int, parents: tuple[str, ...] = ()) -> list[str]:
    """The firms and bodies an owner field names right after its label, one or a list
    (投资方：A、B); of a firm named after its parent (建设单位：A集团所属B公司, ``parents``), the firm
    that builds it too, not only the parent."""
    out: list[str] = []
    at = start
    for x in sorted((x for x in ms if x.m.start >= start and x.m.role != "owner"), key=lambda x: x.m.start):
        gap = text[at:x.m.start].strip()
        if x.cls in OWNERS and out and gap in parents:
            out.append(x.key)
            at = x.m.end
            continue
        if x.cls not in OWNERS or gap not in _OWNER_GAPS:
            break
        out.append(x.key)
        at = x.m.end
    return out


def _field_units(c: Collector, loc: dict, text: str, ms: list[Item], start: int) -> list[str]:
    """The streets or towns of the run of places a place field names (地点：青禾街道星澜路北侧,
    地点：青禾街道星澜产业园) that the last of the run, a road or a park, lies in ([located]
    chain_unit_ends), and the zones ([home] zone_ends: 地点：青禾高新区星澜路)."""
    run = field_place_run(text, ms, start)
    ends = tuple(loc.get("chain_unit_ends", ()))
    if len(run) < 2 or run[-1].cls not in ("Place", "Platform"):
        return []
    # (and the zone a park or road of it follows: 地点：青禾高新区星澜大道, in a city's list)
    rules = HomeRules.of(c.rules.get("home"))
    return [x.key for x in run[:-1] if x.cls == "Place" and c.ents[x.key].name.endswith(ends)
            or x.cls == "Platform" and rules.kind(c.ents[x.key]) == "zone"]


def _field_place(text: str, ms: list[Item], start: int, cut: str = "$^", home: str | None = None,
                 part: str = "$^") -> str | None:
    """The place a field names right after its label: the last of the places side by side
    there (青禾高新区星澜工业园: the park, the nearer); None when that last, an area or a zone
    other than the ``home`` the field opens on, runs on into more of a name ending as a park's
    does (``cut``: 白沙镇墨川深加工园, a park not found), not into a part of it named by its side
    alone (``part``: 星澜工业园区南部片区 lies in the park)."""
    run = field_place_run(text, ms, start)
    if run and run[-1].cls in ("Place", "Platform") and run[-1].key != home and rx(cut).match(text, run[-1].m.end) \
            and not rx(part).match(text, run[-1].m.end):
        return None
    return run[-1].key if run else None


def field_place_run(text: str, ms: list[Item], start: int) -> list[Item]:
    """The places side by side right after a field's label (a name nested in the one before,
    星澜片区 in 星澜片区墨川产业园, is no place of its own there)."""
    run: list[Item] = []
    for x in sorted((x for x in ms if x.m.start >= start), key=lambda x: (x.m.start, -x.m.end)):
        if run and x.m.start < run[-1].m.end:
            continue
        if x.cls not in LOCATIONS or text[run[-1].m.end if run else start:x.m.start].strip():
            break
        run.append(x)
    return run
