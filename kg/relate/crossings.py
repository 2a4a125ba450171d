"""locatedIn across the places a thing is said to lie in, by or between. The roads a site lies
between or where they meet: a thing a
sentence places on one of them (项目位于青云大街与白鹭路交叉口西南角; 选址星海路以东、白沙路以南)
lies by each; so does a thing placed in a park the roads after it bound, a comma apart
(建设地点：星澜产业园，兰青路以东、白沙路以北): ``located-crossing``. The data keys are
relations.toml [located] crossing_between (what joins two of the roads), crossing_meeting and
crossing_side (what ends the run), crossing_side_not_ends (the areas a side leaves out: 白沙街道以东
is outside the street) and crossing_lead (what may stand between the park and the run).

A list of places that ends a clause (A、B等企业扎根青禾街道和白鹭街道。): a thing a rule placed in
one of them lies in each (``located-listed``; [located] place_list_between, place_list_after)."""
from __future__ import annotations

from .base import LOCATIONS, Collector, Item, rx


def crossing_runs(c: Collector, text: str, things: list[Item]) -> list[tuple[list[Item], Item | None]]:
    """The runs of places a sentence names as where they meet or by their sides, each with the
    place or park right before it that the run bounds, a comma apart (else None): two or more
    joined (A与B交叉口, A以东、B以南), or one with a side right after a park (星澜产业园，兰青路以东)."""
    loc = c.rules.get("located", {})
    if "crossing_between" not in loc:
        return []
    between, meeting, side = rx(loc["crossing_between"]), rx(loc["crossing_meeting"]), rx(loc["crossing_side"])
    areas = tuple(loc.get("crossing_side_not_ends", ()))
    lead = rx(loc.get("crossing_lead", "$^"))
    out, i = [], 0
    while i < len(things):
        if things[i].cls != "Place":
            i += 1
            continue
        j = i
        while j + 1 < len(things) and things[j + 1].cls == "Place" \
                and between.fullmatch(text[things[j].m.end:things[j + 1].m.start]):
            j += 1
        run = things[i:j + 1]
        sided = side.match(text, run[-1].m.end)
        if sided and any(c.ents[x.key].name.endswith(areas) for x in run):
            run = []    # (白沙街道以东: outside the street)
        led = i > 0 and things[i - 1].cls in LOCATIONS and lead.fullmatch(text[things[i - 1].m.end:things[i].m.start])
        if run and (sided or meeting.match(text, run[-1].m.end)) and (len(run) > 1 or led):
            out.append((run, things[i - 1] if led else None))
        i = j + 1
    return out


def listed_runs(c: Collector, text: str, things: list[Item]) -> list[list[Item]]:
    """The lists of places that end a clause (扎根青禾街道和白鹭街道。; 落户A镇、B镇，…): two or more
    places joined by [located] place_list_between, the last followed by place_list_after."""
    loc = c.rules.get("located", {})
    if "place_list_between" not in loc:
        return []
    between, after = rx(loc["place_list_between"]), rx(loc["place_list_after"])
    out, i = [], 0
    while i < len(things):
        j = i
        while things[j].cls == "Place" and j + 1 < len(things) and things[j + 1].cls == "Place" \
                and between.fullmatch(text[things[j].m.end:things[j + 1].m.start]):
            j += 1
        if j > i and after.match(text, things[j].m.end):
            out.append(things[i:j + 1])
        i = j + 1
    return out


def crossing_roads(c: Collector, doc_id: str, index: int, text: str, ms: list[Item]) -> None:
    """Add ``located-crossing`` for one sentence, after the rules that place its things."""
    things = [x for x in ms if x.m.role != "owner"]
    runs = crossing_runs(c, text, things)
    listed = listed_runs(c, text, things)
    if not runs and not listed:
        return      # (most sentences)
    # (not what the district rule put in the home: the home is no place of the text's list)
    acts = set(c.rules.get("resolve", {}).get("home_rules", ()))
    facts = [r for r in c.out.values() if r.doc_id == doc_id and r.sentence == index and r.predicate == "locatedIn"
             and r.rule not in acts]
    # a thing a rule placed in one place of a list that ends a clause lies in each (A、B等企业扎根
    # 青禾街道和白鹭街道: located-verb-list reads the first): ``located-listed``
    for run in listed:
        keys = {x.key for x in run}
        for s in sorted({r.subject for r in facts if r.object in keys} - keys):
            for x in run:
                c.add(s, "locatedIn", x.key, doc_id, index, "located-listed")
    for run, park in runs:
        keys = {x.key for x in run}
        # (the park right before the run, a comma apart: what lies in it lies by the roads)
        ends = keys | {park.key} if park is not None else keys
        for s in sorted({r.subject for r in facts if r.object in ends} - keys):
            for x in run:
                c.add(s, "locatedIn", x.key, doc_id, index, "located-crossing")
