"""The words standing for the one fund a document names (本基金以股权方式注资…, 基金与星澜大学共建的X:
relations.toml [owner] fund_words, a fund's name fund_name) as owners, as kg/relate/own_words.py reads
the words standing for a firm that speaks for itself: items of the sentence (the role own_words gives
them, the fund's key) that only the ownership patterns read, and only as the owner. A document naming
two funds or none has no such words (基金 alone is then any fund)."""
from __future__ import annotations

from ..model import Document, Mention
from .base import Collector, Item, rx, standing_items


def fund_words(c: Collector, doc: Document, mentions: list[Mention], s, things: list[Item],
               role: str) -> list[Item]:
    """``things`` and the words of ``s`` standing for the document's one fund that no thing covers."""
    conf = c.rules.get("owner", {})
    words, name = conf.get("fund_words"), conf.get("fund_name")
    if not words or not name or not rx(words).search(s.text):
        return things
    if doc.doc_id not in c.funds:
        funds = {m.key for m in mentions if m.key and m.role != "owner" and c.ents[m.key].cls == "Enterprise"
                 and rx(name).search(c.ents[m.key].name)}
        c.funds[doc.doc_id] = funds.pop() if len(funds) == 1 else None
    fund = c.funds[doc.doc_id]
    if not fund:
        return things
    return standing_items(doc.doc_id, s, words, fund, c.ents[fund].name, "fund-word", role, things)
