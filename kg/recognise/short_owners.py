"""Owners named by a firm found earlier in the sentence: its name right before an owned
thing's name, or its short form opening that name (由星澜重工投资的|星澜|智能装备产业园)."""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .brands import describes


def known_owner_before(ctx: Context, start: int, found: list[Cand] = ()) -> int:
    """A known firm or institution right before an owned thing's modifier begins
    its name, however long (浙江大学医学院附属第二医院|滨江|院区): the name
    is the owner's, and the owner becomes a nested mention."""
    t = ctx.by_end.get(start)
    if t and (ctx.lex.lookup(t.text, "Institution") or ctx.lex.lookup(t.text, "Enterprise")):
        return t.start
    return registered_owner_start(ctx, start, found)


def registered_owner_start(ctx: Context, start: int, found: list[Cand] = ()) -> int:
    """A firm's registered name (its legal form: 有限公司 …) that the modifier's walk
    entered halfway opens the owned thing's name whole: the walk stops at a province
    or runs out of length inside it (云州|青杉制药有限公司多肽原料药生产基地), but a
    registered name is one word, its province and all."""
    forms = ctx.tables.firm_forms
    best = start
    for c in (*ctx.cands, *found):
        if c.cls == "Enterprise" and c.role == "name" and c.start < start < c.end \
                and c.name.endswith(forms) and c.start < best:
            best = c.start
    return best


def short_owner_before(ctx: Context, start: int, found: list[Cand] = ()) -> Cand | None:
    """The first words of a firm named earlier in the sentence, right before an owned
    thing's modifier (由星澜重工投资建设的|星澜|智能装备产业园): the firm's short
    form begins the name, and the firm is its owner.  The short form is two
    characters or more, begins a token and is no name of its own (中国|电信)."""
    text = ctx.text
    for c in (*ctx.cands, *found):
        if c.cls != "Enterprise" or c.role == "owner" or c.end > start:
            continue
        for name in (c.name, _after_home(ctx, c.name)):
            for n in range(len(name) - 1, 1, -1):
                s = start - n
                if s >= c.end and text[s:start] == name[:n] and s in ctx.starts \
                        and ctx.lex.lookup(name[:n]) is None and not _short_not_brand(ctx, name[:n]):
                    return Cand(s, start, "Enterprise", c.name, "owner-prefix:short", prio=4, role="owner")
    return None


def short_owner_at(ctx: Context, start: int, mod_end: int, found: list[Cand] = ()) -> Cand | None:
    """The first words of a firm named earlier in the sentence opening an owned thing's
    modifier (星澜集团投资建设的|星澜|科技园三期, 由云溪星澜文旅有限公司运营的|星澜|文旅街区):
    the firm's short form (after the province or city its name opens with) names the
    thing by the firm, whatever words the dictionary makes of it, and the firm owns it.
    The form ends a token, has two characters or more, is not the whole modifier and
    names no place, track or zone."""
    text = ctx.text
    cands = (*ctx.cands, *found)
    forms = ctx.tables.firm_forms
    for c in cands:
        if c.cls != "Enterprise" or c.role != "name" or c.end > start or not c.name.endswith(forms):
            continue    # (a firm by its legal form or firm's word: 星澜集团, 星澜文旅有限公司)
        for name in (c.name, _after_home(ctx, c.name)):
            for n in range(min(len(name) - 1, mod_end - start - 1), 1, -1):
                form = name[:n]
                if text.startswith(form, start) and start + n in ctx.starts \
                        and ctx.lex.lookup(form) is None and not _short_not_brand(ctx, form) \
                        and not _place_stem(ctx, cands, form):
                    return Cand(start, start + n, "Enterprise", c.name, "owner-prefix:short", prio=4, role="owner")
    return None


def _place_stem(ctx: Context, cands, form: str) -> bool:
    """True when ``form`` is a place's name without its unit (云溪 of 云溪区, [brand]
    place_stem_ends) or opens a place's, a park's or a district's name in the sentence
    (云溪 of 云溪科学城): the thing is named after the place, not after the firm."""
    ends = ctx.rules.brand.get("place_stem_ends", ())
    return any(ctx.lex.lookup(form + e, "Place") is not None for e in ends) or any(
        c.cls in ("Place", "Platform", "CommercialDistrict") and c.name.startswith(form) for c in cands)


def _after_home(ctx: Context, name: str) -> str:
    """A firm's name without the province or city it opens with (云溪|星澜文旅发展有限公司 ->
    星澜文旅发展有限公司): its short form is the words after the place; else ''."""
    for k in (3, 2):
        if len(name) > k + 2 and ctx.lex.lookup(name[:k], "Place") is not None:
            return name[k:]
    return ""


def _short_not_brand(ctx: Context, form: str) -> bool:
    """True when a would-be short form names a place, a track or a zone: the project is
    named after that, not after the firm."""
    return ctx.lex.lookup(form, "Place") is not None or describes(ctx, form) or ctx.seg.tag(form) == "ns"
