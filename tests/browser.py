"""A headless Chromium for tests, driven over the DevTools protocol on a pipe.

No browser-automation package is needed: Chromium is started with
``--remote-debugging-pipe`` and this module speaks the protocol (JSON
messages ending in a NUL byte) on file descriptors 3 and 4, with the standard
library only.  Debian's ``chromium`` package is the browser
(``apt-get install chromium``); `find_chromium` returns None when there is
none, and the tests skip saying so.

    >>> with Chromium() as browser:                                     # doctest: +SKIP
    ...     page = browser.open("file:///tmp/kg.html")
    ...     page.wait_for("document.body.dataset.drawn === '1'")
    ...     page.evaluate("kg.search('华东医药')")
    ...     page.screenshot("test-artifacts/kg.png")
    ...     page.console_errors, page.requests

The flags are those this machine needs: no sandbox (tests run as root), no
GPU, and no background networking, component updates or sync, so the only
requests are the page's own (``Page.requests`` lists them).
"""
from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--no-default-browser-check", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-extensions",
         "--disable-default-apps", "--disable-dev-shm-usage", "--mute-audio",
         "--hide-scrollbars", "--remote-debugging-pipe"]


def find_chromium() -> str | None:
    """The Chromium binary: ``$KG_CHROMIUM``, else the first of `CANDIDATES` on PATH."""
    env = os.environ.get("KG_CHROMIUM")
    if env:
        return env if Path(env).is_file() else shutil.which(env)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium_or_skip() -> str:
    """The Chromium binary; without one the calling test skips, except in CI
    (``CI`` set), where tests/setup.sh must have installed it, so it fails."""
    import pytest
    binary = find_chromium()
    if binary is None:
        why = "no Chromium binary found: apt-get install chromium (Debian), or set KG_CHROMIUM"
        if os.environ.get("CI"):
            pytest.fail(f"{why}; CI runs tests/setup.sh, which should have installed it")
        pytest.skip(why)
    return binary


class BrowserError(RuntimeError):
    pass


