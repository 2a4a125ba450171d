"""kg.lexicon: the curated lexicon (kg/data/lexicon.tsv) and the non-entity list."""
from __future__ import annotations

import csv
from collections import Counter

import pytest

from kg.lexicon import DATA, Lexicon, default_lexicon
from kg.model import CLASSES

LEXICON = DATA / "lexicon.tsv"
NOT_ENTITIES = DATA / "not_entities.tsv"


@pytest.fixture(scope="module")
def rows():
    with open(LEXICON, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames[:5] == ["name", "class", "aliases", "en", "source"], reader.fieldnames
        return [r for r in reader if r.get("name") and not r["name"].startswith("#")]


@pytest.fixture(scope="module")
def lex():
    return default_lexicon()


def test_lexicon_is_not_trivial(rows, lex):
    assert len(rows) > 500
    assert len(lex.entries) == len(rows)


def test_every_row_is_well_formed(rows):
    for r in rows:
        assert None not in r, f"extra column in row {r}"          # too many tabs
        assert all(v is not None for v in r.values()), f"missing column in row {r}"
        assert r["name"] == r["name"].strip() and r["name"], r


def test_every_class_is_valid(rows):
    bad = [(r["name"], r["class"]) for r in rows if r["class"] not in CLASSES]
    assert not bad
    # well-known names of most classes (projects are the documents' own news)
    assert {"Enterprise", "Institution", "IndustryTrack", "Place"} <= {r["class"] for r in rows}


def test_every_row_has_a_source_tag(rows):
    missing = [r["name"] for r in rows if not (r["source"] or "").strip()]
    assert not missing


def test_no_duplicate_canonical_names_within_a_class(rows):
    counts = Counter((r["class"], r["name"]) for r in rows)
    assert [k for k, n in counts.items() if n > 1] == []


def test_no_alias_is_also_a_canonical_name_of_its_class(rows):
    names = {(r["class"], r["name"]) for r in rows}
    clash = [(r["class"], a) for r in rows
             for a in (r["aliases"] or "").split("|") if a and (r["class"], a) in names]
    assert clash == []


def test_lookup_by_name_and_alias(lex):
    assert lex.lookup("腾讯").name == "腾讯"
    e = lex.lookup("腾讯公司")
    assert (e.name, e.cls, e.en) == ("腾讯", "Enterprise", "Tencent")
    assert lex.lookup("腾讯公司", "Enterprise") is e
    assert lex.lookup("腾讯公司", "Place") is None
    assert lex.lookup("拱墅").name == "拱墅区"
    assert lex.lookup("墨川网络") is None          # invented: no list holds it
    assert "腾讯公司" in e.surfaces and e.surfaces[0] == "腾讯"


def test_surfaces_cover_names_and_aliases(lex):
    surfaces = dict(lex.surfaces())
    assert surfaces["腾讯公司"].name == "腾讯"
    assert surfaces["拱墅区"].name == "拱墅区"
    assert len(surfaces) >= len(lex.entries)


def test_not_entities_loaded(lex):
    assert len(lex.not_entities) > 50
    for w in ("党中央", "夜间经济", "总部经济"):        # GUIDELINES: not entities
        assert lex.is_not_entity(w), w
    assert not lex.is_not_entity("腾讯")
    # the header line is not an entry
    assert "surface" not in lex.not_entities


def test_no_lexicon_surface_is_a_not_entity(lex):
    assert [s for s, _ in lex.surfaces() if lex.is_not_entity(s)] == []


def test_from_rows_rejects_an_unknown_class():
    with pytest.raises(ValueError, match="Company"):
        Lexicon.from_rows([{"name": "墨川网络", "class": "Company", "source": "test"}])


def test_from_rows_parses_aliases_and_blank_fields():
    lx = Lexicon.from_rows([{"name": " 墨川网络 ", "class": "Enterprise",
                             "aliases": "墨川| 墨川科技 ||", "en": "", "source": "test"}],
                           not_entities=["龙头企业"])
    e = lx.lookup("墨川")
    assert e.name == "墨川网络" and e.aliases == ("墨川", "墨川科技") and e.en is None
    assert lx.lookup("墨川科技", "Enterprise") is e
    assert lx.is_not_entity("龙头企业")


def test_load_custom_files(tmp_path):
    lexicon = tmp_path / "lexicon.tsv"
    lexicon.write_text("name\tclass\taliases\ten\tsource\n"
                       "#墨川网络\tEnterprise\t\t\tcommented out\n"
                       "星澜科技\tEnterprise\t星澜\tXinglan Tech\ttest\n"
                       "吉泰社区\tPlace\t\t\ttest\n", encoding="utf-8")
    stop = tmp_path / "not_entities.tsv"
    stop.write_text("surface\twhy\n# comment\n重点项目\tgeneric\n\n", encoding="utf-8")
    lx = Lexicon.load(lexicon, stop)
    assert [e.name for e in lx.entries] == ["星澜科技", "吉泰社区"]
    assert lx.lookup("星澜").en == "Xinglan Tech"
    assert lx.not_entities == frozenset({"重点项目"})
    # no non-entity list beside it: none
    assert Lexicon.load(lexicon, tmp_path / "missing.tsv").not_entities == frozenset()


def test_load_rejects_a_bad_class_in_the_file(tmp_path):
    lexicon = tmp_path / "lexicon.tsv"
    lexicon.write_text("name\tclass\taliases\ten\tsource\n星澜科技\tFirm\t\t\ttest\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Firm"):
        Lexicon.load(lexicon, tmp_path / "none.tsv")


def test_not_entity_file_has_reasons():
    lines = [l for l in NOT_ENTITIES.read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith(("#", "surface\t"))]
    assert lines
    no_reason = [l for l in lines if len(l.split("\t")) < 2 or not l.split("\t")[1].strip()]
    assert no_reason == []


# -- the checks LEXICON.md asks for ("Checks") ------------------------------------------

def _surfaces(r):
    return {r["name"], *(a for a in (r["aliases"] or "").split("|") if a)}


def test_no_surface_is_in_two_rows(rows):
    seen: dict[str, str] = {}
    clash = []
    for r in rows:
        for s in _surfaces(r):
            if s in seen:
                clash.append((s, seen[s], r["name"]))
            seen[s] = r["name"]
    assert clash == []


def test_every_english_name_is_given(rows):
    assert [r["name"] for r in rows if not (r["en"] or "").strip()] == []


def test_every_source_tag_is_documented():
    doc = (DATA / "LEXICON.md").read_text(encoding="utf-8")
    with open(LEXICON, encoding="utf-8", newline="") as f:
        tags = {t.strip() for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r.get("name") and not r["name"].startswith("#") for t in r["source"].split(";")}
    assert sorted(t for t in tags if f"`{t}`" not in doc) == []


def test_no_bare_number_alias_but_the_documented_one(rows):
    # a bare number is a quantity far more often than a name (LEXICON.md: only 360, which GUIDELINES names)
    numbers = {s for r in rows for s in _surfaces(r) if s.isdigit()}
    assert numbers == {"360"}


@pytest.mark.parametrize("word", ["微博", "友邦", "中通", "安进", "宜家", "平安", "远景", "国药"])
def test_everyday_words_are_not_surfaces(lex, word):
    # LEXICON.md, ambiguity policy: 政务微博, 友邦国家, 中通道, 平安进社区, 宜家宜业 …
    assert lex.lookup(word) is None
