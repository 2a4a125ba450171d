"""A thing's kind said right before its name (高新区孵化器|星澜创业服务中心, 园区主干道|星澜大道): the
bare head of a park's name, or a kind word of rules.toml [boundary] apposition_kinds, standing
alone before another name is what that name is, in apposition, no word of it. The walk left over a modifier (modifier.py) stops there; a park's head before a park's name
is modifier._another_head's."""
from __future__ import annotations

from ..model import Token
from .context import Context
from .proper_words import proper
from .text import is_punct


def kind_before_name(ctx: Context, t: Token, start: int, upto: int) -> bool:
    """True when the word ``t`` right before the name so far (``start``..``upto``) is a park's
    head standing alone (孵化器, 产业园: rules.toml [[head]] of class Platform, after punctuation,
    a boundary word or a bare zone word), the name's own head is a project's or a body's, and the
    name so far opens with a proper word (a place, a word no dictionary knows, a brand):
    孵化器|墨川创业服务中心; or a word of [boundary] apposition_kinds before a name of two
    characters or more (主干道|星澜大道). Not before words of a kind only (星澜孵化器|运营中心: the
    park's own centre)."""
    if t.end != start or start >= upto:
        return False
    kind = ctx.rules.heads.get(t.text)
    head = ctx.by_start.get(upto)
    h = ctx.rules.heads.get(head.text) if head is not None else None
    # (the kind's words may be cut: its last word ends right before the name)
    named_kind = any(k.endswith(t.text) and ctx.text.endswith(k, 0, start)
                     for k in ctx.rules.data.get("boundary", {}).get("apposition_kinds", ()))
    if named_kind:
        return upto - start >= 2    # (主干道|云计算大道: any words name the road after its kind)
    if kind is None or kind.cls != "Platform" or h is None or h.cls not in ("Project", "Institution"):
        return False
    prev = ctx.by_end.get(t.start)   # (the kind alone: not the head of a zone's name, 安顺经开区|…)
    if prev is not None and not is_punct(prev.text[-1]) and prev.text not in ctx.rules.boundary \
            and prev.text not in ctx.rules.zone_words:
        return False
    first = ctx.by_start.get(start)
    return first is not None and first.end <= upto and proper(ctx, first.text)
