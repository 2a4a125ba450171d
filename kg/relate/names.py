"""Relations read off names across the corpus: a project named after its
owner, a segment of a whole (大运河拱墅段), a phase of a development, a
platform named after its industry, a project or park named after its place, an area after
its home. (A project or firm named after a group's stem: kg/relate/group_owners.py.)"""
from __future__ import annotations

from ..model import Document, Mention
from .base import LOCATIONS, OWNERS, Collector, load_rules, rx


def segments(name: str, longest: int):
    """(whole, segment) readings of a segment name, longest segment first:
    大运河拱墅段 -> (大运河, 拱墅), 大运河(拱墅段)国家文化公园 -> (大运河国家文化公园, 拱墅)."""
    for i, ch in enumerate(name):
        if ch != "段":
            continue
        head, tail = name[:i], name[i + 1:]
        for n in range(min(longest, len(head) - 1), 0, -1):
            whole, part = head[:-n], head[-n:]
            if rx(r"[\u4e00-\u9fff]+").fullmatch(part):
                yield whole.rstrip("（(") + tail.lstrip("）)"), part


def corpus(c: Collector, first: dict[str, tuple[str, int]]) -> None:
    """Facts read off names: owners named at the start, segments of a whole,
    phases of a development; each stated where its entity is first mentioned
    (``first``: entity key -> (doc_id, sentence))."""
    # owner names -> owners, in the order of the entities (the first one wins)
    owners: dict[str, list[str]] = {}
    # (a firm named as a track the corpus names, 富硒食品, no list holding it as a firm: a track read as a
    # firm in a list of trades, no owner of what its name opens)
    tracks = {n for e in c.ents.values() if e.cls == "IndustryTrack" for n in (e.name, *e.aliases)}
    for k, e in c.ents.items():
        if c.cls(k) & OWNERS and not (e.name in tracks and not c.lexicon.lookup(e.name, e.cls)):
            for a in sorted({e.name, *e.aliases}):
                if len(a) >= 2:
                    owners.setdefault(a, []).append(k)
    by_name = {}
    for k, e in c.ents.items():
        for n in {e.name, *e.aliases}:
            by_name.setdefault(n, k)
    seg = c.rules.get("part", {}).get("segment_chars", 0)
    phase = c.rules.get("located", {}).get("phase")
    phase_not_in = set(c.rules.get("located", {}).get("phase_not_in", ()))
    branches = tuple(c.rules.get("owner", {}).get("branch_ends", ()))
    registered = tuple(c.rules.get("owner", {}).get("registered_ends", ()))
    bare = tuple(load_rules().brand.get("owner_not_before", ()))
    lex = c.lexicon
    lexical = {k for ks in owners.values() for k in ks if lex.lookup(c.ents[k].name, c.ents[k].cls)} if bare else set()
    for k, e in c.ents.items():
        if k not in first:
            continue
        doc_id, sentence = first[k]
        if phase and e.cls in ("Project", "Platform", "CommercialDistrict"):
            mt = rx(phase).match(e.name)
            base = by_name.get(mt.group("base")) if mt else None
            # (not when the base is a name of its own: the first phase is the base itself)
            if base and base != k and c.ents[base].cls in LOCATIONS and mt.group("base") not in e.aliases \
                    and not c.cls(base) & phase_not_in:
                c.add(k, "locatedIn", base, doc_id, sentence, "located-phase")
        # (a firm's branch is named as the firm's sites are: 星澜科技云溪分公司 -> 星澜科技)
        if e.cls in ("Project", "Platform") or (e.cls == "Enterprise" and branches and e.name.endswith(branches)):
            # the longest owner name the name starts with: 杭钢云 is 杭钢's; a
            # one-character tail needs an owner of two characters or more that is
            # a firm (not 浙江 in 浙江云)
            # (not words right before owner_not_before: 墨川轴承|产业园 is named after its industry)
            # (a branch named after a registered company, 星澜通信云溪有限公司青禾分公司, is that
            # company's: not the brand's its name opens with)
            shortest = max(_registered_end(e.name, registered, branches) if e.cls == "Enterprise" else 0, 2)
            owner = next((ok for n in range(len(e.name) - 1, shortest - 1, -1)
                          for ok in owners.get(e.name[:n], ()) if ok != k
                          and not (bare and e.name.startswith(bare, n) and ok not in lexical)), None)
            if owner:
                c.add(k, "ownedBy", owner, doc_id, sentence, "owner-name")
        if seg and e.cls in ("Place", "Platform", "CommercialDistrict"):
            for whole, part in segments(e.name, seg):
                parent = by_name.get(whole)
                if parent and parent != k and c.cls(parent) & {"Place", "Platform", "Project"}:
                    c.add(k, "partOf", parent, doc_id, sentence, "part-segment")
                    # the segment named after a place lies in it (大运河拱墅段 -> 拱墅)
                    where = by_name.get(part)
                    if where and where not in (k, parent) and c.ents[where].cls == "Place":
                        c.add(k, "locatedIn", where, doc_id, sentence, "located-segment")
                    break


