"""Who owns the thing a printed table's row names and where it lies (kg/tablerows.py):

    序号 项目名称 建设单位 总投资 建设地点
    1 年产3万吨X项目 星澜新材料有限公司 18.6 云溪高新区墨川产业园

The firms and bodies an owner cell names own the row's thing (``owner-table``); the place a
site cell names, the nearest of those side by side there (云溪高新区墨川产业园: the park),
is where it lies (``located-table``); the owner cells' firms are builders, as a frame names
them, in no track of the row's section (``table_marks``). The tracks a field cell names
(所属领域: 高温合金) are the row's thing's (``track-table``) and, beside a project's name,
an applicant's or a firm's cell's (申报单位, 企业名称: ``owner-track-table``), and the row lends the track a
name in another cell holds (星澜化工园) to nothing (``table_marks``: no sentence rule reads the
row). A row whose field cell holds only a fund's category (所属领域: 产业园区基础设施) takes the tracks
its content cell names (主要建设内容: …承接X材料企业入驻: ``content-track-table``). The firms of a deal's row (采购方 供应方) are in its track, and lie in the seat a cell closes
on in brackets under a label glossed by a seat's (采购方（所在园区）: ``seat_relations``). The labels
are relations.toml [table].
"""
from __future__ import annotations

from ..model import Relation
from ..rules import rx
from ..tablerows import row_rest, site_span, table_rows
from .attributes import attribute_marks, attribute_relations
from .bar_fields import bar_field_relations
from .bar_rows import bar_row_marks, bar_row_relations
from .base import LOCATIONS, OWNERS, Collector, Item
from .output_cells import output_tracks
from .project_columns import project_columns
from .row_holders import row_holders

# what a row's name cell may name
ITEMS = {"Project", "Platform", "Institution", "CommercialDistrict", "Enterprise"}


