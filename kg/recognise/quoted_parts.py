"""A quoted part inside a long project name (青禾20兆瓦“光伏＋治沙”示范项目, 星澜100MW“农光互补”项目):
the walk left from the name's head crosses the quotes when a capacity or a Latin word stands right
before them (opens_part), and the name is written without them (guidelines: names carry no
quotation marks). A quote the clause opens with (实施“光伏＋治沙”项目) is the slogan's, no name's.
The longest quoted part is rules.toml [long_name] quoted_max."""
from __future__ import annotations

from .context import Context
from .text import CLOSE_QUOTES, OPEN_QUOTES, alnum, is_punct


def quoted_part(ctx: Context, end: int) -> int | None:
    """Where the quoted part that closes at ``end`` opens (its open quote), when a quote closes
    right before ``end``, its words hold no punctuation but a joining plus and it is at most
    quoted_max characters long; else None."""
    text = ctx.text
    if end < 2 or text[end - 1] not in CLOSE_QUOTES:
        return None
    most = ctx.rules.long_name.get("quoted_max", 0)
    at = max((text.rfind(q, max(0, end - 2 - most), end - 1) for q in OPEN_QUOTES), default=-1)
    inner = text[at + 1:end - 1] if at >= 0 else ""
    if len(inner) < 2 or any(is_punct(ch) and ch not in "+＋" for ch in inner):
        return None
    return at


def opens_part(ctx: Context, at: int) -> bool:
    """True when a capacity or a Latin word ends right before the open quote at ``at`` (青禾20兆瓦|“…”,
    星澜100MW|“…”): the size of the works the quotes say the kind of. Not a noun or a name (国家|“…”工程,
    X有限公司|“研发中心”项目: a slogan, or the quoted name of its own), nor a verb (提供|“一对一”项目)."""
    t = ctx.by_end.get(at)
    measure = ctx.tables.long_measure
    return t is not None and (alnum(t.text) or bool(measure and measure.search(ctx.text, max(0, at - 24), at)))


def unquoted(name: str) -> str:
    """``name`` without the quotes of a part inside it (青禾20兆瓦“光伏＋治沙”示范项目 -> …光伏＋治沙…)."""
    inner = name[1:-1] if len(name) > 2 else ""
    if not any(q in inner for q in OPEN_QUOTES):
        return name
    return name[0] + "".join(ch for ch in inner if ch not in OPEN_QUOTES + CLOSE_QUOTES) + name[-1]
