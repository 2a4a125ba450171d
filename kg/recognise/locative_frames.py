"""建设 after a park's head is the sentence's verb, not the park's construction, where
a locative opens the park and an object follows: in 在青禾县果蔬产业园建设冷库 the
firm builds a cold store in the park (a name), where 推进果蔬产业园建设 is the
building of parks of a kind (no name). rules.toml [head_not_before] locatives,
not_object."""
from __future__ import annotations

from .context import Context


def locative_verb(ctx: Context, start: int, end: int) -> bool:
    """True when the name ``start:end`` follows a locative (在, 依托) and the word
    after its head is a verb of building with an object (or the clause's end) after it."""
    raw = ctx.rules.data.get("head_not_before", {})
    locatives, verbs = tuple(raw.get("locatives", ())), tuple(raw.get("coined_ok", ()))
    text = ctx.text
    if not locatives or not text[:start].endswith(locatives):
        return False
    verb = next((v for v in verbs if text.startswith(v, end)), None)
    if verb is None:
        return False
    after = end + len(verb)
    return after >= len(text) or not text.startswith(tuple(raw.get("not_object", ())), after)
