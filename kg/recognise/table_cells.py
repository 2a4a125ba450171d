"""The things the cells of a printed table name (kg/tablerows.py), where the recogniser's own
reading of the row misses them: a row's cells are names, whole, so

- a name cell under a project's column (项目名称) names a Project however its words end
  (X热管理压缩机项目; relations.toml [table] project_labels); one under a firm's column (企业名称,
  [table] firm_labels) ending in a firm's or a body's head names that firm or body whole;
- an owner cell, or one of the units it lists (、 和), ending in a firm's or a body's head
  (公司, 集团, 管委会) names that firm or body whole (中国X云溪炼化公司, not 中国X and 大庆);
- a site cell's unit ending in a park's or a place's head names it (X园区) where nothing
  was found in it.
- a field cell's unit (所属领域: 锂电池材料、储能) names an industry track, whole (relations.toml
  [table] track_labels); not a category a fund files its projects under (产业园区基础设施,
  农林水利: [table] category_cell).

A mention that covers its cell (or unit) whole already stands."""
from __future__ import annotations

import re

from ..model import Mention
from ..rules import Rules, rx
from ..tablerows import GLOSS, either_label, site_span, table_rows
from .bar_rows import bar_row_cells
from .glossed_cells import glossed_cells
from .project_clauses import project_cells

_FIGURES = re.compile(r"[（(][^（）()]*\d[^（）()]*[）)]$")
OWNER_CLASSES = ("Enterprise", "Institution")
PLACE_CLASSES = ("Place", "Platform")


