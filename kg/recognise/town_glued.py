"""A town, a township, a street or a community glued by a head's walk to what lies in it
(云溪镇星澜路, 白露乡青禾山景区, 星湖街道墨川林场, 云溪镇青禾县食品加工园区): the text names two
things, the town and the road, scenic spot, forest farm or park in it, as an address does
(所在地点：云溪镇星澜路18号). Each a mention of its own (kg/relate/parts.py relates them).

rules.toml [town_glued]: the units that end a town (units), its stem's length (stem_min ..
stem_max, not one of [county_town] not_stems nor opening with one of its not_first); a place's
rest needs a stem of rest_min characters before its head (云溪镇|老街 stays whole), that is no
single dictionary word of generic_tags (云溪镇|商业街: the town's shopping street, named by
it), nor opening with one of not_next (云溪乡|村振兴…: the unit opens a word). A park or a
project keeps the town that names it (云溪镇光伏产业园), unless what follows the town opens with
a county or a city the lexicon lists at park_levels: its own name (云溪镇|青禾县食品加工园区).
A generic word for a city's core before a place (lead_words: 中心城区|星澜河) is no name: the
place starts after it. towns_before names a town no rule found right before a place found
(光明街道|林苑社区); city_cores names a city's urban area (青禾市区) as the city.

It runs after kg/recognise/glued_places.py, whose road_ends take a walk to a road or scenic area
first, and before kg/recognise/debris_names.py's cuts (a town of 镇 or 乡, a stem of two or three
characters, before a road, a scenic area or a park). Only it cuts a town off a place whose head
neither names (云溪镇|星澜高速, 星湖街道|墨川林场), a community or a stem of four characters before a
park, a park or project named after a county (云溪镇|青禾县食品加工园区) and a city's core word
(中心城区|星澜河)."""
from __future__ import annotations

from dataclasses import replace

from ..model import Mention


def _town_len(name: str, conf: dict, town: dict) -> int:
    """The length of the town opening ``name`` (云溪镇…), 0 if none does."""
    for unit in conf.get("units", ()):
        for n in range(conf.get("stem_min", 2), conf.get("stem_max", 4) + 1):
            stem = name[:n]
            if name[n:n + len(unit)] != unit:
                continue
            if stem in town.get("not_stems", ()) or stem[0] in town.get("not_first", "") \
                    or any(u in stem for u in conf.get("units", ())):
                return 0
            return n + len(unit)
    return 0


def _place_rest(seg, rest: str, head: str, conf: dict) -> bool:
    """True when ``rest`` (what follows the town) names a place of its own by ``head``."""
    stem = rest[:len(rest) - len(head)] if head and rest.endswith(head) else ""
    if len(stem) < conf.get("rest_min", 2) or rest[0] in conf.get("not_next", ""):
        return False
    if seg is not None:
        toks = seg.tokens(stem)
        if len(toks) == 1 and seg.tag(stem) in conf.get("generic_tags", ()):
            return False
    return True


def _park_rest(lex, rest: str, conf: dict) -> bool:
    """True when ``rest`` opens with a county or city the lexicon lists (青禾县食品加工园区)."""
    if lex is None:
        return False
    levels = set(conf.get("park_levels", ()))
    for n in range(min(len(rest) - 2, 8), 1, -1):
        e = lex.lookup(rest[:n], "Place")
        if e is not None and e.name == rest[:n] and levels & set(e.levels):
            return True
    return False


