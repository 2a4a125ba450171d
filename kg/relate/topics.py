"""What a sentence or a paragraph is about, for inTrack: the track a sentence opens on,
the field a lead clause names for the sentences joined to it by semicolons, a heading's
track, the kind of things a sentence names, and the segments of a paragraph's track
whose things are in it too (kg/relate/sentence_pass.py keeps these across sentences;
kg/relate/tracks.py places the things of each sentence)."""
from __future__ import annotations

from ..trackfields import track_field

from ..facts.numbers import parse_number
from ..notions import JOIN_CHARS
from .base import Collector, Item, clause_spans, found_before, modifies, rx


def head_track(c: Collector, text: str, ms: list[Item]) -> tuple[str | None, bool]:
    """The track a sentence opens on, and whether it is the sentence's topic
    (named first thing: 生命健康产业蓬勃发展，…), which then governs the paragraph."""
    tr = c.rules.get("track", {})
    # a speaker's label (答（区工信局负责人）：…, 管委会副主任：…) stands before what the
    # speaker says: the sentence opens after it
    label = rx(tr.get("speaker_label", "$^")).match(text)
    off = label.end() if label else 0
    # … and a stage label (零部件方面，新区已集聚汽车零部件企业…) before the clause it heads
    stage = rx(tr.get("stage_label", "$^")).match(text, off)
    window = off if stage is None or any(x.m.start < stage.end() for x in ms) else stage.end()
    first = next((x for x in ms if x.m.role != "owner" and x.m.start >= off), None)
    if first and first.cls == "IndustryTrack" and first.m.start - window <= tr.get("head_window", 8) \
            and first.m.role != "item":
        # (nothing but the prefix stands before the track: 签约项目中，新能源领域…)
        pre = rx(tr.get("topic_prefix", "")).fullmatch(text[off:first.m.start])
        if pre is None and c.ents[first.key].name not in tr.get("class_tracks", ()):
            # (一是做强T。: a point naming its track after what is done to it)
            pre = rx(tr.get("point_prefix", "$^")).fullmatch(text[off:first.m.start])
        nxt = next((x for x in ms if x.m.start >= first.m.end and x.m.role != "owner"), None)
        joined = nxt is not None and nxt.cls == "IndustryTrack" \
            and text[first.m.end:nxt.m.start] in tr.get("list_joiners", ())
        # (信创和集成电路是…: two tracks joined as the subject govern no paragraph; nor one of
        # tracks reported alike, each opening a clause of its own: 从区域分布看，T1企业集中在A，
        # T2企业集中于B)
        # (one track alone in its clause: not a list of segments, 集成电路、新型显示三大细分领域…,
        # nor a field of the head's, 新型显示领域，A…)
        tracks = [x for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner"]
        field = rx(tr.get("segment_after", "$^"))
        peer = any(sum(1 for x in tracks if a <= x.m.start < b) == 1
                   and any(x.key != first.key and x.m.start == a + len(text[a:b]) - len(text[a:b].lstrip())
                           and not field.match(text, x.m.end) for x in tracks)
                   for a, b in clause_spans(text)[1:]) if pre is not None and not joined else False
        return first.key, pre is not None and not joined and not peer
    return None, False


def lead_track(c: Collector, text: str, ms: list[Item]) -> str | None:
    """The one track a short sentence names and nothing else (第一条是星澜材料产业链。), not a
    class of industries (未来产业): opening a paragraph, the paragraph speaks of it."""
    tr = c.rules.get("track", {})
    keys = {x.key for x in ms if x.m.role != "owner"}
    if len(keys) != 1 or len(text) > tr.get("lead_heading_max", 0):
        return None
    k = next(iter(keys))
    if c.ents[k].cls != "IndustryTrack" or c.ents[k].name in tr.get("class_tracks", ()):
        return None
    return k


def lead_segments(c: Collector, text: str, runs: list[list[Item]], tracks: list[Item], sublisted: set[int],
                  lead: str, doc_id: str, index: int) -> None:
    """第一条是T产业链。…，重点发展A、B和C: with no track governing, a list a sentence naming no
    track before it frames as what is developed or covered lists segments of ``lead``, the
    track the paragraph's short opening sentence names alone (lead_track; not the last track
    named: a park's focus after a sentence on another track is no segment of it)."""
    tr = c.rules.get("track", {})
    verb = tr.get("segment_list_verb", "$^") + "$"
    for r in runs:
        if r[0].cls == "IndustryTrack" and len(r) > 1 and not any(id(x) in sublisted for x in r) \
                and not any(x.key == lead for x in r) \
                and not any(t.m.start < r[0].m.start for t in tracks) \
                and found_before(verb, text, r[0].m.start) \
                and not rx(tr.get("kind_of_firms", "$^")).match(text, r[-1].m.end):
            for x in r:
                c.add(x.key, "subTrackOf", lead, doc_id, index, "lead-focus-sub")


def counted_track(c: Collector, text: str, ms: list[Item], head: str | None) -> str | None:
    """The head track of a sentence that ends on a count of things (我们在T领域签约了三个
    项目。), alone (not A和B领域…): the points that follow (一是X；二是Y) are its things."""
    tr = c.rules.get("track", {})
    if head is None or not rx(tr.get("count_lead", "$^")).search(text):
        return None
    t = next(x for x in ms if x.key == head)
    nxt = next((x for x in ms if x.m.start >= t.m.end and x.m.role != "owner"), None)
    joined = nxt is not None and nxt.cls == "IndustryTrack" \
        and text[t.m.end:nxt.m.start] in tr.get("list_joiners", ())
    return None if joined else head


def field_head(c: Collector, text: str, ms: list[Item]) -> str | None:
    """The track a sentence names as the field its clauses speak of (在T领域，A…；):
    it governs the sentences joined to this one by semicolons."""
    tr = c.rules.get("track", {})
    lead = rx(tr.get("field_lead", "$^")).match(text)
    first = next((x for x in ms if x.m.role != "owner"), None)
    if lead and first and first.cls == "IndustryTrack" and first.m.start == lead.end() \
            and first.m.role != "item":
        return first.key
    return None


def heading_of(c: Collector, text: str, ms: list[Item], head: str | None, topic: bool) -> str | None:
    """The track a sentence that is only a heading names ((二)中游：T。): the section's
    track, of every segment a later sentence of the paragraph speaks of."""
    if not (head and topic):
        return None
    if rx(c.rules.get("track", {}).get("point_prefix", "$^")).match(text):
        return None     # (一是做强T。: a point of a plan, whose later tracks need be no segments of T)
    t = next(x for x in ms if x.key == head)
    rest = [x for x in ms if x.m.role != "owner" and x is not t]
    if rest or not rx(c.rules.get("track", {}).get("heading_end", "$^")).match(text, t.m.end):
        return None
    return head


def kind_named(c: Collector, text: str, ms: list[Item]) -> str | None:
    """The last track a sentence names as the kind of its things (光储重点项目20个):
    a next sentence opening on 其中 lists members of it."""
    return next((x.key for x in reversed(ms) if x.cls == "IndustryTrack" and x.m.role != "owner"
                 and modifies(c, text, x)), None)


def recap_track(c: Collector, text: str, ms: list[Item], named: list[str]) -> str | None:
    """The track of a sentence that speaks again of the things its paragraph counted
    (此次开工的三个项目分别是：A…；B…；C…。三个项目将壮大我区T产业集群。): when the count
    is that of the projects and parks (``named``) the paragraph named before."""
    mt = rx(c.rules.get("track", {}).get("recap", "$^")).search(text)
    if not mt:
        return None
    count = parse_number(mt.group("n"))
    tracks = [x.key for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner" and x.m.start >= mt.end()]
    return tracks[0] if tracks and count == len(named) else None


def asks(c: Collector, text: str) -> bool:
    """Whether a paragraph opening on ``text`` is a press conference's question (问（记者）：…)."""
    return bool(rx(c.rules.get("track", {}).get("question_label", "$^")).match(text))


def asked_tracks(c: Collector, text: str, ms: list[Item], known: dict[str, str]) -> set[str]:
    """The tracks a sentence of a question names (问：星澜日报记者。T产业有哪些龙头企业？): the
    answer after it speaks of the question's one track. A track the document names
    elsewhere (``known``: surface -> key) counts where the recogniser had no context to
    see it (问：T是本区的“头号产业”…)."""
    label = rx(c.rules.get("track", {}).get("question_label", "$^")).match(text)
    rest = text[label.end():] if label else text
    named = {x.key for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner"}
    return named or {k for w, k in known.items() if w in rest}


def section_track(c: Collector, text: str, ms: list[Item], known: dict[str, str],
                  above: int | None = None) -> str | None | bool:
    """For a section heading (二、关于壮大T产业): the one track it names (found as the
    question's are), else None; False for a sentence that is no section heading, or for an
    item's heading a level below ``above``, the level of the heading of the section it is in
    (一、新能源类 / （一）星澜储能电池项目: the item is the section's, a track in its name no section's).
    An appendix's heading (附：X名单, 附件：Y) ends the section before it, and names none."""
    if rx(c.rules.get("track", {}).get("appendix_heading", "$^")).match(text):
        return None
    if not rx(c.rules.get("track", {}).get("section_heading", "$^")).match(text):
        return False
    # (（五）行业类别：C2641 青禾涂料: a card's track field, the card item's track: kg/relate/field_tracks.py)
    if track_field(c.rules.get("table", {}), text) is not None:
        return False
    level = section_level(c, text)
    if above is not None and level is not None and level > above and item_heading(c, text, ms):
        return False
    # (一、关于星澜新材料有限公司X项目: a track word inside a firm's or project's name is no section's)
    named = asked_tracks(c, _masked(text, ms), ms, known)
    if rx(c.rules.get("track", {}).get("section_several", "$^")).search(text):
        return None
    # (五、重点项目及T: a track joined to things of another kind names things too, not the
    # section's industry)
    tracks = [x for x in ms if x.cls == "IndustryTrack" and x.m.role != "owner"]
    # (一、发电企业（T场站）名单: a track named only inside a bracket, glued to the noun of the units the
    # section lists, glosses their kind, no industry of the section's; not 一、P镇（主导产品：T）, the
    # bracket the track's own)
    opened, closed = c.rules.get("track", {}).get("bracket_open", "$^"), c.rules.get("track", {}).get("bracket_close", "$^")
    if tracks and all(_bracketed(text, x.m.start, opened, closed) and not rx(closed).match(text, x.m.end)
                      for x in tracks):
        return None
    # (nothing, at the heading's start or end, joins nothing: 一、T)
    if any(_joins(text[x.m.start - 1:x.m.start]) and not any(y.m.end == x.m.start - 1 for y in tracks)
           or _joins(text[x.m.end:x.m.end + 1]) and not any(y.m.start == x.m.end + 1 for y in tracks)
           for x in tracks):
        return None
    return named.pop() if len(named) == 1 else None


def _bracketed(text: str, pos: int, opened: str, closed: str) -> bool:
    """Whether ``pos`` of ``text`` lies inside a bracket opened before it and not closed."""
    before = text[:pos]
    last_open = max((m.end() for m in rx(opened).finditer(before)), default=-1)
    return last_open >= 0 and not rx(closed).search(before, last_open)


def _masked(text: str, ms: list[Item]) -> str:
    """``text`` with the names of firms, bodies and projects blanked out."""
    for x in ms:
        if x.cls in ("Enterprise", "Institution", "Project"):
            text = text[:x.m.start] + " " * (x.m.end - x.m.start) + text[x.m.end:]
    return text


def section_level(c: Collector, text: str) -> int | None:
    """The level of a section heading by its number, 0 the outermost ([track] section_levels)."""
    return next((i for i, p in enumerate(c.rules.get("track", {}).get("section_levels", ()))
                 if rx(p).match(text)), None)


def _joins(mark: str) -> bool:
    """Whether ``mark``, the character beside a name (empty at the text's ends), joins it to another."""
    return mark != "" and mark in JOIN_CHARS


def answers(c: Collector, text: str) -> bool:
    """Whether a paragraph opening on ``text`` answers the question before it (答：…)."""
    return bool(rx(c.rules.get("track", {}).get("answer_label", "$^")).match(text))


def item_heading(c: Collector, text: str, ms: list[Item]) -> str | None:
    """The thing a sentence that is only an item's heading names ((三)星澜封测基地项目。 in a
    list of projects, each item a paragraph): the paragraph's later sentences describe it,
    and the tracks they name (主攻T, 建设T生产线, 补齐我区T产业链) are its."""
    mt = rx(c.rules.get("track", {}).get("item_heading", "$^")).match(text)
    first = next((x for x in ms if x.m.role != "owner"), None)
    if not mt:
        return _zone_heading(c, text, first)
    end = rx(c.rules.get("track", {}).get("item_heading_end", "$^")).fullmatch(text, first.m.end) if first else None
    # (the short form declared in the heading's brackets is the item's own: （一）青禾精工有限公司（以下简称“青禾精工”）。;
    # so is the seat a roll of firms gives in them: 3．青禾精工有限公司（白沙县）。)
    rest = [x for x in ms if x.m.role != "owner" and x is not first and x.key != first.key
            and not (end and x.cls == "Place" and x.m.start > first.m.end)]
    if first is None or rest or first.m.start != mt.end() or first.cls not in ITEM_HEADS or end is None:
        return None
    return first.key


ITEM_HEADS = ("Project", "Platform", "Institution", "Enterprise")


def _zone_heading(c: Collector, text: str, first: Item | None) -> str | None:
    """A plan's zone named alone, no number before it, as its paragraph's first sentence (东部装备制造翼。
    以A街道为主要承载区，重点发展T): the paragraph describes that zone ([track] zone_heading_ends)."""
    ends = tuple(c.rules.get("track", {}).get("zone_heading_ends", ()))
    if first is None or not ends or "Platform" not in c.cls(first.key) or first.m.start != 0 \
            or not c.ents[first.key].name.endswith(ends) or text[first.m.end:].strip() not in ("。", ""):
        return None
    return first.key


def item_tracks(c: Collector, item: str, doc_id: str, index: int, ms: list[Item]) -> None:
    """The tracks a sentence describing an item of a list (``item``, item_heading) names
    are the item's (item-heading-track)."""
    classes = c.rules.get("track", {}).get("class_tracks", ())
    for x in ms:
        if x.cls == "IndustryTrack" and x.m.role != "owner" and c.ents[x.key].name not in classes:
            c.add(item, "inTrack", x.key, doc_id, index, "item-heading-track")


def short_forms(c: Collector, ms: list[Item], track: str | None) -> list[Item]:
    """A sentence's items with a track whose name ends the paragraph's track's (医药 in a
    paragraph on 健康医药: …等医药企业400余家，形成A、B四大板块) standing for that track:
    the document's own name of it, the whole of the segments it lists and the track of
    its firms (not a lexicon track the name happens to end with; nor one character, a metal's
    trade before the whole named by its product: 铜产业链中再生铜环节)."""
    if track is None:
        return ms
    name = c.ents[track].name
    return [Item(x.m, track, x.cls) if x.cls == "IndustryTrack" and x.m.role != "owner" and x.key != track
            and 2 <= len(c.ents[x.key].name) < len(name) and name.endswith(c.ents[x.key].name) else x for x in ms]


def joint_tracks(c: Collector, text: str, ms: list[Item], head: str | None) -> tuple[list[str], bool]:
    """The tracks a sentence opens on joined as one field (星空材料和墨川装备领域，A…; 一是星空材料和墨川
    装备产业。): the head and the tracks joined to it, and whether the sentence is only their
    heading (it then governs its paragraph); ``[]`` when the head stands alone."""
    if head is None:
        return [], False
    tr = c.rules.get("track", {})
    items = [x for x in ms if x.m.role != "owner"]
    i = next((i for i, x in enumerate(items) if x.key == head), None)
    if i is None:
        return [], False
    run = [items[i]]
    joiners = set(tr.get("list_joiners", ()))
    for x in items[i + 1:]:
        if x.cls != "IndustryTrack" or text[run[-1].m.end:x.m.start] not in joiners:
            break
        run.append(x)
    end = rx(tr.get("joint_field_end", "$^")).match(text, run[-1].m.end)
    if len(run) < 2 or end is None or len({x.key for x in run}) < len(run):
        return [], False
    # (a heading is its tracks after at most a point's number: 一是A和B产业。)
    alone = end.group("alone") is not None and any(
        rx(tr.get(p, "$^")).fullmatch(text[:run[0].m.start]) for p in ("topic_prefix", "point_prefix"))
    return [x.key for x in run], alone


def widen(c: Collector, since: int, joint: list[str], doc_id: str, index: int, ms: list[Item]) -> None:
    """Things a sentence placed in the first of ``joint`` tracks (a field of two: 星空材料和墨川装备
    领域，A、B…) are in each of them; a thing whose name holds one of them, in that one alone
    (青禾墨川装备产业园 in 墨川装备); not the owners named inside names."""
    owners = {x.key for x in ms if x.m.role == "owner"}
    rules = set(c.rules.get("track", {}).get("joint_rules", ()))
    names = {k: {c.ents[k].name, *(x.m.surface for x in ms if x.key == k)} for k in joint}
    new = list(c.out.values())[since:]
    # (…，发展T3配套产业，推动A扩能: a thing its clause gives a track of its own takes no other field)
    placed = {r.subject for r in new if r.predicate == "inTrack" and r.object not in joint}
    for r in new:
        if r.predicate != "inTrack" or r.object != joint[0] or r.rule not in rules or r.subject in owners \
                or r.subject in placed:
            continue
        name = c.ents[r.subject].name
        held = [k for k in joint if any(len(n) >= 2 and n in name for n in names[k])]
        for k in held if len(held) == 1 else joint:
            c.add(r.subject, "inTrack", k, doc_id, index, "joint-track" if k != r.object else r.rule)
        if len(held) == 1 and held[0] != r.object:
            del c.out[(r.subject, r.predicate, r.object, r.doc_id)]
