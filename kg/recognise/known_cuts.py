"""Tokens cut again where the HMM's guess runs across a name the lexicon knows.

jieba keeps a lexicon name whole when its dictionary words meet it, but the
characters it does not know it joins by its HMM, and that guess may run over
the edge of a known name: 象山|区正|推动 for 象山区 then 正推动, 为麦|积区 for
为 then 麦积区. No run of tokens then spells the name, and the lexicon source
never sees it. A token cut here is only such a guess (no word of jieba's
dictionary nor of the lexicon: a dictionary word across the edge, 市委 after
梧州市, is the text's own reading); both edges of the name must end up on
token boundaries, or nothing is cut.

    >>> from kg.model import Token
    >>> toks = [Token("片区", 0, 2, "n"), Token("象山", 2, 4), Token("区正", 4, 6), Token("推动", 6, 8, "v")]
    >>> [t.text for t in known_cuts(toks, [(2, 5)], lambda w: "", frozenset())]
    ['片区', '象山', '区', '正', '推动']
"""
from __future__ import annotations

from typing import Callable, Iterable

from ..model import Token


def known_cuts(toks: list[Token], spans: Iterable[tuple[int, int]], tag: Callable[[str], str],
               known: frozenset[str]) -> list[Token]:
    """``toks`` with every guessed token that a span of ``spans`` (the offsets of
    lexicon names in the text, the longest of those that overlap) starts or ends
    inside cut at that edge. ``tag``: a word's dictionary tag ("" for none);
    ``known``: the lexicon's surfaces."""
    starts = {t.start for t in toks}
    ends = {t.end for t in toks}
    cuts: set[int] = set()
    for a, b in spans:
        edges = [x for x in (a, b) if x not in starts and x not in ends]
        if not edges:
            continue
        if all(_guessed(_holding(toks, x), tag, known) for x in edges):
            cuts.update(edges)
    if not cuts:
        return toks
    out: list[Token] = []
    for t in toks:
        inner = sorted(x for x in cuts if t.start < x < t.end)
        if not inner:
            out.append(t)
            continue
        bounds = [t.start, *inner, t.end]
        for s, e in zip(bounds, bounds[1:]):
            w = t.text[s - t.start:e - t.start]
            out.append(Token(w, s, e, tag(w)))
    return out


def _holding(toks: list[Token], x: int) -> Token | None:
    return next((t for t in toks if t.start < x < t.end), None)


def _guessed(t: Token | None, tag: Callable[[str], str], known: frozenset[str]) -> bool:
    return t is not None and not t.pos and not tag(t.text) and t.text not in known


def outermost(hits: Iterable[tuple[int, int, int]], shortest: int = 3) -> list[tuple[int, int]]:
    """The (start, end) of the hits (surface number, start, end) of ``shortest``
    characters or more that no longer hit holds.

    >>> outermost([(0, 2, 5), (1, 2, 4), (2, 7, 9)])
    [(2, 5)]
    """
    spans = sorted({(a, b) for _, a, b in hits if b - a >= shortest}, key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if not any(a2 <= a and b <= b2 for a2, b2 in out):
            out.append((a, b))
    return out
