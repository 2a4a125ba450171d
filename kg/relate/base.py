"""What every relation rule shares: the mentions of a sentence with their
entity keys, the collector that checks each fact against the classes its
relation may join, clause spans and enumerations."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import Lexicon, default_lexicon
from ..model import Entity, Mention, Relation
from ..notions import CLAUSE, CLOSE_QUOTES, OPEN_QUOTES, UNIT_DROPPED  # noqa: F401 (CLAUSE: shared with the rules)
from ..rules import load_rules, rx  # noqa: F401 (rx: the relate stages import it from here)

TRACK_SUBJECTS = {"Enterprise", "Project", "Platform", "Institution"}
LOCATED_SUBJECTS = {"Enterprise", "Project", "Platform", "Institution", "CommercialDistrict", "Place"}
LOCATIONS = {"Place", "CommercialDistrict", "Platform"}
# what lies somewhere and is no place itself: a list's, a row's or a bracket's item
THINGS = LOCATED_SUBJECTS - {"Place"}
OWNED = {"Project", "Platform", "Enterprise"}
OWNERS = {"Enterprise", "Institution"}
QUOTES = OPEN_QUOTES + CLOSE_QUOTES + '"'
# the role of an item that is a word standing for the document's home (我区, 园区:
# patterns.home_items); the pattern ends skip it, the home being no antecedent
HOME_ROLE = "home"


@dataclass
class Item:
    """A mention with the key of its entity."""
    m: Mention
    key: str
    cls: str


def standing_items(doc_id: str, s, words: str, key: str, name: str, source: str, role: str,
                   things: list[Item]) -> list[Item]:
    """``things`` and, in order, the words of sentence ``s`` matching ``words`` that no thing
    covers, as items of the Enterprise ``key`` (named ``name``) they stand for: the own firm's
    公司/集团 (own_words.py), a fund's 本基金 (fund_words.py)."""
    taken = [(x.m.start, x.m.end) for x in things]
    mine = [Item(Mention(doc_id, s.index, m.start(), m.end(), m.group(), "Enterprise", name, source,
                         role=role, key=key), key, "Enterprise")
            for m in rx(words).finditer(s.text)
            if not any(a < m.end() and m.start() < b for a, b in taken)]
    return sorted(things + mine, key=lambda x: x.m.start) if mine else things


def names_place(word: str, places: set[str]) -> bool:
    """True when ``word`` is one of ``places`` or one without its unit (镇江 of
    镇江市; notions.toml unit_dropped).

    >>> names_place("云溪", {"云溪区"}), names_place("云溪", {"云溪街道"})
    (True, False)
    """
    return word in places or any(word + u in places for u in UNIT_DROPPED)


