"""Train the learned relation re-scorer (kg/relate/learned.py) on the gold of the development sets.

    python tools/train_relations.py                   # train on all sets, write kg/data/relation_model.json
    python tools/train_relations.py --heldout         # leave-one-set-out table: rules alone vs rules+model
    python tools/train_relations.py --oracle          # what a perfect re-scorer of the candidates would score

Each set is built in memory (the rules alone) and cached under --cache; every
candidate pair of a document (learned.candidates) is labelled by whether its
ends' gold clusters (named as ../shared/eval/score.py names them) hold the
relation in the set's gold.  The model is a logistic regression (numpy, L2)
over the candidates' string features; the thresholds ``keep`` and ``add`` are
chosen by leave-one-set-out inside the training sets.
"""
from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate.gold import load_gold  # noqa: E402
from kg.relate import learned  # noqa: E402
from kg.rules import load_rules  # noqa: E402

SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").is_dir() else Path("/work/shared")
SETS = {"seeds": (SHARED / "corpus", SHARED / "eval/gold"),
        "cities": (SHARED / "eval/cities/corpus", SHARED / "eval/cities/gold")}
for _n in (3, 4, 6, 7, 8, 9):
    SETS[f"set{_n}"] = (ROOT / f"eval/written/set{_n}/corpus", ROOT / f"eval/written/set{_n}/gold")


def built(name: str, cache: Path) -> dict:
    """A set built by the rules alone: documents, mentions, entities, relations, homes, gold."""
    f = cache / f"{name}.pkl"
    if f.exists():
        return pickle.loads(f.read_bytes())
    from kg.pipeline import extract
    from kg.relate.base import Collector
    from kg.relate.home import HomeRules, document_head, find_home
    corpus, gold_dir = SETS[name]
    with learned.using(None):
        ex, _, _ = extract(corpus, workers=1)
    ms: dict = {}
    for e in ex.entities.values():
        for m in e.mentions:
            ms.setdefault(m.doc_id, []).append(m)
    rules = HomeRules.of(Collector(ex.entities).rules["home"])
    homes = {}
    for d in ex.documents:
        ms[d.doc_id] = sorted(ms.get(d.doc_id, []), key=lambda m: (m.sentence, m.start))
        homes[d.doc_id] = find_home(rules, ex.entities, ms[d.doc_id], document_head(d))
    data = dict(docs=ex.documents, mentions=ms, entities=ex.entities, relations=ex.relations,
                homes=homes, gold=load_gold(gold_dir))
    cache.mkdir(parents=True, exist_ok=True)
    f.write_bytes(pickle.dumps(data))
    return data


def examples(data: dict, cues: tuple[str, ...], docs: set[str] | None = None, gold=None) -> list[tuple]:
    """(features, label, mapped triple, proposed by a rule) of every candidate of a set
    (of its documents ``docs`` only, labelled by ``gold`` when given)."""
    gold, ents = gold or data["gold"], data["entities"]

    def hit(k):
        e = ents[k]
        cs = {c for c in (gold.lookup(n) for n in (e.name, e.en, *e.aliases) if n) if c}
        return min(cs) if cs else k
    rels: dict = {}
    for r in data["relations"]:
        rels.setdefault(r.doc_id, []).append(r)
    out = []
    for d in data["docs"]:
        if docs is not None and d.doc_id not in docs:
            continue
        for c in learned.candidates(d, data["mentions"].get(d.doc_id, []), ents, rels.get(d.doc_id, []),
                                    data["homes"].get(d.doc_id), cues):
            t = (hit(c.s), c.p, hit(c.o))
            out.append((c.feats, t in gold.relations, t, bool(c.rules)))
    return out


def fit(exs: list[tuple], l2: float = 1.0, min_count: int = 2, epochs: int = 300) -> dict[str, float]:
    """Logistic regression weights by full-batch gradient descent (Adam) over string features."""
    counts: dict[str, int] = {}
    for feats, *_ in exs:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    rows, cols = [], []
    for i, (feats, *_) in enumerate(exs):
        for f in set(feats):
            j = vocab.get(f)
            if j is not None:
                rows.append(i)
                cols.append(j)
    rows, cols = np.array(rows), np.array(cols)
    y = np.array([float(e[1]) for e in exs])
    w = np.zeros(len(vocab))
    m, v = np.zeros_like(w), np.zeros_like(w)
    n = len(exs)
    for t in range(1, epochs + 1):
        z = np.bincount(rows, weights=w[cols], minlength=n)
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        g = np.bincount(cols, weights=(p - y)[rows], minlength=len(w)) / n + l2 * w / n
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= 0.1 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return {f: round(float(w[j]), 4) for f, j in vocab.items() if abs(w[j]) >= 1e-4}


def prf(chosen: set, gold: set) -> tuple[float, float, float]:
    tp = len(chosen & gold)
    p = tp / len(chosen) if chosen else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def decide(model: learned.Model, exs: list[tuple], keep: float, add: float) -> set:
    out = set()
    for feats, _, t, ruled in exs:
        y = model.score(feats)
        if (ruled and y >= keep) or (not ruled and y >= add):
            out.add(t)
    return out


