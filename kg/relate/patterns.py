"""Relations stated by sequence patterns (relations.toml [[pattern]], kg.matcher).

A pattern names the relation it states and which of its slots are the
subject and the object. Besides a slot, an end may name the home, the thing the
clause chain opens on, what a demonstrative points back to, the track the sentence
is about and more (@home, @topic, @antecedent, @previous, @entry, @sole, @track …):
kg/relate/pattern_ends.py resolves them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..matcher import Match, Matcher, Thing
from ..model import Mention
from ..rules import load_rules
from .base import LOCATIONS, Collector, Item, rx
from .own_words import OWN_ROLE
from .pattern_ends import HOME_ROLE, park_word_opens, resolve_ends


@lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    rules = load_rules()
    return Matcher(rules.relations.get("pattern", []), asides=rules.alias_asides,
                   phrases=rules.relations.get("phrase", {}))


def home_items(home: str, spans, doc_id: str, index: int, text: str) -> list[Item]:
    """Items for the words that stand for the home (kg.relate.home.home_words)."""
    return [Item(Mention(doc_id, index, a, b, text[a:b], "", "", "home-word", role=HOME_ROLE, key=home), home, "")
            for a, b in spans]


@dataclass
class Context:
    """What a sentence's patterns may refer to beyond the sentence."""
    home: str | None = None
    track: str | None = None                                  # the sentence's or paragraph's track
    outer: str | None = None                                  # the paragraph's track before the sentence
    sentence: tuple[str, int] | None = None                   # (document, index) of the sentence
    recent: dict[str, str] = field(default_factory=dict)      # class -> last thing of it in the paragraph
    named: list[str] = field(default_factory=list)            # the paragraph's things, in naming order
    sentences: list[list[str]] = field(default_factory=list)  # ... one list a sentence (@first-headed)
    previous: list[str] = field(default_factory=list)         # the paragraph before's things, so
    heading: str | None = None                                # the thing the item heading before names
    described: str | None = None                              # the thing the paragraph's item heading names
    entry: str | None = None                                  # the directory entry the line is of (entries.py)
    held: list[str] = field(default_factory=list)             # firms the sentence says another holds (remember)
    nested: list[Item] = field(default_factory=list)          # the sentence's owners opening names (@first-headed)


def pattern_relations(c: Collector, doc_id: str, index: int, text: str, items: list[Item],
                      ctx: Context, matcher: Matcher | None = None) -> None:
    """Add the relations every pattern states in one sentence.

    ``items`` are the sentence's things (owners nested in names left out) and
    the words standing for the home (role ``home``)."""
    matcher = matcher or default_matcher()
    if any(x.m.role == OWN_ROLE for x in items):
        # (words standing for the document's own firm: the owner of an ownedBy pattern, nothing else)
        base = [x for x in items if x.m.role != OWN_ROLE]
        pattern_relations(c, doc_id, index, text, base, ctx, matcher)
        own_subject = set(c.rules.get("owner", {}).get("own_subject_rules", ()))
        found = [mt for mt in matcher.matches(text, _things(c, items, ctx)) if _owned_by_own(mt, items, own_subject)]
    else:
        found = matcher.matches(text, _things(c, items, ctx))
    if not found:
        return      # (most sentences)
    not_home = set(c.rules.get("located", {}).get("not_home_subject", ()))
    not_home_object = set(c.rules.get("located", {}).get("not_home_object", ()))
    word_only = set(c.rules.get("located", {}).get("home_word_object", ()))
    by_road = set(c.rules.get("located", {}).get("road_side_rules", ()))
    hosts = set(c.rules.get("located", {}).get("host_rules", ()))
    for mt in found:
        subjects = resolve_ends(c, mt, mt.pattern.subject, items, text, ctx)
        if mt.pattern.name in not_home and not (ctx.home and park_word_opens(c, mt, set(c.cls(ctx.home)), items, text, ctx)):
            # (我们在Y建设X: the home acts there; 园区产权归X，由Y运营: a park's story speaks of the park)
            subjects = [k for k in subjects if k != ctx.home]
        objects = resolve_ends(c, mt, mt.pattern.object, items, text, ctx)
        if mt.pattern.name in not_home_object:
            objects = [k for k in objects if k != ctx.home]     # (我区引进A: the district rule's)
        if mt.pattern.name in word_only:    # (区内的A; 青禾新区的A is located-of's)
            objects = [items[i].key for e in mt.pattern.ends(mt.pattern.object) for i in mt.slots.get(e, [])
                       if items[i].m.role == HOME_ROLE]
        if mt.pattern.name in by_road:
            objects = _by_road(c, mt, items, text, objects)
        if mt.pattern.relation == "locatedIn":
            objects = _innermost(c, mt, items, text, objects)
            home_place = ctx.home is not None and c.ents[ctx.home].cls == "Place"
            units = [(o, rule) for o, rule in _chain_units(c, mt, items, home_place) if o not in objects]
            for s in subjects:      # (the run names the home too: it holds the thing beside the nearer place)
                for o, rule in units:
                        c.add(s, mt.pattern.relation, o, doc_id, index, rule, mt.pattern.confidence)
        if mt.pattern.name in hosts and subjects:
            # (a building that takes tenants is a platform as well as a project; a mere project, no host)
            objects = [o for o in objects if c.hosting(o)]
        for s in subjects:
            for o in objects:
                c.add(s, mt.pattern.relation, o, doc_id, index, mt.pattern.name, mt.pattern.confidence)
        if mt.pattern.relation == "ownedBy":
            # who builds or runs a thing is not landed with it (kg/relate/located.py)
            for end in mt.pattern.ends(mt.pattern.object):
                c.frame_owners |= {(doc_id, index, items[i].m.start) for i in mt.slots.get(end, [])}
            ctx.held += _held(c, mt, items, subjects)


