"""A document that speaks as a city (我市, 全市; a prefecture, 我州: relations.toml [home] city_pronouns, more often than
as a district or zone by [home] pronouns) speaks for the city it names, though it names a zone more
often: a city councillor's proposal on the city's park, whose home `find_home` took for the park.
The city is one the document's head names (政协云州市…提案); where its head names none, the home stays.

A city's report on its counties (a ranking of them, a digest of their cases) names one county most
and `find_home` takes it: a county the head does not name, beside several other counties the text
names ([home] report_counties), is no home (`county_report`)."""
from __future__ import annotations

from collections import Counter

from .base import Collector
from .home import HomeRules


def city_home(c: Collector, rules: HomeRules, mentions, home: str | None, text: str, head: list[str]) -> str | None:
    """``home``, or the city the document speaks for when it speaks as a city and ``home`` is a zone;
    None for a city's report on its counties (`county_report`)."""
    return county_report(c, mentions, spoken_city(c, rules, mentions, home, text, head), head)


def spoken_city(c: Collector, rules: HomeRules, mentions, home: str | None, text: str, head: list[str]) -> str | None:
    """``home``, or the city the document speaks for when it speaks as a city and ``home`` is a zone."""
    if home is None or c.ents[home].cls != "Platform":
        return home
    pronouns = tuple(c.rules.get("home", {}).get("city_pronouns", ()))
    spoken = sum(text.count(w) for w in pronouns)
    if spoken < 2 or spoken <= sum(text.count(w) for w in rules.pronouns if w.endswith("区")):
        return home
    ends = tuple(c.rules.get("home", {}).get("city_ends", ("市",)))
    cities = Counter(m.key for m in mentions if m.key and c.ents[m.key].cls == "Place"
                     and c.ents[m.key].name.endswith(ends) and not c.ents[m.key].name.endswith(rules.not_district_ends))
    if not cities:
        return home

    def named(k: str) -> bool:
        e = c.ents[k]
        return any(w and w in line for line in head for w in (e.name, *e.aliases))
    named_cities = [k for k in sorted(cities) if named(k)]
    # (none named there: which city speaks the text does not say, a county's city it names is no guess)
    return max(named_cities, key=lambda k: cities[k]) if named_cities else home


def county_report(c: Collector, mentions, home: str | None, head: list[str]) -> str | None:
    """``home``, or None when it is a county-level place (the lexicon's county level, [home]
    county_levels) the head lines do not name while the document names at least [home]
    report_counties other county-level places: the document speaks for the city over them all
    (一、星澜区稳居首位… 二、云溪县…), not for the one it names most."""
    if home is None or c.ents[home].cls != "Place":
        return home
    least = c.rules.get("home", {}).get("report_counties", 0)

    if not least or not _county(c, home):
        return home
    e = c.ents[home]
    if any(w and w in line for line in head for w in (e.name, *e.aliases)):
        return home
    others = {m.key for m in mentions if m.key and m.key != home and c.ents[m.key].cls == "Place"}
    return None if sum(1 for k in others if _county(c, k)) >= least else home


def _county(c: Collector, key: str) -> bool:
    """Whether the lexicon gives the place ``key`` names only county levels ([home] county_levels)."""
    e = c.lexicon.lookup(c.ents[key].name, "Place")
    return e is not None and bool(e.levels) and set(e.levels) <= set(c.rules.get("home", {}).get("county_levels", ()))
