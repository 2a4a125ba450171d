"""Relations between entities, each with the sentence that states it.

Rules (names recorded on the evidence; trigger words in kg/data/relations.toml): each
rule's name and what it reads are listed in kg/relate/RULES.md (the catalogue grew past the
module it described). ``document`` runs the rules over one document, sentence by sentence
(kg/relate/sentence_pass.py); ``relate_document`` adds the rules that read the document as a
whole and settles the relations that compete; ``relate`` does so over a corpus.

    >>> # see tests/test_relate.py for worked examples
"""
from __future__ import annotations

from collections import defaultdict

from ..lexicon import Lexicon
from ..model import Document, Entity, Mention, Relation
from . import learned
from .base import Collector
from .bracket_owners import bracket_owners
from .group_anaphors import group_anaphor_owners
from .home import document_head
from .inside_parts import inside_parts
from .group_owners import group_firms, stem_owners
from .names import corpus, named_places, named_tracks
from .ownfirm import own_firm_owners
from .owners import brand_owners, legal_owners, stated_owners_win
from .owners_follow import owners_follow
from .parent_tracks import parents_untracked
from .parts import no_road_parts, ranked
from .profile import placed_by_heading
from .resolve import name_places_give_way, part_wins, places_resolved
from .sentence_pass import document  # noqa: F401 (kg.relate.document: the sentence-by-sentence pass)
from .stakes import stake_owners
from .tables import table_sites_win
from .unit_firms import unit_firms


def rule_names() -> set[str]:
    """The name of every rule that can produce a relation: those with a confidence in
    relations.toml, and every pattern's."""
    from .patterns import default_matcher
    from ..rules import load_rules
    return set(load_rules().relations.get("confidence", {})) | {p.name for p in default_matcher().patterns}


def relate_document(doc: Document, mentions: list[Mention], entities: dict[str, Entity],
                    from_names: list[Relation] = (), lexicon: Lexicon | None = None) -> list[Relation]:
    """The relations of one document (see the module docstring for the rules).

    ``entities`` holds at least the entities ``mentions`` name (each with its
    ``key`` set) and the ends of ``from_names``: the relations read off names
    across the corpus (`name_relations`) that this document states, because
    it mentions their subject first.  A relation the document's own rules
    found first keeps their evidence. ``lexicon``: the one the names were recognised
    with (the curated one by default).
    """
    c = Collector(entities, lexicon)
    home = document(c, doc, mentions)
    named_tracks(c, doc, mentions)
    named_places(c, doc, mentions, home)
    for r in from_names:
        c.add(r.subject, r.predicate, r.object, r.doc_id, r.sentence, r.rule, r.confidence)
    stem_owners(c, doc, mentions)
    group_firms(c, doc, mentions)
    bracket_owners(c, doc.doc_id, mentions)
    legal_owners(c, doc.doc_id, {m.key for m in mentions if m.key})
    stated_owners_win(c, doc.doc_id, mentions)
    unit_firms(c, doc.doc_id)
    brand_owners(c, doc.doc_id, mentions)
    own_firm_owners(c, doc, mentions)
    stake_owners(c, doc, mentions)     # (a run of shareholders' stakes)
    group_anaphor_owners(c, doc, mentions)     # (X同为该集团旗下企业)
    owners_follow(c, doc)      # (X项目，在Y园现有厂区内实施: X's firm lies in Y too)
    zone_ends = tuple(c.rules["home"].get("zone_ends", ()))
    placed_by_heading(c, doc, mentions, home, zone_ends, document_head(doc))   # (a park's profile; place-headed sections)
    rels = no_road_parts(c, ranked(c, c.relations()))
    rels = parents_untracked(c, rels)     # (星澜集团旗下A公司…: the group takes no track of the sentence)
    resolve = c.rules.get("resolve", {})
    if resolve.get("specific_place_wins"):
        rels = places_resolved(rels, resolve, home)
    if resolve.get("name_places_give_way"):     # (海川县检测平台 / 所在地点：白沙镇X路: the town)
        rels = name_places_give_way(rels, set(resolve.get("name_site_rules", ())),
                                    set(resolve.get("home_rules", ())) | set(resolve.get("context_rules", ())), c.levelled)
    rels = inside_parts(c, rels)    # (after the places it names beside the home's have won)
    rels = table_sites_win(rels, resolve)     # (a table's town beside the county a name opens on)
    if resolve.get("part_wins"):
        rels = part_wins(rels, home, set(resolve.get("home_part_rules", ())))
    model = learned.current()       # off unless relations.toml [learned] enables it
    if model is not None:
        rels = learned.rescore(model, doc, mentions, entities, rels, home)
    return rels


def name_relations(entities: dict[str, Entity], first: dict[str, tuple[str, int]],
                   lexicon: Lexicon | None = None) -> dict[str, list[Relation]]:
    """Relations read off the names of the corpus's entities (a project named after
    its owner, a segment of a whole, a phase of a development), by the document
    that states them: where the subject is first mentioned (``first``: key ->
    (doc_id, sentence))."""
    c = Collector(entities, lexicon)
    corpus(c, first)
    out: dict[str, list[Relation]] = defaultdict(list)
    for r in c.relations():
        out[r.doc_id].append(r)
    return dict(out)


def relate(documents: list[Document], mentions_by_doc: dict[str, list[Mention]],
           entities: dict[str, Entity], lexicon: Lexicon | None = None) -> list[Relation]:
    """All relations of a corpus held in memory (see the module docstring for the rules);
    ``lexicon``: the one the names were recognised with (the curated one by default)."""
    first = {k: (e.mentions[0].doc_id, e.mentions[0].sentence) for k, e in entities.items() if e.mentions}
    from_names = name_relations(entities, first, lexicon)
    rels = []
    for doc in documents:
        rels += relate_document(doc, mentions_by_doc.get(doc.doc_id, []), entities, from_names.get(doc.doc_id, []),
                                lexicon)
    return sorted(rels, key=lambda r: (r.doc_id, r.sentence, r.subject, r.predicate, r.object))
