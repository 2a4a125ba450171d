"""subTrackOf from a park named after its track: the fields whose firms a park gathers
(园区已集聚A、B、C等领域企业80余家) are segments of the track the park is named after
(星澜生物医药产业园 -> 生物医药), when the sentence names no other whole for them."""
from __future__ import annotations

from .base import Collector, Item, lists, rx


def park_track(c: Collector, park: str, tracks: dict[str, str]) -> str | None:
    """The track a park's name holds (the longest the document names), if any."""
    name = c.ents[park].name
    hits = [n for n in tracks if len(n) >= 2 and n in name and n != name]
    return tracks[max(hits, key=len)] if hits else None


def park_segments(c: Collector, doc_id: str, index: int, text: str, ms: list[Item],
                  platform: str | None, tracks: dict[str, str]) -> None:
    """The tracks a sentence about a park lists as the fields of its firms: segments of
    the park's own track. The park is named in the sentence before the list, or is the
    paragraph's last park (``platform``) when the sentence speaks of it by a park word
    (园区已集聚…)."""
    tr = c.rules.get("track", {})
    after = rx(tr.get("park_sub_list_after", "$^"))
    words = tuple(c.rules.get("home", {}).get("park_words", ()))
    for r in lists(c, text, ms):
        if len(r) < 2 or r[0].cls != "IndustryTrack" or not after.match(text[r[-1].m.end:]):
            continue
        keys = {x.key for x in r}
        if any(c.wholes.get((doc_id, index, k)) for k in keys):
            continue    # (the sentence's own rules gave them a whole: 数字经济…，集聚A、B等领域企业)
        before = [x for x in ms if x.cls == "Platform" and x.m.end <= r[0].m.start and x.m.role != "owner"]
        park = before[-1].key if before else platform if any(w in text[:r[0].m.start] for w in words) else None
        whole = park_track(c, park, tracks) if park else None
        if whole and whole not in keys:
            for x in r:
                c.add(x.key, "subTrackOf", whole, doc_id, index, "park-track-sub")
