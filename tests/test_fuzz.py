"""Hostile and odd input, fuzzed (hypothesis): every stage takes any text.

Arbitrary Unicode — control characters, combining marks, emoji, CJK
extension B, full-width forms, private use and non-characters, runs of one
character, very long lines — mixed with Chinese economic phrases written for
these tests (invented names, so that recognition and relations fire on the
fuzzed context) goes through read, normalise, sentences, recognise, link,
relate, facts and emit, called as kg/pipeline.py chains them. Lone surrogates
cannot be encoded as UTF-8, so they reach the reader as bytes: invalid UTF-8,
CESU-style encoded surrogates, and file names that are not UTF-8.

Properties: no exception (a file that cannot be used is a one-line
ReadError, nothing else); a sentence's offsets point into its document's
text; a mention's into its sentence; the graph parses as N-Triples in rdflib
and in Oxigraph, and conforms to the SHACL shapes of ontology/shapes.ttl.

The example counts are small so that the file runs in seconds; set
KG_FUZZ_SCALE=20 (say) for a longer hunt.
"""
from __future__ import annotations

import codecs
import csv
import io
import os
import re
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg import emit
from kg.facts import extract_facts
from kg.lexicon import default_lexicon
from kg.link import link
from kg.model import Extraction, RawDocument
from kg.normalise import normalise, to_document
from kg.page_furniture import masthead_date
from kg.pipeline import extract
from kg.read import ReadError, decode, iter_corpus, read_document
from kg.relate import relate
from kg.resources import ontology_path
from kg.sentences import sentence_spans, split_sentences

SCALE = float(os.environ.get("KG_FUZZ_SCALE", "1"))


def fuzz(n: int):
    """``n`` examples (times KG_FUZZ_SCALE), no deadline: jieba's first call is slow."""
    return settings(max_examples=max(1, int(n * SCALE)), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


# ------------------------------------------------------------------ strategies

# Phrases of the kind the rules read (invented firms, parks and places);
# {} slots take a name, possibly a noisy one.
FRAMES = [
    "{}科技有限公司落户青禾新区。", "青禾区推进{}数字经济产业园建设，", "总投资26亿元的{}生物医药产业园项目开工。",
    "引进{}、星澜科技、墨川网络等12家数字经济领军企业。", "生命健康产业蓬勃发展，{}医药产业园投用。",
    "{}科技有限公司（简称“{}”）落户青禾新区。", "{}智造基地位于青禾区。", "大运河青禾段，{}商圈开业。",
    "开工{}产业园、{}中心等14个重点项目，", "2024年，{}项目计划投资5.2亿元，用地面积161亩。",
    "{}集团控股企业{}科技有限公司签约落地。", "青禾新区引进{}等一批人工智能企业。",
    "青禾日报 ２０２４年６月２日 星期日 第５版 经济·{}", "一、2023年工作回顾", "二、2024年工作安排",
    "## **{}科技园开园**", "（下转7版）", "责任编辑：{}",
]
NAMES = ["星澜", "墨川", "云栖", "鹭舟", "青禾", "ＡＢＣ", "X-1", "鑫😀澜", "𠀀𠀁𠀂", "e\u0301", "<b>",
         "[澜]", "澜\ue000", "\ufdd0", "x\x7fy", "a\u200bb", "\u202e右", "“引”", "\\", '"', "%20", "#"]
# Single characters and short sequences that have broken text tools before.
ODD = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x7f", "\x85", "\x9f",
       "\r", "\r\n", "\t", "\u00a0", "\u00ad", "\u0301", "\u0300\u0301\u0302", "\u034f", "\u200b", "\u200d",
       "\u200e", "\u202e", "\u2028", "\u2029", "\u3000", "\ufeff", "\ufffd", "\ufffe", "\uffff",
       "\ue000", "\uf8ff", "\ufdd0", "\U000e0001", "\U0010fffd", "\U0010ffff", "😀", "👨\u200d👩\u200d👧",
       "🇨🇳", "\U00020000", "\U0002a6d6", "\U0002ebe0", "ＡＢＣ", "１２３", "，", "。", "！", "？", "；",
       "……", "…", "“", "”", "《", "》", "（", "）", "、", "#", "**", "##", " ", "<", ">", "&", '"', "'",
       "\\", "%", "[", "]", "{", "}", "|", "^", "`"]
