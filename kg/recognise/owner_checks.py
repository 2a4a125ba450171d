"""A document's owner mentions checked against the rest of what it names, once its
sentences are read (kg/recognise/owners.py finds them inside names): a brand that is a
place's stem or a track the document names is no owner (``place_brands``,
``track_brands``), and a firm named in full elsewhere in the document owns what its short
form opens (``named_firm_owners``)."""
from __future__ import annotations

import re
from dataclasses import replace

# owners read off a name with no firm's word in them: a brand alone
_BARE_BRANDS = ("owner-prefix:brand", "owner-prefix:before-place", "owner-prefix:store")


def place_brands(rules, mentions: list) -> list:
    """``mentions`` without the brands no list holds that are a place's name without
    its kind (rules.toml [brand] place_stem_ends), when the document names that place:
    浑南|软件园 beside 浑南区 names where the park is, not its owner."""
    ends = tuple(rules.brand.get("place_stem_ends", ()))
    stems = {n[:-len(e)] for m in mentions if m.cls in ("Place", "Platform") and m.role != "owner"
             for n in (m.surface, m.name) for e in ends if n.endswith(e) and len(n) - len(e) >= 2}
    out = [m for m in mentions if not (m.rule == "owner-prefix:brand" and m.surface in stems)
           and not _place_and_trade(m, stems)]
    return [_without_place_tail(m, stems) for m in out]


def place_items(rules, mentions: list) -> list:
    """``mentions`` without the firms only a list reads (坎布拉、白露等景区运营企业) whose name is a
    place's the document names, less its kind (rules.toml [brand] place_item_ends, up to two: 坎布拉镇,
    白露国家森林公园景区): the word names the place, and which of the firms named after it the list
    means the text does not say."""
    ends = sorted(rules.brand.get("place_item_ends", ()), key=len, reverse=True)
    stems = set()
    for m in mentions:
        if m.cls != "Place" or m.role == "owner":
            continue
        names = {m.name}
        for _ in range(2):
            names |= {n[:-len(e)] for n in names for e in ends if n.endswith(e) and len(n) - len(e) >= 2}
        stems |= names - {m.name}
    return [m for m in mentions if not (m.rule == "enumeration" and m.cls == "Enterprise" and m.surface in stems)]


def _without_place_tail(m, stems: set):
    """A bare brand that ends with the stem of a place the document names (星澜|港东 before
    云溪|渔光互补项目, beside 港东区) is the brand alone: the words after it say where the
    project is, the brand's own has two characters at least."""
    if m.role != "owner" or m.rule not in _BARE_BRANDS:
        return m
    tail = max((s for s in stems if m.surface.endswith(s) and len(m.surface) - len(s) >= 2), key=len, default="")
    if not tail:
        return m
    brand = m.surface[:-len(tail)]
    return replace(m, end=m.end - len(tail), surface=brand, name=brand)


_NOT_SHAPED = ("lexicon", "lexicon+head", "unit", "brand")


def track_brands(mentions: list) -> list:
    """``mentions`` without the owners shaped as a brand and a trade word (or a brand no list
    holds) that the document names as a track (星澜新材料 beside 星澜新材料 the industry, in
    星澜新材料产业化基地): the project is named after its industry, no firm owns it by name."""
    tracks = {n for m in mentions if m.cls == "IndustryTrack" and m.role != "owner" for n in (m.surface, m.name)}
    return [m for m in mentions if not (m.role == "owner" and m.surface in tracks and m.rule.startswith("owner-prefix:")
                                         and (m.rule.split(":", 1)[1] not in _NOT_SHAPED or m.rule.endswith(":brand")))]


