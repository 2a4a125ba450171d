"""A directory's entries: the layout, not the sentence, says whom a line is about.

A directory (名录, a park's list of its firms, a list of platforms) sets each entry out as a
heading line holding only the entry's name, then lines with no subject of their own:

    星澜精密机械有限公司
    青禾控股集团全资子公司，主营数控机床主轴。
    厂址：墨川产业园云溪路8号。

or as one line opening on the name and a colon (3.星澜新材料研究院：由A大学组建，设在墨川
产业园), or on the name and a bracket of its fields, each segment a sentence of its own (1．星澜精工
有限公司（简称星澜精工；所在地：白沙镇、墨川产业园；上级单位：Z；所属行业：T）。主要成就：…建成X项目), or
after a label naming the firm that applies for a title (（一）Brand / 申报企业：X / 所属集团：Z / …).
The lines of the entry speak of the entry: its name is the topic of their clauses that open
on no thing of their own (``@entry`` in the patterns, kg/relate/pattern_ends.py), and its place field
(厂址：, 注册地址：, 所在地：) puts it in the places side by side there (in each run of them it lists,
所在地：A镇、B园). A heading entry governs the paragraphs after it up to the next heading (another
entry, a section heading: a paragraph of one short line holding no clause mark); an inline entry
its own paragraph.
The data keys are relations.toml [entry] marker, rest, inline, bracket_fields, applicant_field,
heading_like, opening_modifier, place_field and place_list.
"""
from __future__ import annotations

from dataclasses import dataclass

from .base import Collector, Item, rx
from ..fieldlines import field_start
from .entry_projects import entry_site
from .entry_sites import card_bracket, entry_sites
from .fields import opens_on_home, field_place_run, spaced, state_home

# what a directory's entry may be
CLASSES = ("Enterprise", "Institution", "Platform", "Project")


