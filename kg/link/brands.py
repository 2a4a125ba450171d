"""A name read only as a firm's brand is an Enterprise of its own (rules.toml [link] brand_rules).

A table's brand column (使用品牌) or an own-brand frame (自有品牌“A”) names what the firm sells
under, and the graph keeps it a thing the firm owns: 青禾 in a row of 云溪青禾食品有限公司 is the
brand, not the firm's short name, though it is the firm's trade name too. A name that any other
mention of the corpus uses (青禾 in prose, 青禾公司) is read as ever: there a short form of the firm.
"""
from __future__ import annotations

from functools import lru_cache

from ..rules import load_rules


@lru_cache(maxsize=1)
def brand_rules() -> frozenset[str]:
    """The recognisers' rules that read a name as a brand ([link] brand_rules)."""
    return frozenset(load_rules().link.get("brand_rules", ()))


def brand_only(use, why: str, rules) -> bool:
    """True when every mention of ``use`` (a NameUse) is a brand's and ``why`` reads the shorter
    name as another name of the longer ([link] brand_not_reasons: trade-name, firm-short, ...)."""
    return bool(use.brand) and use.brand == use.count and why in rules.link.get("brand_not_reasons", ())
