"""Where the label of a card's field line begins, read by the recogniser (a card's heading
names a project: kg/recognise/cards.py) and by the relation rules (the card's owner and
place: kg/relate/fields.py) alike.

A field line opens on its label (建设单位：Z), or on a number or a bullet and then a label
that names a field (2.建设单位：Z, ●实施主体：Z): relations.toml [located] field_label and
marked_field.

>>> from kg.rules import load_rules
>>> loc = load_rules().relations["located"]
>>> field_start(loc, "建设单位：星澜锂业有限公司"), field_start(loc, "2.建设单位：星澜锂业有限公司")
(0, 2)
>>> field_start(loc, "2.星澜轴承项目：总投资5亿元") is None     # the next item, not a field
True
"""
from __future__ import annotations

from .rules import rx


def field_start(loc: dict, text: str) -> int | None:
    """Where the field's label begins in ``text`` (after its number or bullet), or None when
    the line is no field line."""
    if rx(loc.get("field_label", "$^")).match(text):
        return 0
    m = rx(loc.get("marked_field", "$^")).match(text)
    return m.end() if m else None
