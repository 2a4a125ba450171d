"""Word files (.docx): paragraphs and tables in the order they stand (python-docx)."""
from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from . import Extracted, FormatError, table_row


def extract(data: bytes) -> Extracted:
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise FormatError(f"not a readable .docx file ({e}), skipped — re-save it from Word"
                          " as .docx, or save its text as .txt") from e
    lines: list[str] = []
    # body children in document order: a table between two paragraphs stays there
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            lines.extend(_table_lines(Table(child, document)))
    title = (document.core_properties.title or "").strip() or None
    return Extracted("\n".join(lines), title)


def _table_lines(table: Table) -> list[str]:
    out = []
    for row in table.rows:
        line = table_row([cell.text for cell in row.cells])
        if line:
            out.append(line)
    return out
