"""The fast paths of extraction give what the plain ones give.

Each test runs a shortcut and the straightforward computation it replaces on
invented text, and compares them.
"""
from __future__ import annotations

import re

import pytest

from kg.columns import width
from kg.matcher import Matcher, Thing, _Words
from kg.model import Document, RawDocument
from kg.normalise import normalise, to_document
from kg.repeats import drop_repeats
from kg.rules import load_rules
from kg.sentences import _rules, sentence_spans, split_sentences

LINES = [
    "",
    "青禾区今年新签约项目十二个。其中星澜科技总部项目已开工！",
    "他说：“开年即冲刺！首季即决战”然后走了。",
    "墨川网络……新青禾成立以来发展很快；产值增长1.5?   下一句",
    "“第一句。第二句。”他说。",
    "引号没有闭合“一直到行尾。仍在引号里",
    "A; B and 1.5? then; 青禾",
    "……开头就是省略号……。",
    "“”“”《》（）",
    " 甲。 乙? 丙 ",
]


def _slow_spans(line: str) -> list[tuple[int, int]]:
    """sentence_spans as it was written first: a walk over every character."""
    from kg.sentences import ELLIPSIS, _may_cut
    rules = _rules()
    spans, stack = [], []
    for i, ch in enumerate(line):
        if ch in rules.openers:
            stack.append((i, rules.openers[ch]))
        elif stack and ch == stack[-1][1]:
            spans.append((stack.pop()[0], i + 1))
    quotes = spans + [(start, len(line)) for start, _ in stack]
    cuts, i = [0], 0
    while i < len(line):
        ch = line[i]
        if line.startswith(ELLIPSIS, i):
            end = i + len(ELLIPSIS)
            while end < len(line) and line[end] == ELLIPSIS[0]:
                end += 1
            if end < len(line) and rules.cjk.match(line[end]) and _may_cut(line, i, end, quotes, rules):
                cuts.append(end)
            i = end
            continue
        if ch not in rules.terminators and ch not in rules.ascii_terminators:
            i += 1
            continue
        last = end = i + 1
        while end < len(line) and (line[end] in rules.terminators or line[end] in rules.ascii_terminators
                                   or line[end] in rules.closers):
            end += 1
            if line[end - 1] not in rules.closers:
                last = end
        if _may_cut(line, last - 1, end, quotes, rules):
            cuts.append(end)
        i = end
    cuts.append(len(line))
    out = []
    for start, end in zip(cuts, cuts[1:]):
        while start < end and line[start].isspace():
            start += 1
        while end > start and line[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((start, end))
    return out


@pytest.mark.parametrize("line", LINES)
def test_sentence_spans_as_the_character_walk(line):
    assert sentence_spans(line) == _slow_spans(line)


def test_width_as_the_sum():
    for text in ["", "青禾", "ab", "青禾ab 1.5%", "ｆｕｌｌ　width", "\t\n"]:
        assert width(text) == sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def test_to_document_as_normalise_then_split():
    a, b = "甲说了一句很长很长很长很长的话。", "乙也说了一句很长很长很长很长的话。"
    raw_text = f"标题\n\n{a}{b}\n\n丙开头不同。{b}\n\n{a}{b}\n\n“引号里。还在。”他说。"
    doc = to_document(RawDocument("d.txt", "d.txt", raw_text, "utf-8"))
    text = normalise(raw_text)
    assert doc.text == text == drop_repeats(text)
    assert doc.sentences == split_sentences("d.txt", text)


# ---------------------------------------------------------------- matcher

PATTERNS = [
    {"name": "located", "relation": "locatedIn", "subject": "a", "object": "b",
     "pattern": [{"class": ["Enterprise"], "slot": "a", "list": True},
                 {"words": ["签约"], "op": "?"}, {"words": ["落户", "落户于"]},
                 {"class": ["Place"], "slot": "b"}]},
    {"name": "overlap", "relation": "locatedIn", "subject": "a", "object": "b",
     "pattern": [{"class": ["Project"], "slot": "a"}, {"words": ["户于"]}, {"class": ["Place"], "slot": "b"}]},
    {"name": "home", "relation": "locatedIn", "subject": "a", "object": "@home",
     "pattern": [{"class": ["Project"], "slot": "a"}, {"gap": 4}, {"words": ["开工"]}]},
    {"name": "optional", "relation": "ownedBy", "subject": "a", "object": "b",
     "pattern": [{"class": ["Project"], "slot": "a"}, {"words": ["由"], "op": "*"},
                 {"class": ["Enterprise"], "slot": "b", "home": True}]},
]


def _plain_matches(m: Matcher, text: str, things: list[Thing]):
    """Every pattern tried, as before the prefilter."""
    from kg.matcher import mask
    masked, who, where = mask(text, things, [mt.span() for a in m.asides for mt in a.finditer(text)])
    return [(p.name, where[mt.start()], where[mt.end()]) for p in m.patterns for mt in p.regex.finditer(masked)]


@pytest.mark.parametrize("text,things", [
    ("星澜科技、墨川网络签约落户青禾区", [Thing(0, 4, ("Enterprise",)), Thing(5, 9, ("Enterprise",)),
                                       Thing(13, 16, ("Place",))]),
    ("星澜项目落户于青禾区", [Thing(0, 4, ("Project",)), Thing(7, 10, ("Place",))]),
    ("星澜项目今天开工", [Thing(0, 4, ("Project",))]),
    ("星澜项目由墨川网络建设", [Thing(0, 4, ("Project",)), Thing(5, 9, ("Enterprise",), home=True)]),
    ("星澜项目墨川网络", [Thing(0, 4, ("Project", "Platform")), Thing(4, 8, ("Enterprise",))]),
    ("没有任何名字落户于此", []),
])
def test_prefilter_keeps_every_match(text, things):
    m = Matcher(PATTERNS)
    got = [(h.pattern.name, h.start, h.end) for h in m.matches(text, things)]
    assert got == _plain_matches(m, text, things)


def test_relation_patterns_prefilter_on_invented_sentences():
    from kg.relate.patterns import default_matcher
    m = default_matcher()
    sentences = [
        ("星澜科技签约落户青禾区", [Thing(0, 4, ("Enterprise",)), Thing(8, 11, ("Place",), home=True)]),
        ("墨川智造产业园由星澜集团投资建设", [Thing(0, 7, ("Platform",)), Thing(8, 12, ("Enterprise",))]),
        ("青禾区引进星澜科技、墨川网络等数字经济企业", [Thing(0, 3, ("Place",), home=True),
                                            Thing(5, 9, ("Enterprise",)), Thing(10, 14, ("Enterprise",)),
                                            Thing(15, 19, ("IndustryTrack",))]),
    ]
    for text, things in sentences:
        got = [(h.pattern.name, h.start, h.end) for h in m.matches(text, things)]
        assert got == _plain_matches(m, text, things)


def test_word_automaton_as_regex_searches():
    words = ["落户", "落户于", "户于", "青禾", "禾区"]
    w = _Words(words, [1 << i for i in range(len(words))])
    for text in ["落户于青禾区", "落户", "户", "", "青禾禾区户于"]:
        expect = sum(1 << i for i, word in enumerate(words) if word in text)
        assert w.bits(text) == w.slow_bits(text) == expect


def test_head_of_as_every_length():
    rules = load_rules()

    def slow(name):
        for n in range(min(rules.max_head, len(name) - 1), 0, -1):
            h = rules.heads.get(name[-n:])
            if h:
                return h
        return None
    for name in ["", "园", "产业园", "青禾产业园", "青禾智能制造产业园区", "星澜总部", "墨川科技有限公司", "青禾路"]:
        assert rules.head_of(name) is slow(name)


def test_head_of_kept_as_worked_out(monkeypatch):
    """Rules.head_of keeps its answers (and starts again past HEAD_OF_MEMO names): asked
    twice, or with a memo of two names, it answers as the walk does."""
    import kg.rules_model
    rules = load_rules()
    names = ["", "园", "产业园", "青禾产业园", "青禾智能制造产业园区", "星澜总部", "墨川科技有限公司", "青禾路", "无头名"]
    for name in names * 2:
        assert rules.head_of(name) is rules._head_of(name)
    monkeypatch.setattr(kg.rules_model, "HEAD_OF_MEMO", 2)
    rules._head_of_memo.clear()
    for name in names * 2:
        assert rules.head_of(name) is rules._head_of(name)
        assert len(rules._head_of_memo) <= 2


# ---------------------------------------------------------------- recogniser

def test_second_reading_as_a_full_one(monkeypatch):
    """A sentence read again for the document's names gives what reading it
    from the start with them gives."""
    from kg.lexicon import Lexicon
    from kg.recognise import Recogniser
    text = ("星澜科技、墨川网络、青禾智造等12家数字经济领军企业签约落户青禾区。"
            "墨川网络今年营收增长。青禾智造正式投产，星澜科技（以下简称“星澜”）扩产。"
            "星澜新建研发中心，墨川网络和青禾智造参与。")
    sents = split_sentences("d.txt", text)
    doc = Document("d.txt", text, sents)
    r = Recogniser(Lexicon.from_rows([]))
    fast = r.document_mentions(doc)
    monkeypatch.setattr(Recogniser, "_names_split", lambda self: None)
    slow = r.document_mentions(doc)
    assert fast == slow
    assert any(m.rule == "document-name" for m in fast)


def test_literal_search_as_re():
    from kg.recognise.text import find_all
    for word, text in [("青禾", "青禾青禾区青"), ("青禾", "无"), ("a.b", "a.b axb"), ("", "ab"),
                       ("青青", "青青青青青"), ("aba", "ababababa"), ("禾", "禾")]:
        found, expect = list(find_all(word, text)), list(re.finditer(re.escape(word), text))
        assert [m.span() for m in found] == [m.span() for m in expect]
        assert [(m.start(), m.end(), m.group()) for m in found] == [(m.start(), m.end(), m.group()) for m in expect]


def _plain_trig_block(lines, graph):
    """trig_block as it was first written: every triple parsed, then rebuilt as a quad."""
    import pyoxigraph as ox
    from kg.emit import PREFIXES
    if not lines:
        return b""
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    g = ox.NamedNode(graph) if graph else ox.DefaultGraph()
    quads = (ox.Quad(t.subject, t.predicate, t.object, g) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    out = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    return out[out.index(b"\n", out.rindex(b"@prefix ")) + 1:]


def test_trig_block_as_rebuilt_quads():
    from kg.emit import KGO, KGR
    from kg.graphs import trig_block
    e, s = f"<{KGR}Enterprise/星澜科技>", f"<{KGR}doc/000_青禾/s/3>"
    lines = sorted({
        f"{e} <{KGO}mentionedIn> {s} .",
        f'{e} <{KGO}recognisedBy> "head:总部" .',
        f'{s} <{KGO}text> "他说：“结尾有句点.” 还有\\"引号\\"和\\\\斜线." .',
        f'{s} <{KGO}index> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .',
        f'{e} <http://www.w3.org/2000/01/rdf-schema#label> "Xinglan Tech."@en .',
        f"{e} <{KGO}partOf> <{KGR}Place/青禾%2E> .",
        f"_:b0 <{KGO}note> \"空白节点\" .",
        f'{s} <{KGO}confidence> "0.95"^^<http://www.w3.org/2001/XMLSchema#decimal>.',
        f"{e} <{KGO}mentionedIn> <{KGR}doc/000_青禾/s/12> .",
        f'{s} <{KGO}text> "第一行\\n第二行\\r" .',
        f'{s} <{KGO}planned> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .',
        f"<urn:x:y> <{KGO}partOf> _:b0 .",
    })
    for graph in (f"{KGR}doc/000_青禾", f"{KGR}doc/a%20b", f"{KGR}doc/a.b(c)-", "urn:x:g", None):
        assert trig_block(lines, graph) == _plain_trig_block(lines, graph)
    assert trig_block([], f"{KGR}doc/x") == b""


SENTENCES = [
    "星澜科技与墨川网络在青禾区青禾街道共建数字经济产业园。",
    "2023年青禾市实现生产总值1.5万亿元,A-B公司投资360亿元建设360度全景项目。",
    "杭州市拱墅区、上海市浦东新区和亚洲各国企业参加“数字贸易博览会”。",
    "中国特色、长三角一体化、健康中国：生物医药产业、集成电路产业与人工智能赛道。",
    "hello world 6.5% 1-11月，腾讯、阿里巴巴杭州总部落户。",
    "",
]


def _recogniser():
    from kg.lexicon import Lexicon, default_lexicon
    from kg.recognise import Recogniser
    lex = default_lexicon()
    rows = [{"name": "星澜科技", "class": "Enterprise"}, {"name": "墨川网络", "class": "Enterprise"},
            {"name": "青禾区", "class": "Place"}, {"name": "青禾街道", "class": "Place"},
            {"name": "360", "class": "Enterprise"}, {"name": "亿元建", "class": "Project"}]
    return Recogniser(Lexicon(lex.entries + Lexicon.from_rows(rows).entries, lex.not_entities))


@pytest.mark.parametrize("text", SENTENCES)
def test_lexicon_runs_by_automaton_as_the_walk(text):
    from kg.recognise import Context
    from kg.recognise.known import runs, walk_runs
    r = _recogniser()
    toks = r.seg.tokens(text)
    assert "".join(t.text for t in toks) == text        # the automaton reads the text for the tokens
    ctx = Context(text, toks, "d#0", r.lex, r.rules, r.seg, r.tables)
    fast = runs(ctx)
    assert fast == walk_runs(ctx)
    if "星澜科技" in text:
        assert any(s == "星澜科技" for _, _, s in fast)


@pytest.mark.parametrize("pattern", [
    load_rules().enum_counter, r"[0-9]+个$", r"(?:一批|等(?:[二三]大)?)$", r"a(?:bc|d)*$", r"(?:x|y+?)z{0,2}$",
    r"ab$", r"a$|b$", r"[a-c]\Z", r"个(?:家)?$", r"(?:a$|(?:b|c$)$)"])
def test_last_chars_as_every_search(pattern):
    """A search ending where the text ends fails whenever the text's last character
    is not one `last_chars` gives."""
    from kg.recognise.text import last_chars
    last = last_chars(pattern)
    assert last is not None
    rx = re.compile(pattern)
    alphabet = "abcdxyz等个家批大二三一0123\n项类"
    texts = ["".join(alphabet[(i * 7 + k * 3) % len(alphabet)] for k in range(n))
             for i in range(60) for n in range(0, 6)]
    texts += ["等12个", "一批", "等三大", "推动一大批", "等\n", "abc\n", "xyzz", "青禾等", "个家"]
    for t in texts:
        for end in range(len(t) + 1):
            if rx.search(t, max(0, end - 24), end):
                assert t[end - 1:end] in last, (pattern, t, end)


def test_last_chars_gives_up():
    from kg.recognise.text import last_chars
    for pattern in [r"a|b?$", r"(?i)ab$", r"a\w$", r"[^x]$", r"ab(?=c)$", r"x*$", r"(a)\1$", r"a\b$", ".$",
                    r"a$|b", r"ab", r"(?:a$)b", r"a$b?"]:
        assert last_chars(pattern) is None, pattern


@pytest.mark.parametrize("text", [
    "星澜科技、墨川网络、青禾智造等12家数字经济领军企业签约落户。",
    "主攻“智能网联、合成材料”主导产业，推动一批重点项目。",
    "签约项目共有三个，分别为青禾广场、墨川中心和星澜园区等重点项目。",
    "青禾、墨川等“专精特新”企业和等软件和信息服务企业",
    "企业", "等企业", "个企业",
])
def test_enumerations_with_and_without_the_counter_prefilter(text, monkeypatch):
    from kg.recognise import Context
    from kg.recognise.enumerations import enumerations
    r = _recogniser()
    ctx = Context(text, r.seg.tokens(text), "d#0", r.lex, r.rules, r.seg, r.tables)
    fast = [vars(c) for c in enumerations(ctx)]
    monkeypatch.setattr(r.tables, "counter_last", None)
    assert fast == [vars(c) for c in enumerations(ctx)]


@pytest.mark.parametrize("text", SENTENCES + [
    "纯中文句子没有任何西文字符", "A1B2 C3", "a.b", "x-y", "6.5%", "1-11月", "星澜AI", "AI、5G、IoT", "a b",
    "“A”", "Ａ－Ｂ", "2023年1月", "e-commerce电商", "\t缩进", "句末.", ".开头"])
def test_segmenter_without_ascii_recut_as_with_it(text, monkeypatch):
    """A text the mixed-ASCII test passes over gets the tokens the recutting loop gives."""
    import kg.segment as segment
    from kg.segment import Segmenter, available_backends
    if "rjieba" not in available_backends():
        pytest.skip("rjieba is not installed")
    seg = Segmenter([("星澜", "nt")], backend="rjieba")
    fast = seg.tokens(text)
    monkeypatch.setattr(segment, "_ASCII_MIXED", re.compile(r"(?s:.)|^"))    # every text recut
    assert fast == seg.tokens(text)
    assert "".join(t.text for t in fast) == text
    ends = [t.end for t in fast]
    assert ends == sorted(set(ends))


# ---------------------------------------------------------------- relate

RELATE_TEXTS = [
    "青禾区聚焦数字经济、生命健康两大产业。星澜科技、墨川网络等数字经济龙头企业落户青禾区，"
    "星澜科技总部项目位于青禾街道。\n本区将加快推进青禾智能产业园建设，引进墨川网络华东总部。",
    "生物医药产业蓬勃发展，青禾药业、星澜生物和墨川医疗签约落户。青禾小镇的星澜广场、墨川中心等项目开工。"
    "“数字贸易”“智能制造”企业集聚；以青禾科技园和星澜港为平台，打造未来产业新高地。",
]


def _relations_of(texts):
    from kg.lexicon import default_lexicon
    from kg.link import link
    from kg.relate import relate
    r = _recogniser()
    docs = [to_document(RawDocument(f"d{i}.txt", f"d{i}.txt", t, "utf-8")) for i, t in enumerate(texts)]
    mentions = {d.doc_id: r.document_mentions(d) for d in docs}
    entities = link([m for d in docs for m in mentions[d.doc_id]], default_lexicon())
    return relate(docs, mentions, entities)


def test_relations_with_lists_made_once_per_sentence_as_every_time(monkeypatch):
    import importlib
    from kg.relate import base
    fast = _relations_of(RELATE_TEXTS)
    calls = []

    def every_time(c, text, ms):
        calls.append(text)
        return base.plain_lists(c, text, ms)
    for name in ("located", "parts", "tracks"):
        monkeypatch.setattr(importlib.import_module(f"kg.relate.{name}"), "lists", every_time)
    assert fast == _relations_of(RELATE_TEXTS)
    assert calls and fast


def test_lists_are_made_again_for_other_items():
    from kg.relate.base import Collector, Item, lists, plain_lists
    from kg.model import Entity, Mention
    text = "星澜科技、墨川网络和青禾药业"
    ents = {k: Entity(k, "Enterprise", k) for k in ("星澜科技", "墨川网络", "青禾药业")}
    ms = [Item(Mention("d", 0, a, a + 4, text[a:a + 4], "Enterprise", text[a:a + 4], "x"), text[a:a + 4], "Enterprise")
          for a in (0, 5, 10)]
    c = Collector(ents)
    first = lists(c, text, ms)
    assert first == plain_lists(c, text, ms) and len(first[0]) == 3
    assert lists(c, text, ms) is first
    fewer = ms[:2]
    assert lists(c, text, fewer) == plain_lists(c, text, fewer)
    ms.pop()                            # the same list, changed
    assert lists(c, text, ms) == plain_lists(c, text, ms)
    assert lists(c, "星澜科技与墨川网络和青禾药业", ms) == plain_lists(c, "星澜科技与墨川网络和青禾药业", ms)


@pytest.mark.parametrize("text", ["青禾", 'he said "hi"', "a\\b", "line\nbreak", "cr\rlf", "", 2023, "“引号”", '\\"'])
def test_literal_without_translate_as_with_it(text):
    from kg.emit.terms import ESCAPES, lit
    plain = '"' + str(text).translate(ESCAPES) + '"'
    assert lit(text) == plain
    assert lit(text, "zh") == plain + "@zh"
    assert lit(text, datatype="http://www.w3.org/2001/XMLSchema#string") == \
        plain + "^^<http://www.w3.org/2001/XMLSchema#string>"


# ---------------------------------------------------------------- recognise

HEAD_SENTENCES = SENTENCES + [
    "推进青禾智能产业园建设，星澜科技杭州总部和墨川生命科学产业园开工。",
    "青禾新区管委会与云溪公园、墨川路星级美食街区签约。",
    "年产5万台新能源汽车项目及第6代面板生产基地二期、12英寸晶圆厂。",
    "区老年健康服务中心、青禾市人才交流服务中心和墨川大学附属医院",
    "园园区园区区中心中心心", "产业园", "a园",
]


def _ctx(r, text):
    from kg.recognise import Context
    return Context(text, r.seg.tokens(text), "d#0", r.lex, r.rules, r.seg, r.tables)


@pytest.mark.parametrize("text", HEAD_SENTENCES)
def test_head_ends_by_automaton_as_the_walk(text, monkeypatch):
    from kg.recognise.heads import head_ends, head_ends_walk, heads
    r = _recogniser()
    ctx = _ctx(r, text)
    assert head_ends(ctx) == head_ends_walk(ctx)
    fast = [vars(c) for c in heads(ctx)]
    monkeypatch.setattr(r.tables, "head_automaton", None)
    assert fast == [vars(c) for c in heads(ctx)]


@pytest.mark.parametrize("text", HEAD_SENTENCES + ["投资360亿元，第3批12个项目开工", "5G、20个"])
def test_stops_by_the_word_table_as_plain(text):
    from kg.recognise.name_stops import stops, stops_plain
    r = _recogniser()
    ctx = _ctx(r, text)
    for _ in range(2):              # the second time from the table
        for t in ctx.toks:
            assert stops(ctx, t, len(text)) == stops_plain(ctx, t, len(text)), t


@pytest.mark.parametrize("text", HEAD_SENTENCES + ["五一路青石湾八角湾", "重点产业园"])
def test_proper_by_the_span_table_as_plain(text):
    from kg.recognise import proper_words as context
    r = _recogniser()
    ctx = _ctx(r, text)
    spans = [text[a:b] for a in range(len(text)) for b in range(a + 1, min(len(text), a + 8) + 1)]
    for _ in range(2):              # the second time from the table
        for span in spans:
            assert context.proper(ctx, span) == context.proper_plain(ctx, span), span
    assert set(spans) <= set(ctx.tables.proper_spans)


def test_proper_span_table_bounded(monkeypatch):
    from kg.recognise import proper_words as context
    r = _recogniser()
    ctx = _ctx(r, "青禾智能产业园")
    monkeypatch.setattr(context, "_PROPER_SPANS_MAX", 3)
    ctx.tables.proper_spans.clear()
    for span in ("青禾", "智能", "产业园", "青禾智能", "智能产业园"):
        assert context.proper(ctx, span) == context.proper_plain(ctx, span)
    assert len(ctx.tables.proper_spans) <= 3


def _after_country_plain(ctx):
    """places.after_country as it was written first: every pair of tokens asks the lexicon."""
    from kg.recognise.candidate import Cand
    from kg.recognise.text import alnum, is_punct
    text, toks = ctx.text, ctx.toks
    from kg.recognise.places import _glued_city
    ac = ctx.rules.place_attributive_after_country
    out = _glued_city(ctx, ctx.tables.countries, ac)    # (a walk of its own over single words)
    for k, (a, b) in enumerate(zip(toks, toks[1:])):
        e = ctx.lex.lookup(a.text, "Place")
        if e is None or a.end != b.start or e.source not in ac.get("sources", ()) \
                or e.name in ctx.rules.place_attributive.get("home", ()) or ctx.lex.lookup(b.text):
            continue
        tag = ctx.seg.tag(b.text)
        if tag == "ns" and 2 <= len(b.text) <= ac.get("max_len", 3) or (
                tag in ac.get("item_tags", ()) and 2 <= len(b.text) <= ac.get("item_max_len", 0)
                and (b.end == len(text) or is_punct(text[b.end])
                     or text.startswith(tuple(ac.get("item_after", ())), b.end))):
            out.append(Cand(b.start, b.end, "Place", b.text, "city-after-country", prio=3))
        elif alnum(b.text) and not b.text.isdigit() and (
                b.end == len(text) or is_punct(text[b.end]) or text.startswith(tuple(ac.get("firm_after", ())), b.end)
                or ctx.seg.tag(toks[k + 2].text)[:1] in ("v", "a", "d", "p", "c", "u")):
            out.append(Cand(a.start, b.end, "Enterprise", a.text + b.text, "firm-after-country", prio=3,
                            aliases=(b.text,)))
    return out


COUNTRY_SENTENCES = HEAD_SENTENCES + [
    # (光州: a city jieba tags ns that the lexicon does not list, the word the plain walk reads;
    # a listed city after a country, 韩国大邱, is city_after's, which the plain walk predates)
    "来自韩国光州、日本XK、德国QZ和美国OLED显示屏的客商与中国企业、大韩民国代表", "韩国", "在日本", "美国XY",
    "与德国斯图加特、美国孟菲斯的枢纽联动", "在德国科隆设立分拨中心", "美国市场",
    "大城北、大江东与大墨川片区，数字经济产业与先进制造业、新制造业", "亚洲各国与欧洲各地",
]


@pytest.mark.parametrize("text", COUNTRY_SENTENCES)
def test_token_prefilters_as_every_token(text, monkeypatch):
    """after_country from its table of country words, and the sources that skip
    their walk over the tokens when the sentence lacks the words they look for,
    give what the walks give."""
    from kg.recognise import known, places, tracks
    r = _recogniser()
    ctx = _ctx(r, text)
    assert [vars(c) for c in places.after_country(ctx)] == [vars(c) for c in _after_country_plain(ctx)]
    fast = [[vars(c) for c in f(ctx)] for f in (places.greater_areas, tracks.tracks, known.lexicon)]

    class Everywhere(str):      # a text that holds every word: no walk is skipped
        def __contains__(self, word):
            return True
    monkeypatch.setattr(ctx, "text", Everywhere(text))
    assert fast == [[vars(c) for c in f(ctx)] for f in (places.greater_areas, tracks.tracks, known.lexicon)]


@pytest.mark.parametrize("text", HEAD_SENTENCES)
def test_context_token_offsets_as_the_tokens(text):
    """Context.starts and .ends (computed once) are the tokens' offsets, and a
    strip of generic words asks them as it asked the tokens."""
    from kg.recognise.proper_words import strip_generic
    r = _recogniser()
    ctx = _ctx(r, text)
    assert ctx.starts == {t.start for t in ctx.toks} and ctx.ends == {t.end for t in ctx.toks}
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 3):
            plain, changed = start, True
            while changed and plain < end:
                changed = False
                for n in r.tables.generic_lens:
                    if text[plain:plain + n] in r.tables.generic and plain + n < end and any(
                            t.start == plain + n for t in ctx.toks):
                        plain, changed = plain + n, True
                        break
            assert strip_generic(ctx, start, end) == plain


class _Everything(frozenset):
    """A set that holds everything: a prefilter asked of it lets every case through."""
    def __contains__(self, item):
        return True


PREFILTER_SENTENCES = COUNTRY_SENTENCES + [
    "以星澜科技、墨川网络为代表的企业，涵盖设计、制造、封测的全产业链，重点发展数字经济和生命健康",
    "以青禾智造为龙头的产业集群，聚焦智能网联、合成材料两大方向",
    "做强招商蛇口与加快推进重点产业园和一批优质项目，建优做强“青禾未来产业园”。",
    "“全国文明典范城区”与“星澜之光工程”、“数字经济、生命健康”等产业，《墨川规划》",
    "青禾、墨川等软件和信息服务企业与星澜科技等12家数字经济龙头企业",
    "云溪街道招商颐和养老院、以青禾智造为龙头的墨川产业园",
    "墨川区布局泛半导体产业、光电子信息产业，青禾高新区南区主要包括星澜科技、墨川网络",
    "青禾园区引进光伏玻璃、储能电芯等关键材料，形成整机、部件两大环节",
]


@pytest.mark.parametrize("text", PREFILTER_SENTENCES)
def test_sentence_prefilters_as_none(text, monkeypatch):
    """A sentence's mentions are the same with every prefilter of the recogniser
    letting everything through (the heads' automaton, the first characters of
    generic and boundary words, the locatives' regex, the quotation test, the list
    frames' opening words, the country words, the lexicon's automaton and the track
    starts it gives)."""
    from kg.recognise import Context
    from kg.recognise import context as context_module
    r = _recogniser()
    fast = [vars(m) for m in r.sentence_mentions("d", 0, text)]
    monkeypatch.setattr(r.tables, "head_automaton", None)
    monkeypatch.setattr(r.tables, "generic_first", _Everything())
    monkeypatch.setattr(r.tables, "boundary_heads", _Everything())
    monkeypatch.setattr(r.tables, "locative_re", re.compile(""))
    monkeypatch.setattr(r.tables, "track_suffix_re", re.compile(""))
    monkeypatch.setattr(r.tables, "sector_word_re", re.compile(""))
    monkeypatch.setattr(r.tables.list_frame_openings, "automaton", None)
    monkeypatch.setattr(r.tables, "country_re", re.compile(""))
    monkeypatch.setattr(r.tables, "lex_automaton", None)
    monkeypatch.setattr(Context, "quoted", property(lambda self: True))
    assert context_module.Context.quoted.fget(None) is True
    assert fast == [vars(m) for m in r.sentence_mentions("d", 0, text)]


@pytest.mark.parametrize("mod", ["", "重点", "一批优质", "重点青禾", "青禾", "优质一大批", "一"])
def test_generic_only_as_the_walk(mod):
    from kg.recognise.proper_words import generic_only
    r = _recogniser()
    ctx = _ctx(r, mod)
    rest = mod
    plain = True
    while rest:
        n = next((n for n in r.tables.generic_lens if rest[:n] in r.tables.generic), None)
        if n is None:
            plain = False
            break
        rest = rest[n:]
    assert generic_only(ctx, mod) == plain


@pytest.mark.parametrize("text", ["首批次新材料", "大健康等多产品与新制造业9条", "新制造业", "发布新材料政策12条，新能源等各类产品",
                                  "首台（套）智能装备", "数字经济\n9条"])
def test_product_or_policy_as_the_rules_patterns(text):
    """track_words.product_or_policy with its patterns compiled once gives what matching
    the rules' patterns against the rest of the text gives (a pattern may begin with ^)."""
    from kg.recognise.track_words import product_or_policy
    r = _recogniser()
    ctx = _ctx(r, text)
    tp = r.rules.track_products
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            plain = (text[:start].endswith(tuple(tp.get("not_after", ())))
                     or any(re.match(tp[k], text[end:]) for k in ("list_noun", "policy", "thing") if tp.get(k)))
            assert product_or_policy(ctx, start, end) == bool(plain), (start, end)


def test_head_anaphora_skips_only_sentences_without_the_heads():
    """head_anaphora passes over a sentence that holds none of the heads sought:
    the same mentions as testing every head in every sentence."""
    from kg.recognise.aliases import head_anaphora

    class Everywhere(str):
        def __contains__(self, word):
            return True
    text = ("星谷生物城引进多家企业。墨川医疗等企业在生物城设立研发中心。今年营收增长。"
            "青禾智能产业园开工，推动星澜等项目在产业园内落地。“链主企业+产业园”。")
    sents = split_sentences("d.txt", text)
    doc = Document("d.txt", text, sents)
    r = _recogniser()
    by_sentence = {}
    for m in r.document_mentions(doc):
        if m.rule != "head-anaphora":
            by_sentence.setdefault(m.sentence, []).append(m)
    fast = head_anaphora(r.rules, r.seg, "d.txt", sents, by_sentence)
    assert fast
    every = [type(s)(**{**vars(s), "text": Everywhere(s.text)}) for s in sents]
    assert fast == head_anaphora(r.rules, r.seg, "d.txt", every, by_sentence)


def _plain_tokens(seg, text):
    """Segmenter.tokens (rjieba) as it was written first: one loop, every token tested."""
    from kg.model import Token
    from kg.segment import _ASCII_PIECE
    out = []
    for w, s, e in seg._tok.tokenize(text, "default", seg.hmm):
        if len(w) > 1 and w.isascii() and not w.isalnum():
            for m in _ASCII_PIECE.finditer(w):
                out.append(Token(m.group(), s + m.start(), s + m.end(), seg.tag(m.group())))
        else:
            out.append(Token(w, s, e, seg.tag(w)))
    return out


@pytest.mark.parametrize("text", SENTENCES + [
    "A1B2 C3", "a.b", "x-y", "6.5%", "1-11月", "AI、5G、IoT", "a b", "Ａ－Ｂ", "e-commerce电商", "句末.", ".开头",
    "1-2-3 a.b.c 4.5.6% x--y 青禾"])
def test_segmenter_recut_as_the_loop(text):
    from kg.segment import Segmenter, available_backends
    if "rjieba" not in available_backends():
        pytest.skip("rjieba is not installed")
    seg = Segmenter([("星澜", "nt")], backend="rjieba")
    assert seg.tokens(text) == _plain_tokens(seg, text)


def test_document_mentions_leaves_the_collector_as_it_found_it():
    import gc
    r = _recogniser()
    doc = to_document(RawDocument("d.txt", "d.txt", "星澜科技在青禾区建设数字经济产业园。", "utf-8"))
    was = gc.isenabled()
    try:
        for state in (True, False):
            (gc.enable if state else gc.disable)()
            assert r.document_mentions(doc)
            assert gc.isenabled() is state
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize("pattern, literal", [
    ("简称", "简称"), ("(?:以下)?简称[“]", "简称“"), ("a|b", ""), ("ab*c", "a"), ("x(?:y)?zw", "zw"),
    ("(?i)abc", ""), ("(?:原名|原称)x", "原"),    # (the parser takes the branches' common 原 out)
 ("a(bc)d", "a"), ("abc$", "abc"), ("[ab]cd.ef", "cd"), ("(", "")])
def test_required_literal(pattern, literal):
    """Every match of the pattern holds the literal: a text without it has none."""
    from kg.recognise.text import required_literal
    assert required_literal(pattern) == literal
    if literal:
        rx = re.compile(pattern)
        alphabet = "abcdefxyzw简称以下原名“"
        for i in range(400):
            t = "".join(alphabet[(i * 7 + k * 5 + k * k) % len(alphabet)] for k in range(i % 9))
            if literal not in t:
                assert rx.search(t) is None, (pattern, t)


@pytest.mark.parametrize("text", [
    "星澜科技（以下简称“星澜”）与墨川网络(简称墨川)签约。", "青禾智造，简称“青智”，原名青禾机械厂。",
    "没有声明的句子。", "以下简称", "原称“青禾”", ""])
def test_declared_aliases_with_and_without_the_literal_test(text, monkeypatch):
    from kg.recognise import aliases
    r = _recogniser()
    ms = r.sentence_mentions("d", 0, text)
    fast = aliases.declared_aliases(r.rules, text, ms)
    monkeypatch.setattr(aliases, "required_literal", lambda pattern: "")
    assert fast == aliases.declared_aliases(r.rules, text, ms)
    if "简称“星澜”" in text:
        assert fast["星澜"] == ("星澜科技", "Enterprise")


# -- relate ------------------------------------------------------------------

FRAME_TEXTS = ["", "\n", "星澜科技控股企业—云岫数据", "以云溪园和墨川园为平台，打造青禾新城",
                "签约落户", "签约落户\n", "项目落户青禾湾", "加快连通", "登陆", "本土企业", "本土企业\n",
                "墨川集团控股子公司", "以电子竞技为引领的数字娱乐产业体系", "控", "股控"]


def _relate_patterns() -> list[str]:
    r = load_rules().relations
    return [*r["owner"]["frames"], r["part"]["platform_frame"], r["part"]["include_frame"],
            r["track"]["lead_frame"], r["located"]["passing_before"], r["district"]["local_before"],
            r["district"]["location_before"], r["track"]["listing_before"], r["track"]["listing_after"],
            r["located"]["site_verb"], "$^", "以(?P<a>.)为", "(?:甲|乙)$", "a?$", "$"]


@pytest.mark.parametrize("text", FRAME_TEXTS)
def test_relate_finditer_as_the_regex(text):
    """kg.relate.base.finditer (skipped where the required literal is missing) finds
    what the pattern's own finditer finds."""
    from kg.relate.base import finditer
    for p in _relate_patterns():
        assert [m.span() for m in finditer(p, text)] == [m.span() for m in re.finditer(p, text)], p


@pytest.mark.parametrize("text", FRAME_TEXTS)
def test_relate_found_before_as_the_search(text):
    """kg.relate.base.found_before (skipped where the last character cannot end a
    match) answers what a search of the text before the position answers."""
    from kg.relate.base import found_before
    for p in _relate_patterns():
        for end in range(len(text) + 1):
            assert found_before(p, text, end) == bool(re.compile(p).search(text, 0, end)), (p, end)


def test_matcher_mask_without_asides_as_with_empty_asides():
    """mask builds no table of skipped positions without asides: the same result
    as with an aside that skips nothing relevant (an empty span)."""
    from kg.matcher import mask
    text = "星澜科技与墨川网络签约落户青禾区"
    things = [Thing(0, 4, ("Enterprise",)), Thing(5, 9, ("Enterprise",)), Thing(0, 2, ("Place",)),
              Thing(13, 16, ("Place",))]
    assert mask(text, things) == mask(text, things, [(3, 3)])
    assert mask(text, things, [(5, 9)])[0] != mask(text, things)[0]


@pytest.mark.parametrize("text", ["高新区培育了一批企业，我区将在青禾高新区建设园区", "全区", "", "青禾湾科技城"])
def test_home_words_with_the_documents_word_list_as_without(text):
    """home_words given the words once per document (home_word_list) finds what it
    finds looking them up itself."""
    from kg.model import Entity
    from kg.relate.home import HomeRules, home_word_list, home_words
    rules = HomeRules.of()
    for e in (Entity("Platform/青禾高新区", "Platform", "青禾高新区"), Entity("Place/青禾区", "Place", "青禾区")):
        for taken in ([], [(0, 3)], [(10, 15)]):
            assert list(home_words(rules, e, text, taken, home_word_list(rules, e))) == \
                list(home_words(rules, e, text, taken)), (e.name, taken)


@pytest.mark.parametrize("spans", [[], [(0, 4)], [(0, 4), (0, 2)], [(2, 6), (0, 3)], [(5, 9), (13, 16)],
                                   [(3, 3)], [(6, 4)], [(0, 16)], [(14, 16), (1, 2), (15, 16)]])
def test_relate_blank_as_the_plain_blank(spans):
    """located.blank (a stretch at a time) blanks what plain_blank (a character at a
    time) does, nested, overlapping and empty spans too."""
    from kg.relate.located import blank, plain_blank
    text = "星澜科技与墨川网络签约落户青禾区"
    assert blank(text, spans) == plain_blank(text, spans)


def test_mask_char_kept_as_worked_out():
    """The mask character kept per (classes, home) is the one worked out each time."""
    from kg.matcher import _mask_char, _plain_mask_char
    from kg.model import CLASSES
    for classes in [(c,) for c in CLASSES] + [tuple(CLASSES[:2]), tuple(reversed(CLASSES[:3]))]:
        for home in (False, True):
            t = Thing(0, 1, classes, home)
            assert _mask_char(t) == _plain_mask_char(t) == _mask_char(Thing(3, 5, classes, home))


def _track_before_suffix_plain(ctx):
    """known._track_before_suffix as first written: each suffix asked of each token."""
    from kg.recognise.candidate import Cand
    toks, out = ctx.toks, []
    for prev, t in zip(toks, toks[1:]):
        suffix = next((x for x in ctx.rules.track_suffixes if t.text.endswith(x)), None)
        if suffix is None or prev.end != t.start or len(t.text) <= len(suffix) \
                or not ctx.lex.lookup(t.text, "IndustryTrack"):
            continue
        e = ctx.lex.lookup(prev.text + t.text[:-len(suffix)], "IndustryTrack")
        if e:
            out.append(Cand(prev.start, t.end - len(suffix), e.cls, e.name, "lexicon", prio=4, source=e.source))
    return out


@pytest.mark.parametrize("text", [
    "加快发展工业软件产业和生物医药赛道，壮大集成电路产业链。",
    "青禾区推动智能制造产业集群、数字安防产业提质",
    "做强人工智能产业，布局低空经济赛道",
    "产业", "软件产业", "",
] + SENTENCES)
def test_track_before_suffix_with_one_test_for_all_suffixes_as_each_suffix(text):
    from kg.recognise.known import _track_before_suffix
    r = _recogniser()
    ctx = _ctx(r, text)
    fast = [vars(c) for c in _track_before_suffix(ctx)]
    assert fast == [vars(c) for c in _track_before_suffix_plain(ctx)]
    if text.startswith("加快发展工业软件产业"):
        assert [c["name"] for c in fast] == ["工业软件"]


TRACK_TEXTS = [
    "青禾区聚焦数字经济、生命健康两大产业。星澜科技、墨川网络等数字经济龙头企业落户青禾区，"
    "星澜科技总部项目位于青禾街道。\n本区将加快推进青禾智能产业园建设，引进墨川网络华东总部。",
    "生物医药产业蓬勃发展，青禾药业、星澜生物和墨川医疗签约落户。青禾小镇的星澜广场、墨川中心等项目开工。"
    "“数字贸易”“智能制造”企业集聚；以青禾科技园和星澜港为平台，打造未来产业新高地。",
    "青禾区着力培育人工智能、工业软件两个细分赛道，做强数字经济。星澜科技落户青禾区。\n"
    "墨川网络签约入驻青禾智能产业园。",
    "青禾区新签约项目十二个，星澜广场开工。墨川中心竣工。",
]


def test_tracks_skip_a_sentence_without_tracks_as_reading_it_through(monkeypatch):
    import kg.relate.sentence_pass
    from kg.relate.tracks import all_tracks
    fast = _relations_of(TRACK_TEXTS)
    # (the sentence pass calls ``tracks`` by the name it imported: patch it there)
    monkeypatch.setattr(kg.relate.sentence_pass, "tracks", all_tracks)
    assert fast == _relations_of(TRACK_TEXTS)
    assert any(r.predicate == "inTrack" for r in fast)


@pytest.mark.parametrize("text", ["青禾区\x00新闻\x85稿\ufffd", "\t星澜\n科技\f\v\r有限公司\x7f", "纯文本，无控制字符。"])
def test_control_characters_are_counted_with_one_pattern(text):
    import unicodedata
    from kg.read import _control_share
    plain = sum(1 for ch in text if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\f\v"))
    assert _control_share(text) == plain / len(text)


@pytest.mark.parametrize("text", ["星澜区2024年工作报告\n\n  一、  （ 下转 第3版 ）青禾  38 .3%，1. 9%，共1 196.1亿元。",
                                  "“  青禾 ”  新区 ， 星澜 。\n青禾日报 2024年6月2日 星期日 第5版\n正文第一句。"])
def test_removals_skipped_without_their_character_change_nothing(text):
    from kg.page_furniture import _chars
    c = _chars()
    for removal in (*c.inline_debris, *c.tight, *(r for r, _ in c.numbers)):
        for line in text.split("\n"):
            assert removal.sub("", line) == removal.pattern.sub("", line)
