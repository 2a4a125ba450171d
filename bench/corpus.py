"""A benchmark corpus of any size whose distinct entities grow with it.

Repeating the bundled documents gives a large corpus with the same 301
entities however large it grows, so linking and the store never meet the
name counts of a real archive.  Here copy *i* of every source document (the
bundled corpus and, when it is beside the repository, the ten cities
documents: work reports, press conferences, newspaper pages and park
profiles of ten cities) has the names of its firms, projects, parks,
institutions, districts and places varied: every name the extractor found in
the sources by a rule (not from the lexicon: national names recur in a real
archive too), three characters or longer, has its first two characters
replaced by a pair drawn for that copy.  The pair depends only on the two
characters it replaces, so names that share a start keep sharing it
(华东医药 and 华东医药生命科学产业园 stay an owner and its park).

How often a new pair is drawn follows Heaps' law: in copy *i* a name takes
one of about ``(i + 1) ** BETA`` variants, so the distinct entities of the
corpus grow like its size to the power BETA, as the vocabulary of a real
archive does, rather than linearly.  Every document is unique (a copy equal to
an earlier one gets a different variant), so no build can reuse the work of
one document for another.

    >>> variant("华东医药生命科学产业园", 0)
    '华东医药生命科学产业园'
"""
from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "corpus", ROOT.parent / "shared" / "eval" / "cities" / "corpus")

# the growth exponent of distinct names (Heaps' law; real text: 0.4-0.8)
BETA = 0.7
# the characters a varied name starts with: common in Chinese firm and place names
POOL = ("华星海川禾澜墨云瑞恒泰盛达丰宏嘉晟博润鼎鑫源远航致新康宁安和平兴隆昌明光辉"
        "金银玉石松柏桐枫竹兰梅青蓝紫翠景湖江河山峰岭溪泉港湾洲岛城乡东南西北中天地"
        "龙凤鹏鹤麒麟长永久福寿喜乐德仁义信智勇诚正通达汇聚联合创启望阳晨曦晓朗")
MANIFEST_FIELDS = ["file", "title", "date", "kind"]
CLASSES = ("Enterprise", "Institution", "Project", "Platform", "CommercialDistrict", "Place")


