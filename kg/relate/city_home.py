"""A document that speaks as a city (我市, 全市: relations.toml [home] city_pronouns, more often than
as a district or zone by [home] pronouns) speaks for the city it names, though it names a zone more
often: a city councillor's proposal on the city's park, whose home `find_home` took for the park.
The city is one the document's head names (政协云州市…提案); where its head names none, the home stays."""
from __future__ import annotations

from collections import Counter

from .base import Collector
from .home import HomeRules


def city_home(c: Collector, rules: HomeRules, mentions, home: str | None, text: str, head: list[str]) -> str | None:
    """``home``, or the city the document speaks for when it speaks as a city and ``home`` is a zone."""
    if home is None or c.ents[home].cls != "Platform":
        return home
    pronouns = tuple(c.rules.get("home", {}).get("city_pronouns", ()))
    spoken = sum(text.count(w) for w in pronouns)
    if spoken < 2 or spoken <= sum(text.count(w) for w in rules.pronouns if w.endswith("区")):
        return home
    cities = Counter(m.key for m in mentions if m.key and c.ents[m.key].cls == "Place"
                     and c.ents[m.key].name.endswith("市") and rules.kind(c.ents[m.key]) == "district")
    if not cities:
        return home

    def named(k: str) -> bool:
        e = c.ents[k]
        return any(w and w in line for line in head for w in (e.name, *e.aliases))
    named_cities = [k for k in sorted(cities) if named(k)]
    # (none named there: which city speaks the text does not say, a county's city it names is no guess)
    return max(named_cities, key=lambda k: cities[k]) if named_cities else home
