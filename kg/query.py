"""SPARQL over the store: run a query, and format its result for people or tools.

    >>> from kg.store import open_store
    >>> from kg.query import load_query, run_query, format_table
    >>> store = open_store("kg-store")                                   # doctest: +SKIP
    >>> result = run_query(store, load_query("enterprises-of-track"),
    ...                    bindings={"track": "生命健康"})                # doctest: +SKIP
    >>> print(format_table(result))                                      # doctest: +SKIP

The standard prefixes (``kgo kgr rdf rdfs skos dcterms prov xsd owl``) are
predeclared, so ``SELECT ?x WHERE { ?x a kgo:Enterprise }`` works as is; a
query that declares one of them itself keeps its own declaration.

Parameters.  A query names its parameters in a header comment,
``# params: track=电竞文娱``, and uses them as ordinary variables
(``?track``).  ``run_query(..., bindings={"track": "生命健康"})`` pre-binds the
variable to that value before evaluation: as a ``VALUES ?track { … }`` block
first in the WHERE clause (the value is written as an RDF term, escaped, so
it cannot change the query's meaning), or, when the variable is not in the
SELECT clause, with Oxigraph ``substitutions`` (SPARQL SEP-0007), which are
much slower at scale.  Values are bound as plain string literals;
write ``<https://…>`` to bind an IRI.  Parameters not given take the default
from the header.

A default with a language tag, ``# params: track=电竞文娱@zh``, makes the
parameter a language-tagged literal: ``--param track=生命健康`` binds
``"生命健康"@zh``.  A query can then match labels exactly
(``?t rdfs:label|skos:altLabel ?track``), which Oxigraph answers from its
index instead of scanning every label with ``FILTER(STR(?label) = ?track)``.

`inline_params` writes the bindings into the text as a ``VALUES`` block, for
SPARQL endpoints and clients that know nothing of ``# params:``.
"""
from __future__ import annotations

import csv
import io
import json
import re
import shlex
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph
from pyoxigraph import BlankNode, Literal, NamedNode, Variable

from .namespaces import NS

PREFIXES: dict[str, str] = dict(NS)
"""Prefixes every query may use without declaring them (and used to shorten IRIs)."""

QUERY_DIR = Path(__file__).parent / "queries"
"""The bundled example queries, ``kg/queries/<stem>.rq``."""

FORMATS = ("table", "csv", "json", "nt", "ttl")
"""Output formats of `format_result` (for ``kg query --format``)."""

_XSD_STRING = PREFIXES["xsd"] + "string"
_HINT = "check the query, or see `kg query --help` for examples"


class QueryError(Exception):
    """A query that cannot be loaded, parsed or run; the message is one line."""


class ServiceRefused(QueryError):
    """A query with a SERVICE clause to an endpoint that is not allowed (see `check_services`)."""


class IRI(str):
    """An IRI in a result row: a plain ``str`` that formatters know to shorten."""
    __slots__ = ()


class BNode(str):
    """A blank node label in a result row (``_:b0``)."""
    __slots__ = ()


@dataclass
class QueryResult:
    """The result of `run_query`.

    kind       'select', 'ask' or 'graph' (CONSTRUCT / DESCRIBE)
    variables  column names (for 'graph': subject, predicate, object)
    rows       tuples of python values: `IRI` (a ``str``) for IRIs, the
               lexical form (``str``) for literals, `BNode` for blank nodes,
               ``None`` for unbound
    boolean    the answer of an ASK query
    triples    the pyoxigraph ``Triple`` objects of a graph result
    terms      the pyoxigraph terms behind ``rows`` (same shape), for lossless
               output (language tags, datatypes)
    """
    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    triples: list = field(default_factory=list)
    terms: list[tuple] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)


# --------------------------------------------------------------------------
# Loading queries

@dataclass
class QueryInfo:
    """The header of a bundled query file."""
    stem: str
    title: str
    description: list[str]
    params: dict[str, str]
    path: Path
    langs: dict[str, str] = field(default_factory=dict)   # parameter -> language tag of its literal

    @property
    def name(self) -> str:
        """The name to give ``kg query`` (the file's stem)."""
        return self.stem


