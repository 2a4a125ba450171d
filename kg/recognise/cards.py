"""A project set out as a card: a heading paragraph and then one paragraph per field

    ●青禾老城改造提升工程
    业主：星澜城建集团有限公司
    总投资：12亿元

names a project however its words end (改造提升工程, 城市更新, 提质扩容: heads the
recogniser need not know), so kg/relate/fields.py can give it the owner and place its
fields name. The data keys are relations.toml [located] list_item, item_rest, field_label,
place_field, owner_field, card_field and card_name. So does a numbered item whose paragraph
tells what it costs (三、青禾储能电池项目。由星澜集团投资，总投资8亿元), though its name is all
kind words (row_item, row_told, row_not_after)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..fieldlines import field_start
from ..model import Mention
from ..rules import Rules, rx


def card_headings(rules: Rules, doc_id: str, sentences, by_sentence: dict[int, list[Mention]]) -> dict[int, Mention]:
    """The Project each card heading names, by its sentence: a heading paragraph of one
    sentence (opening on a bullet or number) followed by at least two field paragraphs, one
    of them a place, owner, investment or content field; not where a thing other than a
    Project already covers the heading's name (a firm's legal name, a park)."""
    loc = rules.relations.get("located", {})
    keys = ("list_item", "item_rest", "field_label", "card_name")
    if not all(k in loc for k in keys):
        return {}
    item, rest, name_rx = (rx(loc[k]) for k in ("list_item", "item_rest", "card_name"))
    telling = [rx(loc[k]) for k in ("place_field", "owner_field", "card_field") if k in loc]
    # the opening sentence of each paragraph, and how many sentences the paragraph has
    opening: list = []
    count: dict[int, int] = {}
    for s in sentences:
        if s.paragraph not in count:
            opening.append(s)
        count[s.paragraph] = count.get(s.paragraph, 0) + 1
    out: dict[int, Mention] = {}
    rows = _rows(rules, loc, sentences)
    for n, s in enumerate(opening):
        span, rule = _card(loc, item, rest, name_rx, telling, opening, n, count), "card-heading"
        if span is None:
            span, rule = rows(s), "row-heading"
        if span is None:
            continue
        park = built_park(by_sentence, s.index, *span, rule)
        if park is not None:
            out[s.index] = park   # (（二）青禾物流园 / 建设单位：…: the park is the card's works too)
            continue
        if _covered(rules, by_sentence, s.index, *span):
            continue   # (a name the recogniser knows already: a project, a firm, a park)
        name = s.text[span[0]:span[1]]
        out[s.index] = Mention(doc_id, s.index, *span, name, "Project", name, rule, 0.7)
    return out


def _card(loc, item, rest, name_rx, telling, opening, n, count) -> tuple[int, int] | None:
    """The span of the name the n-th paragraph's opening sentence heads a card with."""
    s = opening[n]
    opened = item.match(s.text) or rx(loc.get("about_item", "(?!)")).match(s.text)   # (一、关于X项目)
    # (一、X工程中标结果公告: a section's number opens a card only before a tender's notice)
    noticed = opened is None
    opened = opened or rx(loc.get("notice_item", "(?!)")).match(s.text)
    if not opened or count[s.paragraph] != 1:
        return None
    notice = rx(loc.get("item_notice", "(?!)"))
    start, end = opened.end(), _name_end(rx("(?!)") if noticed else rest, s.text, opened.end(), notice)
    if end is None or not name_rx.match(s.text[start:end]):
        return None
    fields = []
    for f in opening[n + 1:]:
        at = field_start(loc, f.text)
        if at is None:
            break
        fields.append(f.text[at:])
    if len(fields) < 2 or not any(t.match(f) for f in fields for t in telling):
        return None
    return start, end


def built_park(by_sentence: dict[int, list[Mention]], index: int, start: int, end: int,
               rule: str) -> Mention | None:
    """The park a project's card or field names whole (项目名称：青禾物流园): a park, and the
    card's Project too, read as the card's fields are (GUIDELINES.md: a park both built as a
    project and hosting firms is both; kg/relate/sections.py: no section of things it hosts)."""
    m = next((m for m in by_sentence.get(index, []) if (m.start, m.end) == (start, end)
              and m.cls == "Platform" and m.role != "owner"), None)
    if m is None:
        return None
    return replace(m, rule=rule, extra=(*(x for x in m.extra if x != "Project"), "Project"))