@lru_cache(maxsize=None)
def alternation(words: tuple[str, ...]) -> re.Pattern:
    """A pattern matching any of ``words``, longest first (compiled once per list)."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


@lru_cache(maxsize=None)
def _required(pattern: str) -> str:
    from ..recognise.text import required_literal
    return required_literal(pattern)


def finditer(pattern: str, text: str):
    """``rx(pattern).finditer(text)``, not run where the text lacks the characters
    every match holds (控股 in an ownership frame): most sentences have no match,
    and a lazy group before the literal is tried at every position of them."""
    if _required(pattern) not in text:
        return ()
    return rx(pattern).finditer(text)


@lru_cache(maxsize=None)
def _last(pattern: str) -> frozenset[str] | None:
    from ..recognise.text import last_chars
    return last_chars(pattern)


def found_before(pattern: str, text: str, end: int) -> bool:
    """``rx(pattern).search(text, 0, end)``: whether ``text[:end]`` holds a match.
    A pattern whose every match ends where the text does (…$: 落户$, 登陆$) is
    not searched where the character before ``end`` cannot end one: a search
    scans the whole prefix, for each thing of the sentence."""
    last = _last(pattern)
    if last is not None and (end <= 0 or text[end - 1] not in last):
        return False
    return rx(pattern).search(text, 0, end) is not None


@lru_cache(maxsize=64)
def clause_spans(text: str) -> list[tuple[int, int]]:
    # (asked for by two rules in every sentence; the list is not changed by them)
    spans, start = [], 0
    for mt in CLAUSE.finditer(text):
        spans.append((start, mt.start()))
        start = mt.end()
    spans.append((start, len(text)))
    return spans


class Collector:
    """The relations found so far, one per (subject, predicate, object, document).

    A fact whose ends have none of the classes its relation may join
    (relations.toml [signature]) is not made. ``lexicon`` is the one the names were
    recognised with (the curated one unless a caller gave its own): rules that ask
    whether a name is a listed one ask it, not the curated lexicon behind the caller's back.
    """

    def __init__(self, entities: dict[str, Entity], lexicon: Lexicon | None = None):
        self.ents = entities
        self.lexicon = lexicon if lexicon is not None else default_lexicon()
        self.rules = load_rules().relations
        self.conf = self.rules.get("confidence", {})
        self.signature = {p: (set(sc), set(oc)) for p, (sc, oc) in self.rules.get("signature", {}).items()}
        self.not_in_tracks = tuple(self.rules.get("track", {}).get("not_subject_ends", ()))
        self.below_county = tuple(self.rules.get("located", {}).get("below_county_ends", ()))
        self.own_body_heads = tuple(self.rules.get("located", {}).get("own_body_heads", ()))
        self.own_body_rules = set(self.rules.get("located", {}).get("own_body_rules", ()))
        self._levelled: dict[str, bool] = {}
        self.out: dict[tuple, Relation] = {}
        self.frame_owners: set[tuple] = set()  # (doc, sentence, start) of owners named by a frame
        self.holders: set[tuple] = set()       # ... those of them named by a holding frame (控股企业)
        self.table_track_rows: set[tuple] = set()  # (doc, sentence) of table rows with a field cell
        self.sites: set[tuple] = set()         # (doc, sentence, start) of a table row's site cells' things
        self.last_lists: tuple | None = None   # (ms, text, ids of ms, runs): see `lists`
        # (doc, sentence or None for any, track) -> the tracks it was made a part of
        self.wholes: dict[tuple, set[str]] = {}
        self._cls: dict[str, frozenset[str]] = {}
        self.towns: dict[str, str] | None = None   # the graph's towns by name (kg/relate/town_parks.py)
        self.own_firms: dict[str, str | None] = {}  # document -> the firm it speaks for (own_words.py)
        self.funds: dict[str, str | None] = {}      # document -> the one fund it names (fund_words.py)
        self.fielded: dict[tuple, str] = {}        # (doc, sentence) -> the field it opens on or goes on under (field_continues.py)
        self._class_list: dict[str, tuple[str, ...]] = {}

    def add(self, s: str, p: str, o: str, doc: str, sent: int, rule: str,
            confidence: float | None = None) -> None:
        if s == o:
            return
        allowed = self.signature.get(p)
        if allowed and not (self.cls(s) & allowed[0] and self.cls(o) & allowed[1]):
            return
        if p == "inTrack" and self.ents[s].name.endswith(self.not_in_tracks):
            return      # a government body is in no industry it serves, by any rule
        if p in ("locatedIn", "partOf") and self.ents[o].name.endswith(self.below_county) \
                and self.levelled(s) and not self.levelled(o):
            return      # a county, city or province lies in no town, street or village, by any rule
        if p == "locatedIn" and rule in self.own_body_rules and self.own_body(s, o):
            return      # a zone's committee governs the zone it is named by: the zone's acts place it in none
        k = (s, p, o, doc)
        if p == "subTrackOf":       # (asked by the rule that makes segments of a head track)
            self.wholes.setdefault((doc, sent, s), set()).add(o)
            self.wholes.setdefault((doc, None, s), set()).add(o)
        if k not in self.out:
            conf = confidence if confidence is not None else self.conf.get(rule, 0.6)
            self.out[k] = Relation(s, p, o, doc, sent, rule, conf)

    def hosting(self, key: str) -> bool:
        """Whether ``key`` may host tenants (星澜大厦入驻A、B等企业, A在白露基地设立…): a building, base or
        mall the recogniser made a project ([located] host_heads end its name) is a platform too (GUIDELINES:
        both, where the text treats it as both), so the tenants' locatedIn is made; any other project
        hosts none (A入驻X项目的厂房). ([located] host_rules)"""
        e = self.ents[key]
        if e.cls != "Project" or "Platform" in e.extra_classes:
            return True
        if not e.name.endswith(tuple(self.rules.get("located", {}).get("host_heads", ()))):
            return False
        e.extra_classes.add("Platform")
        self._cls.pop(key, None)
        self._class_list.pop(key, None)
        return True

    def own_body(self, s: str, o: str) -> bool:
        """Whether ``s`` is the committee of ``o``: its name is one of ``o``'s names and one of
        [located] own_body_heads (青禾经开区|管委会 of 青禾经济技术开发区)."""
        body, zone = self.ents[s], self.ents[o]
        names = {zone.name, *zone.aliases}
        return any(n[:-len(h)] in names for n in (body.name, *body.aliases) for h in self.own_body_heads
                   if n.endswith(h))

    def levelled(self, key: str) -> bool:
        """Whether ``key`` is a place the lexicon gives a level (a county, a city, a province)."""
        got = self._levelled.get(key)
        if got is None:
            e = self.lexicon.lookup(self.ents[key].name, "Place") if "Place" in self.cls(key) else None
            got = self._levelled[key] = e is not None and bool(e.levels)
        return got

    def cls(self, key: str) -> frozenset[str]:
        # asked for again and again of the same few keys (nothing here changes an entity)
        got = self._cls.get(key)
        if got is None:
            e = self.ents[key]
            got = self._cls[key] = frozenset((e.cls, *e.extra_classes))
        return got

    def class_list(self, key: str) -> tuple[str, ...]:
        """The classes of ``key``'s entity, its own first, the others sorted."""
        got = self._class_list.get(key)
        if got is None:
            e = self.ents[key]
            got = self._class_list[key] = (e.cls, *sorted(e.extra_classes - {e.cls}))
        return got

    def relations(self) -> list[Relation]:
        return sorted(self.out.values(), key=lambda r: (r.doc_id, r.sentence, r.subject, r.predicate, r.object))


