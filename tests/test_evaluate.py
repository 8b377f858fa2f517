"""`timeline eval`: every metric on a tiny synthetic three-document corpus, with exact numbers."""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Any

import pytest

from timeline.cli import main
from timeline.errors import ConfigError
from timeline.evaluate import (
    EvalReport,
    Gold,
    PredictedRef,
    evaluate,
    format_report,
    kendall_tau_b,
    load_gold,
    load_texts_for,
)
from timeline.models import (
    DocumentInfo,
    Event,
    EventDate,
    EventKind,
    Modifier,
    Precision,
    Provenance,
    RunSummary,
    Source,
    Timeline,
    Usage,
)

REPO = Path(__file__).resolve().parents[1]

TEXTS: dict[str, str] = {
    "a.txt": (
        "Related Posts\n"
        "On 20 June 2024 Putin and Kim signed the partnership treaty in Pyongyang. "
        "The treaty was ratified in November 2024.\n"
        "Related Posts\n"
    ),
    "b.txt": (
        "On 23 October 2024 North Korean troops arrived in Russia. "
        "Officials said the troops trained in Primorsky.\n"
        "Subscribe to our newsletter.\n"
    ),
    "c.txt": (
        "Kim visited Moscow in 2023. The troops were seen in Kursk, officials said. "
        "Putin and Kim signed the partnership treaty, Reuters reported.\n"
    ),
}

# Gold chronological order: visit (2023) < treaty (2024-06) < arrival (2024-10-23) < ratified (2024-11)
# < kursk (undated).
GOLD_DATA: dict[str, Any] = {
    "description": "synthetic",
    "documents_dir": "docs",
    "events": [
        {
            "id": "treaty",
            "title": "Putin and Kim sign the partnership treaty",
            "date": {"value": "2024-06", "precision": "month"},
            "kind": "happened",
            "anchors": [
                {"document": "a.txt", "text": "signed the partnership treaty in Pyongyang"},
                {"document": "c.txt", "text": "signed the partnership treaty, Reuters"},
            ],
        },
        {
            "id": "ratified",
            "title": "The treaty is ratified",
            "date": {"value": "2024-11", "precision": "month"},
            "kind": "happened",
            "anchors": [{"document": "a.txt", "text": "ratified in November 2024"}],
        },
        {
            "id": "arrival",
            "title": "North Korean troops arrive in Russia",
            "date": {"value": "2024-10-23", "precision": "day"},
            "kind": "happened",
            "anchors": [{"document": "b.txt", "text": "North Korean troops arrived in Russia"}],
        },
        {
            "id": "visit",
            "title": "Kim visits Moscow",
            "date": {"value": "2023", "precision": "year"},
            "anchors": [{"document": "c.txt", "text": "Kim visited Moscow in 2023"}],
        },
        {
            "id": "kursk",
            "title": "Troops seen in Kursk",
            "anchors": [{"document": "c.txt", "text": "The troops were seen in Kursk"}],
        },
    ],
    "furniture": [
        {"document": "a.txt", "text": "Related Posts"},
        {"document": "b.txt", "text": "Subscribe to our newsletter."},
    ],
}


def gold_from(data: dict[str, Any] | None = None) -> Gold:
    return Gold.model_validate(data or GOLD_DATA)


