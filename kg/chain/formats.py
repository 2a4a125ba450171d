"""A chain written out: a tree for the terminal, JSON, Markdown and a standalone HTML page."""
from __future__ import annotations

import html
import json
import re
from typing import Any

from ..graph import CLASS_ZH, class_name, evidence_text, node_json, relation_name
from ..query import shorten
from .build import FORMATS, SECTIONS, Chain, ChainItem


def _counts(c: Chain) -> str:
    names = {"subtracks": "sub-track", "platforms": "platform",
             "actors": "enterprise or institution", "projects": "project", "places": "place"}
    plural = {"enterprise or institution": "enterprises and institutions"}
    parts = []
    for key, _, _ in SECTIONS:
        n = len(c.sections.get(key, []))
        word = names[key]
        parts.append(f"{n} {word if n == 1 else plural.get(word, word + 's')}")
    docs = {e.doc for lk in c.links() for e in lk.evidence}
    return " · ".join(parts) + f" · {len(c.links())} relations from {len(docs)} documents"


def _relation(c: Chain, item: ChainItem) -> str:
    """The item's link seen from the item: ``—inTrack→ 生命健康`` or ``←ownedBy— 某园``."""
    lk = item.link
    if lk is None:
        return ""
    G = c.G
    rel = relation_name(lk.predicate)
    if lk.subject == item.node:
        return f"—{rel}→ {G.nodes[lk.object]['label']}"
    return f"←{rel}— {G.nodes[lk.subject]['label']}"


def _item_head(c: Chain, item: ChainItem) -> str:
    d = c.G.nodes[item.node]
    classes = "+".join(CLASS_ZH.get(x, x) for x in d["classes"])
    rel = _relation(c, item)
    return f"{d['label']} · {classes}" + (f"  {rel}" if rel else "")


class _Notes:
    """Numbers evidence sentences: the first time one is shown it is printed with its
    number, later only the number (``[3]``), so a sentence behind many relations is read once."""

    def __init__(self) -> None:
        self.number: dict[tuple[str, str], int] = {}

    def lines(self, item: ChainItem, max_evidence: int | None, quote=evidence_text) -> tuple[list[str], str]:
        """(new sentence lines, reference tag for sentences already shown)."""
        if item.link is None:
            return [], ""
        ev = item.link.evidence
        shown = ev if max_evidence is None else ev[:max_evidence]
        new, seen = [], []
        for e in shown:
            key = (e.doc, e.sentence)
            if key in self.number:
                seen.append(self.number[key])
            else:
                self.number[key] = len(self.number) + 1
                new.append(f"[{self.number[key]}] {quote(e)}")
        if len(ev) > len(shown):
            n = len(ev) - len(shown)
            new.append(f"(+{n} more sentence{'s' if n > 1 else ''})")
        if not ev:
            new.append("(no evidence sentence recorded)")
        return new, "".join(f"[{n}]" for n in seen)


def format_tree(c: Chain, max_evidence: int | None = None) -> str:
    """The chain as an indented text tree; under each item, its evidence sentences and documents.

    Each sentence is printed once, numbered, where it first supports a
    relation; a relation it supports again further down shows its number.

        >>> print(format_tree(chain(G, "生命健康"), max_evidence=1))      # doctest: +SKIP
    """
    G = c.G
    d = G.nodes[c.track]
    notes = _Notes()
    lines = [f"{d['label']} · {class_name('IndustryTrack')} · {shorten(c.track)}",
             f"│ {_counts(c)}"]
    lines += [f"│ 项目进展 {p.text()}" for p in c.progress]

    def walk(item: ChainItem, prefix: str, last: bool) -> None:
        new, refs = notes.lines(item, max_evidence)
        lines.append(prefix + ("└── " if last else "├── ") + _item_head(c, item) + (f"  {refs}" if refs else ""))
        inner = prefix + ("    " if last else "│   ")
        pad = inner + ("│   " if item.children else "    ")
        for ev in new:
            lines.append(pad + "  " + ev)
        for i, kid in enumerate(item.children):
            walk(kid, inner, i == len(item.children) - 1)

    for si, (key, zh, en) in enumerate(SECTIONS):
        items = c.sections.get(key, [])
        last_section = si == len(SECTIONS) - 1 and not c.ranking
        lines.append(("└── " if last_section else "├── ") + f"{zh} {en} ({len(items)})")
        prefix = "    " if last_section else "│   "
        if not items:
            lines.append(prefix + "(none found in the texts)")
        for i, item in enumerate(items):
            walk(item, prefix, i == len(items) - 1)
    if c.ranking:
        lines.append(f"└── 关键节点 Key nodes ({c.measure})")
        for line in _wrap(c.explanation, 96):
            lines.append("    " + line)
        width = max(len(G.nodes[n]["label"]) for n, _ in c.ranking)
        for i, (n, score) in enumerate(c.ranking, 1):
            nd = G.nodes[n]
            lines.append(f"    {i:2d}. {nd['label']}{'　' * (width - len(nd['label']))}  "
                         f"{score:.3f}  {CLASS_ZH.get(nd['cls'], nd['cls'])}")
    return "\n".join(lines)


