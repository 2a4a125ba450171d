"""Pairs of names that one document uses, where the shorter fits one longer name of it alone."""
from __future__ import annotations

from collections import defaultdict
from typing import Callable


def unique_fits(docs: dict[str, set[str]], fits: Callable[[str, str], bool]) -> list[tuple[str, str]]:
    """The (short, long) pairs where ``fits(short, long)`` and ``long`` is the one name that
    ``short`` fits in every document using both (``docs``: the documents using each name); a
    name fitting two longer names of a document, or two of two documents, joins none."""
    by_doc: dict[str, set[str]] = defaultdict(set)
    for name, ds in docs.items():
        for d in ds:
            by_doc[d].add(name)
    longs: dict[str, set[str]] = defaultdict(set)
    ambiguous: set[str] = set()
    for names in by_doc.values():
        for short in names:
            found = {long for long in names if long != short and fits(short, long)}
            if len(found) > 1:
                ambiguous.add(short)
            longs[short] |= found
    return sorted((s, next(iter(ls))) for s, ls in longs.items() if len(ls) == 1 and s not in ambiguous)
