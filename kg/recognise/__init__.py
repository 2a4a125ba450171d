"""Recognise names of the seven classes in a sentence.

Three sources of candidates, all driven by data (kg/data/lexicon.tsv and
kg/data/rules.toml):

- the lexicon: a well-known name, found as a jieba token (the lexicon is a
  user dictionary, so jieba keeps it whole);
- name heads: MODIFIER + HEAD (华东医药生命科学 + 产业园), the modifier
  running left over jieba tokens until a boundary word (加快, 推进, 的 …);
- enumerations: ``A、B、C等N个<modifier><noun>``, whose noun types the items
  (龙头企业 -> Enterprise) and whose modifier may name their track;

plus track names before 产业/赛道 and aliases the text declares (简称“X”).
Overlapping candidates are resolved longest first; an owner named at the start
of a project's name (美团 in 美团杭州总部) is kept as a nested mention.

    >>> from kg.lexicon import Lexicon
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> [(m.name, m.cls) for m in r.sentence_mentions("d", 0, "开工浙江英特石塘医药产业园等14个重点项目")]
    [('浙江英特石塘医药产业园', 'Platform')]
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Document, Mention, Token
from ..rules import Rules, load_rules
from ..segment import CLASS_TAGS, Segmenter
from .candidate import Cand
from .text import (ADMIN_UNITS, CLOSE_QUOTES, JOIN_CHARS, JOINERS, LIST_BREAK, LIST_SEP, OPEN_QUOTES,
                   STOP_TAGS, alnum, is_punct)


def user_words(lexicon: Lexicon, rules: Rules) -> list[tuple[str, str]]:
    """The (word, tag) pairs the segmenter must keep whole: every lexicon
    surface and every name head (产业园, 总部 …)."""
    words = [(s, CLASS_TAGS[e.cls]) for s, e in lexicon.surfaces()]
    return words + [(h, "n") for h in rules.heads if len(h) > 1]


class Recogniser:
    """Finds mentions in sentences; one instance per process (it owns a jieba)."""

    def __init__(self, lexicon: Lexicon, rules: Rules | None = None,
                 segmenter: Segmenter | None = None):
        self.lex = lexicon
        self.rules = rules or load_rules()
        self.seg = segmenter or Segmenter(user_words(lexicon, self.rules))
        nouns = sorted(self.rules.enum_nouns, key=len, reverse=True)
        self._noun_re = re.compile("|".join(map(re.escape, nouns)))
        self._counter_re = re.compile(self.rules.enum_counter)
        verbs = sorted(self.rules.frames, key=len, reverse=True)
        self._frame_re = re.compile("|".join(map(re.escape, verbs))) if verbs else None
        ss = self.rules.soe_short
        self._soe_re = re.compile("(?:%s)(?:%s)" % ("|".join(map(re.escape, ss.get("levels", ()))),
                                                    "|".join(map(re.escape, ss["words"])))) \
            if ss.get("words") else None
        self._frame_adverbs = sorted(self.rules.frame_adverbs, key=len, reverse=True)
        # every prefix of a lexicon surface: a token run that is none of them
        # cannot grow into a lexicon name, so the lookup stops there
        self._lex_prefixes = {w[:k] for w, _ in lexicon.surfaces() for k in range(1, len(w) + 1)}
        # a head ends a token only if the token ends with the head's last character
        self._head_last = {h[-1] for h in self.rules.heads}
        self._generic = frozenset(self.rules.generic)
        self._generic_lens = sorted({len(g) for g in self._generic}, reverse=True)
        self._generic_tuple = tuple(self.rules.generic)

    # -- public -------------------------------------------------------------
    def document_mentions(self, doc: Document) -> list[Mention]:
        """All mentions of a document; names declared as 简称 are found throughout."""
        declared: dict[str, tuple[str, str]] = {}
        out: list[Mention] = []
        for s in doc.sentences:
            ms = self.sentence_mentions(doc.doc_id, s.index, s.text, declared)
            out.extend(ms)
            for alias, target in self._declared_aliases(s.text, ms).items():
                declared.setdefault(alias, target)
        if declared:  # a 简称 may be used before it is declared (titles, leads)
            out = [m for m in out if m.rule != "declared-alias"]
            for s in doc.sentences:
                out.extend(self._declared_hits(doc.doc_id, s.index, s.text, declared, out))
        out.sort(key=lambda m: (m.sentence, m.start, -m.end))
        return out

    def sentence_mentions(self, doc_id: str, index: int, text: str,
                          declared: dict[str, tuple[str, str]] | None = None) -> list[Mention]:
        toks = self.seg.tokens(text)
        self._text = text
        cands = self._lexicon(toks, text)
        cands += self._heads(text, toks)
        cands += self._tracks(text, toks)
        cands += self._greater_areas(toks)
        cands += self._after_country(text, toks)
        cands += self._soe_short(text, toks)
        cands += self._joined_tracks(cands)
        cands += self._enumerations(text, toks, f"{doc_id}#{index}")
        cands += self._frames(text, toks, f"{doc_id}#{index}")
        cands += self._appositives(text, toks)
        cands += self._subject_firms(text, toks, f"{doc_id}#{index}")
        cands += self._listed_after(text, toks, f"{doc_id}#{index}")
        cands += self._shared_heads(text, toks, cands)
        chosen = self._resolve(text, cands)
        self._commercial_context(text, chosen)
        out = []
        for c in chosen:
            out.append(self._mention(doc_id, index, text, c))
            out.extend(self._mention(doc_id, index, text, n) for n in c.nested)
        return out

    # -- candidates ---------------------------------------------------------
    def _lexicon(self, toks: list[Token], text: str = "") -> list[Cand]:
        out = []
        locatives = tuple(self.rules.place_attributive.get("locatives", ()))
        for t in toks:  # jieba keeps a place and its locative word together (亚洲各国)
            if len(t.text) > 2 and t.text.endswith(locatives) and self.lex.lookup(t.text) is None:
                for loc in locatives:
                    e = self.lex.lookup(t.text[:-len(loc)], "Place") if t.text.endswith(loc) else None
                    if e:
                        out.append(Cand(t.start, t.end - len(loc), "Place", e.name, "lexicon", prio=4,
                                        source=e.source))
                        break
        for i in range(len(toks)):
            s = ""
            for j in range(i, min(i + 4, len(toks))):
                s += toks[j].text
                if s not in self._lex_prefixes:
                    break
                entries = self.lex.lookup_all(s)
                if entries and not self.lex.is_not_entity(s):
                    e = entries[0]
                    if s.isdigit() and (text[toks[j].end:toks[j].end + 1] in self.rules.quantity_units
                                        or text[toks[i].start - 1:toks[i].start].isdigit()):
                        continue  # 360度, 360亿元: a quantity, not the firm 360
                    nxt = self.lex.lookup(toks[j + 1].text, "IndustryTrack") if j + 1 < len(toks) else None
                    if (e.cls == "IndustryTrack" and len(s) <= 2 and nxt is None
                            and not text.startswith(self.rules.track_context, toks[j].end)):
                        continue  # 时尚 in 时尚之都 is no track; 电竞产业 is
                    if e.cls == "IndustryTrack" and (self._in_title(text, toks[i].start, toks[j].end)
                                                     or self._product_or_policy(text, toks[i].start, toks[j].end)):
                        continue  # “老有康养”, 首批次新材料: a slogan or a product, not the track
                    if e.cls == "IndustryTrack" and self._event_after(text, toks[j].end):
                        # 医美产业大会: an industry's own event names the industry, but the
                        # sentence is about the event: the mention has its own role (relate
                        # takes no topic or list from it); 数字贸易博览会 names only a fair
                        if text.startswith(tuple(s + n for s in self.rules.track_suffixes[:1]
                                                 for n in self.rules.event_nouns), toks[j].end):
                            out.append(Cand(toks[i].start, toks[j].end, e.cls, e.name, "lexicon:event", prio=4,
                                            source=e.source, role="event"))
                        continue
                    nh = self.rules.heads.get(toks[j + 1].text) if j + 1 < len(toks) else None
                    if e.cls == "IndustryTrack" and nh and nh.cls in ("CommercialDistrict", "Place"):
                        continue  # 旅游休闲|街区: the kind of a street, not a track named
                    if e.cls in ("Institution", "Enterprise") and self._names_event(text, toks, j + 1):
                        continue  # G20|杭州|峰会: the event, not the body
                    c = Cand(toks[i].start, toks[j].end, e.cls, e.name, "lexicon", prio=4, source=e.source)
                    if e.cls == "Place" and not self._place_in_use(text, toks, j + 1, c):
                        continue
                    out.append(c)
        return out

    def _names_event(self, text: str, toks: list[Token], nxt: int) -> bool:
        """True when an event noun follows token ``nxt - 1``, maybe after a place
        (G20|杭州|峰会): the organisation is a word of the event's name."""
        pos = toks[nxt - 1].end
        if nxt < len(toks) and toks[nxt].start == pos and self.lex.lookup(toks[nxt].text, "Place"):
            pos = toks[nxt].end
        return text.startswith(self.rules.event_nouns, pos)

    def _place_in_use(self, text: str, toks: list[Token], nxt: int, c: Cand) -> bool:
        """False when a known place is only a word of a title or an attributive.

        - inside a short quotation it does not fill, it is a word of a slogan, an
          award or a programme (“中国最具幸福感城区”, “西湖明珠工程”);
        - the home country and broad regions (rules.toml [place]) before a word they
          qualify are attributives (中国特色社会主义, 中国民营企业500强, 长三角一体化),
          not the location of anything; before a place, a locative word, a verb or
          punctuation they are used as places (韩国大邱, 长三角地区, 来自亚洲各国).
        """
        if self._in_title(text, c.start, c.end):
            return False
        pol = self.rules.place_attributive
        if nxt < len(toks) and toks[nxt].start == c.end and toks[nxt].text in pol.get("people_after", ()):
            return False  # 香港同胞: the people of a place, not the place
        if c.name not in pol.get("home", ()) and not any(
                src in pol.get("sources", ()) for src in c.source.replace(";", " ").split()):
            return True
        prev = next((t for t in reversed(toks) if t.end <= c.start), None)
        if prev is not None and prev.end == c.start and self.seg.tag(prev.text)[:1] in ("n", "a", "l", "j"):
            return False  # 健康中国, 福布斯中国: the last word of a compound name
        if nxt >= len(toks) or is_punct(toks[nxt].text[0]):
            return True
        w = toks[nxt].text
        tag = self.seg.tag(w)
        return (w in pol.get("locatives", ()) or self.lex.lookup(w, "Place") is not None or tag == "ns"
                or tag[:1] in STOP_TAGS or (tag[:1] == "v" and tag != "vn"))

    def _in_title(self, text: str, start: int, end: int) -> bool:
        """True when start..end is a word of a short quotation it does not fill
        (“中国最具幸福感城区”, “老有康养”): a slogan, award or programme name.
        An item of a quoted list fills its place (“数字经济、生命健康”)."""
        o = max(text.rfind(q, 0, start) for q in OPEN_QUOTES)
        if o < 0 or max(text.rfind(q, o, start) for q in CLOSE_QUOTES) >= 0:
            return False
        close = min((i for i in (text.find(q, end) for q in CLOSE_QUOTES) if i >= 0), default=-1)
        inside = text[o + 1:close] if close >= 0 else ""
        fills = text[start - 1] in OPEN_QUOTES + LIST_SEP and text[end:end + 1] in CLOSE_QUOTES + LIST_SEP
        return bool(inside) and len(inside) <= self.rules.title_max_len and not fills \
            and not any(ch in "，。；：！？,;:!?" for ch in inside)

    def _product_or_policy(self, text: str, start: int, end: int) -> bool:
        """True when a track word at start..end names products (首批次新材料,
        大健康等多产品) or is a word of a policy's title (新制造业9条)."""
        tp = self.rules.track_products
        return (text[:start].endswith(tuple(tp.get("not_after", ())))
                or any(re.match(tp[k], text[end:]) for k in ("list_noun", "policy") if tp.get(k)))

    def _event_after(self, text: str, pos: int) -> bool:
        """True when the words after ``pos`` (to the clause's end, a few characters)
        name an event or a body: 数字贸易|博览会, 数字医疗健康产业|杭州峰会."""
        after = text[pos:pos + 8]
        for i, ch in enumerate(after):
            if is_punct(ch):
                after = after[:i]
                break
        return any(w in after for w in self.rules.track_not_before)

    def _after_country(self, text: str, toks: list[Token]) -> list[Cand]:
        """A foreign country and the word right after it: 韩国|大邱 -> the city 大邱
        (a word jieba takes for a place, not in the lexicon); 韩国|JK、 -> the
        firm 韩国JK (Latin letters that end a list item)."""
        ac = self.rules.place_attributive_after_country
        out = []
        for k, (a, b) in enumerate(zip(toks, toks[1:])):
            e = self.lex.lookup(a.text, "Place")
            if e is None or a.end != b.start or e.source not in ac.get("sources", ()) \
                    or e.name in self.rules.place_attributive.get("home", ()) or self.lex.lookup(b.text):
                continue
            if self.seg.tag(b.text) == "ns" and 2 <= len(b.text) <= ac.get("max_len", 3):
                out.append(Cand(b.start, b.end, "Place", b.text, "city-after-country", prio=3))
            elif alnum(b.text) and not b.text.isdigit() and (
                    b.end == len(text) or is_punct(text[b.end]) or text.startswith(tuple(ac.get("firm_after", ())), b.end)
                    or self.seg.tag(toks[k + 2].text)[:1] in ("v", "a", "d", "p", "c", "u")):
                # (not 韩国|OLED|显示屏: letters before a noun qualify it)
                out.append(Cand(a.start, b.end, "Enterprise", a.text + b.text, "firm-after-country", prio=3,
                                aliases=(b.text,)))
        return out

    def _soe_short(self, text: str, toks: list[Token]) -> list[Cand]:
        """市城投, 区交投: the state-owned group of a level of government."""
        if self._soe_re is None:
            return []
        starts = {t.start for t in toks}
        out = []
        for m in self._soe_re.finditer(text):
            if m.start() in starts and not self.lex.lookup(m.group()) and not self.lex.is_not_entity(m.group()):
                out.append(Cand(m.start(), m.end(), "Enterprise", m.group(), "soe-short", prio=3))
        return out

    def _greater_areas(self, toks: list[Token]) -> list[Cand]:
        """大 + a locality word names an area: 大城北, 大城西, 大江东."""
        g = self.rules.greater_area
        out = []
        for a, b in zip(toks, toks[1:]):
            if a.text == g.get("prefix") and a.end == b.start and len(b.text) == 2 \
                    and self.seg.tag(b.text) in g.get("tags", ()) and self.lex.lookup(b.text) is None:
                out.append(Cand(a.start, b.end, "Place", a.text + b.text, "greater-area", prio=2))
        return out

    def _stops(self, text: str, t: Token, upto: int) -> bool:
        """True when token ``t`` cannot be part of a name ending at ``upto``."""
        w, tag = t.text, self.seg.tag(t.text)
        if w in self.rules.boundary or any(is_punct(ch) for ch in w):
            return True
        if self.lex.lookup(w) is None and w not in self.rules.name_internal:
            if tag[:1] in STOP_TAGS or tag in ("t", "m", "mq", "ad") or (
                    tag[:1] == "v" and tag != "vn" and len(w) > 1):
                return not ((alnum(w) and tag in ("m", "eng", "")) or (tag == "m" and w.startswith("第")))
        return w.isdigit() and t.end < len(text) and text[t.end] in self.rules.number_units

    def _left_modifier(self, text: str, toks: list[Token], upto: int, max_len: int = 14,
                       stop_admin: bool = False, item_end: bool = False, brand_ok: bool = False) -> int:
        """Where a name whose modifier ends at char ``upto`` starts (char offset).

        ``stop_admin``: a place's name stops at an administrative unit before it
        (祥符街道|吉如社区), which locates it rather than names it.
        ``item_end``: ``upto`` ends a list item, so a verb that may sit inside
        names (服务, 运营) is no boundary there: a verb before its object never
        ends the item (浙江通信产业服务、顺丰速运等头部企业).
        ``brand_ok``: the name is a body's (养护院), which the verb 招商 does not take
        as its object, so 招商 before it may be a group's brand.
        """
        start = upto
        before = [t for t in toks if t.end <= upto]
        for k in range(len(before) - 1, -1, -1):
            t = before[k]
            if upto - t.start > max_len:
                break
            if self._stops(text, t, upto):
                if t.text in self.rules.name_internal and (item_end and t.end == upto):
                    start = t.start
                    continue
                lvl = before[k - 1] if k > 0 else None
                if (t.text in self.rules.name_internal and start < upto and lvl is not None
                        and lvl.end == t.start and lvl.text in ADMIN_UNITS[1:4]
                        and (k < 2 or self._stops(text, before[k - 2], upto))):
                    start = lvl.start  # 提速|省|未来船舶…产业园: a level, then a name-internal word
                elif brand_ok and t.text in self.rules.brand_boundary and start < upto \
                        and self._brand_here(text, before, k, start):
                    start = t.start  # 半山街道|招商|观颐|养护院: the group's brand
                break
            if stop_admin and start < upto and t.text.endswith(ADMIN_UNITS) and (
                    self.lex.lookup(t.text, "Place") or len(t.text) >= 4 or t.text in ADMIN_UNITS):
                break  # 吉泰|街道|吉如社区: jieba cut the unit off an unknown street's name
            glued = self._glued_boundary(t)
            if glued:  # jieba glued a preposition to an unknown name (以青禾, 由云栖, 下大)
                start = t.start + glued
                break
            cut = next((k for k in range(t.start + 2, min(t.start + 5, upto) + 1)
                        if text[t.start:k] in self.rules.boundary and any(x.end == k for x in toks)), None)
            if cut is not None and cut > t.end:
                start = cut  # a boundary word jieba cut in two (做|强 招商蛇口)
                break
            start = t.start
        return start

    def _brand_here(self, text: str, before: list[Token], k: int, start: int) -> bool:
        """True when the brand-or-verb word ``before[k]`` is the brand: a place or a
        clause start before it, a word no dictionary knows right after it."""
        nxt = next((t for t in before if t.start == start), None)
        if nxt is None or self.seg.knows(nxt.text) or self.lex.lookup(nxt.text):
            return False
        if k == 0 or is_punct(text[before[k].start - 1]):
            return True
        prev = before[k - 1]  # a named place (not a bare 区/市: 区招商… is the district acting)
        return len(prev.text) > 1 and (bool(self.lex.lookup(prev.text, "Place")) or prev.text.endswith(ADMIN_UNITS))

    def _glued_name(self, t: Token) -> bool:
        """A token that is a name with its one-character head inside: a word jieba
        made up (石祥路) or a place word of its dictionary (中山北路, 西路)."""
        if self.lex.lookup(t.text) is not None:
            return False
        return (not self.seg.knows(t.text) or self.seg.tag(t.text) in ("ns", "j")) and \
            t.text[-1] in self.rules.heads_inside_word

    def _glued_boundary(self, t: Token) -> int:
        """Length of a one-character boundary word jieba glued onto the unknown word ``t``."""
        w = t.text
        if len(w) >= 2 and not self.seg.knows(w) and self.lex.lookup(w) is None \
                and w[0] in self.rules.glued_boundary and not alnum(w):
            return 1
        return 0

    def _strip_generic(self, text: str, toks: list[Token], start: int, end: int) -> int:
        """Move ``start`` right past generic words (重点, 一批, 优质 …)."""
        changed = True
        while changed and start < end:
            changed = False
            for n in self._generic_lens:  # longest generic word first
                if text[start:start + n] in self._generic and start + n < end and any(
                        t.start == start + n for t in toks):
                    start += n
                    changed = True
                    break
        return start

    def _heads(self, text: str, toks: list[Token]) -> list[Cand]:
        out = []
        starts = {t.start for t in toks}
        for ti, t in enumerate(toks):
            e = t.end
            if text[e - 1] not in self._head_last:
                continue
            for n in range(min(self.rules.max_head, e), 0, -1):
                h = self.rules.heads.get(text[e - n:e])
                if h is None:
                    continue
                hs = e - n
                if hs not in starts and (hs < t.start or (n == 1 and not self._glued_name(t))):
                    continue  # a token straddles the head (运河, 格局): not this head
                mod_end = hs
                start = self._left_modifier(text, toks, t.start if hs > t.start else mod_end,
                                            stop_admin=h.stop_at_place, brand_ok=h.cls == "Institution")
                if hs > t.start:  # jieba kept modifier and head in one token (小河公园)
                    if self.lex.lookup(t.text, "Institution") or self.lex.lookup(t.text, "Enterprise"):
                        start = t.start  # a known body ends here (邵逸夫医院): nothing before it joins
                    elif start >= t.start:
                        start = t.start + self._glued_boundary(t)  # 以产城 -> 产城
                    else:
                        start = min(start, t.start)
                if h.owner:
                    start = self._known_owner_before(toks, start)
                start = self._strip_generic(text, toks, start, mod_end)
                name, mod = text[start:e], text[start:mod_end]
                # a head before 建设-type words is a common noun (产业园建设), unless a
                # word no dictionary knows names it (推进青禾智能产业园建设)
                if (start >= mod_end or self.lex.is_not_entity(name)
                        or (text.startswith(self.rules.head_not_before, e) and not (
                            text.startswith(self.rules.head_not_before_coined_ok, e)
                            and self._unknown_word_in(mod)))
                        or (len(h.word) == 1 and mod_end - start < 2)
                        or mod.endswith(self.rules.modifier_bad_end)
                        or (self.rules.modifier_bad_pattern and self.rules.modifier_bad_pattern.search(mod))
                        or (mod.endswith(self._generic_tuple) and not self._local_name_in(mod))
                        or self._generic_only(mod)
                        or (h.proper and not self._proper(mod) and not self._level_body(toks, name, start))
                        or (h.prefix and not name.startswith(h.prefix))):
                    break
                if self.seg.knows(name) and not self.lex.lookup(name) and len(name) <= 3:
                    break  # a plain dictionary word (道路, 公园): not a name
                if self._described(text, start, e, mod, h):
                    break
                road = self._street_led(text, toks, start, mod_end, h)
                if road:  # 绍兴路、石祥路国字号汽车街区: the street is the commercial district
                    out.append(road)
                    break
                if len(h.word) == 1 and self._stacked_head(mod, h):
                    break  # 步行街|街: a head does not follow a head of its kind
                c = Cand(start, e, h.cls, name, f"head:{h.word}", prio=2,
                         needs_context=h.context)
                if self._level_body(toks, name, start):
                    c.cls, c.rule = "Institution", f"level-body:{h.word}"
                if h.owner:
                    c.nested = self._owner(text, toks, start, hs)
                out.append(c)
                break
        return out

    def _unknown_word_in(self, span: str) -> bool:
        """True when ``span`` holds a word of two or more characters that neither
        jieba's dictionary nor the lexicon knows: a coined name (青禾, 云栖)."""
        return any(len(t.text) > 1 and not self.seg.knows(t.text) and not alnum(t.text)
                   and t.text not in self.rules.not_proper for t in self.seg.tokens(span))

    def _local_name_in(self, mod: str) -> bool:
        """True when ``mod`` ends in a generic word that names can carry (智慧;
        rules.toml [generic.name_part]) right after a coined word or a local place
        name no list holds (望江 in 望江智慧产业园): then it is part of the name."""
        toks = self.seg.tokens(mod)
        if len(toks) < 2 or toks[-1].text not in self.rules.name_part:
            return False
        t = toks[-2]
        return ("等" not in mod           # 恒隆广场等市重点项目: the end of a list, not a name
                and len(t.text) > 1 and not alnum(t.text) and t.text not in self.rules.not_proper
                and self.lex.lookup(t.text) is None
                and (not self.seg.knows(t.text) or self.seg.tag(t.text) == "ns"))

    def _known_owner_before(self, toks: list[Token], start: int) -> int:
        """A known firm or institution right before an owned thing's modifier begins
        its name, however long (浙江大学医学院附属第二医院|滨江|院区): the name
        is the owner's, and the owner becomes a nested mention."""
        t = next((t for t in toks if t.end == start), None)
        if t and (self.lex.lookup(t.text, "Institution") or self.lex.lookup(t.text, "Enterprise")):
            return t.start
        return start

    def _shared_heads(self, text: str, toks: list[Token], cands: list[Cand]) -> list[Cand]:
        """谢村、老谢村码头, 祥符、半山街道: bare proper words listed before an area
        named by its head share that head (谢村 -> 谢村码头, with 谢村 as alias)."""
        out = []
        for c in cands:
            h = self.rules.heads.get(c.rule[5:]) if c.rule.startswith("head:") else \
                self.rules.head_of(text[c.start:c.end]) if c.rule == "lexicon" else None
            if h is None or len(h.word) < 2 or h.cls not in ("Place", "CommercialDistrict", "Platform") or c.start < 1 \
                    or text[c.start - 1] != LIST_SEP:
                continue
            for s, e in self._split_items(text, toks, text[:c.start - 1]):
                item = text[s:e]
                if (len(item) > 4 or self.lex.lookup(item) or self.lex.is_not_entity(item)
                        or any(o.start < e and s < o.end for o in cands) or not self._proper(item)
                        or self.rules.head_of(item + h.word) is not h):
                    continue
                out.append(Cand(s, e, h.cls, item + h.word, f"shared-head:{h.word}", prio=2,
                                aliases=(item,)))
        return out

    def _level_body(self, toks: list[Token], name: str, start: int) -> bool:
        """区家庭心理服务中心, 杭州市知识产权交易服务中心: a service centre named by the
        level of government it belongs to (a bare 区/市/省/县, or a city or
        district name) is a public body, not a project."""
        lb = self.rules.level_bodies
        if not name.endswith(tuple(lb.get("heads", ()))):
            return False
        if name[:1] in lb.get("levels", ()) and not self.lex.lookup(name[:2], "Place"):
            return True
        first = next((t for t in toks if t.start == start), None)
        return bool(first and first.text.endswith(("市", "区", "县", "省"))
                    and self.lex.lookup(first.text, "Place"))

    def _described(self, text: str, start: int, end: int, mod: str, h) -> bool:
        """True when a head-shaped span is a description, not a name: a counted
        category (旧改项目52个), one of a kind after 首个/一批/…的 with no proper
        word (首个文创产业基地), or an honour sought or won (创建…示范区)."""
        r = self.rules
        if r.counted_after and r.counted_after.match(text[end:]):
            return True
        before = text[:start]
        if before.endswith(r.describing) and not self._proper(mod):
            return True
        if h.honour:
            clause = re.split(r"[，。；：,;:！？]", before)[-1]
            if any(v in clause for v in r.honour_verbs):
                return True
        return False

    def _street_led(self, text: str, toks: list[Token], start: int, mod_end: int, h) -> Cand | None:
        """A commercial-district head after a street and common words names the
        street as a commercial district (石祥路国字号汽车街区 -> 石祥路)."""
        if h.cls != "CommercialDistrict":
            return None
        for t in toks:
            if t.start == start and t.end < mod_end:
                road = text[start:t.end]
                ph = self.rules.head_of(road)
                if (road.endswith(tuple(self.rules.commercial_context.get("ends", ()))) and
                        (self.lex.lookup(road, "Place") or (ph and ph.cls == "Place"))
                        and not self._proper(text[t.end:mod_end])):
                    return Cand(start, t.end, "CommercialDistrict", road, f"street-led:{h.word}", prio=3)
        return None

    def _commercial_context(self, text: str, chosen: list[Cand]) -> None:
        """A street or block that begins its clause (alone or in a list of names)
        and that its clause presents as a consumption area is a commercial
        district too: 大兜路历史街区列入省级高品质步行街培育名单, 延安路商业断面接续."""
        cc = self.rules.commercial_context
        ends, desc, right = tuple(cc.get("ends", ())), tuple(cc.get("descriptors", ())), tuple(cc.get("right_after", ()))
        spans = [(c.start, c.end) for c in chosen]
        for c in chosen:
            if c.cls not in ("Place", "Project") or not c.name.endswith(ends) or "CommercialDistrict" in c.extra:
                continue
            if c.cls == "Project" and not (self.rules.head_of(c.name) and self.rules.head_of(c.name).weak):
                continue
            # the clause start: only names, 、 and 和/与 stand before it
            i = c.start
            while i > 0 and not re.match(r"[，。；：,;:！？\s]", text[i - 1]):
                span = next(((s, e) for s, e in spans if e == i), None)
                if span:
                    i = span[0]
                elif text[i - 1] in LIST_SEP + JOIN_CHARS:
                    i -= 1
                else:
                    break
            if i > 0 and not re.match(r"[，。；：,;:！？\s]", text[i - 1]):
                continue
            rest = re.split(r"[，。；,;！？]", text[c.end:])[0]
            if rest.startswith(right) or any(d in rest for d in desc):
                c.extra = c.extra + ("CommercialDistrict",)

    def _bare_head(self, name: str) -> bool:
        """True when ``name`` is generic words before a bare head (特色历史街区, 重点产业园)."""
        for n in self._generic_lens:
            if len(name) > n and name[:n] in self._generic:
                return name[n:] in self.rules.heads or self._bare_head(name[n:])
        return False

    def _stacked_head(self, mod: str, h) -> bool:
        inner = self.rules.heads.get(mod) or self.rules.head_of(mod)
        return bool(inner and len(inner.word) > 1 and
                    (inner.cls == h.cls or {inner.cls, h.cls} <= {"Place", "CommercialDistrict"}))

    def _proper(self, span: str) -> bool:
        """True when ``span`` holds a proper word: an unknown word, a place, a brand."""
        for t in self.seg.tokens(span):
            if t.text in self.rules.not_proper:
                continue
            e = self.lex.lookup(t.text)
            if e is not None:
                if e.cls != "IndustryTrack":
                    return True
                continue
            tag = self.seg.tag(t.text)
            if tag in ("nr", "nrt", "nrfg", "ns", "nt", "nz", "eng", "j", "x", "") or alnum(t.text):
                return True
        return False

    def _generic_only(self, mod: str) -> bool:
        rest = mod
        while rest:
            for n in self._generic_lens:  # longest generic word first
                if rest[:n] in self._generic:
                    rest = rest[n:]
                    break
            else:
                return False
        return True

    def _owner(self, text: str, toks: list[Token], start: int, head_start: int) -> list[Cand]:
        """The owner named at the start of a project's modifier, if any."""
        # the words of the modifier (the first one clipped where a glued word was cut: 一|华体)
        inner = [text[max(t.start, start):t.end] for t in toks if start < t.end <= head_start]
        best = None
        # a lexicon organisation that begins the name (美团杭州总部 -> 美团)
        s = ""
        for w in inner:
            s += w
            e = self.lex.lookup(s, "Enterprise") or self.lex.lookup(s, "Institution")
            if e and start + len(s) <= head_start:  # (武田制药|项目: the firm's project)
                best = Cand(start, start + len(s), e.cls, e.name, "owner-prefix:lexicon", prio=4, role="owner")
        if best:
            # a unit of a known academy or institution named before the project
            # (中科院|空间应用中心|大科学装置): the unit is the owner
            rest = text[best.end:head_start]
            if best.cls == "Institution" and 2 < len(rest) <= 8 and rest.endswith(self.rules.owner_units) \
                    and not any(is_punct(ch) for ch in rest):
                best = Cand(best.start, head_start, "Institution", text[best.start:head_start],
                            "owner-prefix:unit", prio=4, role="owner")
            return [best]
        # an organisation-shaped prefix (烯谷科技锂电池产研基地 -> 烯谷科技), after
        # the district it may begin with (拱墅区星澜科技华东总部 -> 星澜科技)
        skip = self._place_prefix(toks, start, head_start) - start
        if skip:
            start, inner = start + skip, inner[1:]
        s = ""
        for w in inner[:-1]:
            s += w
            h = self.rules.head_of(s)
            brand = s[:-len(h.word)] if h else ""
            if (h and h.cls in ("Enterprise", "Institution") and len(brand) >= 2
                    and not self.lex.lookup(brand, "Place") and self.seg.tag(brand) != "ns"
                    and self._proper(brand)):
                return [Cand(start, start + len(s), h.cls, s, f"owner-prefix:{h.word}", prio=2, role="owner")]
        return []

    def _tracks(self, text: str, toks: list[Token]) -> list[Cand]:
        """<T>产业 / <T>赛道: T is a track name."""
        out = []
        suffixes = tuple(self.rules.track_suffixes)
        for t in toks:
            if not t.text.endswith(suffixes):
                continue
            for suf in self.rules.track_suffixes:
                if not t.text.endswith(suf):
                    continue
                cut = t.end - len(suf)
                start = self._left_modifier(text, toks, t.start, self.rules.track_max_len)
                start = min(start, t.start) if cut > t.start else start
                start = self._strip_generic(text, toks, start, cut)
                name = text[start:cut]
                while name and name.endswith(self.rules.track_not_final):
                    name = next(name[:-len(w)] for w in self.rules.track_not_final if name.endswith(w))
                if (len(name) < 2 or self.lex.is_not_entity(name) or self.lex.is_not_entity(name + suf)
                        or self._event_after(text, t.end)
                        or any(name.endswith(n) for n, c in self.rules.enum_nouns.items() if c != "IndustryTrack")):
                    # (电竞文娱龙头企业产业链: the chain of the firms, not a track named so)
                    break
                entry = self.lex.lookup(name, "IndustryTrack") or self.lex.lookup(name + suf, "IndustryTrack")
                head = self.rules.head_of(name)
                if entry is None and (len(name) < self.rules.track_min_unknown or (head and not head.context)
                                      or self._generic_only(name) or not self._track_like(name)):
                    break
                out.append(Cand(start, start + len(name), "IndustryTrack",
                                entry.name if entry else name, f"track:{suf}", prio=3))
                break
        # a qualified sector word names a track (新制造业, 先进制造业); the bare word does not
        for p, t in zip(toks, toks[1:]):
            if (t.text in self.rules.track_sector_words and p.end == t.start and len(p.text) <= 3
                    and self.seg.tag(p.text)[:1] in ("a", "b") and p.text not in self._generic
                    and not self.lex.is_not_entity(p.text + t.text)
                    and not self._product_or_policy(text, p.start, t.end)):
                e = self.lex.lookup(p.text + t.text, "IndustryTrack")
                out.append(Cand(p.start, t.end, "IndustryTrack", e.name if e else p.text + t.text,
                                "track:sector", prio=3))
        return out

    def _joined_tracks(self, cands: list[Cand]) -> list[Cand]:
        """Tracks written together name one track: 新材料新能源, 云计算大数据, 光伏储能."""
        tracks = sorted((c for c in cands if c.cls == "IndustryTrack" and c.rule == "lexicon"),
                        key=lambda c: c.start)
        out = []
        for a, b in zip(tracks, tracks[1:]):
            if a.end == b.start:
                end = b.end
                for suf in self.rules.track_suffixes:  # 电竞|文旅产业 -> 电竞文旅
                    if self._text[a.start:end].endswith(suf) and end - len(suf) > b.start:
                        end -= len(suf)
                        break
                name = self._text[a.start:end]
                e = self.lex.lookup(name, "IndustryTrack")
                out.append(Cand(a.start, end, "IndustryTrack", e.name if e else name, "lexicon+joined", prio=4))
        return out

    def _track_like(self, name: str, lenient: bool = False) -> bool:
        # an unknown track name is made of content words: no verb, place or number
        # (lenient: in an explicit list of tracks, adjectives and time words pass: 现代演艺)
        ok = ("n", "nz", "vn", "j", "eng", "l", "nt", "an") + (("a", "t", "b", "vn", "ng") if lenient else ())
        for k, t in enumerate(self.seg.tokens(name)):
            tag = self.seg.tag(t.text)
            if self.lex.lookup(t.text) and self.lex.lookup(t.text).cls != "IndustryTrack":
                return False
            if lenient and k > 0 and tag == "v":
                continue  # 文化休闲: a verb after a noun, in a list of tracks
            if lenient and tag == "ns" and not self.lex.lookup(t.text, "Place"):
                continue  # 海洋|经济: a word jieba takes for a place, not a place we know
            if tag and tag not in ok and t.text not in self.rules.name_internal:
                return False
        return True

    def _enumerations(self, text: str, toks: list[Token], gid: str) -> list[Cand]:
        out = []
        for k, m in enumerate(self._noun_re.finditer(text)):
            noun = m.group()
            cls = self.rules.enum_nouns[noun]
            left = text[:m.start()]
            parsed = None
            for mod_len in range(0, 13):
                if mod_len > len(left):
                    break
                mod = left[len(left) - mod_len:]
                if any((is_punct(ch) and ch not in OPEN_QUOTES + CLOSE_QUOTES) or ch in "的" + JOIN_CHARS
                       for ch in mod):
                    break
                rest = left[:len(left) - mod_len]
                c = self._counter_re.search(rest)
                if not c and not mod and rest[-1:] in CLOSE_QUOTES and cls == "IndustryTrack" \
                        and LIST_SEP in rest[max(rest.rfind(q) for q in OPEN_QUOTES):]:
                    # 主攻“智能网联、合成材料”主导产业: a quoted list needs no counter
                    parsed = (rest, "", True)
                    break
                if c:
                    parsed = (rest[:c.start()], mod.strip(OPEN_QUOTES + CLOSE_QUOTES), bool(c.group("deng")))
                    break
            if not parsed:
                continue
            list_text, mod, deng = parsed
            items = self._split_items(text, toks, list_text)
            # a bare counter ("三个场馆") lists nothing unless the items are spelled out
            if not items or (len(items) < 2 and not deng and "等" not in text[m.start() - len(mod) - 3:m.start()]):
                continue
            group = f"{gid}/{k}"
            track = self._track_in(mod)
            for s, e in items:
                name = text[s:e]
                c = self._item(name, s, e, cls, group, noun, toks)
                if c:
                    out.append(c)
            if track:
                ms = m.start() - len(mod)
                out.append(Cand(ms + track[0], ms + track[1], "IndustryTrack", track[2],
                                "enumeration-modifier", prio=3, group=group, role="head-track"))
        return out

    def _frames(self, text: str, toks: list[Token], gid: str) -> list[Cand]:
        """A list of names right before an act verb: "X、Y正式开业" -> X, Y are projects."""
        out = []
        if self._frame_re is None:
            return out
        starts = {t.start for t in toks}
        for k, m in enumerate(self._frame_re.finditer(text)):
            if m.start() not in starts:
                continue
            cls = self.rules.frames[m.group()]
            end = m.start()
            for adv in self._frame_adverbs:
                if text[:end].endswith(adv):
                    end -= len(adv)
                    break
            if end == 0 or is_punct(text[end - 1]) or self._noun_re.search(text[max(0, end - 4):end]):
                continue
            group = f"{gid}/f{k}"
            lead = self.rules.frame_after.get(m.group())
            items = self._split_items(text, toks, text[:end])
            if lead and not (items and text[:items[0][0]].endswith(lead)):
                continue
            for s, e in items:
                name = text[s:e]
                if "等" in name or (self.rules.modifier_bad_pattern and self.rules.modifier_bad_pattern.search(name)):
                    continue
                c = self._item(name, s, e, cls, group, "", toks)
                if c and (c.rule != "enumeration" or self._proper(name)):
                    c.rule = c.rule.replace("enumeration", "frame")
                    if c.cls == "Enterprise":
                        c.extra = ()  # a firm that lands or opens is not thereby a project
                    out.append(c)
        return out

    def _listed_after(self, text: str, toks: list[Token], gid: str) -> list[Cand]:
        """"项目共有6个,分别为A、B、C": the noun before the count types the items."""
        la = self.rules.listed_after
        out = []
        for k, lead in enumerate(la.get("leads", ())):
            for m in re.finditer(re.escape(lead), text):
                before = text[max(0, m.start() - la.get("window", 14)):m.start()].rstrip("，,：:")
                nouns = [n for n in self._noun_re.finditer(before)]
                if not nouns:
                    continue
                n = nouns[-1]
                between = before[n.end():]
                if not re.fullmatch(r"(?:共有|共|有|计)?[0-9一二三四五六七八九十两百千]+(?:个|家|项|条|所|座|宗|类)", between):
                    continue
                end = m.end()
                while end < len(text) and text[end] not in "。；;：:":
                    end += 1
                # the list ends at the first clause break after it
                comma = text.find("，", m.end(), end)
                end = comma if comma > 0 else end
                noun = n.group()
                group = f"{gid}/l{k}.{m.start()}"
                for s_, e_ in self._split_items(text, toks, text[:end]):
                    if s_ < m.end():
                        continue
                    c = self._item(text[s_:e_], s_, e_, self.rules.enum_nouns[noun], group, noun, toks)
                    if c:
                        c.rule = c.rule.replace("enumeration", "listed")
                        out.append(c)
        return out

    def _appositives(self, text: str, toks: list[Token]) -> list[Cand]:
        """A firm noun right before a proper word that ends its clause or list item:
        的上市企业丽尚国潮, -> 丽尚国潮 is a firm."""
        out = []
        starts = {t.start for t in toks}
        for w in self.rules.appositive_after:
            for m in re.finditer(re.escape(w), text):
                q = m.end()
                if q not in starts:
                    continue
                r = q
                for t in toks:
                    if t.start < q:
                        continue
                    if t.start != r or is_punct(t.text[0]) or t.text in (*JOINERS, "等") \
                            or t.text in self.rules.boundary:
                        break
                    r = t.end
                name = text[q:r]
                after = text[r:r + 2]
                if name[:1].isdigit() or self._counter_re.search(name):
                    continue  # 新增上市企业3家: a count
                if not (2 <= len(name) <= 8) or not (r == len(text) or is_punct(after[0])
                                                    or after.startswith((*JOINERS, "等"))):
                    continue
                e = self.lex.lookup(name)
                if (e and e.cls != "Enterprise") or self.lex.is_not_entity(name) or not self._proper(name) \
                        or self._generic_only(name):
                    continue
                out.append(Cand(q, r, "Enterprise", e.name if e else name, "appositive", prio=2))
        return out

    def _subject_firms(self, text: str, toks: list[Token], gid: str) -> list[Cand]:
        """A list that begins a clause ending in a firm noun is a list of firms:
        华东院、热联、诚通以及杭义出口规模和增速领跑全区外贸企业. Every item must be
        a word no dictionary knows (or a known firm), so lists of places or tracks
        (滨江、萧山以及余杭…) are left alone."""
        firm_nouns = tuple(n for n, c in self.rules.enum_nouns.items() if c == "Enterprise")
        out = []
        for cm in re.finditer(r"[^，。；：,;:！？!?]+", text):
            clause, c0 = cm.group(), cm.start()
            if LIST_SEP not in clause or not clause.endswith(firm_nouns) or "等" in clause:
                continue  # (A、B等企业 is an enumeration's)
            first = next((t for t in toks if t.start == c0), None)
            if first is None or self._stops(text, first, cm.end()):
                continue  # 集聚禾迈电力、…: a verb begins the clause, the list is its object
            seps = list(LIST_BREAK.finditer(clause))
            spans, cur = [], 0
            for m in seps:
                spans.append((cur, m.start()))
                cur = m.end()
                if m.group() != LIST_SEP:
                    break
            # the last item: the proper words after the last separator
            last_end = cur
            for t in toks:
                if t.start >= c0 + cur and t.start == c0 + last_end and t.end <= cm.end():
                    if self.seg.knows(t.text) and not self.lex.lookup(t.text, "Enterprise"):
                        break
                    last_end = t.end - c0
            spans.append((cur, last_end))
            items = []
            for s_, e_ in spans:
                name = clause[s_:e_]
                e = self.lex.lookup(name)
                if not (2 <= len(name) <= 6) or any(is_punct(ch) for ch in name) or self.lex.is_not_entity(name) \
                        or (e and e.cls != "Enterprise") or (not e and self.seg.knows(name)):
                    items = []
                    break
                items.append(Cand(c0 + s_, c0 + e_, "Enterprise", e.name if e else name, "subject-firms",
                                  prio=3, group=f"{gid}/s{c0}", role="item"))
            if len(items) >= 2:
                out.extend(items)
        return out

    def _track_in(self, mod: str):
        """A track named in an enumeration's modifier (数字经济总部 -> 数字经济)."""
        for n in range(len(mod), 1, -1):
            for i in range(0, len(mod) - n + 1):
                e = self.lex.lookup(mod[i:i + n], "IndustryTrack")
                if e:
                    return i, i + n, e.name
        return None

    def _split_items(self, text: str, toks: list[Token], list_text: str) -> list[tuple[int, int]]:
        """Spans of the items of a list that ends at len(list_text).

        ``“A”“B”`` and ``A、B、C`` lists; a list that ends with a closing quote
        is the quoted run (主攻“数字经济、生命健康”主导产业).
        """
        end = len(list_text)
        if end and text[end - 1] in CLOSE_QUOTES:
            i = end
            while i > 0 and (text[i - 1] in CLOSE_QUOTES or text[i - 1] in LIST_SEP):
                j = i - 1
                while j > 0 and text[j - 1] not in OPEN_QUOTES and not (
                        is_punct(text[j - 1]) and text[j - 1] not in LIST_SEP):
                    j -= 1
                if j == 0 or text[j - 1] not in OPEN_QUOTES:
                    break
                i = j - 1
            region_start = i
        else:
            i = end
            while i > 0 and not (is_punct(text[i - 1]) and text[i - 1] not in LIST_SEP + OPEN_QUOTES + CLOSE_QUOTES):
                i -= 1
            region_start = i
        parts, cur = [], region_start
        for j in range(region_start, end + 1):
            if j == end or text[j] in LIST_SEP or (text[j] in OPEN_QUOTES and j > region_start
                                                    and text[j - 1] in CLOSE_QUOTES):
                parts.append((cur, j))
                cur = j + (1 if j < end and text[j] in LIST_SEP else 0)
        out = []
        for n, (s, e) in enumerate(parts):
            quoted = s < e and text[s] in OPEN_QUOTES
            if n == 0 and not quoted:  # the first item starts after the verb that introduces the list
                s = max(s, self._left_modifier(text, toks, e, max_len=24, item_end=True))
            while s < e and (text[s] in OPEN_QUOTES + CLOSE_QUOTES or text[s].isspace()):
                s += 1
            while e > s and (text[e - 1] in OPEN_QUOTES + CLOSE_QUOTES or text[e - 1].isspace()):
                e -= 1
            if n == 0:
                for t in toks:
                    if (s <= t.start and t.end < e and t.text in self.rules.enum_nouns
                            and self.rules.enum_nouns[t.text] != "IndustryTrack"):
                        s = t.end
                s = self._strip_generic(text, toks, s, e)
            if 2 <= e - s <= 24 and not any(is_punct(ch) for ch in text[s:e]):
                out.append((s, e))
        return out

    def _place_prefix(self, toks: list[Token], s: int, e: int) -> int:
        """End of a district, city or street name that begins the span s..e (else s):
        拱墅区星澜科技 names a firm of 拱墅区, not a firm called so."""
        for t in toks:
            if t.start == s and t.end <= e - 2 and t.text.endswith(ADMIN_UNITS) \
                    and self.lex.lookup(t.text, "Place"):
                return t.end
        return s

    def _item(self, name: str, s: int, e: int, cls: str, group: str, noun: str, toks=None) -> Cand | None:
        if toks is not None and cls == "Enterprise" and not self.lex.lookup(name):
            h = self.rules.head_of(name)
            if h is None or h.stop_at_place:
                s = self._place_prefix(toks, s, e)
                name = self._text[s:e]
        c = self._item_cand(name, s, e, cls, group, noun)
        if c and toks is not None and c.cls in ("Project", "Platform") and c.rule != "enumeration+lexicon":
            h = self.rules.head_of(name)
            if h and h.owner:
                c.nested = self._owner(self._text, toks, s, e - len(h.word))
        if c and toks is not None and "Project" in (c.cls, *c.extra) and not c.nested \
                and not c.rule.startswith("enumeration+lexicon") and not name.endswith(self.rules.clause_start_heads):
            # a listed project whose name begins with a known firm is that firm's
            # (银泰深象智能等项目 -> 银泰), whatever word ends it; a company named
            # after its parent (X浙江公司) is a firm of its own
            c.nested = [o for o in self._owner(self._text, toks, s, e) if o.rule == "owner-prefix:lexicon"]
        return c

    def _item_cand(self, name: str, s: int, e: int, cls: str, group: str, noun: str) -> Cand | None:
        if self.lex.is_not_entity(name) or self._generic_only(name) or name[0].isdigit() and not alnum(name):
            return None
        if self._bare_head(name):
            return None  # 特色历史街区: generic words and a head, no name
        suffix, when = self.rules.enum_name_suffix.get(noun, (None, None))
        entry = self.lex.lookup(name)
        if suffix and not name.endswith(suffix) and (
                when == "always" or (entry is not None and entry.cls != cls)):
            # 大运河 in a list of 商圈 is 大运河商圈, not the canal
            alias = (name,) if entry is None or entry.cls == cls else ()
            return Cand(s, e, cls, name + suffix, "enumeration+suffix", prio=5,
                        aliases=alias, group=group, role="item")
        if cls == "IndustryTrack":
            for suf in self.rules.track_suffixes[:1]:
                if name.endswith(suf) and len(name) > len(suf) + 1:
                    name, e = name[:-len(suf)], e - len(suf)
            entry = self.lex.lookup(name, "IndustryTrack") or entry
            if entry is None and not self._track_like(name, lenient=True) and not self._joined_item(name):
                return None
        if entry:
            return Cand(s, e, entry.cls, entry.name, "enumeration+lexicon", prio=5,
                        extra=self._extra(entry.cls, cls), group=group, role="item")
        head = self.rules.head_of(name)
        if head and head.proper and entry is None and len(name) <= 4 and not self._proper(name[:-len(head.word)]):
            # 绿地公园, 历史街区: a short common compound is a generic noun; in a list
            # of areas it still names one (运河新城等重点片区)
            if cls not in ("Place", "CommercialDistrict"):
                return None
            return Cand(s, e, cls, name, "enumeration", prio=5, group=group, role="item")
        if head and head.cls != cls and cls != "IndustryTrack" and not head.weak:
            return Cand(s, e, head.cls, name, f"enumeration+head:{head.word}", prio=5,
                        extra=self._extra(head.cls, cls), group=group, role="item")
        if cls != "IndustryTrack" and head is None and not self._proper(name):
            return None
        return Cand(s, e, cls, name, "enumeration", prio=5, group=group, role="item")

    def _joined_item(self, name: str) -> bool:
        """高端软件和人工智能 as one item of a list of tracks: two tracks joined by
        和/与 inside one 、-delimited item are named together."""
        parts = re.split(f"[{JOIN_CHARS}]", name)
        return len(parts) == 2 and all(len(p) >= 2 and (self.lex.lookup(p, "IndustryTrack")
                                                         or self._track_like(p, lenient=True)) for p in parts)

    @staticmethod
    def _extra(own: str, listed: str) -> tuple[str, ...]:
        # a firm or a park listed among projects is that project too (竣工投用天丰电源等项目)
        return (listed,) if listed == "Project" and own in ("Enterprise", "Platform") else ()

    # -- resolution ---------------------------------------------------------
    def _context_ok(self, text: str, c: Cand, places: dict[int, int] | None = None) -> bool:
        start = c.start
        if places and start in places:
            start = places[start]  # 引进拱墅区星澜科技: the district between verb and name
        before = text[max(0, start - 6):start]
        if c.name.endswith(self.rules.clause_start_heads) and (start == 0 or is_punct(text[start - 1])):
            return True  # a legal form that begins its clause is its subject (万科置业公司携手…)
        return any(before.endswith(w) for w in self.rules.context_before)

    def _resolve(self, text: str, cands: list[Cand]) -> list[Cand]:
        items = {(c.start, c.end) for c in cands if c.role == "item"}
        places = {c.end: c.start for c in cands if c.cls == "Place" and c.rule == "lexicon"}
        keep = []
        for c in cands:
            if c.needs_context and (c.start, c.end) not in items and not self._context_ok(text, c, places):
                continue
            keep.append(c)
        keep.sort(key=lambda c: (-c.length, -c.prio, c.start))
        taken: list[Cand] = []
        for c in keep:
            over = [o for o in taken if c.start < o.end and o.start < c.end]
            if over and c.role == "head-track":
                same = next((o for o in over if (o.start, o.end) == (c.start, c.end)
                             and o.cls == "IndustryTrack" and o.role == "name"), None)
                if same:  # the lexicon found the track; it is still the enumeration's head
                    same.role, same.group = c.role, c.group
                    continue
                if any(o.start <= c.start and c.end <= o.end and o.cls == "IndustryTrack" for o in over):
                    continue
                # else: a track inside an enumeration's noun phrase stands beside it
            elif over:
                continue
            taken.append(c)
        taken.sort(key=lambda c: c.start)
        return taken

    def _mention(self, doc_id: str, index: int, text: str, c: Cand) -> Mention:
        return Mention(doc_id, index, c.start, c.end, text[c.start:c.end], c.cls, c.name, c.rule,
                       confidence={5: 0.9, 4: 0.95, 3: 0.8, 2: 0.75}.get(c.prio, 0.6),
                       aliases=c.aliases, extra=c.extra, group=c.group, role=c.role)

    # -- declared aliases ---------------------------------------------------
    def _declared_aliases(self, text: str, ms: list[Mention]) -> dict[str, tuple[str, str]]:
        out = {}
        for pat in self.rules.alias_patterns:
            for m in pat.finditer(text):
                before = [x for x in ms if x.end <= m.start() and x.role != "owner"]
                if before:
                    target = max(before, key=lambda x: x.end)
                    out[m.group("alias")] = (target.name, target.cls)
        return out

    def _declared_hits(self, doc_id, index, text, declared, existing) -> list[Mention]:
        taken = [(m.start, m.end) for m in existing if m.sentence == index and m.doc_id == doc_id]
        out = []
        for alias, (name, cls) in declared.items():
            for m in re.finditer(re.escape(alias), text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                out.append(Mention(doc_id, index, m.start(), m.end(), alias, cls, name,
                                   "declared-alias", 0.9, aliases=(alias,)))
        return out
