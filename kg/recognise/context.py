"""What every candidate source reads for one sentence: its text and tokens, the
lexicon, rules and segmenter, the tables a recogniser derives once from them
(`Tables`), and what the sources before proposed (`Context`). The word tests the
name walks ask of it are kg/recognise/name_stops.py and kg/recognise/proper_words.py."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import Lexicon
from ..matcher import word_automaton
from ..model import Token
from ..rules import Rules
from ..segment import Segmenter
from .candidate import Cand
from .text import OPEN_QUOTES, last_chars


class Tables:
    """What a recogniser derives once from its lexicon and rules, for every sentence."""

    def __init__(self, lexicon: Lexicon, rules: Rules):
        nouns = sorted(rules.enum_nouns, key=len, reverse=True)
        self.noun_re = re.compile("|".join(map(re.escape, nouns)))
        self.counter_re = re.compile(rules.enum_counter)
        self.counter_last = last_chars(rules.enum_counter)
        verbs = sorted(rules.frames, key=len, reverse=True)
        self.frame_re = re.compile("|".join(map(re.escape, verbs))) if verbs else None
        ss = rules.soe_short
        self.soe_re = re.compile("(?:%s)(?:%s)" % ("|".join(map(re.escape, ss.get("levels", ()))),
                                                   "|".join(map(re.escape, ss["words"])))) \
            if ss.get("words") else None
        self.frame_adverbs = sorted(rules.frame_adverbs, key=len, reverse=True)
        # every prefix of a lexicon surface: a token run that is none of them
        # cannot grow into a lexicon name, so the lookup stops there
        self.lex_prefixes = {w[:k] for w, _ in lexicon.surfaces() for k in range(1, len(w) + 1)}
        self.lex_surfaces = frozenset(w for w, _ in lexicon.surfaces())
        # the lexicon's surfaces found in a sentence at once (kg.recognise.known.runs)
        surfaces = sorted(self.lex_surfaces)
        self.lex_automaton = word_automaton(surfaces)
        # (the automaton's numbers of the surfaces of tracks: Context.track_starts)
        self.track_ids = frozenset(i for i, w in enumerate(surfaces)
                                   if lexicon.lookup(w, "IndustryTrack") is not None)
        # ... and those surfaces (a token the lexicon knows as a track: one set test, not a lookup)
        self.track_surfaces = frozenset(w for i, w in enumerate(surfaces) if i in self.track_ids)
        # a head ends a token only if the token ends with the head's last character
        self.head_last = {h[-1] for h in rules.heads}
        # every head in a sentence at once (kg.recognise.heads.head_ends): most tokens end none
        self.head_automaton = word_automaton(rules.heads)
        self.long_heads = tuple(h for h in rules.heads if len(h) > 1)
        # (built here, not once per sentence: joining and escaping the forms is most of its cost)
        from .legal import bracket_pattern, legal_name_pattern
        self.legal_name_re = legal_name_pattern(rules.legal_name)
        self.bracket_re = bracket_pattern(rules.legal_name)
        self.zone_part_re = re.compile(rules.zone_part) if rules.zone_part else None
        from .lists import FrameOpenings, list_frame_patterns
        self.list_frame_patterns = list_frame_patterns(rules.list_frames)
        self.list_frame_openings = FrameOpenings(self.list_frame_patterns)
        # one search for any of a few words a source needs the sentence to hold
        self.locative_re = _any_word(rules.place_attributive.get("locatives", ()))
        self.track_suffix_re = _any_word(rules.track_suffixes)
        self.sector_word_re = _any_word(rules.track_sector_words)
        self.track_frames = [re.compile(f) for f in rules.track_tags.get("frames", ())]
        # (kg.recognise.aliases.document_name_cands)
        self.doc_track_suffix = re.compile(rules.document_names.get("track_suffix", "$^"))
        self.kind_frames = [re.compile(f) for f in rules.track_tags.get("kind_frames", ())]
        # (kg.recognise.kinds.kind_lists)
        self.kind_lists = [re.compile(f) for f in rules.track_tags.get("kind_lists", ())]
        self.kind_list_split = re.compile(rules.track_tags.get("kind_list_split") or "$^")
        # (kg.recognise.track_words.track_like: 外资, 侨资 name no track)
        self.track_capital = re.compile(rules.track_tags.get("capital") or "$^")
        peers = rules.track_tags.get("peers_after")
        self.track_peers_after = re.compile(peers) if peers else None
        # (kg.recognise.summed_tracks)
        self.summed_refuse = re.compile(rules.track_tags.get("summed_refuse") or "$^")
        tp = rules.track_products
        # (kg.recognise.track_words.product_or_policy)
        self.track_products = (tuple(tp.get("not_after", ())),
                               [re.compile(tp[k]) for k in ("list_noun", "policy", "thing") if tp.get(k)])
        self.firm_nouns = tuple(n for n, c in rules.enum_nouns.items() if c == "Enterprise")
        from .places import country_words
        self.countries = country_words(lexicon, rules)
        # (a sentence that holds none of them has no word after a country to find)
        self.country_re = _any_word(sorted(self.countries, key=len, reverse=True))
        forms = sorted(rules.legal_name.get("forms", {}), key=len, reverse=True)
        self.legal_form_re = re.compile("|".join(map(re.escape, forms))) if forms else None
        self.zone_tuple = tuple(rules.zone_words)
        self.generic = frozenset(rules.generic)
        self.generic_lens = sorted({len(g) for g in self.generic}, reverse=True)
        self.generic_tuple = tuple(rules.generic)
        # the generic words by their last character, in the file's order (kg.recognise.generic_edges.
        # generic_tail: a modifier ends only with those ending in its own last character; a
        # test of every word took a million endswith calls a megabyte)
        self.generic_by_last: dict[str, tuple[str, ...]] = {}
        for g in self.generic_tuple:
            if g:
                self.generic_by_last[g[-1]] = (*self.generic_by_last.get(g[-1], ()), g)
        # (an empty word ends every modifier: kept, tried first, for the file's behaviour)
        self.generic_empty = "" in self.generic
        # a span that begins with none of these characters begins with no generic word
        self.generic_first = frozenset(g[0] for g in self.generic if g)
        # the first two characters of the boundary words of two or more
        self.boundary_heads = frozenset(b[:2] for b in rules.boundary if len(b) >= 2)
        self.asides = [re.compile(a) for a in rules.alias_asides]
        # kg.recognise.name_stops.stops of each word met so far (it hangs on the word, the
        # lexicon, the rules and the segmenter's tags, all fixed for a recogniser)
        self.stop_words: dict[str, bool | int] = {}
        # kg.recognise.proper_words.proper of each span met so far (a span's tokens, the lexicon,
        # the rules and the tags: fixed for a recogniser); names recur, most spans are asked again
        self.proper_spans: dict[str, bool] = {}
        measure = rules.long_name.get("measure")
        self.long_measure = re.compile(measure) if measure else None
        # (the same read from its start: kg/recognise/firm_projects.py walks right)
        self.firm_measure = re.compile(measure.removesuffix("$")) if measure else None
        ln = rules.long_name
        self.described_item_opening = re.compile(ln["described_item_opening"]) \
            if ln.get("described_item_opening") else None
        self.described_firm_links = re.compile(ln["described_firm_links"]) if ln.get("described_firm_links") else None
        self.described_site_links = re.compile(ln["described_site_links"]) if ln.get("described_site_links") else None
        self.co_built_before = re.compile(ln["co_built_before"]) if ln.get("co_built_before") else None
        # (the same anywhere: the name of the thing built runs back to the words, kg/recognise/openings.py)
        self.co_built_words = re.compile(ln["co_built_before"].removesuffix("$")) if ln.get("co_built_before") else None
        self.built_between = re.compile(ln.get("built_between") or "$")
        # a firm's legal forms and firm words ([legal_name] forms, the Enterprise body_heads)
        self.firm_forms = (*rules.legal_name.get("forms", {}),
                           *(w for w, c in rules.legal_name.get("body_heads", {}).items() if c == "Enterprise"))
        # which sources a sentence may hold anything for (rules.toml [triggers]); drawn from
        # the file as read, so rules other than the file's (a copy with a key changed) get
        # none: every source runs on every sentence
        from ..rules import load_rules
        from .triggers import Triggers
        self.triggers = Triggers(rules.data if rules is load_rules() else {}, {
            "tracks": [w for i, w in enumerate(surfaces) if i in self.track_ids],
            "countries": self.countries,
            # the short forms a county-level unit goes by (kg.recognise.places.after_parent)
            "county_short_forms": {s for e in lexicon.entries if e.cls == "Place" and "county" in e.levels
                                   for s in e.short_forms}})


class cached_property:
    """``functools.cached_property`` without its lock: Python 3.11's takes an RLock on
    every first access, and a sentence's Context (read by one thread) makes seven of
    them; the value is kept in the instance's dict, where later reads find it first."""

    def __init__(self, fn):
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


