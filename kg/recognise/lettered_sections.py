"""A park's lettered section (rules.toml [lettered_section]): 青禾医药产业园A区, 白露科技城B区,
星澜光电产业园标准厂房C区 name a block of the park, no platform of their own; what lies or
works there lies in the park, so the name is cut back to the park.

    >>> from kg.lexicon import Lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> [(m.name, m.cls) for m in r.sentence_mentions("d", 0, "工作地点：青禾电子信息产业园C区") if m.role != "owner"]
    [('青禾电子信息产业园', 'Platform')]
"""
from __future__ import annotations

from ..rules import rx
from .candidate import Cand
from .context import Context


def lettered_sections(ctx: Context, chosen: list[Cand]) -> None:
    """Cut each chosen name of [lettered_section] classes that is a park and a section letter to the park."""
    cfg = ctx.rules.data.get("lettered_section", {})
    if not cfg.get("name"):
        return
    name, classes = rx(cfg["name"]), set(cfg.get("classes", ()))
    not_ends = tuple(cfg.get("not_ends", ()))
    for c in chosen:
        if c.cls not in classes or c.role == "owner":
            continue
        m = name.fullmatch(ctx.text, c.start, c.end)
        if m and not m.group("park").endswith(not_ends):
            c.end = c.start + len(m.group("park"))
            c.name, c.cls, c.rule = m.group("park"), "Platform", "lettered-section"
