"""A park the sentence speaks of as a build is a project too (rules.toml [built_parks]).

A park, a base or a pilot platform hosts firms (a Platform), but where the text says it
is started, invested in, signed or finished (开工建设|星澜产业园, 投资8亿元建设|青禾中试基地,
星澜产业园|一期建成投产, 星澜产业园|，总投资20亿元, 星澜产业园|，由青禾集团投资建设) or lists
it among projects (推进A项目、|星澜产业园|、B项目), it is a construction project as well:
the name keeps its Platform class and takes Project beside it. A pilot base or a shared
test platform is a facility put up wherever the text builds it (在高新区建设|青禾中试基地,
与星澜大学共建|墨川中试平台, 加快…中试基地|建设). Not where the park is only
the site of another's works (落户|星澜产业园|，总投资…, 在|星澜产业园|开工): a word of
[built_parks] site_before right before it says so.

    >>> from kg.lexicon import Lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(Lexicon.from_rows([]))
    >>> [(m.name, m.cls, m.extra) for m in r.sentence_mentions("d", 0, "开工建设星澜智能装备产业园。")]
    [('星澜智能装备产业园', 'Platform', ('Project',))]
"""
from __future__ import annotations

from ..rules import rx
from .candidate import Cand
from .context import Context
from .text import LIST_SEP


def _park(c: Cand, heads: tuple) -> bool:
    """A chosen Platform name (not an owner) that ends in one of ``heads``."""
    return c.cls == "Platform" and c.role != "owner" and "Project" not in c.extra and c.name.endswith(heads)


def _listed_with_projects(ctx: Context, c: Cand, chosen: list[Cand], ends: tuple) -> bool:
    """True when a name right beside ``c`` across a list's 、 is a project named so (ends in ``ends``)."""
    text = ctx.text
    return any(o is not c and o.cls == "Project" and o.role != "owner" and o.name.endswith(ends)
               and ((o.end + 1 == c.start and text[o.end] in LIST_SEP)
                    or (c.end + 1 == o.start and text[c.end] in LIST_SEP))
               for o in chosen)


def built_parks(ctx: Context, chosen: list[Cand]) -> None:
    """Give Project as a second class to each chosen park the sentence speaks of as a build."""
    cfg = ctx.rules.data.get("built_parks", {})
    heads = tuple(cfg.get("heads", ()))
    if not heads:
        return
    text = ctx.text
    before, after = rx(cfg["before"]), rx(cfg["after"])
    site = tuple(cfg.get("site_before", ()))
    ends = tuple(cfg.get("list_project_ends", ()))
    facility = tuple(cfg.get("facility_heads", ()))
    f_before, f_after = rx(cfg.get("facility_before", "(?!)")), rx(cfg.get("facility_after", "(?!)"))
    for c in chosen:
        if not _park(c, heads):
            continue
        head = text[max(0, c.start - 24):c.start]
        if head.endswith(site):
            continue    # 落户|星澜产业园|，总投资…: the park is where another's works stand
        if before.search(head) or after.match(text, c.end) or (ends and _listed_with_projects(ctx, c, chosen, ends)) \
                or c.name.endswith(facility) and (f_before.search(head) or f_after.match(text, c.end)):
            c.extra = (*c.extra, "Project")
