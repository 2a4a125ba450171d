"""Hints for a query that found nothing: a --param value no entity is called,
and the names nearest to it (as `kg chain` suggests a track's).

    >>> nearest("生命键康", ["生命健康", "生命健康产业", "腾讯"])
    ['生命健康', '生命健康产业']
"""
from __future__ import annotations

import difflib
import unicodedata
from typing import Iterable

from .query import select_values

LABELS = """SELECT DISTINCT ?l WHERE {
  ?e kgo:mentionedIn ?s ; rdfs:label|skos:altLabel ?l .
}"""


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def nearest(name: str, names: Iterable[str], n: int = 5) -> list[str]:
    """The names nearest to ``name``, best first: containment, then similar characters."""
    key = _norm(name)
    scored: dict[str, float] = {}
    for x in names:
        k = _norm(x)
        if not key or not k:
            continue
        if key in k or k in key:
            score = 1.0 + min(len(k), len(key)) / max(len(k), len(key))
        else:
            score = difflib.SequenceMatcher(None, key, k).ratio()
        if score >= 0.4 and score > scored.get(x, -1):
            scored[x] = score
    return [x for x, _ in sorted(scored.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))][:n]


def param_hints(store, bindings: dict[str, str]) -> list[str]:
    """One line for each --param value that is no entity's name or alias, with the nearest names."""
    names = None
    out = []
    for param, value in bindings.items():
        value = value.strip()
        if not value or value.startswith("<") or value.replace(".", "", 1).isdigit():
            continue            # an IRI or a number: not a name
        if names is None:
            names = {row["l"] for row in select_values(store, LABELS)}
        if value in names:
            continue
        close = nearest(value, names)
        out.append(f"no entity is named {value} (--param {param})"
                   + (f" — did you mean {', '.join(close)}?" if close else ""))
    return out
