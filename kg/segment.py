"""Word segmentation with jieba, the lexicon loaded as a user dictionary.

    >>> seg = Segmenter(extra_words=[("华东医药", "nt")])
    >>> [t.text for t in seg.tokens("强化华东医药生命科学产业园")][:2]
    ['强化', '华东医药']

Part-of-speech tags come from jieba's dictionary (a lookup, not the HMM
tagger of ``jieba.posseg``, which is seven times slower than cutting): the
recogniser only needs the tag of a few words around a candidate name, and the
dictionary tag of a known word is what the tagger would say anyway. Words
jieba does not know have an empty tag.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Iterable

import jieba
import jieba.posseg

from .model import Token

jieba.setLogLevel(logging.WARNING)

# Tag given to lexicon words in the user dictionary, by class.
CLASS_TAGS = {"Enterprise": "nt", "Institution": "nt", "Project": "nz", "Platform": "nz",
              "CommercialDistrict": "ns", "IndustryTrack": "nz", "Place": "ns"}


@lru_cache(maxsize=1)
def _dictionary_tags() -> dict[str, str]:
    jieba.posseg.dt.tokenizer.initialize()
    return jieba.posseg.dt.word_tag_tab


class Segmenter:
    """A jieba tokenizer of its own (so user words never leak between users).

    ``extra_words`` are (word, tag) pairs added to the user dictionary with a
    frequency high enough that jieba keeps them whole.
    """

    def __init__(self, extra_words: Iterable[tuple[str, str]] = (), hmm: bool = True):
        self.hmm = hmm
        self._tok = jieba.Tokenizer()
        self._tok.initialize()
        self._tags = dict(_dictionary_tags())
        for word, tag in extra_words:
            if len(word) < 2:
                continue
            self._tok.add_word(word, freq=max(self._tok.suggest_freq(word, tune=False), 50_000), tag=tag)
            self._tags[word] = tag

    def tokens(self, text: str) -> list[Token]:
        """Tokens of ``text`` with character offsets and dictionary tags."""
        return [Token(w, s, e, self._tags.get(w, ""))
                for w, s, e in self._tok.tokenize(text, HMM=self.hmm)]

    def tag(self, word: str) -> str:
        return self._tags.get(word, "")

    def knows(self, word: str) -> bool:
        """True when ``word`` is a word of jieba's dictionary or the user's."""
        return word in self._tok.FREQ and self._tok.FREQ[word] > 0
