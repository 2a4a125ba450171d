"""ownedBy read off a name that opens on a brand and a bracketed place: a brand's company
or site in a city (星澜打印机（云溪）有限公司, 墨川（青禾）压裂装备基地, 星澜集团（云溪）重型装备
有限公司) is the brand's, when the document names the brand's firm on its own (星澜, 墨川股份,
星澜集团): ``owner-bracket-brand``.

The firm's forms are its name, its other names and its stem (the name without a group's or a
legal form's word, relations.toml [owner] bracket_stem_ends: 墨川 of 墨川股份); the brand before
the bracket opens with one of them, two characters at least ([owner] bracket_brand: what the
bracket may hold and what must follow it). The longest form wins; two firms of one form, none.
A registered company with only a legal form after the bracket (星澜半导体（云溪）有限公司) is
the brand's only when a list holds the brand's firm: beside a firm no list holds (星澜半导体,
星澜) the short form names the company itself."""
from __future__ import annotations

from .base import Collector, rx
from .group_owners import firm_stem


def bracket_owners(c: Collector, doc_id: str, mentions: list) -> None:
    own = c.rules.get("owner", {})
    pat = own.get("bracket_brand")
    if not pat:
        return
    shape = rx(pat)
    suffixes = sorted(own.get("bracket_stem_ends", ()), key=len, reverse=True)
    legal = tuple(own.get("group_suffixes", ()))
    lex = c.lexicon
    alone = {m.key for m in mentions if m.key}
    forms: dict[str, set[str]] = {}      # a firm's form -> the firms of that form
    for k in sorted(alone):
        e = c.ents[k]
        if e.cls != "Enterprise":
            continue
        for n in (e.name, *e.aliases):
            if "（" in n or "(" in n:
                continue
            for f in {n, firm_stem(n, suffixes)}:
                if len(f) >= 2:
                    forms.setdefault(f, set()).add(k)
    if not forms:
        return
    seen = set()
    for m in mentions:
        k = m.key
        if not k or k in seen or m.role == "owner" or c.ents[k].cls not in ("Enterprise", "Project", "Platform"):
            continue
        seen.add(k)
        e = c.ents[k]
        for n in (e.name, *e.aliases):
            mt = shape.match(n)
            if not mt:
                continue
            brand = mt.group("brand")
            best = max((f for f in forms if brand.startswith(f)), key=len, default=None)
            if best and len(forms[best]) == 1:
                owner = next(iter(forms[best]))
                # (a registered company, only a legal form after the bracket, is a brand's own
                # when a list holds the brand: 星澜半导体（云溪）有限公司 beside 星澜半导体 or 星澜,
                # its short forms, is the firm itself)
                if mt.group("rest") in legal and not any(
                        lex.lookup(x, "Enterprise") for x in (c.ents[owner].name, *c.ents[owner].aliases)):
                    break
                if owner != k:
                    c.add(k, "ownedBy", owner, doc_id, m.sentence, "owner-bracket-brand")
            break
