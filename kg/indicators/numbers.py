"""Numbers of figures: Arabic (2091.5, 38 .3 from a newspaper column) or Chinese
numerals (五点五, 两千零九十一点五, 二〇二三).

Chinese numerals are read with cn2an, a maintained library that reads what
kg/facts/numbers.py does not: decimals (五点五) and digit-by-digit years
(二〇二三). A bare unit (百亿: 百) is not a cn2an number; kg.facts reads it.

    >>> from kg.indicators.numbers import to_number, decimal_text
    >>> [decimal_text(to_number(s)) for s in ("2091.5", "38 .3", "五点五", "两千零九十一点五", "二〇二三", "百", "十二")]
    ['2091.5', '38.3', '5.5', '2091.5', '2023', '100', '12']
"""
from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache


@lru_cache(maxsize=4096)
def to_number(text: str) -> Fraction | None:
    """The value of a number written in Arabic or Chinese numerals, exactly; None if it is none."""
    plain = re.sub(r"[ ,]", "", text)
    if re.fullmatch(r"-?\d+(?:\.\d+)?", plain):
        return Fraction(plain)
    if not plain:
        return None
    try:
        import cn2an
        value = cn2an.cn2an(plain, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        value = None
    if value is not None:
        return Fraction(str(value))
    from ..facts.numbers import parse_number
    return parse_number(plain)


def decimal_text(value: Fraction, places: int = 6) -> str:
    """A plain xsd:decimal lexical form: 209150000000, 5.1, -1.9."""
    d = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal(1).scaleb(-places))
    text = format(d.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def precision(number: str) -> Fraction:
    """The unit of the last digit written: 1273.4 -> 1/10, 1273 -> 1 (Chinese numerals: 1)."""
    plain = re.sub(r"[ ,]", "", number)
    if "." in plain:
        return Fraction(1, 10 ** len(plain.split(".", 1)[1]))
    if "点" in plain:
        return Fraction(1, 10 ** len(plain.split("点", 1)[1]))
    return Fraction(1)