def table_relations(c: Collector, doc_id: str, sentences, by_sent: dict[int, list[Item]]) -> None:
    """The owners and sites of the things the rows of the document's tables name."""
    for s, h, spans in table_rows(c.rules.get("table", {}), sentences):
        ms = [x for x in by_sent.get(s.index, []) if x.m.role != "owner"]

        def inside(i: int, whole: bool = False) -> list[Item]:
            a, b = spans[i]
            xs = sorted((x for x in ms if a <= x.m.start and x.m.end <= b), key=lambda x: x.m.start)
            if i in h.bracketed and not whole:      # (承接企业（母公司）: the bracket's parent holds nothing of the row)
                first = next((x for x in xs if x.cls in OWNERS), None)
                xs = [x for x in xs if x is first or x.cls not in OWNERS]
            return xs

        conf = c.rules.get("table", {})
        start, end = spans[h.name]
        item = next((x for x in ms if x.m.start == start and x.m.end == end and x.cls in ITEMS), None)
        if item is None:    # (a building's cell read without its blocks' numbers: X厂房一期|1#—4#厂房)
            blocks = rx(conf.get("block_numbers", "$^"))
            item = next((x for x in ms if x.m.start == start and x.m.end < end and x.cls in ITEMS
                         and blocks.fullmatch(s.text, x.m.end, end)), None)
        if item is None and h.name in h.seated:     # (企业名称（所在园区）: the firm opening the cell)
            item = next((x for x in inside(h.name) if x.m.start == start and x.cls in ITEMS), None)
        # (a fund's category, 乡村仓储等物流基础设施, files the project under no industry, whatever words it holds)
        category = rx(conf.get("category_cell", "$^"))
        tracks = [x for i in h.tracks if not category.fullmatch(s.text, *spans[i])
                  for x in inside(i) if x.cls == "IndustryTrack"]
        # (… whose industries its content cell names instead: 主要建设内容: 新建厂房…，承接X材料企业入驻)
        filed = bool(h.tracks) and all(category.fullmatch(s.text, *spans[i]) for i in h.tracks)
        content = [x for i, label in enumerate(h.labels) if filed and label in conf.get("content_labels", ())
                   for x in inside(i) if x.cls == "IndustryTrack"]
        # (… or, no field column, a content cell opening on a track: 建设规模及内容: 电化学储能，…; not one
        # whose track falls among what is built, 年产X材料2万吨: the section's track stands there)
        content += [x for a, b in ([] if h.tracks else opening_content(c, h, spans, ms))
                    for x in ms if a <= x.m.start and x.m.end <= b and x.cls == "IndustryTrack"]
        seat_relations(c, doc_id, s.index, h, inside, tracks)
        # (成果提供单位: the unit a result comes from works in the row's field, owning nothing of it)
        for f in (x for i in h.fields for x in inside(i) if x.cls in OWNERS):
            for x in tracks:
                c.add(f.key, "inTrack", x.key, doc_id, s.index, "field-unit-table")
        # (项目名称 企业名称 所在园区: the park is the firm's seat too, the project's where it
        # names one; a row whose project cell is blank (——) still seats its firm)
        firms = [x for i in h.owners if h.labels[i] in conf.get("firm_labels", ())
                 for x in inside(i) if x.cls in OWNERS]
        # (a site cell may list two sites by a slash, 云溪区/青禾工业园区, or 、 or ·: the thing lies in each)
        sites = [(i, [x for x in inside(i) if x.cls in LOCATIONS and (item is None or x.key != item.key)
                      and a <= x.m.start and x.m.end <= b], listed)
                 for i in h.places for a, b, listed in site_units(conf, s.text, spans[i])]
        # (项目名称 实施企业 所在地: a firm renovating its own works lies where they do, [table] seated_owner_labels)
        works = [x for i in h.owners if h.labels[i] in conf.get("seated_owner_labels", ()) for x in inside(i) if x.cls in OWNERS]
        for i, places, _ in sites:
            if places and h.labels[i] in conf.get("seat_labels", ()):
                for x in firms:
                    c.add(x.key, "locatedIn", places[-1].key, doc_id, s.index, "located-table")
            for x in works if places and item is not None and item.cls == "Project" else ():
                c.add(x.key, "locatedIn", places[-1].key, doc_id, s.index, "located-table-works")
            if places and item is not None:
                c.add(item.key, "locatedIn", places[-1].key, doc_id, s.index, "located-table")
        # (a river's cell beside a town's, 所在河流 所在乡镇: neither is part of the other)
        nested_sites(c, doc_id, s.index, [(x, listed) for i, x, listed in sites
                                          if h.labels[i] not in conf.get("water_labels", ())],
                     tuple(conf.get("town_heads", ())))
        rest = [x for t in row_rest(sentences, s) for x in by_sent.get(t.index, []) if x.m.role != "owner"]
        row_holders(c, doc_id, s.index, h, inside, item, rest)
        project_columns(c, doc_id, s.index, h, inside, item, tracks, [x[-1] for _, x, _ in sites if x])
        output_tracks(c, doc_id, s.index, h, s.text, spans, inside, item)
        if item is None:
            continue
        for i in h.owners:
            for x in inside(i):
                if x.cls in OWNERS and x.key != item.key:
                    c.add(item.key, "ownedBy", x.key, doc_id, s.index, "owner-table")
        # (a table its firm's column leads, the project's after it, lists firms: 序号 被投企业 所属赛道
        # 投资金额 投资项目: the field is the firm's, owner-track-table, not its project's)
        led = any(i < h.name and h.labels[i] in conf.get("firm_labels", ()) for i in h.owners)
        # (… and a plot's row its project's and the firm taking it: the plot is in no track, project_columns)
        led = led or (h.subject and bool(h.projects))
        for x in () if led else tracks:
            c.add(item.key, "inTrack", x.key, doc_id, s.index, "track-table")
        for x in () if led else content:
            c.add(item.key, "inTrack", x.key, doc_id, s.index, "content-track-table")
        # (序号 项目名称 申报单位 产业领域: the unit applying for a project works in its field;
        # not a builder's cell, 建设单位, whose firm may build in any)
        for i in h.owners:
            if h.labels[i] in conf.get("track_owner_labels", ()):
                for f in inside(i):
                    if f.cls in OWNERS and f.key != item.key:
                        for x in tracks:
                            c.add(f.key, "inTrack", x.key, doc_id, s.index, "owner-track-table")
    bar_row_relations(c, doc_id, sentences, by_sent)    # (numbered rows parted by bars, no header)
    bar_field_relations(c, doc_id, sentences, by_sent)  # (... their labelled cells: 项目地点：Y)
    attribute_relations(c, doc_id, sentences, by_sent)  # (a firm's place and track in brackets after it)


