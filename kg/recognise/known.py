"""Names the lexicon knows, found as runs of jieba tokens (the lexicon is a
user dictionary, so jieba keeps its names whole), unless the sentence uses
the word otherwise: a quantity, a slogan, an event's name, an attributive."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

from .candidate import Cand
from .context import Context
from .homonyms import among_common_words
from .proper_words import in_title
from .text import HIGHER_LEVELS, STOP_TAGS, alnum, han, is_punct
from .track_words import event_after, product_or_policy, unsummed_class

_START, _END = attrgetter("start"), attrgetter("end")
# the most tokens a lexicon name is read from: jieba cuts an autonomous county's
# name into one token per people (道|真|仡佬族|苗族|自治县 is five tokens, some are more);
# runs longer than SHORT_RUN are read for places only (a zone's branch of many words,
# 中国（X）自由贸易试验区Y片区, is named by the head rules with its zone as the owner)
MAX_RUN = 7
SHORT_RUN = 4


def _continued(ctx: Context, name: str, end: int) -> bool:
    """Whether the name's last characters and the text from ``end`` make one of the words
    ``[boundary] lexicon_not_continued`` lists (商务部|门: the word 部门)."""
    return any(name.endswith(w[:k]) and ctx.text.startswith(w[k:], end)
               for w in ctx.rules.lexicon_not_continued for k in range(1, len(w)))


def lexicon(ctx: Context) -> list[Cand]:
    """Lexicon names: runs of up to MAX_RUN tokens that make a surface of the lexicon."""
    text, toks = ctx.text, ctx.toks
    out = []
    locatives = tuple(ctx.rules.place_attributive.get("locatives", ()))
    # jieba keeps a place and its locative word together (亚洲各国)
    for t in toks if ctx.tables.locative_re.search(text) else ():
        if len(t.text) > 2 and t.text.endswith(locatives) and ctx.lex.lookup(t.text) is None:
            for loc in locatives:
                e = ctx.lex.lookup(t.text[:-len(loc)], "Place") if t.text.endswith(loc) else None
                if e:
                    out.append(Cand(t.start, t.end - len(loc), "Place", e.name, "lexicon", prio=4,
                                    source=e.source))
                    break
    # jieba keeps a province or city and a district in one word (上海市浦东新区); the
    # pair's first place ends in a higher level's word, which the sentence must hold
    # (words of five characters are few: they are found first)
    # (the sentence's test first: most sentences hold no higher level's word)
    long = [t for t in toks if len(t.text) >= 5] if any(h in text for h in HIGHER_LEVELS) else ()
    for t in long:
        if ctx.lex.lookup(t.text) is None:
            out.extend(_admin_pair(ctx, t))
    out.extend(_track_before_suffix(ctx))
    for i, j, s in runs(ctx):
        entries = ctx.lex.lookup_all(s)
        if entries and not ctx.lex.is_not_entity(s):
            e = entries[0]
            if j - i >= SHORT_RUN and e.cls != "Place":
                continue
            if _continued(ctx, s, toks[j].end):
                continue  # 商务部门: a department, not the ministry 商务部
            if s.isdigit() and (text[toks[j].end:toks[j].end + 1] in ctx.rules.quantity_units
                                or text[toks[i].start - 1:toks[i].start].isdigit()):
                continue  # 360度, 360亿元: a quantity, not the firm 360
            if e.cls == "Enterprise" and among_common_words(ctx, i, j):
                continue  # 苹果、小米、核桃等农产品: millet, not the firm 小米
            if _in_latin_word(text, toks[i].start, toks[j].end):
                continue  # 3600万元, Q/LGF: digits or letters of a longer code, not 360 or LG
            nxt = ctx.lex.lookup(toks[j + 1].text, "IndustryTrack") if j + 1 < len(toks) else None
            if (e.cls == "IndustryTrack" and len(s) <= 2 and nxt is None
                    and not text.startswith(ctx.rules.track_context, toks[j].end)):
                continue  # 时尚 in 时尚之都 is no track; 电竞产业 is
            if e.cls == "IndustryTrack" and (in_title(ctx, toks[i].start, toks[j].end)
                                             or product_or_policy(ctx, toks[i].start, toks[j].end)
                                             or unsummed_class(ctx, e.name, toks[i].start)):
                continue  # “老有康养”, 首批次新材料: a slogan or a product, not the track
            if e.cls == "IndustryTrack" and event_after(ctx, toks[j].end):
                # 医美产业大会: an industry's own event names the industry, but the
                # sentence is about the event: the mention has its own role (relate
                # takes no topic or list from it); 数字贸易博览会 names only a fair
                if text.startswith(tuple(s + n for s in ctx.rules.track_suffixes[:1]
                                         for n in ctx.rules.event_nouns), toks[j].end):
                    out.append(Cand(toks[i].start, toks[j].end, e.cls, e.name, "lexicon:event", prio=4,
                                    source=e.source, role="event"))
                continue
            nh = ctx.rules.heads.get(toks[j + 1].text) if j + 1 < len(toks) else None
            if e.cls == "IndustryTrack" and nh and nh.cls in ("CommercialDistrict", "Place"):
                continue  # 旅游休闲|街区: the kind of a street, not a track named
            if e.cls in ("Institution", "Enterprise") and _names_event(ctx, j + 1):
                continue  # G20|杭州|峰会: the event, not the body
            c = Cand(toks[i].start, toks[j].end, e.cls, e.name, "lexicon", prio=4, source=e.source)
            if e.cls == "Place" and not _place_in_use(ctx, j + 1, c):
                continue
            out.append(_sibling(ctx, c, s, e, j + 1) or c)
    return out


def _in_latin_word(text: str, start: int, end: int) -> bool:
    """True when a name written in Latin letters or digits runs on into more of them on
    either side (360|0万元, Q/|LG|F): it is a piece of a number or a code jieba cut there."""
    return (start > 0 and alnum(text[start]) and alnum(text[start - 1])) or (
        end < len(text) and alnum(text[end - 1]) and alnum(text[end]))


def _sibling(ctx: Context, c: Cand, s: str, e, nxt: int) -> Cand | None:
    """A group's short form right before a trade word ([brand] sibling_words) or a coined
    word names the group's firm of that trade, another firm (青禾 for 青禾集团, then
    青禾集成|光伏组件基地 -> 青禾集成), unless the lexicon knows the pair as a name."""
    w = sibling_word(ctx, s, e, c.end)
    if w is None:
        return None
    return Cand(c.start, c.end + len(w), "Enterprise", s + w, "lexicon-sibling", prio=4, source=e.source)


def sibling_word(ctx: Context, s: str, e, end: int, head_start: int | None = None) -> str | None:
    """The trade word (or coined word) right after the short form ``s`` of the group ``e``
    that ends at ``end``, when the two name another firm of the group (see ``_sibling``).
    ``head_start``: the two open a project's name whose head starts there, and a coined
    word need only leave some of the project's words after it (青禾|澜沃|农机产业园)."""
    if e.cls != "Enterprise" or len(s) >= len(e.name):
        return None
    t = ctx.by_start.get(end)
    if t is None or ctx.lex.lookup(s + t.text):
        return None
    if t.text in ctx.rules.brand.get("sibling_words", ()):
        return t.text
    return t.text if coined_sibling(ctx, t, head_start) else None


