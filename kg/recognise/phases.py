"""A place whose name holds a numbered phase is a build (rules.toml [phased]): 青禾港白沙作业区|
二期|码头, 云溪港区|三期|码头 are the works of that phase, a project, not the place the berths
make; the phase says something is being built. (A phase closing a park's or a project's name
is read by the phase heads, kg/data/rules.toml [[head]] 二期 …)

    >>> from kg.lexicon import Lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> [(m.name, m.cls) for m in r.sentence_mentions("d", 0, "云溪港区三期码头开工建设") if m.role != "owner"]
    [('云溪港区三期码头', 'Project')]
"""
from __future__ import annotations

from ..rules import rx
from .candidate import Cand
from .context import Context


def phased_builds(ctx: Context, chosen: list[Cand]) -> None:
    """Make each chosen name of [phased] classes whose name holds [phased] phase a Project."""
    cfg = ctx.rules.data.get("phased", {})
    if not cfg.get("phase"):
        return
    phase, classes = rx(cfg["phase"]), set(cfg.get("classes", ()))
    for c in chosen:
        if c.cls in classes and c.role != "owner" and phase.search(ctx.text, c.start, c.end):
            c.cls = "Project"
