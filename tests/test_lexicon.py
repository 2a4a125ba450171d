"""kg.lexicon: the curated lexicon (kg/data/lexicon.tsv, kg/data/lexicon/*.tsv) and the non-entity list."""
from __future__ import annotations

import csv
from collections import Counter

import pytest

from kg.lexicon import DATA, Lexicon, default_lexicon, lexicon_files, read_rows
from kg.model import CLASSES

LEXICON = DATA / "lexicon.tsv"
NOT_ENTITIES = DATA / "not_entities.tsv"
ADMIN = DATA / "lexicon" / "admin-divisions.tsv"
# the optional columns after the five (kg/lexicon.py)
EXTRA_COLUMNS = ["code", "parent", "level", "short"]
# tags of generated entries, whose English name is given only where pinyin is obviously right
NO_EN_REQUIRED = {"cn-admin-codes", "cn-admin-former"}


@pytest.fixture(scope="module")
def rows():
    out = []
    for path in lexicon_files():
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            assert reader.fieldnames[:5] == ["name", "class", "aliases", "en", "source"], (path, reader.fieldnames)
            assert set(reader.fieldnames[5:]) <= set(EXTRA_COLUMNS), (path, reader.fieldnames)
            out += [r for r in reader if r.get("name") and not r["name"].startswith("#")]
    return out


def _tags(r):
    return {t.strip() for t in (r["source"] or "").split(";") if t.strip()}


@pytest.fixture(scope="module")
def lex():
    return default_lexicon()


def test_lexicon_is_not_trivial(rows, lex):
    assert len(rows) > 500
    assert len(lex.entries) == len(rows)


def test_every_row_is_well_formed(rows):
    for r in rows:
        assert None not in r, f"extra column in row {r}"          # too many tabs
        assert all(v is not None for v in r.values()), f"missing column in row {r}"
        assert r["name"] == r["name"].strip() and r["name"], r


def test_every_class_is_valid(rows):
    bad = [(r["name"], r["class"]) for r in rows if r["class"] not in CLASSES]
    assert not bad
    # well-known names of most classes (projects are the documents' own news)
    assert {"Enterprise", "Institution", "IndustryTrack", "Place"} <= {r["class"] for r in rows}


def test_every_row_has_a_source_tag(rows):
    missing = [r["name"] for r in rows if not (r["source"] or "").strip()]
    assert not missing


def test_no_duplicate_canonical_names_within_a_class(rows):
    counts = Counter((r["class"], r["name"]) for r in rows)
    assert [k for k, n in counts.items() if n > 1] == []


def test_no_alias_is_also_a_canonical_name_of_its_class(rows):
    names = {(r["class"], r["name"]) for r in rows}
    clash = [(r["class"], a) for r in rows
             for a in (r["aliases"] or "").split("|") if a and (r["class"], a) in names]
    assert clash == []


def test_lookup_by_name_and_alias(lex):
    assert lex.lookup("腾讯").name == "腾讯"
    e = lex.lookup("腾讯公司")
    assert (e.name, e.cls, e.en) == ("腾讯", "Enterprise", "Tencent")
    assert lex.lookup("腾讯公司", "Enterprise") is e
    assert lex.lookup("腾讯公司", "Place") is None
    assert lex.lookup("拱墅").name == "拱墅区"
    assert lex.lookup("墨川网络") is None          # invented: no list holds it
    assert "腾讯公司" in e.surfaces and e.surfaces[0] == "腾讯"


def test_surfaces_cover_names_and_aliases(lex):
    surfaces = dict(lex.surfaces())
    assert surfaces["腾讯公司"].name == "腾讯"
    assert surfaces["拱墅区"].name == "拱墅区"
    assert len(surfaces) >= len(lex.entries)


def test_not_entities_loaded(lex):
    assert len(lex.not_entities) > 50
    for w in ("党中央", "夜间经济", "总部经济"):        # GUIDELINES: not entities
        assert lex.is_not_entity(w), w
    assert not lex.is_not_entity("腾讯")
    # the header line is not an entry
    assert "surface" not in lex.not_entities