def query_header(text: str) -> dict[str, Any]:
    """The ``# key: value`` lines at the top of a query.

    Returns ``{'title': str, 'description': [str, ...], 'params': {name: default}}``.

        >>> query_header("# title: T\\n# params: track=电竞文娱 n=3\\nSELECT * {}")['params']
        {'track': '电竞文娱', 'n': '3'}
    """
    header: dict[str, Any] = {"title": "", "description": [], "params": {}}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        m = re.match(r"#\s*(title|description|params)\s*:\s*(.*)$", stripped)
        if not m:
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "title":
            header["title"] = value
        elif key == "description":
            header["description"].append(value)
        else:
            try:
                words = shlex.split(value)
            except ValueError:
                words = value.split()
            for word in words:
                name, _, default = word.partition("=")
                default, lang = split_lang(default)
                header["params"][name.lstrip("?$")] = default
                if lang:
                    header.setdefault("langs", {})[name.lstrip("?$")] = lang
    return header


_LANG_SUFFIX = re.compile(r"^(.*\S)@([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)$", re.S)


def split_lang(value: str) -> tuple[str, str | None]:
    """``'电竞文娱@zh'`` -> ``('电竞文娱', 'zh')``; a value without a tag -> ``(value, None)``.

    In a ``# params:`` header a tag on the default (``track=电竞文娱@zh``) says
    that the parameter is bound as a literal in that language; the header's
    ``params`` then hold the bare default and ``langs`` the tag.

        >>> split_lang("电竞文娱@zh"), split_lang("生命健康")
        (('电竞文娱', 'zh'), ('生命健康', None))
    """
    m = _LANG_SUFFIX.match(value)
    return (m.group(1), m.group(2).lower()) if m else (value, None)


def list_queries() -> list[QueryInfo]:
    """The bundled example queries, by stem.

        >>> [q.stem for q in list_queries()][:2]                 # doctest: +SKIP
        ['documents-mentioning', 'enterprises-of-track']
    """
    out = []
    for path in sorted(QUERY_DIR.glob("*.rq")):
        h = query_header(path.read_text(encoding="utf-8"))
        out.append(QueryInfo(path.stem, h["title"], h["description"], h["params"], path,
                             h.get("langs", {})))
    return out


def load_query(text_or_path: str | Path) -> str:
    """The SPARQL text named by ``text_or_path``.

    - a path to an existing file (``my.rq``, ``q.sparql``) -> its contents;
    - the stem of a bundled query (``enterprises-of-track``) -> kg/queries/<stem>.rq;
    - anything else is taken to be SPARQL text.

        >>> load_query("SELECT ?x WHERE { ?x a kgo:Enterprise }")
        'SELECT ?x WHERE { ?x a kgo:Enterprise }'

    A single word that is neither a file nor a bundled query raises
    `QueryError` listing the bundled queries.
    """
    if isinstance(text_or_path, Path):
        candidate: Path | None = text_or_path
    elif "\n" not in text_or_path and len(text_or_path) < 1024:
        candidate = Path(text_or_path)
    else:
        candidate = None
    if candidate is not None:
        try:
            if candidate.is_file():
                return candidate.read_text(encoding="utf-8-sig")
        except OSError:
            pass
    text = str(text_or_path).strip()
    name = text[:-3] if text.endswith(".rq") else text
    if re.fullmatch(r"[\w.-]+", name) and (QUERY_DIR / f"{name}.rq").is_file():
        return (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")
    if text and not re.search(r"[\s{}]", text):
        bundled = ", ".join(q.stem for q in list_queries())
        raise QueryError(f"no query file or bundled query named '{text}' — bundled queries: {bundled}")
    return str(text_or_path)


# --------------------------------------------------------------------------
# Running queries

def _bind_term(value: Any, lang: str | None = None):
    if isinstance(value, (NamedNode, BlankNode, Literal)):
        return value
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=NamedNode(PREFIXES["xsd"] + "boolean"))
    if isinstance(value, int):
        return Literal(str(value), datatype=NamedNode(PREFIXES["xsd"] + "integer"))
    if isinstance(value, float):
        return Literal(repr(value), datatype=NamedNode(PREFIXES["xsd"] + "double"))
    text = str(value)
    if len(text) > 2 and text.startswith("<") and text.endswith(">"):
        try:
            return NamedNode(text[1:-1])
        except ValueError as e:
            raise QueryError(f"bad IRI {text}: {e}") from None
    if lang:
        text, own = split_lang(text)
        return Literal(text, language=own or lang)
    return Literal(text)


