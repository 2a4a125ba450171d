"""A building or a centre named as a project that the sentence says hosts firms is a
platform too (rules.toml [hosts]): 星澜科创大厦|已入驻企业36家, 青禾创新中心|（孵化器），在孵企业
20家, 墨川研究院|设在|白露科技大厦: where firms or bodies settle, the thing is a carrier
of them (Platform) as well as the build it was (Project).

    >>> from kg.lexicon import Lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> [(m.name, m.cls, m.extra) for m in r.sentence_mentions("d", 0, "星澜科创大厦已入驻企业36家。")]
    [('星澜科创大厦', 'Project', ('Platform',))]
"""
from __future__ import annotations

from ..rules import rx
from .candidate import Cand
from .context import Context


def hosts(ctx: Context, chosen: list[Cand]) -> None:
    """Give Platform as a second class to each chosen project of [hosts] heads that hosts firms."""
    cfg = ctx.rules.data.get("hosts", {})
    heads = tuple(cfg.get("heads", ()))
    if not heads:
        return
    text = ctx.text
    before, after = rx(cfg["before"]), rx(cfg["after"])
    opens = {o.end: o.start for o in chosen if o.cls in ("Place", "Platform") and o.role != "owner"}
    for c in chosen:
        if c.cls != "Project" or c.role == "owner" or "Platform" in c.extra or not c.name.endswith(heads):
            continue
        start = opens.get(c.start, c.start)     # (设在|青禾高新区|科创大厦: the zone opens the building's name)
        if after.match(text, c.end) or before.search(text[max(0, start - 12):start]):
            c.extra = (*c.extra, "Platform")
