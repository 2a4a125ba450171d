"""subTrackOf from a park named after its track: the fields whose firms a park gathers
(园区已集聚A、B、C等领域企业80余家) are segments of the track the park is named after
(星澜生物医药产业园 -> 生物医药), when the sentence names no other whole for them; and the
tracks a park focuses on are segments of the one track the sentence says the park carries
(星澜园是T产业的核心载体，主攻A、B和C)."""
from __future__ import annotations

from .base import Collector, Item, lists, rx


def park_track(c: Collector, park: str, tracks: dict[str, str]) -> str | None:
    """The track a park's name holds (the longest the document names), if any."""
    name = c.ents[park].name
    hits = [n for n in tracks if len(n) >= 2 and n in name and n != name]
    return tracks[max(hits, key=len)] if hits else None


def clause_park(c: Collector, text: str, ms: list[Item], run: list[Item]) -> str | None:
    """The park named after a track that opens the list ``run``'s own clause (the last park
    before the list since the last ；or 。, no track between them; 其中…；星澜装备产业园重点发展A和B
    两个细分领域), when the words after the list call its items the park's fields
    (park_sub_list_after): park_segments gives them the park's track as their whole, not a
    track an earlier clause named."""
    tr = c.rules.get("track", {})
    if not rx(tr.get("park_sub_list_after", "$^")).match(text[run[-1].m.end:]):
        return None
    start = max(text.rfind(p, 0, run[0].m.start) for p in "；;。") + 1
    parks = [x for x in ms if x.cls == "Platform" and start <= x.m.start and x.m.end <= run[0].m.start
             and x.m.role != "owner"]
    if not parks or any(x.cls == "IndustryTrack" and parks[-1].m.end <= x.m.start < run[0].m.start for x in ms):
        return None
    tracks = {e.name: k for k, e in c.ents.items() if e.cls == "IndustryTrack"}
    return parks[-1].key if park_track(c, parks[-1].key, tracks) else None


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


def park_focus_segments(c: Collector, doc_id: str, index: int, text: str, ms: list[Item], since: int) -> None:
    """The tracks a park focuses on in a sentence (relations.toml [track] park_focus_rules
    made since ``since``: 星澜园主攻A、B和C) are segments of the one track the sentence places
    the park in as its carrier (park_carrier_rules: 星澜园是T产业的集聚区), when it is none of
    the focus. (Not the track the park's name holds: 星澜临空产业区重点发展A、B和C names the
    park's trades, of no one track.)"""
    tr = c.rules.get("track", {})
    focus_rules, carrier_rules = set(tr.get("park_focus_rules", ())), set(tr.get("park_carrier_rules", ()))
    made = [r for r in list(c.out.values())[since:] if r.predicate == "inTrack" and r.sentence == index]
    for park in {r.subject for r in made if r.rule in focus_rules and "Platform" in c.cls(r.subject)}:
        focus = {r.object for r in made if r.subject == park and r.rule in focus_rules}
        carried = {r.object for r in made if r.subject == park and r.rule in carrier_rules} - focus
        if len(carried) != 1 or any({x.key for x in r} & focus and {x.key for x in r} & carried
                                    for r in lists(c, text, ms)):
            continue    # (星澜园是T集聚区，主攻T和A: the carried track listed with the focus, a peer)
        for t in focus:
            c.add(t, "subTrackOf", next(iter(carried)), doc_id, index, "park-focus-sub")
