"""Names a document gives once and uses again: aliases it declares (简称“X”),
and names its sentences give away by their context (a list of firms, a frame),
found in every sentence of it."""
from __future__ import annotations


from ..model import Mention
from ..rules import Rules
from .candidate import Cand
from .text import find_all, required_literal


def declared_aliases(rules: Rules, text: str, ms: list[Mention]) -> dict[str, tuple[str, str]]:
    """alias -> (name, class) for each alias ``text`` declares: the alias of the
    mention that ends last before the declaration (an owner inside a name is
    not what the alias stands for)."""
    out = {}
    for pat in rules.alias_patterns:
        # (a literal every match holds, sought first: most sentences declare nothing)
        if required_literal(pat.pattern) not in text:
            continue
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
        for m in find_all(alias, text):
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
        for m in find_all(surface, ctx.text):
            out.append(Cand(m.start(), m.end(), cls, name, "document-name", prio=1))
    return out


def head_anaphora(rules: Rules, seg, doc_id: str, sentences, by_sentence: dict[int, list[Mention]]) -> list[Mention]:
    """Mentions of a park or a project by its bare head, standing for the last one
    named with that head (…深圳湾超级总部基地…，推动A、B等项目在基地内开工; 光谷生物城…
    联影医疗等企业在生物城设立…): a head of two characters or more that ends the
    name (rules.toml [anaphora]), met bare: after punctuation, a function word or a
    boundary word, and not a word of a slogan (“链主企业+产业园”)."""
    last: dict[str, Mention] = {}
    out = []
    for s in sentences:
        ms = sorted(by_sentence.get(s.index, []), key=lambda m: m.start)
        named = [(m.start, w, m) for m in ms if m.role != "owner" and m.cls in ("Platform", "Project")
                 for w in _short_heads(rules, m.surface)]
        words = sorted(w for w in {w for _, w, _ in named} | set(last) if w in s.text)
        if words:   # (most sentences hold none of the heads)
            taken = [(m.start, m.end) for m in ms]
            toks = seg.tokens(s.text)
            ends = {t.end: t for t in toks}
            starts = {t.start for t in toks}
        for word in words:
            for hit in find_all(word, s.text):
                a, b = hit.span()
                here = [m for at, w, m in named if w == word and at < a]
                target = here[-1] if here else last.get(word)
                if target is None or a not in starts or any(a < e and x < b for x, e in taken) \
                        or (a > 0 and s.text[a - 1] in SLOGAN) or (b < len(s.text) and s.text[b] in SLOGAN):
                    continue
                before = ends.get(a)
                if before is not None and not _bare_before(rules, seg, before.text):
                    continue
                out.append(Mention(doc_id, s.index, a, b, word, target.cls, target.name, "head-anaphora", 0.7))
                taken.append((a, b))
        for _, w, m in named:   # the names this sentence gives are the ones later bare heads stand for
            last[w] = m
    return out


SLOGAN = "+＋“”\"「」"


def _short_heads(rules: Rules, name: str) -> list[str]:
    head = rules.head_of(name)
    if head is None or len(name) <= len(head.word) + 1:
        return []
    words = {head.word} if len(head.word) >= 2 else set()
    words |= {t for t in rules.anaphora_tails if head.word.endswith(t)}     # 总部基地 -> 基地
    return sorted(w for w in words if w not in rules.anaphora_not)


def _bare_before(rules: Rules, seg, word: str) -> bool:
    tag = seg.tag(word)
    return word in rules.boundary or tag[:1] in ("p", "u", "r", "d", "c") \
        or not any("\u4e00" <= ch <= "\u9fff" for ch in word)
