"""Tracks a frame of rules.toml [track] frames names (在青禾材料领域，…; 上游：青禾部件。): each
word of a pair joined by 和/及/与 a track of its own, or the pair one segment when the frame
names one (上游：青禾材料及基础部件。). The other track sources are tracks.py's."""
from __future__ import annotations

import re

from .candidate import Cand
from .context import Context
from .proper_words import generic_only
from .track_words import opens_on_qualifier, track_like
from .tracks import _named_head


_JOINED = re.compile("和|及|与|以及")


def framed_tracks(ctx: Context) -> list[Cand]:
    """Tracks a frame of rules.toml [track] frames names (group ``t``): 在青禾材料领域，…;
    （一）上游：青禾部件。 Two tracks joined by 和/及/与 are two (在A和B领域); a frame's group
    ``w`` names one segment, joined words and all (上游：青禾材料及基础部件。)."""
    text = ctx.text
    out = []
    for rx in ctx.tables.track_frames:
        for m in rx.finditer(text):
            if "w" in rx.groupindex and m.group("w"):
                c = _whole_track(ctx, m.start("w"), m.group("w"))
                if c is not None:
                    out.append(c)
                    continue
                # (else its parts, as a group t's: 租赁与维修 names no track)
            g = "w" if "w" in rx.groupindex and m.group("w") else "n" if "n" in rx.groupindex else "t"
            start = m.start(g)
            parts = []
            for piece in _JOINED.split(m.group(g)):
                if piece:
                    parts.append((start, piece))
                start += len(piece)
                if start < m.end(g):
                    j = _JOINED.match(text, start)
                    start += len(j.group()) if j else 0
            for s, name in parts:
                # (a part of a joined pair is held to the length of unknown tracks: 销售与服务)
                c = _framed_track(ctx, s, name, 2 if len(parts) == 1 else ctx.rules.track_min_unknown,
                                  named=g == "n")
                if c is not None:
                    out.append(c)
    return out


def _whole_track(ctx: Context, start: int, name: str) -> Cand | None:
    """A segment named by words joined by 和/及/与 (原材料及基础部件, 整机及后市场): one
    track when each word could name a track in the frame and one is as long as an
    unknown track must be (not 租赁与维修); a track the lexicon knows among them is a
    segment of its own (封装测试与应用: two, as in 在A和B领域)."""
    pieces = [p for p in _JOINED.split(name) if p]
    if len(pieces) < 2 or max(map(len, pieces)) < ctx.rules.track_min_unknown:
        return None
    # (a known track beside a word as long as an unknown track must be names one segment
    # with it: 云端计算与算力服务)
    full = min(map(len, pieces)) >= ctx.rules.track_min_unknown
    for p in pieces:
        if ctx.lex.lookup(p, "IndustryTrack") is not None:
            if full:
                continue
            return None
        if (len(p) < 2 or ctx.lex.is_not_entity(p) or ctx.lex.lookup(p) or generic_only(ctx, p)
                or _named_head(ctx, p) or not track_like(ctx, p, framed=True)):
            return None
    entry = ctx.lex.lookup(name, "IndustryTrack")
    return Cand(start, start + len(name), "IndustryTrack", entry.name if entry else name, "track:frame", prio=3)


def _framed_track(ctx: Context, start: int, name: str, min_len: int, named: bool = False) -> Cand | None:
    # (a frame's group n names no segment outright: its words those of a listed track, opening on
    # no qualifier, 转型升级方向, 未来发展方向)
    entry = ctx.lex.lookup(name, "IndustryTrack")
    if entry is None:
        if (len(name) < min_len or ctx.lex.is_not_entity(name) or ctx.lex.lookup(name)
                or name.endswith(ctx.rules.track_not_final) or generic_only(ctx, name)
                or _named_head(ctx, name) or not track_like(ctx, name, framed=not named, lenient=named)
                or named and opens_on_qualifier(ctx, name)):
            return None
    return Cand(start, start + len(name), "IndustryTrack", entry.name if entry else name, "track:frame", prio=3)
