"""The outputs layer: date labels and every export format, on the hand-written sample timeline."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import logging
import re
import shutil
from html import escape, unescape
from pathlib import Path

import pytest

from timeline.dates import chronological_key
from timeline.errors import ConfigError
from timeline.export import FORMATS, date_label, load_texts, render
from timeline.export.csv_export import COLUMNS, original
from timeline.export.html import group_events
from timeline.export.labels import counted
from timeline.export.timelinejs import timelinejs_data
from timeline.models import (
    DateBasis,
    DocumentDate,
    DocumentDateSource,
    DocumentInfo,
    Event,
    EventDate,
    EventKind,
    Modifier,
    Precision,
    Timeline,
)

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "data" / "sample_timeline.json"


@pytest.fixture
def sample() -> Timeline:
    return Timeline.model_validate_json(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def texts(sample: Timeline) -> dict[str, str]:
    return load_texts(sample, REPO)


@pytest.mark.parametrize(
    ("value", "precision", "modifier", "label"),
    [
        ("2024-06-19", "day", None, "19 June 2024"),
        ("2024-06", "month", None, "June 2024"),
        ("2024", "year", None, "2024"),
        ("2024", "year", "end", "end of 2024"),
        ("2024-06", "month", "start", "early June 2024"),
        ("2024", "year", "mid", "mid-2024"),
        ("2024-06", "month", "mid", "mid-June 2024"),
        ("2024-06", "month", "approx", "around June 2024"),
        ("2024-06", "month", "before", "by June 2024"),
        ("2024", "year", "after", "from 2024"),
        ("2024-01-05", "day", "approx", "around 5 January 2024"),
        ("2024-06-20", "day", "start", "20 June 2024"),  # never "early 20 June 2024"
        ("2024-06-20", "day", "after", "from 20 June 2024"),  # "20-22 June 2024"
        ("2024-06-19", "month", None, "June 2024"),  # value cut to its precision
        ("2024-06", "unknown", None, "June 2024"),  # unknown precision: what the value holds
        ("2024", "day", None, "2024"),  # a precision the value lacks is not invented
        (None, "unknown", None, "undated"),
        (None, "unknown", "approx", "undated"),
    ],
)
def test_date_label(value: str | None, precision: str, modifier: str | None, label: str) -> None:
    d = EventDate.model_validate({"value": value, "precision": precision, "modifier": modifier})
    assert date_label(d) == label


def test_sample_is_grounded_in_the_seed_files(sample: Timeline) -> None:
    by_id = {d.id: d for d in sample.documents}
    assert len(sample.documents) == 3 and len(sample.events) >= 6
    for doc in sample.documents:
        raw = (REPO / doc.path).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == doc.sha256
        assert len(raw.decode("utf-8-sig")) == doc.chars
    for event in sample.events:
        for s in event.sources:
            text = (REPO / by_id[s.document].path).read_bytes().decode("utf-8-sig")
            assert text[s.start : s.end] == s.quote
    assert {e.kind.value for e in sample.events} == {"happened", "reported", "expected"}
    assert any(e.date_conflict and len(e.sources) == 3 for e in sample.events)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_the_sample(sample: Timeline, texts: dict[str, str], fmt: str) -> None:
    out = render(sample, fmt, texts)
    assert out.strip()
    assert out.endswith("\n")
    assert render(sample, fmt, texts) == out  # deterministic


def test_unknown_format_lists_the_formats(sample: Timeline) -> None:
    with pytest.raises(ValueError, match="json, html, timelinejs, markdown, csv"):
        render(sample, "pdf")


def test_json_round_trips(sample: Timeline) -> None:
    assert Timeline.model_validate_json(render(sample, "json")) == sample


def test_timelinejs_dates_follow_precision_and_omit_undated(sample: Timeline) -> None:
    data = json.loads(render(sample, "timelinejs", warn=lambda message: None))
    assert set(data) == {"title", "events"}
    by_id = {slide["unique_id"]: slide for slide in data["events"]}
    dated = [e for e in sample.events if e.date.value]
    undated = [e for e in sample.events if not e.date.value]
    assert undated and list(by_id) == [e.id for e in dated]
    for event in dated:
        slide = by_id[event.id]
        value = event.date.value
        assert value is not None
        expected = {"year": value[:4]}
        if event.date.precision.value in ("month", "day"):
            expected["month"] = str(int(value[5:7]))
        if event.date.precision.value == "day":
            expected["day"] = str(int(value[8:10]))
        if event.date.modifier is Modifier.end and event.date.precision is Precision.year:
            expected.update(month="9", display_date="end of 2024")  # its last third, see below
        assert slide["start_date"] == expected
        assert slide["display_date"] == date_label(event.date)
        assert slide["group"] == event.kind.value
        assert slide["text"]["headline"]
        assert all(s.document in slide["text"]["text"] for s in event.sources)
    assert f"{len(undated)} undated" in data["title"]["text"]["text"]
    assert timelinejs_data(sample) == data


def _start(
    year: str, month: str | None = None, day: str | None = None, shown: str | None = None
) -> dict[str, str]:
    start = {"year": year, "month": month, "day": day, "display_date": shown}
    return {key: value for key, value in start.items() if value is not None}


@pytest.mark.parametrize(
    ("value", "precision", "modifier", "start"),
    [
        ("2024", "year", "start", _start("2024", "1", shown="early 2024")),
        ("2024", "year", "mid", _start("2024", "5", shown="mid-2024")),
        ("2024", "year", "end", _start("2024", "9", shown="end of 2024")),
        ("2024-06", "month", "start", _start("2024", "6", "1", shown="early June 2024")),
        ("2024-06", "month", "mid", _start("2024", "6", "11", shown="mid-June 2024")),
        ("2024-06", "month", "end", _start("2024", "6", "21", shown="end of June 2024")),
        ("2024-06-20", "day", "end", _start("2024", "6", "20")),  # a day has no thirds
        ("2024", "year", None, _start("2024")),
        ("2024", "year", "before", _start("2024")),  # "by 2024"
        ("2024-06", "month", "approx", _start("2024", "6")),
        ("2024-06-19", "month", "end", _start("2024", "6", "21", shown="end of June 2024")),  # cut first
    ],
)
def test_timelinejs_places_the_start_middle_or_end_of_a_period_at_its_third(
    sample: Timeline, value: str, precision: str, modifier: str | None, start: dict[str, str]
) -> None:
    """TimelineJS puts {"year": "2024"} on 1 January: "end of 2024" came before June 2024."""
    event = sample.events[0]
    event.date = EventDate.model_validate({"value": value, "precision": precision, "modifier": modifier})
    slide = timelinejs_data(sample)["events"][0]
    assert slide["start_date"] == start
    assert slide["display_date"] == date_label(event.date)  # the words, e.g. "end of 2024"


def test_timelinejs_orders_slides_as_the_timeline_does(sample: Timeline) -> None:
    def placed(slide: dict[str, dict[str, str]]) -> tuple[int, ...]:
        start = slide["start_date"]
        return tuple(int(start.get(unit, "1")) for unit in ("year", "month", "day"))

    june = next(e for e in sample.events if e.date.value == "2024-06")
    sample.events = [e for e in sample.events if e.date.value]
    for modifier, label in ((Modifier.start, "early June 2024"), (Modifier.end, "end of June 2024")):
        sample.events.append(june.model_copy(deep=True, update={"id": f"ev-{modifier.value}"}))
        sample.events[-1].date = june.date.model_copy(update={"modifier": modifier})
        assert date_label(sample.events[-1].date) == label
    slides = timelinejs_data(sample)["events"]
    by_label = {slide["display_date"]: placed(slide) for slide in slides}
    # At the start of its last third (1 September), as the timeline orders it: after June, before November.
    assert by_label["June 2024"] < by_label["end of 2024"] < by_label["around November 2024"]
    assert by_label["early June 2024"] < by_label["20 June 2024"] < by_label["end of June 2024"]
    ordered = sorted(sample.events, key=lambda e: chronological_key(e.date))
    by_id = {slide["unique_id"]: placed(slide) for slide in slides}
    assert [by_id[e.id] for e in ordered] == sorted(by_id.values())


def test_timelinejs_says_which_events_it_leaves_out(
    sample: Timeline, caplog: pytest.LogCaptureFixture
) -> None:
    left_out = "left out of the TimelineJS file: TimelineJS cannot place an event without a date (the json, "
    undated = [e for e in sample.events if not e.date.value]
    assert len(undated) == 1
    notes: list[str] = []
    out = render(sample, "timelinejs", warn=notes.append)
    assert notes == [f"1 undated event is {left_out}html, markdown and csv exports list them)"]
    assert "1 undated event is not shown" in out  # and on the title slide, as before
    sample.events.append(undated[0].model_copy(update={"id": "ev-another"}))
    with caplog.at_level(logging.WARNING, logger="timeline.export"):
        render(sample, "timelinejs")
    assert [r.getMessage() for r in caplog.records] == [
        f"2 undated events are {left_out}html, markdown and csv exports list them)"
    ]
    sample.events = [e for e in sample.events if e.date.value]
    render(sample, "timelinejs", warn=notes.append)
    assert len(notes) == 1  # nothing left out, nothing said
    for fmt in FORMATS:
        if fmt != "timelinejs":
            render(sample, fmt, warn=notes.append)
    assert len(notes) == 1


@pytest.mark.parametrize("keep", ["undated", "none"])
def test_timelinejs_refuses_a_timeline_without_a_dated_event(sample: Timeline, keep: str) -> None:
    """TimelineJS3 shows only "Timeline configuration has no events" for a file without slides."""
    sample.events = [e for e in sample.events if not e.date.value] if keep == "undated" else []
    with pytest.raises(ConfigError, match="no TimelineJS file written") as caught:
        render(sample, "timelinejs", warn=lambda message: None)
    held = "its one event is undated" if keep == "undated" else "it has no events"
    assert held in str(caught.value) and "export it as html, markdown, csv or json" in str(caught.value)
    for fmt in FORMATS:
        if fmt != "timelinejs":
            assert render(sample, fmt).strip()  # the other formats still show them, or say there are none


def test_timelinejs_escapes_html(sample: Timeline) -> None:
    sample.events[0].title = "<b>bold</b>"
    data = timelinejs_data(sample)
    assert data["events"][0]["text"]["headline"] == "&lt;b&gt;bold&lt;/b&gt;"


def test_csv_has_a_row_per_source(sample: Timeline) -> None:
    rows = list(csv.reader(io.StringIO(render(sample, "csv"))))
    header, body = rows[0], rows[1:]
    assert header == [
        "event_id", "date_value", "date_precision", "date_modifier", "date_text", "date_label", "kind",
        "kind_cue", "title", "summary", "actors", "document", "quote", "start", "end", "date_conflict",
        "source_date_value", "source_date_precision", "source_date_modifier", "source_date_text",
        "source_date_label", "source_date_basis", "document_published", "document_published_source",
    ]  # fmt: skip
    assert len(body) == sum(len(e.sources) for e in sample.events)
    first = dict(zip(header, body[0], strict=True))
    event, source = sample.events[0], sample.events[0].sources[0]
    assert first["event_id"] == event.id
    assert first["quote"] == source.quote
    assert (int(first["start"]), int(first["end"])) == (source.start, source.end)
    assert first["actors"].split("; ") == event.actors
    assert first["date_conflict"] == ("true" if event.date_conflict else "false")


def test_csv_says_what_each_date_rests_on_and_how_its_article_s_date_was_known(sample: Timeline) -> None:
    """A spreadsheet user could not tell a date read off the quote's own words from one counted from an
    estimated publication date: the JSON, the viewer and the Markdown said so, the CSV did not."""
    rows = list(csv.DictReader(io.StringIO(render(sample, "csv"))))
    published = {document.id: document.published for document in sample.documents}
    sources = [source for event in sample.events for source in event.sources]
    assert len(rows) == len(sources)
    for row, source in zip(rows, sources, strict=True):
        assert row["source_date_basis"] == source.date.basis.value
        assert row["document_published"] == (published[source.document].value or "")
        assert row["document_published_source"] == published[source.document].source.value
    assert {row["source_date_basis"] for row in rows} >= {"explicit", "document_date"}
    assert "estimated" in {row["document_published_source"] for row in rows}


def test_csv_says_which_date_each_source_gives(sample: Timeline) -> None:
    """A conflict is visible in the CSV: each row has its source's date beside the event's."""
    event = next(e for e in sample.events if e.date_conflict)
    rows = [row for row in csv.DictReader(io.StringIO(render(sample, "csv"))) if row["event_id"] == event.id]
    assert len(rows) == len(event.sources) == 3
    for row, source in zip(rows, event.sources, strict=True):
        assert row["document"] == source.document
        assert row["date_value"] == event.date.value  # the event's date, on every row
        assert row["source_date_value"] == (source.date.value or "")
        assert row["source_date_precision"] == source.date.precision.value
        assert row["source_date_modifier"] == (source.date.modifier.value if source.date.modifier else "")
        assert row["source_date_text"] == (source.date.text or "")
        assert row["source_date_label"] == date_label(source.date)
    assert {row["source_date_label"] for row in rows} == {"June 2024", "24 October 2024"}
    undated = next(e for e in sample.events if not e.date.value)
    row = next(r for r in csv.DictReader(io.StringIO(render(sample, "csv"))) if r["event_id"] == undated.id)
    assert (row["source_date_value"], row["source_date_label"]) == ("", "undated")  # every column, always


def test_csv_rows_end_with_crlf(sample: Timeline) -> None:
    """RFC 4180 ends every row with CRLF; a line break inside a cell is the text's and stays quoted."""
    text = render(sample, "csv")
    rows = 1 + sum(len(e.sources) for e in sample.events)
    assert text.endswith("\r\n")
    assert text.count("\r\n") == rows
    assert "\n" not in text.replace("\r\n", "") and "\r" not in text.replace("\r\n", "")
    sample.events[0].summary = "line one\nline two"
    text = render(sample, "csv")
    assert text.count("\r\n") == rows
    assert '"line one\nline two"' in text
    parsed = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(parsed) == rows - 1 and parsed[0]["summary"] == "line one\nline two"


