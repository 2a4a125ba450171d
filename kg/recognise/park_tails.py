"""Words after a park's name that close the span but name no platform (rules.toml [park_tail]):
a lettered section (青禾医药产业园A区, 白露科技城B区, 星澜光电产业园标准厂房C区: a block of the
park, what lies there lies in the park) and a list's count (A开发区、B化工基地四个园区: the count
of the list's parks, read into the last item by its head 园区) and a bracketed county after a park
(B化工基地（墨川县）: where it lies). The name is cut back to the park.

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


def park_tails(ctx: Context, chosen: list[Cand]) -> None:
    """Cut each chosen name of [park_tail] classes that is a park and a section or a count to the park."""
    cfg = ctx.rules.data.get("park_tail", {})
    if not cfg.get("section") and not cfg.get("count"):
        return
    classes, not_ends = set(cfg.get("classes", ())), tuple(cfg.get("not_ends", ()))
    tails = [rx(cfg[k]) for k in ("section", "count", "county") if cfg.get(k)]
    for c in chosen:
        if c.cls not in classes or c.role == "owner":
            continue
        for tail in tails:      # (in turn: 青禾化工基地（墨川县）|四个园区 loses its count, then its county)
            m = tail.fullmatch(ctx.text, c.start, c.end)
            if m and not m.group("park").endswith(not_ends):
                c.end = c.start + len(m.group("park"))
                c.name, c.cls, c.rule = m.group("park"), "Platform", "park-tail"
