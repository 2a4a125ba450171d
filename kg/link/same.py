"""When two names of one class name one thing: the reasons, each a rule.

`why_same` is asked of every pair of names that blocking (kg/link/blocking.py)
offers; the word lists (class words, interchangeable heads, street endings)
are the [link] section of rules.toml.
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..rules import Rules, load_rules
from .kind_names import track_opened
from .registered import is_group_trade_name, is_trade_name
from ..recognise.track_words import derived_pair


class UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, k: str) -> str:
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _cut_middle(short: str, long: str) -> bool:
    """True when ``short`` is a word of ``long``'s start plus a word of its end,
    the middle cut out (杭州中心 = 杭州 + 中心 of 杭州电竞中心), or a name of three
    characters or more plus the last one, one character cut out (岳阳楼区 of 岳阳楼景区: a
    district, not the scenic area)."""
    return any(long.startswith(short[:i]) and long.endswith(short[i:]) for i in range(2, len(short) - 1)) \
        or (len(short) >= 4 and len(long) == len(short) + 1 and long.startswith(short[:-1])
            and long.endswith(short[-1]))


def is_abbreviation(short: str, long: str) -> bool:
    """数产园 abbreviates 数字经济产业园: same first and last character, in order,
    taken from more than two places of the long name.

    >>> is_abbreviation("数产园", "数字经济产业园"), is_abbreviation("杭钢", "杭州钢铁集团")
    (True, False)

    A short form that is the long one with one piece cut out of its middle is
    another name (杭州中心 is not 杭州电竞中心), not an abbreviation:

    >>> is_abbreviation("杭州中心", "杭州电竞中心")
    False
    """
    if not (2 <= len(short) <= 4 < len(long) or (len(short) <= 4 and len(short) < len(long) - 1)):
        return False
    if short[0] != long[0] or short[-1] != long[-1] or long.startswith(short) or _cut_middle(short, long):
        return False
    it = iter(long)
    return all(ch in it for ch in short)


def _affixes(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common prefix and of the common suffix (not overlapping it)."""
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, s


def is_renamed(a: str, b: str, known: frozenset[str] | set[str] = frozenset(),
               unit_chars: str | None = None) -> bool:
    """大运河数字经济未来城 / 大运河数智未来城: a shared head and tail, a short middle
    changed (数字经济 -> 数智) or one short middle word dropped (生命科学 -> 生命).

    >>> is_renamed("大运河数字经济未来城", "大运河数智未来城")
    True
    >>> is_renamed("华东医药生命科学产业园", "华东医药生命产业园")
    True

    When the shared head is a name of its own (``known``: the owner 阿斯利康),
    the two are two things of that owner, not one renamed thing:

    >>> is_renamed("阿斯利康中国东部总部", "阿斯利康数字医疗东部总部", {"阿斯利康"})
    False
    """
    if a == b or min(len(a), len(b)) < 7:
        return False
    p, s = _affixes(a, b)
    ma, mb = a[p:len(a) - s], b[p:len(b) - s]
    if p < 2 or s < 2 or len(ma) > 4 or len(mb) > 4 or a[:p] in known:
        return False
    if ma and mb:           # a changed middle word: 数字经济 -> 数智 (not a track for another:
        # why_same asks _other_track), after a head of three characters or more: after
        # two (稀土|功能材料|产业园, 稀土|永磁电机|产业园) the words are two parks' kinds
        return s >= 3 and p >= 3
    # a dropped middle word: keep a long head, and a phase or a number is no word (一期, 2号)
    cut = ma or mb
    if unit_chars is None:
        unit_chars = load_rules().link.get("unit_chars", "")
    return p >= 4 and not any(ch.isdigit() or ch in unit_chars for ch in cut)


def _same_head(a: str, b: str, rules: Rules) -> bool:
    """X院区 / X分院: the same modifier before interchangeable heads."""
    for heads in rules.link.get("same_heads", ()):
        ha = next((h for h in heads if a.endswith(h) and len(a) > len(h) + 1), None)
        hb = next((h for h in heads if b.endswith(h) and len(b) > len(h) + 1), None)
        if ha and hb and ha != hb and a[:-len(ha)] == b[:-len(hb)]:
            return True
    return False


