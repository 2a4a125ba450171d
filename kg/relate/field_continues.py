"""A sentence the splitter cut at a semicolon goes on under the field the sentence before it
opened on (T方面，A与Y签约；B投资建设的X预计年底投产): B builds X in T as A does there
(kg/relate/tracks.py: the builder of a thing is in the field its sentence opens on)."""
from __future__ import annotations

from .base import Collector

_SEMICOLONS = ("；", ";")


def fielded_on(c: Collector, doc, s, fielded: bool, track: str | None) -> bool:
    """Whether sentence ``s`` opens on its track or field ``track`` (``fielded``), or goes on,
    after a semicolon, from a sentence of its paragraph that opened on the same one."""
    seen = c.fielded
    if not fielded and track and s.index > 0:
        prev = doc.sentences[s.index - 1]
        fielded = prev.paragraph == s.paragraph and prev.text.rstrip().endswith(_SEMICOLONS) \
            and seen.get((doc.doc_id, prev.index)) == track
    if fielded and track:
        seen[(doc.doc_id, s.index)] = track
    return fielded
