"""The words standing for the firm a document speaks for (kg/relate/ownfirm.py: an announcement's
公司, a group's own report's 集团, a prospectus's 发行人) as owners: 项目由集团全资建设 /
由集团与星澜公司共同投资 / 公司拟在云溪投资建设X. The words are items of the sentence (role
``own-word``, the firm's key) that only the ownership patterns read, and only as the owner:
kg/relate/patterns.py runs the patterns without them first, then the ownedBy patterns with them,
keeping a match where one stands in the owner's slot and none in the subject's. The words are
relations.toml [owner] own_firm_words.
"""
from __future__ import annotations

from ..model import Document, Mention
from .base import Collector, Item, rx, standing_items
from .fund_words import fund_words
from .ownfirm import own_firm, speaks_for_itself

OWN_ROLE = "own-word"


def own_words(c: Collector, doc: Document, mentions: list[Mention], s, things: list[Item]) -> list[Item]:
    """``things`` and, where the document speaks for a firm, the words of ``s`` standing for it
    that no thing covers, in order (and those standing for the one fund it names: fund_words.py)."""
    return fund_words(c, doc, mentions, s, _firm_words(c, doc, mentions, s, things), OWN_ROLE)


def _firm_words(c: Collector, doc: Document, mentions: list[Mention], s, things: list[Item]) -> list[Item]:
    words = c.rules.get("owner", {}).get("own_firm_words")
    if not words or not rx(words).search(s.text):
        return things
    if doc.doc_id not in c.own_firms:
        c.own_firms[doc.doc_id] = own_firm(c, doc, mentions) if speaks_for_itself(c, doc) else None
    firm = c.own_firms[doc.doc_id]
    if not firm:
        return things
    return standing_items(doc.doc_id, s, words, firm, c.ents[firm].name, "own-word", OWN_ROLE, things)
