"""A firm's trade name said alone, in a document that gives its registered name, is the firm.

久治县星澜乳业有限公司 … 星澜乳业投资1.8亿元的Y项目: a document names a firm once in full and then by
the words between its places and its legal form, or fewer of them (the trade words at its end cut:
科技, 文化, 管理 …; [document_names] trade_words), declaring nothing (no 简称). Each such form of four
characters or more is sought in every sentence as a short form the document declares is
(kg/recognise/aliases.py declared_hits: a mention of the registered name, so the firm): not one that
two registered names of the document share, one the lexicon knows (a firm the lexicon knows
brings its own short forms), one ending on a head word of another class (X物流园: the park), nor
one opening on a word jieba counts as common (城市建设发展 of
X市城市建设发展有限公司, 东方 …: [document_names] trade_common_freq), which may be a phrase of the text.

    >>> from kg.lexicon import Lexicon
    >>> from kg.model import Mention
    >>> from kg.rules import load_rules
    >>> lex = Lexicon.from_rows([{"name": "云溪县", "class": "Place"}])
    >>> m = Mention("d", 0, 0, 13, "云溪县岚澈乳业有限公司", "Enterprise", "云溪县岚澈乳业有限公司", "head:有限公司")
    >>> trade_names(lex, load_rules(), [m])
    {'岚澈乳业': ('云溪县岚澈乳业有限公司', 'Enterprise')}
"""
from __future__ import annotations

from typing import Iterable

from ..lexicon import Lexicon
from ..link.registered import LONGEST_PLACE, places_run
from ..model import Mention
from ..rules import Rules
from ..segment import dictionary_freq

BRACKETED = "（("


def trade_names(lex: Lexicon, rules: Rules, mentions: Iterable[Mention],
                texts: Iterable[str] = ()) -> dict[str, tuple[str, str]]:
    """The trade names (short form -> (registered name, "Enterprise")) of the firms whose registered
    names ``mentions`` give; ``texts``, the document's sentences: a form they hold only in quotation
    marks (打造“墨川烧鸡”特色小镇) is a brand or a slogan there, not the firm."""
    mentions = list(mentions)
    conf = rules.document_names
    words = sorted(conf.get("trade_words", ()), key=len, reverse=True)
    shortest = int(conf.get("trade_min_chars", 4))
    common = int(conf.get("trade_common_freq", 1000))
    ends = tuple(rules.link.get("registered_ends", ()))
    forms = sorted((w for w in rules.link.get("class_words", ()) if ends and w.endswith(ends)), key=len, reverse=True)
    found: dict[str, set[str]] = {}
    inners: set[str] = set()
    for m in mentions:
        if m.cls != "Enterprise" or any(ch in m.name for ch in BRACKETED):
            continue
        form = next((f for f in forms if m.name.endswith(f)), None)
        if form is None:
            continue
        core = m.name[:-len(form)]
        start = max(j for j in range(min(LONGEST_PLACE, len(core)) + 1) if places_run(core[:j], lex))
        core = core[start:]
        # (星澜饲料 of 云溪星澜饲料有限公司墨川分公司, a branch whose parent the document names not: the
        # parent's words before its legal form, the branch's place after it)
        core = _parent_part(core, forms, tuple(conf.get("trade_branch_marks", ())), lex)
        # (华禾云溪糖业 of 华禾云溪糖业有限公司: the trade name before a place inside the name, the
        # group's local firm named by its group's word, its place and its trade)
        # (not a unit's whole parent, 星澜云溪电力有限公司|墨川供电: a legal form inside, another name)
        inner = next((j for j in range(shortest, len(core) - 2) if _place_at(core, j, lex)), None)
        if inner is not None and not any(e in core[:inner] for e in ends):
            found.setdefault(core[:inner], set()).add(m.name)
            inners.add(core[:inner])
        while len(core) >= shortest:
            found.setdefault(core, set()).add(m.name)
            cut = next((w for w in words if core.endswith(w)), None)
            if cut is None:
                break
            core = core[:-len(cut)]
    firms = {m.name for m in mentions if m.cls == "Enterprise"}
    text = "\n".join(texts)
    return {short: (next(iter(names)), "Enterprise") for short, names in found.items()
            if len(names) == 1 and dictionary_freq(short[:2]) < common and not lex.lookup_all(short)
            and short not in names and _firm_headed(rules, short, short in inners)
            # (星澜能源 of 星澜能源有限公司 beside its 星澜能源（云溪）有限公司: another firm's name holds it too)
            and not any(short in f for f in firms - names - {short}) and not _only_quoted(short, names, text)}


def _parent_part(core: str, forms: list[str], marks: tuple[str, ...], lex: Lexicon) -> str:
    """The words before the parent's legal form when ``core`` is a parent's name, a place and a branch
    mark (星澜饲料有限公司墨川分); else ``core``."""
    for f in forms:
        p = core.find(f)
        rest = core[p + len(f):] if p > 0 else ""
        mark = next((k for k in marks if rest.endswith(k)), None)
        if mark and len(rest) > len(mark) and places_run(rest[:-len(mark)], lex):
            return core[:p]
    return core


def _place_at(core: str, j: int, lex: Lexicon) -> bool:
    """True when a place the lexicon knows opens ``core`` at ``j`` and some of it follows the place."""
    return any(places_run(core[j:k], lex) for k in range(j + 2, min(j + LONGEST_PLACE, len(core) - 1) + 1))


def _only_quoted(short: str, names: set[str], text: str) -> bool:
    """True when every use of ``short`` in ``text`` outside the registered names opens a quotation."""
    rest = text
    for name in names:
        rest = rest.replace(name, "")
    at = [i for i in range(len(rest)) if rest.startswith(short, i)]
    return bool(at) and all(i > 0 and rest[i - 1] in QUOTES for i in at)


QUOTES = "“\"'‘「『《"


def _firm_headed(rules: Rules, short: str, inner: bool = False) -> bool:
    """A form whose head word names a thing of another class (云溪国际物流园 of 墨川云溪国际物流园有限公司,
    the park the firm runs) is that thing's name, not the firm's; but a trade name before a place
    inside the name may end on a place's head (华禾青河|云溪糖业: a group's word, not a river)."""
    head = rules.head_of(short)
    return head is None or head.cls == "Enterprise" or inner and head.cls == "Place"
