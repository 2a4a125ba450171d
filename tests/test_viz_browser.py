"""The network page in a real headless Chromium (tests/browser.py drives it over the DevTools pipe).

Skipped, saying why, when no Chromium is installed: on Debian ``apt-get install chromium``
(or set KG_CHROMIUM to a Chromium/Chrome binary).  Screenshots are kept in
test-artifacts/ (git-ignored) for a person to look at.
"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import networkx as nx
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_store import SCRIPT, build_store  # noqa: E402

from kg.graph import Evidence  # noqa: E402
from kg.viz import network_html, write_network  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
KGR = "https://w3id.org/gongshu-kg/resource/"
DRAWN = "window.kg && kg.drawnAt"


def open_page(browser, path: Path):
    page = browser.open(path.resolve().as_uri())
    page.wait_for(DRAWN, timeout=30)
    return page


def assert_clean(page, path: Path):
    assert page.console_errors == [], page.console_errors
    assert page.dialogs == []
    # the page itself is the only request: nothing leaves the machine
    assert page.requests == [path.resolve().as_uri()], page.requests


def painted(page) -> int:
    """How many of a grid of canvas pixels are not background: > 0 once something is drawn."""
    return page.evaluate("""(() => {
      const c = document.querySelector('#kg-network canvas');
      const ctx = c.getContext('2d'); let n = 0;
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < d.length; i += 4 * 97)
        if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) n++;
      return n; })()""")


def wait_centred(page, node: int) -> None:
    """Wait until the view's centre is ``node`` (the focus animation has ended)."""
    page.wait_for(f"""(() => {{ const v = kg.network.getViewPosition();
        const p = kg.network.getPositions([{node}])[{node}];
        return Math.hypot(v.x - p.x, v.y - p.y) < 5; }})()""", timeout=10)


# --------------------------------------------------------------------------
# the bundled corpus: kg build's own page

@pytest.fixture(scope="module")
def bundled(browser, cli_build):
    assert cli_build.proc.returncode == 0, cli_build.proc.stderr
    page = open_page(browser, cli_build.html)
    yield page


def test_bundled_page_loads_and_draws(bundled, cli_build):
    assert_clean(bundled, cli_build.html)
    assert painted(bundled) > 50
    n = bundled.evaluate("kg.data.nodes.length")
    # more than a third of the entities have no relation: hidden at first, by the toggle
    lonely = bundled.evaluate("kg.data.nodes.filter(x => !kg.data.edges.some(e => e.from === x.id || e.to === x.id)).length")
    assert 3 * lonely > n and bundled.evaluate("document.getElementById('kg-isolated').checked")
    assert n > 100 and bundled.evaluate("kg.shown().length") == n - lonely
    assert bundled.evaluate("document.getElementById('kg-isolated-n').textContent") == str(lonely)
    # the title is the corpus's: the district the documents speak for
    assert bundled.evaluate("document.title") == "拱墅区产业知识图谱 · Gongshu District knowledge graph"
    assert bundled.evaluate("document.getElementById('kg-title').textContent") == bundled.evaluate("document.title")
    # labels at first sight: the larger nodes' (the district's among them), not all
    labelled = bundled.evaluate("kg.labelled().map(id => kg.data.nodes[id].label)")
    assert 8 <= len(labelled) < n - lonely and "拱墅区" in labelled and "生命健康" in labelled, labelled
    ARTIFACTS.mkdir(exist_ok=True)
    bundled.screenshot(ARTIFACTS / "viz-bundled-first-sight.png")
    # the rest (shown again for the tests below)
    bundled.evaluate("document.getElementById('kg-isolated').click()")
    assert bundled.evaluate("kg.shown().length") == n
    legend = bundled.evaluate("[...document.querySelectorAll('#kg-classes li')].map(li => li.textContent)")
    for zh in ("企业", "机构", "项目", "平台", "商圈", "产业赛道", "地点"):
        assert any(zh in item for item in legend), (zh, legend)
    assert bundled.evaluate("document.getElementById('kg-track').options.length") > 5
    ARTIFACTS.mkdir(exist_ok=True)
    bundled.screenshot(ARTIFACTS / "viz-bundled.png")


def test_every_label_is_drawn_when_zoomed_in(bundled):
    shown = bundled.evaluate("kg.shown().length")
    first = len(bundled.evaluate("kg.labelled()"))
    bundled.evaluate("kg.network.moveTo({scale: 1.5})")
    assert len(bundled.evaluate("kg.labelled()")) == shown > first
    # the larger nodes' labels keep a readable size on screen whatever the zoom
    bundled.evaluate("kg.network.fit()")
    bundled.wait_for(f"kg.labelled().length >= 8 && kg.labelled().length < {shown}")


