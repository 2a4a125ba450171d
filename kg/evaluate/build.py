"""Building the documents of a corpus folder into an rdflib graph, in memory."""
from __future__ import annotations

import csv
import io
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

import rdflib

from .gold import EvalError, doc_name, load_gold


Progress = Callable[[str, int, int], None]


@lru_cache(maxsize=1)
def _ontology() -> rdflib.Graph:
    from ..resources import ontology_path
    return rdflib.Graph().parse(ontology_path(), format="turtle")


def corpus_documents(corpus_dir: str | Path) -> list[str]:
    """File names of the documents of a corpus folder (what ``kg build`` reads)."""
    from ..read import ReadError, SUFFIXES
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise EvalError(str(ReadError(corpus_dir, "no such folder — give the folder that holds "
                                                  "the corpus .txt/.md files")))
    return sorted(p.name for p in corpus_dir.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())


@contextmanager
def corpus_subset(corpus_dir: str | Path, names: list[str]) -> Iterator[Path]:
    """A folder holding only the documents ``names`` of ``corpus_dir`` (and their
    manifest rows): the corpus folder itself when that is all of it, else a
    temporary copy."""
    corpus_dir = Path(corpus_dir)
    if set(names) == set(corpus_documents(corpus_dir)):
        yield corpus_dir
        return
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        for n in names:
            shutil.copyfile(corpus_dir / n, Path(tmp) / n)
        _copy_manifest(corpus_dir, Path(tmp), set(names))
        yield Path(tmp)


def _copy_manifest(src: Path, dst: Path, names: set[str]) -> None:
    from ..read import MANIFEST, ReadError, decode
    path = src / MANIFEST
    if not path.is_file():
        return
    try:
        text, _ = decode(path.read_bytes(), path)
    except (OSError, ReadError):
        return                          # the build of the whole corpus would skip it too
    rows = csv.DictReader(io.StringIO(text))
    if not rows.fieldnames:
        return
    out = io.StringIO()
    w = csv.DictWriter(out, rows.fieldnames)
    w.writeheader()
    w.writerows(r for r in rows if (r.get("file") or "").strip() in names)
    (dst / MANIFEST).write_text(out.getvalue(), encoding="utf-8")


@dataclass
class Built:
    graph: rdflib.Graph
    problems: list
    seconds: float


def build_graph(corpus_dir: str | Path, docs: list[str] | None = None, lexicon=None,
                progress: Progress | None = None, **components) -> Built:
    """Extract ``docs`` of a corpus folder (all when None) into an rdflib graph, in memory.

    ``components`` are passed on to ``kg.pipeline.extract`` as keywords (what a
    cross-validation trainer returns, kg/evaluate/crossval.py); a keyword that
    ``extract`` does not take is a TypeError that names it.
    """
    from .. import emit
    from ..pipeline import extract
    from ..read import ReadError
    unknown = _unknown_keywords(extract, components)
    if unknown:
        raise TypeError(f"kg.pipeline.extract takes no keyword {', '.join(unknown)}: add it to extract's "
                        f"signature (and pass it to the stage that uses it) before a trainer returns it")
    t0 = time.perf_counter()
    names = docs if docs is not None else corpus_documents(corpus_dir)
    try:
        with corpus_subset(corpus_dir, names) as folder:
            ex, problems, _ = extract(folder, progress=progress, lexicon=lexicon, **components)
    except ReadError as e:
        raise EvalError(str(e)) from e
    return Built(emit.to_graph(ex, _ontology()), problems, time.perf_counter() - t0)


def _unknown_keywords(fn, names) -> list[str]:
    """The ``names`` that ``fn`` takes no keyword for (none when it takes ``**kwargs``)."""
    import inspect
    params = inspect.signature(fn).parameters.values()
    if any(p.kind is p.VAR_KEYWORD for p in params):
        return []
    return sorted(set(names) - {p.name for p in params if p.kind is not p.POSITIONAL_ONLY})


def merge_graphs(graphs) -> rdflib.Graph:
    """One graph holding the triples of all ``graphs`` (an IRI is one node in all of them)."""
    out = rdflib.Graph()
    for g in graphs:
        out += g
    return out


def scored_documents(gold_dir: str | Path, corpus_dir: str | Path,
                     docs: list[str] | None = None) -> tuple[list[str], list[str]]:
    """(documents to build and score, gold documents the corpus lacks).

    The documents scored are those of the corpus with a gold file (and among
    ``docs``, when given); EvalError when there are none. The gold files are
    read, so that a broken one is reported before anything is built.
    """
    with_gold = [doc_name(f) for f in load_gold(gold_dir, docs).files]
    in_corpus = set(corpus_documents(corpus_dir))
    names = [d for d in with_gold if d in in_corpus]
    if not names:
        raise EvalError(f"{corpus_dir}: none of its documents has a gold file in {gold_dir} — give the "
                        f"folder of that gold set's documents after it (kg eval {gold_dir} CORPUS_DIR)")
    return names, [d for d in with_gold if d not in in_corpus]
