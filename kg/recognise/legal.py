"""Registered names with the branch's city in brackets: 中芯国际集成电路制造(天津)有限公司,
凯莱英医药集团(天津)股份有限公司, 三星(中国)半导体有限公司, 香港城市大学(东莞), and
a firm's site named the same way: 华为(沈阳)鲲鹏生态创新中心. The bracket is part of
the name; the legal form (有限公司 …), the body's head (大学) or the name's head
(创新中心) says its class.

    >>> from kg.lexicon import Lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> [(m.name, m.cls) for m in r.sentence_mentions("d", 0, "由星澜芯片制造(云溪)有限公司实施") if m.role != "owner"]
    [('星澜芯片制造(云溪)有限公司', 'Enterprise')]
"""
from __future__ import annotations

import re

from .candidate import Cand
from .context import Context
from .proper_words import proper
from .long_names import long_modifier
from .brands import describes, has_unit
from .text import GOVERNMENT_LEVELS, is_punct

_OPEN, _CLOSE = "(（", ")）"
_MARK = re.compile("[｜|，,。；;、：:]")


def legal_names(ctx: Context) -> list[Cand]:
    """Names with a bracketed place between the name and its legal form or head
    (rules.toml [legal_name]: forms, the class of each, the bracket's length)."""
    text = ctx.text
    rule = ctx.rules.legal_name
    forms = rule.get("forms", {})
    pattern = ctx.tables.legal_name_re
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        where, between, form = m.group(1), m.group(2), m.group(3)
        if between and not bracket_place(ctx, where):
            continue    # 三星(中国)半导体有限公司: only a place stands inside the name
        end, cls = m.end(), None
        if not form:
            if not bracket_place(ctx, where):
                continue
            # a body's head before the bracket (香港城市大学|(东莞)), or a name's head
            # closing the words after it (星澜(云溪)数据中心): the bracket names a place
            if text[:m.start()].endswith(tuple(rule.get("closed_forms", ()))):
                continue    # X有限公司（云溪）: the name is whole; the bracket says where the firm is
            form = _body_head(ctx, text[:m.start()], rule)
            if not form:
                after = _head_after(ctx, text, m.end(), rule)
                if after is None:
                    continue
                end, head = after
                form, cls = head.word, head.cls
        start = long_modifier(ctx, m.start())
        body = text[start:m.start()]
        # a place in brackets and a legal form after it make a registered name, whatever
        # words the brand is made of (完美(中国)有限公司: a brand jieba reads as an adjective)
        # (and so does a name's head right after the bracket: 完美(中国)健康食品工厂)
        registered = bracket_place(ctx, where) and (cls is not None or (bool(form) and form in forms))
        if len(body) < 2 or not (registered or proper(ctx, body)):
            continue
        cls = cls or forms.get(form) or rule.get("body_heads", {}).get(form)
        c = Cand(start, end, cls, text[start:end], f"legal-name:{form}", prio=4)
        if cls in ("Project", "Platform"):
            c.nested = _site_owner(ctx, start, body)
        out.append(c)
    return out


def placed_names(ctx: Context) -> list[Cand]:
    """A name a bracketed place closes (星澜创新中心(云溪), 国家青禾检测中心(湖北)): the
    place says which branch or seat of a site, a body or a park is meant, and is part of
    its name; the name without it is an alias."""
    text = ctx.text
    if "(" not in text and "（" not in text:
        return []
    classes = ctx.rules.legal_name.get("placed_classes", ())
    out = []
    for m in ctx.tables.bracket_re.finditer(text):
        # a place the lexicon knows: a zone's name in the bracket is the thing's other
        # name (青禾新区(青禾高新区)), not where it is
        if not (ctx.lex.lookup(m.group(1), "Place") or ctx.lex.by_short_form(m.group(1), "Place")):
            continue
        for c in ctx.cands:
            if c.end == m.start() and c.cls in classes and c.role == "name" and not c.needs_context:
                out.append(Cand(c.start, m.end(), c.cls, text[c.start:m.end()], "placed-name",
                                prio=c.prio, aliases=(*c.aliases, c.name), nested=list(c.nested)))
    return out


