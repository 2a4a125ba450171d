"""kg/recognise/known_cuts.py: a token the HMM guessed across the edge of a lexicon
name is cut at that edge; a dictionary word there, or an edge that cannot be cut,
leaves the tokens as they are."""
from __future__ import annotations

import pytest

from kg.lexicon import Lexicon
from kg.model import Token
from kg.recognise import Recogniser
from kg.recognise.known_cuts import known_cuts, outermost

DICT = {"片区": "n", "推动": "v", "市委": "n", "常委": "n", "会议": "n", "公司": "n"}


def _toks(*words, guessed=()):
    out, at = [], 0
    for w in words:
        out.append(Token(w, at, at + len(w), "" if w in guessed else DICT.get(w, "")))
        at += len(w)
    return out


@pytest.mark.parametrize("words, span, want", [
    # the level word glued to the word after the name
    (("片区", "星澜", "区正", "推动"), (2, 5), ["片区", "星澜", "区", "正", "推动"]),
    # a one-character word before the name glued to its first character
    (("公司", "为墨", "川县"), (3, 6), ["公司", "为", "墨", "川县"]),
    # ... both edges inside guesses
    (("为墨", "川县正"), (1, 4), ["为", "墨", "川县", "正"]),
    # a dictionary word across the edge is the text's reading (星澜市|委 stays 市委)
    (("星澜", "市委", "常委"), (0, 3), ["星澜", "市委", "常委"]),
    # a name already on token boundaries: nothing to cut
    (("片区", "星澜区", "推动"), (2, 5), ["片区", "星澜区", "推动"]),
    # one edge in a dictionary word, the other in a guess: nothing is cut
    (("为墨", "川县", "市委"), (1, 5), ["为墨", "川县", "市委"]),
], ids=["end-in-guess", "start-in-guess", "both-edges", "dictionary-word", "aligned", "one-edge-blocked"])
def test_known_cuts(words, span, want):
    toks = _toks(*words)
    assert [t.text for t in known_cuts(toks, [span], lambda w: DICT.get(w, ""), frozenset())] == want


def test_a_lexicon_surface_is_no_guess():
    toks = _toks("为墨", "川县")
    assert [t.text for t in known_cuts(toks, [(1, 4)], lambda w: "", frozenset({"为墨"}))] == ["为墨", "川县"]


def test_cut_offsets_cover_the_text():
    toks = _toks("片区", "星澜", "区正", "推动")
    out = known_cuts(toks, [(2, 5)], lambda w: DICT.get(w, ""), frozenset())
    assert [(t.start, t.end) for t in out] == [(0, 2), (2, 4), (4, 5), (5, 6), (6, 8)]


@pytest.mark.parametrize("hits, want", [
    ([(0, 2, 5), (1, 2, 4)], [(2, 5)]),          # the longer of two that overlap
    ([(0, 2, 4)], []),                            # two characters: too short to cut for
    ([(0, 0, 3), (1, 5, 8)], [(0, 3), (5, 8)]),
])
def test_outermost(hits, want):
    assert outermost(hits) == want


@pytest.fixture(scope="module")
def recogniser():
    return Recogniser(Lexicon.load())


@pytest.mark.parametrize("text, name", [
    # county-level names of the bundled lexicon, in sentences where the HMM ran over their edge
    ("该片区，密云区正推动产业升级。", "密云区"),
    ("该片区，怀仁市正推动产业升级。", "怀仁市"),
    ("星澜公司注册地为彬州市。", "彬州市"),
], ids=["district-then-adverb", "city-then-adverb", "after-preposition"])
def test_bundled_names_found(recogniser, text, name):
    assert name in [m.name for m in recogniser.sentence_mentions("d", 1, text)]
