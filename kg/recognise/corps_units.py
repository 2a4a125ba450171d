"""Places of a production and construction corps named by their number in Chinese numerals: its
divisions (第一师, 第十四师) and regiments (五十一团, 一八七团, 二二二团). jieba reads the number and
the unit's character as numerals (一八|七团, 第十|师), so no head sees a place there, and a count
reads none (五十一 is the regiment's name, no quantity). rules.toml [corps_unit]: the patterns of
the two shapes (not a division before a word the character opens, 第一|师范学院; not a regiment whose
number follows an ordinal or a figure, 第三十一团, nor before a word 团 opens, 三十一|团队).
A name of a project or a body opening right after one (一八七团|20万千瓦风电项目, 第三师|图木舒克市财政局:
the walk stopped at the numerals) is named by it too (kg/recognise/corps_units.py corps_led)."""
from __future__ import annotations

from dataclasses import replace

from ..model import Mention
from ..rules import rx
from .candidate import Cand
from .context import Context


def corps_units(ctx: Context) -> list[Cand]:
    """Divisions and regiments named by their numbers (第十师, 一八八团)."""
    cfg = ctx.rules.data.get("corps_unit") or {}
    out = []
    for pat in cfg.get("patterns", ()):
        for m in rx(pat).finditer(ctx.text):
            out.append(Cand(m.start(), m.end(), "Place", m.group(), "corps-unit", prio=2))
    _unit_cut(ctx, out, tuple(cfg.get("led_classes", ())))
    return out


def unit_start(ctx: Context, at: int) -> int:
    """Where a corps unit starts when ``at`` falls inside one (三十|团农产品…项目: the long walk
    crossed the unit's character and stopped at its numerals), else ``at``: the unit opens the name."""
    cfg = ctx.rules.data.get("corps_unit") or {}
    for pat in cfg.get("patterns", ()):
        for m in rx(pat).finditer(ctx.text, max(0, at - 6), at + 1):
            if m.start() < at < m.end():
                return m.start()
    return at


def _unit_cut(ctx: Context, units: list[Cand], classes: tuple[str, ...]) -> None:
    """A walk that stopped inside a unit (二十七|团污水处理厂…工程: jieba cut the numerals off the unit's
    character, and the walk crossed the character alone) starts after the unit instead: the name
    is the unit's, widened over it once the document is read (corps_led)."""
    for u in units:
        for c in ctx.cands:
            if c.cls in classes and c.rule != "lexicon" and u.start <= c.start < u.end < c.end \
                    and c.name == ctx.text[c.start:c.end]:
                c.start, c.name = u.end, ctx.text[u.end:c.end]


def corps_led(rules, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a name of one of [corps_unit] led_classes that a walk began right after a
    corps unit (a lexicon name is whole as listed) widened over it (一八七团|20万千瓦风电项目); the unit
    stays a mention of its own, the place the name opens with (role owner, as a town opening a park's
    name)."""
    cfg = rules.data.get("corps_unit") or {}
    classes = tuple(cfg.get("led_classes", ()))
    units = {(m.sentence, m.end): m for m in mentions if m.rule == "corps-unit" and m.role == "name"}
    if not units or not classes:
        return mentions
    led: set[int] = set()
    out: list[Mention] = []
    for m in mentions:
        u = units.get((m.sentence, m.start))
        if u is None or m.cls not in classes or m.rule == "lexicon" or m.surface != m.name:
            out.append(m)
            continue
        led.add(id(u))
        out.append(replace(m, start=u.start, surface=u.surface + m.surface, name=u.surface + m.name,
                           aliases=()))
    return [replace(m, role="owner") if id(m) in led else m for m in out]