def _site_owner(ctx: Context, start: int, body: str) -> list[Cand]:
    """The firm or body a site with a bracketed city is named after, when known or
    firm-shaped: 星澜科技(杭州)数据中心 -> 星澜科技, 华为(沈阳)鲲鹏生态创新中心 -> 华为."""
    e = ctx.lex.lookup(body, "Enterprise") or ctx.lex.lookup(body, "Institution")
    if e:
        return [Cand(start, start + len(body), e.cls, e.name, "owner-prefix:lexicon", prio=4, role="owner")]
    h = ctx.rules.head_of(body)
    if h and h.cls in ("Enterprise", "Institution") and len(body) > len(h.word) + 1:
        return [Cand(start, start + len(body), h.cls, body, f"owner-prefix:{h.word}", prio=2, role="owner")]
    if _bracket_brand(ctx, body):
        return [Cand(start, start + len(body), "Enterprise", body, "owner-prefix:bracket-brand", prio=2,
                     role="owner")]
    return []


def _bracket_brand(ctx: Context, body: str) -> bool:
    """True when the words before a site's bracketed city are a brand (星澜达|(云溪)|装备制造
    基地): three to [lengths] brand characters (two may be a coinage of the site's own, 星澜
    (云溪)数据中心) holding a word no dictionary knows, naming no place, track, zone or
    government level, with no word of a place's unit in them."""
    words = ctx.seg.tokens(body)
    return 3 <= len(body) <= ctx.rules.lengths["brand"] and not any(is_punct(ch) for ch in body) \
        and any(not ctx.seg.knows(w.text) for w in words) \
        and not any(place_word(ctx, w.text) for w in words) and not body.endswith(GOVERNMENT_LEVELS) \
        and not describes(ctx, body) and not has_unit(ctx, body)


def _bracket(rule: dict) -> str:
    return f"[{_OPEN}]([\u4e00-\u9fff]{{2,{rule.get('bracket_max', 6)}}})[{_CLOSE}]"


def bracket_pattern(rule: dict) -> re.Pattern:
    """A bracketed place of rules.toml [legal_name] (its words: group 1), matched where it starts."""
    return re.compile(_bracket(rule))


def legal_name_pattern(rule: dict) -> re.Pattern | None:
    """The bracket and the legal form after it, of rules.toml [legal_name]; None without forms."""
    forms = rule.get("forms", {})
    if not forms:
        return None
    ends = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    infix = rule.get("infix_max", 0)
    return re.compile(_bracket(rule) + f"(?:([\u4e00-\u9fff]{{1,{infix}}}?)??({ends}))?")


def _head_after(ctx: Context, text: str, pos: int, rule: dict):
    """(end, head) when the words right after a bracket, up to a mark, end with a
    name's head (rules.toml [heads]; not a place's): 星澜(云溪)|鲲鹏创新中心|、…"""
    most = rule.get("head_words_max", 0)
    run = re.match(f"[\u4e00-\u9fff]{{2,{most + 4}}}", text[pos:]) if most else None
    if run is None:
        return None
    # the name ends at a mark, or where a verb starts (华为(沈阳)鲲鹏创新中心|建成投用)
    ends = [pos + len(run.group())] if run.end() <= most else []
    ends += [t.start for t in ctx.toks if pos < t.start <= pos + most and t.pos.startswith("v")]
    # or where a word no name is made of follows its head (…数据中心二期|满负荷运行)
    ends += [t.end for t in ctx.toks if pos < t.end <= pos + most and t.text in ctx.rules.heads]
    # function words (的, 和, 在 …) end a name before any head
    stop_tags = tuple(rule.get("head_stop_tags", ()))
    stop = min((t.start for t in ctx.toks if pos <= t.start < pos + most + 4
                and t.pos.startswith(stop_tags)), default=len(text)) if stop_tags else len(text)
    # ... and so does a mark (a row's bar: 星澜(云溪)中心|青禾产业园 is two cells)
    mark = _MARK.search(text, pos)
    stop = min(stop, mark.start()) if mark else stop
    for end in sorted(set(ends)):
        if end > stop:
            break
        head = _head_of(ctx, text[pos:end], rule)
        if head and head.noun and head.cls == "Enterprise" and end < len(text) and not is_punct(text[end]):
            continue    # a trade word inside longer words (X(泰州)国际医药|博览会): an everyday noun
        if head:
            # a phase or another head right after it is the name's too (…数据中心|二期)
            nxt = ctx.by_start
            while end in nxt and nxt[end].end <= stop and _head_of(ctx, text[pos:nxt[end].end], rule) \
                    and nxt[end].text in ctx.rules.heads:
                end = nxt[end].end
                head = _head_of(ctx, text[pos:end], rule)
            # ... and the works done on it, when a project's head closes them (…智能工厂|扩建|项目)
            inside = ctx.rules.long_name.get("inside", ())
            if end in nxt and nxt[end].text in inside and nxt[end].end in nxt:
                last = nxt[nxt[end].end]
                works = ctx.rules.heads.get(last.text)
                if works and works.cls == "Project" and last.end <= stop:
                    end, head = last.end, works
            return end, head
    return None