def test_no_lexicon_surface_is_a_not_entity(lex):
    assert [s for s, _ in lex.surfaces() if lex.is_not_entity(s)] == []


def test_from_rows_rejects_an_unknown_class():
    with pytest.raises(ValueError, match="Company"):
        Lexicon.from_rows([{"name": "墨川网络", "class": "Company", "source": "test"}])


def test_from_rows_parses_aliases_and_blank_fields():
    lx = Lexicon.from_rows([{"name": " 墨川网络 ", "class": "Enterprise",
                             "aliases": "墨川| 墨川科技 ||", "en": "", "source": "test"}],
                           not_entities=["龙头企业"])
    e = lx.lookup("墨川")
    assert e.name == "墨川网络" and e.aliases == ("墨川", "墨川科技") and e.en is None
    assert lx.lookup("墨川科技", "Enterprise") is e
    assert lx.is_not_entity("龙头企业")


def test_load_custom_files(tmp_path):
    lexicon = tmp_path / "lexicon.tsv"
    lexicon.write_text("name\tclass\taliases\ten\tsource\n"
                       "#墨川网络\tEnterprise\t\t\tcommented out\n"
                       "星澜科技\tEnterprise\t星澜\tXinglan Tech\ttest\n"
                       "吉泰社区\tPlace\t\t\ttest\n", encoding="utf-8")
    stop = tmp_path / "not_entities.tsv"
    stop.write_text("surface\twhy\n# comment\n重点项目\tgeneric\n\n", encoding="utf-8")
    lx = Lexicon.load(lexicon, stop)
    assert [e.name for e in lx.entries] == ["星澜科技", "吉泰社区"]
    assert lx.lookup("星澜").en == "Xinglan Tech"
    assert lx.not_entities == frozenset({"重点项目"})
    # no non-entity list beside it: none
    assert Lexicon.load(lexicon, tmp_path / "missing.tsv").not_entities == frozenset()


def test_load_rejects_a_bad_class_in_the_file(tmp_path):
    lexicon = tmp_path / "lexicon.tsv"
    lexicon.write_text("name\tclass\taliases\ten\tsource\n星澜科技\tFirm\t\t\ttest\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Firm"):
        Lexicon.load(lexicon, tmp_path / "none.tsv")


def test_not_entity_file_has_reasons():
    lines = [l for l in NOT_ENTITIES.read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith(("#", "surface\t"))]
    assert lines
    no_reason = [l for l in lines if len(l.split("\t")) < 2 or not l.split("\t")[1].strip()]
    assert no_reason == []


# -- the checks LEXICON.md asks for ("Checks") ------------------------------------------

def _surfaces(r):
    return {r["name"], *(a for a in (r["aliases"] or "").split("|") if a)}


def test_no_surface_is_in_two_rows(rows):
    seen: dict[str, str] = {}
    clash = []
    for r in rows:
        for s in _surfaces(r):
            if s in seen:
                clash.append((s, seen[s], r["name"]))
            seen[s] = r["name"]
    assert clash == []


def test_every_english_name_is_given(rows):
    # generated administrative units have one only where pinyin is obviously right (LEXICON.md)
    assert [r["name"] for r in rows if not (r["en"] or "").strip() and not _tags(r) & NO_EN_REQUIRED] == []


def test_every_source_tag_is_documented(rows):
    doc = (DATA / "LEXICON.md").read_text(encoding="utf-8")
    tags = {t for r in rows for t in _tags(r)}
    assert sorted(t for t in tags if f"`{t}`" not in doc) == []


def test_no_bare_number_alias_but_the_documented_one(rows):
    # a bare number is a quantity far more often than a name (LEXICON.md: only 360, which GUIDELINES names)
    numbers = {s for r in rows for s in _surfaces(r) if s.isdigit()}
    assert numbers == {"360"}


@pytest.mark.parametrize("word", ["微博", "友邦", "中通", "安进", "宜家", "平安", "远景", "国药"])
def test_everyday_words_are_not_surfaces(lex, word):
    # LEXICON.md, ambiguity policy: 政务微博, 友邦国家, 中通道, 平安进社区, 宜家宜业 …
    assert lex.lookup(word) is None


