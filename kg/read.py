"""Read corpus files: bytes -> text, whatever the encoding, or a clear error.

Decoding is deterministic: a byte-order mark decides first; then strict
UTF-8; then strict GB18030 (a superset of GBK and GB2312, so GBK files decode
as gb18030); charset-normalizer guesses only for anything else. Line endings
become ``\\n``.  Web pages, Word files and PDFs are read by kg/formats/ and
their text then goes the same way (the format is recorded on the document).

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> _ = p.write_bytes("拱墅区\\r\\n".encode("gbk"))
>>> doc = read_document(p)
>>> doc.text, doc.encoding, doc.title
('拱墅区\\n', 'gb18030', '拱墅区')
"""
from __future__ import annotations

import codecs
import csv
import datetime
import io
import os
import re
import unicodedata
from pathlib import Path

import charset_normalizer

from kg import formats
from kg.model import Problem, RawDocument
from kg.page_furniture import dropped_line, labelled_title, masthead_date

SUFFIXES = formats.SUFFIXES         # .txt .md .html .htm .docx .pdf
KINDS = "/".join(s.lstrip(".") for s in SUFFIXES)
MANIFEST = "manifest.csv"
CORPUS_ROW = "."        # manifest.csv's row for the folder itself: the title of the whole corpus
# Checked in this order: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Text has almost no control characters; more than this share means binary.
_MAX_CONTROL_SHARE = 0.01
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# ASCII digits only: xsd:gYear and xsd:date take no others (\d alone takes ２０２４).
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)


class ReadError(Exception):
    """A file or folder that cannot be used; str() is one line naming it."""

    def __init__(self, path: str | os.PathLike, reason: str):
        path = text_name(str(path))     # printable, even when the name is not UTF-8
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def problem(self) -> Problem:
        return Problem(self.path, self.reason)


def read_document(path: str | os.PathLike, data: bytes | None = None) -> RawDocument:
    """Read one corpus file: decode a text file, extract a page's, a Word file's or a PDF's text
    (``data``: its bytes, when read already).

    The title defaults to the first non-empty line, without markdown marks
    (as for a .txt file of the same text; a title in the file's metadata only
    when there is none). Raises ReadError for an empty, binary or unreadable
    file, or a PDF without a text layer.
    """
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as e:
            raise ReadError(path, f"cannot read file ({e.strerror or e}), skipped"
                                  " — check that it exists and is readable") from e
    title = None
    if formats.is_text(path):
        text, encoding = decode(data, path)
    else:
        try:
            extracted = formats.extract(path, data)
        except formats.FormatError as e:
            raise ReadError(path, str(e)) from e
        except ReadError as e:          # a page that does not decode: name the file, not "<bytes>"
            raise ReadError(path, e.reason) from e
        # the same checks as a text file's: something to read, and no binary debris
        text, encoding = decode(extracted.text.encode("utf-8"), path)
        title = extracted.title
    return RawDocument(doc_id=text_name(Path(path).name), path=str(path), text=text,
                       encoding=encoding, title=_first_line(text) or title, date=_masthead_date(text),
                       format=formats.media_type(path))


def text_name(name: str) -> str:
    """A file name as text that can be written anywhere (UTF-8): the bytes of
    a name that is not UTF-8 (lone surrogates, as ``os.fsdecode`` gives them)
    are shown as ``\\xNN``.

    >>> print(text_name(os.fsdecode(b"\\xb1\\xa8\\xb8\\xe6.txt")))   # GBK bytes on a UTF-8 system
    \\xb1\\xa8\\xb8\\xe6.txt
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def decode(data: bytes, path: str | os.PathLike = "<bytes>") -> tuple[str, str]:
    """(text, encoding) of ``data``; line endings normalised to ``\\n``.

    >>> decode(codecs.BOM_UTF16_LE + "运河".encode("utf-16-le"))
    ('运河', 'utf-16-le')
    """
    text, encoding = _decode(data, path)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError(path, "empty file, skipped — put text in it or remove it")
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise _binary(path)
    return text, encoding


def _decode(data: bytes, path) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding.removesuffix("-sig")), encoding
            except UnicodeDecodeError as e:
                raise ReadError(path, f"starts with a {encoding} byte-order mark but is "
                                      "not valid text in it, skipped — re-save it as "
                                      "UTF-8") from e
    if b"\x00" in data:
        raise _binary(path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    # Byte pairs that GBK leaves unassigned decode to the private use area:
    # real GBK text has none, Big5 text read as GBK has many.
    if text and not _PRIVATE_USE.search(text):
        return text, "gb18030"
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise _binary(path)
    return str(best), best.encoding


def _binary(path) -> ReadError:
    return ReadError(path, "binary file (not text), skipped — convert it to UTF-8 text")


# the control characters (category Cc: the C0 and C1 controls, a set Unicode never
# changes) but tabs, line and form feeds, and the replacement character
_CONTROL = re.compile("[" + re.escape("".join(
    ch for ch in map(chr, range(0x100)) if unicodedata.category(ch) == "Cc" and ch not in "\t\n\f\v"))
    + "\ufffd]")


def _control_share(text: str) -> float:
    return len(_CONTROL.findall(text)) / len(text)


def _first_line(text: str) -> str | None:
    """The first line that normalise keeps: a newspaper's masthead is no title.

    >>> _first_line("青禾日报 2024年6月2日 星期日 第5版\\n\\n## **星澜存储二期开工**")
    '星澜存储二期开工'
    """
    lines = [x for x in (ln.strip().lstrip("#").replace("**", "").strip() for ln in text.split("\n")[:12]) if x]
    labelled = next(filter(None, map(labelled_title, lines)), None)
    if labelled:
        return labelled     # (星澜新闻联播 2025年…, then 【标题】X: the programme's name is no title)
    for line in text.split("\n"):
        line = line.strip().lstrip("#").replace("**", "").strip()
        if line and not dropped_line(line):
            return line
    return None


def _masthead_date(text: str) -> str | None:
    """A newspaper page's date, from its masthead."""
    return next(filter(None, map(masthead_date, text.split("\n"))), None)