def _head_of(ctx: Context, words: str, rule: dict):
    """The longest head ``words`` end with, when a name's (not a place's or a track's)."""
    for k in range(len(words), 1, -1):
        head = ctx.rules.heads.get(words[-k:])
        if head and head.cls not in rule.get("not_head_classes", ()):
            return head
    return None


def bracket_place(ctx: Context, word: str) -> bool:
    """True when a bracket's words name a place: a place word, or the stem of a city's or a
    new area's name (星澜(云溪)… for 云溪市; rules.toml [legal_name] bracket_stem_units),
    which a bracket inside a firm's name says stands for the place."""
    return place_word(ctx, word) or any(
        ctx.lex.lookup(word + unit) is not None for unit in ctx.rules.legal_name.get("bracket_stem_units", ()))


def place_word(ctx: Context, word: str) -> bool:
    """True when a bracket's words name a place (a branch's city, province or country)."""
    # a county's short form (星澜(云溪)…, 云溪 for 云溪区) too: ambiguous in running text,
    # the bracket inside a name says it stands for the place
    return bool(ctx.lex.lookup(word, "Place") or ctx.lex.by_short_form(word, "Place")) \
        or word.endswith(GOVERNMENT_LEVELS)


def _body_head(ctx: Context, before: str, rule: dict) -> str | None:
    """The head a body's name ends with right before the bracket (香港城市大学|(东莞))."""
    for head in sorted(rule.get("body_heads", {}), key=len, reverse=True):
        if before.endswith(head):
            return head
    return None


def owner_sites(ctx: Context) -> list[Cand]:
    """A firm's site named after the firm and the city it is in, when its last word is a
    plain 中心 or 基地 no head of rules.toml [heads] covers (星澜科技云溪数据标注基地,
    星澜科技(云溪)数字化赋能中心): a known firm, right after it a place (a known one,
    a bracketed one or a word no dictionary knows), then words up to the site word
    ([legal_name] site_heads) with no mark, function word or leading verb between."""
    rule = ctx.rules.legal_name
    site_heads = rule.get("site_heads", ())
    text = ctx.text
    if not site_heads or not any(w in text for w in site_heads):
        return []
    firms = [c for c in ctx.cands if c.cls == "Enterprise" and c.role == "name" and c.rule == "lexicon"]
    if not firms:
        return []
    places = {c.start: c.end for c in ctx.cands if c.cls == "Place"}
    by_start = ctx.by_start
    stop_tags = tuple(rule.get("head_stop_tags", ())) + tuple(rule.get("site_stop_tags", ()))
    not_first = rule.get("site_city_not_first", "")
    most = rule.get("head_words_max", 0)
    out = []
    for f in firms:
        pos, bracketed = f.end, False
        if pos < len(text) and text[pos] in _OPEN:
            m = ctx.tables.bracket_re.match(text, pos)
            if m is None or not bracket_place(ctx, m.group(1)):
                continue
            pos, bracketed = m.end(), True
        elif pos in places:
            pos = places[pos]
        else:
            t = by_start.get(pos)
            if t is None or not 2 <= len(t.text) <= 3 or ctx.seg.knows(t.text) or t.text[0] in not_first \
                    or ctx.lex.lookup(t.text) or not re.fullmatch("[\u4e00-\u9fff]+", t.text):
                continue
            pos = t.end
        k, first = pos, True
        while k in by_start and k - pos <= most:
            t = by_start[k]
            if not re.fullmatch("[\u4e00-\u9fff]+", t.text) or t.pos.startswith(stop_tags) \
                    or (t.text in ctx.rules.boundary and (first or not bracketed)) or (first and t.pos.startswith("v")):
                break
            first = False
            k = t.end
            if t.text.endswith(tuple(site_heads)):
                while k in by_start and by_start[k].text in ctx.rules.heads \
                        and ctx.rules.heads[by_start[k].text].cls == "Project":
                    k = by_start[k].end   # …分拨中心|项目, …基地|二期
                if not any(c.start <= f.start and c.end >= k and c is not f for c in ctx.cands):
                    c = Cand(f.start, k, "Project", text[f.start:k], f"owner-site:{t.text[-2:]}", prio=4)
                    c.nested = [Cand(f.start, f.end, f.cls, f.name, "owner-prefix:lexicon", prio=4, role="owner")]
                    out.append(c)
                break
    return out
