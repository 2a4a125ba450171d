"""What a thing's own line or name says of its track, beside the sentence's and paragraph's
(kg/relate/tracks.py): a list item's field line names no thing of the item's track, and a
thing whose name holds a track its sentence names is in that one; a thing with its field in
brackets after it (星澜精工（高温合金铸件）) is in that field; a thing under a sentence's head
track whose name or clause names a segment of the head is in that segment."""
from __future__ import annotations

from ..fieldlines import field_start
from .base import TRACK_SUBJECTS, Collector, Item, rx


def item_field(c: Collector, text: str) -> bool:
    """Whether ``text`` is a field line of a list's item naming its builder, its site or what it
    builds, or of a firm's card naming its project (relations.toml [located] owner_field,
    place_field, content_field, project_field): the firms, parks and bodies such a line names are
    not in the track of the item or its paragraph, nor in a track its description names (入驻项目：
    X，生产T成型机: the card's track field gives X its own)."""
    loc = c.rules.get("located", {})
    at = field_start(loc, text)
    return at is not None and any(rx(loc.get(k, "$^")).match(text[at:])
                                  for k in ("owner_field", "place_field", "content_field", "project_field"))


def name_tracks(c: Collector, tracks: list[Item], top: str | None):
    """``named(x)``: the track of the sentence other than ``top`` (the paragraph's track) that
    ``x``'s name holds, else None: in a paragraph on 星澜电子, a sentence naming 青禾封测 puts
    墨川青禾封测基地 in 青禾封测 (name-segment), not in 星澜电子."""
    words = sorted(((w, t.key) for t in tracks if t.key != top and t.m.role != "owner"
                    for w in {t.m.surface, c.ents[t.key].name} if len(w) >= 2), key=lambda p: -len(p[0]))

    def named(x: Item) -> str | None:
        if x.m.role == "owner":
            return None
        name = c.ents[x.key].name
        return next((k for w, k in words if w in name), None)
    return named


def bracketed_tracks(c: Collector, text: str, ms: list[Item], tracks: list[Item]) -> list[tuple[Item, list[Item]]]:
    """(thing, its tracks) of each thing right before a bracket holding only tracks
    (relations.toml [track] bracket_open, bracket_close, list_joiners): a list that gives each
    firm its field, 星澜精工（高温合金铸件）、青禾电子（汽车电子）, puts each in its own."""
    tr = c.rules.get("track", {})
    opens, closes = rx(tr.get("bracket_open", "$^")), rx(tr.get("bracket_close", "$^"))
    joiners = tuple(tr.get("list_joiners", ("、",)))
    out = []
    for x in ms:
        if not c.cls(x.key) & TRACK_SUBJECTS or x.cls == "IndustryTrack" or x.m.role == "owner":
            continue
        mo = opens.match(text, x.m.end)
        if mo is None:
            continue
        pos, inside = mo.end(), []
        while True:
            t = next((t for t in tracks if t.m.start == pos), None)
            if t is None:
                break
            inside.append(t)
            pos = t.m.end
            joiner = next((j for j in joiners if text.startswith(j, pos)), None)
            if joiner is None:
                break
            pos += len(joiner)
        if inside and closes.match(text, inside[-1].m.end):
            out.append((x, inside))
    return out


def _finds(text: str, w: str, a: int, b: int) -> list[int]:
    """Where ``w`` starts in ``text[a:b]``, whole."""
    out, i = [], text.find(w, a, b)
    while i >= 0:
        out.append(i)
        i = text.find(w, i + 1, b)
    return out