def table_cells(rules: Rules, doc_id: str, sentences, by_sentence: dict[int, list[Mention]]) -> list[Mention]:
    """The mentions the document's tables' cells name that the sentences' own do not."""
    conf = rules.relations.get("table", {})
    name_rx = rx(rules.relations.get("located", {}).get("card_name", "$^"))
    unit_split = rx(conf.get("unit_split", "$^"))
    projects = set(conf.get("project_labels", ()))
    firms = set(conf.get("firm_labels", ()))
    track_rx = rx(conf.get("track_cell", "$^"))
    category = rx(conf.get("category_cell", "$^"))
    unnamed = rx(conf.get("owner_unnamed", "$^"))
    brand = rx(conf.get("owner_brand", "$^"))
    out: list[Mention] = []
    for s, h, spans in table_rows(conf, sentences):
        ms = [m for m in by_sentence.get(s.index, []) if m.role != "owner"]

        def covered(a: int, b: int) -> bool:
            return any(m.start <= a and b <= m.end for m in ms)

        def made(a: int, b: int, cls: str, rule: str) -> Mention:
            name = s.text[a:b]
            return Mention(doc_id, s.index, a, b, name, cls, name, rule, 0.7)

        a, b = spans[h.name]
        # (a building's cell closing on the numbers of its blocks, X厂房一期1#—4#厂房: [table] block_numbers)
        cut = rx(conf.get("block_numbers", "$^")).search(s.text, a, b) if h.labels[h.name] in projects else None
        b = cut.start() if cut and cut.start() - a >= 4 else b
        name = s.text[a:b]
        if h.labels[h.name] in projects and _one_name(rules, name_rx, name) and not name.replace(".", "").isdigit() \
                and not covered(a, b):
            out.append(made(a, b, "Project", "table-name"))
        # (a firm's project cell, 拟募投项目, as a project's name cell)
        for a, b in (_unbracketed(s.text, *spans[i]) for i in h.projects):
            if _one_name(rules, name_rx, s.text[a:b]) and not s.text[a:b].replace(".", "").isdigit() and not covered(a, b):
                out.append(made(a, b, "Project", "table-name"))
        a, b = spans[h.name]
        # (a name cell under a firm's column ending in a firm's head names that firm whole:
        # 铁岭县星澜精密铸造有限公司, not 铁岭县 and 精密铸造)
        head = rules.head_of(name)
        # (a works' word the head list knows too, 厂, needs the works' length: 木制品厂 alone is the product's)
        short_works = name.endswith(tuple(conf.get("owner_firm_ends", ()))) and not _works(conf, name)
        if h.labels[h.name] in firms and head is not None and head.cls in OWNER_CLASSES \
                and name not in rules.heads and not short_works and not covered(a, b):
            out.append(made(a, b, head.cls, "table-name"))
        # (… or in a works' word, no head of a firm's: 云溪县星澜木制品厂, [table] owner_firm_ends)
        elif h.labels[h.name] in firms and head is None and _works(conf, name) and not covered(a, b):
            out.append(made(a, b, "Enterprise", "table-name"))
        # (… and one under a park's column ending in a park's head names that park whole: 云溪县白露
        # 锡材小微企业园, not 云溪县 and a park cut short)
        elif h.labels[h.name] in conf.get("park_name_labels", ()) and head is not None and head.cls == "Platform" \
                and name not in rules.heads and not covered(a, b):
            out.append(made(a, b, head.cls, "table-name"))
        # (… or a base's, a project's head, 种植基地, under the park's column: the base whole; a zone's
        # short name, 云溪核心区, 白露河谷带, [table] zone_cell: a park whole)
        elif h.labels[h.name] in conf.get("park_name_labels", ()) and not covered(a, b) and name not in rules.heads \
                and ((head is not None and head.cls == "Project") or rx(conf.get("zone_cell", "$^")).fullmatch(name)):
            out.append(made(a, b, "Project" if head is not None and head.cls == "Project" else "Platform", "table-name"))
        for i, classes, rule, bare in [*((i, OWNER_CLASSES, "table-owner", False)
                                         for i in (*h.owners, *h.parents, *h.project_owners)),
                                       *((i, PLACE_CLASSES, "table-place", True) for i in h.places
                                         if h.labels[i] not in conf.get("water_labels", ()))]:
            for ua, ub in _units(unit_split, s.text, *(site_span(conf, s.text, spans[i]) if bare else spans[i])):
                if not bare and unnamed.fullmatch(s.text, ua, ub):
                    continue        # (自然人控股: no firm holds it)
                # (an owner's unit glossed in brackets, 星澜水电站（个人独资）: the firm before the gloss)
                gloss = None if bare else GLOSS.search(s.text, ua, ub)
                ub = gloss.start() if gloss and gloss.start() - ua >= 2 else ub
                # (a zone's name glued to its park's, the zone found: 云溪经济开发区|装备制造园)
                ua = _zone_cut(rules, ms, s.text, ua, ub, conf) if bare else ua
                unit = s.text[ua:ub]
                # (a zone's part glued to the zone's name names the part whole, a park: 星澜工贸园区金鸡片区)
                if bare and _zone_part(conf, unit):
                    if not any(m.start <= ua and ub <= m.end and m.cls == "Platform" for m in ms):
                        out.append(made(ua, ub, "Platform", rule))
                    continue
                head = rules.head_of(unit)
                # (a site cell's base or park, 星澜化工基地, 青禾云谷, is a park, though read as a project;
                # an owner cell's works, 星澜汽车云溪工厂, the firm that runs them: [table] site_park_ends,
                # owner_firm_ends)
                ends = conf.get("site_park_ends" if bare else "owner_firm_ends", ())
                base = len(unit) >= 3 and unit.endswith(tuple(ends))
                cls = ("Platform" if bare else "Enterprise") if base else head.cls if head is not None else None
                # (an owner cell's words alone, no head, a firm's brand: 星澜锗业 under any owner label
                # ([table] owner_brand; not where a firm is found in them, 星澜集团参股), or two to eight
                # characters under a label only a firm fills (_brand_cell))
                if cls is None and not bare and (
                        brand.fullmatch(unit) and not any(ua <= m.start and m.end <= ub and m.cls in OWNER_CLASSES for m in ms)
                        or _brand_cell(rules, conf, h.labels[i], unit)):
                    cls = "Enterprise"
                # (not a head alone, 园区 or 公司: a cell left blank in words)
                if cls not in classes or unit in rules.heads \
                        or any(m.start <= ua and ub <= m.end and not (base and m.cls == "Project") for m in ms):
                    continue
                # (a site cell's unit whose end names a place or park already is read as it was:
                # 青禾区|星澜产业园; not one whose words only hold a place's or track's name, 宁夏|化工基地;
                # nor one whose park's name lost a first character no mention holds: 八|公山豆制品产业园)
                if bare and any(ua <= m.start and m.end == ub and m.cls in classes and not _lost_head(ms, ua, m)
                                for m in ms):
                    continue
                # (a town's name glued to its village's or park's, nothing found in either: 云溪镇云溪村;
                # a zone's to its part's, 星澜工贸园区金鸡片区)
                cut = _town_cut(rules, conf, unit) if bare else None
                if cut:
                    out += [made(ua, ua + cut[0], cut[1], rule), made(ua + cut[0], ub, head.cls, rule)]
                    continue
                out.append(made(ua, ub, cls, rule))
        out += water_cells(conf, s, h, spans, ms, made)
        out += brand_cells(conf, s, h, spans, covered, made)
        out += glossed_cells(rules, s, h, spans, covered, made)     # (承接企业（母公司）, 投资国别及城市)
        # (a free-text project cell's clauses: 建成X项目，…；投产Y项目)
        out += project_cells(rules, doc_id, sentences, s, h, spans, by_sentence)
        for i in h.tracks:
            # (a fund's category, 产业园区基础设施 or 社会事业（卫生健康）, files the project, names no industry)
            if category.fullmatch(s.text, *spans[i]):
                continue
            for ua, ub in _units(rx(conf.get("track_unit_split", conf.get("unit_split", "$^"))), s.text, *spans[i]):
                if not covered(ua, ub) and track_rx.fullmatch(s.text, ua, ub) and not category.fullmatch(s.text, ua, ub):
                    out.append(made(ua, ub, "IndustryTrack", "table-track"))
    # (numbered rows parted by bars, no header above them: what their columns hold the rows tell)
    return out + bar_row_cells(rules, doc_id, sentences, by_sentence)


