"""The passes over a whole document's mentions once every sentence is read
(Recogniser.document_mentions, kg/recognise/__init__.py): short forms the document declares
found in every sentence, before the declaration too (titles, leads), then the checks and
repairs that need the other sentences' mentions (owners and brands, a zone's committee,
places glued to others, a place in its city, inner places and bodies, named pairs, a track's
fuller form, relative aliases, debris), in this order: each reads what the one before left."""
from __future__ import annotations

from ..lexicon import Lexicon
from ..model import Document, Mention
from ..rules import Rules
from .aliases import DECLARED_CUT, declared_hits
from .committees import zone_committees
from .county_names import in_its_city
from .corps_units import corps_led
from .county_zones import county_zones
from .debris_names import debris_names
from .declared_fronts import declared_fronts
from .forms import document_forms
from .generic_districts import generic_districts
from .glued_places import glued_places
from .inner_bodies import body_units, inner_bodies
from .inner_places import inner_places, nested_places
from .owner_checks import named_firm_owners, place_brands, place_items, place_named_owners, track_brands
from .pairs import named_pairs
from .regional import relative_aliases
from .route_names import route_names
from .slogan_places import slogan_places
from .town_glued import city_cores, town_glued, towns_before
from .town_park_cuts import town_park_cuts
from .zone_areas import zone_areas
from .zone_glue import zone_glue


def document_passes(lex: Lexicon, rules: Rules, seg, doc: Document, out: list[Mention],
                    declared: dict[str, tuple[str, str]]) -> list[Mention]:
    """The document's mentions ``out`` after the passes, sorted by sentence and offset;
    ``declared``: the short forms (alias -> (name, class)) the document declares, ``seg``
    the document's segmenter."""
    if declared:  # a 简称 may be used before it is declared (titles, leads)
        out = [m for m in out if m.rule != "declared-alias"]
        # a sentence's hits are tested against that sentence's mentions only
        existing: dict[int, list[Mention]] = {}
        for m in out:
            existing.setdefault(m.sentence, []).append(m)
        for s in doc.sentences:
            out.extend(declared_hits(doc.doc_id, s.index, s.text, declared, existing.get(s.index, [])))
        out = [m for m in out if m.rule != DECLARED_CUT]
        out = declared_fronts(rules, out)
    out = place_items(rules, track_brands(place_brands(rules, out)))
    out = place_named_owners(rules, named_firm_owners(rules, out, lambda t: lex.lookup(t, "Place")))
    texts = {s.index: s.text for s in doc.sentences}
    out = zone_committees(rules, seg, texts, generic_districts(rules, out), declared)
    out = slogan_places(rules, zone_glue(rules, glued_places(rules, texts, out, lex)))
    out = zone_areas(rules, texts, town_park_cuts(rules, seg, county_zones(lex, rules, out)))
    out = towns_before(rules, seg, texts, town_glued(rules, seg, lex, out))   # (云溪镇|星澜路: a town and what lies in it)
    out = city_cores(rules, lex, out)   # (青禾市区: the city)
    out = corps_led(rules, out)   # (一八七团|20万千瓦风电项目: the walk stopped at the numerals)
    out = route_names(rules, texts, out)   # (青禾至|星澜铁路: the route named by its two ends)
    out = in_its_city(lex, rules, seg, doc, out)
    out = nested_places(lex, rules, doc, inner_places(rules, seg, doc, out))
    out = inner_bodies(rules, doc, body_units(rules, out))
    out = named_pairs(rules, texts, out)
    out = document_forms(lex, out, tuple(rules.track_tags.get("form_tails", ())))
    out = relative_aliases(lex, rules.relative_alias, texts, out)
    out = debris_names(rules, out)   # (a clause a head's walk read as a name)
    out.sort(key=lambda m: (m.sentence, m.start, -m.end))
    return out
