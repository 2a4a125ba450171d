"""Link mentions to entities: one real thing, one node.

    >>> from kg.model import Mention
    >>> ms = [Mention("d", 0, 0, 7, "数字经济产业园", "Platform", "数字经济产业园", "head:产业园"),
    ...       Mention("d", 1, 0, 3, "数产园", "Platform", "数产园", "head:园")]
    >>> ents, key_of = link(ms)
    >>> sorted(ents), sorted(ents["Platform/数字经济产业园"].aliases)
    (['Platform/数字经济产业园'], ['数产园', '数字经济产业园'])

Names meet when they are equal, when the lexicon or the text declares one an
alias of the other (简称), when one is an abbreviation of the other in the
same class (数产园 / 数字经济产业园: first and last characters shared, the
short form's characters in order in the long one), when one is the other plus
a class word (芯空 / 芯空项目), and when a name was renamed in its middle
(大运河数字经济未来城 / 大运河数智未来城).  Homonyms of different classes
stay apart (大运河 the canal, 大运河商圈).
"""
from __future__ import annotations

from collections import Counter, defaultdict

from .lexicon import Lexicon
from .model import Entity, Mention
from .rules import load_rules


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, k: str) -> str:
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def is_abbreviation(short: str, long: str) -> bool:
    """数产园 abbreviates 数字经济产业园: same first and last character, in order.

    >>> is_abbreviation("数产园", "数字经济产业园"), is_abbreviation("杭钢", "杭州钢铁集团")
    (True, False)
    """
    if not (2 <= len(short) <= 4 < len(long) or (len(short) <= 4 and len(short) < len(long) - 1)):
        return False
    if short[0] != long[0] or short[-1] != long[-1] or long.startswith(short):
        return False
    it = iter(long)
    return all(ch in it for ch in short)


def is_renamed(a: str, b: str) -> bool:
    """大运河数字经济未来城 / 大运河数智未来城: shared head and tail, a middle that starts alike.

    >>> is_renamed("大运河数字经济未来城", "大运河数智未来城")
    True
    """
    if a == b or min(len(a), len(b)) < 7:
        return False
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    ma, mb = a[p:len(a) - s], b[p:len(b) - s]
    return p >= 2 and s >= 3 and 0 < len(ma) <= 4 and 0 < len(mb) <= 4 and (
        p > 0 and a[p - 1] == b[p - 1])


def link(mentions: list[Mention], lexicon: Lexicon | None = None) -> tuple[dict[str, Entity], dict[int, str]]:
    """Group mentions into entities; returns entities by key and mention id -> key."""
    rules = load_rules()
    lexicon = lexicon or Lexicon()
    uf = _UnionFind()
    node = lambda cls, name: f"{cls}/{name}"  # noqa: E731
    names_by_cls: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        k = uf.find(node(m.cls, m.name))
        names_by_cls[m.cls].add(m.name)
        for a in (m.surface, *m.aliases):
            if a != m.name:
                e = lexicon.lookup(a, m.cls)
                target = e.name if e else None
                if target is None and a in names_by_cls[m.cls] and a != m.surface:
                    target = a
                if target:
                    uf.union(k, node(m.cls, target))
    for cls, names in names_by_cls.items():
        ordered = sorted(names, key=lambda n: (len(n), n))
        for i, short in enumerate(ordered):
            for long in ordered[i + 1:]:
                rest = long[len(short):] if long.startswith(short) else None
                if (is_abbreviation(short, long) or is_renamed(short, long)
                        or (rest and (rest in rules.heads or rest in rules.alias_suffixes)
                            and len(short) >= 2 and not lexicon.lookup(short))
                        or (len(short) >= 5 and long.endswith(short))):
                    uf.union(node(cls, short), node(cls, long))
    # declared aliases (简称) were given as mention aliases of the canonical name
    groups: dict[str, list[Mention]] = defaultdict(list)
    key_of: dict[int, str] = {}
    for m in mentions:
        groups[uf.find(node(m.cls, m.name))].append(m)
    entities: dict[str, Entity] = {}
    for root, ms in groups.items():
        names = Counter(m.name for m in ms)
        lex = next((lexicon.lookup(n, ms[0].cls) for n in names if lexicon.lookup(n, ms[0].cls)), None)
        if lex:
            name = lex.name
        else:
            name = max(names, key=lambda n: (names[n], len(n), n))
        cls = ms[0].cls
        key = f"{cls}/{name}"
        ent = entities.get(key) or Entity(key, cls, name)
        ent.aliases |= {m.surface for m in ms} | set(names) | {a for m in ms for a in m.aliases}
        if lex:
            ent.aliases |= set(lex.aliases)
            ent.en = ent.en or lex.en
        ent.extra_classes |= {c for m in ms for c in m.extra} - {cls}
        ent.mentions.extend(ms)
        entities[key] = ent
        for m in ms:
            key_of[id(m)] = key
    for ent in entities.values():
        ent.aliases.discard(ent.name)
        # an alias that names another entity of the same class would merge two clusters for a reader
        ent.aliases = {a for a in ent.aliases if f"{ent.cls}/{a}" not in entities or f"{ent.cls}/{a}" == ent.key}
    return entities, key_of
