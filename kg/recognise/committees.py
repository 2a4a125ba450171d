"""A zone's or a park's committee named by the zone the document names (青禾产业园管委会 where the
document calls the park 青禾产业园, 星澜综合保税区管委会): the committee's name opens with the
zone's whole name, as the document writes it elsewhere or declares it as a short form.

A head's walk back from 管委会 may stop inside the zone's name, at a word jieba reads as a time
or an adjective (青年|产业园|管委会 gives 产业园管委会), or run past its start over the verb
before it (问题|转|星澜综合保税区|管委会): the name is the zone's name and the committee's word.
rules.toml [bureau] committee_heads, committee_cut_tags.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Mention


def zone_committees(rules, seg, texts: dict[int, str], mentions: list[Mention],
                    declared: dict[str, tuple[str, str]]) -> list[Mention]:
    """``mentions`` with each committee's name made the zone's name and its word, where a
    Platform the document names (a mention's surface or a short form it declares for a
    Platform) ends right before the committee's word: grown back to the zone's start, or cut
    to it when the words before the zone end in a verb or a preposition
    ([bureau] committee_cut_tags), not where the zone's name is only the end of a longer one
    (星澜|青禾产业园|管委会 with 青禾产业园 known: another zone's, no cut)."""
    conf = rules.bureau
    heads = tuple(conf.get("committee_heads", ()))
    if not heads:
        return mentions
    zones = {m.surface for m in mentions if m.cls == "Platform" and m.role != "owner" and len(m.surface) >= 4}
    zones |= {a for a, (_, cls) in declared.items() if cls == "Platform" and len(a) >= 4}
    if not zones:
        return mentions
    cut_tags = tuple(conf.get("committee_cut_tags", ()))
    out, cut = [], {}
    for m in mentions:
        head = next((h for h in heads if m.surface.endswith(h)), None)
        if m.cls != "Institution" or head is None or m.surface != m.name or m.role == "owner":
            out.append(m)
            continue
        text, at = texts[m.sentence], m.end - len(head)
        zone = max((z for z in zones if text.startswith(z, at - len(z))), key=len, default=None)
        start = at - len(zone) if zone else m.start
        if start > m.start and not _after_a_verb(seg, text, m.start, start, cut_tags):
            start = m.start
        if start == m.start:
            out.append(m)
            continue
        if start > m.start:   # (the words the walk ran over open no owner of the committee: the zone does)
            cut[m.sentence, m.start] = (start, at)
        name = text[start:m.end]
        out.append(replace(m, start=start, surface=name, name=name, rule=m.rule + "+zone-committee"))
    return [o for o in (_owner(m, cut) for m in out) if o is not None]


def _owner(m: Mention, cut: dict[tuple[int, int], tuple[int, int]]) -> Mention | None:
    """An owner nested in a committee whose opening words were cut (``cut``: the sentence and the
    old start -> the zone's span): dropped when it ends before the zone, else it is the zone."""
    if m.role != "owner" or (m.sentence, m.start) not in cut:
        return m
    start, end = cut[m.sentence, m.start]
    if m.end <= start:
        return None
    name = m.surface[start - m.start:end - m.start]
    return replace(m, start=start, end=end, surface=name, name=name) if m.end == end else m


def _after_a_verb(seg, text: str, first: int, at: int, tags: tuple[str, ...]) -> bool:
    """True when the words of ``text[first:at]`` end in a word whose tag opens with one of ``tags``
    (a verb, a preposition: 问题|转|), which ends a name's walk: the zone's name opens the name."""
    toks = seg.tokens(text[first:at])
    return bool(toks) and seg.tag(toks[-1].text)[:1] in tags
