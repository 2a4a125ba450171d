"""A park named by its trade and a one-character park word (rules.toml [trade_park]):
智能装备制造园, 果蔬精深加工园. 园 is no name's head of its own (公园, 校园, 家园 are
everyday words), so such a name is read only where its neighbours say it is a park:
an item of a list of parks, or joined by 和/及 to a park (A园和B物流园)."""
from __future__ import annotations

from .candidate import Cand
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


def sited_trade_parks(ctx: Context) -> list[Cand]:
    """A trade's park where the sentence puts it as a site: right after a zone's name
    (云溪经开区|精细化工园: the zone's park for that trade) or after a word of siting
    ([trade_park] site_before: 位于|精细化工园二期, 落户高新区|化工新材料园). The trade is a
    track the lexicon knows, ending right at the park word ([trade_park] ends), alone or after
    track words of its own (化工|新材料|园); the lexicon's track word would otherwise take the
    characters and leave the park unnamed. Not before a word that makes the park word
    another's (园区, 园林: [trade_park] not_after)."""
    cfg = ctx.rules.data.get("trade_park", {})
    ends, sites = cfg.get("ends", ""), tuple(cfg.get("site_before", ()))
    if not ends or not sites:
        return []
    text, out = ctx.text, []
    for t in ctx.toks:
        if t.text not in ends or text.startswith(tuple(cfg.get("not_after", ())), t.end):
            continue
        start = _trade_start(ctx, t.start)
        if start is None or t.end - start < cfg.get("least", 4):
            continue
        name = text[start:t.end]
        if not trade_park(ctx, name) or ctx.lex.lookup(name) is not None:
            continue
        zone = next((c for c in ctx.cands if c.end == start and c.cls == "Platform" and c.role == "name"
                     and c.name.endswith(ctx.tables.zone_tuple)), None)
        if zone is None and start in ctx.ends and ctx.by_end[start].text in ctx.rules.zone_words:
            zone = ctx.by_end[start]   # (高新区|化工新材料园: a bare zone word, the document's own)
        if zone is None and not text.endswith(sites, 0, start):
            continue
        out.append(Cand(start, t.end, "Platform", name, "sited-trade-park", prio=2))
    return out


def _trade_start(ctx: Context, at: int) -> int | None:
    """Where the trade ending at ``at`` starts: the longest run of up to three words ending
    there whose last words make a track the lexicon knows (化工|新材料: 新材料); None if none."""
    run, t = [], ctx.by_end.get(at)
    while t is not None and len(run) < 3:
        run.insert(0, t)
        t = ctx.by_end.get(t.start)
    tracked = [w for w in run if ctx.lex.lookup(ctx.text[w.start:at], "IndustryTrack")]
    if not tracked:
        return None
    last = tracked[-1]   # the shortest track; words before it must be track words too,
    # none a zone's or a name's head (高新区|化工新材料园: the zone the park lies in)
    for k, w in enumerate(run):
        if w.start <= last.start and track_like(ctx, ctx.text[w.start:at]) and not any(
                u.text in ctx.rules.zone_words or _area_head(ctx, u.text) for u in run[k:run.index(last)]):
            return w.start
    return last.start


def _area_head(ctx: Context, word: str) -> bool:
    """True when ``word`` is the head of a name other than a firm's (a firm's trade word, 化工,
    may open a track)."""
    h = ctx.rules.heads.get(word)
    return h is not None and h.cls != "Enterprise"