def _covered(rules: Rules, by_sentence: dict[int, list[Mention]], index: int, start: int, end: int) -> bool:
    """True when a mention other than an owner covers the heading's name; not a body's a weak head
    named whole (9．青禾区第二中学 / 建设单位：区教育局: the school to be built, a project)."""
    return any(m.start <= start and end <= m.end for m in by_sentence.get(index, []) if m.role != "owner"
               and not (m.cls == "Institution" and (m.start, m.end) == (start, end) and _weak(rules, m.rule)))


def _weak(rules: Rules, rule: str) -> bool:
    """True when ``rule`` is a weak head's (head:中学): the class its context gives."""
    h = rules.heads.get(rule[len("head:"):]) if rule.startswith("head:") else None
    return h is not None and h.weak


def _rows(rules: Rules, loc: dict, sentences):
    """The span of the project a paragraph names as a numbered item opening on it and then
    telling what it costs (三、青禾储能电池项目。由星澜集团投资，总投资8亿元 / 1.墨川算力中心，
    拟选址…，总投资约6亿元): a name of kind words alone (relations.toml [located] row_item,
    row_told, row_not_after), ending in a project's head, after the verb the parties that open the
    item sign with (row_signed: 四、A与B签约共建|X项目); None elsewhere."""
    if "row_item" not in loc or "row_told" not in loc:
        return lambda s: None
    item, told, name_rx = rx(loc["row_item"]), rx(loc["row_told"]), rx(loc["card_name"])
    heads = sorted((w for w, h in rules.heads.items() if h.cls == "Project"), key=len, reverse=True)
    generic, signed = rx(loc.get("row_not_after", "$^")), rx(loc.get("row_signed", "$^"))
    texts: dict[int, str] = {}
    for s in sentences:
        texts[s.paragraph] = texts.get(s.paragraph, "") + s.text

    colon = _colon_items(rules, loc, heads, name_rx, texts)

    def span(s) -> tuple[int, int] | None:
        opened = item.match(s.text)
        if not opened or not texts[s.paragraph].startswith(s.text):
            return colon(s)
        start = end = opened.end()
        while end < len(s.text) and s.text[end] not in "，,；;。：:":
            end += 1
        parties = signed.match(s.text, start, end)
        start = parties.end() if parties else start     # (A与B签约共建|X项目: what they sign for)
        name = s.text[start:end]
        head = next((h for h in heads if name.endswith(h)), None)
        if len(name) < 6 or head is None or not name_rx.match(name) \
                or generic.search(name[:-len(head)]) or not told.search(texts[s.paragraph], end):
            return colon(s)
        return start, end
    return span


def _colon_items(rules: Rules, loc: dict, heads: list[str], name_rx: re.Pattern, texts: dict[int, str]):
    """The span of the project a numbered or bracketed item names before its colon when what
    follows the colon says where it lies, who builds it or what it costs (1. 青禾滨河绿道项目：
    全长9公里，由星澜城投建设 / （五）墨川农产品交易市场：选址白沙街道): relations.toml [located]
    colon_item, colon_told, colon_heads (works such items build beside the Project heads),
    colon_not_before (a task heading's verb); None elsewhere."""
    if "colon_item" not in loc or "colon_told" not in loc:
        return lambda s: None
    item, told = rx(loc["colon_item"]), rx(loc["colon_told"])
    verb, generic = rx(loc.get("colon_not_before", "$^")), rx(loc.get("row_not_after", "$^"))
    ends = sorted({*heads, *loc.get("colon_heads", [])}, key=len, reverse=True)

    def span(s) -> tuple[int, int] | None:
        opened = item.match(s.text)
        if not opened or not texts[s.paragraph].startswith(s.text):
            return None
        start = end = opened.end()
        while end < len(s.text) and s.text[end] not in "，,；;。：:":
            end += 1
        name = s.text[start:end]
        head = next((h for h in ends if name.endswith(h)), None)
        if len(name) < 6 or head is None or not name_rx.match(name) or verb.match(name) \
                or generic.search(name[:-len(head)]) or not told.match(s.text, end):
            return None
        return start, end
    return span


def _name_end(rest: re.Pattern, text: str, start: int, notice: re.Pattern | None = None) -> int | None:
    """Where a heading's name ends: before a trailing phase in brackets and the closing
    mark (●青禾老城更新（一期）：), not before a phase without brackets (X二期 is a name); before
    the notice a tender bulletin gives on it (一、X工程中标结果公告: ``notice``)."""
    for e in range(start + 1, len(text) + 1):
        tail = text[e:]
        if notice is not None and notice.fullmatch(tail):
            return e
        if rest.fullmatch(tail) and (not tail.strip() or tail.lstrip()[0] in "（(。．.：:"):
            return e
    return None
