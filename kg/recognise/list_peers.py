"""Names listed beside known ones: in 长江存储、武汉新芯持续扩产 the unknown 武汉新芯
stands where a firm stands, beside a firm the lexicon knows (or a registered name, or a
firm its noun gave away), so it is a firm too. No words around the list type it, as a
list frame's do (lists.py): its neighbour does, so it has a source of its own.

    >>> from kg.lexicon import Lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(Lexicon.from_rows([{"name": "星澜存储", "class": "Enterprise"}]))
    >>> sorted((m.name, m.cls) for m in r.sentence_mentions("d", 0, "星澜存储、墨川新芯持续扩产"))
    [('墨川新芯', 'Enterprise'), ('星澜存储', 'Enterprise')]
"""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .name_stops import stops
from .proper_words import proper
from .modifier import left_modifier
from .text import LIST_SEP, is_punct


def list_peers(ctx: Context) -> list[Cand]:
    """Unknown words listed (、) beside firms the lexicon or a registered name gives:
    they are firms too. Each must be a proper word of two to eight characters."""
    text = ctx.text
    if LIST_SEP not in text:    # (no list: no item beside a firm)
        return []
    firms = [c for c in ctx.cands if c.cls == "Enterprise"
             and (c.rule in ("lexicon", "appositive") or c.rule.startswith("legal-name"))]
    out = []
    for f in firms:
        if not _whole_item(ctx, f):
            continue            # 杭钢|云: the firm is a word of the item, not the item
        for side in (-1, 1):
            span = _neighbour(ctx, f.start, f.end, side)
            if not span:
                continue
            s, e = span
            inside = [c for c in ctx.cands if s <= c.start and c.end <= e]
            if any(c.start <= s and e <= c.end and c.cls != "Place" for c in ctx.cands) \
                    or sum(c.end - c.start for c in inside if c.cls == "Place") >= e - s \
                    or (f.rule == "appositive"
                        and any(c.cls == "Enterprise" and c.start == s for c in inside)):
                continue        # already a name of its own, or places (韩国大邱); beside a firm only
                # its noun gave away, a firm opening the item is it, the words after the clause's
                # (本土企业X、Y电器|出货量稳居…)
            word = text[s:e]
            if not (2 <= len(word) <= ctx.rules.lengths["bare_name"]) or not proper(ctx, word) \
                    or ctx.lex.is_not_entity(word):
                continue
            known = ctx.lex.lookup(word)
            if known and known.cls != "Enterprise":
                continue
            out.append(Cand(s, e, "Enterprise", known.name if known else word, "list-peer", prio=3))
    return out


def _whole_item(ctx: Context, c: Cand) -> bool:
    """True when the candidate fills a list item: a separator, a punctuation mark
    or a word that cannot be a name's on each side."""
    text = ctx.text

    def edge(pos: int, tok) -> bool:
        return pos <= 0 or pos >= len(text) or text[pos] in LIST_SEP or is_punct(text[pos]) \
            or (tok is not None and stops(ctx, tok, len(text)))
    after = ctx.by_start.get(c.end)
    before = ctx.by_end.get(c.start)
    return edge(c.end, after) and (c.start == 0 or text[c.start - 1] in LIST_SEP or edge(c.start - 1, before))


def _neighbour(ctx: Context, start: int, end: int, side: int) -> tuple[int, int] | None:
    """The span of the list item right before (``side`` -1) or after (+1) start..end."""
    text, toks = ctx.text, ctx.toks
    if side > 0:
        if text[end:end + 1] != LIST_SEP:
            return None
        s = e = end + 1
        for t in toks:
            if t.start == e:
                if stops(ctx, t, len(text)) or is_punct(t.text[0]) or (e > s and (t.text[0] in ctx.rules.glued_after_head or t.text in ctx.rules.before_firm)):
                    break   # (盒马|等线|上线: the list word glued to the next word; 为A、B|配套: the verb)
                e = t.end
        return (s, e) if e > s else None
    if start < 1 or text[start - 1] != LIST_SEP:
        return None
    e = start - 1
    s = left_modifier(ctx, e, max_len=ctx.rules.lengths["bare_name"], item_end=True)
    before = ctx.by_end.get(s)
    if s > 0 and not (is_punct(text[s - 1]) or (before is not None and (stops(ctx, before, e) or before.text in ctx.rules.before_firm))):
        return None     # (星澜传动8AT变速器、…: the walk stopped at its length inside a longer item)
    return (s, e) if e > s else None
