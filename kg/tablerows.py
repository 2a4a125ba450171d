"""Tables printed as text: a header row of column labels, then one row a line, the cells
parted by runs of spaces or tabs (the reader has made each run one space), as government
notices print their lists of projects (重点建设项目计划表):

    序号  项目名称          建设单位              总投资  建设地点
    1     年产3万吨X项目    星澜新材料有限公司    18.6    云溪高新区墨川产业园
    二、商贸物流项目
    2     …

A header is a paragraph of short labels only, one of them naming the row's thing (项目名称)
and one its owner, its site, its field or its kind (建设单位, 建设地点, 所属领域; 公司类型: an
annual report's firms, 子公司 or 参股公司 of the firm reporting, kg/relate/ownfirm.py; or the name's
own label says so, 子公司名称); or, no name column, the firms of a deal a column each (采购方
供应方, relations.toml [table] party_labels: the first stands for the row), a gloss naming a seat
(采购方（所在园区）) saying each cell closes on its firm's seat in brackets; a row
has as many cells as its header; a line of one short cell (a section, 二、商贸物流项目) is passed over; anything else ends the
table. The recogniser names what a row's cells hold (kg/recognise/table_cells.py) and the
relation rules read its owner, site and field (kg/relate/tables.py). The labels are relations.toml
[table]; a label no list names reads as the one its generic words say (kg/label_roles.py: 用人单位,
所在商圈, 控股母公司), a holder's column standing for the row where no name column is.

>>> from kg.rules import load_rules
>>> conf = load_rules().relations["table"]
>>> h = header(conf, "序号 项目名称 建设单位 总投资 建设地点")
>>> h.name, h.owners, h.places
(1, (2,), (4,))
>>> header(conf, "企业名称 所属领域 主营产品").tracks
(1,)
>>> h = header(conf, "序号 企业名称 项目名称 融资需求 对接银行")     # the firm owns the row's project
>>> h.name, h.owners
(2, (1,))
>>> header(conf, "项目名称：年产3万吨X项目") is None      # a card's field, not a header
True
>>> h = header(conf, "序号｜采购方（所在园区）｜供应方（所在园区）｜对接产品｜所属产业链")
>>> h.name, h.parties, h.seated, h.tracks
(1, (1, 2), (1, 2), (4,))
>>> h = header(conf, "序号｜招聘单位｜所在社区｜控股母公司｜主导行业")     # (no list names these labels)
>>> h.name, h.places, h.parents, h.tracks
(1, (2,), (3,), (4,))
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from .cell_roles import read_by_cells
from .label_roles import reads_as
from .rules import rx

_CELL = re.compile(r"\S+")
_BAR = re.compile("[｜|]")
_RULE = re.compile(r"[\s｜|:：\-—－]+")
# a label's closing gloss in brackets (所属区域（县区/园区）: read as the label before it)
GLOSS = re.compile(r"[（(][^（）()]*[）)]$")


@dataclass(frozen=True)
class Header:
    """A table's columns: their labels, and which of them name the row's thing, owners, sites,
    and the industry the thing is of."""
    labels: tuple[str, ...]
    name: int
    owners: tuple[int, ...]
    places: tuple[int, ...]
    tracks: tuple[int, ...] = ()
    kinds: tuple[int, ...] = ()     # what the row's firm is to the document's own (公司类型: 子公司)
    units: bool = False             # the name's label says so of every row (子公司名称)
    holders: bool = False           # the name's label makes every row's firm a shareholder (股东名称)
    parties: tuple[int, ...] = ()   # each names a firm of the row, none the other's (采购方 供应方)
    seated: tuple[int, ...] = ()    # their cells close on the firm's seat in brackets (采购方（所在园区）)
    projects: tuple[int, ...] = ()  # each names a project of the row's firm (企业名称 … 拟募投项目)
    fields: tuple[int, ...] = ()    # each names units working in the row's field (成果提供单位)
    parents: tuple[int, ...] = ()   # each names firms holding the row's firm (上级单位, 控股股东)
    project_owners: tuple[int, ...] = ()    # each names the owner of the projects column's project (项目业主)
    brands: tuple[int, ...] = ()    # each names brands of the row's firm (使用品牌)
    project_sites: tuple[int, ...] = ()     # each names where the projects before it lie (投资国别及城市)
    bracketed: tuple[int, ...] = ()     # their cells close on their firm's parent in brackets (承接企业（母公司）)
    subject: bool = False           # the name's column names a site-like thing, a plot or a building
    outputs: tuple[int, ...] = ()   # each names what the row's firm makes (主要产品, 主要产能)


def bar_cells(text: str) -> list[tuple[int, int]] | None:
    """The cells of a row whose cells bars part (A公司｜B项目｜所属产业：X), as ``cells``; None when
    no bar parts the text."""
    return cells(text) if _BAR.search(text) else None


def cells(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a row: the runs of text between spaces, or, in a row
    whose cells are parted by bars (序号｜项目名称｜建设地点, | A | B |), the text between bars,
    trimmed (a cell's own spaces stay in it: Micro LED显示项目; a blank cell is an empty span)."""
    if not _BAR.search(text):
        return [(m.start(), m.end()) for m in _CELL.finditer(text)]
    cuts = [-1, *(m.start() for m in _BAR.finditer(text)), len(text)]
    out = []
    for x, y in zip(cuts, cuts[1:]):
        a, b = x + 1, y
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b))
    # (a bar opening or closing the row opens or closes no cell)
    if out and out[0][0] == out[0][1]:
        out = out[1:]
    if out and out[-1][0] == out[-1][1]:
        out = out[:-1]
    return out