def _street_type(short: str, long: str, rules: Rules) -> bool:
    """武林路 / 武林路步行街: a street and the street named with a street-type word."""
    rest = long[len(short):] if long.startswith(short) else ""
    head = rules.heads.get(rest)
    lk = rules.link
    return (short.endswith(tuple(lk.get("street_ends", ()))) and len(short) >= 3 and head is not None
            and head.cls == "CommercialDistrict" and rest.endswith(lk.get("street_head_end", "街")))


def why_same(short: str, long: str, rules: Rules, lexicon: Lexicon, known: set[str], cls: str) -> str | None:
    """Why two names of one class (``short`` no longer than ``long``) name one thing, or None."""
    lex_s, lex_l = lexicon.lookup(short, cls), lexicon.lookup(long, cls)
    if lex_s and lex_l and lex_s is not lex_l:
        return None                      # the curator listed two things
    tails = tuple(rules.track_tags.get("form_tails", ()))
    if lex_s is not None and lex_s is lex_l and (lexicon.fuller_entry(long, cls, tails) is not None) \
            != (lexicon.fuller_entry(short, cls, tails) is not None):
        return None                      # a track and a document's fuller name of it (高端装备 / 高端装备制造)
    if _street_type(short, long, rules):
        return "street-type"
    rest = long[len(short):] if long.startswith(short) else None
    if rest and _later_phase(rest, rules):
        return None                      # X二期 is built beside X, not another name of it
    if rest and rest.endswith(tuple(rules.link.get("unit_heads", ()))):
        return None                      # X众创空间 is a unit inside X
    if rest in rules.link.get("class_words", ()) and len(short) >= 2 and not lex_s \
            and not _unit_named_after_place(short, rest, rules):
        return "name+class-word"
    if rest and cls in ("Enterprise", "Institution") and _branch(rest, rules):
        return "branch"                  # 台积电(南京)有限公司 is 台积电's company in 南京
    if cls == "Enterprise" and not (lex_s and lex_l) and (is_trade_name(short, long, rules, lexicon)
                                                           or is_group_trade_name(short, long, rules, lexicon)):
        return "trade-name"              # 广东星澜锂能科技有限公司 is 星澜锂能 (in one document: kg/link)
    if lex_l and not lex_s and rest:
        return None                      # a listed name brings its own short forms (武林广场, not 武林)
    if cls == "CommercialDistrict" and long == "大" + short:
        return "greater"                 # 大和平商圈 is the 和平商圈 area taken widely
    head = rules.heads.get(rest) if rest else None
    if (rest in rules.alias_suffixes or head and head.cls != "Place" and cls != "IndustryTrack") \
            and len(short) >= 2 and not lex_s:
        return "name+head"               # a place plus 路/河/桥/广场 is another place (云河 / 云河路);
        # (a track plus a trade word is another track: 电力 / 电力装备)
    if cls == "IndustryTrack" and derived_pair(rules, long):
        return None                      # 钛合金 is a track beside 钛及钛合金, no short form of it
    if is_abbreviation(short, long) and not (cls == "IndustryTrack" and lex_s) \
            and cls not in rules.link.get("abbreviation_not_classes", ()):
        # (a track the lexicon knows at the end of a longer one is a track joined to
        # another, 青禾能源新材料 for 新材料 and a 青禾能源 track, not its short form; nor
        # is it the short form of a longer track it does not list: 云服务 of 云计算与算力服务)
        return "abbreviation"
    if _zone_cut(short, long, rules, cls):
        return "zone-cut"                # 星澜核心区 of 星澜城郊民宿核心区: a plan's zone by its place and kind
    if is_renamed(short, long, known, rules.link.get("unit_chars", "")) and not _other_track(short, long, lexicon) \
            and not _other_site(short, long, rules, lexicon) and not _two_registered(short, long, rules):
        return "renamed"
    if _same_head(short, long, rules):
        return "same-head"
    if legal_cut(short, long, rules):
        return "legal-cut"               # 国网X供电公司 of 国网Y省电力有限公司X供电公司 (in one document: kg/link)
    if _level_body(short, long, rules, cls):
        return "level-body"              # 区发改局 of 星澜区发改局 (in one document: kg/link _same_place)
    if len(short) >= 5 and long.endswith(short) and not _kind_only(short, rules, lexicon) \
            and not _stem_only(short, rules) and cls not in rules.link.get("suffix_not_classes", ()) \
            and not (cls in rules.link.get("suffix_track_classes", ()) and track_opened(short, long, lexicon)) \
            and not (cls in rules.link.get("chain_classes", ()) and _chain_site(short, lexicon)):
        return "suffix"
    return None


