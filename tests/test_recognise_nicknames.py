"""A city's nickname jieba cuts into a character and the adverb 都 (kg/recognise/nicknames.py,
rules.toml [boundary] nickname_ends): the firm named after it keeps the nickname, on
INVENTED firms after real provinces and cities."""
from __future__ import annotations

import pytest

from recognition import case, check

E, P = "Enterprise", "Place"


@pytest.mark.parametrize("text, want", [
    # a place, a character and 都, a firm's words: one firm
    case("由辽宁镁都星澜科技有限公司承建", {"辽宁镁都星澜科技有限公司": E}, id="noun-character"),
    case("辽阳裘都青禾电子商务有限公司入驻园区", {"辽阳裘都青禾电子商务有限公司": E}, id="name-character"),
    case("贵州凉都云溪果业有限公司成立", {"贵州凉都云溪果业有限公司": E}, id="verb-character"),
    # ... or a clause's start, a boundary word before the character: no subject of 都 "all"
    case("案例二：瓷都星澜陶瓷有限公司", {"瓷都星澜陶瓷有限公司": E}, id="after-a-mark"),
    case("青禾镇的客都白露文化产业园", {"青禾镇": P, "客都白露文化产业园": "Platform"}, id="after-de"),
    # near misses: 都 "all" after a pronoun, an adverb, a locative, or before a verb
    case("杭州也都有星澜科技有限公司", {"杭州市": P, "星澜科技有限公司": E}, id="adverb-before"),
    case("杭州各都有星澜科技有限公司", {"杭州市": P, "星澜科技有限公司": E}, id="pronoun-before"),
    case("企业的钱都投向星澜项目", {"星澜项目": "Project"}, id="noun-before-verb"),
    case("浙江省内都在推进", {"浙江省": P}, id="locative-before"),
    case("杭州人都喜欢青禾科技有限公司", {"青禾科技有限公司": E}, id="no-place-before"),
])
def test_nicknames(recogniser, text, want):
    check(recogniser, text, want)