def seat_relations(c: Collector, doc_id: str, index: int, h, inside, tracks: list[Item]) -> None:
    """The firms of a row's party cells (序号 采购方 供应方 … 所属产业链: each of a deal, none the
    other's) are in the row's tracks (``party-track-table``); a firm of a seated cell
    (采购方（所在园区）: 星澜精工有限公司（青禾工业园区）) lies in the park or place its bracket names
    (``located-table-seat``)."""
    for i in sorted({*h.parties, *h.seated}):
        cell = inside(i)
        for f in (x for x in cell if x.cls in OWNERS):
            seats = [x for x in cell if x.cls in LOCATIONS and x.m.start > f.m.end]
            if seats and i in h.seated:
                c.add(f.key, "locatedIn", seats[-1].key, doc_id, index, "located-table-seat")
            for x in tracks if i in h.parties else ():
                c.add(f.key, "inTrack", x.key, doc_id, index, "party-track-table")


def nested_sites(c: Collector, doc_id: str, index: int, cells: list[tuple[list[Item], bool]],
                 towns: tuple[str, ...] = ()) -> None:
    """A row's site cells side by side, coarse to fine (所在地区 所在园区: 云溪区 | 星澜产业园), or the
    sites one cell parts by a slash or a dot (云溪区/星澜产业园, 云溪区·白露镇): the park or town a later one
    names lies in the place or park the one before it names (a park in a place ``located-table-sites``,
    a town in a place or a park in a park ``part-table-sites``); of sites a cell lists by 、 (``listed``:
    云溪区、星澜产业园, 白露镇、青禾镇) only a park after a place, the others being peers. A park is
    in no town named before it (``towns``, [table] town_heads: 云溪区白露镇 | 青禾经济开发区: a zone
    spans towns)."""
    named = [(x[-1], listed) for x, listed in cells if x]
    for (outer, _), (inner, listed) in zip(named, named[1:]):
        if inner.key == outer.key:
            continue
        if inner.cls == "Platform" and outer.cls == "Place" and not outer.m.name.endswith(towns):
            c.add(inner.key, "locatedIn", outer.key, doc_id, index, "located-table-sites")
        elif inner.cls == outer.cls and inner.cls in ("Place", "Platform") and not listed:
            c.add(inner.key, "partOf", outer.key, doc_id, index, "part-table-sites")


def site_units(conf: dict, text: str, span: tuple[int, int]) -> list[tuple[int, int, bool]]:
    """The sites a site cell lists, parted by a slash or a dot ([table] site_split: 云溪区/青禾工业园区,
    云溪区·青禾工业园区) or listed by 、 ([table] site_list), as (start, end, listed: a unit after a 、);
    the cell whole when none parts it. A clause after the sites, 云溪区白露镇，系青禾开发区的组成园区,
    is no site of the row's ([table] site_end); nor a door's number after them, X产业园A区12号 ([table]
    site_number), nor the larger water a branch is of, 大河支流小沟 ([table] site_branch: the branch)."""
    a, b = site_span(conf, text, span)
    branch = [m for m in rx(conf.get("site_branch", "$^")).finditer(text, a, b) if b - m.end() >= 2]
    a = branch[-1].end() if branch else a
    cuts = [m for m in rx(conf.get("site_split", "$^")).finditer(text, a, b)]
    ends = [a, *(x for m in cuts for x in (m.start(), m.end())), b]
    listed = rx(conf.get("site_list", "$^"))
    return [(x, y, k > 0 and bool(listed.fullmatch(cuts[k - 1].group())))
            for k, (x, y) in enumerate(zip(ends[::2], ends[1::2]))]


