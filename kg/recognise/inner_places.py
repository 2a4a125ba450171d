"""Places named only inside a longer name.

A province or a city ([inner_place] unit_ends) that opens a firm's or a body's name
(云溪|星澜电子股份有限公司, 云溪|中心医院), a bracketed place after a name (星澜（云溪）
信息港) or a place before what a project is (云溪|首店) says whose or which the thing is,
not where something stands: an analyst reading the document does not list the place.
Such a place is dropped when the document never names it on its own, in a few names only.
"""
from __future__ import annotations

from ..model import Document, Mention
from .text import is_punct


def _bracketed(text: str, m: Mention) -> bool:
    """``m`` is a bracketed place glued to the name before it (星澜（云溪）…)."""
    return m.start >= 2 and m.end < len(text) and text[m.start - 1] in "（(" and text[m.end] in "）)" \
        and not is_punct(text[m.start - 2])


def _body_after(conf, seg, text: str, m: Mention) -> bool:
    """``m`` opens a government or party body's name: the word right after it ends with one
    of [inner_place] body_ends (云溪|省委, 云溪市|商务局, 云溪|省政府) and is none of
    body_not (云溪|布局); not in a line that is only the body's name, with no full stop
    (a byline, 云溪市统计局: the author's city is the document's)."""
    ends = tuple(conf.get("body_ends", ()))
    if not ends or (m.start == 0 and not text.rstrip().endswith(tuple(conf.get("full_stops", ())))):
        return False
    toks = seg.tokens(text[m.end:m.end + 12])
    return bool(toks) and toks[0].start == 0 and toks[0].text.endswith(ends) \
        and toks[0].text not in conf.get("body_not", ())


def _opens_name(rules, seg, text: str, m: Mention, starts: dict[int, Mention]) -> bool:
    """``m`` opens a longer name: the words right after it, none of a kind that ends a
    name (a preposition, a particle …: [inner_place] stop_tags), run to a head of a
    named thing ([inner_place] head_classes) within ``max_tokens`` words; words jieba
    takes for verbs (城乡|建设|投资|集团) only up to a registered name's legal form
    ([legal_name.forms]); words of placing jieba tags as nouns (布局, 落户: verb_words) are
    verbs too. After a preposition or a verb ([inner_place] not_after_tags: 在云溪, 落户云溪)
    only when no mention starts right after the place and no verb stands before the head
    (在云溪综合保税区建设 names the zone, 在云溪布局研发基地 the place)."""
    conf = rules.inner_place
    stops = tuple(conf.get("stop_tags", ()))
    verbs = tuple(conf.get("verb_tags", ()))
    classes = set(conf.get("head_classes", ()))
    forms = rules.legal_name.get("forms", {})
    if _body_after(conf, seg, text, m):
        return True     # (云溪省政府, 云溪市商务局: the body's name, whatever stands before it)
    before = seg.tokens(text[max(0, m.start - 4):m.start])
    nxt = starts.get(m.end)
    # (落户云溪, 在云溪…: the place is named where things are, unless what follows it, no
    # verb in it, runs to a head no mention of its own starts: 在云溪综合保税区建设)
    placed = bool(before and before[-1].pos and before[-1].pos.startswith(tuple(conf.get("not_after_tags", ()))))
    if placed and nxt is not None:
        return False
    if nxt is not None and nxt.cls == "Place":
        return False    # (a place before a place: 云溪市星湖区 names both)
    end = m.end
    while end < len(text) and not is_punct(text[end]):
        end += 1
    verbed = False
    for t in seg.tokens(text[m.end:end])[:conf.get("max_tokens", 0)]:
        if t.pos and t.pos.startswith(stops):
            return False
        verbed = verbed or bool(t.pos and t.pos.startswith(verbs)) or t.text in conf.get("verb_words", ())
        h = rules.head_of(text[m.start:m.end + t.end])
        if h is not None and h.cls in classes and len(h.word) >= conf.get("head_min", 1) and (not verbed or h.word in forms):
            return not (placed and verbed)
    return False


