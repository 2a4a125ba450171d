"""A park named by its trade and a one-character park word (rules.toml [trade_park]):
智能装备制造园, 果蔬精深加工园. 园 is no name's head of its own (公园, 校园, 家园 are
everyday words), so such a name is read only where its neighbours say it is a park:
an item of a list of parks, or joined by 和/及 to a park (A园和B物流园)."""
from __future__ import annotations

from .context import Context
from .track_words import track_like


def trade_park(ctx: Context, name: str) -> bool:
    """True when ``name`` is a trade's words (``track_like``, leniently: a list's item) and
    a park word of rules.toml [trade_park] ends; the trade ends on no head of an area or a
    body (a firm's trade word may end it: 现代物流|园)."""
    cfg = ctx.rules.data.get("trade_park", {})
    ends = cfg.get("ends", "")
    if not ends or len(name) < cfg.get("least", 4) or name[-1] not in ends:
        return False
    trade = name[:-1]
    h = ctx.rules.head_of(trade)
    return (h is None or h.cls == "Enterprise") and not ctx.lex.lookup(trade, "Place") \
        and track_like(ctx, trade, lenient=True)
