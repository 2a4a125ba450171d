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
import hashlib
import marshal
import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import usercache
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
    return read_checked(data_path(name), data_path("schema") / name)


def read_checked(path: Path, schema_path: Path) -> dict:
    """The rule file at ``path``, read and checked against ``schema_path``.

    Parsing and checking the rule files took 0.1 s of every process of a
    one-document rebuild, so a file that passed is kept marshalled in the
    user's cache folder (kg.usercache) under a digest of its bytes, its
    schema's and this checker's (`_checker`), and read back from there: an
    edited file, schema or checker has another digest and is checked anew;
    a kept file that cannot be read back is as if it were not there."""
    data_bytes, schema_bytes = Path(path).read_bytes(), Path(schema_path).read_bytes()
    h = hashlib.blake2b(digest_size=12)
    for part in (_checker(), data_bytes, schema_bytes):
        h.update(hashlib.blake2b(part, digest_size=16).digest())
    kept = usercache.path(f"rules-{Path(path).stem}-{h.hexdigest()}.marshal")
    data = usercache.read(kept)
    if isinstance(data, dict):
        return data
    try:
        data = tomllib.loads(data_bytes.decode("utf-8"))
        schema = tomllib.loads(schema_bytes.decode("utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise SchemaError(f"{path}: not valid TOML: {e}") from None
    check(data, schema, str(path))
    try:
        usercache.write(kept, data, family=f"rules-{Path(path).stem}-")
    except ValueError:      # a value marshal cannot keep (a TOML date): checked each time
        pass
    return data


@lru_cache(maxsize=1)
def _checker() -> bytes:
    """What a check's outcome depends on besides the two files: this module's
    code, the classes and predicates it knows, and marshal's format."""
    return repr((Path(__file__).read_bytes(), sorted(CLASSES), sorted(PREDICATES), marshal.version)).encode()


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
