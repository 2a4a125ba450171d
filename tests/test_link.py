"""kg.link: mentions -> entities (one real thing, one node)."""
from __future__ import annotations

import random

import pytest

from kg.lexicon import Entry, Lexicon
from kg.link import is_abbreviation, is_renamed, link
from kg.model import Mention


def M(name, cls, surface=None, sent=0, doc="d.txt", aliases=(), extra=(), rule="test"):
    surface = surface or name
    return Mention(doc, sent, 0, len(surface), surface, cls, name, rule, aliases=aliases, extra=extra)


# -- is_abbreviation / is_renamed ------------------------------------------------------

@pytest.mark.parametrize("short,long", [
    ("数产园", "数字经济产业园"),          # the corpus's own example
    ("青智园", "青禾智能制造产业园"),       # invented, same shape
    ("云星园", "云栖星辰生命科学产业园"),
    ("星科", "星澜数字科"),
])
def test_is_abbreviation(short, long):
    assert is_abbreviation(short, long)


@pytest.mark.parametrize("short,long,why", [
    ("杭钢", "杭州钢铁集团", "last characters differ"),
    ("智产园", "数字经济产业园", "first characters differ"),
    ("数业产园", "数字经济产业园", "characters out of order"),
    ("星澜", "星澜科技", "a prefix is not an abbreviation"),
    ("数产园", "数产园", "same length"),
    ("数字经济产业园", "数产园", "the long form does not abbreviate the short"),
    ("数字产业园区", "数字经济产业园区", "too long to be an abbreviation"),
    ("数园", "数产园", "only one character shorter"),
    ("星川湖区", "星川湖景区", "a name plus its last character is another place (a district, a scenic area)"),
])
def test_is_not_abbreviation(short, long, why):
    assert not is_abbreviation(short, long), why


@pytest.mark.parametrize("a,b", [
    ("大运河数字经济未来城", "大运河数智未来城"),
    ("云栖星辰数字经济未来城", "云栖星辰数智未来城"),
    ("云栖星辰数智未来城", "云栖星辰数字经济未来城"),   # either way round
])
def test_is_renamed(a, b):
    assert is_renamed(a, b)


@pytest.mark.parametrize("a,b,why", [
    ("云栖星辰数字经济未来城", "云栖星辰数字经济未来城", "the same name"),
    ("云数智未来城", "云数字未来城", "too short"),
    ("云栖星辰数字经济产业园", "云栖星辰数智未来城", "different tails"),
    ("青禾数字经济未来城", "云栖数字经济未来城", "different heads"),
    ("云栖星辰数字经济未来城", "云栖星辰生命健康科技创新未来城", "middle too long"),
    ("青川功能材料产业园", "青川永磁电机产业园", "a head of two characters: two parks' kinds, not a new name"),
])
def test_is_not_renamed(a, b, why):
    assert not is_renamed(a, b), why



@pytest.mark.parametrize("a,b,same", [
    # two parks of one zone named for two tracks that open alike (新材料 / 新能源装备: the shared head
    # ends inside the words): two parks
    ("云溪高新区新材料产业园", "云溪高新区新能源装备产业园", False),
    ("星澜开发区新能源产业园", "星澜开发区新材料产业园", False),
    # (near miss: a track and its new short name, 数字经济 / 数智: one thing renamed)
    ("云栖星辰数字经济未来城", "云栖星辰数智未来城", True),
])
def test_parks_of_tracks_opening_alike_are_two(a, b, same):
    from kg.lexicon import default_lexicon
    from kg.link import why_same
    from kg.rules import load_rules
    short, long = sorted((a, b), key=len)
    assert (why_same(short, long, load_rules(), default_lexicon(), set(), "Platform") is not None) is same


@pytest.mark.parametrize("short, long, cls, same", [
    # a track and the same word with a trade word after it (装备, 材料) are two tracks
    ("墨川电力", "墨川电力装备", "IndustryTrack", False),
    ("青禾光电", "青禾光电材料", "IndustryTrack", False),
    # (near miss: a firm's name and that name with its trade word are one firm)
    ("墨川电力", "墨川电力装备", "Enterprise", True),
])
def test_a_track_with_a_trade_word_after_it_is_another_track(short, long, cls, same):
    from kg.lexicon import default_lexicon
    from kg.link import why_same
    from kg.rules import load_rules
    assert (why_same(short, long, load_rules(), default_lexicon(), set(), cls) is not None) is same


# -- link ---------------------------------------------------------------------------

def test_same_name_merges():
    ms = [M("星澜科技", "Enterprise", sent=0), M("星澜科技", "Enterprise", sent=3, doc="e.txt")]
    ents = link(ms)
    assert list(ents) == ["Enterprise/星澜科技"]
    e = ents["Enterprise/星澜科技"]
    assert (e.cls, e.name) == ("Enterprise", "星澜科技")
    assert e.mentions == ms
    assert {m.key for m in ms} == {"Enterprise/星澜科技"}
    assert e.aliases == set()                      # the name is not its own alias


@pytest.mark.parametrize("surface, rule, aliases", [
    # a bare head standing for the park named before it is a reference, not one of its names
    ("园区", "head-anaphora", set()),
    # (near miss: the same word declared the park's short form by the text is an alias)
    ("园区", "declared-alias", {"园区"}),
])
def test_an_anaphors_words_are_no_alias(surface, rule, aliases):
    ms = [M("青禾智能制造产业园", "Platform", sent=0), M("青禾智能制造产业园", "Platform", surface, sent=1, rule=rule)]
    ents = link(ms)
    assert ents["Platform/青禾智能制造产业园"].aliases == aliases
    assert {m.key for m in ms} == {"Platform/青禾智能制造产业园"}


def test_abbreviation_merges_into_the_full_name():
    ms = [M("青禾智能制造产业园", "Platform", sent=0), M("青智园", "Platform", sent=1),
          M("青禾智能制造产业园", "Platform", sent=2)]
    ents = link(ms)
    assert list(ents) == ["Platform/青禾智能制造产业园"]
    assert ents["Platform/青禾智能制造产业园"].aliases == {"青智园"}
    assert len({m.key for m in ms}) == 1


@pytest.mark.parametrize("short,long,merged", [
    ("云峰区", "云峰港东港区", False),       # a district of its own, not the port area
    ("青溪镇", "青山溪口镇", False),
    ("青智园", "青禾智能制造产业园", True),   # a park is shortened so (near miss: not a place)
])
def test_place_names_are_not_abbreviated(short, long, merged):
    cls = "Platform" if long.endswith("园") else "Place"
    ents = link([M(long, cls), M(short, cls, sent=1)])
    assert (len(ents) == 1) is merged


