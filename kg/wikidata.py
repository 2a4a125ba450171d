"""Curated Wikidata identifiers of nationally known enterprises and institutions
(kg/data/wikidata.tsv: name, class, wikidata, source), stated in the graph as
``owl:sameAs <http://www.wikidata.org/entity/Q…>``.

Nothing is fetched: the identifiers are data, each with its source, and
``tools/lexicon/check_wikidata.py`` checks them against Wikidata on a machine
that is online.  An entry names a lexicon entry (the same name and class) and
holds only identifiers the curator is certain of.

    >>> identifiers()[("Enterprise", "腾讯")]
    'Q860580'
    >>> entity_iri("Q860580")
    'http://www.wikidata.org/entity/Q860580'
"""
from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

FILE = Path(__file__).parent / "data" / "wikidata.tsv"
ENTITY = "http://www.wikidata.org/entity/"
SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
_QID = re.compile(r"Q[1-9][0-9]*")


def read_rows(path: Path | str = FILE) -> list[dict[str, str]]:
    """The file's rows; a ValueError naming the file and line for a malformed one."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for i, row in enumerate(rows, 2):
        if not _QID.fullmatch(row.get("wikidata") or "") or not row.get("source") or not row.get("name"):
            raise ValueError(f"{path}:{i}: a row needs name, class, a wikidata Q-number and its source "
                             f"— fix {row.get('name')!r}")
    return rows


@cache
def identifiers() -> dict[tuple[str, str], str]:
    """(class, name) -> Q-number."""
    return {(row["class"], row["name"]): row["wikidata"] for row in read_rows()}


def entity_iri(qid: str) -> str:
    return ENTITY + qid
