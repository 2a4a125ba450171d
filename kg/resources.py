"""Where the project's files are, in a checkout and when installed.

In a source checkout the ontology and the corpus sit next to the package
(``<repo>/ontology``, ``<repo>/corpus``). ``pip install`` puts them under the
installation prefix instead (``setup.cfg``, ``[options.data_files]``):
``<prefix>/share/gongshu-kg/ontology`` and ``<prefix>/share/gongshu-kg/corpus``.
Package data (``kg/data``, ``kg/queries``) always travels with the package.

>>> ontology_path().name
'gongshu-kg.ttl'
>>> shapes_path().name
'shapes.ttl'
>>> ontology_path().parent == ontology_dir()
True
>>> data_path("lexicon.tsv").parent.name
'data'
"""
from __future__ import annotations

import site
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent      # .../kg
_CHECKOUT = _PACKAGE.parent                     # the repository, in a checkout
_SHARE = Path("share") / "gongshu-kg"           # relative to an install prefix

ONTOLOGY_FILE = "gongshu-kg.ttl"
SHAPES_FILE = "shapes.ttl"


def _installed(name: str) -> Path:
    """``<prefix>/share/gongshu-kg/<name>`` for the prefix that has it.

    ``sys.prefix`` covers virtualenvs and system installs; the user base
    covers ``pip install --user``. When neither has it, the ``sys.prefix``
    path is returned so that error messages name the expected place.
    """
    prefixes = [Path(sys.prefix)]
    user_base = site.getuserbase()
    if user_base:
        prefixes.append(Path(user_base))
    for prefix in prefixes:
        candidate = prefix / _SHARE / name
        if candidate.is_dir():
            return candidate
    return prefixes[0] / _SHARE / name


def ontology_dir() -> Path:
    """The directory holding ``gongshu-kg.ttl`` and ``shapes.ttl``.

    ``<repo>/ontology`` in a checkout (recognised by the ontology file in it,
    so that an unrelated ``ontology/`` next to site-packages is not taken),
    else ``<prefix>/share/gongshu-kg/ontology``.

    >>> (ontology_dir() / "gongshu-kg.ttl").is_file()
    True
    """
    here = _CHECKOUT / "ontology"
    if (here / ONTOLOGY_FILE).is_file():
        return here
    return _installed("ontology")


def ontology_path() -> Path:
    """The OWL ontology in Turtle: ``<ontology_dir>/gongshu-kg.ttl``."""
    return ontology_dir() / ONTOLOGY_FILE


def shapes_path() -> Path:
    """The SHACL shapes in Turtle: ``<ontology_dir>/shapes.ttl``."""
    return ontology_dir() / SHAPES_FILE


def corpus_dir() -> Path:
    """The bundled corpus: ``<repo>/corpus`` in a checkout, else
    ``<prefix>/share/gongshu-kg/corpus``.

    >>> corpus_dir().name
    'corpus'
    """
    here = _CHECKOUT / "corpus"
    if here.is_dir():
        return here
    return _installed("corpus")


def data_path(name: str) -> Path:
    """A file shipped in ``kg/data`` (package data), e.g. a lexicon.

    The path is returned whether or not the file exists, so callers can
    report which file is missing.

    >>> data_path("lexicon.tsv") == Path(__file__).resolve().parent / "data" / "lexicon.tsv"
    True
    """
    return _PACKAGE / "data" / name


def queries_dir() -> Path:
    """The saved SPARQL queries shipped in ``kg/queries`` (``*.rq``).

    >>> queries_dir().name
    'queries'
    """
    return _PACKAGE / "queries"