def test_known_track_is_no_abbreviation_of_a_track_joined_to_it():
    lex = Lexicon.from_rows([{"name": "星材料", "class": "IndustryTrack", "source": "test"}])
    ms = [M("星澜能源星材料", "IndustryTrack"), M("星材料", "IndustryTrack", sent=1)]
    assert sorted(link(ms, lex)) == ["IndustryTrack/星材料", "IndustryTrack/星澜能源星材料"]
    # (an unknown short track is still taken for a short form)
    ms = [M("星澜能源星材料", "IndustryTrack"), M("星能料", "IndustryTrack", sent=1)]
    assert sorted(link(ms, lex)) == ["IndustryTrack/星澜能源星材料"]
    # (nor is a known track the short form of a longer one it is not listed with)
    lex = Lexicon.from_rows([{"name": "星服务", "class": "IndustryTrack", "source": "test"}])
    ms = [M("星计算与澜力服务", "IndustryTrack"), M("星服务", "IndustryTrack", sent=1)]
    assert sorted(link(ms, lex)) == ["IndustryTrack/星服务", "IndustryTrack/星计算与澜力服务"]


def test_renamed_platform_merges():
    ms = [M("云栖星辰数字经济未来城", "Platform"), M("云栖星辰数智未来城", "Platform", sent=1)]
    ents = link(ms)
    assert len(ents) == 1
    (e,) = ents.values()
    assert {e.name, *e.aliases} == {"云栖星辰数字经济未来城", "云栖星辰数智未来城"}


def test_name_plus_class_word_merges():
    # 芯空 / 芯空项目 style: a name and the same name with a head word
    ms = [M("青禾", "Project"), M("青禾项目", "Project", sent=1)]
    ents = link(ms)
    assert len(ents) == 1
    (e,) = ents.values()
    assert {e.name, *e.aliases} == {"青禾", "青禾项目"}


def test_homonyms_of_different_classes_stay_apart():
    ms = [M("星河", "Place"), M("星河商圈", "CommercialDistrict", surface="星河", aliases=("星河",)),
          M("星河", "Enterprise", sent=2)]
    ents = link(ms)
    assert sorted(ents) == ["CommercialDistrict/星河商圈", "Enterprise/星河", "Place/星河"]
    assert [m.key for m in ms] == ["Place/星河", "CommercialDistrict/星河商圈", "Enterprise/星河"]
    assert ents["CommercialDistrict/星河商圈"].aliases == {"星河"}


def test_abbreviation_across_classes_does_not_merge():
    ms = [M("青禾智能制造产业园", "Platform"), M("青智园", "Project", sent=1)]
    ents = link(ms)
    assert sorted(ents) == ["Platform/青禾智能制造产业园", "Project/青智园"]


def test_aliases_are_collected_from_surfaces_and_declared_aliases():
    ms = [M("星澜网络科技有限公司", "Enterprise"),
          M("星澜网络科技有限公司", "Enterprise", surface="星澜", aliases=("星澜",), sent=1,
            rule="declared-alias"),
          M("星澜网络科技有限公司", "Enterprise", surface="星澜网络", sent=2)]
    ents = link(ms)
    assert list(ents) == ["Enterprise/星澜网络科技有限公司"]
    assert ents["Enterprise/星澜网络科技有限公司"].aliases == {"星澜", "星澜网络"}


def test_lexicon_names_win_and_bring_aliases_and_english():
    lex = Lexicon.from_rows([{"name": "墨川网络", "class": "Enterprise", "aliases": "墨川|墨川公司",
                              "en": "Mochuan Networks", "source": "test"}])
    ms = [M("墨川公司", "Enterprise"), M("墨川公司", "Enterprise", sent=1), M("墨川网络", "Enterprise", sent=2)]
    ents = link(ms, lex)
    assert list(ents) == ["Enterprise/墨川网络"]
    e = ents["Enterprise/墨川网络"]
    assert e.en == "Mochuan Networks"
    assert e.aliases == {"墨川", "墨川公司"}


def test_surface_that_is_a_lexicon_alias_merges():
    lex = Lexicon.from_rows([{"name": "墨川网络", "class": "Enterprise", "aliases": "墨川",
                              "en": "", "source": "test"}])
    # the recogniser proposed the surface as its own name in one place only
    ms = [M("墨川网络", "Enterprise", surface="墨川"), M("墨川网络", "Enterprise", sent=1)]
    ents = link(ms, lex)
    assert list(ents) == ["Enterprise/墨川网络"]


def test_extra_classes_are_kept():
    ms = [M("云栖星辰生命科学产业园", "Platform", extra=("Project",)),
          M("云栖星辰生命科学产业园", "Platform", sent=1)]
    ents = link(ms)
    assert ents["Platform/云栖星辰生命科学产业园"].extra_classes == {"Project"}


def test_alias_naming_another_entity_is_dropped():
    # 星澜 is both a surface of the firm's mentions and an entity of its own
    ms = [M("星澜", "Place"), M("星澜科技", "Enterprise"), M("星澜", "Enterprise", sent=1)]
    ents = link(ms)
    for e in ents.values():
        for a in e.aliases:
            assert f"{e.cls}/{a}" not in ents


def _corpus_like_mentions():
    return [
        M("青禾智能制造产业园", "Platform", sent=0),
        M("青智园", "Platform", sent=5),
        M("云栖星辰数字经济未来城", "Platform", sent=1),
        M("云栖星辰数智未来城", "Platform", sent=7, doc="e.txt"),
        M("星河商圈", "CommercialDistrict", surface="星河", aliases=("星河",), sent=2),
        M("星河", "Place", sent=3),
        M("星澜科技", "Enterprise", sent=2),
        M("星澜科技", "Enterprise", sent=4, doc="e.txt"),
        M("锦程医药华东研发总部", "Project", sent=6),
        M("锦程医药", "Enterprise", sent=6),
        M("青禾", "Project", sent=8),
        M("青禾项目", "Project", sent=9),
        M("智能网联", "IndustryTrack", sent=1),
        M("数字文旅", "IndustryTrack", sent=1),
    ]


def _summary(ents, ms):
    return ({k: (e.cls, e.name, frozenset(e.aliases), frozenset(e.extra_classes), len(e.mentions))
             for k, e in ents.items()},
            sorted((m.doc_id, m.sentence, m.name, m.key) for m in ms))


def test_keys_do_not_depend_on_mention_order():
    ms = _corpus_like_mentions()
    ents = link(ms)
    want = _summary(ents, ms)
    assert len(want[0]) == 10
    for seed in range(20):
        shuffled = ms[:]
        random.Random(seed).shuffle(shuffled)
        e2 = link(shuffled)
        assert _summary(e2, shuffled) == want, f"seed {seed}"


def test_alias_to_name_merge_does_not_depend_on_order():
    a = M("墨川网络", "Enterprise", surface="墨川", aliases=("墨川科技",))
    b = M("墨川科技", "Enterprise", sent=1)
    first = link([b, a])
    second = link([a, b])
    assert sorted(first) == sorted(second) == ["Enterprise/墨川网络"]