def test_search_finds_and_centres(bundled):
    bundled.evaluate("document.getElementById('kg-search').focus()")
    bundled.type("华东医药")
    options = bundled.wait_for("[...document.querySelectorAll('#kg-results li[data-id]')].map(li => li.textContent)")
    assert options[0].startswith("华东医药")
    bundled.key("Enter", keycode=13)
    target = bundled.evaluate("kg.data.nodes.findIndex(n => n.label === '华东医药')")
    assert bundled.wait_for("kg.network.getSelectedNodes().length && kg.network.getSelectedNodes()") == [target]
    assert bundled.evaluate("document.getElementById('kg-panel-name').textContent") == "华东医药"
    # the side panel: class, and each relation with its evidence sentence and document
    panel = bundled.evaluate("document.getElementById('kg-panel').textContent")
    assert "企业 Enterprise" in panel and "生命健康" in panel and ".txt" in panel
    assert bundled.evaluate("document.querySelectorAll('#kg-panel blockquote.kg-ev').length") >= 1
    # centred: once the animation ends, the view's centre is the node
    wait_centred(bundled, target)
    # its neighbourhood is highlighted
    assert len(bundled.evaluate("kg.highlighted()")) >= 3
    ARTIFACTS.mkdir(exist_ok=True)
    bundled.screenshot(ARTIFACTS / "viz-bundled-search.png")
    # by an alias too
    assert bundled.evaluate("kg.search('杭州中美华东制药').map(i => kg.data.nodes[i].label)")[:1] == ["中美华东"]


def test_class_filter_hides_nodes(bundled):
    before = bundled.evaluate("kg.shown().length")
    firms = bundled.evaluate("kg.data.nodes.filter(n => n.cls === 'Enterprise').length")
    assert firms > 0
    firm = bundled.evaluate("kg.data.nodes.findIndex(n => n.cls === 'Enterprise')")
    where = bundled.evaluate(f"kg.network.getPositions([{firm}])[{firm}]")
    bundled.evaluate("document.querySelector('#kg-classes input[data-class=Enterprise]').click()")
    after = bundled.evaluate("kg.shown().length")
    assert after == before - firms
    assert bundled.evaluate("kg.shown().every(id => kg.data.nodes[id].cls !== 'Enterprise')")
    assert "showing " + str(after) in bundled.evaluate("document.getElementById('kg-count').textContent")
    bundled.evaluate("document.querySelector('#kg-classes input[data-class=Enterprise]').click()")
    assert bundled.evaluate("kg.shown().length") == before
    back = bundled.evaluate(f"kg.network.getPositions([{firm}])[{firm}]")    # back where it was
    assert abs(back["x"] - where["x"]) < 1 and abs(back["y"] - where["y"]) < 1


def test_track_filter(bundled):
    bundled.evaluate("""(() => { const s = document.getElementById('kg-track');
        const t = kg.data.nodes.findIndex(n => n.label === '生命健康');
        s.value = String(t); s.dispatchEvent(new Event('change')); })()""")
    shown = set(bundled.evaluate("kg.shown().map(id => kg.data.nodes[id].label)"))
    assert {"生命健康", "华东医药", "半山生命健康谷", "华东医药生命科学产业园"} <= shown
    assert "腾讯" not in shown
    bundled.evaluate("""(() => { const s = document.getElementById('kg-track');
        s.value = ''; s.dispatchEvent(new Event('change')); })()""")
    assert bundled.evaluate("kg.shown().length") == bundled.evaluate("kg.data.nodes.length")


def test_click_on_a_node_opens_the_panel(bundled):
    target = bundled.evaluate("kg.data.nodes.findIndex(n => n.label === '半山生命健康谷')")
    bundled.evaluate(f"kg.select({target})")
    wait_centred(bundled, target)
    # a real mouse click at the node's place on the canvas
    xy = bundled.evaluate(f"""(() => {{ const p = kg.network.getPositions([{target}])[{target}];
        const d = kg.network.canvasToDOM(p), r = document.getElementById('kg-network').getBoundingClientRect();
        return [r.left + d.x, r.top + d.y]; }})()""")
    bundled.evaluate("kg.network.unselectAll()")
    bundled.click(*xy)
    assert bundled.wait_for("kg.network.getSelectedNodes().length && kg.network.getSelectedNodes()") == [target]
    assert bundled.evaluate("document.getElementById('kg-panel-name').textContent") == "半山生命健康谷"
    assert bundled.console_errors == []


# --------------------------------------------------------------------------
# text from documents stays text

def test_the_panel_shows_the_wikidata_identifier(bundled):
    tencent = bundled.evaluate("kg.data.nodes.findIndex(n => n.label === '腾讯')")
    bundled.evaluate(f"kg.select({tencent})")
    link = bundled.evaluate("""(() => { const a = document.querySelector('#kg-panel-wikidata a');
        return a && [a.textContent, a.getAttribute('href')]; })()""")
    assert link == ["Q860580", "https://www.wikidata.org/wiki/Q860580"]
    other = bundled.evaluate("kg.data.nodes.findIndex(n => n.label === '半山生命健康谷')")
    bundled.evaluate(f"kg.select({other})")
    assert bundled.evaluate("document.getElementById('kg-panel-wikidata')") is None


