"""Link mentions to entities: one real thing, one node.

    >>> from kg.model import Mention
    >>> ms = [Mention("d", 0, 0, 7, "数字经济产业园", "Platform", "数字经济产业园", "head:产业园"),
    ...       Mention("d", 1, 0, 3, "数产园", "Platform", "数产园", "head:园")]
    >>> ents = link(ms)
    >>> sorted(ents), sorted(ents["Platform/数字经济产业园"].aliases), ms[1].key
    (['Platform/数字经济产业园'], ['数产园'], 'Platform/数字经济产业园')

Names of one class meet when they are equal, when the lexicon or the text
declares one an alias of the other (简称, 原名), when one abbreviates the other
(数产园 / 数字经济产业园), when one is the other plus a class word (芯空 /
芯空项目), when a name was renamed or shortened in its middle
(大运河数字经济未来城 / 大运河数智未来城, 华东医药生命科学产业园 /
华东医药生命产业园), when two names differ only by interchangeable heads
(X院区 / X分院, X片区 / X区块), when a street is named with a street-type
word (武林路 / 武林路步行街), and, in one document, when a firm's trade name is
its registered name less places, a trade word and a legal form (星澜锂能 /
广东星澜锂能科技有限公司, kg/link/registered.py) or an owner's registered name
is cut from a unit's (国网X供电公司) — the reasons of kg/link/same.py.  Homonyms of
different classes stay apart (大运河 the canal, 大运河商圈), and so do two
different lexicon entries, and so does a name that ends the names of two
other things (开发区管委会 after two zones' names: `shared_ends`).  The result
does not depend on the order of the mentions.

Linking reads no mention twice: a document's mentions are summed up per
name (`uses`: how often, under which surfaces and declared aliases, first
where), in the worker that recognised them, and `link_names` links the
summed-up names of the corpus, comparing only the pairs of names that share
a key (kg/link/blocking.py), so its time grows about linearly with the number
of distinct names.  `link` does both for mentions held in memory.
"""
from __future__ import annotations

import gc
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from ..lexicon import Lexicon
from ..model import ANAPHORA_RULE, LISTED_RULE, UNBOUND_RULE, Entity, Mention
from ..rules import load_rules
from .blocking import candidate_pairs
from .brands import brand_only, brand_rules
from .branches import parented_branches
from .body_words import body_short_forms
from .firm_short import firm_short_forms
from .project_short import short_forms
from .kind_names import separate_kinds
from .registered import shared_trade_names, tails as registered_tails
from .same import UnionFind, alias_ok, generic_suffix, is_abbreviation, is_renamed, legal_forms, why_same

__all__ = ["link", "link_names", "uses", "merge_uses", "NameUse", "Linked",
           "is_abbreviation", "is_renamed", "why_same"]


@dataclass
class NameUse:
    """How a document (or a corpus) uses one name of one class: all linking
    needs of its mentions."""
    cls: str
    name: str
    count: int = 0
    surfaces: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)     # declared by the text (简称, 原名)
    extra: set[str] = field(default_factory=set)       # further classes the context gave it
    first: tuple = ()          # (document position, mention position, doc_id, sentence) of the first mention
    # mentions that name a body of their own though the lexicon knows the words
    # (a relative alias read in another region: kg/recognise/regional.py)
    unbound: int = 0
    docs: set[str] = field(default_factory=set)        # the documents that use it
    brand: int = 0             # mentions read as a firm's brand ([link] brand_rules: a table's brand column)

    @property
    def lexicon_free(self) -> bool:
        """Every mention of the name is one the lexicon must not rename."""
        return self.unbound == self.count


@dataclass
class Linked:
    """What linking decided: the entity of every name, and each entity's first mention."""
    entities: dict[str, Entity]
    keys: dict[tuple[str, str], str]                    # (class, name) -> Entity.key
    first: dict[str, tuple[str, int]]                   # Entity.key -> (doc_id, sentence)