def test_name_with_a_middle_word_dropped_merges():
    ms = [M("云栖星辰生命科学产业园", "Platform"), M("云栖星辰生命产业园", "Platform", sent=1)]
    ents = link(ms)
    assert list(ents) == ["Platform/云栖星辰生命科学产业园"]


# -- names that look alike but are two things ---------------------------------------

def test_a_name_with_its_middle_cut_out_is_not_an_abbreviation():
    # 杭州中心 / 杭州电竞中心 shape: a place word plus a generic head, two venues
    assert not is_abbreviation("青禾中心", "青禾电竞中心")
    ms = [M("青禾中心", "Project"), M("青禾电竞中心", "Project", sent=1),
          M("青禾市知识产权交易服务中心", "Project", sent=2)]
    ents = link(ms)
    assert sorted(ents) == ["Project/青禾中心", "Project/青禾市知识产权交易服务中心", "Project/青禾电竞中心"]
    assert all(e.aliases == set() for e in ents.values())


def test_two_projects_of_one_owner_are_not_a_renaming():
    # 阿斯利康中国东部总部 / 阿斯利康数字医疗东部总部 shape: the shared head is the owner
    ms = [M("墨川", "Enterprise"), M("墨川中国东部总部", "Project", sent=1),
          M("墨川数字医疗东部总部", "Project", sent=2)]
    ents = link(ms)
    assert {"Project/墨川中国东部总部", "Project/墨川数字医疗东部总部"} <= set(ents)


def test_a_listed_name_does_not_take_a_bare_prefix_as_alias():
    # 武林 (an area in a list of 片区) is not 武林广场 (a square the lexicon lists)
    lex = Lexicon.from_rows([{"name": "星河广场", "class": "Place", "source": "test"},
                             {"name": "星河街道", "class": "Place", "source": "test"}])
    ents = link([M("星河", "Place"), M("星河广场", "Place", sent=1)], lex)
    assert sorted(ents) == ["Place/星河", "Place/星河广场"]
    # ... but a class word does not make another thing: 半山 is 半山街道
    ents = link([M("星河", "Place"), M("星河街道", "Place", sent=1)], lex)
    assert list(ents) == ["Place/星河街道"] and ents["Place/星河街道"].aliases == {"星河"}
    # ... unless the short name is a road's: 星河路街道 is named after 星河路, not the road
    ents = link([M("星河路", "Place"), M("星河路街道", "Place", sent=1)], lex)
    assert sorted(ents) == ["Place/星河路", "Place/星河路街道"]


def test_two_lexicon_entries_stay_two_things():
    # 生产性服务业 / 高端生产性服务业: the curator listed both
    lex = Lexicon.from_rows([{"name": "智造服务业", "class": "IndustryTrack", "source": "test"},
                             {"name": "高端智造服务业", "class": "IndustryTrack", "source": "test"}])
    ents = link([M("智造服务业", "IndustryTrack"), M("高端智造服务业", "IndustryTrack", sent=1)], lex)
    assert sorted(ents) == ["IndustryTrack/智造服务业", "IndustryTrack/高端智造服务业"]
    assert all(e.aliases == set() for e in ents.values())


@pytest.mark.parametrize("names, want", [
    # a document's fuller name of a lexicon track (kg/recognise/forms.py) is an entity of its own
    ([("星装备制造", "星装备制造业"), ("星装备", "星装备")], ["IndustryTrack/星装备", "IndustryTrack/星装备制造"]),
    ([("星装备制造", "星装备制造")], ["IndustryTrack/星装备制造"]),
    # ... not the lexicon's name said otherwise (星装产业, 星装) or with an industry word (星装备业)
    ([("星装备", "星装备产业"), ("星装备", "星装")], ["IndustryTrack/星装备"]),
    ([("星装备业", "星装备业"), ("星装备", "星装备")], ["IndustryTrack/星装备"]),
])
def test_a_fuller_name_of_a_lexicon_track_is_a_track_of_its_own(names, want):
    lex = Lexicon.from_rows([{"name": "星装备", "class": "IndustryTrack", "source": "test",
                              "aliases": "星装备制造|星装备制造业|星装备产业|星装备业|星装"}])
    ms = [M(n, "IndustryTrack", surface=s, sent=i, doc=f"d{i}.txt") for i, (n, s) in enumerate(names)]
    assert sorted(link(ms, lex)) == want


def test_a_surface_naming_another_class_is_not_an_alias():
    # 杭钢 (the firm) in a list of 重点片区 became 杭钢片区; the firm's name is not its alias
    lex = Lexicon.from_rows([{"name": "青禾集团", "class": "Enterprise", "aliases": "青禾", "source": "test"}])
    ms = [M("青禾片区", "Place", surface="青禾", rule="enumeration+suffix"), M("青禾集团", "Enterprise", surface="青禾")]
    ents = link(ms, lex)
    assert ents["Place/青禾片区"].aliases == set()
    assert ents["Enterprise/青禾集团"].aliases == {"青禾"}


# -- names that differ but are one thing --------------------------------------------

def test_street_and_its_pedestrian_street_are_one_district():
    lex = Lexicon.from_rows([{"name": "云栖路", "class": "CommercialDistrict", "source": "test"}])
    ms = [M("云栖路步行街", "CommercialDistrict"), M("云栖路", "CommercialDistrict", sent=1),
          M("云栖路美食街", "CommercialDistrict", sent=2)]
    ents = link(ms, lex)
    assert list(ents) == ["CommercialDistrict/云栖路"]
    assert ents["CommercialDistrict/云栖路"].aliases == {"云栖路步行街", "云栖路美食街"}


def test_a_place_and_its_commercial_district_stay_apart():
    # 大运河 the canal, 大运河商圈, 大运河数智未来城: three things
    ms = [M("云河", "Place"), M("云河商圈", "CommercialDistrict", sent=1),
          M("云河数智未来城", "Platform", sent=2), M("云河路", "Place", sent=3),
          M("云河路步行街", "CommercialDistrict", sent=4)]
    ents = link(ms)
    assert len(ents) == 5


@pytest.mark.parametrize("a,b", [
    ("青禾医院星河院区", "青禾医院星河分院"),     # a hospital campus
    ("星澜片区", "星澜区块"),                   # a planning area
    ("星澜园区", "星澜工业园"),                 # a park
    ("白鹭巷街区", "白鹭巷历史文化街区"),         # a historic block, named short
    ("墨川高新区", "墨川高新技术产业开发区"),     # a zone's short form
    ("墨川经开区", "墨川经济技术开发区"),
])
def test_interchangeable_heads_merge(a, b):
    cls = ("Project" if "医院" in a else "Place" if "区块" in b else "CommercialDistrict" if "街区" in a
           else "Platform")
    ents = link([M(a, cls), M(b, cls, sent=1)])
    assert len(ents) == 1


