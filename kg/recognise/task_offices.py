"""The office of a task's leading group, headquarters or task force, named by the place or
the level of government it belongs to and the task it is set up for (青禾市重点工程建设工作
领导小组办公室, 区招商项目落地推进领导小组办公室, 云溪市招商引资工作专班办公室): one body, its
name running over words (建设, 推进, 工作) that end a name elsewhere, so the head 办公室 alone
cuts it to its last words. Only when the walk over the task's words reaches a place a source
found or a bare level (区, 市): without one (经各单位推荐、领导小组办公室) the head's reading
stands. The place stays a mention of its own. rules.toml [task_office]."""
from __future__ import annotations

from .area_chains import areas_by_end, chain_before, nested
from .candidate import Cand
from .context import Context
from .text import is_punct


def task_offices(ctx: Context) -> list[Cand]:
    """An office ending with a word of [task_office] offices right after one of units (领导小组,
    指挥部, 专班), the task's words before it up to max_len characters."""
    cfg = ctx.rules.data.get("task_office")
    offices = tuple(cfg.get("offices", ())) if cfg else ()
    if not offices or not any(o in ctx.text for o in offices):
        return []
    units, levels = tuple(cfg.get("units", ())), tuple(cfg.get("levels", ()))
    stop_tags, most = tuple(cfg.get("stop_tags", ())), cfg.get("max_len", 16)
    stop_words = frozenset(cfg.get("stop_words", ()))
    text, toks, out = ctx.text, ctx.toks, []
    areas = areas_by_end(ctx)
    for k, t in enumerate(toks):
        if t.text not in offices or k < 2 or toks[k - 1].end != t.start or not toks[k - 1].text.endswith(units):
            continue
        start, j, level = toks[k - 1].start, k - 2, False
        while j >= 0 and start not in areas:
            w = toks[j]
            if w.end != start or any(is_punct(ch) for ch in w.text) or toks[k - 1].start - w.start > most:
                break
            if w.text in levels or (len(w.text) == 2 and w.text[1] in levels
                                    and w.text[0] in ctx.rules.glued_boundary):
                start, level = w.end - 1, True   # 区|重点项目…, (内)向市|招商引资…: the level stands for the area
                break
            if ctx.seg.tag(w.text).startswith(stop_tags) or w.text in stop_words:
                break
            start, j = w.start, j - 1
        chain = chain_before(areas, areas.get(start))   # 青禾市|云溪区|…: the places before it
        if not chain and not level or start >= toks[k - 1].start:
            continue
        first = chain[0].start if chain else start
        c = Cand(first, t.end, "Institution", text[first:t.end], "task-office", prio=3)
        c.nested = nested(chain)
        out.append(c)
    return out
