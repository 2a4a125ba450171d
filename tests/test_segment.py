"""kg.segment: jieba with the lexicon as a user dictionary."""
from __future__ import annotations

import pytest

from kg.segment import CLASS_TAGS, Segmenter
from kg.model import CLASSES

# invented names: no dictionary holds them
USER_WORDS = [("云栖星辰科技", "nt"), ("墨川网络", "nt"), ("青禾智算中心", "nz")]
TEXT = "引进云栖星辰科技和墨川网络，加快青禾智算中心建设。"


@pytest.fixture(scope="module")
def seg():
    return Segmenter(USER_WORDS + [("星", "nt")])


@pytest.fixture(scope="module")
def plain():
    return Segmenter()


def test_user_words_are_kept_whole(seg):
    words = [t.text for t in seg.tokens(TEXT)]
    for w, _ in USER_WORDS:
        assert w in words, words


def test_without_user_words_the_names_are_split(plain):
    # the test above means something only if jieba alone would cut them
    words = [t.text for t in plain.tokens(TEXT)]
    for w, _ in USER_WORDS:
        assert w not in words


def test_user_words_do_not_leak_between_segmenters(seg, plain):
    assert seg.knows("墨川网络")
    assert not plain.knows("墨川网络")
    assert plain.tag("墨川网络") == ""


@pytest.mark.parametrize("text", [TEXT, "", "A", "2023年拱墅区GDP增长6.5%，“星河”“云湾”等商圈焕新。\n第二段"])
def test_offsets_match_text(seg, text):
    toks = seg.tokens(text)
    assert "".join(t.text for t in toks) == text
    pos = 0
    for t in toks:
        assert t.start == pos and t.end == t.start + len(t.text)
        assert text[t.start:t.end] == t.text
        pos = t.end
    assert pos == len(text)


def test_tags_of_user_words_and_dictionary_words(seg):
    toks = {t.text: t.pos for t in seg.tokens(TEXT)}
    assert toks["云栖星辰科技"] == "nt"
    assert toks["青禾智算中心"] == "nz"
    assert toks["和"] == "c"            # jieba's dictionary tag
    assert seg.tag("墨川网络") == "nt"
    assert seg.tag("引进") == "v"
    assert seg.tag("没有这个词的词典") == ""


def test_unknown_words_have_empty_tag(plain):
    toks = plain.tokens("墨川")
    assert [(t.text, t.pos) for t in toks] == [("墨川", "")]


def test_one_character_user_words_are_ignored(seg):
    assert seg.tag("星") != "nt"        # the dictionary's tag stands


def test_every_class_has_a_tag():
    assert set(CLASS_TAGS) == set(CLASSES)
