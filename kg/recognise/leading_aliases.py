"""A short form said first, its full name after it in a bracket (星澜（即云溪星澜实业股份有限公司）本次…):
the document declares the short form, as 简称 after the name does (kg/recognise/aliases.py)."""
from __future__ import annotations

from ..model import Mention
from ..rules import Rules
from .text import han

# the classes whose full name a leading short form may stand for: a firm's, a body's
BODIES = frozenset({"Enterprise", "Institution"})


def leading_aliases(rules: Rules, text: str, ms: list[Mention]) -> dict[str, tuple[str, str]]:
    """alias -> (name, class) for a short form said before a bracket that gives the full name
    (星澜（即云溪星澜实业股份有限公司）本次…): a firm's or a body's name filling the bracket, the short form
    the longest run of two or more characters right before it that the name holds whole (与|星澜: the
    word before is no part of it; 公司（即…）: a common noun, not declared)."""
    out = {}
    for pat in rules.alias_leading:
        for m in pat.finditer(text):
            target = next((x for x in ms if x.start == m.end() and x.role != "owner"
                           and x.cls in BODIES and text[x.end:x.end + 1] in ("）", ")")), None)
            if target is None:
                continue
            run = text[max(0, m.start() - _LEADING_MAX):m.start()]
            alias = next((run[i:] for i in range(len(run) - 1) if han(run[i:]) and run[i:] in target.name), None)
            if alias and alias != target.name and alias not in rules.not_declared:
                out[alias] = (target.name, target.cls)
    return out


_LEADING_MAX = 12   # the longest short form said before its bracketed full name
