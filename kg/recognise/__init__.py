"""Recognise names of the seven classes in a sentence.

Candidates come from sources driven by data (kg/data/lexicon.tsv and
kg/data/rules.toml), run in the order of ``sources.SOURCES``:

- the lexicon (known.py): a well-known name, found as a jieba token (the
  lexicon is a user dictionary, so jieba keeps it whole);
- name heads (heads.py): MODIFIER + HEAD (华东医药生命科学 + 产业园), the
  modifier running left over jieba tokens until a boundary word (加快, 推进,
  的 …; modifier.py);
- enumerations (enumerations.py, items.py): ``A、B、C等N个<modifier><noun>``,
  whose noun types the items (龙头企业 -> Enterprise) and whose modifier may
  name their track;

plus track names before 产业/赛道 (tracks.py), lists before act verbs (frames.py), places and firms given
away by their words (places.py) and aliases the text declares (简称“X”; aliases.py); a zone's committee
named by the zone the document names (committees.py). Overlapping candidates are resolved longest first
(resolve.py); an owner opening a project's name (美团杭州总部 -> 美团) is a nested mention (owners.py).
Once every sentence is read, the passes over the whole document's mentions run (document_passes.py).

    >>> from kg.lexicon import Lexicon
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> [(m.name, m.cls) for m in r.sentence_mentions("d", 0, "开工浙江英特石塘医药产业园等14个重点项目")]
    [('浙江英特石塘医药产业园', 'Platform')]
"""
from __future__ import annotations

import gc

from ..lexicon import Lexicon
from ..model import Document, Mention
from ..rules import Rules, load_rules
from ..segment import CLASS_TAGS, Segmenter
from . import aliases as aliases_module
from .aliases import declared_aliases, document_names, head_anaphora
from .trade_names import trade_names
from .bracket_names import bracketed_places
from .brackets import bracket_aliases, unbracket
from .track_fronts import unfront
from .candidate import Cand
from .context import Context, Tables
from .document_passes import document_passes
from .cards import card_headings
from .known_cuts import known_cuts, outermost
from .labels import part_labels
from .generic_edges import role_labels
from .built_parks import built_parks
from .chain_malls import chain_malls
from .hosts import hosts
from .phases import phased_builds
from .bracket_phases import bracket_phases
from .quoted_names import quoted_brands
from .sited_phases import sited_phases
from .park_tails import park_tails
from .resolve import built_districts, commercial_context, resolve
from .roads import road_bounds, road_sections
from .road_extensions import road_extensions
from .sources import SOURCES, Source
from .field_owners import field_owners
from .field_sites import field_sites
from .seat_cells import seat_cells
from .glossed_cells import parent_brackets
from .sector_rows import sector_rows
from .table_cells import category_cells, table_cells
from .field_projects import field_projects
from .field_tracks import field_tracks
from .field_names import field_names_again
from .tokens import unglue_ends
from .variants import unplaced_names, variant_aliases
from .coordinated_places import coordinated_towns

__all__ = ["Recogniser", "user_words", "Cand", "Context", "Source", "SOURCES"]


def user_words(lexicon: Lexicon, rules: Rules) -> list[tuple[str, str]]:
    """The (word, tag) pairs the segmenter must keep whole: every lexicon
    surface, every name head (产业园, 总部 …) and the trade words [segmenter] words
    lists (链主), but the entries of the sources
    rules.toml [segmenter] leaves to jieba's own cut (a county's name forced
    whole steals from the words around it: 亚|运城市, 科学|城北区)."""
    loose = set(rules.segmenter.get("loose_sources", ()))
    words = [(s, CLASS_TAGS[e.cls]) for s, e in lexicon.surfaces()
             if not (e.sources and set(e.sources) <= loose)]
    words += [(w, "n") for w in rules.segmenter.get("words", ())]
    return words + [(w, "n") for w, h in rules.heads.items() if len(w) > 1 and h.segment]


