"""Owners read off the stem of a group's name in a document: a project whose name opens with a
group's stem or brand (星澜云溪食品产业园项目 beside 星澜集团: ``stem_owners``), a firm whose name
goes on from a group's stem (星澜骨科 beside 星澜集团: ``group_firms``); ``firm_stem`` is the name
without its group's or legal form's words (kg/relate/bracket_owners.py reads it too)."""
from __future__ import annotations

from functools import lru_cache

from ..model import Document, Mention
from .base import Collector, load_rules, names_place, unowned_projects
from .brand_stems import brand_stems


def _place_names(c: Collector, keys: set[str]) -> set[str]:
    """Every name and alias of the places among ``keys``."""
    return {n for k in keys if c.ents[k].cls == "Place" for n in (c.ents[k].name, *c.ents[k].aliases)}


def firm_stem(name: str, suffixes: list[str]) -> str:
    """``name`` without the group's or legal form's words that end it (``suffixes``, longest
    first), two characters of it kept at least.

    >>> firm_stem("星澜控股集团有限公司", ["集团有限公司", "有限公司", "控股", "集团"])
    '星澜'
    """
    stem = name
    while True:
        end = next((x for x in suffixes if stem.endswith(x) and len(stem) - len(x) >= 2), None)
        if not end:
            return stem
        stem = stem[:-len(end)]


@lru_cache(maxsize=4)
def _trades(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    """The trade words a firm's brand may end with (the firm heads that need a context word:
    科技, 精密 …), longest first, not the group words ``suffixes``: the same for every document."""
    return tuple(sorted((w for w, h in load_rules().heads.items() if h.cls == "Enterprise" and h.context
                         and w not in suffixes), key=len, reverse=True))


def stem_owners(c: Collector, doc: Document, mentions: list[Mention]) -> None:
    """A project no rule has given an owner, whose name begins with the stem
    of a group its document names, is the group's: 星澜云溪食品产业园项目 beside 星澜集团
    (the stem: the firm's name without a group or legal form, relations.toml [owner]
    group_suffixes; not a stem that names a place: 浙江集团 -> 浙江); the longest stem, with
    two characters of the name after it at least. (Not a park: 星澜科学城 beside 星澜集团
    is more often named after the place both are named after.)"""
    suffixes = sorted(c.rules.get("owner", {}).get("group_suffixes", ()), key=len, reverse=True)
    if not suffixes:
        return
    keys = {m.key for m in mentions if m.key}
    places = _place_names(c, keys)
    stems: dict[str, str] = {}
    trades = _trades(tuple(suffixes))
    brands: dict[str, set[str]] = {}
    for k in sorted(keys):
        if c.ents[k].cls != "Enterprise":
            continue
        name = c.ents[k].name
        stem = firm_stem(name, suffixes)
        if stem != name and stem not in places:
            stems.setdefault(stem, k)
        # (山西|星钢精密材料有限公司: the brand without the province, 星钢精密材料深加工项目)
        for b in brand_stems(name, stem, c.lexicon, trades) if stem != name else ():
            if b not in places:
                brands.setdefault(b, set()).add(k)
    for b, ks in brands.items():
        if len(ks) == 1:    # (a brand two firms share names neither's project)
            stems.setdefault(b, next(iter(ks)))
    if not stems:
        return
    # a stem that begins the name of an area, a park or a 商圈 the document names is a
    # place's name too (张江集团 beside 张江科学城, 张江药谷): what it begins is named
    # after the place, not the group
    areas = {k: c.ents[k].name for k in keys if c.ents[k].cls in ("Place", "Platform", "CommercialDistrict")}
    owned = {r.subject for r in c.out.values() if r.predicate == "ownedBy"}
    for m, k in unowned_projects(c, mentions, owned):
        name = c.ents[k].name
        stem = next((name[:n] for n in range(len(name) - 2, 1, -1) if name[:n] in stems), None)
        if stem and stems[stem] != k and not any(a.startswith(stem) for o, a in areas.items() if o != k):
            c.add(k, "ownedBy", stems[stem], doc.doc_id, m.sentence, "owner-stem")


def group_firms(c: Collector, doc: Document, mentions: list[Mention]) -> None:
    """A firm whose name begins with the stem of a group the document names, and goes on
    (星澜骨科, 星澜血净 beside 星澜集团), is the group's: ``owner-group`` (not a registered
    company, [owner] registered_ends). The group is named
    as one ([owner] group_names: 星澜集团, 星澜控股集团有限公司); its stem, the name without
    that word, has two characters or more and names no place (浙江集团 -> 浙江)."""
    groups = sorted(c.rules.get("owner", {}).get("group_names", ()), key=len, reverse=True)
    registered = tuple(c.rules.get("owner", {}).get("registered_ends", ()))
    if not groups:
        return
    keys = {m.key for m in mentions if m.key}
    places = _place_names(c, keys)
    stems: dict[str, str] = {}
    for k in sorted(keys):
        name = c.ents[k].name
        if c.ents[k].cls == "Enterprise":
            end = next((g for g in groups if name.endswith(g) and len(name) - len(g) >= 2), None)
            # (a place without its unit too: 云溪 for 云溪区)
            if end and not names_place(name[:-len(end)], places):
                stems.setdefault(name[:-len(end)], k)
    done = set()
    for m in mentions:
        k = m.key
        if not k or k in done or m.role == "owner" or c.ents[k].cls != "Enterprise":
            continue
        done.add(k)
        names = (c.ents[k].name, *c.ents[k].aliases)
        if any(n.endswith(registered) for n in names):
            continue    # (a registered company, 星澜东岳汽车有限公司, is one of its own unless the text says)
        got = next((g for st, g in stems.items() if g != k and any(n.startswith(st) and len(n) > len(st)
                                                                    and not n.endswith(tuple(groups))
                                                                    for n in names)), None)
        if got:
            c.add(k, "ownedBy", got, doc.doc_id, m.sentence, "owner-group")
