"""The sites the firm a document speaks for lists as its own (公司现有两个生产基地：（1）A，…；
（2）B… / 我们有三大基地。第一个是A…): each item is the firm's (``owner-own-firm``). The lead is
relations.toml [owner] own_sites_lead, the items' marks own_sites_item; the items are the
projects and platforms opening an item of the lead's sentence or of the sentences after it in its
paragraph, as many as the lead counts (not a zone the item names as the site's: 第二个是Z的A基地)."""
from __future__ import annotations

from ..facts.numbers import parse_number
from ..model import Document, Mention
from .base import Collector, rx


def own_sites(c: Collector, doc: Document, by_sent: dict[int, list[Mention]], firm: str) -> None:
    rules = c.rules.get("owner", {})
    lead, item = rules.get("own_sites_lead"), rules.get("own_sites_item")
    if not lead or not item:
        return
    for s in doc.sentences:
        mt = rx(lead).search(s.text)
        if not mt:
            continue
        left = int(parse_number(mt.group("n")))
        for t in doc.sentences[s.index:]:
            if t.paragraph != s.paragraph or left <= 0:
                break
            start = mt.end() if t.index == s.index else 0
            ms = sorted(by_sent.get(t.index, []), key=lambda m: m.start)
            for m in ms:
                # (第二个是Z的A基地: the zone the item names holds the site, the item is the site)
                held = next((z for z in ms if z.end == m.start - 1 and t.text[z.end] == "的"), None)
                opens = (held or m).start
                if m.start >= start and left > 0 and c.ents[m.key].cls in ("Project", "Platform") \
                        and rx(item).search(t.text[max(0, opens - 8):opens]) and not t.text.startswith("的", m.end):
                    c.add(m.key, "ownedBy", firm, doc.doc_id, t.index, "owner-own-firm")
                    left -= 1