def _place_and_trade(m, stems: set) -> bool:
    """An owner shaped as brand + trade word whose brand is such a place stem (青禾|新材料
    in 青禾新材料产业园二期 beside 云溪青禾新区): the park is named after the place and its trade."""
    if not m.rule.startswith("owner-prefix:"):
        return False
    word = m.rule.split(":", 1)[1]
    if word in _NOT_SHAPED or not m.surface.endswith(word):
        return False
    brand = m.surface[:-len(word)]
    # (the stem may open with its city: 云溪市青禾|新区 -> 青禾; and a stem with less than a
    # brand's two characters after it is the place and a longer trade word: 青禾|新|能源)
    return len(brand) >= 2 and any(st.endswith(brand) or (brand.startswith(st) and len(brand) - len(st) < 2)
                                   for st in stems if len(st) >= 2)


# owners read off a name by its shape, not known by a list: the document's own firms may
# say where such an owner's name ends
_SHAPED_ONLY = ("lexicon", "lexicon+head", "sibling", "unit", "body", "branch", "short")


def firm_stems(rules, name: str) -> list[str]:
    """The short forms of a firm's name, longest first: the name without its bracketed
    parts and then without one firm's head after another (东风星澜汽车有限公司 ->
    东风星澜汽车 -> 东风星澜); each two characters or more."""
    stem = re.sub(r"[（(][^）)]*[）)]", "", name)
    out = [stem] if stem != name else []
    while True:
        h = rules.head_of(stem)
        if h is None or h.cls != "Enterprise" or len(stem) - len(h.word) < 2:
            return out
        stem = stem[:-len(h.word)]
        out.append(stem)


def named_firm_owners(rules, mentions: list, is_place) -> list:
    """``mentions`` with each owner read off a project's name by its shape (星澜重卡新能源 in
    星澜重卡新能源专用车基地) that begins with the name or a short form of a firm the
    document names on its own (星澜重卡汽车有限公司 -> 星澜重卡), after a place at most
    (云溪|星澜精密 for 星澜): that firm is the owner, and its name ends where that form
    ends. ``is_place(text)``: whether the text names a place."""
    firms = {}          # a form of a firm's name -> (the firm's class, its name)
    after_city = {}     # the same, of the forms after the city the name opens with
    registered = {}     # a registered firm's name after its city -> the firms so named
    units = tuple(rules.brand.get("city_firm_short_units", ()))
    forms = tuple(rules.legal_name.get("registered_forms", ()))
    is_place = _place_or_stem(rules, mentions, is_place)
    for m in mentions:
        if m.role == "owner" or m.cls not in ("Enterprise", "Institution"):
            continue
        for n in {m.name, m.surface, *m.aliases}:
            for form in (n, *firm_stems(rules, n)):
                if len(form) >= 2 and not is_place(form):
                    firms.setdefault(form, (m.cls, m.name))
                # (云溪|星澜医疗科技有限公司 -> 星澜: one firm's only, not the short form of two
                # firms of a group in two cities; a firm's city may go without its unit, 云溪 of 云溪市)
                at = next((k for k in (3, 2) if len(form) >= k + 2 and (is_place(form[:k]) or (
                    m.cls == "Enterprise" and any(is_place(form[:k] + u) for u in units)))), 0)
                if at and not is_place(form[at:]):
                    after_city.setdefault(form[at:], set()).add((m.cls, m.name))
                if n.endswith(forms) and form == n:
                    registered.setdefault(form[at:], set()).add((m.cls, m.name))
    for form, named in after_city.items():
        if len(named) == 1:
            firms.setdefault(form, next(iter(named)))
    if not firms:
        return mentions
    out = []
    full = {n for fs in registered.values() for _, n in fs}
    for m in mentions:
        if m.rule == "owner-prefix:short" and m.name not in full:
            # (广西星澜循环科技 for 广西星澜循环科技有限公司: a firm's name read short of its legal form)
            longer = {n for n in full if n.startswith(m.name)}
            m = replace(m, name=longer.pop()) if len(longer) == 1 else m
        shaped = m.role == "owner" and m.rule.startswith("owner-prefix:") \
            and m.rule.split(":", 1)[1] not in _SHAPED_ONLY and not m.rule.startswith("owner-prefix:legal")
        if shaped and m.surface in firms and firms[m.surface][1] != m.name:
            # (a brand that is the short form of a firm named in full after its city: 星澜 beside
            # 云溪星澜医疗科技有限公司 is that firm)
            cls, name = firms[m.surface]
            m = replace(m, cls=cls, name=name, rule="owner-prefix:named-firm")
        elif shaped and m.surface not in firms:
            found = None
            for skip in range(0, min(4, len(m.surface) - 2)):
                if skip and not is_place(m.surface[:skip]):
                    continue
                form = next((m.surface[skip:n] for n in range(len(m.surface) - 1, skip + 1, -1)
                             if m.surface[skip:n] in firms), None)
                if form:
                    found = (skip, form)
                    break
            if found:
                skip, form = found
                cls, name = firms[form]
                m = replace(m, start=m.start + skip, end=m.start + skip + len(form), surface=form, cls=cls,
                            name=name, rule="owner-prefix:named-firm")
            else:
                m = _registered_opening(m, registered, is_place)
        out.append(m)
    return out


