"""The industry a field line states (所属产业：新能源装备（输变电设备）; 行业类别：C2641 涂料制造):
a directory's entry or a card's item gives its track in a field whose label is a table's field
label (relations.toml [table] track_labels). Read by the recogniser (each unit names a track,
whole: kg/recognise/field_tracks.py) and by the relation rules (the entry or item is in each, a
bracketed unit a segment of the one before it: kg/relate/field_tracks.py) alike.

The value's units are parted by 、，/ (not by 和, 与: 民族医药与中药 is one track); a unit may
open on the statistics' code of its trade (C2641); a unit bracketed after another is a segment
of it.

>>> from kg.rules import load_rules
>>> conf = load_rules().relations["table"]
>>> t = "所属产业：星材（星澜部件、墨能材料）"
>>> [(t[a:b], p) for a, b, p in track_field(conf, t)]
[('星材', None), ('星澜部件', 0), ('墨能材料', 0)]
>>> t = "（五）行业类别：C2641 青禾涂料"
>>> [(t[a:b], p) for a, b, p in track_field(conf, t)]
[('青禾涂料', None)]
>>> t = "所属产业：星材（星澜部件细分领域）"
>>> [t[a:b] for a, b, _ in track_field(conf, t)]
['星材', '星澜部件']
>>> track_field(conf, "主营产品：星澜部件") is None
True
>>> t = "产业归属：星材产业中的星澜部件细分领域，属重点发展的星材千亿元产业链项目。"
>>> [(t[a:b], p) for a, b, p in track_field(conf, t)]
[('星材', None), ('星澜部件', 0)]
>>> t = "合作领域：星材，重点方向为星澜部件"
>>> [(t[a:b], p) for a, b, p in track_field(conf, t)]
[('星材', None), ('星澜部件', 0)]
>>> t = "主导产业：星材装备，细分为墨能部件、白露储能两条产业链"
>>> track_field(conf, t) is None, [t[a:b] for a, b, _ in track_field(conf, t, lead=True)]
(True, ['星材装备'])
>>> t = "所属行业：星材—星澜部件"
>>> [(t[a:b], p) for a, b, p in track_field(conf, t)]
[('星材', None), ('星澜部件', 0)]
>>> t = "服务产业：星材种植与墨能加工，兼顾白露旅游商品检测"
>>> [(t[a:b], p) for a, b, p in track_field(conf, t)]
[('星材种植', None), ('墨能加工', None)]
>>> t = "所属产业：青禾医药与中药"
>>> [t[a:b] for a, b, _ in track_field(conf, t)]
['青禾医药与中药']
>>> t = "1.星澜有限公司｜青禾项目｜所属产业：星材（星澜部件）｜融资需求：1亿元"
>>> [(t[a:b], p) for a, b, p in track_field(conf, t)]
[('星材', None), ('星澜部件', 0)]
"""
from __future__ import annotations

import re

from .rules import rx
from .tablerows import bar_cells

_UNIT = re.compile(r"[^、，,；;/／（）()—]+|[（(]|[）)]|—+")
def track_field(conf: dict, text: str, lead: bool = False) -> list[tuple[int, int, int | None]] | None:
    """(start, end, parent) of each track a track field line names, or None (``_field``); a row
    whose cells a bar parts (A公司｜B项目｜所属产业：星材（星澜部件）｜…) states it in its cell."""
    parts = bar_cells(text)
    if parts is None:
        return _field(conf, text, lead)
    for x, y in parts:
        units = _field(conf, text[x:y], lead)
        if units is not None:
            return [(a + x, b + x, p) for a, b, p in units]
    return None


def row_cell(text: str, a: int) -> tuple[int, int] | None:
    """The span of the bar-parted cell holding position ``a`` of a row, None when no bar parts it."""
    parts = bar_cells(text)
    return next(((x, y) for x, y in parts if x <= a <= y), None) if parts is not None else None


def _field(conf: dict, text: str, lead: bool = False) -> list[tuple[int, int, int | None]] | None:
    """(start, end, parent) of each track a track field line names (parent: the index of the
    unit a bracketed one is a segment of), or None when the line is no track field. With
    ``lead``, a line under a label of what leads a district's industry (主导产业：A，细分为…,
    [table] lead_labels) too: its first clause's units, when each is words alone (lead_cell)."""
    m = rx(conf.get("track_field", "$^")).match(text)
    if not m:
        return None
    end = len(text.rstrip("。.；; "))
    cell, code = rx(conf.get("track_cell", "$^")), rx(conf.get("track_code", "$^"))
    if lead and m.group("label") in conf.get("lead_labels", ()):
        stop = rx(conf.get("lead_stop", "$^")).search(text, m.end(), end)
        end, cell = stop.start() if stop else end, rx(conf.get("lead_cell", "$^"))
    elif m.group("label") not in conf.get("track_labels", ()) or m.group("label") in conf.get("lead_labels", ()):
        # (主导产业 is a table's track column too; as a line's label it is read only with ``lead``)
        return None
    out: list[tuple[int, int, int | None]] = []
    parent, depth, dash = None, 0, None
    for u in _UNIT.finditer(text, m.end(), end):
        if u.group().startswith("—"):
            # (清洁能源—水力发电: the unit after a dash a segment of the one before it, like a
            # bracketed one; no unit before it, or a bracket open: the dash parts nothing)
            dash = len(out) - 1 if not depth and out and out[-1][2] is None \
                and out[-1][1] == u.start() else None
            continue
        if u.group() in "（(":
            depth += 1
            parent = len(out) - 1 if depth == 1 and out and out[-1][2] is None else parent
            continue
        if u.group() in "）)":
            depth = max(0, depth - 1)
            continue
        a, b = u.start(), u.end()
        c = code.match(text, a, b)
        a = c.end() if c else a
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        # (星材种植，兼顾墨川旅游商品检测: a unit opening on a word of what the item also touches on is
        # no track of it, track_unit_aside)
        if out and rx(conf.get("track_unit_aside", "$^")).match(text, a, b):
            continue
        # (星材种植与墨能加工: two trades each named by its process, joined, are two tracks, track_unit_pair;
        # not 民族医药与中药, one track's name)
        pair = rx(conf.get("track_unit_pair", "$^")).fullmatch(text, a, b)
        if pair and not depth:
            out += [(pair.start("a"), pair.end("a"), None), (pair.start("b"), pair.end("b"), None)]
            dash = None
            continue
        # (星材，重点方向为星澜部件: a unit opening on the word for a direction names a segment of the
        # first track of the line, track_unit_aim)
        aim = rx(conf.get("track_unit_aim", "$^")).match(text, a, b)
        if aim and out and not depth:
            a, parent_of = aim.end(), next(i for i, u in enumerate(out) if u[2] is None)
            if cell.fullmatch(text, a, b):
                out.append((a, b, parent_of))
            continue
        # (青禾材料细分领域, 星澜部件方向: the unit names the track, not the word for a field of it)
        tail = rx(conf.get("track_unit_tail", "$^")).search(text, a, b)
        b = tail.start() if tail and tail.start() - a >= 2 else b
        # (产业归属：星材产业中的星澜部件: the unit's second track a segment of its first, track_unit_of)
        of = rx(conf.get("track_unit_of", "$^")).search(text, a, b)
        if of and cell.fullmatch(text, a, of.start()) and cell.fullmatch(text, of.end(), b):
            out += [(a, of.start(), parent if depth else None), (of.end(), b, len(out))]
        elif cell.fullmatch(text, a, b):
            out.append((a, b, parent if depth else dash if dash is not None and a == u.start() else None))
        dash = None
    return out
