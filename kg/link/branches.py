"""A parent firm and its local company named in one document stay two firms.

The "branch" reason of kg/link/same.py joins X（白城）有限公司 to X: a document
that names only the local company calls it X for short. A document that also
gives the parent's registered name (X股份有限公司, X有限公司: X plus a legal
form, [link] class_words ending in one of [link] registered_ends) uses X for
the parent, so X joins the parent and the local company is a firm of its own.
So does a document that first names X in the sentence where it first names the
local company (a table row's 母公司 column, X（耿马）有限公司 is X's subsidiary): a
sentence does not name a firm and then shorten it undeclared (以下简称 is declared).
"""
from __future__ import annotations


def parented_branches(found: list[tuple[str, str, str]], docs: dict[str, set[str]],
                      link_rules: dict, firsts: dict[str, tuple] | None = None) -> set[tuple[str, str]]:
    """The (short, long) "branch" pairs of ``found`` ((short, long, why) triples) to drop:
    those where a document that uses the branch's name also uses a registered name of
    the short one's parent (``docs``: the documents using each name), and those whose two
    names are first met in one sentence (``firsts``: each name's (document, sentence))."""
    ends = tuple(link_rules.get("registered_ends", ()))
    legal = {w for w in link_rules.get("class_words", ()) if ends and w.endswith(ends)}
    parents: dict[str, list[str]] = {}
    for short, long, why in found:
        if why == "name+class-word" and long[len(short):] in legal:
            parents.setdefault(short, []).append(long)
    drop = set()
    for short, long, why in found:
        if why == "branch" and any(docs.get(long, set()) & docs.get(p, set()) for p in parents.get(short, ())):
            drop.add((short, long))
        elif why == "branch" and firsts and firsts.get(short) is not None and firsts.get(short) == firsts.get(long):
            drop.add((short, long))
    return drop
