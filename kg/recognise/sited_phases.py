"""A park's later phase named where a thing settles (项目位于青禾新材料产业园二期, 选址云溪装备制造
产业园二期, 建在白露深加工产业园二期) names the park as the site: the thing lies in the park, and
the phase (a stage of building the park) is no name of its own there (rules.toml [sited_phase]).

    >>> from kg.lexicon import Lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> [(m.name, m.cls) for m in r.sentence_mentions("d", 0, "星澜合金项目位于青禾新材料产业园二期")]
    [('星澜合金项目', 'Project'), ('青禾新材料产业园', 'Platform')]
"""
from __future__ import annotations

from ..rules import rx
from .candidate import Cand
from .context import Context


def sited_phases(ctx: Context, chosen: list[Cand]) -> None:
    """Cut each chosen Project named as a park's phase right after a settling verb back to the park."""
    cfg = ctx.rules.data.get("sited_phase", {})
    if not cfg.get("before") or not cfg.get("name"):
        return
    before, name = rx(cfg["before"]), rx(cfg["name"])
    for c in chosen:
        if c.cls != "Project" or c.role == "owner" or not before.search(ctx.text, 0, c.start):
            continue
        m = name.fullmatch(ctx.text, c.start, c.end)
        if m:
            c.end = c.start + len(m.group("park"))
            c.name, c.cls, c.rule = m.group("park"), "Platform", "sited-phase"