def _draw(*parts: object) -> float:
    """A number in [0, 1) fixed by ``parts``."""
    h = hashlib.blake2b("\x1f".join(map(str, parts)).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(h, "big") / 2 ** 64


def _pair(prefix: str, copy: int, salt: int = 0) -> str:
    """The two characters that replace ``prefix`` in copy ``copy``: its original in
    about one copy in ``(copy + 1) ** BETA``, else one of as many variants."""
    v = int(_draw("variant", prefix, copy, salt) * (copy + 1) ** BETA)
    if v == 0 and not salt:
        return prefix
    n = len(POOL)
    k = int(_draw("pair", prefix, v, salt) * n * n)
    return POOL[k // n] + POOL[k % n]


def variant(name: str, copy: int, salt: int = 0) -> str:
    """``name`` as copy ``copy`` writes it."""
    return _pair(name[:2], copy, salt) + name[2:]


def varied_names(sources: list[Path]) -> list[str]:
    """The names to vary: those the extractor finds in ``sources`` by a rule."""
    from kg.pipeline import extract
    from kg.rules import load_rules
    heads = load_rules().heads
    names = set()
    for src in sources:
        ex, _, _ = extract(src, workers=1)
        for e in ex.entities.values():
            if e.cls not in CLASSES:
                continue
            for m in e.mentions:
                s = m.surface
                if m.rule != "lexicon" and len(s) >= 3 and s not in heads and re.fullmatch(r"[\u4e00-\u9fff]+", s):
                    names.add(s)
    return sorted(names, key=lambda n: (-len(n), n))


def make_corpus(dest: Path, mb: float, sources: list[Path] | None = None) -> dict:
    """Fill ``dest`` with varied copies of the documents of ``sources`` up to ``mb``
    MB (10**6 bytes); returns counts.  A manifest.csv gives every copy the
    title, date and kind of its original (the title varied like the text)."""
    sources = [s for s in (sources or SOURCES) if s.is_dir()]
    docs = []
    for src in sources:
        meta = read_manifest(src)
        for p in sorted(src.iterdir()):
            if p.suffix.lower() in (".txt", ".md"):
                docs.append((p.name, p.read_text(encoding="utf-8"), meta.get(p.name, {})))
    if not docs:
        raise SystemExit(f"bench: no documents in {', '.join(map(str, sources))}")
    names = varied_names(sources)
    pattern = re.compile("|".join(map(re.escape, names)))
    target = int(mb * 1_000_000)
    dest.mkdir(parents=True, exist_ok=True)
    rows, seen, total, i = [], set(), 0, 0
    while total < target:
        for name, text, m in docs:
            if total >= target:
                break
            salt = 0
            while True:
                def swap(mt, salt=salt):
                    return variant(mt.group(), i, salt)
                # (a text with no name to vary differs by its trailing newlines)
                body = pattern.sub(swap, text) + "\n" * salt
                digest = hashlib.sha1(body.encode("utf-8")).digest()
                if digest not in seen:
                    break
                salt += 1           # the same as an earlier copy: draw other variants
            seen.add(digest)
            copy = f"{i:05d}_{name}"
            data = body.encode("utf-8")
            (dest / copy).write_bytes(data)
            rows.append({"file": copy, "title": pattern.sub(swap, m.get("title", "")),
                         "date": m.get("date", ""), "kind": m.get("kind", "")})
            total += len(data)
        i += 1
    write_manifest(dest, rows)
    return {"documents": len(rows), "bytes": total, "copies": i, "sources": [str(s) for s in sources],
            "source_documents": len(docs), "varied_names": len(names)}


# ---------------------------------------------------------------- names for timing linking alone

def source_uses(sources: list[Path] | None = None) -> dict:
    """The names of the source documents as a build sums them up for linking:
    (class, name) -> kg.link.NameUse, over every mention the extractor finds
    (lexicon names included)."""
    from kg.link import merge_uses, uses
    from kg.pipeline import extract
    sources = [s for s in (sources or SOURCES) if s.is_dir()]
    total: dict = {}
    position = 0
    for src in sources:
        ex, _, _ = extract(src, workers=1)
        by_doc: dict[str, list] = {}
        for e in ex.entities.values():
            for m in e.mentions:
                by_doc.setdefault(m.doc_id, []).append(m)
        for doc_id in sorted(by_doc):
            ms = sorted(by_doc[doc_id], key=lambda m: (m.sentence, m.start, m.end))
            merge_uses(total, uses(ms, position))
            position += 1
    return total


def _copy_pair(prefix: str, copy: int) -> str:
    """The two characters that replace ``prefix`` in name copy ``copy`` (>= 1):
    a fresh draw per copy, so every copy brings new names."""
    n = len(POOL)
    k = int(_draw("names", prefix, copy) * n * n)
    return POOL[k // n] + POOL[k % n]


def _vary_as(s: str, prefix: str, pair: str) -> str:
    """``s`` (a name, a surface or a short form of a name starting with ``prefix``)
    as the copy that writes ``prefix`` as ``pair`` writes it: the start replaced,
    or only the first character when ``s`` shares only that (数产园 of 数字经济产业园)."""
    if s.startswith(prefix):
        return pair + s[len(prefix):]
    if s[:1] == prefix[:1]:
        return pair[0] + s[1:]
    return s


def _short_form(name: str, draw: float) -> str | None:
    """An abbreviation of ``name`` as a text writes one: its first character, one
    of its middle characters and its last (数字经济产业园 -> 数产园)."""
    if len(name) < 5 or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
        return None
    middle = 1 + int(draw * (len(name) - 2))
    return name[0] + name[middle] + name[-1]


def link_name_set(n: int, base: dict | None = None, lexicon=None, short_share: float = 0.3,
                  declared_share: float = 0.3) -> dict:
    """``n`` distinct names of a corpus, summed up for linking ((class, name) ->
    kg.link.NameUse), made like bench corpora are: copy 0 is the names of the
    source documents (``base``, default `source_uses`), copy *i* varies every
    name the lexicon does not know by replacing its first two characters with a
    pair drawn for the copy (names sharing a start keep sharing it, so an owner
    and its park stay related; surfaces and declared aliases are varied alike),
    and the lexicon's names and the other classes' (industry tracks) recur.  About ``short_share`` of
    the varied names of five characters or more also come with an abbreviation
    used as a name of its own (星产园 beside 星澜经济产业园), and ``declared_share``
    of those are declared by the text too (简称), so blocking and `why_same`
    have real pairs to decide.  The classes are those of the sources
    (Enterprise, Project, Platform, Institution, Place, ...)."""
    from kg.link import NameUse, merge_uses
    if lexicon is None:
        from kg.lexicon import default_lexicon
        lexicon = default_lexicon()
    base = base if base is not None else source_uses()
    known = {k for k in base if lexicon.lookup(k[1], k[0])}
    varied = sorted(k for k in base if k[0] in CLASSES and k not in known and len(k[1]) >= 3)
    total: dict = {}

    def add(u) -> None:
        merge_uses(total, {(u.cls, u.name): u})

    for k in sorted(base):
        add(base[k])
    copy = 0
    while len(total) < n:
        copy += 1
        for cls, name in varied:
            u = base[(cls, name)]
            prefix = name[:2]
            pair = _copy_pair(prefix, copy)
            new = pair + name[2:]
            first = (copy * 1000 + u.first[0], *u.first[1:]) if u.first else (copy * 1000, 0, "", 0)
            aliases = {_vary_as(a, prefix, pair) for a in u.aliases}
            short = None
            if _draw("short", cls, name, copy) < short_share:
                short = _short_form(new, _draw("middle", cls, name, copy))
                if short and _draw("declared", cls, name, copy) < declared_share:
                    aliases.add(short)
            add(NameUse(cls, new, u.count, {_vary_as(s, prefix, pair) for s in u.surfaces}, aliases,
                        set(u.extra), first))
            if short and short != new:
                add(NameUse(cls, short, 1, {short}, set(), set(), (first[0], first[1] + 1, *first[2:])))
    # exactly n: the last copy's names beyond n are left out
    keep = sorted(total, key=lambda k: (total[k].first, k))[:n]
    return {k: total[k] for k in keep}


def repeat_corpus(dest: Path, mb: float, sources: list[Path], suffixes: tuple[str, ...] = (".txt", ".md")) -> dict:
    """Fill ``dest`` with unchanged copies of the documents of ``sources`` up to
    ``mb`` MB: copy *i* of each is ``<iiii>_<name>``, round-robin (the entities
    stay the same however large the corpus grows); returns counts."""
    data, meta = [], {}
    for source in sources:
        meta.update(read_manifest(source))
        data += [(p.name, p.read_bytes()) for p in sorted(source.iterdir()) if p.suffix.lower() in suffixes]
    if not data:
        raise SystemExit(f"no documents in {', '.join(map(str, sources))}")
    target = int(mb * 1_000_000)
    dest.mkdir(parents=True, exist_ok=True)
    rows, total, i = [], 0, 0
    while total < target:
        for name, content in data:
            if total >= target:
                break
            copy = f"{i:04d}_{name}"
            (dest / copy).write_bytes(content)
            m = meta.get(name, {})
            rows.append({"file": copy, **{k: m.get(k, "") for k in MANIFEST_FIELDS[1:]}})
            total += len(content)
        i += 1
    write_manifest(dest, rows)
    return {"documents": len(rows), "bytes": total, "copies": i, "source_documents": len(data)}


def read_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """file name -> its manifest.csv row, for a folder that has one."""
    if not (folder / "manifest.csv").exists():
        return {}
    with (folder / "manifest.csv").open(encoding="utf-8", newline="") as f:
        return {row["file"]: row for row in csv.DictReader(f)}


def write_manifest(dest: Path, rows: list[dict[str, str]]) -> None:
    with (dest / "manifest.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=MANIFEST_FIELDS)
        w.writeheader()
        w.writerows(rows)
