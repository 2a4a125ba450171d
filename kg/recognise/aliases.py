"""Names a document gives once and uses again: aliases it declares (简称“X”),
and names its sentences give away by their context (a list of firms, a frame),
found in every sentence of it."""
from __future__ import annotations

import re
from collections import Counter

from ..model import ANAPHORA_RULE, Mention
from .whole_parks import antecedent_parks, part_park
from ..rules import Rules, rx
from .candidate import Cand
from .modifier import glued_boundary
from .text import NUMERAL_CHARS, find_all, han, is_punct, required_literal
from .leading_aliases import leading_aliases


def declared_aliases(rules: Rules, text: str, ms: list[Mention]) -> dict[str, tuple[str, str]]:
    """alias -> (name, class) for each alias ``text`` declares: the alias of the
    mention that ends right before the declaration (an owner inside a name is
    not what the alias stands for; a name that ends earlier is not the one
    declared: in 郑州航空港兴港投资集团有限公司（以下简称“兴港投资”） an unrecognised
    firm's name, not 郑州, is shortened)."""
    out = {}
    for pat in rules.alias_patterns:
        # (a literal every match holds, sought first: most sentences declare nothing)
        if required_literal(pat.pattern) not in text:
            continue
        for m in pat.finditer(text):
            before = [x for x in ms if x.end <= m.start() and x.role != "owner"]
            if before:
                target = max(before, key=lambda x: x.end)
                if _ALIAS_GAP.fullmatch(text[target.end:m.start()]):
                    for alias in _declared(m):
                        if alias not in rules.not_declared:
                            out[alias] = (target.name, target.cls)
    out.update(leading_aliases(rules, text, ms))
    return out


def _declared(m: re.Match) -> list[str]:
    """The short forms a declaration gives: one (``alias``), or each quoted one (``aliases``)."""
    if "aliases" in m.re.groupindex:
        return _QUOTED.findall(m.group("aliases"))
    return [m.group("alias")]


_QUOTED = re.compile(r'[“"「]([^”"」]+)[”"」]')


# what may stand between a name and the words declaring its short form: a bracket, a
# comma, closing quotes; a note that the name is provisional (星澜材料有限公司（暂定名，以登记机关
# 核准为准，以下简称“星澜材料”）: a company an announcement means to set up)
_ALIAS_GAP = re.compile(r"[\s”\"’」』]*(?:[（(](?:暂定名|暂定|拟定名|拟用名)[^（()）]{0,40}?[，,；;]\s*|[（(，,])?\s*")


def declared_hits(doc_id: str, index: int, text: str, declared: dict[str, tuple[str, str]],
                  existing: list[Mention]) -> list[Mention]:
    """Mentions of the declared aliases in sentence ``index``, where no mention is yet;
    a mention already there that is the alias as written, of the declared name's
    class, is renamed to it (the short form a head made a name of is the firm's)."""
    for m in existing:
        target = declared.get(m.surface)
        if target and (_same_kind(m.cls, target[1]) or _headed_place(m, target[1])) \
                and (m.name != target[0] or m.cls != target[1]) and m.role != "owner":
            m.name, m.aliases, m.cls = target[0], (m.surface,), target[1]
    here = [m for m in existing if m.sentence == index and m.doc_id == doc_id]
    taken = [(m.start, m.end) for m in here]
    out = []
    for alias, (name, cls) in declared.items():
        for m in find_all(alias, text):
            over = [x for x in here if m.start() < x.end and x.start < m.end()]
            places = [x for x in over if _place_stem(x, m.start(), m.end(), cls)]
            brands = [x for x in over if _brand_inside(x, m.start(), m.end(), cls)]
            if over and len(places) + len(brands) == len(over) and len(places) <= 1 >= len(brands) \
                    and (brands or not _DECLARING.search(text, 0, m.start())):
                # (合资组建项目公司鹤壁星澜: a place's name inside a firm's declared short form is the
                # firm's; and a brand's, 鹤壁|美团, with or without the place: the local firm's)
                x = over[0]
                x.start, x.end, x.surface, x.cls, x.name = m.start(), m.end(), alias, cls, name
                x.rule, x.confidence, x.aliases, x.extra, x.role = "declared-alias", 0.9, (alias,), (), ""
                for y in over[1:]:
                    y.rule = DECLARED_CUT   # (the caller drops it: one mention stands for the alias)
                continue
            if over:
                continue
            out.append(Mention(doc_id, index, m.start(), m.end(), alias, cls, name,
                               "declared-alias", 0.9, aliases=(alias,)))
    return out


