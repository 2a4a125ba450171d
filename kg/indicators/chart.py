"""Line charts of indicators as inline SVG: one offline HTML page, no script, nothing loaded.

Per area and measure, two charts side by side: the amounts by period and the
growth rates by period. Periods of different lengths (years, halves,
quarters, cumulative months) are different series, so that a half-year is
never joined to a year; targets are dashed, results solid. Every point has a
tooltip with the figure as the text states it and its source, and the table
below each pair of charts has every sentence.

    >>> from kg.indicators.chart import line_chart
    >>> svg = line_chart("增速", [("年", "result", [("2022", 3.0, "t"), ("2023", 5.1, "t")])], "%")
    >>> svg.startswith("<svg") and svg.count("<circle") == 2
    True
"""
from __future__ import annotations

import html
import math
from decimal import Decimal

from .table import Row, _plain

WIDTH, HEIGHT = 460, 230
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 28, 46
COLOURS = {"年": "#1f77b4", "半年": "#ff7f0e", "季度": "#2ca02c", "累计月份": "#9467bd", "多年": "#8c564b"}

_CSS = """
body { font-family: system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
       max-width: 64em; margin: 1em auto; padding: 0 1em; color: #222; line-height: 1.45; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #ddd; }
h3 { font-size: 1em; margin: 1.2em 0 0.3em; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
svg.kg-chart { border: 1px solid #e5e5e5; background: #fff; }
table { border-collapse: collapse; font-size: 0.9em; margin-top: 0.4em; }
td, th { padding: 3px 8px; border-bottom: 1px solid #eee; text-align: left; vertical-align: top; }
tr.conflict td { background: #fff3f0; } .flag { color: #c0392b; font-weight: bold; }
.target { color: #8a5a00; } .s { color: #444; max-width: 34em; } .meta { color: #666; }
"""


def _kind_of(p) -> str:
    """The length of a period, as a series name."""
    if p.is_span:
        return "多年"
    span = (p.m1, p.m2)
    if span == (1, 12):
        return "年"
    if span in ((1, 6), (7, 12)):
        return "半年"
    if p.m2 - p.m1 == 2 and p.m1 % 3 == 1:
        return "季度"
    return "累计月份"


def _nice(lo: float, hi: float) -> tuple[float, float, float]:
    """Axis bounds and a tick step of 1, 2 or 5 times a power of ten."""
    if lo == hi:
        lo, hi = (lo - 1, hi + 1) if lo == 0 else (min(0.0, lo), max(0.0, hi) * 1.1 or 1)
    raw = (hi - lo) / 4
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step, step


def _num(v: float) -> str:
    return f"{v:.6g}"


