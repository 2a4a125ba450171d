"""What a query gives back, and the errors it raises: the shapes the other modules share."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


from ..namespaces import NS



PREFIXES: dict[str, str] = dict(NS)
"""Prefixes every query may use without declaring them (and used to shorten IRIs)."""

QUERY_DIR = Path(__file__).parent.parent / "queries"
"""The bundled example queries, ``kg/queries/<stem>.rq``."""

FORMATS = ("table", "csv", "json", "nt", "ttl")
"""Output formats of `format_result` (for ``kg query --format``)."""

XSD_STRING = PREFIXES["xsd"] + "string"
HINT = "check the query, or see `kg query --help` for examples"


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