def _registered_end(name: str, registered: tuple[str, ...], branches: tuple[str, ...]) -> int:
    """Where the registered company's name inside a branch's name ends (星澜通信云溪有限公司|青禾分公司),
    else 0.

    >>> _registered_end("星澜通信云溪有限公司青禾分公司", ("公司",), ("分公司",))
    10
    >>> _registered_end("星澜通信青禾分公司", ("公司",), ("分公司",))
    0
    """
    end = next((len(name) - len(b) for b in branches if name.endswith(b)), len(name))
    return max((name.rfind(r, 0, end) + len(r) for r in registered if name.rfind(r, 0, end) > 0), default=0)


def named_tracks(c: Collector, doc: Document, mentions: list[Mention]) -> None:
    """A platform named after its industry is in it: 青禾金融集聚区 in 金融, 星澜医药产业园
    in 医药 — when the document names that track (the longest one the name holds, not
    inside an owner's name at its start: 墨川医药生命科学产业园 is not read as 医药); not an
    incubator, a 科创中心 or a logistics park named so ([track] name_not_heads)."""
    keys = [m.key for m in mentions]
    tracks = {n: k for k in keys if k and c.ents[k].cls == "IndustryTrack"
              for n in {c.ents[k].name, *c.ents[k].aliases} if len(n) >= 2}
    owners = {a for k in set(keys) if k and c.cls(k) & OWNERS
              for a in {c.ents[k].name, *c.ents[k].aliases} if len(a) >= 2}
    tr = c.rules.get("track", {})
    # (a park the document names as one of a zone's parks, 青禾开发区下辖A园、B园两个园区, is named
    # there as a part: its name is no statement of its industry)
    by = set(tr.get("name_not_parts_by", ()))
    parts = {r.subject for r in c.out.values() if r.predicate == "partOf" and r.rule in by and r.doc_id == doc.doc_id}
    # (星澜新能源装备产业园: a track followed by the goods made for it names a narrower industry)
    goods = rx(tr.get("name_not_before", "$^"))
    # (星澜生物医药孵化器, 青禾物流园: a place serving the industry, [track] name_not_heads)
    serves = rx(tr.get("name_not_heads", "$^"))
    done = set()        # (a platform named again has the same name: its first mention states it)
    for m, k in zip(mentions, keys):
        if not k or k in done or c.ents[k].cls != "Platform" or m.role == "owner":
            continue
        done.add(k)
        name = c.ents[k].name
        if k in parts or serves.search(name):
            continue
        skip = max((len(a) for a in owners if name.startswith(a)), default=0)
        hits = [(n, t) for n, t in tracks.items() if n != name and n in name[skip:]]
        if hits:
            n, t = max(hits, key=lambda h: len(h[0]))
            if not goods.match(name, name.index(n, skip) + len(n)):
                c.add(k, "inTrack", t, doc.doc_id, m.sentence, "track-name")
                _own_track_wins(c, doc, mentions, k, t)


def _own_track_wins(c: Collector, doc: Document, mentions: list[Mention], park: str, own: str) -> None:
    """A park named after its track takes none of the main tracks a neighbouring clause counts without
    it (坚持T1、T2、T3三大主导产业不动摇，重点支持星澜新材料产业园建设: the city's tracks, not the
    park's; where the list holds the park's own, the near-clause rule keeps that one only; a list of
    segments, 锚定A、B等细分赛道, is the park's). The count is [track] name_not_main_list."""
    counted = rx(c.rules.get("track", {}).get("name_not_main_list", "$^"))
    near: dict[int, list] = {}
    for key, r in c.out.items():
        if r.doc_id == doc.doc_id and r.subject == park and r.predicate == "inTrack" and r.rule == "near-clause-track":
            near.setdefault(r.sentence, []).append((key, r.object))
    texts = {s.index: s.text for s in doc.sentences if s.index in near}
    for at, got in near.items():
        objects = {o for _, o in got}
        ends = [m.end for m in mentions if m.sentence == at and m.key in objects]
        if own in objects or not ends or not counted.match(texts.get(at, ""), max(ends)):
            continue
        for key, _ in got:
            del c.out[key]