def _short_forms(cls: str, docs: dict[str, set[str]], rules, lexicon: Lexicon | None):
    """(short, long, why): the short forms one document uses for a name it gives in full — a
    project's (kg/link/project_short.py), a body's words' ([link] short_words,
    kg/link/body_words.py), a firm's characters of its registered name (kg/link/firm_short.py)."""
    link = rules.link
    if cls == "Project":
        for short, long in short_forms(docs, lambda n: lexicon.lookup(n, "Place") is not None):
            yield short, long, "project-short"
    if cls in link.get("short_word_classes", ()):
        for short, long in body_short_forms(docs, link.get("short_words", ()), link.get("level_openers", ())):
            yield short, long, "body-short"
    if cls == "Enterprise":
        for short, long in firm_short_forms(docs, tuple(link.get("registered_ends", ())), lexicon):
            yield short, long, "firm-short"


def uses(mentions: Iterable[Mention], position: int = 0) -> dict[tuple[str, str], NameUse]:
    """The names of ``mentions`` (one document's, in order; ``position`` is the
    document's place in the corpus), summed up."""
    out: dict[tuple[str, str], NameUse] = {}
    brand = brand_rules()
    for i, m in enumerate(mentions):
        u = out.get((m.cls, m.name))
        if u is None:
            u = out[(m.cls, m.name)] = NameUse(m.cls, m.name, first=(position, i, m.doc_id, m.sentence))
        u.docs.add(m.doc_id)
        u.count += 1
        u.unbound += m.rule == UNBOUND_RULE
        u.brand += m.rule in brand
        if m.rule not in (ANAPHORA_RULE, LISTED_RULE):     # (园区 standing for a park is no name of it)
            u.surfaces.add(m.surface)
        u.aliases.update(m.aliases)
        u.extra.update(m.extra)
    return out


def merge_uses(total: dict[tuple[str, str], NameUse], more: dict[tuple[str, str], NameUse]) -> None:
    """Add a document's uses to the corpus's (``total``, changed in place)."""
    for k, u in more.items():
        t = total.get(k)
        if t is None:
            total[k] = NameUse(u.cls, u.name, u.count, set(u.surfaces), set(u.aliases), set(u.extra), u.first,
                               u.unbound, set(u.docs), u.brand)
            continue
        t.docs |= u.docs
        t.count += u.count
        t.unbound += u.unbound
        t.brand += u.brand
        t.surfaces |= u.surfaces
        t.aliases |= u.aliases
        t.extra |= u.extra
        t.first = min(t.first, u.first)


def _known(lexicon: Lexicon) -> set[str]:
    cached = getattr(lexicon, "_link_known", None)
    if cached is None:
        cached = {s for s, _ in lexicon.surfaces()}
        try:
            lexicon._link_known = cached
        except AttributeError:   # pragma: no cover - a lexicon that takes no attributes
            pass
    return cached


def link_names(used: dict[tuple[str, str], NameUse], lexicon: Lexicon | None = None,
               trace: list | None = None) -> Linked:
    """Group the names of a corpus into entities.

    ``trace``, when given, receives (name, name, reason) for every merge of two names.
    """
    # Linking makes hundreds of thousands of small objects and frees none of
    # them until it ends: the cyclic collector's passes over them took a
    # quarter of its time at 50,000 names, and find nothing to collect.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _link_names(used, lexicon, trace)
    finally:
        if enabled:
            gc.enable()


