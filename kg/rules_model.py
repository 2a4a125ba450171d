"""What the recognition rules are: a name's heads (`Head`) and the rules read from
kg/data/rules.toml (`Rules`), with the lookups every walk asks of them. kg/rules.py reads
the files into them.

    >>> from kg.rules import load_rules
    >>> load_rules().head_of("星澜科技产业园").cls
    'Platform'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=None)
def rx(pattern: str) -> re.Pattern:
    """``re.compile(pattern)``: the rules' patterns, asked for in every sentence,
    found faster than in re's own cache."""
    return re.compile(pattern)


@lru_cache(maxsize=8)
def any_word(words: tuple[str, ...]) -> re.Pattern | None:
    """The words as one alternation in their order (None: no words): one search finds any of
    them, where a test of each word took a call each in every sentence, and a match at a
    position is the first of them the text starts with there, as that test found.

    >>> any_word(("一是", "一")).match("一是青禾材料").group(), any_word(())
    ('一是', None)
    """
    return re.compile("|".join(map(re.escape, words))) if words else None

DATA = Path(__file__).resolve().parent / "data"
HEAD_OF_MEMO = 50_000     # names whose head Rules.head_of keeps (then it starts again)
# classes whose names never begin with the district or street they lie in (祥符街道|吉如社区)
PLACE_LIKE = ("Place", "CommercialDistrict")


@dataclass(frozen=True)
class Head:
    word: str
    cls: str
    owner: bool
    context: bool
    weak: bool = False
    proper: bool = False
    stop_at_place: bool = False   # the name starts after a district or city before it
    prefix: tuple[str, ...] = ()  # the name must begin with one of these
    honour: bool = False          # after an honour verb (创建, 入选 …) it names a title
    long: bool = False            # a long descriptive name (…第6代…显示器件生产线项目): rules.toml [long_name]
    noun: bool = False            # also an everyday noun inside longer names (汽车滚装码头)
    not_after: tuple[str, ...] = ()  # the modifier may not end in these (宁州市|区: the city's urban area)
    brand: bool = False           # the modifier must hold a proper word that is no place (星澜|云溪基地)
    segment: bool = True          # the segmenter keeps it whole (False: jieba's own weight for an everyday word)
    locality: bool = False        # after a place word no list holds it names the place, no site (X钢铁|半山|基地)
    chain: bool = False           # a chain's brand (X万象汇): a proper word itself; the site is a 商圈 too
    owned: str = ""               # named after a firm that owns it, the thing is of this class too (a firm's park: a project)
    inside: bool = False          # a head only inside a word jieba keeps whole (湘江, 嘉陵江): no name ends so otherwise
    modifier_max: int = 0         # how long its modifier may be (0: [lengths] modifier)
    not_alone: tuple[str, ...] = ()  # the modifier may not be one of these alone (项目|一期: a phase of a name cut off)
    not_before: tuple[str, ...] = ()  # no name ends in the head before these (X基金|公司: the fund's manager)
    # a long head whose modifier may be all kind words (政府引导|基金): a proper word is needed, and these
    # are none there (人才科创|基金)
    kind_words: tuple[str, ...] = ()
    hosted: bool = False          # named by its host's whole name (X有限公司|院士工作站): kg/recognise/hosted_names.py
    # the modifier must hold a word besides the places the lexicon lists (云溪县|白桦|国有林场; 云溪县|国有林场
    # alone is all of the county's)
    own_word: bool = False


