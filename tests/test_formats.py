"""Web pages, Word files and PDFs read as .txt files are (kg/formats/): the same
entities from the same text, the page's furniture left out, a scan named and skipped.

The files are made here (tests/sample_files.py) from the paragraphs of bundled documents.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from sample_files import write_docx, write_html, write_pdf, write_scan_pdf, write_txt  # noqa: E402

from kg.emit import document_lines  # noqa: E402
from kg.normalise import normalise, to_document  # noqa: E402
from kg.pipeline import extract  # noqa: E402
from kg.read import ReadError, iter_corpus, read_document  # noqa: E402

WRITERS = {"html": write_html, "docx": write_docx, "pdf": write_pdf}
# bundled documents: a government report, a press conference, a newspaper page
DOCS = {"html": "001_e02ff1c06b4ac93a.txt", "docx": "002_aa8e2dd3bf96fdae.txt",
        "pdf": "004_ae53370610f934a0.txt"}


def paragraphs(corpus_dir: Path, name: str) -> list[str]:
    return normalise(read_document(corpus_dir / name).text).split("\n")


def entities_by_doc(folder: Path) -> dict[str, set[str]]:
    ex, problems, _ = extract(folder, workers=1)
    assert problems == []
    out: dict[str, set[str]] = {}
    for e in ex.entities.values():
        for m in e.mentions:
            out.setdefault(Path(m.doc_id).stem, set()).add(e.key)
    return out


def test_a_folder_of_html_docx_and_pdf_gives_the_entities_of_their_txt_forms(tmp_path, corpus_dir):
    mixed, plain = tmp_path / "mixed", tmp_path / "plain"
    mixed.mkdir(), plain.mkdir()
    for kind, name in DOCS.items():
        paras = paragraphs(corpus_dir, name)
        WRITERS[kind](mixed / f"{kind}-doc.{kind}", paras)
        write_txt(plain / f"{kind}-doc.txt", paras)
    got, want = entities_by_doc(mixed), entities_by_doc(plain)
    assert set(got) == {"html-doc", "docx-doc", "pdf-doc"}
    for stem in want:
        assert len(want[stem]) > 50
        assert got[stem] == want[stem], (stem, got[stem] ^ want[stem])


def test_the_format_is_recorded_and_offsets_are_into_the_extracted_text(tmp_path, corpus_dir):
    paras = paragraphs(corpus_dir, DOCS["pdf"])[:6]
    for kind, write in WRITERS.items():
        raw = read_document(write(tmp_path / f"d.{kind}", paras))
        doc = to_document(raw)
        assert raw.title == paras[0]
        assert doc.sentences and all(doc.text[s.start:s.end] == s.text for s in doc.sentences)
        media = {"html": "text/html", "pdf": "application/pdf"}.get(kind, "application/vnd.openxmlformats-"
                                                                          "officedocument.wordprocessingml.document")
        assert doc.format == media
        assert f'<http://purl.org/dc/terms/format> "{media}" .' in "\n".join(document_lines(doc))
    txt = to_document(read_document(write_txt(tmp_path / "d.txt", paras)))
    assert txt.format == "text/plain"


def test_a_web_page_loses_its_navigation_and_footer(tmp_path):
    paras = ["青禾区数字经济发展报告", "今年，青禾区引进星澜存储科技有限公司，总投资26亿元的星澜存储二期项目开工建设。",
             "墨川医药、云溪科技等企业在青禾高新区设立研发中心，聚焦生命健康和人工智能产业。"]
    for encoding in ("utf-8", "gbk"):
        raw = read_document(write_html(tmp_path / f"p-{encoding}.html", paras, encoding))
        lines = [line for line in raw.text.split("\n") if line.strip()]
        assert lines == paras, lines
        assert "首页" not in raw.text and "备案号" not in raw.text and "门户网站" not in raw.text


def test_a_word_file_keeps_its_tables_in_place(tmp_path):
    paras = ["青禾区重点企业名单", "以下企业列入年度重点培育名单。"]
    raw = read_document(write_docx(tmp_path / "t.docx", paras,
                                   table=[["企业", "赛道"], ["星澜存储", "数字经济"], ["墨川医药", "生命健康"]]))
    assert raw.text.split("\n") == ["青禾区重点企业名单", "以下企业列入年度重点培育名单。",
                                    "企业；赛道", "星澜存储；数字经济", "墨川医药；生命健康"]


def test_a_pdf_without_text_is_named_and_skipped(tmp_path, corpus_dir):
    write_scan_pdf(tmp_path / "scan.pdf")
    write_txt(tmp_path / "a.txt", paragraphs(corpus_dir, DOCS["html"])[:3])
    docs, problems = iter_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["a.txt"]
    [p] = problems
    assert p.path.endswith("scan.pdf") and "no text layer" in p.message and "\n" not in str(p)
    with pytest.raises(ReadError, match=r"scan\.pdf: the PDF has no text layer .* OCR"):
        read_document(tmp_path / "scan.pdf")


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".html"])
def test_a_broken_file_is_one_line(tmp_path, suffix):
    bad = tmp_path / f"bad{suffix}"
    bad.write_bytes(b"\x00\x01not really" * 10)
    with pytest.raises(ReadError) as e:
        read_document(bad)
    assert str(e.value).startswith(str(bad)) and "\n" not in str(e.value) and "skipped" in str(e.value)
