"""Text out of the file formats reports arrive in: web pages, Word files, PDFs.

Each reader takes the file's bytes and returns `Extracted`: the text (one
paragraph per line, as a .txt file of the same document would hold it) and
a title when the file states one.  The text then goes through the same
normaliser as a .txt file (kg/normalise.py), so sentence offsets are
offsets into this extracted text.  A reader's library is imported only when
a file of its kind is read: a corpus of .txt files pays for none of them.

    >>> media_type("report.HTM"), media_type("a.txt")
    ('text/html', 'text/plain')
    >>> table_row(["华东医药", " 生命健康 ", "", "华东医药"])
    '华东医药；生命健康'
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

# suffix -> IANA media type, recorded on the document as dcterms:format
MEDIA_TYPES = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
}
TEXT_SUFFIXES = (".txt", ".md")
# suffix -> module of this package that reads it
_READERS = {".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf"}
SUFFIXES = tuple(MEDIA_TYPES)
# the libraries the readers need, for the message when one is missing
_PACKAGES = {"html": "trafilatura", "docx": "python-docx", "pdf": "pypdf"}


class FormatError(Exception):
    """A file whose text cannot be had; str() is the reason and what to do, one line."""


@dataclass
class Extracted:
    text: str
    title: str | None = None


def media_type(path: str | Path) -> str:
    """The media type of a corpus file, by its suffix (text/plain for anything unknown)."""
    return MEDIA_TYPES.get(Path(path).suffix.lower(), "text/plain")


def is_text(path: str | Path) -> bool:
    """Is ``path`` a plain text file (.txt, .md), read by decoding its bytes?"""
    return Path(path).suffix.lower() in TEXT_SUFFIXES


def extract(path: str | Path, data: bytes) -> Extracted:
    """The text of a .html/.htm, .docx or .pdf file's ``data``.

    Raises FormatError when the file holds no text or cannot be parsed.
    """
    kind = _READERS.get(Path(path).suffix.lower())
    if kind is None:
        raise FormatError(f"no reader for {Path(path).suffix or 'files without a suffix'}")
    try:
        reader = importlib.import_module(f"{__name__}.{kind}")
    except ImportError as e:        # the library, not our module
        raise FormatError(f"reading {kind} files needs {_PACKAGES[kind]} ({e.name} is missing)"
                          f" — pip install {_PACKAGES[kind]}") from e
    return reader.extract(data)


def table_row(cells: list[str]) -> str:
    """A table row as one line: its non-empty cells, a cell repeated by a merge once,
    joined by a clause mark so that two cells never read as one name."""
    out: list[str] = []
    for cell in cells:
        cell = " ".join(cell.split())
        if cell and cell not in out:
            out.append(cell)
    return "；".join(out)