def table_marks(c: Collector, doc_id: str, sentences, by_sent: dict[int, list[Item]]) -> None:
    """What the sentence rules must know of the document's tables' rows, read before them:
    the firms and bodies the owner cells name are builders, as a frame names them
    (``c.frame_owners``): in no track of the row's section or paragraph (一、星材（3个） /
    1 年产3万吨X项目 星澜新材料有限公司 …: the project is of 星材, its builder is not said to
    be), and not what the district lands (not a firm's or applicant's cell, [table] track_owner_labels:
    （一）食品饮料 / 1 星澜食品有限公司 X项目 …, the firm is of the section's track too); a row with a field column (所属领域) takes its tracks
    from that column alone (``c.table_track_rows``: ``table_relations``), and what its site
    cells name takes none of the row's (``c.sites``: 星澜化工园 lends 化工 to nothing)."""
    for s, h, spans in table_rows(c.rules.get("table", {}), sentences):
        if h.tracks:
            c.table_track_rows.add((doc_id, s.index))
        # (… and so does one whose content cell names a track, no field column beside it)
        elif opening_content(c, h, spans, by_sent.get(s.index, [])):
            c.table_track_rows.add((doc_id, s.index))
        # (… and so are the parents' and a project column's own owners: 上级单位, 项目业主)
        for i in (*h.owners, *h.parents, *h.project_owners):
            if h.labels[i] in c.rules.get("table", {}).get("track_owner_labels", ()):
                continue    # (企业名称, 申报单位: the firm works in the row's field, its section's too)
            a, b = spans[i]
            c.frame_owners |= {(doc_id, s.index, x.m.start) for x in by_sent.get(s.index, [])
                               if x.cls in OWNERS and a <= x.m.start and x.m.end <= b}
        # (序号 企业名称 所在园区 所属领域: the park a row's firm is in is in no track the row names)
        for i in h.places:
            a, b = spans[i]
            c.sites |= {(doc_id, s.index, x.m.start) for x in by_sent.get(s.index, []) if a <= x.m.start < b}
        for i in h.seated:      # (… and the seat in a firm's cell's bracket: 星澜精工有限公司（青禾化工园）)
            a, b = spans[i]
            c.sites |= {(doc_id, s.index, x.m.start) for x in by_sent.get(s.index, [])
                        if a <= x.m.start < b and x.cls in LOCATIONS}
    bar_row_marks(c, doc_id, sentences, by_sent)
    attribute_marks(c, doc_id, sentences, by_sent)


def opening_content(c: Collector, h, spans, items) -> list[tuple[int, int]]:
    """The spans of a row's content cells ([table] content_labels: 建设内容, 建设规模及内容) that open on
    a track (电化学储能，电池舱160个: what the works are of, stated first), of ``items`` (the row's)."""
    labels = c.rules.get("table", {}).get("content_labels", ())
    return [spans[i] for i, x in enumerate(h.labels) if x in labels
            and any(y.m.start == spans[i][0] and y.cls == "IndustryTrack" for y in items)]


def table_sites_win(relations: list[Relation], resolve: dict) -> list[Relation]:
    """Drop a ``locatedIn`` read off a thing's name (云溪县白露锡材园: 云溪县, [resolve] name_site_rules)
    where a table's row places the thing in a part of that place (所在地: 云溪县白露镇, [resolve]
    table_site_rules, the town part of the county): the row names the nearer place, which stands alone.

    >>> rs = [Relation("Platform/云溪县白露锡材园", "locatedIn", "Place/云溪县", "d", 0, "located-name"),
    ...       Relation("Platform/云溪县白露锡材园", "locatedIn", "Place/白露镇", "d", 1, "located-table"),
    ...       Relation("Place/白露镇", "partOf", "Place/云溪县", "d", 1, "part-adjacent")]
    >>> [r.object for r in table_sites_win(rs, {"name_site_rules": ["located-name"],
    ...                                          "table_site_rules": ["located-table"]})]
    ['Place/白露镇', 'Place/云溪县']
    """
    names, tables = set(resolve.get("name_site_rules", ())), set(resolve.get("table_site_rules", ()))
    parts = {(r.doc_id, r.subject, r.object) for r in relations if r.predicate == "partOf"}
    nearer = {(r.doc_id, r.subject, o) for r in relations if r.predicate == "locatedIn" and r.rule in tables
              for d, p, o in parts if d == r.doc_id and p == r.object}
    return [r for r in relations if not (r.predicate == "locatedIn" and r.rule in names
                                         and (r.doc_id, r.subject, r.object) in nearer)]
