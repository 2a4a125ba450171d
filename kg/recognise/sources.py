"""The candidate sources of a sentence, in the order they run.

A source is a function ``(ctx) -> list[Cand]``. To add one, write it and put
it in SOURCES where it should run. The order is part of the behaviour: a
source sees what the sources before it proposed (``ctx.cands``), and of two
candidates for the same span with the same priority, resolution keeps the
one proposed first.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

from . import enumerations, frames, heads, known, places, tracks
from .candidate import Cand
from .context import Context


class Source(NamedTuple):
    name: str
    find: Callable[[Context], list[Cand]]


SOURCES: tuple[Source, ...] = (
    Source("lexicon", known.lexicon),
    Source("heads", heads.heads),
    Source("tracks", tracks.tracks),
    Source("greater-areas", places.greater_areas),
    Source("after-country", places.after_country),
    Source("soe-short", places.soe_short),
    Source("joined-tracks", tracks.joined_tracks),
    Source("enumerations", enumerations.enumerations),
    Source("frames", frames.frames),
    Source("appositives", frames.appositives),
    Source("subject-firms", enumerations.subject_firms),
    Source("listed-after", enumerations.listed_after),
    Source("shared-heads", enumerations.shared_heads),
)
