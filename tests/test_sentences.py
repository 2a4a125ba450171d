"""kg.sentences: splitting, offsets, quotes; kg.normalise.to_document."""
from functools import cache
from pathlib import Path

import pytest

from kg.model import RawDocument
from kg.normalise import normalise, to_document
from kg.sentences import sentence_spans, split_sentences

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DOCS = sorted(p.name for p in CORPUS.glob("*.txt"))


@cache
def normalised(name: str) -> str:
    return normalise((CORPUS / name).read_text("utf-8"))


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences("d", text)]


@pytest.mark.parametrize("name", DOCS)
def test_offsets_on_corpus(name):
    text = normalised(name)
    sentences = split_sentences(name, text)
    assert sentences
    line_starts = [0]
    for line in text.split("\n"):
        line_starts.append(line_starts[-1] + len(line) + 1)
    covered = 0
    for i, s in enumerate(sentences):
        assert (s.doc_id, s.index) == (name, i)
        assert text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip() and "\n" not in s.text
        # The paragraph is the line the sentence stands on.
        assert line_starts[s.paragraph] <= s.start < line_starts[s.paragraph + 1]
        assert s.start >= covered            # in order, no overlap
        covered = s.end
    # Nothing but whitespace falls between sentences.
    assert "".join(s.text for s in sentences).replace(" ", "") == "".join(text.split())


def test_splits_on_chinese_punctuation_and_lines():
    assert texts("一。二！三？四；五\n六") == ["一。", "二！", "三？", "四；", "五", "六"]
    assert texts("真的吗？！是的。") == ["真的吗？！", "是的。"]


def test_closing_quote_stays_with_its_sentence():
    assert texts("“这里原本有一堆建筑垃圾。”近日，她开心地说道。") == \
        ["“这里原本有一堆建筑垃圾。”", "近日，她开心地说道。"]
    assert texts("荣获“鲁班奖”。下一句。") == ["荣获“鲁班奖”。", "下一句。"]
    assert texts("（详见附件。）下一句。") == ["（详见附件。）", "下一句。"]


def test_short_quote_is_not_split():
    sentence = "以“开年即冲刺！首季即决战？”的精神状态拼经济。"
    assert texts(sentence + "下一句。") == [sentence, "下一句。"]
    # The full stop after the quote still ends the sentence.
    assert texts("他说“好！”。下一句。") == ["他说“好！”。", "下一句。"]


def test_quote_with_full_stops_or_long_is_split():
    assert texts("“第一句。第二句！”他说。") == ["“第一句。", "第二句！”", "他说。"]
    long_quote = "“" + "很长的引文" * 12 + "！还有下文”"
    assert len(texts(long_quote)) == 2


def test_unclosed_quote_runs_to_line_end():
    assert texts("“短句！后文") == ["“短句！后文"]


def test_ascii_terminators_only_before_cjk():
    assert texts("怎么办?李志龙:这样办。") == ["怎么办?", "李志龙:这样办。"]
    assert texts("织密组织体系;坚持建功一线!") == ["织密组织体系;", "坚持建功一线!"]
    assert texts("版本v1.0?beta;ok。") == ["版本v1.0?beta;ok。"]


def test_whitespace_stripped_with_offsets():
    text = "  甲句。  乙句。 \n\n  \n 丙句"
    sentences = split_sentences("d", text)
    assert [(s.text, s.start, s.end, s.paragraph) for s in sentences] == [
        ("甲句。", 2, 5, 0), ("乙句。", 7, 10, 0), ("丙句", 17, 19, 1)]


def test_empty_text():
    assert split_sentences("d", "") == []
    assert split_sentences("d", " \n\n ") == []


def test_to_document():
    name = DOCS[0]
    raw = RawDocument(doc_id=name, path=f"corpus/{name}",
                      text=(CORPUS / name).read_text("utf-8"), encoding="gb18030",
                      title="标题", date="2022-12", kind="报纸")
    doc = to_document(raw)
    assert doc.text == normalised(name)
    assert doc.sentences == split_sentences(name, doc.text)
    assert (doc.doc_id, doc.encoding, doc.title, doc.date, doc.kind, doc.path) == \
        (name, "gb18030", "标题", "2022-12", "报纸", f"corpus/{name}")


def test_ellipsis_before_a_new_clause_ends_a_sentence():
    line = "青禾云等数据中心项目正在推进建设……新城区成立以来，全区增长。他说“好……”，走了"
    got = [line[a:b] for a, b in sentence_spans(line)]
    assert got == ["青禾云等数据中心项目正在推进建设……", "新城区成立以来，全区增长。", "他说“好……”，走了"]


def test_sentences_of_a_column_paragraph_share_its_number():
    # A newspaper column set line by line: a sentence ends mid-line, another
    # line ends in 。 by chance; the paragraph is the indented one.
    indent = "\u3000\u3000"
    page = (f"{indent}星澜科技、墨川网络、云栖药业等龙头\n企业牢牢占据产业链关键环节。在芯片领\n"
            "域，星澜存储持续扩产，二期项目已于今\n年一季度开工建设。\n"
            f"{indent}云栖药业研发中心落户药谷二期，新增\n企业1. 2万家，带动上下游配套企业集聚\n"
            "发展，药谷已成为青禾的第二增长极。\n")
    got = [(s.paragraph, s.text) for s in split_sentences("d", normalise(page))]
    assert got == [(0, "星澜科技、墨川网络、云栖药业等龙头企业牢牢占据产业链关键环节。"),
                   (0, "在芯片领域，星澜存储持续扩产，二期项目已于今年一季度开工建设。"),
                   (1, "云栖药业研发中心落户药谷二期，新增企业1.2万家，带动上下游配套企业集聚发展，"
                       "药谷已成为青禾的第二增长极。")]
