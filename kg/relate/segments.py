"""subTrackOf from a sentence's lists, the first half of the track stage (the inTrack half
is kg/relate/tracks.py): tracks listed under a track (新材料、高端装备等先进制造业), a list framed
as a track's segments or its focus (紧盯A、B两大细分赛道), and a leading track inside another
(构建以数字内容为引领的文创产业体系: 数字内容 subTrackOf 文创)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .base import Collector, Item, finditer, found_before, rx
from .clause_segments import clause_segments, point_segments
from .single_segments import single_segments
from .members import list_head
from .parks import clause_park
from .topics import lead_segments


@dataclass
class Segments:
    """What a sentence's lists say of its things, for the inTrack stage that follows."""
    listed: dict[int, list[Item]] = field(default_factory=dict)   # thing -> tracks of its list's head
    blocked: set[int] = field(default_factory=set)    # things listed under a sector we do not know
    heads_used: set[int] = field(default_factory=set)
    sublisted: set[int] = field(default_factory=set)  # tracks listed as segments of a parent
    whole_of: dict[str, str] = field(default_factory=dict)        # ... and the parent of each


def own_clause_track(text: str, run: list[Item], tracks: list[Item], inside: set[int]) -> Item | None:
    """The last track standing before the list ``run`` in its own clause (no list's item)."""
    start = max(text.rfind(p, 0, run[0].m.start) for p in "，,；;。") + 1
    return next((t for t in reversed(tracks) if start <= t.m.start and t.m.end <= run[0].m.start
                 and id(t) not in inside and t.m.role != "item"), None)


