"""Formatting a result: an aligned table for people, CSV, SPARQL JSON, N-Triples and Turtle for tools."""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import Any

import pyoxigraph
from pyoxigraph import BlankNode, Literal, NamedNode

from .result import XSD_STRING, BNode, FORMATS, IRI, PREFIXES, QueryError, QueryResult


def shorten(iri: str, prefixes: dict[str, str] = PREFIXES) -> str:
    """``https://w3id.org/gongshu-kg/resource/Enterprise/腾讯`` -> ``kgr:Enterprise/腾讯``.

        >>> shorten("https://w3id.org/gongshu-kg/ontology#inTrack")
        'kgo:inTrack'
    """
    best = ""
    for prefix, ns in prefixes.items():
        if iri.startswith(ns) and len(ns) > len(prefixes.get(best, "")):
            best = prefix
    if best:
        return f"{best}:{iri[len(prefixes[best]):]}"
    return f"<{iri}>"


def text_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: 2 for wide (CJK) characters, 0 for combining marks."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _truncate(text: str, width: int) -> str:
    if text_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = text_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _pad(text: str, width: int, right: bool = False) -> str:
    fill = " " * (width - text_width(text))
    return fill + text if right else text + fill


def _display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, IRI):
        return shorten(value)
    return " ".join(str(value).split()) if ("\n" in value or "\t" in value or "\r" in value) else value


def _numeric(term) -> bool:
    return isinstance(term, Literal) and term.datatype.value.startswith(PREFIXES["xsd"]) and \
        term.datatype.value[len(PREFIXES["xsd"]):] in (
            "integer", "decimal", "double", "float", "int", "long", "short",
            "nonNegativeInteger", "positiveInteger")


def format_table(result: QueryResult, max_width: int = 60) -> str:
    """An aligned text table, for a terminal.

    IRIs are shortened to prefixed names (``kgr:Enterprise/腾讯``), cells wider
    than ``max_width`` columns are cut with "…", widths count CJK characters
    as two columns.  ASK results print as ``true``/``false``.

        >>> print(format_table(QueryResult('select', ['n'], [('腾讯',)])))
        n
        ----
        腾讯
        (1 row)
    """
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    header = list(result.variables)
    cells = [[_truncate(_display(v), max_width) for v in row] for row in result.rows]
    widths = [text_width(h) for h in header]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], text_width(c))
    numeric = [bool(result.terms) and all(
        t[i] is None or _numeric(t[i]) for t in result.terms) and len(result.terms) > 0
        for i in range(len(header))]
    lines = ["  ".join(_pad(h, widths[i]) for i, h in enumerate(header)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for row in cells:
        lines.append("  ".join(_pad(c, widths[i], numeric[i]) for i, c in enumerate(row)).rstrip())
    n = len(result.rows)
    lines.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(lines)


def format_csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV results (RFC 4180, CRLF line ends): full IRIs and values.

        >>> format_csv(QueryResult('select', ['n'], [('a,b',)]))
        'n\\r\\n"a,b"\\r\\n'
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if result.kind == "ask":
        w.writerow(["boolean"])
        w.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    w.writerow(result.variables)
    for row in result.rows:
        w.writerow(["" if v is None else str(v) for v in row])
    return buf.getvalue()


def _json_term(term) -> dict[str, Any]:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, pyoxigraph.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    return {"type": "literal", "value": str(term)}


def _json_value(value: Any) -> dict[str, Any]:
    if isinstance(value, IRI):
        return {"type": "uri", "value": str(value)}
    if isinstance(value, BNode):
        return {"type": "bnode", "value": value[2:]}
    return {"type": "literal", "value": str(value)}


def format_json(result: QueryResult, indent: int | None = 2) -> str:
    """SPARQL 1.1 Query Results JSON (``head``/``results``/``bindings``, or ``boolean``).

    Full IRIs, language tags and datatypes; unbound variables are left out of
    a binding, as the format requires.  A graph result is given as bindings
    of ``subject``, ``predicate``, ``object``.

        >>> format_json(QueryResult('ask', boolean=True), indent=None)
        '{"head": {}, "boolean": true}'
    """
    if result.kind == "ask":
        doc: dict[str, Any] = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = []
        source = result.terms if result.terms else result.rows
        convert = _json_term if result.terms else _json_value
        for row in source:
            bindings.append({v: convert(t) for v, t in zip(result.variables, row) if t is not None})
        doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=indent)


def _graph_triples(result: QueryResult) -> list:
    if result.kind != "graph":
        raise QueryError("N-Triples and Turtle output need a CONSTRUCT or DESCRIBE query; "
                         "use --format table, csv or json for SELECT and ASK")
    return result.triples


def format_ntriples(result: QueryResult) -> str:
    """The triples of a CONSTRUCT/DESCRIBE result as N-Triples."""
    return pyoxigraph.serialize(_graph_triples(result), format=pyoxigraph.RdfFormat.N_TRIPLES).decode("utf-8")


def format_turtle(result: QueryResult) -> str:
    """The triples of a CONSTRUCT/DESCRIBE result as Turtle, with the standard prefixes."""
    return pyoxigraph.serialize(_graph_triples(result), format=pyoxigraph.RdfFormat.TURTLE,
                                prefixes=PREFIXES).decode("utf-8")


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Format ``result`` as one of `FORMATS`: table, csv, json, nt, ttl.

        >>> format_result(QueryResult('ask', boolean=False), "table")
        'false'
    """
    if fmt == "table":
        if result.kind == "graph":
            return format_turtle(result)
        return format_table(result)
    formatters = {"csv": format_csv, "json": format_json, "nt": format_ntriples, "ttl": format_turtle}
    if fmt not in formatters:
        raise QueryError(f"unknown format '{fmt}' — use one of {', '.join(FORMATS)}")
    return formatters[fmt](result)
