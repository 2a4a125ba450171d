"""Works of a power grid named by their voltage (rules.toml [grid_work]): the voltage opens the
name, the station, line or place it serves follows, then what is built (110千伏星澜变电站,
10千伏青禾线升级改造工程); a dash joins the two ends of one line inside it (110千伏云溪变—墨川
10千伏双回专线工程). A voltage before a bare kind of works (110千伏变电站3座) names none."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidate import Cand
from .context import Context


@lru_cache(maxsize=4)
def _pattern(voltage: str, heads: tuple[str, ...], not_inside: str, most: int) -> re.Pattern:
    # the words after the voltage: characters of a name, a dash, or another voltage (…—墨川10千伏…)
    word = f"(?:{voltage}|[^\\W\\d_{re.escape(not_inside)}]|[—－])"
    head = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    return re.compile(f"({voltage})({word}{{1,{most}}}?)({head})")


def grid_works(ctx: Context) -> list[Cand]:
    """A project for each name a voltage opens and a head of grid works ends, the works on a
    station after its head taken in (…变电站|扩建工程); none when the words after the voltage
    open with a bare kind of works ([grid_work] kinds)."""
    conf = ctx.rules.data.get("grid_work", {})
    if not conf.get("voltage"):
        return []
    text, most = ctx.text, conf.get("max_len", 30)
    pat = _pattern(conf["voltage"], tuple(conf.get("heads", ())), conf.get("not_inside", ""), most)
    works = re.compile(conf.get("station_works", "$^"))
    kinds, complete = tuple(conf.get("kinds", ())), tuple(conf.get("complete_heads", ()))
    dashes = conf.get("dashes", "")
    out = []
    for m in pat.finditer(text):
        middle = m.group(2)
        if middle.startswith(kinds) or middle[0] in dashes:
            continue
        end = m.end()
        if m.group(3) not in complete:
            more = works.match(text, end)
            end = more.end() if more and more.end() - m.start() <= most else end
        out.append(Cand(m.start(), end, "Project", text[m.start():end], "grid-works", prio=2))
    return out
