"""kg.link: mentions -> entities (one real thing, one node)."""
from __future__ import annotations

import random

import pytest

from kg.lexicon import Lexicon
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
])
def test_is_not_renamed(a, b, why):
    assert not is_renamed(a, b), why


# -- link ---------------------------------------------------------------------------

def test_same_name_merges():
    ms = [M("星澜科技", "Enterprise", sent=0), M("星澜科技", "Enterprise", sent=3, doc="e.txt")]
    ents, key_of = link(ms)
    assert list(ents) == ["Enterprise/星澜科技"]
    e = ents["Enterprise/星澜科技"]
    assert (e.cls, e.name) == ("Enterprise", "星澜科技")
    assert e.mentions == ms
    assert {key_of[id(m)] for m in ms} == {"Enterprise/星澜科技"}
    assert e.aliases == set()                      # the name is not its own alias


def test_abbreviation_merges_into_the_full_name():
    ms = [M("青禾智能制造产业园", "Platform", sent=0), M("青智园", "Platform", sent=1),
          M("青禾智能制造产业园", "Platform", sent=2)]
    ents, key_of = link(ms)
    assert list(ents) == ["Platform/青禾智能制造产业园"]
    assert ents["Platform/青禾智能制造产业园"].aliases == {"青智园"}
    assert len({key_of[id(m)] for m in ms}) == 1


def test_renamed_platform_merges():
    ms = [M("云栖星辰数字经济未来城", "Platform"), M("云栖星辰数智未来城", "Platform", sent=1)]
    ents, _ = link(ms)
    assert len(ents) == 1
    (e,) = ents.values()
    assert {e.name, *e.aliases} == {"云栖星辰数字经济未来城", "云栖星辰数智未来城"}


def test_name_plus_class_word_merges():
    # 芯空 / 芯空项目 style: a name and the same name with a head word
    ms = [M("青禾", "Project"), M("青禾项目", "Project", sent=1)]
    ents, _ = link(ms)
    assert len(ents) == 1
    (e,) = ents.values()
    assert {e.name, *e.aliases} == {"青禾", "青禾项目"}


def test_homonyms_of_different_classes_stay_apart():
    ms = [M("星河", "Place"), M("星河商圈", "CommercialDistrict", surface="星河", aliases=("星河",)),
          M("星河", "Enterprise", sent=2)]
    ents, key_of = link(ms)
    assert sorted(ents) == ["CommercialDistrict/星河商圈", "Enterprise/星河", "Place/星河"]
    assert [key_of[id(m)] for m in ms] == ["Place/星河", "CommercialDistrict/星河商圈", "Enterprise/星河"]
    assert ents["CommercialDistrict/星河商圈"].aliases == {"星河"}


def test_abbreviation_across_classes_does_not_merge():
    ms = [M("青禾智能制造产业园", "Platform"), M("青智园", "Project", sent=1)]
    ents, _ = link(ms)
    assert sorted(ents) == ["Platform/青禾智能制造产业园", "Project/青智园"]


def test_aliases_are_collected_from_surfaces_and_declared_aliases():
    ms = [M("星澜网络科技有限公司", "Enterprise"),
          M("星澜网络科技有限公司", "Enterprise", surface="星澜", aliases=("星澜",), sent=1,
            rule="declared-alias"),
          M("星澜网络科技有限公司", "Enterprise", surface="星澜网络", sent=2)]
    ents, _ = link(ms)
    assert list(ents) == ["Enterprise/星澜网络科技有限公司"]
    assert ents["Enterprise/星澜网络科技有限公司"].aliases == {"星澜", "星澜网络"}


def test_lexicon_names_win_and_bring_aliases_and_english():
    lex = Lexicon.from_rows([{"name": "墨川网络", "class": "Enterprise", "aliases": "墨川|墨川公司",
                              "en": "Mochuan Networks", "source": "test"}])
    ms = [M("墨川公司", "Enterprise"), M("墨川公司", "Enterprise", sent=1), M("墨川网络", "Enterprise", sent=2)]
    ents, _ = link(ms, lex)
    assert list(ents) == ["Enterprise/墨川网络"]
    e = ents["Enterprise/墨川网络"]
    assert e.en == "Mochuan Networks"
    assert e.aliases == {"墨川", "墨川公司"}


def test_surface_that_is_a_lexicon_alias_merges():
    lex = Lexicon.from_rows([{"name": "墨川网络", "class": "Enterprise", "aliases": "墨川",
                              "en": "", "source": "test"}])
    # the recogniser proposed the surface as its own name in one place only
    ms = [M("墨川网络", "Enterprise", surface="墨川"), M("墨川网络", "Enterprise", sent=1)]
    ents, _ = link(ms, lex)
    assert list(ents) == ["Enterprise/墨川网络"]


def test_extra_classes_are_kept():
    ms = [M("云栖星辰生命科学产业园", "Platform", extra=("Project",)),
          M("云栖星辰生命科学产业园", "Platform", sent=1)]
    ents, _ = link(ms)
    assert ents["Platform/云栖星辰生命科学产业园"].extra_classes == {"Project"}


def test_alias_naming_another_entity_is_dropped():
    # 星澜 is both a surface of the firm's mentions and an entity of its own
    ms = [M("星澜", "Place"), M("星澜科技", "Enterprise"), M("星澜", "Enterprise", sent=1)]
    ents, _ = link(ms)
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


def _summary(ents, key_of, ms):
    return ({k: (e.cls, e.name, frozenset(e.aliases), frozenset(e.extra_classes), len(e.mentions))
             for k, e in ents.items()},
            sorted((m.doc_id, m.sentence, m.name, key_of[id(m)]) for m in ms))


def test_keys_do_not_depend_on_mention_order():
    ms = _corpus_like_mentions()
    ents, key_of = link(ms)
    want = _summary(ents, key_of, ms)
    assert len(want[0]) == 10
    for seed in range(20):
        shuffled = ms[:]
        random.Random(seed).shuffle(shuffled)
        e2, k2 = link(shuffled)
        assert _summary(e2, k2, shuffled) == want, f"seed {seed}"


@pytest.mark.xfail(strict=True, reason=(
    "link() unions a mention's alias with another mention's name only if that name was "
    "seen earlier (kg/link.py, the `a in names_by_cls[m.cls]` test in the first loop): "
    "with the alias-bearing mention first, 墨川网络 and 墨川科技 stay two entities"))
def test_alias_to_name_merge_does_not_depend_on_order():
    a = M("墨川网络", "Enterprise", surface="墨川", aliases=("墨川科技",))
    b = M("墨川科技", "Enterprise", sent=1)
    first, _ = link([b, a])
    second, _ = link([a, b])
    assert sorted(first) == sorted(second) == ["Enterprise/墨川网络"]


@pytest.mark.xfail(strict=True, reason=(
    "a full name shortened by dropping a middle word is not linked: is_renamed needs a "
    "non-empty middle in both names and is_abbreviation a short form of at most 4 "
    "characters (the bundled corpus has 华东医药生命产业园 beside 华东医药生命科学产业园 "
    "in one document: two Platforms in the build)"))
def test_name_with_a_middle_word_dropped_merges():
    ms = [M("云栖星辰生命科学产业园", "Platform"), M("云栖星辰生命产业园", "Platform", sent=1)]
    ents, _ = link(ms)
    assert list(ents) == ["Platform/云栖星辰生命科学产业园"]
