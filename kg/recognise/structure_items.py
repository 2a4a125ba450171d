"""The parts a zone or park is said to be made of: 青禾产业园由星澜园、墨川园和云岫新材料园三个专业
园区组成, 园区分为白沙片区、墨溪片区和物流配套区, 开发区下设A园、B园. Each item of such a list
([place.peers.structure] frames: the list between its frame words and the clause's end, a count or
组成) that is a stem and an area head (heads: the head's class) names an area, whatever words its
stem is, where nothing else was found across it: the frame says the items are the whole's parts,
so 电瓷园 or 中心片区 there is a name, not a word, and 粮油加工区 a park; a zone's 片区 and 组团
(“五组团”为A组团、B组团…) are its parts that host firms, platforms, unless a town or a subdistrict
stands in the list beside them. Items the lexicon or another source found as the head's class, or
that a longer candidate crosses, are left to it."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidate import Cand
from .context import Context
from .proper_words import generic_only
from .text import han


@lru_cache(maxsize=8)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def structure_items(ctx: Context) -> list[Cand]:
    cfg = ctx.rules.place_peers.get("structure", {})
    heads = cfg.get("heads", {})
    if not heads:
        return []
    divided = tuple(h for h in cfg.get("divided_heads", ()) if h in heads)
    out: list[Cand] = []
    # (a generic stem names an area only where the whole is said to be made of its parts:
    # 由中心片区、A片区…组成; after 下设 or 分为, 中心片区 is a kind of area, no name)
    for frames, kinds, generic in ((cfg.get("frames", ()), tuple(heads), True),
                                   (cfg.get("divided_frames", ()), divided, False)):
        for f in frames:
            for mt in _compiled(f).finditer(ctx.text):
                out += _items(ctx, cfg, mt, {h: heads[h] for h in kinds}, out, generic)
    out += _wholes(ctx, cfg, out)
    return out


def _wholes(ctx: Context, cfg: dict, found: list[Cand]) -> list[Cand]:
    """The whole a clause opens on right before 由 when it is made of zones this rule found
    (青禾河谷民宿集群由A核心区、B带和C带组成): a platform where its name ends on a whole head
    ([place.peers.structure] whole_frame, whole_heads) and nothing else was found across it."""
    frame, heads = cfg.get("whole_frame"), cfg.get("whole_heads", {})
    if not frame or not heads:
        return []
    out = []
    for mt in _compiled(frame).finditer(ctx.text):
        s, e = mt.span("whole")
        name = mt.group("whole")
        h = next((h for h in heads if name.endswith(h) and len(name) > len(h) + 1), None)
        # (only where the list after it holds a part this rule found: the frame is a plan's)
        if h is None or not han(name) or not any(e < c.start < mt.end() and c.cls == "Platform"
                                                 for c in (*found, *ctx.cands)) \
                or any(c.start < e and s < c.end and not (s <= c.start and c.end <= e) for c in ctx.cands) \
                or any((c.start, c.end) == (s, e) and c.rule == "lexicon" for c in ctx.cands) \
                or ctx.lex.is_not_entity(name):
            continue
        prio = max((c.prio for c in ctx.cands if (c.start, c.end) == (s, e)), default=1) + 1
        out.append(Cand(s, e, heads[h], name, "structure-whole", prio=prio))
    return out


def _items(ctx: Context, cfg: dict, mt: re.Match, heads: dict[str, str], found: list[Cand],
           generic: bool) -> list[Cand]:
    """The candidates of one list's items (``heads``: the area heads an item may end on;
    ``generic``: whether a stem of generic words may name one)."""
    text, out = ctx.text, []
    ordered = tuple(sorted(heads, key=len, reverse=True))
    joined = "|".join(map(re.escape, sorted(cfg.get("joiners", ()), key=len, reverse=True)))
    joiners = _compiled(joined) if joined else None
    not_ends = tuple(cfg.get("not_ends", ()))
    lo, hi = cfg.get("stem_min", 2), cfg.get("stem_max", 8)
    s0 = mt.start("items")
    pieces = _pieces(mt.group("items"), joiners, ordered)
    # (下辖A街道、B片区和C片区: a town or a subdistrict beside them makes the list's 片区 places)
    if any(text[s0 + a:s0 + b].endswith(tuple(cfg.get("place_siblings", ()))) for a, b in pieces):
        heads = {h: c for h, c in heads.items() if h not in cfg.get("place_sibling_heads", ())}
        ordered = tuple(h for h in ordered if h in heads)
    # (a name found across two or more items, 云溪片区和白沙片区, glues the list: the frame splits it)
    starts, ends = {s0 + a for a, b in pieces}, {s0 + b for a, b in pieces}
    glued = {(c.start, c.end) for c in ctx.cands if c.start in starts and c.end in ends
             and any(c.start < s0 + b < c.end for a, b in pieces)}
    for a, b in pieces:
        s, e = s0 + a, s0 + b
        item = text[s:e]
        h = next((h for h in ordered if item.endswith(h)), None)
        top = cfg.get("long_stem_max", hi) if h in cfg.get("long_heads", ()) else hi
        if h is None or item.endswith(not_ends) or not han(item) or not lo <= len(item) - len(h) <= top \
                or (not generic and generic_only(ctx, item[:-len(h)])):
            continue
        # (left to a longer name across it, or to what the lexicon or another source found
        # there as the head's class; a list's frame that took it for another class is
        # outweighed: 下设A加工区、B加工区 are parks, whatever kind of list it read)
        over = [c for c in ctx.cands if c.start < e and s < c.end and not (s <= c.start and c.end <= e)
                and (c.start, c.end) not in glued
                # (nor an area named in full before a kind word: 星澜新城|片区; a city the lexicon
                # knows names the zone's area in it: 梧州|片区)
                or (s <= c.start and e - len(h) <= c.end <= e and (c.start, c.end) != (s, e)
                    and c.cls in ("Place", "Platform", "CommercialDistrict")
                    and not (c.rule == "lexicon" and c.cls == "Place" and c.end == e - len(h)))]
        same = [c for c in ctx.cands if (c.start, c.end) == (s, e)]
        if over or any(c.cls == heads[h] or c.rule == "lexicon" for c in same) \
                or any((c.start, c.end) == (s, e) for c in found) or ctx.lex.is_not_entity(item):
            continue
        prio = max((c.prio for c in same), default=1) + 1
        out.append(Cand(s, e, heads[h], item, "structure-item", prio=prio))
    # (a name glued across items, 云溪片区和白沙片区, gives way to them when each item it covers is found)
    mine = {(c.start, c.end) for c in out}
    drop = {g for g in glued if all((s0 + a, s0 + b) in mine for a, b in pieces if g[0] <= s0 + a and s0 + b <= g[1])}
    if drop:
        ctx.cands[:] = [c for c in ctx.cands if (c.start, c.end) not in drop]
    return out


def _pieces(items: str, joiners: re.Pattern | None, heads: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each item of a list: split at its separators, and at a joiner only where
    the words before it end on an area head (not 春和片区 at its 和; A厂房区和B科创中心: the last
    item, of no head, is left to what else names it)."""
    out, at = [], 0
    for piece in items.split("、"):
        out += [(at + a, at + b) for a, b in _joined(piece, joiners, heads)]
        at += len(piece) + 1
    return [(a, b) for a, b in out if b > a]


def _joined(piece: str, joiners: re.Pattern | None, heads: tuple[str, ...]) -> list[tuple[int, int]]:
    for m in (joiners.finditer(piece) if joiners else ()):
        rest = _joined(piece[m.end():], joiners, heads)
        if piece[:m.start()].endswith(heads) and rest:
            return [(0, m.start())] + [(m.end() + a, m.end() + b) for a, b in rest]
    return [(0, len(piece))]