def test_greater_district_is_the_district():
    ms = [M("大星河商圈", "CommercialDistrict"), M("星河商圈", "CommercialDistrict", sent=1),
          M("大星河", "Place", sent=2), M("星河", "Place", sent=3)]
    ents = link(ms)
    assert len([k for k in ents if k.startswith("CommercialDistrict/")]) == 1
    assert {"Place/大星河", "Place/星河"} <= set(ents)     # only 商圈 names are widened so


def test_declared_alias_links_whatever_the_order():
    # （以下简称“青智园”） and 原名 declarations reach the recogniser as mention aliases
    a = M("青禾智能制造产业园", "Platform", aliases=("青智园",), rule="declared-alias", surface="青智园")
    b = M("青智园", "Platform", sent=3)
    c = M("星澜数字科技", "Enterprise", aliases=("星澜网络",), rule="declared-alias", surface="星澜网络", sent=4)
    d = M("星澜网络", "Enterprise", sent=5)
    for order in ([a, b, c, d], [d, c, b, a], [b, d, a, c]):
        ents = link(order)
        assert sorted(ents) == ["Enterprise/星澜数字科技", "Platform/青禾智能制造产业园"]


def test_merge_trace_names_the_rule():
    trace = []
    link([M("云栖星辰数字经济未来城", "Platform"), M("云栖星辰数智未来城", "Platform", sent=1)], trace=trace)
    assert trace == [("云栖星辰数智未来城", "云栖星辰数字经济未来城", "renamed")]


@pytest.mark.parametrize("name, classes", [
    ("青禾新区", {"Place"}),          # a new area is an area with a government as well as a zone
    ("云溪星澜新区", {"Place"}),
    ("青禾协同创新区", set()),         # 创新区 is a head of its own: a platform only
    ("青禾高新区", set()),
])
def test_a_new_area_is_a_place_too(name, classes):
    ents = link([M(name, "Platform")])
    assert ents[f"Platform/{name}"].extra_classes == classes


@pytest.mark.parametrize("cls,short,long,merged", [
    ("Enterprise", "星澜云溪集团", "青禾星澜云溪集团", True),     # a long name ending with a short one
    ("IndustryTrack", "云溪光电材料", "高端云溪光电材料", False),  # a track so named is a segment
    # a chain's site (a firm the lexicon knows, then heads) is one of many: a place picks one out
    ("CommercialDistrict", "万达广场商圈", "云溪万达广场商圈", False),
    ("CommercialDistrict", "星澜湖广场商圈", "云溪星澜湖广场商圈", True),
])
def test_a_name_ending_with_another_merges_except_tracks(cls, short, long, merged):
    from kg.lexicon import default_lexicon
    ents = link([M(short, cls), M(long, cls, sent=1)], default_lexicon())
    assert (len(ents) == 1) == merged


@pytest.mark.parametrize("short,long,why", [
    ("星澜数智未来城", "星澜数字经济未来城", "renamed"),          # a middle word shortened
    ("云溪科技产业园", "云溪智能制造产业园", None),              # the middle word a track: another park
])
def test_a_changed_middle_naming_a_track_is_another_park(short, long, why):
    from kg.lexicon import default_lexicon
    from kg.link.same import why_same
    from kg.rules import load_rules
    assert why_same(short, long, load_rules(), default_lexicon(), set(), "Platform") == why


def test_a_mall_named_by_a_chains_brand_is_a_project_alone_unless_a_mention_says():
    # rules.toml [[head]] chain: a project; a commercial district too only where a sentence
    # has shops open in it (kg/recognise/chain_malls.py gives the mention the class)
    ents = link([M("云岫万象汇", "Project"), M("云岫科创大厦", "Project", sent=1)])
    assert ents["Project/云岫万象汇"].extra_classes == set()
    assert ents["Project/云岫科创大厦"].extra_classes == set()


@pytest.mark.parametrize("short,long,cls,why", [
    # two places in the middle: two sites of one owner
    ("星澜（甘肃）数据中心", "星澜（贵州）数据中心", "Project", None),
    # a body's head dropped from the middle: the institute is a firm of its own
    ("青禾重型机床有限公司", "青禾重型机床研究所有限公司", "Enterprise", None),
    # ... but a dropped word of the name is a renaming still
    ("星澜医药生命产业园", "星澜医药生命科学产业园", "Platform", "renamed"),
    # two registered names with a changed middle: a group and its subsidiary, two firms of one owner
    ("云溪星澜铝材有限公司", "云溪星澜铝业集团有限公司", "Enterprise", None),
    ("白露墨川铝电力有限公司", "白露墨川西氧化铝有限公司", "Enterprise", None),
    # ... names no legal form ends: renamed still
    ("云溪星澜数智未来城", "云溪星澜数字经济未来城", "Platform", "renamed"),
])
def test_a_changed_middle_naming_another_site_or_body(short, long, cls, why):
    from kg.lexicon import default_lexicon
    from kg.link.same import why_same
    from kg.rules import load_rules
    assert why_same(short, long, load_rules(), default_lexicon(), set(), cls) == why


@pytest.mark.parametrize("short,long,why", [
    # a firm's own words and its legal form: the longer name is the same firm
    ("星澜储能科技有限公司", "墨川星澜储能科技有限公司", "suffix"),
    # a trade and a legal form only end many firms' names: none of them
    ("科技有限公司", "墨川星澜储能科技有限公司", None),
    ("电子科技有限公司", "青禾云岫电子科技有限公司", None),
])
def test_a_legal_form_with_a_trade_only_names_no_firm(short, long, why):
    from kg.lexicon import default_lexicon
    from kg.link.same import why_same
    from kg.rules import load_rules
    assert why_same(short, long, load_rules(), default_lexicon(), set(), "Enterprise") == why


def test_firms_sharing_only_a_trade_and_legal_form_stay_apart():
    ents = link([M("科技有限公司", "Enterprise"), M("墨川龙腾液压科技有限公司", "Enterprise", sent=1),
                 M("青禾星澜储能科技有限公司", "Enterprise", sent=2)])
    assert "Enterprise/墨川龙腾液压科技有限公司" in ents and "Enterprise/青禾星澜储能科技有限公司" in ents


# -- a name that ends the names of two other things joins neither ---------------------

