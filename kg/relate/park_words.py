"""The bare word a park's own story calls it by, opening a clause chain: the park is what the chain speaks of.

A feature or profile about one park (its home, kg/relate/home.py) calls it 园区 ([home] park_words).
Where a clause chain opens on that word, a later clause with no subject of its own is about the
park (园区产权仍归青禾集团，由星澜文旅租赁运营: the park is run by 星澜文旅), though elsewhere the home
is no antecedent (新区在此建设了X: the home acts). Only for a park home ([home] park_ends), not a
zone, whose 园区 opens chains of what the zone does.

Example, in a story whose subtitle is ——星澜文创园改造记 (its home 星澜文创园):
园区产权仍归青禾纺织集团，由云溪文旅租赁运营 gives 星澜文创园 ownedBy 云溪文旅 (owner-by-anaphor)
as well as 青禾纺织集团 (owner-title-held).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..matcher import CLAUSE_PUNCT, Match
from .base import Collector, Item, rx

if TYPE_CHECKING:
    from .patterns import Context

HOME_ROLE = "home"


def park_word_opens(c: Collector, mt: Match, classes: set[str], items: list[Item], text: str, ctx: Context) -> bool:
    """Whether the clause chain before the match opens on the bare word a park's own story calls it
    (园区产权归X，由Y运营: [home] park_words, the home a park, not a zone): the park is what the chain
    speaks of, though a home is no antecedent elsewhere (新区在此建设了X: the home acts)."""
    conf = c.rules.get("home", {})
    if not is_park_home(c, ctx.home) or not c.cls(ctx.home) & classes:
        return False
    starts = [x for x in items if x.m.end <= mt.start and (x.m.start == 0 or text[x.m.start - 1] in CLAUSE_PUNCT)]
    # (园区东侧的老仓库…，由Y运营: the word only says where the chain's unnamed thing is)
    return bool(starts) and starts[-1].m.role == HOME_ROLE \
        and text[starts[-1].m.start:starts[-1].m.end] in conf.get("park_words", ()) \
        and not rx(conf.get("park_word_place", "$^")).match(text, starts[-1].m.end)


def is_park_home(c: Collector, home: str | None) -> bool:
    """Whether ``home`` is a park a story or a profile speaks for ([home] park_ends: 星澜文创园), not a zone
    or a district: what moves in there (A、B等企业入驻原仓库区) moves into the park."""
    e = c.ents.get(home) if home else None
    return e is not None and "Platform" in c.cls(home) \
        and e.name.endswith(tuple(c.rules.get("home", {}).get("park_ends", ())))


def moves_into_park(c: Collector, doc, s, home: str | None) -> bool:
    """Whether what sentence ``s`` of ``doc`` moves in (入驻 alone) moves into ``home``, a park whose own story
    this is: not where its paragraph, up to it, points back to a building the text named (上述厂房已入驻…。
    A区入驻X: the building's tenants; relations.toml [district] park_home_not)."""
    if not is_park_home(c, home):
        return False
    before = "".join(x.text for x in doc.sentences if x.paragraph == s.paragraph and x.index <= s.index)
    return not rx(c.rules.get("district", {}).get("park_home_not", "$^")).search(before)
