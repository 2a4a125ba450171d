"""Check a rule file against its schema, so that a misspelt key is an error, not a
rule that silently stops working.

Every TOML file of kg/data has a schema in kg/data/schema/<name> (same name),
written in TOML too: each key gives the type of the rule file's key of the
same place. Types: ``str``, ``int``, ``float``, ``bool``, ``regex`` (a string
that compiles), ``class`` (one of the seven classes), ``relation`` (one of the
five), ``[T]`` (a list of T), ``[[T]]`` (a list of lists), ``any``; several
types joined by ``|``; a trailing ``!`` marks a required key. A table of the
schema is a table of the rule file; an array of tables (``[[head]]``) gives the
shape of every element; the key ``"*"`` stands for any key (a table whose keys
are data: ``[legal_name.forms]``).

    >>> check({"track": {"context_afer": []}}, {"track": {"context_after": "[str]"}}, "rules.toml")
    Traceback (most recent call last):
    ...
    kg.schema.SchemaError: rules.toml: unknown key [track] context_afer (did you mean context_after?)
    >>> check({"track": {"context_after": ["产业"]}}, {"track": {"context_after": "[str]"}}, "rules.toml")
"""
from __future__ import annotations

import difflib
import re
import tomllib
from functools import lru_cache
from typing import Any

from .model import CLASSES, PREDICATES
from .resources import data_path


class SchemaError(ValueError):
    """A rule file that does not follow its schema; the message names the file and the key."""


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The rule file kg/data/<name>, read once and checked against kg/data/schema/<name>.

    >>> sorted(load("viz.toml"))
    ['classes', 'predicates']
    """
    path, schema_path = data_path(name), data_path("schema") / name
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
        with open(schema_path, "rb") as f:
            schema = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise SchemaError(f"{path}: not valid TOML: {e}") from None
    check(data, schema, str(path))
    return data


def check(data: dict, schema: dict, file: str) -> None:
    """Raise SchemaError (one line: file, key, what is wrong) unless ``data`` follows ``schema``."""
    _table(data, schema, file, [])


def _where(path: list[str]) -> str:
    return "[" + ".".join(path) + "] " if path else ""


def _table(data: dict, schema: dict, file: str, path: list[str]) -> None:
    if not isinstance(data, dict):
        raise SchemaError(f"{file}: {_where(path[:-1])}{path[-1]} must be a table")
    for key, value in data.items():
        spec = schema.get(key, schema.get("*"))
        if spec is None:
            near = difflib.get_close_matches(key, [k for k in schema if k != "*"], n=1)
            hint = f" (did you mean {near[0]}?)" if near else f" (known: {', '.join(sorted(k for k in schema if k != '*'))})"
            raise SchemaError(f"{file}: unknown key {_where(path)}{key}{hint}")
        _value(value, spec, file, path + [key])
    for key, spec in schema.items():
        if isinstance(spec, str) and spec.endswith("!") and key not in data:
            raise SchemaError(f"{file}: missing key {_where(path)}{key}")


def _value(value: Any, spec: Any, file: str, path: list[str]) -> None:
    if isinstance(spec, dict):
        _table(value, spec, file, path)
    elif isinstance(spec, list):            # an array of tables: one shape for every element
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise SchemaError(f"{file}: {_where(path[:-1])}{path[-1]} must be an array of tables ([[{path[-1]}]])")
        for i, element in enumerate(value):
            _table(element, spec[0], file, path[:-1] + [f"{path[-1]}#{i + 1}"])
    elif not any(_is(value, t) for t in spec.rstrip("!").split("|")):
        raise SchemaError(f"{file}: {_where(path[:-1])}{path[-1]} must be {spec.rstrip('!')}, not {value!r}"[:200])


def _is(value: Any, t: str) -> bool:
    t = t.strip()
    if t.startswith("[") and t.endswith("]"):
        return isinstance(value, list) and all(_is(v, t[1:-1]) for v in value)
    if t == "str":
        return isinstance(value, str)
    if t == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if t == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if t == "bool":
        return isinstance(value, bool)
    if t == "class":
        return value in CLASSES
    if t == "relation":
        return value in PREDICATES
    if t == "regex":
        if not isinstance(value, str):
            return False
        try:
            re.compile(value)
        except re.error:
            return False
        return True
    if t == "table":
        return isinstance(value, dict)
    return t == "any"
