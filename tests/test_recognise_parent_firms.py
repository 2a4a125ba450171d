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
    # a holding's firm, where the parent has it between (是Y在疆控股企业), and a dictionary's word of three
    # characters after the copula (为冠生园控股子公司): the frame makes it a name
    case("墨川铝材有限公司是星澜白银集团在疆控股企业。", {"墨川铝材有限公司": E, "星澜白银集团": E}, id="holding-in-a-region"),
    case("墨川蜜业有限公司为六必居控股子公司。", {"墨川蜜业有限公司": E, "六必居": E}, id="dictionary-word"),
    # no copula: the name opens its clause, or follows a verb of support, a registered firm after the holding word
    case("重点支持星澜时尚控股子公司云溪白露纺织有限公司的纺纱项目。", {"星澜时尚": E, "云溪白露纺织有限公司": E},
         id="bare-after-support"),
    case("今年以来，墨川高新旗下青禾鲜味公司扩产。", {"墨川高新": E, "青禾鲜味公司": E}, id="bare-clause-opening"),
    # (the words before the name in the clause are no part of it: a time word, 由 and what it follows)
    case("今年星澜时尚控股子公司云溪白露纺织有限公司扩产。", {"星澜时尚": E, "云溪白露纺织有限公司": E},
         id="bare-after-time-word"),
    case("矿区位于白露县，采矿权由墨川化工全资子公司白露墨川矿业有限公司持有。",
         {"白露县": "Place", "墨川化工": E, "白露墨川矿业有限公司": E}, id="bare-after-by"),
    case("云溪星澜有限公司为公司全资子公司。", {"云溪星澜有限公司": E}, id="pronoun"),
    case("云溪星澜有限公司为其控股子公司。", {"云溪星澜有限公司": E}, id="its"),
    case("区内企业多为国企旗下。", {}, id="kind"),
    case("云溪星澜有限公司为国有控股企业。", {"云溪星澜有限公司": E}, id="kind-of-holding"),
    case("云溪星澜有限公司为上市公司控股子公司。", {"云溪星澜有限公司": E}, id="listed-kind"),
    # (no copula and no registered firm after the holding word: nothing)
    case("重点支持星澜时尚控股子公司扩产。", {}, id="bare-no-firm-after"),
])
def test_the_parent_a_clause_names_is_a_firm(recogniser, text, want):
    check(recogniser, text, want)