DECLARED_CUT = "declared-cut"

# the classes a body's declared short form may be recognised as and still stand for the body
# (云溪县供销合作社联合社（以下简称县供销社）: the short form's head, 社, makes an Institution of it)
_BODIES = frozenset({"Enterprise", "Institution"})


def _headed_place(m: Mention, declared: str) -> bool:
    """Whether ``m`` is a place only its head word made (华禾青河: 河) written as a firm's or a body's
    short form the document gives: the document says whose name it is."""
    return m.cls == "Place" and declared in _BODIES and m.rule.startswith("head:")


def _same_kind(cls: str, declared: str) -> bool:
    """Whether a mention of class ``cls`` written as a declared short form stands for the
    declared name of class ``declared``: the same class, or both bodies (a firm or an office)."""
    return cls == declared or (cls in _BODIES and declared in _BODIES)

# what stands right before a short form where it is declared: a bracket, 简称 and quotes (the
# place there, 星澜科技有限公司（茂名星澜）, may be the one the document speaks for)
_DECLARING = re.compile(r'(?:[（(]|简称\s*[“"「]?|[“"「])$')


def _place_stem(x: Mention, start: int, end: int, cls: str) -> bool:
    """Whether mention ``x`` is a place's name lying strictly inside a firm's or body's declared
    short form at start..end (云溪 in 云溪星澜)."""
    return x.cls == "Place" and cls in ("Enterprise", "Institution") and start <= x.start and x.end <= end \
        and x.end - x.start < end - start


def _brand_inside(x: Mention, start: int, end: int, cls: str) -> bool:
    """Whether mention ``x`` is a firm's name (a brand the lexicon knows) lying strictly inside a
    firm's declared short form at start..end (青禾 in 云溪青禾: the local firm the document
    declares, not the brand), where it is declared as well as elsewhere."""
    return x.cls == cls == "Enterprise" and x.role != "owner" and start <= x.start and x.end <= end \
        and x.end - x.start < end - start


