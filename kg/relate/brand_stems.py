"""The brand a firm's registered name is built on, for the projects named after it.

A registered name wraps its brand in a province, city or county before it and a trade and a
legal form after it (山西|星钢精密材料|有限公司, 雅安市|青禾茶业|有限公司, 青禾星澜精密工业（云溪）有限公司);
a project is named by the brand alone, or the brand and its trade (星钢精密材料深加工项目,
青禾茶业手工制茶坊). ``brand_stems`` gives those shorter names, longest first, for
kg/relate/group_owners.py stem_owners: the project whose name opens with one is the firm's.
"""
from __future__ import annotations

import re

_BRACKET = re.compile(r"[（(][^）)]{1,8}[）)]")


def brand_stems(name: str, stem: str, lex, trades: tuple[str, ...]) -> list[str]:
    """The names ``stem`` (``name`` without its group or legal form) stands for as a brand:
    without an administrative place opening it, then without the trade words ending it, each of
    two characters or more and no place's name; [] where no place opens the stem and
    no bracket is cut (the stem alone is stem_owners' own).

    >>> class Lex:
    ...     def lookup(self, w, cls):
    ...         return type("E", (), {"levels": ("province",)})() if w == "山西" else None
    >>> brand_stems("山西星钢精密科技有限公司", "山西星钢精密科技", Lex(), ("科技", "精密"))
    ['星钢精密科技', '星钢精密', '星钢']
    >>> brand_stems("星钢精密科技有限公司", "星钢精密科技", Lex(), ("科技", "精密"))
    []
    """
    s = _BRACKET.sub("", stem)
    cut = s != stem
    for n in range(min(len(s) - 2, 5), 1, -1):
        e = lex.lookup(s[:n], "Place")
        if e is not None and getattr(e, "levels", ()):
            s, cut = s[n:], True
            break
    if not cut:
        return []
    out = []
    while len(s) >= 2 and lex.lookup(s, "Place") is None:
        out.append(s)
        end = next((t for t in trades if s.endswith(t) and len(s) - len(t) >= 2), None)
        if end is None:
            break
        s = s[:-len(end)]
    return out