def _zone_cut(short: str, long: str, rules: Rules, cls: str) -> bool:
    """A zone of a plan written short by the place its name opens on and its kind alone (星澜核心区,
    白露带 for 星澜城郊民宿核心区, 白露河谷民宿带: a table of the plan's zones, [link] zone_cut_heads):
    the same head, two characters of the place at least, and words cut from the middle."""
    head = next((h for h in rules.link.get("zone_cut_heads", ()) if short.endswith(h) and long.endswith(h)), None)
    if cls != "Platform" or head is None:
        return False
    stem = short[:-len(head)]
    return len(stem) >= 2 and len(long) > len(short) and long.startswith(stem)


def legal_forms(rules: Rules) -> tuple[str, ...]:
    """The class words that are legal forms ([link] class_words ending in registered_ends): 有限公司."""
    ends = tuple(rules.link.get("registered_ends", ()))
    return tuple(w for w in rules.link.get("class_words", ()) if ends and w.endswith(ends))


def legal_cut(short: str, long: str, rules: Rules) -> bool:
    """True when ``short`` is ``long`` with a middle cut out that ends in a legal form: the
    owner's registered name shortened to its first words before the unit or work it runs
    (国网|青禾省电力有限公司|云溪供电公司, 星澜集团|股份有限公司|二期项目), a unit of
    LEGAL_CUT_TAIL characters or more after a start of two or more."""
    forms = legal_forms(rules)
    for k in range(2, len(short) - LEGAL_CUT_TAIL + 1):
        head, tail = short[:k], short[k:]
        middle = long[k:len(long) - len(tail)]
        if len(long) > len(short) and long.startswith(head) and long.endswith(tail) and middle.endswith(forms):
            return True
    return False


LEGAL_CUT_TAIL = 4      # the shortest unit after a cut owner's name (供电公司, 二期项目)


def _later_phase(rest: str, rules: Rules) -> bool:
    """True when ``rest`` is a later phase ([link] later_phases, maybe with later_phase_tails): 三期项目."""
    lk = rules.link
    return any(rest == ph + t for ph in lk.get("later_phases", ()) for t in lk.get("later_phase_tails", ("",)))


def _level_body(short: str, long: str, rules: Rules, cls: str) -> bool:
    """True when ``short`` is a body's name of four characters opening with a level ([link]
    level_openers, level_opener_classes) that ends ``long`` after two characters or more of
    its place (区发改局 / 星澜区发改局): the district's bureau named by its level."""
    lk = rules.link
    return cls in lk.get("level_opener_classes", ()) and len(short) == 4 and len(long) >= 6 \
        and short.startswith(tuple(lk.get("level_openers", ()))) and long.endswith(short)


def _two_registered(a: str, b: str, rules: Rules) -> bool:
    """Two registered names ([link] registered_ends) with a changed middle name two firms
    (云溪星澜铝材有限公司 / 云溪星澜铝业集团有限公司: the group and its subsidiary), not one renamed."""
    ends = tuple(rules.link.get("registered_ends", ()))
    if not ends or not (a.endswith(ends) and b.endswith(ends)):
        return False
    p, s = _affixes(a, b)
    return bool(a[p:len(a) - s]) and bool(b[p:len(b) - s])


def _unit_named_after_place(short: str, rest: str, rules: Rules) -> bool:
    """True when ``short`` is a road ([link] street_ends) and ``rest`` a unit named after
    it ([link] units_named_after): 星澜路街道 is the street office's area, not 星澜路, the
    road (半山街道 is 半山: a name with no road's head)."""
    lk = rules.link
    return rest in lk.get("units_named_after", ()) and short.endswith(tuple(lk.get("street_ends", ()))) \
        and len(short) >= 3