def document_names(rules: Rules, mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """surface -> (name, class) of the names a document's context gave away: found by a
    list, a frame or a bracket (rules.toml [document_names] rules), long enough to be
    sought as they are elsewhere in the document."""
    dn = rules.document_names
    prefixes = tuple(dn.get("rules", ()))
    shortest = dn.get("min_chars", 3)
    short_ok = tuple(dn.get("short_rules", ()))
    short_tracks = tuple(dn.get("short_track_rules", ()))
    out: dict[str, tuple[str, str]] = {}
    for m in mentions:
        short = short_tracks and m.cls == "IndustryTrack" and len(m.surface) >= 2 and m.rule.startswith(short_tracks)
        if m.role == "owner" or not m.rule.startswith(prefixes) \
                or (len(m.surface) < shortest and not (short_ok and m.rule.startswith(short_ok)) and not short):
            continue
        out.setdefault(m.surface, (m.name, m.cls))
    return out


def document_name_cands(ctx) -> list[Cand]:
    """Candidates where a name the document gave away elsewhere stands as written; a
    track's with the suffix written after it (一是硅基新材料产业。), as the lexicon's
    spans are, so that a known track inside it (新材料产业) is no longer than it. An owner
    nested in a name that is cut short of such a name grows to it (X山东|高端…项目 is the
    declared X山东's, not a short brand's before the place: X|山东)."""
    out = []
    suffix = ctx.tables.doc_track_suffix
    dn = ctx.rules.document_names
    shortest, opens, closes = dn.get("min_chars", 3), tuple(dn.get("short_track_cell", ())), \
        tuple(dn.get("short_track_after", ()))
    for surface, (name, cls) in ctx.doc_names.items():
        for m in find_all(surface, ctx.text):
            if cls == "IndustryTrack" and len(surface) < shortest \
                    and not ctx.text.startswith(ctx.rules.track_context, m.end()) \
                    and not (ctx.text[m.start() - 1:m.start()] in opens and ctx.text.startswith(closes, m.end())):
                continue    # (a short track stands as one before 产业, 企业, 、 … or fills a cell, not inside a name)
            end = m.end()
            if cls == "IndustryTrack":
                # (not 产业链: the chain word after a track says what a report is about)
                end = (suffix.match(ctx.text, end) or m).end()
            out.append(Cand(m.start(), end, cls, name, "document-name", prio=1))
            if cls in ("Enterprise", "Institution"):
                _grow_owner(ctx, m.start(), m.end(), name, cls)
    return out


def _grow_owner(ctx, start: int, end: int, name: str, cls: str) -> None:
    """Owners nested at ``start`` in a longer candidate that end before ``end``: the
    document's name start..end (its canonical ``name``) owns the thing instead."""
    for c in ctx.cands:
        if c.start != start or c.end <= end:
            continue
        for k, o in enumerate(c.nested):
            if o.role == "owner" and o.start == start and o.end < end:
                c.nested[k] = Cand(start, end, cls, name, "owner-prefix:document", prio=4, role="owner",
                                   aliases=(ctx.text[start:end],))


def head_anaphora(rules: Rules, seg, doc_id: str, sentences, by_sentence: dict[int, list[Mention]]) -> list[Mention]:
    """Mentions of a park or a project by its bare head, standing for the last one
    named with that head (…深圳湾超级总部基地…，推动A、B等项目在基地内开工; 光谷生物城…
    联影医疗等企业在生物城设立…): a head of two characters or more that ends the
    name (rules.toml [anaphora]), met bare: after punctuation, a function word or a
    boundary word, and not a word of a slogan (“链主企业+产业园”)."""
    last: dict[str, Mention] = {}
    out = []
    headings = _HeadingParks(rules, sentences, last)
    each = tuple(rules.data.get("anaphora", {}).get("each_words", ()))
    for s in sentences:
        ms = sorted(by_sentence.get(s.index, []), key=lambda m: m.start)
        named = [(m.start, w, m) for m in ms if m.role != "owner" and m.cls in ("Platform", "Project")
                 for w in _short_heads(rules, m.surface)]
        headings.enter(s, ms)
        words = sorted(w for w in {w for _, w, _ in named} | set(last) if w in s.text)
        if words:   # (most sentences hold none of the heads)
            taken = [(m.start, m.end) for m in ms]
            toks = seg.tokens(s.text)
            ends = {t.end: t for t in toks}
            starts = {t.start for t in toks}
        for word in words:
            for hit in find_all(word, s.text):
                a, b = hit.span()
                here = [m for at, w, m in named if w == word and at < a]
                if word in rules.anaphora_tails:
                    # 园区 after a park of another head in its sentence (…集聚在青禾软件园，园区
                    # 细分领域…) stands for that park, not the last one named 园区
                    parks = antecedent_parks(rules, s.text, [m for m in ms if m.start < a and m.role != "owner"
                                                             and m.cls == "Platform"])
                    here = parks[-1:] if parks else here
                target = here[-1] if here else last.get(word)
                if target is None or a not in starts or any(a < e and x < b for x, e in taken) \
                        or (a > 0 and s.text[a - 1] in SLOGAN) or (b < len(s.text) and s.text[b] in SLOGAN):
                    continue
                before = ends.get(a)
                if before is not None and (not _bare_before(rules, seg, before.text)
                                           or before.text.startswith(each)):
                    continue    # (各县产业园, 每个园区: every one of a kind, no one named)
                out.append(Mention(doc_id, s.index, a, b, word, target.cls, target.name, ANAPHORA_RULE, 0.7))
                taken.append((a, b))
        for _, w, m in named:   # the names this sentence gives are the ones later bare heads stand for
            if not headings.holds(w):
                last[w] = m
        pair = part_park(rules, s.text, [m for m in ms if m.role != "owner" and m.cls == "Platform"])
        for w in rules.anaphora_tails if pair is not None else ():
            if last.get(w) is pair[1] and not headings.holds(w):
                last[w] = pair[0]   # (the sentence is about the part, not the whole named with it)
    return out


SLOGAN = "+＋“”\"「」"


class _HeadingParks:
    """What a bare heading word (园区, rules.toml [anaphora] heading_words) stands for under a
    heading that names a park alone: the park, not the last one named 园区 before. A heading
    alone in its paragraph (【青禾高新区】, 二、墨川产业园) holds until a heading of another matter
    (三、主要企业) or of another park; one that opens an item's paragraph (5.星澜科技园。园区…)
    holds for that paragraph. ``last`` is head_anaphora's table, changed in place."""

    def __init__(self, rules: Rules, sentences, last: dict[str, Mention]):
        conf = rules.data.get("anaphora", {})
        self.words = tuple(conf.get("heading_words", ()))
        self.mark = rx(conf.get("heading_mark", "$^"))
        self.aside = rx(conf.get("heading_aside", "$^"))
        self.alone = Counter(s.paragraph for s in sentences)
        self.last = last
        self.paragraph = None
        self.held: list[tuple[dict, int | None]] = []   # (what last held before, the item's paragraph or None)

    def enter(self, s, ms: list[Mention]) -> None:
        if not self.words or s.paragraph == self.paragraph:
            return
        self.paragraph = s.paragraph
        while self.held and self.held[-1][1] is not None:
            self._restore()           # (an item's paragraph has ended)
        if not self.mark.match(s.text):
            return
        park = _heading_park(self.aside.sub("", s.text), ms)
        alone = self.alone[s.paragraph] == 1
        if alone:
            while self.held:
                self._restore()       # (a section's heading ends the section before it)
        if park is not None:
            self.held.append(({w: self.last.get(w) for w in self.words}, None if alone else s.paragraph))
            self.last.update({w: park for w in self.words})

    def holds(self, word: str) -> bool:
        """True when ``word`` stands for a heading's park (the parks its section names do not take it)."""
        return bool(self.held) and word in self.words

    def _restore(self) -> None:
        before, _ = self.held.pop()
        for w, m in before.items():
            if m is None:
                self.last.pop(w, None)
            else:
                self.last[w] = m


def _heading_park(text: str, ms: list[Mention]) -> Mention | None:
    """The park a heading line names and nothing else (its marks, numbering and brackets
    aside): 【青禾高新技术产业开发区】, 三、墨川经济开发区."""
    words = "".join(ch for ch in text if han(ch) and ch not in NUMERAL_CHARS)
    return next((m for m in ms if m.cls == "Platform" and m.role != "owner"
                 and "".join(ch for ch in m.surface if ch not in NUMERAL_CHARS) == words), None)



def _short_heads(rules: Rules, name: str) -> list[str]:
    head = rules.head_of(name)
    if head is None or len(name) <= len(head.word) + 1:
        return []
    words = {head.word} if len(head.word) >= 2 else set()
    words |= {t for t in rules.anaphora_tails if head.word.endswith(t)}     # 总部基地 -> 基地
    return sorted(w for w in words if w not in rules.anaphora_not)


def _bare_before(rules: Rules, seg, word: str) -> bool:
    tag = seg.tag(word)
    return word in rules.boundary or tag[:1] in ("p", "u", "r", "d", "c") \
        or not any("\u4e00" <= ch <= "\u9fff" for ch in word)


def declared_name_cands(ctx) -> list[Cand]:
    """A name right before the bracket that declares its short form (以下简称“X”) is a
    name, when it ends with a head: 青禾新区开发投资集团（以下简称“青禾开投集团”） names a
    firm, not the zone its name opens with. The name runs left to a mark or a function word."""
    out = []
    for pat in ctx.tables.asides:
        for m in pat.finditer(ctx.text):
            end = m.start()
            h = ctx.rules.head_of(ctx.text[max(0, end - ctx.rules.max_head - 8):end])
            if h is None or h.cls in ("Place", "CommercialDistrict", "IndustryTrack"):
                continue
            start = _declared_start(ctx, end - len(h.word))
            name = ctx.text[start:end]
            if start < end - len(h.word) - 1 and not any(is_punct(ch) for ch in name):
                out.append(Cand(start, end, h.cls, name, f"declared-name:{h.word}", prio=2))
    return out


# jieba tags that end a declared name on its left: prepositions, conjunctions,
# particles, pronouns, adverbs, time and numeral words
_STOP_TAGS = ("p", "c", "u", "r", "d", "t", "m", "f")


def _declared_start(ctx, upto: int) -> int:
    """Where a declared name whose head starts at ``upto`` begins: the first token
    after a mark, a boundary word (but those of rules.toml [alias] declared_inside:
    青禾新区开发投资集团) or a function word, at most [lengths] modifier + 8 chars."""
    start = upto
    most = ctx.rules.lengths.get("modifier", 12) + 8
    inside = ctx.rules.declared_inside
    for t in reversed([t for t in ctx.toks if t.end <= upto]):
        if t.end != start or upto - t.start > most or any(is_punct(ch) for ch in t.text) \
                or (t.text in ctx.rules.boundary and t.text not in inside) or (ctx.seg.tag(t.text)[:1] in _STOP_TAGS
                                                   and ctx.lex.lookup(t.text) is None) \
                or t.text in ctx.rules.long_name.get("acquire_verbs", ()):
            break   # (拟收购|星澜化工有限公司（以下简称…）: the firm the act takes over)
        start = t.start + glued_boundary(ctx, t)    # (由青禾|新区…: 由 is no word of the name)
    return start
