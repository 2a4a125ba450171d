"""Lists that a noun standing apart from them types, not one counted right
after them (that is enumerations.py's ``A、B等N个<noun>``): a list that begins a
clause ending in a firm noun is a list of firms (华东院、热联、诚通以及杭义…领跑全区
外贸企业), and a list after ``分别为`` takes the noun before its count
(项目共有6个,分别为A、B、C)."""
from __future__ import annotations

import re

from ..notions import NUMERAL
from .candidate import Cand
from .context import Context
from .name_stops import stops
from .item_spans import split_items
from .items import item
from .text import LIST_BREAK, LIST_SEP, find_all, is_punct


def subject_firms(ctx: Context) -> list[Cand]:
    """A list that begins a clause ending in a firm noun is a list of firms:
    华东院、热联、诚通以及杭义出口规模和增速领跑全区外贸企业. Every item must be
    a word no dictionary knows (or a known firm), so lists of places or tracks
    (滨江、萧山以及余杭…) are left alone."""
    text, toks, gid = ctx.text, ctx.toks, ctx.gid
    out = []
    if LIST_SEP not in text:    # (no clause holds a list)
        return out
    firm_nouns = ctx.tables.firm_nouns
    for cm in re.finditer(r"[^，。；：,;:！？!?]+", text):
        clause, c0 = cm.group(), cm.start()
        if LIST_SEP not in clause or not clause.endswith(firm_nouns) or "等" in clause:
            continue  # (A、B等企业 is an enumeration's)
        first = ctx.by_start.get(c0)
        if first is None or stops(ctx, first, cm.end()):
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
                if ctx.seg.knows(t.text) and not ctx.lex.lookup(t.text, "Enterprise"):
                    break
                last_end = t.end - c0
        spans.append((cur, last_end))
        items = []
        for s_, e_ in spans:
            name = clause[s_:e_]
            e = ctx.lex.lookup(name)
            if not (2 <= len(name) <= ctx.rules.lengths["subject_firm"]) or any(is_punct(ch) for ch in name) \
                    or ctx.lex.is_not_entity(name) \
                    or (e and e.cls != "Enterprise") or (not e and ctx.seg.knows(name)):
                items = []
                break
            items.append(Cand(c0 + s_, c0 + e_, "Enterprise", e.name if e else name, "subject-firms",
                              prio=3, group=f"{gid}/s{c0}", role="item"))
        if len(items) >= 2:
            out.extend(items)
    return out


def listed_after(ctx: Context) -> list[Cand]:
    """"项目共有6个,分别为A、B、C": the noun before the count types the items."""
    text, gid = ctx.text, ctx.gid
    la = ctx.rules.listed_after
    out = []
    for k, lead in enumerate(la.get("leads", ())):
        for m in find_all(lead, text):
            before = text[max(0, m.start() - la.get("window", 14)):m.start()].rstrip("，,：:")
            nouns = [n for n in ctx.tables.noun_re.finditer(before)]
            if not nouns:
                continue
            n = nouns[-1]
            between = before[n.end():]
            if not re.fullmatch(f"(?:共有|共|有|计)?{NUMERAL}+(?:个|家|项|条|所|座|宗|类)", between):
                continue
            end = m.end()
            while end < len(text) and text[end] not in "。；;：:":
                end += 1
            # the list ends at the first clause break after it
            comma = text.find("，", m.end(), end)
            end = comma if comma > 0 else end
            # ... before the word that closes it (A、B等): not a word of the last item
            closer = next((w for w in la.get("closers", ()) if text.endswith(w, m.end(), end)), "")
            end -= len(closer)
            noun = n.group()
            group = f"{gid}/l{k}.{m.start()}"
            for s_, e_ in split_items(ctx, text[:end]):
                if s_ < m.end():
                    continue
                c = item(ctx, text[s_:e_], s_, e_, ctx.rules.enum_nouns[noun], group, noun)
                if c:
                    c.rule = c.rule.replace("enumeration", "listed")
                    out.append(c)
    return out
