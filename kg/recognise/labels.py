"""A part of a joined track standing as a label: a chain report's stage heading names a
joined pair (（三）下游：青禾整机及后服务。); a later sentence that opens on one part as
its field (后服务方面，A、B…) names that part, a track of its own (a segment of the
pair: kg/relate/stages.py)."""
from __future__ import annotations

import re

from ..model import Mention
from ..rules import Rules
from .text import JOINED


def part_labels(rules: Rules, doc_id: str, sentences, by_sentence: dict[int, list[Mention]]) -> list[Mention]:
    """Mentions of a part of a joined track named earlier in the document, where a
    sentence opens on it as its field (rules.toml [track] part_label) and nothing else
    was found there."""
    label = rules.track_tags.get("part_label")
    if not label:
        return []
    rx = re.compile(label)
    parts: set[str] = set()
    out = []
    for s in sentences:
        ms = by_sentence.get(s.index, [])
        mt = rx.match(s.text) if parts else None
        if mt and mt.group("word") in parts \
                and not any(m.start < mt.end("word") and mt.start("word") < m.end for m in ms):
            word = mt.group("word")
            out.append(Mention(doc_id, s.index, mt.start("word"), mt.end("word"), word, "IndustryTrack", word,
                               "track:part-label", 0.7, role="name"))
        for m in ms:
            if m.cls == "IndustryTrack" and m.role != "owner":
                pieces = [p for p in JOINED.split(m.surface) if p]
                if len(pieces) > 1:
                    parts.update(pieces)
    return out
