"""The parent a clause says a firm belongs to (X为星澜股份控股子公司, Y是青禾食品的全资子公司, Z系墨川
集团旗下企业): the words between the copula and the holding word name a firm, whether or not a
legal form or a trade word closes them (冠生园, 白露堂): only a firm holds a subsidiary (rules.toml
[parent_firm]). So do the words opening a clause before such a word and a registered firm's name
(支持星澜时尚控股子公司青禾纺织有限公司: bare_pattern)."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidate import Cand
from .context import Context
from .proper_words import proper


@lru_cache(maxsize=4)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def parent_firms(ctx: Context) -> list[Cand]:
    cfg = ctx.rules.data.get("parent_firm")
    if not cfg:
        return []
    text, out = ctx.text, []
    starts, ends = ctx.starts, ctx.ends
    bare = cfg.get("bare_pattern")
    found = [(m.span("name"), False) for m in _compiled(cfg["pattern"]).finditer(text)]
    if bare:
        # (no copula: 项目由白露集团旗下的X: the run opens the clause, the name follows its last verb
        # or time word)
        lead = _compiled(cfg.get("bare_lead", "^$"))
        for m in _compiled(bare).finditer(text):
            a, b = m.span("name")
            cut = lead.match(text, a, b)
            a = cut.end() if cut else a
            if 2 <= b - a <= cfg.get("bare_max", 10):
                found.append(((a, b), True))
    for (a, b), is_bare in found:
        name = text[a:b]
        if not (a in starts or a - 1 in starts) or b not in ends or name in cfg.get("not_names", ()) \
                or ctx.lex.is_not_entity(name) or any(w in name for w in cfg.get("kind_words", ())) \
                or not (proper(ctx, name) or (len(name) >= 3 and not is_bare)):
            continue    # (为公司全资子公司, 为其…: the reporting firm, said by a pronoun; jieba may glue
            # the copula to the name: 系墨川云岚|旗下; 为国有控股企业: a kind of owner, no name; a
            # dictionary's word of three characters after a copula is a name, 为冠生园控股子公司)
        known = ctx.lex.lookup(name)
        if known is not None and known.cls != "Enterprise":
            continue
        out.append(Cand(a, b, "Enterprise", known.name if known else name, "parent-firm", prio=2))
    return out

