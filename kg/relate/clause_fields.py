"""The field a clause opens on, under a sentence's head track: a clause that opens on a track and
a field word, its things listed right after (relations.toml [track] clause_field_opener), puts
them in that track as well as in the head, whether or not the sentence made the track a segment
of the head (kg/relate/owntrack.head_segment). Example:

    星材产业链：以星澜集团为链主，薄膜方向有墨川科技、青禾材料，涂层方向有白露化工
    -> 墨川科技, 青禾材料 inTrack 薄膜; 白露化工 inTrack 涂层 (and each inTrack 星材)

Not a list of tracks (A、B两个方向分别有X、Y: which is whose, kg/relate/members.respective), nor
a track the head itself is, nor things named later in the clause than right after the words."""
from __future__ import annotations

from .base import Collector, Item, rx


def opening_field(c: Collector, text: str, x: Item, tracks: list[Item], span: tuple[int, int],
                  run_of: dict, head: str | None) -> str | None:
    """The track ``x``'s clause (``span``) opens on, when ``x`` or its list follows the track's
    field words directly; else None."""
    opener = rx(c.rules.get("track", {}).get("clause_field_opener", "$^"))
    a = span[0] + len(text[span[0]:span[1]]) - len(text[span[0]:span[1]].lstrip())
    t = next((t for t in tracks if t.m.start == a and t.m.role not in ("owner", "item")), None)
    if t is None or t.key == head or len(run_of.get(id(t), ())) > 1:
        return None
    first = run_of.get(id(x), [x])[0]
    mt = opener.match(text, t.m.end)
    return t.key if mt and mt.end() == first.m.start else None
