"""kg.matcher: sequence patterns over words and named things, on invented sentences."""
from __future__ import annotations

import pytest

from kg.matcher import Matcher, PatternError, Thing, mask

ENT, PRJ, PLC, TRK = ("Enterprise",), ("Project",), ("Place",), ("IndustryTrack",)


def things_in(text: str, named: dict[str, tuple[str, ...]]) -> list[Thing]:
    out = []
    for name, classes in named.items():
        start = text.find(name)
        assert start >= 0, name
        out.append(Thing(start, start + len(name), classes))
    return sorted(out, key=lambda t: t.start)


def slots(pattern: list[dict], text: str, named: dict, subject="a", object_="b") -> list[tuple]:
    """(subject names, object names) of every match."""
    m = Matcher([{"name": "p", "relation": "locatedIn", "subject": subject, "object": object_,
                  "pattern": pattern}])
    things = things_in(text, named)
    names = [text[t.start:t.end] for t in things]
    return [(tuple(names[i] for i in h.slots.get(subject, [])), tuple(names[i] for i in h.slots.get(object_, [])))
            for h in m.matches(text, things)]


LOCATED = [{"class": ["Enterprise", "Project"], "slot": "a", "list": True},
           {"words": ["签约", "正式"], "op": "*"}, {"words": ["落户", "入驻"]},
           {"class": ["Place"], "slot": "b"}]


@pytest.mark.parametrize("text,named,want", [
    # a list of things before the verb: every item is a subject
    ("星澜科技、墨川网络和青禾药业签约落户云溪区", {"星澜科技": ENT, "墨川网络": ENT, "青禾药业": ENT, "云溪区": PLC},
     [(("星澜科技", "墨川网络", "青禾药业"), ("云溪区",))]),
    # quoted items are items too
    ("“星澜科技”“墨川网络”正式入驻云溪区", {"星澜科技": ENT, "墨川网络": ENT, "云溪区": PLC},
     [(("星澜科技", "墨川网络"), ("云溪区",))]),
    # a class the slot does not take is not matched
    ("数字经济落户云溪区", {"数字经济": TRK, "云溪区": PLC}, []),
    # words must stand as written, between the things
    ("星澜科技拟迁往云溪区", {"星澜科技": ENT, "云溪区": PLC}, []),
    # repeated optional words
    ("星澜智算项目签约正式落户云溪区", {"星澜智算项目": PRJ, "云溪区": PLC}, [(("星澜智算项目",), ("云溪区",))]),
])
def test_list_slot_and_words(text, named, want):
    assert slots(LOCATED, text, named) == want


@pytest.mark.parametrize("gap,want", [(3, []), (8, [(("星澜科技",), ("云溪区",))])])
def test_gap_is_bounded(gap, want):
    pattern = [{"class": ["Enterprise"], "slot": "a"}, {"gap": gap}, {"words": ["落户"]},
               {"class": ["Place"], "slot": "b"}]
    assert slots(pattern, "星澜科技今年上半年落户云溪区", {"星澜科技": ENT, "云溪区": PLC}) == want


def test_gap_does_not_cross_a_clause_or_a_thing():
    pattern = [{"class": ["Enterprise"], "slot": "a"}, {"gap": 20}, {"words": ["落户"]},
               {"class": ["Place"], "slot": "b"}]
    assert slots(pattern, "星澜科技表示，项目落户云溪区", {"星澜科技": ENT, "云溪区": PLC}) == []
    assert slots(pattern, "星澜科技与墨川网络落户云溪区", {"星澜科技": ENT, "墨川网络": ENT, "云溪区": PLC}) \
        == [(("墨川网络",), ("云溪区",))]


def test_start_anchors_a_clause():
    pattern = [{"start": True}, {"words": ["在"], "op": "?"}, {"class": ["IndustryTrack"], "slot": "b"},
               {"words": ["领域"]}]
    named = {"量子信息": TRK, "云溪区": PLC}
    assert slots(pattern, "在量子信息领域，云溪区培育了一批企业", named, subject="b") == [(("量子信息",), ("量子信息",))]
    assert slots(pattern, "云溪区在量子信息领域培育了一批企业", named, subject="b") == []


def test_regex_element():
    pattern = [{"class": ["Enterprise"], "slot": "a", "list": True}, {"regex": "等[^，。]{0,6}?企业"},
               {"words": ["入驻"]}, {"class": ["Place"], "slot": "b"}]
    named = {"星澜科技": ENT, "墨川网络": ENT, "云溪区": PLC}
    assert slots(pattern, "星澜科技、墨川网络等一批企业入驻云溪区", named) == [(("星澜科技", "墨川网络"), ("云溪区",))]


def test_mask_maps_positions_back():
    text = "星澜科技落户云溪区"
    things = things_in(text, {"星澜科技": ENT, "云溪区": PLC})
    masked, who, where = mask(text, things)
    assert len(masked) == 4 and who == [0, -1, -1, 1]
    assert [where[i] for i in range(len(masked))] == [0, 4, 5, 6] and where[-1] == len(text)


def test_nested_things_are_not_masked_twice():
    text = "星澜科技华东总部落户云溪区"
    things = [Thing(0, 8, PRJ), Thing(0, 4, ENT), Thing(10, 13, PLC)]
    masked, who, _ = mask(text, things)
    assert who.count(1) == 0 and len(masked) == 4


