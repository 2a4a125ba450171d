"""The figures of a sentence: each measure named (地区生产总值) with the amount,
growth rate and rank stated after it.

    >>> from kg.indicators.figures import read_figures
    >>> [(f.measure.key, f.kind, f.value_text, f.unit, f.rank, f.rank_scope)
    ...  for f in read_figures("全区实现地区生产总值2091.5亿元，同比增长5.1%，总量居全省第一")]
    [('GDP', 'amount', '209150000000', 'CNY', 1, '全省'), ('GDP', 'growthRate', '5.1', 'percent', None, None)]

Where the figures are looked for, after a measure's name and before the next
measure's:

- an amount right after the name, or after words such as 实现 / 达 / 为
  (kg/data/indicators.toml [amounts] filler), or a change 由A升至B;
- a growth rate right after the name or the amount, or at the start of a
  later clause (同比增长5.1%, 两年平均增长7.2%, 小幅下降1.9%); a clause that
  does not start with one (首破千亿元关口) is passed over;
- ranks anywhere in the later clauses (增幅居全市第三): of the growth rate when
  a growth word (增幅, 增速) stands between the figure and the rank, of the
  amount when a size word does (总量), else of the amount if there is one;
- a list of names joined by 、 and followed by 分别 takes its figures in order
  (A、B分别增长x%、y%); a rank after 均 is every one's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from .numbers import decimal_text, precision, to_number
from .rules import IndicatorRules, Measure, load_indicator_rules

_SEPARATORS = "，,；;、：:"
_JOINERS = re.compile(r"[、和及与]")


@dataclass
class Figure:
    """A figure the sentence states about a measure."""
    measure: Measure
    at: int                    # where the measure's name starts in the sentence
    pos: int                   # where the figure starts
    end: int
    kind: str                  # "amount" or "growthRate"
    value: Fraction
    unit: str                  # CNY, USD, CNY/person …, or "percent"
    text: str                  # the words it was read from: "2091.5亿元", "同比增长5.1%"
    rule: str
    bound: str | None = None   # "atLeast", "atMost", "about"
    average: int | None = None  # growth averaged over this many years (0: the period's span)
    role: str | None = None    # "start" / "end" of a change (由A升至B)
    precision: Fraction = Fraction(1)
    rank: int | None = None
    rank_within: int | None = None
    rank_scope: str | None = None
    group: int = -1            # figures of one 分别 list share a group
    extra: dict = field(default_factory=dict)

    @property
    def value_text(self) -> str:
        return decimal_text(self.value)


def measures_in(text: str, r: IndicatorRules) -> list[tuple[int, int, Measure]]:
    """(start, end, measure) of each measure named in ``text`` that is the measure
    itself, not part of a share (占规上工业增加值比重) or of another measure."""
    out = []
    for m in r.measure_re.finditer(text):
        measure = r.by_name[m.group()]
        before, after = text[:m.start()], text[m.end():]
        if before.endswith(r.not_after + measure.not_after) or after.startswith(r.not_before + measure.not_before):
            continue
        out.append((m.start(), m.end(), measure))
    return out


def _bound(r: IndicatorRules, *quals: str | None) -> str | None:
    words = {q.strip() for q in quals if q}
    if words & r.at_least:
        return "atLeast"
    if words & r.at_most:
        return "atMost"
    if words & r.about:
        return "about"
    return None


def _amount(r: IndicatorRules, m: re.Match, measure: Measure, at: int, rule: str, prefix: str = "",
            role: str | None = None) -> Figure | None:
    g = lambda k: m.group(prefix + k)            # noqa: E731
    number = to_number(g("num"))
    if number is None:
        return None
    value = number
    for b in g("big"):
        value *= r.big[b]
    currency = r.currencies[g("cur")]
    unit = measure.unit.replace("CNY", currency, 1) if currency != "CNY" else measure.unit
    step = precision(g("num"))
    for b in g("big"):
        step *= r.big[b]
    start, end = m.start(prefix + "pre") if g("pre") else m.start(prefix + "num"), m.end(prefix + "cur")
    end = m.end(prefix + "post") if g("post") else end
    return Figure(measure, at, start, end, "amount", value, unit, m.string[start:end], rule,
                  bound=_bound(r, g("pre"), g("mid"), g("mid2"), g("post")), role=role, precision=step)


def _percent(r: IndicatorRules, text: str, pos: int) -> tuple[Fraction, str | None, re.Match] | None:
    m = r.percent_re.match(text, pos)
    if not m:
        return None
    value = to_number(m["cnum"] or m["num"])
    return (value, _bound(r, m["pre"], m["post"]), m) if value is not None else None


def _growth(r: IndicatorRules, text: str, pos: int, measure: Measure, at: int, rule: str) -> list[Figure]:
    """The growth rate(s) starting at ``pos``: 同比增长5.1%; after 分别, a list (20.7%、28.1%)."""
    g = r.growth_re.match(text, pos)
    if not g:
        return []
    out, cur = [], g.end()
    while True:
        read = _percent(r, text, cur)
        if read is None:
            break
        value, bound, m = read
        if g["dir"] in r.down:
            value = -value
        average = r.average[g["avg"]] if g["avg"] else None
        precision_ = precision(m["cnum"] or m["num"])
        start = pos if not out else m.start()        # the second of a list is its percent alone
        out.append(Figure(measure, at, start, m.end(), "growthRate", value, "percent", text[start:m.end()], rule,
                          bound=bound, average=average, precision=precision_))
        if not text.startswith("、", m.end()):
            break
        cur = m.end() + 1
    return out


def _skip(text: str, pos: int, words: str) -> int:
    m = re.compile(rf"(?:\s|{words})*").match(text, pos)
    return m.end() if m else pos


def _clause_starts(text: str, start: int, end: int) -> list[int]:
    return [i + 1 for i in range(start, end) if text[i] in _SEPARATORS and i + 1 < end
            and not (text[i] == "," and text[i + 1:i + 2].isdigit())]


def read_figures(text: str, rules: IndicatorRules | None = None) -> list[Figure]:
    """Every figure of the sentence ``text``, in order (see the module's docstring)."""
    r = rules or load_indicator_rules()
    named = measures_in(text, r)
    out: list[Figure] = []
    i, group = 0, 0
    while i < len(named):
        # a list of names joined by 、 (A、B和C)
        j = i
        while j + 1 < len(named) and _JOINERS.fullmatch(text[named[j][1]:named[j + 1][0]]):
            j += 1
        stop = named[j + 1][0] if j + 1 < len(named) else len(text)
        if j > i:
            listed = named[i:j + 1]
            figures = _respectively(text, listed, stop, r, group)
            if figures is not None:  # 分别: in order, or none when the counts differ
                out += figures
                group += 1
                i = j + 1
                continue
            i = j                    # no 分别: only the last name gets the figures after it
        start, end, measure = named[i]
        out += _single(text, start, end, measure, stop, r)
        i += 1
    return out


def _respectively(text: str, listed, stop: int, r: IndicatorRules, group: int) -> list[Figure] | None:
    """The figures of a list of names followed by 分别, one each in order; None without 分别."""
    end = listed[-1][1]
    pos = _skip(text, end, r.filler)
    if not r.respectively.match(text, pos):
        m = r.respectively.search(text, pos, min(stop, pos + 4))
        if not m:
            return None
        pos = m.start()
    first_at = listed[0][0]
    figures = _growth(r, text, pos, listed[0][2], first_at, "indicator-respectively")
    if not figures:
        after = _skip(text, r.respectively.match(text, pos).end(), r.filler)
        figures = []
        while (m := r.amount_re.match(text, after)):
            f = _amount(r, m, listed[0][2], first_at, "indicator-respectively")
            if f is None:
                break
            figures.append(f)
            if not text.startswith("、", m.end()):
                break
            after = m.end() + 1
    if len(figures) != len(listed):
        return []
    for f, (start, _, measure) in zip(figures, listed):
        f.measure, f.at, f.group = measure, start, group
        if f.kind == "amount":
            f.unit = measure.unit.replace("CNY", f.unit.split("/")[0], 1)
    _ranks(text, figures[-1].end, stop, figures, r, group_all=True)
    return figures


def _single(text: str, start: int, end: int, measure: Measure, stop: int, r: IndicatorRules) -> list[Figure]:
    figures: list[Figure] = []
    pos = _skip(text, end, r.filler)
    change = r.change_re.match(text, pos)
    if change:
        for prefix, role in (("", "start"), ("e_", "end")):
            f = _amount(r, change, measure, start, "indicator-change", prefix, role)
            if f:
                figures.append(f)
        pos = change.end()
    elif (m := r.amount_re.match(text, pos)):
        f = _amount(r, m, measure, start, "indicator-clause")
        if f:
            figures.append(f)
            pos = m.end()
    # growth: right here (GDP增长4.6%, 840亿元、增长0.8%), or opening a later clause
    starts = [pos] + [p for p in _clause_starts(text, pos, stop)]
    for p in starts:
        if any(f.kind == "growthRate" for f in figures):
            break
        q = _skip(text, p, r.filler)
        rule = "indicator-clause" if p == pos else "indicator-growth"
        figures += _growth(r, text, q, measure, start, rule)
    if figures:
        _ranks(text, figures[-1].end, stop, figures, r)
    return figures


def _ranks(text: str, start: int, stop: int, figures: list[Figure], r: IndicatorRules,
           group_all: bool = False) -> None:
    """Ranks stated after the figures (and before the next measure) go to the figure they rank."""
    last = start
    for m in r.rank_re.finditer(text, start, stop):
        between = text[last:m.start()]
        if r.growth_basis.search(between):
            kind = "growthRate"
        elif r.value_basis.search(between):
            kind = "amount"
        else:
            kind = "amount" if any(f.kind == "amount" for f in figures) else "growthRate"
        targets = [f for f in figures if f.kind == kind]
        if not targets:
            continue
        if not (group_all and m["all"]):
            targets = targets[-1:]
        for f in targets:
            if m["top"]:
                f.rank_within = int(to_number(m["top"]))
            else:
                f.rank = 1 if m["first"] else int(to_number(m["n"]))
            f.rank_scope = m["scope"]
        last = m.end()