def _py(term) -> Any:
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return IRI(term.value)
    if isinstance(term, BlankNode):
        return BNode("_:" + term.value)
    if isinstance(term, Literal):
        return term.value
    return str(term)          # an RDF-star triple term


def _strip_comments(sparql: str) -> str:
    return "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))


def _syntax_error(sparql: str, err: Exception) -> QueryError:
    text = " ".join(str(err).split())
    m = re.match(r"error at (\d+):(\d+):\s*(.*)$", text)
    if not m:
        return QueryError(f"SPARQL syntax error: {text[:160]} — {_HINT}")
    line, col, reason = int(m.group(1)), int(m.group(2)), m.group(3)
    lines = sparql.splitlines() or [""]
    src = lines[line - 1] if 0 < line <= len(lines) else ""
    if "Prefix not found" in reason:
        before = src[:col]
        names = re.findall(r"(?<![\w<?$\"'])([A-Za-z][\w.-]*)?:[^\s;,.(){}]*", before)
        prefix = names[-1] if names else ""
        reason = f"undeclared prefix '{prefix}:' (add PREFIX {prefix}: <…>; predeclared: {', '.join(PREFIXES)})"
    else:
        # Oxigraph lists every acceptable character class; keep the words.
        if reason.startswith("expected one of"):
            words = [w.strip() for w in reason[len("expected one of"):].split(",")]
            words = [w for w in words if re.fullmatch(r"[A-Za-z][\w ]*|'[^']+'", w)]
            reason = ("expected " + " or ".join(words[:6])) if words else "unexpected text"
        if len(reason) > 100:
            reason = reason[:99] + "…"
    at_end = line >= len(lines) and col > len(src.rstrip())
    if not re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", _strip_comments(sparql), re.I):
        reason, where = "the query has no SELECT, ASK, CONSTRUCT or DESCRIBE", ""
    elif at_end and not reason.startswith("undeclared prefix"):
        if reason == "unexpected text":
            reason, where = "the query ends too early (is a '}' or '.' missing?)", ""
        else:
            where = " at the end of the query (is a '}' or '.' missing?)"
    else:
        near = src[max(0, col - 25):col].strip()
        where = f" near “{near}”" if near else ""
    return QueryError(f"SPARQL syntax error at line {line}, column {col}: {reason}{where} — {_HINT}")


def param_terms(sparql: str, bindings: dict[str, Any] | None = None) -> dict[str, Any]:
    """The RDF terms a query's parameters are bound to: the ``# params:``
    defaults overridden by ``bindings``, as `run_query` binds them.

        >>> param_terms("# params: track=电竞文娱@zh\\nSELECT ?track {}", {"track": "生命健康"})
        {'track': <Literal value=生命健康 language=zh>}

    Raises `QueryError` for a parameter the query does not take.
    """
    header = query_header(sparql)
    declared, langs = header["params"], header.get("langs", {})
    values = {k: v for k, v in declared.items()}
    for name, value in (bindings or {}).items():
        name = name.lstrip("?$")
        if declared and name not in declared:
            raise QueryError(f"unknown parameter '{name}' — this query takes: {', '.join(declared)}")
        if not declared and not re.search(rf"[?$]{re.escape(name)}\b", sparql):
            raise QueryError(f"parameter '{name}' is not used: the query has no ?{name} variable")
        values[name] = value
    return {k: _bind_term(v, langs.get(k)) for k, v in values.items()}


def _sparql_term(term) -> str:
    if isinstance(term, BlankNode):
        raise QueryError("a blank node cannot be written into a query; bind an IRI or a literal")
    return str(term)        # N-Triples syntax, which SPARQL reads: <iri>, "text"@zh, "3"^^<…#integer>


def inline_params(sparql: str, bindings: dict[str, Any] | None = None) -> str:
    """``sparql`` with its parameters written in as a ``VALUES`` block, so that
    any SPARQL engine or endpoint runs it as `run_query` would.

    The block goes first inside the outermost ``WHERE {`` (or the first ``{``
    when ``WHERE`` is left out); a query without parameters comes back as is.

        >>> print(inline_params("# params: track=电竞文娱@zh\\nSELECT ?track WHERE { ?t rdfs:label ?track }"))
        # params: track=电竞文娱@zh
        SELECT ?track WHERE {
          VALUES ?track { "电竞文娱"@zh }
          ?t rdfs:label ?track }
    """
    return _inline(sparql, param_terms(sparql, bindings))


