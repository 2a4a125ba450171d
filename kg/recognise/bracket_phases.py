"""A numbered phase in brackets right after a project's name (rules.toml [bracket_phase]) is a word
of the name: the works of that phase are what the text speaks of, and the bracket, unlike a short
form's or a place's, adds no second name (星澜科技云溪负极材料一体化基地（三期）, 青禾数据中心（二期）).

    >>> from kg.lexicon import Lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> [(m.name, m.cls) for m in r.sentence_mentions("d", 0, "加快建设星澜青禾数据中心（二期）") if m.role != "owner"]
    [('星澜青禾数据中心（二期）', 'Project')]
"""
from __future__ import annotations

from ..rules import rx
from .candidate import Cand
from .context import Context


def bracket_phases(ctx: Context, chosen: list[Cand]) -> None:
    """Stretch each chosen name of [bracket_phase] classes over the bracketed phase right after it."""
    cfg = ctx.rules.data.get("bracket_phase", {})
    if not cfg.get("phase"):
        return
    phase, classes = rx(cfg["phase"]), set(cfg.get("classes", ()))
    taken = {c.start for c in chosen}
    for c in chosen:
        if c.cls not in classes or c.role == "owner" or c.name != ctx.text[c.start:c.end]:
            continue
        m = phase.match(ctx.text, c.end)
        if m is None or any(c.end <= s < m.end() for s in taken):
            continue
        c.end = m.end()
        c.name = ctx.text[c.start:c.end]
