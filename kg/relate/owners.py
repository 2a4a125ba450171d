"""ownedBy within a sentence: an owner named at the start of a project's name,
and ownership frames (控股企业)."""
from __future__ import annotations

import re

from .base import OWNED, OWNERS, Collector, Item, finditer, names_place, unowned_projects

BRACKET_PLACE = re.compile(r"([^（(]{2,})[（(]([^（）()]{2,})[）)]")   # 星澜重工（云溪）风电有限公司


def _bracketed(name: str) -> bool:
    """True when ``name`` holds a bracket: a group's company in a city, 星澜芯片制造(云溪)有限公司."""
    return "(" in name or "（" in name


def owners(c: Collector, doc, s, ms: list[Item]) -> None:
    for x in ms:
        if x.m.role == "owner":
            # (the owner may follow a place that opens the name: 云溪|星澜精密|电子产业园)
            parent = next((p for p in ms if p.m.start <= x.m.start and p.m.end > x.m.end
                           and p.m.role != "owner"), None)
            if parent and c.cls(parent.key) & OWNED and c.cls(x.key) & OWNERS:
                c.add(parent.key, "ownedBy", x.key, doc.doc_id, s.index, "owner-prefix")
    for pat in c.rules.get("owner", {}).get("frames", ()):
        for mt in finditer(pat, s.text):
            owner = next((x for x in ms if x.m.end == mt.start("owner") + len(mt.group("owner"))
                          and c.cls(x.key) & OWNERS), None)
            owned = next((x for x in ms if x.m.start == mt.start("owned") and x.m.role != "owner"), None)
            # the 控股企业 is a firm: in 青禾集团控股企业—星澜电竞全国教育总部 it is 星澜电竞,
            # the firm the project is named after, not the project
            firm = next((x for x in ms if owned and x.m.start == owned.m.start and x.m.role == "owner"
                         and x.cls == "Enterprise"), None)
            owned = firm or owned
            if owner and owned and c.cls(owned.key) & OWNED:
                c.add(owned.key, "ownedBy", owner.key, doc.doc_id, s.index, "owner-frame")
            if owner:
                c.frame_owners.add((doc.doc_id, s.index, owner.m.start))
                c.holders.add((doc.doc_id, s.index, owner.m.start))


