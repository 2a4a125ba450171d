"""kg/data/facts.toml, compiled once: the words, units and patterns of the facts stage."""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from ..schema import load

# The classes a fact can be about.
HOLDERS = {"Project", "Platform"}


def alt(words) -> str:
    """A regex alternation, longest word first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass
class Quantity:
    prop: str
    unit: str
    keyword: re.Pattern        # the words that introduce it
    pattern: re.Pattern        # keyword followed by an amount
    amount: re.Pattern         # the amount alone
    not_after: tuple[str, ...]
    units: dict[str, Fraction]
    skip_units: frozenset[str]


class FactRules:
    """kg/data/facts.toml, compiled."""

    def __init__(self, data: dict):
        self.data = data
        self.breaks = re.compile("[" + re.escape(data["clause_breaks"]) + "]")
        st = data["status"]
        self.triggers: dict[str, str] = st["triggers"]
        self.trigger_re = re.compile(alt(self.triggers))
        self.not_followed_by = tuple(st["not_followed_by"])
        self.followed_by_ok = tuple(st["followed_by_ok"])
        self.list_item_gap = st["list_item_gap"]
        self.nouns = re.compile(alt(st["nouns"])) if st["nouns"] else None
        self.not_after = tuple(st["not_after"])
        self.object_gap = st["object_gap"]
        self.locative = frozenset(st["locative"])
        self.counted_object = re.compile(st["counted_object"])
        self.organisers = re.compile(alt(st["organisers"]))
        self.topic_leads = tuple(sorted(st["topic_leads"], key=len, reverse=True))
        self.topic_not_after = tuple(st["topic_not_after"])
        self.topic_breaks = re.compile(st["topic_breaks"])
        self.speaker = re.compile(rf"^[^，,。；;：:]{{0,24}}?(?:{alt(st['speaker_roles'])})[：:]")
        self._plan(data["plan"], data["sections"])
        self._years(data["year"])
        # a subject-less clause may also open with a time (今年6月正式开业) or
        # a word of plan or deed (拟于明年开工)
        self.topic_leads = tuple(sorted(
            {*self.topic_leads, *data["plan"]["intent"], *data["plan"]["done"]}, key=len, reverse=True))
        self.times = re.compile(rf"(?:{self.year_re.pattern}|{self.dates.pattern})")
        self._quantities(data)
        self.confidence: dict[str, float] = data["confidence"]

    def _plan(self, plan: dict, sections: dict) -> None:
        self.marker_kind = {**{w: "intent" for w in plan["intent"]},
                            **{w: "push" for w in plan["push"]},
                            **{w: "done" for w in plan["done"]}}
        self.marker_re = re.compile(alt(self.marker_kind))
        self.not_markers = re.compile(alt(plan["not_markers"]))
        self.plan_after = tuple(plan["after"])
        self.dates = re.compile(plan["dates"])
        self.section_plan = re.compile(alt(sections["plan"]))
        self.section_review = re.compile(alt(sections["review"]))
        self.heading_width = sections["heading_width"]
        self.lead_width = sections["lead_width"]
        self.levels = [re.compile(p) for p in sections["levels"]]

    def _years(self, yr: dict) -> None:
        self.relative: dict[str, int] = yr["relative"]
        self.year_re = re.compile(
            rf"(?:(?P<y>(?:19|20)\d\d)年|(?P<rel>{alt(yr['relative'])}))(?:{alt(yr['parts'])})?"
            rf"|(?P<part>{alt(yr['parts'])})")
        self.year_not_followed_by = tuple(yr["not_followed_by"])

    def _quantities(self, data: dict) -> None:
        q = data["qualifiers"]
        self.lower, self.upper, self.sum = set(q["lower_bound"]), set(q["upper_bound"]), set(q["sum"])
        quals = alt(q["lower_bound"] + q["approximate"] + q["filler"] + q["sum"] + q["upper_bound"])
        post = alt(q["lower_bound"] + q["approximate"] + q["upper_bound"])
        mid = alt(q["before_unit"])
        self.aggregate = re.compile(data["aggregate"])
        n = data["numbers"]
        self.digits, self.small, self.big = n["digits"], n["small_units"], n["big_units"]
        cn = "".join([*self.digits, *self.small, *self.big])
        self.quantities: dict[str, Quantity] = {}
        for prop, spec in data["quantity"].items():
            units = {u: Fraction(f) for u, f in spec["units"].items()}
            # A space may stand between the parts, and inside the digits, of an
            # amount after its keyword (newspaper columns and PDF text: "总投资 26
            # 亿元", "用地面积1 56亩"); a lower-bound word may stand before or
            # after 万/亿 (1000余万元, 10多亿元).
            digits = r"\d+(?:,\d{3}(?!\d)| \d+)*(?: ?\. ?\d+)?"
            amount = (rf"(?P<pre>(?:(?:{quals}) ?)*)(?P<num>{digits}|[{cn}]+) ?"
                      rf"(?P<mid1>{mid})?(?P<big>[{''.join(self.big)}]*)(?P<mid>{mid})? ?"
                      rf"(?P<unit>{alt([*units, *spec['skip_units']])})(?P<post>{post})?")
            keyword = alt(spec["keywords"])
            self.quantities[prop] = Quantity(
                prop, spec["unit"], re.compile(keyword), re.compile(rf"(?P<kw>{keyword}) ?{amount}"),
                re.compile(amount), tuple(spec["not_after"]), units, frozenset(spec["skip_units"]))


@lru_cache(maxsize=1)
def load_fact_rules() -> FactRules:
    return FactRules(load("facts.toml"))
