"""A firm follows its project into the park or town the text places the project in.

``星澜精工年产5万吨轴承项目，在青禾产业园现有厂区内实施`` (the project owned by 星澜精工): the
firm's own plant is there, so the firm lies in 青禾产业园 too. Only for the placement frames of
[located] owner_follows_rules, in a sentence that says the plant is the firm's ([located]
owner_follows_plant: a project merely landed or built in a park leaves its firm where it is,
as most gold files read it); only into a park or a town, the place
the text names most closely (not a county, city or province the firm may only sell in); only
a firm (a university sharing the project is not placed at it), and not for a project whose
name ends as a mine's or a public work's does ([located] owner_follows_not_ends: a firm is
not placed at its pits or the roads it builds); nor an owner only guessed from a brand stem
([located] owner_follows_not_owner_rules).
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Document
from .base import Collector, rx


def owners_follow(c: Collector, doc: Document) -> None:
    conf = c.rules.get("located", {})
    rules = set(conf.get("owner_follows_rules", ()))
    if not rules:
        return
    not_ends = tuple(conf.get("owner_follows_not_ends", ()))
    guessed = set(conf.get("owner_follows_not_owner_rules", ()))
    plant = rx(conf.get("owner_follows_plant", "$^"))
    doc_id = doc.doc_id
    found = list(c.out.values())
    owners: dict[str, set[str]] = defaultdict(set)
    for r in found:
        if r.doc_id == doc_id and r.predicate == "ownedBy" and c.ents[r.object].cls == "Enterprise" \
                and r.rule not in guessed:
            owners[r.subject].add(r.object)
    for r in found:
        if r.doc_id != doc_id or r.predicate != "locatedIn" or r.rule not in rules \
                or not plant.search(doc.sentences[r.sentence].text):
            continue
        project = c.ents[r.subject]
        place = c.ents[r.object]
        if project.cls != "Project" or project.name.endswith(not_ends) \
                or not (place.cls == "Platform" or place.name.endswith(c.below_county)):
            continue
        for firm in sorted(owners.get(r.subject, ())):
            c.add(firm, "locatedIn", r.object, doc_id, r.sentence, "located-owner-follows")
