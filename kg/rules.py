"""Load the recognition and relation rules of kg/data/rules.toml and relations.toml
into a `Rules` (kg/rules_model.py, which this module re-exports with `Head` and `rx`).

    >>> r = load_rules()
    >>> r.head_class("产业园"), r.head_class("总部基地")
    ('Platform', 'Project')
"""
from __future__ import annotations

import re
from functools import lru_cache

from .rules_model import DATA, PLACE_LIKE, Head, Rules, any_word, rx  # noqa: F401 (Rules, rx, any_word: imported from here)
from .schema import load


def _read(name: str) -> dict:
    return load(name)


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    raw = _read("rules.toml")
    heads: dict[str, Head] = {}
    for group in raw["head"]:
        for w in group["words"]:
            # the first group that lists a head word owns it
            heads.setdefault(w, Head(w, group["class"], group.get("owner", False),
                                     group.get("context", False), group.get("weak", False),
                                     group.get("proper", False),
                                     group.get("stop_at_place", group["class"] in PLACE_LIKE),
                                     tuple(group.get("prefix", ())), group.get("honour", False),
                                     group.get("long", False), group.get("noun", False),
                                     tuple(group.get("not_after", ())), group.get("brand", False),
                                     group.get("segment", True), group.get("locality", False),
                                     group.get("chain", False), group.get("owned", ""),
                                     group.get("inside", False), group.get("modifier_max", 0),
                                     tuple(group.get("not_alone", ())), tuple(group.get("not_before", ())),
                                     tuple(group.get("kind_words", ())), group.get("hosted", False),
                                     group.get("own_word", False)))
    enum_nouns, suffix, item_heads, everyday, min_item = {}, {}, {}, set(), {}
    for group in raw["enum_head"]:
        for n in group["nouns"]:
            enum_nouns.setdefault(n, group["class"])
            if "min_item_chars" in group:
                min_item.setdefault(n, group["min_item_chars"])
            if group.get("everyday_names", False):
                everyday.add(n)
            if "item_heads" in group:
                item_heads.setdefault(n, tuple(group["item_heads"]))
        if "name_suffix" in group:
            for n in group["nouns"]:
                suffix[n] = (group["name_suffix"], group.get("suffix_when", "always"))
    rel_path = DATA / "relations.toml"
    relations = _read("relations.toml") if rel_path.exists() else {}
    return Rules(
        heads=heads,
        generic=frozenset(raw["generic"]["modifiers"]),
        boundary=frozenset(raw["boundary"]["words"]),
        enum_nouns=enum_nouns,
        enum_name_suffix=suffix,
        enum_item_heads=item_heads,
        enum_everyday=frozenset(everyday),
        enum_min_item=min_item,
        enum_counter=raw["enum"]["counter"],
        number_units=raw["enum"].get("number_units", ""),
        glued_boundary=raw["boundary"].get("glued", ""),
        party_glued=raw["boundary"].get("party_glued", ""),
        party_words=frozenset(raw["boundary"].get("party_words", ())),
        inside_glued=raw["boundary"].get("inside_glued", ""),
        inside_after=tuple(raw["boundary"].get("inside_after", ())),
        glued_end=raw["boundary"].get("glued_end", ""),
        glued_end_after_tags=tuple(raw["boundary"].get("glued_end_after_tags", ())),
        glued_start=raw["boundary"].get("glued_start", ""),
        glued_locatives=raw["boundary"].get("glued_locatives", ""),
        glued_after_head=raw["boundary"].get("glued_after_head", ""),
        glued_titles=tuple(raw["boundary"].get("glued_titles", ())),
        nickname_ends=raw["boundary"].get("nickname_ends", ""),
        nickname_stop_tags=tuple(raw["boundary"].get("nickname_stop_tags", ())),
        cut_words=tuple(raw["boundary"].get("cut_words", ())),
        before_firm=frozenset(raw["boundary"].get("before_firm", ())),
        before_firm_head=frozenset(raw["boundary"].get("before_firm_head", ())),
        stem_cut_units=raw["boundary"].get("stem_cut_units", ""),
        stem_cut_stop_tags=tuple(raw["boundary"].get("stem_cut_stop_tags", ())),
        stem_cut_measures=raw["boundary"].get("stem_cut_measures", ""),
        stem_cut_sited=tuple(raw["boundary"].get("stem_cut_sited", ())),
        stem_cut_sited_tags=tuple(raw["boundary"].get("stem_cut_sited_tags", ())),
        name_opening_chars=raw["boundary"].get("name_opening_chars", ""),
        item_first_tags=tuple(raw["boundary"].get("item_first_tags", ())),
        item_attributive=frozenset(raw["boundary"].get("item_attributive", ())),
        area_joiners=raw["boundary"].get("area_joiners", ""),
        item_firm_nouns=tuple(raw["boundary"].get("item_firm_nouns", ())),
        glued_words=frozenset(raw["boundary"].get("glued_words", ())),
        quantity_units=raw["enum"].get("quantity_units", ""),
        enum_no_peers=tuple(raw["enum"].get("no_peers", ())),
        enum_activity_ends=tuple(raw["enum"].get("activity_ends", ())),
        title_max_len=raw.get("place", {}).get("title_max_len", 16),
        numeral_streets=raw.get("place", {}).get("numeral_streets", ""),
        inner_place=raw.get("inner_place", {}),
        glued_place=raw.get("glued_place", {}),
        relative_alias=raw.get("relative_alias", {}),
        inner_body=raw.get("inner_body", {}),
        field_pair=raw.get("field_pair", {}),
        unit_labels=tuple(raw.get("place", {}).get("unit_labels", ())),
        road_heads=tuple(raw.get("place", {}).get("road_heads", ())),
        block_name_ends=tuple(raw.get("place", {}).get("block_name_ends", ())),
        route_heads=tuple(raw.get("place", {}).get("route_heads", ())),
        road_section=re.compile(raw["place"]["road_section"] + "$") if raw.get("place", {}).get("road_section") else None,
        road_crossing=re.compile(raw["place"]["road_crossing"] + "$") if raw.get("place", {}).get("road_crossing") else None,
        road_site_ends=tuple(raw.get("place", {}).get("road_site_ends", ())),
        road_site_area=raw.get("place", {}).get("road_site_area", ""),
        road_site_places=tuple(raw.get("place", {}).get("road_site_places", ())),
        unit_after_name=frozenset(raw.get("place", {}).get("unit_after_name", ())),
        greater_area=raw.get("place", {}).get("greater", {}),
        track_sector_words=tuple(raw["track"].get("sector_words", ())),
        track_tags={k: raw["track"].get(k, []) for k in ("word_tags", "listed_tags", "framed_tags", "vouched_tags", "vouched_short_tags", "frames", "kind_frames", "kind_lists", "kind_list_split",
                                                         "prefixes", "opening_words", "part_label",
                                                         "peers_after", "summed_tails", "summed_refuse", "summing_only", "summing_marks", "parts_words", "bare_kinds",
                                                         "whole_joiners", "form_tails", "product_ends", "product_heads", "product_head_after", "pair_counted",
                                                         "material_heads", "material_stem", "material_words", "single_materials", "short_noun_tags", "short_fronts", "short_marks", "park_words", "capital", "field_words",
                                                         "qualifier_tags", "joining_chars", "front_words", "bracket_fronts", "count_after", "goal_words", "derived_forms")},
        heads_inside_word="".join(raw.get("head_inside_word", {}).get("words", ())),
        inside_word=raw.get("head_inside_word", {}),
        place_attributive=raw.get("place", {}).get("attributive", {}),
        place_attributive_after_country=raw.get("place", {}).get("after_country", {}),
        place_peers=raw.get("place", {}).get("peers", {}),
        event_nouns=tuple(raw.get("event", {}).get("nouns", ())),
        soe_short=raw.get("soe_short", {}),
        variants=raw.get("variants", {}),
        brand_boundary=frozenset(raw["boundary"].get("brand", ())),
        lexicon_not_continued=tuple(raw["boundary"].get("lexicon_not_continued", ())),
        track_products=raw["track"].get("products", {}),
        alias_suffixes=tuple(raw.get("alias_suffix", {}).get("words", ())),
        track_suffixes=tuple(raw["track"]["suffixes"]),
        track_not_final=tuple(raw["track"]["not_final"]),
        track_max_len=raw["track"]["max_len"],
        alias_patterns=tuple(re.compile(p) for p in (*raw["alias"].get("bracketed", ()),
                                                      *raw["alias"]["patterns"])),
        alias_asides=tuple(raw["alias"].get("bracketed", ())),
        alias_leading=tuple(re.compile(p) for p in raw["alias"].get("leading", ())),
        declared_inside=frozenset(raw["alias"].get("declared_inside", ())),
        not_declared=frozenset(raw["alias"].get("not_declared", ())),
        track_min_unknown=raw["track"].get("min_len_unknown", 3),
        track_context=tuple(raw["track"].get("context_after", ())),
        track_not_before=tuple(raw["track"].get("not_before", ())),
        head_not_before=tuple(raw.get("head_not_before", {}).get("words", ())),
        head_not_before_coined_ok=tuple(raw.get("head_not_before", {}).get("coined_ok", ())),
        head_not_before_body_ok=tuple(raw.get("head_not_before", {}).get("body_ok", ())),
        head_not_before_field_ok=tuple(raw.get("head_not_before", {}).get("field_ok", ())),
        modifier_bad_pattern=re.compile(raw["modifier"]["bad_pattern"]) if raw.get("modifier", {}).get("bad_pattern") else None,
        modifier_bad_end=tuple(raw.get("modifier", {}).get("bad_end", ())),
        modifier_suffix_ends=tuple(raw.get("modifier", {}).get("suffix_ends", ())),
        object_verbs=frozenset(raw.get("modifier", {}).get("object_verbs", ())),
        lone_char_stop_tags=frozenset(raw.get("modifier", {}).get("lone_char_stop_tags", ())),
        lone_words=frozenset(raw.get("modifier", {}).get("lone_words", ())),
        numeral_stem_counters=raw.get("modifier", {}).get("numeral_stem_counters", ""),
        numeral_brand_chars=raw.get("modifier", {}).get("numeral_brand_chars", ""),
        place_morphemes=raw.get("modifier", {}).get("place_morphemes", ""),
        time_chars=raw.get("modifier", {}).get("time_chars", ""),
        topic_heads=frozenset(raw.get("modifier", {}).get("topic_heads", ())),
        topic_ends=tuple(raw.get("modifier", {}).get("topic_ends", ())),
        frames={v: f["class"] for f in raw.get("frame", ()) for v in f["verbs"]},
        frame_after={v: tuple(f["after"]) for f in raw.get("frame", ()) if "after" in f for v in f["verbs"]},
        frame_adverbs=tuple(raw.get("frame_adverbs", {}).get("words", ())),
        frame_item_cut=raw.get("frame_items", {}),
        name_internal=frozenset(raw["boundary"].get("name_internal", ())),
        context_before=tuple(raw.get("context", {}).get("before", ())),
        context_after=tuple(raw.get("context", {}).get("after", ())),
        context_agent_marks=tuple(raw.get("context", {}).get("agent_marks", ())),
        context_sites=re.compile(raw["context"]["sites_after"]) if "sites_after" in raw.get("context", {}) else None,
        context_agent=tuple(raw.get("context", {}).get("agent_verbs", ())),
        context_proper_alone=frozenset(raw.get("context", {}).get("proper_alone", ())),
        joint_marks=tuple(raw.get("context", {}).get("joint_marks", ())),
        joint_verbs=tuple(raw.get("context", {}).get("joint_verbs", ())),
        relations=relations,
        describing=tuple(raw["generic"].get("describing", {}).get("words", ())),
        located_of=re.compile(raw["generic"].get("describing", {}).get("located_of", "$^")),
        not_proper=frozenset(raw["generic"].get("not_proper", {}).get("words", ())),
        name_part=frozenset(raw["generic"].get("name_part", {}).get("words", ())),
        district_name_part=frozenset(raw["generic"].get("name_part", {}).get("district_words", ())),
        counted_after=re.compile(raw["modifier"]["counted_after"]) if raw.get("modifier", {}).get("counted_after") else None,
        honour_verbs=tuple(raw.get("honour", {}).get("verbs", ())),
        honour_title_words=tuple(raw.get("honour", {}).get("title_words", ())),
        commercial_context=raw.get("commercial_context", {}),
        level_bodies=raw.get("level_bodies", {}),
        owner_units=tuple(raw.get("level_bodies", {}).get("units", ())),
        listed_after=raw.get("listed_after", {}),
        clause_start_heads=tuple(raw.get("context", {}).get("clause_start_heads", ())),
        appositive_after=tuple(raw.get("context", {}).get("appositive_after", ())),
        link=raw.get("link", {}),
        long_name=raw.get("long_name", {}),
        firm_project=_firm_project(raw.get("firm_project", {})),
        bureau=raw.get("bureau", {}),
        brand=raw.get("brand", {}),
        legal_name=raw.get("legal_name", {}),
        zone_words=frozenset(raw.get("place", {}).get("zone_words", ())),
        zone_in_zone_heads=frozenset(raw.get("place", {}).get("zone_in_zone_heads", ())),
        bare_zone_heads=frozenset(raw.get("place", {}).get("bare_zone_heads", ())),
        branch_heads=frozenset(raw.get("place", {}).get("branch_heads", ())),
        zone_branch_heads=frozenset(raw.get("place", {}).get("zone_branch_heads", ())),
        zone_branch_units=tuple(raw.get("place", {}).get("zone_branch_units", ())),
        zone_branch_levels=tuple(raw.get("place", {}).get("zone_branch_levels", ())),
        zone_branch_zones=tuple(raw.get("place", {}).get("zone_branch_zones", ())),
        zone_park_heads=frozenset(raw.get("place", {}).get("zone_park_heads", ())),
        place_park_heads=frozenset(raw.get("place", {}).get("place_park_heads", ())),
        place_park_units=tuple(raw.get("place", {}).get("place_park_units", ())),
        zone_part=raw.get("place", {}).get("zone_part", ""),
        project_place_heads=frozenset(raw.get("place", {}).get("project_place_heads", ())),
        stem_place_heads=frozenset(raw.get("place", {}).get("stem_place_heads", ())),
        anaphora_not=frozenset(raw.get("anaphora", {}).get("not_heads", ())),
        anaphora_tails=tuple(raw.get("anaphora", {}).get("tails", ())),
        document_names=raw.get("document_names", {}),
        list_frames=tuple(raw.get("list_frame", ())),
        lengths=raw["lengths"],
        segmenter=raw.get("segmenter", {}),
        data=raw,
    )


def _firm_project(raw: dict) -> dict:
    """[firm_project] with its lists as tuples (str.startswith takes them)."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