def named_places(c: Collector, doc: Document, mentions: list[Mention], home: str | None = None) -> None:
    """A project named after the place it is built in lies there: 体育中心片区地下空间连通工程
    in 体育中心片区, 南头古城保护利用二期工程 in 南头古城; a park too, after a place (not a
    商圈, which names the consumption area, not the ground: 青禾街道冷链物流园 in 青禾街道) — when the document names that
    place (a Place or a commercial district, at least ``min_chars`` long: 杭州 in 杭州中心
    names a city, not where the thing stands; nor a province, a city or a river, whose
    name says whose or which the thing is: 青禾省智能纺织创新中心, 长江国家文化公园; for a
    park, nor a district, whose park it is, 云溪区数字经济产业园 — a county's park lies in it); and
    a phase of a facility named after a park the document names lies in the park (青禾产业园
    标准厂房三期 in 青禾产业园; [located.name_prefix] facility_phase)."""
    rule = c.rules.get("located", {}).get("name_prefix", {})
    shortest = rule.get("min_chars", 3)
    not_ends = tuple(rule.get("not_ends", ()))
    # (a park named after a district is the district's park, not placed in it by its name:
    # 云溪区数字经济产业园; one named after a town or street lies there)
    park_not = tuple(rule.get("park_not_ends", ()))
    areas = tuple(c.rules.get("home", {}).get("not_district_ends", ()))
    places = {n: m.key for m in mentions if m.key and c.ents[m.key].cls in ("Place", "CommercialDistrict")
              and not c.ents[m.key].name.endswith(not_ends)
              for n in {c.ents[m.key].name, m.surface} if len(n) >= shortest}
    phase = rx(c.rules.get("located", {}).get("phase", "$^"))
    # (not the home: what is named after the zone the document speaks for is the district rules')
    parks = {n: m.key for m in mentions if m.key and m.key != home and c.ents[m.key].cls == "Platform"
             and m.role != "owner" for n in {c.ents[m.key].name, m.surface} if len(n) >= shortest
             } if rule.get("facility_phase") else {}
    seen = set()
    for m in mentions:
        if not m.key or m.key in seen or m.role == "owner" or c.ents[m.key].cls not in ("Project", "Platform"):
            continue
        staged = phase.match(c.ents[m.key].name)
        if staged and c.ents[m.key].cls == "Project":
            # (青禾产业园标准厂房三期: a phase of what the park builds, which lies in the park; not the
            # park's own phase, 青禾产业园二期, a stage of building it)
            base = staged.group("base")
            hosts = [n for n in parks if base.startswith(n) and len(base) - len(n) >= 2 and parks[n] != m.key]
            if hosts:
                seen.add(m.key)
                c.add(m.key, "locatedIn", parks[max(hosts, key=len)], doc.doc_id, m.sentence, "located-name")
                continue
        if staged:
            continue  # a phase of what it extends (武林路二期): corpus() reads those
        seen.add(m.key)
        name = c.ents[m.key].name
        park = c.ents[m.key].cls == "Platform"
        bases = [n for n in places if name.startswith(n) and len(name) - len(n) >= 2
                 and (not park or c.ents[places[n]].cls == "Place")
                 and not (park and c.ents[places[n]].name.endswith(park_not)
                          and not c.ents[places[n]].name.endswith(areas))]
        if bases:
            base = max(bases, key=len)
            c.add(m.key, "locatedIn", places[base], doc.doc_id, m.sentence, "located-name")
            for n in _coordinated(name, base, places, tuple(rule.get("joiners", ()))):
                c.add(m.key, "locatedIn", places[n], doc.doc_id, m.sentence, "located-name")


def _coordinated(name: str, base: str, places: dict, joiners: tuple[str, ...]) -> list[str]:
    """The places a joiner puts after the place ``base`` opening ``name`` (云溪镇、|墨川乡二期
    碳汇项目, 云溪镇和|墨川镇…项目: [located.name_prefix] joiners): the thing lies in each too."""
    out, at = [], len(base)
    while (j := next((j for j in joiners if name.startswith(j, at)), None)) is not None:
        n = max((n for n in places if name.startswith(n, at + len(j)) and len(name) - at - len(j) - len(n) >= 2),
                key=len, default=None)
        if n is None:
            break
        out.append(n)
        at += len(j) + len(n)
    return out


def home_parts(c: Collector, doc: Document, mentions: list[Mention], home: str | None,
               home_names: list[str]) -> None:
    """An area named after the home it lies in is a part of it: 经开区路东区 and
    光谷左岭片区 in the zone a document speaks for (``home_names``: its names and
    the words that stand for it, but a name of another place the document names, a city
    the zone is named after); a place so named that is no area unit (青禾村遗址,
    青禾公园: [part] adjacent_units) lies in it (``located-home-name``), unless a road, station or
    port named for the city ([located] home_name_not_ends: 青禾大道, 青禾北站)."""
    if not home:
        return
    # (not a name of another place the document names: 星澜 for 星澜高新区 is also the city
    # 星澜市, and 星澜片区 may be the city's or another zone's)
    others = {n for m in mentions if m.key and m.key != home and c.ents[m.key].cls == "Place"
              for n in (c.ents[m.key].name, *c.ents[m.key].aliases)}
    home_names = [n for n in home_names if n not in others]
    units = tuple(c.rules.get("part", {}).get("adjacent_units", ()))
    ways = tuple(c.rules.get("located", {}).get("home_name_not_ends", ()))
    seen = set()
    for m in mentions:
        if not m.key or m.key == home or m.key in seen or m.role == "owner" or c.ents[m.key].cls != "Place":
            continue
        seen.add(m.key)
        name = c.ents[m.key].name
        for surface in (name, m.surface):
            if any(surface.startswith(n) and len(surface) - len(n) >= 2 for n in home_names if len(n) >= 2):
                if name.endswith(units) or not units:
                    c.add(m.key, "partOf", home, doc.doc_id, m.sentence, "part-name")
                elif not name.endswith(ways):
                    c.add(m.key, "locatedIn", home, doc.doc_id, m.sentence, "located-home-name")
                break
