"""ownedBy in a document a firm speaks for itself: a listed firm's announcement (星澜科技股份有限公司
（以下简称“公司”）…), its annual report or prospectus (星澜科技股份有限公司2025年半年度报告) or an
interview with its head (——访星澜集团董事长). The firm stands for 公司, 我们 there, and what it
sets up is its own: ``owner-own-firm``.

- 公司拟以自有资金设立全资子公司X / 公司于报告期内新设全资子公司X: X is the firm's, where no other
  firm opens the clause chain before the act (青禾集团设立全资子公司X is 青禾集团's, a pattern's);
- 由我们的子公司X运营 / 公司全资子公司X / X为公司控股子公司: X is the firm's;
- X系公司与Y共同出资设立: X is the firm's and Y's; (2012年)与Y合资组建X: X is the firm's;
- a clause or a dated line of the firm's history with no subject of its own: 控股子公司X, …，下属X,
  2019年在几内亚设立X: X is the firm's (a group's own page declares 集团 its alias);
- 我们成立了X: X is the firm's;
- an announcement's title naming the project the firm invests in (关于对外投资暨投资建设X项目的公告):
  X is the firm's;
- a table of the report's firms (公司名称 公司类型 / X 子公司): a row's firm its kind cell calls
  子公司 or 参股公司 is the firm's (``owner-own-firm-table``).

The words are relations.toml [owner] own_firm_*; the firm is found once, in the document's
opening lines (the title, the heading) or where its alias is declared.
"""
from __future__ import annotations

from ..model import Document, Mention
from ..tablerows import table_rows
from .base import OWNERS, Collector, rx
from .own_sites import own_sites


def own_firm(c: Collector, doc: Document, mentions: list[Mention]) -> str | None:
    """The firm the document speaks for: the one whose alias 公司 it declares
    (星澜科技股份有限公司（以下简称“公司”）), else the one its opening lines interview the head of
    (——访星澜集团董事长); one firm only."""
    rules = c.rules.get("owner", {})
    declared, heading = rules.get("own_firm_declared"), rules.get("own_firm_heading")
    title = rules.get("own_firm_title")
    title_line = rules.get("own_firm_title_line")
    found = set()
    opening = [s for s in doc.sentences if s.index < 4]
    for s, nxt in zip(opening, opening[1:]):
        # (the firm alone on its line, the title on the next: 星澜科技股份有限公司 / 2025年公开发行
        # 公司债券募集说明书, 关于对外投资的公告)
        if title_line and nxt.paragraph != s.paragraph and rx(title_line).match(nxt.text):
            found |= {m.key for m in mentions if m.sentence == s.index and m.key and m.role != "owner"
                      and c.ents[m.key].cls == "Enterprise" and s.text[:m.start].strip() == ""
                      and s.text[m.end:].strip() == ""}
    for s in doc.sentences:
        mt = rx(declared).search(s.text) if declared else None
        if mt:
            # the firm named right before the bracket that declares the alias
            found |= {m.key for m in mentions if m.sentence == s.index and m.key and m.end == mt.start()
                      and c.ents[m.key].cls == "Enterprise"}
        if heading and s.index < 3:
            mt = rx(heading).search(s.text)
            if mt:
                found |= {m.key for m in mentions if m.sentence == s.index and m.key and m.role != "owner"
                          and c.ents[m.key].cls == "Enterprise"
                          and mt.start("firm") < m.end <= mt.end("firm")}
        if title and s.index < 3:
            mt = rx(title).search(s.text)
            if mt:
                # (the report's title names its firm whole: 星澜科技股份有限公司2025年半年度报告)
                found |= {m.key for m in mentions if m.sentence == s.index and m.key and m.role != "owner"
                          and c.ents[m.key].cls == "Enterprise"
                          and m.start == mt.start("firm") and m.end == mt.end("firm")}
    return found.pop() if len(found) == 1 else None


def speaks_for_itself(c: Collector, doc: Document) -> bool:
    """Whether the document holds the words of one a firm speaks for (a declared 公司, a title)."""
    rules = c.rules.get("owner", {})
    marks = [rules[k] for k in ("own_firm_declared", "own_firm_heading", "own_firm_title", "own_firm_title_mark")
             if rules.get(k)]
    return any(rx(p).search(doc.text) for p in marks)


def own_firm_owners(c: Collector, doc: Document, mentions: list[Mention]) -> None:
    """The firms the document's own firm sets up or holds (see the module docstring)."""
    rules = c.rules.get("owner", {})
    acts = rules.get("own_firm_acts", ())
    if not acts or not speaks_for_itself(c, doc):
        return      # (most documents declare no firm of their own: no act of one to read)
    firm = own_firm(c, doc, mentions)
    if not firm:
        return
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.key and m.role != "owner":
            by_sent.setdefault(m.sentence, []).append(m)
    for s in doc.sentences:
        ms = sorted(by_sent.get(s.index, []), key=lambda m: m.start)
        for m in ms:
            if c.ents[m.key].cls in ("Project", "Platform") and s.index < 4 and any(
                    rx(a).search(s.text[:m.start]) for a in rules.get("own_firm_title_acts", ())):
                c.add(m.key, "ownedBy", firm, doc.doc_id, s.index, "owner-own-firm")
            if _holds_firm(c, rules, doc, s, m, firm):
                continue
            if m.key == firm or c.ents[m.key].cls != "Enterprise":
                continue
            if _units(c, rules, doc, s, m, ms, firm):
                continue
            before = s.text[:m.start]
            if _joint_before(c, rules, doc, s, m, firm, before):
                continue
            if not any(rx(a).search(before) for a in acts) or rx(rules.get("own_firm_not_after", "(?!)")).match(s.text[m.end:]):
                continue
            # (another firm before it in the sentence acts itself: 青禾集团设立全资子公司X)
            if any(o.end <= m.start and o.key not in (firm, m.key) and c.ents[o.key].cls == "Enterprise"
                   for o in ms):
                continue
            c.add(m.key, "ownedBy", firm, doc.doc_id, s.index, "owner-own-firm")
    _table_units(c, rules, doc, mentions, firm)
    own_sites(c, doc, by_sent, firm)


