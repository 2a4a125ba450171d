"""A firm's card in a park's notice of the firms it admits:

    3. 星澜精工有限公司（青禾集团全资子公司）
    注册地：云溪市白露区
    所属产业：墨川装备
    入驻项目：年产5万台精密轴承项目，总投资2.6亿元，…
    用地/厂房：租用墨川科创中心B座3层

The project its project field names (owned by the firm: owner-entry-project-field, or any project
the document says the firm owns) is in the tracks the card's track field names (``entry-project-track``); the premises field (用地/厂房：, after
a verb of renting or buying) puts the firm and its project in the place or park it names first
(``located-entry-premises``). The data keys are relations.toml [located] project_field and [entry]
site_field."""
from __future__ import annotations

from .base import LOCATIONS, Collector, Item, rx
from .fields import field_place_run


def _tracks(c: Collector, doc_id: str, entry: str) -> list[str]:
    """The tracks the entry's track field put it in (not a section heading's over the entry: 一、T /
    1. X公司 / 拟建项目：Y, where the project is the firm's, the section's the firm's kind)."""
    return [r.object for r in c.out.values() if r.subject == entry and r.predicate == "inTrack"
            and r.rule == "track-field" and r.doc_id == doc_id]


def _projects(c: Collector, doc_id: str, entry: str) -> list[str]:
    """The projects the document says the entry owns (by its project field, or by their name:
    星澜特材X项目 of 青禾星澜特材科技有限公司, owner-prefix, a rule that found it first)."""
    return [r.subject for r in c.out.values() if r.object == entry and r.predicate == "ownedBy"
            and r.doc_id == doc_id and c.ents[r.subject].cls == "Project"]


def entry_project_tracks(c: Collector, doc_id: str, index: int, text: str, entry: str | None, tracked: bool) -> None:
    """On a card's track field line (``tracked``) or project field line: each project of the entry
    is in each track of the entry's track field, whichever line comes first."""
    if entry is None or not (tracked or rx(c.rules.get("located", {}).get("project_field", "(?!)")).match(text)):
        return
    projects = _projects(c, doc_id, entry)
    for t in _tracks(c, doc_id, entry) if projects else ():
        for p in projects:
            c.add(p, "inTrack", t, doc_id, index, "entry-project-track")


def entry_site(c: Collector, doc_id: str, s, ms: list[Item], entry: str | None) -> None:
    """A card's premises field: the entry and its projects lie in the first place the field names."""
    label = rx(c.rules.get("entry", {}).get("site_field", "(?!)")).match(s.text) if entry else None
    run = field_place_run(s.text, [x for x in ms if x.key != entry], label.end()) if label else []
    if not run or run[0].cls not in LOCATIONS:
        return
    for k in [entry, *_projects(c, doc_id, entry)]:
        c.add(k, "locatedIn", run[0].key, doc_id, s.index, "located-entry-premises")
