"""A project named in full once and then by a shorter form in the same document is one project.

星澜12英寸晶圆二期扩产项目 is then 星澜项目; 云溪青禾生物创新药产业化基地三期项目 is 青禾生物三期项目;
墨川白露高端装备华南生产基地项目 is 白露华南生产基地: the short form keeps the words of the full
name in their order and drops some (a place, a product, a number), opening with two of its
characters side by side (the owner's trade name, not a place's name: 云溪中心 is not
云溪会展中心; and a start of the full name is kg/link/same.py's to judge, but for a trade name and 项目). kg/link joins the two only where one
document uses both and the short form fits one full name of that document alone: 星澜项目 beside
星澜一期项目 and 星澜二期项目 names neither. A phase the short form states the full name states
too ([link] later_phases, 一期); a short form without one is not the full name less its phase
(星澜云谷 / 星澜云谷三期: a later phase is a work of its own, kg/link/same.py).
"""
from __future__ import annotations

import re

from .in_document import unique_fits

PHASE = re.compile(r"(?:[一二三四五六七八九十]+|\d+)期")
SHORTEST_CORE = 2       # the short form's words before its 项目: a trade name at least (芯恩)
END_WORDS = ("项目",)   # a class word either name may end with or not


def _core(name: str) -> str:
    for w in END_WORDS:
        if name.endswith(w) and len(name) > len(w):
            return name[:-len(w)]
    return name


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _opening(short: str, long: str) -> str:
    """The longest start of ``short`` that ``long`` has, its characters side by side."""
    k = 0
    while k < len(short) and short[:k + 1] in long:
        k += 1
    return short[:k]


def is_short_form(short: str, long: str, is_place=lambda name: False) -> bool:
    """True when project name ``short`` may be ``long`` said shortly (see the module's text);
    ``is_place`` says whether a name is a place's."""
    s, l = _core(short), _core(long)
    if len(s) < SHORTEST_CORE or len(s) >= len(l) or s[0].isdigit() or not _subsequence(s, l):
        return False
    opening = _opening(s, l)
    if len(opening) < 2 or is_place(opening) or l.endswith(s) \
            or l.startswith(s) and s == short:
        return False                     # (X / X扩建项目, X / 云溪X: kg/link/same.py's; 云溪中心 / 云溪会展中心)
    phases = PHASE.findall(s)
    if phases and phases != PHASE.findall(l):
        return False
    if not phases and _core(PHASE.sub("", l)) == s:
        return False                     # 墨川云谷 / 墨川云谷三期
    return True


def short_forms(docs: dict[str, set[str]], is_place=lambda name: False) -> list[tuple[str, str]]:
    """The (short, long) pairs of project names to join: ``docs`` gives the documents using
    each name; a short form joins the one full name of its documents it fits, or none (a fit
    that is itself a short form of another fit says the same thing shortly)."""
    names = set(docs)

    def fits(short: str, long: str) -> bool:
        return is_short_form(short, long, is_place) and not any(
            g not in (short, long) and docs[g] & docs[short] and is_short_form(short, g, is_place)
            and is_short_form(long, g, is_place) for g in names)
    return unique_fits(docs, fits)
