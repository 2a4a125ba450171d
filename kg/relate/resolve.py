"""Choices between relations that the rules found independently.

The district rule (GUIDELINES.md) places what a document's district or zone
lands or builds in that district or zone; where the text names a more
specific place for the thing (a park, an area, a street), that place is the
answer and the district is not added too (shared/eval/cities/README.md).
Which rules apply the district rule, and whether the more specific place
wins, is relations.toml [resolve]. A thing the text makes a part of an area is
not also located in it (长春新区北湖科技开发区: a zone of the new area, which
is a place and a platform both): partOf wins over locatedIn for one pair.

    >>> from kg.model import Relation
    >>> rs = [Relation("Project/星澜总部", "locatedIn", "Place/云溪区", "d", 0, "district-act"),
    ...       Relation("Project/星澜总部", "locatedIn", "Platform/青禾科技园", "d", 1, "located-verb-list")]
    >>> [r.object for r in specific_place_wins(rs, {"district-act"})]
    ['Platform/青禾科技园']
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Relation


def places_resolved(relations: list[Relation], resolve: dict, home: str | None) -> list[Relation]:
    """`specific_place_wins` with the rules relations.toml [resolve] names."""
    return specific_place_wins(relations, set(resolve.get("home_rules", ())), set(resolve.get("context_rules", ())),
                               home, set(resolve.get("topic_rules", ())), set(resolve.get("stated_home_rules", ())),
                               set(resolve.get("park_context_rules", ())))


def specific_place_wins(relations: list[Relation], home_rules: set[str],
                        context_rules: set[str] = frozenset(), home: str | None = None,
                        topic_rules: set[str] = frozenset(), stated_rules: set[str] = frozenset(),
                        park_context_rules: set[str] = frozenset()) -> list[Relation]:
    """Drop a home-rule ``locatedIn`` where the same document places the same
    thing somewhere else by another rule, one that reads the text around the
    thing, not its paragraph's heading or its name (``context_rules``).

    A pattern whose place is the ``home`` (the district or zone the document
    speaks for: 我们…集聚了A, A在新区建设…) gives way the same: the home is what
    a text names when it names no nearer place.

    A ``topic_rules`` place (the park or 商圈 its clause or paragraph opens on, taken
    to act: 青禾商圈新引进…, A、B相继开业) beats the home, but gives way in turn to a
    place the text names for the thing itself (…，A、B等企业入驻星澜小镇).

    A ``stated_rules`` fact (a field naming the home and then a nearer place: 地点：经开区星澜片区)
    is no home rule's: the text names the home for the thing, beside the nearer place.

    A ``park_context_rules`` place (the town a park's name opens on: 白露镇星澜产业园) is context
    for a park where the home is a place (a district has the parks of its towns), but a named
    place for a project, or for a park of a zone's report (a zone holds no towns).

    >>> rs = [Relation("Platform/白露镇星澜产业园", "locatedIn", "Place/云溪区", "d", 0, "district-act"),
    ...       Relation("Platform/白露镇星澜产业园", "locatedIn", "Place/白露镇", "d", 0, "located-name")]
    >>> len(specific_place_wins(rs, {"district-act"}, home="Place/云溪区", park_context_rules={"located-name"}))
    2
    >>> rs = [Relation("Project/白露镇星澜民宿项目", "locatedIn", "Place/云溪区", "d", 0, "district-act"),
    ...       Relation("Project/白露镇星澜民宿项目", "locatedIn", "Place/白露镇", "d", 0, "located-name")]
    >>> [r.object for r in specific_place_wins(rs, {"district-act"}, home="Place/云溪区",
    ...                                        park_context_rules={"located-name"})]
    ['Place/白露镇']
    """
    place_home = home is not None and home.startswith("Place/")

    def context(r: Relation) -> bool:
        return r.rule in context_rules or (
            r.rule in park_context_rules and r.subject.startswith(("Platform/", "CommercialDistrict/")) and place_home)

    def homely(r: Relation) -> bool:
        return r.rule not in stated_rules and (r.rule in home_rules or (home is not None and r.object == home))

    elsewhere: dict[tuple[str, str], set[str]] = defaultdict(set)
    named: dict[tuple[str, str], set[str]] = defaultdict(set)     # ... by a rule of neither kind
    for r in relations:
        if r.predicate == "locatedIn" and not context(r) and not homely(r):
            elsewhere[(r.doc_id, r.subject)].add(r.object)
            if r.rule not in topic_rules:
                named[(r.doc_id, r.subject)].add(r.object)

    def gives_way(r: Relation) -> bool:
        if r.predicate != "locatedIn":
            return False
        if homely(r):
            return bool(elsewhere.get((r.doc_id, r.subject), set()) - {r.object})
        return r.rule in topic_rules and bool(named.get((r.doc_id, r.subject), set()) - {r.object})
    return [r for r in relations if not gives_way(r)]


def part_wins(relations: list[Relation], home: str | None = None,
              fallback_rules: set[str] = frozenset()) -> list[Relation]:
    """Drop a ``locatedIn`` between the two ends of a ``partOf`` of the same document:
    a sub-area is a part of its whole, not a thing located in it, and the whole is not located
    in its part; of two ``locatedIn`` each the other's reverse, the less sure one.

    A ``partOf`` the ``home`` by a rule that falls back to the home where its clause names no
    whole (``fallback_rules``: 园区规划面积…，分为A和B) gives way to a ``partOf`` of the same
    part by another rule: that whole is the one the text names.

    >>> rs = [Relation("Platform/星澜开发区", "locatedIn", "Platform/青禾新区", "d", 0, "located-adjacent"),
    ...       Relation("Platform/星澜开发区", "partOf", "Platform/青禾新区", "d", 0, "part-adjacent-zone")]
    >>> [r.predicate for r in part_wins(rs)]
    ['partOf']
    >>> rs = [Relation("Platform/青禾新区", "locatedIn", "Platform/星澜开发区", "d", 0, "topic-act", 0.7),
    ...       Relation("Platform/星澜开发区", "partOf", "Platform/青禾新区", "d", 0, "part-adjacent-zone")]
    >>> [r.predicate for r in part_wins(rs)]
    ['partOf']
    >>> rs = [Relation("Place/白露片区", "partOf", "Place/云溪区", "d", 0, "part-topic-governed"),
    ...       Relation("Place/白露片区", "partOf", "Platform/星澜产业园", "d", 0, "part-park-word-governed")]
    >>> [r.object for r in part_wins(rs, "Place/云溪区", {"part-topic-governed"})]
    ['Platform/星澜产业园']
    """
    parts = {(r.doc_id, r.subject, r.object) for r in relations if r.predicate == "partOf"}
    elsewhere = {(d, s) for d, s, o in parts if o != home}
    placed = {(r.doc_id, r.subject, r.object): r.confidence for r in relations if r.predicate == "locatedIn"}

    def gives_way(r: Relation) -> bool:
        if r.predicate == "locatedIn":
            # (nor is a whole located in its part; of two things each placed in the other, the
            # surer rule's stands: 青禾产业园是星澜开发区打造的载体 does not place the zone in the park)
            back = (r.doc_id, r.object, r.subject)
            return (r.doc_id, r.subject, r.object) in parts or back in parts or placed.get(back, -1.0) > r.confidence
        return (r.predicate == "partOf" and r.object == home and r.rule in fallback_rules
                and (r.doc_id, r.subject) in elsewhere)
    return [r for r in relations if not gives_way(r)]


def name_places_give_way(relations: list[Relation], name_rules: set[str], not_stated: set[str],
                         wider) -> list[Relation]:
    """Drop a ``locatedIn`` read off a thing's name (海川县检测平台: 海川县, ``name_rules``) where the
    same document states another place for it (所在地点：白沙镇X路; by a rule not in ``not_stated``:
    the home rules, headings, names) that is not a county, city or province (``wider``: key -> bool):
    the nearer place the text gives is the answer, the name says only whose the thing is. A wider
    place stated beside a town's name (白露镇星澜产业园…位于云溪县) leaves the town standing.

    >>> rs = [Relation("Project/海川县检测平台", "locatedIn", "Place/海川县", "d", 0, "located-name"),
    ...       Relation("Project/海川县检测平台", "locatedIn", "Place/白沙镇", "d", 1, "located-field")]
    >>> [r.object for r in name_places_give_way(rs, {"located-name"}, set(), lambda k: k.endswith("县"))]
    ['Place/白沙镇']
    >>> rs = [Relation("Platform/白露镇星澜产业园", "locatedIn", "Place/白露镇", "d", 0, "located-name"),
    ...       Relation("Platform/白露镇星澜产业园", "locatedIn", "Place/云溪县", "d", 1, "located-at")]
    >>> len(name_places_give_way(rs, {"located-name"}, set(), lambda k: k.endswith("县")))
    2
    """
    stated: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in relations:
        if r.predicate == "locatedIn" and r.rule not in name_rules and r.rule not in not_stated and not wider(r.object):
            stated[(r.doc_id, r.subject)].add(r.object)
    return [r for r in relations if not (r.predicate == "locatedIn" and r.rule in name_rules
                                         and stated.get((r.doc_id, r.subject), set()) - {r.object})]
