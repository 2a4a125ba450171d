"""kg/data/indicators.toml, compiled once: the measures and the patterns of figures, ranks and periods."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..facts.rules import alt
from ..schema import load

# Chinese numerals as cn2an reads them (点: the decimal point, 〇: zero in years)
CN_DIGITS = "零〇一二两三四五六七八九十百千点"
# An Arabic number; newspaper columns and PDF text put spaces inside (38 .3, 1. 9)
ARABIC = r"\d+(?:,\d{3}(?!\d))*(?: ?\. ?\d+)?"
NUMBER = rf"(?:{ARABIC}|[{CN_DIGITS}]+)"


@dataclass(frozen=True)
class Measure:
    key: str                  # kgr:indicator/<key>
    zh: str                   # the canonical name: the first of ``names``
    en: str
    names: tuple[str, ...]
    unit: str                 # "CNY" or "CNY/person"
    not_after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()


class IndicatorRules:
    """kg/data/indicators.toml, compiled."""

    def __init__(self, data: dict, big_units: dict[str, int]):
        self.data = data
        self.measures = [Measure(m["key"], m["names"][0], m["en"], tuple(m["names"]), m["unit"],
                                 tuple(m.get("not_after", ())), tuple(m.get("not_before", ())))
                         for m in data["measure"]]
        self.by_key = {m.key: m for m in self.measures}
        self.by_name = {n: m for m in self.measures for n in m.names}
        ms = data["measures"]
        self.measure_re = re.compile(alt(self.by_name))
        self.not_after = tuple(ms["not_after"])
        self.not_before = tuple(ms["not_before"])
        self.other_scopes = tuple(ms["other_scopes"])
        self.area_filler = tuple(sorted(ms["area_filler"], key=len, reverse=True))
        self.big = big_units
        self._amounts(data["amounts"])
        self._growth(data["growth"])
        self._rank(data["rank"])
        t = data["target"]
        self.target_re = re.compile(alt(t["words"]))
        self.not_target_re = re.compile(alt(t["not_target"]))
        self._periods(data["periods"])
        ch = data["change"]
        self.change_re = re.compile(rf"(?:{alt(ch['from'])}){self.amount_re.pattern}"
                                    rf"(?:{alt(ch['to'])}){self.amount_re.pattern.replace('(?P<', '(?P<e_')}")
        self.confidence: dict[str, float] = data["confidence"]

    def _amounts(self, a: dict) -> None:
        self.currencies: dict[str, str] = a["currencies"]
        self.at_least, self.at_most, self.about = set(a["at_least"]), set(a["at_most"]), set(a["about"])
        quals = alt(self.at_least | self.at_most | self.about)
        big = "".join(self.big)
        self.filler = alt(a["filler"])
        # 2091.5亿元, 约980亿元, 800亿元以上, 7.45亿美元, 1000余万元
        self.amount_re = re.compile(
            rf"(?P<pre>(?:{quals}) ?)?(?P<num>{NUMBER}) ?(?P<mid>[余多])?(?P<big>[{big}]*)(?P<mid2>[余多])? ?"
            rf"(?P<cur>{alt(self.currencies)})(?P<post>{quals})?")
        pct = alt(a["percent"])
        # 5.1%, 5.5%左右, 百分之五点五
        self.percent_re = re.compile(
            rf"(?P<pre>(?:{quals}) ?)?(?:(?P<pb>{alt(a['percent_before'])})(?P<cnum>{NUMBER})"
            rf"|(?P<num>-?{NUMBER}) ?(?:{pct}))(?P<post>{quals})?")

    def _growth(self, g: dict) -> None:
        self.up, self.down = set(g["up"]), set(g["down"])
        self.average: dict[str, int] = g["average"]
        lead = alt(g["lead"])
        # 同比增长5.1%, 两年平均增长7.2%, 小幅下降1.9%, 分别增长20.7%
        self.growth_re = re.compile(
            rf"(?P<avg>{alt(self.average)})?(?:(?:{lead})*)(?P<dir>{alt(self.up | self.down)})了?"
            rf"(?:{self.filler})?")
        self.respectively = re.compile(alt(g["respectively"]))

    def _rank(self, r: dict) -> None:
        num = r"[0-9一二三四五六七八九十]+"
        self.rank_re = re.compile(
            rf"(?P<all>均|都)?(?:{alt(r['verbs'])})(?P<scope>{alt(r['scopes'])})?"
            rf"(?:第(?P<n>{num})(?:位|名)?|前(?P<top>{num})(?:位|名)?|(?P<first>首位|榜首))")
        self.value_basis = re.compile(alt(r["value_basis"]))
        self.growth_basis = re.compile(alt(r["growth_basis"]))

    def _periods(self, p: dict) -> None:
        self.relative: dict[str, int] = p["relative"]
        self.parts: dict[str, tuple[int, int]] = {k: tuple(v) for k, v in p["parts"].items()}
        self.spans: dict[str, int] = p["spans"]
        self.named: dict[str, tuple[int, int]] = {k: tuple(v) for k, v in p["named"].items()}
        year = r"(?:(?P<y>(?:19|20)\d\d)|(?P<cy>[二][〇零][一二三四五六七八九〇零]{2}))年"
        self.period_re = re.compile(
            rf"(?:{year}|(?P<rel>{alt(self.relative)}))(?P<part>{alt(self.parts)}|{p['month_range']})?"
            rf"|(?P<part_alone>{alt(self.parts)})|(?P<range_alone>{p['month_range'].replace('(?P<m', '(?P<a_m')})"
            rf"|(?P<span>{alt(self.spans)})|“?(?P<named>{alt(self.named)})”?")
        self.month_range = re.compile(p["month_range"])
        self.period_not_followed_by = tuple(p["not_followed_by"])


@lru_cache(maxsize=1)
def load_indicator_rules() -> IndicatorRules:
    from ..facts.rules import load_fact_rules
    return IndicatorRules(load("indicators.toml"), load_fact_rules().big)
