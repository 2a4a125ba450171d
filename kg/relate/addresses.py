"""An address under the name of a body or firm, a few lines apart (a contact block, a party's
card): 联系单位：云州市星澜区投资促进局 / 地址：星澜区青禾大道88号, or 公司名称：X / 注册资本：… /
注册地址：…: the body lies on the road the address names, the last of the places side by side
after its label (a word standing for the home may open them: 地址：经开区青禾大道88号), and in a
street or town of the run before a road (``located-address``). The data keys are relations.toml
[located] address_field, address_name and address_lines; field_label and chain_unit_ends are
the list fields' (kg/relate/fields.py)."""
from __future__ import annotations

from dataclasses import dataclass

from .base import Collector, Item, rx
from .fields import field_place_run, spaced, state_home

NAMED = ("Institution", "Enterprise")


@dataclass
class AddressCard:
    """The body a card names, while the card's lines go on."""
    body: str | None = None
    paragraph: int = -1
    label: str = ""

    def read(self, c: Collector, doc_id: str, s, ms: list[Item], opening: bool, home: str | None = None,
             homes: list[tuple[int, int]] = ()) -> None:
        """Read one sentence (``opening``: the first of its paragraph; a card's lines are
        paragraphs of their own; ``homes``: the spans of the words standing for ``home``). An
        address that names the home, a zone, before the road (地址：青禾高新区星澜路9号) puts the body
        in the home too (``located-address-home``, which the road does not override)."""
        if not opening:
            return
        loc = c.rules.get("located", {})
        text = s.text
        address = rx(loc.get("address_field", "$^")).match(text)
        if address:
            # (中标人地址：… is the winner's, under a line naming the winner, not an agency's)
            party = rx(loc.get("address_party", "$^")).match(text)
            if self.body and s.paragraph - self.paragraph <= loc.get("address_lines", 0) \
                    and (not party or party.group(1) in self.label):
                run = field_place_run(spaced(text, homes), ms, address.end())
                if run and run[-1].cls == "Place":
                    units = tuple(loc.get("chain_unit_ends", ()))
                    for x in run:
                        if x is run[-1] or c.ents[x.key].name.endswith(units):
                            c.add(self.body, "locatedIn", x.key, doc_id, s.index, "located-address")
                    if _names_zone_home(c, home, homes, run, address.end()):
                        state_home(c, self.body, home, doc_id, s.index, "located-address-home")
            self.body = None
            return
        label = rx(loc.get("address_name", "$^")).match(text)
        at = label.end() if label else 0
        # (not a name nested in the body's, 星澜区 in 星澜区投资促进局, nor a word of the label)
        things = [x for x in ms if x.m.role != "owner" and x.m.start >= at
                  and not any(y.m.start <= x.m.start and x.m.end <= y.m.end and y.m.end - y.m.start > x.m.end - x.m.start
                              for y in ms)]
        if len(things) == 1 and things[0].cls in NAMED and not text[at:things[0].m.start].strip() \
                and not text[things[0].m.end:].strip(" 　。"):
            self.body, self.paragraph, self.label = things[0].key, s.paragraph, label.group(0) if label else ""
        elif not rx(loc.get("field_label", "$^")).match(rx(loc.get("address_line_number", "$^")).sub("", text, count=1)):
            self.body = None        # (a paragraph of running text ends the card)


def _names_zone_home(c: Collector, home: str | None, homes, run: list[Item], start: int) -> bool:
    """True when the home is a zone and the address from ``start`` names it before its road,
    by name or by a word standing for it (地址：青禾高新区星澜路9号, 地址：经开区星澜路9号)."""
    if not home or c.ents[home].cls != "Platform":
        return False
    return any(x.key == home for x in run) or any(a >= start and b <= run[-1].m.start for a, b in homes)