def _link_names(used: dict[tuple[str, str], NameUse], lexicon: Lexicon | None,
                trace: list | None) -> Linked:
    rules = load_rules()
    lexicon = lexicon or Lexicon()
    uf = UnionFind()
    note = (lambda a, b, why: trace.append((a, b, why))) if trace is not None else (lambda *_: None)
    names_by_cls: dict[str, set[str]] = defaultdict(set)
    for cls, name in used:
        names_by_cls[cls].add(name)
        uf.find(f"{cls}/{name}")
    # Every name of the corpus is known before any is linked: the result cannot
    # depend on which mention came first.
    known = set(_known(lexicon))
    for names in names_by_cls.values():
        known |= names
    tails = tuple(rules.track_tags.get("form_tails", ()))
    for (cls, name), u in sorted(used.items()):
        # a document's fuller name of a lexicon track (高端装备制造 of 高端装备: kg/recognise/forms.py)
        # is an entity of its own
        fuller = lexicon.fuller_entry(name, cls, tails)
        # surfaces the lexicon knows, and aliases the text declares (简称, 原名)
        for a in sorted({name, *u.surfaces, *u.aliases}):
            e = lexicon.lookup(a, cls) if not u.lexicon_free else None
            if fuller is not None and e is fuller:
                continue
            target = e.name if e else (a if a in u.aliases and a in names_by_cls[cls] else None)
            # (a name's own last words given as its alias, 云溪街道|新材料产业园, that name many
            # things, a kind or a chain's site, join no other name of them)
            if target and not e and target != name and generic_suffix(target, name, rules, lexicon, cls):
                continue
            if target and target != name:
                note(name, target, "lexicon" if e else "declared")
                uf.union(f"{cls}/{name}", f"{cls}/{target}")
    same_heads = rules.link.get("same_heads", ())
    also_place = frozenset(rules.link.get("also_place_heads", ()))
    forms = legal_forms(rules)
    trade_tails = registered_tails(rules)
    group_words = rules.link.get("group_words", ())
    for cls, names in sorted(names_by_cls.items()):
        rank = {n: i for i, n in enumerate(sorted(names, key=lambda n: (len(n), n)))}
        found = []
        levels = tuple(rules.link.get("level_openers", ())) if cls in rules.link.get("level_opener_classes", ()) else ()
        cuts = rules.link.get("zone_cut_heads", ()) if cls == "Platform" else ()
        for short, long in sorted(candidate_pairs(names, same_heads, levels, forms, *(
                                  (trade_tails, group_words) if cls == "Enterprise" else ((), ())), cuts),
                                  key=lambda p: (rank[p[0]], rank[p[1]])):
            why = why_same(short, long, rules, lexicon, known, cls)
            if why:
                found.append((short, long, why))
        docs = {n: used[(cls, n)].docs for n in names}
        shared = shared_ends(cls, found, uf)
        shared_trade = shared_trade_names(found, docs)
        parented = parented_branches(found, docs, rules.link,
                                     {n: used[(cls, n)].first[2:4] for n in names if used[(cls, n)].first})
        tracks = names_by_cls.get("IndustryTrack", set())
        for short, long, why in found:
            if why == "suffix" and (short in shared or separate_kinds(short, long, docs[short], docs[long],
                                                                      rules, lexicon, tracks)) \
                    or not _same_place(used[(cls, short)], used[(cls, long)], rules) \
                    or (short, long) in parented \
                    or why in ("legal-cut", "trade-name") and not docs[short] & docs[long] \
                    or why == "trade-name" and short in shared_trade \
                    or brand_only(used[(cls, short)], why, rules):
                continue
            note(short, long, why)
            uf.union(f"{cls}/{short}", f"{cls}/{long}")
        for short, long, why in _short_forms(cls, docs, rules, lexicon):
            if brand_only(used[(cls, short)], why, rules):
                continue
            note(short, long, why)
            uf.union(f"{cls}/{short}", f"{cls}/{long}")
    groups: dict[str, list[NameUse]] = defaultdict(list)
    for (cls, name), u in used.items():
        groups[uf.find(f"{cls}/{name}")].append(u)
    entities: dict[str, Entity] = {}
    keys: dict[tuple[str, str], str] = {}
    first: dict[str, tuple] = {}
    for root, us in sorted(groups.items()):
        cls = us[0].cls                  # unions never cross classes
        count = {u.name: u.count for u in us}
        free = {u.name for u in us if u.lexicon_free}
        lex = next((e for e in (lexicon.lookup(n, cls) for n in sorted(count)
                                if n not in free and lexicon.fuller_entry(n, cls, tails) is None) if e), None)
        name = lex.name if lex else max(count, key=lambda n: (count[n], len(n), n))
        key = f"{cls}/{name}"
        ent = entities.get(key) or Entity(key, cls, name)
        ent.aliases |= {a for u in us for a in (*u.surfaces, u.name, *u.aliases) if alias_ok(a, cls, lexicon)}
        if lex:
            ent.aliases |= set(lex.aliases)
            ent.en = ent.en or lex.en
        ent.extra_classes |= {c for u in us for c in u.extra} - {cls}
        if cls == "Platform" and getattr(rules.head_of(name), "word", None) in also_place:
            ent.extra_classes.add("Place")   # 兰州新区: a zone that is an area with a government too
        entities[key] = ent
        for u in us:
            keys[(cls, u.name)] = key
            first[key] = min(first.get(key, u.first), u.first)
    for ent in entities.values():
        ent.aliases.discard(ent.name)
        # an alias that names another entity of the same class would merge two clusters for a reader
        ent.aliases = {a for a in ent.aliases if f"{ent.cls}/{a}" not in entities or f"{ent.cls}/{a}" == ent.key}
    return Linked(entities, keys, {k: (f[2], f[3]) for k, f in first.items()})


