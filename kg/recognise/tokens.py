"""Repairs to the segmenter's tokens before any source reads them.

jieba's HMM joins the words it does not know into one token, and a
one-character preposition right after an unknown name often goes with it:
高新|科创为|龙头, 港区以|青禾机场. Every walk over tokens would then take the
preposition into the name; cutting it off once, here, spares them all.

    >>> from kg.model import Token
    >>> from kg.rules import load_rules
    >>> toks = [Token("云峰", 0, 2, "ns"), Token("精工为", 2, 5), Token("龙头", 5, 7, "n")]
    >>> [t.text for t in unglue_ends(toks, load_rules(), lambda w: "")]
    ['云峰', '精工', '为', '龙头']
"""
from __future__ import annotations

from typing import Callable

from ..model import Token
from ..notions import ADMIN_UNITS
from ..rules import Rules
from .nicknames import join_nicknames
from .text import NUMERAL_CHARS, han, is_punct, joined_to_previous


def unglue_ends(toks: list[Token], rules: Rules, tag: Callable[[str], str]) -> list[Token]:
    """``toks`` with a preposition (rules.toml [boundary] glued_end) cut off the end
    of each untagged token it was glued to, when a word follows.  The word before
    it must be of two characters or more, or an administrative unit (区以):
    a two-character unknown token may be a name of its own (鼎为), unless it comes
    right after a character jieba left alone (禾|芯|微为) or a proper word (星澜|达在 …).  A street's head
    glued to a locative is cut the same way (``_street_locatives``), and a body's head
    from the post after it (``_titled_heads``).  ``tag`` gives
    a word's part of speech (the segmenter's)."""
    toks = _join_cut_stems(_split_titles(_rejoin_cut_words(toks, rules, tag), rules, tag), rules, tag)
    toks = join_nicknames(_glued_starts(_water_joins(toks, rules, tag), rules, tag), rules, tag)
    ends = rules.glued_end
    cut = [k for k, t in enumerate(toks[:-1])
           if not t.pos and t.text[-1] in ends and not is_punct(toks[k + 1].text[0])
           and (len(t.text) >= 3 or t.text[:-1] in ADMIN_UNITS or _after_characters(toks, k)
                or _after_proper(toks, k, rules))] if ends else []
    cut = sorted(set(cut) | set(_street_locatives(toks, rules)))
    if not cut:
        return toks
    out = list(toks)
    # (each cut token splits into its text but the last character, and that character)
    for k in reversed(cut):
        t = toks[k]
        rest = t.text[:-1]
        out[k:k + 1] = [Token(rest, t.start, t.end - 1, tag(rest)),
                        Token(t.text[-1], t.end - 1, t.end, tag(t.text[-1]))]
    return out


def _glued_starts(toks: list[Token], rules: Rules, tag: Callable[[str], str]) -> list[Token]:
    """``toks`` with a joiner (rules.toml [boundary] glued_start) cut off the start of an
    untagged token of three characters or more right after a word (轴承|及泵壳 is 轴承,
    及, 泵壳): jieba's HMM glued it onto the unknown word it joins to the one before."""
    starts = rules.glued_start
    if not starts:
        return toks
    return _first_cut_off(toks, [k for k in range(1, len(toks)) if not toks[k].pos and len(toks[k].text) >= 3
                                 and toks[k].text[0] in starts and han(toks[k].text)
                                 and toks[k - 1].end == toks[k].start and han(toks[k - 1].text)], tag)


def _water_joins(toks: list[Token], rules: Rules, tag: Callable[[str], str]) -> list[Token]:
    """``toks`` with an untagged token of three characters or more that opens with a water's head
    and a joiner (rules.toml [boundary] water_joined_heads, water_joiners), right after a word, cut
    into the head, the joiner and the rest (金汤|河和力|丘河 is 金汤, 河, 和, 力, 丘河): jieba's HMM
    glued the head of one river's name and the joiner onto the next name; the joiner alone is cut
    off an untagged word right after a word ending in the head (云河|和力|丘河: 云河, 和, 力)."""
    b = rules.data["boundary"]
    heads, joiners = b.get("water_joined_heads", ""), b.get("water_joiners", "")
    if not (heads and joiners):
        return toks
    out = toks     # (the same list when nothing is cut)
    for k in range(len(toks) - 1, 0, -1):
        t, prev = toks[k], toks[k - 1]
        if t.pos or not han(t.text) or prev.end != t.start or not han(prev.text):
            continue
        if len(t.text) >= 3 and t.text[0] in heads and t.text[1] in joiners:
            out = list(out) if out is toks else out
            out[k:k + 1] = [Token(t.text[0], t.start, t.start + 1, tag(t.text[0])),
                            Token(t.text[1], t.start + 1, t.start + 2, tag(t.text[1])),
                            Token(t.text[2:], t.start + 2, t.end, tag(t.text[2:]))]
        elif len(t.text) >= 2 and t.text[0] in joiners and prev.text[-1] in heads and len(prev.text) >= 2:
            # (墨|云河|和力|丘河: the head ends the word before, the joiner opens this one)
            out = list(out) if out is toks else out
            out[k:k + 1] = [Token(t.text[0], t.start, t.start + 1, tag(t.text[0])),
                            Token(t.text[1:], t.start + 1, t.end, tag(t.text[1:]))]
    return out


