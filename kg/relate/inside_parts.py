"""A park the text writes inside a zone (园区内的X产业园, 工业区内的Y产业园, Z高新区内的W科技园):
the located-inside rules ([part] inside_rules) place it in the zone; a park so written inside a
zone is one of the zone's parks, a part of it (``part-inside``), not a thing merely set there. Only
for a park named like one ([part] inside_part_ends) inside a zone named like one ([part]
inside_whole_ends): a 科技城 inside a park, a lab's campus inside a 科学城 stay located in it; so
does what a text writes as the zone's (Y的X产业园: located-of)."""
from __future__ import annotations

from ..model import Relation
from .base import Collector


def inside_parts(c: Collector, relations: list[Relation]) -> list[Relation]:
    """``relations`` with each park the inside rules place inside a zone made the zone's part (module doc)."""
    part = c.rules.get("part", {})
    rules = set(part.get("inside_rules", ()))
    ends = tuple(part.get("inside_part_ends", ()))
    wholes = tuple(part.get("inside_whole_ends", ()))
    if not (rules and ends and wholes):
        return relations

    def inside(r: Relation) -> bool:
        return r.predicate == "locatedIn" and r.rule in rules and c.ents[r.subject].cls == "Platform" \
            and "Platform" in c.cls(r.object) and c.ents[r.subject].name.endswith(ends) \
            and c.ents[r.object].name.endswith(wholes)

    have = {(r.subject, r.predicate, r.object, r.doc_id) for r in relations}
    out = []
    for r in relations:
        if inside(r):
            if (r.subject, "partOf", r.object, r.doc_id) in have:
                continue
            r = Relation(r.subject, "partOf", r.object, r.doc_id, r.sentence, "part-inside",
                         c.conf.get("part-inside", r.confidence))
            have.add((r.subject, r.predicate, r.object, r.doc_id))
        out.append(r)
    return out
