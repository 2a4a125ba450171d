"""kg/recognise/town_stems.py (rules.toml [place] town_stem_units): a word before a park's
head that jieba holds for a common word or a verb names the park when the sentence sets it
before a unit of government too (X工业园区 … X镇). On INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, check, names

P, PL, T = "Place", "Platform", "IndustryTrack"


@pytest.mark.parametrize("text, want", [
    # jieba's verb before the head: the walk took nothing, the town's stem opens the name
    case("展望工业园区地处青禾县展望镇，主攻精细化工。", {"展望工业园区": PL, "青禾县": P, "精细化工": T},
         id="verb-stem-town"),
    # a dictionary noun before the head, the same word a township's stem further on
    case("晨星工业区完成第二批厂房改造，晨星乡新增就业岗位800个。", {"晨星工业区": PL, "晨星乡": P},
         id="noun-stem-township"),
    # near misses: the same words with no place named by them are no park's names
    case("展望工业园区发展前景广阔。", {}, id="no-town-verb"),
    case("建设工业园区，推动产业升级。", {}, id="frame-verb-no-town"),
    # ... nor a word the sentence sets before a unit only inside a title (一流|先进|镇)
    case("评选出一流先进园区，授予三个乡镇一流先进镇称号。", {}, id="title-not-town"),
    case("年终考核对先进园区、先进镇分别奖励。", {}, id="grade-listed-with-town"),
])
def test_town_stems(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, name", [
    # a name the walk found already stays as it was
    case("星澜集团在墨川市松涛经济开发区投资建设电池项目，松涛街道配套建设人才公寓。", "松涛经济开发区",
         id="proper-stem-unchanged"),
])
def test_found_names_kept(recogniser, text, name):
    assert name in names(recogniser, text)
