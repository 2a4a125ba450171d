"""Projects named by a firm: the firm's brand, what the project makes, and a project
head (青禾智远|新能源汽车整车|项目). The heads' walk left cannot tell such a brand from
the clause when it is made of dictionary words (a noun, a verb: 国|机智|骏, 东方|希望),
nothing in it being proper; that the document lists it among its firms (…、青禾智远、…等
企业) says it is one. A firm the sentence names (its legal form, a firm's word, a known
firm) opens the name of the works after it the same way, a place between them
(星澜集团|云溪|储能电池|基地二期): the walk left from the head stops at the place or at
a word no name of a firm's works begins with, the walk right from the firm does not."""
from __future__ import annotations

import re

from .candidate import Cand
from .context import Context
from .name_stops import stops
from .modifier_words import brand_in
from .text import NUMERAL_CHARS, alnum, find_all, is_punct


def firm_projects(ctx: Context) -> list[Cand]:
    """A firm of the document's names (``ctx.doc_names``), right after it words that may
    stand inside a name (nouns, no verb, no punctuation), then a project head that may
    be owned ([heads]: owner) within [long_name] max_len characters: the project, its
    owner nested. A firm the sentence names (a candidate of class Enterprise) does the same
    over the words of a firm's works ([firm_project]: a place, what the works make, a
    quantity, a word of [long_name] inside), the phase after the head kept."""
    out: list[Cand] = []
    text = ctx.text
    max_len = ctx.rules.long_name.get("max_len", 30)
    for surface, (name, cls) in ctx.doc_names.items():
        if cls != "Enterprise":
            continue
        for m in find_all(surface, text):
            s, e = m.span()
            if s not in ctx.starts or e not in ctx.starts:
                continue
            pos, words = e, 0
            while pos - s <= max_len:
                t = ctx.by_start.get(pos)
                if t is None:
                    break
                h = ctx.rules.heads.get(t.text)
                if h is not None and h.cls == "Project" and h.owner:
                    if words and t.end - s <= max_len:
                        owner = Cand(s, e, "Enterprise", name, "document-name", prio=1, role="owner")
                        out.append(Cand(s, t.end, "Project", text[s:t.end], f"document-firm:{t.text}",
                                        prio=2, nested=[owner]))
                    break
                if stops(ctx, t, t.end) or not _inside(ctx, t.text):
                    break
                pos, words = t.end, words + 1
    return out + named_firm_projects(ctx)


def named_firm_projects(ctx: Context) -> list[Cand]:
    """The works a firm found in the sentence opens the name of (see the module); of two
    firms opening the same works (星澜集团 and 星澜集团新能源, a firm's word glued to a
    track's), the shorter owns them."""
    fp = ctx.rules.firm_project
    if not fp:
        return []
    text = ctx.text
    max_len = ctx.rules.long_name.get("max_len", 30)
    places = {c.start: c.end for c in ctx.cands if c.cls == "Place" and c.role != "owner"}
    firms = {c.start for c in ctx.cands if c.cls in ("Enterprise", "Institution") and c.role != "owner"}
    found: dict[tuple[int, int], Cand] = {}
    for f in ctx.cands:
        if f.cls != "Enterprise" or f.role == "owner" or not _opens_works(ctx, f):
            continue
        end, h = _works_end(ctx, f.end, f.start + max_len, places, firms)
        if end is None:
            continue
        if h.cls != "Project":
            if _names_a_park(ctx, f, f.end in places):
                _own_park(ctx, f, end, h)
            continue
        kept = found.get((f.start, end))
        if kept is not None and kept.nested[0].end <= f.end:
            continue
        owner = Cand(f.start, f.end, "Enterprise", f.name, "owner-prefix:firm", prio=4, role="owner",
                     aliases=(text[f.start:f.end],) if text[f.start:f.end] != f.name else ())
        found[(f.start, end)] = Cand(f.start, end, "Project", text[f.start:end], "firm-works", prio=2,
                                     nested=[owner])
    return list(found.values())


def _opens_works(ctx: Context, f: Cand) -> bool:
    """True when the firm candidate ``f`` may open its works' name: whole words, found by
    one of [firm_project] firm_rules; a firm found by a trade word only ([heads]: 科技,
    新材料) when the words before that word are a brand (a word no dictionary knows, a
    known firm), no place, body, head or verb among them (not 云溪区|科技, 新能源|汽车), no track opening them."""
    text = ctx.text
    if f.start not in ctx.starts or f.end not in ctx.starts or not f.rule.startswith(ctx.rules.firm_project["firm_rules"]):
        return False
    if f.start > 0 and alnum(text[f.start - 1]) and alnum(text[f.start]):
        return False    # (a Latin firm's name inside a longer Latin word: M|EMS)
    if not f.rule.startswith(ctx.rules.firm_project["trade_rules"]):
        return True
    head = f.rule.split(":", 1)[1]
    if text[f.start:f.end] in ctx.rules.heads or not text.endswith(head, f.start, f.end):
        return False
    mod = text[f.start:f.end - len(head)]
    if any(c.cls == "IndustryTrack" and (c.start == f.start or c.start < f.end < c.end) for c in ctx.cands):
        return False    # (海工|装备, 石墨烯|新材料: a track, no brand, opens it; 云溪|装备制造: the
        #                  trade word is a track's first, which runs on past it)
    toks = ctx.seg.tokens(mod)
    if not toks or ctx.seg.tag(toks[0].text)[:1] == "v":
        return False
    for t in toks:
        e = ctx.lex.lookup(t.text)
        if (e is not None and e.cls in ("Place", "Institution")) or ctx.seg.tag(t.text) == "ns" \
                or t.text in ctx.rules.heads:
            return False
    return brand_in(ctx, mod)