def segments(c: Collector, doc_id: str, s_index: int, text: str, ms: list[Item],
             tracks: list[Item], runs: list[list[Item]], governing: str | None,
             outer: str | None, recent: str | None, lead: str | None,
             head: str | None) -> Segments:
    """Add the subTrackOf a sentence's lists state; return what the lists say of the rest."""
    tr = c.rules.get("track", {})
    run_of = {id(x): r for r in runs for x in r}
    seg = Segments()
    listed, blocked, heads_used = seg.listed, seg.blocked, seg.heads_used
    sublisted, whole_of = seg.sublisted, seg.whole_of
    project_kind = rx(tr.get("project_kind_after", "$^"))
    whole_before = tr.get("sub_list_whole_before", "$^")
    sum_gap = rx(tr.get("list_sum_gap", "$^"))
    for r in runs:
        hs = list_head(c, text, r, ms)
        if not hs and r[0].cls == "IndustryTrack":
            # (发展光伏、储能等新能源产业，…: a track right after a list of tracks and 等 sums
            # them up, though no noun of things follows it; it stays the clause's track, which
            # lends the other clauses nothing: kg/relate/tracks.py sums_up)
            nxt = next((x for x in ms if x.m.start >= r[-1].m.end and x.m.role != "owner"), None)
            # (not a class of industries: 量子信息、脑机接口等未来产业 are kinds, no segments)
            if nxt is not None and nxt.cls == "IndustryTrack" and sum_gap.fullmatch(text, r[-1].m.end, nxt.m.start) \
                    and c.ents[nxt.key].name not in tr.get("class_tracks", ()):
                for x in r:
                    c.add(x.key, "subTrackOf", nxt.key, doc_id, s_index, "track-list-sub")
                sublisted |= {id(x) for x in r}
                continue
        if hs:
            heads_used |= {id(h) for h in hs}
            for x in r:
                if x.cls == "IndustryTrack":
                    for h in hs:
                        c.add(x.key, "subTrackOf", h.key, doc_id, s_index, "track-list-sub")
                else:
                    listed[id(x)] = hs
        elif r[0].cls != "IndustryTrack" and rx(tr.get("sector_head", "$^")).match(text[r[-1].m.end:]):
            blocked |= {id(x) for x in r}
        elif r[0].cls == "IndustryTrack" and len(r) > 1:
            inside = {id(x) for x in r}
            parent, also = None, []
            # (重点覆盖T中的A、B两个细分领域，以及T2中的C和D: the track the list is named inside of
            # is its whole, whatever the sentence's or the paragraph's)
            within = next((t for t in reversed(tracks) if t.m.end <= r[0].m.start and id(t) not in inside
                           and rx(tr.get("list_within_gap", "$^")).fullmatch(text, t.m.end, r[0].m.start)), None)
            if within is not None:
                for x in r:
                    c.add(x.key, "subTrackOf", within.key, doc_id, s_index, "track-list-within")
                    whole_of[x.key] = within.key
                sublisted |= inside
                continue
            strong = rx(tr.get("sub_list_after", "$^")).match(text[r[-1].m.end:])
            # (…；星澜装备产业园重点发展A和B两个细分领域: the fields of the park opening the list's
            # clause, of the track its name holds (kg/relate/parks.py), not of one named before)
            if strong and clause_park(c, text, ms, r):
                continue
            parts = rx(tr.get("parts_list_after", "$^")).match(text[r[-1].m.end:]) \
                or found_before(tr.get("parts_list_before", "$^"), text, r[0].m.start)
            # (a list counted only as tracks, 三大赛道, which the parts rule below reads when it can)
            if strong or not parts and rx(tr.get("sub_list_after_named", "$^")).match(text[r[-1].m.end:]):
                # 紧盯A、B、C三大细分赛道，加快构建数字经济产业链: the track named outside
                # the list, else the paragraph's last track
                # (or the paragraph's track, though the list opens the sentence: 电子信息是…。
                # A和B两个细分赛道的…)
                # (not one of the list's own items, the paragraph's last track as it may be)
                # (nor one of its items named again outside it: 星澜自动变速器、A填补了变速器和B两个环节)
                # (nor, in a paragraph on a track, one naming what a project on the way makes:
                # A湿电子化学品扩能项目…，形成B、C三个细分领域 are of the paragraph's track)
                keys = {x.key for x in r}
                # (主导产业为T，重点发展A、B、C三个细分领域，同步配套D、E等服务业: the one track
                # named before the list as a thing's main industry is the whole; tracks listed
                # after the list are its peers, no whole of it)
                named = next((t for t in tracks if id(t) not in inside and t.key not in keys
                              and (t.m.role != "item" or (t.m.end <= r[0].m.start and len(run_of.get(id(t), ())) == 1
                                                          and found_before(whole_before, text, t.m.start)))
                              and not (t.m.start >= r[-1].m.end and len(run_of.get(id(t), ())) > 1)
                              and not (governing and project_kind.match(text[t.m.end:]))), None)
                # (A、B、C三条主链，其中B产业链重点发展D、E两个细分领域: the track opening the
                # list's own clause, not the first of the sentence nor its peers)
                own = own_clause_track(text, r, tracks, inside | {id(x) for x in tracks if x.key in keys})
                named = own or named
                # (a list counted only as tracks or clusters: of a track opening its own clause,
                # not of one named in another, 其中T产业投资占比超过四成，A、B两个产业集群…: peers)
                if not strong and named is not None and (named.m.end > r[0].m.start
                                                         or rx("[，,；;。：:]").search(text, named.m.end, r[0].m.start)):
                    named = None
                # (重点发展A、B、C三条产业链，延伸发展T: a track a later clause adds is a peer, no whole)
                if named is not None and named.m.start >= r[-1].m.end \
                        and rx("[，,；;。]").search(text, r[-1].m.end, named.m.start) \
                        and found_before(tr.get("sub_list_added_before", "$^"), text, named.m.start):
                    named = None
                parent = named.key if named else None if not strong else \
                    next((k for k in (governing, outer, recent) if k and k not in keys), None)
                # (坚持A和B产业…，围绕C、D细分赛道: the segments of both tracks joined)
                also = [u.key for u in run_of.get(id(named), ()) if u is not named
                        and u.cls == "IndustryTrack" and u.key not in keys] if named and not own else []
            elif parts:
                # 把数字经济作为首位产业，重点发展A、B和C三个方向: the parts of the track named
                # before the list in its sentence (the paragraph's may be a peer of the list);
                # the count before a colon says as much (主攻T产业里的三个细分赛道：A、B和C)
                parent = next((t.key for t in reversed(tracks) if t.m.end <= r[0].m.start
                               and id(t) not in inside and t.m.role != "item"), None)
            if parent:
                for x in r:
                    for p in (parent, *also):
                        c.add(x.key, "subTrackOf", p, doc_id, s_index, "track-list-sub")
                    whole_of[x.key] = parent
                sublisted |= inside
    # …，其中T1产业以A、B为主，T2产业重点发展C、D: a clause's track and its segments
    clause_segments(c, doc_id, s_index, text, tracks, runs, sublisted)
    # 一是T产业，A和B企业共3户: the kinds of firms counted under a point's track
    point_segments(c, doc_id, s_index, text, tracks, runs, sublisted)
    # 白露电芯为其主攻细分方向, 属于T产业中的S细分领域: one track called a segment
    single_segments(c, doc_id, s_index, text, tracks, runs, sublisted, (governing, outer, recent))
    # 电子信息产业发展势头强劲。…，重点发展A、B和C: what a paragraph on a track focuses on
    # is a list of its segments (not the kinds of firms a park wants: 重点引进A、B等领域企业)
    # (以A、B和C为重点，集聚…: a list framed as the focus says as much)
    focus_verb = "(?:" + tr.get("focus_clause", "$^") + "$|" + tr.get("focus_sub_verbs", "$^") + ")"
    framed = rx(tr.get("focus_frame_after", "$^"))
    for r in runs if governing else ():
        if r[0].cls == "IndustryTrack" and len(r) > 1 and not any(id(x) in sublisted for x in r) \
                and not any(x.key == governing for x in r) and (found_before(focus_verb, text, r[0].m.start) or (
                    found_before(tr.get("focus_frame_before", "$^"), text, r[0].m.start)
                    and framed.match(text, r[-1].m.end))) \
                and not rx(tr.get("kind_of_firms", "$^")).match(text, r[-1].m.end):
            for x in r:
                c.add(x.key, "subTrackOf", governing, doc_id, s_index, "focus-sub")
    if lead and not governing and not head:     # 第一条是T产业链。…，重点发展A、B和C (topics.py)
        lead_segments(c, text, runs, tracks, sublisted, lead, doc_id, s_index)
    # 构建以数字内容为引领的文创产业体系: the leading track is a segment of the other
    for mt in finditer(tr.get("lead_frame", "$^"), text):
        subs = [t for t in tracks if mt.start("sub") <= t.m.start < mt.end("sub")]
        parent = next((t for t in tracks if t.m.start == mt.end()), None)
        for t in subs:
            if parent:
                c.add(t.key, "subTrackOf", parent.key, doc_id, s_index, "track-lead-sub")
    return seg
