"""The labelled cells of numbered rows parted by bars, no header above them (kg/bar_runs.py
``bar_runs``), a firm's name first and its project's after it:

    1．星澜精工有限公司｜青禾轴承扩能项目｜所属产业：星材｜融资需求：2亿元｜项目地点：云溪区白露镇

the project is the firm's (``owner-bar-row``) and lies where a cell labelled as a site
(relations.toml [table] place_labels: 项目地点) names, the nearest of the places side by side
there (白露镇: ``located-bar-field``; a park named a comma after the town, 云溪区白露镇，星澜陆港内, lies
in the town, and the project in both: kg/relate/field_towns.py); with no project cell, the name cell's thing does."""
from __future__ import annotations

import re

from ..bar_runs import bar_runs
from .base import LOCATIONS, OWNERS, THINGS, Collector, Item
from .field_towns import town_holds_park

_LABEL = re.compile(r"\s*([\u4e00-\u9fff]{2,6})\s*[：:]")


def bar_field_relations(c: Collector, doc_id: str, sentences, by_sent: dict[int, list[Item]]) -> None:
    """The owners and sites of the projects the document's numbered bar rows name."""
    places = set(c.rules.get("table", {}).get("place_labels", ()))
    loc = c.rules.get("located", {})
    for run in bar_runs(sentences):
        for s, spans in run:
            ms = [x for x in by_sent.get(s.index, []) if x.m.role != "owner"]

            def whole(a: int, b: int, classes) -> Item | None:
                return next((x for x in ms if x.m.start == a and x.m.end == b and x.cls in classes), None)

            name = whole(*spans[0], THINGS | OWNERS)
            if name is None:
                continue
            project = whole(*spans[1], {"Project"}) if len(spans) > 1 else None
            if project is not None and name.cls in OWNERS:
                c.add(project.key, "ownedBy", name.key, doc_id, s.index, "owner-bar-row")
            thing = project or (name if name.cls in THINGS else None)
            for a, b in spans[1:]:
                m = _LABEL.match(s.text, a, b)
                if thing is None or m is None or m.group(1) not in places:
                    continue
                found = [x for x in ms if m.end() <= x.m.start and x.m.end <= b and x.cls in LOCATIONS
                         and x.key != thing.key]
                if found:
                    c.add(thing.key, "locatedIn", max(found, key=lambda x: x.m.start).key, doc_id, s.index,
                          "located-bar-field")
                town_holds_park(c, loc, thing.key, doc_id, s.index, s.text[:b], ms, m.end(), "located-bar-field")
