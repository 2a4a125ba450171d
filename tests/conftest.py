"""Shared fixtures.

The bundled corpus is built ONCE per test session, with the command line the
way a user runs it (``kg build <corpus> --out dev.trig --store s`` in a fresh
folder), by the ``cli_build`` fixture. test_pipeline reads the graph file it
wrote, test_cli queries its store. Everything else works on small hand-made
inputs.
"""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run_kg(*args: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    """``kg ARGS...`` as a user runs it: a new process, in ``cwd``."""
    env = dict(os.environ)
    # the checkout, whether or not the package is installed
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)


@dataclass
class CliBuild:
    cwd: Path             # the folder `kg build` ran in
    proc: subprocess.CompletedProcess
    graph: Path           # cwd / dev.trig
    store: Path           # cwd / s
    html: Path            # cwd / gongshu-kg.html


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    from kg.resources import corpus_dir as bundled
    path = bundled()
    assert len(sorted(path.glob("*.txt"))) == 5, path
    return path


@pytest.fixture(scope="session")
def cli_build(tmp_path_factory, corpus_dir) -> CliBuild:
    """The bundled corpus, built once with ``kg build`` (shared by all tests)."""
    cwd = tmp_path_factory.mktemp("cli-build")
    proc = run_kg("build", str(corpus_dir), "--out", "dev.trig", "--store", "s", cwd=cwd)
    return CliBuild(cwd, proc, cwd / "dev.trig", cwd / "s", cwd / "gongshu-kg.html")


@pytest.fixture(scope="session")
def built_graph(cli_build):
    """The session build's graph file, parsed (named graphs merged)."""
    from kg.validate import load
    assert cli_build.proc.returncode == 0, cli_build.proc.stderr
    return load(cli_build.graph)


@pytest.fixture(scope="session")
def recogniser():
    """One recogniser (it owns a jieba) for every test that needs one."""
    from kg.lexicon import default_lexicon
    from kg.recognise import Recogniser
    return Recogniser(default_lexicon())


@pytest.fixture(scope="session")
def kg_cli():
    """``kg_cli("query", "...", cwd=path)`` runs the command in a new process."""
    return run_kg


class Listener:
    """A plain HTTP server on 127.0.0.1 that records every request it gets.

    It stands for "somewhere else on the network": a SPARQL endpoint a SERVICE
    clause could reach, or a remote store. It answers every request with
    ``status`` and an empty SPARQL result (so a federated query that reaches it
    succeeds). ``requests`` holds ``(method, path, headers)`` of each request.
    """

    def __init__(self):
        import http.server
        import threading
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.status = 200
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                n = int(self.headers.get("Content-Length") or 0)
                if n:
                    self.rfile.read(n)
                outer.requests.append((self.command, self.path, dict(self.headers)))
                body = b'{"head": {"vars": []}, "results": {"bindings": [{}]}}'
                self.send_response(outer.status)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = _answer

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def listener():
    """A `Listener` for one test."""
    lst = Listener()
    yield lst
    lst.close()


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium for a module's page tests (tests/browser.py); they skip,
    saying why, where none is installed."""
    from browser import BrowserError, Chromium, chromium_or_skip
    chromium_or_skip()
    try:
        b = Chromium()
    except BrowserError as e:                      # installed but cannot start: say so, do not hide it
        pytest.fail(f"Chromium did not start: {e}")
    yield b
    b.close()