def line_chart(title: str, series: list[tuple[str, str, list[tuple[str, float, str]]]], unit: str,
               periods: list[str] | None = None) -> str:
    """An SVG line chart: ``series`` of (name, "result" or "target", [(period, value, tooltip)]);
    ``periods`` gives the x axis in order (default: the series' periods, as met)."""
    xs = periods or list(dict.fromkeys(p for _, _, pts in series for p, _, _ in pts))
    values = [v for _, _, pts in series for _, v, _ in pts]
    e = html.escape
    out = [f'<svg class="kg-chart" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
           f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{e(title)}">',
           f'<text x="8" y="17" font-size="13"><tspan font-weight="bold">{e(title)}</tspan> · {e(unit)}</text>']
    if not values:
        out.append(f'<text x="{LEFT}" y="{HEIGHT // 2}" font-size="12" fill="#888">no figures</text></svg>')
        return "".join(out)
    lo, hi, step = _nice(min(min(values), 0.0), max(max(values), 0.0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(p: str) -> float:
        i = xs.index(p)
        return LEFT + (plot_w / 2 if len(xs) == 1 else i * plot_w / (len(xs) - 1))

    def y(v: float) -> float:
        return TOP + plot_h - (v - lo) / (hi - lo) * plot_h

    n = round((hi - lo) / step)
    for i in range(n + 1):
        v = lo + i * step
        out.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
                   f'stroke="{"#999" if abs(v) < step / 1e6 else "#eee"}"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y(v) + 4:.1f}" font-size="11" text-anchor="end">'
                   f'{e(_num(v))}</text>')
    for p in xs:
        out.append(f'<text x="{x(p):.1f}" y="{HEIGHT - BOTTOM + 16}" font-size="10" text-anchor="middle">'
                   f'{e(p)}</text>')
    legend_x = LEFT
    for name, kind, pts in series:
        colour = COLOURS.get(name, "#444")
        dash = ' stroke-dasharray="5 4"' if kind == "target" else ""
        pts = sorted(pts, key=lambda t: xs.index(t[0]))
        if len(pts) > 1:
            points = " ".join(f"{x(p):.1f},{y(v):.1f}" for p, v, _ in pts)
            out.append(f'<polyline class="kg-line" points="{points}" fill="none" stroke="{colour}" '
                       f'stroke-width="2"{dash}/>')
        for p, v, tip in pts:
            fill = "#fff" if kind == "target" else colour
            out.append(f'<circle class="kg-point" cx="{x(p):.1f}" cy="{y(v):.1f}" r="4" fill="{fill}" '
                       f'stroke="{colour}" stroke-width="2"><title>{e(tip)}</title></circle>')
        label = f"{name}{' 目标' if kind == 'target' else ''}"
        out.append(f'<line x1="{legend_x}" x2="{legend_x + 18}" y1="{HEIGHT - 10}" y2="{HEIGHT - 10}" '
                   f'stroke="{colour}" stroke-width="2"{dash}/>'
                   f'<text x="{legend_x + 22}" y="{HEIGHT - 6}" font-size="11">{e(label)}</text>')
        legend_x += 30 + 12 * len(label)
    out.append("</svg>")
    return "".join(out)


def _series(rows: list[Row], which: str, scale: Decimal) -> list[tuple[str, str, list[tuple[str, float, str]]]]:
    groups: dict[tuple[str, str], dict[str, tuple[float, str]]] = {}
    for r in rows:
        f = getattr(r, which)
        if f is None:
            continue
        key = (_kind_of(r.period), r.kind)
        tip = f"{r.period.label_zh} {f.stated} — {r.source}"
        # one point per period: the first source's (conflicts are in the table)
        groups.setdefault(key, {}).setdefault(r.period.code, (float(f.value / scale), tip))
    return [(name, kind, [(p, v, t) for p, (v, t) in pts.items()]) for (name, kind), pts in groups.items()]


def measure_charts(rows: list[Row]) -> str:
    """The two charts (amounts and growth rates by period) of one area's measure."""
    periods = [r.period for r in rows]
    order = [p.code for p in sorted(set(periods), key=lambda p: (p.end, p.start))]
    units = {r.amount.unit for r in rows if r.amount}
    unit = units.pop() if len(units) == 1 else "CNY"
    currency = {"CNY": "亿元", "USD": "亿美元"}.get(unit.split("/")[0], unit)
    per_head = unit.endswith("/person")
    scale = Decimal(1) if per_head else Decimal(100000000)
    amount_unit = f"元/人 ({unit})" if per_head else f"{currency} ({unit})"
    measure = rows[0].measure
    return ('<div class="charts">'
            + line_chart(f"{measure} 数额 amount", _series(rows, "amount", scale), amount_unit, order)
            + line_chart(f"{measure} 增速 growth", _series(rows, "growth", Decimal(1)), "% 增速", order)
            + "</div>")


def indicators_html(rows: list[Row], title: str | None = None) -> str:
    """The page: per area, per measure, the charts and the table of figures with their sentences."""
    e = html.escape
    title = title or "经济指标 Economic indicators · Gongshu knowledge graph"
    flagged = sum(1 for r in rows if r.conflicts)
    out = ['<!DOCTYPE html>', '<html lang="zh-Hans"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
           f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
           f"<h1>{e(title)}</h1>",
           f'<p class="meta">{len(rows)} rows from {len({r.doc for r in rows})} documents'
           + (f' · <span class="flag">{flagged} rows disagree with another source (≠)</span>' if flagged else "")
           + " · solid: results, dashed: targets; hover a point for its source.</p>"]
    if not rows:
        out.append("<p><i>(no indicators)</i></p>")
    areas: dict[str, list[Row]] = {}
    for r in rows:
        areas.setdefault(r.area, []).append(r)
    for area, area_rows in areas.items():
        out.append(f"<h2>{e(area)}</h2>")
        measures: dict[str, list[Row]] = {}
        for r in area_rows:
            measures.setdefault(r.code, []).append(r)
        for code, mrows in measures.items():
            out.append(f'<section class="kg-measure" data-code="{e(code)}"><h3>{e(mrows[0].measure)} '
                       f'<span class="meta">{e(code)}</span></h3>')
            out.append(measure_charts(mrows))
            out.append("<table><tr><th>period</th><th>kind</th><th>amount</th><th>growth</th><th>rank</th>"
                       "<th>sentence</th><th>source</th></tr>")
            for r in mrows:
                cls = ' class="conflict"' if r.conflicts else ""
                flag = (f' <span class="flag">≠ {e(", ".join(r.conflicts))}</span>' if r.conflicts else "")
                kind = f'<span class="target">{e(r.kind)}</span>' if r.kind == "target" else e(r.kind)
                out.append(f"<tr{cls}><td>{e(r.period.label_zh)}</td><td>{kind}</td>"
                           f"<td>{e(r.amount_text())}</td><td>{e(r.growth_text())}</td>"
                           f"<td>{e(r.rank_text())}</td><td class=\"s\">“{e(r.sentence)}”</td>"
                           f"<td>{e(r.source)}{flag}</td></tr>")
            out.append("</table></section>")
    out.append("</body></html>\n")
    return "\n".join(out)


class IndicatorsView:
    """The page shown inline in a notebook (an ``<iframe srcdoc>``; the page has no script)."""

    def __init__(self, page: str, height: int = 640):
        self.page, self.height = page, height

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" sandbox="" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd"></iframe>')


def show(store, area: str | None = None, measure: str | None = None, height: int = 640) -> IndicatorsView:
    """The indicators page for a notebook cell: ``show(store, area="拱墅区")``."""
    from .table import load_rows
    return IndicatorsView(indicators_html(load_rows(store, area, measure)), height)


__all__ = ["line_chart", "measure_charts", "indicators_html", "show", "IndicatorsView", "_plain"]
