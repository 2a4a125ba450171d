"""Numbered rows parted by bars with no header above them, as a ranking or a roll lists its firms:

    1．星澜精工有限公司｜青禾产业园｜星材（墨能部件）｜亩均税收8万元
    2．墨川（云溪）中心｜白露片区｜星澜材料｜亩均税收6万元

``bar_runs`` finds the runs of such rows (the serial dropped from the first cell) and
``bar_columns`` tells, by what the rows' cells name, what each column holds; headed tables are
kg/tablerows.py's. The recogniser names the cells (kg/recognise/bar_rows.py) and the relation
rules read them (kg/relate/bar_rows.py, kg/relate/bar_fields.py).

>>> from kg.model import RawDocument
>>> from kg.normalise import to_document
>>> doc = to_document(RawDocument("t.txt", "t.txt", "1．星澜精工有限公司｜青禾产业园｜星材\\n"
...                               "2．墨川电缆有限公司｜白露片区｜墨能\\n", "utf-8"))
>>> [[s.text[a:b] for a, b in spans] for s, spans in next(bar_runs(doc.sentences))]
[['星澜精工有限公司', '青禾产业园', '星材'], ['墨川电缆有限公司', '白露片区', '墨能']]
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from .tablerows import bar_cells

_SERIAL = re.compile(r"\s*\d{1,3}\s*[.．、](?!\d)\s*")


def bar_runs(sentences) -> Iterator[list[tuple[object, list[tuple[int, int]]]]]:
    """Runs of numbered rows whose cells bars part, no header above them (1．星澜精工有限公司｜青禾
    产业园｜星材（墨能部件）｜亩均税收8万元): two rows or more in a row, each a paragraph of one
    sentence, as many cells each, three or more, the serial opening the first (its span starts
    after it). What each column holds the run's rows tell (kg/recognise/bar_rows.py)."""
    size = Counter(s.paragraph for s in sentences)
    run: list = []
    last = None
    for s in [*sentences, None]:
        if s is not None and s.paragraph == last:
            continue
        last = s.paragraph if s is not None else None
        spans = bar_cells(s.text) if s is not None and size[s.paragraph] == 1 else None
        m = _SERIAL.match(s.text) if spans and len(spans) >= 3 else None
        if m and spans[0][0] <= m.start() and m.end() < spans[0][1] and (not run or len(run[0][1]) == len(spans)):
            run.append((s, [(m.end(), spans[0][1]), *spans[1:]]))
            continue
        if len(run) >= 2:
            yield run
        run = [(s, [(m.end(), spans[0][1]), *spans[1:]])] if m and m.end() < spans[0][1] else []


_LABELLED = re.compile(r"[：:\d]")
LOCATIONS = ("Place", "Platform", "CommercialDistrict")


def bar_columns(run, found) -> tuple[str | None, set[int], set[int]]:
    """What the columns of a run of ``bar_runs`` hold, told by its rows: the class the name
    cells mostly name whole (None: no class most do), the columns whose cells mostly end on a
    place or a park, and those whose cells mostly open on a track (no figure nor label in
    them: 亩均税收8万元, 所属产业：星材). ``found(sentence)``: the (start, end, class) of what
    it names."""
    half = (len(run) + 1) // 2
    names: Counter = Counter()
    places: Counter = Counter()
    tracks: Counter = Counter()
    for s, spans in run:
        things = found(s)
        a, b = spans[0]
        names.update({cls for x, y, cls in things if (x, y) == (a, b)})
        for j, (a, b) in enumerate(spans[1:], 1):
            if _LABELLED.search(s.text, a, b):
                continue
            places[j] += any(y == b and cls in LOCATIONS for x, y, cls in things)
            tracks[j] += any(x == a and cls == "IndustryTrack" for x, y, cls in things)
    name = next((cls for cls, n in names.most_common(1) if n >= half), None)
    sites = {j for j, n in places.items() if n >= half}
    return name, sites, {j for j, n in tracks.items() if n >= half} - sites
