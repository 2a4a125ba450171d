"""Markup in the documents shows as text in every page, in a real headless Chromium.

A small corpus carries script payloads in its sentences (so in the evidence of
relations), in a document title (manifest.csv) and, through a lexicon entry, in an
entity's label, alias and English name (the recognisers never take ``<`` into a name,
a lexicon entry can). It goes through the pipeline into a store, and the three pages
that show its text are opened: the network page (`kg viz`), the chain page
(`kg chain --format html`) and the query page of `kg serve`, with results on it.

Each payload would set ``window.__pwned`` or the document's title, or open a dialog,
or request ``x``. The tests assert that none did, and that the payload text is there
to read. Skipped without Chromium, like tests/test_viz_browser.py.
"""
from __future__ import annotations

import csv
import json
import queue
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import run_kg  # noqa: E402

from kg import emit  # noqa: E402
from kg.lexicon import Lexicon, default_lexicon  # noqa: E402
from kg.pipeline import extract  # noqa: E402
from kg.resources import ontology_path  # noqa: E402
from kg.store import replace_store  # noqa: E402

IMG = "<img src=x onerror=window.__pwned=1>"
SCRIPT = "<script>window.__pwned=2;document.title='pwned'</script>"
ATTR = '"><img src=x onerror=window.__pwned=3>'
JS = "javascript:window.__pwned=4"
SVG = "<svg onload=window.__pwned=5>"
EN = "<script>window.__pwned=6</script>"
# a file name may hold markup (and a backtick, which ends a Markdown code span)
FILE = "000_`<img src=x onerror=window.__pwned=7>`.txt"

