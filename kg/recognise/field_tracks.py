"""The tracks a field line states (所属产业：星材（星澜部件）; 行业类别：C2641 青禾涂料): each unit of
the value names an industry track, whole, where no mention covers it already (kg/trackfields.py);
so does the first clause of a line stating what leads a district's industry (主导产业：星材装备，…)."""
from __future__ import annotations

from ..model import Mention
from ..rules import Rules
from ..trackfields import track_field


def field_tracks(rules: Rules, doc_id: str, sentences, by_sentence: dict[int, list[Mention]]) -> list[Mention]:
    """The tracks the document's track field lines name that the sentences' own mentions do not."""
    conf = rules.relations.get("table", {})
    out: list[Mention] = []
    for s in sentences:
        units = track_field(conf, s.text, lead=True)
        ms = [m for m in by_sentence.get(s.index, []) if m.role != "owner"] if units else ()
        for a, b, _ in units or ():
            if any(m.start <= a and b <= m.end for m in ms):
                continue
            name = s.text[a:b]
            out.append(Mention(doc_id, s.index, a, b, name, "IndustryTrack", name, "field-track", 0.7))
    return out
