"""kg.read: decoding, bad files, folders and the manifest."""
import codecs
import csv
import re
import shutil
from pathlib import Path

import pytest

from kg.read import ReadError, iter_corpus, read_document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DOCS = sorted(p.name for p in CORPUS.glob("*.txt"))


def utf8_text(name: str) -> str:
    return (CORPUS / name).read_text("utf-8")


def test_corpus_has_five_documents():
    assert len(DOCS) == 5


@pytest.mark.parametrize("name", DOCS)
def test_gb18030_copy_decodes_like_utf8(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(utf8_text(name).encode("gb18030"))
    doc = read_document(path)
    assert doc.text == utf8_text(name)
    assert doc.encoding == "gb18030"


@pytest.mark.parametrize("name", [n for n in DOCS if not n.startswith("003")])
def test_gbk_copy_decodes_as_gb18030(tmp_path, name):
    # 003 holds an en space (U+2002) that GBK cannot encode.
    path = tmp_path / name
    path.write_bytes(utf8_text(name).encode("gbk"))
    doc = read_document(path)
    assert doc.text == utf8_text(name)
    assert doc.encoding == "gb18030"


@pytest.mark.parametrize("bom, codec, encoding", [
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
])
def test_bom_copies_decode_like_utf8(tmp_path, bom, codec, encoding):
    name = DOCS[3]
    path = tmp_path / name
    path.write_bytes(bom + utf8_text(name).encode(codec))
    doc = read_document(path)
    assert doc.text == utf8_text(name)
    assert not doc.text.startswith("\ufeff")
    assert doc.encoding == encoding


def test_plain_utf8_and_line_endings(tmp_path):
    path = tmp_path / "x.md"
    path.write_bytes("# 标题\r\n\r\n正文一。\r正文二。".encode("utf-8"))
    doc = read_document(path)
    assert doc.text == "# 标题\n\n正文一。\n正文二。"
    assert (doc.doc_id, doc.path, doc.encoding) == ("x.md", str(path), "utf-8")
    assert doc.title == "标题"


def test_other_encodings_fall_back_to_charset_normalizer(tmp_path):
    path = tmp_path / "big5.txt"
    text = "拱墅區位於杭州市中心，是一個歷史悠久的城區。" * 5
    path.write_bytes(text.encode("big5"))
    doc = read_document(path)
    assert doc.text == text
    assert doc.encoding == "big5"


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", codecs.BOM_UTF8, "\u3000\n".encode()])
def test_empty_file_is_a_read_error(tmp_path, data):
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError) as err:
        read_document(path)
    message = str(err.value)
    assert message.startswith(f"{path}: empty file")
    assert "\n" not in message


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    bytes(range(1, 32)) * 20,
])
def test_binary_file_is_a_read_error(tmp_path, data):
    path = tmp_path / "picture.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError, match=r"picture\.txt: binary file .*UTF-8") as err:
        read_document(path)
    assert "\n" not in str(err.value)


def test_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match=r"nowhere\.txt: cannot read file"):
        read_document(tmp_path / "nowhere.txt")


def test_bad_files_become_problems_and_the_rest_loads(tmp_path):
    for name in DOCS[:2]:
        shutil.copy(CORPUS / name, tmp_path / name)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.md").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "notes.csv").write_text("not,a,document")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deeper.txt").write_text("不读子目录。")

    docs, problems = iter_corpus(tmp_path)

    assert [d.doc_id for d in docs] == DOCS[:2]
    assert [d.text for d in docs] == [utf8_text(n) for n in DOCS[:2]]
    messages = sorted(str(p) for p in problems)
    assert len(messages) == 2
    assert messages[0].startswith(str(tmp_path / "blob.md") + ": binary file")
    assert messages[1].startswith(str(tmp_path / "empty.txt") + ": empty file")
    assert all("\n" not in m for m in messages)


def test_missing_folder_and_folder_without_documents(tmp_path):
    with pytest.raises(ReadError, match="no such folder"):
        iter_corpus(tmp_path / "absent")
    (tmp_path / "readme.csv").write_text("x")
    with pytest.raises(ReadError, match=r"no corpus files \(txt/md/html/htm/docx/pdf\)"):
        iter_corpus(tmp_path)


def test_corpus_manifest_fills_title_date_kind():
    docs, problems = iter_corpus(CORPUS)
    assert problems == []
    by_id = {d.doc_id: d for d in docs}
    report = by_id["002_aa8e2dd3bf96fdae.txt"]
    assert (report.title, report.date, report.kind) == ("政府工作报告", "2024-02-21", "政府工作报告")
    assert by_id["001_e02ff1c06b4ac93a.txt"].date == "2022-09-27"
    assert all(d.title and d.date and d.kind for d in docs)


def test_manifest_file_is_well_formed():
    with (CORPUS / "manifest.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["file"] for r in rows] == DOCS
    assert list(rows[0]) == ["file", "title", "date", "kind"]
    for r in rows:
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", r["date"])
        assert r["kind"] in {"政府工作报告", "新闻发布会", "报纸"}
        assert r["title"]


def test_without_manifest_title_is_first_line(tmp_path):
    shutil.copy(CORPUS / DOCS[2], tmp_path / DOCS[2])
    docs, problems = iter_corpus(tmp_path)
    assert problems == []
    assert docs[0].title == "政府工作报告"      # from "# 政府工作报告"
    assert docs[0].date is None and docs[0].kind is None


@pytest.mark.parametrize("text, title", [
    # a news script: the programme's name and date first, the title labelled after it
    ("星澜新闻联播　2025年3月8日\n\n【标题】青禾区：电子信息产业链上发力\n\n【导语】\n今年以来……", "青禾区：电子信息产业链上发力"),
    ("标题：云溪镇三季度项目进展\n正文……", "云溪镇三季度项目进展"),
    # no label: the first line kept
    ("青禾区2025年工作要点\n一、总体要求", "青禾区2025年工作要点"),
    # (a label deep in the text is a quotation, not the document's title)
    ("青禾区工作简报\n" + "正文。\n" * 12 + "标题：别的\n", "青禾区工作简报"),
])
def test_a_labelled_title_is_the_title(tmp_path, text, title):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    docs, _ = iter_corpus(tmp_path)
    assert docs[0].title == title


def test_manifest_problems_are_reported(tmp_path):
    shutil.copy(CORPUS / DOCS[0], tmp_path / DOCS[0])
    (tmp_path / "manifest.csv").write_text(
        "file,title,date,kind\n"
        f"{DOCS[0]},题目,21 Feb 2024,报纸\n"
        "gone.txt,别的,2024,报纸\n", encoding="utf-8")
    docs, problems = iter_corpus(tmp_path)
    assert (docs[0].title, docs[0].date, docs[0].kind) == ("题目", None, "报纸")
    messages = [str(p) for p in problems]
    assert len(messages) == 2
    assert "'21 Feb 2024'" in messages[0] and DOCS[0] in messages[0]
    assert "gone.txt" in messages[1]
