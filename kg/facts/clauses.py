"""A sentence seen as clauses, with the names in it: what a fact can attach to."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .rules import FactRules


@dataclass
class Named:
    """A mention of the sentence, with the entity it was linked to."""
    start: int
    end: int
    key: str
    holder: bool               # a Project or Platform
    group: str


class Clauses:
    def __init__(self, text: str, named: list[Named], rules: FactRules):
        self.text, self.r = text, rules
        self.named = sorted(named, key=lambda n: n.start)
        # clause spans; a comma between digits is a thousands separator
        cuts = [m.start() for m in rules.breaks.finditer(text)
                if not (m.group() == "," and re.match(r",\d{3}(?!\d)", text[m.start():]))]
        self.clauses = list(zip([0] + [c + 1 for c in cuts], cuts + [len(text)]))
        # names in a speaker's label ("X管委会副主任：") are who speaks
        label = rules.speaker.match(text)
        self.content = label.end() if label else 0

    def clause(self, pos: int) -> tuple[int, int]:
        return next(c for c in self.clauses if c[0] <= pos < c[1] + 1)

    def inside_name(self, start: int, end: int) -> bool:
        return any(n.start < end and start < n.end for n in self.named)

    def holders(self, start: int, end: int) -> list[Named]:
        start = max(start, self.content)
        return [n for n in self.named if n.holder and start <= n.start and n.end <= end]

    def listed_with(self, anchor: Named, candidates: list[Named]) -> list[Named]:
        """``anchor`` and the candidates that are items of one list with it
        (one enumeration group, or joined by 、/和 alone): in "依托X建设的Y开工"
        only Y started, in "X、Y正式开业" both opened."""
        inside = [n is anchor or bool(anchor.group and n.group == anchor.group) for n in candidates]
        joined = [bool(re.fullmatch(r"[、和与及]", self.text[a.end:b.start]))
                  for a, b in zip(candidates, candidates[1:])]
        for order in (range(len(joined)), reversed(range(len(joined)))):   # spread both ways
            for i in order:
                if joined[i] and (inside[i] or inside[i + 1]):
                    inside[i] = inside[i + 1] = True
        return [n for n, keep in zip(candidates, inside) if keep]

    def placed(self, n: Named) -> bool:
        """Whether ``n`` is named as where something is (位于X, 落户X)."""
        cs, _ = self.clause(n.start)
        return any(w in self.text[cs:n.start] for w in self.r.topic_not_after)

    def topic(self, clause_start: int, pos: int) -> Named | None:
        """The project a subject-less clause continues: the nearest named earlier
        in the sentence that is not a place something is in, when the clause
        names nothing before ``pos`` and starts there, with a time (今年6月) or
        with a lead word (是, 将于, 预计, 已 …), and no count of projects
        stands between."""
        lead = self.text[clause_start:pos].strip()
        for word in ("其中", "该项目", "项目"):
            lead = lead.removeprefix(word)
        while (t := self.r.times.match(lead)) and t.end():
            lead = lead[t.end():]
        if (lead and not lead.startswith(self.r.topic_leads)) or self.inside_name(clause_start, pos):
            return None
        before = [n for n in self.holders(0, clause_start) if not self.placed(n)]
        if not before or self.r.topic_breaks.search(self.text[before[-1].end:clause_start]):
            return None
        return before[-1]
