"""What opens a clause or a clause chain, for the pattern ends that read it (kg/relate/pattern_ends.py).

A pattern's ``@topic`` is the thing that opens the clause chain the match is in. A thing opens it
when it starts a clause, or when only a clause opener (其中, 此外), its builder (由X投资建设的A) or a
thing that only says where it is or whose it is (云溪县新开业的A) stands before it. ``@clause-topic``
is the thing opening the clause right before the match's; ``@entry`` the directory entry the line
is of, where nothing else opens the chain.

    由星澜集团投资建设的A产业园，选址青禾区     @topic: A产业园, not its builder
    X为Y全资子公司，在P建成Z                    @clause-topic: X builds Z, not Y
    青禾集团全资子公司，落户Y (entry X's line)  @entry: X, what opens the line only says what X is
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..matcher import CLAUSE_PUNCT, Match
from .base import HOME_ROLE, Collector, Item, rx

if TYPE_CHECKING:
    from .patterns import Context


# what ends a clause before the match (a stop ends the sentence: no clause before it there)
CLAUSE_MARKS = {"，", ",", "；", ";"}


def after_opener(text: str, start: int, opener: re.Pattern) -> bool:
    """Whether only a clause opener (其中, 此外) stands between the clause's start and ``start``."""
    mt = opener.search(text, max(0, start - 8), start)      # (openers are short words)
    return mt is not None and (mt.start() == 0 or text[mt.start() - 1] in CLAUSE_PUNCT)


def after_builder(text: str, start: int, builder: re.Pattern) -> bool:
    """Whether the clause opens on the builder of the thing at ``start`` (由X投资建设的A)."""
    if start == 0 or text[start - 1] != "的":
        return False
    opening = max(text.rfind(p, 0, start) for p in CLAUSE_PUNCT) + 1
    return builder.fullmatch(text, opening, start) is not None


def after_holder(text: str, x: Item, items: list[Item], holder: re.Pattern) -> bool:
    """Whether the clause opens on a thing that only says where ``x`` is or whose it is
    (云溪县新开业的A广场，位于Y: A is the topic, not the county)."""
    if x.m.start == 0 or text[x.m.start - 1] != "的":
        return False
    opening = max(text.rfind(p, 0, x.m.start) for p in CLAUSE_PUNCT) + 1
    return any(o.m.start == opening and holder.fullmatch(text, o.m.end, x.m.start) for o in items)


def clause_topic(c: Collector, mt: Match, classes: set[str], items: list[Item], text: str,
                 ctx: Context | None = None) -> list[str]:
    """`@clause-topic`: the thing of ``classes`` opening the clause right before the match's (X为Y全资子
    公司，在P建成Z: X), passing back over clauses with no subject of their own ([owner] subjectless_clause:
    1. X，负责A的运营，实施Z); none where that clause opens on something else or on nothing (并由W作为
    投资主体，在P建设Z) or states a stake (A持股51%，在P建设Z: a holder, not the builder); a unit named
    after its holder (X集团下属的Y…) opens it, and a clause opening on 该公司 stands for the firm
    named before it (firm_word_topic)."""
    subjectless = rx(c.rules.get("owner", {}).get("subjectless_clause", "(?!)"))
    end = mt.start
    while end > 0 and text[end - 1] in CLAUSE_MARKS:
        start = max(text.rfind(p, 0, end - 1) for p in CLAUSE_PUNCT) + 1
        clause = text[start:end - 1]
        if subjectless.match(clause):
            end = start
            continue
        if clause.rstrip().endswith(("%", "％")):
            return []
        opener = rx(c.rules.get("located", {}).get("topic_opener", "$^"))
        own = [x for x in items if start <= x.m.start < end and x.m.role != HOME_ROLE]
        first = own[0] if own else None
        if first is None or not (first.m.start == start or after_opener(text, first.m.start, opener)):
            # (该公司系Y全资子公司，将在P建设Z: the firm the demonstrative stands for)
            return firm_word_topic(c, classes, items, text, start, ctx)
        # (X集团下属的Y公司与Z结对，投资…建设W: the unit its holder is named before opens the clause)
        holder = rx(c.rules.get("located", {}).get("topic_holder_modifier", "$^"))
        if len(own) > 1 and after_holder(text, own[1], items, holder):
            first = own[1]
        return [first.key] if c.cls(first.key) & classes else []
    return []


def firm_word_topic(c: Collector, classes: set[str], items: list[Item], text: str, start: int,
                    ctx: Context | None) -> list[str]:
    """The firm a clause opening on a demonstrative and a firm's kind word stands for ([owner]
    firm_word_opening: 该公司, 这家企业): the last thing of ``classes`` named before the clause, in
    its sentence, its paragraph or the paragraph before, whose name ends with that word (any firm
    for 企业), else one nested opening a project's name there (X公司Y项目…。该公司…); else nothing."""
    word = rx(c.rules.get("owner", {}).get("firm_word_opening", "(?!)")).match(text, start)
    if word is None or ctx is None:
        return []
    kind = word.group("kind")

    def fits(k: str) -> bool:
        return bool(c.cls(k) & classes) and k != ctx.home and (kind == "企业" or c.ents[k].name.endswith(kind))
    here = [x.key for x in items if x.m.end <= start and x.m.role != HOME_ROLE]
    got = next((k for k in reversed(ctx.previous + ctx.named + here) if fits(k)), None)
    if got is None:
        got = next((k for k in reversed([k for keys in ctx.sentences for k in keys]) if fits(k)), None)
    return [got] if got is not None else []


def entry_end(c: Collector, mt: Match, classes: set[str], items: list[Item], text: str, ctx: Context) -> list[str]:
    """`@entry`: the directory entry the line is of (kg/relate/entries.py), when no other thing
    opens the clause chain before the match, unless that thing only says what the entry is
    (青禾集团全资子公司，落户Y: [entry] opening_modifier)."""
    h = ctx.entry
    if not h or not c.cls(h) & classes:
        return []
    modifier = rx(c.rules.get("entry", {}).get("opening_modifier", "$^"))
    starts = [x for x in items if x.m.end <= mt.start and x.m.role != HOME_ROLE
              and (x.m.start == 0 or text[x.m.start - 1] in CLAUSE_PUNCT)]
    if starts and starts[-1].key != h and not modifier.match(text, starts[-1].m.end):
        return []
    return [h]
