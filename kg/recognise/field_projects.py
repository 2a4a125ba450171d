"""The project a firm's card names in a field line of its own (入驻项目：年产2万吨星澜豆制品生产项目，总投资
1.8亿元，…; 投资项目：青禾冷链中心项目; 配套项目：青禾10兆瓦“光伏＋治沙”示范项目, named without its
quotes): the value's first clause, ending in a project's head, names a Project whole, where no mention
covers it already; so does a research field's (研究项目：星澜盐碱地水稻选育技术研究，…) whatever its words; the mentions inside it (a track, a brand) are the
name's words; so are the sites a field line lists with their places (kg/recognise/listed_sites.py). The data keys are relations.toml [located] project_field, project_field_name, research_field and
research_field_name."""
from __future__ import annotations

import re

from ..model import Mention
from ..rules import Rules, rx
from .cards import built_park
from .listed_sites import listed_sites

_QUOTES = re.compile('[“”"]')


def field_projects(rules: Rules, doc_id: str, sentences, by_sentence: dict[int, list[Mention]]) -> list[Mention]:
    """The Projects the document's project field lines name that the sentences' own mentions do not."""
    loc = rules.relations.get("located", {})
    fields = [(rx(loc.get(a, "(?!)")), rx(loc.get(b, "(?!)")))
              for a, b in (("project_field", "project_field_name"), ("research_field", "research_field_name"))]
    out: list[Mention] = []
    for s in sentences:
        n = next((n for label, name in fields if (m := label.match(s.text)) and (n := name.match(s.text, m.end()))), None)
        if n is None:
            continue
        a, b = n.span()
        park = built_park(by_sentence, s.index, a, b, "field-project")
        if park is not None:
            out.append(park)   # (项目名称：青禾物流园: a park the card builds)
            continue
        if any(x.start <= a and b <= x.end and x.role != "owner" for x in by_sentence.get(s.index, [])):
            continue
        bare = _QUOTES.sub("", s.text[a:b])
        out.append(Mention(doc_id, s.index, a, b, s.text[a:b], "Project", bare, "field-project", 0.7))
    # (经营网点：X店（Y镇）；Z工坊（W园）: the sites a field line lists, kg/recognise/listed_sites.py)
    return out + listed_sites(rules, doc_id, sentences, by_sentence)
