"""Periods of economic figures: a year, a half, a quarter, cumulative months
(1-11月, 前三季度) or a span of years, resolved against the document's year.

    >>> from kg.indicators.periods import Period, expressions
    >>> [p.code for _, _, p in expressions("2021年上半年，今年1至4月，去年一季度", 2023)]
    ['2021-H1', '2023-M01-M04', '2022-Q1']
    >>> Period(2023, 1, 2023, 9).label_zh, Period(2011, 1, 2021, 12).code
    ('2023年前三季度', '2011-2021')
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from .numbers import to_number
from .rules import IndicatorRules, load_indicator_rules

# Where no period expression stands, a part alone (上半年) or a relative year
# (今年) is read against this "context year"; None when nothing gives one.
PART_ZH = {(1, 6): "上半年", (7, 12): "下半年", (1, 3): "一季度", (4, 6): "二季度", (7, 9): "三季度",
           (10, 12): "四季度", (1, 9): "前三季度"}


@dataclass(frozen=True, order=True)
class Period:
    """From the first month of ``y1`` to the last of ``y2`` (months 1-12, inclusive)."""
    y1: int
    m1: int
    y2: int
    m2: int

    @property
    def code(self) -> str:
        """A canonical code, the period's IRI local name: 2023, 2023-H1, 2023-Q2,
        2023-M01-M11 (cumulative months), 2023-M08, 2011-2021 (years)."""
        if self.y1 != self.y2:
            return f"{self.y1}-{self.y2}"
        y, span = self.y1, (self.m1, self.m2)
        if span == (1, 12):
            return str(y)
        if span in ((1, 6), (7, 12)):
            return f"{y}-H{1 if self.m1 == 1 else 2}"
        if self.m1 % 3 == 1 and self.m2 == self.m1 + 2:
            return f"{y}-Q{self.m2 // 3}"
        if self.m1 == self.m2:
            return f"{y}-M{self.m1:02d}"
        return f"{y}-M{self.m1:02d}-M{self.m2:02d}"

    @property
    def label_zh(self) -> str:
        if self.y1 != self.y2:
            return f"{self.y1}-{self.y2}年"
        if (self.m1, self.m2) == (1, 12):
            return f"{self.y1}年"
        part = PART_ZH.get((self.m1, self.m2))
        if part:
            return f"{self.y1}年{part}"
        if self.m1 == self.m2:
            return f"{self.y1}年{self.m1}月"
        return f"{self.y1}年{self.m1}-{self.m2}月"

    @property
    def start(self) -> str:
        return f"{self.y1:04d}-{self.m1:02d}-01"

    @property
    def end(self) -> str:
        return f"{self.y2:04d}-{self.m2:02d}-{calendar.monthrange(self.y2, self.m2)[1]:02d}"

    @property
    def years(self) -> int:
        """How many years a span covers from its base year to its end (2011-2021: 10)."""
        return self.y2 - self.y1

    @property
    def is_span(self) -> bool:
        return self.y1 != self.y2

    @classmethod
    def year(cls, y: int) -> "Period":
        return cls(y, 1, y, 12)

    @classmethod
    def from_code(cls, code: str) -> "Period":
        """The inverse of `code`.

        >>> Period.from_code("2023-M01-M11") == Period(2023, 1, 2023, 11)
        True
        """
        m = re.fullmatch(r"(\d{4})(?:-(\d{4})|-H([12])|-Q([1-4])|-M(\d\d)(?:-M(\d\d))?)?", code)
        if not m:
            raise ValueError(f"not a period code: {code}")
        y = int(m[1])
        if m[2]:
            return cls(y, 1, int(m[2]), 12)
        if m[3]:
            return cls(y, 1, y, 6) if m[3] == "1" else cls(y, 7, y, 12)
        if m[4]:
            q = int(m[4])
            return cls(y, 3 * q - 2, y, 3 * q)
        if m[5]:
            return cls(y, int(m[5]), y, int(m[6] or m[5]))
        return cls.year(y)


def _month(text: str) -> int:
    return int(to_number(text))


def _within(y: int, months: tuple[int, int]) -> Period:
    return Period(y, months[0], y, months[1])


def expressions(text: str, context_year: int | None, doc_year: int | None = None,
                rules: IndicatorRules | None = None) -> list[tuple[int, int, Period]]:
    """(start, end, Period) of each period expression of ``text`` that can be resolved:
    relative years count from ``doc_year`` (defaults to ``context_year``), a part alone
    (上半年) is of ``context_year``, a span (这十年) ends the year before ``doc_year``."""
    r = rules or load_indicator_rules()
    doc_year = doc_year if doc_year is not None else context_year
    out = []
    for m in r.period_re.finditer(text):
        if text[m.end():].startswith(r.period_not_followed_by):
            continue
        p = _period(m, context_year, doc_year, r)
        if p is not None:
            out.append((m.start(), m.end(), p))
    return out


def _period(m: re.Match, context_year: int | None, doc_year: int | None, r: IndicatorRules) -> Period | None:
    if m["span"]:
        if doc_year is None:
            return None
        end = doc_year - 1
        return Period(end - r.spans[m["span"]], 1, end, 12)
    if m["named"]:
        a, b = r.named[m["named"]]
        return Period(a, 1, b, 12)
    if m["part_alone"] or m["range_alone"]:
        if context_year is None:
            return None
        if m["part_alone"]:
            return _within(context_year, r.parts[m["part_alone"]])
        return _within(context_year, (_month(m["a_m1"]), _month(m["a_m2"])))
    if m["y"] or m["cy"]:
        y = int(m["y"]) if m["y"] else int(to_number(m["cy"]))
    elif doc_year is None:
        return None
    else:
        y = doc_year + r.relative[m["rel"]]
    if not m["part"]:
        return Period.year(y)
    if m["part"] in r.parts:
        return _within(y, r.parts[m["part"]])
    a, b = _month(m["m1"]), _month(m["m2"])
    return _within(y, (a, b)) if 1 <= a <= b <= 12 else None