FIRM = IMG + "墨川网络"          # the label the lexicon gives 墨川网络
TITLE = SVG + "青禾数字经济报告"
TEXT = f"""青禾区数字经济发展报告
引进星澜科技、墨川网络等数字经济领军企业，{SCRIPT}，详见{JS}。
墨川网络位于青禾新区{ATTR}。
"""
# what the pages must not do
INERT = "window.__pwned === undefined && !document.querySelector('img[src=x], svg[onload]')"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """A folder with the hostile corpus built into its store ``s``."""
    root = tmp_path_factory.mktemp("xss")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / FILE).write_text(TEXT, encoding="utf-8")
    with open(corpus / "manifest.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["file", "title", "date", "kind"], [FILE, TITLE, "2024", "报纸"]])
    base = default_lexicon()
    extra = Lexicon.from_rows([{"name": FIRM, "class": "Enterprise", "aliases": f"墨川网络|{ATTR}",
                                "en": EN, "source": "test"}])
    ex, problems, _ = extract(corpus, workers=1, lexicon=Lexicon(base.entries + extra.entries, base.not_entities))
    assert problems == []
    # the payloads did land where the pages show text
    firm = ex.entities[f"Enterprise/{FIRM}"]
    assert firm.en == EN and ATTR in firm.aliases
    assert {r.predicate for r in ex.relations if r.subject == firm.key} >= {"inTrack", "locatedIn"}
    assert (ex.documents[0].doc_id, ex.documents[0].title) == (FILE, TITLE)
    replace_store(root / "s", emit.to_ntriples(ex, ontology_path()), source=str(corpus))
    return root


def assert_inert(page, own: tuple[str, ...]) -> None:
    """No payload ran: nothing set, no dialog, the title as the page set it, and no
    request but the page's own (``own``: URL prefixes)."""
    time.sleep(0.2)                      # an onerror fires after the failed load
    assert page.evaluate(INERT), page.evaluate("document.body.innerHTML.slice(0, 2000)")
    assert page.evaluate("document.title") != "pwned"
    assert page.dialogs == []
    assert all(r.startswith(own) for r in page.requests), page.requests
    assert not any(r.endswith("/x") for r in page.requests), page.requests


def text_of(page, selector: str = "body") -> str:
    return page.evaluate(f"document.querySelector({json.dumps(selector)}).innerText")


# --------------------------------------------------------------------------
# the network page

def test_network_page(browser, hostile):
    out = hostile / "net.html"
    proc = run_kg("viz", "--store", "s", "--out", str(out), cwd=hostile)
    assert proc.returncode == 0, proc.stderr
    page = browser.open(out.as_uri())
    page.wait_for("window.kg && kg.drawnAt && kg.settled", timeout=30)
    own = (out.as_uri(),)
    hits = page.evaluate("kg.search('墨川')")
    assert len(hits) == 1
    page.evaluate(f"kg.select({hits[0]})")
    panel = text_of(page, "#kg-panel")
    # the label, the alias, the English name, the evidence sentences and the
    # document's title are all in the panel, as text
    for payload in (FIRM, ATTR, EN, SCRIPT, JS, TITLE, FILE):
        assert payload in panel, payload
    # the canvas's tooltip (vis-network's), once the view is centred on the node
    time.sleep(0.5)
    xy = page.evaluate(f"""(() => {{ const p = kg.network.getPositions([{hits[0]}])[{hits[0]}];
        const d = kg.network.canvasToDOM(p), r = document.getElementById('kg-network').getBoundingClientRect();
        return [r.left + d.x, r.top + d.y]; }})()""")
    for dx in (0, 1, 2):
        page.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": xy[0] + dx, "y": xy[1]})
        time.sleep(0.1)
    tooltip = page.wait_for("(document.querySelector('.vis-tooltip') || {}).innerText", timeout=5)
    assert FIRM in tooltip and EN in tooltip and ATTR in tooltip
    # the search list shows names as text too
    page.evaluate("document.getElementById('kg-search').focus()")
    page.type("<img")
    page.wait_for("document.querySelector('#kg-results li[data-id]') !== null")
    assert FIRM in text_of(page, "#kg-results")
    assert page.console_errors == []
    assert_inert(page, own)


def test_network_page_focused_on_the_firm(browser, hostile):
    """`kg viz --focus` puts the firm's label in the page's title and heading."""
    out = hostile / "focus.html"
    proc = run_kg("viz", "--store", "s", "--focus", "墨川网络", "--out", str(out), cwd=hostile)
    assert proc.returncode == 0, proc.stderr
    page = browser.open(out.as_uri())
    page.wait_for("window.kg && kg.drawnAt", timeout=30)
    assert page.evaluate("document.title").startswith(FIRM)
    assert text_of(page, "#kg-title").startswith(FIRM)
    assert_inert(page, (out.as_uri(),))


# --------------------------------------------------------------------------
# the chain page

def test_chain_page(browser, hostile):
    out = hostile / "chain.html"
    proc = run_kg("chain", "数字经济", "--store", "s", "--format", "html", "--out", str(out), cwd=hostile)
    assert proc.returncode == 0, proc.stderr
    page = browser.open(out.as_uri())
    body = text_of(page)
    for payload in (FIRM, SCRIPT, JS, TITLE, FILE):
        assert payload in body, payload
    assert page.evaluate("document.scripts.length") == 0
    assert_inert(page, (out.as_uri(),))


def test_chain_markdown_keeps_markup_escaped(hostile):
    """The chain as Markdown, which a viewer renders as a page: markup outside
    code spans is escaped; a file name in a code span cannot end it early."""
    proc = run_kg("chain", "数字经济", "--store", "s", "--format", "md", cwd=hostile)
    assert proc.returncode == 0, proc.stderr
    md = proc.stdout
    # CommonMark code spans: a run of n backticks up to the next run of exactly n
    outside = re.sub(r"(`+)(?!`).*?(?<!`)\1(?!`)", "", md)
    assert not re.search(r"(?<!\\)<", outside), outside
    assert "`` " + FILE + " ``" in md


# --------------------------------------------------------------------------
# the query page of kg serve

@pytest.fixture(scope="module")
def server(hostile):
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", "s", "--port", "0", "--quiet"],
                            cwd=hostile, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8")
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()
    url, deadline = None, time.monotonic() + 60
    while url is None and time.monotonic() < deadline and proc.poll() is None:
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            continue
        if line.startswith("serving "):
            url = line.rsplit(" at ", 1)[1].strip()
    if url is None:
        proc.kill()
        pytest.fail(f"kg serve did not start: {proc.stderr.read()}")
    yield url
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _env() -> dict[str, str]:
    import os
    from conftest import REPO
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def run_on_page(page, query: str) -> None:
    """Type ``query`` into the page's box and run it, as a person does; wait for the answer."""
    page.evaluate(f"document.getElementById('query').value = {json.dumps(query)}")
    page.evaluate("document.getElementById('status').textContent = ''")
    page.evaluate("document.getElementById('run').click()")
    page.wait_for("/row|failed/.test(document.getElementById('status').textContent)", timeout=15)


SELECT = """SELECT ?label ?alt ?en ?sentence ?title WHERE {
  ?firm a kgo:Enterprise ; rdfs:label ?label ; skos:altLabel ?alt ; rdfs:label ?en .
  FILTER(lang(?label) = "zh" && lang(?en) = "en" && STRSTARTS(?alt, '"'))
  ?ev rdf:subject ?firm ; kgo:sentence ?s ; prov:wasDerivedFrom ?doc .
  ?s kgo:text ?sentence . ?doc dcterms:title ?title }"""


def test_query_page_shows_results_as_text(browser, server):
    page = browser.open(server)
    own = (server,)
    page.wait_for("document.querySelectorAll('.example').length > 0")
    run_on_page(page, SELECT)
    results = text_of(page, "#results")
    for payload in (FIRM, ATTR, EN, SCRIPT, JS, TITLE):
        assert payload in results, payload
    assert page.evaluate("document.querySelectorAll('#results script, #results img, #results svg').length") == 0
    # a CONSTRUCT answer (Turtle, shown as it is)
    run_on_page(page, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o . FILTER(isLiteral(?o) && CONTAINS(STR(?o), '<')) }")
    turtle = text_of(page, "#results")
    assert "onerror=window.__pwned=1" in turtle and "<script>" in turtle
    # the server's error message quotes the query: shown as text as well
    run_on_page(page, f"SELECT {IMG} WHERE {{ }}")
    assert "SELECT <img src=" in text_of(page, "#error")
    assert_inert(page, own)