def _place_or_stem(rules, mentions: list, is_place):
    """``is_place`` widened to the places the document names without their kind ([brand]
    place_stem_ends), which are no firm's short form: 青禾 of 青禾市 opens 云溪青禾星芯电子有限公司
    as its county, not as its brand (星芯). (Only the document's own places: a county's name
    elsewhere may be a firm's brand, 白露 of a 白露县 the document never names.)"""
    ends = tuple(rules.brand.get("place_stem_ends", ()))
    named = {n[:-len(e)] for m in mentions if m.cls == "Place" and m.role != "owner"
             for n in (m.surface, m.name) for e in ends if n.endswith(e) and len(n) - len(e) >= 2}
    if not named:
        return is_place

    def place(text: str) -> bool:
        return text in named or bool(is_place(text))
    return place


def _registered_opening(m, registered: dict, is_place):
    """A brand read off a name (bare, or with a firm's trade word after words of the product:
    港渡|废旧电池|回收项目 read 港渡废旧动力) whose first characters open the name of one registered
    firm the document names, after its city (云溪港渡循环科技有限公司): that firm owns the
    thing, its brand ending where the two names part. Not a brand and the trade word right
    after the shared characters (星澜|水泥 beside 星澜啤酒有限公司: the group's other firm)."""
    word = m.rule.split(":", 1)[1]
    if m.rule not in _BARE_BRANDS and not (m.surface.endswith(word) and len(word) >= 2):
        return m
    s = m.surface
    for n in range(len(s), 1, -1):
        form = s[:n]
        fits = {f for t, fs in registered.items() if t.startswith(form) for f in fs}
        if not fits or is_place(form):
            continue
        if len(fits) > 1 or s[n:] == word:
            return m
        cls, name = next(iter(fits))
        return replace(m, end=m.start + n, surface=form, cls=cls, name=name, rule="owner-prefix:named-firm")
    return m


def place_named_owners(rules, mentions: list) -> list:
    """``mentions`` without the brands no list holds, with no firm's word in them, right before
    words that say a place or its produce names the project ([brand] place_named_before:
    白露古渡|文旅项目, 青禾枇杷|冷链仓储中心), once ``named_firm_owners`` has mapped those the
    document names as a firm's short form (云溪星澜文旅有限公司 beside 星澜|康养项目 stays)."""
    words = tuple(rules.brand.get("place_named_before", ()))
    if not words:
        return mentions
    hosts = {}
    for m in mentions:
        if m.role != "owner":
            hosts.setdefault(m.sentence, []).append(m)

    def before_words(o) -> bool:
        h = next((h for h in hosts.get(o.sentence, ()) if h.start <= o.start and o.end < h.end), None)
        return h is not None and h.surface[o.end - h.start:].startswith(words)
    return [m for m in mentions if not (m.role == "owner" and m.rule in _BARE_BRANDS and before_words(m))]
