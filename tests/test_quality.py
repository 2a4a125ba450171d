"""Quality floors: extraction scored against both development gold sets.

Builds each set's corpus the way the acceptance test does (``kg build`` into a
graph file) and runs the project-independent scorer (../shared/eval/score.py)
on it, so extraction quality cannot silently regress; and cross-validates by
document over every document of both sets, each built alone without the
lexicon entries taken from it. The figures are in README.md.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.pipeline import build

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "eval" / "score.py"

# Floors (issue 9's acceptance); raise them as extraction improves, never lower them.
SETS = {
    # name: (corpus, gold, files, typed entity F1, relation F1, every class and relation)
    "seeds": (SHARED / "corpus", SHARED / "eval" / "gold", 5, 0.92, 0.80, 0.75),
    "cities": (SHARED / "eval" / "cities" / "corpus", SHARED / "eval" / "cities" / "gold", 10, 0.85, 0.70, 0.65),
}
CV_ENTITY_TYPED_F1 = 0.82   # mean over all fifteen documents, each built alone
CV_RELATION_F1 = 0.62


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request, tmp_path_factory):
    if not SCORER.exists():
        pytest.skip("../shared/eval is not beside the repository")
    corpus, gold, *floors = SETS[request.param]
    out = tmp_path_factory.mktemp(request.param) / "dev.trig"
    build(corpus, out=out)
    run = subprocess.run([sys.executable, str(SCORER), str(out), str(gold), "--json"],
                         capture_output=True, text=True, check=True)
    return request.param, json.loads(run.stdout), floors


def _f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def test_every_gold_file_scored(scored):
    _, scores, (files, *_) = scored
    assert len(scores["gold_files"]) == files


def test_typed_entity_f1_floor(scored):
    name, scores, (_, entity_f1, _, _) = scored
    assert scores["entities_typed"]["f"] >= entity_f1, (name, scores["entities_typed"])


def test_relation_f1_floor(scored):
    name, scores, (_, _, relation_f1, _) = scored
    assert scores["relations"]["f"] >= relation_f1, (name, scores["relations"])


def test_every_class_and_relation_floor(scored):
    name, scores, (*_, each) = scored
    low = {t: round(_f1(v["p"], v["r"]), 3) for t, v in scores["by_type"].items() if _f1(v["p"], v["r"]) < each}
    low |= {p: v["f"] for p, v in scores["by_predicate"].items() if v["f"] < each}
    assert len(scores["by_type"]) == 7 and len(scores["by_predicate"]) == 5
    assert not low, (name, low)


def test_cross_validated_floor():
    if not SCORER.exists():
        pytest.skip("../shared/eval is not beside the repository")
    from kg.evaluate import cross_validate
    from kg.evaluate.sets import GoldSet
    sets = [GoldSet(name, gold, corpus) for name, (corpus, gold, *_) in SETS.items()]
    cv = cross_validate(sets)
    mean = cv.to_json()["mean"]
    assert len(cv.folds) == sum(files for _, _, files, *_ in SETS.values())
    assert mean["entities_typed"]["f"] >= CV_ENTITY_TYPED_F1, mean
    assert mean["relations"]["f"] >= CV_RELATION_F1, mean