class Recogniser:
    """Finds mentions in sentences; one instance per process (it owns a jieba)."""

    def __init__(self, lexicon: Lexicon, rules: Rules | None = None,
                 segmenter: Segmenter | None = None):
        self.lex = lexicon
        self.rules = rules or load_rules()
        self.seg = segmenter or Segmenter(user_words(lexicon, self.rules))
        self.tables = Tables(lexicon, self.rules)
        # a list of its own: a source added to one recogniser (a test, an experiment) is not added to all
        self.sources: list[Source] = list(SOURCES)
        self._doc_seg: _DocumentSegmenter | None = None    # while document_mentions runs
        self._needs: tuple | None = None     # (sources, their triggers' need, the need of each): `_source_needs`
        self._plans: dict[tuple, tuple] = {}  # (met, split) -> the sources that run: `_runs`

    def document_mentions(self, doc: Document) -> list[Mention]:
        """All mentions of a document; names declared as 简称, and names a sentence's
        context gave away (a list of firms), are found throughout."""
        # a sentence (and the words inside it) is segmented once per document,
        # however many sources and passes ask for its tokens
        seg = self._doc_seg = _DocumentSegmenter(self.seg)
        # The cyclic collector is held off while a document is read: recognition makes
        # hundreds of thousands of short-lived objects (tokens, candidates, contexts) and
        # no reference cycles, so the collections their allocation set off only walk the
        # process's long-lived objects again (5-8 % of recognise's CPU); reference
        # counting frees them all the same, and a collection may run after.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._document_mentions(doc, seg)
        finally:
            self._doc_seg = None
            if collecting:
                gc.enable()

    def _document_mentions(self, doc: Document, seg) -> list[Mention]:
        declared: dict[str, tuple[str, str]] = {}
        by_sentence: dict[int, list[Mention]] = {}
        # what the sources before the first that reads the document's names found
        # in each sentence: a sentence read again for those names starts from it
        split = self._names_split()
        saved: dict[int, tuple] | None = {} if split is not None else None
        # (a table's cell closing on its firm's parent in brackets, 承接企业（母公司）: no short form)
        parents = parent_brackets(self.rules, doc.sentences)
        for s in doc.sentences:
            ms = self._sentence_mentions(doc.doc_id, s.index, s.text, None, split, saved)
            by_sentence[s.index] = ms
            for alias, target in [*declared_aliases(self.rules, s.text, ms).items(), *bracket_aliases(s.text, ms).items()]:
                if alias not in parents.get(s.index, ()):
                    declared.setdefault(alias, target)
            for alias, target in unplaced_names(ms).items():
                declared.setdefault(alias, target)
        # (a firm's trade name said alone, no 简称 declared: sought as a declared one is)
        for alias, target in trade_names(self.lex, self.rules, [m for ms in by_sentence.values() for m in ms],
                                         [s.text for s in doc.sentences]).items():
            declared.setdefault(alias, target)
        names = document_names(self.rules, [m for ms in by_sentence.values() for m in ms])
        if names:  # only the sentences that hold one of them are read again
            # (a substring test per name: compiling one pattern of them all for
            # each document cost three times as much as the tests it saved)
            for s in doc.sentences:
                if any(n in s.text for n in names):
                    by_sentence[s.index] = self._sentence_mentions(
                        doc.doc_id, s.index, s.text, names, split,
                        replay=saved.get(s.index) if saved is not None else None)
        # a printed table's cell of a firm and its seat in brackets (采购方（所在园区）: X有限公司（Y园区）)
        # ... and a field cell holding a fund's category, which names nothing (所属领域: 乡村仓储等物流基础设施)
        for index, a, b, made in [*seat_cells(self.rules, doc.doc_id, doc.sentences, by_sentence),
                                  *category_cells(self.rules, doc.sentences)]:
            by_sentence[index] = [m for m in by_sentence[index] if not (m.start < b and a < m.end)] + made
        # a card heading's Project stands for the mentions inside its name (a place in
        # 青禾老城改造提升工程): kg/relate/fields.py reads a heading naming one thing
        # ... and so does a printed table's cell (kg/tablerows.py)
        for index, card in [*card_headings(self.rules, doc.doc_id, doc.sentences, by_sentence).items(),
                            *((m.sentence, m) for m in table_cells(self.rules, doc.doc_id, doc.sentences,
                                                                     by_sentence)),
                            # ... and a sector table's row (行业｜企业数｜产值: 非金属矿物制品｜13｜20.48)
                            *((m.sentence, m) for m in sector_rows(self.rules, doc.doc_id, doc.sentences,
                                                                     by_sentence)),
                            # ... and a field line's track (所属产业：星材（星澜部件）) or project (入驻项目：X，…)
                            *((m.sentence, m) for m in field_tracks(self.rules, doc.doc_id, doc.sentences,
                                                                      by_sentence)),
                            *((m.sentence, m) for m in field_projects(self.rules, doc.doc_id, doc.sentences,
                                                                        by_sentence)),
                            # ... and a card's place field's park (建设地点：墨川精细化工园)
                            *((m.sentence, m) for m in field_sites(self.rules, doc.doc_id, doc.sentences,
                                                                     by_sentence)),
                            # ... and its owner field's body or firm (运营单位：墨川县油料质量检验站)
                            *((m.sentence, m) for m in field_owners(self.rules, doc.doc_id, doc.sentences,
                                                                      by_sentence))]:
            by_sentence[index] = [m for m in by_sentence[index]
                                  if not (card.start <= m.start and m.end <= card.end)] + [card]
        by_sentence = field_names_again(self.rules, doc.doc_id, doc.sentences, by_sentence, declared)
        out = [m for ms in by_sentence.values() for m in ms]
        out += head_anaphora(self.rules, seg, doc.doc_id, doc.sentences, by_sentence)
        out += part_labels(self.rules, doc.doc_id, doc.sentences, by_sentence)
        return document_passes(self.lex, self.rules, seg, doc, out, declared)

    def sentence_mentions(self, doc_id: str, index: int, text: str,
                          declared: dict[str, tuple[str, str]] | None = None,
                          doc_names: dict[str, tuple[str, str]] | None = None) -> list[Mention]:
        return self._sentence_mentions(doc_id, index, text, doc_names)

    def _names_split(self) -> int | None:
        """The index of the first source that reads the document's names
        (``Context.doc_names``), when every source before it is the default
        one there (none of which reads them); else None."""
        k = next((i for i, s in enumerate(self.sources)
                  if s.find is aliases_module.document_name_cands), None)
        if k is None or tuple(self.sources[:k]) != SOURCES[:k]:
            return None
        return k

    def _source_needs(self) -> list[int | None]:
        """The trigger bits each source needs (Triggers.need; None: it runs on every
        sentence), in the order of ``self.sources``: looked up once, not per sentence."""
        need = self.tables.triggers.need
        if self._needs is None or self._needs[1] is not need or self._needs[0] != self.sources:
            self._needs = (list(self.sources), need, [need.get(s.name) for s in self.sources])
            self._plans = {}
        return self._needs[2]

    def _runs(self, met: int, split: int | None) -> tuple[tuple, tuple]:
        """The finders of the sources that run on a sentence whose triggers are ``met``
        (Triggers.met), in order: those before ``split`` and those from it on (None:
        all before). Sentences meet few distinct sets of triggers, so each plan is made
        once, not a test per source and sentence."""
        needs = self._source_needs()
        plan = self._plans.get((met, split))
        if plan is None:
            run = [(i, s.find) for i, (s, need) in enumerate(zip(self.sources, needs))
                   if need is None or need & met == need]      # (Triggers.runs)
            cut = len(self.sources) if split is None else split
            plan = self._plans[(met, split)] = (tuple(f for i, f in run if i < cut),
                                                tuple(f for i, f in run if i >= cut))
        return plan

    def _sentence_mentions(self, doc_id: str, index: int, text: str,
                           doc_names: dict[str, tuple[str, str]] | None = None,
                           split: int | None = None, save: dict | None = None,
                           replay: tuple | None = None) -> list[Mention]:
        """``save``: keep (tokens, copies of the candidates, the triggers met) of the
        sources before ``split`` under ``index``; ``replay``: start from what was kept, run the
        sources from ``split`` on (the same candidates as running all of them:
        the sources before ``split`` do not read ``doc_names``)."""
        seg = self._doc_seg or self.seg
        automaton, hits = self.tables.lex_automaton, None
        if replay is not None:
            toks, before, met = replay
        else:
            toks, before = unglue_ends(seg.tokens(text), self.rules, seg.tag), None
            if automaton is not None:
                # the lexicon's names in the sentence (Context.lex_hits), found once: the tokens
                # are cut again where the HMM ran across one (kg/recognise/known_cuts.py)
                hits = automaton.find_matches_as_indexes(text, overlapping=True)
                if hits:
                    toks = known_cuts(toks, outermost(hits), seg.tag, self.tables.lex_surfaces)
            # a source runs only on a sentence that holds its triggers (rules.toml [triggers])
            met = self.tables.triggers.met(text)
        ctx = Context(text, toks, f"{doc_id}#{index}",
                      self.lex, self.rules, seg, self.tables, doc_names=doc_names or {})
        if hits is not None:
            ctx.__dict__["lex_hits"] = hits     # (the cached property's value, not a second pass)
        if before is not None:
            ctx.cands = [_restored(*kept) for kept in before]
        first, rest = self._runs(met, split if save is not None or replay is not None else None)
        if replay is None:
            for find in first:
                ctx.cands += find(ctx)
            if save is not None:
                # what resolution may change is kept aside, not the candidates copied:
                # most sentences are never read again
                save[index] = (toks, [(c, c.role, c.group, c.extra) for c in ctx.cands], met)
        for find in rest:
            ctx.cands += find(ctx)
        unbracket(ctx)      # (a bracket holding the name's short form is no word of it)
        unfront(ctx)        # (一是|青禾材料, 全县|云溪藻: a word glued before a track is no word of it)
        chosen = resolve(ctx)
        role_labels(ctx, chosen)
        commercial_context(ctx, chosen)
        chain_malls(ctx, chosen)
        built_districts(ctx, chosen)
        phased_builds(ctx, chosen)
        bracket_phases(ctx, chosen)
        quoted_brands(ctx, chosen)
        sited_phases(ctx, chosen)
        park_tails(ctx, chosen)
        built_parks(ctx, chosen)
        hosts(ctx, chosen)
        road_extensions(ctx, chosen)
        road_sections(ctx, chosen)
        road_bounds(ctx, chosen)
        variant_aliases(ctx, chosen)
        coordinated_towns(ctx, chosen)
        out = []
        for c in chosen:
            out.append(_mention(doc_id, index, text, c))
            out.extend(_mention(doc_id, index, text, n) for n in c.nested)
        if "（" in text or "(" in text:   # (a place in brackets inside a name: 星澜智算（云溪）中心)
            out = bracketed_places(lambda t: self._sentence_mentions(doc_id, index, t, doc_names), self.lex, text, out)
        return out