def category_cells(rules: Rules, sentences) -> list[tuple[int, int, int, list[Mention]]]:
    """(sentence, start, end, []) of each field cell of a table holding a category a fund files its
    projects under ([table] category_cell: 乡村仓储等物流基础设施, 社会事业（卫生健康）): a kind of public
    works, no industry, so nothing the sentence's own reading finds in it (物流) stands."""
    conf = rules.relations.get("table", {})
    category = rx(conf.get("category_cell", "$^"))
    return [(s.index, *spans[i], []) for s, h, spans in table_rows(conf, sentences)
            for i in h.tracks if category.fullmatch(s.text, *spans[i])]


def brand_cells(conf: dict, s, h, spans, covered, made) -> list[Mention]:
    """The brands a brand cell lists (使用品牌: 星澜、白露堂), each two to eight characters of Chinese
    whole, an Enterprise; not a blank (无, 同上: [table] owner_unnamed)."""
    out = []
    for i in h.brands:
        for ua, ub in _units(rx(conf.get("track_unit_split", "$^")), s.text, *spans[i]):
            unit = s.text[ua:ub]
            if 2 <= len(unit) <= 8 and all("\u4e00" <= ch <= "\u9fff" for ch in unit) and not covered(ua, ub) \
                    and not rx(conf.get("owner_unnamed", "$^")).search(unit):
                out.append(made(ua, ub, "Enterprise", "table-brand"))
    return out


def water_cells(conf: dict, s, h, spans, ms, made) -> list[Mention]:
    """The rivers and waters a water cell names ([table] water_labels: 所在河流), each unit (parted by
    unit_split or a branch's word, [table] site_branch: 大河支流小沟) matching [table] water_cell whole a
    Place, though the recogniser read a part of it (白水河: 水河) or nothing (小沟); not a unit a
    mention holds whole already."""
    out = []
    split = rx(f"{conf.get('unit_split', '$^')}|{conf.get('site_branch', '$^')}")
    water = rx(conf.get("water_cell", "$^"))
    for i in h.places:
        if h.labels[i] not in conf.get("water_labels", ()):
            continue
        for ua, ub in _units(split, s.text, *spans[i]):
            if water.fullmatch(s.text, ua, ub) and not any(m.start <= ua and ub <= m.end for m in ms):
                out.append(made(ua, ub, "Place", "table-water"))
    return out


def _works(conf: dict, name: str) -> bool:
    """Whether a firm's name cell ends on a works' word ([table] owner_firm_ends), six characters or
    more (云溪县青松木制品厂: a name before the product's word; not 木制品厂, the product's word alone)."""
    return len(name) >= 6 and name.endswith(tuple(conf.get("owner_firm_ends", ())))


def _unbracketed(text: str, a: int, b: int) -> tuple[int, int]:
    """A project cell's span without a closing bracket of figures (X生产基地项目（年产3万吨）: its size)."""
    m = _FIGURES.search(text, a, b)
    return (a, m.start()) if m and m.start() > a else (a, b)


def _lost_head(ms, a: int, m) -> bool:
    """Whether a park found in a site cell's unit starting at ``a`` lost the unit's first one or two
    characters, which no mention holds (八|公山豆制品产业园: a numeral's character read apart)."""
    return m.cls == "Platform" and 0 < m.start - a <= 2 and not any(x.start < m.start and x.end > a for x in ms if x is not m)


