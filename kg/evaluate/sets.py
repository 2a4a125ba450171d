"""Gold sets: a folder of gold files, its name and the corpus its documents are in.

``kg eval`` reads its folders in order. A folder holding ``*.gold.json`` files
starts a gold set; a folder of .txt/.md documents right after it is that
set's corpus. A set given no corpus uses a ``corpus/`` folder beside its gold
folder when there is one (``cities/gold`` -> ``cities/corpus``), else the
bundled corpus. A folder holding a ``gold/`` folder of gold files stands for
it (``cities`` for ``cities/gold``). A set is named after its folder
(``cities/gold`` beside ``cities/corpus`` is ``cities``) or by ``NAME=FOLDER``.

The union of several sets is scored as ``score.py`` scores one graph against
one folder holding all their gold files: the files in file-name order, so
that clusters merge across sets as they would there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .gold import GOLD_SUFFIX, EvalError, Gold, doc_name, gold_files, read_gold

USAGE = "give a folder of *.gold.json files, optionally followed by the folder of its documents, for each gold set"
_NAMED = re.compile(r"^([^=/\\\s]+)=(.+)$")


@dataclass(frozen=True)
class GoldSet:
    """A gold folder and the corpus folder its documents are built from."""
    name: str
    gold_dir: Path
    corpus_dir: Path
    corpus_given: bool = False      # named on the command line (not a default)

    def documents(self) -> list[str]:
        """The document file names its gold files annotate."""
        return [doc_name(f) for f in gold_files(self.gold_dir)]


def default_corpus(gold_dir: str | Path) -> Path:
    """The corpus of a gold folder given none: ``corpus/`` beside it, else the bundled corpus."""
    sibling = Path(gold_dir).parent / "corpus"
    if sibling.is_dir() and Path(gold_dir).resolve() != sibling.resolve():
        return sibling
    from ..resources import corpus_dir
    return corpus_dir()


def set_name(gold_dir: str | Path) -> str:
    """The folder's name; a folder called ``gold`` with a ``corpus/`` beside it is named after its parent.

    >>> set_name("eval/gold"), set_name("sets/seeds")
    ('gold', 'seeds')
    """
    p = Path(gold_dir).resolve()
    if p.name == "gold" and (p.parent / "corpus").is_dir() and p.parent.name:
        return p.parent.name
    return p.name or str(gold_dir)


def gold_set(gold_dir: str | Path, corpus_dir: str | Path | None = None, name: str | None = None) -> GoldSet:
    """A gold set from its folders (corpus by default as above, name from the folder)."""
    corpus = Path(corpus_dir) if corpus_dir is not None else default_corpus(gold_dir)
    return GoldSet(name or set_name(gold_dir), Path(gold_dir), corpus, corpus_dir is not None)


def _kind(path: Path) -> str:
    """'gold', 'corpus' or 'neither' (EvalError when it is no folder)."""
    from ..read import SUFFIXES
    if not path.exists():
        raise EvalError(f"{path}: no such folder — {USAGE}")
    if not path.is_dir():
        if path.name.endswith(GOLD_SUFFIX):
            hint = f" — give the folder that holds it ({path.parent})"
        elif path.suffix.lower() in (".trig", ".ttl", ".nt", ".nq", ".jsonld", ".json", ".rdf", ".owl", ".n3"):
            hint = f" — to score a graph file, give it with --graph {path}"
        else:
            hint = f" — {USAGE}"
        raise EvalError(f"{path}: not a folder{hint}")
    if any(path.glob(f"*{GOLD_SUFFIX}")):
        return "gold"
    if any((path / "gold").glob(f"*{GOLD_SUFFIX}")):
        return "set"
    if any(p.suffix.lower() in SUFFIXES and p.is_file() for p in path.iterdir()):
        return "corpus"
    return "neither"


def gold_sets(args: list[str]) -> list[GoldSet]:
    """Gold sets from ``kg eval``'s folders: ``GOLD [CORPUS] [GOLD [CORPUS]]...``,
    each ``GOLD`` possibly given as ``NAME=GOLD``. EvalError, one line naming the
    folder, for a folder that is neither, a corpus with no gold set before it,
    or two sets with one name or one document."""
    found: list[tuple[str | None, Path, Path | None]] = []
    for arg in args:
        m = _NAMED.match(arg)
        name, path = (m.group(1), Path(m.group(2))) if m and not Path(arg).exists() else (None, Path(arg))
        kind = _kind(path)
        if kind == "set":               # cities/ for cities/gold (and cities/corpus beside it)
            kind, path = "gold", path / "gold"
        if kind == "gold":
            if any(path.resolve() == g.resolve() for _, g, _ in found):
                raise EvalError(f"{path}: this gold set is given twice — give each gold set once")
            found.append((name, path, None))
        elif kind == "corpus":
            if name:
                raise EvalError(f"{arg}: {path} is a corpus (no *{GOLD_SUFFIX} files); NAME= names a gold "
                                f"folder — put it on the gold folder before it")
            if not found or found[-1][2] is not None:
                before = "" if not found else f" ({found[-1][1]} already has {found[-1][2]})"
                raise EvalError(f"{path}: a folder of documents with no gold set before it{before}{_hint(path)} "
                                f"— put the folder of its *{GOLD_SUFFIX} files first: kg eval GOLD_DIR {path}")
            found[-1] = (found[-1][0], found[-1][1], path)
        else:
            raise EvalError(f"{path}: no *{GOLD_SUFFIX} files (a gold set) nor .txt/.md documents (a corpus) "
                            f"in this folder{_hint(path)} — {USAGE}")
    given = [n for n, _, _ in found if n]
    twice = sorted({n for n in given if given.count(n) > 1})
    if twice:
        raise EvalError(f"two gold sets are named {twice[0]} — give each its own NAME=")
    return unique([gold_set(g, c, n) for n, g, c in found])


def _hint(path: Path) -> str:
    inside = sorted(p.name for p in path.iterdir() if p.is_dir() and any(p.glob(f"*{GOLD_SUFFIX}")))
    return f"; {', '.join(f'{path / n}' for n in inside)} holds gold files" if inside else ""


def unique(sets: list[GoldSet]) -> list[GoldSet]:
    """``sets`` with distinct names (a default name that repeats takes its parent's
    name before it); EvalError when two sets share a name given or a document."""
    names = [s.name for s in sets]
    out = []
    for s in sets:
        name = s.name
        if names.count(name) > 1:
            name = f"{s.gold_dir.resolve().parent.name}/{s.gold_dir.resolve().name}"
        if name in {o.name for o in out}:
            raise EvalError(f"two gold sets are named {name} ({s.gold_dir}) — give each its own name: "
                            f"kg eval NAME={s.gold_dir} ...")
        out.append(GoldSet(name, s.gold_dir, s.corpus_dir, s.corpus_given))
    seen: dict[str, GoldSet] = {}
    for s in out:
        for d in s.documents():
            if d in seen:
                raise EvalError(f"{d} has gold in two sets, {seen[d].name} ({seen[d].gold_dir}) and {s.name} "
                                f"({s.gold_dir}) — give each gold folder once; the union scores each document once")
            seen[d] = s
    return out


def docs_by_set(sets: list[GoldSet], wanted: list[str] | None) -> dict[str, list[str] | None]:
    """Per set name, the documents of ``wanted`` it has gold for (None: all of them);
    sets that have none of them are left out. EvalError for a name no set has.

    A name may be given as in ``select_docs``: the file name, its stem, or the gold file name.
    """
    if not wanted:
        return {s.name: None for s in sets}
    out: dict[str, list[str]] = {}
    matched = set()
    for s in sets:
        for d in s.documents():
            for w in wanted:
                if w in (d, Path(d).stem, d + GOLD_SUFFIX):
                    out.setdefault(s.name, []).append(d)
                    matched.add(w)
    unknown = [w for w in wanted if w not in matched]
    if unknown:
        known = "; ".join(f"{s.name + ': ' if len(sets) > 1 else ''}{', '.join(s.documents())}" for s in sets)
        raise EvalError(f"no gold file for {', '.join(unknown)}; documents with gold: {known}")
    return {s.name: sorted(set(out[s.name])) for s in sets if s.name in out}


def union_gold(parts: list[tuple[GoldSet, list[str] | None]]) -> Gold:
    """The gold of several sets (each restricted to its documents, None: all) as
    score.py reads one folder holding all their files: in file-name order."""
    documents: list[tuple[str, dict]] = []
    for s, docs in parts:
        data, files = read_gold(s.gold_dir, docs)
        documents += zip(files, data)
    documents.sort(key=lambda fd: fd[0])
    return Gold.from_documents([d for _, d in documents], [f for f, _ in documents])