def _first_cut_off(toks: list[Token], ks: list[int], tag: Callable[[str], str]) -> list[Token]:
    """``toks`` with the first character of each token ``ks`` indexes a token of its own."""
    if not ks:
        return toks
    out = list(toks)
    for k in reversed(ks):
        t = toks[k]
        out[k:k + 1] = [Token(t.text[0], t.start, t.start + 1, tag(t.text[0])),
                        Token(t.text[1:], t.start + 1, t.end, tag(t.text[1:]))]
    return out


def _rejoin_cut_words(toks: list[Token], rules: Rules, tag: Callable[[str], str]) -> list[Token]:
    """``toks`` with each function word of rules.toml [boundary] cut_words that jieba cut
    across made whole again: all but its last character alone (not 尤其|中小企业) and the next
    token opening with its last and going on (其|中芯星澜 is 其中 and 芯星澜); the
    rest of that token stays one word."""
    pairs = rules.cut_pairs         # (a word's first character -> its second characters)
    if not pairs:
        return toks
    # (the first test is the cheapest: a token of one character that opens a cut word)
    ks = [k for k, (a, b) in enumerate(zip(toks, toks[1:]))
          if a.text in pairs and a.end == b.start and len(b.text) > 1 and b.text[0] in pairs[a.text]]
    if not ks:
        return toks
    out = list(toks)
    for k in reversed(ks):
        a, b = toks[k], toks[k + 1]
        out[k:k + 2] = [Token(a.text + b.text[0], a.start, b.start + 1, tag(a.text + b.text[0])),
                        Token(b.text[1:], b.start + 1, b.end, tag(b.text[1:]))]
    return out


def _titled_heads(toks: list[Token], rules: Rules) -> list[int]:
    """The indices of tokens that are a body's one-character head, or a commission's 委 ([bureau]
    ends), and a post (rules.toml [boundary] glued_titles) after a word: 商务|局局长 is 商务局 and
    局长, 发展|改革|委要 is 发展改革委 and 要."""
    return [k for k, t in enumerate(toks) if k and len(t.text) > 1 and t.text[1:] in rules.glued_titles
            and toks[k - 1].end == t.start and ((h := rules.heads.get(t.text[0])) is not None
                                                and h.cls == "Institution" or t.text[0] in rules.bureau.get("ends", ()))]


def _split_titles(toks: list[Token], rules: Rules, tag: Callable[[str], str]) -> list[Token]:
    """``toks`` with each post cut off the body's head it was joined to (``_titled_heads``)."""
    return _first_cut_off(toks, _titled_heads(toks, rules) if rules.glued_titles else [], tag)


def _cut_stems(toks: list[Token], rules: Rules, tag: Callable[[str], str]) -> list[int]:
    """The indices of tokens that are a place's unit and ONE character of its name, a word
    jieba made up (rules.toml [boundary] stem_cut_units: 米|庄镇, 白沙|溪村), right after a
    word of one or two characters that may open a name (not a preposition, a number, a
    verb …: stem_cut_stop_tags) and is no unit of its own (汤溪镇|平村 keeps its town)."""
    units, stop_tags = rules.stem_cut_units, rules.stem_cut_stop_tags
    # (a word of the dictionary that is a name's last character and its unit: 石|口镇)
    words = rules.data["boundary"].get("stem_cut_words", ())
    # (or any word the dictionary tags a place, a feature's character and the unit: 太|安乡, 青|山镇)
    word_tags = tuple(rules.data["boundary"].get("stem_cut_word_tags", ()))
    tag_stops = tuple(rules.data["boundary"].get("stem_cut_word_tag_stop_tags", ()))
    word_stops = tuple(rules.data["boundary"].get("stem_cut_word_stop_tags", ()))
    out = []
    for k, t in enumerate(toks):
        if not k or len(t.text) != 2 or (t.pos and t.text not in words and t.pos not in word_tags) or t.text[1] not in units \
                or not han(t.text):
            continue
        prev = toks[k - 1]
        w = prev.text
        if t.pos and t.text not in words and (len(w) > 1 or tag(w).startswith(tag_stops)):
            continue    # (小|山村: a word that qualifies the place word; 智造|萍乡: a word before a city)
        if prev.end != t.start or len(w) > 2 or not han(w) or w in rules.boundary \
                or w.endswith(ADMIN_UNITS) or w[-1] in units \
                or (tag(w).startswith(stop_tags) and not _numeral_stem(w, t.text, rules)
                    and not _sited_stem(toks, k - 1, rules, tag)
                    and not (t.pos and len(w) == 1 and not tag(w).startswith(word_stops))):
            continue
        if t.pos and len(w) > 1 and tag(w) not in rules.data["boundary"].get("stem_cut_word_stem_tags", ()):
            continue    # (农村|集镇: a common word before the dictionary's word, no town's stem)
        out.append(k)
    return out