GRID = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]


def thresholds(by_set: dict[str, list], golds: dict[str, set], cues, l2: float) -> tuple[float, float]:
    """keep and add chosen by leave-one-set-out within the training sets (mean F1 gain over rules)."""
    gains: dict[tuple, float] = {}
    for held in by_set:
        w = fit([e for s, exs in by_set.items() if s != held for e in exs], l2)
        model = learned.Model(w, cues=cues)
        scores = [(model.score(f), t, ruled) for f, _, t, ruled in by_set[held]]
        for keep in GRID:
            for add in GRID:
                chosen = {t for y, t, ruled in scores if (y >= keep if ruled else y >= add)}
                gains[(keep, add)] = gains.get((keep, add), 0.0) + prf(chosen, golds[held])[2]
    return max(gains, key=lambda k: (gains[k], -abs(k[0] - 0.5) - abs(k[1] - 0.5)))


def train(by_set: dict[str, list], golds: dict[str, set], cues, l2: float = 3.0, inner: bool = True) -> learned.Model:
    keep, add = thresholds(by_set, golds, cues, l2) if inner else (0.5, 0.5)
    w = fit([e for exs in by_set.values() for e in exs], l2)
    return learned.Model(w, keep, add, cues, {"trained_on": sorted(by_set), "l2": l2,
                                              "candidates": sum(map(len, by_set.values()))})


def crossval_trainer(cache: Path, l2: float):
    """A trainer for kg.evaluate.crossval.cross_validate: a model trained on the
    training documents only (their own gold; each set built once, cached), for
    the pipeline's ``relation_model`` keyword."""
    from kg.evaluate.gold import Gold
    by_corpus = {str(Path(c).resolve()): s for s, (c, _) in SETS.items()}
    cues = tuple(load_rules().relations.get("learned", {}).get("cues", ()))

    def trainer(held_out: frozenset, training: list) -> dict:
        docs: dict[str, list] = {}
        for t in training:
            docs.setdefault(by_corpus[str(Path(t.text).parent.resolve())], []).append(t)
        by_set, golds = {}, {}
        for s, ts in docs.items():
            gold = Gold.from_documents([t.gold for t in ts])
            by_set[s] = examples(built(s, cache), cues, {t.doc for t in ts}, gold)
            golds[s] = gold.relations
        return {"relation_model": train(by_set, golds, cues, l2)}
    return trainer


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/kg-train-relations"))
    ap.add_argument("--out", type=Path, default=learned.MODEL_FILE)
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--heldout", action="store_true", help="leave-one-set-out scores, no model written")
    ap.add_argument("--oracle", action="store_true", help="bounds of a perfect re-scorer, no model written")
    a = ap.parse_args(argv)
    cues = tuple(load_rules().relations.get("learned", {}).get("cues", ()))
    data = {s: built(s, a.cache) for s in a.sets}
    by_set = {s: examples(d, cues) for s, d in data.items()}
    golds = {s: d["gold"].relations for s, d in data.items()}
    rules_alone = {s: {t for _, _, t, ruled in exs if ruled} for s, exs in by_set.items()}
    if a.oracle:
        print(f"{'set':7s} {'rules F1':>8s} {'gold':>5s} {'missed':>6s} {'in cand':>7s} {'spurious':>8s} "
              f"{'filter F1':>9s} {'oracle F1':>9s}")
        for s, exs in by_set.items():
            g, r = golds[s], rules_alone[s]
            cand = {t for _, _, t, _ in exs}
            filt = r & g
            print(f"{s:7s} {prf(r, g)[2]:8.3f} {len(g):5d} {len(g - r):6d} {len((g - r) & cand):7d} "
                  f"{len(r - g):8d} {prf(filt, g)[2]:9.3f} {prf(cand & g, g)[2]:9.3f}")
        return
    if a.heldout:
        print(f"{'set':7s} {'rules P/R/F1':>20s} {'+model P/R/F1':>20s}  keep/add")
        diffs = []
        for held in by_set:
            train_sets = {s: e for s, e in by_set.items() if s != held}
            model = train(train_sets, golds, cues, a.l2)
            got = decide(model, by_set[held], model.keep, model.add)
            r0, r1 = prf(rules_alone[held], golds[held]), prf(got, golds[held])
            diffs.append(r1[2] - r0[2])
            print(f"{held:7s} {r0[0]:.3f}/{r0[1]:.3f}/{r0[2]:.3f}    {r1[0]:.3f}/{r1[1]:.3f}/{r1[2]:.3f}  "
                  f"{model.keep}/{model.add}  ({r1[2] - r0[2]:+.3f})", flush=True)
        print(f"mean change {sum(diffs) / len(diffs):+.4f}, worst {min(diffs):+.4f}")
        return
    model = train(by_set, golds, cues, a.l2)
    import json
    a.out.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{a.out}: {len(model.weights)} weights, keep {model.keep}, add {model.add}")


if __name__ == "__main__":
    main()
