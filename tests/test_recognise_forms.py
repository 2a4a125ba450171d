"""kg/recognise/forms.py: a document's fuller name of a lexicon track names the track
in all its sentences; the lexicon's name said otherwise does not."""
from __future__ import annotations

import pytest

from kg.lexicon import Lexicon
from kg.model import Mention
from kg.recognise.forms import document_forms

LEX = Lexicon.from_rows([
    {"name": "星装备", "class": "IndustryTrack", "aliases": "星装备制造|星装备制造业|星装备产业|星装", "source": "test"},
    {"name": "云机器", "class": "IndustryTrack", "aliases": "智能云机器", "source": "test"}])
TAILS = ("产业集群", "产业链", "产业", "行业", "赛道", "业")


def T(surface, name):
    return Mention("d.txt", 0, 0, len(surface), surface, "IndustryTrack", name, "lexicon")


@pytest.mark.parametrize("mentions, want", [
    # the fuller form (with its industry word or not) renames every mention of the track
    ([("星装备制造业", "星装备"), ("星装备", "星装备")], ["星装备制造", "星装备制造"]),
    ([("星装备制造产业", "星装备")], ["星装备制造"]),
    ([("智能云机器", "云机器"), ("星装备", "星装备")], ["智能云机器", "星装备"]),
    # ... the lexicon's name with a suffix, or a short form, is no fuller name
    ([("星装备产业", "星装备"), ("星装", "星装备")], ["星装备", "星装备"]),
], ids=["fuller-renames-all", "fuller-with-suffix", "one-track-only", "suffix-and-short-form"])
def test_document_forms(mentions, want):
    assert [m.name for m in document_forms(LEX, [T(*m) for m in mentions], TAILS)] == want


# -- pairs.py: two known tracks a document names as one --------------------------------

from recognition import document_names  # noqa: E402


@pytest.mark.parametrize("text, want", [
    # written so twice before a track suffix: one chain's name
    ("新材料及新能源产业链发展报告\n推进新材料及新能源产业链建设，成效明显。",
     {"新材料及新能源": "IndustryTrack"}),
    # (near misses: written so once; counted as two)
    ("新材料及新能源产业链发展报告\n新能源产业增长较快。", {"新材料": "IndustryTrack", "新能源": "IndustryTrack"}),
    ("新材料及新能源产业链发展报告\n推进新材料及新能源产业链建设。\n对新材料及新能源两条产业链开展调研。",
     {"新材料": "IndustryTrack", "新能源": "IndustryTrack"}),
])
def test_a_pair_named_twice_as_one_chain_is_one_track(recogniser, text, want):
    assert {n for (_, n), c in document_names(recogniser, text).items() if c == "IndustryTrack"} == set(want)