def _wrap(text: str, width: int) -> list[str]:
    import textwrap
    return textwrap.wrap(text, width) or [""]


def _item_json(c: Chain, item: ChainItem) -> dict[str, Any]:
    out = node_json(c.G, item.node)
    out["direct"] = item.direct
    out["relation"] = item.link.to_json(c.G) if item.link else None
    out["children"] = [_item_json(c, k) for k in item.children]
    return out


def to_json(c: Chain) -> dict[str, Any]:
    """The chain as a JSON-ready dict: ``track``, ``sections`` (key, zh, en, items), ``ranking``.

    An item: ``iri``, ``name``, ``class``, ``classes``, ``en``, ``aliases``,
    ``direct`` (stated to be in the track), ``relation`` (``subject``,
    ``predicate``, ``object``, their IRIs, ``evidence``: sentence, doc,
    title, index, rule, confidence) and ``children``.
    """
    G = c.G
    return {
        "track": node_json(G, c.track),
        "tracks": [G.nodes[t]["label"] for t in c.tracks],
        "sections": [{"key": key, "zh": zh, "en": en,
                      "items": [_item_json(c, i) for i in c.sections.get(key, [])]}
                     for key, zh, en in SECTIONS],
        "ranking": {"measure": c.measure, "explanation": c.explanation,
                    "nodes": [{**node_json(G, n), "score": round(s, 6)} for n, s in c.ranking]},
        "progress": [p.to_json() for p in c.progress],
        "documents": {doc: G.graph.get("documents", {}).get(doc)
                      for doc in sorted({e.doc for lk in c.links() for e in lk.evidence})},
    }


def format_json(c: Chain, indent: int | None = 1) -> str:
    """`to_json` as text (UTF-8, Chinese as is)."""
    return json.dumps(to_json(c), ensure_ascii=False, indent=indent)


_MD_SPECIAL = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]<>#|"})


def _md(text: str) -> str:
    return " ".join(text.split()).translate(_MD_SPECIAL)


def _code(text: str) -> str:
    """``text`` as a Markdown code span that no backtick in it can end early
    (a file named a`<img …>`.txt would leave its markup outside the span, as HTML).

    >>> _code("a.txt"), _code("a`<b>`.txt")
    ('`a.txt`', '`` a`<b>`.txt ``')
    """
    text = " ".join(text.split())
    fence = "`" * (max(map(len, re.findall("`+", text)), default=0) + 1)
    pad = " " if "`" in text else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def format_md(c: Chain, max_evidence: int | None = None) -> str:
    """The chain as Markdown: a heading per section, nested lists, evidence as quoted sentences."""
    G = c.G
    d = G.nodes[c.track]
    out = [f"# 产业链 {_md(d['label'])} chain", "", f"{_code(shorten(c.track))} — {_md(_counts(c))}", ""]
    out += [f"- 项目进展 {_md(p.text())}" for p in c.progress] + ([""] if c.progress else [])

    notes = _Notes()

    def walk(item: ChainItem, depth: int) -> None:
        nd = G.nodes[item.node]
        classes = "+".join(f"{CLASS_ZH.get(x, x)} {x}" for x in nd["classes"])
        rel = _relation(c, item)
        new, refs = notes.lines(item, max_evidence, quote=lambda e: f"“{_md(e.sentence)}” — {_code(e.doc)}")
        out.append("  " * depth + f"- **{_md(nd['label'])}** ({classes})" + (f" {_md(rel)}" if rel else "")
                   + (f" {refs}" if refs else ""))
        for line in new:
            out.append("  " * (depth + 1) + f"- {line}")
        for kid in item.children:
            walk(kid, depth + 1)

    for key, zh, en in SECTIONS:
        items = c.sections.get(key, [])
        out += [f"## {zh} {en} ({len(items)})", ""]
        if not items:
            out.append("*(none found in the texts)*")
        for item in items:
            walk(item, 0)
        out.append("")
    if c.ranking:
        out += [f"## 关键节点 Key nodes ({c.measure})", "", _md(c.explanation), "",
                "| # | entity | class | score |", "|---:|---|---|---:|"]
        for i, (n, s) in enumerate(c.ranking, 1):
            nd = G.nodes[n]
            out.append(f"| {i} | {_md(nd['label'])} | {class_name(nd['cls'])} | {s:.3f} |")
        out.append("")
    return "\n".join(out)