def legal_owners(c: Collector, doc_id: str, keys: set[str]) -> None:
    """An owner named by a short form (明阳 in 明阳海上风电研发总部项目) where the document
    names that firm in full (明阳智慧能源集团股份有限公司, 镇江瑞泰电子材料有限公司 for
    瑞泰电子): the firm in full is the owner. The full name is a legal one (it ends with a
    form of [owner] group_suffixes) that holds the short one at its start, or after the
    name of a place (镇江|瑞泰电子|材料有限公司), and more after it; one such firm only. Not
    a firm with a bracketed place (星澜芯片制造(云溪)有限公司): that is the group's company
    in a city, and the group the project is named after owns it too; but where the owned
    thing's name holds that city after the short form (星澜重工云溪风电设计中心 beside
    星澜重工（云溪）风电有限公司 and 星澜重工股份有限公司), the company in that city owns it.
    ``keys``: the things the document names."""
    forms = tuple(c.rules.get("owner", {}).get("group_suffixes", ()))
    if not forms:
        return
    legal = [k for k in sorted(keys) if c.ents[k].cls == "Enterprise" and c.ents[k].name.endswith(forms)
             and not _bracketed(c.ents[k].name)]
    if not legal and not any(_bracketed(c.ents[k].name) for k in keys):
        return
    # (after the test above: ``c.ents`` may be the whole corpus's, and most documents name no such firm)
    places = {n for k, e in c.ents.items() if e.cls == "Place" for n in (e.name, *e.aliases)}
    # (the group's companies in a city, 星澜重工（云溪）风电有限公司: name before the bracket, place in it)
    local = _local_firms(c, keys, forms)

    def _admin(word: str) -> bool:
        e = c.lexicon.lookup(word, "Place")
        return e is not None and bool(getattr(e, "levels", ()))

    def full(short: str, units: set[str]) -> str | None:
        found = set()
        for k in legal:
            name = c.ents[k].name
            at = name.find(short, 0, 3 + len(short))
            # (the place without its unit: 镇江 for 镇江市; or a city or county the lexicon knows,
            # though the document names it only inside names: 三门峡|星澜新能源材料有限公司)
            if at >= 0 and (at == 0 or names_place(name[:at], places) or _admin(name[:at])) \
                    and len(name) > at + len(short) and k not in units:
                found.add(k)
        return found.pop() if len(found) == 1 else None

    def local_firm(owner, owned: str) -> str | None:
        """The group's company in a city whose name before the bracket opens with the owner's
        short form (or the owner's name with it), where the owned thing's name holds that name
        (or its first characters, 星澜云溪…) and the bracketed place right after it (星澜重工云溪风电设计中心 beside
        星澜重工（云溪）风电有限公司): it owns the thing."""
        names = [n for n in (owner.name, *owner.aliases) if len(n) >= 2]
        if any(c.lexicon.lookup(n, "Enterprise") for n in names):
            return None     # (a firm the lexicon knows, 星澜 of 星澜云溪工厂: the group's)
        found = {k for k, head, place in local if _opens_with(owned, head, place)
                 and any(head.startswith(n) or n.startswith(head) for n in names)}
        return found.pop() if len(found) == 1 else None

    # (the firms the short form owns are its units, not it: 星澜 beside 青禾星澜食品有限公司 and
    # 星澜全资子公司云溪星澜物流有限公司 is the first)
    units: dict[str, set[str]] = {}
    for r in c.out.values():
        if r.predicate == "ownedBy" and r.doc_id == doc_id:
            units.setdefault(r.object, set()).add(r.subject)
    for key, r in list(c.out.items()):
        if r.predicate != "ownedBy" or r.doc_id != doc_id:
            continue
        e = c.ents[r.object]
        owner = local_firm(e, c.ents[r.subject].name) if local and e.cls == "Enterprise" else None
        if owner and owner not in (r.subject, r.object):
            del c.out[key]
            c.add(r.subject, "ownedBy", owner, r.doc_id, r.sentence, r.rule, r.confidence)
            continue
        if r.object in legal or e.cls != "Enterprise" or len(e.name) < 2 or e.name.endswith(forms):
            continue
        owner = full(e.name, units.get(r.object, set()))
        if owner and owner != r.subject:
            del c.out[key]
            c.add(r.subject, "ownedBy", owner, r.doc_id, r.sentence, r.rule, r.confidence)


def stated_owners_win(c: Collector, doc_id: str, mentions: list) -> None:
    """A project's owner read off its name where the document states who owns it
    ((三)墨汇物流枢纽项目。投资方：青禾星澜物流有限公司): the stated owner is the owner,
    not the firm the name opens with, when no list holds that firm and the document
    names it nowhere but inside names (as nested owners). ``mentions``: the document's.
    A firm a list knows yields too, to a stated owner whose name holds its name (中国移动|西藏公司,
    京东|物流 for 京东: the group's own company there builds the thing, and the group, named only
    inside names, is no party the document speaks of).
    The rules that read owners off names: relations.toml [owner] name_rules."""
    named = set(c.rules.get("owner", {}).get("name_rules", ()))
    if not named:
        return
    stated: dict[str, set[str]] = {}
    for r in c.out.values():
        if r.predicate == "ownedBy" and r.doc_id == doc_id and r.rule not in named:
            stated.setdefault(r.subject, set()).add(r.object)
    if not stated:
        return
    alone = {m.key for m in mentions if m.key and m.role != "owner"}
    lex = c.lexicon
    registered = tuple(c.rules.get("owner", {}).get("registered_ends", ()))
    for key, r in list(c.out.items()):
        if r.predicate != "ownedBy" or r.doc_id != doc_id or r.rule not in named \
                or not stated.get(r.subject, set()) - {r.object} or r.object in alone:
            continue
        e = c.ents[r.object]
        # (a firm's brand only: a hospital or a school a site's name opens with owns it beside
        # the builder the text names, 云溪医院二期由青禾城投负责建设)
        if e.cls != "Enterprise":
            continue
        names = {n for n in (e.name, *e.aliases) if len(n) >= 2}
        if not any(lex.lookup(n, e.cls) for n in names) and not (registered and e.name.endswith(registered)) \
                or _unit_stated(c, names, stated[r.subject] - {r.object}):
            del c.out[key]


