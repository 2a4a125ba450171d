"""The things the cells of numbered rows parted by bars name, no header above them
(kg/bar_runs.py ``bar_runs``), where the recogniser's own reading of the row misses them:

    1．星澜精工有限公司｜青禾产业园｜星材（墨能部件）｜亩均税收8万元
    2．墨川（云溪）中心｜白露片区｜星澜材料｜亩均税收6万元

the rows tell what each column holds (``bar_columns``): a name cell no mention covers names
the class the column's other cells name (墨川（云溪）中心: a firm, as 星澜精工有限公司 is); a
track column's cell names a track, whole, and the ones bracketed after it (星澜材料, not a
shorter track inside it: relations.toml [table] track_cell); a site column's cell ending in a
place's or a park's head names it where nothing was found in it."""
from __future__ import annotations

import re

from ..model import Mention
from ..rules import Rules, rx
from ..bar_runs import LOCATIONS, bar_columns, bar_runs

_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·（）()]{4,40}")
_UNIT = re.compile(r"[^、，,；;/／（）()]+")


def bar_row_cells(rules: Rules, doc_id: str, sentences, by_sentence: dict[int, list[Mention]]) -> list[Mention]:
    """The mentions the cells of the document's numbered bar rows name that its sentences' own do not."""
    track_rx = rx(rules.relations.get("table", {}).get("track_cell", "$^"))
    out: list[Mention] = []
    for run in bar_runs(sentences):
        def found(s):
            return [(m.start, m.end, m.cls) for m in by_sentence.get(s.index, []) if m.role != "owner"]

        name, sites, tracks = bar_columns(run, found)
        for s, spans in run:
            ms = [m for m in by_sentence.get(s.index, []) if m.role != "owner"]

            def made(a: int, b: int, cls: str, rule: str) -> None:
                if not any(m.start <= a and b <= m.end for m in ms):
                    out.append(Mention(doc_id, s.index, a, b, s.text[a:b], cls, s.text[a:b], rule, 0.7))

            a, b = spans[0]
            if name and _NAME.fullmatch(s.text, a, b):
                made(a, b, name, "bar-row-name")
            for j in tracks:
                for u in _UNIT.finditer(s.text, *spans[j]):
                    if track_rx.fullmatch(u.group()):
                        made(u.start(), u.end(), "IndustryTrack", "bar-row-track")
            for j in sites:
                a, b = spans[j]
                head = rules.head_of(s.text[a:b])
                if head is not None and head.cls in LOCATIONS and s.text[a:b] not in rules.heads \
                        and not any(a <= m.start and m.end <= b for m in ms):
                    made(a, b, head.cls, "bar-row-site")
    return out
