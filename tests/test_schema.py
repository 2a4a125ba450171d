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


# ---------------------------------------------------------------- rule files kept checked (read_checked)

def _rule_files(tmp_path, text: str) -> tuple:
    rules, schema = tmp_path / "r" / "demo.toml", tmp_path / "r" / "schema.toml"
    rules.parent.mkdir(exist_ok=True)
    rules.write_text(text, encoding="utf-8")
    schema.write_text('[track]\ncontext_after = "[str]"\nwindow = "int"\n', encoding="utf-8")
    return rules, schema


def _kept(tmp_path) -> list:
    return sorted((tmp_path / "cache" / "gongshu-kg").glob("rules-demo-*.marshal"))


def test_a_checked_rule_file_is_read_back_as_it_was_read(tmp_path, monkeypatch):
    from kg import schema
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    rules, sch = _rule_files(tmp_path, '[track]\ncontext_after = ["产业", "赛道"]\nwindow = 3\n')
    first = schema.read_checked(rules, sch)
    assert first == {"track": {"context_after": ["产业", "赛道"], "window": 3}}
    assert len(_kept(tmp_path)) == 1

    def never(*a, **k):
        raise AssertionError("parsed again")
    monkeypatch.setattr(schema.tomllib, "loads", never)
    assert schema.read_checked(rules, sch) == first        # the same bytes: read back, not parsed


def test_an_edited_rule_file_is_checked_again(tmp_path, monkeypatch):
    """A kept file is the outcome of the bytes it was made of: an edit that
    breaks the file is an error, however often the file passed before."""
    from kg import schema
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    rules, sch = _rule_files(tmp_path, '[track]\nwindow = 3\n')
    assert schema.read_checked(rules, sch) == {"track": {"window": 3}}
    rules.write_text('[track]\nwindow = "3"\n', encoding="utf-8")
    with pytest.raises(SchemaError, match=r"\[track\] window must be int"):
        schema.read_checked(rules, sch)
    rules.write_text('[track]\nwindow = 4\n', encoding="utf-8")
    assert schema.read_checked(rules, sch) == {"track": {"window": 4}}
    sch.write_text('[track]\nwindow = "str"\n', encoding="utf-8")      # an edited schema too
    with pytest.raises(SchemaError, match=r"\[track\] window must be str"):
        schema.read_checked(rules, sch)


@pytest.mark.parametrize("damage", [lambda b: b[:7], lambda b: b"not marshal at all", lambda b: b""])
def test_a_damaged_kept_rule_file_is_read_and_checked_anew(tmp_path, monkeypatch, damage):
    from kg import schema
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    rules, sch = _rule_files(tmp_path, '[track]\ncontext_after = ["产业"]\n')
    first = schema.read_checked(rules, sch)
    kept, = _kept(tmp_path)
    kept.write_bytes(damage(kept.read_bytes()))
    assert schema.read_checked(rules, sch) == first
    assert schema.read_checked(rules, sch) == first        # and kept whole again
    import marshal
    assert marshal.loads(kept.read_bytes()) == first


def test_a_kept_rule_file_of_another_kind_is_not_taken(tmp_path, monkeypatch):
    """A kept value that is not a table (another program's file of that name) is read anew."""
    from kg import schema, usercache
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    rules, sch = _rule_files(tmp_path, '[track]\nwindow = 2\n')
    first = schema.read_checked(rules, sch)
    kept, = _kept(tmp_path)
    usercache.write(kept, ["a", "list"])
    assert schema.read_checked(rules, sch) == first


def test_the_shipped_rule_files_read_back_the_same(tmp_path, monkeypatch):
    from kg import schema
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for name in RULE_FILES:
        with open(data_path(name), "rb") as f:
            parsed = tomllib.load(f)
        cold = schema.read_checked(data_path(name), data_path("schema") / name)
        warm = schema.read_checked(data_path(name), data_path("schema") / name)
        assert cold == warm == parsed
        assert repr(warm) == repr(parsed)        # the same types and order of keys too