@pytest.mark.parametrize("names,cls,want", [
    (["星澜经济开发区管委会", "青禾高新技术产业开发区管委会", "开发区管委会"], "Institution",
     ["Institution/开发区管委会", "Institution/星澜经济开发区管委会", "Institution/青禾高新技术产业开发区管委会"]),
    (["墨川区经济发展局", "云溪开发区经济发展局", "经济发展局"], "Institution",
     ["Institution/云溪开发区经济发展局", "Institution/墨川区经济发展局", "Institution/经济发展局"]),
    (["星澜石材装备制造产业园", "青禾高新区装备制造产业园", "装备制造产业园"], "Platform",
     ["Platform/星澜石材装备制造产业园", "Platform/装备制造产业园", "Platform/青禾高新区装备制造产业园"]),
], ids=["two-zones-bodies", "two-bureaus", "two-parks"])
def test_suffix_of_two_things_joins_neither(names, cls, want):
    ms = [M(n, cls, doc=f"d{i}.txt") for i, n in enumerate(names)]
    assert sorted(link(ms)) == want


@pytest.mark.parametrize("names,cls,want", [
    # one longer name: the short one is its short form
    (["星澜经济开发区管委会", "开发区管委会"], "Institution", ["Institution/星澜经济开发区管委会"]),
    # the longer names end one another: one thing named ever more fully
    (["云溪港区星澜石化配套园", "港区星澜石化配套园", "星澜石化配套园"], "Platform",
     ["Platform/云溪港区星澜石化配套园"]),
], ids=["one-long", "nested-longs"])
def test_suffix_of_one_thing_still_joins(names, cls, want):
    ms = [M(n, cls, doc=f"d{i}.txt") for i, n in enumerate(names)]
    assert sorted(link(ms)) == want


def test_suffix_of_names_declared_one_thing_still_joins():
    # the text declares the two longer names one body (简称): the short one is that body's too
    ms = [M("星澜经济开发区管委会", "Institution", aliases=("星澜开发区管委会",)),
          M("星澜开发区管委会", "Institution", doc="e.txt"), M("开发区管委会", "Institution", doc="f.txt")]
    assert sorted(link(ms)) == ["Institution/星澜经济开发区管委会"]


# -- a body named by its level alone is the body of its document's district ------------

@pytest.mark.parametrize("names,docs,want", [
    # one document names the district's bureau in full and by its level: one body
    (["墨川区工业和信息化局", "区工业和信息化局"], ["d.txt", "d.txt"], ["Institution/墨川区工业和信息化局"]),
    (["市工业和信息化局", "市工信局"], ["d.txt", "d.txt"], ["Institution/市工业和信息化局"]),
    # two documents: each 区 is its own district, each 市 its own city
    (["墨川区工业和信息化局", "区工业和信息化局"], ["d.txt", "e.txt"],
     ["Institution/区工业和信息化局", "Institution/墨川区工业和信息化局"]),
    (["云溪市投资促进局", "市投资促进局"], ["d.txt", "e.txt"], ["Institution/云溪市投资促进局", "Institution/市投资促进局"]),
    (["市工业和信息化局", "市工信局"], ["d.txt", "e.txt"], ["Institution/市工业和信息化局", "Institution/市工信局"]),
    # near misses: a body named by its place, and a firm opening with a level, join across documents
    (["星澜集团云溪研究院", "集团云溪研究院"], ["d.txt", "e.txt"], ["Institution/星澜集团云溪研究院"]),
], ids=["one-document", "one-document-abbreviation", "two-documents", "two-cities",
        "two-documents-abbreviation", "no-level"])
def test_a_level_body_is_its_documents(names, docs, want):
    ms = [M(n, "Institution", doc=d, sent=i) for i, (n, d) in enumerate(zip(names, docs))]
    assert sorted(link(ms)) == want


@pytest.mark.parametrize("names,docs,want", [
    # a bureau named by its remit alone is the zone's bureau the document names in full
    (["星澜高新区经济发展局", "经济发展局"], ["d.txt", "d.txt"], ["Institution/星澜高新区经济发展局"]),
    # ... but another document's is another zone's or county's
    (["星澜高新区经济发展局", "经济发展局"], ["d.txt", "e.txt"],
     ["Institution/星澜高新区经济发展局", "Institution/经济发展局"]),
    # near miss: a bureau named by its city joins across documents
    (["青禾省云溪市商务发展局", "云溪市商务发展局"], ["d.txt", "e.txt"], ["Institution/青禾省云溪市商务发展局"]),
], ids=["one-document", "two-documents", "named-by-its-city"])
def test_a_bare_bureau_is_its_documents(names, docs, want):
    ms = [M(n, "Institution", doc=d, sent=i) for i, (n, d) in enumerate(zip(names, docs))]
    assert sorted(link(ms)) == want


def test_a_provincial_firm_joins_across_documents():
    ms = [M("青禾省星澜贸易集团", "Enterprise"), M("省星澜贸易集团", "Enterprise", doc="e.txt")]
    assert sorted(link(ms)) == ["Enterprise/青禾省星澜贸易集团"]


@pytest.mark.parametrize("docs, want", [
    # a level's bureau of four characters ends the district's in the document that names both
    (["d.txt", "d.txt"], ["Institution/墨川区发改局"]),
    # near miss: another document's 区发改局 is another district's
    (["d.txt", "e.txt"], ["Institution/区发改局", "Institution/墨川区发改局"]),
], ids=["one-document", "two-documents"])
def test_a_short_level_body_joins_its_districts(docs, want):
    ms = [M("墨川区发改局", "Institution", doc=docs[0]), M("区发改局", "Institution", doc=docs[1], sent=1)]
    assert sorted(link(ms)) == want


# -- a parent and its local company (kg/link/branches.py) ------------------------------------

@pytest.mark.parametrize("names, docs, want", [
    # a document naming the local company and the parent's registered name: X is the parent
    (["星澜能源", "星澜能源（白城）有限公司", "星澜能源股份有限公司"], ["d", "d", "d"],
     [{"星澜能源", "星澜能源股份有限公司"}, {"星澜能源（白城）有限公司"}]),
    (["青禾风电", "青禾风电（云溪）有限公司", "青禾风电有限公司"], ["d", "d", "d"],
     [{"青禾风电", "青禾风电有限公司"}, {"青禾风电（云溪）有限公司"}]),
    # near miss: no parent's registered name, so X is the local company's short name
    (["墨川芯片", "墨川芯片（南京）有限公司"], ["d", "d"],
     [{"墨川芯片", "墨川芯片（南京）有限公司"}]),
    # near miss: the parent named with 集团, no legal form: X stays with the local company
    (["白露化工", "白露化工（茂名）有限公司", "白露化工集团"], ["d", "d", "d"],
     [{"白露化工", "白露化工（茂名）有限公司", "白露化工集团"}]),
    # near miss: the parent's registered name only in another document
    (["云溪电子", "云溪电子（黄石）有限公司", "云溪电子股份有限公司"], ["d", "d", "e"],
     [{"云溪电子", "云溪电子（黄石）有限公司", "云溪电子股份有限公司"}]),
    # near miss: a firm and its short name in one document still merge
    (["星澜重工", "星澜重工股份有限公司"], ["d", "d"], [{"星澜重工", "星澜重工股份有限公司"}]),
])
def test_a_parent_and_its_local_company_stay_two(names, docs, want):
    ms = [M(n, "Enterprise", sent=i, doc=d) for i, (n, d) in enumerate(zip(names, docs))]
    ents = link(ms, Lexicon([]))
    got = sorted(({e.name, *e.aliases} for e in ents.values()), key=min)
    assert got == sorted(want, key=min)


