"""A city's nickname jieba cuts into two words (rules.toml [boundary] nickname_ends).

A province or city often names its firms after its nickname, one character and
都 (瓷都, 镁都: the capital of porcelain, of magnesium). jieba does not know
most nicknames and reads 都 as the adverb "all" (辽宁|镁|都|星澜科技有限公司),
so every walk left from the firm's head stops at it. Between a place and a word
that may open a name, the character and 都 are joined into one word again.

    >>> from kg.model import Token
    >>> from kg.rules import load_rules
    >>> toks = [Token("辽宁", 0, 2, "ns"), Token("镁", 2, 3, "n"), Token("都", 3, 4, "d"),
    ...         Token("星澜", 4, 6), Token("科技", 6, 8, "n")]
    >>> tag = {"辽宁": "ns", "镁": "n", "都": "d", "科技": "n"}.get
    >>> [t.text for t in join_nicknames(toks, load_rules(), lambda w: tag(w, ""))]
    ['辽宁', '镁都', '星澜', '科技']
"""
from __future__ import annotations

from typing import Callable

from ..model import Token
from ..rules import Rules
from .text import han, is_punct, joined_to_previous


def join_nicknames(toks: list[Token], rules: Rules, tag: Callable[[str], str]) -> list[Token]:
    """``toks`` with each one-character word and the nickname's end after it
    (``rules.nickname_ends``) made one word, when a place (jieba's ``ns``), a mark or a
    boundary word comes right before them and a word that may open a name right after (neither a
    boundary word nor of rules.toml stem_cut_stop_tags: not 都|在, 都|要); the character
    must be of no tag of nickname_stop_tags (not 也|都, 各|都)."""
    ends = rules.nickname_ends
    if not ends:
        return toks
    ks = [k for k in range(1, len(toks) - 1) if toks[k].text in ends and _nickname(toks, k, rules, tag)]
    if not ks:
        return toks
    return joined_to_previous(toks, ks)


def _nickname(toks: list[Token], k: int, rules: Rules, tag: Callable[[str], str]) -> bool:
    """True when ``toks[k]`` (都) ends a nickname: place | one character | 都 | a name's word; or
    the character opens the clause or comes after a boundary word (：|凉|都|X果业, 的|客|都|X产业园),
    where no subject stands before the adverb."""
    ch, end, nxt = toks[k - 1], toks[k], toks[k + 1]
    before = toks[k - 2] if k >= 2 else None
    stops = rules.stem_cut_stop_tags
    opens = before is None or is_punct(before.text[-1]) or before.text in rules.boundary \
        or (before.end == ch.start and tag(before.text).startswith(tuple(rules.data.get("boundary", {}).get("nickname_place_tags", ("ns",)))))
    return (opens and ch.end == end.start and end.end == nxt.start
            and len(ch.text) == 1 and han(ch.text) and not tag(ch.text).startswith(rules.nickname_stop_tags)
            and ch.text not in rules.boundary
            and han(nxt.text) and nxt.text not in rules.boundary
            and not tag(nxt.text).startswith(stops))