RUNS = ["。", "啊", "“", "（", "a", " ", "\n", "、", "产业园", "…", "#", "*", "1", "\u0301", "😀", "𠀀"]

any_char = st.characters(exclude_categories=("Cs",))   # every code point but surrogates
name = st.one_of(st.sampled_from(NAMES), st.text(any_char, min_size=1, max_size=4))
phrase = st.builds(lambda frame, names: frame.format(*names),
                   st.sampled_from(FRAMES), st.lists(name, min_size=2, max_size=2))
run = st.builds(lambda ch, n: ch * n, st.sampled_from(RUNS), st.integers(1, 400))
piece = st.one_of(phrase, phrase, st.sampled_from(ODD), st.text(any_char, max_size=12), run,
                  st.just("\n"), st.just("\n\n"))
text = st.lists(piece, max_size=24).map("".join)
# one very long line: many phrases with no line break
long_line = st.lists(phrase, min_size=50, max_size=120).map("".join)
readable_text = text.filter(lambda t: t.strip())


def check_sentences(doc) -> None:
    last = 0
    for i, s in enumerate(doc.sentences):
        assert s.index == i
        assert doc.text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip() and "\n" not in s.text
        assert last <= s.start < s.end
        last = s.end


_RECOGNISER = None


def recogniser():
    global _RECOGNISER
    if _RECOGNISER is None:
        from kg.recognise import Recogniser
        _RECOGNISER = Recogniser(default_lexicon())
    return _RECOGNISER


def pipeline(raws: list[RawDocument]) -> Extraction:
    """The stages after read, chained as kg.pipeline.extract chains them, checking
    offsets on the way."""
    docs, mentions = [], {}
    for raw in raws:
        doc = to_document(raw)
        check_sentences(doc)
        ms = recogniser().document_mentions(doc)
        for m in ms:
            assert doc.sentences[m.sentence].text[m.start:m.end] == m.surface, m
        docs.append(doc)
        mentions[doc.doc_id] = ms
    entities = link([m for d in docs for m in mentions[d.doc_id]], default_lexicon())
    relations = relate(docs, mentions, entities)
    facts = extract_facts(docs, mentions, entities)
    return Extraction(docs, entities, relations, facts)


def check_graph(ex: Extraction, trig: Path | None = None) -> None:
    """The graph parses in Oxigraph (as `kg build` loads it) and rdflib; given
    ``trig``, it is written there as `kg build --out` writes it, read back with
    rdflib as the scorer reads it, and conforms to the shapes."""
    nt = emit.to_ntriples(ex, ontology_path() if trig else None)
    ox_triples = list(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))
    g = rdflib.Graph().parse(data=nt, format="nt")
    assert len(g) == len(ox_triples)
    if trig:
        from kg.validate import load, validate
        g = load(emit.write(nt, trig))
        assert len(g) == len(ox_triples)
        conforms, report = validate(g)
        assert conforms, report[:3000]


# ----------------------------------------------------------------------- read

@fuzz(150)
@given(st.binary(max_size=400))
def test_decode_any_bytes(data):
    try:
        text, encoding = decode(data)
    except ReadError as e:
        assert "\n" not in str(e)
        return
    text.encode("utf-8")                 # no lone surrogate got through
    assert "\r" not in text and text.strip() and encoding


def _with_surrogate(parts, mode: str) -> bytes:
    """Text with a lone surrogate in the middle, as bytes: ``surrogateescape``
    gives the invalid UTF-8 byte it stands for, ``surrogatepass`` the encoded
    surrogate (CESU-8), which UTF-8 forbids."""
    before, surrogate, after = parts
    if mode == "surrogateescape":
        surrogate = chr(0xDC80 + ord(surrogate) % 0x80)
    return (before + surrogate + after).encode("utf-8", mode)


@fuzz(60)
@given(st.tuples(readable_text, st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), readable_text),
       st.sampled_from(["surrogateescape", "surrogatepass"]), st.sampled_from(["", "utf-16-le", "gb18030"]))
