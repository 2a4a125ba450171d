"""What a thing of a sentence is listed under, and whether it is named only in passing:
the track heading an enumeration (A、B等T龙头企业), and the market a firm lists on, a
backer or a partner (kg/relate/tracks.py asks both of every thing)."""
from __future__ import annotations

from .base import CLAUSE, LOCATED_SUBJECTS, LOCATIONS, Collector, Item, found_before, modifies, rx
from ..recognise.item_spans import count_of


def list_head(c: Collector, text: str, run: list[Item], ms: list[Item]) -> list[Item] | None:
    """The track(s) an enumeration is a list of: 腾讯、网易等电竞文娱龙头企业,
    低空经济、人工智能等未来产业赛道 (a track right after the list, before a noun
    such as 企业/项目/赛道)."""
    tr = c.rules.get("track", {})
    groups = {x.m.group for x in run if x.m.group}
    # (a track the recogniser made a head is no head of a run it stands in alone)
    heads = [x for x in ms if x.m.role == "head-track" and x.m.group in groups and x not in run]
    if heads:
        return heads
    last = run[-1]
    after = [x for x in ms if x.m.start >= last.m.end and x.m.role != "owner"]
    if not after or after[0].cls != "IndustryTrack":
        return None
    between = text[last.m.end:after[0].m.start]
    if not rx(tr.get("list_head_gap", "$^")).match(between) or (len(run) == 1 and "等" not in between):
        return None
    heads = [after[0]]
    joiners = set(tr.get("list_joiners", ("、",)))
    for x in after[1:]:
        if x.cls != "IndustryTrack" or text[heads[-1].m.end:x.m.start] not in joiners:
            break
        heads.append(x)
    return heads if modifies(c, text, heads[-1]) else None


def aside(c: Collector, text: str, x: Item, ms: list[Item], end: int | None = None) -> bool:
    """A thing named in passing, not as a member of the sentence's track: the market a
    firm lists on (登陆上交所科创板), the backer that describes the next thing
    (中芯国际背景的芯空项目), a partner (与A、B等整车企业开展协同研发: ``end`` is where
    the list holding ``x`` ends), a park standing for its office (星澜园区管委会)."""
    tr = c.rules.get("track", {})
    if found_before(c.rules.get("located", {}).get("passing_before", "$^"), text, x.m.start) \
            and not (x.cls in ("Enterprise", "Institution") and found_before(tr.get("courted_before", "$^"), text, x.m.start)):
        return True   # (对接A、B等企业: firms a track's chain courts are of it, the first as the rest)
    if found_before(tr.get("listing_before", "$^"), text, x.m.start) \
            or rx(tr.get("listing_after", "$^")).match(text[x.m.end:]):
        return True
    if x.cls == "Platform" and rx(tr.get("office_after", "$^")).match(text, x.m.end):
        return True   # (由青禾园区管理委员会主办: the park's office acts, the park is named in passing)
    if (c.ents[x.key].name.endswith(tuple(tr.get("partner_ends", ())))
            or rx(tr.get("partner_after", "$^")).match(text, x.m.end if end is None else end)) \
            and found_before(tr.get("partner_before", "$^"), text, x.m.start):
        return True   # 联合青禾大学开展攻关, 与星澜集团合作建设…: a partner, not a member of the track
    nxt = next((y for y in ms if y.m.start >= x.m.end and y.m.role != "owner"), None)
    modifier = c.rules.get("district", {}).get("modifier_of_next", "$^")
    return bool(nxt and rx(modifier).match(text[x.m.end:nxt.m.start]))


def backer(c: Collector, text: str, x: Item, end: int | None = None) -> bool:
    """A body that signs with, runs or backs another thing (青禾大学与新区签署协议，共建X; 由青禾大学
    运营; 依托青禾研究所组建): that thing's partner, not a member of the sentence's track (``end``:
    where the list holding ``x`` ends, 青禾大学与星澜开发区 being one)."""
    if x.cls != "Institution":
        return False
    tr = c.rules.get("track", {})
    return any(rx(tr.get("body_partner_after", "$^")).match(text, at) for at in {x.m.end, end or x.m.end}) \
        or (found_before(tr.get("body_run_before", "$^"), text, x.m.start)
            and rx(tr.get("body_run_after", "$^")).match(text, x.m.end) is not None)


def supporter(c: Collector, text: str, x: Item) -> bool:
    """A body said to give another thing its know-how (星澜基地…，由青禾大学提供技术支撑): that thing's
    support, in no track of the sentence, not even one the sentence opens on (星材养殖企业，…)."""
    tr = c.rules.get("track", {})
    return x.cls == "Institution" and found_before(tr.get("body_run_before", "$^"), text, x.m.start) \
        and rx(tr.get("body_support_after", "$^")).match(text, x.m.end) is not None