def town_glued(rules, seg, lex, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the towns a head's walk glued to what lies in them cut apart."""
    conf = rules.data.get("town_glued") or {}
    if not conf.get("units"):
        return mentions
    town = rules.data.get("county_town") or {}
    places, parks = tuple(conf.get("place_classes", ())), tuple(conf.get("park_classes", ()))
    leads = tuple(conf.get("lead_words", ()))
    at_span = {(m.sentence, m.start, m.end): m for m in mentions}
    cut: dict[tuple, Mention] = {}     # the towns made or named anew, by span
    renamed: dict[str, str] = {}       # the names cut, their own names
    out: list[Mention] = []
    for m in mentions:
        head = m.rule[5:] if m.rule.startswith("head:") else ""
        if not head or m.role != "name" or m.surface != m.name or m.cls not in (*places, *parks):
            out.append(m)
            continue
        lead = next((w for w in leads if m.name.startswith(w)), "")
        if lead and m.cls in places and _place_rest(seg, m.name[len(lead):], head, conf):
            n = len(lead)     # (中心城区|星澜河: the core is no name, the river is)
            out.append(replace(m, start=m.start + n, surface=m.name[n:], name=m.name[n:]))
            continue
        n = _town_len(m.name, conf, town)
        rest = m.name[n:]
        if not n or not (m.cls in places and _place_rest(seg, rest, head, conf)
                         or m.cls in parks and _park_rest(lex, rest, conf)):
            out.append(m)
            continue
        span = (m.sentence, m.start, m.start + n)
        known = at_span.get(span)
        if known is None or known.role == "owner":
            # (a town read as the owner of the park's name is the place it lies in, named)
            base = known if known is not None else m
            cut[span] = replace(base, end=m.start + n, surface=m.name[:n], name=m.name[:n], cls="Place",
                                rule="town-glued" if known is None else known.rule, role="name",
                                aliases=(), extra=(), group="")
        out.append(replace(m, start=m.start + n, surface=rest, name=rest))
        renamed[m.name] = rest
    if renamed:     # (a bare word read as the walked name before, 园区 for 云溪镇青禾县加工园区: the park's own)
        out = [replace(m, name=renamed[m.name]) if m.name in renamed and m.surface != m.name else m for m in out]
    if cut:
        out = [m for m in out if (m.sentence, m.start, m.end) not in cut or m.cls != "Place"] + list(cut.values())
    return out


def towns_before(rules, seg, texts: dict[int, str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the town, street or township written right before a place found (光明街道|
    林苑社区, 古城街道|水韵夜市, 位于云溪镇|云溪村) that no rule found: the walk from the place stopped
    at the town's unit, and a town named by a common word (光明, 古城) is no head's name alone. The
    town's stem ([town_glued] stem_min .. stem_max characters, not one of [county_town] not_stems)
    opens after a clear edge: the sentence's start, a mark, a word that says where ([located_town]
    labels) or a place found (桐庐县|云溪镇: then not opening with one of [county_town] not_first,
    县和|云溪镇); the place after it one of before_classes whose name ends with one of before_ends."""
    conf = rules.data.get("town_glued") or {}
    units, classes = tuple(conf.get("units", ())), tuple(conf.get("before_classes", ()))
    ends = tuple(conf.get("before_ends", ()))
    if not units or not classes:
        return mentions
    town = rules.data.get("county_town") or {}
    labels = tuple((rules.data.get("located_town") or {}).get("labels", ()))
    marks = conf.get("before_marks", "")
    taken = {(m.sentence, i) for m in mentions for i in range(m.start, m.end)}
    place_ends = {(m.sentence, m.end) for m in mentions if m.cls == "Place"}
    stop = tuple(town.get("stop_tags", ()))
    added: list[Mention] = []
    for m in mentions:
        if m.role != "name" or m.cls not in classes or not m.name.endswith(ends) or m.start < 3:
            continue
        text = texts.get(m.sentence, "")
        unit = next((u for u in units if text.startswith(u, m.start - len(u))), None)
        if unit is None:
            continue
        at = m.start - len(unit)
        for n in range(conf.get("stem_min", 2), conf.get("stem_max", 4) + 1):
            a = at - n
            if a < 0:
                break
            stem = text[a:at]
            if not all("\u4e00" <= ch <= "\u9fff" for ch in stem) \
                    or any((m.sentence, i) in taken for i in range(a, m.start)):
                break
            found = (m.sentence, a) in place_ends
            edge = a == 0 or text[a - 1] in marks or text[:a].endswith(labels) or found
            if not edge:
                continue
            if stem in town.get("not_stems", ()) or any(u in stem for u in units) \
                    or (found and stem[0] in town.get("not_first", "")) \
                    or (seg is not None and any(seg.tag(t.text) in stop for t in seg.tokens(stem))
                        and not text[:a].endswith(labels)):
                break
            name = stem + unit
            added.append(replace(m, start=a, end=m.start, surface=name, name=name, cls="Place", rule="town-before",
                                 aliases=(), extra=(), group="", role="name", confidence=m.confidence))
            break
    return mentions + added if added else mentions


def city_cores(rules, lex, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a city's urban area (青禾市区: the city's name and 区, [town_glued] core_suffix)
    named as the city the lexicon lists at one of core_levels (位于青禾市区西部: in 青禾市): no place of
    its own (a lexicon district so named, 沙市区, is its own)."""
    conf = rules.data.get("town_glued") or {}
    suffix, levels = conf.get("core_suffix", ""), set(conf.get("core_levels", ()))
    if not suffix or lex is None:
        return mentions
    out = []
    for m in mentions:
        city = m.name[:-len(suffix)] if m.cls == "Place" and m.name.endswith(suffix) else ""
        e = lex.lookup(city, "Place") if city.endswith(tuple(conf.get("core_city_ends", ()))) else None
        if e is None or e.name != city or not levels & set(e.levels) or lex.lookup(m.name, "Place") is not None:
            out.append(m)
            continue
        out.append(replace(m, name=e.name, aliases=()))
    return out
