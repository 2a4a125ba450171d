"""Scores as readable text: tables, error lists with their sentences."""
from __future__ import annotations

from .crossval import CrossValidation
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


def format_cross_validation(cv: CrossValidation, errors: int | None = 0) -> str:
    """Per-document scores of a cross-validation and their mean."""
    def cells(ent, typed, rel) -> list[str]:
        return [_n(ent.f), _n(typed.p), _n(typed.r), _n(typed.f), _n(rel.p), _n(rel.r), _n(rel.f)]

    rows = [["document", "dropped", "entity F1", "typed P", "typed R", "typed F1",
             "relation P", "relation R", "relation F1"]]
    rows += [[f.doc, str(len(f.dropped)),
              *cells(f.score.entities, f.score.entities_typed, f.score.relations)] for f in cv.folds]
    m = cv.mean()
    rows += [["mean", str(sum(len(f.dropped) for f in cv.folds)),
              *cells(m["entities"], m["entities_typed"], m["relations"])]]
    lines = [f"cross-validation: {len(cv.folds)} documents, each built alone without the lexicon "
             f"entries whose only source is that document (doc:<file name>); {cv.seconds:.1f} s", ""]
    table = _table(rows, right=set(range(1, 9)))
    lines += table[:-1] + ["-" * _w(table[0]), table[-1]]
    dropped = [f"  {f.doc}: {', '.join(f.dropped)}" for f in cv.folds if f.dropped]
    if dropped:
        lines += ["", "lexicon entries dropped:"] + dropped
    if errors is None or errors > 0:
        for f in cv.folds:
            lines += ["", f"== {f.doc}"] + format_errors(f.score.errors, errors)
    return "\n".join(lines)