def header(conf: dict, text: str, rows=()) -> Header | None:
    """The columns ``text`` heads, when it is a table's header row, else None; ``rows``: the texts of
    the lines below it, whose cells tell the role of a column its label says nothing of."""
    spans = cells(text)
    if len(spans) < conf.get("min_columns", 3):
        return None
    labels = tuple(text[a:b] for a, b in spans)
    label = rx(conf.get("label", "$^"))
    if not all(label.fullmatch(x) for x in labels):
        return None
    # (a project's column names the row's thing where a firm's column stands beside it: 序号 企业名称
    # 项目名称 融资需求 — the firm is the project's, its owner)
    # (a label glossed in brackets reads as the label: 所属区域（县区/园区）)
    keys = tuple(GLOSS.sub("", x) or x for x in labels)
    joints = conf.get("label_joints", "(?!)")
    name = next((i for i, x in enumerate(keys) if x in conf.get("project_labels", ())), None)
    firms = () if name is None else conf.get("firm_labels", ())
    if name is None:
        name = next((i for i, x in enumerate(keys) if x in conf.get("name_labels", ())), None)
    # (a label no list names reads as the listed label its words say, 用人单位, 所在商圈, 控股母公司:
    # kg/label_roles.py; where no name's column is, a plot's or a building's, else a holder's, is it)
    # (不合格项目, 检验项目, 产品名称: a column naming no thing, a test's items or a firm's products, [table]
    # inert_label: no role from its label's words nor from its cells)
    inert = {i for i, x in enumerate(keys) if rx(conf.get("inert_label", "(?!)")).fullmatch(x)}
    words = {i: w for i, x in enumerate(labels)
             if i not in inert and not _listed(conf, keys[i], joints) and (w := reads_as(conf, x))}
    # (编号, 备注, 单位, a label of no list: its cells tell, kg/cell_roles.py; a firm's column beside a
    # firm's or a park's name says nothing of the row, a customer's or a supplier's)
    if rows:
        told = read_by_cells(conf, keys, rows, {i for i in range(len(keys)) if i not in words and i != name
                                                and i not in inert and not _listed(conf, keys[i], joints)})
        if name is not None and keys[name] not in conf.get("project_labels", ()):
            told = {i: w for i, w in told.items() if w not in conf.get("owner_labels", ())}
        words.update(told)
    if name is None:
        name = next((i for i, w in words.items() if w in conf.get("project_labels", ())), None)
        firms = () if name is None else conf.get("firm_labels", ())
    if name is None:    # (基地名称, 片区: a label naming the row's thing by its kind, label_words)
        name = next((i for i, w in words.items() if w in conf.get("park_name_labels", ())), None)
    # (用户名称, 会员名称: a firm named by its kind of party, label_words; beside a project's name, 客户名称
    # or 供应商名称 is a party to it, no owner)
    words = {i: w for i, w in words.items() if w not in firms}
    if name is None:
        name = next((i for i, w in words.items() if w in conf.get("name_labels", ())), None)
    # (… but not beside another name's column: 企业名称 产业园区 — there its cells tell, a site's as a rule)
    stray = {i for i, w in words.items() if w in conf.get("park_name_labels", ()) and i != name}
    words = {i: w for i, w in words.items() if i not in stray}
    if rows and stray:
        words.update({i: w for i, w in read_by_cells(conf, keys, rows, stray).items()
                      if w not in conf.get("owner_labels", ())})
    if name is None and not any(x in conf.get("party_labels", ()) for x in keys):
        name = next((i for i, w in words.items() if w in conf.get("owner_labels", ())), None)
        if name is not None:
            words[name] = conf.get("holder_name_label", keys[name])
    bracketed = tuple(i for i, x in enumerate(labels) if x != keys[i] and _parent_gloss(conf, x[len(keys[i]) + 1:-1]))
    labels = tuple(words.get(i, x) for i, x in enumerate(labels))
    keys = tuple(words.get(i, x) for i, x in enumerate(keys))
    subject = name is not None and keys[name] in conf.get("subject_labels", ())
    # (序号 采购方 供应方 对接产品 所属产业链: the firms of a deal, two of a row, no name column: the first
    # stands for it; a gloss naming a seat, 采购方（所在园区）, says each cell's bracket is its firm's)
    parties = tuple(i for i, x in enumerate(keys) if x in conf.get("party_labels", ()))
    seated = tuple(i for i, x in enumerate(labels) if x != keys[i] and x[len(keys[i]) + 1:-1] in conf.get("seat_labels", ()))
    if name is None and parties:
        name = parties[0]
    # (上级（控股）单位, 控股股东, 产权单位股东: the firms holding the row's firm, not its project)
    parents = tuple(i for i, (x, y) in enumerate(zip(labels, keys))
                    if x in conf.get("parent_labels", ()) or either_label(y, conf.get("parent_labels", ()), joints))
    # (a label of two, 项目业主/运营主体, is either's)
    owners = tuple(i for i, x in enumerate(keys) if i not in parents
                   and (either_label(x, conf.get("owner_labels", ()), joints) or x in firms))
    places = tuple(i for i, (x, y) in enumerate(zip(labels, keys))
                   if x in conf.get("place_labels", ()) or either_label(y, conf.get("place_labels", ()), joints))
    tracks = tuple(i for i, x in enumerate(keys) if either_label(x, conf.get("track_labels", ()), joints))
    kinds = tuple(i for i, x in enumerate(keys) if x in conf.get("kind_labels", ()))
    units = name is not None and keys[name] in conf.get("unit_labels", ())
    holders = name is not None and keys[name] in conf.get("holder_labels", ())
    # (序号 企业名称 … 拟募投项目: a column naming a project of the row's firm, beside the firm's name)
    # (… or any label ending on a project's word, 生产基地项目, 首台（套）首用项目, 主要措施及支撑项目)
    column = rx(conf.get("firm_project_label", "$^"))
    projects = () if firms and not subject else tuple(i for i, (x, y) in enumerate(zip(labels, keys)) if i != name
                                                      and i not in inert and (
        y in conf.get("firm_project_labels", ()) or column.fullmatch(x)))
    # (… whose own owner column, 项目业主 after it, owns them: not the row's firm, which supplies them)
    project_owners = tuple(i for i in owners if projects and i > min(projects)
                           and keys[i] in conf.get("project_owner_labels", ()))
    # (盘活地块 原权属企业 … 承接企业 新建项目: of owners before a plot's project, the last is the project's)
    before = [i for i in owners if projects and i < min(projects)] if subject else []
    project_owners += tuple(before[-1:]) if len(before) > 1 else ()
    owners = tuple(i for i in owners if i not in project_owners)
    project_sites = tuple(i for i, x in enumerate(keys) if x in conf.get("project_site_labels", ()))
    brands = tuple(i for i, x in enumerate(keys) if x in conf.get("brand_labels", ()))
    if name is None or not (owners or places or tracks or kinds or units or holders or parties or projects or parents):
        return None
    fields = tuple(i for i, x in enumerate(keys) if x in conf.get("field_unit_labels", ()))
    outputs = tuple(i for i, x in enumerate(keys) if i != name and x in conf.get("output_labels", ()))
    return Header(labels, name, owners, places, tracks, kinds, units, holders, parties, seated, projects, fields,
                  parents, project_owners, brands, project_sites, bracketed, subject, outputs)


