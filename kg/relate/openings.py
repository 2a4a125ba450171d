"""locatedIn from the place a clause opens on (``located-opening``): 在青禾经开区，星澜精密的生产线上…;
走进白露商圈，A、B人流如织; 墨川产业园内，台商独资的星澜模具去年扩产. What the clause after the place is
about lies there: its first named thing of a kind that lies somewhere, with the things listed
after it (A、B). A builder named before what it builds (A投资建设的X, 由A开发的X: text ending on 的
up to the next thing) yields to what it builds; a clause whose first words join a thing to
another (在深圳，青禾市与A签约) places nothing.

Data: relations.toml [located] opening_lead (what stands between a clause's start and the place:
在, 走进 …), opening_bare (the place right at the clause's start then, needing opening_inside),
opening_after (what follows the place: 内, a comma), opening_inside, opening_builder (the text a
builder is followed by), opening_not_before (a word right before the first thing that makes the
clause no setting),
opening_list (what joins the things of a list) and opening_of (the parts of a site that may follow
a thing and 的: A的生产线上; not A的经验)."""
from __future__ import annotations

from .base import LOCATED_SUBJECTS, LOCATIONS, OWNERS, Collector, Item, rx

SUBJECTS = LOCATED_SUBJECTS - {"Place"}
CLAUSE_END = "，,。；;！？"


def opening_places(c: Collector, text: str, things: list[Item]) -> list[tuple[Item, int]]:
    """The places clauses open on, each with where its clause's words begin (after the comma)."""
    loc = c.rules.get("located", {})
    if "opening_lead" not in loc:
        return []
    lead, bare, after = rx(loc["opening_lead"]), rx(loc["opening_bare"]), rx(loc["opening_after"])
    inside = rx(loc["opening_inside"])
    of = rx(loc.get("of_between", "的"))

    def joined(a: Item, b: Item) -> bool:
        # (梅州市蕉岭县, 曾都区的曾都经开区, 青禾新城北部的A园: the last place of the run is the setting)
        between = text[a.m.end:b.m.start]
        return a.cls in LOCATIONS and b.cls in LOCATIONS and (between == "" or of.fullmatch(between) is not None)
    out = []
    for i, x in enumerate(things):
        if x.cls not in LOCATIONS:
            continue
        if i + 1 < len(things) and joined(x, things[i + 1]):
            continue
        j = i
        while j > 0 and joined(things[j - 1], things[j]):
            j -= 1
        head = text[:things[j].m.start]
        a = after.match(text, x.m.end)
        if a is None:
            continue
        led = lead.search(head) is not None
        # (a bare opening is the place alone: 青禾镇北部的星澜园内，… opens on the town, no setting)
        alone = all(things[k].m.end == things[k + 1].m.start for k in range(j, i))
        if not led and not (alone and bare.search(head) and inside.match(text, x.m.end)):
            continue
        out.append((x, a.end()))
    return out


def opening_subjects(c: Collector, text: str, things: list[Item], start: int) -> list[Item]:
    """The things the clause from ``start`` is about: its first thing that lies somewhere (a builder
    yields to what it builds) and the things listed after it."""
    loc = c.rules["located"]
    builder, not_before, joined = rx(loc["opening_builder"]), rx(loc["opening_not_before"]), rx(loc["opening_list"])
    of = rx(loc["opening_of"])
    end = next((k for k in range(start, len(text)) if text[k] in CLAUSE_END), len(text))
    inside = [x for x in things if start <= x.m.start and x.m.end <= end]
    plain = list(text)          # (the words, not the names: 同 in 星澜同乡会 joins nothing)
    for x in inside:
        plain[x.m.start:x.m.end] = "□" * (x.m.end - x.m.start)
    text = "".join(plain)
    for k, x in enumerate(inside):
        if x.cls not in SUBJECTS:
            continue
        if not_before.search(text, start, x.m.start):
            return []       # (在深圳，青禾市与A签约: A is the partner, not what the clause is about)
        # (A投资15亿元建设的X, A（简称甲）实施的X: X is what the clause is about; only a firm or a
        # body builds: 星澜产业园里的A is the park's)
        nxt = next((y for y in inside[k + 1:] if y.key != x.key), None)
        if x.cls in OWNERS and nxt is not None and nxt.cls in SUBJECTS and builder.fullmatch(
                text, max(y.m.end for y in inside[k:inside.index(nxt)]), nxt.m.start):
            continue
        if text.startswith("的", x.m.end) and not of.match(text, x.m.end):
            return []       # (A的经验得到推广: the clause is about what is A's)
        out = [x]
        for y in inside[k + 1:]:
            if y.cls not in SUBJECTS or not joined.fullmatch(text, out[-1].m.end, y.m.start):
                break
            out.append(y)
        return out
    return []


def opening_settings(c: Collector, doc_id: str, index: int, text: str, ms: list[Item]) -> None:
    """Add ``located-opening`` for one sentence."""
    things = [x for x in ms if x.m.role != "owner"]
    for place, start in opening_places(c, text, things):
        for x in opening_subjects(c, text, things, start):
            c.add(x.key, "locatedIn", place.key, doc_id, index, "located-opening")
