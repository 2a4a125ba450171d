"""kg.page_furniture: the removals of normalise.toml's patterns."""
import pytest


@pytest.mark.parametrize("pattern,held", [
    (" +", " "),                                  # a run of spaces holds a space
    ("(?<=[“（]) +", " "),                        # past a look-behind
    ("(?<!\\s)\\s*[（(]\\s*[转接]\\s*\\d+\\s*版[）)]", "版"),   # the first top-level literal
    ("甲|乙", ""),                                 # either: no one character
    ("[甲乙]+", ""),
    ("(?i)a", ""),                                # flags may change what a literal matches
    (" *", ""),                                   # may match nothing
])
def test_a_removal_knows_a_character_its_matches_hold(pattern, held):
    from kg.page_furniture import _held
    assert _held(pattern) == held


def test_a_removal_leaves_a_text_without_its_character_alone():
    from kg.page_furniture import _Removal
    r = _Removal.of("(?<=\\d) +(?=\\.\\d)")
    assert r.sub("", "增长38 .3%") == "增长38.3%"
    assert r.sub("", "增长38.3%") == "增长38.3%"