class _DocumentSegmenter:
    """A segmenter's view for one document: ``tokens`` of a text is computed once
    (the token lists are shared: nothing changes them); the rest is the segmenter's."""

    def __init__(self, seg: Segmenter):
        self._seg = seg
        self._tokens: dict[str, list] = {}
        self.tag = seg.tag
        self.knows = seg.knows

    def tokens(self, text: str) -> list:
        toks = self._tokens.get(text)
        if toks is None:
            toks = self._tokens[text] = self._seg.tokens(text)
        return toks

    def __getattr__(self, name: str):
        return getattr(self._seg, name)


def _copy(c: Cand) -> Cand:
    """A copy of a candidate that resolution may change (role, group, extra)
    without changing the original; its nested list is its own."""
    new = Cand.__new__(Cand)
    new.__dict__.update(c.__dict__)
    new.nested = list(c.nested)
    return new


_CONFIDENCE = {5: 0.9, 4: 0.95, 3: 0.8, 2: 0.75}     # by a candidate's priority; else 0.6


def _restored(c: Cand, role: str, group: str, extra: tuple) -> Cand:
    """A copy of ``c`` as it was when its (role, group, extra) were kept."""
    new = _copy(c)
    new.role, new.group, new.extra = role, group, extra
    return new


def _mention(doc_id: str, index: int, text: str, c: Cand) -> Mention:
    return Mention(doc_id, index, c.start, c.end, text[c.start:c.end], c.cls, c.name, c.rule,
                   confidence=_CONFIDENCE.get(c.prio, 0.6),
                   aliases=c.aliases, extra=c.extra, group=c.group, role=c.role)
