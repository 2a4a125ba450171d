"""A place's first character jieba cut off as a number (kg/recognise/stems.py numeral_place):
a one-character numeral and the whole words after it that spell a place the lexicon knows or
a county's short form (八|公山 of 八公山区) stay in the name the walk reads; a count does not.
Sentences with INVENTED names (星澜, 青禾) and real county names."""
from __future__ import annotations

import pytest

from recognition import case, check

PL, I = "Platform", "Institution"


@pytest.mark.parametrize("text, want", [
    # a county's short form opening with a numeral jieba reads as a number (八|公山)
    case("项目落户八公山食品产业园。", {"八公山食品产业园": PL}, id="county-short-form-park"),
    case("星澜市八公山茶叶行业协会召开年会。", {"星澜市八公山茶叶行业协会": I}, id="city-then-county-association"),
    # near misses: a numeral counting firms, parks or tracks is no word of a name
    case("八家企业入驻星澜产业园。", {"星澜产业园": PL}, id="count-of-firms"),
    case("三个园区实现营收增长。", {}, id="count-of-parks"),
    case("五大产业加快发展。", {}, id="count-of-tracks"),
])
def test_a_numeral_that_opens_a_place(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a numeral inside a registered name is the brand's: the walk left crosses it
    case("项目单位：青岚十八湾旅游开发有限公司", {"青岚十八湾旅游开发有限公司": "Enterprise"},
         id="two-character-numeral-inside-a-legal-name"),
    case("项目业主是墨山三七产业投资有限公司", {"墨山三七产业投资有限公司": "Enterprise"},
         id="numeral-after-a-place-stem"),
    # near misses: a count before the firms' kind is the clause's, no word of a name
    case("全市培育十大农业投资有限公司", {}, id="count-with-a-counter"),
    case("园区内共有三十余家科技有限公司", {}, id="count-of-firms-before-a-legal-form"),
])
def test_a_numeral_inside_a_registered_name(recogniser, text, want):
    check(recogniser, text, want)
