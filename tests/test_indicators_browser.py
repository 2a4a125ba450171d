"""The indicators page and the network page's timeline panel in a real headless Chromium.

Skipped, saying why, when no Chromium is installed (tests/browser.py). Both pages
are the ones the commands write for the bundled corpus; nothing may leave the machine.
"""
from __future__ import annotations

from pathlib import Path


ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def test_indicator_charts_draw_offline(browser, kg_cli, cli_build, tmp_path):
    assert cli_build.proc.returncode == 0, cli_build.proc.stderr
    out = tmp_path / "indicators.html"
    r = kg_cli("indicators", "--format", "html", "--store", str(cli_build.store), "--out", str(out),
               cwd=cli_build.cwd)
    assert r.returncode == 0, r.stderr
    page = browser.open(out.resolve().as_uri())
    page.wait_for("document.readyState === 'complete'")
    drawn = page.evaluate("""(() => {
        const charts = [...document.querySelectorAll('svg.kg-chart')];
        const lines = [...document.querySelectorAll('svg.kg-chart polyline.kg-line')];
        const points = [...document.querySelectorAll('svg.kg-chart circle.kg-point')];
        const box = (e) => { const b = e.getBBox(); return b.width > 0 || b.height > 0; };
        return { charts: charts.length, visible: charts.filter(c => c.getBoundingClientRect().width > 100).length,
                 lines: lines.filter(box).length, points: points.filter(p => p.getBBox().width > 0).length,
                 measures: document.querySelectorAll('section.kg-measure').length }; })()""")
    assert drawn["charts"] >= 20 and drawn["visible"] == drawn["charts"], drawn
    assert drawn["charts"] == 2 * drawn["measures"], drawn
    assert drawn["lines"] >= 5 and drawn["points"] >= 50, drawn
    # the GDP chart of 拱墅区 has the 2023 point with its source in the tooltip
    tips = page.evaluate("[...document.querySelectorAll('section[data-code=GDP] circle title')].map(t => t.textContent)")
    assert any("2091.5亿元" in t and "002_aa8e2dd3bf96fdae.txt" in t for t in tips), tips
    page.screenshot(ARTIFACTS / "indicators.png")
    assert page.console_errors == [] and page.dialogs == []
    assert page.requests == [out.resolve().as_uri()], page.requests


def test_network_panel_shows_a_projects_timeline(browser, cli_build):
    assert cli_build.proc.returncode == 0, cli_build.proc.stderr
    page = browser.open(cli_build.html.resolve().as_uri())
    page.wait_for("window.kg && kg.drawnAt", timeout=30)
    node = page.evaluate("kg.data.nodes.find(n => n.label === '华东医药生命科学产业园').id")
    page.evaluate(f"kg.select({node})")
    text = page.wait_for("document.querySelector('#kg-timeline') && document.querySelector('#kg-timeline').innerText")
    assert "开工" in text and "2021" in text and "已完成 done" in text, text
    assert "26亿元" in text and "161亩" in text and "004_ae53370610f934a0.txt#55" in text, text
    # a firm has no timeline
    firm = page.evaluate("kg.data.nodes.find(n => n.label === '华东医药').id")
    page.evaluate(f"kg.select({firm})")
    assert page.evaluate("document.querySelector('#kg-timeline') === null")
    page.screenshot(ARTIFACTS / "network-timeline.png")
    assert page.console_errors == [] and page.dialogs == []
    assert page.requests == [cli_build.html.resolve().as_uri()], page.requests