def _brand_cell(rules: Rules, conf: dict, label: str, unit: str) -> bool:
    """Whether an owner cell's unit with no head is a firm's brand: under a label only a firm fills
    ([table] firm_owner_labels, its gloss passed over: 控股股东（母公司）), two to eight characters of
    Chinese (青禾咖啡, 白露堂; not 无, 自然人控股, 个人; nor a firm and its stake, 星澜集团参股, which
    the sentence's own reading cuts: [table] owner_stake_ends)."""
    key = label.split("（")[0].split("(")[0]
    return either_label(key, conf.get("firm_owner_labels", ()), conf.get("label_joints", "(?!)")) and 2 <= len(unit) <= 8 \
        and all("\u4e00" <= ch <= "\u9fff" for ch in unit) and not rx(conf.get("owner_unnamed", "$^")).search(unit) \
        and not unit.endswith(tuple(conf.get("owner_stake_ends", ())))


def _one_name(rules: Rules, name_rx, name: str) -> bool:
    """Whether a project's cell is one name: a card's name, or one whose words list what it makes
    before its head (星芽、青苗精深加工项目: no unit but the last has a head of its own)."""
    if name_rx.match(name):
        return True
    units = name.split("、")
    return len(units) > 1 and bool(name_rx.match(name.replace("、", ""))) \
        and all(len(u) >= 1 and rules.head_of(u) is None for u in units[:-1])


def _units(split, text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The units a cell lists (A、B / A和B): their (start, end)."""
    out, at = [], a
    for m in split.finditer(text, a, b):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, b))
    return [(x, y) for x, y in out if y - x >= 2]


def _zone_cut(rules: Rules, ms, text: str, a: int, b: int, conf: dict) -> int:
    """Where a site cell's unit starts once a zone found opening it is passed over (云溪经济开发区|
    装备制造园): after the longest such mention that leaves a park's name of three characters or
    more, ending on a park's end ([table] site_park_ends) or head; else ``a``. Not after a place
    (宁夏精细化工基地: a park named by its region)."""
    for m in sorted(ms, key=lambda m: -m.end):
        if m.start == a and m.end < b and m.cls == "Platform":
            rest = text[m.end:b]
            head = rules.head_of(rest)
            if len(rest) >= 3 and rest not in rules.heads and (rest.endswith(tuple(conf.get("site_park_ends", ())))
                                                             or head is not None and head.cls == "Platform"):
                return m.end
            break
    return a


def _town_cut(rules: Rules, conf: dict, unit: str) -> tuple[int, str] | None:
    """Where a site cell's unit of a town and a village or park in it parts (云溪镇|云溪村), or of a
    county and a town in it (云溪县|白露镇: [table] site_place_ends before a town's head), and the
    class of what it opens on: after the first town's head ([table] town_heads, a Place) or zone's
    ([table] zone_heads, a Platform, two characters of name before it: 星澜工贸园区|金鸡片区) that
    leaves a place's or a park's name of its own."""
    towns, zones = tuple(conf.get("town_heads", ())), tuple(conf.get("zone_heads", ()))
    counties = tuple(conf.get("site_place_ends", ()))
    for k in range(3, len(unit) - 2):
        rest, first = unit[k:], unit[:k]
        if (first + rest[0]).endswith(zones):
            continue        # (not inside the zone's head: 青禾工业园|区…)
        head = rules.head_of(rest)
        if head is None or head.cls not in PLACE_CLASSES or rest in rules.heads or len(rest) <= len(head.word):
            continue
        if first.endswith(towns):
            return k, "Place"
        # (a county's name glued to its town's, 云溪县白露镇: the town is the row's nearest place)
        if first.endswith(counties) and head.cls == "Place" and rest.endswith(towns):
            return k, "Place"
        if any(first.endswith(z) and len(first) >= len(z) + 2 for z in zones):
            return k, "Platform"
    return None


def _zone_part(conf: dict, unit: str) -> bool:
    """Whether a site cell's unit glues a zone's name ([table] zone_heads) to the name of a part of
    it ([table] zone_part_heads, two characters of name before the head: 星澜工贸园区|金鸡片区)."""
    zones = tuple(conf.get("zone_heads", ()))
    for p in conf.get("zone_part_heads", ()):
        if unit.endswith(p):
            return any(unit[:k].endswith(zones) and k >= 4 for k in range(3, len(unit) - len(p) - 1))
    return False
