"""The foreign places a text lists right after their country, names the lexicon does not know
and jieba cuts into pieces (至墨兰|乌尔|贾尔、阿亚|古兹和卡拉|干达的线路: 乌尔贾尔, 阿亚古兹 and
卡拉干达; 出口墨兰|诺夫|州: 诺夫州; 墨兰|老街|省的: 老街省). An item is a run of words jieba tags
a place or a foreign name (rules.toml [place.after_country] item_tags), or any words before a
unit a foreign country divides itself into (foreign_units: 省, 州); it ends its list item (a
list mark, 的, 等 or a punctuation mark). The items after the first, joined by list marks, are
the country's places too (kg/relate/parts.py gives them partOf the country). Not a common word
after the country (墨兰市场, 墨兰客商: jieba tags neither a place), nor a word the lexicon knows.
kg/recognise/places.py after_country reads a single word after the country; this one the rest."""
from __future__ import annotations

from .candidate import Cand
from .context import Context
from .proper_words import generic_only
from .text import han, is_punct

FIRST, LISTED = "city-after-country", "city-listed-after-country"


def country_lists(ctx: Context) -> list[Cand]:
    """The places listed right after a foreign country (see the module's doc)."""
    text, toks = ctx.text, ctx.toks
    if not ctx.tables.country_re.search(text):
        return []
    ac = ctx.rules.place_attributive_after_country
    countries = ctx.tables.countries
    blocs = set(ac.get("not_firm_prefix", ()))
    seps = tuple(ac.get("list_seps", ()))
    out: list[Cand] = []
    for k, t in enumerate(toks):
        if t.text not in countries or t.text in blocs:
            continue
        j, rule = k + 1, FIRST
        while j < len(toks) and toks[j].start == toks[j - 1].end:
            end = _item(ctx, j, ac)
            if end is None:
                break
            a, b = toks[j], toks[end - 1]
            # (a single word the lexicon's rule (places.after_country) reads already is left to it)
            if end - j > 1 or rule == LISTED:
                out.append(Cand(a.start, b.end, "Place", text[a.start:b.end], rule, prio=3))
            if end < len(toks) and toks[end].text in seps and end + 1 < len(toks):
                j, rule = end + 1, LISTED      # (乌尔贾尔、|阿亚古兹: the list goes on)
                continue
            break
    return out


def _item(ctx: Context, j: int, ac: dict) -> int | None:
    """The index past the last token of the place item that starts at token ``j`` (see the
    module's doc), None when no foreign place starts there."""
    text, toks = ctx.text, ctx.toks
    tags = set(ac.get("item_tags", ()))
    units = tuple(ac.get("foreign_units", ()))
    longest = ac.get("item_max_len", 0)
    verbs = tuple(ac.get("site_after", ()))
    ends = ac.get("item_after", ())
    i = j
    while i < len(toks) and toks[i].start == toks[i - 1].end and toks[i].end - toks[j].start <= longest:
        w = toks[i].text
        if not han(w):
            break
        if w in units and i > j:
            i += 1      # (老街|省: the unit closes the item, whatever the words before it)
            break
        # (乌尔|贾尔: a piece jieba's dictionary lacks, tagged nothing, may go with a tagged one)
        if ctx.seg.tag(w) not in tags | {""} or ctx.lex.lookup(w) is not None or w.startswith(verbs):
            if not (i + 1 < len(toks) and toks[i + 1].text in units and toks[i + 1].start == toks[i].end):
                return None
        i += 1
        if i < len(toks) and (toks[i].text in ends or is_punct(toks[i].text[0])):
            break
    if i == j:
        return None
    name = text[toks[j].start:toks[i - 1].end]
    closed = i == len(toks) or toks[i].text in ends or is_punct(toks[i].text[0])
    unit = next((u for u in units if name.endswith(u)), "")
    if not closed or not 2 <= len(name) - len(unit) <= longest or generic_only(ctx, name[:len(name) - len(unit)]) \
            or ctx.lex.lookup(name) is not None or name in ac.get("site_not_words", ()):
        return None
    if not unit and not any(ctx.seg.tag(t.text) in tags for t in toks[j:i]):
        return None
    return i
