"""A park's name a head's walk ran back over its county and its town (kg/recognise/
town_park_cuts.py, rules.toml [town_park_cut]): three things, the county, the town and the park.
Sentences and names are invented (the counties may be real)."""
from __future__ import annotations

import pytest

from recognition import case, document_names

P, PL, I = "Place", "Platform", "Institution"


def _names(rec, text):
    return {name: cls for (_, name), cls in document_names(rec, text).items()}


@pytest.mark.parametrize("text, want", [
    # an address: county, street, park
    case("拟建地点：云溪区白露街道新材料产业园。", {"云溪区": P, "白露街道": P, "新材料产业园": PL},
         id="district-street-park"),
    case("建设地点：桐庐县云溪街道星澜新材料产业园。", {"桐庐县": P, "云溪街道": P, "星澜新材料产业园": PL},
         id="county-street-named-park"),
    case("项目地点：萧山区白露镇青禾智造产业园。", {"萧山区": P, "白露镇": P, "青禾智造产业园": PL},
         id="district-town-park"),
    case("项目落户墨川市青禾镇星澜工业园区。", {"墨川市": P, "青禾镇": P, "星澜工业园区": PL},
         id="city-town-industrial-park"),
    # near misses: a park whose only word is its head keeps the town (the county apart)
    case("项目选址桐庐县云溪镇工业集中区。", {"桐庐县": P, "云溪镇工业集中区": PL}, id="bare-head-keeps-town"),
    # ... a town of one character is a word of the park's name
    case("云溪大学与桐庐县田镇星澜工业园签约。", {"云溪大学": I, "桐庐县": P, "田镇星澜工业园": PL},
         id="one-character-town"),
    # ... a zone before the town names its park, no county
    case("建设地点：青禾高新区云溪镇星澜产业园。", {"青禾高新区": PL, "云溪镇星澜产业园": PL},
         id="after-a-zone"),
    # ... no town after the county
    case("项目落户桐庐县星澜产业园。", {"桐庐县星澜产业园": PL}, id="county-park"),
    # a town glued before a park whose own name opens on its county: the town, then the park
    case("所在地点：白露镇墨川县星澜产业园", {"白露镇": P, "墨川县星澜产业园": PL}, id="town-county-led-park"),
    case("所在地点：白露镇青禾州畜产品加工园区", {"白露镇": P, "青禾州畜产品加工园区": PL},
         id="town-prefecture-led-park"),
    # ... (near miss: a park whose name opens on no county keeps the town it was read with)
    case("所在地点：白露镇星澜产业园", {"白露镇星澜产业园": PL}, id="town-park-no-county"),
])
def test_a_park_walked_over_its_county_and_town_is_cut(recogniser, text, want):
    assert _names(recogniser, text) == want


def test_a_bare_park_word_follows_the_park_to_its_own_name(recogniser):
    """园区 read as the walked name (county, town and park) names the park alone once it is cut."""
    from recognition import document
    ms = recogniser.document_mentions(document("建设地点：萧山区白露镇青禾智造工业园区\n主要内容：在工业园区内新建厂房6栋。"))
    assert {m.name for m in ms if m.surface == "工业园区"} == {"青禾智造工业园区"}
    assert "萧山区白露镇青禾智造产业园" not in {m.name for m in ms}