@pytest.mark.parametrize("mentions, want", [
    # the local company and X first met in one sentence (a table row's 母公司 column): X is the parent
    ([("星澜糖业（耿马）有限公司", 3), ("星澜糖业", 3)], [{"星澜糖业"}, {"星澜糖业（耿马）有限公司"}]),
    ([("青禾新材（云溪）有限公司", 0), ("青禾新材", 0), ("青禾新材", 5)], [{"青禾新材"}, {"青禾新材（云溪）有限公司"}]),
    # near misses: X first said in a later sentence is the local company's short name
    ([("墨川芯片（南京）有限公司", 1), ("墨川芯片", 4)], [{"墨川芯片", "墨川芯片（南京）有限公司"}]),
    ([("白露电子（黄石）有限公司", 2), ("白露电子（黄石）有限公司", 3), ("白露电子", 3)],
     [{"白露电子", "白露电子（黄石）有限公司"}]),
])
def test_a_parent_first_named_beside_its_local_company_stays_apart(mentions, want):
    ms = [M(n, "Enterprise", sent=i) for n, i in mentions]
    ents = link(ms, Lexicon([]))
    got = sorted(({e.name, *e.aliases} for e in ents.values()), key=min)
    assert got == sorted(want, key=min)


# -- a unit inside a park is a platform of its own ([link] unit_heads) ------------------------

@pytest.mark.parametrize("a, b, same", [
    ("星澜数字经济产业园", "星澜数字经济产业园众创空间", False),
    ("青禾智造园", "青禾智造园科技企业孵化器", False),
    ("云溪软件园", "云溪软件园创新创业中心", False),
    ("墨川生物医药产业园", "墨川生物医药产业园加速器", False),
    # near misses: a class word or an interchangeable head names the park itself
    ("白露智谷", "白露智谷项目", True),
    ("白露智造产业园", "白露智造园区", True),
])
def test_a_unit_inside_a_park_is_not_the_park(a, b, same):
    ents = link([M(a, "Platform"), M(b, "Platform", sent=1)], Lexicon([]))
    assert (len(ents) == 1) is same


# -- an owner's registered name cut from a unit's name (kg/link/same.py legal_cut) -------------

@pytest.mark.parametrize("cls, a, b, docs, same", [
    ("Enterprise", "国网云溪供电公司", "国网星澜省电力有限公司云溪供电公司", ("d", "d"), True),
    ("Enterprise", "青禾能源白露分公司", "青禾能源集团有限公司白露分公司", ("d", "d"), True),
    ("Project", "墨川化工尾气回收改造项目", "墨川化工股份有限公司尾气回收改造项目", ("d", "d"), True),
    # near misses: the cut middle is no legal name, the unit too short, or two documents
    ("Enterprise", "国网云溪供电公司", "国网星澜省电力集团云溪供电公司", ("d", "d"), False),
    ("Enterprise", "青禾分公司", "青禾能源有限公司分公司", ("d", "d"), False),
    ("Project", "墨川化工尾气回收改造项目", "墨川化工股份有限公司尾气回收改造项目", ("d", "e"), False),
])
def test_an_owners_legal_name_cut_from_a_units_name(cls, a, b, docs, same):
    ents = link([M(a, cls, doc=docs[0]), M(b, cls, sent=1, doc=docs[1])], Lexicon([]))
    assert (len(ents) == 1) is same


# -- a firm's trade name and its registered name (kg/link/registered.py) ------------------------

PLACES = Lexicon([Entry("云溪省", "Place", aliases=("云溪",)), Entry("白露市", "Place"), Entry("墨川县", "Place"),
                  Entry("亿星锂能", "Enterprise")])


@pytest.mark.parametrize("short, long, docs, same", [
    ("星澜锂能", "云溪星澜锂能科技有限公司", ("d", "d"), True),         # a province, 科技 and a legal form cut
    ("青禾新材料", "白露市墨川青禾新材料有限公司", ("d", "d"), True),   # a city and a county (墨川 of 墨川县)
    ("霁月纸业", "云溪霁月纸业股份有限公司", ("d", "d"), True),        # a province's short form (云溪)
    ("松烟生物", "云溪松烟生物药业有限公司", ("d", "d"), True),         # a trade word (药业) too
    # near misses: another document, words before it that are no place, a trade word only,
    # words after it that are the firm's own (光子: another firm's trade name inside a longer one)
    ("星澜锂能", "云溪星澜锂能科技有限公司", ("d", "e"), False),
    ("星澜锂能", "金山星澜锂能科技有限公司", ("d", "d"), False),
    ("新能源", "云溪新能源科技有限公司", ("d", "d"), False),
    ("霁月微精", "霁月微精光子科技股份有限公司", ("d", "d"), False),
    # the word its legal form opens with kept, the trade words before it cut
    ("星澜股份", "云溪星澜智能装备股份有限公司", ("d", "d"), True),
    ("青禾集团", "白露青禾玻璃钢集团有限公司", ("d", "d"), True),
    ("墨川集团", "墨川陶瓷（集团）股份有限公司", ("d", "d"), True),
    ("青禾集团", "白露青禾玻璃钢股份有限公司", ("d", "d"), False),     # no 集团 in it
    ("青禾集团", "白露青禾玻璃钢复合材料制品集团有限公司", ("d", "d"), False),  # too many trade words cut
    # a firm the lexicon knows: its registered name, not its local company's after a place
    ("亿星锂能", "亿星锂能科技股份有限公司", ("d", "d"), True),
    ("亿星锂能", "白露亿星锂能有限公司", ("d", "d"), False),
])
def test_a_trade_name_is_its_firms_registered_name(short, long, docs, same):
    ms = [M(long, "Enterprise", doc=docs[0]), M(short, "Enterprise", sent=1, doc=docs[1])]
    assert (len(link(ms, PLACES)) == 1) is same


def test_a_trade_name_two_registered_names_share_joins_neither():
    ms = [M("云溪星澜纸业股份有限公司", "Enterprise"), M("白露星澜纸业有限公司", "Enterprise", sent=1),
          M("星澜纸业", "Enterprise", sent=2)]
    assert len(link(ms, PLACES)) == 3
    # near miss: one registered name in the document, the other in another
    ms[1] = M("白露星澜纸业有限公司", "Enterprise", sent=1, doc="e.txt")
    assert len(link(ms, PLACES)) == 2


# -- a later phase is a work of its own ([link] later_phases) -------------------------------

