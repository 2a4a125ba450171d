"""What linking decided about one document's names (step 3 → step 4 of a build).

A document's graph depends on its text and on its *view*: the keys its names
were linked to, those entities, and the relations read off names that it
states.  `view_key` digests the view so that a document whose text and view
are unchanged is taken from the cache instead of being rendered again;
`document_view` makes the view a worker renders from.

>>> from kg.lexicon import default_lexicon
>>> from kg.link import link_names
>>> linked = link_names({}, default_lexicon())
>>> document_view([], linked, []).entities
{}
"""
from __future__ import annotations

import hashlib

from ..link import Linked
from ..model import Entity, Relation
from .work import View

Names = list[tuple[str, str]]       # a document's names: (class, name) in its order


def entity_digest(e: Entity) -> bytes:
    return hashlib.blake2b(repr((e.key, e.cls, e.name, sorted(e.aliases), sorted(e.extra_classes))).encode(),
                           digest_size=8).digest()


def view_key(names: Names, linked: Linked, from_names: list[Relation], digests: dict[str, bytes]) -> str:
    """The key of a document's view: its names in order, their entities and the
    relations read off names; ``digests`` keeps the entities' digests across
    documents (most entities are named by many)."""
    h = hashlib.blake2b(digest_size=12)
    keys = linked.keys
    for n in names:
        k = keys[n]
        digest = digests.get(k)
        if digest is None:
            digest = digests[k] = entity_digest(linked.entities[k])
        h.update(digest)
    for r in from_names:
        for k in (r.subject, r.object):
            digest = digests.get(k)
            if digest is None:
                digest = digests[k] = entity_digest(linked.entities[k])
            h.update(digest)
        h.update(repr((r.predicate, r.sentence, r.rule, r.confidence)).encode())
    return h.hexdigest()


def document_view(names: Names, linked: Linked, from_names: list[Relation],
                  bare: dict[str, Entity] | None = None) -> View:
    """What rendering needs of linking for a document: its names' keys, their
    entities and the ends of the relations read off names that it states.
    ``bare`` holds the entities made bare (`_bare`) for earlier documents:
    most entities are named by many, and copying them took most of this."""
    keys = {n: linked.keys[n] for n in names}
    wanted = set(keys.values()) | {k for r in from_names for k in (r.subject, r.object)}
    bare = {} if bare is None else bare
    entities = {}
    for k in sorted(wanted):
        e = bare.get(k)
        if e is None:
            e = bare[k] = _bare(linked.entities[k])
        entities[k] = e
    return View(keys, entities, from_names)


def _bare(e: Entity) -> Entity:
    """The entity without its mentions (a worker renders from names, not from
    the corpus's mentions of them)."""
    return Entity(e.key, e.cls, e.name, set(e.aliases), e.en, [], set(e.extra_classes))
