"""A parent firm takes no track from the sentence that names it as a parent.

A sentence or paragraph about a track (海上风电方面，星澜集团旗下墨川海工有限公司…;
墨川乳业为青禾集团全资子公司，年产…) places the firm that does the work in the track, not
the group that holds it: the group is named only to say whose unit the firm is, and it may be
in any industry. So an ``inTrack`` made by one of the context rules ([track] parent_track_rules:
the track of the sentence, the paragraph or the clause near it) is dropped when its subject is
an Enterprise that owns another Enterprise by a relation the same sentence states. A group
the text itself places in the track (链主企业星澜集团…) keeps it: those rules are not listed.
"""
from __future__ import annotations

from ..model import Relation
from .base import Collector


def parents_untracked(c: Collector, relations: list[Relation]) -> list[Relation]:
    """``relations`` without the context-rule inTrack of a firm its own sentence names as
    the owner of another firm."""
    rules = set(c.rules.get("track", {}).get("parent_track_rules", ()))
    if not rules:
        return relations
    parents = {(r.doc_id, r.sentence, r.object) for r in relations
               if r.predicate == "ownedBy" and c.ents[r.subject].cls == "Enterprise"
               and c.ents[r.object].cls == "Enterprise"}
    if not parents:
        return relations
    return [r for r in relations
            if not (r.predicate == "inTrack" and r.rule in rules and c.ents[r.subject].cls == "Enterprise"
                    and (r.doc_id, r.sentence, r.subject) in parents)]
