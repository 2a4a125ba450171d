"""kg.schema: every rule file of kg/data is checked against its schema at load."""
from __future__ import annotations

import tomllib

import pytest

from kg.resources import data_path
from kg.schema import SchemaError, check, load

RULE_FILES = ["rules.toml", "relations.toml", "facts.toml", "normalise.toml", "viz.toml", "notions.toml",
              "indicators.toml"]


@pytest.mark.parametrize("name", RULE_FILES)
def test_shipped_rule_files_follow_their_schema(name):
    assert load(name)          # raises SchemaError otherwise


def test_every_rule_file_has_a_schema():
    shipped = {p.name for p in data_path("").glob("*.toml")}
    assert shipped == set(RULE_FILES)
    assert all((data_path("schema") / n).is_file() for n in shipped)


def _mutated(name: str, old: str, new: str) -> dict:
    text = data_path(name).read_text(encoding="utf-8")
    assert old in text, old
    return tomllib.loads(text.replace(old, new, 1))


def _schema(name: str) -> dict:
    with open(data_path("schema") / name, "rb") as f:
        return tomllib.load(f)


@pytest.mark.parametrize("name, old, new, message", [
    # a misspelt key, anywhere: top level, nested table, array of tables
    ("rules.toml", "context_after = [", "context_afer = [", "unknown key [track] context_afer (did you mean context_after?)"),
    ("rules.toml", "[long_name]\nmax_len", "[long_name]\nmax_lenght", "unknown key [long_name] max_lenght"),
    ("rules.toml", 'class = "Platform"\nowner = true\nwords', 'class = "Platform"\nowmer = true\nwords',
     "unknown key [head#1] owmer"),
    ("relations.toml", "specific_place_wins = true", "specific_place_win = true", "did you mean specific_place_wins"),
    ("facts.toml", "[plan]\nintent", "[plan]\nintents", "unknown key [plan] intents"),
    ("normalise.toml", "min_chars = 15", "min_char = 15", "unknown key [repeats] min_char"),
    # a value of the wrong type or out of its set
    ("rules.toml", "max_len = 30", 'max_len = "30"', "[long_name] max_len must be int"),
    ("rules.toml", 'class = "Platform"\nowner = true\nwords', 'class = "Park"\nowner = true\nwords', "[head#1] class must be class"),
    ("relations.toml", 'relation = "locatedIn"', 'relation = "liesIn"', "relation must be relation"),
    ("relations.toml", "topic_reset = '^", "topic_reset = '(^", "[track] topic_reset must be regex"),
])
def test_a_broken_rule_file_names_file_and_key(name, old, new, message):
    with pytest.raises(SchemaError, match=message.replace("[", r"\[").replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        check(_mutated(name, old, new), _schema(name), name)


@pytest.mark.parametrize("name, old, new", [
    # positive controls for the table above: the same edits, spelt right, pass
    ("rules.toml", "context_after = [", "context_after = ["),
    ("rules.toml", "max_len = 30", "max_len = 31"),
    ("relations.toml", 'relation = "locatedIn"', 'relation = "partOf"'),
])
def test_a_well_formed_edit_passes(name, old, new):
    check(_mutated(name, old, new), _schema(name), name)


def test_a_missing_required_key_is_named():
    with pytest.raises(SchemaError, match=r"missing key \[head#1\] words"):
        check({"head": [{"class": "Place"}]}, {"head": [{"class": "class!", "words": "[str]!"}]}, "rules.toml")


def test_free_keys_are_typed():
    schema = {"confidence": {"*": "float"}}
    check({"confidence": {"any-rule": 0.5}}, schema, "relations.toml")
    with pytest.raises(SchemaError, match="must be float"):
        check({"confidence": {"any-rule": "high"}}, schema, "relations.toml")
