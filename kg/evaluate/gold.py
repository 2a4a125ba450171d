"""Gold annotations: the files of a gold folder, merged into clusters.

Gold entities of all scored files are merged into clusters wherever their
names or aliases meet after normalisation (``norm``); gold relations are
(cluster, predicate, cluster) triples.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path


GOLD_SUFFIX = ".gold.json"

# Characters dropped from names before they are compared (score.py's _DROP).
_DROP = frozenset("\u201c\u201d\u2018\u2019\"'\u300c\u300d\u300e\u300f\u300a\u300b<>\u3008\u3009 \t\r\n\u3000")


class EvalError(Exception):
    """A gold folder, gold file or graph that cannot be scored; str() is one line."""


def norm(name: str) -> str:
    """The form in which names are compared.

    >>> norm("“ＡＢＣ” 科技")
    'abc科技'
    """
    s = unicodedata.normalize("NFKC", str(name)).lower()
    return "".join(ch for ch in s if ch not in _DROP)


# -- gold -----------------------------------------------------------------

@dataclass
class Gold:
    """Gold entities merged into clusters, and gold relations between clusters.

    A cluster is named by its key: the normalised name at the root of a
    union-find over all names and aliases.

    >>> gold = Gold.from_documents([
    ...     {"doc": "a.txt", "entities": [{"name": "数产园", "type": ["Platform"]}], "relations": []},
    ...     {"doc": "b.txt", "entities": [{"name": "数字经济产业园", "type": ["Platform"],
    ...                                    "aliases": ["数产园"]}], "relations": []}])
    >>> len(gold.clusters()), gold.name(gold.lookup("数字经济产业园"))
    (1, '数字经济产业园')
    """
    parent: dict[str, str] = field(default_factory=dict)
    types: dict[str, set[str]] = field(default_factory=dict)       # by root
    docs: dict[str, set[str]] = field(default_factory=dict)        # by root
    display: dict[str, str] = field(default_factory=dict)          # by key
    relations: set[tuple[str, str, str]] = field(default_factory=set)
    evidence: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    @classmethod
    def from_documents(cls, documents: list[dict], files: list[str] | None = None) -> "Gold":
        """Gold from parsed gold files (``{"doc", "entities", "relations"}`` each);
        ``files`` are their file names (default: ``<doc>.gold.json``)."""
        files = list(files) if files else [d.get("doc", "") + GOLD_SUFFIX for d in documents]
        gold = cls(files=files)
        raw = []
        for where, d in zip(files, documents):
            doc = doc_name(where)
            for e in d["entities"]:
                types = e["type"] if isinstance(e["type"], list) else [e["type"]]
                gold.add([e["name"], *e.get("aliases", [])], types, doc, where)
            raw += [(r["s"], r["p"], r["o"], doc, r.get("evidence", ""), where) for r in d["relations"]]
        # relation ends are looked up once every cluster is complete
        for s, p, o, doc, ev, where in raw:
            cs, co = gold.lookup(s), gold.lookup(o)
            if cs is None or co is None:
                raise EvalError(f"{where}: gold relation end is not an entity: {s} {p} {o}")
            gold.relations.add((cs, p, co))
            gold.evidence.setdefault((cs, p, co), (doc, ev))
        return gold

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def add(self, names: list[str], types: list[str], doc: str = "", where: str = "") -> None:
        """One gold entity: its names join one cluster (merging clusters they meet)."""
        keys = [norm(n) for n in names if norm(n)]
        if not keys:
            raise EvalError(f"{where or doc}: gold entity without a name: {names!r}")
        for k in keys:
            self.parent.setdefault(k, k)
            self.display.setdefault(k, names[0])
        root = self.find(keys[0])
        for k in keys[1:]:
            r = self.find(k)
            if r != root:
                self.parent[r] = root
                self.types.setdefault(root, set()).update(self.types.pop(r, set()))
                self.docs.setdefault(root, set()).update(self.docs.pop(r, set()))
        self.types.setdefault(root, set()).update(types)
        if doc:
            self.docs.setdefault(root, set()).add(doc)

    def lookup(self, name: str) -> str | None:
        """The cluster a name belongs to, or None."""
        k = norm(name)
        return self.find(k) if k in self.parent else None

    def clusters(self) -> set[str]:
        return {self.find(k) for k in self.parent}

    def types_of(self, cluster: str) -> set[str]:
        return self.types.get(cluster, set())

    def name(self, cluster: str) -> str:
        """A readable name of a cluster: the first name given for its key."""
        return self.display.get(cluster, cluster)


def gold_files(gold_dir: str | Path) -> list[Path]:
    """The ``*.gold.json`` files of a folder, sorted; EvalError when there are none."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise EvalError(f"{gold_dir}: no such folder — give the folder that holds the *{GOLD_SUFFIX} files")
    files = sorted(gold_dir.glob(f"*{GOLD_SUFFIX}"))
    if not files:
        raise EvalError(f"{gold_dir}: no *{GOLD_SUFFIX} files in this folder")
    return files


def doc_name(gold_file: str | Path) -> str:
    """``x/000_a.txt.gold.json`` -> ``000_a.txt`` (the document it annotates)."""
    return Path(gold_file).name.removesuffix(GOLD_SUFFIX)


def select_docs(available: list[str], wanted: list[str] | None) -> list[str]:
    """The documents of ``available`` named in ``wanted`` (all when it is empty).

    A name may be given as the file name, without its extension or as the
    gold file name.

    >>> select_docs(["000_a.txt", "001_b.txt"], ["001_b", "001_b.txt.gold.json"])
    ['001_b.txt']
    """
    if not wanted:
        return list(available)
    by_name = {}
    for d in available:
        by_name[d] = by_name[Path(d).stem] = by_name[d + GOLD_SUFFIX] = d
    unknown = [w for w in wanted if w not in by_name]
    if unknown:
        raise EvalError(f"no gold file for {', '.join(unknown)}; documents with gold: {', '.join(available)}")
    return [d for d in available if d in {by_name[w] for w in wanted}]


def load_gold(gold_dir: str | Path, docs: list[str] | None = None) -> Gold:
    """Read the gold files of a folder (only those of ``docs``, when given)."""
    return Gold.from_documents(*read_gold(gold_dir, docs))


def read_gold(gold_dir: str | Path, docs: list[str] | None = None) -> tuple[list[dict], list[str]]:
    """(the parsed gold files of a folder, their file names), checked; only those
    of ``docs``, when given."""
    files = gold_files(gold_dir)
    names = select_docs([doc_name(f) for f in files], docs)
    files = [f for f in files if doc_name(f) in names]
    documents = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise EvalError(f"{f}: not valid JSON ({e.msg}, line {e.lineno} column {e.colno})") from e
        except (OSError, UnicodeDecodeError) as e:
            raise EvalError(f"{f}: cannot be read ({e})") from e
        _check_gold(f, data)
        documents.append(data)
    return documents, [f.name for f in files]


def _check_gold(path: Path, data) -> None:
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list) \
            or not isinstance(data.get("relations"), list):
        raise EvalError(f"{path}: not a gold file — expected an object with 'entities' and 'relations' lists")
    for e in data["entities"]:
        if not isinstance(e, dict) or not isinstance(e.get("name"), str) or "type" not in e:
            raise EvalError(f"{path}: gold entity without 'name' or 'type': {json.dumps(e, ensure_ascii=False)}")
    for r in data["relations"]:
        if not isinstance(r, dict) or not all(isinstance(r.get(k), str) for k in "spo"):
            raise EvalError(f"{path}: gold relation without 's', 'p' or 'o': {json.dumps(r, ensure_ascii=False)}")