def lists(c: Collector, text: str, ms: list[Item]) -> list[list[Item]]:
    """Enumerations: runs of mentions of one kind (tracks, or things) joined only by
    、/和/及 or by quotation marks (“浙江云”“杭钢云”); the recogniser's groups too.

    Several rules ask for the runs of the same sentence: they are made once
    for the last (text, ms) asked about (the same list object, of the same
    items, not changed since: nothing changes a sentence's items or runs)."""
    last = c.last_lists
    if last is not None and last[0] is ms and last[1] == text and last[2] == [id(x) for x in ms]:
        return last[3]
    runs = plain_lists(c, text, ms)
    c.last_lists = (ms, text, [id(x) for x in ms], runs)
    return runs


def plain_lists(c: Collector, text: str, ms: list[Item]) -> list[list[Item]]:
    """`lists`, made every time."""
    joiners = set(c.rules.get("track", {}).get("list_joiners", ("、",)))
    # a declared short form is read through (A（以下简称“甲”）、B等企业 is a list, and 甲,
    # the same thing as A, is in it too)
    asides = [mt.span() for a in load_rules().alias_asides for mt in rx(a).finditer(text)] \
        if "简称" in text else []

    def gap(a: int, b: int) -> str:
        return "".join(ch for i, ch in enumerate(text[a:b], a) if not any(u <= i < v for u, v in asides)) \
            if asides else text[a:b]

    runs: list[list[Item]] = []
    for x in (x for x in ms if x.m.role != "owner"):
        if runs:
            a = runs[-1][-1]
            between = gap(a.m.end, x.m.start)
            bare = between.strip(QUOTES)
            same_kind = (a.cls == "IndustryTrack") == (x.cls == "IndustryTrack")
            # (not the track a list of tracks is of: A、B等T企业, T the recogniser's head of the group)
            grouped = a.m.group and a.m.group == x.m.group and x.m.role != "head-track"
            declared = any(u <= x.m.start < v and a.m.end <= u for u, v in asides) and not between
            if x.m.start >= a.m.end and same_kind and (
                    grouped or declared or bare in joiners or (between and not bare)):
                runs[-1].append(x)
                continue
        runs.append([x])
    return runs


def modifies(c: Collector, text: str, t: Item) -> bool:
    """A track naming the kind of the noun after it: 医药企业, 电竞产业三巨头, 未来产业赛道."""
    return bool(rx(c.rules.get("track", {}).get("modifier", "$^")).match(text[t.m.end:]))


def unowned_projects(c: Collector, mentions, owned: set):
    """(mention, key) of each project of ``mentions`` no relation owns yet, once per entity and
    not where it is named as an owner; ``owned`` (the keys owned so far) grows as each is
    yielded, so that the first mention of a project is the one its owner is read from."""
    for m in mentions:
        k = m.key
        if not k or k in owned or m.role == "owner" or c.ents[k].cls != "Project":
            continue
        owned.add(k)
        yield m, k
