"""The triggers of the candidate sources (rules.toml [triggers], kg/recognise/triggers.py):
the words drawn from a pattern, every declared group drawn from the rules, and the
skip is safe: over the development corpora, no source would have found anything in
a sentence it is skipped on."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.lexicon import default_lexicon
from kg.normalise import to_document
from kg.read import iter_corpus
from kg.recognise import Recogniser, Source
from kg.recognise.sources import SOURCES
from kg.recognise.triggers import Triggers, group_words, key_words, pattern_words
from kg.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("pattern, words", [
    ("青禾", {"青禾"}),
    ("(?:青|墨)禾", {"青禾", "墨禾"}),
    ("[甲乙]城(?:区|片区)", {"甲城区", "甲城片区", "乙城区", "乙城片区"}),
    ("(?:路)?[东西]区", {"东区", "西区"}),                 # an optional part is no word
    ("等(?:一批)?[\u4e00-\u9fff]{2,6}?企业", {"企业"}),    # the longest run of fixed words
    ("(?:^|，)在?[^，]{2,12}?领域[，,]", {"领域，", "领域,"}),
    ("简称|原名", {"简称", "原名"}),
    ("[^，]+", None),                                     # any character: nothing told
    ("[。；]|$", None),                                   # a branch that may be empty
    ("(?i)abc", None),                                    # flags change what matches
])
def test_pattern_words(pattern, words):
    got = pattern_words(pattern)
    assert (set(got) if got is not None else None) == words


@pytest.mark.parametrize("pattern, text", [
    ("[甲乙]城(?:区|片区)", "在乙城片区"),
    ("(?:^|，)在?[^，]{2,12}?领域[，,]", "在青禾材料领域，"),
    ("等(?:一批)?[\u4e00-\u9fff]{2,6}?企业", "甲、乙等一批青禾企业"),
])
def test_every_match_holds_a_word(pattern, text):
    import re
    m = re.search(pattern, text)
    assert m and any(w in m.group() for w in pattern_words(pattern))


def test_every_declared_group_is_drawn_from_the_rules():
    data = load_rules().data
    names = {s.name for s in SOURCES}
    named = {"tracks": ["软件"], "countries": ["韩国"], "county_short_forms": ["云溪"]}
    for source, groups in data["triggers"].items():
        assert source in names, f"[triggers] {source}: no such source"
        for group in groups:
            words = group_words(data, group, named)
            assert words and "" not in words, f"[triggers] {source}: {group} tells no words"


@pytest.mark.parametrize("frames, words", [
    ([{"before": ["以"], "after": "为代表"}, {"before": [""], "after": "分别(?:生产|从事)"}],
     {"为代表", "分别生产", "分别从事"}),                  # the closing words first
    ([{"before": ["主要包括", "主要有"], "after": "[。；]|$"}], {"主要包括", "主要有"}),   # else the opening
    ([{"before": [""], "after": "[。；]|$"}], None),     # neither: every sentence
])
def test_each_element_gives_the_words_of_its_first_key_that_tells_them(frames, words):
    got = group_words({"list_frame": frames}, {"each": "list_frame", "keys": ["after", "before"]}, {})
    assert (set(got) if got is not None else None) == words


def test_unknown_key_is_an_error():
    with pytest.raises(KeyError):
        key_words(load_rules().data, "bureau.endz")


def test_a_source_without_its_triggers_does_not_run():
    data = {"triggers": {"bureaus": [{"words": ["局"]}],
                         "quoted-districts": [{"words": ["街区"]}, {"words": ["”"]}]},
            "bureau": {}}
    t = Triggers(data, {})
    assert t.runs("bureaus", t.met("青禾区商务局")) and not t.runs("bureaus", t.met("青禾区"))
    assert not t.runs("quoted-districts", t.met("青禾街区"))   # both groups, not one
    assert t.runs("quoted-districts", t.met("“夜青禾”街区"))
    assert t.runs("heads", t.met(""))                           # not listed: runs everywhere


def test_other_rules_than_the_files_get_no_triggers():
    import dataclasses
    from kg.lexicon import Lexicon
    rules = dataclasses.replace(load_rules(), bureau={"ends": ["处"]})
    assert Recogniser(Lexicon.from_rows([]), rules).tables.triggers.need == {}
    assert Recogniser(Lexicon.from_rows([])).tables.triggers.need


def _development_texts() -> list:
    folders = [ROOT / "corpus", ROOT.parent / "shared" / "eval" / "cities" / "corpus",
               Path("/work/shared/eval/cities/corpus")]
    folders += [ROOT / "eval" / "written" / s / "corpus"
                for s in ("set3", "set4", "set6", "set7", "set8", "set9", "set10")]
    docs, seen = [], set()
    for folder in folders:
        if folder.is_dir() and folder.resolve() not in seen:
            seen.add(folder.resolve())
            docs += [to_document(r) for r in iter_corpus(folder)[0]]
    return docs


def test_skipped_sources_find_nothing_in_the_development_corpora():
    """Every source runs on every sentence; one that finds something where its
    triggers are absent would have been skipped wrongly."""
    docs = _development_texts()
    if not docs:
        pytest.skip("no development corpus")
    rec = Recogniser(default_lexicon())
    triggers = rec.tables.triggers
    wrong: list[str] = []
    need = triggers.need
    skipped = {name: 0 for name in need}

    def checked(source: Source) -> Source:
        def find(ctx):
            out = source.find(ctx)
            n = need.get(source.name)
            if n is not None and triggers.met(ctx.text) & n != n:
                skipped[source.name] += 1
                if out:
                    wrong.append(f"{source.name}: {[c.name for c in out]} in {ctx.text[:60]}")
            return out
        return Source(source.name, find)

    # (the sources wrapped, the recogniser runs every source on every sentence)
    rec.sources = [checked(s) for s in rec.sources]
    triggers.need = {}
    for d in docs:
        rec.document_mentions(d)
    assert not wrong, "\n".join(wrong[:20])
    assert sum(skipped.values()) > 0       # (the test saw sentences skipped)


def test_source_needs_as_triggers_runs():
    """The recogniser looks each source's trigger bits up once (Recogniser._source_needs):
    a source runs where Triggers.runs says it does, and a list of sources changed (or
    needs replaced) is looked up again."""
    rec = Recogniser(default_lexicon())
    triggers = rec.tables.triggers
    for text in ["青禾区商务局", "青禾区", "“夜青禾”街区", ""]:
        met = triggers.met(text)
        runs = [n is None or n & met == n for n in rec._source_needs()]
        assert runs == [triggers.runs(s.name, met) for s in rec.sources]
    rec.sources = [*rec.sources, Source("invented", lambda ctx: [])]
    assert len(rec._source_needs()) == len(rec.sources) and rec._source_needs()[-1] is None
    triggers.need = {}
    assert rec._source_needs() == [None] * len(rec.sources)


def test_runs_plan_as_triggers_runs():
    """Recogniser._runs: the sources a sentence's triggers let run, in order, split at the
    first source that reads the document's names, are those Triggers.runs lets run."""
    rec = Recogniser(default_lexicon())
    split = rec._names_split()
    for text in ("青禾区人民政府办公室发布通知", "星澜科技、云峰精工等3家企业入驻青禾智能产业园", "今天天气很好"):
        met = rec.tables.triggers.met(text)
        runs = [s.find for s in rec.sources if rec.tables.triggers.runs(s.name, met)]
        first, rest = rec._runs(met, split)
        assert list(first + rest) == runs
        assert all(f in [s.find for s in rec.sources[split:]] for f in rest)
        assert not any(f in [s.find for s in rec.sources[split:]] for f in first)
        assert rec._runs(met, None) == (tuple(runs), ())
        assert rec._runs(met, split) is rec._runs(met, split)    # (made once)
    invented = Source("invented", lambda ctx: [])
    rec.sources = [*rec.sources, invented]          # (a list changed: the plans are made again)
    assert rec._runs(rec.tables.triggers.met(""), None)[0][-1] is invented.find