def src(doc: str, quote: str, *, shift: int = 0, occurrence: int = 0) -> Source:
    """A source citing `quote` in `doc` (its `occurrence`-th match), its offsets moved by `shift`."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXTS[doc].index(quote, start + 1)
    start += shift
    return Source(document=doc, quote=quote, start=start, end=start + len(quote), date=EventDate())


def ev(
    event_id: str,
    value: str | None,
    precision: str,
    *sources: Source,
    kind: EventKind = EventKind.happened,
    modifier: Modifier | None = None,
    text: str | None = None,
) -> Event:
    date = EventDate(value=value, precision=Precision(precision), modifier=modifier, text=text)
    return Event(
        id=event_id, title=f"title of {event_id}", summary="", kind=kind, date=date, sources=list(sources)
    )


def timeline(*events: Event) -> Timeline:
    return Timeline(
        provenance=Provenance(
            tool_version="0", provider="test", model="test", prompts=[], started_at="", duration_s=0.0,
            usage=Usage(),
        ),
        summary=RunSummary(
            documents=3, documents_failed=0, events=len(events), events_extracted=len(events),
            events_dropped_ungrounded=0, furniture_sentences_removed=0, events_aligned=0,
        ),
        documents=[],
        events=list(events),
    )  # fmt: skip


def perfect_events() -> dict[str, Event]:
    """One correct prediction per gold event, in chronological order."""
    return {
        "visit": ev("p-visit", "2023", "year", src("c.txt", "Kim visited Moscow"), kind=EventKind.reported),
        "treaty": ev("p-treaty", "2024-06-20", "day", src("a.txt", "Putin and Kim signed the partnership")),
        "arrival": ev("p-arrival", "2024-10-23", "day", src("b.txt", "troops arrived")),
        "ratified": ev("p-ratified", "2024-11", "month", src("a.txt", "The treaty was ratified")),
        "kursk": ev("p-kursk", None, "unknown", src("c.txt", "seen in Kursk")),
    }


def run(*events: Event, gold: Gold | None = None) -> EvalReport:
    return evaluate(timeline(*events), gold or gold_from(), TEXTS)


# --- the perfect timeline ----------------------------------------------------------------------------------


def test_perfect_timeline_scores_one_everywhere() -> None:
    report = run(*perfect_events().values())
    assert (report.gold_events, report.predicted_events) == (5, 5)
    assert (report.matched_gold, report.matched_predicted) == (5, 5)
    assert report.recall == 1.0
    assert report.precision == 1.0
    assert (report.date_accuracy, report.dates_correct, report.date_pairs) == (1.0, 5, 5)
    assert (report.modifier_agreement, report.modifier_pairs) == (1.0, 4)
    assert (report.kind_accuracy, report.kind_pairs) == (1.0, 3)  # visit gives no kind: not counted
    assert (report.duplicates, report.duplicate_rate, report.duplicated_gold) == (0, 0.0, [])
    assert (report.grounded_quotes, report.sources, report.ungrounded_sources) == (1.0, 5, 0)
    assert (report.furniture_events, report.furniture_event_ids) == (0, [])
    assert report.kendall_tau == 1.0
    assert (report.missed, report.unmatched_predicted, report.wrong_dates) == ([], [], [])


def test_report_serialises_to_json_and_back() -> None:
    report = run(*perfect_events().values())
    assert EvalReport.model_validate_json(report.model_dump_json()) == report
    assert json.loads(report.model_dump_json())["recall"] == 1.0


# --- recall, precision, duplicates ------------------------------------------------------------------------


def test_a_missed_event_lowers_recall_only() -> None:
    events = perfect_events()
    del events["arrival"]
    report = run(*events.values())
    assert report.matched_gold == 4
    assert report.recall == 0.8
    assert report.precision == 1.0
    assert report.missed == ["arrival"]
    assert report.kendall_tau == 1.0


def test_an_extra_event_lowers_precision_only() -> None:
    events = [*perfect_events().values(), ev("extra", "2024", "year", src("b.txt", "trained in Primorsky"))]
    report = run(*events)
    assert (report.predicted_events, report.matched_predicted) == (6, 5)
    assert report.precision == 5 / 6
    assert report.recall == 1.0
    assert report.unmatched_predicted == [PredictedRef(id="extra", title="title of extra")]


def test_a_duplicate_is_counted_and_the_first_one_is_scored() -> None:
    events = perfect_events()
    # The second report of the treaty (from c.txt) comes later in the timeline with a wrong date.
    dup = ev(
        "p-treaty-again", "2025", "year", src("c.txt", "signed the partnership treaty, Reuters reported")
    )
    report = run(*events.values(), dup)
    assert (report.duplicates, report.duplicated_gold) == (1, ["treaty"])
    assert (report.matched_predicted, report.predicted_events) == (6, 6)
    assert report.duplicate_rate == 1 / 6
    assert report.precision == 1.0
    assert report.date_accuracy == 1.0  # the best (first) match p-treaty is dated right
    assert report.kendall_tau == 1.0


def test_one_event_matching_two_gold_events_counts_once_for_precision() -> None:
    events = perfect_events()
    merged = ev("merged", "2024-10-23", "day", src("b.txt", "troops arrived"), src("a.txt", "was ratified"))
    report = run(events["visit"], events["treaty"], merged, events["kursk"])
    assert (report.matched_gold, report.recall) == (5, 1.0)
    assert (report.matched_predicted, report.precision) == (4, 1.0)
    assert report.duplicates == 0
    assert [w.gold_id for w in report.wrong_dates] == ["ratified"]
    # Of the 10 pairs, the 4 with undated kursk are ties on both sides; arrival and ratified share the merged
    # entry's date (a tie in the timeline, ordered in the gold); the other 5 are concordant.
    assert report.kendall_tau == pytest.approx(5 / math.sqrt((10 - 5) * (10 - 4)))


def test_a_source_must_overlap_an_anchor_by_at_least_one_character() -> None:
    events = perfect_events()
    del events["arrival"]
    touching = ev(
        "touching", "2024-10-23", "day", src("b.txt", "On 23 October 2024 ")
    )  # ends where it starts
    one_char = ev("one-char", "2024-10-23", "day", src("b.txt", "2024 N"))
    assert run(*events.values(), touching).missed == ["arrival"]
    report = run(*events.values(), touching, one_char)
    assert report.missed == []
    assert [ref.id for ref in report.unmatched_predicted] == ["touching"]


# --- dates, modifiers, kinds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_id", "value", "precision", "correct"),
    [
        ("treaty", "2024", "year", False),  # month gold, year-only prediction: too coarse
        ("treaty", "2024-06", "month", True),
        ("treaty", "2024-06-20", "day", True),  # finer and inside the gold month
        ("treaty", "2024-07-20", "day", False),
        ("treaty", "2024-06-20", "month", True),  # value cut to its declared precision
        ("treaty", "2024-06-20", "year", False),  # declared year: too coarse whatever the value holds
        ("treaty", "2024-06", "unknown", True),  # unknown precision: what the value holds
        ("treaty", None, "unknown", False),
        ("visit", "2023", "year", True),
        ("visit", "2023-05", "month", True),
        ("visit", "2022", "year", False),
        ("visit", "2022-12-31", "day", False),
        ("arrival", "2024-10-23", "day", True),
        ("arrival", "2024-10-24", "day", False),
        ("arrival", "2024-10", "month", False),  # day gold, month prediction
        ("arrival", "2024", "year", False),
        ("kursk", None, "unknown", True),
        ("kursk", "2024-12", "month", False),  # undated gold, dated prediction
    ],
)
def test_date_accuracy_at_each_precision(
    gold_id: str, value: str | None, precision: str, correct: bool
) -> None:
    events = perfect_events()
    old = events[gold_id]
    events[gold_id] = ev(old.id, value, precision, *old.sources, kind=old.kind, text="the expression")
    report = run(*events.values())
    assert report.dates_correct == (5 if correct else 4)
    assert report.date_accuracy == (1.0 if correct else 0.8)
    assert [w.gold_id for w in report.wrong_dates] == ([] if correct else [gold_id])
    assert report.recall == 1.0


@pytest.mark.parametrize(
    ("gold_date", "value", "precision", "modifier", "correct"),
    [
        # Gold "end of 2024" is September to December 2024.
        ({"value": "2024", "precision": "year", "modifier": "end"}, "2024-11-05", "day", None, True),
        ({"value": "2024", "precision": "year", "modifier": "end"}, "2024-09", "month", None, True),
        ({"value": "2024", "precision": "year", "modifier": "end"}, "2024", "year", Modifier.end, True),
        ({"value": "2024", "precision": "year", "modifier": "end"}, "2024-03-10", "day", None, False),
        ({"value": "2024", "precision": "year", "modifier": "end"}, "2024", "year", None, False),  # wider
        ({"value": "2024", "precision": "year", "modifier": "end"}, "2024", "year", Modifier.start, False),
        # Gold "early October 2024" is 1 to 10 October.
        ({"value": "2024-10", "precision": "month", "modifier": "start"}, "2024-10-04", "day", None, True),
        ({"value": "2024-10", "precision": "month", "modifier": "start"}, "2024-10-24", "day", None, False),
        # before/after/approx are not narrowings: ignored, as documented.
        ({"value": "2024", "precision": "year", "modifier": "before"}, "2024-03-10", "day", None, True),
        ({"value": "2024-10", "precision": "month", "modifier": "approx"}, "2024-10", "month", None, True),
        # A prediction's own approx does not widen it out of the gold period.
        (
            {"value": "2024", "precision": "year", "modifier": "end"},
            *("2024-11", "month", Modifier.approx, True),
        ),
    ],
)
def test_a_gold_start_mid_or_end_narrows_the_date_a_prediction_must_fall_in(
    gold_date: dict[str, str], value: str, precision: str, modifier: Modifier | None, correct: bool
) -> None:
    """'2024-03-10' for a gold 'end of 2024' counted as a right date: the modifier was ignored."""
    data = json.loads(json.dumps(GOLD_DATA))
    data["events"][0]["date"] = gold_date
    events = perfect_events()
    events["treaty"] = ev("p-treaty", value, precision, *events["treaty"].sources, modifier=modifier)
    report = run(*events.values(), gold=gold_from(data))
    assert (report.dates_correct, report.date_pairs) == ((5 if correct else 4), 5)
    assert [w.gold_id for w in report.wrong_dates] == ([] if correct else ["treaty"])


def test_wrong_date_entry_names_both_dates_and_the_expression() -> None:
    events = perfect_events()
    events["kursk"] = ev("p-kursk", "2024-12", "month", src("c.txt", "seen in Kursk"), text="in December")
    report = run(*events.values())
    [wrong] = report.wrong_dates
    assert (wrong.gold_id, wrong.gold_date, wrong.predicted_id) == ("kursk", None, "p-kursk")
    assert (wrong.predicted_date, wrong.predicted_text) == ("2024-12", "in December")
    assert report.modifier_pairs == 4  # the undated gold event is not a modifier pair


def test_modifiers_do_not_change_accuracy_but_are_reported() -> None:
    events = perfect_events()
    events["treaty"] = ev("p-treaty", "2024-06", "month", *events["treaty"].sources, modifier=Modifier.approx)
    report = run(*events.values())
    assert report.date_accuracy == 1.0
    assert (report.modifiers_agreeing, report.modifier_pairs, report.modifier_agreement) == (3, 4, 0.75)


def test_gold_modifier_must_be_matched() -> None:
    data = json.loads(json.dumps(GOLD_DATA))
    data["events"][0]["date"]["modifier"] = "end"
    report = run(*perfect_events().values(), gold=gold_from(data))
    assert report.modifier_agreement == 0.75


def test_kind_accuracy_counts_only_gold_events_with_a_kind() -> None:
    events = perfect_events()
    events["treaty"] = ev("p-treaty", "2024-06", "month", *events["treaty"].sources, kind=EventKind.reported)
    report = run(*events.values())
    assert (report.kinds_correct, report.kind_pairs) == (2, 3)
    assert report.kind_accuracy == 2 / 3


# --- grounding and furniture ------------------------------------------------------------------------------


def test_an_offset_shifted_by_one_is_ungrounded() -> None:
    events = perfect_events()
    events["arrival"] = ev("p-arrival", "2024-10-23", "day", src("b.txt", "troops arrived", shift=1))
    report = run(*events.values())
    assert (report.sources, report.ungrounded_sources) == (5, 1)
    assert report.grounded_quotes == 0.8
    assert [(u.event_id, u.document) for u in report.ungrounded] == [("p-arrival", "b.txt")]
    assert report.recall == 1.0  # still overlaps the anchor


def test_a_source_in_an_unknown_document_is_ungrounded() -> None:
    events = perfect_events()
    ghost = Source(document="ghost.txt", quote="x", start=0, end=1, date=EventDate())
    events["visit"] = ev("p-visit", "2023", "year", *events["visit"].sources, ghost)
    report = run(*events.values())
    assert (report.sources, report.ungrounded_sources, report.grounded_quotes) == (6, 1, 5 / 6)


def test_furniture_citations_are_counted_at_every_occurrence() -> None:
    events = [
        *perfect_events().values(),
        ev("nav", None, "unknown", src("a.txt", "Related Posts", occurrence=1)),
        ev("subscribe", None, "unknown", src("b.txt", "our newsletter")),
    ]
    report = run(*events)
    assert (report.furniture_events, report.furniture_event_ids) == (2, ["nav", "subscribe"])
    assert report.precision == 5 / 7


def test_a_matched_event_citing_furniture_too_is_counted() -> None:
    events = perfect_events()
    events["treaty"] = ev(
        "p-treaty", "2024-06", "month", *events["treaty"].sources, src("a.txt", "Posts\nOn")
    )
    report = run(*events.values())
    assert (report.furniture_events, report.furniture_event_ids) == (1, ["p-treaty"])
    assert report.precision == 1.0


# --- Kendall tau ------------------------------------------------------------------------------------------


def test_kendall_tau_of_dates_in_reverse_order_is_minus_one() -> None:
    events = perfect_events()
    for gold_id, value, precision in [
        ("visit", "2025", "year"), ("treaty", "2024-12", "month"), ("arrival", "2024-09", "month"),
        ("ratified", "2024-07", "month"),
    ]:  # fmt: skip
        events[gold_id] = ev(events[gold_id].id, value, precision, *events[gold_id].sources)
    report = run(*events.values())
    assert report.kendall_tau == -1.0  # 6 discordant pairs; the 4 with undated kursk order nothing
    assert report.recall == 1.0


def test_kendall_tau_reads_the_order_from_the_dates_not_the_list() -> None:
    """The build sorts by date; a list in another order with the right dates still orders them right."""
    assert run(*reversed(perfect_events().values())).kendall_tau == 1.0


def test_pairs_with_an_undated_gold_event_order_nothing() -> None:
    """The timeline dates visit 2025, after the arrival: the one pair the gold can order is reversed.

    The gold's undated kursk used to sort last, like the timeline's undated entry, which made two
    concordant pairs out of "both undated" and scored this timeline 1/3 instead of -1.
    """
    events = perfect_events()
    late_visit = ev("p-visit", "2025", "year", *events["visit"].sources)
    report = run(events["arrival"], late_visit, events["kursk"])
    assert report.matched_gold == 3
    assert report.kendall_tau == -1.0


def test_entries_the_timeline_dates_alike_are_a_tie_whatever_their_documents() -> None:
    """Gold: arrival 2024-10-23 before ratified 2024-10-28; the timeline dates both October 2024.

    The build orders equal dates by document name, so their list order was a coin toss scored as a claim:
    0.8 with a.txt before b.txt, 1.0 with the names swapped.
    """
    data = json.loads(json.dumps(GOLD_DATA))
    data["events"][1]["date"] = {"value": "2024-10-28", "precision": "day"}
    events = perfect_events()
    arrival = ev("p-arrival", "2024-10", "month", *events["arrival"].sources)
    ratified = ev("p-ratified", "2024-10", "month", *events["ratified"].sources)
    # 10 pairs: 4 with undated kursk tie on both sides, (arrival, ratified) ties in the timeline, 5 are
    # concordant.
    expected = 5 / math.sqrt((10 - 5) * (10 - 4))
    for pair in ([ratified, arrival], [arrival, ratified]):
        report = run(events["visit"], events["treaty"], *pair, events["kursk"], gold=gold_from(data))
        assert report.kendall_tau == pytest.approx(expected)


def test_overlapping_gold_periods_are_not_an_order() -> None:
    """Gold 'end of 2024' (Sep-Dec) and 2024-10-23 overlap: the gold cannot say which came first."""
    data = json.loads(json.dumps(GOLD_DATA))
    data["events"][1]["date"] = {"value": "2024", "precision": "year", "modifier": "end"}
    events = perfect_events()
    ratified = ev("p-ratified", "2024-10-02", "day", *events["ratified"].sources)
    timeline_events = [events["visit"], events["treaty"], ratified, events["arrival"], events["kursk"]]
    report = run(*timeline_events, gold=gold_from(data))
    # 10 pairs: 4 with kursk tie on both sides; (ratified, arrival) ties in the gold (ordered in the
    # timeline); visit < treaty < {ratified, arrival}: 5 concordant.
    assert report.kendall_tau == pytest.approx(5 / math.sqrt((10 - 4) * (10 - 5)))


def test_kendall_tau_with_ties_in_the_gold_order() -> None:
    data = json.loads(json.dumps(GOLD_DATA))
    data["events"][1]["date"] = {"value": "2024-06", "precision": "month"}  # ratified now ties with treaty
    events = perfect_events()
    # Timeline: visit, treaty, arrival, ratified, kursk; gold: 2023, 2024-06, 2024-10-23, 2024-06, undated.
    # Of 10 pairs: 4 with undated kursk tie on both sides, (treaty, ratified) ties in the gold order,
    # (arrival, ratified) is discordant, 4 are concordant.
    report = run(*events.values(), gold=gold_from(data))
    assert report.kendall_tau == pytest.approx((4 - 1) / math.sqrt((10 - 4) * (10 - 5)))


@pytest.mark.parametrize(
    ("xs", "ys", "tau"),
    [
        ([1, 2, 3, 4], [1, 2, 3, 4], 1.0),
        ([1, 2, 3, 4], [4, 3, 2, 1], -1.0),
        ([1, 2, 3], [1, 1, 2], 2 / math.sqrt(6)),  # scipy.stats.kendalltau: 0.8164965809
        ([1, 2, 3, 4], [1, 3, 2, 2], 1 / math.sqrt(30)),  # scipy.stats.kendalltau: 0.1825741858
        ([1, 1, 2, 2], [1, 2, 1, 2], 0.0),
        ([1, 2], [2, 1], -1.0),
        ([1], [1], None),
        ([], [], None),
        ([1, 1, 1], [1, 2, 3], None),  # all tied in one ranking
    ],
)
def test_kendall_tau_b(xs: list[int], ys: list[int], tau: float | None) -> None:
    result = kendall_tau_b(xs, ys)
    if tau is None:
        assert result is None
    else:
        assert result == pytest.approx(tau)


def test_kendall_tau_is_none_with_a_single_match() -> None:
    report = run(perfect_events()["visit"])
    assert report.kendall_tau is None
    assert report.recall == 0.2


# --- empty inputs -----------------------------------------------------------------------------------------


def test_an_empty_timeline_scores_zero_without_dividing_by_zero() -> None:
    report = run()
    assert (report.recall, report.precision, report.duplicate_rate) == (0.0, 0.0, 0.0)
    assert (report.date_accuracy, report.grounded_quotes, report.kendall_tau) == (None, None, None)
    assert report.missed == ["treaty", "ratified", "arrival", "visit", "kursk"]


# --- gold file errors -------------------------------------------------------------------------------------


def write_gold(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_an_anchor_typo_raises_config_error_naming_the_anchor(tmp_path: Path) -> None:
    data = json.loads(json.dumps(GOLD_DATA))
    data["events"][2]["anchors"][0]["text"] = "North Korean troops arived in Russia"
    path = write_gold(tmp_path, data)
    with pytest.raises(ConfigError) as info:
        evaluate(timeline(*perfect_events().values()), load_gold(path), TEXTS)
    message = str(info.value)
    for part in (str(path), "'arrival'", "'b.txt'", "'North Korean troops arived in Russia'", "is not in"):
        assert part in message


def test_an_anchor_found_twice_raises_config_error(tmp_path: Path) -> None:
    data = json.loads(json.dumps(GOLD_DATA))
    data["events"][0]["anchors"].append({"document": "a.txt", "text": "Related Posts"})
    path = write_gold(tmp_path, data)
    with pytest.raises(
        ConfigError, match=r"anchor 'Related Posts' occurs more than once in document 'a.txt'"
    ):
        evaluate(timeline(), load_gold(path), TEXTS)


def test_an_anchor_in_a_missing_document_raises_config_error() -> None:
    data = json.loads(json.dumps(GOLD_DATA))
    data["events"][3]["anchors"][0]["document"] = "z.txt"
    with pytest.raises(ConfigError, match=r"event 'visit' cites document 'z.txt'"):
        evaluate(timeline(), gold_from(data), TEXTS)


def test_furniture_not_in_its_document_raises_config_error() -> None:
    data = json.loads(json.dumps(GOLD_DATA))
    data["furniture"][1]["text"] = "Sign up"
    with pytest.raises(ConfigError, match=r"furniture 'Sign up' is not in document 'b.txt'"):
        evaluate(timeline(), gold_from(data), TEXTS)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda d: d.update(extra=1), "extra"),
        (lambda d: d["events"][0].update(note="x"), "events.0.note"),
        (lambda d: d["events"][0]["anchors"][0].update(start=3), "events.0.anchors.0.start"),
        (lambda d: d["events"][1].update(id="treaty"), "'treaty' is used twice"),
        (lambda d: d["events"][0].update(date={"value": "2024-06", "precision": "day"}), "precision 'day'"),
        (lambda d: d["events"][0].update(anchors=[]), "events.0.anchors"),
        (lambda d: d["events"][2].update(date={"value": "2024-13-45", "precision": "day"}), "'2024-13-45'"),
        (lambda d: d["events"][2].update(date={"value": "2024-02-30", "precision": "day"}), "'arrival'"),
        (lambda d: d["events"][0].update(date={"value": "2024-00", "precision": "month"}), "not a real date"),
        (lambda d: d["events"][3].update(date={"value": "0000", "precision": "year"}), "'0000'"),
        (lambda d: d["events"][3].update(date={"value": "2024-13", "precision": "unknown"}), "'2024-13'"),
    ],
)
def test_an_invalid_gold_file_raises_config_error_naming_it(
    tmp_path: Path, change: Any, fragment: str
) -> None:
    data = json.loads(json.dumps(GOLD_DATA))
    change(data)
    path = write_gold(tmp_path, data)
    with pytest.raises(ConfigError) as info:
        load_gold(path)
    assert str(path) in str(info.value)
    assert fragment in str(info.value)


def test_an_impossible_gold_date_is_a_data_error_naming_file_event_and_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(json.dumps(GOLD_DATA))
    data["events"][2]["date"] = {"value": "2024-13-45", "precision": "day"}
    path = write_gold(tmp_path, data)
    with pytest.raises(ConfigError) as info:
        load_gold(path)
    message = str(info.value)
    for part in (f"gold file {path}", "gold event 'arrival'", "'2024-13-45'", "not a real date"):
        assert part in message
    with pytest.raises(ValueError, match="'2024-13-45' is not a real date"):
        gold_from(data)  # a gold built in code is checked too
    timeline_path = tmp_path / "timeline.json"
    timeline_path.write_text(timeline().model_dump_json(), encoding="utf-8")
    assert main(["eval", str(timeline_path), "--gold", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        f"error: gold file {path}: invalid (events.2: gold event 'arrival': date '2024-13-45'"
    )
    assert "Traceback" not in err


def test_a_gold_file_that_is_not_json_raises_config_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid JSON"):
        load_gold(path)
    with pytest.raises(ConfigError, match="cannot read it"):
        load_gold(tmp_path / "absent.json")


# --- loading the documents and the end-to-end report ------------------------------------------------------


def test_load_texts_for_reads_each_gold_document_relative_to_base(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    for name, text in TEXTS.items():
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    gold = load_gold(write_gold(tmp_path, GOLD_DATA))
    assert load_texts_for(gold, tmp_path) == TEXTS
    report = evaluate(timeline(*perfect_events().values()), gold, load_texts_for(gold, tmp_path))
    assert report.recall == 1.0
    assert report.gold_file == str(tmp_path / "gold.json")


def test_load_texts_for_names_a_missing_document(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(TEXTS["a.txt"], encoding="utf-8")
    gold = load_gold(write_gold(tmp_path, GOLD_DATA))
    with pytest.raises(ConfigError, match=r"cannot load document 'c.txt'"):
        load_texts_for(gold, tmp_path)


def write_docs(folder: Path, texts: dict[str, str] = TEXTS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_documents_dir_is_found_beside_the_gold_file_from_any_folder(tmp_path: Path) -> None:
    write_docs(tmp_path / "project" / "docs")
    gold_path = tmp_path / "project" / "gold" / "gold.json"
    gold_path.parent.mkdir()
    gold_path.write_text(json.dumps(GOLD_DATA), encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert load_texts_for(load_gold(gold_path), elsewhere) == TEXTS  # project/gold/docs, then project/docs
    (tmp_path / "project" / "gold" / "docs").mkdir()  # a folder without the documents is passed over
    assert load_texts_for(load_gold(gold_path), elsewhere) == TEXTS


def test_documents_dir_in_the_current_folder_comes_first(tmp_path: Path) -> None:
    write_docs(tmp_path / "docs")
    here = {name: text.replace("Putin", "PUTIN") for name, text in TEXTS.items()}
    write_docs(tmp_path / "cwd" / "docs", here)
    gold = load_gold(write_gold(tmp_path, GOLD_DATA))
    assert load_texts_for(gold, tmp_path / "cwd") == here
    (tmp_path / "cwd" / "docs" / "b.txt").unlink()  # it must hold every gold document
    assert load_texts_for(gold, tmp_path / "cwd") == TEXTS


def test_a_relative_gold_path_is_remembered_as_an_absolute_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_docs(tmp_path / "docs")
    write_gold(tmp_path, GOLD_DATA)
    monkeypatch.chdir(tmp_path)
    gold = load_gold(Path("gold.json"))
    monkeypatch.chdir(tmp_path.parent)
    assert load_texts_for(gold, Path.cwd()) == TEXTS
    assert gold.origin == "gold.json"


def test_an_absolute_documents_dir_is_the_only_folder_tried(tmp_path: Path) -> None:
    write_docs(tmp_path / "docs")
    data = {**GOLD_DATA, "documents_dir": str(tmp_path / "absent")}
    gold = load_gold(write_gold(tmp_path, data))
    with pytest.raises(ConfigError) as info:
        load_texts_for(gold, tmp_path)
    assert f"looked for it in: {tmp_path / 'absent'}:" in str(info.value)


def test_when_no_folder_holds_the_documents_the_error_names_every_folder_tried(tmp_path: Path) -> None:
    (tmp_path / "cwd").mkdir()
    write_docs(tmp_path / "project" / "docs", {"a.txt": TEXTS["a.txt"]})
    gold_path = tmp_path / "project" / "gold.json"
    gold_path.write_text(json.dumps(GOLD_DATA), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_texts_for(load_gold(gold_path), tmp_path / "cwd")
    message = str(info.value)
    assert message.startswith(
        f"gold file {gold_path}: cannot load document 'c.txt' from {tmp_path / 'project' / 'docs'} ("
    )
    tried = ", ".join(str(folder / "docs") for folder in [tmp_path / "cwd", *gold_path.parents])
    assert f"documents_dir 'docs': no folder holds every gold document; looked for it in: {tried}:" in message
    assert message.endswith("check documents_dir and the document names")


def test_load_texts_for_a_gold_built_in_code_tries_base_only(tmp_path: Path) -> None:
    write_docs(tmp_path / "docs")
    assert load_texts_for(gold_from(), tmp_path) == TEXTS
    with pytest.raises(ConfigError, match=r"looked for it in: [^,]*docs: check"):
        load_texts_for(gold_from(), tmp_path / "docs")


def test_eval_of_the_seeds_runs_from_any_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    timeline_path = REPO / "docs" / "seeds-timeline.json"
    code = main(
        ["eval", str(timeline_path), "--gold", str(REPO / "tests" / "gold" / "seeds.gold.json"), "--json"]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["gold_events"] > 0


def test_format_report_lists_metrics_then_missed_unmatched_and_wrong_dates() -> None:
    events = perfect_events()
    del events["visit"]
    events["kursk"] = ev("p-kursk", "2024-12", "month", src("c.txt", "seen in Kursk"), text="in December")
    extra = ev("extra", None, "unknown", src("b.txt", "trained in Primorsky"))
    text = format_report(run(*events.values(), extra))
    lines = text.splitlines()
    assert lines[0] == "gold: <gold built in code>"
    assert lines[1] == "recall               0.800  4/5 gold events matched"
    assert lines[2] == "precision            0.800  4/5 predicted events match"
    assert lines[3] == "date_accuracy        0.750  3/4 matched pairs"
    # treaty < arrival < ratified: 3 concordant of 6 pairs; the 3 with kursk (undated in the gold) tie there:
    # 3 / sqrt(6 * 3) = 0.707.
    assert "kendall_tau          0.707  tau-b of the order the dates give, timeline vs gold" in lines
    assert lines[-6:] == [
        "missed (1):",
        "  - visit",
        "unmatched predicted (1):",
        "  - extra: title of extra",
        "wrong dates (1):",
        "  - kursk: gold undated (unknown), predicted 2024-12 (month) from 'in December' [p-kursk]",
    ]


def test_one_entry_holding_several_gold_events_is_counted_as_merged() -> None:
    """Precision cannot see it: one entry citing every gold event's sentence would score 1.0."""
    from timeline.evaluate import evaluate, load_gold, load_texts_for
    from timeline.models import Timeline

    repo = Path(__file__).resolve().parents[1]
    timeline = Timeline.model_validate_json(
        (repo / "docs" / "seeds-timeline.json").read_text(encoding="utf-8")
    )
    gold = load_gold(repo / "tests" / "gold" / "seeds.gold.json")
    texts = load_texts_for(gold, repo)
    # (The benchmark's own timeline may hold such an entry: one of its sentences carries two gold events,
    # "expected to supply ... five million rounds ..., having already provided as much".)
    blob = timeline.events[0].model_copy(update={"sources": [s for e in timeline.events for s in e.sources]})
    report = evaluate(timeline.model_copy(update={"events": [blob]}), gold, texts)
    assert report.precision == 1.0
    assert report.merged_events == 1 and report.merged_event_ids == [blob.id]