def _numeral_stem(w: str, unit: str, rules: Rules) -> bool:
    """True when the number ``w`` of two characters opens the name of the village or town
    ``unit`` (七百|秧村, 三十|铺镇): the character after it does not count (rules.toml
    [boundary] stem_cut_measures: 三十|个村)."""
    return len(w) == 2 and all(ch in NUMERAL_CHARS for ch in w) and unit[0] not in rules.stem_cut_measures


def _sited_stem(toks: list[Token], k: int, rules: Rules, tag: Callable[[str], str]) -> bool:
    """True when the verb or number of two characters ``toks[k]`` comes right after a word that
    says where ([boundary] stem_cut_sited: 在迎水|桥镇, 位于七道|江镇): it opens the name of the
    town or village after it."""
    prev = toks[k - 1] if k else None
    return (len(toks[k].text) == 2 and prev is not None and prev.end == toks[k].start
            and tag(toks[k].text).startswith(rules.stem_cut_sited_tags)
            and prev.text in rules.stem_cut_sited and toks[k + 1].text[0] not in rules.stem_cut_measures)


def _join_cut_stems(toks: list[Token], rules: Rules, tag: Callable[[str], str]) -> list[Token]:
    """``toks`` with each unit whose name's first characters jieba cut off (``_cut_stems``)
    joined to them again: 米|庄镇 is 米庄镇."""
    ks = _cut_stems(toks, rules, tag) if rules.stem_cut_units else []
    if not ks:
        return toks
    return joined_to_previous(toks, ks)


def _after_characters(toks: list[Token], k: int) -> bool:
    """True when the two-character token ``toks[k]`` comes right after a character jieba
    left alone (禾|芯|微为): it ends a name cut into characters, not a name of its own."""
    return len(toks[k].text) == 2 and k > 0 and len(toks[k - 1].text) == 1 \
        and toks[k - 1].end == toks[k].start and not is_punct(toks[k - 1].text)


def _after_proper(toks: list[Token], k: int, rules: Rules) -> bool:
    """True when the two-character token ``toks[k]`` comes right after a proper word of two
    characters or more (rules.toml [boundary] glued_end_after_tags: 星澜|达在, 青禾产业|城等):
    jieba cut that name one character short and glued the character to the word after."""
    prev = toks[k - 1] if k else None
    return len(toks[k].text) == 2 and prev is not None and prev.end == toks[k].start \
        and len(prev.text) >= 2 and prev.pos in rules.glued_end_after_tags


def _street_locatives(toks: list[Token], rules: Rules) -> list[int]:
    """The indices of tokens that are a street's one-character head and a locative
    (rules.toml [boundary] glued_locatives) right after a word: 五马|街上 is 五马街 and 上;
    or a name's one-character head and a list word (glued_after_head) jieba made up one
    word of: 海岸|城等 is 海岸城 and 等."""
    locs, lists = rules.glued_locatives, rules.glued_after_head
    if not (locs or lists):
        return []
    glued = locs + lists        # (the cheapest test first: most words end in none)
    return [k for k, t in enumerate(toks) if k and len(t.text) == 2 and t.text[1] in glued
            and toks[k - 1].end == t.start and not is_punct(toks[k - 1].text[-1])
            and (h := rules.heads.get(t.text[0])) is not None
            and ((t.text[1] in locs and h.cls in ("Place", "CommercialDistrict"))
                 # (海岸|城等: 等 sums up a list after any name's head)
                 or (t.text[1] in lists and not t.pos))]
