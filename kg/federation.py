"""SERVICE clauses: find every endpoint a SPARQL query could send a request to.

Oxigraph runs a ``SERVICE <http://…> { … }`` clause by sending the pattern to
that endpoint, so a query alone can make `kg serve` (or `kg query`) reach
addresses only this machine can reach.  `refusal` says why a query must not
run unless each of its endpoints is under an allowed prefix; a variable
endpoint (``SERVICE ?x``) is never allowed.

    >>> refusal("SELECT * WHERE { SERVICE <http://10.0.0.1/sparql> { ?s ?p ?o } }", [])
    'SERVICE <http://10.0.0.1/sparql> would send a request to another server'
    >>> refusal("SELECT * WHERE { ?s ?p 'SERVICE <http://10.0.0.1/> {' }", []) is None
    True

The search is deliberately wider than Oxigraph's grammar, because a narrower
one can be fooled.  Measured on pyoxigraph 0.5: its keywords need no word
boundary (``SERVICESILENT<…>{}``, ``trueSERVICE <…> {}`` and
``SERVICEex:f {}`` all send a request), and ``<`` is an IRI or a less-than
sign by context, so ``FILTER(1<2)SERVICE#>`` hides the keyword inside an
"IRI" from a lexer that always reads ``<…>`` as one.  So:

- every occurrence of the letters ``service`` (any case) outside comments,
  strings and IRIs counts, inside names, prefixed names and variables too,
  when an endpoint and a ``{`` follow it (``SILENT`` or not, spaces and
  comments between);
- a ``<…>`` that holds ``#`` or ``'`` (which would start a comment or a
  string were ``<`` a less-than sign) is read both ways, and a clause found
  either way counts;
- ``\\u`` escapes are read both as Oxigraph reads them (in IRIs and strings
  only) and as the SPARQL spec allows (anywhere);
- a prefixed name is expanded with every declaration of its prefix found
  (and the predeclared one), and is allowed only if every expansion is.

It errs on the side of refusing: a comment or a string never counts, but a
name like ``ex:service`` followed by an IRI and a ``{`` (not valid SPARQL
anyway) does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable
from urllib.parse import urlsplit

# SPARQL 1.1 terminals (https://www.w3.org/TR/sparql11-query/#sparqlGrammar)
_BASE = ("A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
         "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF")
_CHARS_U = _BASE + "_"
_CHARS = _CHARS_U + r"\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PN_PREFIX = rf"[{_BASE}](?:[{_CHARS}.]*[{_CHARS}])?"
_PN_LOCAL = rf"(?:[{_CHARS_U}:0-9]|{_PLX})(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?"
_IRIREF = r"<(?:[^<>\"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>"
_VAR = rf"[?$][{_CHARS_U}0-9][{_CHARS_U}0-9\u00B7\u0300-\u036F\u203F-\u2040]*"
_PNAME = rf"(?:{_PN_PREFIX})?:(?:{_PN_LOCAL})?"
_STRING = (r'"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""' r"|'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''"
           r'|"(?:[^"\\\n\r]|\\.)*"' r"|'(?:[^'\\\n\r]|\\.)*'")

# One step of the lexer in code: what it skips, and what stays code to search.
_STEP = re.compile(rf"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>{_STRING})
  | (?P<iri>{_IRIREF})
  | (?P<local>:(?:{_PN_LOCAL})?)        # a local name may hold escapes: \\# is not a comment, \\' no string
  | (?P<run>[^\s\#'"<:]+)
  | (?P<other>.)
""", re.X | re.S)
_GAP = re.compile(r"(?:\s+|#[^\n\r]*)*")        # what may stand between two tokens
_IRI = re.compile(_IRIREF)
_TARGET = re.compile(rf"(?P<iri>{_IRIREF})|(?P<var>{_VAR})|(?P<pname>{_PNAME})")
_PREFIX_DECL = re.compile(rf"(?P<name>(?:{_PN_PREFIX})?):")
_KEYWORD = re.compile("service", re.I)
_PREFIX_KEYWORD = re.compile("prefix", re.I)
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_LOCAL_ESC = re.compile(r"\\([_~.\-!$&'()*+,;=/?#@%])")


@dataclass(frozen=True)
class Service:
    """A SERVICE clause: its endpoint as written, and the IRIs that may stand for it."""
    written: str                  # <http://…>, ex:f or ?x
    endpoints: tuple[str, ...]    # absolute or relative IRIs; () for a variable or an unknown prefix
    variable: bool = False


def _unescape(text: str) -> str:
    def char(m: re.Match) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)
    return _UCHAR.sub(char, text)


