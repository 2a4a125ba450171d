"""The customers a district's firms supply (产品配套A、B等电池企业, 主要客户包括A、B等整车企业,
产品进入A、B等封装企业供应链, 为A、B等T厂商提供X: relations.toml [track] customer_before,
customer_after, customer_for_before + customer_for_after) are in no
track of the sentence or paragraph, which is the suppliers'; only in the kinds their list names
alone (kg/relate/tracks.py): 供应A、B等T企业 puts A and B in T, and 供应A、B等T1和T2企业 A in T1,
B in T2 when the kinds are as many as the firms (else which is whose the text does not say)."""
from __future__ import annotations

from .base import Collector, Item, found_before, rx


def kinds_named(tr: dict, text: str, end: int, tracks: list[Item]) -> list[Item]:
    """The tracks that alone name the kind of a list ending at ``end`` (…等T1和T2企业), else []."""
    mt = rx(tr.get("customer_kinds_before", "$^")).match(text, end)
    out, pos = [], mt.end() if mt else -1
    while mt:
        t = next((t for t in tracks if t.m.start == pos), None)
        if t is None:
            return []
        out.append(t)
        mt = rx(tr.get("customer_kinds_joiner", "$^")).match(text, t.m.end)
        pos = mt.end() if mt else t.m.end
    return out if out and rx(tr.get("customer_kinds_after", "$^")).match(text, pos) else []


def customer(c: Collector, text: str, x: Item, run: list[Item], tracks: list[Item],
             doc_id: str, s_index: int) -> bool:
    """Whether ``x`` (of the list ``run``) is a customer its sentence's firms supply; if so,
    ``x`` is put in the kinds of firms its list names, if any."""
    tr = c.rules.get("track", {})
    first, end = run[0].m.start, run[-1].m.end
    if x.cls != "Enterprise" or not (
            found_before(tr.get("customer_before", "$^"), text, first)
            or rx(tr.get("customer_after", "$^")).match(text, end)
            # 为A、B等T厂商提供X: 为 alone is too common a word to mark customers without the verb after
            or (found_before(tr.get("customer_for_before", "$^"), text, first)
                and rx(tr.get("customer_for_after", "$^")).match(text, end))):
        return False
    kinds = kinds_named(tr, text, run[-1].m.end, tracks)
    firms = [y for y in run if y.cls != "IndustryTrack"]
    if len(kinds) > 1:
        kinds = [kinds[firms.index(x)]] if len(kinds) == len(firms) and x in firms else []
    for t in kinds:
        c.add(x.key, "inTrack", t.key, doc_id, s_index, "customer-kind-track")
    return True
