"""A chain's mall the sentence puts shops or events in is a commercial district as well
(rules.toml [chain_malls]). A mall named by a chain's brand (X万达广场, X万象汇: [[head]]
chain) is a project: a building someone opens, builds or visits. Where the sentence has
something happen in it (在|青禾万象汇|开业, 在位于星澜商圈的|云溪吾悦广场|，…正在举行) or
brings shops in (云溪万象汇|引进星澜书店, 白露吾悦广场|由墨川商管运营，今年新引入…) it is
spoken of as a place of consumption too, and takes CommercialDistrict beside Project.

    >>> from kg.lexicon import Lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> [(m.name, m.cls, m.extra) for m in r.sentence_mentions("d", 0, "星澜书店在云溪万象汇开业。") if m.name == "云溪万象汇"]
    [('云溪万象汇', 'Project', ('CommercialDistrict',))]
"""
from __future__ import annotations

from ..rules import rx
from .candidate import Cand
from .context import Context


def chain_malls(ctx: Context, chosen: list[Cand]) -> None:
    """Give CommercialDistrict to each chain's mall the sentence has something happen in."""
    cfg = ctx.rules.data.get("chain_malls", {})
    if not cfg:
        return
    before, after = rx(cfg["site_before"]), rx(cfg["shops_after"])
    for c in chosen:
        if c.cls != "Project" or c.role == "owner" or "CommercialDistrict" in c.extra:
            continue
        if getattr(ctx.rules.head_of(c.name), "chain", False) \
                and (before.search(ctx.text, 0, c.start) or after.match(ctx.text, c.end)):
            c.extra = (*c.extra, "CommercialDistrict")