def test_script_label_shows_as_text(browser, tmp_path):
    path = write_network(build_store(tmp_path), tmp_path / "kg.html")
    page = open_page(browser, path)
    hits = page.evaluate("kg.search('script')")
    assert len(hits) == 1
    page.evaluate(f"kg.select({hits[0]})")
    assert page.evaluate("document.getElementById('kg-panel-name').textContent") == SCRIPT
    assert page.evaluate("document.querySelectorAll('#kg-panel script, #kg-results script').length") == 0
    page.evaluate("document.getElementById('kg-search').focus()")
    page.type("<script>")
    assert page.wait_for("document.querySelector('#kg-results li[data-id]') !== null")
    assert page.evaluate("document.querySelectorAll('script').length") == 3      # none was added
    time.sleep(0.2)
    assert page.dialogs == [] and page.console_errors == []


# --------------------------------------------------------------------------
# 5,000 nodes

def synthetic_graph(n: int = 5000, seed: int = 1) -> nx.MultiDiGraph:
    """``n`` entities of every class, ~1.8 relations each, every relation with a sentence."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph(documents={f"{i:03d}_doc.txt": f"文档{i}" for i in range(20)})

    def add(cls: str, i: int) -> str:
        iri = f"{KGR}{cls}/{cls}{i}"
        G.add_node(iri, label=f"{cls[:3]}名称{i}", en=None, aliases=[f"别名{i}"], cls=cls,
                   classes=[cls], mentions=2, documents=1)
        return iri
    tracks = [add("IndustryTrack", i) for i in range(40)]
    places = [add("Place", i) for i in range(200)]
    kinds = ["Enterprise", "Enterprise", "Project", "Project", "Institution", "Platform", "CommercialDistrict"]
    others = [add(rng.choice(kinds), i) for i in range(n - len(tracks) - len(places))]
    count = 0

    def relate(s: str, p: str, o: str) -> None:
        nonlocal count
        ev = Evidence(f"第{count}句：某企业在某地建设某项目。", f"{count % 20:03d}_doc.txt", None, count, "rule", 0.8)
        G.add_edge(s, o, key=p, predicate=p, iri="", evidence=[ev])
        count += 1
    for o in others:
        relate(o, "inTrack", rng.choice(tracks))
        if rng.random() < 0.6:
            relate(o, "locatedIn", rng.choice(places))
        if rng.random() < 0.2:
            relate(o, "ownedBy", rng.choice(others))
    return G


def test_five_thousand_nodes_draw_within_five_seconds(browser, tmp_path):
    G = synthetic_graph()
    assert G.number_of_nodes() == 5000
    t0 = time.perf_counter()
    path = tmp_path / "big.html"
    path.write_text(network_html(G, title="5,000 nodes"), encoding="utf-8")
    written = time.perf_counter() - t0
    page = browser.open(path.resolve().as_uri())
    drawn_ms = page.wait_for(DRAWN, timeout=30)            # ms since navigation started
    print(f"\n5,000 nodes: page written in {written:.1f} s, drawn {drawn_ms / 1000:.2f} s after navigation")
    assert drawn_ms < 5000, f"drawn after {drawn_ms:.0f} ms"
    assert page.evaluate("kg.data.physics") is False
    assert page.evaluate("kg.shown().length") == 5000
    assert painted(page) > 200
    assert_clean(page, path)
    # still usable: search and select respond
    hit = page.evaluate("kg.search('别名4321')")
    assert len(hit) == 1
    t1 = time.perf_counter()
    page.evaluate(f"kg.select({hit[0]})")
    assert page.evaluate("kg.network.getSelectedNodes()") == [hit[0]]
    print(f"5,000 nodes: select + highlight {time.perf_counter() - t1:.2f} s")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(ARTIFACTS / "viz-5000.png")


# --------------------------------------------------------------------------
# another corpus: the page is named after it, never after a fixed district

CITIES = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "cities" / "corpus"


def test_a_build_of_other_cities_is_not_called_gongshu(browser, tmp_path, kg_cli):
    if not CITIES.is_dir():
        pytest.skip("../shared/eval/cities is not beside the repository")
    proc = kg_cli("build", str(CITIES), "--store", "cs", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "graph: kg.trig" in proc.stdout and "network: kg.html" in proc.stdout   # no district's name
    page = open_page(browser, tmp_path / "kg.html")
    assert_clean(page, tmp_path / "kg.html")
    title = page.evaluate("document.title")
    heading = page.evaluate("document.getElementById('kg-title').textContent")
    assert title == heading == "产业知识图谱 · Knowledge graph"
    assert not any(w in title + page.evaluate("document.body.innerText") for w in ("拱墅", "Gongshu", "gongshu"))
    assert len(page.evaluate("kg.labelled()")) >= 8
    page.screenshot(ARTIFACTS / "viz-cities.png")
