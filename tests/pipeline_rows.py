"""Run the whole extraction on short texts, one document per row, and read its relations by name.

For tests of a rule that needs recognition, linking and relations together (a
zone's area partOf the zone its name opens with): each row's text is written to
``KEY.txt`` in a fresh folder and the folder is extracted once, as ``kg build``
would, so a module's rows share one run.

    rows = {"layout": ("星澜产业园是青禾经开区的核心园区。", {...})}
    ex = extract_rows(tmp_path_factory.mktemp("parts"), rows)
    named_relations(ex, "layout.txt", "partOf")   # {(subject, "partOf", object), …}
"""
from __future__ import annotations

from pathlib import Path

from kg.pipeline import extract


def extract_rows(folder: Path, rows: dict[str, tuple]) -> object:
    """The extraction of a folder holding one document per row (``KEY.txt``: the row's first item)."""
    for key, (text, *_rest) in rows.items():
        (folder / f"{key}.txt").write_text(text, encoding="utf-8")
    ex, _, _ = extract(folder, workers=1)
    return ex


def named_relations(ex, doc_id: str, predicate: str) -> set[tuple[str, str, str]]:
    """The relations of one predicate a document states, as (subject name, predicate, object name)."""
    ents = ex.entities
    return {(ents[r.subject].name, r.predicate, ents[r.object].name) for r in ex.relations
            if r.doc_id == doc_id and r.predicate == predicate}