def test_reader_takes_lone_surrogates_as_bytes(tmp_path_factory, parts, mode, wrap):
    data = _with_surrogate(parts, mode)
    if wrap == "utf-16-le":               # a UTF-16 file holding a lone surrogate
        data = codecs.BOM_UTF16_LE + (parts[0] + parts[1] + parts[2]).encode("utf-16-le", "surrogatepass")
    elif wrap == "gb18030":               # invalid UTF-8 after valid GB18030
        data = parts[0].encode("gb18030", "replace") + data
    path = tmp_path_factory.mktemp("sur") / "doc.txt"
    path.write_bytes(data)
    try:
        raw = read_document(path)
    except ReadError as e:
        assert "\n" not in str(e)
        return
    raw.text.encode("utf-8")
    check_graph(pipeline([raw]))


# ------------------------------------------------------- normalise, sentences

@fuzz(150)
@given(text)
def test_normalise_and_sentences(t):
    clean = normalise(t)
    assert "\r" not in clean and "\n\n" not in clean
    doc = to_document(RawDocument("fz.txt", "fz.txt", t, "utf-8"))
    assert doc.text == clean
    check_sentences(doc)
    # any text at all, not only normalised text, splits with good offsets
    for s in split_sentences("raw", t):
        assert t[s.start:s.end] == s.text
    for line in t.split("\n")[:5]:
        for a, b in sentence_spans(line):
            assert 0 <= a < b <= len(line) and line[a:b].strip()


# ------------------------------------------- recognise, link, relate, facts, emit

@fuzz(60)
@given(st.lists(text, min_size=1, max_size=3))
def test_stages_after_read(texts):
    raws = [RawDocument(f"{i:03d}_fz.txt", f"{i:03d}_fz.txt", t, "utf-8", title=t[:20] or None)
            for i, t in enumerate(texts)]
    check_graph(pipeline(raws))


@fuzz(5)
@given(long_line)
def test_a_very_long_line(t):
    check_graph(pipeline([RawDocument("long.txt", "long.txt", t, "utf-8")]))


# ------------------------------------------------------------ end to end: files

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "gb18030"]
# File names the way people save them, and worse: not UTF-8 at all.
file_stem = st.one_of(
    st.sampled_from(["report[1]", "报告 (2)", "a#b?c", "100%", "x\ny", "<script>", "𠀀", "😀", "e\u0301",
                     "\ue000", "\u202e", "a\x7fb", "-", ".hidden", "a b", "'", '"']),
    st.text(st.characters(exclude_categories=("Cs",), exclude_characters="/\x00"), min_size=1, max_size=12),
    st.binary(min_size=1, max_size=8).filter(lambda b: b"/" not in b and b"\x00" not in b
                                              and b not in (b".", b"..")))
iso_date = st.one_of(st.sampled_from(["2024", "2024-02", "2024-02-21", "２０２４", "2024-13", "2024-02-30",
                                      "٢٠٢٤", "0000-00-00", "9999-12-31", ""]),
                     st.from_regex(r"\A\d{4}(-\d{2}(-\d{2})?)?\Z"))


