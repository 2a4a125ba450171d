"""The sectors a statistical table's rows are of (行业｜企业数（家）｜产值（亿元）｜增速（%）): a table
whose header opens on a label naming the sector column (relations.toml [table] sector_labels) and
whose other labels are figures (sector_figure_labels) reports one sector a row, so each row's
first cell names an industry track, whole (电力热力生产和供应, 非金属矿物制品), except the rows
that sum or pool the rest (其他行业, 合计: sector_pooled). kg/tablerows.py reads tables of named
things (a name's column); these have none, and their rows' figures are no things.
"""
from __future__ import annotations

from collections import Counter

from ..model import Mention
from ..rules import Rules, rx
from ..tablerows import GLOSS, cells


def sector_rows(rules: Rules, doc_id: str, sentences, by_sentence: dict[int, list[Mention]]) -> list[Mention]:
    """A track mention for the first cell of each row of a sector table among ``sentences``."""
    conf = rules.relations.get("table", {})
    labels = set(conf.get("sector_labels", ()))
    figure = rx(conf.get("sector_figure_labels", "$^"))
    pooled = rx(conf.get("sector_pooled", "$^"))
    track = rx(conf.get("track_cell", "$^"))
    if not labels:
        return []
    size = Counter(s.paragraph for s in sentences)
    out: list[Mention] = []
    width = 0       # the open table's number of columns (0: none open)
    for s in sentences:
        if size[s.paragraph] != 1:
            width = 0
            continue
        spans = cells(s.text)
        keys = [GLOSS.sub("", s.text[a:b]) or s.text[a:b] for a, b in spans]
        if len(spans) >= conf.get("min_columns", 3) and keys[0] in labels \
                and all(figure.search(s.text[a:b]) for a, b in spans[1:]):     # (规上企业（户）: its unit says)
            width = len(spans)
            continue
        if not width or len(spans) != width:
            width = 0       # (a line of another shape ends the table)
            continue
        a, b = spans[0]
        name = s.text[a:b]
        if pooled.fullmatch(name) or not track.fullmatch(name):
            continue
        if any(m.start == a and m.end == b and m.cls == "IndustryTrack" for m in by_sentence.get(s.index, ())):
            continue
        out.append(Mention(doc_id, s.index, a, b, name, "IndustryTrack", name, "table-sector", 0.7))
    return out
