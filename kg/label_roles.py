"""What a table's column label says by its words, where no list of relations.toml [table] names it:
a header printed by another office words its columns its own way (用人单位, 境内投资主体, 所在商圈,
控股母公司), and the generic words of a label (…单位, …主体, 所在…, 母公司, 所属行业) tell its role.
Each [table] label_words entry is a pattern a label, its brackets dropped, matches whole, and the
listed label it then reads as; the first that matches wins.

>>> from kg.rules import load_rules
>>> conf = load_rules().relations["table"]
>>> [reads_as(conf, x) for x in ("用工单位", "控股母公司", "所在社区", "所属行业", "闲置厂房（地块）", "配租套数")]
['产权单位', '母公司', '所在园区', '所属产业', '厂房名称', None]
>>> reads_as(conf, "项目所在国别")
'投资国别'
"""
from __future__ import annotations

import re

from .rules import rx

_BRACKETS = re.compile(r"[（(][^（）()]*[）)]")


def bare(label: str) -> str:
    """The label with its bracketed glosses dropped (产权（开发）单位: 产权单位)."""
    return _BRACKETS.sub("", label) or label


def reads_as(conf: dict, label: str) -> str | None:
    """The listed label ``label`` reads as by its words ([table] label_words), or None."""
    key = bare(label)
    for entry in conf.get("label_words", ()):
        if rx(entry["words"]).fullmatch(key):
            return entry["reads_as"]
    return None
