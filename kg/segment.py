"""Word segmentation with jieba, the lexicon loaded as a user dictionary.

    >>> seg = Segmenter(extra_words=[("华东医药", "nt")])
    >>> [t.text for t in seg.tokens("强化华东医药生命科学产业园")][:2]
    ['强化', '华东医药']

Two engines run the same algorithm on the same dictionary (jieba's
``dict.txt`` plus the user words, with the same frequencies): jieba itself,
and rjieba, the Python binding of jieba-rs, about 12x faster at cutting.
``Segmenter(backend="auto")`` takes rjieba when it is installed;
tests/test_segment.py checks that both give the same tokens and entities.

Part-of-speech tags come from jieba's dictionary (a lookup, not the HMM
tagger of ``jieba.posseg``, which is seven times slower than cutting): the
recogniser only needs the tag of a few words around a candidate name, and the
dictionary tag of a known word is what the tagger would say anyway. Words
jieba does not know have an empty tag.
"""
from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from . import usercache
from .model import Token

# Tag given to lexicon words in the user dictionary, by class.
CLASS_TAGS = {"Enterprise": "nt", "Institution": "nt", "Project": "nz", "Platform": "nz",
              "CommercialDistrict": "ns", "IndustryTrack": "nz", "Place": "ns"}

# User words get at least this frequency, so the segmenter keeps them whole.
USER_FREQ = 50_000

# jieba cuts a run of ASCII at every character outside letters, digits and a
# decimal part (1-11 -> 1 - 11; 6.5% stays whole); jieba-rs keeps such runs
# whole. rjieba's ASCII tokens are cut again the way jieba would.
_ASCII_PIECE = re.compile(r"[a-zA-Z0-9]+(?:\.\d+)?%?|.", re.S)
# An ASCII character other than a letter or digit next to another ASCII
# character: a text without one has no token to cut again (most sentences).
_ASCII_MIXED = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f][\x00-\x7f]|"
                          r"[\x00-\x7f][\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]")

BACKENDS = ("jieba", "rjieba")
ENV_BACKEND = "KG_SEGMENTER"
"""Environment variable that forces a backend (``jieba`` or ``rjieba``)."""


def _dict_path() -> Path:
    return Path(importlib.util.find_spec("jieba").origin).with_name("dict.txt")


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, int], dict[str, str]]:
    """Frequencies and tags of jieba's main dictionary (``word freq tag`` lines).

    Reading its 350,000 lines takes 0.3 s, most of what a one-document
    rebuild waits for: they are kept marshalled in the user's cache folder
    (``$XDG_CACHE_HOME/gongshu-kg``), under the dictionary's size and time,
    and read back from there in a twentieth of it."""
    path = _dict_path()
    st = path.stat()
    cache = usercache.folder() / f"jieba-dict-{st.st_size}-{st.st_mtime_ns}.marshal"
    cached = usercache.read(cache)
    if isinstance(cached, tuple) and len(cached) == 2:
        return cached
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, n, tag = line.split()
            freq[word] = int(n)
            tags[word] = tag
    usercache.write(cache, (freq, tags), family="jieba-dict-")
    return freq, tags


@lru_cache(maxsize=1)
def _dictionary_tags() -> tuple[dict[str, str], int, tuple[str, ...]]:
    """The tags of jieba's main dictionary, its total frequency and its words of
    frequency 0: all a segmenter needs once its user words' frequencies are
    known (`_user_words`), and half the loading of `_dictionary` (kept the same way)."""
    st = _dict_path().stat()
    cache = usercache.folder() / f"jieba-tags-{st.st_size}-{st.st_mtime_ns}.marshal"
    cached = usercache.read(cache)
    if isinstance(cached, tuple) and len(cached) == 3:
        return cached
    freq, tags = _dictionary()
    out = (tags, sum(freq.values()), tuple(w for w, n in freq.items() if n <= 0))
    usercache.write(cache, out, family="jieba-tags-")
    return out


def dictionary_tag(word: str) -> str:
    """The tag jieba's main dictionary gives ``word`` ("" when it has none), without a
    segmenter: ``dictionary_tag("广西") == "ns"``."""
    return _dictionary_tags()[0].get(word, "")


