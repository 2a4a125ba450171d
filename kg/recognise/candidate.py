"""A candidate name: a span some source proposes, before overlaps are resolved."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Cand:
    start: int
    end: int
    cls: str
    name: str
    rule: str
    prio: int = 1
    aliases: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    group: str = ""
    role: str = "name"
    needs_context: bool = False
    nested: list["Cand"] = field(default_factory=list)
    source: str = ""              # the lexicon entry's source tag

    @property
    def length(self) -> int:
        return self.end - self.start
