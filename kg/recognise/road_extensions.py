"""A road's extension is works, not the road (rules.toml [road_extension]): 星澜大道|北延段,
青禾大街|西延, 墨川路|延伸段 name a stretch being built, a project, where a road's section
(天山路|南段) names the road itself (kg/recognise/roads.py road_sections).

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
    chosen name starts inside those words."""
    cfg = ctx.rules.data.get("road_extension", {})
    heads = tuple(ctx.rules.road_heads or ())
    if not cfg.get("tail") or not heads:
        return
    tail, min_road, text = re.compile(cfg["tail"]), cfg.get("min_road", 3), ctx.text
    for c in chosen:
        if c.cls != "Place" or c.role == "owner" or "CommercialDistrict" in c.extra:
            continue
        name = text[c.start:c.end]
        road = next((i for i in range(min_road, len(name) + 1) if name.endswith(heads, 0, i)
                     and tail.fullmatch(name, i)), None)
        if road is not None:        # (the name holds its extension: 星澜大道北延)
            c.cls, c.name = "Project", name
            continue
        if not name.endswith(heads) or len(name) < min_road:
            continue
        m = tail.match(text, c.end)
        if m is None or any(o is not c and c.end <= o.start < m.end() for o in chosen):
            continue
        c.end, c.cls, c.name = m.end(), "Project", text[c.start:m.end()]