def coined_sibling(ctx: Context, t, head_start: int | None = None) -> bool:
    """True when the token ``t`` right after a group's short form is a coined word of a
    name (one no dictionary knows, or one it tags as a proper noun: 上汽|通用五菱 style),
    and the name ends after it (a list's boundary, punctuation, the end): the two name
    another firm (青禾|澜沃 beside 青禾集团, 青禾澜沃、…), not the group and a word."""
    w = t.text
    if len(w) < 2 or not han(w) or ctx.lex.lookup(w) is not None:
        return False
    if ctx.seg.knows(w) and ctx.seg.tag(w) not in ("nz", "nt"):
        return False
    nxt = ctx.by_start.get(t.end)
    if head_start is not None:
        # (青禾|礼岚|天街二期项目: before a place's word or a name's head the coined word
        # is the site's locality or its own name)
        return t.end < head_start and not (nxt is not None and (
            ctx.seg.tag(nxt.text) == "ns" or ctx.lex.lookup(nxt.text, "Place") is not None
            or nxt.text in ctx.rules.heads))
    return t.end >= len(ctx.text) or is_punct(ctx.text[t.end]) or (
        nxt is not None and nxt.text in ctx.rules.boundary)


def runs(ctx: Context) -> list[tuple[int, int, str]]:
    """(i, j, toks[i..j] joined) for every run of up to MAX_RUN tokens that makes a
    lexicon surface, by i then j: the matches of the lexicon's automaton
    (Tables.lex_automaton) that begin and end at token boundaries."""
    automaton = ctx.tables.lex_automaton
    if automaton is None:
        return walk_runs(ctx)
    toks = ctx.toks
    hits = ctx.lex_hits
    if not hits:
        return []
    starts, ends = ctx.starts, ctx.ends     # (shared with the other sources)
    out = []
    for _, start, end in hits:
        if start not in starts or end not in ends:
            continue
        # the tokens end in order: their indices by bisection, for the few hits left
        i, j = bisect_left(toks, start, key=_START), bisect_left(toks, end, key=_END)
        if i <= j < i + MAX_RUN:
            out.append((i, j, ctx.text[start:end]))     # (the tokens cover the text)
    out.sort()
    return out


