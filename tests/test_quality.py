"""Quality floor: extraction scored against the development gold set.

Builds ../shared/corpus the way the acceptance test does and runs the
project-independent scorer (../shared/eval/score.py) on the graph file, so
extraction quality cannot silently regress.  The figures are in README.md.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.pipeline import build

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "eval" / "score.py"

# Floors (issue 2); raise them as extraction improves, never lower them.
ENTITY_TYPED_F1 = 0.75
RELATION_F1 = 0.40


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    if not SCORER.exists():
        pytest.skip("../shared/eval is not beside the repository")
    out = tmp_path_factory.mktemp("quality") / "dev.trig"
    build(SHARED / "corpus", out=out)
    run = subprocess.run([sys.executable, str(SCORER), str(out), str(SHARED / "eval" / "gold"),
                          "--json"], capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def test_typed_entity_f1_floor(scores):
    assert scores["entities_typed"]["f"] >= ENTITY_TYPED_F1, scores["entities_typed"]


def test_relation_f1_floor(scores):
    assert scores["relations"]["f"] >= RELATION_F1, scores["relations"]


def test_every_gold_file_scored(scores):
    assert len(scores["gold_files"]) == 5
