"""Running queries against the store: parameters bound as terms, SERVICE clauses checked, errors made one line."""
from __future__ import annotations

import re
from typing import Any

import pyoxigraph
from pyoxigraph import BlankNode, Literal, NamedNode, Variable

from .load import query_header, split_lang
from .result import HINT, BNode, IRI, PREFIXES, QueryError, QueryResult, ServiceRefused


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


def row_value(term) -> Any:
    """A pyoxigraph term as a result row holds it: `IRI`, `BNode`, the lexical form, or None."""
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


def syntax_error(sparql: str, err: Exception) -> QueryError:
    """Oxigraph's parse error as one line that points at the place in the query."""
    text = " ".join(str(err).split())
    m = re.match(r"error at (\d+):(\d+):\s*(.*)$", text)
    if not m:
        return QueryError(f"SPARQL syntax error: {text[:160]} — {HINT}")
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
    return QueryError(f"SPARQL syntax error at line {line}, column {col}: {reason}{where} — {HINT}")


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
    body = mask_literals(sparql)
    m = re.search(r"\bWHERE\s*\{", body, re.I) or re.search(r"\{", body)
    if not m:
        raise QueryError(f"cannot bind parameters: the query has no WHERE {{ … }} — {HINT}")
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
    body = mask_literals(text)
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
    body = mask_literals(sparql)
    m = re.search(r"(?is)\bSELECT\b(.*?)(?:\bWHERE\b|\{)", body)
    if not m:
        return True
    return "*" in m.group(1) or re.search(rf"[?$]{re.escape(name)}\b", m.group(1)) is not None


def mask_literals(sparql: str) -> str:
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
        kg.query.result.ServiceRefused: SERVICE <http://10.0.0.1/q> would send a request to another server; federated queries are off — to allow that endpoint, pass --allow-service http://10.0.0.1/
    """
    from ..federation import refusal, suggested_prefix
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
                               rows=[tuple(map(row_value, t)) for t in terms], triples=triples, terms=terms)
        variables = [v.value for v in answer.variables]
        terms = [tuple(sol[v] for v in variables) for sol in answer]
    except SyntaxError as e:
        raise syntax_error(sparql, e) from None
    except (OSError, ValueError, TypeError, RuntimeError) as e:
        m = re.search(r"does not contains? variable \?(\w+) in its SELECT projection", str(e))
        if m:
            raise QueryError(f"parameter ?{m.group(1)} must be one of the SELECT variables "
                             f"(add it to SELECT and GROUP BY, or use SELECT *) — {HINT}") from None
        raise QueryError(f"the query failed: {' '.join(str(e).split())[:200]} — {HINT}") from None
    return QueryResult(kind="select", variables=variables,
                       rows=[tuple(map(row_value, t)) for t in terms], terms=terms)


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
