"""A track a field line alone names (主导产业链：星材精深加工、冷链物流; 所属产业：星材装备) is
sought again in the document's other sentences, where nothing else covers it: 链主企业：星澜
有限公司（星材精深加工） names the field the firm is in, which the lexicon does not know. A
bracket holding such a name after a firm is no short form of the firm's."""
from __future__ import annotations

from ..model import Mention
from ..rules import Rules


def field_names_again(rules: Rules, doc_id: str, sentences, by_sentence: dict[int, list[Mention]],
                      declared: dict) -> dict[int, list[Mention]]:
    """``by_sentence`` with the field lines' tracks found again elsewhere (``field-track-again``);
    ``declared`` loses the short forms that are such a track."""
    shortest = rules.document_names.get("min_chars", 3)
    names = {m.surface: m.sentence for ms in by_sentence.values() for m in ms
             if m.rule == "field-track" and len(m.surface) >= shortest}
    if not names:
        return by_sentence
    for n in names:
        declared.pop(n, None)
    out = dict(by_sentence)
    for s in sentences:
        hits = []
        for n, home in names.items():
            if s.index == home or n not in s.text:
                continue
            ms = out.get(s.index, [])
            a = s.text.find(n)
            while a >= 0:
                b = a + len(n)
                if not any(m.start < b and a < m.end and not (m.rule == "declared-alias" and m.surface == n)
                           for m in ms):
                    hits.append(Mention(doc_id, s.index, a, b, n, "IndustryTrack", n, "field-track-again", 0.6))
                a = s.text.find(n, b)
        if hits:
            spans = {(h.start, h.end) for h in hits}
            out[s.index] = [m for m in out.get(s.index, []) if (m.start, m.end) not in spans] + hits
    return out