def _unit_stated(c: Collector, names: set[str], stated: set[str]) -> bool:
    """True when a stated owner (keys ``stated``) is a firm whose name holds one of ``names``, a
    firm's names: its own company (中国移动湖北公司 for 中国移动). Not a company with a bracketed
    place (星澜芯片制造(云溪)有限公司): the group's company in a city, which the group owns with
    what it builds (as legal_owners reads it)."""
    return any(c.ents[k].cls == "Enterprise" and not _bracketed(c.ents[k].name)
               and any(n in m for n in names for m in (c.ents[k].name, *c.ents[k].aliases)) for k in stated)


def brand_owners(c: Collector, doc_id: str, mentions: list) -> None:
    """A project no rule gave an owner, whose name opens with the brand of a firm the
    document names in full (墨鑫|年产5万吨板带项目 beside 云溪墨鑫不锈钢有限公司): that firm
    owns it (``owner-brand``). The firm's name is a legal one ([owner] group_suffixes ends it),
    its brand what follows a place at most; the project's name opens with two characters of
    it at least, and more after them; one such firm only. Not a brand that is a place's or
    a track's name (青禾|新材料…: 新材料 opens many names), nor one that opens or ends the
    name of an area or a park the document names (云溪古城 beside 云溪古城投资有限公司)."""
    forms = tuple(sorted(c.rules.get("owner", {}).get("group_suffixes", ()), key=len, reverse=True))
    stem_units = tuple(c.rules.get("owner", {}).get("place_stem_units", ()))
    if not forms:
        return
    keys = {m.key for m in mentions if m.key}
    lex = c.lexicon
    places = {n for k in keys if c.ents[k].cls == "Place" for n in (c.ents[k].name, *c.ents[k].aliases)}
    common = places | {n for k in keys if c.ents[k].cls == "IndustryTrack"
                       for n in (c.ents[k].name, *c.ents[k].aliases)}
    # (a brand that opens or ends the name of an area, a park or a 商圈 the document names is
    # the place's name too: 星澜新区, 星澜科学城 beside 星澜控股集团 name what is named after it)
    areas = {n for k in keys if c.ents[k].cls in ("Place", "Platform", "CommercialDistrict")
             for n in (c.ents[k].name, *c.ents[k].aliases)}

    def place(word: str) -> bool:
        # (吉林 of 吉林省 and 吉林市: a stem two units share is no alias of either, still a place)
        return names_place(word, places) or lex.lookup(word, "Place") is not None \
            or any(lex.lookup(word + unit, "Place") is not None for unit in stem_units)

    brands = []     # (brand, firm key)
    for k in sorted(keys):
        name = c.ents[k].name
        if c.ents[k].cls != "Enterprise" or _bracketed(name):
            continue
        # (a short name a place opens, 云溪|星澜塔筒: the brand after the place, as in a legal one)
        end = next((len(name) - len(f) for f in forms if name.endswith(f)), None)
        for at in _place_ends(name, place)[0 if end else 1:]:
            core = name[at:end]
            if len(core) >= 2 and not place(core[:2]):
                brands.append((core, k))
    local = _local_firms(c, keys, forms)
    if not brands and not local:
        return
    owned = {r.subject for r in c.out.values() if r.predicate == "ownedBy" and r.doc_id == doc_id}
    for m, k in unowned_projects(c, mentions, owned):
        name = c.ents[k].name
        # (the group's company in a city, its name and that city opening the project's:
        # 星澜重工云溪设计中心 beside 星澜重工（云溪）家具有限公司)
        found = {firm: 1 for firm, head, place in local if _opens_with(name, head, place)}
        if len(found) == 1 and k not in found:
            c.add(k, "ownedBy", next(iter(found)), doc_id, m.sentence, "owner-brand")
            continue
        found = {}
        for core, firm in brands:
            n = next((n for n in range(len(core), 1, -1) if name.startswith(core[:n])), 0)
            if n and len(name) > n + 1 and core[:n] not in common and not lex.lookup(core[:n], "IndustryTrack") \
                    and not place(core[:n]) and not any(a.startswith(core[:n]) or a.endswith(core[:n]) for a in areas):
                found[firm] = max(found.get(firm, 0), n)
        if len(found) == 1 and k not in found:
            c.add(k, "ownedBy", next(iter(found)), doc_id, m.sentence, "owner-brand")


