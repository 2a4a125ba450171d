"""Places of a production and construction corps named by their number in Chinese numerals: its
divisions (第一师, 第十四师) and regiments (五十一团, 一八七团, 二二二团). jieba reads the number and
the unit's character as numerals (一八|七团, 第十|师), so no head sees a place there, and a count
reads none (五十一 is the regiment's name, no quantity). rules.toml [corps_unit]: the patterns of
the two shapes (not a division before a word the character opens, 第一|师范学院; not a regiment whose
number follows an ordinal or a figure, 第三十一团, nor before a word 团 opens, 三十一|团队).
A name of a project or a body opening right after one (一八七团|20万千瓦风电项目, 第三师|图木舒克市财政局:
the walk stopped at the numerals) is named by it too (kg/recognise/corps_units.py corps_led).
A division named with the county-level city it governs (第五师双河市, the "师市": one government)
is one place, not the division and the city apart ([corps_unit] city_after, corps_cities)."""
from __future__ import annotations

from dataclasses import replace

from ..model import Mention
from ..rules import rx
from .candidate import Cand
from .context import Context


def corps_units(ctx: Context) -> list[Cand]:
    """Divisions and regiments named by their numbers (第十师, 一八八团); and a name of one of
    led_classes whose head's walk began on the unit's own character (八十三|团污水处理厂改造工程:
    jieba's numerals stopped it), widened over the unit, which it nests as its owner."""
    cfg = ctx.rules.data.get("corps_unit") or {}
    classes = tuple(cfg.get("led_classes", ()))
    out = []
    for pat in cfg.get("patterns", ()):
        for m in rx(pat).finditer(ctx.text):
            unit = Cand(m.start(), m.end(), "Place", m.group(), "corps-unit", prio=2)
            out.append(unit)
            for c in ctx.cands:
                if c.cls in classes and c.role == "name" and c.rule != "lexicon" \
                        and m.start() < c.start < m.end() < c.end:
                    out.append(Cand(m.start(), c.end, c.cls, ctx.text[m.start():c.start] + c.name, c.rule,
                                    prio=c.prio, nested=[replace(unit, role="owner")]))
    return out


def corps_cities(ctx: Context) -> list[Cand]:
    """A division named with the city it governs as one (第五师双河市: one place, the city's own
    name and the lexicon's short form of it, 双河, its aliases), a city the lexicon knows at one
    of [corps_unit] city_levels. A source before the bureaus', so that a bureau's name opens with
    the whole place (第五师双河市|商务局: surer than the lexicon's city ending where it does)."""
    cfg = ctx.rules.data.get("corps_unit") or {}
    if not cfg.get("city_after"):
        return []
    city, levels, end = rx(cfg["city_after"]), set(cfg.get("city_levels", ())), cfg.get("division_end", "师")
    out = []
    for pat in cfg.get("patterns", ()):
        for m in rx(pat).finditer(ctx.text):
            c = city.match(ctx.text, m.end()) if m.group().endswith(end) else None
            e = c and ctx.lex.lookup(c.group(), "Place")
            if e and levels & set(e.levels):
                out.append(Cand(m.start(), c.end(), "Place", m.group() + c.group(), "corps-city", prio=5,
                                aliases=(c.group(), *e.short_forms)))
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
