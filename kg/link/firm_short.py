"""A firm's short form made of some characters of its registered name, said in one document, is the firm.

云溪光澜复合材料股份有限公司 is 光澜复材, 白露墨川重型装备有限公司 墨川重装, 青禾玻璃钢集团有限公司 青禾集团:
the short form opens with the registered name's trade name, its first two characters side by
side, after places the lexicon knows (kg/link/registered.py), and keeps some of the following
characters in their order (复合材料 / 复材), none more than four cut at once. A short form that the registered name holds whole is
kg/link/registered.py's to judge; one that ends as a registered name does (X公司) may be
another firm (墨川油田公司 beside 墨川油田星澜石油装备有限公司) and joins none. kg/link joins the two only in a document that uses both and
only when the short form fits one registered name there; a firm the lexicon knows takes no
place before it (its local company's name).
"""
from __future__ import annotations

import re

from .in_document import unique_fits
from .registered import LONGEST_PLACE, places_run

SHORTEST = 4
GAP = 4             # the most characters cut at once (城市建设投资 / 城投; 复合材料制品集团 / 集团 is another firm)
BRACKETED = re.compile(r"[（(][^（）()]*[）)]")   # a bracketed place, 哈电集团（秦皇岛）重型装备


def _subsequence(short: str, long: str) -> bool:
    """True when ``long`` holds the characters of ``short`` in order, none more than GAP apart."""
    at = -1
    for ch in short:
        nxt = long.find(ch, at + 1)
        if nxt < 0 or at >= 0 and nxt - at - 1 > GAP:
            return False
        at = nxt
    return True


def is_firm_short_form(short: str, long: str, ends: tuple[str, ...], lexicon) -> bool:
    """True when ``short`` is registered name ``long`` (ending with one of ``ends``) said shortly."""
    if len(short) < SHORTEST or len(short) >= len(long) or not long.endswith(ends) or short in long \
            or short.endswith(ends):
        return False                     # (X公司: another registered name, or another firm's, 云溪油田公司)
    most = LONGEST_PLACE if lexicon.lookup(short, "Enterprise") is None else 0
    long = BRACKETED.sub("", long)
    return any(long[start:start + 2] == short[:2] and places_run(long[:start], lexicon)
               and _subsequence(short, long[start:]) for start in range(0, most + 1))


def firm_short_forms(docs: dict[str, set[str]], ends: tuple[str, ...], lexicon) -> list[tuple[str, str]]:
    """The (short, long) pairs of firm names to join; ``docs`` gives the documents using each name."""
    return unique_fits(docs, lambda short, long: is_firm_short_form(short, long, ends, lexicon))
