"""locatedIn: where the text says a thing is, lands or is built; and the
district rule: what the district a document speaks for lands, builds or
opens is in that district (where a paragraph's or sentence's acts take place:
kg/relate/settings.py)."""
from __future__ import annotations

import re

from ..rules import load_rules
from .actors import acting_projects, acting_topics, chain_topics, partners_of
from .base import (CLAUSE, LOCATED_SUBJECTS, LOCATIONS, Collector, Item, alternation, clause_spans,
                   finditer, found_before, lists, rx)
from .home import above_counties
from .park_words import moves_into_park
from .settings import acts_count


# what the district rule places (a place only under a heading naming an area)
ACTING = {"Enterprise", "Project", "Platform", "Institution", "CommercialDistrict"}


def located(c: Collector, doc, s, ms: list[Item], district: str | None, area: str | None = None,
            site: str | None = None, lead: bool = False, topic_area: str | None = None,
            act_rule: str = "district-act") -> None:
    """``district``: where the sentence's acts land (the home, or the place the sentence or its
    paragraph is set in: ``act_rule`` setting-act)."""
    text = s.text
    ents = [x for x in ms if x.m.role != "owner"]
    after = c.rules.get("located", {}).get("after_verbs", ())
    predicate = c.rules.get("located", {}).get("after_not_predicate", "$^")
    run_of = None       # (made for a 的 between two things only: few sentences have one)
    landmark = c.rules.get("located", {}).get("landmark_between", "$^")
    of = rx(c.rules.get("located", {}).get("of_between", "的"))
    passing = c.rules.get("located", {}).get("passing_before", "$^")
    adjacent = rx(c.rules.get("located", {}).get("adjacent_between", ""))
    for a, b in zip(ents, ents[1:]):
        between = text[a.m.end:b.m.start]
        # (云溪区星澜路历史文化街区: a commercial street right after its district too)
        # (柯桥古镇“夜柯桥”市集: a quote opening the name is no gap, [located] adjacent_between)
        if adjacent.fullmatch(between) and a.cls in LOCATIONS \
                and b.cls in {"Place", "Institution", "Project", "CommercialDistrict"}:
            if a.cls == "Place" and b.cls == "Place":
                continue  # handled as partOf
            c.add(b.key, "locatedIn", a.key, doc.doc_id, s.index, "located-adjacent")
        elif a.cls in LOCATIONS and b.cls in LOCATED_SUBJECTS and rx(landmark).fullmatch(between):
            # 青禾运河南端标志星澜桥: the landmark at one end of a place lies in it
            c.add(b.key, "locatedIn", a.key, doc.doc_id, s.index, "located-landmark")
        elif between and between[-1] == "的" and a.cls in LOCATIONS \
                and b.cls in {"Project", "Platform", "Institution", "CommercialDistrict"} and of.fullmatch(between) \
                and not found_before(passing, text, a.m.start):     # (毗邻青禾片区东部的X: beside it)
            # 大城北的杭州中心、恒隆广场等项目, 航空港区南部的X: every item of the list after 的
            if run_of is None:
                run_of = {id(x): r for r in lists(c, text, ms) for x in r}
            for x in run_of.get(id(b), [b]):
                if x.cls in {"Project", "Platform", "Institution", "CommercialDistrict"}:
                    c.add(x.key, "locatedIn", a.key, doc.doc_id, s.index, "located-of")
    for v in after:
        if v and v not in text:
            continue        # (most sentences have none of these verbs)
        for mt in re.finditer(re.escape(v), text):
            # (not a place named in what the clause's subject is: 星澜商圈是云溪最热闹的商圈，
            # 集聚了A: A is the 商圈's, not 云溪's)
            loc = [x for x in ents if x.m.end <= mt.start() and x.cls in LOCATIONS
                   and not CLAUSE.search(text[x.m.end:mt.start()].rstrip("，,"))
                   and not found_before(predicate, text, x.m.start)]
            if not loc:
                continue
            clause_end = next((mc.start() for mc in CLAUSE.finditer(text, mt.end())), len(text))
            for x in ents:
                if mt.end() <= x.m.start < clause_end and x.cls in LOCATED_SUBJECTS:
                    c.add(x.key, "locatedIn", loc[-1].key, doc.doc_id, s.index, "located-after")
    if district is None or not any(x.cls in ACTING or (area and x.cls == "Place") for x in ents):
        return  # (most sentences: nothing below could be placed)
    dist = c.rules.get("district", {})
    # acts are looked for outside names (武林金融集聚区 does not 集聚 anything)
    masked = blank(text, [(x.m.start, x.m.end) for x in ms] + _title_spans(c, text))
    act_re = alternation(tuple(dist.get("acts", ())))
    # progress words that place only a project (武田制药项目加快推进), not a firm that
    # speeds up its own work (…等制造业企业加快推进数字化改造)
    proj_re = rx("|".join(dist.get("project_acts", ())) or "$^")
    acted, proj_acted = set(), set()
    carried = rx(dist.get("carried_clause", "$^"))
    # 争取引进A、B: what the district strives for has not landed
    wish = rx(dist.get("wish_before", "$^"))
    # 入驻: what moves in moves into a park, a building or a mall the sentence or the one before names
    # (X园…已有A、B等企业签约入驻), not into the district at large: a clause acting by these alone
    # places things in its topic or setting, not in the home
    not_home = frozenset(dist.get("not_home_acts", ()))
    moved = set()
    park_home = act_rule == "district-act" and moves_into_park(c, doc, s, district)
    previous = None
    for cs, ce in clause_spans(text):
        act = act_re.search(masked, cs, ce)
        if act and wish.search(masked, cs, act.start()):
            previous = None
            continue
        if act or (previous in acted and carried.match(masked, cs)):
            acted.add((cs, ce))     # (…引进了A、B等企业，以及C等供应商: the act carries on)
            if (act is None and previous in moved) or (act is not None and not_home and all(
                    a.group() in not_home for a in act_re.finditer(masked, cs, ce))):
                moved.add((cs, ce))
        elif proj_re.search(masked, cs, ce):
            proj_acted.add((cs, ce))
        previous = (cs, ce)
    if lead:    # 签约项目中，…。A项目总投资80亿元…: the paragraph's act places its projects
        proj_acted |= set(clause_spans(text)) - acted
    counted = acts_count(c, text)
    if counted is not None:     # 还将现场签约8个项目，…，其中包括A、B: the counted projects
        cuts = clause_spans(text)
        proj_acted |= {(cs, ce) for cs, ce in cuts if cs >= counted and carried.match(masked, cs)}
        # (…项目54个，其中：A、B等: the carried word alone before a colon carries the list after it)
        proj_acted |= {cuts[i + 1] for i, (cs, ce) in enumerate(cuts[:-1])
                       if cs >= counted and carried.fullmatch(masked[cs:ce].strip()) and text[ce:ce + 1] in "：:"}
    groups_acted: dict[str, bool] = {}
    groups_home: set[str] = set()   # (the groups acted in a clause that lands in the home)
    both = acted | proj_acted
    for x in ents:
        for cs, ce in both:
            if cs <= x.m.start < ce and x.m.group:
                groups_acted[x.m.group] = groups_acted.get(x.m.group, False) or (cs, ce) in acted
                if (cs, ce) in proj_acted or (cs, ce) not in moved:
                    groups_home.add(x.m.group)
    modifier = rx(dist.get("modifier_of_next", "$^"))
    container = rx(dist.get("container_after", "$^"))
    passing = c.rules.get("located", {}).get("passing_before", "$^")
    # 本土企业A、B, A、B等本地企业: firms the text calls the district's own
    local = dist.get("local_before", "$^")
    local_after = rx(dist.get("local_after", "$^"))
    runs = lists(c, text, ms)
    for r in runs:
        if found_before(local, text, r[0].m.start) or local_after.match(text, r[-1].m.end):
            for x in r:
                if x.cls in ("Enterprise", "Institution"):
                    c.add(x.key, "locatedIn", district, doc.doc_id, s.index,
                          "district-local" if act_rule == "district-act" else act_rule)
    where = dist.get("location_before", "$^")
    actor, builder = rx(dist.get("actor_after", "$^")), rx(dist.get("builder_after", "$^"))
    # the bodies named before an actor's or a builder's words, with the others of their list
    # (支持A、B在新区建设…; A、B等企业建成生产线)
    actors: set[int] = set()
    for r in runs:
        whole = actor.match(text, r[-1].m.end) or builder.match(text, r[-1].m.end)  # (once a list)
        actors |= {id(x) for x in r if whole or actor.match(text, x.m.end) or builder.match(text, x.m.end)}
    # 青禾区与A签署…协议; X联合A、B设立…: partners of a joint act, not what lands
    partners = partners_of(text, ents, runs, dist.get("partner_before", "$^"), rx(dist.get("partner_act_after", "$^")))
    # the things listed right after 依托 (依托A、B打造…): the base of the act, not its object
    support = dist.get("support_before", "$^")
    supports = {id(x) for r in runs if found_before(support, text, r[0].m.start) for x in r}
    # the firms and bodies listed right after 支持 (支持A、B引进首店): backed in what they do, not landed
    backed = dist.get("backed_before", "$^")
    supports |= {id(x) for r in runs if found_before(backed, text, r[0].m.start)
                 for x in r if x.cls in ("Enterprise", "Institution")}
    # the things of a list followed by 在此 (A、B在此集聚): they act where "here" points
    here = rx(dist.get("here_after", "$^"))
    elsewhere = {id(x) for r in runs if here.match(text, r[-1].m.end) for x in r}
    placed_by = rx(dist.get("topic_modifier", "$^"))     # (片区内的X引进了A: X opens the clause)
    topics = acting_topics(text, ents, district, rx(dist.get("topic_acts", "$^")), placed_by)
    chained = chain_topics(text, ents, district, rx(dist.get("chain_topic_acts", "$^")),
                            rx(dist.get("chain_topic_open", "$^")), placed_by)
    if chained:
        topics = sorted({id(t): t for t in topics + chained}.values(), key=lambda t: t.m.start)
    # (not 建设 or 开工: 青禾科技城建设全面提速 is built, it does not act)
    hosts = acting_topics(text, ents, district, rx(dist.get("host_acts", "$^")), placed_by)
    tenants_of = acting_projects(text, ents, rx(dist.get("topic_acts", "$^")))
    # 华润置地计划引入品牌200余个，其中A、B将开设首店: what a firm brings in is the firm's
    # doing (into its mall), not the district's
    intro = rx(dist.get("introducer_after", "$^"))
    introducers = [x for x in ents if x.cls == "Enterprise" and intro.match(text, x.m.end)]
    # 青禾万达广场引进A、B等品牌门店: the mall that takes them in acts, the district lands nothing
    takers = {id(x) for x in acting_projects(text, ents, intro)}
    zone_home = c.ents[district].cls == "Platform"
    park_host = rx(dist.get("park_host_after", "$^"))
    # the owners a frame names, by every name the sentence gives them (…有限公司（以下简称“甲”）
    # 投资建设的X: 甲 too), and what a declared short form names
    builders = {x.key for x in ms if (doc.doc_id, s.index, x.m.start) in c.frame_owners}
    declared = _aside_spans(text)
    actor_before = dist.get("actor_before", "$^")
    own_body = rx(dist.get("own_body", "$^"))
    name_goes_on = rx(dist.get("owner_name_goes_on", "$^"))
    # (a city over counties lands nothing of its own: its document says where each thing lands)
    lands = act_rule != "district-act" or not above_counties(c.lexicon, c.ents[district], dist.get("no_act_levels", ()))
    for i, x in enumerate(ents):
        if x.cls not in ACTING:
            continue
        if x.key in builders or any(a <= x.m.start < b for a, b in declared):
            continue  # 引进中国奥委会控股企业一华体电竞, 由X负责建设: the owner is not introduced
        if x.cls in ("Enterprise", "Institution") and found_before(actor_before, text, x.m.start):
            continue  # 由厦门大学牵头建设的…: who builds or runs, not what lands
        if x.cls == "Institution" and (own_body.match(c.ents[x.key].name) or _home_office(c, x.key, district)):
            continue  # 请区自然资源局办理用地手续: the district's own office, named by its level or name
        if found_before(where, text, x.m.start):
            continue  # 签约落户滨海高新区, 在南山科技园集聚: where things land, not what lands
        if id(x) in supports:
            continue  # 依托A商圈、B商圈打造…: what the act rests on was there already
        if id(x) in elsewhere:
            # A、B在此集聚: where "here" points, the park or place the sentence opened on (青禾科技城
            # 获评…，A、B等机构在此落户), or one a sentence before named (not followed here): not the home
            there = next((y for y in ents if y.m.end <= x.m.start and y.key != district
                          and y.cls in ("Platform", "Place", "CommercialDistrict")), None)
            if there is not None:
                c.add(x.key, "locatedIn", there.key, doc.doc_id, s.index, "located-here")
            continue
        if any(t is x for t in hosts):
            continue  # 青禾产业园集聚企业200余家: the park that gathers is the actor, not what lands
        if zone_home and x.cls == "Platform" and park_host.match(text, x.m.end):
            # a park of the zone a document speaks for that hosts firms (X新增入驻企业12家) is a
            # part of it, not landed in it; one the zone builds or starts lies in it
            continue
        if x.cls in ("Enterprise", "Institution") and (id(x) in actors or id(x) in partners):
            continue  # 天津中环半导体…与滨海新区签约建设…: the builder, not what is built
        goes_on = name_goes_on.match(text, x.m.end) if x.cls in ("Enterprise", "Institution") else None
        if goes_on and not act_re.search(masked, x.m.end, goes_on.end()):
            continue  # 星澜科技储能电池项目开工: the firm opens the name of what lands, its owner
        if found_before(passing, text, x.m.start):
            continue  # 打造联通城西科创大走廊的增长极: what is connected to is not built
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt and modifier.match(text[x.m.end:nxt.m.start]):
            continue  # 中芯国际背景的芯空项目: a modifier of the thing that lands
        if x.cls in LOCATIONS and container.match(text, x.m.end):
            continue  # 青禾物流园区内的冷链中心建成: the holder of the thing that lands
        spans = [sp for sp in acted if sp[0] <= x.m.start < sp[1]]
        pspans = [sp for sp in proj_acted if sp[0] <= x.m.start < sp[1]]
        g = groups_acted.get(x.m.group) if x.m.group else None
        if spans or g is True or ((pspans or g is False) and x.cls in ("Project", "Platform")):
            if x.cls == "Enterprise" and any(t.m.start < x.m.start for t in tenants_of + introducers):
                continue  # 青禾购物中心引进了A、B等品牌: a mall's tenants, not the district's
            topic = next((t for t in reversed(topics) if t.m.start < x.m.start), None)
            if topic is None and topic_area and topic_area != x.key and x.cls != "CommercialDistrict":
                # (青禾商圈是…。…X在万达广场开业: the paragraph's 商圈; ——青禾未来城。…已建成X: the park
                # its heading names)
                topic = next((t for t in ms if t.key == topic_area), None) \
                    or Item(x.m, topic_area, c.ents[topic_area].cls)
            if topic is not None and any(any(y is topic for y in run) and any(y is x for y in run)
                                         for run in lists(c, text, ms)):
                topic = None    # A商圈、B商圈改造提升完成: listed with the thing, the topic acts beside it
            if topic and topic.key != x.key:
                # 天河路商圈正在推进…，重点建设天河路步行街: the place the sentence opens on acts
                c.add(x.key, "locatedIn", topic.key, doc.doc_id, s.index, "topic-act")
                continue
            if id(x) in takers:
                continue    # (the mall that takes tenants in is not what the district lands)
            # (a park's own story: what moves in, into its 园区 or an unnamed part of it, moves into the park)
            home_act = act_rule != "district-act" or any(sp not in moved for sp in spans) or park_home \
                or (g is not None and x.m.group in groups_home) or (pspans and x.cls in ("Project", "Platform"))
            if lands and home_act:
                c.add(x.key, "locatedIn", district, doc.doc_id, s.index, act_rule)
            if area:
                c.add(x.key, "locatedIn", area, doc.doc_id, s.index, "paragraph-area")
            # 今后这里将…建成X: "here" is where the sentence before put its subject
            if site and rx(dist.get("deictic", "$^")).match(text):
                c.add(x.key, "locatedIn", site, doc.doc_id, s.index, "located-here")
    # under a heading naming an area, the places the paragraph builds or develops
    # (实施A路、B路等道路建设; 毛竹山开发建设) lie in it; not a place that only
    # qualifies a name (打造320国道沿线…示范区)
    if area:
        object_of = rx(dist.get("place_object_after", "$^"))
        for x in ents:
            if x.cls == "Place" and x.key not in (area, district) \
                    and any(sp[0] <= x.m.start < sp[1] for sp in acted) and object_of.match(masked, x.m.end):
                c.add(x.key, "locatedIn", area, doc.doc_id, s.index, "paragraph-area")


