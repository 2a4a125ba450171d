"""A park's profile: the projects, platforms, bodies and 商圈 it presents lie in the park.

A document that presents one park (青禾科技产业园简介: its title names a park, not a zone
([home] zone_ends), and ends on a profile word, relations.toml [located] profile_title) lists what the park hosts
— its key projects, its innovation platforms, the facilities it has built — mostly without
a verb that lands them: the analyst reads them as in the park. Each such thing the
document names that no rule has placed yet lies in the home (``profile-home``, a home rule:
a nearer place the text names wins, kg/relate/resolve.py). Not what the park itself lies
in or is part of, not a zone (a zone is what parks lie in), not a body whose name ends as
a university's, a bureau's or a hospital's does (profile_not_heads: partners, offices and
owners named in passing), and not a firm: the acts that gather firms place them.
"""
from __future__ import annotations

from ..model import Document, Mention
from .base import Collector, rx
from .sections import section_places

KINDS = ("Project", "Platform", "Institution", "CommercialDistrict")


def is_profile(c: Collector, head: list[str], home: str | None, zone_ends: tuple[str, ...]) -> bool:
    """Whether a document whose title lines are ``head`` presents its home, a park (not a
    zone: a zone's profile speaks for it as a district's report does, what it lands is in it)."""
    pattern = c.rules.get("located", {}).get("profile_title")
    return bool(home and pattern and "Platform" in c.cls(home) and not c.ents[home].name.endswith(zone_ends)
                and any(rx(pattern).search(h) for h in head))


def profile_home(c: Collector, doc: Document, mentions: list[Mention], home: str, zone_ends: tuple[str, ...]) -> None:
    """Place in ``home`` what its profile names and no rule has placed (see the module)."""
    loc = c.rules.get("located", {})
    not_heads = tuple(loc.get("profile_not_heads", ()))
    placed = {r.subject for r in c.out.values() if r.doc_id == doc.doc_id and r.predicate in ("locatedIn", "partOf")}
    above = {r.object for r in c.out.values() if r.doc_id == doc.doc_id and r.subject == home
             and r.predicate in ("locatedIn", "partOf")}
    done = set()
    for m in mentions:
        k = m.key
        if not k or k == home or k in done or m.role == "owner":
            continue
        done.add(k)
        e = c.ents[k]
        if e.cls not in KINDS or k in placed or k in above:
            continue
        names = (e.name, *e.aliases)
        if (e.cls == "Platform" and any(n.endswith(zone_ends) for n in names)) \
                or (e.cls == "Institution" and any(n.endswith(not_heads) for n in names)):
            continue
        c.add(k, "locatedIn", home, doc.doc_id, m.sentence, "profile-home")


def placed_by_heading(c: Collector, doc: Document, mentions: list[Mention], home: str | None,
                      zone_ends: tuple[str, ...], head: list[str]) -> None:
    """What a heading places, once the rules have run: in a park's profile (``head``: the
    document's title lines), what it presents; in a section headed by a place, what the
    section lists (kg/relate/sections.py)."""
    if is_profile(c, head, home, zone_ends):
        profile_home(c, doc, mentions, home, zone_ends)
    section_places(c, doc, mentions, home)
