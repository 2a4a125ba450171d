"""A place's mention whose words the document also names as a platform stands for the platform.

The recogniser may read the same words two ways in one document: 青禾开发区下设星澜片区和墨川片区
gives the areas as the zone's platforms (a structure item), while a later 星澜片区以精密制造为主
reads the bare head (片区) as a place. The document has said what the area is; a later mention
opening its clause, where the area is what the clause speaks of, is that platform, so the
platform's rules (platform-based-on, platform-focus …) see it (not one named as where a thing
lands or lies, 落户星澜片区, a place's reading the located rules keep):

    >>> from kg.model import Mention
    >>> ms = [Mention("d", 0, 6, 10, "星澜片区", "Platform", "星澜片区", "structure-item", key="Platform/星澜片区"),
    ...       Mention("d", 1, 0, 4, "星澜片区", "Place", "星澜片区", "head:片区", key="Place/星澜片区")]
    >>> [m.key for m in platform_twins(ms, ("head:",), {0: "青禾开发区下设星澜片区", 1: "星澜片区以精密制造为主"},
    ...                                   "(?:^|[，；])")]
    ['Platform/星澜片区', 'Platform/星澜片区']
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Mention


def platform_twins(mentions: list[Mention], rules: tuple[str, ...], texts: dict[int, str],
                   opens: str) -> list[Mention]:
    """``mentions`` with each place's mention found by one of ``rules`` (a bare head) that opens its
    clause (``opens`` matches the text before it, ``texts``: sentence index -> text) keyed to the
    platform of the same surface the document names; only where one platform has that surface."""
    if not rules:
        return mentions
    before = re.compile(f"(?:{opens})$")
    twins: dict[str, set[str]] = {}
    for m in mentions:
        if m.key and m.cls == "Platform" and m.role != "owner":
            twins.setdefault(m.surface, set()).add(m.key)
    return [replace(m, cls="Platform", key=next(iter(twins[m.surface])))
            if m.key and m.cls == "Place" and m.rule.startswith(rules) and len(twins.get(m.surface, ())) == 1
            and before.search(texts.get(m.sentence, "")[:m.start]) else m
            for m in mentions]