def _title_spans(c: Collector, text: str) -> list[tuple[int, int]]:
    """The titles a clause says a thing won (X获评国家级夜间文化和旅游消费集聚区): to the clause's
    end; an act word in a title (集聚区, 示范基地) is no act of the district's."""
    out = []
    for mt in finditer(c.rules.get("district", {}).get("title_before", "$^"), text):
        end = CLAUSE.search(text, mt.end())
        out.append((mt.end(), end.start() if end else len(text)))
    return out


def _aside_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the declared short forms of a sentence (（以下简称“甲”）): a name in
    one declares what the name before it is called, it does not land or act."""
    return [mt.span() for a in load_rules().alias_asides for mt in finditer(a, text)]


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every character of ``spans`` replaced by ＿, a stretch at a time
    (not a list of the sentence's characters: this is done in every sentence)."""
    out, pos = [], 0
    for a, b in sorted(spans):
        if a < 0 or b > len(text):
            return plain_blank(text, spans)
        if b <= pos or a >= b:
            continue
        a = max(a, pos)
        out += (text[pos:a], "＿" * (b - a))
        pos = b
    out.append(text[pos:])
    return "".join(out)


def plain_blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`blank`, a character at a time."""
    masked = list(text)
    for a, b in spans:
        masked[a:b] = "＿" * (b - a)
    return "".join(masked)


def _home_office(c: Collector, key: str, home: str) -> bool:
    """True when the body ``key`` is named by the home's name (or another of its names) and one of
    [district] home_office_ends alone (星澜经开区管委会 of 星澜经济技术开发区): the office that runs it."""
    name, ent = c.ents[key].name, c.ents[home]
    ends = tuple(c.rules.get("district", {}).get("home_office_ends", ()))
    return any(name.startswith(n) and name[len(n):] in ends for n in {ent.name, *ent.aliases} if n)