@pytest.mark.parametrize("cls, a, b, same", [
    ("Project", "墨川云谷", "墨川云谷三期", False),
    ("Project", "星澜储能电池项目", "星澜储能电池项目二期", False),
    ("Project", "青禾智造园", "青禾智造园二期项目", False),
    ("CommercialDistrict", "白露天街", "白露天街二期", False),
    ("Project", "云溪数据中心", "云溪数据中心四期工程", False),
    # near misses: the first phase, and a name with its class word, are the thing itself
    ("Project", "墨川云谷", "墨川云谷一期", True),
    ("Project", "星澜储能电池", "星澜储能电池项目", True),
])
def test_a_later_phase_is_not_the_thing_it_extends(cls, a, b, same):
    ents = link([M(a, cls), M(b, cls, sent=1)], Lexicon([]))
    assert (len(ents) == 1) is same


# -- a project's short form in the document naming it in full (kg/link/project_short.py) ----

@pytest.mark.parametrize("a, b, docs, same", [
    ("星澜项目", "星澜12英寸晶圆二期扩产项目", ("d", "d"), True),            # a trade name and 项目
    ("青禾生物三期项目", "青禾生物创新药产业化基地三期项目", ("d", "d"), True),  # the phase kept
    ("墨川华南生产基地", "墨川高端医疗器械华南生产基地项目", ("d", "d"), True),  # a product dropped
    ("白露项目", "云溪白露半导体封装测试项目", ("d", "d"), True),              # a place before the trade name
    ("霁月新材料硅粉项目", "云溪霁月新材料有限公司年产2万吨高纯硅粉项目", ("d", "d"), True),
    # near misses: another document; another phase; a later phase of the thing itself;
    # a place's name and a head (云溪中心 is not 云溪会展中心); the full name's last words
    ("星澜项目", "星澜12英寸晶圆二期扩产项目", ("d", "e"), False),
    ("青禾生物二期项目", "青禾生物创新药产业化基地三期项目", ("d", "d"), False),
    ("墨川云谷项目", "墨川云谷三期项目", ("d", "d"), False),
    ("云溪中心", "云溪会展中心", ("d", "d"), False),
    ("入园项目", "白露工业区入园项目", ("d", "d"), False),
    ("12英寸晶圆项目", "星澜12英寸晶圆二期扩产项目", ("d", "d"), False),   # a number opens no name
])
def test_a_projects_short_form_is_the_project(a, b, docs, same):
    lex = Lexicon([Entry("云溪县", "Place", aliases=("云溪",))])
    ents = link([M(b, "Project", doc=docs[0]), M(a, "Project", sent=1, doc=docs[1])], lex)
    assert (len(ents) == 1) is same


def test_a_projects_short_form_fitting_two_projects_joins_neither():
    ms = [M("星澜一期储能项目", "Project"), M("星澜二期光伏项目", "Project", sent=1), M("星澜项目", "Project", sent=2)]
    assert len(link(ms, Lexicon([]))) == 3
    # near miss: the other project in another document
    ms[1] = M("星澜二期光伏项目", "Project", sent=1, doc="e.txt")
    assert len(link(ms, Lexicon([]))) == 2


# -- a body named with its words' short forms (kg/link/body_words.py, [link] short_words) ----

@pytest.mark.parametrize("a, b, docs, same", [
    ("市工信局", "云溪市工业和信息化局", ("d", "d"), True),        # a level, and 工信 for 工业和信息化
    ("区发改局", "白露市墨川区发展和改革局", ("d", "d"), True),
    ("市科技局", "云溪市科学技术局", ("d", "d"), True),
    ("市发改委", "市发展和改革委员会", ("d", "d"), True),
    ("星澜经开区管委会", "星澜经济技术开发区管理委员会", ("d", "d"), True),
    # near misses: another document's bureau; another level's; another remit
    ("市工信局", "云溪市工业和信息化局", ("d", "e"), False),
    ("市工信局", "墨川区工业和信息化局", ("d", "d"), False),
    ("区发改局", "云溪市发展和改革局", ("d", "d"), False),
    ("市科技局", "云溪市工业和信息化局", ("d", "d"), False),
    ("星澜经开区管委会", "青禾经济技术开发区管理委员会", ("d", "d"), False),
])
def test_a_bodys_short_words_name_the_body(a, b, docs, same):
    ents = link([M(b, "Institution", doc=docs[0]), M(a, "Institution", sent=1, doc=docs[1])], Lexicon([]))
    assert (len(ents) == 1) is same


def test_a_bodys_short_form_fitting_two_bodies_joins_neither():
    ms = [M("云溪市工业和信息化局", "Institution"), M("白露市工业和信息化局", "Institution", sent=1),
          M("市工信局", "Institution", sent=2)]
    assert len(link(ms, Lexicon([]))) == 3


# -- a firm's short form of its registered name's characters (kg/link/firm_short.py) ---------

@pytest.mark.parametrize("short, long, docs, same", [
    ("星澜复材", "云溪星澜复合材料股份有限公司", ("d", "d"), True),       # a place cut, 复合材料 / 复材
    ("青禾重装", "青禾集团（白露）重型装备有限公司", ("d", "d"), True),    # a bracketed place, 集团 cut
    ("墨川材料", "白露市墨川功能材料股份有限公司", ("d", "d"), True),      # a trade word cut
    ("墨川城投集团", "白露市墨川城市建设投资集团有限公司", ("d", "d"), True),
    # near misses: another document; words before it that are no place; another firm's 公司;
    # too many words cut at once; two registered names it fits
    ("星澜复材", "云溪星澜复合材料股份有限公司", ("d", "e"), False),
    ("星澜复材", "金山星澜复合材料股份有限公司", ("d", "d"), False),
    ("墨川油田公司", "白露墨川油田星澜石油装备有限公司", ("d", "d"), False),
    ("星澜集团", "云溪星澜玻璃钢复合材料制品集团有限公司", ("d", "d"), False),
])
def test_a_firms_short_form_of_its_registered_name(short, long, docs, same):
    ms = [M(long, "Enterprise", doc=docs[0]), M(short, "Enterprise", sent=1, doc=docs[1])]
    assert (len(link(ms, PLACES)) == 1) is same


def test_a_firms_short_form_fitting_two_firms_joins_neither():
    ms = [M("云溪星澜复合材料股份有限公司", "Enterprise"), M("白露星澜复合材料有限公司", "Enterprise", sent=1),
          M("星澜复材", "Enterprise", sent=2)]
    assert len(link(ms, PLACES)) == 3

# -- a name of kind words only in one document, ending another's name (kg/link/kind_names.py)