ISO_DATE = re.compile(r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?")


def _file_name(stem, suffix: str = ".txt") -> bytes:
    raw = stem if isinstance(stem, bytes) else stem.encode("utf-8")
    return raw[:200] + suffix.encode()


def _encode(t: str, encoding: str) -> bytes:
    return t.encode(encoding, "replace" if encoding == "gb18030" else "surrogatepass")


@fuzz(20)
@given(st.lists(st.tuples(file_stem, st.sampled_from([".txt", ".md", ".TXT"]), readable_text,
                          st.sampled_from(ENCODINGS), st.booleans(), iso_date, name),
                min_size=1, max_size=3, unique_by=lambda d: _file_name(d[0], d[1])))
@example([(b"\xff\xfe", ".txt", "星澜科技有限公司落户青禾新区。", "utf-8", False, "", "")])
@example([("report[1]", ".txt", "星澜科技有限公司落户青禾新区。", "utf-8", False, "", "")])
@example([("a", ".txt", "青禾日报 ２０２４年６月２日 星期日 第５版\n星澜科技有限公司落户青禾新区。", "utf-8", False, "", "")])
@example([("a", ".txt", "星澜科技有限公司落户青禾新区。", "utf-8", True, "２０２４", "")])
@example([("a", ".md", "星澜科技有限公司落户青禾新区。", "utf-8", False, "", ""),
          ("a", ".txt", "墨川网络科技有限公司落户青禾新区。", "utf-8", False, "", "")])
def test_extract_a_folder(tmp_path_factory, files):
    """`kg build`'s extraction on a folder of odd files and file names, with a
    manifest: the graph parses and conforms to the shapes."""
    folder = tmp_path_factory.mktemp("corpus")
    rows = io.StringIO()
    manifest = csv.writer(rows)
    manifest.writerow(["file", "title", "date", "kind"])
    for stem, suffix, t, encoding, listed, date, title in files:
        fname = _file_name(stem, suffix)
        with open(os.path.join(os.fsencode(folder), fname), "wb") as f:
            f.write(_encode(t, encoding))
        if listed:
            try:
                manifest.writerow([fname.decode("utf-8"), title, date, "报纸"])
            except UnicodeDecodeError:
                pass                    # a manifest is UTF-8 text; such a file is not listed
    (folder / "manifest.csv").write_text(rows.getvalue(), encoding="utf-8", errors="replace")
    try:
        ex, problems, _ = extract(folder, workers=1)
    except ReadError as e:             # every file unreadable
        assert "\n" not in str(e)
        return
    for p in problems:
        str(p).encode("utf-8")         # a file name that is not UTF-8 is shown as \\xNN
    for doc in ex.documents:
        doc.doc_id.encode("utf-8")
        check_sentences(doc)
        assert doc.date is None or ISO_DATE.fullmatch(doc.date), doc.date
    check_graph(ex, folder / "graph.trig")


# ------------------------------------------------ what the fuzzing found, pinned

@pytest.mark.parametrize("stem, encoded", [
    ("report[1]", "report%5B1%5D"), ("a\x7fb", "a%7Fb"), ("a\x85b", "a%C2%85b"),
    ("\ue000", "%EE%80%80"), ("\ufdd0", "%EF%B7%90"), ("\U0010fffd", "%F4%8F%BF%BD"),
    ("\U000e0001", "%F3%A0%80%81"), ("\xa0", "%C2%A0"), ("报告\u3000二", "报告%E3%80%80二"),
    ("报告（二）·e\u0301😀𠀀", "报告（二）·e\u0301😀𠀀"),        # IRI characters stay as they are
])
def test_emit_file_names_oxigraph_rejects_in_an_iri(stem, encoded):
    """emit: '[' ']', DEL and C1 controls, private use and non-characters are no
    IRI characters (RFC 3987); a file report[1].txt made the store load fail.
    rdflib takes no Unicode space in an IRI: a file named "\xa0.txt" gave a
    graph that rdflib (and so the scorer) could not read."""
    iri = emit.document_iri(stem + ".txt")
    assert iri == f"{emit.KGR}doc/{encoded}"
    line = f"<{iri}> <{iri}> <{iri}> .".encode("utf-8")
    list(ox.parse(line, format=ox.RdfFormat.N_TRIPLES))
    assert len(rdflib.Graph().parse(data=line, format="nt")) == 1


def test_read_a_file_name_that_is_not_utf8(tmp_path):
    """read: the name of a file saved in GBK on a UTF-8 system decodes with lone
    surrogates (os.fsdecode), which no UTF-8 output can hold: its doc_id shows
    the bytes as \\xNN, and so do the messages about it."""
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, "报告".encode("gbk") + b".txt"), "wb") as f:
        f.write("星澜科技有限公司落户青禾新区。".encode("utf-8"))
    with open(os.path.join(folder, b"\xff.txt"), "wb"):
        pass                                                       # empty: skipped
    ex, problems, _ = extract(tmp_path, workers=1)
    assert [d.doc_id for d in ex.documents] == ["\\xb1\\xa8\\xb8\\xe6.txt"]
    assert [str(p) for p in problems] == [f"{tmp_path}/\\xff.txt: empty file, skipped — put text in it or remove it"]
    check_graph(ex)


