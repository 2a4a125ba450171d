"""Status milestones (签约 开工 投用 竣工 开业 落地): what they are about, and
whether the text states them as done or as planned."""
from __future__ import annotations

from .clauses import Clauses
from .periods import Period
from .rules import FactRules


def statuses(sent: Clauses, r: FactRules):
    """(entity key, event type, trigger match, rule) of each milestone."""
    text = sent.text
    nouns = [m.span() for m in r.nouns.finditer(text)] if r.nouns else []
    for cs, ce in sent.clauses:
        hits = [m for m in r.trigger_re.finditer(text, cs, ce)
                if not sent.inside_name(m.start(), m.end())
                and not any(a <= m.start() and m.end() <= b for a, b in nouns)
                and (not text[m.end():].startswith(r.not_followed_by)
                     or text[m.end():].startswith(r.followed_by_ok))
                and not text[:m.start()].endswith(r.not_after)]
        for i, m in enumerate(hits):
            kind = r.triggers[m.group()]
            upto = hits[i + 1].start() if i + 1 < len(hits) else ce
            since = hits[i - 1].end() if i else cs
            # "A举行…开工活动": A holds the ceremony
            since = max([since] + [o.end() for o in r.organisers.finditer(text, since, m.start())])
            objects = sent.holders(m.end(), upto)
            if m.group() not in r.locative and objects \
                    and objects[0].start - m.end() <= r.object_gap:
                found, rule = sent.listed_with(objects[0], objects), "status-object"
            elif r.counted_object.match(text[m.end():]):
                continue            # "X已建成多条生产线": lines were built, not X
            elif (subjects := sent.holders(since, m.start())) \
                    and "、" not in text[max(0, m.start() - r.list_item_gap - 1):m.start()]:
                # "X、Y正式开业"; but in "实施X项目3个、建成…" X is not what was built
                found, rule = sent.listed_with(subjects[-1], subjects), "status-subject"
            else:
                t = sent.topic(cs, m.start())
                found, rule = ([t] if t else []), "status-topic"
            for n in found:
                yield n.key, kind, m, rule


def markers(sent: Clauses, years: list[tuple[int, int, int | None]], doc_year: int | None,
            r: FactRules) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the words that tell plan from deed in the sentence,
    in order: kind "intent", "push", "done", or "time" for a date or a year
    that is the document's own (or cannot be resolved)."""
    text = sent.text
    excluded = [m.span() for m in r.not_markers.finditer(text)]
    out = [(m.start(), m.end(), r.marker_kind[m.group()]) for m in r.marker_re.finditer(text)
           if not sent.inside_name(m.start(), m.end())
           and not any(a <= m.start() and m.end() <= b for a, b in excluded)]
    for start, end, year in years:
        later = doc_year is not None and year is not None and year != doc_year
        out.append((start, end, ("intent" if year > doc_year else "done") if later else "time"))
    out += [(m.start(), m.end(), "time") for m in r.dates.finditer(text)]
    # a year word is also a marker word (去年, 明年): one marker, the more telling
    out.sort(key=lambda x: (x[0], x[2] == "time"))
    return out


def is_planned(sent: Clauses, at: int, end: int, found: list[tuple[int, int, str]],
               period: Period, r: FactRules) -> bool:
    """Whether the milestone whose trigger spans [at, end) is stated as a plan
    (kg/data/facts.toml [plan] says how this is decided)."""
    before = [mk for mk in found if mk[1] <= at]
    decided = [mk for mk in before if mk[2] != "time"]
    if decided:
        start, _, kind = decided[-1]
        # a date in a later clause than the word starts a statement of its own
        own = sent.clause(start)
        if not any(k == "time" and s > own[1] for s, _, k in before):
            if kind == "push":
                return period.kind != "review"
            return kind == "intent"
    if sent.text[end:].startswith(r.plan_after):
        return True
    return period.kind == "plan"