def walk_runs(ctx: Context) -> list[tuple[int, int, str]]:
    """`runs` by a walk over the tokens, each run grown while it is a prefix of a surface."""
    toks, prefixes, surfaces = ctx.toks, ctx.tables.lex_prefixes, ctx.tables.lex_surfaces
    out = []
    for i in range(len(toks)):
        s = ""
        for j in range(i, min(i + MAX_RUN, len(toks))):
            s += toks[j].text
            if s not in prefixes:
                break
            if s in surfaces:
                out.append((i, j, s))
    return out


def _names_event(ctx: Context, nxt: int) -> bool:
    """True when an event noun follows token ``nxt - 1``, maybe after a place
    (G20|杭州|峰会): the organisation is a word of the event's name."""
    text, toks = ctx.text, ctx.toks
    pos = toks[nxt - 1].end
    if nxt < len(toks) and toks[nxt].start == pos and ctx.lex.lookup(toks[nxt].text, "Place"):
        pos = toks[nxt].end
    return text.startswith(ctx.rules.event_nouns, pos)


def _place_in_use(ctx: Context, nxt: int, c: Cand) -> bool:
    """False when a known place is only a word of a title or an attributive.

    - inside a short quotation it does not fill, it is a word of a slogan, an
      award or a programme (“中国最具幸福感城区”, “西湖明珠工程”);
    - the home country and broad regions (rules.toml [place]) before a word they
      qualify are attributives (中国特色社会主义, 中国民营企业500强, 长三角一体化),
      not the location of anything; before a place, a locative word, a verb or
      punctuation they are used as places (韩国大邱, 长三角地区, 来自亚洲各国); with
      [place.attributive] region_qualifies given, a broad region (not the home country)
      is an attributive only before one of its words (长三角|一体化) and a place before
      any other (长三角客商, 珠三角东岸), when written in region_min_len characters or
      more (华北 储能基地: a quarter of the country qualifies a works' name).
    - any known place right before a word of a rank or a first (宁州首店, 宁州省首批,
      宁州省级, 宁州特色小吃) says whose first store, list, level or specialty it is.
    """
    toks = ctx.toks
    if in_title(ctx, c.start, c.end):
        return False
    pol = ctx.rules.place_attributive
    if _route_end(ctx, c.start, pol):
        return False  # 杭州至长沙冷链干线: where a line runs to, no place of the text's things
    if nxt < len(toks) and toks[nxt].start == c.end and (
            toks[nxt].text in pol.get("people_after", ())
            or ctx.text.startswith(tuple(pol.get("name_after", ())), c.end)):
        return False  # 香港同胞, 宁州日报: the people of a place, a word of an outlet's name
        # (whatever words jieba cut the outlet's into: 宁州|广播|电视台)
    if _unit_of_town_before(ctx, c, pol):
        return False  # 白石沟|镇江鲜…: the town 白石沟镇, then a name opening 江
    if ctx.text.startswith(tuple(pol.get("rank_after", ())), c.end) and not _after_place(ctx, c.start):
        return False  # 宁州首店, 宁州省首批, 宁州省级: whose first store, list or level
        # (not after a place: 青禾宁州首店 names both, a place in a place)
    if c.name not in pol.get("home", ()) and not any(
            src in pol.get("sources", ()) for src in c.source.replace(";", " ").split()):
        return True
    if _opens_name(ctx, c.end, pol):
        return False  # 中国（宜宾）茶业博览会, 中国—东盟信息港: the first word of a longer name
    k = bisect_right(toks, c.start, key=_END)      # the last token ending by c.start
    prev = toks[k - 1] if k else None
    if prev is not None and prev.end == c.start and ctx.seg.tag(prev.text)[:1] in ("n", "a", "l", "j"):
        return False  # 健康中国, 福布斯中国: the last word of a compound name
    if c.name not in pol.get("home", ()) and "region_qualifies" in pol \
            and c.end - c.start >= pol.get("region_min_len", 0):
        return not ctx.text.startswith(tuple(pol["region_qualifies"]), c.end)   # 长三角|一体化
    if nxt >= len(toks) or is_punct(toks[nxt].text[0]):
        return True
    w = toks[nxt].text
    tag = ctx.seg.tag(w)
    return (w in pol.get("locatives", ()) or ctx.lex.lookup(w, "Place") is not None or tag == "ns"
            or tag[:1] in STOP_TAGS or (tag[:1] == "v" and tag != "vn"))