def _held(c: Collector, mt: Match, items: list[Item], subjects: list[str]) -> list[str]:
    """The firms an ownedBy match says another holds, where the holder is named after them (X由Y控股,
    该公司系Y全资子公司): the sentence is about the firm, not its holder (remember)."""
    owners = [items[i].m.start for e in mt.pattern.ends(mt.pattern.object) for i in mt.slots.get(e, [])]
    if not owners:
        return []
    return [k for k in subjects if "Enterprise" in _classes(c, k)
            and not any(x.key == k and x.m.start > min(owners) for x in items)]


def _things(c: Collector, items: list[Item], ctx: Context) -> list[Thing]:
    tails = tuple(c.rules.get("track", {}).get("mention_tails", ()))
    return [Thing(x.m.start, x.m.end - _tail(c, x, tails), _classes(c, x.key), x.key == ctx.home) for x in items]


def _tail(c: Collector, x: Item, tails: tuple[str, ...]) -> int:
    """The length of the kind word a track's mention ends on and its name leaves out ([track]
    mention_tails): a track the lexicon does not know is found with it (属星材产业 names 星材), and
    the patterns read that word after the track as they do after a known one (属星材 产业)."""
    if x.cls != "IndustryTrack" or not tails:
        return 0
    name = c.ents[x.key].name if x.key in c.ents else x.m.surface
    for t in tails:
        if x.m.surface.endswith(t) and not name.endswith(t) and len(x.m.surface) > len(t):
            return len(t)
    return 0


def _owned_by_own(mt: Match, items: list[Item], own_subject: set[str] = frozenset()) -> bool:
    """Whether an ownedBy match names the document's own firm by a word of its own in the owner's
    slot and in no other (kg/relate/own_words.py); or a pattern of ``own_subject`` ([owner]
    own_subject_rules: 公司总部位于Y) in the subject's slot and no other."""
    if mt.pattern.relation == "ownedBy":
        ends = set(mt.pattern.ends(mt.pattern.object))
    elif mt.pattern.name in own_subject:
        ends = set(mt.pattern.ends(mt.pattern.subject))
    else:
        return False
    own = [e for e, got in mt.slots.items() for i in got if items[i].m.role == OWN_ROLE]
    return bool(own) and all(e in ends for e in own)


def _by_road(c: Collector, mt: Match, items: list[Item], text: str, objects: list[str]) -> list[str]:
    """A pattern's place followed by a side or a crossing within the match ([phrase] road_side:
    在星澜路北侧开工, 在星澜路与白鹭路交口开工) is where the thing lies only when it is a road
    ([located] road_ends): a site by a road is on it, a site by a park is not in the park."""
    side = rx(c.rules.get("phrase", {}).get("road_side", "$^"))
    ends = tuple(c.rules.get("located", {}).get("road_ends", ()))
    for e in mt.pattern.ends(mt.pattern.object):
        for i in mt.slots.get(e, []):
            m = side.match(text, items[i].m.end, mt.end)
            if m and m.end() > m.start() and not c.ents[items[i].key].name.endswith(ends):
                objects = [k for k in objects if k != items[i].key]
    return objects


