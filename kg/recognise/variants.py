"""Other names a park's or a project's name gives of the same thing (rules.toml [variants]):

- without the place or zone it opens with: 云溪街道新材料产业园, 经开区智能装备产业园,
  青禾商圈星澜天地购物中心 are also written (and annotated) as 新材料产业园, 智能装备产业园,
  星澜天地购物中心, the place then said to hold it;
- without its first phase: 星澜储能基地一期(厂房) is the 星澜储能基地 being built, its first
  phase the base itself (a later phase, 二期, is a project of its own and keeps its name);
- a zone's name without its city's level: 青禾市经开区 is 青禾经开区;
- a works' name from the yearly output it states on: 星澜电机有限公司年产50万台微电机项目 is
  also written (and annotated) as 年产50万台微电机项目, the firm then said to own it;
- a works' name without the registered name of the firm opening it: 星澜乳业有限公司二期
  液态奶生产线 is also written (and annotated) as 二期液态奶生产线, the firm owning it.

(Not a road without its section: 青禾路北段 is a part of 青禾路, an entity of its own.)

They are aliases of the name, not names of their own: the text may use either.

    >>> from kg.lexicon import Lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> [(m.name, m.aliases) for m in r.sentence_mentions("d", 0, "星澜储能基地一期厂房封顶") if m.role != "owner"]
    [('星澜储能基地一期厂房', ('星澜储能基地',))]
"""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .text import is_punct


def variant_aliases(ctx: Context, chosen: list[Cand]) -> None:
    """Add to each chosen park's, project's or district's candidate the names without its
    opening place (``_unplaced``), without its first phase (``_unphased``), and without both."""
    cfg = ctx.rules.variants
    classes = cfg.get("classes", ())
    if not classes:
        return
    for c in chosen:
        if c.cls not in classes or c.role not in ("name", "item"):
            continue
        rest = _unplaced(ctx, c, cfg)
        found = [_unphased(ctx.text[c.start:c.end], ctx, cfg), rest, rest and _unphased(rest, ctx, cfg),
                 _unlevelled(ctx, c, cfg), _from_output(ctx, c, cfg), _unowned(ctx, c, cfg)]
        new = tuple(dict.fromkeys(a for a in found if a and a != c.name and a not in c.aliases))
        if new:
            c.aliases = (*c.aliases, *new)


def _unphased(name: str, ctx: Context, cfg: dict) -> str | None:
    """The name without its first phase and the buildings of it that close it
    (X一期, X一期厂房, X一期标准厂房 -> X), when X still ends with a name's head."""
    if not any(p in name for p in cfg.get("first_phases", ())):
        return None     # (most names hold no phase: none can end the name's body then)
    for tail in (*sorted(cfg.get("phase_tails", ()), key=len, reverse=True), ""):
        body = name[:len(name) - len(tail)] if name.endswith(tail) else None
        phase = next((p for p in cfg.get("first_phases", ()) if body and body.endswith(p)), None)
        if phase:
            base = body[:-len(phase)]
            h = ctx.rules.head_of(base)
            if h and h.cls in cfg.get("classes", ()) and len(base) > len(h.word) + 1:
                return base
    return None


def _from_output(ctx: Context, c: Cand, cfg: dict) -> str | None:
    """A project's name from the yearly output inside it on ([variants] output_openings, a
    quantity of [long_name] measure after it: 星澜电机有限公司|年产50万台微电机项目, 云溪|年产3万吨
    X项目): what the works make a year names them alone, whoever or wherever opens the name."""
    name, measure = ctx.text[c.start:c.end], ctx.tables.firm_measure
    if c.cls != "Project" or measure is None:
        return None
    for w in cfg.get("output_openings", ()):
        k = name.find(w, 1)
        if k > 0 and c.start + k in ctx.starts and measure.match(ctx.text, c.start + k):
            return name[k:]
    return None


def _unowned(ctx: Context, c: Cand, cfg: dict) -> str | None:
    """A project's name opening with the registered name of the firm that owns it, one ending
    in a legal form ([variants] owner_forms: 星澜乳业有限公司|光伏组件项目): the name without
    the firm, when it still ends with a name's head and is long enough to name the works
    alone (min_rest; not 星澜有限公司|新项目). Annotators write it either way."""
    forms = tuple(cfg.get("owner_forms", ()))
    if c.cls != "Project" or not forms:
        return None
    owner = max((o.end for o in c.nested if o.role == "owner" and o.cls == "Enterprise" and o.start == c.start
                 and ctx.text.endswith(forms, o.start, o.end)), default=0)
    rest = ctx.text[owner:c.end]
    h = ctx.rules.head_of(rest) if owner and owner in ctx.starts else None
    if h is None or h.cls not in cfg.get("classes", ()) or len(rest) < cfg.get("min_rest", 5) \
            or len(rest) <= len(h.word) + 1:
        return None
    return rest


def _unlevelled(ctx: Context, c: Cand, cfg: dict) -> str | None:
    """A zone's name opening with its city written with the city's level (青禾市|经开区):
    the name without the level (青禾经开区), as zones are named."""
    name = ctx.text[c.start:c.end]
    if c.cls != "Platform" or not name.endswith(ctx.tables.zone_tuple):
        return None
    for level in cfg.get("levels", ()):
        k = name.find(level)
        if 2 <= k and k + len(level) < len(name) and ctx.lex.lookup(name[:k + len(level)], "Place"):
            return name[:k] + name[k + len(level):]
    return None


def _unplaced(ctx: Context, c: Cand, cfg: dict) -> str | None:
    """The name without the area it opens with: a bare zone word, or words ending at a
    word's end with a unit of [variants] prefix_heads (云溪镇, 青禾街道, 星澜商圈,
    墨川高新区; not a city or a lake, whose name is a word of a registered name:
    青禾市|X产业园, 星湖|X产业园); the rest must end with a name's head and be long
    enough to name the thing alone."""
    text = ctx.text
    ends = ctx.ends
    units = cfg.get("prefix_heads", ())
    cuts = set()
    t = ctx.by_start.get(c.start)
    if t is not None and t.text in ctx.rules.zone_words:
        cuts.add(t.end)
    for k in range(c.start + 2, c.end):
        h = ctx.rules.head_of(text[c.start:k]) if k in ends else None
        if h is not None and h.word in units:
            cuts.add(k)
    # (not inside the owner the name opens with: 青禾区|中心医院 is the hospital's name)
    owned = max((o.end for o in c.nested if o.role == "owner" and o.cls in ("Enterprise", "Institution")),
                default=0)
    for end in sorted((k for k in cuts if k >= owned), reverse=True):
        rest = text[end:c.end]
        h = ctx.rules.head_of(rest)
        if is_punct(rest[0]):
            continue    # (云溪镇、墨川乡|、白露村X项目: inside a list of towns, no name's start)
        if len(rest) >= cfg.get("min_rest", 5) and h and h.cls in cfg.get("classes", ()) \
                and len(rest) > len(h.word) + 1:
            return rest
    return None


def unplaced_names(ms) -> dict[str, tuple[str, str]]:
    """alias -> (name, class) for each mention's name without the area it opens with
    (its alias that its surface ends with: 云溪街道新材料产业园 -> 新材料产业园): in its
    document the bare name stands for it, as a declared short form does."""
    out = {}
    for m in ms:
        if m.role == "owner":
            continue
        for a in m.aliases:
            if a != m.surface and m.surface.endswith(a):
                out.setdefault(a, (m.name, m.cls))
    return out
