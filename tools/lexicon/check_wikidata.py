"""Check kg/data/wikidata.tsv against Wikidata itself — run it on a machine that is online.

    python tools/lexicon/check_wikidata.py              # every row
    python tools/lexicon/check_wikidata.py --mark       # and mark the rows that pass as verified

For each row, fetches the item (Special:EntityData/Q….json, one request per
row, a second apart) and checks that its Chinese label or one of its Chinese
aliases (zh, zh-hans, zh-cn) is the row's name or one of the name's lexicon
aliases, and that the item is not a redirect to another one.  Prints one line
per row (ok / MISMATCH / MISSING) and exits 1 when any row fails.  With
--mark, a passing row's source becomes "checked against Wikidata YYYY-MM-DD".

Nothing in `kg build` calls this: builds never reach the network.  Standard
library only.
"""
from __future__ import annotations

import argparse
import csv
import datetime
import json
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FILE = REPO / "kg" / "data" / "wikidata.tsv"
URL = "https://www.wikidata.org/wiki/Special:EntityData/{qid}.json"
LANGS = ("zh", "zh-hans", "zh-cn", "zh-hk", "zh-tw")


def names_of(entity: dict) -> set[str]:
    """The item's Chinese labels and aliases."""
    out = {entity.get("labels", {}).get(lang, {}).get("value") for lang in LANGS}
    for lang in LANGS:
        out |= {a.get("value") for a in entity.get("aliases", {}).get(lang, [])}
    return {n for n in out if n}


def lexicon_names(name: str, cls: str) -> set[str]:
    sys.path.insert(0, str(REPO))
    from kg.lexicon import default_lexicon
    entry = default_lexicon().lookup(name, cls)
    return {name, *(entry.surfaces if entry else ())}


def check(row: dict[str, str], fetch) -> tuple[bool, str]:
    qid = row["wikidata"]
    try:
        data = fetch(qid)
    except urllib.error.HTTPError as e:
        return False, f"MISSING {qid}: HTTP {e.code}"
    entities = data.get("entities", {})
    if qid not in entities:        # a redirect answers with the item it now points to
        return False, f"MISMATCH {qid}: redirected to {', '.join(entities)}"
    found = names_of(entities[qid])
    wanted = lexicon_names(row["name"], row["class"])
    if found & wanted:
        return True, f"ok {qid} {row['name']}"
    return False, f"MISMATCH {qid}: Wikidata calls it {'、'.join(sorted(found)) or '(no Chinese label)'}, " \
                  f"the lexicon {row['name']}"


def fetch(qid: str) -> dict:
    req = urllib.request.Request(URL.format(qid=qid), headers={"User-Agent": "gongshu-kg lexicon check"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--file", type=Path, default=FILE)
    ap.add_argument("--mark", action="store_true", help="mark the rows that pass as checked, with today's date")
    a = ap.parse_args(argv)
    with open(a.file, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t")
        fields, rows = reader.fieldnames, list(reader)
    failed = 0
    for i, row in enumerate(rows):
        if i:
            time.sleep(1)          # Wikidata asks bots to go slowly
        try:
            ok, line = check(row, fetch)
        except urllib.error.URLError as e:
            print(f"check_wikidata: cannot reach Wikidata ({e.reason}) — run this on a machine that is online",
                  file=sys.stderr)
            return 2
        print(line)
        failed += not ok
        if ok and a.mark:
            row["source"] = f"checked against Wikidata {datetime.date.today().isoformat()}"
    if a.mark:
        with open(a.file, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=fields, delimiter="\t", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
