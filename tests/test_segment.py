"""kg.segment: jieba with the lexicon as a user dictionary.

Every behaviour test runs on both engines (jieba and rjieba); the last tests
check that the two give the same tokens and the same entities on the
bundled corpus.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.model import CLASSES
from kg.segment import BACKENDS, CLASS_TAGS, Segmenter, available_backends

pytestmark = pytest.mark.skipif("rjieba" not in available_backends(),
                                reason="rjieba is not installed (pip install -e '.[test]')")

# invented names: no dictionary holds them
USER_WORDS = [("云栖星辰科技", "nt"), ("墨川网络", "nt"), ("青禾智算中心", "nz")]
TEXT = "引进云栖星辰科技和墨川网络，加快青禾智算中心建设。"


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request):
    return request.param


@pytest.fixture(scope="module")
def seg(backend):
    return Segmenter(USER_WORDS + [("星", "nt")], backend=backend)


@pytest.fixture(scope="module")
def plain(backend):
    return Segmenter(backend=backend)


def test_user_words_are_kept_whole(seg):
    words = [t.text for t in seg.tokens(TEXT)]
    for w, _ in USER_WORDS:
        assert w in words, words


def test_without_user_words_the_names_are_split(plain):
    # the test above means something only if jieba alone would cut them
    words = [t.text for t in plain.tokens(TEXT)]
    for w, _ in USER_WORDS:
        assert w not in words


def test_user_words_do_not_leak_between_segmenters(seg, plain):
    assert seg.knows("墨川网络")
    assert not plain.knows("墨川网络")
    assert plain.tag("墨川网络") == ""


@pytest.mark.parametrize("text", [TEXT, "", "A", "2023年拱墅区GDP增长6.5%，“星河”“云湾”等商圈焕新。\n第二段"])
def test_offsets_match_text(seg, text):
    toks = seg.tokens(text)
    assert "".join(t.text for t in toks) == text
    pos = 0
    for t in toks:
        assert t.start == pos and t.end == t.start + len(t.text)
        assert text[t.start:t.end] == t.text
        pos = t.end
    assert pos == len(text)


def test_tags_of_user_words_and_dictionary_words(seg):
    toks = {t.text: t.pos for t in seg.tokens(TEXT)}
    assert toks["云栖星辰科技"] == "nt"
    assert toks["青禾智算中心"] == "nz"
    assert toks["和"] == "c"            # jieba's dictionary tag
    assert seg.tag("墨川网络") == "nt"
    assert seg.tag("引进") == "v"
    assert seg.tag("没有这个词的词典") == ""


def test_unknown_words_have_empty_tag(plain):
    toks = plain.tokens("墨川")
    assert [(t.text, t.pos) for t in toks] == [("墨川", "")]


def test_one_character_user_words_are_ignored(seg):
    assert seg.tag("星") != "nt"        # the dictionary's tag stands


def test_every_class_has_a_tag():
    assert set(CLASS_TAGS) == set(CLASSES)


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="unknown segmenter backend 'thulac'"):
        Segmenter(backend="thulac")


def test_environment_chooses_the_backend(monkeypatch):
    monkeypatch.setenv("KG_SEGMENTER", "jieba")
    assert Segmenter().backend == "jieba"
    monkeypatch.setenv("KG_SEGMENTER", "rjieba")
    assert Segmenter().backend == "rjieba"


@pytest.fixture(scope="module")
def corpus_docs(corpus_dir):
    from kg.normalise import to_document
    from kg.read import iter_corpus
    raws, _ = iter_corpus(corpus_dir)
    return [to_document(r) for r in raws]


@pytest.fixture(scope="module")
def recognisers():
    from kg.lexicon import default_lexicon
    from kg.recognise import Recogniser, user_words
    from kg.rules import load_rules
    lex, rules = default_lexicon(), load_rules()
    return {b: Recogniser(lex, rules, Segmenter(user_words(lex, rules), backend=b)) for b in BACKENDS}


def test_both_engines_cut_the_corpus_alike(recognisers, corpus_docs):
    jb, rj = recognisers["jieba"].seg, recognisers["rjieba"].seg
    sentences = [s.text for d in corpus_docs for s in d.sentences]
    assert len(sentences) > 400
    differ = [t for t in sentences if jb.tokens(t) != rj.tokens(t)]
    assert differ == []


def test_both_engines_give_the_same_entities(recognisers, corpus_docs):
    def mentions(r):
        return [(m.doc_id, m.sentence, m.start, m.end, m.cls, m.name, m.rule)
                for d in corpus_docs for m in r.document_mentions(d)]
    jb, rj = mentions(recognisers["jieba"]), mentions(recognisers["rjieba"])
    assert len(jb) > 500
    assert jb == rj


@pytest.mark.parametrize("backend", available_backends())
def test_user_words_weighed_once_and_replayed_cut_the_same(backend, tmp_path, monkeypatch):
    """The user words' frequencies kept in the cache folder make the same
    segmenter as weighing them again; a kept file cut short is weighed again."""
    from kg import segment
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(segment, "KEEP_USER_WORDS", 2)
    segment._dictionary_tags.cache_clear()
    words = [("星澜医药", "nt"), ("墨川网络", "nt"), ("生命科学产业园", "n"), ("产业园", "n"), ("星澜医药", "nz")]
    text = "加快星澜医药生命科学产业园建设，墨川网络科技有限公司落户云溪区，1-11月增长6.5%。"

    def seen(seg):
        return ([(t.text, t.start, t.end, t.pos) for t in seg.tokens(text)], seg._total,
                [(w, seg.knows(w), seg.tag(w)) for w in ("星澜医药", "墨川网络", "产业园", "建设", "墨川", "x")])

    cold = Segmenter(words, backend=backend)
    kept = list((tmp_path / "gongshu-kg").glob("segmenter-words-*.marshal"))
    assert len(kept) == 1
    assert seen(Segmenter(words, backend=backend)) == seen(cold)
    kept[0].write_bytes(kept[0].read_bytes()[:9])
    assert seen(Segmenter(words, backend=backend)) == seen(cold)
    assert seen(Segmenter(words[:3], backend=backend)) != seen(cold)      # other words: kept apart
    segment._dictionary_tags.cache_clear()


def test_rjieba_loaded_without_its_module_segmenter():
    """A Segmenter takes rjieba's class from its compiled module (kg.segment._rjieba_class),
    not making the package's module-level segmenter; ``import rjieba`` afterwards
    still works, and gives that same class and a segmenter that cuts as before."""
    code = ("import sys; from kg.segment import Segmenter\n"
            "seg = Segmenter([('星澜医药', 'nt')], backend='rjieba')\n"
            "print('rjieba' in sys.modules)\n"
            "print([t.text for t in seg.tokens('加快星澜医药生命科学产业园建设')])\n"
            "import rjieba\n"
            "print(rjieba.Jieba is type(seg._tok), rjieba.cut('杭州市拱墅区', False))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       cwd=Path(__file__).resolve().parents[1])
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "False"
    assert lines[1] == str(["加快", "星澜医药", "生命科学", "产业园", "建设"])
    assert lines[2] == "True ['杭州市', '拱墅区']"


def test_rjieba_class_falls_back_to_the_package():
    """Where the compiled module cannot be loaded alone (another layout), the package is imported."""
    code = ("import importlib.machinery, sys; importlib.machinery.EXTENSION_SUFFIXES[:] = ['.nothing-here']\n"
            "from kg.segment import _rjieba_class\n"
            "cls = _rjieba_class(); import rjieba\n"
            "print(cls is rjieba.Jieba, 'rjieba' in sys.modules)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       cwd=Path(__file__).resolve().parents[1])
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["True", "True"]
