"""Names made of kind words only: a name each document gives its own thing.

新能源汽车零部件产业园 or 新材料产业园 is made wholly of tracks the lexicon
knows and heads of names (kg/data/rules.toml): it says what kind of
thing is meant, and a document uses it for the one thing of that kind it is
about.  When it ends a longer name of another document (比亚迪星澜新能源汽车零部件
产业园) and no document uses both, nothing says the two are
one thing: each district has its parks and bodies of that kind.  kg/link reads
no "suffix" reason between such names (a document that uses both still links
them: there the short name is the long one's short form).

    >>> from kg.lexicon import default_lexicon
    >>> from kg.rules import load_rules
    >>> r, lx = load_rules(), default_lexicon()
    >>> [kind_words_only(n, r, lx) for n in ("新能源装备产业园", "经开区管委会", "运河体育公园")]
    [True, False, False]
"""
from __future__ import annotations

from ..lexicon import Lexicon
from ..rules import Rules


def kind_words_only(name: str, rules: Rules, lexicon: Lexicon, tracks: frozenset | set = frozenset()) -> bool:
    """True when ``name`` splits wholly into heads of names and lexicon tracks, one
    track at least (开发区管委会, heads only, stands for a document's own body: the
    one longer name of the corpus is its full name). ``tracks``: the corpus's names
    of tracks, tracks too (装备制造 read as a track by a document)."""
    n = len(name)
    ok = [0] * (n + 1)               # ok[i]: name[i:] splits into kind words: 1, with a track: 2
    ok[n] = 1
    for i in range(n - 1, -1, -1):
        for j in range(i + 2, n + 1):
            if not ok[j]:
                continue
            if name[i:j] in tracks or lexicon.lookup(name[i:j], "IndustryTrack") is not None:
                ok[i] = 2
                break
            if name[i:j] in rules.heads:
                ok[i] = max(ok[i], ok[j])
    return ok[0] == 2


def separate_kinds(short: str, long: str, short_docs: set, long_docs: set, rules: Rules, lexicon: Lexicon,
                   tracks: frozenset | set = frozenset()) -> bool:
    """True when ``short`` (kind words only) ends ``long`` of other documents: two things."""
    return bool(short_docs and long_docs) and not short_docs & long_docs and long.endswith(short) \
        and kind_words_only(short, rules, lexicon, tracks)


def track_opened(short: str, long: str, lexicon: Lexicon) -> bool:
    """True when ``long`` is ``short`` after a track the lexicon knows (光伏|装备制造园 of
    装备制造园): a park of a narrower kind, not another name of the shorter's park."""
    return len(long) > len(short) and long.endswith(short) \
        and lexicon.lookup(long[:-len(short)], "IndustryTrack") is not None
