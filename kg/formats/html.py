"""Web pages: the main text, without navigation, sidebars and footers (trafilatura).

trafilatura's rule-based extraction keeps the article's headings, paragraphs
and tables and drops the page's furniture; it is deterministic.  Tables come
out as Markdown rows (``| a | b |``), turned here into `table_row` lines.
"""
from __future__ import annotations

import re

import trafilatura

from . import Extracted, FormatError, table_row
from ..read import decode

# A page's furniture by its HTML5 element, removed before trafilatura looks: on a short
# page its fallbacks (which keep everything) would otherwise bring the menu back.
FURNITURE = ["//nav", "//header", "//footer", "//aside", "//*[@role='navigation']",
             "//*[@role='banner']", "//*[@role='contentinfo']"]
_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_RULE = re.compile(r"^[\s|:\-]+$")      # a Markdown table's |---|---| line


def extract(data: bytes) -> Extracted:
    # decoded as a .txt file is (BOM, UTF-8, GB18030, then a guess), not by trafilatura's guess
    page, _ = decode(data)
    doc = trafilatura.bare_extraction(page, include_tables=True, include_comments=False,
                                      include_images=False, include_links=False,
                                      deduplicate=False, with_metadata=True,
                                      prune_xpath=FURNITURE)
    text = doc.text if doc is not None else ""
    if not (text or "").strip():
        raise FormatError("no main text found in this web page, skipped"
                          " — save the article's text as .txt")
    lines = []
    for line in text.split("\n"):
        row = _ROW.match(line)
        if row and _RULE.match(line):
            continue
        lines.append(table_row(row.group(1).split("|")) if row else line)
    return Extracted("\n".join(lines), (doc.title or "").strip() or None)
