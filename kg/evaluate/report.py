"""Scores as readable text: tables, error lists with their sentences."""
from __future__ import annotations

from .crossval import CrossValidation
from .evaluation import SetsEvaluation
from .scoring import PRF, EntityItem, Errors, Score


def _w(text: str) -> int:
    from ..query import text_width
    return text_width(text)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    if _w(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        if used + _w(ch) > width - 1:
            break
        out.append(ch)
        used += _w(ch)
    return "".join(out) + "…"


def _snippet(sentence: str, *names: str, width: int = 60) -> str:
    """``sentence`` cut to ``width`` columns, around the first of ``names`` it holds.

    >>> _snippet("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸腾讯网易", "腾讯", width=16)
    '…辛壬癸腾讯网易'
    """
    text = " ".join(sentence.split())
    if _w(text) > width:
        at = next((text.find(n) for n in names if n and text.find(n) >= 0), -1)
        if at >= 0 and _w(text[:at]) > width // 3:
            text = "…" + text[max(0, at - 3):]
    return _cut(text, width)


def _table(rows: list[list[str]], right: set[int] = frozenset()) -> list[str]:
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [(" " * (widths[i] - _w(c)) + c) if i in right else (c + " " * (widths[i] - _w(c)))
                 for i, c in enumerate(r)]
        lines.append("  ".join(cells).rstrip())
    return lines


def _n(x: float) -> str:
    """A score printed as score.py prints it: rounded to 4 places, shown with 3.

    >>> _n(37 / 51)
    '0.726'
    """
    return f"{round(x, 4):.3f}"


def format_score(s: Score, errors: int | None = 0) -> str:
    """A score as a readable table (and, with ``errors``, the error lists)."""
    def row(name, v: PRF) -> list[str]:
        return [name, _n(v.p), _n(v.r), _n(v.f), f"{v.graph:,}", f"{v.gold:,}"]

    rows = [["", "P", "R", "F1", "graph", "gold"],
            row("entities", s.entities), row("entities_typed", s.entities_typed),
            row("relations", s.relations), ["by class"]]
    rows += [row(f"  {t}", v) for t, v in s.by_type.items()]
    rows += [["by relation"]]
    rows += [row(f"  {p}", v) for p, v in s.by_predicate.items()]
    rows = [r + [""] * (6 - len(r)) for r in rows]
    lines = [f"gold: {len(s.gold_files)} files, {s.entities.gold} entities, {s.relations.gold} relations; "
             f"graph: {s.entities.graph} entities, {s.relations.graph} relations", ""]
    lines += _table(rows, right={1, 2, 3, 4, 5})
    if errors is None or errors > 0:
        lines += format_errors(s.errors, errors)
    return "\n".join(lines)


_HEADINGS = {
    "missed_entities": "gold entities no graph entity names",
    "spurious_entities": "graph entities that name no gold entity",
    "typed_mismatches": "graph entities that name a gold entity, with none of its types",
    "missed_relations": "gold relations not in the graph",
    "spurious_relations": "graph relations not in the gold",
}


def format_errors(err: Errors, limit: int | None = None) -> list[str]:
    lines = []
    for kind in Errors.KINDS:
        items = getattr(err, kind)
        shown = items[:limit]
        count = f"{len(items)}" if len(shown) == len(items) else f"{len(shown)} of {len(items)}"
        lines += ["", f"{kind.replace('_', ' ')} ({count}): {_HEADINGS[kind]}"]
        rows = []
        for x in shown:
            if isinstance(x, EntityItem):
                what = f"gold {'/'.join(x.gold_types)} {x.gold_name}" if x.gold_name else ""
                rows.append([x.name, "/".join(x.types), what, x.doc, _snippet(x.sentence, x.name)])
            else:
                rows.append([str(x), x.note, x.doc, _snippet(x.sentence, x.s, x.o)])
        if rows:
            keep = [i for i in range(len(rows[0])) if any(r[i] for r in rows)]   # no empty columns
            lines += ["  " + line for line in _table([[r[i] for i in keep] for r in rows])]
    return lines


def _cells(ent, typed, rel) -> list[str]:
    return [_n(ent.f), _n(typed.p), _n(typed.r), _n(typed.f), _n(rel.p), _n(rel.r), _n(rel.f)]


_MEASURES = ["entity F1", "typed P", "typed R", "typed F1", "relation P", "relation R", "relation F1"]


def format_cross_validation(cv: CrossValidation, errors: int | None = 0) -> str:
    """Per-document scores of a cross-validation and their mean: with several
    sets, a set column, each set's mean after its documents and the mean over
    all documents last."""
    several = len(cv.sets) > 1
    groups = [(name, [f for f in cv.folds if f.set == name]) for name in cv.sets] if several else [("", cv.folds)]
    set_col = lambda name: [name] if several else []                 # noqa: E731
    rows = [set_col("set") + ["document", "dropped", *_MEASURES]]
    ends = set()                                     # the rows after which a blank line separates sets
    for name, folds in groups:
        rows += [set_col(name) + [f.doc, str(len(f.dropped)), *_fold_cells(f)] for f in folds]
        if several:
            rows.append(set_col(name) + [f"mean of {len(folds)}", _dropped(folds), *_mean_cells(cv.mean(name))])
            ends.add(len(rows) - 1)
    rows.append(set_col("all") + [f"mean of {len(cv.folds)}" if several else "mean", _dropped(cv.folds),
                                  *_mean_cells(cv.mean())])
    ends.discard(len(rows) - 2)
    counts = ", ".join(f"{name} {len(folds)}" for name, folds in groups)
    lines = [f"cross-validation: {len(cv.folds)} documents{f' of {len(groups)} gold sets ({counts})' * several}, "
             f"each built alone without the lexicon entries whose only source is that document "
             f"(doc:<file name>); {cv.seconds:.1f} s"]
    components = sorted({c for f in cv.folds for c in f.components})
    if components:
        lines.append(f"learned per fold, without the held-out document: {', '.join(components)}")
    table = _table(rows, right=set(range(len(set_col("")) + 1, len(rows[0]))))
    lines.append("")
    for i, line in enumerate(table[:-1]):
        lines += [line, ""] if i in ends else [line]
    lines += ["-" * _w(table[0]), table[-1]]
    dropped = [f"  {f.doc}: {', '.join(f.dropped)}" for f in cv.folds if f.dropped]
    if dropped:
        lines += ["", "lexicon entries dropped:"] + dropped
    if errors is None or errors > 0:
        for f in cv.folds:
            lines += ["", f"== {f.set + '/' if several else ''}{f.doc}"] + format_errors(f.score.errors, errors)
    return "\n".join(lines)


def _dropped(folds) -> str:
    return str(sum(len(f.dropped) for f in folds))


def _fold_cells(f) -> list[str]:
    return _cells(f.score.entities, f.score.entities_typed, f.score.relations)


def _mean_cells(m: dict) -> list[str]:
    return _cells(m["entities"], m["entities_typed"], m["relations"])


def format_sets(ev: SetsEvaluation, errors: int | None = 0) -> str:
    """Each gold set's scores (and errors), then their union's, then one summary table."""
    lines: list[str] = []
    for s in ev.sets:
        if s.name not in ev.results:
            continue
        e = ev.results[s.name]
        source = f"scored against {ev.graph}" if ev.graph else f"built from {s.corpus_dir}"
        lines += [f"== {s.name}: {_docs(e.score)} of {s.gold_dir}, {source}", ""]
        lines += [format_score(e.score, errors), ""]
    names = [s.name for s in ev.sets if s.name in ev.results]
    lines += [f"== union of {' + '.join(names)}: {_docs(ev.union.score)}, "
              f"{'the graph' if ev.graph else 'their graphs merged'}, scored against their gold files as one folder",
              ""]
    lines += [format_score(ev.union.score, 0)]
    if errors is None or errors > 0:
        lines += ["", "(errors are listed under each set above; --json lists the union's too)"]
    rows = [["", "documents", *_MEASURES]]
    for name, sc in [*((n, ev.results[n].score) for n in names), ("union", ev.union.score)]:
        rows.append([name, str(len(sc.gold_files)), *_cells(sc.entities, sc.entities_typed, sc.relations)])
    table = _table(rows, right=set(range(1, len(rows[0]))))
    lines += ["", "== summary", ""] + table[:-1] + ["-" * _w(table[0]), table[-1]]
    return "\n".join(lines)


def _docs(s: Score) -> str:
    n = len(s.gold_files)
    return f"{n} document{'s' if n != 1 else ''}"
