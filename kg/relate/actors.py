"""The things that act in a sentence instead of the home (kg/relate/located.py): a park or
commercial district that opens a clause and goes on to act, a mall that takes tenants in."""
from __future__ import annotations

import re

from ..notions import CLAUSE_PUNCT
from .base import QUOTES, Item, found_before

CLAUSE_OPEN = re.compile(f"(?:^|[{re.escape(CLAUSE_PUNCT)}])$")


def acting_topics(text: str, ents: list[Item], home: str, acts: re.Pattern,
                  modifier: re.Pattern | None = None) -> list[Item]:
    """The parks and commercial districts that open a clause and go on to act
    (…，天河路商圈正在推进…，重点建设X; 张江药谷汇聚了…): what the clauses after
    them build lies there, not in the home. ``modifier``: what may stand between the clause's
    opening and the park, saying where it is ([district] topic_modifier: 片区内的星澜产业园引进了A)."""
    # (the act after the name, tested first, is the rarer: the opening searches the whole text before)
    return [x for x in ents if x.key != home and x.cls in ("Platform", "CommercialDistrict")
            and acts.match(text, x.m.end)
            and (x.m.start == 0 or CLAUSE_OPEN.search(text[:x.m.start].rstrip(QUOTES))
                 or (modifier is not None and modifier.fullmatch(text, _clause_start(text, x.m.start), x.m.start)))]


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` opens: after the last clause mark before it."""
    return max((text.rfind(ch, 0, at) for ch in CLAUSE_PUNCT), default=-1) + 1


def chain_topics(text: str, ents: list[Item], home: str, acts: re.Pattern, opening: re.Pattern,
                 modifier: re.Pattern | None = None) -> list[Item]:
    """The park or commercial district a sentence opens on (after an item's mark, or a label's
    colon after it) when a later clause of the sentence opens on its act, no firm, body or project
    named between ([district] chain_topic_acts: 青禾科技园累计入驻企业300家，其中…，引进了A、B;
    星澜产业园是云溪经开区的核心片区，已建成X): the park is the clauses' subject, what they
    land lies there."""
    first = next((x for x in ents if x.m.role != "owner"), None)
    if first is not None and modifier is not None and not (
            first.cls in ("Platform", "CommercialDistrict") and opening.fullmatch(text[:first.m.start])):
        # (位于经开区南区的X，已集聚A; 白沙片区内的X…: the park after a modifier saying where it is)
        opened = opening.match(text)
        first = next((x for x in ents if x.m.role != "owner" and x.cls in ("Platform", "CommercialDistrict")
                      and opened and modifier.fullmatch(text, opened.end(), x.m.start)), None)
    elif first is not None and not opening.fullmatch(text[:first.m.start]):
        return []
    if first is None or first.key == home or first.cls not in ("Platform", "CommercialDistrict"):
        return []
    for mt in re.finditer("[，,]", text[first.m.end:]):
        at = first.m.end + mt.end()
        if any(first.m.end <= x.m.start < at and x.cls in ("Enterprise", "Institution", "Project") for x in ents):
            return []       # (another actor may be the clause's subject)
        if acts.match(text, at):
            return [first]
    return []


def acting_projects(text: str, ents: list[Item], acts: re.Pattern) -> list[Item]:
    """The projects (a mall, a complex) that open a clause and go on to act
    (青禾购物中心引进了A、B等品牌): the firms they take in are their tenants."""
    return [x for x in ents if x.cls == "Project" and acts.match(text, x.m.end)
            and (x.m.start == 0 or CLAUSE_OPEN.search(text[:x.m.start].rstrip(QUOTES)))]


def partners_of(text: str, ents: list[Item], runs: list[list[Item]], before: str, act: re.Pattern) -> set[int]:
    """The ids of the firms and bodies listed right after ``before`` (与, 联合) and followed by a
    joint act ``act`` (青禾区与A签署…合作协议; 管委会联合A、B设立…资金池): partners of the act, not
    what lands. A run may hold the one who acts first, joined by 与 (青禾区与A): from the first
    item after ``before`` on."""
    listed = {id(x) for r in runs for x in r}
    out: set[int] = set()
    for r in runs + [[y] for y in ents if id(y) not in listed]:
        if act.match(text, r[-1].m.end):
            k = next((k for k, y in enumerate(r) if found_before(before, text, y.m.start)), None)
            out |= {id(y) for y in r[k:]} if k is not None else set()
    return out