@pytest.mark.parametrize("lead", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_neutralises_cells_a_spreadsheet_would_run_as_formulas(sample: Timeline, lead: str) -> None:
    event = sample.events[0]
    event.title = f'{lead}HYPERLINK("http://evil.test","click"), "now"'
    event.summary = f"{lead}2+3"
    event.actors = [f"{lead}SUM(A1)", "Kim"]
    event.kind_cue = f"{lead}cmd|' /C calc'!A0"
    text = render(sample, "csv")
    first = dict(zip(COLUMNS, list(csv.reader(io.StringIO(text, newline="")))[1], strict=True))
    assert first["title"] == f"'{event.title}"
    assert first["summary"] == f"'{lead}2+3"
    assert first["actors"] == f"'{lead}SUM(A1); Kim"
    assert first["kind_cue"] == f"'{lead}cmd|' /C calc'!A0"
    # RFC 4180 quoting is unchanged: the neutralised cell is quoted because it holds a comma and quotes.
    assert "\"'" + lead + 'HYPERLINK(""http://evil.test"",""click""), ""now"""' in text


def test_csv_neutralising_can_be_undone_exactly(sample: Timeline) -> None:
    """A quote that already began "'=" was written as it was: a spreadsheet took its "'" as the mark of
    text and showed "=SUM(A1)", and a program removing the neutralising "'" read "=SUM(A1)" too."""
    texts = [
        "'=SUM(A1)",
        "''+44 20 7946 0000",
        "'-5C tonight', forecasters said",
        "=HYPERLINK(1)",
        "-5 people were hurt",
        "'Tis the season",
        "'We will not back down,' she said",
        "The talks resumed",
        "",
    ]
    event = sample.events[0]
    written = []
    for text in texts:
        event.title = text
        row = list(csv.reader(io.StringIO(render(sample, "csv"), newline="")))[1]
        written.append(dict(zip(COLUMNS, row, strict=True))["title"])
    assert written[:5] == ["'" + text for text in texts[:5]]  # "''=SUM(A1)": a spreadsheet shows "'=SUM(A1)"
    assert written[5:] == texts[5:]  # a quote in single quotes keeps its own first quote, and only it
    assert [original(cell) for cell in written] == texts


def test_csv_quotes_a_cell_holding_a_bare_carriage_return(sample: Timeline) -> None:
    sample.events[0].summary = "line one\rline two"
    text = render(sample, "csv")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == sum(len(e.sources) for e in sample.events)
    assert rows[0]["summary"] == "line one\rline two"
    assert '"line one\rline two"' in text


def test_csv_leaves_other_cells_and_numbers_alone(sample: Timeline) -> None:
    event = sample.events[0]
    event.title = "Talks resume - 3 killed = headline @noon"  # the characters inside a cell are harmless
    rows = list(csv.DictReader(io.StringIO(render(sample, "csv"))))
    assert rows[0]["title"] == event.title
    assert all(not row["start"].startswith("'") and not row["end"].startswith("'") for row in rows)
    assert [row["quote"] for row in rows] == [s.quote for e in sample.events for s in e.sources]


def test_markdown_has_labels_sources_and_conflicts(sample: Timeline) -> None:
    md = render(sample, "markdown")
    assert md.startswith("# Timeline\n")
    assert "sample-fixture" in md
    for event in sample.events:
        assert f"### {date_label(event.date)} — " in md
        for s in event.sources:
            assert f"- {s.document.replace('_', chr(92) + '_')} (" in md
    for label in ("June 2024", "20 June 2024", "end of 2024", "undated"):
        assert f"### {label} — " in md
    assert "Conflicting dates" in md
    assert md.index("## Undated") > md.index("### end of 2024")


def _embedded_json(html: str) -> object:
    m = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', html, re.S)
    assert m, "embedded timeline JSON not found"
    return json.loads(m.group(1))


def test_html_is_self_contained(sample: Timeline, texts: dict[str, str]) -> None:
    html = render(sample, "html", texts)
    assert "http://" not in html and "https://" not in html
    assert not re.search(r"<script[^>]*\bsrc=|<link\b|@import|url\(|@font-face", html)
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert '<meta name="viewport"' in html


def test_html_embeds_the_timeline(sample: Timeline, texts: dict[str, str]) -> None:
    html = render(sample, "html", texts)
    assert _embedded_json(html) == sample.model_dump(mode="json")
    assert html.count('<article class="event') == len(sample.events)
    assert f"{len(sample.events)} of {len(sample.events)} events" in html
    assert "conflicting dates" in html
    assert "sample-fixture" in html and "2024-11-01" in html
    for event in sample.events:
        assert f'data-id="{event.id}"' in html
    # Events keep the timeline's order; undated last.
    ids = re.findall(r'<article class="event[^"]*" id="event-([^"]+)"', html)
    assert ids == [e.id for e in sample.events]


def test_html_shows_every_count_of_the_run_summary(sample: Timeline) -> None:
    """Each count a user checks before trusting the output, the prompt injections set aside too."""
    values = {name: 100 + i for i, name in enumerate(type(sample.summary).model_fields)}
    sample.summary = type(sample.summary)(**values)
    stats = render(sample, "html").split('<ul class="stats"', 1)[1].split("</ul>", 1)[0]
    for name, value in values.items():
        assert f"<b>{value}</b>" in stats, name
    assert (
        f"<b>{values['sentences_with_instructions']}</b> sentences addressed to the model, never shown to it"
        in stats
    )


def test_html_shows_quotes_in_context(sample: Timeline, texts: dict[str, str]) -> None:
    html = render(sample, "html", texts)
    first = sample.events[0].sources[0]
    assert f"<mark>{first.quote}</mark>" in html
    assert html.count("<mark>") == sum(len(e.sources) for e in sample.events)
    bare = render(sample, "html")
    assert "<mark>" not in bare
    assert "Article text not available" in bare


def test_html_escapes_planted_markup(sample: Timeline, texts: dict[str, str]) -> None:
    sample.events[0].title = "<script>alert(1)</script>"
    sample.events[0].actors.append('"><img src=x onerror=alert(2)>')
    html = render(sample, "html", texts)
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html
    data = _embedded_json(html)
    assert isinstance(data, dict)
    assert data["events"][0]["title"] == "<script>alert(1)</script>"
    script = html.split('id="timeline-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in script


def test_markdown_leaves_no_markup_of_the_articles_or_the_model_alive(sample: Timeline) -> None:
    sample.events[0].summary = "- 5 killed &amp; 3 wounded"
    sample.events[1].summary = "1. the first claim"
    sample.events[2].summary = "---"
    sample.events[0].sources[0].document = "a`<img src=x onerror=alert(1)>`b.txt"
    md = render(sample, "markdown", None)
    assert "\n\\- 5 killed &amp;amp; 3 wounded\n" in md  # not a list item, the entity shown as written
    assert "\n1\\. the first claim\n" in md
    assert "\n\\---\n" in md  # not a rule
    sample.events[1].summary = "2. a claim; 2.5 million people"
    sample.events[2].summary = "2.5 million people fled"
    md = render(sample, "markdown", None)
    assert "\n2\\. a claim; 2.5 million people\n" in md
    assert "\n2.5 million people fled\n" in md  # opens no list: no stray backslash in the raw file
    assert f"timeline {sample.provenance.tool_version}, schema" in md  # "0.1.0" was "0\\.1.0"
    assert "<" not in md.replace("\\<", "") and "`" not in md.replace("\\`", "")  # only escaped ones


def test_markdown_shows_control_characters_as_escapes(sample: Timeline) -> None:
    """An ESC in a file name, a title or a quote reached the report as it is: `cat report.md` cleared
    the screen, set the terminal's title or printed a hidden link."""
    event = sample.events[0]
    event.title = "\x1b]0;owned\x07Talks resume"
    event.sources[0].document = "\x1b[2Jstory.txt"
    event.sources[0].quote = "Troops \x1b]8;;http://evil.test\x1b\\crossed\x1b]8;;\x1b\\ the border\x00."
    sample.documents[0].title = "Flood\x9b2J warning"
    md = render(sample, "markdown")
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", md)
    assert r"### June 2024 — \\x1b\]0;owned\\x07Talks resume" in md  # Markdown shows "\x1b]0;owned..."
    assert r"- \\x1b\[2Jstory.txt (June 2024, year from" in md
    assert r"— Flood\\u009b2J warning ·" in md


def test_html_isolates_article_text_from_the_labels_around_it(
    sample: Timeline, texts: dict[str, str]
) -> None:
    """A U+202E in a file name or a date as written must not reverse the date label beside it."""
    html = render(sample, "html", texts)
    style = html.split("<style>", 1)[1].split("</style>", 1)[0]
    rule = next(line for line in style.splitlines() if "unicode-bidi: isolate" in line)
    for selector in ("h4", ".summary", ".doc", ".doc-title", ".date-text", ".quote", ".actor", "code"):
        assert selector in rule
    assert '<h4 dir="auto">' in html
    sample.documents[0].title = "Troops \u202eenter"  # would reverse "· published 2024-10 (estimated)"
    html = render(sample, "html", texts)
    assert (
        '— <span class="doc-title" dir="auto">Troops \u202eenter</span> · published 2024-10 (estimated)'
        in html
    )


def test_html_lays_out_right_to_left_text_in_its_own_direction(
    sample: Timeline, texts: dict[str, str]
) -> None:
    """An Arabic quote in a left-to-right box shows its full stop at the wrong end, and its context too."""
    html = render(sample, "html", texts)
    sources = sum(len(e.sources) for e in sample.events)
    assert html.count('<span class="quote" dir="auto">') == sources
    assert html.count('<div class="context" dir="auto">') == sources
    assert html.count('<span class="actor" dir="auto">') == sum(len(e.actors) for e in sample.events)
    assert html.count('<span class="date-text" dir="auto">') == sum(1 for e in sample.events if e.date.text)
    bare = render(sample, "html")  # quotes without their article
    assert bare.count('<span class="quote" dir="auto">') == sources


@pytest.mark.parametrize("fmt", ["markdown", "timelinejs"])
def test_no_bidi_control_reverses_a_date_in_markdown_or_timelinejs(sample: Timeline, fmt: str) -> None:
    """Without CSS to isolate them, a U+202E in a file name showed "report:(4202 rebotcO 42) exe.txt"."""
    event = next(e for e in sample.events if e.date_conflict)
    event.sources[2].document = "report\u202etxt.exe"
    event.actors = ["Russia\u2067", "North Korea\u202b"]
    event.sources[0].quote = "in June\u202d, Russian"
    event.title = "\u2066Treaty\u2069 signed"
    out = render(sample, fmt, warn=lambda message: None)
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", out)
    slides = json.loads(out)["events"] if fmt == "timelinejs" else []
    shown = next(s["text"]["text"] for s in slides if s["unique_id"] == event.id) if slides else out
    assert "reporttxt.exe" in shown and "Russia, North Korea" in shown and "Treaty signed" in out
    assert (
        "<cite>reporttxt.exe</cite> (24 October 2024)"
        if fmt == "timelinejs"
        else "reporttxt.exe (24 October 2024):"
    ) in shown


def test_html_lays_out_only_the_events_on_screen(sample: Timeline) -> None:
    """5,000 events took 6-9 s to open and 0.3-1 s a keystroke to filter when every one was laid out."""
    html = render(sample, "html")
    style = html.split("<style>", 1)[1].split("</style>", 1)[0]
    rule = style.split("\narticle.event {", 1)[1].split("}", 1)[0]
    assert "content-visibility: auto;" in rule and "contain-intrinsic-size: auto" in rule
    printed = style.split("@media print {", 1)[1].split("\n}", 1)[0]
    assert "content-visibility: visible" in printed  # a printout holds every event


def test_html_search_folds_accents_and_apostrophes(sample: Timeline, texts: dict[str, str]) -> None:
    html = render(sample, "html", texts)
    assert 'normalize("NFD")' in html
    assert "hay: fold(" in html and "terms = fold(q.value)" in html


def test_html_of_an_empty_timeline_says_so(sample: Timeline) -> None:
    sample.events = []
    html = render(sample, "html", {})
    assert '<p class="empty" id="empty">This timeline has no events.</p>' in html


def test_html_groups_by_year_and_month_undated_last(sample: Timeline) -> None:
    from timeline.export.html import EventView

    events = list(sample.events)
    undated = [e for e in events if not e.date.value]
    events.remove(undated[0])
    events.insert(1, undated[0])  # an undated event in the middle still goes last
    groups = group_events([EventView(e, date_label(e.date), []) for e in events])
    assert [g.heading for g in groups] == ["2024", "Undated"]
    headings = [run.heading for run in groups[0].runs]
    assert headings == ["June 2024", "October 2024", "November 2024", "end of 2024"]
    assert [v.event.id for v in groups[-1].runs[0].events] == [undated[0].id]


def test_load_texts_reads_the_sample(sample: Timeline, texts: dict[str, str]) -> None:
    assert sorted(texts) == sorted(d.id for d in sample.documents)


def _one_changed_one_missing(
    sample: Timeline, tmp_path: Path
) -> tuple[DocumentInfo, DocumentInfo, DocumentInfo]:
    """The sample's articles copied under `tmp_path`, the first rewritten since the run, the second gone."""
    for doc in sample.documents:
        (tmp_path / "seeds").mkdir(exist_ok=True)
        shutil.copy(REPO / doc.path, tmp_path / doc.path)
    changed, missing, moved = sample.documents
    (tmp_path / changed.path).write_text("Rewritten since the run.", encoding="utf-8")
    (tmp_path / missing.path).unlink()
    return changed, missing, moved


def test_load_texts_skips_changed_and_missing_documents(sample: Timeline, tmp_path: Path) -> None:
    _, _, moved = _one_changed_one_missing(sample, tmp_path)
    assert list(load_texts(sample, tmp_path)) == [moved.id]
    html = render(sample, "html", load_texts(sample, tmp_path))
    assert "Article text not available" in html and "<mark>" in html


CONTEXT_LOST = "the viewer shows its quotes without the article around them"


def test_load_texts_tells_once_per_document_which_file_was_not_found(
    sample: Timeline, tmp_path: Path
) -> None:
    changed, missing, moved = _one_changed_one_missing(sample, tmp_path)
    notes: list[str] = []
    assert list(load_texts(sample, tmp_path, warn=notes.append)) == [moved.id]
    assert notes == [
        f"{changed.id}: {tmp_path / changed.path} changed since the timeline was built (SHA-256 differs); "
        f"{CONTEXT_LOST} (rebuild the timeline from the current file)",
        f"{missing.id}: {missing.path} not found in {tmp_path}; {CONTEXT_LOST} "
        "(export from the folder the build ran in, or keep the files in place)",
    ]
    # an absolute path has no other folder to be looked for in
    absolute = sample.model_copy(deep=True)
    absolute.documents[1].path = str(tmp_path / missing.path)
    notes.clear()
    load_texts(absolute, tmp_path, warn=notes.append)
    assert notes[1] == (
        f"{missing.id}: {tmp_path / missing.path} not found; {CONTEXT_LOST} "
        "(rebuild the timeline or keep the files in place)"
    )


def test_load_texts_logs_a_warning_without_a_callback(
    sample: Timeline, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="timeline.export"):
        assert load_texts(sample, tmp_path) == {}
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == len(sample.documents)
    assert all("not found" in w and CONTEXT_LOST in w for w in warnings)
    assert warnings[0].startswith(
        f"{sample.documents[0].id}: {sample.documents[0].path} not found in {tmp_path};"
    )


def test_load_texts_says_nothing_when_every_document_is_found(sample: Timeline) -> None:
    notes: list[str] = []
    assert len(load_texts(sample, REPO, warn=notes.append)) == len(sample.documents)
    assert notes == []


def test_load_texts_names_the_reason_a_document_cannot_be_read(sample: Timeline, tmp_path: Path) -> None:
    (tmp_path / sample.documents[0].path).mkdir(parents=True)  # a folder where the file was
    notes: list[str] = []
    load_texts(sample, tmp_path, warn=notes.append)
    assert notes[0].startswith(
        f"{sample.documents[0].id}: cannot read {tmp_path / sample.documents[0].path} ("
    )
    assert CONTEXT_LOST in notes[0]


@pytest.mark.parametrize("path", ["/dev/zero", "fifo"])
def test_load_texts_reads_only_regular_files(sample: Timeline, tmp_path: Path, path: str) -> None:
    """A timeline written elsewhere may name /dev/zero (read until memory runs out) or a FIFO (forever)."""
    import os

    if path == "fifo":
        os.mkfifo(tmp_path / "fifo")
    sample.documents[0].path = path if path.startswith("/") else str(tmp_path / path)
    notes: list[str] = []
    texts = load_texts(sample, REPO, warn=notes.append)
    assert sample.documents[0].id not in texts and len(texts) == len(sample.documents) - 1
    assert notes == [
        f"{sample.documents[0].id}: {sample.documents[0].path} is not a regular file (a device or pipe), "
        f"so it is not read; {CONTEXT_LOST} (check the timeline's documents[].path, or rebuild it)"
    ]


def test_load_texts_skips_a_document_whose_quotes_do_not_match(sample: Timeline) -> None:
    source = sample.events[0].sources[0]
    source.start += 1
    source.end += 1
    assert source.document not in load_texts(sample, REPO)
    assert len(load_texts(sample, REPO)) == len(sample.documents) - 1


def test_load_texts_resolves_absolute_paths(sample: Timeline, tmp_path: Path) -> None:
    for doc in sample.documents:
        doc.path = str(REPO / doc.path)
    assert len(load_texts(sample, tmp_path)) == len(sample.documents)


def _copy_articles(sample: Timeline, folder: Path) -> None:
    for doc in sample.documents:
        (folder / doc.path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / doc.path, folder / doc.path)


def test_load_texts_looks_in_each_folder_in_turn(sample: Timeline, tmp_path: Path) -> None:
    """`timeline export` passes the current folder, then the timeline's: the files are where the build ran."""
    elsewhere, project = tmp_path / "elsewhere", tmp_path / "project"
    elsewhere.mkdir()
    _copy_articles(sample, project)
    notes: list[str] = []
    texts = load_texts(sample, [elsewhere, project], warn=notes.append)
    assert notes == []
    assert sorted(texts) == sorted(d.id for d in sample.documents)


def test_load_texts_takes_the_copy_the_build_read(sample: Timeline, tmp_path: Path) -> None:
    """A file of the same name in the first folder that is not the article (SHA-256) does not hide it."""
    elsewhere, project = tmp_path / "elsewhere", tmp_path / "project"
    _copy_articles(sample, elsewhere)
    _copy_articles(sample, project)
    first = sample.documents[0]
    (elsewhere / first.path).write_text("Another article of the same name.", encoding="utf-8")
    notes: list[str] = []
    assert len(load_texts(sample, [elsewhere, project], warn=notes.append)) == len(sample.documents)
    assert notes == []
    # Where no folder holds the article, the file that differs is named, not "not found".
    (project / first.path).unlink()
    assert first.id not in load_texts(sample, [elsewhere, project], warn=notes.append)
    assert notes == [
        f"{first.id}: {elsewhere / first.path} changed since the timeline was built (SHA-256 differs); "
        f"{CONTEXT_LOST} (rebuild the timeline from the current file)"
    ]


def test_load_texts_names_every_folder_it_looked_in(sample: Timeline, tmp_path: Path) -> None:
    notes: list[str] = []
    assert load_texts(sample, [tmp_path / "here", tmp_path, tmp_path / "here"], warn=notes.append) == {}
    doc = sample.documents[0]
    assert notes[0] == (
        f"{doc.id}: {doc.path} not found in {tmp_path / 'here'} or {tmp_path}; {CONTEXT_LOST} "
        "(export from the folder the build ran in, or keep the files in place)"
    )
    assert len(notes) == len(sample.documents)


# Articles the build reads fine but that are not plain UTF-8 text: the offsets index the loader's text.
_BODY = (
    "Talks in Zürich\nThe minister’s envoy met café owners on 20 June 2024, officials said.\nMore follows.\n"
)
_QUOTE = "The minister’s envoy met café owners on 20 June 2024"
_ARTICLES = {
    "front.md": ("---\ntitle: Talks\ndate: 2024-06-20\n---\n" + _BODY).encode("utf-8"),
    "cp1252.txt": _BODY.encode("cp1252"),
    "utf16.txt": _BODY.encode("utf-16"),  # with its byte-order mark
    "utf16be.txt": codecs.BOM_UTF16_BE + _BODY.replace("\n", "\r\n").encode("utf-16-be"),
    "page.html": (
        "<!doctype html><html><head><title>Talks</title></head><body><article><h1>Talks in Zürich</h1>"
        f"<p>{_BODY.splitlines()[1]}</p><p>{_BODY.splitlines()[2]}</p></article></body></html>"
    ).encode(),
}


def _timeline_of_articles(sample: Timeline, folder: Path) -> Timeline:
    """One event per article of `_ARTICLES`, written to `folder`, its quote where the build finds it."""
    from timeline.documents import load_document

    folder.mkdir(exist_ok=True)
    documents, events = [], []
    for name, raw in _ARTICLES.items():
        (folder / name).write_bytes(raw)
        loaded = load_document(folder / name)  # what the build records: sha256, chars, format, path
        start = _BODY.index(_QUOTE) if name == "front.md" else loaded.text.index(_QUOTE)
        event = sample.events[0].model_copy(deep=True)
        event.id = f"ev-{name}"
        event.sources = [event.sources[0].model_copy(update={"document": name, "start": start})]
        event.sources[0].end = start + len(_QUOTE)
        event.sources[0].quote = _QUOTE
        documents.append(loaded.info)
        events.append(event)
    return sample.model_copy(update={"documents": documents, "events": events})


def test_load_texts_reads_each_article_as_the_build_did(sample: Timeline, tmp_path: Path) -> None:
    """Front matter, cp1252, UTF-16 and HTML articles are shown in context, without a word on stderr."""
    timeline = _timeline_of_articles(sample, tmp_path / "articles")
    assert {d.format for d in timeline.documents} == {"markdown", "text", "html"}
    notes: list[str] = []
    texts = load_texts(timeline, tmp_path, warn=notes.append)
    assert notes == []
    assert sorted(texts) == sorted(_ARTICLES)
    for event in timeline.events:
        (source,) = event.sources
        assert texts[source.document][source.start : source.end] == _QUOTE
    html = render(timeline, "html", texts)
    assert html.count(f"<mark>{escape(_QUOTE)}</mark>") == len(_ARTICLES)
    assert "Article text not available" not in html


def test_load_texts_tells_when_an_article_is_not_the_text_the_build_read(
    sample: Timeline, tmp_path: Path
) -> None:
    """Markdown and HTML are told like text: README promises every file it cannot match is named."""
    timeline = _timeline_of_articles(sample, tmp_path / "articles")
    by_id = {event.sources[0].document: event.sources[0] for event in timeline.events}
    by_id["front.md"].start += 1
    by_id["front.md"].end += 1
    page = next(d for d in timeline.documents if d.id == "page.html")
    page.chars += 1
    notes: list[str] = []
    texts = load_texts(timeline, tmp_path, warn=notes.append)
    assert sorted(texts) == sorted(set(_ARTICLES) - {"front.md", "page.html"})
    assert notes == [
        f"front.md: the quotes do not match the text of {tmp_path / 'articles' / 'front.md'} at their "
        f"offsets; {CONTEXT_LOST}",
        f"page.html: the text read from {tmp_path / 'articles' / 'page.html'} (html) has {page.chars - 1} "
        f"characters where the build read {page.chars} (another version of the reader?); {CONTEXT_LOST} "
        "(rebuild the timeline)",
    ]


def test_the_words_that_made_the_kind_are_shown_beside_it(sample: Timeline, texts: dict[str, str]) -> None:
    sample.events[0].kind = EventKind.reported
    sample.events[0].kind_cue = "said"
    html = render(sample, "html", texts)
    assert re.search(
        r'<span class="badge kind-reported">reported</span>\s*<span class="kind-cue"[^>]*>“said”', html
    )
    assert html.count('class="kind-cue"') == sum(1 for e in sample.events if e.kind_cue)
    assert "**Kind:** reported (“said”)" in render(sample, "markdown")
    rows = list(csv.DictReader(io.StringIO(render(sample, "csv"))))
    assert rows[0]["kind_cue"] == "said"


def test_year_only_runs_are_headed_by_their_label_or_month_not_given(sample: Timeline) -> None:
    from timeline.export.html import EventView

    def year_only(modifier: Modifier | None) -> Event:
        event = sample.events[0].model_copy(deep=True)
        event.date = EventDate(value="2024", precision=Precision.year, modifier=modifier)
        return event

    june = next(e for e in sample.events if e.date.value and e.date.value.startswith("2024-06"))
    events = [year_only(Modifier.before), june, year_only(None), year_only(Modifier.end)]
    (group,) = group_events([EventView(e, date_label(e.date), []) for e in events])
    assert [run.heading for run in group.runs] == [
        "by 2024",
        "June 2024",
        "2024, month not given",
        "end of 2024",
    ]
    (alone,) = group_events([EventView(e, date_label(e.date), []) for e in (events[0], events[3])])
    assert [run.heading for run in alone.runs] == [None, None]  # no month in the year: the year says it


@pytest.mark.parametrize("value", ["2024-06-00", "2024-02-31", "2024-13"])
def test_a_timeline_with_a_date_that_does_not_exist_is_refused(sample: Timeline, value: str) -> None:
    """It would be shown as "0 June 2024" or "31 February 2024"."""
    data = sample.model_dump(mode="json")
    data["events"][0]["date"]["value"] = value
    with pytest.raises(ValueError, match=f"date '{value}' is not a calendar date"):
        Timeline.model_validate(data)


def _source_heads(html: str) -> list[str]:
    """The text of each source's head line (document, offsets, date), tags stripped."""
    heads = re.findall(r'<span class="source-head">(.*?)</span>\s*<span class="quote"', html, re.S)
    return [unescape(re.sub(r"<[^>]+>", "", head)) for head in heads]


@pytest.mark.parametrize("with_texts", [True, False])
def test_html_shows_where_in_its_article_each_quote_is(
    sample: Timeline, texts: dict[str, str], with_texts: bool
) -> None:
    """A journalist checks a quote against the article by its offsets, with or without the article at hand."""
    heads = _source_heads(render(sample, "html", texts if with_texts else None))
    sources = [s for e in sample.events for s in e.sources]
    assert len(heads) == len(sources)
    for head, source in zip(heads, sources, strict=True):
        where = f"{source.document} · chars {source.start}–{source.end}"
        assert head.startswith(f"{where} · {date_label(source.date)}")


def test_html_says_which_dates_rest_on_the_article_s_date_and_whether_it_is_estimated(
    sample: Timeline, texts: dict[str, str]
) -> None:
    """'in June' dated by an estimated article date is only as good as that estimate: the viewer says so."""
    treaty = sample.events[0]
    first = treaty.sources[0]  # "in June", its year from 000's date, which is estimated
    assert first.date.basis.value == "document_date"
    doc = next(d for d in sample.documents if d.id == first.document)
    assert doc.published.source.value == "estimated"
    heads = _source_heads(render(sample, "html", texts))
    assert heads[0].startswith(
        f"{first.document} · chars {first.start}–{first.end} · "
        "June 2024 (year from the article's estimated date)"
    )
    explicit = treaty.sources[1]  # "June 2024": its own words date it
    assert explicit.date.basis.value == "explicit"
    assert "(year from" not in heads[1] and "(counted from" not in heads[1]

    doc.published = doc.published.model_copy(update={"source": DocumentDateSource.front_matter})
    first.date = first.date.model_copy(update={"basis": DateBasis.relative})
    heads = _source_heads(render(sample, "html", texts))
    assert "June 2024 (counted from the article's date)" in heads[0]


def test_html_counts_the_undated_and_conflicting_events_at_the_top(sample: Timeline) -> None:
    """Undated events are listed after every year; the header must say there are some, and how many."""
    stats = render(sample, "html").split('<ul class="stats"', 1)[1].split("</ul>", 1)[0]
    undated = sum(1 for e in sample.events if not e.date.value)
    conflicts = sum(1 for e in sample.events if e.date_conflict)
    assert undated and conflicts
    assert f"<li><b>{undated}</b> undated, listed last</li>" in stats
    assert f"<li><b>{conflicts}</b> with conflicting dates</li>" in stats


def test_html_says_what_an_estimated_publication_date_rests_on_and_when_there_is_none(
    sample: Timeline,
) -> None:
    doc = sample.documents[0]
    assert doc.published.source.value == "estimated" and doc.published.evidence == "by the end of 2024"
    sample.documents[1].published = DocumentDate()
    documents = render(sample, "html").split("<summary>Documents", 1)[1].split("</details>", 1)[0]
    items = re.findall(r"<li>(.*?)</li>", documents, re.S)
    assert "· published 2024-10 (estimated), from <span" in items[0]
    assert "“by the end of 2024”</span>" in items[0]
    assert "publication date unknown (its “last week” or “in June” are left undated)" in items[1]
    assert "publication date unknown" not in items[0]


def test_markdown_gives_each_quote_s_offsets_and_what_its_date_rests_on(sample: Timeline) -> None:
    md = render(sample, "markdown")
    for event in sample.events:
        for source in event.sources:
            document = source.document.replace("_", "\\_")
            assert re.search(
                rf"^- {re.escape(document)} \({re.escape(date_label(source.date))}[^)]*\): "
                rf"chars {source.start}–{source.end}$",
                md,
                re.M,
            ), source.quote
    first = sample.events[0].sources[0]  # "in June": its year from 000's estimated date
    assert (
        f"- 000\\_05bc1de49be1dc5d.txt (June 2024, year from the article's estimated date): "
        f"chars {first.start}–{first.end}\n" in md
    )


def test_markdown_counts_what_a_reader_checks_and_lists_the_documents(sample: Timeline) -> None:
    sample.documents[1].published = DocumentDate()
    md = render(sample, "markdown")
    s = sample.summary
    undated = sum(1 for e in sample.events if not e.date.value)
    conflicts = sum(1 for e in sample.events if e.date_conflict)
    for count in (
        f"{undated} undated (listed last)",
        f"{conflicts} with conflicting dates",
        f"{counted(s.events_dropped_ungrounded, 'event')} dropped as ungrounded",
        f"{counted(s.furniture_sentences_removed, 'sentence')} dropped as page furniture",
        f"{s.analysis_sentences_hidden} questions or analysis, never shown to it",
        f"{s.headlines_replaced} headlines replaced by their quote",
        f"{s.documents_not_english} documents not in English: dates, kinds, actors read in English only",
    ):
        assert count in md.split("## ", 1)[0], count  # in the header, before the first year
    documents = md.split("## Documents\n", 1)[1].split("\n## ", 1)[0]
    assert (
        "- 000\\_05bc1de49be1dc5d.txt — North Korea is preparing for a military invasion of Ukraineon the "
        "side of dictator Putin · published 2024-10 (estimated), from “by the end of 2024”\n" in documents
    )
    second = next(line for line in documents.splitlines() if line.startswith("- 002"))
    assert second.endswith(" · publication date unknown (its “last week” or “in June” are left undated)")
    assert len([line for line in documents.splitlines() if line.startswith("- ")]) == len(sample.documents)


def test_a_count_of_one_is_said_in_the_singular(sample: Timeline) -> None:
    """A one-article build's report opened "_1 events from 1 documents (0 failed)" and its TimelineJS
    title slide "1 events from 1 documents"."""
    sample.events = sample.events[:1]
    sample.documents = sample.documents[:1]
    sample.summary.events, sample.summary.documents = 1, 1
    sample.summary.headlines_replaced = 1
    md = render(sample, "markdown")
    assert md.split("\n")[2].startswith("_1 event from 1 document (0 failed) · ")
    assert " · 1 headline replaced by their quote · " in md
    intro = timelinejs_data(sample)["title"]["text"]["text"]
    assert intro.startswith("<p>1 event from 1 document; ")


def test_the_viewer_and_the_report_say_a_count_of_one_in_the_singular(sample: Timeline) -> None:
    """The viewer of a one-article build read "<b>1</b> documents", "1 events" in its title and "1 of 1
    events" in its bar, and the Markdown header "1 questions or analysis"; the adjective counts ("1
    extracted", "1 dropped as page furniture") did not say whether they counted events or sentences."""
    sample.events = sample.events[:1]
    sample.documents = sample.documents[:1]
    sample.summary = type(sample.summary)(**dict.fromkeys(type(sample.summary).model_fields, 1))
    html = render(sample, "html")
    stats = html.split('<ul class="stats"', 1)[1].split("</ul>", 1)[0]
    for line in (
        "<b>1</b> document</li>",
        "<b>1</b> event</li>",
        "<b>1</b> event extracted</li>",
        "<b>1</b> event dropped as ungrounded</li>",
        "<b>1</b> sentence dropped as page furniture</li>",
        "<b>1</b> sentence addressed to the model, never shown to it</li>",
        "<b>1</b> question or analysis, never shown to it</li>",
        "<b>1</b> event aligned by wording</li>",
        "<b>1</b> headline replaced by their quote</li>",
        "<b>1</b> document not in English: dates, kinds, actors read in English only</li>",
    ):
        assert line in stats, line
    assert "<title>Timeline · 1 event from 1 document</title>" in html
    assert "1 event from 1 document, each grounded in quoted passages." in html
    assert ">1 of 1 event</span>" in html
    assert '" of " + articles.length + (articles.length === 1 ? " event" : " events")' in html
    header = render(sample, "markdown").split("## ", 1)[0]
    for count in (
        "1 event extracted",
        "1 event dropped as ungrounded",
        "1 sentence dropped as page furniture",
        "1 sentence addressed to the model, never shown to it",
        "1 question or analysis, never shown to it",
        "1 event aligned by wording",
    ):
        assert f" · {count} · " in header, count
    # and the plural where it is due
    sample.summary = type(sample.summary)(**dict.fromkeys(type(sample.summary).model_fields, 2))
    stats = render(sample, "html").split('<ul class="stats"', 1)[1].split("</ul>", 1)[0]
    assert "<b>2</b> questions or analysis, never shown to it</li>" in stats
    assert "<b>2</b> sentences dropped as page furniture</li>" in stats
    assert " · 2 events extracted · " in render(sample, "markdown")


def test_html_document_filter_names_each_article_by_its_headline_too(sample: Timeline) -> None:
    """'000_05bc1de49be1dc5d.txt' alone does not say which article it is; its headline does."""
    sample.documents[0].title = "Troops & <tanks>"
    sample.documents[1].title = "Troops \u202eenter " + "x" * 80
    select = render(sample, "html").split('<select id="doc">', 1)[1].split("</select>", 1)[0]
    options = re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select)
    first = sample.documents[0]
    assert options[0] == ("", "All documents")
    assert options[1] == (first.id, f"{first.id} — Troops &amp; &lt;tanks&gt;")
    value, label = options[2]
    assert value == sample.documents[1].id
    assert label.startswith(f"{value} — Troops enter xxx") and label.endswith("…")  # no U+202E, cut short
    assert len(label) == len(f"{value} — ") + 60


def _ids(html: str) -> list[str]:
    return re.findall(r'\bid="([^"]+)"', html)


def test_html_indexes_the_years_each_linking_to_its_section_with_its_count(sample: Timeline) -> None:
    """2,000 events over 30 years were one long page with no way to a year but scrolling."""
    html = render(sample, "html")
    nav = html.split('<nav class="years" aria-label="Years">', 1)[1].split("</nav>", 1)[0]
    links = re.findall(
        r'<a href="#([^"]+)" data-jump="([^"]+)">([^<]+) <span class="n"[^>]*>(\d+)</span></a>', nav
    )
    undated = sum(1 for e in sample.events if not e.date.value)
    assert links == [
        ("y2024", "2024", "2024", str(len(sample.events) - undated)),
        ("undated", "undated", "Undated", str(undated)),
    ]
    assert html.index('<nav class="years"') < html.index('<main id="events">')
    ids = _ids(html)
    assert ids.count("y2024") == 1 and ids.count("undated") == 1
    assert re.search(r'<section class="year" id="y2024" data-group="2024">\s*<h2>2024</h2>', html)


def test_html_jump_list_names_every_year_and_headed_run_in_order(sample: Timeline) -> None:
    html = render(sample, "html")
    jump = html.split('<select id="jump">', 1)[1].split("</select>", 1)[0]
    options = re.findall(r'<option value="([^"]*)">([^<]*)</option>', jump)
    assert options == [
        ("", "Top"),
        ("y2024", "2024"),
        ("y2024-06", "June 2024"),
        ("y2024-10", "October 2024"),
        ("y2024-11", "November 2024"),
        ("y2024-end", "end of 2024"),
        ("undated", "Undated"),
    ]
    assert re.findall(r'<optgroup label="([^"]+)">', jump) == ["2024", "Undated"]
    assert '<label for="jump">Jump to</label>' in html
    ids = _ids(html)
    for value, _ in options[1:]:
        assert ids.count(value) == 1, value
    # It sits in the bar that stays on screen, with the count of the events the filters leave.
    bar = html.split('<div class="bar">', 1)[1].split('<main id="events">', 1)[0]
    assert '<select id="jump">' in bar and 'id="count"' in bar and 'role="search"' in bar


def test_run_anchors_are_readable_and_name_one_section_each(sample: Timeline) -> None:
    from timeline.export.html import EventView

    def dated(value: str, precision: Precision, modifier: Modifier | None = None) -> Event:
        event = sample.events[0].model_copy(deep=True)
        event.date = EventDate(value=value, precision=precision, modifier=modifier)
        return event

    def anchors(*events: Event) -> list[list[str]]:
        groups = group_events([EventView(e, date_label(e.date), []) for e in events])
        return [[run.anchor for run in g.runs] for g in groups]

    june, by_2024 = dated("2024-06", Precision.month), dated("2024", Precision.year, Modifier.before)
    year, end = dated("2024", Precision.year), dated("2024", Precision.year, Modifier.end)
    assert anchors(by_2024, june, year, end) == [["y2024-before", "y2024-06", "y2024-year", "y2024-end"]]
    # A heading met again later in its year (the order is the caller's) gets its own id.
    assert anchors(june, year, june) == [["y2024-06", "y2024-year", "y2024-06-2"]]
    # Runs without a heading (no month in the year) are reached by the year's own id.
    assert anchors(by_2024, end, dated("2023-01-05", Precision.day)) == [["", ""], ["y2023-01"]]


def test_html_each_event_links_to_itself(sample: Timeline) -> None:
    """An analyst shares an entry by its link: the fragment existed (#event-ID) but nothing showed it."""
    html = render(sample, "html")
    for event in sample.events:
        assert html.count(f'href="#event-{event.id}"') == 1
        assert f'aria-label="Link to this event: {escape(event.title)}"' in html


def test_html_jumps_stop_below_the_sticky_bar_and_print_without_it(sample: Timeline) -> None:
    """A shared #event link scrolled its event under the sticky filters."""
    html = render(sample, "html")
    style = html.split("<style>", 1)[1].split("</style>", 1)[0]
    root = style.split("\nhtml {", 1)[1].split("}", 1)[0]
    assert "scroll-padding-top: 7rem;" in root  # the script then sets the bar's measured height
    assert "documentElement.style.scrollPaddingTop = (stuck().offsetHeight + 8)" in html
    printed = style.split("@media print {", 1)[1].split("\n}", 1)[0]
    assert ".bar, .years, .permalink { display: none; }" in printed


def test_html_of_an_empty_timeline_has_no_index_or_jump_list(sample: Timeline) -> None:
    sample.events = []
    html = render(sample, "html", {})
    assert '<nav class="years"' not in html and 'id="jump"' not in html
    assert 'id="count"' in html


def test_html_filters_the_conflicting_and_the_undated_events_it_counts(sample: Timeline) -> None:
    """The header counted 53 events with conflicting dates among 2,000, and nothing led to them."""
    html = render(sample, "html")
    select = html.split('<select id="dates">', 1)[1].split("</select>", 1)[0]
    options = re.findall(r'<option value="([^"]*)">([^<]*)</option>', select)
    undated = sum(1 for e in sample.events if not e.date.value)
    conflicts = sum(1 for e in sample.events if e.date_conflict)
    assert options == [
        ("", "All dates"),
        ("conflict", f"Conflicting dates ({conflicts})"),
        ("undated", f"Undated ({undated})"),
    ]
    assert '<label class="visually-hidden" for="dates">Dates</label>' in html
    assert "conflict: e.date_conflict," in html and "undated: !e.date.value," in html