def _works_end(ctx: Context, pos: int, limit: int, places: dict[int, int], firms: set[int]) -> tuple:
    """Where the works' name that the words from ``pos`` on make ends (after its head and
    phase) and its head, or (None, None): a word of its own before the head, no other firm,
    no head of another class but a park's a firm's name makes its project too ([heads]
    owned), nothing but words a works' name holds."""
    fp, text = ctx.rules.firm_project, ctx.text
    heads = ctx.rules.heads
    inside = set(ctx.rules.long_name.get("inside", ()))
    joiners = {*ctx.rules.long_name.get("joiners", ()), *fp.get("joiners", ())}
    measure = ctx.tables.firm_measure
    words, prev_content, placed = 0, False, False
    while pos < limit:
        if pos in places and places[pos] > pos:
            pos = places[pos]       # (the place where the works stand: no word of what they are)
            prev_content, placed = False, True
            continue
        if pos in firms:
            return None, None       # another firm's name: a list, not one name
        q = measure.match(text, pos) if measure else None
        if q and q.end() in ctx.starts and q.end() > pos:
            pos, words, prev_content = q.end(), words + 1, True
            continue
        t = ctx.by_start.get(pos)
        if t is None:
            return None, None
        h = heads.get(t.text)
        if h is not None:
            if not (h.cls == "Project" and h.owner or h.owned) or t.end > limit:
                return None, None
            if h.cls != "Project":
                # (a firm's park: what it is for, or where it is, before the head)
                return (t.end, h) if words or placed else (None, None)
            if not words:
                return None, None
            end = t.end
            nxt = ctx.by_start.get(end)
            while nxt is not None and re.fullmatch(fp["phase"], nxt.text) and nxt.end <= limit \
                    and not text.startswith(ctx.rules.head_not_before, nxt.end):
                end = nxt.end   # (not before 建设 …: X基地|二期建设 is the works' building)
                nxt = ctx.by_start.get(end)
            return end, h
        if t.text in joiners and prev_content:
            pos, prev_content = t.end, False
            continue
        if not _works_word(ctx, t.text, inside, fp):
            return None, None
        pos, words, prev_content = t.end, words + 1, True
    return None, None


def _names_a_park(ctx: Context, f: Cand, placed: bool) -> bool:
    """True when the firm ``f`` is sure enough to own the park its name opens: parks are named
    after places and trades as often as after firms, so a firm found by its trade word alone
    (云溪|装备|制造产业园) must be one the document names on its own, end in a word only firms
    end in ([firm_project] park_firm_heads: 股份, 集团) or stand before the place the park is
    in (``placed``: 星澜医药|云溪|产业园, where a park named after the place would start)."""
    fp = ctx.rules.firm_project
    if not f.rule.startswith(fp["trade_rules"]) or placed:
        return True
    return ctx.text[f.start:f.end] in ctx.doc_names or f.rule.split(":", 1)[1] in fp.get("park_firm_heads", ())


def _own_park(ctx: Context, f: Cand, end: int, h) -> None:
    """The park the heads found at f.start..end (星澜股份|高端船用部件|产业园) with no owner
    nested: the firm ``f`` that opens its name owns it, and it is of [heads] owned's class
    too (a firm's park is its project)."""
    for c in ctx.cands:
        if c.start != f.start or c.end != end or c.cls != h.cls or c.role != "name":
            continue
        owners = [o for o in c.nested if o.role == "owner"]
        if not owners:
            c.nested = [Cand(f.start, f.end, "Enterprise", f.name, "owner-prefix:firm", prio=4, role="owner")]
        elif not any(o.start == f.start and o.end == f.end for o in owners):
            continue
        if h.owned not in c.extra:
            c.extra = (*c.extra, h.owned)


def _works_word(ctx: Context, w: str, inside: set, fp: dict) -> bool:
    """A word that may stand inside the name of a firm's works: a noun, a Latin word, an
    unknown word, an adjective, a word of [long_name] inside (扩能, 技改), a long time word
    that names a generation ([firm_project] word_tags, long_tags)."""
    if w in inside:
        return True
    if w in ctx.rules.boundary or any(is_punct(ch) for ch in w) or w[0] in NUMERAL_CHARS:
        return False    # (a count is no word of it: 三大运营商…)
    if alnum(w):
        return True
    tag = ctx.seg.tag(w)
    if tag in fp["word_tags"] or tag[:1] == "n":
        return True
    return len(w) >= 3 and tag in fp["long_tags"] and not any(ch.isdigit() for ch in w)


def _inside(ctx: Context, w: str) -> bool:
    """A word that may stand inside a project's name: a noun, a name word, a Latin one."""
    return alnum(w) or ctx.seg.tag(w)[:1] in ("n", "j") or ctx.seg.tag(w) == "vn"
