"""Registered names with the branch's city in brackets: 中芯国际集成电路制造(天津)有限公司,
凯莱英医药集团(天津)股份有限公司, 三星(中国)半导体有限公司, 香港城市大学(东莞). The
bracket is part of the name; the legal form (有限公司 …) or the body's head (大学)
says its class.

    >>> from kg.lexicon import Lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> [(m.name, m.cls) for m in r.sentence_mentions("d", 0, "由星澜芯片制造(云溪)有限公司实施") if m.role != "owner"]
    [('星澜芯片制造(云溪)有限公司', 'Enterprise')]
"""
from __future__ import annotations

import re

from .candidate import Cand
from .context import Context, proper
from .modifier import long_modifier
from .text import GOVERNMENT_LEVELS

_OPEN, _CLOSE = "(（", ")）"


def legal_names(ctx: Context) -> list[Cand]:
    """Names with a bracketed place between the name and its legal form or head
    (rules.toml [legal_name]: forms, the class of each, the bracket's length)."""
    text = ctx.text
    rule = ctx.rules.legal_name
    forms = rule.get("forms", {})
    if not forms:
        return []
    ends = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    infix = rule.get("infix_max", 0)
    pattern = re.compile(f"[{_OPEN}]([\u4e00-\u9fff]{{2,{rule.get('bracket_max', 6)}}})[{_CLOSE}]"
                         f"(?:([\u4e00-\u9fff]{{1,{infix}}}?)??({ends}))?")
    out = []
    for m in pattern.finditer(text):
        where, between, form = m.group(1), m.group(2), m.group(3)
        if between and not _place(ctx, where):
            continue    # 三星(中国)半导体有限公司: only a place stands inside the name
        if not form:
            # a body's head before the bracket (香港城市大学|(东莞)): the bracket must name a place
            form = _body_head(ctx, text[:m.start()], rule)
            if not form or not _place(ctx, where):
                continue
        start = long_modifier(ctx, m.start())
        body = text[start:m.start()]
        if len(body) < 2 or not proper(ctx, body):
            continue
        cls = forms.get(form) or rule.get("body_heads", {}).get(form)
        out.append(Cand(start, m.end(), cls, text[start:m.end()], f"legal-name:{form}", prio=4))
    return out


def _place(ctx: Context, word: str) -> bool:
    return bool(ctx.lex.lookup(word, "Place")) or word.endswith(GOVERNMENT_LEVELS)


def _body_head(ctx: Context, before: str, rule: dict) -> str | None:
    """The head a body's name ends with right before the bracket (香港城市大学|(东莞))."""
    for head in sorted(rule.get("body_heads", {}), key=len, reverse=True):
        if before.endswith(head):
            return head
    return None
