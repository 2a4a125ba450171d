"""A quoted part inside a long project name (青禾20兆瓦“光伏＋治沙”示范项目, 星澜100MW“农光互补”项目):
the walk left from the name's head crosses the quotes when a capacity or a Latin word stands right
before them (opens_part), and the name is written without them (guidelines: names carry no
quotation marks). A quote the clause opens with (实施“光伏＋治沙”项目) is the slogan's, no name's.
The longest quoted part is rules.toml [long_name] quoted_max. A work's title in book-title marks
right before the name's words (《星河传说》沉浸式夜游项目) names the works: title_before."""
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


def title_before(ctx: Context, start: int, upto: int) -> int | None:
    """Where the title in book-title marks ([long_name] title_marks) that closes at most
    title_gap characters before ``start`` opens (《星河传说》|沉浸|式夜游项目: the walk stopped at
    a word jieba took for a verb), when the words between hold no punctuation nor boundary
    word, the name has two characters or more after the title, and the title is at most
    quoted_max characters long without punctuation; else None. Not a quote (“光伏＋治沙”: a slogan's)."""
    text, ln = ctx.text, ctx.rules.long_name
    marks = ln.get("title_marks", "")
    if len(marks) != 2:
        return None
    close = text.rfind(marks[1], max(0, start - 1 - ln.get("title_gap", 0)), start)
    if close < 0 or upto - close - 1 < 2:
        return None
    gap = text[close + 1:start]
    if any(is_punct(ch) for ch in gap) or any(w in gap for w in ctx.rules.boundary if len(w) > 1) \
            or any(t.text in ctx.rules.boundary for t in ctx.toks if close < t.start < start):
        return None
    opened = text.rfind(marks[0], max(0, close - 1 - ln.get("quoted_max", 0)), close)
    inner = text[opened + 1:close] if opened >= 0 else ""
    return opened if len(inner) >= 2 and not any(is_punct(ch) for ch in inner) else None


def unquoted(name: str) -> str:
    """``name`` without the quotes of a part inside it (青禾20兆瓦“光伏＋治沙”示范项目 -> …光伏＋治沙…),
    and without the marks of a title that opens it (《星河传说》夜游项目 -> 星河传说夜游项目)."""
    if name[:1] in OPEN_QUOTES and CLOSE_QUOTES[OPEN_QUOTES.index(name[0])] in name[1:-1]:
        name = name[1:]
        return "".join(ch for ch in name if ch not in CLOSE_QUOTES) if len(name) > 1 else name
    inner = name[1:-1] if len(name) > 2 else ""
    if not any(q in inner for q in OPEN_QUOTES):
        return name
    return name[0] + "".join(ch for ch in inner if ch not in OPEN_QUOTES + CLOSE_QUOTES) + name[-1]
