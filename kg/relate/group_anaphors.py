"""ownedBy where a demonstrative stands for the group: 星澜电商有限公司为青禾集团有限公司控股企业，
星澜置业同为该集团旗下企业 -> 星澜置业 ownedBy 青禾集团有限公司: ``owner-group-anaphor``;
so where the words stand before the held firm (该集团旗下的星澜置业有限公司: [owner] group_anaphor_before).

The words after the held firm are relations.toml [owner] group_anaphor (its group ``head``: 集团);
该集团 stands for the last firm named before the held one, in its sentence or earlier in its
paragraph, whose name holds that head word (星澜集团投资了墨川公司。青禾置业同为该集团旗下企业 ->
星澜集团, not 墨川公司).
"""
from __future__ import annotations

from ..model import Document, Mention
from .base import OWNERS, Collector, rx


def group_anaphor_owners(c: Collector, doc: Document, mentions: list[Mention]) -> None:
    """ownedBy of each firm [owner] group_anaphor follows to the group it stands for."""
    words = c.rules.get("owner", {}).get("group_anaphor")
    before_words = c.rules.get("owner", {}).get("group_anaphor_before")
    after_rx = rx(words) if words and rx(words).search(doc.text) else None
    # (the words before a unit end where its name begins: only a window before each firm holds them)
    before_rx = rx(before_words) if before_words else None
    if after_rx is None and before_rx is None:
        return
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.key and m.role != "owner" and c.ents[m.key].cls in OWNERS:
            by_sent.setdefault(m.sentence, []).append(m)
    para, named = None, []
    for s in doc.sentences:
        if s.paragraph != para:
            para, named = s.paragraph, []
        ms = sorted(by_sent.get(s.index, []), key=lambda m: m.start)
        for i, m in enumerate(ms):
            # (X同为该集团旗下企业: the words after the firm; 该集团旗下的X: the words right before it)
            got = after_rx.match(s.text, m.end) if after_rx is not None else None
            if got is None and before_rx is not None:
                got = before_rx.search(s.text, max(0, m.start - 20), m.start)
            if got is None:
                continue
            head = got.group("head")
            before = named + [x.key for x in ms[:i]]
            owner = next((k for k in reversed(before) if k != m.key and head in c.ents[k].name), None)
            if owner is not None:
                c.add(m.key, "ownedBy", owner, doc.doc_id, s.index, "owner-group-anaphor")
        named += [m.key for m in ms]
