"""A firm's own brand named in quotes (rules.toml [own_brand]): after a word that says the
brand is the firm's (自有品牌“青禾香”“云溪坊”), or before 品牌 and the products it marks
(“星澜绣坊”品牌产品; “墨川香”品牌大米 in a sentence that names a firm by its legal form).
A brand a region's produce shares (“青禾茶叶”区域公用品牌) or a campaign's (打响“星澜夜生活”
品牌, “云溪研学”品牌线路 with no firm named) is none: an Enterprise only for the firm's own."""
from __future__ import annotations

import re

from ..rules import rx
from .candidate import Cand
from .context import Context
from .text import CLOSE_QUOTES, OPEN_QUOTES

_QUOTED = re.compile(f"[{OPEN_QUOTES}](?P<b>[\u4e00-\u9fff]{{2,6}})[{CLOSE_QUOTES}]")
RULE = "own-brand"


def own_brands(ctx: Context) -> list[Cand]:
    """The quoted brands a firm owns, each an Enterprise."""
    rule = ctx.rules.data.get("own_brand")
    text = ctx.text
    if not rule or rule["mark"] not in text:
        return []
    before, after, product = rx(rule["before"]), rx(rule["after"]), rx(rule["after_product"])
    firm = any(c.cls == "Enterprise" and c.rule.startswith(tuple(rule["firm_rules"])) for c in ctx.cands)
    out = []
    prev_end = None
    for m in _QUOTED.finditer(text):
        brand = m.group("b")
        # (自有品牌“A”“B”: a run of quoted brands right after the word that owns them)
        owned = bool(before.search(text, 0, m.start())) or (prev_end == m.start() and out and out[-1].end == prev_end)
        rest = text[m.end():m.end() + 12]
        if owned or after.match(rest) or (firm and product.match(rest)):
            if not ctx.lex.is_not_entity(brand) and brand not in rule.get("not_brands", ()):
                out.append(Cand(m.start(), m.end(), "Enterprise", brand, RULE, prio=3))
        prev_end = m.end()
    return out
