"""A learned re-scorer of relations: a logistic regression over candidate pairs.

The rules (the rest of kg/relate) propose relations; this module looks at them
and at every other pair of things a sentence names whose classes fit a
relation (relations.toml [signature]), plus each thing paired with the
document's home, and scores each (subject, predicate, object) of a document
with the weights of kg/data/relation_model.json (trained by
tools/train_relations.py on the gold of the development sets).  A rule's
relation scoring below ``keep`` is dropped; a pair no rule proposed scoring
at least ``add`` is added with rule ``learned-pair`` and its sentence as
evidence.  Off unless relations.toml [learned] says ``enabled = true`` or a
model is given (``using``, as the cross-validation trainer does).

Features are strings (readable in the weights file): the rules that proposed
the pair, the two classes, the distance and order of the two mentions, the
characters between and around them, cue words of the sentence, how many
sentences name both, whether the object is the home; most are joined with the
predicate so that each relation learns its own weights.
"""
from __future__ import annotations

import json
import math
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..model import Document, Entity, Mention, Relation
from ..rules import load_rules

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "relation_model.json"
FORMAT = "gongshu-kg relation model 1"
RULE = "learned-pair"


class ModelError(ValueError):
    """A weights file that cannot be used (missing, corrupt or of another format)."""


@dataclass
class Model:
    weights: dict[str, float]
    keep: float = 0.5             # a rule's relation scoring below this is dropped
    add: float = 0.5              # a pair no rule proposed scoring this or more is added
    cues: tuple[str, ...] = ()    # words of a sentence that are features (落户, 位于, 控股 …)
    meta: dict = field(default_factory=dict)

    def score(self, feats: list[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict:
        return {"format": FORMAT, "keep": self.keep, "add": self.add, "cues": list(self.cues),
                "meta": self.meta, "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def load(cls, path: str | Path) -> "Model":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise ModelError(f"relation model {path}: cannot be read ({e.__class__.__name__}: {e}); "
                             f"retrain it with tools/train_relations.py") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            got = data.get("format") if isinstance(data, dict) else type(data).__name__
            raise ModelError(f"relation model {path}: format {got!r}, expected {FORMAT!r}; "
                             f"retrain it with tools/train_relations.py")
        try:
            return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["keep"]),
                       float(data["add"]), tuple(data.get("cues", ())), data.get("meta", {}))
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise ModelError(f"relation model {path}: bad field ({e.__class__.__name__}: {e}); "
                             f"retrain it with tools/train_relations.py") from None


_GIVEN: list[Model | None] = []     # a model given for a while (``using``), innermost last


@contextmanager
def using(model: Model | None):
    """Score with ``model`` (None: the rules alone) inside the block."""
    _GIVEN.append(model)
    try:
        yield
    finally:
        _GIVEN.pop()


@lru_cache(maxsize=4)
def _default(path: str) -> Model | None:
    cfg = load_rules().relations.get("learned", {})
    return Model.load(path) if cfg.get("enabled") else None


def current() -> Model | None:
    """The model in force: one given by ``using``, else the default when enabled."""
    if _GIVEN:
        return _GIVEN[-1]
    return _default(str(MODEL_FILE))


@dataclass
class Candidate:
    s: str
    p: str
    o: str
    sentence: int                 # the evidence sentence
    rules: set[str] = field(default_factory=set)
    feats: list[str] = field(default_factory=list)


def _bucket(n: int) -> str:
    for b in (0, 2, 5, 10, 20, 40):
        if n <= b:
            return str(b)
    return "more"


def _classes(e: Entity) -> frozenset[str]:
    return frozenset((e.cls, *e.extra_classes))


def candidates(doc: Document, mentions: list[Mention], entities: dict[str, Entity],
               rels: list[Relation], home: str | None, cues: tuple[str, ...] = ()) -> list[Candidate]:
    """The candidate pairs of one document with their features."""
    sig = {p: (set(a), set(b)) for p, (a, b) in load_rules().relations.get("signature", {}).items()}
    by_sent: dict[int, list[Mention]] = {}
    first: dict[str, int] = {}
    for m in mentions:
        if m.key and m.key in entities:
            by_sent.setdefault(m.sentence, []).append(m)
            first.setdefault(m.key, m.sentence)
    cooc: dict[tuple[str, str], int] = {}
    for ms in by_sent.values():
        keys = {m.key for m in ms}
        for a in keys:
            for b in keys:
                if a != b:
                    cooc[(a, b)] = cooc.get((a, b), 0) + 1

    def fits(p, s, o):
        a, b = sig.get(p, (None, None))
        return s != o and (a is None or (_classes(entities[s]) & a and _classes(entities[o]) & b))

    out: dict[tuple, Candidate] = {}
    for r in rels:
        c = out.setdefault((r.subject, r.predicate, r.object), Candidate(r.subject, r.predicate, r.object, r.sentence))
        c.rules.add(r.rule)
    for i, ms in by_sent.items():
        for ma in ms:
            for mb in ms:
                if ma.key == mb.key:
                    continue
                for p in sig:
                    if (ma.key, p, mb.key) not in out and fits(p, ma.key, mb.key):
                        out[(ma.key, p, mb.key)] = Candidate(ma.key, p, mb.key, i)
    if home and home in entities:
        for k, i in first.items():
            for p in ("locatedIn", "partOf"):
                if (k, p, home) not in out and fits(p, k, home):
                    out[(k, p, home)] = Candidate(k, p, home, i)
    sents = {s.index: s.text for s in doc.sentences}
    ruled: dict[tuple[str, str], int] = {}
    mentioned: dict[str, int] = {}
    for r in rels:
        ruled[(r.subject, r.predicate)] = ruled.get((r.subject, r.predicate), 0) + 1
    for m in mentions:
        mentioned[m.key] = mentioned.get(m.key, 0) + 1
    for c in out.values():
        c.feats = features(c, by_sent.get(c.sentence, []), sents.get(c.sentence, ""), entities,
                           cooc.get((c.s, c.o), 0), home, cues)
        # what else the rules said of the subject, and how often the document names it
        others = ruled.get((c.s, c.p), 0) - (1 if c.rules else 0)
        c.feats.append(f"s-other-ruled:{c.p}:{min(others, 2)}")
        c.feats.append(f"s-mentions:{c.p}:{_bucket(mentioned.get(c.s, 0))}")
        # a rule's relation and a pair no rule proposed are told apart by separate weights
        # (most of the former hold, few of the latter)
        side = "R|" if c.rules else "N|"
        c.feats = [side + f for f in c.feats]
    return list(out.values())