@pytest.mark.parametrize("raw,message", [
    ({"name": "x", "relation": "locatedIn", "subject": "a", "object": "b",
      "pattern": [{"class": ["Firm"], "slot": "a"}]}, "unknown class 'Firm'"),
    ({"name": "x", "relation": "locatedIn", "subject": "a", "object": "b",
      "pattern": [{"class": ["Place"], "slot": "a"}]}, "no element has slot 'b'"),
    ({"name": "x", "relation": "locatedIn", "subject": "a", "object": "@home",
      "pattern": [{"class": ["Place"], "slot": "a", "lst": True}]}, "unknown key 'lst'"),
    ({"name": "x", "relation": "locatedIn", "subject": "a", "object": "@home",
      "pattern": [{"words": ["落户"], "op": "{2}"}]}, "op must be one of"),
    ({"name": "x", "relation": "locatedIn", "subject": "a", "object": "@home",
      "pattern": [{"regex": "(["}]}, "bad regex"),
    ({"name": "x", "relation": "locatedIn", "subject": "a", "pattern": []}, "missing 'object'"),
    ({"name": "x", "relation": "locatedIn", "subject": "a", "object": "@home", "pattern": [{}]},
     "an element needs"),
    ({"name": "x", "relation": "locatedIn", "subject": "a", "object": "@home",
      "pattern": [{"class": ["Place"], "slot": "a"}, {"class": ["Place"], "slot": "a"}]}, "two elements have slot"),
])
def test_bad_patterns_say_what_is_wrong(raw, message):
    with pytest.raises(PatternError, match=message):
        Matcher([raw])


def test_every_relation_pattern_compiles():
    # (a pattern's regex is compiled where it is first tried: here, all of them)
    from kg.relate.patterns import default_matcher
    assert all(p.regex.pattern == p.source for p in default_matcher().patterns)


def test_a_good_pattern_compiles_beside_the_bad_ones():
    # positive control for the table above: the same shape, spelt right, compiles and matches
    m = Matcher([{"name": "x", "relation": "locatedIn", "subject": "a", "object": "@home",
                  "pattern": [{"class": ["Place"], "slot": "a", "list": True}, {"words": ["落户"], "op": "?"}]}])
    assert len(m.matches("云溪区", [Thing(0, 3, PLC)])) == 1


ASIDE = r"[（(]\s*(?:以下)?简称[“\"]?(?P<alias>[^”\"）)]{2,12})[”\"]?\s*[）)]"


@pytest.mark.parametrize("asides,want", [
    # an aside the matcher is told of is read through, with the short form named in it
    ([ASIDE], [(("星澜科技", "墨川网络"), ("云溪区",))]),
    # positive control: without it the declaration breaks the list
    ([], [(("墨川网络",), ("云溪区",))]),
])
def test_asides_are_read_through(asides, want):
    text = "星澜科技（以下简称“星澜”）、墨川网络签约落户云溪区"
    named = {"星澜科技": ENT, "星澜": ENT, "墨川网络": ENT, "云溪区": PLC}
    m = Matcher([{"name": "p", "relation": "locatedIn", "subject": "a", "object": "b", "pattern": LOCATED}],
                asides=asides)
    things = things_in(text, named)
    things = [t for t in things if text[t.start:t.end] != "星澜"] + [Thing(10, 12, ENT)]
    names = {i: text[t.start:t.end] for i, t in enumerate(things)}
    got = [(tuple(names[i] for i in h.slots["a"]), tuple(names[i] for i in h.slots["b"]))
           for h in m.matches(text, things)]
    assert got == want


@pytest.mark.parametrize("text,want", [
    ("星澜科技2023年5月落户云溪区", [(("星澜科技",), ("云溪区",))]),
    ("星澜科技今年落户云溪区", [(("星澜科技",), ("云溪区",))]),
    ("星澜科技落户云溪区", [(("星澜科技",), ("云溪区",))]),
    # not a time: the phrase does not stretch to any words
    ("星澜科技首次落户云溪区", []),
])
def test_named_phrases(text, want):
    m = Matcher([{"name": "p", "relation": "locatedIn", "subject": "a", "object": "b",
                  "pattern": [{"class": ["Enterprise"], "slot": "a"}, {"phrase": "time"}, {"words": ["落户"]},
                              {"class": ["Place"], "slot": "b"}]}],
                phrases={"time": r"(?:\d{4}年|今年)?(?:\d{1,2}月)?"})
    things = things_in(text, {"星澜科技": ENT, "云溪区": PLC})
    got = [(tuple(text[things[i].start:things[i].end] for i in h.slots["a"]),
            tuple(text[things[i].start:things[i].end] for i in h.slots["b"])) for h in m.matches(text, things)]
    assert got == want


def test_an_unknown_phrase_is_named():
    with pytest.raises(PatternError, match="unknown phrase 'tiem'"):
        Matcher([{"name": "x", "relation": "locatedIn", "subject": "a", "object": "@home",
                  "pattern": [{"class": ["Place"], "slot": "a"}, {"phrase": "tiem"}]}], phrases={"time": "今年"})


FOCUS = [{"class": ["Place"], "slot": "a"}, {"words": ["重点发展"]},
         {"class": ["IndustryTrack"], "slot": "b", "list": True}]


@pytest.mark.parametrize("text,named,want", [
    # an item of a list of tracks may keep its 产业 before the next one
    ("云溪区重点发展星空产业、墨川材料和青禾服务", {"云溪区": PLC, "星空": TRK, "墨川材料": TRK, "青禾服务": TRK},
     [(("云溪区",), ("星空", "墨川材料", "青禾服务"))]),
    # ... not an item of a list of other things
    ("云溪区重点发展星空产业、墨川材料", {"云溪区": PLC, "星空": TRK, "墨川材料": ENT}, [(("云溪区",), ("星空",))]),
])
def test_a_listed_track_may_keep_its_chanye(text, named, want):
    assert slots(FOCUS, text, named) == want