def _inline(sparql: str, terms: dict[str, Any]) -> str:
    if not terms:
        return sparql
    names = list(terms)
    if len(names) == 1:
        block = f"VALUES ?{names[0]} {{ {_sparql_term(terms[names[0]])} }}"
    else:
        block = (f"VALUES ({' '.join('?' + n for n in names)}) "
                 f"{{ ({' '.join(_sparql_term(terms[n]) for n in names)}) }}")
    # the first '{' outside comments, strings and IRIs that opens the WHERE clause
    body = _mask(sparql)
    m = re.search(r"\bWHERE\s*\{", body, re.I) or re.search(r"\{", body)
    if not m:
        raise QueryError(f"cannot bind parameters: the query has no WHERE {{ … }} — {_HINT}")
    at = m.end()
    rest = sparql[at:].lstrip(" \t")
    return f"{sparql[:at]}\n  {block}" + (rest if rest.startswith("\n") else f"\n  {rest}")


def standalone_query(sparql: str, bindings: dict[str, Any] | None = None) -> str:
    """``sparql`` as any SPARQL endpoint can run it: parameters written in
    (`inline_params`) and ``PREFIX`` lines for the predeclared prefixes it
    uses but does not declare, after its leading comments.

        >>> print(standalone_query("SELECT ?x WHERE { ?x a kgo:Enterprise }"))
        PREFIX kgo: <https://w3id.org/gongshu-kg/ontology#>
        SELECT ?x WHERE { ?x a kgo:Enterprise }
    """
    text = inline_params(sparql, bindings)
    body = _mask(text)
    declared = {m.group(1) for m in re.finditer(r"(?i)\bPREFIX\s+([\w.-]*):", body)}
    used = [p for p in PREFIXES if p not in declared and re.search(rf"(?<![\w:?$]){p}:", body)]
    if not used:
        return text
    lines = text.split("\n")
    head = 0
    while head < len(lines) and (not lines[head].strip() or lines[head].lstrip().startswith("#")):
        head += 1
    prologue = [f"PREFIX {p}: <{PREFIXES[p]}>" for p in used]
    return "\n".join(lines[:head] + prologue + lines[head:])


def _projected(sparql: str, name: str) -> bool:
    """Whether ``?name`` is in the query's (outermost) SELECT clause, or the query is not a SELECT."""
    body = _mask(sparql)
    m = re.search(r"(?is)\bSELECT\b(.*?)(?:\bWHERE\b|\{)", body)
    if not m:
        return True
    return "*" in m.group(1) or re.search(rf"[?$]{re.escape(name)}\b", m.group(1)) is not None


def _mask(sparql: str) -> str:
    """``sparql`` with comments, strings and IRIs blanked out (same length)."""
    def blank(m: re.Match) -> str:
        return re.sub(r"[^\n]", " ", m.group(0))
    return re.sub(r'#[^\n]*|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|'
                  r"'(?:[^'\\\n]|\\.)*'|<[^<>\s\"{}|^`]*>", blank, sparql)


def check_services(sparql: str, allow_service: list[str] | tuple[str, ...] = ()) -> None:
    """Raise `ServiceRefused` unless every SERVICE clause of ``sparql`` goes to
    an endpoint under one of the prefixes ``allow_service`` (none by default:
    a query never makes this process send a request elsewhere).

        >>> check_services("SELECT * WHERE { SERVICE <http://10.0.0.1/q> { ?s ?p ?o } }")
        Traceback (most recent call last):
        kg.query.ServiceRefused: SERVICE <http://10.0.0.1/q> would send a request to another server; federated queries are off — to allow that endpoint, pass --allow-service http://10.0.0.1/
    """
    from .federation import refusal, suggested_prefix
    reason = refusal(sparql, allow_service, PREFIXES)
    if reason is None:
        return
    if reason.startswith("SERVICE ?") or reason.startswith("SERVICE $"):
        raise ServiceRefused(f"{reason} — write the endpoint's IRI instead")
    prefix = suggested_prefix(sparql, PREFIXES) or "PREFIX"
    state = "" if allow_service else "; federated queries are off"
    raise ServiceRefused(f"{reason}{state} — to allow that endpoint, pass --allow-service {prefix}")