def test_normalise_masthead_date_in_full_width_digits():
    """normalise: a masthead in full-width digits gave the date '２０２４-06-02',
    which is no xsd:date; an impossible date is no date."""
    assert masthead_date("青禾日报 ２０２４年６月２日 星期日 第５版") == "2024-06-02"
    assert masthead_date("青禾日报 2024年13月45日 星期日 第5版") is None
    assert masthead_date("青禾日报 2023年2月29日 星期三 第5版") is None


@pytest.mark.parametrize("date", ["２０２４", "٢٠٢٤", "2024-13", "2023-02-29", "0000"])
def test_read_manifest_dates_in_other_digits_or_impossible(tmp_path, date):
    """read: the manifest's date check took any Unicode digits (\\d) and any
    month or day, and the graph got '２０２４'^^xsd:gYear."""
    (tmp_path / "a.txt").write_text("星澜科技有限公司落户青禾新区。", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(f"file,title,date,kind\na.txt,标题,{date},报纸\n", encoding="utf-8")
    (doc,), problems = iter_corpus(tmp_path)
    assert doc.date is None and doc.title == "标题"
    assert [p.message for p in problems] == [f"date {date!r} of a.txt ignored — write it as 2024, 2024-02 or 2024-02-21"]


def test_read_two_files_one_name_but_for_the_extension(tmp_path):
    """read: a.md and a.txt were both read, and emit names a document without its
    extension, so they became one kgr:doc/a with two texts for sentence 0 (the
    graph failed the shapes). The second is skipped, saying why."""
    (tmp_path / "a.md").write_text("星澜科技有限公司落户青禾新区。", encoding="utf-8")
    (tmp_path / "a.txt").write_text("墨川网络科技有限公司落户青禾新区。", encoding="utf-8")
    (tmp_path / "b.TXT").write_text("云栖科技有限公司落户青禾新区。", encoding="utf-8")
    ex, problems, _ = extract(tmp_path, workers=1)
    assert [d.doc_id for d in ex.documents] == ["a.md", "b.TXT"]
    assert [str(p) for p in problems] == [
        f"{tmp_path}/a.txt: same name as a.md but for the extension, and the graph names "
        "documents without it, skipped — rename one of them"]
    check_graph(ex, tmp_path / "graph.trig")


def _seconds(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def test_relate_a_long_run_of_quotation_marks_is_linear():
    """relate (matcher): the quotation marks a name may stand in were an
    unbounded run, so every match attempt in a line of 20,000 “ scanned to its
    end: about a minute; now a fraction of a second."""
    from kg.relate.patterns import default_matcher
    matcher = default_matcher()
    assert _seconds(matcher.matches, "“" * 20_000, []) < 3


def test_relate_a_long_line_of_digits_is_linear():
    """relate (relations.toml): two patterns read a count (3个项目, 四大产业) as
    any run of digits, tried from every digit of a line of them: 32,000 took 3 s."""
    from kg.relate.patterns import default_matcher
    matcher = default_matcher()
    assert _seconds(matcher.matches, "1" * 50_000, []) < 2


def test_recognise_a_long_line_of_list_nouns_is_linear(recogniser):
    """recognise (enumerations): each list noun (企业, 项目) searched the whole
    line before it for its counter (等N个): 6,000 nouns in one line took ~25 s."""
    from kg.recognise.context import Context
    from kg.recognise.enumerations import enumerations
    text = "企业" * 6000
    ctx = Context(text, recogniser.seg.tokens(text), "d#0", recogniser.lex, recogniser.rules,
                  recogniser.seg, recogniser.tables)
    assert _seconds(enumerations, ctx) < 3
    # the counter is still found right before the noun's modifier
    assert [c.name for c in recogniser.sentence_mentions("d", 0, "引进星澜、墨川等12家数字经济领军企业")
            if c.cls == "Enterprise"] == ["星澜", "墨川"]


def test_normalise_a_long_run_of_spaces_is_linear():
    """normalise: two patterns of normalise.toml (a space before a closing mark, a
    page-turn marker with the spaces before it) were tried from every space of a
    run: 32,000 spaces in a line took ~10 s."""
    assert _seconds(normalise, " " * 50_000 + "x") < 2
    assert normalise("增长  。好 （下转7版）") == "增长。好"
