"""The sites a field line lists, each named with its place in brackets after it (经营网点：星澜茶庄
白露店（云溪区白露街道）；星澜茶庄总店（青禾镇） / 工坊及项目：星澜制茶工坊（墨川镇）): each unit of the
value, up to ；, that is a name ending on a site's head (rules.toml [listed_site] heads: 店, 工坊, 茶庄,
车间 …) and then a bracket opening and closing on a place or a park the recogniser found, names a
Project whole, where no mention covers it already; the mentions inside it (a place in 星澜茶庄白露店)
are the name's words. The units after the first may be sentences of their own in the field's
paragraph (the value's ；ends a sentence). The data keys are [listed_site] label, name and heads.

>>> from kg.rules import load_rules
>>> rules = load_rules()
>>> s = [_S("经营网点：星澜茶庄白露店（云溪区白露街道）；", 0), _S("星澜茶庄总店（青禾镇）", 1)]
>>> ms = {0: [_M(13, 16, "Place"), _M(16, 20, "Place")], 1: [_M(7, 10, "Place")]}
>>> [(m.surface, m.cls) for m in listed_sites(rules, "d", s, ms)]
[('星澜茶庄白露店', 'Project'), ('星澜茶庄总店', 'Project')]
>>> listed_sites(rules, "d", [_S("主要产品：星澜茶饼（青禾镇）", 0)], {0: [_M(8, 11, "Place")]})
[]
>>> listed_sites(rules, "d", [_S("经营网点：星澜茶庄白露店（暂定）", 0)], {0: []})
[]
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Mention
from ..rules import Rules, rx

SITES = ("Place", "Platform", "CommercialDistrict")


@dataclass
class _S:
    text: str
    index: int = 0
    paragraph: int = 0


def _M(start: int, end: int, cls: str) -> Mention:
    return Mention("d", 0, start, end, "", cls, "", "test")


def listed_sites(rules: Rules, doc_id: str, sentences, by_sentence: dict[int, list[Mention]]) -> list[Mention]:
    """The Projects the site lists of the document's field lines name that no mention covers."""
    conf = rules.data.get("listed_site", {})
    label, name = rx(conf.get("label", "(?!)")), rx(conf.get("name", "(?!)"))
    heads = tuple(conf.get("heads", ()))
    out: list[Mention] = []
    field: int | None = None        # the paragraph of the field line the sentence goes on
    for s in sentences:
        m = label.match(s.text)
        field = s.paragraph if m else field if field == s.paragraph else None
        if field is None:
            continue
        at = m.end() if m else 0
        while (n := name.match(s.text, at)) is not None:
            at = n.end()
            site = _site(s.text, n, by_sentence.get(s.index, []), heads)
            if site:
                out.append(Mention(doc_id, s.index, *site, s.text[site[0]:site[1]], "Project", s.text[site[0]:site[1]],
                                   "listed-site", 0.7))
    return out


def _site(text: str, n, ms: list[Mention], heads: tuple[str, ...]) -> tuple[int, int] | None:
    """The span of the unit's name when it ends on a site's head and its bracket opens and closes
    on a place or park found there, and no mention covers it already; else None."""
    a, b = n.span("name")
    p, q = n.span("place")
    places = [x for x in ms if x.cls in SITES and p <= x.start and x.end <= q]
    if not n.group("name").endswith(heads) or not any(x.start == p for x in places) \
            or not any(x.end == q for x in places) or any(x.start <= a and b <= x.end and x.role != "owner" for x in ms):
        return None
    return a, b
