"""A known firm whose name is also an everyday word, listed among everyday words, is the word:
苹果、小米、核桃等农产品 lists millet, not the firm 小米; 华为、小米、荣耀等企业 lists firms.

    >>> from kg.lexicon import default_lexicon
    >>> from kg.recognise import Recogniser
    >>> r = Recogniser(default_lexicon())
    >>> [m.name for m in r.sentence_mentions("d", 0, "销售苹果、小米、核桃等农产品")]
    []
"""
from __future__ import annotations

from .context import Context
from .text import JOIN_CHARS, LIST_SEP


def among_common_words(ctx: Context, i: int, j: int) -> bool:
    """True when the name of tokens ``i..j`` is an item inside a list (not its first or last: a
    brand jieba knows as a plain noun may stand beside a firm there, 百果园、盒马等渠道) whose
    neighbours are both words the dictionary knows as plain nouns ([brand] homonym_peer_tags)
    and no name the lexicon knows: a list of things of one kind (produce, goods), no names."""
    toks = ctx.toks
    tags = tuple(ctx.rules.brand.get("homonym_peer_tags", ()))
    peers = []
    if i >= 2 and toks[i - 1].text in (LIST_SEP, *JOIN_CHARS):
        peers.append(toks[i - 2])
    if j + 2 < len(toks) and toks[j + 1].text in (LIST_SEP, *JOIN_CHARS):
        peers.append(toks[j + 2])
    return len(peers) == 2 and all(
        ctx.seg.tag(p.text) in tags and ctx.lex.lookup(p.text) is None and p.text not in ctx.rules.heads
        for p in peers)