def head_segment(c: Collector, doc_id: str, s_index: int, text: str, x: Item, ms: list[Item],
                 tracks: list[Item], head: str, span: tuple[int, int], as_field, run_of) -> str | None:
    """The segment of the sentence's head track ``head`` that ``x`` is in, else None. A segment
    is a track the sentence names before ``x`` as a part of the head (T以A、B为重点 / T已形成A、
    B两条细分产业链: made a subTrackOf of it there), not inside another name (星澜A有限公司) nor
    its name inside the head's. ``x`` is in the one its name holds (T以A、B为重点，星澜A元件
    项目投产: the project in A), else in the one its clause (``span``) names again before it as
    a field, alone (…，其中B领域由青禾化工牵头: 青禾化工 in B), or names right after its list as
    its kind (…，现有X、Y等B企业18家: X and Y in B); not in the head, which the rest of the sentence takes."""
    if x.m.role == "owner":
        return None
    whole = c.ents[head].name
    names = [(y.m.start, y.m.end) for y in ms if y.cls != "IndustryTrack"]

    def inside(a: int, b: int) -> bool:
        return any(p <= a and b <= q for p, q in names if (p, q) != (a, b))
    tracks = [t for t in tracks if not inside(t.m.start, t.m.end)]
    # (T方面，…现有A、B等S企业18家 / …，A则是首家…的S企业: the track named as the kind of x (or of its
    # list) right after it, a segment of the head the sentence adopts)
    end = run_of.get(id(x), [x])[-1].m.end
    kind = min((t for t in tracks if end <= t.m.start and t.m.end <= span[1]), key=lambda t: t.m.start, default=None)
    if kind is not None and kind.key != head \
            and rx(c.rules.get("track", {}).get("segment_kind_gap", "$^")).fullmatch(text, end, kind.m.start) \
            and as_field(text, kind.m.end):
        return kind.key
    keys = {t.key for t in tracks if t.m.end <= x.m.start and t.key != head
            and head in c.wholes.get((doc_id, s_index, t.key), ()) and c.ents[t.key].name not in whole}
    if not keys:
        return None
    # (the name as written, less an owner's name it opens on: 星澜A研发中心 is no thing of A)
    a = max((y.m.end for y in ms if y.m.role == "owner" and x.m.start <= y.m.start < x.m.end), default=x.m.start)
    name = text[a:x.m.end]
    words = sorted(((w, t.key) for t in tracks if t.key in keys for w in {t.m.surface, c.ents[t.key].name}
                    if len(w) >= 2), key=lambda p: -len(p[0]))
    held = next((k for w, k in words if w in name), None)
    if held:
        return held
    before = [t for t in tracks if t.key in keys and span[0] <= t.m.start and t.m.end <= x.m.start]
    t = max(before, key=lambda t: t.m.start, default=None)
    if t is None or len(run_of.get(id(t), ())) > 1 or not as_field(text, t.m.end):
        return None     # (A、B两个方向分别有X、Y: which is whose, kg/relate/members.respective)
    return t.key


def split_segment(c: Collector, doc_id: str, s_index: int, text: str, x: Item, ms: list[Item],
                  tracks: list[Item], head: str, span: tuple[int, int]) -> str | None:
    """The one segment of ``head`` that the sentence split it into before ``x`` and that
    ``x``'s clause (``span``) names again after it, else None: T细分为A和B两条线：星澜等企业
    做A配套，青禾则深耕猕猴桃B puts 星澜 in A and 青禾 in B (and both in T, the caller's).
    Two segments named there say not which is the firm's; a track named there only (为企业提供
    T2研发) is what it does for others. The segments named again are read in the clause's text,
    off other names: the recogniser need not find a list's items twice."""
    if x.m.role == "owner":
        return None
    whole = c.ents[head].name
    names = [(y.m.start, y.m.end) for y in ms if y.cls != "IndustryTrack"]
    words = {(w, t.key) for t in tracks if t.m.end <= x.m.start and t.key != head
             and head in c.wholes.get((doc_id, s_index, t.key), ()) and c.ents[t.key].name not in whole
             and not any(p <= t.m.start and t.m.end <= q for p, q in names)
             for w in {t.m.surface, c.ents[t.key].name} if len(w) >= 2}
    rest = [(p, q) for p, q in names if x.m.end <= p and q <= span[1]]
    named = {k for w, k in words if any(not any(p <= i and i + len(w) <= q for p, q in rest)
                                        for i in _finds(text, w, x.m.end, span[1]))}
    return named.pop() if len(named) == 1 else None