_HTML_CSS = """
body { font-family: system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
       max-width: 60em; margin: 1em auto; padding: 0 1em; color: #222; line-height: 1.5; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.4em; border-bottom: 1px solid #ddd; }
ul { list-style: none; padding-left: 1.2em; border-left: 1px solid #e3e3e3; }
li { margin: 0.3em 0; } .cls { color: #666; font-size: 0.9em; } .rel { color: #555; }
blockquote { margin: 0.15em 0 0.15em 0.5em; padding-left: 0.6em; border-left: 3px solid #c9d7e6;
             color: #333; font-size: 0.92em; }
.doc { color: #777; font-size: 0.9em; } .meta { color: #555; }
table { border-collapse: collapse; } td, th { padding: 2px 10px; border-bottom: 1px solid #eee; text-align: left; }
"""


def format_html(c: Chain, max_evidence: int | None = None) -> str:
    """The chain as one self-contained HTML page (no script, nothing loaded; all text escaped)."""
    G = c.G
    e = html.escape
    d = G.nodes[c.track]
    out = ['<!DOCTYPE html>', '<html lang="zh-Hans"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>产业链 {e(d['label'])} chain</title><style>{_HTML_CSS}</style></head><body>",
           f"<h1>产业链 {e(d['label'])} chain</h1>",
           f'<p class="meta"><code>{e(shorten(c.track))}</code> — {e(_counts(c))}</p>']
    out += [f'<p class="meta">项目进展 {e(p.text())}</p>' for p in c.progress]

    def walk(item: ChainItem) -> None:
        nd = G.nodes[item.node]
        classes = "+".join(f"{CLASS_ZH.get(x, x)} {x}" for x in nd["classes"])
        rel = _relation(c, item)
        out.append(f"<li><b>{e(nd['label'])}</b> <span class=\"cls\">{e(classes)}</span>"
                   + (f" <span class=\"rel\">{e(rel)}</span>" if rel else ""))
        if item.link is not None:
            ev = item.link.evidence if max_evidence is None else item.link.evidence[:max_evidence]
            for x in ev:
                title = f" {x.title}" if x.title else ""
                out.append(f"<blockquote>“{e(' '.join(x.sentence.split()))}” "
                           f"<span class=\"doc\">— {e(x.doc)}{e(title)}</span></blockquote>")
        if item.children:
            out.append("<ul>")
            for kid in item.children:
                walk(kid)
            out.append("</ul>")
        out.append("</li>")

    for key, zh, en in SECTIONS:
        items = c.sections.get(key, [])
        out.append(f"<h2>{e(zh)} {e(en)} ({len(items)})</h2>")
        if not items:
            out.append("<p><i>(none found in the texts)</i></p>")
            continue
        out.append("<ul>")
        for item in items:
            walk(item)
        out.append("</ul>")
    if c.ranking:
        out.append(f"<h2>关键节点 Key nodes ({e(c.measure)})</h2><p>{e(c.explanation)}</p>")
        out.append("<table><tr><th>#</th><th>entity</th><th>class</th><th>score</th></tr>")
        for i, (n, s) in enumerate(c.ranking, 1):
            nd = G.nodes[n]
            out.append(f"<tr><td>{i}</td><td>{e(nd['label'])}</td><td>{e(class_name(nd['cls']))}</td>"
                       f"<td>{s:.3f}</td></tr>")
        out.append("</table>")
    out.append("</body></html>\n")
    return "\n".join(out)


def format_chain(c: Chain, fmt: str = "tree", max_evidence: int | None = None) -> str:
    """``c`` in one of `FORMATS`: tree, json, md, html."""
    if fmt == "tree":
        return format_tree(c, max_evidence)
    if fmt == "json":
        return format_json(c)
    if fmt == "md":
        return format_md(c, max_evidence)
    if fmt == "html":
        return format_html(c, max_evidence)
    raise ValueError(f"unknown format '{fmt}' — use one of {', '.join(FORMATS)}")
