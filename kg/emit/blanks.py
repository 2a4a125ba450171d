"""Blank nodes named after their content, so that the graph file is the same
bytes at every build (the parser names them at random)."""
from __future__ import annotations

import os
from collections import Counter

import pyoxigraph as ox

from .terms import digest


def ontology_lines(path: str | os.PathLike) -> list[str]:
    """The ontology file's triples as N-Triples lines, blank nodes named from
    their content (`stable_blank_nodes`): the parser names them at random, and
    the graph file must be the same bytes at every build."""
    triples = [ox.Triple(q.subject, q.predicate, q.object)
               for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
    return [str(t) + " ." for t in stable_blank_nodes(triples)]


def stable_blank_nodes(triples: list[ox.Triple]) -> list[ox.Triple]:
    """``triples`` with every blank node renamed ``_:o<hash>`` after its content.

    A node's name is the hash of its triples both ways, the other blank
    nodes in them standing by their names of the round before, repeated
    until the names set the nodes apart no further (colour refinement), so
    that two ``owl:unionOf`` lists of the same classes under different
    properties stay two nodes.  Nodes nothing tells apart (the same triples
    twice over) are numbered in the order the file gives them.

    >>> t = list(ox.parse(b"<urn:a> <urn:p> [ <urn:q> 1 ] .", format=ox.RdfFormat.TURTLE))
    >>> str(stable_blank_nodes([q.triple for q in t])[0].subject)
    '_:o205fe555d4bcb6c0'
    """
    blanks = list(dict.fromkeys(t.value for tr in triples for t in (tr.subject, tr.object)
                                if isinstance(t, ox.BlankNode)))
    if not blanks:
        return triples
    names = _refine(triples, blanks)
    ties, seen = Counter(names.values()), Counter()
    node = {}
    for b in blanks:               # in the file's order: ties are numbered the same way every time
        name = names[b]
        if ties[name] > 1:
            seen[name] += 1
            name += f"n{seen[name]}"
        node[b] = ox.BlankNode("o" + name)

    def rename(t):
        return node[t.value] if isinstance(t, ox.BlankNode) else t
    return [ox.Triple(rename(t.subject), t.predicate, rename(t.object)) for t in triples]


def _refine(triples: list[ox.Triple], blanks: list[str]) -> dict[str, str]:
    """Blank node -> a hash of its triples, refined until the partition is stable."""
    names = dict.fromkeys(blanks, "")
    for _ in range(len(blanks) + 1):
        arcs: dict[str, list[str]] = {b: [] for b in blanks}

        def term(t) -> str:
            return "_:" + names[t.value] if isinstance(t, ox.BlankNode) else str(t)
        for t in triples:
            if isinstance(t.subject, ox.BlankNode):
                arcs[t.subject.value].append(f"> {t.predicate} {term(t.object)}")
            if isinstance(t.object, ox.BlankNode):
                arcs[t.object.value].append(f"< {term(t.subject)} {t.predicate}")
        new = {b: digest(names[b], *sorted(arcs[b])) for b in blanks}
        if len(set(new.values())) == len(set(names.values())):
            return new
        names = new
    return names


