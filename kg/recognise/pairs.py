"""Two known tracks a document names as one: a pair joined by 及 (rules.toml [track]
whole_joiners) before a track suffix, written so twice or more (青禾及星澜产业链发展报告 …
推进青禾及星澜产业链建设 … 青禾及星澜产业学院) is the name of one chain, not two tracks
named side by side; a pair written so once, or counted as two (A及B两条产业链), stays two.

    >>> from kg.model import Mention
    >>> from kg.rules import load_rules
    >>> texts = {0: "甲及乙产业链发展报告", 1: "推进甲及乙产业链建设，甲产业增长"}
    >>> ms = [Mention("d", i, a, a + 1, texts[i][a], "IndustryTrack", texts[i][a], "lexicon")
    ...       for i, a in ((0, 0), (0, 2), (1, 2), (1, 4), (1, 11))]
    >>> [(m.sentence, m.name) for m in named_pairs(load_rules(), texts, ms)]
    [(0, '甲及乙'), (1, '甲及乙'), (1, '甲')]
"""
from __future__ import annotations

from collections import Counter

from ..model import Mention
from ..rules import Rules, rx


def named_pairs(rules: Rules, texts: dict[int, str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each pair of tracks the document names as one track (see above)
    replaced by one mention of the pair (``texts``: sentence index -> text)."""
    joiners = tuple(rules.track_tags.get("whole_joiners", ()))
    suffixes = tuple(sorted(rules.track_suffixes, key=len, reverse=True))
    pairs: list[tuple[Mention, Mention, str]] = []
    tracks = sorted((m for m in mentions if m.cls == "IndustryTrack" and m.role != "owner"),
                    key=lambda m: (m.sentence, m.start))
    for a, b in zip(tracks, tracks[1:]):
        text = texts.get(a.sentence, "")
        if b.sentence == a.sentence and text[a.end:b.start] in joiners and a.end < b.start:
            name = text[a.start:b.end]
            name = next((name[:-len(s)] for s in suffixes if name.endswith(s)), name)
            pairs.append((a, b, name))
    if not pairs:
        return mentions
    # (written before its suffix: 甲及乙产业链, not 甲及乙两条产业链)
    named = Counter(name for a, b, name in pairs
                    if b.surface.endswith(suffixes) or texts[b.sentence].startswith(suffixes, b.end))
    # (a pair the document counts as two anywhere is two: 甲及乙两条产业链)
    counted = rx(rules.track_tags.get("pair_counted") or r"(?!)")
    two = {name for a, b, name in pairs if counted.match(texts[b.sentence], b.end)}
    joined = [(a, b, name) for a, b, name in pairs if named[name] >= 2 and name not in two]
    if not joined:
        return mentions
    gone = {id(m) for a, b, _ in joined for m in (a, b)}
    out = [m for m in mentions if id(m) not in gone]
    for a, b, name in joined:
        out.append(Mention(a.doc_id, a.sentence, a.start, a.start + len(name), name, "IndustryTrack", name,
                           "track:named-pair", a.confidence, group=a.group, role=a.role))
    return sorted(out, key=lambda m: (m.sentence, m.start, -m.end))
