"""The sentence-by-sentence pass over one document: the rules that read a sentence in the light of
what its paragraph, its section and the document said before it.

``document`` walks the sentences in order, keeping what the rules need to remember (the track a
section heading names, the paragraph's opening item, the stage label a sentence opens on, the places
and projects named so far) and calls each sentence rule with it; the rules that read the document
as a whole run after (kg.relate.relate_document).

    二、关于壮大新材料产业            (a section heading of its own: 新材料 governs)
    星澜材料、墨川科技等企业落户青禾区。 -> 星澜材料 inTrack 新材料, 墨川科技 inTrack 新材料

See tests/test_relate.py for worked examples.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from ..model import Document, Mention
from .addresses import AddressCard
from .base import Collector, Item, lists, rx
from .chainstages import chain_stages, legend_segments
from .city_counties import city_counties
from .city_home import city_home
from .county_headings import CountyHeading
from .crossings import crossing_roads
from .entries import Entries
from .field_records import FieldRecord
from .field_tracks import field_tracks
from .fields import ItemFields
from .home import HomeRules, document_head, find_home, home_word_list, home_words, kind_words
from .infobox import infobox_relations
from .land_bidders import land_bidders
from .located import located
from .members import respective_owners, respective_places
from .names import home_parts
from .openings import opening_settings
from .own_words import own_words
from .owners import owners, owners_not_landed
from .parks import park_focus_segments, park_segments
from .parts import LayoutItems, parts
from .patterns import HOME_ROLE, Context, home_items, pattern_relations, remember
from .platform_twins import platform_twins
from .settings import (acts_count, acts_lead, find_site, heading_area, lists_on, numbered_item, paragraph_district,
                       sentence_setting, setting)
from .stages import chain_named, chain_segment, heading_lists, title_chain, heading_segment, opens_on_stage, stage_label
from .tables import table_marks, table_relations
from .tenders import tender_owners
from .topics import answers, asked_tracks, asks, counted_track, section_level, section_track, field_head, head_track, heading_of, lead_track, item_heading, item_tracks, joint_tracks, kind_named, recap_track, short_forms, widen
from .tracks import tracks
from .zonenames import zone_named_parts, zone_names, zone_words


def document(c: Collector, doc: Document, mentions: list[Mention]) -> str | None:
    """The relations of one document; returns the key of its home (district or zone)."""
    by_sent: dict[int, list[Item]] = defaultdict(list)
    # (星澜片区 read as a place where the document names it as a platform: the platform)
    tr = c.rules.get("track", {})
    for m in platform_twins(mentions, tuple(tr.get("platform_twin_rules", ())), {s.index: s.text for s in doc.sentences},
                            tr.get("platform_twin_opens", "$^")):
        k = m.key
        if k:
            by_sent[m.sentence].append(Item(m, k, c.ents[k].cls))
    table_marks(c, doc.doc_id, doc.sentences, by_sent)   # (a table's owner cells: builders; its field cells: its rows' tracks alone)
    home_rules = HomeRules.of(c.rules["home"])
    district = find_home(home_rules, c.ents, mentions, document_head(doc))
    district = city_home(c, home_rules, mentions, district, doc.text, document_head(doc))   # (我市…: the city)
    # the places the document names, longest first (a heading may name one the
    # recogniser missed there: 做强大城北核心功能)
    places = sorted({(m.surface, m.key) for m in mentions
                     if m.key and c.ents[m.key].cls == "Place" and len(m.surface) >= 3},
                    key=lambda p: -len(p[0]))
    # the tracks the document names, by surface (a question may name one out of context)
    doc_tracks = {w: m.key for m in mentions if m.key and c.ents[m.key].cls == "IndustryTrack" and m.role != "owner"
                  for w in (m.surface, c.ents[m.key].name, *c.ents[m.key].aliases) if len(w) >= 2}
    section: str | None = None       # the track the last section heading names (二、关于壮大T产业)
    level: int | None = None         # ... and that heading's level (一、 0, （一） 1)
    sizes = Counter(s.paragraph for s in doc.sentences)
    alone = {p for p, n in sizes.items() if n == 1}      # the paragraphs of one sentence
    governing: str | None = None     # the track a paragraph opens on
    field: str | None = None         # the field a run of sentences joined by semicolons speaks of
    heading: str | None = None       # the track a paragraph's heading names
    kind: str | None = None          # the track the last sentence names as the kind of its things
    platform: str | None = None
    recent: str | None = None        # the last track named in the paragraph
    area: str | None = None          # the area a paragraph's heading names
    site: str | None = None          # where the paragraph's last "…位于Y" puts something
    lead = counting = spill = False
    para = -1
    chain: str | None = None         # the track whose chain the document reports on
    titled: str | None = None        # ... when its title names it alone, throughout
    points: str | None = None        # the track of the things a sentence counts before its points (一是…)
    asked: set[str] | None = None    # the tracks of the question this paragraph is (问：…), else None
    named: list[str] = []            # the projects and parks the paragraph has named
    seen: list[str] = []             # the tracks the document has named so far
    ctx = Context(district)
    item: str | None = None          # the one thing an item's heading of its own names (（一）A项目。)
    described: str | None = None     # the thing the paragraph's opening item heading names (its tracks)
    opening = False                  # whether the sentence opens its paragraph
    reset = rx(c.rules.get("track", {}).get("topic_reset", "$^"))
    close = rx(c.rules.get("track", {}).get("points_close", "$^"))
    pointed = False                  # whether the paragraph has come to its points (二是…)
    semicolon = rx(c.rules.get("track", {}).get("semicolon_end", "$^"))
    share = rx(c.rules.get("track", {}).get("share_clause", "$^"))
    cause = rx(c.rules.get("track", {}).get("cause_after", "$^"))
    cause_before = tuple(c.rules.get("track", {}).get("cause_before", ()))
    word_list = home_word_list(home_rules, c.ents[district]) if district else None
    zones = zone_words(c, mentions, home_rules), zone_names(c, mentions, home_rules)  # its zones' words, names
    units = tuple(c.rules.get("part", {}).get("adjacent_units", ()))
    listing = ItemFields()           # a list of projects set out a field a line (●X / 地点：Y)
    record = FieldRecord()           # a record whose fields name its holders and project (发榜单位：A / 实施项目：P)
    card = AddressCard()             # a body's name and, a few lines on, its address (地址：…路88号)
    layout_items = LayoutItems()     # the parks a zone's layout announces, one an item (（一）A。)
    county_heading = CountyHeading()  # the county a paragraph's item heading names (its towns)
    entries = Entries()              # a directory's entry: a line of its name, then lines of no subject
    for s in doc.sentences:
        ms = sorted(by_sent.get(s.index, []), key=lambda x: x.m.start)
        # (受T市场下行影响，…A等企业开工不足: a trade named as a cause is the sentence's track of nothing)
        ms = [x for x in ms if not (x.cls == "IndustryTrack" and cause.match(s.text, x.m.end)
                                    and cause_before and s.text.endswith(cause_before, 0, x.m.start))]
        first = s.paragraph != para
        if s.paragraph != para:
            ctx.recent = {}
            ctx.heading, item = item, None      # (a heading that is a paragraph of its own)
            acting = district                   # the district the paragraph's acts are of
            mall_area = None                    # the 商圈 the paragraph opens on
            opening = True
            ctx.previous, ctx.named, ctx.sentences = ctx.named, [], []
            governing, recent, field, heading, kind, para = None, None, None, None, None, s.paragraph
            lone = None              # the last track the paragraph named alone in its sentence
            lead_of = None           # the track of the paragraph's short opening sentence (lead_track)
            joined: list[str] = []   # the tracks the paragraph's heading names joined (一是A和B产业。)
            stage = None             # the track of the paragraph's last stage label (零部件方面，…T…)
            platform = None          # the last platform named in the paragraph
            area = heading_area(c, s, ms, district, places)
            points = None
            pointed = False
            named = []
            site = None
            described = item_heading(c, s.text, ms)  # (（三）X项目。: the paragraph describes X)
            ctx.described = described
            lead = False             # whether the paragraph opened on its act (签约项目中，…)
            counting = spill         # whether the sentences list what one before counted an act took
            # (…项目86个。其中：⏎ 新开工项目：A、B等34个；⏎ 竣工项目：C等: a count ending on a colon lists
            # its things in the paragraphs after it, while each goes on listing them)
            # 问：T产业有哪些龙头企业？ / 答：A、B…: the answer speaks of the question's one track
            governing = next(iter(asked)) if asked and len(asked) == 1 and answers(c, s.text) else section
            asked = set() if asks(c, s.text) else None
        if asked is not None:
            asked |= asked_tracks(c, s.text, ms, doc_tracks)
        # 二、关于壮大T产业 (a paragraph of its own): T governs the heading and the paragraphs up to the next
        heads_section = section_track(c, s.text, ms, doc_tracks, level) if s.paragraph in alone else False
        if heads_section is not False:
            governing, section = heads_section if heads_section and governing == section else governing, heads_section
            level = section_level(c, s.text) if heads_section else None
        # 星澜精密机械有限公司 / 青禾集团全资子公司，…: a directory's entry; the section's track is the entry's
        ctx.entry = entries.read(c, s.text, ms, opening, s.paragraph in alone, district, listing.item)
        entries.section_track(c, doc.doc_id, s.index, section)
        # (●X / 建设内容：…，服务于T产业: a card's field line speaks of its item as an entry's of it)
        ctx.entry = ctx.entry or entries.card_item(c, s.text, opening, s.paragraph, listing.item)
        if (entries.new or ctx.entry) and not entries.inline and governing == section:
            governing = None
        if reset.match(s.text) or (pointed and close.match(s.text)):
            governing = heading = None  # 二是…: the next point of a list has a topic of its own
            governing = points                   # ... unless a sentence counted the points' things in a track
            pointed = True                       # (下一步，… after the points has one too)
        ctx.outer = governing        # (the paragraph's track, should the head be a segment)
        head, topic = head_track(c, s.text, ms)
        # 材料方面，A…: a short label stands for the track named before that ends on it
        label = None if head else stage_label(c, s.text, ms, seen)
        head = head or label
        # 零部件方面，新区已集聚T企业…。A、B等企业…: a stage label's track is that of the
        # paragraph's sentences up to the next label; the paragraph's own track stays
        staged = opens_on_stage(c, s.text, ms)
        if staged:
            stage = head
        heading = heading_of(c, s.text, ms, head, topic) or heading
        heading_segment(c, doc.doc_id, s.index, s.text, ms, head, heading)
        if heading is None:
            chain_segment(c, doc.doc_id, s.index, s.text, ms, head, titled, doc_tracks)
        if head and head != governing:
            # (a sentence naming the paragraph's own track again leaves it governing:
            # 核心零部件。…近年来，核心零部件配套率提升。A…)
            governing = governing if staged else head if topic else None
        # 星空材料和墨川装备领域，A…: the things are in each field; a heading of the two governs its paragraph
        joint, heads_joint = joint_tracks(c, s.text, ms, head)
        if heads_joint:
            governing, joined = head, joint
        if counted_track(c, s.text, ms, head):
            # 我们在T领域签约了三个项目。一是A…；二是B…: the points are the counted things of T
            governing = points = head
        owners(c, doc, s, ms)
        things = [x for x in ms if x.m.role != "owner"]
        if district:
            words = home_words(home_rules, c.ents[district], s.text, [(x.m.start, x.m.end) for x in things],
                               word_list)
            homes = home_items(district, words, doc.doc_id, s.index, s.text)
            things = sorted(things + homes, key=lambda x: x.m.start) if homes else things
        things = own_words(c, doc, mentions, s, things)     # (集团, 公司: a firm's own report; own_words.py)
        if head:
            field = None             # (a sentence naming its own track leaves the run's field)
        elif kind and not governing and share.match(s.text):
            field = kind             # …T重点项目20个。其中，A、B…；C…: members of the kind
        ctx.track = head or stage or governing or field
        ctx.sentence = (doc.doc_id, s.index)
        made = len(c.out)
        ctx.nested = [x for x in ms if x.m.role == "owner"]    # (X公司Y项目…，该公司由Z控股: X, @first-headed)
        pattern_relations(c, doc.doc_id, s.index, s.text, things, ctx)
        remember(ctx, c, things, ms)
        since = len(c.out)
        # (a report on the chain its title names alone: that chain, not the paragraph's last
        # track, is the whole of segments listed with none named: 目前，A、B、C三个细分领域…;
        # a section's field is its numbered item's, not what the item's description names after it)
        lent = None if described and not first and governing == section else governing
        legend_segments(c, doc.doc_id, s.index, s.text, ms, chain)   # (before tracks: the nodes' wholes stand)
        tracks(c, doc, s, short_forms(c, ms, None if head else governing), head, topic,
               None if head else stage or lent or field, titled or recent, district, ctx.outer, lead_of,
               titled or lone)
        if joint or (joined and governing == joined[0]):
            widen(c, since, joint or joined, doc.doc_id, s.index, ms)
        if described:
            item_tracks(c, described, doc.doc_id, s.index, ms)
        heading_lists(c, doc.doc_id, s.index, s.text, ms, heading)
        park_segments(c, doc.doc_id, s.index, s.text, ms, platform, doc_tracks)
        park_focus_segments(c, doc.doc_id, s.index, s.text, ms, made)
        # 在T领域，A…；B…；C…。: T is the field of B and C too, not of the next full sentence
        field = (field_head(c, s.text, ms) or label or field) if semicolon.search(s.text) else None
        kind = kind_named(c, s.text, ms)
        chain_stages(c, doc.doc_id, s.index, s.text, ms, chain)
        recap = recap_track(c, s.text, ms, named)
        for k in named if recap else ():
            c.add(k, "inTrack", recap, doc.doc_id, s.index, "recap-track")
        named += [x.key for x in ms if x.cls in ("Project", "Platform") and x.m.role != "owner"
                  and x.key != district and x.key not in named]
        titled = titled or (title_chain(c, s.text, ms) if s.index == 0 else None)
        chain = titled or chain_named(c, s.text, ms, chain)
        lead = lead or acts_lead(c, s.text)
        counting = counting and lists_on(c, s.text, ms)     # (…项目54个。其中，A…；B…: still listing them)
        spill = spill and counting
        # (a city's report on its counties, no home found: each paragraph's county still acts)
        acting = setting(c, s.text, ms, home_rules, district) or acting
        if district:
            # (（一）青禾夜市。 heading the paragraph: what the paragraph builds lies in that 商圈 or street)
            headed = ctx.heading if ctx.heading and c.ents[ctx.heading].cls == "CommercialDistrict" else None
            mall_area = paragraph_district(c, s.text, ms, opening) or mall_area or headed
        here = sentence_setting(c, s.text, ms) if district else None
        # ——青禾未来城。/ 位于…，已建成X: the park an item's heading names is where the paragraph builds
        park = ctx.heading if ctx.heading and c.ents[ctx.heading].cls == "Platform" else None
        located(c, doc, s, ms, here or acting, area, site, lead or counting, mall_area or park,
                "district-act" if (here or acting) == district else "setting-act")
        homes = [(x.m.start, x.m.end) for x in things if x.m.role == HOME_ROLE]
        listing.read(c, doc.doc_id, s, ms, opening, district, homes)
        card.read(c, doc.doc_id, s, ms, opening, district, homes)
        entries.place(c, doc.doc_id, s, ms, ctx.entry, district, homes)
        field_tracks(c, doc.doc_id, s.index, s.text, ms, ctx.entry)   # (所属产业：A（B）)
        record.read(c, doc.doc_id, s, ms, opening, listing.item)    # (发榜单位：A / 实施项目：P)
        crossing_roads(c, doc.doc_id, s.index, s.text, ms)
        opening_settings(c, doc.doc_id, s.index, s.text, ms)     # (在Y，A的生产线上…: kg/relate/openings.py)
        # （一）A项目。opening a paragraph: A is the topic of the paragraph's rest (or of the next
        # paragraph, when the heading is a paragraph of its own)
        numbered = numbered_item(c, s.text, ms, district) if opening else None
        layout_items.read(c, doc.doc_id, s.index, s.text, things, opening, numbered, district)
        county_heading.read(c, doc.doc_id, s.index, s.text, ms, opening, s.paragraph in alone)  # (（二）青禾县。…云溪镇)
        if numbered:
            ctx.heading = numbered
            item = ctx.heading if s.paragraph in alone else None
        opening = False
        counting = counting or acts_count(c, s.text) is not None
        spill = (spill or counting) and s.text.rstrip()[-1:] in "：:；;" if s.text.strip() else spill
        site = find_site(c, s.text, ms) or site
        parts(c, doc, s, ms, platform, district, park)
        city_counties(c, doc.doc_id, s.index, s.text, ms, mentions)   # (我市A区、B区: the city's)
        zone_named_parts(c, doc.doc_id, s.index, s.text, ms, *zones, units, district)
        respective_places(c, doc.doc_id, s.index, s.text, lists(c, s.text, ms))
        respective_owners(c, doc.doc_id, s.index, s.text, lists(c, s.text, ms))
        last = [x.key for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner"]
        lead_of = lead_track(c, s.text, ms) if first else lead_of if set(last) <= {lead_of} else None
        recent = last[-1] if last else recent
        # (a sentence naming several tracks leaves none a later leader leads: 主导产业为T1、T2。
        # 龙头企业A…, which one is A's the text does not say)
        lone = (last[-1] if len(set(last)) == 1 else None) if last else lone
        seen += [k for k in last if k not in seen]
        plats = [x.key for x in ms if x.cls == "Platform" and x.m.role != "owner"]
        platform = plats[-1] if plats else platform
    table_relations(c, doc.doc_id, doc.sentences, by_sent)    # a printed table's rows (kg/tablerows.py)
    tender_owners(c, doc.doc_id, doc.sentences, by_sent)      # a tender's or award's notice: its buyer and winner
    land_bidders(c, doc.doc_id, doc.sentences, by_sent)       # a land-sale notice's cards: the bidder's project
    infobox_relations(c, doc.doc_id, doc.sentences, by_sent)  # an entry's infobox lines (中文名：X / 主导产业：A、B)
    owners_not_landed(c, doc.doc_id)
    if district:
        e = c.ents[district]
        home_parts(c, doc, mentions, district, [e.name, *e.aliases, *kind_words(home_rules, e)])
    return district
