"""A region named by its stem and 地区 (rules.toml [place.region]): a broad region the lexicon
knows (华中|地区, 中亚|地区, 成渝|地区) or a province's short name and a quarter of it (湘南|地区,
鄂西南|地区, 川渝|地区) is one place, named with 地区; the stem alone is its other name. Not a
city's (松原|地区: the city, which the lexicon names), nor a province's own name (陕西|地区), nor
before the words of a region's output (地区|生产总值)."""
from __future__ import annotations

from .candidate import Cand
from .context import Context


def regions(ctx: Context) -> list[Cand]:
    conf = ctx.rules.data.get("place", {}).get("region", {})
    text, out = ctx.text, []
    for word in conf.get("words", ()):
        at = text.find(word)
        while at >= 2:
            if not text.startswith(tuple(conf.get("not_before", ())), at + len(word)):
                stem = _stem(ctx, conf, at)
                if stem is not None:
                    s = at - len(stem)
                    out.append(Cand(s, at + len(word), "Place", stem + word, "region", prio=4,
                                    aliases=(stem,)))
            at = text.find(word, at + 1)
    return out


def _stem(ctx: Context, conf: dict, at: int) -> str | None:
    """The region's stem ending at ``at`` (the longest of stem_max characters or fewer that
    starts a word), when it names a region: one of the lexicon's places of [place.region]
    sources, or a province's short name and quarters or another province's."""
    provinces, quarters = conf.get("provinces", ""), conf.get("quarters", "")
    for k in range(conf.get("stem_max", 3), 1, -1):
        s = at - k
        if s < 0 or ctx.by_start.get(s) is None or ctx.lex.lookup(ctx.text[s:at + 2]) is not None:
            continue
        stem = ctx.text[s:at]
        e = ctx.lex.lookup(stem, "Place")
        if e is not None:
            if e.source in conf.get("sources", ()):
                return stem
            continue    # (陕西, 松原: a province's or a city's own name)
        if stem[0] in provinces and all(ch in quarters or ch in provinces for ch in stem[1:]):
            return stem
    return None
