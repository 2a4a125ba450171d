"""Find lexicon surfaces that the segmenter would cut across a word boundary.

Every surface goes into jieba's user dictionary with a high frequency, so a
surface can win over the ordinary cut of two common words it straddles:
海城市 (a county-level city) in 上海|城市, 和县 in 市和|县域. For each surface
S of the chosen entries and each split S = L + R, this takes the most
frequent words of jieba's dictionary that end with L and that begin with R,
cuts each pair A + B with the project's segmenter and reports the pairs in
which S comes out as a token.

    python tools/lexicon/hazards.py --source cn-admin-codes          # by source tag
    python tools/lexicon/hazards.py --file kg/data/lexicon/tracks.tsv

Run from the repository root with the project installed. The output is a list
to read, not a verdict: 北京|市场 -> 京市 would be a real problem, 武汉|市民
-> 汉市 is not a surface. LEXICON.md says what was done with what it found.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict

from kg.lexicon import default_lexicon, read_rows
from kg.recognise import user_words
from kg.rules import load_rules
from kg.segment import Segmenter, _dictionary

MIN_FREQ = 300      # words of jieba's dictionary at least this frequent
PER_SIDE = 12       # how many words on each side of a split are tried


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", action="append", default=[], help="a source tag (repeatable)")
    ap.add_argument("--file", action="append", default=[], help="a lexicon TSV (repeatable)")
    ap.add_argument("--min-freq", type=int, default=MIN_FREQ)
    ap.add_argument("--per-side", type=int, default=PER_SIDE)
    args = ap.parse_args(argv)

    lex = default_lexicon()
    surfaces: set[str] = set()
    for e in lex.entries:
        if set(args.source) & set(e.sources):
            surfaces.update(e.surfaces)
    for f in args.file:
        for r in read_rows(f):
            surfaces.add(r["name"])
            surfaces.update(a for a in (r.get("aliases") or "").split("|") if a)

    freq, _ = _dictionary()
    common = sorted(((w, n) for w, n in freq.items() if n >= args.min_freq and len(w) >= 1),
                    key=lambda x: -x[1])
    ends: dict[str, list[str]] = defaultdict(list)
    starts: dict[str, list[str]] = defaultdict(list)
    wanted = {s[:k] for s in surfaces for k in range(1, len(s))} | {s[k:] for s in surfaces for k in range(1, len(s))}
    for w, _ in common:
        for k in range(1, len(w) + 1):
            tail, head = w[-k:], w[:k]
            if tail in wanted and len(w) > k and len(ends[tail]) < args.per_side:
                ends[tail].append(w)
            if head in wanted and len(starts[head]) < args.per_side:
                starts[head].append(w)

    seg = Segmenter(user_words(lex, load_rules()))
    found = 0
    for s in sorted(surfaces):
        hits = []
        for k in range(1, len(s)):
            left, right = s[:k], s[k:]
            for a in ends.get(left, ()):
                for b in starts.get(right, ()):
                    if b == right and len(right) == 1:
                        continue          # S ends the text: nothing is cut across
                    text = a + b
                    toks = [t.text for t in seg.tokens(text)]
                    if s in toks:
                        hits.append(f"{a}|{b}")
        if hits:
            found += 1
            print(f"{s}\t{len(hits)}\t{' '.join(hits[:8])}")
    print(f"{found} of {len(surfaces)} surfaces cut across common words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