def _local_firms(c: Collector, keys, forms: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(key, name before the bracket, bracketed place) of the registered firms among ``keys``
    named with a place in brackets (星澜重工（云溪）风电有限公司: 星澜重工, 云溪), where the
    document names the group by a registered name too (星澜重工股份有限公司: [owner]
    registered_ends), a name no list knows: a thing named by the group's words and the city
    is then told from the group's by the city. Where the group is a firm the lexicon knows
    (or named only by its brand), the gold files give such a thing to the group."""
    registered = tuple(c.rules.get("owner", {}).get("registered_ends", ()))
    if not registered:
        return []
    groups = [c.ents[k] for k in keys if c.ents[k].cls == "Enterprise" and c.ents[k].name.endswith(registered)
              and not _bracketed(c.ents[k].name)
              and not any(c.lexicon.lookup(n, "Enterprise") for n in (c.ents[k].name, *c.ents[k].aliases))]
    return [(k, *m.groups()) for k in sorted(keys) if c.ents[k].cls == "Enterprise"
            and c.ents[k].name.endswith(forms) and (m := BRACKET_PLACE.match(c.ents[k].name))
            and any(g.name.startswith(m.group(1)[:2]) for g in groups)]


def _opens_with(owned: str, head: str, place: str) -> bool:
    """True when ``owned`` opens with ``head`` or its first two characters or more, and
    ``place`` right after them (星澜重工云溪…, 星澜云溪… of 星澜重工（云溪）…有限公司)."""
    return any(owned.startswith(head[:n] + place) for n in range(len(head), 1, -1))


def _place_ends(name: str, place) -> list[int]:
    """Where a registered name's brand may start: at 0, after a place of one to three
    characters opening it, and after a second place right after a first (河北|衡水|青禾酒业,
    山东|青岛|星澜电子: a province and a city before the brand)."""
    ends = [0] + [at for at in range(1, 4) if place(name[:at])]
    for at in [a for a in ends if a >= 2]:
        ends += [at + n for n in range(4, 1, -1) if place(name[at:at + n])][:1]
    return ends


def owners_not_landed(c: Collector, doc_id: str) -> None:
    """Drop what the district rule lands of a document's owners in the sentences that say what
    they own (a table's row: 星澜储能项目  星澜新能源有限公司  18亿元  开工建设; …由X投资，总投资N亿元):
    who builds or runs the thing the district lands is not landed with it (kg/relate/located.py
    leaves out the owners a frame named before it; the rules that read a row or a field come
    later). The rules are relations.toml [located] owner_not_landed_rules."""
    rules = set(c.rules.get("located", {}).get("owner_not_landed_rules", ()))
    owned = {(r.sentence, r.object) for r in c.out.values() if r.predicate == "ownedBy" and r.doc_id == doc_id}
    if not rules or not owned:
        return
    for k in [k for k, r in c.out.items() if r.predicate == "locatedIn" and r.rule in rules
              and r.doc_id == doc_id and (r.sentence, r.subject) in owned]:
        del c.out[k]
