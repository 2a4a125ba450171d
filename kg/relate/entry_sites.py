"""Where a card's firm has its sites: clauses of the card's lines that say where a facility of
the entry is, or that the entry builds something in a place, with no subject of their own.

    3．星澜粮油有限公司（青禾县）。主营菜籽油，加工厂在云溪镇，原料基地分布于柳塘乡和白沙乡。
        ->  星澜粮油有限公司 locatedIn 云溪镇, 柳塘乡, 白沙乡
            云溪镇, 柳塘乡, 白沙乡 partOf 青禾县 (the county the card's heading brackets)
    在墨川镇建有冷链仓储中心  ->  the entry locatedIn 墨川镇 (after the places, a verb of building)

A site clause is [entry] site_clause (a facility's head word, then a verb of lying: 基地位于, 车间在)
or [entry] site_at (在) then places and [entry] site_built (建有, 配套建设); the places are each run
of places side by side after it, runs parted by [entry] place_list (和, 、). In a run the entry lies
in the last place and in each town of it (青禾县云溪镇: in 云溪镇). A town opening its run, in a card
whose heading brackets a county-level place ([part] county_town_wholes), is that county's: the
card is about a firm of that county.
"""
from __future__ import annotations

from .base import Collector, Item, rx
from .fields import field_place_run

RULE, PART_RULE = "located-entry-site-clause", "part-entry-county"


def entry_sites(c: Collector, doc_id: str, index: int, text: str, ms: list[Item], entry: str,
                county: str | None) -> None:
    """locatedIn for the entry's sites said in the sentence ``text``; partOf ``county`` (the card's
    bracketed county, if any) for a town the entry is placed in at the head of its run."""
    conf = c.rules.get("entry", {})
    others = [x for x in ms if x.key != entry and x.m.role != "owner"]
    starts = [m.end() for m in rx(conf.get("site_clause", "(?!)")).finditer(text)]
    for m in rx(conf.get("site_at", "(?!)")).finditer(text):
        runs = _runs(c, text, others, m.end())
        if runs and rx(conf.get("site_built", "(?!)")).match(text, runs[-1][-1].m.end):
            starts.append(m.end())
    towns = tuple(c.rules.get("part", {}).get("town_units", ()))
    units = tuple(c.rules.get("located", {}).get("chain_unit_ends", ()))
    for start in starts:
        for run in _runs(c, text, others, start):
            for x in run:
                if x is run[-1] or c.ents[x.key].name.endswith(units):
                    c.add(entry, "locatedIn", x.key, doc_id, index, RULE)
            first = run[0]
            if county and first.key != county and first.cls == "Place" \
                    and c.ents[first.key].name.endswith(towns):
                c.add(first.key, "partOf", county, doc_id, index, PART_RULE)


def _runs(c: Collector, text: str, others: list[Item], start: int) -> list[list[Item]]:
    """The runs of places side by side from ``start`` on, parted by [entry] place_list."""
    listed = rx(c.rules.get("entry", {}).get("place_list", "(?!)"))
    runs, run = [], field_place_run(text, others, start)
    while run:
        runs.append(run)
        more = listed.match(text, run[-1].m.end)
        run = field_place_run(text, others, more.end()) if more else []
    return runs


def card_bracket(c: Collector, text: str, ms: list[Item], end: int) -> tuple[bool, str | None]:
    """Whether a numbered card's heading (its name ending at ``end``) brackets nothing or a place
    alone (X有限公司（青禾县）。; not （简称“星澜”）: a card that may speak of the firm's units), and
    the county-level place it brackets, if any ([part] county_town_wholes)."""
    m = rx(r"\s*[（(]([^（()）]{1,30})[)）]").match(text, end)
    if not m:
        return True, None
    inside = [x for x in ms if x.cls == "Place" and x.m.start == m.start(1) and x.m.end == m.end(1)]
    if not inside:
        return False, None
    wholes = tuple(c.rules.get("part", {}).get("county_town_wholes", ()))
    bad = tuple(c.rules.get("home", {}).get("not_district_ends", ()))
    name = c.ents[inside[0].key].name
    return True, (inside[0].key if name.endswith(wholes) and not name.endswith(bad) else None)