def quoted_header(conf: dict, text: str, rows=()) -> Header | None:
    """The columns a header given in prose names, its labels parted by bars in quotation marks
    ([table] quoted_header: 各项目按“序号｜项目名称｜建设单位｜建设地点”列示), else None.

    >>> from kg.rules import load_rules
    >>> conf = load_rules().relations["table"]
    >>> quoted_header(conf, "下表各行按“序号｜项目名称｜建设单位｜建设地点”填列。").places
    (3,)
    >>> quoted_header(conf, "本表口径为“应统尽统｜分级负责”。") is None
    True
    """
    for m in rx(conf.get("quoted_header", "(?!)")).finditer(text):
        h = header(conf, m.group(1), rows)
        if h is not None:
            return h
    return None


def site_span(conf: dict, text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A site cell's span up to a clause glossing its sites ([table] site_end: 云溪区白露镇，系…), and
    before a door's number it closes on ([table] site_number: X产业园A区12号); the recogniser's
    site cells (kg/recognise/table_cells.py) and the relation rules' (kg/relate/tables.py) alike.

    >>> from kg.rules import load_rules
    >>> conf = load_rules().relations["table"]
    >>> [t[slice(*site_span(conf, t, (0, len(t))))] for t in ("云溪区白露镇，系青禾开发区的组成园区", "青禾产业园A区12号")]
    ['云溪区白露镇', '青禾产业园']
    """
    end = rx(conf.get("site_end", "$^")).search(text, *span)
    a, b = (span[0], end.start()) if end else span
    number = rx(conf.get("site_number", "$^")).search(text, a, b)
    return (a, number.start()) if number and number.start() - a >= 2 else (a, b)


def _listed(conf: dict, key: str, joints: str) -> bool:
    """Whether a list of [table] names the label (or one of the two it joins: 所在县区/园区)."""
    return any(either_label(key, v, joints) for k, v in conf.items() if k.endswith("_labels") and isinstance(v, list))


def _parent_gloss(conf: dict, gloss: str) -> bool:
    """Whether a label's gloss names a parent (承接企业（母公司）: the cell closes on its firm's)."""
    return gloss in conf.get("parent_labels", ()) or reads_as(conf, gloss) in conf.get("parent_labels", ())


def either_label(label: str, labels, joints: str) -> bool:
    """Whether ``label`` is one of ``labels``, or joins two by a slash or 或 of which one is
    (项目业主/运营主体, 控股股东或主要股东; ``joints``: [table] label_joints)."""
    return label in labels or any(x in labels for x in rx(joints).split(label))


# the rows of the document last read: (conf, sentences, their number, rows)
_LAST: list = [None]


def table_rows(conf: dict, sentences) -> Iterator[tuple[object, Header, list[tuple[int, int]]]]:
    """(sentence, header, cell spans) of every row of every table among ``sentences`` (a
    document's, in order): rows are paragraphs of one sentence with as many cells as the header.

    Five recognition sources and three relation readers ask this of the same document's
    sentences with the same [table] rules: the rows are read once and kept for the
    document last asked (the same list and rules objects; the rows depend on nothing else)."""
    last = _LAST[0]
    if last is None or last[0] is not conf or last[1] is not sentences or last[2] != len(sentences):
        last = _LAST[0] = (conf, sentences, len(sentences), list(_table_rows(conf, sentences)))
    for s, h, spans in last[3]:
        yield s, h, list(spans)


def _table_rows(conf: dict, sentences) -> Iterator[tuple[object, Header, list[tuple[int, int]]]]:
    """`table_rows`, read from the sentences."""
    if not conf:
        return
    size = Counter(s.paragraph for s in sentences)
    bars = Counter()
    for s in sentences:
        bars[s.paragraph] += len(_BAR.findall(s.text))
    section = rx(conf.get("section", "$^"))
    total = rx(conf.get("total_row", "$^"))
    current: Header | None = None
    last = None
    for s in sentences:
        if s.paragraph == last:
            continue
        last = s.paragraph
        alone = size[s.paragraph] == 1
        h = header(conf, s.text, _below(sentences, s, size)) if alone else None
        if h is None:       # (各项目按“序号｜项目名称｜建设单位｜建设地点”列示: a header given in prose)
            h = quoted_header(conf, _paragraph_text(sentences, s), _below(sentences, s, size))
        if h is not None:
            current = h
            continue
        if current is None:
            continue
        if alone and _RULE.fullmatch(s.text):
            continue        # (a markdown table's rule line under its header: |---|---|)
        spans = cells(s.text)
        if spans and total.fullmatch(s.text, *spans[0]):
            continue        # (合计｜8个项目｜—｜152500: the sum of the rows above, no thing; the table goes on)
        if alone and len(spans) == len(current.labels):
            yield s, current, spans
        elif not alone and _BAR.search(s.text) and bars[s.paragraph] == len(_BAR.findall(s.text)) \
                and len(spans) == len(current.labels):
            # (a row whose last cell runs on past a 。 or ；, 建成X项目，…；投产Y: its first sentence
            # holds every bar, the last cell ending with it)
            yield s, current, spans
        elif not alone and _BAR.search(s.text) and len(cells(_paragraph_text(sentences, s))) == len(current.labels):
            continue        # (… one whose 。 or ； falls in an earlier cell is passed over, the table goes on)
        elif not (alone and section.fullmatch(s.text)):
            current = None


def _below(sentences, s, size, n: int = 8) -> list[str]:
    """The texts of the paragraphs of one sentence each after ``s``'s, up to ``n`` (a header's rows)."""
    out = []
    for t in sentences[s.index + 1:s.index + 1 + 5 * n]:
        if len(out) >= n:
            break
        if t.paragraph != s.paragraph and size[t.paragraph] == 1:
            out.append(t.text)
    return out


def row_rest(sentences, row) -> list:
    """The sentences a table's row runs on into past a 。 or ； in its last cell (建成X项目，…；投产Y项目)."""
    return [s for s in sentences[row.index + 1:row.index + 8] if s.paragraph == row.paragraph]


def _paragraph_text(sentences, first) -> str:
    """The text of the paragraph ``first`` opens (its sentences joined)."""
    return "".join(s.text for s in sentences[first.index:] if s.paragraph == first.paragraph)