def _any_word(words) -> re.Pattern:
    """A pattern found where any of ``words`` is ("$^": none of no words)."""
    return re.compile("|".join(map(re.escape, words)) if words else "$^")


@dataclass
class Context:
    """One sentence as the candidate sources see it.

    ``cands`` holds what the sources that ran before proposed, so that a
    source may build on them (tracks written together, a head a list shares).
    """
    text: str
    toks: list[Token]
    gid: str                  # "doc#sentence": the group ids of the sentence's lists begin with it
    lex: Lexicon
    rules: Rules
    seg: Segmenter
    tables: Tables
    cands: list[Cand] = field(default_factory=list)
    # names the document's other sentences gave away by their context: surface -> (name, class)
    doc_names: dict[str, tuple[str, str]] = field(default_factory=dict)

    # where tokens start and end: many tests of many sources ask, the tokens never change
    @cached_property
    def starts(self) -> set[int]:
        return {t.start for t in self.toks}

    @cached_property
    def ends(self) -> set[int]:
        return {t.end for t in self.toks}

    @cached_property
    def by_end(self) -> dict[int, Token]:
        return {t.end: t for t in self.toks}

    @cached_property
    def by_start(self) -> dict[int, Token]:
        return {t.start: t for t in self.toks}

    @cached_property
    def lex_hits(self) -> list[tuple[int, int, int]]:
        """(surface number, start, end) of every lexicon surface in the text, overlapping
        ones too: one pass of Tables.lex_automaton (which must be there)."""
        return self.tables.lex_automaton.find_matches_as_indexes(self.text, overlapping=True)

    @cached_property
    def track_starts(self) -> set[int]:
        """The offsets where a track the lexicon knows starts (without the automaton:
        every offset): a word no track starts at cannot begin one."""
        if self.tables.lex_automaton is None:
            return set(range(len(self.text)))
        tracks = self.tables.track_ids
        return {s for i, s, _ in self.lex_hits if i in tracks}

    @cached_property
    def quoted(self) -> bool:
        """True when the sentence holds an opening quotation mark (most hold none)."""
        return any(q in self.text for q in OPEN_QUOTES)
