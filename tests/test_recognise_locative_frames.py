"""kg/recognise/locative_frames.py (rules.toml [head_not_before] locatives, not_object): 建设
after a park a locative opens (在, 依托) is the sentence's verb when an object follows it, and
the park keeps its name; the building of parks (建设中, 建设情况) is no name. On INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, names


@pytest.mark.parametrize("text, name, found", [
    # a park of a kind a locative opens, an object after the verb: the park is named
    case("云栖农业公司在果蔬产业园建设冷库和分拣中心。", "果蔬产业园", True, id="in-park-build-object"),
    case("云栖储能依托储能装备产业园建设电芯工厂。", "储能装备产业园", True, id="relying-on-park"),
    # near misses: the building of the park itself, or no locative before it
    case("云栖农业公司在果蔬产业园建设中遇到用地难题。", "果蔬产业园", False, id="under-construction"),
    case("加快果蔬产业园建设冷链配套。", "果蔬产业园", False, id="no-locative"),
])
def test_locative_frames(recogniser, text, name, found):
    assert (name in names(recogniser, text)) is found
