"""The city a text names right after a foreign country, where jieba gives no place's tag away:
a city the lexicon lists (泰国|曼谷: the city after its country, so made a part of it), a word
of any kind before a verb of siting (在墨兰|星港|投资建设, 在墨兰|云湾|设立: rules.toml
[place.after_country] site_after), and a table cell's second word after a space (墨兰 星港｜).
kg/recognise/places.py after_country asks ``city_after`` for each country token."""
from __future__ import annotations

from .proper_words import generic_only
from .text import han, is_punct


def city_after(ctx, k: int, ac: dict) -> tuple[int, str, str | None] | None:
    """(index of the token, the city's name, its lexicon source) of the city named after the
    country token ``k``, by the lexicon, a siting verb or a table cell; None when it names none."""
    text, toks = ctx.text, ctx.toks
    a = toks[k]
    if a.text in ac.get("not_firm_prefix", ()):
        return None     # (东盟信息港建设: a bloc, no country of cities)
    j = k + 1
    if j < len(toks) and toks[j].text.isspace() and len(toks[j].text) == 1 and j + 1 < len(toks):
        j += 1      # (墨兰 星港｜: a cell that names the country and its city by a space)
    b = toks[j]
    spaced = j > k + 1
    e = ctx.lex.lookup(b.text, "Place")
    if e is not None:
        ok = e.source in ac.get("city_sources", ()) and e.name not in ctx.tables.countries
        return (j, e.name, e.source) if ok and (not spaced or _cell_end(text, b.end)) else None
    if ctx.lex.lookup(b.text) is not None or not han(b.text) \
            or not 2 <= len(b.text) <= ac.get("item_max_len", 0) or generic_only(ctx, b.text):
        return None
    verbs = tuple(ac.get("site_after", ()))
    if b.text.startswith(verbs) or b.text in ac.get("site_not_words", ()) \
            or b.text.endswith(tuple(ac.get("site_not_ends", ()))):
        return None     # (在墨兰投资建设, 在墨兰市场设立, 在墨兰境内: the verb, a common word, no city)
    if spaced:
        return (j, b.text, None) if _cell_end(text, b.end) else None
    if a.end == b.start and text.startswith(verbs, b.end):
        return (j, b.text, None)
    return None


def _cell_end(text: str, end: int) -> bool:
    """Whether a table's cell closes at ``end`` (the text's end, or a mark other than a space):
    a word after a space names the country's city only when it fills the rest of the cell."""
    return end == len(text) or is_punct(text[end]) and not text[end].isspace()
