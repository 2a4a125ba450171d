"""A national body's branch in a province or city, named by the body, the place and the
branch's word (国家金融监督管理总局|星澜|监管|分局, 中国人民银行|青禾市|分行): one body, a public
one as the body it belongs to is, not a firm's branch nor a bureau of the place alone; and an
association's chapter (星澜机械工业协会|云溪|分会), the association found by its head.
rules.toml [bureau] body_branches, branch_max_len, branch_between_tags, branch_body_heads."""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .text import is_punct


def body_branches(ctx: Context) -> list[Cand]:
    """The branch ending with a word of [bureau] body_branches (分局, 分行, 监管局 …) right after a
    body the lexicon knows as an Institution, with a place's name and words of its remit between
    (at most branch_max_len characters, no punctuation)."""
    rule = ctx.rules.bureau
    ends = tuple(rule.get("body_branches", ()))
    if not ends or not any(e in ctx.text for e in ends):
        return []
    toks, out = ctx.toks, []
    most = rule.get("branch_max_len", 8)
    between = tuple(rule.get("branch_between_tags", ()))
    # an association found by its head (星澜机械工业协会|云溪|分会) has chapters as a body the lexicon knows
    found = {c.end: c.start for c in ctx.cands if c.cls == "Institution" and c.role == "name"
             and c.name.endswith(tuple(rule.get("branch_body_heads", ())))}
    for k, t in enumerate(toks):
        if not t.text.endswith(ends) or k == 0:
            continue
        j = k if t.text not in ends else k - 1   # (监管局: the branch's word holds its remit)
        while j >= 0:
            w = toks[j]
            body = ctx.lex.lookup(w.text, "Institution")
            start = w.start if body is not None else found.get(w.end)
            if start is not None and j < k and w.end == toks[j + 1].start:
                if j < k - 1 or t.text not in ends:   # (a place or a remit between: 中国人民银行|分行 is no name)
                    out.append(Cand(start, t.end, "Institution", ctx.text[start:t.end], "body-branch", prio=3))
                break
            if j < k and (t.start - w.start > most or any(is_punct(ch) for ch in w.text) or ctx.seg.tag(w.text) not in between
                          or w.text in ctx.rules.boundary):
                break
            j -= 1
    return out