# -- the lexicon in several files, and the administrative divisions ----------------------

def test_lexicon_files_are_the_main_file_and_the_folder():
    files = lexicon_files()
    assert files[0] == LEXICON and ADMIN in files
    assert all(p.suffix == ".tsv" for p in files)
    assert lexicon_files(LEXICON) == [LEXICON]
    assert lexicon_files(DATA / "lexicon") == sorted((DATA / "lexicon").glob("*.tsv"))


def test_no_surface_within_a_class_is_in_two_rows(rows):
    seen: dict[tuple[str, str], str] = {}
    clash = []
    for r in rows:
        for s in _surfaces(r):
            if (r["class"], s) in seen:
                clash.append((r["class"], s, seen[(r["class"], s)], r["name"]))
            seen[(r["class"], s)] = r["name"]
    assert clash == []


@pytest.fixture(scope="module")
def admin():
    return {r["name"]: r for r in read_rows(ADMIN)}


def test_every_province_level_division_is_there(admin, lex):
    provinces = [r for r in admin.values() if r["level"] == "province"]
    assert len(provinces) == 34
    for name, short in [("浙江省", "浙江"), ("广西壮族自治区", "广西"), ("内蒙古自治区", "内蒙古"),
                        ("新疆维吾尔自治区", "新疆"), ("香港特别行政区", "香港"), ("北京市", "北京")]:
        assert lex.lookup(short, "Place").name == name
    assert lex.lookup("吉林", "Place") is None          # the province or the city: no alias


def test_every_prefecture_level_division_is_there(admin, lex):
    prefectures = {n for n, r in admin.items() if "prefecture" in r["level"].split("|")
                   and "cn-admin-codes" in _tags(r)}
    # 293 prefecture-level cities, 7 prefectures (地区), 30 autonomous prefectures, 3 leagues (盟)
    assert len(prefectures) >= 330
    for name in ["广州市", "恩施土家族苗族自治州", "阿克苏地区", "锡林郭勒盟", "三沙市", "儋州市", "那曲市",
                 "吐鲁番市", "毕节市", "铜仁市", "海东市", "日喀则市"]:
        assert name in prefectures, name
    for short, name in [("广州", "广州市"), ("恩施", "恩施土家族苗族自治州"), ("恩施州", "恩施土家族苗族自治州"),
                        ("锡林郭勒", "锡林郭勒盟"), ("延边", "延边朝鲜族自治州")]:
        assert lex.lookup(short, "Place").name == name, short
    # every prefecture has a province as parent, every county a prefecture or province
    provinces = {n for n, r in admin.items() if r["level"] == "province"}
    for n in prefectures:
        assert set(admin[n]["parent"].split("|")) <= provinces, n


def test_county_level_divisions(admin, lex):
    counties = [r for r in admin.values() if "county" in r["level"].split("|") and "cn-admin-codes" in _tags(r)]
    assert len(counties) > 2700
    for name, parent in [("拱墅区", "杭州市"), ("天河区", "广州市"), ("浦东新区", "上海市"), ("义乌市", "金华市"),
                         ("仙桃市", "湖北省"), ("鄂温克族自治旗", "呼伦贝尔市"), ("神农架林区", "湖北省")]:
        assert parent in admin[name]["parent"].split("|"), name
    # a name several units carry is one entry, its codes and parents listed
    for name in ["朝阳区", "鼓楼区", "南山区"]:
        e = lex.lookup(name, "Place")
        assert len(e.codes) >= 2 and len(e.parents) == len(set(e.parents)) >= 2, name
    assert {"北京市", "长春市"} <= set(lex.lookup("朝阳区").parents)


def test_district_short_forms_are_kept_apart(lex):
    # 天河 (天河城), 南山 (a mountain): short forms of districts are not surfaces
    for short, name in [("天河", "天河区"), ("南山", "南山区"), ("海淀", "海淀区"), ("朝阳", "朝阳区")]:
        assert name in [e.name for e in lex.by_short_form(short, "Place")], short
        assert lex.lookup(short, "Place") is None or lex.lookup(short, "Place").name != name, short
    surfaces = {s for s, _ in lex.surfaces()}
    assert not {"天河", "南山", "海淀"} & surfaces
    # the hand-checked short forms of Hangzhou's districts stay aliases
    assert lex.lookup("拱墅").name == "拱墅区"


