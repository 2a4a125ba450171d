"""A brand and the trade it is in, no legal form after them (rules.toml [[head]] trade words 糖业, 锗业,
水泥, 文旅, 商管, 电商 …; [context] sites_after with the amount a firm invests), on sentences with
INVENTED names (青禾, 星澜, 墨川, 云溪, 白露).

Each row: the sentence and the {name: class} of the names found.
"""
from __future__ import annotations

import pytest

from recognition import case, check

E, P, PR, T = "Enterprise", "Place", "Project", "IndustryTrack"


@pytest.mark.parametrize("text, want", [
    # a brand before a trade word, after a word that introduces firms (母公司, 由 … 投资, 与 … 合作)
    case("云溪星澜有限公司借助母公司青禾糖业的技术储备。", {"云溪星澜有限公司": E, "青禾糖业": E}, id="sugar"),
    case("项目由白露水泥投资建设。", {"白露水泥": E}, id="cement"),
    case("云溪锗材料公司的母公司为墨川锗业。", {"云溪锗材料公司": E, "墨川锗业": E}, id="germanium"),
    case("星澜商管旗下有三座商场。", {"星澜商管": E}, id="mall-manager"),
    # (near misses: the trade alone, or a trade's common words; a business line, 糖业务)
    case("集聚乳业、糖业企业20家。", {"乳业": T, "糖业": T}, id="trades-alone"),
    case("水泥行业产能过剩，白砂糖业务增长。", {}, id="common-words"),
    case("引进文旅企业，发展农村电商。", {"文旅": T}, id="track-words"),
    # ... what a firm sells (电商) and what a project holds (文旅) are no trades a brand names
    case("云溪星澜文化科技有限公司经营竹编文创电商。", {"云溪星澜文化科技有限公司": E, "文化创意": T}, id="sells-online"),
])
def test_a_brand_and_its_trade_name_a_firm(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a firm-shaped name followed by the amount it invests and what it builds with it: the investor
    case("二是青禾股份投资3.2亿元实施的星澜酒庄扩建项目。", {"青禾股份": E, "星澜酒庄扩建项目": PR}, id="invests-builds"),
    case("三是墨川糖业投资2亿元在云溪镇建设的新厂。", {"墨川糖业": E, "云溪镇": P}, id="invests-in-place"),
    # (near misses: a track investing, no firm; a firm-shaped name with no amount nor verb)
    case("新能源汽车投资5亿元建设的项目。", {"新能源汽车": T}, id="track-invests"),
    case("二是青禾股份的星澜酒庄。", {}, id="no-amount"),
])
def test_a_name_investing_an_amount_is_a_firm(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # where a firm's name begins: not at "within the village" before it ([boundary] words)
    case("村内青禾茶叶种植专业合作社负责收购鲜叶。", {"青禾茶叶种植专业合作社": E}, id="within-village"),
    case("镇内星澜菌菇种植专业合作社负责分拣。", {"星澜菌菇种植专业合作社": E}, id="within-town"),
    # ... and 企业 inside a registered name's trade is a word of it ([segmenter] words: 企业管理, 企业服务)
    case("由成都星澜企业管理咨询有限公司编制规划。", {"成都星澜企业管理咨询有限公司": E}, id="enterprise-management"),
    case("由杭州青禾企业服务有限公司运营。", {"杭州青禾企业服务有限公司": E}, id="enterprise-services"),
    # (near misses: the words said of firms in prose name nothing)
    case("加强企业管理咨询服务，优化企业服务。", {}, id="prose"),
    case("村内合作社统一收购。", {}, id="bare-cooperative"),
])
def test_where_a_firms_name_begins(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # 和 right before a legal form joins nothing to it: a character of the brand (kg/recognise/long_names.py)
    case("由云溪青和股份有限公司投资建设。", {"云溪青和股份有限公司": E}, id="brand-he"),
    case("引进墨川白和有限公司。", {"墨川白和有限公司": E}, id="brand-he-limited"),
    # (near misses: 和 after a word of two characters joins it to what follows; a firm after 和)
    case("推动研发和有限公司合作。", {}, id="word-he"),
    case("星澜集团和青禾股份有限公司签约。", {"星澜集团": E, "青禾股份有限公司": E}, id="joined-firms"),
])
def test_he_inside_a_registered_name(recogniser, text, want):
    check(recogniser, text, want)