def inner_places(rules, seg, doc: Document, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the places the document names only inside longer names."""
    conf = rules.inner_place
    if not conf.get("stop_tags"):
        return mentions
    by_sentence: dict[int, dict[int, Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, {}).setdefault(m.start, m)
    units = tuple(conf.get("unit_ends", ()))
    inner: dict[str, bool] = {}
    count: dict[str, int] = {}
    for m in mentions:
        if m.cls != "Place" or m.role == "owner":
            continue
        count[m.name] = count.get(m.name, 0) + 1
        text = doc.sentences[m.sentence].text
        here = m.name.endswith(units) and (_bracketed(text, m) or _opens_name(rules, seg, text, m,
                                                                              by_sentence[m.sentence]))
        inner[m.name] = inner.get(m.name, True) and here
    # (a city whose name opens many names is the city the document is about: 云溪 in 云溪|物流中心,
    # 星澜云溪基地 …)
    drop = {n for n, v in inner.items() if v and count[n] <= conf.get("max_mentions", 0)}
    return [m for m in mentions if not (m.cls == "Place" and m.name in drop)] if drop else mentions


def _parents(lex, mentions: list[Mention], least: int) -> set[str]:
    """The places the lexicon lists as the larger unit of ``least`` or more of the document's places."""
    kids: dict[str, set[str]] = {}
    for m in mentions:
        e = lex.lookup(m.name, "Place") if m.cls == "Place" else None
        if e is not None and e.name == m.name:
            for p in e.parents:
                kids.setdefault(p, set()).add(m.name)
    return {p for p, k in kids.items() if len(k) >= least}


def _in_title(text: str, m: Mention) -> bool:
    """``m`` stands inside a title in book marks (《云溪省星澜条例》)."""
    pre, post = text[:m.start], text[m.end:]
    close = post.find("》")
    return pre.rfind("《") > pre.rfind("》") and close >= 0 and not 0 <= post.find("《") < close


def _inside(m: Mention, others: list[Mention], text: str) -> bool:
    """``m`` lies inside a longer mention of a thing other than a place (云溪市|农业农村局), or
    inside a title (《云溪省…办法》): a name the place only opens."""
    return _in_title(text, m) or any(
        o.cls != "Place" and o.start <= m.start and o.end >= m.end and o.end - o.start > m.end - m.start
        for o in others)


def _trade_word(lex, text: str, m: Mention, firms: set[str], nxt: int) -> bool:
    """``m`` opens a firm's short name: the place and the ``nxt`` characters after it stand in
    the registered name of a firm the document names, after the places that open that name
    (星澜市|云溪藻业有限公司, said 云溪藻业: the place word is the firm's trade name)."""
    from ..link.registered import places_run
    word = text[m.start:m.end + nxt]
    if nxt <= 0 or len(word) < m.end - m.start + nxt:
        return False
    for name in firms:
        at = name.find(word, 1)
        if at > 0 and places_run(name[:at], lex):
            return True
    return False


def nested_places(lex, rules, doc: Document, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the lexicon's places of [inner_place] nested_levels (a province, a
    prefecture) each of whose mentions in the document lies inside a longer name or a title,
    and without a place word that opens a firm's short name. Counted over the development sets,
    such a province or prefecture was no gold entity three times in four (a county about as
    often was one: the county a document is about names its bodies), unless the document names
    nested_children places or more the lexicon lists in it (its counties, each partOf it)."""
    conf = rules.inner_place
    levels = set(conf.get("nested_levels", ()))
    rules_of = tuple(conf.get("nested_rules", ()))
    if not levels or lex is None:
        return mentions
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    firms = {m.name for m in mentions if m.cls == "Enterprise" and m.role != "owner"}
    nxt = conf.get("trade_word_chars", 0)
    inside: dict[str, bool] = {}
    cut: set[int] = set()
    for m in mentions:
        if m.cls != "Place" or m.rule not in rules_of:
            continue
        text = doc.sentences[m.sentence].text
        if _trade_word(lex, text, m, firms, nxt):
            cut.add(id(m))
            continue
        e = lex.lookup(m.name, "Place")
        deep = e is not None and bool(set(e.levels) & levels) and _inside(m, by_sentence[m.sentence], text)
        inside[m.name] = inside.get(m.name, True) and deep
    # (a prefecture several of whose counties the document names is the document's: 星澜市|商务局 …
    # 云溪县、白露县; one county alone is the document's, its prefecture no more than a name's opening)
    drop = {n for n, v in inside.items() if v} - _parents(lex, mentions, conf.get("nested_children", 1))
    if not drop and not cut:
        return mentions
    return [m for m in mentions if id(m) not in cut and not (m.cls == "Place" and m.name in drop)]
