"""kg/recognise/firm_parks.py (rules.toml [firm_parks]): a park a firm's name opens is that
firm's works, a Project in every mention of the document; one the document says hosts firms
or others' works stays a Platform, and a park no firm's name opens is untouched. On INVENTED
names."""
from __future__ import annotations

import pytest

from recognition import case, document, document_names


def classes(rec, text, name):
    """The classes (main and extra) of ``name``'s mentions in the document."""
    ms = [m for m in rec.document_mentions(document(text)) if m.role != "owner" and m.name == name]
    assert ms, document_names(rec, text)
    return {(m.cls, *m.extra) for m in ms}


@pytest.mark.parametrize("text, name", [
    case("推进青禾集团云溪新材料产业园开工。", "青禾集团云溪新材料产业园", id="a-group-opens-it"),
    case("星澜股份白露智能装备产业园全面投产。", "星澜股份白露智能装备产业园", id="a-company-opens-it"),
    case("调研组察看了墨川集团云溪物流园。", "墨川集团云溪物流园", id="visited"),
    case("青禾集团云溪新材料产业园开工。加快青禾集团云溪新材料产业园建设。", "青禾集团云溪新材料产业园",
         id="every-mention-of-the-document"),
])
def test_a_firms_park_is_its_project(recogniser, text, name):
    assert classes(recogniser, text, name) == {("Project",)}


@pytest.mark.parametrize("text, name", [
    # (near misses: the park hosts firms or others' works, no firm opens its name)
    case("青禾集团云溪新材料产业园入驻企业达到19家。", "青禾集团云溪新材料产业园", id="hosts-firms"),
    case("青禾集团云溪新材料产业园开工。青禾集团云溪新材料产业园已集聚配套企业12家。",
         "青禾集团云溪新材料产业园", id="hosts-firms-in-another-sentence"),
    case("在墨川集团云溪物流园内，年产3万吨的冷链项目开工。", "墨川集团云溪物流园", id="holds-works"),
    case("推进云溪新材料产业园开工。", "云溪新材料产业园", id="no-firm-opens-it"),
])
def test_a_park_that_hosts_or_no_firm_names_stays_a_platform(recogniser, text, name):
    assert all(cls[0] == "Platform" for cls in classes(recogniser, text, name))
