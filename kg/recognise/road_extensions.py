"""A road's extension is works, not the road (rules.toml [road_extension]): 星澜大道|北延段,
青禾大街|西延, 云栖大道|南延快速路 name a stretch being built, a project, where a road's section
(天山路|南段) names the road itself (kg/recognise/roads.py road_sections); so does an extension listed among roads.

    >>> from kg.lexicon import Lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> [(m.name, m.cls) for m in r.sentence_mentions("d", 0, "青禾大道东延线本月通车") if m.role != "owner"]
    [('青禾大道东延线', 'Project')]
"""
from __future__ import annotations

import re

from .candidate import Cand
from .context import Context


def road_extensions(ctx: Context, chosen: list[Cand]) -> None:
    """Make each chosen road (a Place ending in [place] road_heads, its own name at least
    min_road characters) a Project with the extension words of [road_extension] tail read
    into its name, whether they follow it or it already holds them; not where another
    chosen name starts inside those words, nor in a list of roads."""
    cfg = ctx.rules.data.get("road_extension", {})
    heads = tuple(ctx.rules.road_heads or ())
    if not cfg.get("tail") or not heads:
        return
    tail, min_road, text = re.compile(cfg["tail"]), cfg.get("min_road", 3), ctx.text
    for c in chosen:
        if c.cls != "Place" or c.role == "owner" or "CommercialDistrict" in c.extra:
            continue
        name, marks = text[c.start:c.end], cfg.get("list_marks", "、")
        if any(name.endswith(heads, 0, i) and tail.fullmatch(name, i) for i in range(min_road, len(name))):
            if not _among_roads(ctx, chosen, c.start, c.end, heads, marks):
                c.cls, c.name = "Project", name     # (the name holds its extension: 星澜大道北延)
            continue
        if not name.endswith(heads) or len(name) < min_road:
            continue
        m = tail.match(text, c.end)
        if m is None or any(o is not c and c.end <= o.start < m.end() for o in chosen) \
                or _among_roads(ctx, chosen, c.start, m.end(), heads, marks):
            continue
        c.end, c.cls, c.name = m.end(), "Project", text[c.start:m.end()]


def _among_roads(ctx: Context, chosen: list[Cand], start: int, end: int, heads: tuple, marks: str) -> bool:
    """True when the extension is an item of a list of roads (星澜路、青禾道东延、墨川道等道路):
    a road (or a road's section: 云栖路北段) named right before or after it across a list mark
    says the list counts roads, the extension one of them; beside works (青禾大街西延、墨川大街
    改造工程) it is works."""
    text, section = ctx.text, ctx.rules.road_section
    for o in chosen:
        if o.cls != "Place" or not (o.end == start - 1 and text[o.end] in marks
                                    or o.start == end + 1 and text[end] in marks):
            continue
        surface = text[o.start:o.end]
        m = section.search(surface) if section is not None else None
        if surface.endswith(heads) or (m and surface.endswith(heads, 0, m.start())):
            return True
    return False