@dataclass
class Entries:
    """The entry a directory is in the middle of."""
    entry: str | None = None    # the thing the entry's heading names
    inline: bool = False        # the entry was named inline (X：…): its paragraph alone
    new: bool = False           # the sentence read last named the entry
    card: int | None = None     # the paragraph of a project card's last field line
    fields_at: int | None = None  # where the first field of an entry's bracket of fields opens (X（所在地：Y；)
    bracketed: bool = False     # the entry's fields are in a bracket after its name
    county: str | None = None   # the county a numbered card's heading brackets (1．X公司（青禾县）。)

    def read(self, c: Collector, text: str, ms: list[Item], opening: bool, alone: bool,
             home: str | None, card: str | None = None) -> str | None:
        """Read one sentence (``opening``: the first of its paragraph; ``alone``: its paragraph
        has no other; ``card``: the item of a project card the document is in, whose applicant
        field names its owner, no entry); the entry the sentence speaks of, None on the heading itself."""
        self.new, self.fields_at = False, None
        if not opening:
            return self.entry
        self.county = None
        conf = c.rules.get("entry", {})
        heading = _named(conf, text, ms, home, card)
        if heading is not None:
            key, end = heading
            rest = text[end:]
            # (1．X有限公司（简称Y；所在地：A区；上级单位：P；所属行业：T）。…: its fields in brackets, each
            # segment a sentence of its own; the paragraph speaks of the entry)
            fields = rx(conf.get("bracket_fields", "(?!)")).match(rest)
            if fields:
                self.entry, self.inline, self.new, self.fields_at = key, True, True, end + fields.end()
                self.bracketed = True
                return key
            if rx(conf.get("rest", "$^")).fullmatch(rest):
                if alone:
                    self.entry, self.inline, self.new, self.bracketed = key, False, True, False
                    return None
                # (1．X有限公司（青禾县）。主营…，基地位于Y镇: a numbered card's name as a sentence of its
                # own, what it says of the firm in the sentences after it in the same paragraph)
                plain, county = card_bracket(c, text, ms, end)
                if plain and rx(conf.get("numbered", "$^")).match(text) \
                        and c.ents[key].cls in conf.get("numbered_classes", ()):
                    self.entry, self.inline, self.new, self.bracketed = key, True, True, False
                    self.county = county
                    return None
            if rx(conf.get("inline", "$^")).match(rest):
                self.entry, self.inline, self.new, self.bracketed = key, True, True, False
                return key
        if self.inline or (alone and rx(conf.get("heading_like", "$^")).fullmatch(text)):
            self.entry = None       # (the next paragraph, or a heading, ends the entry)
        return self.entry

    def card_item(self, c: Collector, text: str, opening: bool, paragraph: int, item: str | None) -> str | None:
        """The thing a card's field line speaks of (●X / 建设内容：…，主要服务于T产业: ``item``, the
        card's heading, kg/relate/fields.py), in the paragraph of the field line; else None."""
        loc = c.rules.get("located", {})
        if opening:
            # (not the heading of the next card, 项目名称：Y, a field line too; a field numbered as the
            # card's heading is, （五）行业类别：Z, is the card's: its label starts where the number ends)
            heading = rx(loc.get("list_item", "$^")).match(text)
            at = field_start(loc, text)
            self.card = paragraph if item and at is not None and (not heading or at == heading.end()) else None
        return item if item and self.card == paragraph else None

    def section_track(self, c: Collector, doc_id: str, index: int, track: str | None) -> None:
        """An entry named under a section heading that names a track (一、星材 / 星澜新材料有限公司)
        is in that track (``entry-section-track``)."""
        if self.new and track and self.entry:
            c.add(self.entry, "inTrack", track, doc_id, index, "entry-section-track")

    def place(self, c: Collector, doc_id: str, s, ms: list[Item], entry: str | None, home: str | None,
              homes: list[tuple[int, int]] = ()) -> None:
        """An entry's place field (厂址：墨川产业园云溪路8号) puts the entry in the last park of the run of
        places side by side after the label, in its last place and in a street or town of the run
        (``located-entry-field``); a run opening on the home, a zone, by a word standing for it
        (注册地址：经开区墨川产业园…), in the home too (``located-entry-home``)."""
        if entry is None:
            return
        entry_site(c, doc_id, s, ms, entry)     # (用地/厂房：租用Y…: the premises of a firm's card)
        entry_sites(c, doc_id, s.index, s.text, ms, entry, self.county)   # (基地在Y镇, 在Y镇建有…)
        conf = c.rules.get("entry", {})
        at = self.fields_at or 0
        label = rx(conf.get("place_field", "$^")).match(s.text[at:])
        if label is None and self.bracketed and c.ents[entry].cls == "Project":
            # (X项目（拟建地点：Y），…: a project's bracket names its site as a project card's field does)
            label = rx(c.rules.get("located", {}).get("place_field", "$^")).match(s.text[at:])
        if not label:
            return
        text, others = spaced(s.text, homes), [x for x in ms if x.key != entry]
        units = tuple(c.rules.get("located", {}).get("chain_unit_ends", ()))
        start = at + label.end()
        run = field_place_run(text, others, start)
        first = run
        while run:
            # (the innermost park of the run only: 所在地：青禾经开区墨川产业园 puts the entry in the park, not
            # in the zone the park is a part of, unless the zone is the home)
            parks = [x for x in run if x.cls in ("Platform", "CommercialDistrict")]
            for x in run:
                if x is run[-1] or (parks and x is parks[-1]) or c.ents[x.key].name.endswith(units):
                    c.add(entry, "locatedIn", x.key, doc_id, s.index, "located-entry-field")
            # (所在地：白沙镇、墨川产业园: each run of places the field lists)
            listed = rx(conf.get("place_list", "(?!)")).match(text, run[-1].m.end)
            run = field_place_run(text, others, listed.end()) if listed else []
        run = first
        # (注册地址：经开区墨川产业园…, or a park named after the home: 地址：青禾高新区墨川产业园…)
        if run and home and c.ents[home].cls == "Platform" and home != entry \
                and (any(x.key == home for x in run) or any(a == start for a, _ in homes)
                     or opens_on_home(c, home, run[0])):
            state_home(c, entry, home, doc_id, s.index, "located-entry-home")


def _named(conf: dict, text: str, ms: list[Item], home: str | None, card: str | None = None) -> tuple[str, int] | None:
    """The entry a line opens on right after its mark, if any, and where its name ends."""
    mark = rx(conf.get("marker", "$^")).match(text)
    at = mark.end() if mark else 0
    # (1．名称：X / 公司名称：X, an announcement's card on a party or the firm it sets up; 申报企业：X under a
    # brand's heading in a list of awards, not under a project card's: the project's owner)
    label = rx(conf.get("name_field", "$^")).match(text, at) \
        or (None if card else rx(conf.get("applicant_field", "(?!)")).match(text, at))
    at = label.end() if label else at
    things = [x for x in ms if x.m.role != "owner"]
    first = max((x for x in things if x.m.start == at), key=lambda x: x.m.end, default=None)
    if first is None or first.cls not in CLASSES or first.key == home:
        return None
    return first.key, first.m.end