def _code(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are code (not comments, strings or IRIs) in
    some reading of it; a ``<…>`` holding ``#`` or ``'`` is read both ways."""
    spans, seen, todo = [], set(), [0]
    while todo:
        p = todo.pop()
        while p < len(text) and p not in seen:
            seen.add(p)
            m = _STEP.match(text, p)
            kind = m.lastgroup
            if kind == "iri" and ("#" in m.group() or "'" in m.group()):
                todo.append(p + 1)              # the '<' as a less-than sign
            elif kind in ("local", "run", "other"):
                spans.append((p, m.end()))
            p = m.end()
    return spans


def _after(text: str, keyword: re.Pattern, spans: list[tuple[int, int]]) -> Iterable[int]:
    """The positions just after each occurrence of ``keyword`` in code."""
    for start, end in spans:
        for m in keyword.finditer(text, start, end):
            yield m.end()


def _gap(text: str, p: int) -> int:
    return _GAP.match(text, p).end()


def _targets(text: str, p: int) -> Iterable[re.Match]:
    """The endpoints a SERVICE keyword ending at ``p`` may take: after the
    keyword, SILENT or not, an IRI, a prefixed name or a variable, then ``{``."""
    starts = [_gap(text, p)]
    if text[starts[0]:starts[0] + 6].lower() == "silent":
        starts.append(_gap(text, starts[0] + 6))
    for q in starts:
        m = _TARGET.match(text, q)
        if m and text[_gap(text, m.end()):_gap(text, m.end()) + 1] == "{":
            yield m


def _declarations(text: str, spans: list[tuple[int, int]]) -> dict[str, set[str]]:
    """``PREFIX name: <iri>`` declarations found in code: name -> every IRI declared for it."""
    found: dict[str, set[str]] = {}
    for p in _after(text, _PREFIX_KEYWORD, spans):
        name = _PREFIX_DECL.match(text, _gap(text, p))
        if name:
            iri = _IRI.match(text, _gap(text, name.end()))
            if iri:
                found.setdefault(name.group("name"), set()).add(_unescape(iri.group()[1:-1]))
    return found


def _services_in(text: str, prefixes: dict[str, str]) -> list[Service]:
    spans = _code(text)
    declared = _declarations(text, spans)
    out = []
    for p in _after(text, _KEYWORD, spans):
        for m in _targets(text, p):
            written = m.group()
            if m.lastgroup == "var":
                out.append(Service(written, (), variable=True))
            elif m.lastgroup == "iri":
                out.append(Service(written, (_unescape(written[1:-1]),)))
            else:
                name, _, local = written.partition(":")
                spaces = set(declared.get(name, ())) | ({prefixes[name]} if name in prefixes else set())
                local = _LOCAL_ESC.sub(r"\1", local)
                out.append(Service(written, tuple(sorted(ns + local for ns in spaces))))
    return out


def services(sparql: str, prefixes: dict[str, str] | None = None) -> list[Service]:
    """Every SERVICE clause ``sparql`` may hold, read every way that matters (see the module)."""
    if not _KEYWORD.search(sparql) and not _KEYWORD.search(_unescape(sparql)):
        return []                                # the fast path: no query without the word has one
    prefixes = prefixes or {}
    found = _services_in(sparql, prefixes)
    if _UCHAR.search(sparql):
        found += _services_in(_unescape(sparql), prefixes)
    return list(dict.fromkeys(found))            # a clause found in several readings, once


def _port(parts) -> int | None:
    try:
        return parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower())
    except ValueError:
        return None


def _authority(iri: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an absolute http(s) IRI a request could go to plainly; None otherwise."""
    parts = urlsplit(iri)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        return None
    port = _port(parts)
    return None if port is None else (parts.scheme.lower(), parts.hostname.lower(), port)


def _dotted(path: str) -> bool:
    return any(seg in (".", "..") for seg in path.split("/")) or "\\" in path


def allowed(iri: str, allow: Iterable[str]) -> bool:
    """Whether ``iri`` starts with one of the prefixes ``allow`` and is on the
    same scheme, host and port (so ``http://127.0.0.1:80`` does not allow
    ``http://127.0.0.1:8000/`` nor ``http://127.0.0.1:80@elsewhere/``).

        >>> allowed("http://127.0.0.1:3030/ds/sparql", ["http://127.0.0.1:3030/"])
        True
        >>> allowed("http://127.0.0.1:30300/", ["http://127.0.0.1:3030"])
        False
    """
    where = _authority(iri)
    if where is None or _dotted(urlsplit(iri).path):
        return False
    return any(iri.startswith(prefix) and _authority(prefix) == where for prefix in allow)


def check_prefix(prefix: str) -> str:
    """``prefix`` if it can be an ``--allow-service`` prefix, else `ValueError` saying what to give."""
    if _authority(prefix) is None:
        raise ValueError(f"--allow-service takes an http(s) endpoint prefix such as "
                         f"http://127.0.0.1:3030/ds/sparql, not {prefix!r}")
    return prefix


def refusal(sparql: str, allow: Iterable[str] = (), prefixes: dict[str, str] | None = None) -> str | None:
    """Why ``sparql`` must not run (its first SERVICE clause not allowed), or None.

    The reason is one line without advice; callers add what their user can do.
    """
    allow = list(allow)
    for s in services(sparql, prefixes):
        if s.variable:
            return f"SERVICE {s.written} names its endpoint with a variable, which is never allowed"
        if not s.endpoints:
            return f"SERVICE {s.written} uses an undeclared prefix"
        if all(allowed(e, allow) for e in s.endpoints):
            continue
        if not allow:
            return f"SERVICE {s.written} would send a request to another server"
        return f"SERVICE {s.written} is not under an allowed endpoint prefix ({', '.join(allow)})"
    return None


def suggested_prefix(sparql: str, prefixes: dict[str, str] | None = None) -> str | None:
    """``scheme://host:port/`` of the first endpoint a request could go to, to name in advice."""
    for s in services(sparql, prefixes):
        for e in s.endpoints:
            if _authority(e):
                parts = urlsplit(e)
                return f"{parts.scheme}://{parts.netloc}/"
    return None