def dictionary_freq(word: str) -> int:
    """How often jieba's main dictionary counts ``word`` (0 when it has none): how common a
    word it is (kg/recognise/trade_names.py).  Two-character words, all a build asks about,
    come from a table of those alone (`_pair_freqs`): the whole dictionary's 350,000 counts
    would add some 60 MiB to every worker."""
    if len(word) == 2:
        return _pair_freqs().get(word, 0)
    return _dictionary()[0].get(word, 0)


@lru_cache(maxsize=1)
def _pair_freqs() -> dict[str, int]:
    """The counts of jieba's two-character words, kept the way `_dictionary_tags` is."""
    st = _dict_path().stat()
    cache = usercache.folder() / f"jieba-pairs-{st.st_size}-{st.st_mtime_ns}.marshal"
    cached = usercache.read(cache)
    if isinstance(cached, dict):
        return cached
    out = {w: n for w, n in _dictionary()[0].items() if len(w) == 2}
    usercache.write(cache, out, family="jieba-pairs-")
    return out


# Fewer user words than this are weighed each time: the lexicon's thousands are
# worth keeping, a test's few would only fill the cache folder.
KEEP_USER_WORDS = 200


def _user_words_path(backend: str, words: list[tuple[str, str]]) -> Path:
    st = _dict_path().stat()
    h = hashlib.blake2b(repr((backend, st.st_size, st.st_mtime_ns, words)).encode("utf-8"), digest_size=12)
    return usercache.folder() / f"segmenter-words-{h.hexdigest()}.marshal"


def _jieba():
    """jieba, imported when its engine is used (with pkg_resources it takes 0.1 s
    of a one-document rebuild, which rjieba does not need)."""
    import jieba
    jieba.setLogLevel(logging.WARNING)
    return jieba


def _rjieba_class():
    """rjieba's ``Jieba`` class.  ``import rjieba`` also makes a module-level
    segmenter with jieba-rs's whole dictionary (0.12 s of a one-document
    rebuild), which a `Segmenter` never uses (it makes one of its own): the
    class is taken from the compiled module, loaded without the package's
    ``__init__`` and registered as ``rjieba.rjieba`` (a later ``import rjieba``
    finds it there, as a compiled module can be loaded once only).  Anything
    unexpected: the package is imported as usual."""
    import sys
    loaded = sys.modules.get("rjieba.rjieba") or sys.modules.get("rjieba")
    if loaded is not None:
        return loaded.Jieba
    try:
        import importlib.machinery
        spec = importlib.util.find_spec("rjieba")
        where = Path(spec.origin).parent
        path = next(p for suffix in importlib.machinery.EXTENSION_SUFFIXES
                    for p in [where / f"rjieba{suffix}"] if p.is_file())
        loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", str(path))
        module = importlib.util.module_from_spec(importlib.util.spec_from_file_location(
            "rjieba.rjieba", path, loader=loader))
        loader.exec_module(module)
        jieba_class = module.Jieba
    except Exception:   # another layout of the package: its own import
        import rjieba
        return rjieba.Jieba
    sys.modules["rjieba.rjieba"] = module
    return jieba_class


def available_backends() -> list[str]:
    """The engines installed here, in order of preference (fastest first).
    Found, not imported: loading rjieba's library takes 0.1 s, and the build
    asks (for its cache keys) in a process that may never segment."""
    out = []
    if importlib.util.find_spec("rjieba") is not None:
        out.append("rjieba")
    return out + ["jieba"]


def _choose(backend: str) -> str:
    if backend == "auto":
        backend = os.environ.get(ENV_BACKEND) or available_backends()[0]
    if backend not in BACKENDS:
        raise ValueError(f"unknown segmenter backend {backend!r}; use one of {', '.join(BACKENDS)}")
    if backend not in available_backends():
        raise ValueError(f"segmenter backend {backend!r} is not installed (pip install {backend})")
    return backend


