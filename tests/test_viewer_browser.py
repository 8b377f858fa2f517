"""The HTML viewer in headless Chromium: the page's own JS runs, filters apply from the URL query.

Skipped when Chromium is not installed (`apt-get install chromium`). Set TIMELINE_SAVE_SCREENSHOT=1 to
also copy the desktop screenshot to docs/viewer.png.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from timeline.export import load_texts, render
from timeline.models import Event, Timeline

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "data" / "sample_timeline.json"
TIMEOUT_S = 90
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium() -> str:
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    found = shutil.which("chromium")
    if found is None:
        pytest.skip("headless Chromium not installed: apt-get install chromium")
    return found


def _run(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [chromium, *FLAGS, f"--user-data-dir={profile}", *args]
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"chromium did not finish within {TIMEOUT_S} s: {' '.join(cmd)}")


class _Dom(HTMLParser):
    """The rendered events, the count text, the <mark> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[str, bool]] = []
        self.marks = 0
        self.count = ""
        self.ready = False
        self._in_count = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.ready = a.get("data-ready") == "true"
        if tag == "article" and "event" in (a.get("class") or "").split():
            visible = a.get("data-visible") == "true" and "hidden" not in a
            self.events.append((a.get("data-id") or "", visible))
        if tag == "mark":
            self.marks += 1
        if a.get("id") == "count":
            self._in_count = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self._in_count = False

    def handle_data(self, data: str) -> None:
        if self._in_count:
            self.count += data


@pytest.fixture
def sample() -> Timeline:
    return Timeline.model_validate_json(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def page(sample: Timeline, tmp_path: Path) -> Path:
    path = tmp_path / "viewer.html"
    path.write_text(render(sample, "html", load_texts(sample, REPO)), encoding="utf-8")
    return path


def _dom(chromium: str, tmp_path: Path, page: Path, query: dict[str, str] | None = None) -> _Dom:
    url = page.as_uri() + (f"?{urlencode(query)}" if query else "")
    result = _run(chromium, tmp_path / "profile", "--dump-dom", url)
    dom = _Dom()
    dom.feed(result.stdout)
    dom.close()
    assert dom.ready, "the page's script did not run (see the CSP hashes)"
    return dom


def test_viewer_renders_all_events_in_order(sample: Timeline, page: Path, tmp_path: Path) -> None:
    chromium = _chromium()
    dom = _dom(chromium, tmp_path, page)
    assert [event_id for event_id, _ in dom.events] == [e.id for e in sample.events]
    assert all(visible for _, visible in dom.events)
    assert dom.count.strip() == f"{len(sample.events)} of {len(sample.events)} events"
    assert dom.marks == sum(len(e.sources) for e in sample.events)


def test_viewer_filters_from_the_url(sample: Timeline, page: Path, tmp_path: Path) -> None:
    chromium = _chromium()
    actor = "Ukraine"
    expected = [e.id for e in sample.events if actor in e.actors]
    assert 0 < len(expected) < len(sample.events)
    dom = _dom(chromium, tmp_path, page, {"actor": actor})
    assert [event_id for event_id, visible in dom.events if visible] == expected
    assert dom.count.strip() == f"{len(expected)} of {len(sample.events)} events"

    doc = sample.documents[0].id
    query = {"actor": "North Korea", "doc": doc, "q": "front line"}
    expected = [
        e.id
        for e in sample.events
        if "North Korea" in e.actors
        and any(s.document == doc for s in e.sources)
        and any(
            "front line" in t.lower() for t in [e.title, e.summary, *e.actors, *(s.quote for s in e.sources)]
        )
    ]
    assert expected
    dom = _dom(chromium, tmp_path, page, query)
    assert [event_id for event_id, visible in dom.events if visible] == expected
    assert dom.count.strip() == f"{len(expected)} of {len(sample.events)} events"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"dates": "conflict"}, lambda e: e.date_conflict),
        ({"dates": "undated"}, lambda e: not e.date.value),
        ({"dates": "undated", "kind": "happened"}, lambda e: False),
    ],
)
def test_viewer_filters_the_conflicting_or_the_undated_events(
    sample: Timeline, page: Path, tmp_path: Path, query: dict[str, str], expected: Callable[[Event], bool]
) -> None:
    ids = [e.id for e in sample.events if expected(e)]
    dom = _dom(_chromium(), tmp_path, page, query)
    assert [event_id for event_id, visible in dom.events if visible] == ids
    assert dom.count.strip() == f"{len(ids)} of {len(sample.events)} events"