def corpus_files(folder: str | os.PathLike) -> tuple[list[tuple[Path, dict[str, str]]], list[Problem]]:
    """The corpus files of ``folder`` (.txt, .md, .html/.htm, .docx and .pdf; sorted
    by name, not recursive), each with the values its manifest.csv row gives
    (title, date, kind; and ``collection``, the title the row for ``.`` gives the
    whole corpus, kg/naming.py), and the manifest's problems.  Raises ReadError
    for a missing folder or a folder without documents."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ReadError(folder, "no such folder — give the folder that holds "
                                f"the corpus files ({KINDS})")
    files = sorted((p for p in folder.iterdir()
                    if p.suffix.lower() in SUFFIXES and p.is_file()),
                   key=lambda p: p.name)
    if not files:
        raise ReadError(folder, f"no corpus files ({KINDS}) in this folder — put the "
                                "documents there")
    problems: list[Problem] = []
    manifest = _read_manifest(folder / MANIFEST, problems)
    collection = manifest.pop(CORPUS_ROW, {}).get("title")
    extra = {"collection": collection} if collection else {}
    out = [(path, {**manifest.pop(path.name, {}), **extra}) for path in files]
    problems.extend(Problem(str(folder / MANIFEST),
                            f"row for {name} but no such corpus file here — fix "
                            "the file name or remove the row")
                    for name in manifest)
    return out, problems


def with_meta(doc: RawDocument, meta: dict[str, str]) -> RawDocument:
    """``doc`` with the manifest's values (title, date, kind) in place of its own."""
    for field, value in meta.items():
        setattr(doc, field, value)
    return doc


def same_stem(path: Path, stems: dict[str, str], doc_id: str) -> Problem | None:
    """The problem of a document named as one read before but for its extension
    (a.md, a.txt), else None (and ``stems`` learns its name)."""
    # The graph names a document without its extension (kgr:doc/a), so
    # a.md and a.txt would become one document with two texts.
    stem = Path(doc_id).stem
    if stem in stems:
        return ReadError(path, f"same name as {stems[stem]} but for the extension, "
                               "and the graph names documents without it, skipped "
                               "— rename one of them").problem()
    stems[stem] = doc_id
    return None


def iter_corpus(folder: str | os.PathLike) -> tuple[list[RawDocument], list[Problem]]:
    """Read every corpus file of ``folder``: .txt, .md, .html/.htm, .docx and .pdf
    (sorted by name, not recursive).

    A file that cannot be read becomes a Problem and the others still load;
    so does a file named as one read before but for its extension (a.md,
    a.txt). If the folder has a manifest.csv (columns file,title,date,kind), its
    values replace the defaults; its row for ``.`` titles the whole corpus
    (kg/naming.py). Raises ReadError for a missing folder or a
    folder without documents.
    """
    files, manifest_problems = corpus_files(folder)
    problems: list[Problem] = []
    documents = []
    stems: dict[str, str] = {}     # name without extension -> the file read under it
    for path, meta in files:
        try:
            doc = read_document(path)
        except ReadError as e:
            problems.append(e.problem())
            continue
        problem = same_stem(path, stems, doc.doc_id)
        if problem:
            problems.append(problem)
            continue
        documents.append(with_meta(doc, meta))
    return documents, problems + manifest_problems


def _read_manifest(path: Path, problems: list[Problem]) -> dict[str, dict[str, str]]:
    """file name -> {field: value} of the non-empty title/date/kind cells."""
    if not path.exists():
        return {}
    try:
        text, _ = decode(path.read_bytes(), path)
    except OSError as e:
        problems.append(Problem(str(path), f"manifest not used: {e.strerror or e}"))
        return {}
    except ReadError as e:
        problems.append(Problem(str(path), f"manifest not used: {e.reason}"))
        return {}
    rows = csv.DictReader(io.StringIO(text))
    if "file" not in (rows.fieldnames or []):
        problems.append(Problem(str(path), "manifest not used: no 'file' column "
                                           "— the header must be file,title,date,kind"))
        return {}
    manifest = {}
    for row in rows:
        name = (row["file"] or "").strip()
        if not name:
            continue
        values = {k: (row.get(k) or "").strip() for k in ("title", "date", "kind")}
        if values["date"] and not _iso_date(values["date"]):
            problems.append(Problem(str(path), f"date {values['date']!r} of "
                                               f"{name} ignored — write it as "
                                               "2024, 2024-02 or 2024-02-21"))
            values["date"] = ""
        manifest[name] = {k: v for k, v in values.items() if v}
    return manifest


def _iso_date(value: str) -> bool:
    """Is ``value`` 2024, 2024-02 or 2024-02-21, with a month and a day the
    calendar has?

    >>> [_iso_date(v) for v in ("2024", "2024-02-29", "2023-02-29", "2024-13", "２０２４")]
    [True, True, False, False, False]
    """
    m = _ISO_DATE.fullmatch(value)
    try:
        return bool(m) and bool(datetime.date(int(m[1]), int(m[2] or 1), int(m[3] or 1)))
    except ValueError:
        return False