class Chromium:
    """One headless Chromium process; `open` gives a `Page` (a new tab)."""

    def __init__(self, binary: str | None = None, width: int = 1280, height: int = 800,
                 timeout: float = 30.0):
        self.binary = binary or find_chromium()
        if not self.binary:
            raise BrowserError("no Chromium found (apt-get install chromium, or set KG_CHROMIUM)")
        self.width, self.height, self.timeout = width, height, timeout
        self._profile = tempfile.mkdtemp(prefix="kg-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        # Chromium reads commands on fd 3 and writes replies on fd 4. A small Python
        # trampoline moves the pipe ends there (from fds of 10 or more, so that neither
        # is 3 or 4 already) and execs Chromium.
        ends = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (to_chrome_r, from_chrome_w)]
        for fd in (to_chrome_r, from_chrome_w):
            os.close(fd)
        trampoline = ("import os, sys; a, b = int(sys.argv[1]), int(sys.argv[2]); "
                      "os.dup2(a, 3); os.dup2(b, 4); os.close(a); os.close(b); "
                      "os.execv(sys.argv[3], sys.argv[3:])")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", trampoline, str(ends[0]), str(ends[1]), self.binary, *FLAGS,
             f"--user-data-dir={self._profile}", f"--window-size={width},{height}", "about:blank"],
            pass_fds=ends, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for fd in ends:
            os.close(fd)
        self._next = 0
        self._lock = threading.Lock()
        self._replies: dict[int, dict] = {}
        self._events: list[dict] = []
        self._cond = threading.Condition()
        self._listeners: dict[str, list] = {}
        self._stderr: list[bytes] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()
        self.version = self.send("Browser.getVersion")

    # -- protocol -------------------------------------------------------------------------
    def _drain_stderr(self) -> None:
        for line in self.proc.stderr:
            self._stderr.append(line)
            del self._stderr[:-50]

    def _read(self) -> None:
        buf = b""
        while True:
            try:
                chunk = os.read(self._from_chrome, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._cond:
                    self._closed = True
                    self._cond.notify_all()
                return
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw.decode("utf-8"))
                with self._cond:
                    if "id" in msg:
                        self._replies[msg["id"]] = msg
                    else:
                        for fn in self._listeners.get(msg.get("sessionId", ""), []):
                            fn(msg)
                    self._cond.notify_all()

    _closed = False

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float | None = None) -> dict:
        """Send one command and wait for its result (raises `BrowserError` on an error reply)."""
        with self._lock:
            self._next += 1
            mid = self._next
        msg: dict[str, Any] = {"id": mid, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        try:
            os.write(self._to_chrome, json.dumps(msg).encode("utf-8") + b"\0")
        except BrokenPipeError:
            time.sleep(0.2)
            raise BrowserError(f"{method}: Chromium has exited (status {self.proc.poll()}); it said: "
                               + b"".join(self._stderr[-8:]).decode("utf-8", "replace")) from None
        deadline = time.monotonic() + (timeout or self.timeout)
        with self._cond:
            while mid not in self._replies:
                left = deadline - time.monotonic()
                if left <= 0 or self._closed:
                    why = "closed" if self._closed else f"no answer in {timeout or self.timeout:.0f} s"
                    raise BrowserError(f"{method}: {why}; chromium said: "
                                       + b"".join(self._stderr[-5:]).decode("utf-8", "replace"))
                self._cond.wait(left)
            reply = self._replies.pop(mid)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def open(self, url: str) -> "Page":
        """A new tab showing ``url``, once its load event has fired."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session, target)
        page.navigate(url)
        return page

    def close(self) -> None:
        try:
            if self.proc.poll() is None:
                try:
                    self.send("Browser.close", timeout=5)
                except BrowserError:
                    pass
                try:
                    self.proc.wait(5)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(5)
        finally:
            for fd in (self._to_chrome, self._from_chrome):
                try:
                    os.close(fd)
                except OSError:
                    pass
            shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Page:
    """A tab: evaluate JavaScript, wait for a condition, take screenshots; it records
    console errors, uncaught exceptions, dialogs (``alert``, ``prompt``) and every request made.
    Dialogs are accepted; a ``prompt`` gets `prompt_text` when it is set."""

    def __init__(self, browser: Chromium, session: str, target: str):
        self.browser, self.session, self.target = browser, session, target
        self.console_errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.prompt_text: str | None = None
        self._loaded = threading.Event()
        browser._listeners.setdefault(session, []).append(self._event)
        for method in ("Page.enable", "Runtime.enable", "Log.enable", "Network.enable"):
            self.send(method)
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": browser.width, "height": browser.height, "deviceScaleFactor": 1,
                   "mobile": False})

    def _event(self, msg: dict) -> None:
        method, params = msg.get("method"), msg.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.console_errors.append(" ".join(str(a.get("value", a.get("description", "")))
                                                for a in params.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            d = params.get("exceptionDetails", {})
            self.console_errors.append(d.get("exception", {}).get("description") or d.get("text", "exception"))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            e = params["entry"]
            self.console_errors.append(f"{e.get('source')}: {e.get('text')} {e.get('url', '')}".strip())
        elif method == "Network.requestWillBeSent":
            self.requests.append(params.get("request", {}).get("url", ""))
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(params.get("message", ""))
            answer = {"accept": True}
            if params.get("type") == "prompt" and self.prompt_text is not None:
                answer["promptText"] = self.prompt_text
            threading.Thread(target=self.send, args=("Page.handleJavaScriptDialog", answer),
                             daemon=True).start()
        elif method == "Page.loadEventFired":
            self._loaded.set()

    def send(self, method: str, params: dict | None = None, timeout: float | None = None) -> dict:
        return self.browser.send(method, params, self.session, timeout)

    def navigate(self, url: str, timeout: float | None = None) -> None:
        self._loaded.clear()
        reply = self.send("Page.navigate", {"url": url})
        if reply.get("errorText"):
            raise BrowserError(f"cannot open {url}: {reply['errorText']}")
        if not self._loaded.wait(timeout or self.browser.timeout):
            raise BrowserError(f"{url}: no load event in {timeout or self.browser.timeout:.0f} s")

    def evaluate(self, expression: str, timeout: float | None = None) -> Any:
        """The value of a JavaScript expression (promises awaited), as JSON-decoded Python."""
        reply = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                               "awaitPromise": True}, timeout)
        if "exceptionDetails" in reply:
            d = reply["exceptionDetails"]
            raise BrowserError(f"{expression[:80]}: {d.get('exception', {}).get('description') or d.get('text')}")
        return reply.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 10.0, interval: float = 0.05) -> Any:
        """Poll ``expression`` until it is truthy; its value, or `BrowserError` after ``timeout`` s."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"still false after {timeout} s: {expression}")
            time.sleep(interval)

    def click(self, x: float, y: float) -> None:
        """A real mouse click at viewport coordinates (CSS pixels)."""
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left",
                                                   "clickCount": 1})

    def type(self, text: str) -> None:
        """Type ``text`` into the focused element, as a keyboard would insert it."""
        self.send("Input.insertText", {"text": text})

    def key(self, key: str, code: str | None = None, keycode: int | None = None) -> None:
        """Press and release one key (e.g. ``"Enter"``, 13)."""
        base = {"key": key, "code": code or key}
        if keycode:
            base["windowsVirtualKeyCode"] = base["nativeVirtualKeyCode"] = keycode
        self.send("Input.dispatchKeyEvent", {"type": "keyDown", **base})
        self.send("Input.dispatchKeyEvent", {"type": "keyUp", **base})

    def screenshot(self, path: str | os.PathLike) -> Path:
        """Save a PNG of the viewport to ``path``."""
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(base64.b64decode(data))
        return out
