"""locatedIn across the roads a site is said to lie between or where they meet: a thing a
sentence places on one of them (项目位于青云大街与白鹭路交叉口西南角; 选址星海路以东、白沙路以南)
lies by each; so does a thing placed in a park the roads after it bound, a comma apart
(建设地点：星澜产业园，兰青路以东、白沙路以北): ``located-crossing``. The data keys are
relations.toml [located] crossing_between (what joins two of the roads), crossing_meeting and
crossing_side (what ends the run), crossing_side_not_ends (the areas a side leaves out: 白沙街道以东
is outside the street) and crossing_lead (what may stand between the park and the run)."""
from __future__ import annotations

from .base import LOCATIONS, Collector, Item, rx


def crossing_runs(c: Collector, text: str, things: list[Item]) -> list[tuple[int, list[Item]]]:
    """The runs of places a sentence names as where they meet or by their sides, each with the
    index in ``things`` of its first place: two or more joined (A与B交叉口, A以东、B以南), or one
    with a side right after a park and a comma (星澜产业园，兰青路以东)."""
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
            out.append((i, run))
        i = j + 1
    return out


def crossing_roads(c: Collector, doc_id: str, index: int, text: str, ms: list[Item]) -> None:
    """Add ``located-crossing`` for one sentence, after the rules that place its things."""
    things = [x for x in ms if x.m.role != "owner"]
    runs = crossing_runs(c, text, things)
    if not runs:
        return      # (most sentences)
    facts = [r for r in c.out.values() if r.doc_id == doc_id and r.sentence == index and r.predicate == "locatedIn"]
    lead = rx(c.rules.get("located", {}).get("crossing_lead", "$^"))
    for i, run in runs:
        keys = {x.key for x in run}
        ends = set(keys)
        # (the park right before the run, a comma apart: what lies in it lies by the roads)
        if i > 0 and things[i - 1].cls in LOCATIONS and lead.fullmatch(text[things[i - 1].m.end:run[0].m.start]):
            ends.add(things[i - 1].key)
        for s in sorted({r.subject for r in facts if r.object in ends} - keys):
            for x in run:
                c.add(s, "locatedIn", x.key, doc_id, index, "located-crossing")
