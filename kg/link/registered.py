"""A firm's trade name and its registered name, said in one document, are one firm.

星澜锂能 is 广东星澜锂能科技有限公司 with the province before it and a trade word
and a legal form after it cut off: a document that gives the registered name
once and then speaks of the firm by the words between calls it so. The start
cut must be places the lexicon knows (广东, 河源市|东源: a county without its 县), the end a legal
form ([link] class_words ending in registered_ends) maybe after a trade word
([link] generic_stems: 科技, 新能源); the trade name must be three characters or
more and not itself only a trade word; a firm the lexicon knows takes no place
before it (曲靖亿星锂能有限公司 is 亿星锂能's local company). kg/link joins the two
only where one document uses both.
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..rules import Rules

SHORTEST = 3        # the shortest trade name (纳爱斯, 京东方)
LONGEST_PLACE = 8   # the longest run of places before it (黑龙江宝清, 宁夏固原)


def places_run(run: str, lexicon: Lexicon) -> bool:
    """True when ``run`` is empty or one or more places the lexicon knows, end to end."""
    if not run:
        return True
    return any(_place(run[:j], lexicon) and places_run(run[j:], lexicon) for j in range(len(run), 1, -1))


def _place(name: str, lexicon: Lexicon) -> bool:
    """A place the lexicon knows, or a county's or a city's name without its 县 or 市 (华坪, 东源)."""
    return any(lexicon.lookup(name + level, "Place") is not None for level in ("", "县", "市"))


def tails(rules: Rules) -> list[str]:
    """The ends a registered name may have after its trade name: a legal form, maybe after a trade word."""
    ends = tuple(rules.link.get("registered_ends", ()))
    forms = [w for w in rules.link.get("class_words", ()) if ends and w.endswith(ends)]
    return sorted({s + f for f in forms for s in ("", *rules.link.get("generic_stems", ()))}, key=len)


def trade_name_starts(long: str, rules: Rules) -> list[int]:
    """Where the trade name of registered name ``long`` may end (before each tail it ends with)."""
    return [len(long) - len(t) for t in tails(rules) if long.endswith(t) and len(long) - len(t) >= SHORTEST]


def is_trade_name(short: str, long: str, rules: Rules, lexicon: Lexicon) -> bool:
    """True when ``short`` is registered name ``long`` with places cut from its start and a
    trade word and a legal form from its end (星澜锂能 / 广东星澜锂能科技有限公司)."""
    if len(short) < SHORTEST or short in rules.link.get("generic_stems", ()):
        return False
    # (a firm the lexicon knows works in many places: its name after a place is its local
    # company's, 云溪亿星锂能有限公司 of 亿星锂能, as X（云溪）有限公司 is: kg/link/branches.py)
    most = LONGEST_PLACE if lexicon.lookup(short, "Enterprise") is None else 0
    for end in trade_name_starts(long, rules):
        start = end - len(short)
        if 0 <= start <= most and long[start:end] == short and places_run(long[:start], lexicon) \
                and (start or end < len(long)):
            return True
    return False


def is_group_trade_name(short: str, long: str, rules: Rules, lexicon: Lexicon) -> bool:
    """True when ``short`` is a trade name and the word of [link] group_words that the legal
    form of registered name ``long`` opens with, the trade words between cut (星澜股份 of
    江苏星澜智能装备股份有限公司, 青禾集团 of 河北青禾玻璃钢集团有限公司, 墨川（集团）股份有限公司)."""
    if lexicon.lookup(short, "Enterprise") is not None:
        return False                     # (a lexicon firm brings its own short forms)
    ends = tuple(rules.link.get("registered_ends", ()))
    forms = "|".join(re.escape(w) for w in rules.link.get("class_words", ()) if ends and w.endswith(ends))
    for word in rules.link.get("group_words", ()):
        core = short[:-len(word)]
        if not short.endswith(word) or len(core) < 2 or not forms:
            continue
        for start in range(0, LONGEST_PLACE + 1):
            if long[start:start + len(core)] == core and places_run(long[:start], lexicon) and re.fullmatch(
                    rf".{{0,{GROUP_GAP}}}[（(]?{re.escape(word)}[）)]?(?:{forms})", long[start + len(core):]):
                return True
    return False


GROUP_GAP = 6       # the most trade words cut between a trade name and its 集团 or 股份


def shared_trade_names(found: list[tuple[str, str, str]], docs: dict[str, set[str]]) -> set[str]:
    """The trade names (of "trade-name" pairs in ``found``, (short, long, why) triples) that two
    registered names share in a document using them (``docs``: the documents using each name):
    山东星澜纸业股份有限公司 and its 广西星澜纸业有限公司 are both 星澜纸业, which joins neither."""
    longs: dict[str, set[str]] = {}
    for short, long, why in found:
        if why == "trade-name" and docs.get(short, set()) & docs.get(long, set()):
            longs.setdefault(short, set()).add(long)
    return {s for s, ls in longs.items() if len(ls) > 1}