@dataclass
class Rules:
    heads: dict[str, Head]
    generic: frozenset[str]
    boundary: frozenset[str]
    enum_nouns: dict[str, str]                # noun -> class
    enum_name_suffix: dict[str, tuple[str, str]]  # noun -> (suffix added to bare items, when)
    enum_counter: str
    track_suffixes: tuple[str, ...]
    track_not_final: tuple[str, ...]
    track_max_len: int
    alias_patterns: tuple[re.Pattern, ...]
    alias_asides: tuple[str, ...]           # the bracketed declarations, as regexes
    alias_leading: tuple = ()               # brackets opening on a full name its short form before declares (X（即…）)
    declared_inside: frozenset[str] = frozenset()  # boundary words a declared name may hold (开发)
    context_before: tuple[str, ...] = ()
    context_after: tuple[str, ...] = ()     # words right after a name that say it is a firm's
    context_agent_marks: tuple[str, ...] = ()   # words before a name that make it an agent (由)
    context_sites: re.Pattern | None = None   # [context] sites_after: X在Y设立… after a clause's first name
    context_agent: tuple[str, ...] = ()     # verbs after 由 + name: the firm that does them
    context_proper_alone: frozenset[str] = frozenset()   # context heads a proper word lets stand alone (星澜|集团)
    joint_marks: tuple[str, ...] = ()       # [context]: A与B合资: the words joining two parties
    joint_verbs: tuple[str, ...] = ()       # ...and the verbs they do together
    name_internal: frozenset[str] = frozenset()
    track_min_unknown: int = 3
    track_context: tuple[str, ...] = ()
    track_not_before: tuple[str, ...] = ()
    head_not_before: tuple[str, ...] = ()
    head_not_before_coined_ok: tuple[str, ...] = ()   # ...unless a coined word names it
    head_not_before_body_ok: tuple[str, ...] = ()     # ...or a body the thing names (X科技城|管理局)
    head_not_before_field_ok: tuple[str, ...] = ()    # ...or a field of the thing (X项目|建设地点)
    not_declared: frozenset = frozenset()     # declared short forms that are common nouns (公司, 本项目)
    modifier_bad_end: tuple[str, ...] = ()
    modifier_suffix_ends: tuple[str, ...] = ()   # bad ends only as a suffix after a root (数字|化, not 文化)
    object_verbs: frozenset = frozenset()
    lone_char_stop_tags: frozenset = frozenset()
    lone_words: frozenset = frozenset()
    topic_heads: frozenset = frozenset()   # [modifier]: bodies named by what they study (联合实验室)
    topic_ends: tuple[str, ...] = ()       # ...whose topic may end as bad_end does (轻量化)
    numeral_stem_counters: str = ""   # [modifier]: after a numeral they make a count, not a place's stem (八角|湾)
    numeral_brand_chars: str = ""   # [modifier]: a numeral of these alone before a noun may be a brand (九三|粮油)
    place_morphemes: str = ""   # [modifier]: one alone after a two-character word closes a place's name (青石|湾)
    time_chars: str = ""   # [modifier]: a word tagged a time holds one of these, or it is a place's stem (湖北|隆中)
    modifier_bad_pattern: re.Pattern | None = None
    frames: dict[str, str] = field(default_factory=dict)    # act verb -> class
    frame_adverbs: tuple[str, ...] = ()
    frame_item_cut: dict = field(default_factory=dict)   # [frame_items]: where an act frame's item stops
    frame_after: dict[str, tuple[str, ...]] = field(default_factory=dict)  # verb -> required lead verbs
    relations: dict = field(default_factory=dict)

    number_units: str = ""
    glued_boundary: str = ""
    party_glued: str = ""                      # 运营|方X: a party's word jieba glued onto the name after it
    party_words: frozenset = frozenset()      # … after these words (运营, 投资)
    inside_glued: str = ""                     # 园区|内X: "inside" glued onto the name after it
    inside_after: tuple[str, ...] = ()        # … after a word ending so (园区, 开发区)
    glued_end: str = ""
    glued_end_after_tags: tuple[str, ...] = ()   # [boundary]: a proper word's tags before X在 (星澜|达在)
    glued_start: str = ""         # [boundary]: joiners glued onto an unknown word's start (及泵头)
    glued_locatives: str = ""
    glued_after_head: str = ""
    stem_cut_units: str = ""     # [boundary]: a unit whose one-character stem jieba cut off the name (米|庄镇)
    name_opening_chars: str = ""   # [boundary]: function characters that open names too (和|瑞中心, 向|山镇)
    stem_cut_stop_tags: tuple[str, ...] = ()   # ...the tags of a word before it that is no part of the name
    stem_cut_measures: str = ""   # ...characters that after a number count (三十|个村), no stem
    stem_cut_sited: tuple[str, ...] = ()   # ...words of siting before a verb or number that is the stem
    stem_cut_sited_tags: tuple[str, ...] = ()   # ...the tags of such a verb or number
    cut_words: tuple[str, ...] = ()   # [boundary]: function words jieba cuts across into a name (其|中X)
    glued_titles: tuple[str, ...] = ()   # [boundary]: a post after a body's head jieba joined to it (局|局长)
    nickname_ends: str = ""   # [boundary]: a city's nickname's last character jieba reads as a word (镁|都: all)
    nickname_stop_tags: tuple[str, ...] = ()   # ...the tags of a character before it that opens no nickname
    before_firm: frozenset = frozenset()   # [boundary]: verbs whose object is a firm (配套|X汽车)
    before_firm_head: frozenset[str] = frozenset()   # end a name before a firm head's name (X有限公司|属|Y集团, 客户|Y集团)
    item_first_tags: tuple[str, ...] = ()   # a one-character word of these tags may open a list item's name
    item_attributive: frozenset = frozenset()   # [boundary]: particles that end a phrase describing a list item (的)
    area_joiners: str = ""        # [boundary]: words joining two areas of a list read as one item (和, 及)
    item_firm_nouns: tuple[str, ...] = ()   # [boundary]: a firm's kind before its place-led name (X企业|浙江Y有限公司)
    glued_words: frozenset = frozenset()
    quantity_units: str = ""
    enum_no_peers: tuple[str, ...] = ()   # [enum] no_peers: no list item of common nouns of these classes
    enum_activity_ends: tuple[str, ...] = ()   # [enum] activity_ends: the ends of names of lines of farm work
    title_max_len: int = 16
    numeral_streets: str = ""     # [place]: the last characters of a street named by a date (五一路)
    unit_labels: tuple[str, ...] = ()   # [place]: words that say where, before a unit's name (地点：, 位于)
    road_heads: tuple[str, ...] = ()    # [place]: the heads of roads' names (路, 大道)
    block_name_ends: tuple[str, ...] = ()   # [place]: what blocks' names end in (X里)
    route_heads: tuple[str, ...] = ()   # [place]: the heads of routes' names (高铁, 高速)
    road_section: re.Pattern | None = None   # [place]: a road's section or extension after its name (南段, 东延)
    road_crossing: re.Pattern | None = None  # [place]: where two roads meet, after a road's name (交叉口)
    road_site_ends: tuple[str, ...] = ()      # [place]: the heads of parks a road's name may be read with
    road_site_area: str = ""                  # [place]: an area of a zone after its word (东区)
    road_site_places: tuple[str, ...] = ()    # [place]: of road_site_ends, those that end a place's name (港区)
    unit_after_name: frozenset[str] = frozenset()   # [place]: units after which a name is the place's stem
    heads_inside_word: str = ""
    inside_word: dict = field(default_factory=dict)   # [head_inside_word]: tags, short_tags, not_first
    greater_area: dict = field(default_factory=dict)
    track_sector_words: tuple[str, ...] = ()
    bureau: dict = field(default_factory=dict)       # [bureau]: 青禾区商务局 (bureaus.bureaus)
    track_tags: dict = field(default_factory=dict)   # [track] word_tags, listed_tags, framed_tags, vouched_tags, frames, kind_frames, kind_lists, kind_list_split, peers_after, summing_only, summing_marks, parts_words, whole_joiners, form_tails, product_ends, product_heads, product_head_after
    place_attributive: dict = field(default_factory=dict)
    place_attributive_after_country: dict = field(default_factory=dict)
    place_peers: dict = field(default_factory=dict)  # [place.peers]: 辖A街道、B街道 (places.unit_peers)
    event_nouns: tuple[str, ...] = ()         # 峰会, 大会: an organisation before one names the event
    brand_boundary: frozenset[str] = frozenset()  # 招商: a verb, and a group's brand
    lexicon_not_continued: tuple[str, ...] = ()  # 部门: 商务部|门 is a department, not the ministry
    soe_short: dict = field(default_factory=dict)  # 市城投: a level and a state-owned group's short form
    variants: dict = field(default_factory=dict)   # [variants]: a name without its opening place or first phase
    track_products: dict = field(default_factory=dict)  # 首批次新材料, 大健康等多产品, 新制造业9条
    alias_suffixes: tuple[str, ...] = ()
    describing: tuple[str, ...] = ()          # 首个, 一批, 的: before a name, it needs a proper word
    located_of: re.Pattern = re.compile("$^")  # 位于X的: a 的 that says where, not what kind
    not_proper: frozenset[str] = frozenset()  # jargon jieba does not know (研发, 智造)
    name_part: frozenset[str] = frozenset()   # generic words a local name may carry (望江智慧产业园)
    district_name_part: frozenset[str] = frozenset()   # … before a commercial district's head (云溪中心商圈)
    counted_after: re.Pattern | None = None   # 项目52个: a counted category
    honour_verbs: tuple[str, ...] = ()
    honour_title_words: tuple[str, ...] = ()
    commercial_context: dict = field(default_factory=dict)
    level_bodies: dict = field(default_factory=dict)
    owner_units: tuple[str, ...] = ()         # 中科院|空间应用中心: a unit of a known institution
    listed_after: dict = field(default_factory=dict)
    clause_start_heads: tuple[str, ...] = ()  # a name with these heads needs no context at a clause start
    appositive_after: tuple[str, ...] = ()    # 上市企业丽尚国潮: a firm noun, then the firm's name
    link: dict = field(default_factory=dict)  # kg/link.py: class words, same heads, street ends
    long_name: dict = field(default_factory=dict)  # how far a long project name runs left
    firm_project: dict = field(default_factory=dict)  # [firm_project]: a firm opening its works' name
    brand: dict = field(default_factory=dict)      # [brand]: what a brand no list holds may not be
    segmenter: dict = field(default_factory=dict)  # which lexicon sources the segmenter keeps whole
    lengths: dict = field(default_factory=dict)   # [lengths]: how long parts of a name may be
    list_frames: tuple[dict, ...] = ()  # 以A、B为代表: words on both sides of a list type its items
    document_names: dict = field(default_factory=dict)  # names sought again in their document
    zone_words: frozenset[str] = frozenset()
    zone_in_zone_heads: frozenset[str] = frozenset()    # 综合保税区: named by the zone it is set up in
    bare_zone_heads: frozenset[str] = frozenset()       # 科创中心: named by a bare zone word too (经开区|科创中心)
    branch_heads: frozenset[str] = frozenset()    # 分园: a park's branch, named by the park and its place
    zone_branch_heads: frozenset[str] = frozenset()   # 片区: a zone's branch in a county (X高新区|云溪|片区)
    zone_branch_units: tuple[str, ...] = ()           # 区, 县, 市: what the county's short name leaves off
    zone_branch_levels: tuple[str, ...] = ()          # county, prefecture: the lexicon's levels of such areas
    zone_branch_zones: tuple[str, ...] = ()           # 高新区, 自由贸易试验区 …: the zones that have such branches
    zone_park_heads: frozenset[str] = frozenset()       # 产业园: named by its zone when its words say a kind
    place_park_heads: frozenset[str] = frozenset()      # 园区: named by a town or county when its words say a kind
    place_park_units: tuple[str, ...] = ()              # 镇, 区: what such a town's or county's name ends in
    zone_part: str = ""                         # after a zone, an area named by where in it it lies
    project_place_heads: frozenset[str] = frozenset()   # heads of areas a project's name may open with
    stem_place_heads: frozenset[str] = frozenset()   # ... which may be its whole stem (柳溪镇|工业园区)
    anaphora_not: frozenset[str] = frozenset()  # heads that never stand bare for a named thing
    anaphora_tails: tuple[str, ...] = ()        # 基地 for …总部基地: the end of a head that stands for it  # 高新区|柏堰科技园: where the name lies, not a word of it
    inner_place: dict = field(default_factory=dict)  # [inner_place]: a place that only opens longer names
    glued_place: dict = field(default_factory=dict)  # [glued_place]: places a head's walk glued together
    relative_alias: dict = field(default_factory=dict)  # [relative_alias]: 省商务厅 of another province
    inner_body: dict = field(default_factory=dict)   # [inner_body]: a body that only opens another body's name
    field_pair: dict = field(default_factory=dict)   # [field_pair]: two fields joined in a body's name
    legal_name: dict = field(default_factory=dict)  # 中芯国际…(天津)有限公司: forms and body heads
    enum_item_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)  # noun -> heads its items keep its class with
    enum_everyday: frozenset[str] = frozenset()  # nouns whose items may be named by everyday words
    enum_min_item: dict = field(default_factory=dict)   # noun -> the fewest characters an item's name has
    data: dict = field(default_factory=dict, repr=False)  # rules.toml as read ([triggers] draws on its keys)

    def __post_init__(self) -> None:
        # longest first, so 一大批 is stripped before 一批
        self.generic_longest_first = tuple(sorted(self.generic, key=len, reverse=True))
        self.max_head = max(map(len, self.heads))
        # [boundary] cut_words: all but the last character -> the last ones (其 -> 中,
        # 主力 -> 店): every token of every sentence is tested against them
        pairs: dict[str, str] = {}
        for w in self.cut_words:
            if len(w) >= 2:
                pairs[w[:-1]] = pairs.get(w[:-1], "") + w[-1]
        self.cut_pairs = pairs
        self._head_of_memo: dict[str, Head | None] = {}
        # the lengths of the heads ending in each character, longest first:
        # only these can end a word in that character
        lens: dict[str, set[int]] = {}
        for h in self.heads:
            lens.setdefault(h[-1], set()).add(len(h))
        self.head_lengths = {ch: tuple(sorted(ns, reverse=True)) for ch, ns in lens.items()}
        self.max_enum_noun = max(map(len, self.enum_nouns))

    def head_class(self, word: str) -> str | None:
        h = self.heads.get(word)
        return h.cls if h else None

    def head_of(self, name: str) -> Head | None:
        """The longest head ``name`` ends with (the name must be longer than it)."""
        # (asked of the same few words again and again: every walk, every candidate;
        # the answer hangs on the name's last characters, the heads never change)
        memo = self._head_of_memo
        h = memo.get(name, memo)
        if h is not memo:
            return h
        if len(memo) >= HEAD_OF_MEMO:
            memo.clear()
        h = memo[name] = self._head_of(name)
        return h

    def _head_of(self, name: str) -> Head | None:
        if not name:
            return None
        most = min(self.max_head, len(name) - 1)
        for n in self.head_lengths.get(name[-1], ()):
            if n <= most:
                h = self.heads.get(name[-n:])
                if h and not h.inside:
                    return h
        return None
