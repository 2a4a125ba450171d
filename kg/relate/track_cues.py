"""Which of a list of tracks a thing's own words point to.

A firm beside a clause naming two or more tracks (园区以T1和T2为方向，A在此设有基地) is in one of
them, which the text says only where the thing's name or its own clause shares a word with the
track: 星澜跨境供应链公司 beside 发展冷链物流、跨境电商 is in 跨境电商; 青禾肉业新建肉羊屠宰线 beside
乳业、肉羊两条产业链 is in 肉羊. Two characters in a row of the track's name (or an alias) count
as a shared word.
"""
from __future__ import annotations


def _pairs(name: str) -> set[str]:
    return {name[i:i + 2] for i in range(len(name) - 1)}


def cued(c, x, ts: list, clause: str) -> list:
    """The tracks of ``ts`` a word of ``x``'s name or of its own clause (minus the names of other
    things) points to; none where no word does."""
    words = c.ents[x.key].name + "|" + clause
    out = []
    for t in ts:
        e = c.ents[t.key]
        if any(p in words for n in (e.name, *e.aliases) for p in _pairs(n)):
            out.append(t)
    return out
