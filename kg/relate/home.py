"""The district or zone a document speaks for, and the words that stand for it.

GUIDELINES.md counts the district a document speaks for as named: what it
lands, introduces, builds, starts or opens lies in it. A government work
report speaks for its district (南山区), a park profile or a zone's press
conference for its zone (张江科学城, 合肥高新区), so the home is a Place or a
Platform. It is the candidate its title names, else the one named most.

Within the document the home is also named by words that are not its name:
the speaker's own (我区, 全区, 我们: relations.toml [home] pronouns) and the
kind of zone it is, bare (高新区 for 松山湖高新区, 园区 for 苏州工业园区).

    >>> from kg.model import Entity, Mention
    >>> ents = {"Platform/青禾高新区": Entity("Platform/青禾高新区", "Platform", "青禾高新区"),
    ...         "Place/云溪市": Entity("Place/云溪市", "Place", "云溪市")}
    >>> ms = [Mention("d", 0, 0, 5, "青禾高新区", "Platform", "青禾高新区", "head", key="Platform/青禾高新区"),
    ...       Mention("d", 1, 0, 3, "云溪市", "Place", "云溪市", "lexicon", key="Place/云溪市"),
    ...       Mention("d", 2, 0, 3, "云溪市", "Place", "云溪市", "lexicon", key="Place/云溪市")]
    >>> find_home(HomeRules.of(), ents, ms, "青禾高新区2024年工作报告")
    'Platform/青禾高新区'
    >>> [(a, b) for a, b in home_words(HomeRules.of(), ents["Platform/青禾高新区"], "高新区培育了一批企业", [])]
    [(0, 3)]
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..model import Entity, Mention
from ..recognise.text import find_all


@dataclass(frozen=True)
class HomeRules:
    """relations.toml [home]: what a district or a zone is called."""
    district_ends: tuple[str, ...]      # 区, 县, 市: administrative units
    county_ends: tuple[str, ...]        # 区, 县, 旗: the district-level ones
    not_district_ends: tuple[str, ...]  # 社区, 园区 …: areas whose names end alike
    zone_ends: tuple[str, ...]          # 高新区, 开发区, 科学城 …: zones a document may speak for
    pronouns: tuple[str, ...]           # 我区, 全区, 本区 …
    kind_short: tuple[tuple[str, tuple[str, ...]], ...] = ()  # 经济技术开发区 -> 开发区, 经开区
    title_weight: int = 10
    district_weight: int = 2            # a district-level unit over the city or province around it
    park_ends: tuple[str, ...] = ()     # 产业园, 科技园 …: a park a document may speak for (its title names it)
    park_words: tuple[str, ...] = ()    # 园区 …: what such a park's own document calls it
    unit_ends: tuple[str, ...] = ()     # 街道, 镇, 乡: a unit below a district a document may speak for (its title names it)
    city_body: str = "$^"               # what follows a city's name opening a head line: its body (云州市工业和信息化局)
    bare_city_body: str = "$^"          # a head line opening on a city's body without its name (市政府召开…)
    ground_words: tuple[str, ...] = ()  # 辖: right after a named place, the pronoun after it is that place's ground
    city_head: str = "$^"               # a city's name opening a head line (云州市…局)
    kind_after: str = "$^"              # what a bare kind word after it is a kind of (…的核心园区), no home
    subtitle_mark: str = "$^"           # what opens a feature's subtitle line (——X改造记): it names the topic

    @classmethod
    def of(cls, raw: dict | None = None) -> "HomeRules":
        """From relations.toml [home] (``raw``, or the bundled rules' when None)."""
        if raw is None:
            from ..rules import load_rules
            raw = load_rules().relations["home"]
        return cls(tuple(raw["district_ends"]), tuple(raw["county_ends"]), tuple(raw["not_district_ends"]),
                   tuple(raw["zone_ends"]), tuple(raw["pronouns"]),
                   tuple((k, tuple(v)) for k, v in raw.get("kind_short", {}).items()),
                   int(raw.get("title_weight", 10)), int(raw.get("district_weight", 2)),
                   tuple(raw.get("park_ends", ())), tuple(raw.get("park_words", ())),
                   tuple(raw.get("unit_ends", ())), raw.get("city_body", "$^"), raw.get("bare_city_body", "$^"),
                   tuple(raw.get("ground_words", ())), raw.get("city_head", "$^"), raw.get("kind_after", "$^"),
                   raw.get("subtitle_mark", "$^"))

    def kind(self, e: Entity) -> str | None:
        """"zone", "district" or None: whether ``e`` can be what a document speaks for."""
        if e.cls in ("Platform", "Place") and e.name.endswith(self.zone_ends) and len(e.name) > 3:
            return "zone"
        if e.cls == "Place" and e.name.endswith(self.district_ends) and not e.name.endswith(self.not_district_ends):
            return "district"
        return None


_SENTENCE_END = ("。", "！", "？", "；", ".", "!", "?", ";")


def find_home(rules: HomeRules, ents: dict[str, Entity], mentions: list[Mention],
              title: str | list[str] | None) -> str | None:
    """The key of the district or zone the document speaks for, or None.

    ``title`` is the document's title, or its head (`document_head`): the title
    line, then the short lines under it (a report's ——在X区…会议上, a speaker's
    office), which weigh half as much.  A park or zone the title names may be
    the home whatever its name ends with (X科技产业园简介); of two places the
    title names one right after the other (Y市X区, Y市X), the second, which
    lies in the first, is; of one and another in brackets after it (X区（Y高新区）,
    a district and the zone it runs as one with), the first."""
    lines = [title] if isinstance(title, str) else [x for x in (title or []) if x]
    score: Counter[str] = Counter()
    # an entity's names, and the words the document names it by (晋江 for 晋江市)
    names: dict[str, set[str]] = {}
    for m in mentions:
        if m.key:
            got = names.get(m.key)
            if got is None:
                e = ents[m.key]
                got = names[m.key] = {n for n in (e.name, *e.aliases) if n}
            got.add(m.surface)
    # what each entity can be, and what each mention of it weighs (a document names
    # the same few many times)
    kinds: dict[str, str | None] = {}
    # (the title proper, under a line naming only the firm that issues the notice: 星澜园区运营有限公司 /
    # 青禾工业园厂房招租公告)
    issuer = {m.surface for m in mentions if m.cls == "Enterprise" and m.start == 0}
    title = lines[1] if len(lines) > 1 and lines[0] in issuer else (lines[0] if lines else None)
    weights: dict[str, int] = {}
    for k, e in ((k, ents[k]) for k in names):
        kind = kinds[k] = rules.kind(e)
        # (a title, not a first sentence that names a park; a park a feature's subtitle names)
        if kind is None and e.cls == "Platform" and any(
                t and not t.endswith(_SENTENCE_END) and _named_in(names[k], t)
                for t in (title, _subtitle(rules, lines) if e.name.endswith(rules.park_ends) else None)):
            kind = kinds[k] = "zone"
        elif kind is None and e.cls == "Place" and e.name.endswith(rules.unit_ends) and lines \
                and not lines[0].endswith(_SENTENCE_END) and _named_in(names[k], lines[0]):
            kind = kinds[k] = "unit"       # (X区Y街道工作总结, Y镇政府工作报告: the street or town speaks)
        if kind:
            weights[k] = 1 + (rules.district_weight if kind in ("zone", "unit") or _county_level(rules, e.name) else 0)
    for m in mentions:
        kind = kinds.get(m.key) if m.key else None
        if kind is None or (m.role == "owner" and kind != "zone"):
            continue    # (a zone a body's name opens with counts: 青禾新区|管委会)
        score[m.key] += weights[m.key]
    for k in score:     # 烟台开发区 names 烟台经济技术开发区 (its stem and a short form of its kind)
        names[k] |= set(short_names(rules, ents[k]))
    headed: set[str] = set()        # the candidates the head names
    firm_names = {m.surface for m in mentions if m.cls == "Enterprise" and len(m.surface) > 4}
    for n, line in enumerate(lines):
        weight = rules.title_weight if n == 0 else rules.title_weight // 2
        # (a name inside another candidate's: 烟台 in 烟台经济技术开发区 does not name the city)
        # (a name not in the line is not searched; one that is, by str.find: a regex per
        # name was compiled anew in every document, whose names re's cache had not met)
        covered = [mt.span() for k in score for w in names[k] if len(w) >= 2 and w in line
                   for mt in find_all(w, line)]
        named = [k for k in sorted(score) if _named_alone(names[k], line, covered)]
        # (not a place a firm's name opens on: 云州市青禾食品集团有限公司 …社会责任报告 is the firm's)
        firms = [mt.span() for w in firm_names if w in line for mt in find_all(w, line)]
        headed.update(k for k in named if _named_alone(names[k], line, covered + firms))
        for k in named:
            # (云溪区（青禾高新区）…报告: the bracket names the zone the district runs as one with;
            # the report is the district's)
            if not any(_bracketed_after(names[o], names[k], line) for o in named if o != k):
                score[k] += weight
        for k in named:     # 泉州市晋江…, 嘉兴市南湖区: the place inside the one before it, the
            # innermost of a run (云州市云溪区|星澜路街道: the street, not the district between)
            if any(_right_after(names[o], names[k], line) for o in named if o != k) \
                    and not any(_right_after(names[k], names[i], line) for i in named if i != k):
                score[k] += weight // 2
    _city_bodies(rules, lines, names, kinds, ents, score)
    if not score:
        return None
    best = max(sorted(score), key=lambda k: score[k])
    # (a zone or district the head does not name speaks for no document whose head names a district,
    # a city or a zone: 云州市科学技术局…通知, 通辽：…深度报告, 青禾经济开发区…评价报告 name one park most)
    named_kind = sorted(k for k in headed if rules.kind(ents[k]))
    if named_kind and best not in headed and not any(_named_in(names[best], line) for line in lines):
        best = max(named_kind, key=lambda k: score[k])
    # (星澜市投资促进工作领导小组办公室 heading a report on its counties: the city speaks, though the
    # recogniser found it nowhere else; no county the head does not name is the home)
    if _unfound_city_speaks(rules, lines, names) and not any(_named_in(names[best], line) for line in lines):
        return None
    return best


def _subtitle(rules: HomeRules, lines: list[str]) -> str | None:
    """The line under a feature's headline that names its topic (老厂房里的新生 / ——青禾文创园改造记:
    [home] subtitle_mark opens it), else None: a park it names is the story's, as a title's is."""
    mark = re.compile(rules.subtitle_mark)
    return next((line for line in lines[1:] if mark.match(line)), None)


def _unfound_city_speaks(rules: HomeRules, lines: list[str], names: dict[str, set[str]]) -> bool:
    """Whether the first head line opens on a city's body ([home] city_head, city_body) and no
    place found in the document bears the city's name."""
    head = re.match(rules.city_head, lines[0]) if lines else None
    return bool(head) and bool(re.compile(rules.city_body).match(lines[0], head.end())) \
        and not any(head.group(0) in ns for ns in names.values())


def _city_bodies(rules: HomeRules, lines: list[str], names: dict[str, set[str]], kinds: dict[str, str | None],
                 ents: dict[str, Entity], score: Counter) -> None:
    """A head line opening on a city's body (云州市工业和信息化局, 云州市招商服务中心;
    [home] city_body) is the city speaking: the city is named as a title names it, though the
    document names it inside such names only. One opening on a city's body without its name
    (市政府召开第12次常务会议: [home] bare_city_body) names the city the document names most."""
    cities = [k for k in sorted(names) if kinds.get(k) == "district" and not _county_level(rules, ents[k].name)]
    if not cities:
        return
    body, bare = re.compile(rules.city_body), re.compile(rules.bare_city_body)
    for n, line in enumerate(lines):
        weight = rules.title_weight if n == 0 else rules.title_weight // 2
        spoken = [k for k in cities if any(line.startswith(w) and body.match(line, len(w)) for w in names[k] if w)]
        if not spoken and bare.match(line):
            spoken = [max(cities, key=lambda k: score[k])]
        for k in spoken:
            score[k] += weight


def document_head(doc, lines: int = 3, max_len: int = 60) -> list[str]:
    """The title of ``doc`` (kg.model.Document) and the short lines that open it
    (at most ``lines`` in all, each of ``max_len`` characters or fewer, none a
    sentence of the body): what `find_home` reads as the title."""
    head = [doc.title] if doc.title else []
    for s in doc.sentences[:lines]:
        if len(head) >= lines or len(s.text) > max_len:
            break
        if head and s.text.endswith(_SENTENCE_END):
            break       # the body has begun
        if s.text not in head:
            head.append(s.text)
    return head


def _named_in(names: set[str], line: str) -> bool:
    return any(n in line for n in names)


def _named_alone(names: set[str], line: str, covered: list[tuple[int, int]]) -> bool:
    """Whether ``line`` names one of ``names`` outside every longer name of ``covered``."""
    for n in names:
        for mt in find_all(n, line) if n and n in line else ():
            a, b = mt.span()
            if not any(s <= a and b <= e and e - s > b - a for s, e in covered):
                return True
    return False


def short_names(rules: HomeRules, e: Entity) -> list[str]:
    """A zone's name with its kind shortened (烟台开发区, 烟台经开区 for 烟台经济技术开发区:
    [home.kind_short]); none for other things."""
    if rules.kind(e) != "zone":
        return []
    kind = max((z for z, _ in rules.kind_short if e.name.endswith(z) and e.name != z), key=len, default=None)
    if kind is None:
        return []
    stem = e.name[:-len(kind)]
    return [stem + short for short in dict(rules.kind_short)[kind]] if len(stem) >= 2 else []


def _bracketed_after(first: set[str], other: set[str], line: str) -> bool:
    """True when ``line`` names ``other`` in brackets right after ``first`` (X区（Y高新区）)."""
    return any(f"{f}{a}{o}{b}" in line for f in first for o in other if len(o) >= 2
               for a, b in (("（", "）"), ("(", ")")))


def _right_after(outer: set[str], inner: set[str], line: str) -> bool:
    """True when ``line`` names ``inner`` right after ``outer`` (Y市|X区)."""
    return any(o + i in line for o in outer for i in inner if len(i) >= 2)


def _county_level(rules: "HomeRules", name: str) -> bool:
    return name.endswith(rules.county_ends)


def home_words(rules: HomeRules, home: Entity, text: str, taken: list[tuple[int, int]],
               words: list[str] | None = None):
    """Spans of ``text`` that stand for the home: its pronouns, and the bare kind
    of zone it is (高新区, 园区), outside the names already found (``taken``).
    ``words``: these words, when the caller has them (`home_word_list`)."""
    if words is None:
        words = home_word_list(rules, home)
    if not words:
        return
    for mt in _words_regex(tuple(words)).finditer(text):
        a, b = mt.span()
        if not any(a < e and s < b for s, e in taken) and not _ends_area_word(rules, text, a) \
                and not _named_ground(rules, text, a, taken) and not re.search(rules.kind_after, text[max(0, a - 8):a]):
            yield a, b


def _ends_area_word(rules: HomeRules, text: str, a: int) -> bool:
    """Whether the word at ``a`` opens on the last character of an area's kind ([home]
    not_district_ends) the text writes there: 区内 in 园区内, 片区内 is the park's or the area's
    inside, not the district's (区内 a pronoun of the home)."""
    return any(len(w) > 1 and a + 1 >= len(w) and text.startswith(w, a + 1 - len(w)) for w in rules.not_district_ends)


def _named_ground(rules: HomeRules, text: str, a: int, taken) -> bool:
    """Whether the word at ``a`` follows a named place and one of [home] ground_words: 白露街道辖区内的A
    is the street's ground, not the home's (a bare 街道辖区内 still stands for the home)."""
    return any(text.startswith(g, a - len(g)) and any(e == a - len(g) for _, e in taken) for g in rules.ground_words)


def above_counties(lexicon, home: Entity, levels) -> bool:
    """Whether ``home`` is a unit above counties, every level the lexicon gives its name being one
    of ``levels`` (relations.toml [district] no_act_levels: a prefecture-level city, a province):
    a city's document places each thing in its county, district or zone, not in the city.

    >>> from kg.lexicon import Lexicon
    >>> lex = Lexicon.from_rows([{"name": "云州市", "class": "Place", "aliases": "", "en": "", "source": "x",
    ...                          "level": "prefecture"},
    ...                         {"name": "青溪市", "class": "Place", "aliases": "", "en": "", "source": "x",
    ...                          "level": "county"}])
    >>> [above_counties(lex, Entity("Place/" + n, "Place", n), ["prefecture"]) for n in ("云州市", "青溪市", "星澜市")]
    [True, False, False]
    """
    e = lexicon.lookup(home.name, "Place") if home.cls == "Place" else None
    return e is not None and bool(e.levels) and set(e.levels) <= set(levels)


def home_word_list(rules: HomeRules, home: Entity) -> list[str]:
    """The words `home_words` looks for (the same in every sentence of a document)."""
    return list(rules.pronouns) + kind_words(rules, home)


@lru_cache(maxsize=256)
def _words_regex(words: tuple[str, ...]) -> re.Pattern:
    """Any of ``words``, longest first (asked for with the same words in every sentence)."""
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


def kind_words(rules: HomeRules, home: Entity) -> list[str]:
    """The bare kind of zone the home is, its short forms and the name without it:
    高新区 and 松山湖 for 松山湖高新区, 经济技术开发区, 开发区, 经开区 and 北京 for
    北京经济技术开发区 (not 新区 for a 高新区: [home.kind_short] says which are short forms);
    园区 for a park (青禾科技产业园: [home] park_ends, park_words)."""
    ends = [z for z in rules.zone_ends if home.name.endswith(z) and home.name != z]
    if not ends:
        # a park the document speaks for (X科技产业园简介) is 园区 to it, its kind being no zone's
        park = home.cls == "Platform" and home.name.endswith(rules.park_ends) and home.name not in rules.park_ends
        return list(rules.park_words) if park else []
    kind = max(ends, key=len)
    stem = home.name[:-len(kind)]
    return [kind, *dict(rules.kind_short).get(kind, ()), *([stem] if len(stem) >= 2 else [])]
