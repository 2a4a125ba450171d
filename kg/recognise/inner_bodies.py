"""Bodies named only as the opening of another body's name.

A university or an academy that opens the name of its own institute, college or
laboratory (星澜大学|云溪先进制造研究院, 青禾科学院|墨川海洋研究所) says whose the body is:
an analyst reading the document lists the institute, not the university, when the
document never names the university on its own ([inner_body] in rules.toml). No
relation joins the two (a body owns no body in the graph's model), so the opening
body is only a name inside a name there. A body signed like a project (星澜大学云溪研究院
签约落地: [inner_body] signed_after right after its name) is the university's project: the
university is its owner and stays.
"""
from __future__ import annotations

from ..model import Document, Mention


def inner_bodies(rules, doc: Document, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the owners of [inner_body] owner_classes nested in a name of
    outer_classes whose name the document never uses on its own."""
    conf = rules.inner_body
    owners, outers = set(conf.get("owner_classes", ())), set(conf.get("outer_classes", ()))
    if not owners or not outers:
        return mentions
    alone = {m.name for m in mentions if m.role != "owner"}
    signed = tuple(conf.get("signed_after", ()))
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.role != "owner" and m.cls in outers and not (
                signed and doc.sentences[m.sentence].text.startswith(signed, m.end)):
            by_sentence.setdefault(m.sentence, []).append(m)
    drop = []
    for m in mentions:
        if m.role == "owner" and m.cls in owners and m.name not in alone and any(
                o.start == m.start and m.end < o.end for o in by_sentence.get(m.sentence, ())):
            drop.append(m)
    if not drop:
        return mentions
    gone = {id(m) for m in drop}
    return [m for m in mentions if id(m) not in gone]


def body_units(rules, mentions: list[Mention]) -> list[Mention]:
    """A project or a platform whose name opens with a research body's (a university, an
    academy: an owner of [inner_body] unit_owner_ends nested at its start) and ends with one
    of [inner_body] unit_heads (星澜大学云溪创新中心, 青禾科学院墨川研究中心) is the body's own
    unit, a body itself: of class Institution, not the body's project (a campus, a training
    base, a phase stays one: 星澜大学云溪校区, 青禾学院实训基地)."""
    conf = rules.inner_body
    heads, ends = tuple(conf.get("unit_heads", ())), tuple(conf.get("unit_owner_ends", ()))
    if not heads or not ends:
        return mentions
    bodies = {(m.sentence, m.start) for m in mentions
              if m.role == "owner" and m.cls == "Institution" and m.name.endswith(ends)}
    for m in mentions:
        if m.role != "owner" and m.cls in ("Project", "Platform") and m.surface.endswith(heads) \
                and (m.sentence, m.start) in bodies:
            m.cls, m.extra = "Institution", ()
    return mentions

