"""Who owns the works a tender's or an award's notice is of (招标公告, 中标结果公告, 成交结果公告):

    一、青禾产业园三号研发楼项目中标结果公告
    （一）项目编号：QH-2026-018
    （二）采购人：青禾产业园开发建设有限公司
    （四）中标人：星澜建工集团有限公司

A heading paragraph names the works and no more than the notice it is (its mark, a bracketed
section of the works, then 中标结果公告); the field lines under it, up to the next paragraph that
is no field line, are the notice's. The buyer's field (采购人, 招标人) names whom the works are for,
their owner (``owner-tender``); the winner's (中标人, 成交供应商) who builds them, an owner as well
(``owner-tender-winner``: the guidelines' "builds it") — not where the heading says the notice buys
goods for the thing (青禾检测平台分析仪器购置项目: the supplier builds nothing; the buyer owns the
platform), and not a candidate (中标候选人: not chosen). The labels are relations.toml [tender].
"""
from __future__ import annotations

from .base import OWNED, OWNERS, Collector, Item, rx


def tender_owners(c: Collector, doc_id: str, sentences, by_sent: dict[int, list[Item]]) -> None:
    """The owners the buyer's and the winner's fields of a notice name for its works."""
    conf = c.rules.get("tender", {})
    if not conf:
        return
    if not any(rx(conf["notice"]).search(s.text) for s in sentences):
        return
    field = rx(conf["field"])
    buyer, winner = rx(conf["buyer"]), rx(conf["winner"])
    item, goods, last = None, False, None
    for s in sentences:
        if s.paragraph == last:
            continue        # (a field line's second sentence says no field)
        last = s.paragraph
        ms = [x for x in by_sent.get(s.index, []) if x.m.role != "owner"]
        named = _heading(conf, s.text, ms)
        if named is not None:
            item, goods = named
            continue
        if item is None:
            continue
        mark = field.match(s.text)
        if mark is None:
            item = None     # (running text ends the notice's fields)
            continue
        label = s.text[mark.end():]
        m = buyer.match(label) or (None if goods else winner.match(label))
        if m is None:
            continue
        at = mark.end() + m.end()
        owner = next((x for x in ms if x.m.start == at and x.cls in OWNERS), None)
        if owner is not None:
            rule = "owner-tender" if m.re is buyer else "owner-tender-winner"
            c.add(item, "ownedBy", owner.key, doc_id, s.index, rule)


def _heading(conf: dict, text: str, ms: list[Item]) -> tuple[str, bool] | None:
    """(the works, whether the notice buys goods for them) a notice's heading names, else None."""
    at = rx(conf["mark"]).match(text).end()
    first = next((x for x in ms if x.m.start == at), None)
    if first is None or first.cls not in OWNED - {"Enterprise"}:
        return None
    rest = rx(conf["notice"]).fullmatch(text, first.m.end)
    # (the name itself ending in the goods bought, 青禾检测平台分析仪器购置项目: the purchase, no works)
    if rest is None or rx(conf["goods"]).search(text, first.m.start, first.m.end):
        return None
    return first.key, bool(rest.group("goods"))
