"""Where a 商圈's name opens when the walk left of its head stopped inside it
(kg/recognise/district_openings.py, rules.toml [place] district_opening, bare_district_stems):
a street or square named by a date opens with the date, and a bare 广场 takes the noun before
it. Invented sentences throughout."""
from __future__ import annotations

import pytest

from recognition import case, check, names

CD = "CommercialDistrict"


@pytest.mark.parametrize("text, want", [
    # a square named by a date the dictionary tags a numeral (五四|广场|商圈)
    case("墨川新开的影院将与五四广场商圈连成一片。", {"五四广场商圈": CD}, id="date-square"),
    # a street so named, the date cut apart by the segmenter (七|一路|商圈)
    case("青禾区着力打造七一路商圈。", {"七一路商圈": CD}, id="date-road-cut"),
    # a street so named, the date a word of its own (五一|街|商圈)
    case("推动五一街商圈提质升级，引进首店。", {"五一街商圈": CD}, id="date-street"),
    # a bare square word takes the noun before it (中心|广场|商圈)
    case("中心广场商圈是墨川最热闹的消费地。", {"中心广场商圈": CD}, id="noun-square"),
])
def test_a_districts_name_opens_before_a_date_or_a_bare_square(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, absent", [
    # a verb before a bare square is no word of the name
    case("全力打造广场商圈。", "打造广场商圈", id="verb-before-square"),
    # a count before a square counts it (十一个|广场): no date
    case("云溪新建十一个广场商圈。", "十一个广场商圈", id="count-before-square"),
    case("云溪新建十一个广场商圈。", "一个广场商圈", id="count-before-square-short"),
    # a proper name before the street stays as the walk found it
    case("星澜路商圈客流回升。", "商圈", id="named-street"),
])
def test_what_the_district_opening_leaves(recogniser, text, absent):
    assert absent not in names(recogniser, text)