def respective(c: Collector, text: str, runs: list[list[Item]]) -> dict[int, Item]:
    """Things listed before as many tracks in their clause, each in its own
    (A、B等企业分别布局T1和T2领域; A、B填补了T1和T2两个环节): thing -> its track, in order,
    when 分别 stands between the lists or a count after the tracks says how many."""
    out: dict[int, Item] = {}
    word = c.rules.get("track", {}).get("respectively", "分别")
    for things, tracks in zip(runs, runs[1:]):
        if len(things) < 2 or len(things) != len(tracks) or things[0].cls == "IndustryTrack" \
                or tracks[0].cls != "IndustryTrack":
            continue
        between = text[things[-1].m.end:tracks[0].m.start]
        if CLAUSE.search(between) or not (rx(word).search(between) or count_of(text[tracks[-1].m.end:]) == len(tracks)):
            continue
        out.update({id(x): t for x, t in zip(things, tracks)})
    return out


def respective_places(c: Collector, doc_id: str, index: int, text: str, runs: list[list[Item]]) -> None:
    """Things listed before as many places, each in its own (A、B、C分别落在Y1、Y2和Y3;
    A、B等项目同步启动，分别位于Y1和Y2): thing -> its place, in order, when the words
    between the lists end on 分别 and a verb of lying (relations.toml located.respective_between);
    or places after 在 listed before as many things built there (在Y1和Y2分别建设A和B:
    located.respective_sites), each in its own and in no other's."""
    loc = c.rules.get("located", {})
    between_re, sites_re = rx(loc.get("respective_between", "$^")), rx(loc.get("respective_sites", "$^"))
    site_words = tuple(loc.get("respective_sites_before", ()))
    for first, second in zip(runs, runs[1:]):
        # (在Y1和Y2分别建设A和B: the places first, after 在, each building its own)
        sited = bool(site_words) and text[:first[0].m.start].endswith(site_words) \
            and sites_re.fullmatch(text, first[-1].m.end, second[0].m.start) is not None
        things, places = (second, first) if sited else (first, second)
        if len(things) < 2 or len(things) != len(places) \
                or not all(x.cls in LOCATED_SUBJECTS and x.cls != "Place" for x in things) \
                or not all(y.cls in LOCATIONS for y in places):
            continue
        if not sited and not between_re.fullmatch(text, things[-1].m.end, places[0].m.start):
            continue
        # (what a rule reading one list against the other stated first is this rule's: each
        # thing in its own place, in no other's; located-verb-list, located-listed)
        _pair_off(c, doc_id, index, zip(things, places), "locatedIn", "located-respective", keep_own=False)


def respective_owners(c: Collector, doc_id: str, index: int, text: str, runs: list[list[Item]]) -> None:
    """Firms listed before as many bodies, each held by its own (星澜银行云溪支行、墨川证券云溪营业部分别
    隶属星澜银行、墨川证券): firm -> its parent, in order, when the words between the lists say so
    (relations.toml [owner] respective_between); or firms listed before as many projects each builds
    (星澜冷运、墨川物流分别在基地设立A和B: [owner] respective_builds); none is another's, crosswise."""
    own = c.rules.get("owner", {})
    between_re, builds_re = rx(own.get("respective_between", "$^")), rx(own.get("respective_builds", "$^"))
    for first, second in zip(runs, runs[1:]):
        # (A、B分别在基地设立X和Y: the firms first, each building its own)
        built = builds_re.fullmatch(text, first[-1].m.end, second[0].m.start) is not None
        things, owners = (second, first) if built else (first, second)
        if len(things) < 2 or len(things) != len(owners) \
                or not all(x.cls in (("Project", "Platform") if built else
                                     ("Enterprise", "Institution", "Project", "Platform")) for x in things) \
                or not all(y.cls in ("Enterprise", "Institution") for y in owners):
            continue
        if not built and not between_re.fullmatch(text, first[-1].m.end, second[0].m.start):
            continue
        _pair_off(c, doc_id, index, zip(things, owners), "ownedBy", "owner-respective", keep_own=True)


def _pair_off(c: Collector, doc_id: str, index: int, pairs, predicate: str, rule: str, keep_own: bool) -> None:
    """Relate each thing of two lists read respectively to its own partner only: what another rule
    of the sentence stated crosswise (A to B's partner) is dropped; ``keep_own`` keeps an earlier
    rule's record of a pair this one states too, else this rule's record replaces it."""
    pairs = [(x.key, y.key) for x, y in pairs]
    own = dict(pairs)
    for k in [k for k, r in c.out.items() if r.doc_id == doc_id and r.sentence == index
              and r.predicate == predicate and r.subject in own and r.object in own.values()
              and not (keep_own and own[r.subject] == r.object)]:
        del c.out[k]
    for x, y in pairs:
        c.add(x, predicate, y, doc_id, index, rule)
