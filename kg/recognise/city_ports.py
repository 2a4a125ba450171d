"""A city's or county's port named by the place alone (营口港, 嘉鱼港、赤壁港): a place.

The place is one the lexicon lists as an administrative division, by its name or
its short form, opening its word; the port's character ends the name unless a
character follows that makes it another word (港区, 港口, 港务: rules.toml [place]
port_not_after). A longer name over it (星澜港集团, a firm) wins in resolution.

    >>> from kg.lexicon import default_lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(default_lexicon())
    >>> [m.name for m in r.sentence_mentions("d", 0, "货物经营口港出海") if m.cls == "Place"]
    ['营口港']
"""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .text import han


def _division(ctx: Context, stem: str, port: str) -> bool:
    """True when the lexicon lists ``stem`` as an administrative division, whole or short; not
    the short form of a district the port's word is a word of (铁山|港区: 铁山港 is the district)."""
    e = ctx.lex.lookup(stem, "Place")
    if e is not None:
        return bool(e.levels)
    units = ctx.lex.by_short_form(stem, "Place")
    return any(u.levels for u in units) and not any(u.name.startswith(stem + port) for u in units)


def city_ports(ctx: Context) -> list[Cand]:
    cfg = ctx.rules.data.get("place", {})
    port = cfg.get("port_word", "")
    if not port or port not in ctx.text:
        return []
    text, out = ctx.text, []
    not_after = cfg.get("port_not_after", "")
    at = text.find(port)
    while at > 0:
        e = at + len(port)
        if e >= len(text) or text[e] not in not_after:
            for n in (4, 3, 2):
                s = at - n
                if s >= 0 and s in ctx.starts and han(text[s:at]) and _division(ctx, text[s:at], port):
                    out.append(Cand(s, e, "Place", text[s:e], "city-port", prio=2))
                    break
        at = text.find(port, e)
    return out
