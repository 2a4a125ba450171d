"""Numbers and amounts: Arabic or Chinese numerals, units, qualifiers (约, 超, 以上 …)."""
from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

from .rules import FactRules, Quantity, alt, load_fact_rules


def parse_number(text: str, rules: FactRules | None = None) -> Fraction | None:
    """Arabic or Chinese numerals with 十/百/千/万/亿, exactly.

    >>> [str(parse_number(s)) for s in ("161", "1,200", "5.2亿", "百亿", "一亿二千万", "十二万", "1 56")]
    ['161', '1200', '520000000', '10000000000', '120000000', '120000', '156']
    """
    r = rules or load_fact_rules()
    total, section, current = Fraction(0), Fraction(0), None
    for tok in re.findall(r"\d+(?:\.\d+)?|.", re.sub("[, ]", "", text)):
        if tok[0].isdigit():
            current = Fraction(tok)
        elif tok in r.digits:
            current = Fraction(r.digits[tok])
        elif tok in r.small:        # 三千 = 3 x 1000; 百 alone = 100
            section += (current if current is not None else 1) * r.small[tok]
            current = None
        elif tok in r.big:          # 一亿二千万: each 亿/万 closes what came before it
            amount = section + (current or 0)
            if r.big[tok] > 10000:  # 亿 multiplies everything before it (2.6万亿)
                total = ((total + amount) or 1) * r.big[tok]
            else:
                total += (amount or 1) * r.big[tok]
            section, current = Fraction(0), None
        else:
            return None
    value = total + section + (current or 0)
    return value if value > 0 else None


def decimal(value: Fraction) -> str:
    """A plain xsd:decimal lexical form, at most 4 decimal places: 2600000000, 107.3333."""
    d = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        Decimal("0.0001"), rounding=ROUND_HALF_EVEN).normalize()
    return format(d, "f")


def read_amount(prop: str, text: str, rules: FactRules | None = None) -> tuple[str, str, int] | None:
    """The amount at the start of ``text`` (right after a keyword of ``prop``):
    (property, value in the property's unit, length read), or None when there
    is none, it is in a foreign currency or it is only an upper bound.

    >>> read_amount("landArea", "161亩,总投资")
    ('landArea', '161', 4)
    >>> read_amount("totalInvestment", "约5000万美元") is None
    True
    >>> read_amount("totalInvestment", "10多亿元")
    ('minTotalInvestment', '1000000000', 5)
    """
    r = rules or load_fact_rules()
    q = r.quantities[prop]
    m = q.amount.match(text)
    return amount(r, q, m) if m else None


def is_sum(r: FactRules, m: re.Match) -> bool:
    """Whether the amount ``m`` is qualified as a sum (合计, 共计)."""
    return bool(r.sum and re.search(alt(r.sum), m["pre"] or ""))


def amount(r: FactRules, q: Quantity, m: re.Match) -> tuple[str, str, int] | None:
    """(property, value, length read) of a match of ``q.amount`` or ``q.pattern``."""
    if m["unit"] in q.skip_units:
        return None
    quals = set(re.findall(alt(r.lower | r.upper), m["pre"] or "")) | {m["mid1"], m["mid"], m["post"]}
    if quals & r.upper:
        return None
    value = parse_number(m["num"] + m["big"], r)
    if value is None:
        return None
    prop = q.prop
    if quals & r.lower:
        prop = "min" + prop[0].upper() + prop[1:]
    return prop, decimal(value * q.units[m["unit"]]), m.end() - m.start("pre")