@pytest.mark.parametrize("short, long, cls, one_doc, merged", [
    ("云纺织星材料产业园", "星澜墨川云纺织星材料产业园", "Platform", False, False),   # a kind of park: each district's own
    ("云纺织园区管委会", "墨川云纺织园区管委会", "Institution", False, False),
    ("经开区管委会", "墨川经开区管委会", "Institution", False, True),   # heads only: the document's own body
    ("云纺织星材料产业园", "星澜墨川云纺织星材料产业园", "Platform", True, True),     # one document: its short form
    ("青禾体育公园", "白露青禾体育公园", "Project", False, True),         # a name of its own (青禾): one thing
])
def test_a_kind_name_of_another_document_is_another_thing(short, long, cls, one_doc, merged):
    lex = Lexicon.from_rows([{"name": n, "class": "IndustryTrack", "source": "test"} for n in ("云纺织", "星材料")])
    ms = [M(long, cls, doc="d1.txt"), M(short, cls, sent=1, doc="d1.txt" if one_doc else "d2.txt")]
    assert (len(link(ms, lex)) == 1) is merged


@pytest.mark.parametrize("track, merged", [
    ("星装备制造", False),     # the corpus reads 星装备制造 as a track: 星装备制造产业园 is a kind of park
    (None, True),             # (near miss: no list nor document makes it a track)
])
def test_a_track_the_corpus_names_makes_a_kind_name(track, merged):
    ms = [M("墨川星装备制造产业园", "Platform", doc="d1.txt"), M("星装备制造产业园", "Platform", sent=1, doc="d2.txt")]
    if track:
        ms.append(M(track, "IndustryTrack", sent=2, doc="d2.txt"))
    ents = [k for k in link(ms, Lexicon.from_rows([])) if k.startswith("Platform/")]
    assert (len(ents) == 1) is merged


# -- a park of a narrower kind: a track before the zone's other park's name ------------

@pytest.mark.parametrize("short,long,cls,why", [
    ("装备制造园", "光伏装备制造园", "Platform", None),          # 光伏 a track: two parks
    ("装备制造园", "新能源装备制造园", "Platform", None),
    ("装备制造园", "墨川装备制造园", "Platform", "suffix"),       # a place's word: the one park
    ("星澜装备制造园", "云溪星澜装备制造园", "Platform", "suffix"),
    ("星澜储能科技有限公司", "光伏星澜储能科技有限公司", "Enterprise", "suffix"),  # parks only
], ids=["pv", "new-energy", "place-word", "named-park", "firm"])
def test_a_track_before_a_park_name_is_another_park(short, long, cls, why):
    from kg.lexicon import default_lexicon
    from kg.link.same import why_same
    from kg.rules import load_rules
    assert why_same(short, long, load_rules(), default_lexicon(), set(), cls) == why


def test_a_narrower_parks_name_and_the_broader_in_one_document_stay_two():
    from kg.lexicon import default_lexicon
    ents = link([M("光伏装备制造园", "Platform"), M("装备制造园", "Platform", sent=1)], default_lexicon())
    assert sorted(ents) == ["Platform/光伏装备制造园", "Platform/装备制造园"]


# -- a name read only as a firm's brand stays a thing of its own ------------------------

@pytest.mark.parametrize("brand_rule,other,want", [
    # a table's brand column: the brand, an Enterprise the firm owns
    ("table-brand", None, ["Enterprise/云南青禾源食品有限公司", "Enterprise/青禾源"]),
    ("own-brand", None, ["Enterprise/云南青禾源食品有限公司", "Enterprise/青禾源"]),
    # the name used in prose too: the firm's short form, as ever (one entity, named by its commoner name)
    ("table-brand", "test", ["Enterprise/青禾源"]),
    # no brand's mark: the trade name is the firm's short form
    ("test", None, ["Enterprise/云南青禾源食品有限公司"]),
], ids=["brand-column", "own-brand", "brand-and-prose", "no-mark"])
def test_a_name_read_only_as_a_brand_is_not_the_firms_short_form(brand_rule, other, want):
    from kg.lexicon import default_lexicon
    ms = [M("云南青禾源食品有限公司", "Enterprise"), M("青禾源", "Enterprise", sent=1, rule=brand_rule)]
    if other:
        ms.append(M("青禾源", "Enterprise", sent=2, rule=other))
    assert sorted(link(ms, default_lexicon())) == want


@pytest.mark.parametrize("rule,want", [
    ("table-brand", ["Enterprise/墨川", "Enterprise/墨川集团"]),
    ("test", ["Enterprise/墨川集团"]),          # near miss: no brand's mark, the group's short name
], ids=["brand", "no-mark"])
def test_a_brand_of_a_group_named_with_a_class_word_stays_apart(rule, want):
    from kg.lexicon import default_lexicon
    ms = [M("墨川集团", "Enterprise"), M("墨川", "Enterprise", sent=1, rule=rule)]
    assert sorted(link(ms, default_lexicon())) == want


def test_brand_counts_survive_the_builders_records():
    from kg.builder.work import merge_names
    from kg.link import uses
    us = uses([M("青禾", "Enterprise", rule="table-brand")])
    rec = [(u.cls, u.name, u.count, sorted(u.surfaces), sorted(u.aliases), sorted(u.extra), u.first, u.unbound,
            u.brand) for u in us.values()]
    total = {}
    merge_names(total, rec, 0)
    merge_names(total, rec, 1)
    assert total[("Enterprise", "青禾")].brand == 2 == total[("Enterprise", "青禾")].count


@pytest.mark.parametrize("short,long,same", [
    # a material joined to its own form names a track of both ([track] derived_forms): the form is
    # a track beside it, no short form of it
    ("锆合金", "锆及锆合金", False),
    ("石墨烯", "石墨和石墨烯", False),
    # (near miss: no derived pair, the linker's other reasons hold: 锆材 is no form of 锆)
    ("锆合金", "锆材及锆合金", True),
])
def test_a_form_is_no_short_form_of_its_derived_pair(short, long, same):
    from kg.lexicon import default_lexicon
    from kg.link import why_same
    from kg.rules import load_rules
    assert (why_same(short, long, load_rules(), default_lexicon(), set(), "IndustryTrack") is not None) is same


@pytest.mark.parametrize("short, long, cls, why", [
    # a plan's zone written short by its place and kind (a table of the plan's zones)
    ("星澜核心区", "星澜城郊民宿核心区", "Platform", "zone-cut"),
    ("白露河谷带", "白露河谷茶旅带", "Platform", "zone-cut"),
    # (near misses: another kind, one character of the place, or no platform)
    ("星澜核心区", "星澜城郊民宿片区", "Platform", None),
    ("星核心区", "星澜城郊民宿核心区", "Platform", None),
    ("星澜核心区", "星澜城郊民宿核心区", "Place", None),
])
def test_a_plans_zone_cut_to_its_place_and_kind(short, long, cls, why):
    from kg.lexicon import default_lexicon
    from kg.link import why_same
    from kg.rules import load_rules
    got = why_same(short, long, load_rules(), default_lexicon(), set(), cls)
    assert got == why if why else got != "zone-cut"