def _unit_of_town_before(ctx: Context, c: Cand, pol: dict) -> bool:
    """True when the known place ``c`` opens with a town's unit ([place.attributive] unit_first: 镇江)
    right after a word of a name no list holds (白石沟|镇江鲜…): the unit closes that town, the
    place's other characters open the next name."""
    if not pol.get("unit_first") or ctx.text[c.start:c.start + 1] not in pol["unit_first"]:
        return False
    k = bisect_right(ctx.toks, c.start, key=_END)
    prev = ctx.toks[k - 1] if k else None
    if prev is None or prev.end != c.start or not han(prev.text) or prev.text in ctx.rules.boundary \
            or ctx.seg.tag(prev.text) not in pol.get("unit_stem_tags", ()) or prev.text[-1] in HIGHER_LEVELS \
            or ctx.lex.lookup(prev.text) is not None:
        return False
    # (a stem of two characters or more: 沟 alone after a comma is no town's name)
    first = ctx.toks[k - 2] if k >= 2 else None
    return len(prev.text) >= 2 or (first is not None and first.end == prev.start and han(first.text)
                                   and first.text not in ctx.rules.boundary)


def _opens_name(ctx: Context, end: int, pol: dict) -> bool:
    """True when the country or region ending at ``end`` is followed by a bracketed place or
    by a dash and a place ([place.attributive] name_openers): 中国（宜宾）国际茶业博览会,
    中国（宜宾）跨境电子商务综合试验区, 中国—东盟信息港 are names that open with it (an
    event, a zone, a platform of two parties), whatever head closes them."""
    text = ctx.text
    for opener, closer in pol.get("name_openers", ()):
        if not text.startswith(opener, end):
            continue
        inner = end + len(opener)
        stop = text.find(closer, inner) if closer else -1
        if closer and 0 < stop - inner <= pol.get("name_opener_max", 6):
            word = text[inner:stop]
        elif not closer:
            t = ctx.by_start.get(inner)
            word = t.text if t is not None else ""
        else:
            continue
        if ctx.lex.lookup(word, "Place") or ctx.lex.by_short_form(word, "Place"):
            return True
    return False


def _route_end(ctx: Context, start: int, pol: dict) -> bool:
    """True when the place at ``start`` follows another place and a word of a route ([place.attributive]
    route_joiners: 杭州至长沙, 星澜站至青禾港): the far end of a line or a distance."""
    return any(ctx.text.startswith(j, start - len(j)) and _after_place(ctx, start - len(j))
               for j in pol.get("route_joiners", ()) if start > len(j))


def _after_place(ctx: Context, start: int) -> bool:
    """True when a token the lexicon knows as a place ends right at ``start``."""
    k = bisect_right(ctx.toks, start, key=_END)
    prev = ctx.toks[k - 1] if k else None
    return prev is not None and prev.end == start and ctx.lex.lookup(prev.text, "Place") is not None


def _admin_pair(ctx: Context, t) -> list[Cand]:
    """The two places of a token that is a province or city and a place inside it."""
    for n in range(2, len(t.text) - 1):
        a, b = t.text[:n], t.text[n:]
        ea, eb = ctx.lex.lookup(a, "Place"), ctx.lex.lookup(b, "Place")
        if ea and eb and a.endswith(HIGHER_LEVELS):
            return [Cand(t.start, t.start + n, "Place", ea.name, "lexicon", prio=4, source=ea.source),
                    Cand(t.start + n, t.end, "Place", eb.name, "lexicon", prio=4, source=eb.source)]
    return []


def _track_before_suffix(ctx: Context) -> list[Cand]:
    """A track whose last word jieba glued to 产业 as another track (工业|软件产业 when
    软件产业 is a surface): the word before and the glued word without 产业 make the
    longer track the text names (工业软件)."""
    toks, out = ctx.toks, []
    suffixes = ctx.rules.track_suffixes
    if not ctx.tables.track_suffix_re.search(ctx.text):
        return out      # (no token ends in a suffix the sentence lacks)
    for prev, t in zip(toks, toks[1:]):
        # (one test for all the suffixes first: most tokens end in none, and asking
        # each suffix of each token was 1.3 million calls per 2 MB of text)
        if not t.text.endswith(suffixes):
            continue
        suffix = next(x for x in suffixes if t.text.endswith(x))
        if prev.end != t.start or len(t.text) <= len(suffix) or not ctx.lex.lookup(t.text, "IndustryTrack"):
            continue
        e = ctx.lex.lookup(prev.text + t.text[:-len(suffix)], "IndustryTrack")
        if e:
            out.append(Cand(prev.start, t.end - len(suffix), e.cls, e.name, "lexicon", prio=4, source=e.source))
    return out