def test_viewer_screenshot(page: Path, tmp_path: Path) -> None:
    chromium = _chromium()
    shot = tmp_path / "viewer.png"
    _run(chromium, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    phone = tmp_path / "viewer-phone.png"
    _run(chromium, tmp_path / "profile", f"--screenshot={phone}", "--window-size=390,844", page.as_uri())
    assert phone.stat().st_size > 0
    if os.environ.get("TIMELINE_SAVE_SCREENSHOT") == "1":
        (REPO / "docs").mkdir(exist_ok=True)
        shutil.copy(shot, REPO / "docs" / "viewer.png")


class _Page:
    """One headless Chromium tab driven over the DevTools protocol on a pipe (no port, no network):
    for what a --dump-dom cannot show, such as where a scrolled page is."""

    def __init__(self, chromium: str, profile: Path, width: int, height: int) -> None:
        to_browser, self._commands = os.pipe()
        self._replies, from_browser = os.pipe()

        def as_fds_3_and_4() -> None:  # where --remote-debugging-pipe reads and writes
            # By way of 10 and 11, so that neither end overwrites the other when it is already 3 or 4.
            os.dup2(to_browser, 10)
            os.dup2(from_browser, 11)
            os.dup2(10, 3)
            os.dup2(11, 4)

        self._process = subprocess.Popen(
            [chromium, *FLAGS, "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=False,
            preexec_fn=as_fds_3_and_4,
        )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        self._session: str | None = None
        targets = self.send("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self._session = self.send("Target.attachToTarget", targetId=page["targetId"], flatten=True)[
            "sessionId"
        ]
        self.send("Page.enable")
        # The page's size, not the window's (a headless window is at least 500 pixels wide).
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._replies], [], [], TIMEOUT_S)
            if not ready:
                pytest.fail(f"chromium did not answer within {TIMEOUT_S} s")
            chunk = os.read(self._replies, 1 << 20)
            if not chunk:
                pytest.fail("chromium closed its pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        reply: dict[str, Any] = json.loads(message)
        return reply

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if self._session:
            message["sessionId"] = self._session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    pytest.fail(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self._events.append(reply)

    def open(self, url: str) -> None:
        self._events.clear()
        self.send("Page.navigate", url=url)
        while not any(e.get("method") == "Page.loadEventFired" for e in self._events):
            self._events.append(self._read())

    def js(self, expression: str) -> Any:
        """The value of `expression`, after the next two frames (so scroll handlers have run)."""
        wrapped = (
            "new Promise(function (done, fail) { requestAnimationFrame(function () { requestAnimationFrame("
            f"function () {{ try {{ done(({expression})); }} catch (err) {{ fail(err); }} }}); }}); }})"
        )
        result = self.send("Runtime.evaluate", expression=wrapped, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            pytest.fail(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"]))

    def close(self) -> None:
        self._process.kill()
        self._process.wait(timeout=TIMEOUT_S)
        os.close(self._commands)
        os.close(self._replies)


@pytest.fixture
def short_window(tmp_path: Path) -> Iterator[_Page]:
    """A window 480 pixels high, so that the six sample events need scrolling."""
    tab = _Page(_chromium(), tmp_path / "profile", 900, 480)
    try:
        yield tab
    finally:
        tab.close()


def _below_the_bar(tab: _Page, element_id: str) -> float:
    """How far below the sticky bar's bottom edge the element's top is drawn (the bar was `.controls`)."""
    return float(
        tab.js(
            f"document.getElementById({json.dumps(element_id)}).getBoundingClientRect().top"
            " - document.querySelector('.bar, .controls').getBoundingClientRect().bottom"
        )
    )


def test_viewer_jumps_to_a_month_and_shows_where_the_reader_is(
    sample: Timeline, page: Path, short_window: _Page
) -> None:
    tab = short_window
    tab.open(page.as_uri())
    assert tab.js("document.documentElement.getAttribute('data-ready')") == "true"
    assert tab.js("document.getElementById('jump').value") == ""  # the page's top: no year yet
    tab.js(
        "(function (j) { j.value = 'y2024-11'; j.dispatchEvent(new Event('change')); })"
        "(document.getElementById('jump'))"
    )
    assert tab.js("location.hash") == "#y2024-11"
    assert 0 <= _below_the_bar(tab, "y2024-11") < 20  # at the top of what is visible, not under the bar
    # Scrolled by hand to the undated events, the list says so.
    tab.js("window.scrollTo(0, document.getElementById('undated').offsetTop)")
    assert tab.js("document.getElementById('jump').value") == "undated"
    tab.js("window.scrollTo(0, document.getElementById('y2024-10').offsetTop + 5)")
    assert tab.js("document.getElementById('jump').value") == "y2024-10"


def test_viewer_opens_a_shared_event_link_below_the_bar(
    sample: Timeline, page: Path, short_window: _Page
) -> None:
    event_id = f"event-{sample.events[3].id}"
    short_window.open(page.as_uri() + "#" + event_id)
    assert short_window.js("window.scrollY") > 0
    assert 0 <= _below_the_bar(short_window, event_id) < 20


def test_viewer_year_index_and_jump_list_follow_the_filters(
    sample: Timeline, page: Path, short_window: _Page
) -> None:
    tab = short_window
    tab.open(page.as_uri() + "?kind=reported")
    reported = [e for e in sample.events if e.kind.value == "reported"]
    assert reported and all(not e.date.value for e in reported)  # the sample's reported event is undated
    years = tab.js(
        "Array.prototype.map.call(document.querySelectorAll('.years li'),"
        " function (li) { return [li.textContent.trim(), li.hidden]; })"
    )
    assert years == [["2024 0", True], [f"Undated {len(reported)}", False]]
    disabled = tab.js(
        "Array.prototype.filter.call(document.getElementById('jump').options,"
        " function (o) { return o.disabled; }).map(function (o) { return o.value; })"
    )
    assert disabled == ["y2024", "y2024-06", "y2024-10", "y2024-11", "y2024-end"]
