"""partOf: counties a city names as its own (我市青禾区、白露区和云溪区, 州内星澜县、墨川县).

A word by which the city speaks of itself ([part] city_words: 我市, 本市, 州内), then a list of
county-level places (names ending with one of [part] city_county_ends) right after it, maybe after
的: each county is a part of that city. The city is a place the document names whose name ends
with the word's level (市 of 我市, 州 of 州内), the one the lexicon files the county under; where
the lexicon knows neither, the only such city the document names (two or more: no guess).

    我市青禾区、白露区和云溪区  (the document names 星澜市)  ->  青禾区 partOf 星澜市, ...

The list may come after a verb of spreading instead ([part] city_county_lead: 全市龙头企业分布于
青禾区和白露、云溪等3个县), or after the count of the counties it is picked from (全盟9个旗县市（区）中，
青禾旗、白露旗…).
"""
from __future__ import annotations

from .base import Collector, Item, rx

RULE = "part-city-county"


def city_counties(c: Collector, doc_id: str, index: int, text: str, ms: list[Item], mentions) -> None:
    """Each county of a list right after one of [part] city_words, partOf the city the word stands for."""
    part = c.rules.get("part", {})
    words = tuple(part.get("city_words", ()))
    if not words or not any(w in text for w in words):
        return
    ends = tuple(part.get("city_county_ends", ()))
    joins = tuple(part.get("city_county_joins", ()))
    items = sorted((x for x in ms if x.m.role != "owner" and x.cls == "Place"), key=lambda x: x.m.start)
    for w in words:
        at = text.find(w)
        while at >= 0:
            # (全市合格企业分布于A区和B、C等5个县: the counties the city's things are spread over)
            lead = rx(part.get("city_county_lead", "(?!)")).match(text, at + len(w))
            run = _run(c, text, items, at + len(w), ends, joins) \
                or (_run(c, text, items, lead.end(), ends, joins) if lead else [])
            level = next((ch for ch in reversed(w) if ch in part.get("city_levels", "")), None)
            city = _city(c, mentions, run, level) if run and level else None
            for x in run:
                if city is not None and x.key != city:
                    c.add(x.key, "partOf", city, doc_id, index, RULE)
            at = text.find(w, at + len(w))


def _run(c: Collector, text: str, items: list[Item], start: int, ends, joins) -> list[Item]:
    """The county-level places listed from ``start`` on (maybe after 的), joined by ``joins``
    (not a community, a scenic area or another area of [home] not_district_ends)."""
    not_ends = tuple(c.rules.get("home", {}).get("not_district_ends", ()))
    run: list[Item] = []
    at = start + 1 if text.startswith("的", start) else start
    for x in items:
        if x.m.start < at:
            continue
        gap = text[at:x.m.start]
        name = c.ents[x.key].name
        if (gap if not run else gap not in joins) or not name.endswith(ends) or name.endswith(not_ends):
            break
        run.append(x)
        at = x.m.end
    return run


def _city(c: Collector, mentions, run: list[Item], level: str) -> str | None:
    """The key of the city of ``level`` the document names that holds the counties of ``run``."""
    cities = {m.key for m in mentions if m.key and m.role != "owner" and c.ents[m.key].cls == "Place"
              and c.ents[m.key].name.endswith(level)} - {x.key for x in run}
    parents = set()
    for x in run:
        e = c.lexicon.lookup(c.ents[x.key].name, "Place")
        parents.update(e.parents if e is not None else ())
    filed = [k for k in sorted(cities) if _lexicon_name(c, k) in parents]
    if filed:
        return filed[0]
    return next(iter(cities)) if len(cities) == 1 else None


def _lexicon_name(c: Collector, key: str) -> str:
    e = c.lexicon.lookup(c.ents[key].name, "Place")
    return e.name if e is not None else c.ents[key].name