class Segmenter:
    """A tokenizer of its own (so user words never leak between users).

    ``extra_words`` are (word, tag) pairs added to the user dictionary with a
    frequency high enough that the segmenter keeps them whole. ``backend`` is
    ``"jieba"``, ``"rjieba"`` or ``"auto"`` (rjieba if installed, unless the
    ``KG_SEGMENTER`` environment variable names one).
    """

    def __init__(self, extra_words: Iterable[tuple[str, str]] = (), hmm: bool = True,
                 backend: str = "auto"):
        self.hmm = hmm
        self.backend = _choose(backend)
        if self.backend == "rjieba":
            self._tok = _rjieba_class()()
        else:
            self._tok = _jieba().Tokenizer()
            self._tok.initialize()
        words = [(w, t) for w, t in extra_words if len(w) >= 2]
        # The frequency each user word gets depends on how the words before it
        # cut it (`_suggest_freq`): weighing the lexicon's 6,000 words, on the
        # dictionary's frequencies, took a third of the start of a one-document
        # rebuild.  The outcome is kept in the user's cache folder, under the
        # engine, the dictionary and the words, and replayed from there.
        keep = _user_words_path(self.backend, words) if len(words) >= KEEP_USER_WORDS else None
        kept = usercache.read(keep) if keep else None
        if isinstance(kept, tuple) and len(kept) == 2:
            adds, self._total = kept
            tags, _, zero = _dictionary_tags()
            self._tags = dict(tags)
            self._unknown = set(zero)
            for word, freq, tag in adds:
                self._tags[word] = tag
                self._unknown.discard(word)
                self._add_to_engine(word, freq, tag)
        else:
            base_freq, base_tags = _dictionary()
            self._tags = dict(base_tags)
            self._freq = dict(base_freq)
            self._total = sum(base_freq.values())
            adds = []
            for word, tag in words:
                freq = max(self._suggest_freq(word), USER_FREQ)
                self._add(word, freq, tag)
                adds.append((word, freq, tag))
            self._unknown = {w for w, n in self._freq.items() if n <= 0}
            del self._freq          # 350,000 entries, not needed once the user words are in
            if keep:
                usercache.write(keep, (adds, self._total), family="segmenter-words-", keep=8)
        if self.backend == "jieba":
            # jieba adds a re-added word's frequency to its total without taking the old
            # one off; jieba-rs (and self._total) replace it: both engines must agree
            self._tok.total = self._total

    def _suggest_freq(self, word: str) -> int:
        """jieba's ``suggest_freq(word, tune=False)``: the frequency that keeps
        ``word`` whole against the way it would be cut now."""
        total = float(self._total)
        f = 1.0
        for seg in self._cut(word, hmm=False):
            f *= self._freq.get(seg, 1) / total
        return max(int(f * total) + 1, self._freq.get(word, 1))

    def _add(self, word: str, freq: int, tag: str) -> None:
        old = self._freq.get(word, 0)
        self._freq[word] = freq
        self._total += freq - old
        self._tags[word] = tag
        self._add_to_engine(word, freq, tag)

    def _add_to_engine(self, word: str, freq: int, tag: str) -> None:
        if self.backend == "rjieba":
            self._tok.add_word(word, freq, tag)
        else:
            self._tok.add_word(word, freq=freq, tag=tag)

    def _cut(self, text: str, hmm: bool) -> list[str]:
        if self.backend == "rjieba":
            return self._tok.cut(text, hmm)
        return list(self._tok.cut(text, HMM=hmm))

    def tokens(self, text: str) -> list[Token]:
        """Tokens of ``text`` with character offsets and dictionary tags."""
        tags = self._tags
        if self.backend == "jieba":
            return [Token(w, s, e, tags.get(w, "")) for w, s, e in self._tok.tokenize(text, HMM=self.hmm)]
        toks = self._tok.tokenize(text, "default", self.hmm)
        if _ASCII_MIXED.search(text) is None:
            get = tags.get
            return [Token(w, s, e, get(w, "")) for w, s, e in toks]
        # the few tokens to cut again are found first: the rest are made as above
        recut = [k for k, (w, _, _) in enumerate(toks) if len(w) > 1 and w.isascii() and not w.isalnum()]
        get = tags.get
        out = [Token(w, s, e, get(w, "")) for w, s, e in toks]
        for k in reversed(recut):
            w, s, _ = toks[k]
            out[k:k + 1] = [Token(m.group(), s + m.start(), s + m.end(), get(m.group(), ""))
                            for m in _ASCII_PIECE.finditer(w)]
        return out

    def tag(self, word: str) -> str:
        return self._tags.get(word, "")

    def knows(self, word: str) -> bool:
        """True when ``word`` is a word of jieba's dictionary or the user's
        (of a frequency above 0: every word has a tag, most have a frequency)."""
        return word in self._tags and word not in self._unknown