def generic_suffix(short: str, long: str, rules: Rules, lexicon: Lexicon, cls: str) -> bool:
    """True when ``long`` ends with ``short`` and ``short`` names many things: a kind
    (生物医药产业园) or a chain's site (万达广场商圈), not the one ``long`` names."""
    return long.endswith(short) and (_kind_only(short, rules, lexicon) or (
        cls in rules.link.get("chain_classes", ()) and _chain_site(short, lexicon)))


def _chain_site(name: str, lexicon: Lexicon) -> bool:
    """True when ``name`` opens with a firm the lexicon knows (万达|广场商圈): a chain's
    site, one of many that the words before it in a longer name pick out."""
    return any(lexicon.lookup(name[:i], "Enterprise") is not None for i in range(2, len(name) - 1))


def _other_track(a: str, b: str, lexicon: Lexicon) -> bool:
    """The middle word changed between two names is a track (X科技产业园 / X智能制造产业园):
    parks of two industries, not one park renamed (大运河数字经济未来城 / 大运河数智未来城 is)."""
    p, s = _affixes(a, b)
    ma, mb = a[p:len(a) - s], b[p:len(b) - s]
    if not (ma and mb):
        return False
    if any(lexicon.lookup(m, "IndustryTrack") is not None for m in (ma, mb)):
        return True
    # (the two words may open alike, the shared head ending inside them: X新材料产业园 /
    # X新能源装备产业园 differ after 新, both words opening on a track; not 数字经济 / 数智, a
    # track and its new short name)
    def opens_on_track(w: str) -> bool:
        return any(lexicon.lookup(w[:k], "IndustryTrack") is not None for k in range(len(w), 1, -1))
    return any(opens_on_track(a[q:len(a) - s]) and opens_on_track(b[q:len(b) - s])
               for q in range(p - 1, max(p - 3, 0) - 1, -1))


def _other_site(a: str, b: str, rules: Rules, lexicon: Lexicon) -> bool:
    """The middle words of two names say two sites or two bodies, not one thing renamed:
    two places (X（甲省）数据中心 / X（乙省）数据中心), or a body's head dropped
    (X电力机车有限公司 / X电力机车研究所有限公司: the institute is a firm of its own)."""
    p, s = _affixes(a, b)
    ma, mb = a[p:len(a) - s].strip("()（）"), b[p:len(b) - s].strip("()（）")
    if ma and mb:
        return all(lexicon.lookup(m, "Place") is not None for m in (ma, mb))
    cut = ma or mb
    h = rules.heads.get(cut)
    return h is not None and h.cls in ("Institution", "Enterprise")


def _kind_only(name: str, rules: Rules, lexicon: Lexicon) -> bool:
    """True when ``name`` says only what kind of thing it is: a track and a head
    (生物医药产业园), which ends the names of many parks, not one."""
    head = rules.head_of(name)
    return bool(head) and lexicon.lookup(name[:-len(head.word)], "IndustryTrack") is not None


def _stem_only(name: str, rules: Rules) -> bool:
    """True when ``name`` is a trade and a legal form and nothing of its own (科技有限公司,
    电子科技有限公司): the end of many firms' names, none of them.

    >>> from kg.rules import load_rules
    >>> _stem_only("科技有限公司", load_rules()), _stem_only("星澜科技有限公司", load_rules())
    (True, False)
    """
    head = rules.head_of(name)
    if head is None:
        return False
    stem = name[:-len(head.word)]
    return not stem or stem in rules.link.get("generic_stems", ())


def _branch(rest: str, rules: Rules) -> bool:
    """True when ``rest`` is a bracketed place and maybe a legal form: (南京)有限公司, (东莞)."""
    m = re.fullmatch(r"[（(][\u4e00-\u9fff]{2,6}[）)](.*)", rest)
    return bool(m) and (not m.group(1) or m.group(1) in rules.link.get("class_words", ()))


def alias_ok(alias: str, cls: str, lexicon: Lexicon) -> bool:
    """A surface the lexicon gives only to another class names another thing
    (杭钢 the firm is no alias of the 杭钢片区 place; 大运河 the canal none of 大运河商圈)."""
    entries = lexicon.lookup_all(alias)
    return not entries or any(e.cls == cls for e in entries)
