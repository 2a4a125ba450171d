"""Loading queries: SPARQL text, a .rq file, or a bundled query by name, with its ``# key: value`` header."""
from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from .result import QUERY_DIR, QueryError


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