def run_query(store: pyoxigraph.Store, sparql: str,
              bindings: dict[str, Any] | None = None,
              allow_service: list[str] | tuple[str, ...] = ()) -> QueryResult:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query on ``store``.

    ``bindings`` pre-bind variables (``{'track': '生命健康'}`` binds ``?track``
    to the plain literal "生命健康"; ``'<https://…>'`` binds an IRI).  Defaults
    come from the query's ``# params:`` header.

    A SERVICE clause is refused (`ServiceRefused`) unless its endpoint starts
    with one of the prefixes ``allow_service`` (`check_services`).

        >>> r = run_query(store, "SELECT ?x WHERE { ?x a kgo:Enterprise }")   # doctest: +SKIP
        >>> r.kind, r.variables, r.rows[0]                                     # doctest: +SKIP
        ('select', ['x'], ('https://w3id.org/gongshu-kg/resource/Enterprise/腾讯',))

    Raises `QueryError` with a one-line message on a syntax error, an unknown
    parameter or a failure while evaluating.
    """
    check_services(sparql, allow_service)
    bound = param_terms(sparql, bindings)
    substitutions = {Variable(k): v for k, v in bound.items()}
    # Parameters go into the text as a VALUES block: Oxigraph then starts from
    # them (an exact label is an index lookup), where its `substitutions` are
    # applied late (a 1M-triple graph: ~1 ms against ~1 s).  A variable
    # missing from the SELECT clause keeps the substitution path and its error.
    text = sparql
    if bound and all(_projected(sparql, k) for k in bound):
        try:
            text, substitutions = _inline(sparql, bound), {}
        except QueryError:
            pass
        check_services(text, allow_service)       # the text that runs, in case a value were misread
    try:
        try:
            answer = store.query(text, prefixes=PREFIXES, substitutions=substitutions or None,
                                  use_default_graph_as_union=True)
        except SyntaxError:
            if text is sparql:
                raise
            # report the error where the user's own text has it
            answer = store.query(sparql, prefixes=PREFIXES, substitutions={Variable(k): v for k, v in bound.items()},
                                  use_default_graph_as_union=True)
        if isinstance(answer, pyoxigraph.QueryBoolean):
            return QueryResult(kind="ask", boolean=bool(answer))
        if isinstance(answer, pyoxigraph.QueryTriples):
            triples = list(answer)
            terms = [(t.subject, t.predicate, t.object) for t in triples]
            return QueryResult(kind="graph", variables=["subject", "predicate", "object"],
                               rows=[tuple(map(_py, t)) for t in terms], triples=triples, terms=terms)
        variables = [v.value for v in answer.variables]
        terms = [tuple(sol[v] for v in variables) for sol in answer]
    except SyntaxError as e:
        raise _syntax_error(sparql, e) from None
    except (OSError, ValueError, TypeError, RuntimeError) as e:
        m = re.search(r"does not contains? variable \?(\w+) in its SELECT projection", str(e))
        if m:
            raise QueryError(f"parameter ?{m.group(1)} must be one of the SELECT variables "
                             f"(add it to SELECT and GROUP BY, or use SELECT *) — {_HINT}") from None
        raise QueryError(f"the query failed: {' '.join(str(e).split())[:200]} — {_HINT}") from None
    return QueryResult(kind="select", variables=variables,
                       rows=[tuple(map(_py, t)) for t in terms], terms=terms)


# --------------------------------------------------------------------------
# Formatting

def select_terms(store: pyoxigraph.Store, sparql: str) -> list[tuple]:
    """The rows of a SELECT query, as tuples of pyoxigraph terms (None where
    unbound), over the union of the store's graphs: each document's statements
    are in a graph of their own (kg/graphs.py), and the library's own readers
    (the network, stats, timelines, indicators) ask about all of them."""
    answer = store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
    variables = [v.value for v in answer.variables]
    return [tuple(sol[v] for v in variables) for sol in answer]


def select_values(store: pyoxigraph.Store, sparql: str) -> list[dict[str, str | None]]:
    """`select_terms`'s rows as {variable: the term's lexical value or None}."""
    answer = store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
    names = [v.value for v in answer.variables]
    return [{n: (sol[n].value if sol[n] is not None else None) for n in names} for sol in answer]


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
        elif term.datatype.value != _XSD_STRING:
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

