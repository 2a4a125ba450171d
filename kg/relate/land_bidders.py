"""Who builds the project a land-sale notice's card is for:

    （一）宗地编号：云溪2026-07
    竞得单位：星澜精工有限公司
    项目名称：星澜精工数控机床项目        (or 项目情况：用于建设星澜精工数控机床项目，…)

The bidder's field line names the firm that won the parcel (the name that ends the line); the project a field line after it
names, in the same card (the next field lines, up to one that is none or another bidder's), is
the project the parcel is for, and the bidder builds and owns it (``owner-bidder``). The labels
are relations.toml [land].
"""
from __future__ import annotations

from .base import OWNERS, Collector, Item, rx


def land_bidders(c: Collector, doc_id: str, sentences, by_sent: dict[int, list[Item]]) -> None:
    """The project each bidder's card names after the bidder's line is the bidder's."""
    conf = c.rules.get("land", {})
    if not conf or not any(rx(conf["bidder"]).match(s.text) for s in sentences):
        return
    bidder, field, lines = rx(conf["bidder"]), rx(conf["field"]), conf.get("lines", 4)
    firsts = [s for k, s in enumerate(sentences) if k == 0 or sentences[k - 1].paragraph != s.paragraph]
    for k, s in enumerate(firsts):
        m = bidder.match(s.text)
        if m is None:
            continue
        # (青禾化工集团下属|山西青禾光伏材料有限责任公司: the last one the line names won)
        owners = [x for x in by_sent.get(s.index, []) if x.m.role != "owner" and x.cls in OWNERS
                  and x.m.start >= m.end()]
        if not owners:
            continue
        owner = max(owners, key=lambda x: x.m.start)
        if s.text[owner.m.end:].strip(" 　。；;，,") != "":
            continue    # (竞得单位：星澜集团|冷轧有限公司: the bidder is a longer name than the one found)
        for t in firsts[k + 1:k + 1 + lines]:
            if bidder.match(t.text) or not field.match(t.text):
                break
            para = [x for u in sentences if u.paragraph == t.paragraph for x in by_sent.get(u.index, [])]
            item = next((x for x in sorted(para, key=lambda x: (x.m.sentence, x.m.start))
                         if x.cls == "Project" and x.m.role != "owner"), None)
            if item is not None:
                c.add(item.key, "ownedBy", owner.key, doc_id, item.m.sentence, "owner-bidder")
                break
