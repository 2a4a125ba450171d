"""kg.relate.learned: the learned re-scorer of relations, on invented sentences
and hand-set weights (the trained weights are not what is tested here)."""
from __future__ import annotations

import json

import pytest

from kg.relate import learned
from kg.relate.learned import FORMAT, Model, ModelError
from tests.relate_helpers import documents, find_mentions, link_given, relate_on

THINGS = {"星澜科技": "Enterprise", "墨川新区": "Place", "青禾新区": "Place", "智能制造": "IndustryTrack"}


def candidates_of(text: str, home: str | None = None, rels=()):
    doc = documents(text)[0]
    mentions = [m for s in doc.sentences for m in find_mentions(doc.doc_id, s.index, s.text, THINGS)]
    entities = link_given(mentions)
    got = learned.candidates(doc, mentions, entities, list(rels), home, ("落户",))
    return {(c.s, c.p, c.o): c for c in got}


@pytest.mark.parametrize("text, triple, has, lacks", [
    # the pair of one sentence, its order, what stands between them, the cue word
    ("星澜科技落户墨川新区。", ("Enterprise/星澜科技", "locatedIn", "Place/墨川新区"),
     ["N|rule:locatedIn:none", "N|order:locatedIn:so", "N|between:locatedIn:落户", "N|cue-between:locatedIn:落户",
      "N|types:locatedIn:Enterprise:Place", "N|cooc:locatedIn:2", "N|o-last:locatedIn:区"],
     ["N|apart:locatedIn"]),
    # another place between the two ends: the object is not the subject's nearest place
    ("星澜科技落户青禾新区与墨川新区。", ("Enterprise/星澜科技", "locatedIn", "Place/墨川新区"),
     ["N|intervene:locatedIn:1", "N|nearest:locatedIn:False:True", "N|bw-has:locatedIn:与"],
     ["N|between:locatedIn:落户青禾新区与"]),
    # a firm and a track: inTrack only (no locatedIn into a track: the signature forbids it)
    ("星澜科技深耕智能制造。", ("Enterprise/星澜科技", "inTrack", "IndustryTrack/智能制造"),
     ["N|types:inTrack:Enterprise:IndustryTrack", "N|dist:inTrack:2"], []),
])
def test_features_of_a_pair(text, triple, has, lacks):
    got = candidates_of(text)
    assert triple in got, sorted(got)
    feats = set(got[triple].feats)
    assert set(has) <= feats, sorted(feats)
    assert not set(lacks) & feats


def test_no_candidate_breaks_the_signature():
    got = candidates_of("星澜科技深耕智能制造。")
    assert ("Enterprise/星澜科技", "locatedIn", "IndustryTrack/智能制造") not in got
    assert ("IndustryTrack/智能制造", "inTrack", "Enterprise/星澜科技") not in got


def test_a_thing_is_paired_with_the_home_in_any_sentence():
    got = candidates_of("星澜科技扩大产能。另起一句说墨川新区。", home="Place/墨川新区")
    feats = got[("Enterprise/星澜科技", "locatedIn", "Place/墨川新区")].feats
    assert "N|home:locatedIn:Enterprise" in feats and "N|apart:locatedIn" in feats


def test_a_rules_relation_is_a_candidate_marked_with_its_rule():
    from kg.model import Relation
    r = Relation("Enterprise/星澜科技", "locatedIn", "Place/墨川新区", "d0.txt", 0, "located-verb")
    got = candidates_of("星澜科技落户墨川新区。", rels=[r])
    feats = got[("Enterprise/星澜科技", "locatedIn", "Place/墨川新区")].feats
    assert "R|rule:locatedIn:located-verb" in feats and "R|rule:locatedIn:none" not in feats


def write(tmp_path, data) -> str:
    p = tmp_path / "model.json"
    p.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(p)


def test_weights_load_and_score(tmp_path):
    m = Model({"N|bias:locatedIn": 2.0}, keep=0.3, add=0.7, cues=("落户",), meta={"trained_on": ["x"]})
    back = Model.load(write(tmp_path, m.to_json()))
    assert back.weights == m.weights and (back.keep, back.add, back.cues) == (0.3, 0.7, ("落户",))
    assert back.score(["N|bias:locatedIn"]) == pytest.approx(0.8808, abs=1e-4)
    assert back.score(["unknown"]) == 0.5


@pytest.mark.parametrize("content, says", [
    ("{not json", "cannot be read"),
    ({"format": "gongshu-kg relation model 0", "weights": {}, "keep": 0.5, "add": 0.5}, "format"),
    ([1, 2], "format"),
    ({"format": FORMAT, "weights": {"a": "heavy"}, "keep": 0.5, "add": 0.5}, "bad field"),
    ({"format": FORMAT, "weights": {}}, "bad field"),
])
def test_a_stale_or_corrupt_weights_file_is_one_clear_line(tmp_path, content, says):
    with pytest.raises(ModelError) as e:
        Model.load(write(tmp_path, content))
    msg = str(e.value)
    assert says in msg and "\n" not in msg and "train_relations.py" in msg


def test_a_missing_weights_file_is_one_clear_line(tmp_path):
    with pytest.raises(ModelError, match="cannot be read"):
        Model.load(tmp_path / "none.json")


TEXT = "星澜科技落户墨川新区。"
LOCATED = ("Enterprise/星澜科技", "locatedIn", "Place/墨川新区")
NAMED = ("星澜科技", "locatedIn", "墨川新区")


def pairs(model):
    with learned.using(model):
        return relate_on(THINGS, TEXT)


def test_the_shipped_switch_and_weights():
    from kg.rules import load_rules
    if not load_rules().relations["learned"]["enabled"]:
        assert learned.current() is None            # the rules alone
    shipped = Model.load(learned.MODEL_FILE)         # loads (retrain when the format changes)
    assert shipped.weights and shipped.meta["trained_on"]
    with learned.using(None):
        assert learned.current() is None


def test_the_hook_drops_a_rules_relation_the_weights_score_low():
    assert NAMED in pairs(None).pairs("locatedIn")
    low = Model({"R|bias:locatedIn": -5.0}, keep=0.5, add=0.99)
    assert NAMED not in pairs(low).pairs("locatedIn")
    keep = Model({"R|bias:locatedIn": 5.0}, keep=0.5, add=0.99)
    assert NAMED in pairs(keep).pairs("locatedIn")


def test_the_hook_adds_a_pair_the_weights_score_high_with_its_sentence():
    things = {"星澜科技": "Enterprise", "墨川新区": "Place"}
    text = "星澜科技和墨川新区。"           # no rule relates them
    with learned.using(None):
        assert not relate_on(things, text).pairs("locatedIn")
    high = Model({"N|bias:locatedIn": 5.0, "R|bias:locatedIn": 5.0}, keep=0.5, add=0.9)
    with learned.using(high):
        got = relate_on(things, text)
    r = next(r for r in got.relations if (r.subject, r.predicate, r.object) == LOCATED)
    assert r.rule == learned.RULE and 0.9 <= r.confidence <= 1 and got.evidence(r) == text
