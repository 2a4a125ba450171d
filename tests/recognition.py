"""Helpers of the recognition tests (tests/test_recognise_*.py): run the
recogniser on a sentence or a document and read what it found as a table row
states it: ``{name: class}`` of the names, ``{name: class}`` of the owners
nested in them.

Rows are ``pytest.param``s made by ``case``; a row the recogniser gets wrong by
its rules' own stated intent is ``case(..., xfail="why")``: strict, so a fix
shows up as XPASS and the mark must go.
"""
from __future__ import annotations

import pytest

from kg.model import CLASSES, RawDocument
from kg.normalise import to_document


def mentions(rec, text):
    """The mentions of one sentence, checked for the invariants of every mention."""
    ms = rec.sentence_mentions("t.txt", 0, text)
    for m in ms:
        assert text[m.start:m.end] == m.surface, m
        assert m.cls in CLASSES, m
        assert 0 < m.confidence <= 1, m
    return ms


def names(rec, text):
    """{name: class} of the mentions that are not nested owners (each name once)."""
    ms = [m for m in mentions(rec, text) if m.role != "owner"]
    out = {m.name: m.cls for m in ms}
    assert len(out) == len(ms), f"a name found twice: {ms}"
    return out


def owners(rec, text):
    """{name: class} of the owners nested in the sentence's names."""
    return {m.name: m.cls for m in mentions(rec, text) if m.role == "owner"}


def document(text):
    """A document of one or more sentences (。 ends a sentence)."""
    return to_document(RawDocument("t.txt", "t.txt", text, "utf-8"))


def document_names(rec, text):
    """{(sentence, name): class} of a document's mentions that are not owners."""
    ms = [m for m in rec.document_mentions(document(text)) if m.role != "owner"]
    out = {(m.sentence, m.name): m.cls for m in ms}
    assert len(out) == len(ms), f"a name found twice in a sentence: {ms}"
    return out


def case(*values, id: str, xfail: str | None = None):
    """One table row; ``xfail``: why the recogniser is wrong on it (strict)."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(*values, id=id, marks=marks)


def check(rec, text, want, want_owners=None):
    """The row's names are what the recogniser finds; and its owners, when the row gives them."""
    got = names(rec, text)
    assert got == want, f"{text}: found {got}, want {want}"
    if want_owners is not None:
        got = owners(rec, text)
        assert got == want_owners, f"{text}: owners {got}, want {want_owners}"
