"""kg/recognise/regional.py: a lexicon body's alias without its place (省商务厅) names
that body only in a document of its place; after another place it is that place's
body, and bare elsewhere the body as written. Linking keeps such a name its own."""
from __future__ import annotations

import pytest

from kg.lexicon import Lexicon
from kg.link import link
from kg.model import UNBOUND_RULE, Mention
from kg.normalise import to_document
from kg.read import RawDocument
from kg.recognise import Recogniser
from kg.recognise.regional import relative_aliases, relative_place

LEX = Lexicon.from_rows([
    {"name": "星澜省", "class": "Place", "aliases": "星澜", "source": "test", "level": "province"},
    {"name": "墨川省", "class": "Place", "aliases": "墨川", "source": "test", "level": "province"},
    {"name": "青禾市", "class": "Place", "aliases": "青禾", "source": "test", "parent": "星澜省",
     "level": "prefecture"},
    {"name": "星澜省商务厅", "class": "Institution", "aliases": "省商务厅", "source": "test"},
    {"name": "星澜省科学技术厅", "class": "Institution", "aliases": "省科技厅|星澜省科技厅", "source": "test"},
    {"name": "青禾市体育局", "class": "Institution", "aliases": "市体育局", "source": "test"},
    {"name": "星澜大学", "class": "Institution", "aliases": "", "source": "test"},
])
CONF = {"levels": ["省", "市", "区", "县"]}


@pytest.mark.parametrize("name, surface, want", [
    ("星澜省商务厅", "省商务厅", "星澜省"),          # the name less its place's name
    ("星澜省科学技术厅", "省科技厅", "星澜省"),      # ... a short form of the rest
    ("青禾市体育局", "市体育局", "青禾市"),
    ("星澜省科学技术厅", "星澜省科技厅", None),      # an alias that keeps the place
    ("星澜省商务厅", "星澜省商务厅", None),          # the name itself
    ("星澜大学", "大学", None),                     # no level word opens it
], ids=["province-body", "short-form", "city-body", "alias-with-place", "name", "no-level"])
def test_relative_place(name, surface, want):
    assert relative_place(LEX, name, surface, ("省", "市", "区", "县")) == want


def M(sentence, start, surface, cls, name, rule="lexicon"):
    return Mention("d.txt", sentence, start, start + len(surface), surface, cls, name, rule)


@pytest.mark.parametrize("texts, mentions, want", [
    # after another place's name: that place's body, the place no mention of its own
    ({0: "墨川省商务厅调研组到园区调研。"},
     [M(0, 0, "墨川省", "Place", "墨川省"), M(0, 2, "省商务厅", "Institution", "星澜省商务厅")],
     [("墨川省商务厅", "Institution", UNBOUND_RULE)]),
    # bare, in a document that names only another province: the body as written
    ({0: "墨川省云溪县简报", 1: "省科技厅领导到园区考察。"},
     [M(0, 0, "墨川省", "Place", "墨川省"), M(1, 0, "省科技厅", "Institution", "星澜省科学技术厅")],
     [("墨川省", "Place", "lexicon"), ("省科技厅", "Institution", UNBOUND_RULE)]),
    # bare, in a document naming the alias's place: the lexicon's body
    ({0: "星澜省园区简报", 1: "省科技厅领导到园区考察。"},
     [M(0, 0, "星澜省", "Place", "星澜省"), M(1, 0, "省科技厅", "Institution", "星澜省科学技术厅")],
     [("星澜省", "Place", "lexicon"), ("星澜省科学技术厅", "Institution", "lexicon")]),
    # ... or a place the lexicon puts inside it (its city), or its short name in the text
    ({0: "青禾市园区简报", 1: "省商务厅到园区调研。"},
     [M(0, 0, "青禾市", "Place", "青禾市"), M(1, 0, "省商务厅", "Institution", "星澜省商务厅")],
     [("青禾市", "Place", "lexicon"), ("星澜省商务厅", "Institution", "lexicon")]),
    ({0: "来自星澜的客商与省商务厅座谈。"},
     [M(0, 7, "省商务厅", "Institution", "星澜省商务厅")],
     [("星澜省商务厅", "Institution", "lexicon")]),
    # after its own place: the lexicon's body
    ({0: "星澜省商务厅调研组到园区调研。"},
     [M(0, 0, "星澜省", "Place", "星澜省"), M(0, 2, "省商务厅", "Institution", "星澜省商务厅")],
     [("星澜省", "Place", "lexicon"), ("星澜省商务厅", "Institution", "lexicon")]),
    # an alias that is no relative one is left alone, wherever the document is
    ({0: "墨川省简报", 1: "星澜大学到园区考察。"},
     [M(0, 0, "墨川省", "Place", "墨川省"), M(1, 0, "星澜大学", "Institution", "星澜大学")],
     [("墨川省", "Place", "lexicon"), ("星澜大学", "Institution", "lexicon")]),
], ids=["after-other-place", "bare-other-region", "bare-own-region", "bare-city-inside",
        "bare-short-name-in-text", "after-own-place", "no-relative-alias"])
def test_relative_aliases(texts, mentions, want):
    out = relative_aliases(LEX, CONF, texts, mentions)
    assert [(m.name, m.cls, m.rule) for m in out] == want


def test_no_levels_no_change():
    ms = [M(0, 0, "省商务厅", "Institution", "星澜省商务厅")]
    assert relative_aliases(LEX, {}, {0: "省商务厅到园区调研。"}, ms) == ms


def test_link_keeps_an_unbound_name():
    """Linking renames a lexicon surface to its entry, but not a name the
    recogniser read as a body of its own."""
    own = [M(0, 0, "省科技厅", "Institution", "省科技厅", UNBOUND_RULE)]
    bound = [M(0, 0, "省科技厅", "Institution", "省科技厅")]
    assert sorted(link(own, LEX)) == ["Institution/省科技厅"]
    assert sorted(link(bound, LEX)) == ["Institution/星澜省科学技术厅"]


def _names(text: str) -> set[tuple[str, str]]:
    doc = to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))
    return {(m.name, m.cls) for m in Recogniser(Lexicon.load()).document_mentions(doc)}


@pytest.mark.parametrize("text, present, absent", [
    # the bundled lexicon's provincial bodies are one province's: another province's is its own
    ("墨川县园区工作简报\n\n湖南省商务厅发布了外贸促进政策。",
     ("湖南省商务厅", "Institution"), ("浙江省商务厅", "Institution")),
    ("墨川县园区工作简报\n\n4月2日，广西壮族自治区与园区签约，省科技厅领导出席。",
     ("省科技厅", "Institution"), ("浙江省科学技术厅", "Institution")),
    # ... and in a document of that province, the lexicon's body
    ("杭州某园区工作简报\n\n4月2日，省科技厅领导到园区考察。",
     ("浙江省科学技术厅", "Institution"), ("省科技厅", "Institution")),
], ids=["other-province", "bare-elsewhere", "bare-at-home"])
def test_bundled_lexicon(text, present, absent):
    names = _names(text)
    assert present in names and absent not in names