def _innermost(c: Collector, mt: Match, items: list[Item], text: str, objects: list[str]) -> list[str]:
    """Where a pattern's place is followed by 的 and a place inside it (项目位于水土新城的
    青禾生物医药产业园, 落户Y内的Z), the inner one: the text names where the thing is more
    closely ([located] of_between); not when that one is what the pattern places."""
    of = rx(c.rules.get("located", {}).get("of_between", "$^"))
    subjects = {i for e in mt.pattern.ends(mt.pattern.subject) for i in mt.slots.get(e, [])}
    for e in mt.pattern.ends(mt.pattern.object):
        for i in mt.slots.get(e, []):
            j = i
            while j + 1 < len(items) and j + 1 not in subjects and c.cls(items[j + 1].key) & LOCATIONS \
                    and of.fullmatch(text[items[j].m.end:items[j + 1].m.start]):
                j += 1
            if j != i and items[i].key in objects:
                objects = [items[j].key if k == items[i].key else k for k in objects]
    return objects


def _chain_units(c: Collector, mt: Match, items: list[Item], home_place: bool) -> list[tuple[str, str]]:
    """Where a pattern's place is a run of places side by side (位于青禾街道星澜路, 落户白沙镇
    星澜岛, 地处云溪区星澜片区, 在云溪区白沙镇竣工投产), the district, county, street or town of
    the run before the place it ends on: the thing lies there too ([located] chain_outer_ends); and
    the zone or park of a run that ends on a road (位于青禾高新区纬一路, [located] road_ends), by
    ``located-run-road``: the text names it beside the road, even the home ([resolve]
    stated_home_rules). A run that ends on no road keeps only a district before its last place, in
    the report of a place (``home_place``; [located] chain_outer_kept). (place, rule) pairs."""
    located = c.rules.get("located", {})
    outer, roads = tuple(located.get("chain_outer_ends", ())), tuple(located.get("road_ends", ()))
    kept = tuple(located.get("chain_outer_kept", outer)) if home_place else ()
    out: dict[str, str] = {}        # place -> rule, in naming order (the first rule a place gets)
    for e in mt.pattern.ends(mt.pattern.object):
        run = mt.chained.get(e, [])
        # (a run that ends on a road, not a street office (街道): the zone or park before it too)
        last = c.ents[items[run[-1]].key] if run else None
        road = last is not None and last.cls == "Place" and last.name.endswith(roads) and not last.name.endswith(outer)
        for i in run[:-1]:
            ent = c.ents[items[i].key]
            if ent.cls == "Place" and ent.name.endswith(outer) and (road or ent.name.endswith(kept)):
                out.setdefault(items[i].key, "located-run")
        for i in run[:-1] if road else ():
            if c.ents[items[i].key].cls == "Platform":
                out.setdefault(items[i].key, "located-run-road")
    return list(out.items())


def remember(ctx: Context, c: Collector, items: list[Item], nested: list[Item] = ()) -> None:
    """Note the things of a sentence as the paragraph's most recent of their classes; the
    sentence's things for @first-headed keep the firms ``nested`` opening a project's name (X公司Y项目
    投资9亿元。该公司由Z控股: X)."""
    for x in items:
        if x.m.role != HOME_ROLE:
            _recent(ctx, c, x.key)
            ctx.named.append(x.key)
    named = sorted([*items, *(x for x in nested if x.m.role == "owner")], key=lambda x: x.m.start)
    keys = [x.key for x in named if x.m.role != HOME_ROLE]
    # a firm the sentence says another holds (该公司系Y全资子公司 / X隶属Y) is what the sentence is about,
    # not its holder: 该公司, 其 and 公司 after it stand for the firm, though the holder was named last
    held = list(dict.fromkeys(ctx.held))
    for key in held:
        _recent(ctx, c, key)
        ctx.named.append(key)
    ctx.sentences.append(held + [k for k in keys if k not in held])
    ctx.held = []


def _recent(ctx: Context, c: Collector, key: str) -> None:
    for cls in _classes(c, key):
        ctx.recent.pop(cls, None)     # re-inserted last: the dict keeps naming order
        ctx.recent[cls] = key


def _classes(c: Collector, key: str) -> tuple[str, ...]:
    return c.class_list(key)
