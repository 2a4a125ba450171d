"""Small .html, .docx and .pdf files made from paragraphs of text, for the reader tests.

Each holds the paragraphs a .txt file of the same document would hold, with
what such files carry besides: a page's navigation and footer, a Word
file's table, a PDF's lines wrapped at the page's width.  A PDF without a
text layer (a scan) is a page with a picture and no text.
"""
from __future__ import annotations

import html
from pathlib import Path


def write_txt(path: Path, paragraphs: list[str]) -> Path:
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def write_html(path: Path, paragraphs: list[str], encoding: str = "utf-8") -> Path:
    title, *body = paragraphs
    esc = html.escape
    page = (f'<!DOCTYPE html><html><head><meta charset="{encoding}"><title>{esc(title)}_门户网站</title></head>'
            '<body><nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li>'
            '<li><a href="/gov">政务公开</a></li><li><a href="/service">办事服务</a></li></ul></nav>'
            f'<div class="main"><article><h1>{esc(title)}</h1>'
            + "".join(f"<p>{esc(p)}</p>" for p in body)
            + '</article></div><footer><p>主办单位：某区人民政府办公室 备案号：浙ICP备00000000号</p>'
            '<p>联系我们 | 网站地图 | 隐私声明</p></footer></body></html>')
    path.write_bytes(page.encode(encoding))
    return path


def write_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    import docx
    d = docx.Document()
    title, *body = paragraphs
    d.add_heading(title, level=1)
    for p in body:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    d.core_properties.title = title
    d.save(str(path))
    return path


def write_pdf(path: Path, paragraphs: list[str], width: int = 34) -> Path:
    """A PDF with a text layer: reportlab's built-in Chinese font (STSong-Light, no font
    file needed), each paragraph wrapped every ``width`` characters, pages as needed."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), invariant=1)
    y = 800
    for p in paragraphs:
        lines = [p[i:i + width] for i in range(0, len(p), width)] or [""]
        for line in lines:
            if y < 60:
                c.showPage()
                y = 800
            c.setFont("STSong-Light", 14)
            c.drawString(50, y, line)
            y -= 20
        y -= 10
    c.showPage()
    c.save()
    return path


def write_scan_pdf(path: Path) -> Path:
    """A PDF page with shapes and no text: what a scanner without OCR makes."""
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), invariant=1)
    c.rect(50, 500, 400, 200, fill=1)
    c.showPage()
    c.save()
    return path