def test_generic_and_two_character_county_names_carry_their_parent(lex):
    # 城区, 郊区, 和县, 新县 are everyday words or cut across them (市和县域, 新县城)
    surfaces = {s for s, _ in lex.surfaces()}
    assert not {"城区", "郊区", "矿区", "市中区", "新城区", "和县", "新县", "高县", "代县"} & surfaces
    assert lex.lookup("阳泉市郊区").short_forms[0] == "郊区"
    assert lex.lookup("马鞍山市和县").parents == ("马鞍山市",)


def test_former_units_and_former_names(lex):
    assert "cn-admin-former" in lex.lookup("下城区").sources     # merged into 拱墅区 in 2021
    assert lex.lookup("临安市").name == "临安区"                  # renamed, same land
    assert lex.lookup("郫都区").name == "郫都区"


def test_loader_reads_the_extra_columns(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text("name\tclass\taliases\ten\tsource\tcode\tparent\tlevel\tshort\tnote\n"
                    "鼓楼区\tPlace\t\tGulou District\ttest\t320106|350102\t南京市|福州市\tcounty\t鼓楼\tx\n"
                    "星澜科技\tEnterprise\t星澜\tXinglan\ttest\n", encoding="utf-8")
    lx = Lexicon.load(path, tmp_path / "none.tsv")
    e = lx.lookup("鼓楼区")
    assert (e.codes, e.parents, e.levels, e.short_forms) == (("320106", "350102"), ("南京市", "福州市"),
                                                              ("county",), ("鼓楼",))
    assert lx.lookup("鼓楼") is None and lx.by_short_form("鼓楼") == [e]
    assert lx.lookup("星澜").codes == () and lx.lookup("星澜").short_forms == ()
    # a folder: every TSV in it
    (tmp_path / "b.tsv").write_text("name\tclass\taliases\ten\tsource\n墨川网络\tEnterprise\t\t\ttest\n",
                                    encoding="utf-8")
    assert {e.name for e in Lexicon.load(tmp_path, tmp_path / "none.tsv").entries} == {"鼓楼区", "星澜科技", "墨川网络"}


def test_from_rows_without_extra_columns_still_works():
    lx = Lexicon.from_rows([{"name": "腾讯", "class": "Enterprise", "aliases": "", "en": "Tencent", "source": "x"}])
    assert lx.lookup("腾讯").codes == () and lx.by_short_form("腾讯") == []


def test_document_sources_still_drop_from_several_files(lex):
    from kg.lexicon import Entry
    big = Lexicon([*lex.entries, Entry("澜沧星图", "Enterprise", source="doc:a.txt")], lex.not_entities)
    assert big.lookup("澜沧星图") and big.without_document("a.txt").lookup("澜沧星图") is None
    assert len(big.without_document("a.txt").entries) == len(lex.entries)


# -- the national development zones (lexicon/national-zones.tsv, LEXICON.md) ------------

ZONES = DATA / "lexicon" / "national-zones.tsv"
ZONE_TAGS = {"cn-high-tech-zones", "cn-econ-dev-zones", "cn-new-areas", "cn-free-trade-zones",
             "cn-innovation-demo-zones", "cn-flagship-parks", "cn-bonded-zones"}


@pytest.fixture(scope="module")
def zones():
    return read_rows(ZONES)


def test_zones_file_loads(zones, lex):
    assert ZONES in lexicon_files()
    assert len(zones) > 400
    assert {r["class"] for r in zones} == {"Platform"}
    assert set().union(*(_tags(r) for r in zones)) == ZONE_TAGS
    names = {e.name for e in lex.entries if e.cls == "Platform"}
    assert {r["name"] for r in zones} <= names


@pytest.mark.parametrize("tag, low, high", [
    ("cn-high-tech-zones", 150, 180),      # 169 in 2021, less the Zhejiang ones of zj-dev-zones
    ("cn-econ-dev-zones", 170, 232),       # ~230, less the Zhejiang ones and those left out
    ("cn-new-areas", 14, 19),              # 19, less the districts and the curated Places
    ("cn-free-trade-zones", 21, 90),       # 21 pilot zones (Zhejiang's elsewhere), their areas
    ("cn-innovation-demo-zones", 15, 23),
    ("cn-flagship-parks", 5, 20),
    ("cn-bonded-zones", 1, 20),            # a handful: not the ~160 one by one
])
def test_zones_counts_per_tag(zones, tag, low, high):
    n = sum(tag in _tags(r) for r in zones)
    assert low <= n <= high, (tag, n)


def test_zones_the_pilot_free_trade_zones(rows):
    ftz = {r["name"] for r in rows if r["class"] == "Platform"
           and r["name"].startswith("中国（") and r["name"].endswith("）自由贸易试验区")}
    assert len(ftz) == 22                   # 21 of 2013-2020 and 新疆 (2023), 浙江 in lexicon.tsv


def test_no_zone_surface_is_a_place(zones, admin, rows):
    # no alias is a Place's name, alias or short form: a bare city (武汉) or district (滨海新区) is none
    place = {s for r in rows if r["class"] == "Place" for s in _surfaces(r)}
    place |= {s for r in admin.values() for s in (r["short"] or "").split("|") if s}
    assert sorted(s for r in zones for s in _surfaces(r) if s in place) == []
    # nor a short form of a zone that is a place, lake or firm too
    assert sorted(s for r in zones for s in _split_cell(r["short"]) if s in place) == []


def test_no_surface_in_two_platforms(rows):
    seen: dict[str, str] = {}
    clash = []
    for r in rows:
        if r["class"] != "Platform":
            continue
        for s in _surfaces(r):
            if s in seen:
                clash.append((s, seen[s], r["name"]))
            seen[s] = r["name"]
    assert clash == []


def _split_cell(cell):
    return [a for a in (cell or "").split("|") if a]


def test_zones_parents_are_administrative_units(zones, admin):
    bad = [(r["name"], p) for r in zones for p in _split_cell(r["parent"]) if p not in admin]
    assert bad == []
    assert all(r["parent"] for r in zones)


@pytest.mark.parametrize("surface, name", [
    ("光谷", "武汉东湖新技术开发区"), ("中国光谷", "武汉东湖新技术开发区"), ("东湖高新区", "武汉东湖新技术开发区"),
    ("中关村国家自主创新示范区", "中关村科技园区"), ("张江高新区", "上海张江高新技术产业开发区"),
    ("合肥高新区", "合肥高新技术产业开发区"), ("北京经开区", "北京经济技术开发区"), ("北京亦庄", "北京经济技术开发区"),
    ("TEDA", "天津经济技术开发区"), ("江北新区", "南京江北新区"), ("两江新区", "重庆两江新区"),
    ("上海自贸区", "中国（上海）自由贸易试验区"), ("临港新片区", "中国（上海）自由贸易试验区临港新片区"),
    ("苏南自创区", "苏南国家自主创新示范区"), ("苏州工业园", "苏州工业园区"), ("横琴合作区", "横琴粤澳深度合作区"),
])
def test_zones_lookup(lex, surface, name):
    e = lex.lookup(surface, "Platform")
    assert e is not None and e.name == name, surface


def test_zones_keep_places_and_ambiguous_short_forms_apart(lex):
    # new areas that are county-level districts stay Places; a bare city is a Place only
    for w in ["浦东新区", "滨海新区", "武汉", "合肥", "南沙区"]:
        assert lex.lookup(w, "Platform") is None, w
        assert lex.lookup(w, "Place") is not None, w
    # nicknames that are places, lakes or firms too: short forms, no surfaces
    for short, name in [("张江", "上海张江高新技术产业开发区"), ("亦庄", "北京经济技术开发区"),
                        ("泰达", "天津经济技术开发区"), ("中关村", "中关村科技园区")]:
        assert lex.lookup(short) is None, short
        assert [e.name for e in lex.by_short_form(short, "Platform")] == [name], short
    # the Zhejiang zones of lexicon.tsv are not repeated
    assert lex.lookup("杭州高新区").sources == ("zj-dev-zones",)
