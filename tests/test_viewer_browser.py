"""The HTML viewer in headless Chromium: the page's own JS runs, filters apply from the URL query.

Skipped when Chromium is not installed (`apt-get install chromium`). Set TIMELINE_SAVE_SCREENSHOT=1 to
also copy the desktop screenshot to docs/viewer.png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

import pytest

from timeline.export import load_texts, render
from timeline.models import Timeline

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "data" / "sample_timeline.json"
TIMEOUT_S = 90


def _chromium() -> str:
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    found = shutil.which("chromium")
    if found is None:
        pytest.skip("headless Chromium not installed: apt-get install chromium")
    return found


def _run(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *args,
    ]
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
