"""A commercial district's head after a word that only says which part of a town or what
kind of area (rules.toml [generic_districts]: 城区|商圈, 老城|商圈, 东部|商圈, 数字|商圈, 古镇|商圈,
a bare 广场|商圈) names no district: every town has such areas, the text speaks of them
as a kind (推动城区商圈提档升级, 打造东部商圈). A proper word before the part word keeps the
name (云溪古镇商圈, 星澜广场商圈: the walk left holds it); a direction said as the town's
side (城南商圈) is a name and is not listed.
"""
from __future__ import annotations

from ..model import Mention


def generic_districts(rules, mentions: list[Mention]) -> list[Mention]:
    """The mentions but the commercial districts a part word alone opens (module doc)."""
    cfg = rules.data.get("generic_districts", {})
    bare = {w + h for w in cfg.get("words", ()) for h in cfg.get("heads", ())}
    if not bare:
        return mentions
    return [m for m in mentions if not (m.cls == "CommercialDistrict" and m.role != "owner" and m.name in bare)]
