"""Run the relation rules (kg.relate) on mentions given by the test, not recognised.

A relation test built on recognition fails whenever recognition changes. Here
the test says which names a text holds and what they are; the helper makes
the Documents, the Mentions and the Entities and runs ``kg.relate.relate``:

    >>> r = relate_on({"星澜科技": "Enterprise", "云溪区": "Place"}, "星澜科技签约落户云溪区。")
    >>> sorted(r.facts())
    [('星澜科技', 'locatedIn', '云溪区', 'located-verb-list')]

- ``things`` maps a surface to its class. Every occurrence of a surface in a
  sentence is a mention; surfaces are taken longest first and never overlap
  (星澜科技园 wins over 星澜科技 inside it). A surface of class Enterprise or
  Institution found at the start of a longer Project or Platform mention
  (星澜科技 in 星澜科技华东总部) is added as well, with role ``owner``, as the
  recogniser marks an owner nested in a project's name.
- ``texts`` become documents d0.txt, d1.txt … through kg.normalise (each line a
  paragraph). A text given as ``(title, text)`` has that title; otherwise the
  document has none and kg.relate reads its first sentence as the title.
- Linking is trivial and explicit: one entity per (class, surface), key
  ``<class>/<surface>``, each mention's ``key`` set as kg/link.py sets it.
  ``aliases`` ({surface: name}) makes a surface another name of the entity
  named ``name`` (of the same class), which gets it in ``Entity.aliases``.

The result's ``facts()`` are (subject name, predicate, object name, rule);
``pairs()`` the same without the rule.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.model import Document, Entity, Mention, RawDocument, Relation
from kg.normalise import to_document
from kg.relate import relate

OWNED = {"Project", "Platform"}
OWNERS = {"Enterprise", "Institution"}


@dataclass
class Related:
    """What ``relate_on`` made: its inputs and the relations."""
    docs: list[Document]
    mentions: dict[str, list[Mention]]
    entities: dict[str, Entity]
    relations: list[Relation]

    def name(self, key: str) -> str:
        return self.entities[key].name

    def facts(self, predicate: str | None = None) -> set[tuple[str, str, str, str]]:
        """(subject name, predicate, object name, rule) of every relation."""
        return {(self.name(r.subject), r.predicate, self.name(r.object), r.rule) for r in self.relations
                if predicate is None or r.predicate == predicate}

    def pairs(self, predicate: str | None = None) -> set[tuple[str, str, str]]:
        """(subject name, predicate, object name) of every relation."""
        return {f[:3] for f in self.facts(predicate)}

    def evidence(self, r: Relation) -> str:
        """The text of the sentence a relation cites."""
        return next(d for d in self.docs if d.doc_id == r.doc_id).sentences[r.sentence].text


def find_mentions(doc_id: str, index: int, text: str, things: dict[str, str],
                  names: dict[str, str] | None = None) -> list[Mention]:
    """The mentions of one sentence: every surface of ``things`` found, longest
    first and not overlapping, and owners nested at the start of a project's name."""
    names = names or {}
    taken: list[tuple[int, int]] = []
    out: list[Mention] = []

    def mention(a: int, surface: str, role: str = "") -> Mention:
        cls = things[surface]
        return Mention(doc_id, index, a, a + len(surface), surface, cls, names.get(surface, surface),
                       "given", role=role)

    for surface in sorted(things, key=lambda s: (-len(s), s)):
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if not any(start < e and s < end for s, e in taken):
                taken.append((start, end))
                out.append(mention(start, surface))
            start = text.find(surface, start + 1)
    for m in list(out):
        if m.cls in OWNED:
            owner = max((s for s, c in things.items() if c in OWNERS and len(s) < len(m.surface)
                         and m.surface.startswith(s)), key=len, default=None)
            if owner:
                out.append(mention(m.start, owner, "owner"))
    return sorted(out, key=lambda m: (m.start, -m.end))


def link_given(mentions: list[Mention]) -> dict[str, Entity]:
    """One entity per (class, name); sets each mention's ``key``."""
    entities: dict[str, Entity] = {}
    for m in mentions:
        key = f"{m.cls}/{m.name}"
        e = entities.setdefault(key, Entity(key, m.cls, m.name))
        if m.surface != m.name:
            e.aliases.add(m.surface)
        e.mentions.append(m)
        m.key = key
    return entities


def documents(*texts: str | tuple[str, str]) -> list[Document]:
    """Documents d0.txt, d1.txt … of ``texts`` (a text or a (title, text) pair)."""
    docs = []
    for i, t in enumerate(texts):
        title, text = t if isinstance(t, tuple) else (None, t)
        docs.append(to_document(RawDocument(f"d{i}.txt", f"d{i}.txt", text, "utf-8", title=title)))
    return docs


def relate_on(things: dict[str, str], *texts: str | tuple[str, str],
              aliases: dict[str, str] | None = None, lexicon=None) -> Related:
    """Relations kg.relate finds in ``texts`` when they name exactly ``things``
    (``lexicon``: the one the names were recognised with; the curated one by default)."""
    docs = documents(*texts)
    mentions = {d.doc_id: [m for s in d.sentences for m in find_mentions(d.doc_id, s.index, s.text, things, aliases)]
                for d in docs}
    entities = link_given([m for d in docs for m in mentions[d.doc_id]])
    return Related(docs, mentions, entities, relate(docs, mentions, entities, lexicon))
