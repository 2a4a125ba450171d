"""Projects named by a firm the document names elsewhere: the firm's brand, what the
project makes, and a project head (青禾智远|新能源汽车整车|项目). The heads' walk left
cannot tell such a brand from the clause when it is made of dictionary words (a noun,
a verb: 国|机智|骏, 东方|希望), nothing in it being proper; that the document lists it
among its firms (…、青禾智远、…等企业) says it is one."""
from __future__ import annotations

from .candidate import Cand
from .context import Context, stops
from .text import alnum, find_all


def firm_projects(ctx: Context) -> list[Cand]:
    """A firm of the document's names (``ctx.doc_names``), right after it words that may
    stand inside a name (nouns, no verb, no punctuation), then a project head that may
    be owned ([heads]: owner) within [long_name] max_len characters: the project, its
    owner nested."""
    out: list[Cand] = []
    text = ctx.text
    max_len = ctx.rules.long_name.get("max_len", 30)
    for surface, (name, cls) in ctx.doc_names.items():
        if cls != "Enterprise":
            continue
        for m in find_all(surface, text):
            s, e = m.span()
            if s not in ctx.starts or e not in ctx.starts:
                continue
            pos, words = e, 0
            while pos - s <= max_len:
                t = ctx.by_start.get(pos)
                if t is None:
                    break
                h = ctx.rules.heads.get(t.text)
                if h is not None and h.cls == "Project" and h.owner:
                    if words and t.end - s <= max_len:
                        owner = Cand(s, e, "Enterprise", name, "document-name", prio=1, role="owner")
                        out.append(Cand(s, t.end, "Project", text[s:t.end], f"document-firm:{t.text}",
                                        prio=2, nested=[owner]))
                    break
                if stops(ctx, t, t.end) or not _inside(ctx, t.text):
                    break
                pos, words = t.end, words + 1
    return out


def _inside(ctx: Context, w: str) -> bool:
    """A word that may stand inside a project's name: a noun, a name word, a Latin one."""
    return alnum(w) or ctx.seg.tag(w)[:1] in ("n", "j") or ctx.seg.tag(w) == "vn"
