"""Names a bare zone word opens.

A document that has named its zone once calls it by the bare zone word after
(合作区, 开发区, 县城); a head's walk back from a name's head runs over that word
when it stands right before the name (选址合作区|星桥镇, 落户开发区|云溪星澜电子有限公司,
县城|青禾商圈): the word says where the thing is, it is no word of its name. Such a
name of one of the [zone_glue] classes starts after the word when what is left has
min_rest characters or more (min_rest_of a class for its own floor); names of other
classes keep it (开发区管委会, 经开区科创中心, 高新区星澜公寓项目 are named so), and so
do names read from the lexicon and short forms the text declares (简称).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Mention


def _cut(m: Mention, conf: dict, words: list[str]) -> int:
    """How many characters of a bare zone word (``words``, longest first) open ``m``'s name (0: none)."""
    if m.cls not in conf.get("classes", ()) or m.role == "owner" or m.rule in ("lexicon", "declared-alias"):
        return 0
    floor = conf.get("min_rest_of", {}).get(m.cls, conf.get("min_rest", 4))
    for w in words:
        if m.name.startswith(w) and m.surface.startswith(w) and len(m.name) - len(w) >= floor:
            return len(w)
    return 0


def zone_glue(rules, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a bare zone word cut off the start of the names it opens."""
    conf = rules.data.get("zone_glue")
    if not conf or not conf.get("words"):
        return mentions
    words = sorted(conf["words"], key=len, reverse=True)
    spans = {(m.sentence, m.start, m.end) for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        n = _cut(m, conf, words)
        if not n:
            out.append(m)
        elif (m.sentence, m.start + n, m.end) not in spans:
            out.append(replace(m, start=m.start + n, surface=m.surface[n:], name=m.name[n:]))
    return out