def features(c: Candidate, ms: list[Mention], text: str, entities: dict[str, Entity],
             cooc: int, home: str | None, cues: tuple[str, ...]) -> list[str]:
    p = c.p
    ts, to = entities[c.s].cls, entities[c.o].cls
    f = [f"bias:{p}", f"types:{p}:{ts}:{to}"]
    f += [f"rule:{p}:{r}" for r in sorted(c.rules)] or [f"rule:{p}:none"]
    f.append(f"ruled:{p}:{len(c.rules) > 0}")
    # head characters of the names (园, 区, 街道, 公司 …) say much of what a thing can be in
    sn, on = entities[c.s].name, entities[c.o].name
    f += [f"s-last:{p}:{sn[-1:]}", f"s-last2:{p}:{sn[-2:]}", f"o-last:{p}:{on[-1:]}", f"o-last2:{p}:{on[-2:]}"]
    f.append(f"cooc:{p}:{_bucket(cooc)}")
    if c.o == home:
        f.append(f"home:{p}:{ts}")
        f.append(f"home-last:{p}:{sn[-1:]}")
    for w in cues:
        if w in text:
            f.append(f"cue:{p}:{w}")
    if c.s == home:
        f.append(f"subject-home:{p}")
    a = next((m for m in ms if m.key == c.s), None)
    b = next((m for m in ms if m.key == c.o), None)
    if a is None or b is None:
        f.append(f"apart:{p}")
        return f
    first_, second = (a, b) if a.start <= b.start else (b, a)
    gap = max(0, second.start - first_.end)
    between = text[first_.end:second.start] if gap else ""
    f.append(f"order:{p}:{'so' if a is first_ else 'os'}")
    f.append(f"dist:{p}:{_bucket(gap)}")
    f.append(f"nested:{p}:{a.start < b.end and b.start < a.end}")
    same = sum(1 for m in ms if first_.end <= m.start and m.end <= second.start and m.key not in (c.s, c.o)
               and m.cls == (b.cls if a is first_ else a.cls))
    f.append(f"intervene:{p}:{min(same, 2)}")
    # the nearest thing of its class to the other end (the usual reading of a list or a clause)
    def nearest(x, y):
        d = abs(x.start - y.start)
        return not any(m.cls == y.cls and m.key != y.key and abs(m.start - x.start) < d for m in ms)
    f.append(f"nearest:{p}:{nearest(a, b)}:{nearest(b, a)}")
    f.append(f"clause:{p}:{not any(ch in between for ch in '，,；;。：:')}")
    if 0 < gap <= 3:
        f.append(f"between:{p}:{between}")
    if gap:
        f.append(f"bw-first:{p}:{between[:1]}")
        f.append(f"bw-last:{p}:{between[-1:]}")
    for ch in set(between) & set("、，,；;。和与及的在于为由是等"):
        f.append(f"bw-has:{p}:{ch}")
    f.append(f"left:{p}:{text[max(0, first_.start - 2):first_.start]}")
    f.append(f"right:{p}:{text[second.end:second.end + 2]}")
    f.append(f"a-role:{p}:{a.role}")
    f.append(f"b-role:{p}:{b.role}")
    f.append(f"same-group:{p}:{bool(a.group) and a.group == b.group}")
    for w in cues:
        if w in between:
            f.append(f"cue-between:{p}:{w}")
    return f


def rescore(model: Model, doc: Document, mentions: list[Mention], entities: dict[str, Entity],
            rels: list[Relation], home: str | None) -> list[Relation]:
    """``rels`` less the rule relations the model scores below ``keep``, plus the
    pairs no rule proposed that it scores at least ``add``."""
    scored = {(c.s, c.p, c.o): (c, model.score(c.feats))
              for c in candidates(doc, mentions, entities, rels, home, model.cues)}
    out = [r for r in rels if scored[(r.subject, r.predicate, r.object)][1] >= model.keep]
    for (s, p, o), (c, y) in scored.items():
        if not c.rules and y >= model.add:
            out.append(Relation(s, p, o, doc.doc_id, c.sentence, RULE, round(y, 3)))
    return sorted(out, key=lambda r: (r.doc_id, r.sentence, r.subject, r.predicate, r.object))
