"""A project set out as a card: a heading paragraph and then one paragraph per field

    ●青禾老城改造提升工程
    业主：星澜城建集团有限公司
    总投资：12亿元

names a project however its words end (改造提升工程, 城市更新, 提质扩容: heads the
recogniser need not know), so kg/relate/fields.py can give it the owner and place its
fields name. The data keys are relations.toml [located] list_item, item_rest, field_label,
place_field, owner_field, card_field and card_name."""
from __future__ import annotations

import re

from ..fieldlines import field_start
from ..model import Mention
from ..rules import Rules, rx


def card_headings(rules: Rules, doc_id: str, sentences, by_sentence: dict[int, list[Mention]]) -> dict[int, Mention]:
    """The Project each card heading names, by its sentence: a heading paragraph of one
    sentence (opening on a bullet or number) followed by at least two field paragraphs, one
    of them a place, owner, investment or content field; not where a thing other than a
    Project already covers the heading's name (a firm's legal name, a park)."""
    loc = rules.relations.get("located", {})
    keys = ("list_item", "item_rest", "field_label", "card_name")
    if not all(k in loc for k in keys):
        return {}
    item, rest, name_rx = (rx(loc[k]) for k in ("list_item", "item_rest", "card_name"))
    telling = [rx(loc[k]) for k in ("place_field", "owner_field", "card_field") if k in loc]
    # the opening sentence of each paragraph, and how many sentences the paragraph has
    opening: list = []
    count: dict[int, int] = {}
    for s in sentences:
        if s.paragraph not in count:
            opening.append(s)
        count[s.paragraph] = count.get(s.paragraph, 0) + 1
    out: dict[int, Mention] = {}
    for n, s in enumerate(opening):
        opened = item.match(s.text)
        if not opened or count[s.paragraph] != 1:
            continue
        start, end = opened.end(), _name_end(rest, s.text, opened.end())
        if end is None or not name_rx.match(s.text[start:end]):
            continue
        fields = []
        for f in opening[n + 1:]:
            at = field_start(loc, f.text)
            if at is None:
                break
            fields.append(f.text[at:])
        if len(fields) < 2 or not any(t.match(f) for f in fields for t in telling):
            continue
        ms = [m for m in by_sentence.get(s.index, []) if m.role != "owner"]
        if any(m.start <= start and end <= m.end for m in ms):
            continue   # a name the recogniser knows already: a project, a firm, a park
        name = s.text[start:end]
        out[s.index] = Mention(doc_id, s.index, start, end, name, "Project", name, "card-heading", 0.7)
    return out


def _name_end(rest: re.Pattern, text: str, start: int) -> int | None:
    """Where a heading's name ends: before a trailing phase in brackets and the closing
    mark (●青禾老城更新（一期）：), not before a phase without brackets (X二期 is a name)."""
    for e in range(start + 1, len(text) + 1):
        tail = text[e:]
        if rest.fullmatch(tail) and (not tail.strip() or tail.lstrip()[0] in "（(。．.：:"):
            return e
    return None
