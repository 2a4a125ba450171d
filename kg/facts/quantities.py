"""Quantities (总投资26亿元, 用地面积161亩, 建筑面积12万平方米) and what they belong to."""
from __future__ import annotations

from .clauses import Clauses
from .numbers import amount, is_sum
from .rules import FactRules


def quantities(sent: Clauses, r: FactRules):
    """(entity key, property, value, unit, rule, matched text) of each quantity."""
    text = sent.text
    for q in r.quantities.values():
        for m in q.pattern.finditer(text):
            if sent.inside_name(m.start(), m.end()) or text[:m.start()].endswith(q.not_after):
                continue
            read = amount(r, q, m)
            if read is None:
                continue
            prop, value, _ = read
            cs, ce = sent.clause(m.start())
            before = [n for n in sent.holders(cs, m.start()) if not sent.placed(n)]
            after = [n for n in sent.holders(m.end(), ce)
                     if n.start - m.end() <= 2 and text[m.end():n.start].startswith("的")]
            if before:
                n, rule = before[-1], "quantity-clause"
                if r.aggregate.search(text[n.end:m.start()]):
                    continue
            elif after:
                n, rule = after[0], "quantity-attributive"
            elif is_sum(r, m):
                continue            # 合计: a sum over what the sentence listed
            else:
                n, rule = sent.topic(cs, m.start()), "quantity-topic"
                if n is None:
                    continue
            if len(sent.listed_with(n, sent.holders(0, len(text)))) > 1:
                continue            # an amount after a list of projects is their sum
            yield n.key, prop, value, q.unit, rule, m.group().strip()
