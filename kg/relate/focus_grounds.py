"""Parks a clause's focus is not of (@sentence ends of inTrack patterns, kg/relate/pattern_ends.py).

A park a clause relies on (依托X和Y，…重点发展A: [track] relied_on_before) is the ground of the
focus, not the one that has it; a park named only as the whole the sentence's park is part of
(星澜园…，是青禾工业园区“一区三园”中的核心园区，重点发展A: the area_of phrase after it) is not
either: the focus is the part's; nor is a park named only as where the thing lies (该基地由Y共建，
位于青禾科技园内，聚焦A: [track] site_before / site_after), nor one it lands in (美澜家居落户星澜开发区，
主攻家居; 项目选址青禾产业园，总投资6亿元，主攻A: [track] landing_before / site_after): the focus is the
thing's.
"""
from __future__ import annotations

from .base import rx


def focus_holders(c, text: str, before: list) -> list:
    """``before`` (items of a sentence before the match) without the grounds of the focus."""
    tr = c.rules.get("track", {})
    relied = rx(tr.get("relied_on_before", "$^"))
    whole = rx(c.rules.get("phrase", {}).get("area_of", "$^"))
    site, site_end = rx(tr.get("site_before", "$^")), rx(tr.get("site_after", "$^"))
    landing = rx(tr.get("landing_before", "$^"))
    return [x for x in before if not relied.search(text, 0, x.m.start) and not whole.match(text, x.m.end)
            and not ((site.search(text, 0, x.m.start) or landing.search(text, 0, x.m.start))
                     and site_end.match(text, x.m.end))]
