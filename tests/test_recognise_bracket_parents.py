"""A firm's parent named in a bracket right after the firm's legal form (kg/recognise/bracket_parents.py,
rules.toml [bracket_parent]), on INVENTED names: the words before the subsidiary's kind name a firm,
a short name no head gives."""
from __future__ import annotations

import pytest

from recognition import case, check

E = "Enterprise"


@pytest.mark.parametrize("text, want", [
    case("2. 云溪星澜食品科技有限公司（青禾美味全资子公司）", {"云溪星澜食品科技有限公司": E, "青禾美味": E},
         id="a-short-parent"),
    case("骨干企业：墨川铜业有限责任公司（白露矿业控股子公司，以下简称“墨川铜业”）",
         {"墨川铜业有限责任公司": E, "白露矿业": E}, id="a-parent-and-a-short-form-after"),
    # (the subsidiary's kind said as 全资公司, neither 子公司 nor 企业 anywhere in the text)
    case("墨川精工有限公司（白露机电全资公司）", {"墨川精工有限公司": E, "白露机电": E}, id="a-wholly-owned-company-said-so"),
    # (X（Y下属企业）: a unit of Y's, said so)
    case("项目业主为墨川铝材有限责任公司（白露投资下属企业），资金自筹。", {"墨川铝材有限责任公司": E, "白露投资": E},
         id="a-unit-of-a-parent"),
    # near misses: a word of ownership's kind, a bracket after no firm's name
    case("云溪星澜食品科技有限公司（国有控股子公司）", {"云溪星澜食品科技有限公司": E}, id="a-kind-of-ownership"),
    case("云溪星澜食品科技有限公司（上市公司全资子公司）", {"云溪星澜食品科技有限公司": E}, id="a-listed-parent-unnamed"),
    case("新设一家子公司（青禾美味全资子公司）", {}, id="no-firm-before-the-bracket"),
    case("云溪星澜食品科技有限公司（市属下属企业）", {"云溪星澜食品科技有限公司": E}, id="a-kind-of-unit"),
])
def test_bracket_parents(recogniser, text, want):
    check(recogniser, text, want)
