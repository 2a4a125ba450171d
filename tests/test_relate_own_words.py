"""kg/relate/own_words.py on given mentions (tests/relate_helpers.py): in a document a firm speaks
for itself, the words standing for it (集团, 公司, 发行人) are owners in the ownership patterns, and
nothing else. Names and sentences are invented."""
from __future__ import annotations

import pytest
from relate_helpers import relate_on

E, P, PL, L, T = "Enterprise", "Project", "Platform", "Place", "IndustryTrack"
GROUP = "青禾白露食品集团有限公司"
OPENING = f"{GROUP}（以下简称“白露食品”或“集团”）成立于2009年，主营稻米加工。\n"


def owned(things: dict, text: str, title: str = "2025年度社会责任报告") -> set[tuple[str, str]]:
    r = relate_on({GROUP: E, **things}, (title, OPENING + text))
    return {(s, o) for s, _, o in r.pairs("ownedBy")}


@pytest.mark.parametrize("things,text,want", [
    # 由集团全资建设 / 由集团与Y共同投资: the group, and its partner
    ({"云溪中央厨房项目": P}, "（二）云溪中央厨房项目。项目由集团全资建设，总投资1.3亿元。",
     {("云溪中央厨房项目", GROUP)}),
    ({"墨川秸秆综合利用项目": P, "星澜能源有限公司": E},
     "墨川秸秆综合利用项目今年开工，由集团与星澜能源有限公司共同投资，计划投资4200万元。",
     {("墨川秸秆综合利用项目", GROUP), ("墨川秸秆综合利用项目", "星澜能源有限公司")}),
    # ... a project whose opening sentence names only its site: the item heading's
    ({"云溪中央厨房项目": P, "云溪食品产业园": PL},
     "（三）云溪中央厨房项目。项目位于云溪食品产业园二期，由集团全资建设，总投资1.3亿元。",
     {("云溪中央厨房项目", GROUP)}),
    # (near misses) a word inside a longer one (子公司, 上市公司), a group no firm declared as its own
    ({"云溪中央厨房项目": P}, "（二）云溪中央厨房项目。项目由上市公司投资建设，总投资1.3亿元。", set()),
    ({"云溪中央厨房项目": P}, "（二）云溪中央厨房项目。项目由其他公司建设。", set()),
])
def test_the_groups_own_word_owns_what_it_builds(things, text, want):
    assert owned(things, text) == want


def test_no_own_word_in_a_document_no_firm_speaks_for():
    """A district's report: 集团 there is no firm the document declares as its own."""
    r = relate_on({"云溪中央厨房项目": P, "云溪区": L},
                  ("云溪区2025年工作报告", "（二）云溪中央厨房项目。项目由集团全资建设，总投资1.3亿元。"))
    assert r.pairs("ownedBy") == set()


def test_the_own_word_takes_its_seat_but_no_track():
    """集团总部位于Y places the firm the report speaks for at its seat (located-own-seat, a
    [owner] own_subject_rules pattern, stop 38); 集团深耕预制菜产业 still gives no track."""
    r = relate_on({GROUP: E, "云溪食品产业园": PL, "预制菜": T},
                  ("2025年度社会责任报告", OPENING + "集团总部位于云溪食品产业园。\n集团深耕预制菜产业，带动农户增收。"))
    assert {x[:3] for x in r.facts() if x[1] in ("locatedIn", "inTrack") and x[0] == GROUP} == {
        (GROUP, "locatedIn", "云溪食品产业园")}
