"""A card's field lines that say their owner or site in a clause rather than after a label of
their own (a tender notice's 1.招标条件：本项目已由…批准，招标人为星澜城投有限公司，… / 2.项目概况：
建设地点位于青禾高新区墨川产业园内，…; a review's 项目内容：…，拟选址白沙片区): a clause of the field
opening on relations.toml [located] said_owner makes the firms or bodies named right after it the
item's owners (``owner-field-said``), one opening on said_place puts the item in the last of the
places named side by side right after it (``located-field-said``), as kg/relate/fields.py reads
a field's own label."""
from __future__ import annotations

from .base import Collector, Item, rx


def said_fields(c: Collector, loc: dict, item: str, doc_id: str, sentence: int, text: str,
                ms: list[Item], a: int, b: int) -> None:
    """The owner or site the clause text[a:b] of ``item``'s field says (after the field's label,
    when the clause opens the field: 项目概况：建设地点位于Y)."""
    from .fields import _field_owners, _field_place
    ms = [x for x in ms if a <= x.m.start and x.m.end <= b]
    label = rx(loc.get("field_label", "$^")).match(text[a:b])
    at = a + (label.end() if label else 0)
    if (m := rx(loc.get("said_owner", "$^")).match(text[at:b])):
        for k in _field_owners(text[:b], ms, at + m.end(), tuple(loc.get("owner_field_parent", ()))):
            if k != item:
                c.add(item, "ownedBy", k, doc_id, sentence, "owner-field-said")
    elif (m := rx(loc.get("said_place", "$^")).match(text[at:b])):
        where = _field_place(text[:b], ms, at + m.end(), loc.get("field_place_cut", "$^"),
                             part=loc.get("field_place_part", "$^"))
        if where and where != item:
            c.add(item, "locatedIn", where, doc_id, sentence, "located-field-said")