def _same_place(short: NameUse, long: NameUse, rules) -> bool:
    """False when either of two names of a body opens with a level standing for the area
    ([link] level_openers, level_opener_classes: 区|工业和信息化局) and no document uses both
    names: each document's 区 is its own district, so 区工业和信息化局 ends 星澜区工业和信息化局,
    and 市工信局 shortens 市工业和信息化局, only in a document that names both (another's is
    another district's); so does a bureau named by its remit alone ([link] bare_body_ends,
    bare_body_units: 经济发展局 of 星澜高新区经济发展局)."""
    lk = rules.link
    bare = short.name.endswith(tuple(lk.get("bare_body_ends", ()))) \
        and not any(ch in lk.get("bare_body_units", "") for ch in short.name)   # (经济发展局: each zone's own)
    if short.cls not in lk.get("level_opener_classes", ()) or not bare \
            and not any(u.name.startswith(tuple(lk.get("level_openers", ()))) for u in (short, long)):
        return True
    return bool(short.docs & long.docs) or not (short.docs and long.docs)


def shared_ends(cls: str, found: list[tuple[str, str, str]], uf: UnionFind) -> set[str]:
    """The names that end two or more longer names of other things ("suffix" reasons of
    ``found``, (short, long, why) triples): 星澜开发区管委会 and 青禾经济开发区管委会 of
    two documents both end in 开发区管委会, which one document uses for its own zone's
    body and another for another's. Such a name joins neither: it is left an entity of
    its own rather than chaining the bodies of two zones into one. Two longer names are
    of one thing when one ends the other or when any other reason (or the lexicon, or a
    declared alias: ``uf``) joins them."""
    by_short: dict[str, list[str]] = defaultdict(list)
    for short, long, why in found:
        if why == "suffix":
            by_short[short].append(long)
    if not any(len(longs) > 1 for longs in by_short.values()):
        return set()
    joined = UnionFind()
    for n in uf.parent:
        joined.union(n, uf.find(n))
    for short, long, why in found:
        if why != "suffix":
            joined.union(f"{cls}/{short}", f"{cls}/{long}")
    out = set()
    for short, longs in by_short.items():
        if any(not a.endswith(b) and not b.endswith(a) and joined.find(f"{cls}/{a}") != joined.find(f"{cls}/{b}")
               for i, a in enumerate(longs) for b in longs[i + 1:]):
            out.add(short)
    return out


def link(mentions: list[Mention], lexicon: Lexicon | None = None,
         trace: list | None = None) -> dict[str, Entity]:
    """Group mentions into entities; returns entities by key and sets each
    mention's ``key`` to the key of its entity (and fills ``Entity.mentions``,
    in the order of ``mentions``).

    ``trace``, when given, receives (name, name, reason) for every merge of two names.
    """
    linked = link_names(uses(mentions), lexicon, trace)
    for m in mentions:
        m.key = linked.keys[(m.cls, m.name)]
        linked.entities[m.key].mentions.append(m)
    return linked.entities
