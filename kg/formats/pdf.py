"""PDFs with a text layer (pypdf).  A scan has none: it is skipped with a
message saying so, since reading it needs OCR, which this project does not do."""
from __future__ import annotations

import io
import logging

import pypdf
from pypdf.errors import PdfReadError

from . import Extracted, FormatError

# pypdf logs every odd object it meets; a file it cannot read becomes one FormatError instead
logging.getLogger("pypdf").setLevel(logging.ERROR)


def extract(data: bytes) -> Extracted:
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FormatError("the PDF is password-protected, skipped — save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or None
    except FormatError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise FormatError(f"cannot read this PDF ({e}), skipped — save its text as .txt") from e
    text = "\n".join(pages)
    if not text.strip():
        raise FormatError("the PDF has no text layer (a scan?), skipped — run OCR on it "
                          "(e.g. ocrmypdf) or save its text as .txt")
    return Extracted(text, title.strip() if isinstance(title, str) and title.strip() else None)