# --- the documents the timeline was built from ------------------------------------------------------------


def built_from(texts: dict[str, str]) -> list[DocumentInfo]:
    """The timeline's `documents` for files holding `texts` (UTF-8 bytes, as `write_docs` writes them)."""
    return [
        DocumentInfo(
            id=name,
            path=f"docs/{name}",
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            chars=len(text),
        )
        for name, text in texts.items()
    ]


def test_a_gold_document_that_is_not_the_file_the_timeline_was_built_from_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The build read a.txt with CRLF line ends (a Windows checkout); the gold folder holds it with LF.

    Every offset in a.txt after its first line is one character further in the build's text, so the
    eval called the tool's quotes of a.txt ungrounded (4/5 grounded) although each was verbatim in the
    file the tool read. The scores compare two texts: refused, naming the document, the folder and the fix.
    """
    write_docs(tmp_path / "docs")
    gold_path = write_gold(tmp_path, GOLD_DATA)
    crlf = {**TEXTS, "a.txt": TEXTS["a.txt"].replace("\n", "\r\n")}
    start = crlf["a.txt"].index("Putin and Kim signed the partnership")
    quote = "Putin and Kim signed the partnership"
    events = perfect_events()
    events["treaty"] = ev(
        "p-treaty", "2024-06-20", "day",
        Source(document="a.txt", quote=quote, start=start, end=start + len(quote), date=EventDate()),
    )  # fmt: skip
    built = timeline(*events.values()).model_copy(update={"documents": built_from(crlf)})
    timeline_path = tmp_path / "timeline.json"
    timeline_path.write_text(built.model_dump_json(), encoding="utf-8")
    code = main(["eval", str(timeline_path), "--gold", str(gold_path)])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert f"document 'a.txt' in {tmp_path / 'docs'} is not the file the timeline was built from" in err
    assert "rebuild the timeline from these files" in err
    # The same files as the build read: scored, every quote grounded.
    unchanged = built.model_copy(update={"documents": built_from(TEXTS)})
    timeline_path.write_text(unchanged.model_dump_json(), encoding="utf-8")
    assert main(["eval", str(timeline_path), "--gold", str(gold_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ungrounded_sources"] == 1  # the CRLF offsets, now in LF text


EXTRA = "Seoul sent officers to study the front.\n"


def test_quotes_of_the_timelines_other_documents_are_checked_where_the_build_read_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Built from `docs/ extra/`, scored against the gold of docs/: extra/d.txt's quote is verbatim.

    The eval looked for d.txt only in the gold's folder, and counted its quote ungrounded (5/6) when it
    was not there: a missing file reported as a defect of the tool. Found at the path the build recorded
    it is checked (6/6); found nowhere, or changed since the build, it is not checked, and said so (5/5).
    """
    write_docs(tmp_path / "docs")
    write_docs(tmp_path / "extra", {"d.txt": EXTRA})
    gold_path = write_gold(tmp_path, GOLD_DATA)
    documents = [
        *built_from(TEXTS),
        *(info.model_copy(update={"path": "extra/d.txt"}) for info in built_from({"d.txt": EXTRA})),
    ]
    seoul = Source(document="d.txt", quote="Seoul sent officers", start=0, end=19, date=EventDate())
    built = timeline(*perfect_events().values(), ev("p-seoul", None, "unknown", seoul))
    timeline_path = tmp_path / "timeline.json"
    timeline_path.write_text(built.model_copy(update={"documents": documents}).model_dump_json(), "utf-8")
    monkeypatch.chdir(tmp_path)  # where the build ran

    def scored() -> dict[str, Any]:
        assert main(["eval", str(timeline_path), "--gold", str(gold_path), "--json"]) == 0
        result: dict[str, Any] = json.loads(capsys.readouterr().out)
        return result

    report = scored()
    assert (report["grounded_quotes"], report["sources"], report["ungrounded_sources"]) == (1.0, 6, 0)
    assert report["unchecked_sources"] == 0

    (tmp_path / "extra" / "d.txt").write_text(EXTRA.replace("officers", "officials"), encoding="utf-8")
    report = scored()
    assert (report["sources"], report["ungrounded_sources"], report["unchecked_sources"]) == (6, 0, 1)
    assert (report["grounded_quotes"], report["unchecked_documents"]) == (1.0, ["d.txt"])

    (tmp_path / "extra" / "d.txt").unlink()
    assert main(["eval", str(timeline_path), "--gold", str(gold_path)]) == 0
    assert (
        "grounded_quotes      1.000  5/5 sources grounded; 1 not checked, their files not found as the "
        "build read them (d.txt)"
    ) in capsys.readouterr().out.splitlines()


def test_eval_help_says_what_is_scored_and_where_the_documents_are(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["eval", "--help"])
    assert info.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    for part in ("recall", "precision (duplicates count as matches", "Kendall tau-b", "documents_dir",
                 "the files the timeline was built from", "exit code 2"):  # fmt: skip
        assert part in text
