"""kg/recognise/parent_firms.py: the parent a clause says a firm belongs to is a firm (rules.toml
[parent_firm]), on sentences with INVENTED names (青禾, 星澜, 墨川, 云溪, 白露).

Each row: the sentence and the {name: class} of the names found.
"""
from __future__ import annotations

import pytest

from recognition import case, check

E = "Enterprise"


@pytest.mark.parametrize("text, want", [
    # the words between the copula and a word only a holding firm takes: the parent, a firm
    case("云溪星澜食品有限公司是青禾食品的控股子公司。", {"云溪星澜食品有限公司": E, "青禾食品": E}, id="controlled"),
    case("墨川白露有限公司为星澜股份全资子公司。", {"墨川白露有限公司": E, "星澜股份": E}, id="wholly-owned"),
    case("云溪青禾有限公司系墨川云岚旗下企业。", {"云溪青禾有限公司": E, "墨川云岚": E}, id="under"),
    # where and how the parent set the firm up, between the parent and the holding word: no word of
    # its name, whether the lexicon knows the parent (华润医药) or not
    case("星澜医药有限公司为华润医药在青禾州设立的控股子公司。", {"星澜医药有限公司": E, "华润医药": E},
         id="known-parent-set-up-in-a-place"),
    case("星澜医药云溪有限公司为华润医药于墨川州投资设立的全资子公司。", {"星澜医药云溪有限公司": E, "华润医药": E},
         id="known-parent-invested-in-a-place"),
    case("云溪星澜医药有限公司为墨川白露控股在青禾州设立的控股子公司。",
         {"云溪星澜医药有限公司": E, "墨川白露控股": E}, id="set-up-in-a-place"),
    # (X为Y在P设立的控股子公司: where the parent set it up is no part of its name)
    case("墨川白露医药有限公司为星澜股份在云溪州设立的控股子公司。", {"墨川白露医药有限公司": E, "星澜股份": E},
         id="set-up-where"),
    # (near misses: a pronoun for the reporting firm; a firm's kind, no name)
    case("云溪星澜有限公司为公司全资子公司。", {"云溪星澜有限公司": E}, id="pronoun"),
    case("云溪星澜有限公司为其控股子公司。", {"云溪星澜有限公司": E}, id="its"),
    case("区内企业多为国企旗下。", {}, id="kind"),
])
def test_the_parent_a_clause_names_is_a_firm(recogniser, text, want):
    check(recogniser, text, want)
