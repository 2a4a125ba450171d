"""Words that make the opening of a project's name no firm's (kg/recognise/owners.py): the
name's stem is a trade, a product or a place, not a brand.

- a firm's trade word that is only the tail of a longer word of the text, a track or a common
  noun, after two characters or more of it (新墩夏菜|冷链物流|中心项目: 物流 is no firm's there; not
  新|能源 nor 新|动力, a firm's own trade: 星澜新能源);
- a would-be coinage all of whose words name places or sides of them (五女山|枫林|温泉…,
  北岸|廊桥|徽州…: a scenic spot's name, not a brand jieba cut in two).
"""
from __future__ import annotations

# the tags jieba gives the words naming a place or a side of one (a scenic spot, a bank)
PLACE_TAGS = ("ns", "f", "s")
# the tags of common words (a noun, a verbal or adjectival noun)
_COMMON = ("n", "vn", "an")


def glued(ctx, word: str, trade: str) -> bool:
    """True when ``trade``, the firm's word ending a would-be firm's name, is the tail of the
    longer ``word`` of the text, and that word names a track or is a common noun."""
    return len(word) >= len(trade) + 2 and word.endswith(trade) and (
        ctx.lex.lookup(word, "IndustryTrack") is not None or ctx.seg.tag(word) in _COMMON)


def places_only(words) -> bool:
    """True when every word of a would-be brand names a place or a side of one."""
    return bool(words) and all(w.pos in PLACE_TAGS for w in words)

