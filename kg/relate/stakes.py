"""ownedBy read off a run of shareholders' stakes: 星澜新材由青禾碳素集团有限公司出资2.55亿元，持股51%；
墨川集团股份有限公司出资1.5亿元，持股30%；… / 星澜光伏由A与B共同出资设立，A持股70% / 星澜冷链注册资本
5亿元，股东为A（持股55%）、B（持股45%）: every body
whose clause says what it puts in and holds (relations.toml [owner] stake_after) holds the firm the
run is about: ``owner-stake``.

The held firm is the one right before the 由 of the stake's own clause (X由A出资…), else the firm the
sentence opens on (X由A与B共同出资设立，A持股70%), else, for a clause opening on the holder itself,
the firm of the stake before in the same paragraph (a sentence ending on ；): one run of stakes. A
sentence naming no held firm (其中Z持股90%: the reporting firm's, kg/relate/ownfirm.py) gives none.
"""
from __future__ import annotations

from ..model import Document, Mention
from .base import OWNERS, Collector, rx


def stake_owners(c: Collector, doc: Document, mentions: list[Mention]) -> None:
    own = c.rules.get("owner", {})
    after, before, label_rx = own.get("stake_after"), own.get("stake_held_before"), own.get("stake_label", "(?!)")
    bracket, bracket_lead = own.get("stake_bracket_after", "(?!)"), own.get("stake_bracket_lead", "(?!)")
    if not after or not (rx(after.lstrip("^")).search(doc.text) or rx(bracket.lstrip("^")).search(doc.text)):
        return
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.key and m.role != "owner":
            by_sent.setdefault(m.sentence, []).append(m)
    capital_rx, share_rx = own.get("stake_capital_after", "(?!)"), own.get("stake_share_opener", "(?!)")
    held, para, carried, before_opener, capital = None, None, False, None, None
    for s in doc.sentences:
        if s.paragraph != para:
            held, para, carried, before_opener, capital = None, s.paragraph, False, None, None
        ms = sorted(by_sent.get(s.index, []), key=lambda m: m.start)
        firms = [m for m in ms if c.ents[m.key].cls == "Enterprise"]
        shared = False      # (其中：A持股65%，B持股20%: the shares of the firm whose capital the text gave)
        # (the firm the sentence opens on, or its label's value: 股东构成：X由…; not a later clause's)
        opener = next((m for m in firms if rx(r"^\s*(?:[^，,。；;：:]{0,12}[：:]\s*)?$").match(s.text[:m.start])), None)
        if opener is not None and rx(after).match(s.text[opener.end:]):
            # (申请企业：X。股东构成：A持股58%，B持股42%: a shareholders' label opening on a holder, so the
            # run is of the firm the paragraph's sentence before opens on, and A holds it as B does)
            label = rx(label_rx).match(s.text[:opener.start])
            opener = before_opener if label else None
        else:
            before_opener = opener
        found = False
        for m in ms:
            # (股东为A（持股55%）、B（持股30%）: a stake in brackets, only after a word naming the holders)
            if c.ents[m.key].cls not in OWNERS or not (
                    rx(after).match(s.text[m.end:]) or rx(bracket).match(s.text[m.end:])
                    and rx(bracket_lead).search(s.text[:m.start])):
                continue
            # (X由A出资…: the firm right before the 由 of the stake's clause)
            by = next((x for x in firms if x.end <= m.start and rx(before).fullmatch(s.text[x.end:m.start])), None) \
                if before else None
            if by is not None:
                target = by
                held = target.key
            elif opener is not None and opener.key != m.key:
                target = opener
                held = target.key
            elif capital and capital != m.key and (shared or rx(share_rx).search(s.text[:m.start])):
                target, shared = None, True
                held = capital
            elif carried and held:
                target = None
            else:
                continue
            key = target.key if target is not None else held
            if key != m.key:
                c.add(key, "ownedBy", m.key, doc.doc_id, s.index, "owner-stake")
                found = True
        # (X（…），注册资本1.41亿元: the firm a run opening on 其中 is of, in the paragraph)
        capital = next((m.key for m in reversed(firms) if rx(capital_rx).match(s.text[m.end:])), capital)
        # (a run of stakes goes on past a sentence ending on ；, in the same paragraph)
        carried = found and s.text.rstrip().endswith(("；", ";"))
