"""A city's or county's port named by the place alone (kg/recognise/city_ports.py, rules.toml
[place] port_word, port_not_after). Real cities, INVENTED sentences."""
from __future__ import annotations

import pytest

from recognition import document


@pytest.mark.parametrize("text, places", [
    ("货物经营口港出海后运往东南亚。", ["营口港"]),
    ("星澜物流园开通至大连港的集装箱班列。", ["大连港"]),
    # near misses: the port's character starts another word, or no division opens it
    ("营口港区新建散货泊位两个。", []),
    ("星澜港扩建泊位两个。", []),
])
def test_a_divisions_port_is_a_place(recogniser, text, places):
    ms = recogniser.document_mentions(document(text))
    assert sorted(m.name for m in ms if m.cls == "Place" and m.name.endswith("港")) == sorted(places)