def _holds_firm(c: Collector, rules: dict, doc: Document, s, m: Mention, firm: str) -> bool:
    """发行人控股股东为Z / 发行人注册资本30亿元，其中Z持股90% (a sentence opening on the firm's own word):
    Z holds the firm ([owner] own_firm_holder_before, own_firm_holder_after); whether the words said so."""
    before, after = rules.get("own_firm_holder_before"), rules.get("own_firm_holder_after")
    if c.ents[m.key].cls not in OWNERS or m.key == firm:
        return False
    if not (before and rx(before).search(s.text[:m.start])) and not (
            after and rx(after).match(s.text[m.end:]) and rx(rules.get("own_firm_words", "$^")).match(
                rx(r"^(?:截至[^，,。]{0,16}[，,])?").sub("", s.text))):
        return False
    c.add(firm, "ownedBy", m.key, doc.doc_id, s.index, "owner-own-firm")
    return True


def _units(c: Collector, rules: dict, doc: Document, s, m: Mention, ms: list[Mention], firm: str) -> bool:
    """X为公司全资子公司 / X系公司与Y共同出资设立: the firm's (and the partners') own, said after
    it; whether the words said so."""
    after = s.text[m.end:]
    if any(rx(u).match(after) for u in rules.get("own_firm_units", ())):
        c.add(m.key, "ownedBy", firm, doc.doc_id, s.index, "owner-own-firm")
        return True
    joint = rules.get("own_firm_joint")
    mt = rx(joint).match(after) if joint else None
    if not mt:
        return False
    c.add(m.key, "ownedBy", firm, doc.doc_id, s.index, "owner-own-firm")
    a, b = m.end + mt.start("partners"), m.end + mt.end("partners")
    for o in ms:
        if a <= o.start and o.end <= b and o.key != m.key and c.ents[o.key].cls in OWNERS:
            c.add(m.key, "ownedBy", o.key, doc.doc_id, s.index, "owner-own-firm")
    return True


def _joint_before(c: Collector, rules: dict, doc: Document, s, m: Mention, firm: str, before: str) -> bool:
    """与Y合资组建X (a clause or a dated line with no subject of its own): X is the firm's (and Y's:
    owner-sets-up-venture reads Y); whether the words said so."""
    joint = rules.get("own_firm_joint_before")
    if not joint or not rx(joint).search(before):
        return False
    c.add(m.key, "ownedBy", firm, doc.doc_id, s.index, "owner-own-firm")
    return True


def _table_units(c: Collector, rules: dict, doc: Document, mentions: list[Mention], firm: str) -> None:
    """公司名称 公司类型 / X 子公司 (a report's table of its firms): a row's firm its kind cell calls
    the firm's own (relations.toml [owner] own_firm_kinds) is the firm's; so is every row's under a
    name's label saying so (子公司名称, [table] unit_labels) or under a line saying so right before
    the header (本集团下属企业名单如下：, [owner] own_firm_units_intro). A row under a shareholder's
    label (股东名称 出资额 持股比例, [table] holder_labels) holds the firm the card before the table
    names (1．公司名称：X, [entry] name_field), else the reporting firm (``owner-holder-table``)."""
    kinds = rules.get("own_firm_kinds")
    if not kinds:
        return
    intro = rules.get("own_firm_units_intro")
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sentence, []).append(m)
    heads: dict[int, int] = {}      # a table (its header's id) -> its first row's sentence
    for s, h, spans in table_rows(c.rules.get("table", {}), doc.sentences):
        first = heads.setdefault(id(h), s.index)
        a, b = spans[h.name]
        row = [m for m in by_sent.get(s.index, ()) if m.key and m.start == a and m.end == b
               and c.ents[m.key].cls in OWNERS]
        if h.holders:
            held = _card_firm(c, doc, by_sent, first) or firm
            for m in row:
                if m.key != held:
                    c.add(held, "ownedBy", m.key, doc.doc_id, s.index, "owner-holder-table")
            continue
        # (or the name's label says it of every row: 子公司名称 住所 出资比例; or the line before the header)
        said = h.units or (intro and first >= 2 and rx(intro).search(doc.sentences[first - 2].text))
        if not said and not any(rx(kinds).fullmatch(s.text[slice(*spans[i])]) for i in h.kinds):
            continue
        for m in row:
            if m.key != firm and c.ents[m.key].cls == "Enterprise":
                c.add(m.key, "ownedBy", firm, doc.doc_id, s.index, "owner-own-firm-table")


def _card_firm(c: Collector, doc: Document, by_sent: dict[int, list[Mention]], row: int) -> str | None:
    """The firm the nearest card line before a table's rows names (公司名称：X), within a dozen sentences
    and the table's section (a heading, 四、股东情况, ends the search: [entry] heading_like)."""
    label, heading = c.rules.get("entry", {}).get("name_field"), c.rules.get("entry", {}).get("heading_like")
    for s in reversed(doc.sentences[max(0, row - 12):row - 1]):
        if heading and rx(heading).fullmatch(s.text):
            return None
        mt = rx(label).search(s.text) if label else None
        if mt:
            got = [m.key for m in by_sent.get(s.index, ()) if m.key and m.start == mt.end()
                   and c.ents[m.key].cls == "Enterprise"]
            return got[0] if got else None
    return None
