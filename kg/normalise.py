"""Normalise decoded text: one clean paragraph per line.

``normalise(text) == drop_repeats(repair(text))``:

- ``repair`` removes zero-width characters and odd spaces, markdown marks and
  layout debris (page-turn markers, page headers, newspaper mastheads, running
  heads: kg/page_furniture.py), rejoins words and sentences broken across
  lines (newspaper columns, see kg/columns.py; hard-wrapped pages; other pages
  break paragraphs mid-sentence), keeps titles, headings, list items and speakers' turns apart
  (kg/paragraphs.py), and repairs numbers split by a space
  (``38 .3%``).
- ``drop_repeats`` drops runs of sentences the document already said
  (kg/repeats.py).

This module is the stage's entry (``to_document``, ``normalise``, ``repair``)
and its character and number repairs.

Every pattern comes from kg/data/normalise.toml.

>>> normalise("拱墅通过出台两轮助企纾\\n\\n困累进政策，今年累计为企业\\n\\n"
...           "减负降本85.5亿元，兑付政府\\n\\n补助补贴资金10.3亿元，落实\\n\\n"
...           "增值税留抵退税56.9亿元，市\\n\\n场主体实现正增长，失业率保\\n\\n"
...           "持在较低水平。\\n\\n（下转7版）")
'拱墅通过出台两轮助企纾困累进政策，今年累计为企业减负降本85.5亿元，兑付政府补助补贴资金10.3亿元，落实增值税留抵退税56.9亿元，市场主体实现正增长，失业率保持在较低水平。'
"""
from __future__ import annotations

from kg.model import Document, RawDocument
from kg.page_furniture import _chars, _drop_running_heads, _visual_lines
from kg.paragraphs import join_lines
from kg.repeats import _drop_repeats, _Spans, drop_repeats
from kg.sentences import split_sentences


def to_document(raw: RawDocument) -> Document:
    """Normalise a read file and split it into sentences."""
    spans = _Spans()       # each line's sentences are found once
    text = _drop_repeats(repair(raw.text), spans)
    return Document(raw.doc_id, text, split_sentences(raw.doc_id, text, spans),
                    raw.encoding, raw.title, raw.date, raw.kind, raw.path, raw.format,
                    raw.collection)


def normalise(text: str) -> str:
    """Clean text, one paragraph per line, no blank lines, no repeated passages."""
    return drop_repeats(repair(text))


def repair(text: str) -> str:
    """Everything ``normalise`` does except dropping repeated passages.

    >>> repair("# 标题\\n\\n增长38 .3%，下降1. 9%，共1 196.1亿元。")
    '标题\\n增长38.3%，下降1.9%，共1196.1亿元。'
    """
    text = _clean_characters(text)
    paragraphs = join_lines(_drop_running_heads(_visual_lines(text)))
    repaired = (_repair_numbers(p) for p in paragraphs)
    return "\n".join(p for p in repaired if p)


# ---------------------------------------------------------------- characters

def _clean_characters(text: str) -> str:
    c = _chars()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return c.space.sub(" ", c.remove.sub("", text))


def _repair_numbers(paragraph: str) -> str:
    for pattern, replace in _chars().numbers:
        paragraph = pattern.sub(replace, paragraph)
    return paragraph
