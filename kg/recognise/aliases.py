"""Names a document gives once and uses again: aliases it declares (简称“X”),
and names its sentences give away by their context (a list of firms, a frame),
found in every sentence of it."""
from __future__ import annotations

import re

from ..model import Mention
from ..rules import Rules
from .candidate import Cand


def declared_aliases(rules: Rules, text: str, ms: list[Mention]) -> dict[str, tuple[str, str]]:
    """alias -> (name, class) for each alias ``text`` declares: the alias of the
    mention that ends last before the declaration (an owner inside a name is
    not what the alias stands for)."""
    out = {}
    for pat in rules.alias_patterns:
        for m in pat.finditer(text):
            before = [x for x in ms if x.end <= m.start() and x.role != "owner"]
            if before:
                target = max(before, key=lambda x: x.end)
                out[m.group("alias")] = (target.name, target.cls)
    return out


def declared_hits(doc_id: str, index: int, text: str, declared: dict[str, tuple[str, str]],
                  existing: list[Mention]) -> list[Mention]:
    """Mentions of the declared aliases in sentence ``index``, where no mention is yet."""
    taken = [(m.start, m.end) for m in existing if m.sentence == index and m.doc_id == doc_id]
    out = []
    for alias, (name, cls) in declared.items():
        for m in re.finditer(re.escape(alias), text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            out.append(Mention(doc_id, index, m.start(), m.end(), alias, cls, name,
                               "declared-alias", 0.9, aliases=(alias,)))
    return out


def document_names(rules: Rules, mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """surface -> (name, class) of the names a document's context gave away: found by a
    list, a frame or a bracket (rules.toml [document_names] rules), long enough to be
    sought as they are elsewhere in the document."""
    dn = rules.document_names
    prefixes = tuple(dn.get("rules", ()))
    shortest = dn.get("min_chars", 3)
    out: dict[str, tuple[str, str]] = {}
    for m in mentions:
        if m.role == "owner" or not m.rule.startswith(prefixes) or len(m.surface) < shortest:
            continue
        out.setdefault(m.surface, (m.name, m.cls))
    return out


def document_name_cands(ctx) -> list[Cand]:
    """Candidates where a name the document gave away elsewhere stands as written."""
    out = []
    for surface, (name, cls) in ctx.doc_names.items():
        for m in re.finditer(re.escape(surface), ctx.text):
            out.append(Cand(m.start(), m.end(), cls, name, "document-name", prio=1))
    return out
