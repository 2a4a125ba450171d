"""The evidence rule, on the real development sets.

Every relation cites a sentence; that sentence must name the subject or the
object (a name, an alias or a surface a mention had), or the district or zone
the document speaks for (found as kg.relate finds it), by a surface or by a
word standing for it (我区, 高新区, 经开区: kg.relate.home.home_words).

Builds ../shared/corpus and ../shared/eval/cities/corpus with
kg.pipeline.extract; skips when ../shared is not beside the repository
(as tests/test_quality.py does).
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from kg.model import Document, Entity, Mention, Relation
from kg.relate.home import HomeRules, find_home, home_words
from kg.rules import load_rules

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = {"dev": SHARED / "corpus", "cities": SHARED / "eval" / "cities" / "corpus"}


def _surfaces(e: Entity) -> set[str]:
    return {e.name, *e.aliases, *(m.surface for m in e.mentions)} - {""}


def unnamed(documents: list[Document], entities: dict[str, Entity], relations: list[Relation]) -> list[str]:
    """The relations whose evidence sentence names neither end nor the document's home,
    one line each (document, sentence, triple, rule, sentence text)."""
    rules = HomeRules.of(load_rules().relations.get("home", {}))
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for e in entities.values():
        for m in e.mentions:
            mentions[m.doc_id].append(m)
    docs = {d.doc_id: d for d in documents}
    homes = {d.doc_id: find_home(rules, entities, mentions[d.doc_id],
                                 d.title or (d.sentences[0].text if d.sentences else None)) for d in documents}
    bad = []
    for r in relations:
        text = docs[r.doc_id].sentences[r.sentence].text
        if any(s in text for k in (r.subject, r.object) for s in _surfaces(entities[k])):
            continue
        home = homes[r.doc_id]
        if home:
            if any(s in text for s in _surfaces(entities[home])):
                continue
            taken = [(m.start, m.end) for m in mentions[r.doc_id] if m.sentence == r.sentence and m.role != "owner"]
            if any(True for _ in home_words(rules, entities[home], text, taken)):
                continue
        bad.append(f"{r.doc_id}#{r.sentence} {r.subject} {r.predicate} {r.object} ({r.rule}): {text}")
    return bad


def test_the_check_finds_an_evidence_sentence_naming_nothing():
    from relate_helpers import relate_on
    r = relate_on({"青禾高新区": "Platform", "星澜科技": "Enterprise", "数字经济": "IndustryTrack"},
                  "青禾高新区工作报告。\n高新区引进星澜科技。\n数字经济蓬勃发展。\n营商环境持续优化。\n高新区人口增加。")
    assert r.relations and not unnamed(r.docs, r.entities, r.relations)
    assert not unnamed(r.docs, r.entities, [Relation("Enterprise/星澜科技", "inTrack", "IndustryTrack/数字经济",
                                                     "d0.txt", 1, "x")])  # names the subject
    # a sentence naming only the home, or only a word standing for it
    for sentence in (0, 4):
        assert not unnamed(r.docs, r.entities, [Relation("Enterprise/星澜科技", "inTrack", "IndustryTrack/数字经济",
                                                         "d0.txt", sentence, "x")])
    bad = [Relation("Enterprise/星澜科技", "inTrack", "IndustryTrack/数字经济", "d0.txt", 3, "x")]
    assert unnamed(r.docs, r.entities, bad) == [
        "d0.txt#3 Enterprise/星澜科技 inTrack IndustryTrack/数字经济 (x): 营商环境持续优化。"]


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_every_evidence_sentence_names_an_end_or_the_home(name):
    corpus = CORPORA[name]
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is not beside the repository")
    from kg.pipeline import extract
    ex, _, _ = extract(corpus)
    assert ex.relations
    bad = unnamed(ex.documents, ex.entities, ex.relations)
    assert not bad, "\n".join(bad)
