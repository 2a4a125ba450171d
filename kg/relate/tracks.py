"""inTrack: a thing listed under a track, or named in a clause, sentence or
paragraph about a track, is in it. The subTrackOf a sentence's lists state are
read first (kg/relate/segments.py)."""
from __future__ import annotations

from collections import defaultdict

from .base import TRACK_SUBJECTS, Collector, Item, clause_spans, finditer, found_before, lists, modifies, rx
from .members import aside, backer, respective, supporter
from .segments import segments
from .topics import field_head
from .track_cues import cued
from .owntrack import bracketed_tracks, head_segment, item_field, name_tracks, split_segment
from .head_subtracks import head_subtracks
from .clause_fields import opening_field
from .customer_kinds import customer
from .field_continues import fielded_on
from .site_chains import sited
from .whole_frames import whole_of_subject


def tracks(c: Collector, doc, s, ms: list[Item], head: str | None, topic: bool,
            governing: str | None, recent: str | None, home: str | None = None,
            outer: str | None = None, lead: str | None = None, led: str | None = None) -> None:
    """inTrack and subTrackOf of one sentence.

    A thing listed under a track (A、B等<track>企业) is in that track; a thing in a
    clause that names a track is in it; otherwise the sentence's head track, the
    paragraph's governing track, or the track of the nearest clause that names one.
    A clause or semicolon boundary ends the scope of a track only where another
    clause names another track."""
    if (doc.doc_id, s.index) in c.table_track_rows:
        # a table row with a field cell: its track is that cell's (kg/relate/tables.py); the tracks
        # its description lists under a track are still segments of it (带动A、B等T产业)
        tracks = [x for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner"]
        if len(tracks) > 1:
            segments(c, doc.doc_id, s.index, s.text, ms, tracks, lists(c, s.text, ms), None, None, None, None, None)
        return
    if head is None and governing is None and not any(
            x.cls == "IndustryTrack" or x.m.role == "head-track" for x in ms) and not (
            recent and any(found_before(c.rules.get("track", {}).get(w, "$^"), s.text, x.m.start)
                           for x in ms for w in ("leader_before", "hosted_before"))):
        # (a chain's leader named where the paragraph named a track before, 龙头企业A…, or a
        # park its industry lies in, 产业主要集聚在A园, has one)
        return  # no track to be in (most sentences): nothing below would add a relation
    all_tracks(c, doc, s, ms, head, topic, governing, recent, home, outer, lead, led)


def all_tracks(c: Collector, doc, s, ms: list[Item], head: str | None, topic: bool,
               governing: str | None, recent: str | None, home: str | None = None,
               outer: str | None = None, lead: str | None = None, led: str | None = None) -> None:
    """`tracks`, read through whether or not the sentence has a track; ``lead`` is the track
    of the short sentence opening the paragraph, when no other track was named since; ``led``
    the last track the paragraph named alone in its sentence, the one a leader named later
    leads (龙头企业A…)."""
    text, doc_id = s.text, doc.doc_id
    tr = c.rules.get("track", {})
    tracks = [x for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner"]
    runs = lists(c, text, ms)
    run_of = {id(x): r for r in runs for x in r}
    seg = segments(c, doc_id, s.index, text, ms, tracks, runs, governing, outer, recent, lead, head)
    listed, blocked, heads_used = seg.listed, seg.blocked, seg.heads_used
    sublisted, whole_of = seg.sublisted, seg.whole_of
    # tracks named as the subject matter of a clause (not a list's head, not a sub-track,
    # not one item of a list of plain words: 举办乒乓球、曲棍球、电子竞技、霹雳舞等赛事)
    # (only a track can be a stray: most sentences name none)
    covered = {i for x in ms for i in range(x.m.start, x.m.end)} if tracks else set()

    def stray(t: Item) -> bool:
        a, b = t.m.start, t.m.end
        return (text[a - 1:a] == "、" and a - 2 >= 0 and a - 2 not in covered
                and text[b:b + 1] == "、" and b + 1 < len(text) and b + 1 not in covered)

    free = [t for t in tracks if id(t) not in heads_used and not stray(t)]
    # the sentence's or paragraph's track adopts tracks named as kinds of things in its
    # sentence (放大龙头医药企业), and, when it opens the sentence, every other track
    top = head or governing
    spans = clause_spans(text)
    starts = {a + len(text[a:b]) - len(text[a:b].lstrip()) for a, b in spans}
    if top:
        head_subtracks(c, doc_id, s.index, text, tracks, run_of, heads_used, sublisted, starts, head, topic, top)

    def clause(pos: int) -> int:
        return next(i for i, (a, b) in enumerate(spans) if pos <= b)

    # 会展行业头部企业思库传播: a track naming the kind of the one firm right after it is
    # that firm's, not the rest of the clause's
    appos = rx(tr.get("appositive", "$^"))
    bound: dict[int, Item] = {}
    owned: set[int] = set()                 # things bound to their own track so
    for t in free:
        mt = appos.match(text, t.m.end)
        firm = next((x for x in ms if mt and x.m.start == mt.end() and x.cls != "IndustryTrack"), None)
        if firm and id(t) not in heads_used:
            bound[id(t)] = firm
            owned |= {id(x) for x in ms if x.m.start == firm.m.start}
            c.add(firm.key, "inTrack", t.key, doc_id, s.index, "appositive-track")
    for x, ts in bracketed_tracks(c, text, ms, free):   # 星澜精工（高温合金铸件）: its own field
        owned |= {id(y) for y in ms if y.m.start == x.m.start}
        for t in ts:
            bound[id(t)] = x
            c.add(x.key, "inTrack", t.key, doc_id, s.index, "bracketed-track")
    headed = {clause(t.m.start) for t in tracks if id(t) in heads_used}
    pairs = respective(c, text, runs)        # A、B分别布局T1和T2领域: each thing its own
    served = [mt.span("served") for mt in finditer(tr.get("served_clause", "$^"), text)] \
        + [mt.span() for k in ("market_clause", "composed_clause") for mt in finditer(tr.get(k, "$^"), text)]
    # (…，但T1、T2基本依赖区外: a clause naming what the district lacks lends its tracks to nothing)
    lacking = rx(tr.get("lacking_clause", "$^"))
    by_clause: dict[int, list[Item]] = defaultdict(list)
    for t in free:
        # (为T行业提供整线服务: a track the clause serves is its customers', not its things')
        if id(t) not in bound and not any(a <= t.m.start < b for a, b in served) \
                and not lacking.search(text, *spans[clause(t.m.start)]):
            by_clause[clause(t.m.start)].append(t)

    belongs = rx(tr.get("belongs_to", "$^"))

    def stated(x: Item) -> bool:
        """``x`` (or its list) is said to belong to a track of its clause (A属T产业, A、B分属T1、T2)."""
        end = run_of.get(id(x), [x])[-1].m.end
        return any(t.m.start >= end and belongs.fullmatch(text, end, t.m.start)
                   for t in by_clause.get(clause(x.m.start), ()))

    def near(ts: list[Item], pos: int) -> list[Item]:
        """The track of ``ts`` nearest to ``pos`` (the earlier on a tie), with the
        tracks listed beside it (重点发展数字经济、智能制造)."""
        t = min(ts, key=lambda t: (abs(t.m.start - pos), t.m.start > pos))
        return [u for u in run_of.get(id(t), [t]) if u.cls == "IndustryTrack"]

    kinds = rx(tr.get("kind_of_firms", "$^"))
    sum_gap = rx(tr.get("list_sum_gap", "$^"))

    def sums_up(t: Item) -> bool:
        """``t`` follows a track across only 等 (A、B等T): it names the class of a list."""
        prev = max((u for u in tracks if u.m.end <= t.m.start), key=lambda u: u.m.end, default=None)
        return prev is not None and sum_gap.fullmatch(text, prev.m.end, t.m.start) is not None

    focus = rx(tr.get("focus_clause", "$^"))       # 重点发展T1和T2: a park's focus, its own
    not_subjects = tuple(tr.get("not_subject_ends", ()))
    focus_lead = rx(tr.get("focus_lead", "$^"))

    share = rx(tr.get("share_clause", "$^"))
    attributive = rx(tr.get("attributive_after", "$^"))

    def share_at(pos: int) -> bool:
        """The clause at ``pos`` opens on the share of a track in a figure (其中储能…增长三成)."""
        mt = share.match(text, pos)
        return bool(mt) and any(t.m.start == mt.end() for t in tracks)

    def focus_at(pos: int) -> bool:
        """The clause at ``pos`` opens on a focus (重点发展…), or on a park and its focus
        (其中星澜园区主要承接…, 青禾园区则集中布局…)."""
        lead = focus_lead.match(text, pos)
        pos = lead.end() if lead else pos
        named = next((y for y in ms if y.m.start == pos and y.cls != "IndustryTrack"), None)
        return bool(focus.match(text, pos) or (named and focus.match(text, named.m.end)))

    # what a clause naming a track lends to things of other clauses hangs on the clause
    # alone: asked once a sentence, not once for every thing that looks for a track
    # (in dicts: wrapping the two in functools.cache for every sentence cost more than it saved)
    lent: dict[int, bool] = {}
    focus_of: dict[int, bool] = {}

    def lends(j: int) -> bool:
        if j not in lent:
            lent[j] = not any(kinds.match(text, t.m.end) or sums_up(t) for t in by_clause[j]) \
                and not share_at(spans[j][0]) \
                and not all(attributive.match(text, t.m.end) for t in by_clause[j])
        return lent[j]

    frame_end = rx(tr.get("focus_frame_end", "$^"))
    claimants = set(tr.get("near_claimed_by", ()))

    def claimed(j: int, x: Item) -> bool:
        """Clause ``j`` names a firm of its own before its tracks (青禾电子深耕T): T is that firm's."""
        first = min(t.m.start for t in by_clause[j])
        return any(y.cls in claimants and y.m.role not in ("owner", "item") and y.key != x.key
                   and spans[j][0] <= y.m.start < first for y in ms)

    def framed(j: int) -> bool:
        """Clause ``j`` frames its tracks as the focus of its own subject, a thing or a noun right
        before 以 (星澜园以T1、T2为主攻方向, 入驻企业以T为主; not 下一步将以T为重点，推动A…)."""
        for run in (run_of.get(id(t), [t]) for t in by_clause[j]):
            mt = rx(tr.get("focus_frame_before", "$^") + "$").search(text, spans[j][0], run[0].m.start) \
                if frame_end.match(text, run[-1].m.end) else None
            if mt and (any(y.m.end == mt.start() and y.cls != "IndustryTrack" for y in ms)
                       or found_before(tr.get("focus_frame_subject", "$^"), text, mt.start())):
                return True
        return False

    def focused(j: int) -> bool:
        if j not in focus_of:
            focus_of[j] = focus_at(spans[j][0]) or framed(j)
        return focus_of[j]

    scope_break = rx(tr.get("scope_break", "$^"))
    # 在T领域，新引进A等算力企业: the field the sentence speaks of holds its lists too
    field = head is not None and field_head(c, text, ms) == head
    # a sentence whose head is the first of a list of segments (集聚A、B、C等领域企业80余家，
    # 其中X、Y是龙头企业) speaks of their whole, not of the first segment
    own = whole_of.get(head, head) if head and not topic else head
    # a head the sentence names only by a stage label (材料方面，A…) is not in its text
    said = "sentence-track" if any(x.key == head for x in ms) else "label-track"
    # (问（星澜日报记者）：…: the speaker's body is in no track the line names)
    speaker = rx(tr.get("speaker_label", "$^")).match(text)
    depended = tr.get("depended_before", "$^")
    # the sentence opens on its track or field (T产业…，A投资建设的X; 在T领域，…; 材料方面，…)
    fielded = fielded_on(c, doc, s, head is not None and (topic or field or said == "label-track"),
                         head or governing)    # (…；B投资建设的X: on under the field, field_continues.py)
    leader = tr.get("leader_before", "$^")
    hosted = tr.get("hosted_before", "$^")
    if item_field(c, text):
        return  # (建设单位：Z / 建设地点：Y / 建设内容：…为A等企业配套: a list item's builder, site or customers)
    named_in = name_tracks(c, tracks, governing)
    # (a track of a clause is its things' field where it stands as one: T产业, T、T2, T企业; not
    # glued to a product or facility it qualifies: T生产线, T检测认证中心)
    as_field = rx(tr.get("clause_field_after", "")).match
    for x in ms:
        if x.cls == "IndustryTrack" or not c.cls(x.key) & TRACK_SUBJECTS or x.key == home:
            continue  # (the home's own tracks are stated by patterns: 我们聚焦A、B四大主导产业)
        if speaker and x.m.end <= speaker.end():
            continue
        if (doc_id, s.index, x.m.start) in c.sites:
            continue    # (a table row's site: the row's track is its thing's, not the park's)
        leads = found_before(leader, text, x.m.start)
        if (doc_id, s.index, x.m.start) in c.frame_owners and not leads and (
                not fielded or (doc_id, s.index, x.m.start) in c.holders):
            # 青禾集团控股企业—…: the holder is not in the track of what it holds; but under a
            # track or field the sentence opens on (在T领域，A投资建设的X…; T方面，A在Y设立X),
            # the firm that builds or runs it works in that field as well
            continue
        if c.ents[x.key].name.endswith(not_subjects):
            continue  # a government body is not in the industries it serves
        if found_before(depended, text, run_of.get(id(x), [x])[0].m.start):
            continue  # 仍主要依赖A、B等国外品牌: the suppliers a district lacks are not its track's
        if customer(c, text, x, run_of.get(id(x), [x]), tracks, doc_id, s.index):
            continue  # 产品配套A、B等T企业: the customers, in T only, not in the suppliers' track
        owner = x.m.role == "owner"
        if owner and x.cls != "Enterprise":
            continue  # the institution behind a project is not in the project's industry
        if id(x) in listed:
            for h in listed[id(x)]:
                c.add(x.key, "inTrack", h.key, doc_id, s.index, "enumeration-track")
            if head and (topic or field):
                c.add(x.key, "inTrack", own, doc_id, s.index, said)
            elif governing and not owner:
                c.add(x.key, "inTrack", governing, doc_id, s.index, "paragraph-track")
            continue
        if id(x) in blocked or id(x) in owned:
            continue
        if x.cls == "Platform" and found_before(hosted, text, run_of.get(id(x), [x])[0].m.start):
            # T企业主要集中在P1和P2 / 产业主要集聚在P: a park hosting a track's firms is in that
            # track, the one its clause names before it, else the sentence's or paragraph's, else
            # the one the paragraph named last
            a = spans[clause(x.m.start)][0]
            named = [t for t in tracks if a <= t.m.start < x.m.start]
            for k in [named[-1].key] if named else [k for k in (head, governing, recent) if k][:1]:
                c.add(x.key, "inTrack", k, doc_id, s.index, "hosted-track")
            continue
        if aside(c, text, x, ms, run_of.get(id(x), [x])[-1].m.end) or (x.cls == "Platform" and sited(c, text, x, ms)) \
                or whole_of_subject(c, text, x, ms) or supporter(c, text, x) \
                or (not fielded and backer(c, text, x, run_of.get(id(x), [x])[-1].m.end)):
            # (签约落户天津港保税区: the park where things land is not in their industry; 青禾大学与新区
            # 签署协议，共建X: the body behind X, unless the sentence opens on the field, T方面，…)
            continue
        ci = clause(x.m.start)
        if head and own != head and by_clause.get(ci) and all(id(t) not in sublisted for t in by_clause[ci]):
            # (A、B、C是T的细分领域，其中C方向已与X开展合作: a sentence opening on segments, a
            # thing in a clause naming one of them again is in that one)
            for t in near(by_clause[ci], x.m.start):
                if as_field(text, t.m.end):
                    c.add(x.key, "inTrack", t.key, doc_id, s.index, "clause-track")
        elif head:
            seg = head_segment(c, doc_id, s.index, text, x, ms, tracks, own, spans[ci], as_field, run_of)
            split = None if seg else split_segment(c, doc_id, s.index, text, x, ms, tracks, own, spans[ci])
            if split:   # (T细分为A和B两条线：青禾则深耕B: 青禾 in B, and in T as the sentence says)
                c.add(x.key, "inTrack", split, doc_id, s.index, "head-segment")
            c.add(x.key, "inTrack", seg or own, doc_id, s.index, "head-segment" if seg else said)
            opened = None if seg else opening_field(c, text, x, tracks, spans[ci], run_of, own)
            if opened:      # (T产业链：…，A方向有X、Y: X and Y in A too)
                c.add(x.key, "inTrack", opened, doc_id, s.index, "clause-field-track")
        elif id(x) in pairs:
            c.add(x.key, "inTrack", pairs[id(x)].key, doc_id, s.index, "respective-track")
            if governing and not owner and not stated(x):
                c.add(x.key, "inTrack", governing, doc_id, s.index, "paragraph-track")
        elif by_clause.get(ci):
            if owner:
                continue  # 中国联通贵安云数据中心…数据中心: the clause's track is the named thing's
            for t in near(by_clause[ci], x.m.start):
                # (A（T1）、B（T2）; 发展T配套产业，推动A扩能; 填补了T和…: a track named before the
                # thing in its clause is an earlier thing's, or what is done, not the thing's own)
                if t.m.start > x.m.start and as_field(text, t.m.end):
                    c.add(x.key, "inTrack", t.key, doc_id, s.index, "clause-track")
            if governing and not stated(x) and x.cls in tr.get("clause_governed_classes", TRACK_SUBJECTS):
                # (——T产业。…A、B等企业在汽车领域形成特色 / A研发的机器人实现量产: the paragraph's track
                # is a firm's or project's too, the clause naming a product or field of it; not where the
                # clause says which track the thing belongs to: A属T2产业; nor a park's, its clause's own)
                c.add(x.key, "inTrack", governing, doc_id, s.index, "paragraph-track")
        elif governing:
            # an owner named in passing (美团小象超市) is not placed by the paragraph
            if not owner:
                # (…，墨川青禾封测基地同步签约，青禾封测产业链…: a thing whose name holds a track the
                # sentence names is in that one, not the paragraph's)
                seg = named_in(x)
                c.add(x.key, "inTrack", seg or governing, doc_id, s.index, "name-segment" if seg else "paragraph-track")
        elif leads and led and not by_clause:
            c.add(x.key, "inTrack", led, doc_id, s.index, "leader-track")
        elif by_clause and not owner:
            # (an owner named in a name takes no other clause's track: 星澜储能基地二期项目…，
            # 建成后将壮大新能源产业 places the project, not 星澜)
            # the nearest clause naming a track (the earlier one on a tie), not beyond
            # an ellipsis (……), which ends a thought the sentence splitter may have kept;
            # a clause whose tracks only say what kind of firms it wants (引导商圈企业发展
            # 直播电商等新业态, 招引光刻胶等配套企业) is about those firms, not this thing
            # nor does a clause naming a track that sums up a list of tracks (半导体和集成电路
            # 等先进制造业): that is a class of industries, not the track of a thing elsewhere
            if ci in headed and x.cls == "Platform":
                continue    # (X园已集聚A、B等T龙头企业: the park gathering firms of a kind takes no other clause's)
            kinds_before = [j for j in by_clause if j < ci and any(modifies(c, text, t) for t in by_clause[j])] \
                if share.match(text, spans[ci][0]) else []
            if kinds_before:
                # 已集聚光储企业80余家，其中A、B等企业…: things of a clause opening on
                # 其中 are members of the kind of things the clause before names
                for t in near(by_clause[max(kinds_before)], x.m.start):
                    c.add(x.key, "inTrack", t.key, doc_id, s.index, "member-track")
                continue
            if any(a <= x.m.start < b for a, b in served):
                continue    # (建有T中试线，为A、B提供服务: the provider's track, not the served's)
            reach = [j for j in by_clause if lends(j) and not (j != ci and focused(j)) and not claimed(j, x)
                     and not scope_break.search(text[min(spans[j][0], spans[ci][0]):max(spans[j][1], spans[ci][1])])
                     and abs(j - ci) <= (1 if x.cls in tr.get("near_one_clause", ()) else tr.get("clause_reach", 99))]
            if not reach:
                continue
            cj = min(reach, key=lambda j: (abs(j - ci), j > ci))
            ts = near(by_clause[cj], x.m.start)
            # (做强T1、T2两大产业，加快建设T1产业园: the track its name holds is the thing's, not the rest)
            ts = [t for t in ts if c.ents[t.key].name in c.ents[x.key].name] or ts
            most = tr.get("near_firm_list_max" if x.cls == "Enterprise" else "near_list_max", 99)
            if len(ts) > most and (x.cls in ("Enterprise", "Institution") or len(run_of.get(id(x), ())) > 1):
                # (紧盯T1、T2、T3三大产业，推动A、B扩产: which is A's, the text does not say, unless its
                # words do (track_cues.py); a park beside its list has them all: X…，聚焦T1、T2、T3;
                # parks listed beside it do not: 围绕T1、T2、T3，引导资本向P1、P2集聚)
                ts = cued(c, x, ts, text[spans[ci][0]:spans[ci][1]]) if len(ts) <= tr.get("near_list_max", 99) else []
            for t in ts:
                c.add(x.key, "inTrack", t.key, doc_id, s.index, "near-clause-track")

