"""The candidate sources of a sentence, in the order they run.

A source is a function ``(ctx) -> list[Cand]``. To add one, write it and put
it in SOURCES where it should run. The order is part of the behaviour: a
source sees what the sources before it proposed (``ctx.cands``), and of two
candidates for the same span with the same priority, resolution keeps the
one proposed first.

A source that can only fire where some words stand (a bureau's 局, a bracket)
declares them in rules.toml [triggers], drawn from the rules it reads where it
can (kg/recognise/triggers.py); it is not run on a sentence without them.
tests/test_triggers.py checks that no sentence of the development corpora it is
skipped on would have given it anything. A source not listed runs everywhere.

A recogniser runs its own copy of the list, so a source can be tried on one
recogniser alone:

    >>> from kg.lexicon import Lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> def holdings(ctx):  # a toy: the start of the sentence up to 控股 is a firm
    ...     i = ctx.text.find("控股")
    ...     return [Cand(0, i + 2, "Enterprise", ctx.text[:i + 2], "holdings", prio=3)] if i > 0 else []
    >>> r.sentence_mentions("d", 0, "青禾控股发布年报")
    []
    >>> r.sources.append(Source("holdings", holdings))
    >>> [(m.name, m.cls, m.rule) for m in r.sentence_mentions("d", 0, "青禾控股发布年报")]
    [('青禾控股', 'Enterprise', 'holdings')]
"""
from __future__ import annotations

from typing import Callable, NamedTuple

from . import (address_roads, corps_units, country_lists, built_facilities, aliases, crossing_roads, sided_roads, brand_tails, group_units, located_towns, parent_firms, attribute_brackets, body_branches, bracket_parents, bureaus, counted_counties, county_names, county_towns, enumerations, firm_projects, framed_tracks, frames, grid_works, heads,
               investors, joined, kinds, known, legal, legend, list_peers, listed_firms, lists, materials, numbered_roads, own_brands, peers, places, qualified,
               regions, shared_heads, sited_works, structure_items, trade_parks, summed_tracks, task_offices, town_governments, tracks, typed_lists)
from .candidate import Cand
from .context import Context


class Source(NamedTuple):
    name: str
    find: Callable[[Context], list[Cand]]


SOURCES: tuple[Source, ...] = (
    Source("lexicon", known.lexicon),
    Source("legal-names", legal.legal_names),
    Source("heads", heads.heads),
    Source("group-units", group_units.group_units),
    Source("sited-trade-parks", trade_parks.sited_trade_parks),
    Source("brand-tails", brand_tails.brand_tails),
    Source("parent-firms", parent_firms.parent_firms),
    Source("placed-names", legal.placed_names),
    Source("owner-sites", legal.owner_sites),
    Source("county-names", county_names.county_names),
    Source("corps-cities", corps_units.corps_cities),
    Source("bureaus", bureaus.bureaus),
    Source("body-branches", body_branches.body_branches),
    Source("declared-names", aliases.declared_name_cands),
    Source("tracks", tracks.tracks),
    Source("framed-tracks", framed_tracks.framed_tracks),
    Source("legend-tracks", legend.legend_tracks),
    Source("kind-tracks", tracks.kind_tracks),
    Source("prefixed-tracks", tracks.prefixed_tracks),
    Source("material-tracks", materials.material_tracks),
    Source("overlapped-tracks", joined.overlapped_tracks),
    Source("suffixed-tracks", joined.suffixed_tracks),
    Source("headed-tracks", joined.headed_tracks),
    Source("greater-areas", places.greater_areas),
    Source("numbered-roads", numbered_roads.numbered_roads),
    Source("corps-units", corps_units.corps_units),
    Source("address-roads", address_roads.address_roads),
    Source("crossing-roads", crossing_roads.crossing_roads),
    Source("sided-roads", sided_roads.sided_roads),
    Source("investors", investors.investors),
    Source("listed-firms", listed_firms.listed_firms),
    Source("bracket-parents", bracket_parents.bracket_parents),
    Source("after-country", places.after_country),
    Source("country-lists", country_lists.country_lists),
    Source("regions", regions.regions),
    Source("after-parent", places.after_parent),
    Source("counted-counties", counted_counties.counted_counties),
    Source("county-towns", county_towns.county_towns),
    Source("located-towns", located_towns.located_towns),
    Source("town-governments", town_governments.town_governments),
    Source("task-offices", task_offices.task_offices),
    Source("zone-parts", places.zone_parts),
    Source("soe-short", places.soe_short),
    Source("unit-peers", places.unit_peers),
    Source("joined-tracks", tracks.joined_tracks),
    Source("joined-unknown", tracks.joined_unknown),
    Source("joined-before", joined.joined_before),
    Source("track-parts", tracks.with_parts),
    Source("enumerations", enumerations.enumerations),
    Source("frames", frames.frames),
    Source("appositives", frames.appositives),
    Source("own-brands", own_brands.own_brands),
    Source("quoted-districts", frames.quoted_districts),
    Source("subject-firms", typed_lists.subject_firms),
    Source("listed-after", typed_lists.listed_after),
    Source("shared-heads", shared_heads.shared_heads),
    Source("list-frames", lists.list_frames),
    Source("list-peers", list_peers.list_peers),
    Source("structure-items", structure_items.structure_items),
    Source("track-peers", peers.track_peers),
    Source("summed-tracks", summed_tracks.summed_tracks),
    Source("kind-lists", kinds.kind_lists),
    Source("qualified-tracks", qualified.qualified_tracks),
    Source("document-names", aliases.document_name_cands),
    Source("firm-projects", firm_projects.firm_projects),
    Source("sited-works", sited_works.sited_works),
    Source("grid-works", grid_works.grid_works),
    Source("built-facilities", built_facilities.built_facilities),
    Source("attribute-tracks", attribute_brackets.attribute_tracks),
)
