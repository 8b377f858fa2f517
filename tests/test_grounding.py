"""Grounding: a model event is pinned to one sentence the cleaner kept, or dropped; dates come from it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from growth import assert_linear

import timeline
from timeline.actors import NO_PEOPLE, read_mentions
from timeline.cleaning import CleanedDocument, clean
from timeline.documents import load_document
from timeline.extraction import WireEvent
from timeline.grounding import GroundedEvent, date_of, ground, locate
from timeline.headlines import TITLE_WORDS, _acting_order, _drops_doubt, title_of
from timeline.models import DateBasis, DocumentDate, DocumentDateSource, EventKind, Precision
from timeline.sentences import Sentence

SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"
YEAR_2024 = DocumentDate(value="2024", precision=Precision.year, source=DocumentDateSource.estimated)


@cache
def seed(prefix: str) -> CleanedDocument:
    (path,) = SEEDS_DIR.glob(f"{prefix}_*.txt")
    loaded = load_document(path)
    return clean(loaded.text, loaded.info.title)


# Readings the analysis filter hides since review/analysis2 ("underscores" after an aside, "have raised
# concerns", "Some analysts view it as ...", "Analysts agree that ...", "could lead South Korea to ...").
# The embedded model quoted some of them in the replies below, recorded when it was shown them.
NOW_HIDDEN_READINGS = (
    "The potential involvement of North Korean soldiers",
    "Analysts agree that the deployment",
    "The growing ties between Moscow and Pyongyang",
    "Some analysts view it as a symbolic gesture",
    "The deployment of North Korean troops on the Ukrainian front could lead",
)


@cache
def seed_as_shown_then(prefix: str) -> CleanedDocument:
    """A seed as the model was shown it when those replies were recorded: the readings above among the
    shown sentences. Grounding is tested on them; whether the model is shown them is test_cleaning's."""
    cleaned = seed(prefix)
    then = [s for s in cleaned.analysis if s.text.startswith(NOW_HIDDEN_READINGS)]
    return replace(
        cleaned,
        sentences=sorted([*cleaned.sentences, *then], key=lambda s: s.start),
        analysis=[s for s in cleaned.analysis if s not in then],
    )


# The embedded model's headline over a sentence on what Putin said (a real reply on seed 003).
PYONGYANG_FOR_PUTIN = (
    "003",
    "Putin also warned South Korea",
    "Pyongyang warns South Korea about potential military action",
)


def wire(q: str, t: str, k: str = "h") -> WireEvent:
    return WireEvent(q=q, t=t, k=k)


def ground_one(quote: str, headline: str, q_chars: int = 24) -> GroundedEvent:
    """The one event of a one-sentence article whose `q` is the quote's opening."""
    cleaned = clean(f"Note\n\n{quote}\n", "Note")
    (event,) = ground("a.txt", cleaned, [wire(quote[:q_chars], headline)], YEAR_2024).events
    return event


def assert_title_is_made_from(title: str, quote: str) -> None:
    """The quote stands in as the title: the title `title_of` makes of it, of its own words only, in
    their order (an opening without news, an aside or a last clause may be left out)."""
    assert title == title_of(quote)
    said = iter(word.rstrip(",;:").lower() for word in quote.rstrip(".").split())
    shown = [word.rstrip(",;:").lower() for word in title.rstrip("…").split()]
    assert all(any(word == other for other in said) for word in shown)


@pytest.mark.parametrize(
    "q",
    [
        "It should be recalled that in June, Russian dictator Putin",
        "IT SHOULD BE RECALLED THAT IN JUNE, RUSSIAN DICTATOR PUTIN",
        "it should be recalled — that in June; Russian dictator Putin!",
        "recalled that in June Russian dictator Putin and North Korean dictator",
    ],
    ids=["exact", "upper-case", "punctuation", "mid-sentence"],
)
def test_verbatim_q_pins_its_sentence_without_alignment(q: str) -> None:
    cleaned = seed("000")
    located = locate(wire(q, "Unrelated words entirely"), cleaned)
    assert located is not None
    sentence, aligned = located
    assert sentence.text.startswith("It should be recalled that in June, Russian dictator Putin")
    assert aligned is False


def test_paraphrased_event_aligns_to_the_right_sentence() -> None:
    cleaned = seed("004")
    event = wire(
        "The Duma unanimously ratified the strategic partnership with Pyongyang",
        "Duma ratifies strategic partnership treaty with North Korea",
    )
    located = locate(event, cleaned)
    assert located is not None
    sentence, aligned = located
    assert sentence.text.startswith("unanimous ratification by the Duma")
    assert aligned is True


def test_paraphrase_picks_the_best_of_several_similar_sentences() -> None:
    cleaned = seed("003")
    event = wire(
        "Putin warned Seoul about arming Kyiv", "Putin warns South Korea against supplying arms to Ukraine"
    )
    located = locate(event, cleaned)
    assert located is not None
    assert located[0].text.startswith("Putin also warned South Korea against supplying arms to Ukraine")
    assert located[1] is True


# Real replies of the embedded model on the seeds (2026-11-23 run): neither `q` is verbatim.
SEOUL_OFFICERS_004 = (
    "South Korea plans to send military intelligence officers to Ukraine",
    "So far, Seoul has officially supplied kyiv with non-lethal military equipment such as mine clearance "
    "equipment (its offensive arms deliveries transiting through third countries). Seoul plans to send "
    "military intelligence officers to Ukraine to observe the combat tactics of North Korean troops and "
    "take part in the interrogation of prisoners",
)
CIVILIAN_TRUCKS_001 = (
    "North Korean troops are transported to Ukraine",
    "North Korean troops are transported to Ukraine by civilian trucks",
)


@pytest.mark.parametrize(
    ("prefix", "event", "opening"),
    [
        ("004", SEOUL_OFFICERS_004, "Seoul plans to send military intelligence officers"),
        ("001", CIVILIAN_TRUCKS_001, "In addition, the Defence Intelligence has reportedly published"),
    ],
    ids=["headline-copies-two-sentences-q-says-which", "rare-words-outweigh-common-ones"],
)
def test_alignment_prefers_the_sentence_with_the_rare_words_and_the_words_of_q(
    prefix: str, event: tuple[str, str], opening: str
) -> None:
    """The first case used to land on the first of the two sentences the headline copied ("So far,
    Seoul has supplied ..."); the second guards against favouring `q` by plain word counts, which
    chose a sentence sharing only "North Korean troops ... Ukraine" with it."""
    located = locate(wire(*event), seed(prefix))
    assert located is not None
    assert located[0].text.startswith(opening)
    assert located[1] is True


def test_a_headline_copying_another_sentence_gives_way_to_the_headline_written_in_q() -> None:
    (event,) = ground("004", seed("004"), [wire(*SEOUL_OFFICERS_004)], YEAR_2024).events
    assert event.sentence.text.startswith("Seoul plans to send military intelligence officers")
    assert event.retitled is False
    assert event.title == "South Korea plans to send military intelligence officers to Ukraine"


def test_a_headline_copying_another_sentence_is_replaced_by_the_quote() -> None:
    q = "Seoul plans to send military intelligence officers"  # the sentence's opening, not a headline
    (event,) = ground("004", seed("004"), [wire(q, SEOUL_OFFICERS_004[1])], YEAR_2024).events
    assert event.retitled is True
    assert event.title.startswith("Seoul plans to send military intelligence officers")


def test_a_headline_copying_its_own_sentence_is_kept() -> None:
    q = "According to Western sources, 3,000"
    t = "3,000 North Korean soldiers are training at different sites in Russia"
    (event,) = ground("004", seed("004"), [wire(q, t)], YEAR_2024).events
    assert event.retitled is False
    assert event.title == t


@pytest.mark.parametrize(
    ("q", "t", "opening"),
    [
        (
            "On the other hand, it sends",
            "She did the same in Egypt during the Yom Kippur War (1973)",
            "She did the same in Egypt",
        ),
        (
            "The deployment of North Korean troops",
            "NATO confirms presence of North Korean troops in Ukraine",
            "Their presence, confirmed by the United States and NATO",
        ),
    ],
    ids=["headline-is-the-next-sentence", "headline-shares-only-common-words"],
)
def test_a_verbatim_q_yields_to_the_sentence_the_headline_reports(q: str, t: str, opening: str) -> None:
    """Seen with the embedded model: `q` copied the opening of one sentence while the headline
    reported another. The quote must support the headline, so the headline's sentence wins when
    it carries clearly more of the headline's distinctive words."""
    located = locate(wire(q, t), seed_as_shown_then("004"))
    assert located is not None
    assert located[0].text.startswith(opening)
    assert located[1] is True


@pytest.mark.parametrize(
    ("prefix", "q", "t"),
    [
        ("004", "The deployment of North Korean troops", "Seoul may send offensive weapons to Ukraine"),
        # One rare word ("potential") shared with another sentence is chance, not a report.
        PYONGYANG_FOR_PUTIN,
    ],
    ids=["paraphrase", "one-chance-word-elsewhere"],
)
def test_a_verbatim_q_keeps_its_sentence_when_the_headline_paraphrases_it(
    prefix: str, q: str, t: str
) -> None:
    located = locate(wire(q, t), seed_as_shown_then(prefix))
    assert located is not None
    assert located[0].text.startswith(q)
    assert located[1] is False


@pytest.mark.parametrize(
    ("q", "t"),
    [
        ("Ukrainian artillery destroyed a Russian ammunition depot", "Depot destroyed in Belgorod"),
        ("Japan launched a satellite", "Japanese satellite launch"),
        ("zzzz qqqq wwww vvvv", "Entirely invented headline"),
    ],
    ids=["plausible-fabrication", "unrelated", "gibberish"],
)
def test_fabricated_event_is_dropped(q: str, t: str) -> None:
    cleaned = seed("000")
    event = wire(q, t)
    assert locate(event, cleaned) is None
    result = ground("000", cleaned, [event], YEAR_2024)
    assert result.events == []
    assert result.dropped == [event]


def test_a_short_q_is_not_taken_as_verbatim() -> None:
    cleaned = seed("000")
    assert locate(wire("Russia", "Russia"), cleaned) is None


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_quote_of_every_grounded_event_is_the_exact_text(prefix: str) -> None:
    cleaned = seed(prefix)
    events = [wire(s.text[:60], s.text[:40]) for s in cleaned.sentences]
    result = ground(prefix, cleaned, events, YEAR_2024)
    assert result.dropped == []
    assert len(result.events) == len(cleaned.sentences)
    for event in result.events:
        source = event.source()
        assert source.document == prefix
        assert cleaned.text[source.start : source.end] == source.quote
        assert event.sentence in cleaned.sentences


def _furniture_openings() -> list[tuple[str, str]]:
    cases = []
    for prefix in ["000", "001", "002", "003", "004"]:
        for sentence in seed(prefix).furniture + seed(prefix).instructions + seed(prefix).analysis:
            opening = " ".join(sentence.text.split()[:6])
            if len(opening) >= 8:
                cases.append((prefix, opening))
    return cases


@pytest.mark.parametrize(("prefix", "opening"), _furniture_openings())
def test_a_citation_never_lands_on_a_left_out_sentence(prefix: str, opening: str) -> None:
    cleaned = seed(prefix)
    located = locate(wire(opening, opening), cleaned)
    if located is not None:
        assert located[0] in cleaned.sentences
        assert opening not in located[0].text


@pytest.mark.parametrize(
    ("prefix", "line"),
    [
        ("000", "Related Posts"),
        ("000", "What Is the Price of Ukraine?"),
        ("001", "Leave a Reply"),
        ("001", "(Visited 1 times, 1 visits today)"),
        ("003", "Subscribe to our newsletter"),
        ("003", "This website uses cookies to improve your experience."),
        ("003", "Read the full article here"),
        ("004", "Source link"),
        ("004", "You have 65.75% of this article left to read."),
        ("004", "Squid Game"),
        ("003", "Accept Read More"),
    ],
)
def test_furniture_lines_cannot_be_cited(prefix: str, line: str) -> None:
    assert locate(wire(line, line), seed(prefix)) is None


def test_date_of_reads_a_weekday_date_in_the_document_year() -> None:
    cleaned = seed("004")
    (duma,) = [s for s in cleaned.sentences if "ratification by the Duma" in s.text]
    date = date_of(duma, YEAR_2024)
    assert (date.value, date.precision, date.text, date.basis) == (
        "2024-10-24",
        Precision.day,
        "Thursday October 24",
        DateBasis.weekday,
    )


DAY_2024_10_25 = DocumentDate(value="2024-10-25", precision=Precision.day, source=DocumentDateSource.cli)


def test_date_of_skips_a_date_in_a_background_clause() -> None:
    text = "Russia, which invaded in February 2022, said on Monday it would respond."
    date = date_of(Sentence(0, len(text), text), DAY_2024_10_25)
    assert (date.value, date.text) == ("2024-10-21", "on Monday")


def test_date_of_a_background_clause_is_used_when_the_sentence_has_no_other() -> None:
    text = "Russia, which invaded in February 2022, says it will respond."
    assert date_of(Sentence(0, len(text), text), DAY_2024_10_25).value == "2022-02"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Quarterly profit hit its highest level since 2008.", None),
        ("The team won the title for the first time since 1998.", None),
        ("Turnout was 62%, the highest since 1998.", None),
        ("The drought, the worst since 1976, ended in the spring.", None),
        ("Bitcoin topped $69,000 for the first time since July.", None),
        ("Net income fell 12% from a year ago, the company said.", None),
        ("Sales grew 5% compared with the same period last year.", None),
        ("Boston won its first NBA title since 2008 in June.", "2024-06"),
        # what "since" names, with its year apart: a fire "the largest since the Red Mesa fire of 2019"
        # whose own date is in a clause was dated 2019
        (
            "The storm, which hit on Monday, Oct. 7, was the strongest since the great gale of 1987.",
            "2024-10-07",
        ),
        ("It was the club's first win since the cup final in 2014.", None),
        ("Exports fell in September, the steepest drop since the crisis of 2009.", "2024-09"),
        ("Inflation fell to 2.4% in September from 2.5% in August.", "2024-09"),
        ("Revenue rose to $5 billion from $4 billion in 2023.", None),
        # not comparisons: a state since then, or the date a change is counted from
        ("The company has not paid a dividend since 2019.", "2019"),
        ("The bridge has been closed since the floods of 2021.", "2021"),  # no record counted from them
        ("Intel shares have fallen 50% since January.", "2024-01"),
        ("The firm moved its headquarters from Paris in 2019.", "2019"),
    ],
)
def test_date_of_leaves_out_the_date_a_figure_is_compared_with(text: str, value: str | None) -> None:
    """ "its highest level since 2008" was dated 2008 and "fell 12% from a year ago" last year: the
    date a figure is measured against is not when the event took place."""
    assert date_of(Sentence(0, len(text), text), DAY_2024_10_25).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The city council approved the 2025 budget on Monday.", "2024-10-21"),
        ("Parliament passed the budget for fiscal 2025 on Tuesday by 210 votes to 180.", "2024-10-22"),
        ("Covid vaccines for the 2024-25 season were approved in August.", "2024-08"),
        ("The group reported full-year 2023 results on Tuesday.", "2024-10-22"),
        ("England named their squad for the November internationals on Tuesday.", "2024-10-22"),
        ("The central bank released its September minutes on Thursday.", "2024-10-24"),
        # the only date stays: "won 2019 elections" is dated 2019
        ("The ruling party won 2019 elections by a landslide.", "2019"),
        ("Leverkusen went unbeaten through the 2023-24 season.", "2023"),
        ("In 2023 prices rose by a fifth, and in March they fell.", "2023"),
        ("The June meeting was cancelled.", "2024-06"),
        ("In June exports rose, and on Monday the figures were revised.", "2024-06"),
    ],
)
def test_date_of_prefers_the_date_of_the_event_to_a_year_naming_what(text: str, value: str) -> None:
    """ "approved the 2025 budget on Monday" was dated 2025: a year that qualifies a noun names what
    the event is about; the sentence's own date says when it happened."""
    assert date_of(Sentence(0, len(text), text), DAY_2024_10_25).value == value


@pytest.mark.parametrize(
    "unit",
    [
        "the highest since 2008, ",  # each date searched all the text before it for "highest" (8.6 s)
        "fell from 5% in 2023, ",  # ... for "compared with" or "from 5% in"
        "the November vote, ",  # ... for a determiner before a month
        "the budget for fiscal 2025, ",  # ... for "fiscal" before a year
        "won in 2019, ",  # ... for "fiscal" before any year, to read "fiscal 2025" as about 2025
        "in the first half of 2024, ",
    ],
)
def test_a_long_sentence_of_dates_is_dated_in_linear_time(unit: str) -> None:
    def sentence_of(chars: int) -> Sentence:
        text = unit * (chars // len(unit))
        return Sentence(0, len(text), text)

    assert_linear(sentence_of, lambda sentence: date_of(sentence, DAY_2024_10_25), 6_000)


def test_a_forecast_is_dated_on_the_next_such_day() -> None:
    """Past events keep the past reading ("October 26" in a 25 October article is last year's)."""
    cleaned = clean("The Duma will vote on November 5. The Duma voted on October 26.")
    forecast, report = ground(
        "x",
        cleaned,
        [wire("The Duma will vote", "Duma to vote"), wire("The Duma voted on", "Duma votes")],
        DAY_2024_10_25,
    ).events
    assert (forecast.kind, forecast.date.value) == (EventKind.expected, "2024-11-05")
    assert (report.kind, report.date.value) == (EventKind.happened, "2023-10-26")


def test_date_of_an_undated_sentence_is_undated() -> None:
    sentence = Sentence(0, 64, "They are monitoring Russian troops and studying the battlefield.")
    date = date_of(sentence, YEAR_2024)
    assert date.value is None
    assert date.precision is Precision.unknown


def test_grounded_event_carries_kind_date_and_actors_from_its_sentence() -> None:
    cleaned = seed("004")
    result = ground(
        "004",
        cleaned,
        [wire("unanimous ratification by the Duma", "duma ratifies the partnership.", "r")],
        YEAR_2024,
    )
    (event,) = result.events
    assert event.kind is EventKind.happened  # the sentence decides, not the model's "r"
    assert event.date.value == "2024-10-24"
    assert event.title == "Duma ratifies the partnership"
    assert event.actors[0] == "Russia"
    assert "North Korea" in event.actors
    assert event.aligned is False


def test_long_headline_is_cut_to_twelve_words_and_an_ellipsis() -> None:
    cleaned = seed("003")
    headline = (
        "the chilling prospect of North Korean troops joining the Russian special military operation "
        "in Ukraine has risen tremendously."
    )
    (event,) = ground("003", cleaned, [wire("The chilling prospect of", headline)], None).events
    assert TITLE_WORDS == 12
    assert event.title == "The chilling prospect of North Korean troops joining the Russian special military…"
    assert len(event.title.rstrip("…").split()) == 12


# Titles made from a sentence (wire-style sentences, none from the seeds): its own words, read as a
# headline, and never without its hedge, negation, attribution or condition.
@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        pytest.param(
            "However, the central bank left its benchmark rate unchanged at 5.25% on Wednesday.",
            "The central bank left its benchmark rate unchanged at 5.25% on Wednesday",
            id="discourse-marker",
        ),
        pytest.param(
            "Speaking to reporters in Brussels, NATO's secretary general said the alliance would not send "
            "troops to Ukraine.",
            "NATO's secretary general said the alliance would not send troops to Ukraine",
            id="setting-of-a-statement",
        ),
        pytest.param(
            "Late on Saturday, Israeli jets struck targets in southern Lebanon, the army said.",
            "Israeli jets struck targets in southern Lebanon, the army said",
            id="a-date-alone",
        ),
        pytest.param(
            "Also on Tuesday, the European Commission fined Apple 1.8 billion euros over music streaming.",
            "The European Commission fined Apple 1.8 billion euros over music streaming",
            id="marker-and-date",
        ),
        pytest.param(
            "Unanimous approval by the Bundestag, the lower house of the German parliament, cleared the way "
            "for the law to take effect in January.",
            "Unanimous approval by the Bundestag cleared the way for the law to take effect in January",
            id="appositive",
        ),
        pytest.param(
            "Olaf Scholz, the German chancellor, and Emmanuel Macron, the French president, agreed on Friday "
            "to pool orders for air defence systems.",
            "Olaf Scholz and Emmanuel Macron agreed on Friday to pool orders for air defence systems",
            id="appositives-of-a-list",
        ),
        pytest.param(
            "Rwanda's president, Paul Kagame, who has ruled the country since 2000, won a fourth term "
            "with 99 "
            "percent of the vote.",
            "Rwanda's president, Paul Kagame, won a fourth term with 99 percent of the vote",
            id="relative-clause-after-a-named-noun",
        ),
        pytest.param(
            "In Gaza, Hamas, which has run the enclave since 2007, said the strike on the school killed at "
            "least 30 people.",
            "In Gaza, Hamas said the strike on the school killed at least 30 people",
            id="relative-clause-after-a-name",
        ),
        pytest.param(
            "The suspect, who police said had a history of mental illness, was arrested at the scene of the "
            "stabbing in Sydney.",
            "The suspect was arrested at the scene of the stabbing in Sydney",
            id="relative-clause-with-its-own-attribution",
        ),
        pytest.param(
            "The jury convicted the former banker of fraud on all counts, ending a trial that had lasted "
            "nearly "
            "four months.",
            "The jury convicted the former banker of fraud on all counts",
            id="clause-boundary",
        ),
        pytest.param(
            "Kenya plans to deploy 1,000 police officers to Haiti to fight gangs, the interior ministry "
            "said.",
            "Kenya plans to deploy 1,000 police officers to Haiti to fight gangs, the interior ministry said",
            id="whole-up-to-sixteen-words",
        ),
        pytest.param(
            "At the same time, Boeing said it would halt production of the 737 MAX at its Renton plant for "
            "two weeks.",
            "Boeing said it would halt production of the 737 MAX…",
            id="cut-not-on-a-function-word",
        ),
        pytest.param(
            "Tens of thousands of people marched through the capital on Sunday against the new pension law , "
            "the third weekend of protests in a row.",
            "Tens of thousands of people marched through the capital on Sunday…",
            id="cut-not-on-a-preposition",
        ),
    ],
)
def test_a_title_made_from_a_sentence_reads_as_a_headline(sentence: str, title: str) -> None:
    assert title_of(sentence) == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        pytest.param(
            "Russian troops executed three Ukrainian prisoners of war near the village of Robotyne in the "
            "Zaporizhzhia region, Ukraine's prosecutor general said.",
            "Russian troops executed three Ukrainian prisoners of war near the village of Robotyne in the "
            "Zaporizhzhia region, Ukraine's prosecutor general said",
            id="attribution-at-the-end",
        ),
        pytest.param(
            "A Chinese research vessel entered Vietnam's exclusive economic zone on Monday, Hanoi said, "
            "calling "
            "it a violation of its sovereignty.",
            "A Chinese research vessel entered Vietnam's exclusive economic zone on Monday, Hanoi said",
            id="clause-after-the-attribution",
        ),
        pytest.param(
            "Asked whether he would resign, the minister said he had no intention of doing so.",
            "Asked whether he would resign, the minister said he had no intention of doing so",
            id="a-question-its-answer-needs",
        ),
        pytest.param(
            "By Friday, all foreign troops must leave the disputed border town under the agreement.",
            "By Friday, all foreign troops must leave the disputed border town under the agreement",
            id="a-deadline-is-no-date-alone",
        ),
        pytest.param(
            "According to the health ministry, at least 35 people were killed in the strike on the market.",
            "According to the health ministry, at least 35 people were killed in the strike on the market",
            id="attribution-first",
        ),
        pytest.param(
            "The prime minister pledged to phase out coal by 2035, provided rich nations help pay for the "
            "transition.",
            "The prime minister pledged to phase out coal by 2035, provided rich nations help…",
            id="condition",
        ),
        pytest.param(
            "In Paris, the president met the pope at the Elysee palace, officials said, for talks on "
            "migration.",
            "In Paris, the president met the pope at the Elysee palace, officials said, for talks…",
            id="a-clause-between-commas-is-no-aside",
        ),
        pytest.param(
            "Police said the gunman, a 24-year-old local man, had been known to security services and "
            "was shot "
            "dead at the scene.",
            "Police said the gunman had been known to security services and was shot dead at the scene",
            id="a-death-near-the-cut",
        ),
    ],
)
def test_a_title_made_from_a_sentence_keeps_what_qualifies_it(sentence: str, title: str) -> None:
    assert title_of(sentence) == title


def test_a_quote_standing_in_as_the_title_reads_as_a_headline() -> None:
    quote = "Speaking to reporters on Monday, the minister said the army did not strike Kyiv."
    event = ground_one(quote, "Army strikes Kyiv", q_chars=30)
    assert event.retitled is True
    assert event.title == "The minister said the army did not strike Kyiv"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Putin and Kim sign treaty.", "Putin and Kim sign treaty"),
        ("putin and Kim sign treaty", "Putin and Kim sign treaty"),
        (
            "putin and Kim signed the treaty during a two-day state visit there",  # twelve words
            "Putin and Kim signed the treaty during a two-day state visit there",
        ),
    ],
)
def test_short_headlines_are_kept_whole(headline: str, title: str) -> None:
    cleaned = seed("003")
    (event,) = ground("003", cleaned, [wire("Putin and Kim signed the treaty", headline)], None).events
    assert event.title == title


@pytest.mark.parametrize(
    ("prefix", "q", "headline"),
    [
        (
            "001",
            "This was reported in the publication El País",
            "Russian forces strike DPRK buildings in Kursk region",
        ),
        PYONGYANG_FOR_PUTIN,
    ],
    ids=["wrong-attacker", "wrong-speaker"],
)
def test_a_headline_naming_someone_its_quote_does_not_is_replaced_by_the_quote(
    prefix: str, q: str, headline: str
) -> None:
    """Both headlines are the embedded model's, from a real run on the seeds."""
    cleaned = seed(prefix)
    (event,) = ground(prefix, cleaned, [wire(q, headline)], YEAR_2024).events
    assert event.retitled is True
    assert event.sentence.text.startswith(q)
    assert_title_is_made_from(event.title, event.sentence.text)


def test_a_headline_whose_actors_its_quote_names_is_kept() -> None:
    cleaned = seed("004")
    q = "Seoul plans to send military intelligence officers"
    (event,) = ground(
        "004", cleaned, [wire(q, "Seoul to send intelligence officers to Ukraine")], YEAR_2024
    ).events
    assert event.retitled is False
    assert event.title == "Seoul to send intelligence officers to Ukraine"


@pytest.mark.parametrize(
    ("prefix", "q", "headline"),
    [
        pytest.param(
            "003",
            "Despite denials, the United States",
            "Ukraine accuses Russia of providing weapons to North Korea",
            id="actors-turned-round",
        ),
        pytest.param(
            "004",
            "Democratic Senator Richard Blumenthal",
            "Kim Jong-un meets Putin at the Capitol in Washington",
            id="meeting-not-in-quote",
        ),
        pytest.param(
            "003",
            "Former British Army intelligence expert",
            "Pakistani intelligence expert Philip Ingram commented",
            id="invented-name",
        ),
        pytest.param(
            "004",
            "According to Western sources",
            "10,000 North Korean soldiers are training in Russia",
            id="invented-number",
        ),
        pytest.param(
            "003",
            "In speaking about the treaty",
            "Putin announces no military presence in Ukraine",
            id="another-claim",
        ),
        pytest.param(
            "003",
            "Putin also warned South Korea",
            "Putin warns South Korea about potential military intervention",
            id="another-warning",
        ),
        pytest.param(
            "003",
            "The pact between Putin and Kim",
            "Russia and North Korea sign nuclear arms agreement",
            id="another-agreement",
        ),
        pytest.param(
            "000",
            "North Korea has redeployed troops",
            "North Korean troops redeployed to Russia for further部署 to乌克兰",
            id="letters-the-quote-lacks",
        ),
        pytest.param(
            "000",
            "It should be recalled that",
            "Putin and Kim Jong-un signed the partnership agreement last year",
            id="a-date-the-quote-lacks",
        ),
        pytest.param(
            "002",
            "Reports of North Korean military officers",
            "North Korean military officers killed in Ukraine",
            id="reports-of-if-verified",
        ),
        pytest.param(
            "002",
            "The potential involvement of North Korean",
            "North Korean soldiers involved in Ukraine war",
            id="potential",
        ),
        pytest.param(
            "003",
            "Putin himself has suggested that",
            "Russia supplies weapons to North Korea",
            id="might",
        ),
        pytest.param(
            "000",
            "The Institute of War Studies",
            "North Korean units initially deployed to secondary frontline areas",
            id="may",
        ),
    ],
)
def test_a_headline_its_quote_does_not_back_is_replaced_by_the_quote(
    prefix: str, q: str, headline: str
) -> None:
    """All but "invented-number" and "a-date-the-quote-lacks" are the embedded model's headlines
    from real runs on the seeds; in the first the quote says North Korea supplied Russia, in the
    second a senator holds up the leaders' photo, in three others most of the headline's own words
    are not in its quote; the last four state as fact what their quote doubts ("Reports of ..., if
    verified", "potential", "might", "may")."""
    (event,) = ground(prefix, seed_as_shown_then(prefix), [wire(q, headline)], YEAR_2024).events
    assert event.sentence.text.startswith(q)
    assert event.retitled is True
    assert_title_is_made_from(event.title, event.sentence.text)


@pytest.mark.parametrize(
    ("prefix", "q", "headline"),
    [
        pytest.param(
            "003",
            "Putin also warned South Korea",
            "Putin warns South Korea against supplying arms to Ukraine",
            id="same-order",
        ),
        pytest.param(
            "003",
            "The growing ties between Moscow",
            "Growing ties between Moscow and Pyongyang raise concerns in the West",
            id="aliases-and-a-capital-by-position",
        ),
        pytest.param(
            "004",
            "According to Western sources",
            "3,000 North Korean soldiers training in Russia",
            id="same-number",
        ),
        pytest.param(
            "000",
            "The Ukrainian government reports that",
            "North Korean infantrymen could be deployed to the front line in Ukraine",
            id="attribution-left-out",
        ),
        pytest.param(
            "003",
            "In speaking about the treaty",
            "Putin says no to North Korea's troops in Ukraine",
            id="one-word-of-its-own",
        ),
        pytest.param(
            "003",
            "The growing ties between Moscow",
            "Moscow and Pyongyang grow closer",
            id="inflected",
        ),
        pytest.param(
            "004",
            "unanimous ratification by the Duma",
            "Duma ratifies the partnership on October 24",
            id="the-quotes-date",
        ),
        pytest.param(
            "002",
            "Reports of North Korean military officers",
            "Reports of North Korean officers killed",
            id="reports-of",
        ),
        pytest.param(
            "002",
            "The potential involvement of North Korean",
            "North Korea's involvement in the Ukraine war is being reported",
            id="attributed",
        ),
        pytest.param(
            "003",
            "Putin himself has suggested that",
            "Putin suggests Russia might supply weapons to North Korea",
            id="might-kept",
        ),
    ],
)
def test_a_headline_its_quote_backs_is_kept(prefix: str, q: str, headline: str) -> None:
    (event,) = ground(prefix, seed_as_shown_then(prefix), [wire(q, headline)], YEAR_2024).events
    assert event.retitled is False
    assert event.title == headline


# The embedded model's reply on seed 004 (docs/seeds-timeline.json): its headline in `q`, the
# sentence copied into `t`.
DUMA_004 = (
    "Duma ratifies strategic partnership",
    "unanimous ratification by the Duma, the lower house of the Russian Parliament, Thursday October 24, "
    "of the “strategic partnership” between Moscow and Pyongyang",
)


def test_the_headline_the_model_wrote_in_q_titles_the_event_when_t_is_a_long_copy() -> None:
    (event,) = ground("004", seed("004"), [wire(*DUMA_004)], YEAR_2024).events
    assert event.sentence.text.startswith("unanimous ratification by the Duma")
    assert event.title == "Duma ratifies strategic partnership"
    assert event.retitled is False


def test_a_short_t_is_preferred_to_the_headline_in_q() -> None:
    (event,) = ground("004", seed("004"), [wire(DUMA_004[0], "Duma ratifies the partnership")], None).events
    assert event.title == "Duma ratifies the partnership"


@pytest.mark.parametrize(
    ("prefix", "q", "t"),
    [
        pytest.param(
            "003",
            "Putin also warned South Korea",  # the opening as asked: a fragment, not a title
            "Putin also warned South Korea against supplying arms to Ukraine, threatening a painful "
            "response if they did",
            id="q-is-the-opening",
        ),
        pytest.param(
            "003",
            "Pyongyang warns South Korea about potential military action",  # wrong speaker
            "Putin also warned South Korea against supplying arms to Ukraine, threatening a painful "
            "response if they did",
            id="q-misleads",
        ),
    ],
)
def test_a_long_t_is_shortened_when_q_is_no_title(prefix: str, q: str, t: str) -> None:
    (event,) = ground(prefix, seed(prefix), [wire(q, t)], YEAR_2024).events
    assert event.retitled is False
    # the clause before ", threatening": its condition ("if they did") goes with the threat it is on
    assert event.title == "Putin also warned South Korea against supplying arms to Ukraine"


def test_the_month_may_is_no_doubt() -> None:
    quoted = Sentence(0, 44, "In May, Pyongyang sent more shells to Moscow.")
    assert _drops_doubt("Pyongyang sends shells to Moscow", quoted) is False
    assert _drops_doubt("Pyongyang sends shells", Sentence(0, 30, "Pyongyang may send shells.")) is True


STRIKES = (
    "Strikes across Ukraine\n\n"
    "Officials said Russian missiles struck Kyiv on Monday, killing four people. "
    "Russian missiles struck Lviv on Tuesday, damaging a power plant. "
    "Russian missiles struck Odesa on Wednesday, hitting the port.\n"
)


@pytest.mark.parametrize(
    ("q", "t", "quoted"),
    [
        # a sentence that opens with `q` wins over one that holds those words further in
        ("Russian missiles struck", "Russian missiles hit Lviv power plant", "Russian missiles struck Lviv"),
        # of sentences opening alike, the one the headline reports
        ("Russian missiles struck", "Russian missiles hit Odesa port", "Russian missiles struck Odesa"),
        ("Officials said Russian missiles", "Missiles kill four in Kyiv", "Officials said Russian missiles"),
    ],
)
def test_q_pins_the_sentence_it_opens_and_the_headline_chooses_among_alike_openings(
    q: str, t: str, quoted: str
) -> None:
    cleaned = clean(STRIKES, "Strikes across Ukraine")
    located = locate(wire(q, t), cleaned)
    assert located is not None
    assert located[0].text.startswith(quoted)


@pytest.mark.parametrize(
    ("text", "q"),
    [
        ("Oﬃcials conﬁrmed the strike on Monday.", "Officials confirmed the strike"),  # PDF ligatures
        ("Sa\u0301nchez met the envoy on Monday.", "Sánchez met the envoy"),  # accent as two characters
        ("Sánchez met the envoy on Monday.", "Sanchez met the envoy"),  # the model dropped the accent
        ("Посол прибыл в Москву в понедельник.", "Посол прибыл в Москву"),  # not Latin letters
    ],
)
def test_q_is_found_whatever_the_characters_encode(text: str, q: str) -> None:
    cleaned = clean(f"Note\n\n{text}\n", "Note")
    result = ground("a.txt", cleaned, [wire(q, q)], YEAR_2024)
    assert [e.sentence.text for e in result.events] == [text]
    assert not result.dropped


def test_date_of_reads_a_month_name_split_by_a_soft_hyphen() -> None:
    text = "Troops arrived on Octo\u00adber 19, 2024."
    assert date_of(Sentence(0, len(text), text), None).value == "2024-10-19"


MISLEADING = [
    (
        "The Kremlin denied that North Korean troops were fighting in Russia.",
        "Kremlin confirms North Korean troops in Russia",
    ),
    ("Russia did not strike Kyiv on Monday, officials said.", "Russia strikes Kyiv on Monday"),
    ("Kim Jong Un refused to meet Putin in Vladivostok.", "Kim Jong Un meets Putin in Vladivostok"),
    ("The strike on the market killed dozens of civilians.", "Strike on market kills thousands of civilians"),
    ("Seoul rejected calls to send weapons to Ukraine.", "Seoul sends weapons to Ukraine"),
    (
        "North Korean troops arrived in the Kursk region on Monday.",
        "North Korean troops killed in Kursk region",
    ),
    # the opposite direction, one changed word (from a review with business and court copy)
    ("Profit fell 12% in the third quarter.", "Profit rises 12%"),
    ("The strike on the market killed dozens of civilians.", "Strike on market kills scores of civilians"),
    ("Shares of the carmaker jumped 8% on Monday.", "Carmaker shares drop 8%"),
    ("The jury acquitted the former mayor on Tuesday.", "Former mayor convicted"),
    ("The former mayor was convicted of bribery on Tuesday.", "Former mayor cleared of bribery"),
]


@pytest.mark.parametrize(("quote", "headline"), MISLEADING)
def test_a_headline_that_negates_inflates_or_adds_a_death_to_its_quote_is_replaced(
    quote: str, headline: str
) -> None:
    event = ground_one(quote, headline, q_chars=30)
    assert event.retitled is True
    assert_title_is_made_from(event.title, quote)


@pytest.mark.parametrize(
    ("quote", "headline"),
    [
        (
            "North Korea is not only a supplier but a participant, Seoul said.",
            "North Korea is a participant, Seoul says",
        ),
        ("Russia's war against Ukraine entered its third year.", "Russia's war on Ukraine enters third year"),
        ("The Kremlin denied that troops were sent.", "Kremlin denies sending troops"),
        ("Oil prices fell 2% on Monday as tensions eased.", "Oil prices drop 2%"),
        ("Stocks closed higher after the bank cut rates to a lower level.", "Stocks close higher"),
        ("Unemployment rose to 4.3% in July, up from 4.1%.", "Unemployment rises to 4.3%"),
        ("The jury found the former mayor guilty of bribery.", "Former mayor convicted of bribery"),
        # "scores" the verb, not "scores of" (it replaced every sports headline that used it)
        ("The striker has scored 12 goals this season.", "Striker scores 12 goals"),
        ("Mbappe scored twice as Real Madrid won on Saturday.", "Mbappe scores twice as Real Madrid win"),
    ],
)
def test_a_headline_that_keeps_its_quote_s_sense_is_kept(quote: str, headline: str) -> None:
    event = ground_one(quote, headline, q_chars=30)
    assert (event.retitled, event.title) == (False, headline)


def test_a_quote_cut_into_a_title_keeps_the_hedge_that_comes_after_the_cut() -> None:
    quote = (
        "Russian missiles struck a children's hospital and two schools in central Kyiv on Monday, "
        "according to unverified reports from local officials."
    )
    cleaned = clean(f"Note\n\n{quote}\n", "Note")
    (event,) = ground("a.txt", cleaned, [wire(quote[:30], "Missiles hit Kyiv hospital")], YEAR_2024).events
    assert event.retitled is True
    assert "unverified" in event.title


@pytest.mark.parametrize(
    ("lede", "title"),
    [
        (
            "ANKARA, Feb 6 (Reuters) - A magnitude 7.8 earthquake struck southern Turkey on Monday, killing "
            "at least 1,200 people.",
            "A magnitude 7.8 earthquake struck southern Turkey on Monday, killing at least 1,200 people",
        ),
        (
            "NAIROBI (AP) — Kenyans voted on Tuesday in a close presidential election.",
            "Kenyans voted on Tuesday in a close presidential election",
        ),
        (
            "SAN FRANCISCO, October 24, 2024 /PRNewswire/ -- Acme Corp. agreed to buy Widget Inc. for $2 "
            "billion.",
            "Acme Corp. agreed to buy Widget Inc. for $2 billion",
        ),
    ],
)
def test_a_lede_s_dateline_is_not_part_of_the_title_cut_from_it(lede: str, title: str) -> None:
    """SYNTHETIC wire ledes. A lede whose headline was replaced by its quote was titled "ANKARA, Feb 6
    (Reuters) - A magnitude 7.8 earthquake struck southern Turkey on Monday, killing at least 1,200…":
    the city, date and agency took a third of the words and pushed the toll past the cut. The quote
    keeps them (it is the text at its offsets); the title does not."""
    cleaned = clean(f"Note\n\n{lede}\n", "Note")
    (event,) = ground("a.txt", cleaned, [wire(lede[:30], "Gaza ceasefire talks resume")], YEAR_2024).events
    assert event.retitled is True
    assert event.title == title
    assert event.source().quote == lede


@pytest.mark.parametrize(
    ("quote", "headline"),
    [
        ("Troops will be withdrawn from the border next month.", "Troops withdrawn from the border"),
        ("Russia plans to send more troops to Kursk.", "Russia sends more troops to Kursk"),
        ("Moscow threatened to cut gas supplies to Europe.", "Moscow cuts gas supplies to Europe"),
        (
            "Washington has accused Pyongyang of supplying weapons to Russia.",
            "North Korea supplies weapons to Russia",
        ),
        ("Putin and Kim discussed the possibility of a treaty.", "Putin and Kim sign treaty"),
        ("Kyiv said Russian forces had shelled the plant.", "Russia denies shelling the plant"),
        ("Biden approved the new aid package on Monday.", "Biden rejects the new aid package"),
        ("The meeting in Geneva was cancelled on Monday.", "The meeting in Geneva was held"),
        ("Russia is unlikely to use nuclear weapons, analysts said.", "Russia likely to use nuclear weapons"),
    ],
)
def test_a_headline_stating_a_plan_threat_or_denial_as_fact_or_flipping_its_quote_is_replaced(
    quote: str, headline: str
) -> None:
    event = ground_one(quote, headline)
    assert event.retitled is True


@pytest.mark.parametrize(
    ("quote", "headline"),
    [
        ("Russian missiles struck Kyiv on Monday, officials said.", "Russian missile strike on Kyiv"),
        (
            "Seoul plans to send military intelligence officers to Ukraine.",
            "Seoul to send officers to Ukraine",
        ),
        ("Russia plans to send more troops to Kursk.", "Russia plans to send troops to Kursk"),
    ],
)
def test_a_faithful_headline_with_another_form_of_its_quote_s_words_is_kept(
    quote: str, headline: str
) -> None:
    event = ground_one(quote, headline)
    assert (event.retitled, event.title) == (False, headline)


@pytest.mark.parametrize(
    ("quote", "headline"),
    [
        # from a regression review: faithful headlines the first versions of the checks replaced
        ("The storm killed at least 12 people.", "12 dead in storm"),
        ("Russian strikes hit Kyiv overnight, killing three.", "Russian attack on Kyiv kills three"),
        ("Police detained 12 protesters on Monday.", "Police arrest 12 protesters"),
        (
            "Two people were killed, a source said, speaking on condition of anonymity because they were "
            "not authorised to speak to the media.",
            "Two killed, source says",
        ),
        (
            "The airline resumed flights to Tel Aviv, which it had suspended in August.",
            "Airline resumes Tel Aviv flights",
        ),
        (
            "Prosecutors accused the former president of fraud.",
            "Prosecutors accuse former president of fraud",
        ),
        ("Apple will not sell the phone in China.", "Apple won't sell phone in China"),
        ("The Senate passed the bill, which seeks to ban TikTok, on Monday.", "Senate passes TikTok bill"),
        ("Ursula von der Leyen visited Kyiv on Thursday.", "Von der Leyen visits Kyiv"),
    ],
)
def test_a_faithful_headline_in_other_words_of_the_same_claim_is_kept(quote: str, headline: str) -> None:
    event = ground_one(quote, headline)
    assert (event.retitled, event.title) == (False, headline)


def test_a_lone_surname_is_grounded_as_the_person_the_article_named() -> None:
    cleaned = clean(
        "Note\n\nSouth Korean Defense Minister Kim Yong-hyun spoke in Seoul on Monday.\n\n"
        "Kim said more troops would follow soon.\n",
        "Note",
    )
    (event,) = ground(
        "a.txt", cleaned, [wire("Kim said more troops", "Kim warns more troops will follow")], None
    ).events
    assert event.actors == ["Kim Yong-hyun"]  # was Kim Jong Un
    assert event.title == "Kim warns more troops will follow"  # the headline's Kim is the same person
    assert event.retitled is False


def test_a_name_written_with_another_capital_is_the_same_actor() -> None:
    """ "Van Gogh painting sells ..." over "Van Gogh's painting sold ..." was replaced by its quote: the
    headline's sentence-initial "Van" reads as the particle "van"."""
    event = ground_one(
        "Van Gogh's painting sold for $100 million.", "Van Gogh painting sells for $100 million"
    )
    assert (event.title, event.retitled) == ("Van Gogh painting sells for $100 million", False)


@pytest.mark.parametrize(
    ("text", "q", "headline", "quoted"),
    [
        (
            "Российские дроны атаковали Харьков. Министерство сообщило, что над Одессой сбиты 20 дронов.",
            "Министерство сообщило, что",
            "Над Одессой сбиты 20 дронов",
            "Министерство сообщило, что над Одессой сбиты 20 дронов.",
        ),
        (
            "قصفت إسرائيل مدينة غزة. وقالت وزارة الصحة إن 20 شخصا قتلوا.",
            "وقالت وزارة الصحة إن",
            "مقتل 20 شخصا",
            "وقالت وزارة الصحة إن 20 شخصا قتلوا.",
        ),
    ],
    ids=["cyrillic-capital", "arabic-letter-the-quote-lacks"],
)
def test_a_faithful_headline_in_its_quote_s_script_is_kept_over_its_own_sentence(
    text: str, q: str, headline: str, quoted: str
) -> None:
    """Both were replaced by a quote of the whole paragraph: the sentence splitter knew only Latin
    capitals, and a headline letter its quote lacks ("Н", the capital of its "н") read as a foreign
    script."""
    cleaned = clean(f"Note\n\n{text}\n", "Note")
    (event,) = ground("a.txt", cleaned, [wire(q, headline)], YEAR_2024).events
    assert event.sentence.text == quoted
    assert (event.title, event.retitled) == (headline, False)


def test_a_headline_in_another_script_than_its_quote_is_still_replaced() -> None:
    event = ground_one("Посол прибыл в Москву в понедельник.", "Посол прибыл в 莫斯科")
    assert event.retitled is True


@pytest.mark.parametrize(
    ("quote", "headline"),
    [
        ("Seoul said Pyongyang had sent 10,000 troops to Russia.", "Seoul sends 10,000 troops to Russia"),
        ("Ukraine said Russia launched 50 drones overnight.", "Ukraine launches 50 drones"),
        ("Hamas says Israel killed its commander in a Gaza strike.", "Hamas kills Israeli commander in Gaza"),
        ("On Monday, Seoul said Pyongyang had sent troops to Russia.", "Seoul sends troops to Russia"),
        # any verb of saying frames the report (`saying.SAYING`), not only "said", "claimed" and "insisted"
        ("Kyiv argued Moscow had broken the Easter truce.", "Kyiv breaks Easter truce"),
        ("Seoul stated that Pyongyang had sent troops to Russia.", "Seoul sends troops to Russia"),
        ("Israel acknowledged that Hamas had breached the border fence.", "Israel breaches border fence"),
    ],
)
def test_a_headline_making_the_speaker_do_what_it_reported_is_replaced(quote: str, headline: str) -> None:
    """The speaker's name stood first in both, so the actors were "in order": Seoul was shown
    sending the troops it said Pyongyang sent."""
    event = ground_one(quote, headline)
    assert event.retitled is True


@pytest.mark.parametrize(
    ("quote", "headline"),
    [
        # who spoke, and not what (seen in the seeds' replies, here in other news)
        (
            "Former Bank of England economist Jane Doe suggested that rates might fall to 3% by June.",
            "Former Bank of England economist Jane Doe suggests",
        ),
        ("Veteran coach Carlo Ancelotti commented that the title race was over.", "Carlo Ancelotti comments"),
        ("Senator Mary Lee responded that the bill would not pass the House.", "Senator Mary Lee responds"),
        # what was said, and not who said it
        (
            "The ministry also warned shipping companies against entering the strait.",
            "Warns shipping companies against entering the strait",
        ),
        ("The governor said the state would appeal the ruling.", "Says the state will appeal the ruling"),
    ],
)
def test_a_headline_that_tells_who_spoke_but_not_what_or_what_but_not_who_is_replaced(
    quote: str, headline: str
) -> None:
    event = ground_one(quote, headline)
    assert event.retitled is True


@pytest.mark.parametrize(
    ("quote", "headline"),
    [
        ("The finance minister will testify before the committee on Tuesday.", "Finance minister to testify"),
        ("Reports of looting spread across the city on Monday.", "Reports of looting spread across the city"),
        ("Claims of fraud were rejected by the court on Friday.", "Claims of fraud rejected by court"),
        ("The ministry warned shipping companies against entering the strait.", "Ministry warns shippers"),
        (
            "Two people were killed in the blast, a police source said.",
            "Two killed in blast, police source says",
        ),
    ],
)
def test_a_headline_with_its_speaker_and_news_or_a_plan_to_speak_is_kept(quote: str, headline: str) -> None:
    event = ground_one(quote, headline)
    assert (event.retitled, event.title) == (False, headline)


@pytest.mark.parametrize(
    ("quote", "headline"),
    [
        # attribution moved to the end, or to the front, of either
        (
            "Zelensky said Russian troops had executed prisoners.",
            "Russian troops executed prisoners, Zelensky says",
        ),
        ("Russian troops executed prisoners, Zelensky said.", "Zelensky: Russian troops executed prisoners"),
        (
            "Pyongyang had sent troops to Russia, Seoul said on Monday.",
            "Seoul says Pyongyang sent troops to Russia",
        ),
        # attribution left out, the reported clause's actors kept in order
        ("Seoul said Pyongyang had sent 10,000 troops to Russia.", "Pyongyang sends 10,000 troops to Russia"),
        ("Ukraine said Russia launched 50 drones overnight.", "Russia launches 50 drones"),
        # the speaker is the clause's subject
        ("Israel says it has killed a Hamas commander in Gaza.", "Israel kills Hamas commander in Gaza"),
        ("Kyiv said its forces shot down 30 drones.", "Ukraine shoots down 30 drones"),
        # "added" and "announced" with a thing, not a clause, frame no report
        ("Germany added 5,000 troops to the NATO mission.", "Germany adds 5,000 troops to NATO mission"),
        (
            "Germany announced the delivery of Taurus missiles to Ukraine.",
            "Germany sends Taurus missiles to Ukraine",
        ),
        # "States" and "state visit" are no verb of speech
        ("The United States imposed sanctions on China.", "US imposes sanctions on China"),
        ("Gulf states agreed to raise oil output.", "Gulf states agree to raise oil output"),
        # a verb whose object is a thing frames a report only with "that"
        ("Apple acknowledged the flaw in its chips.", "Apple acknowledges flaw in its chips"),
    ],
)
def test_a_headline_that_moves_or_drops_its_quote_s_attribution_is_kept(quote: str, headline: str) -> None:
    event = ground_one(quote, headline)
    assert (event.retitled, event.title) == (False, headline)


@pytest.mark.parametrize(
    "quote",
    [
        "Germany is set to deliver Taurus missiles to Ukraine.",
        "Germany agreed to deliver Taurus missiles to Ukraine.",
        "Germany pledged to deliver Taurus missiles to Ukraine.",
        "Germany has yet to deliver Taurus missiles to Ukraine.",
        "Germany would deliver Taurus missiles to Ukraine if asked.",
        "Zelensky asked Germany to deliver Taurus missiles to Ukraine.",
        "Germany ruled out delivering Taurus missiles to Ukraine.",
        "Germany has stopped delivering Taurus missiles to Ukraine.",
        "Germany blocked the delivery of Taurus missiles to Ukraine.",
        "Zelensky claimed that Russia had blocked the delivery of Taurus missiles to Ukraine.",
    ],
)
def test_a_headline_stating_a_promise_a_wish_or_a_refusal_as_done_is_replaced(quote: str) -> None:
    """All kept "Germany delivers Taurus missiles to Ukraine" (or "Russia blocks ..."): only "will",
    "plans to" and the like were read as not yet done, and only "cancelled", "halted" and the like
    as undone."""
    headline = (
        "Russia blocks delivery of Taurus missiles"
        if "claimed" in quote
        else "Germany delivers Taurus missiles"
    )
    event = ground_one(quote, headline + " to Ukraine")
    assert event.retitled is True


@pytest.mark.parametrize(
    ("quote", "headline"),
    [
        (
            "Germany agreed to deliver Taurus missiles to Ukraine.",
            "Germany agrees to deliver Taurus missiles",
        ),
        (
            "Germany is set to deliver Taurus missiles to Ukraine.",
            "Germany to deliver Taurus missiles to Ukraine",
        ),
        ("Sinner claimed the title on Sunday.", "Sinner wins the title"),
        ("The fire claimed the lives of 12 people.", "Fire kills 12 people"),
    ],
)
def test_a_headline_keeping_its_quote_s_promise_or_a_claim_that_is_no_doubt_is_kept(
    quote: str, headline: str
) -> None:
    event = ground_one(quote, headline)
    assert (event.retitled, event.title) == (False, headline)


@pytest.mark.parametrize(
    ("quote", "headline", "retitled"),
    [
        ("North Korea sent 1,000 troops to Russia.", "North Korea sends 1000 troops to Russia", False),
        ("North Korea sent 10,000 troops to Russia.", "North Korea sends 10k troops to Russia", False),
        ("Russia pledged $2 billion in aid to Pyongyang.", "Russia pledges $2bn in aid to Pyongyang", False),
        ("Pyongyang shipped 1.5 million shells.", "Pyongyang ships 1.5m shells", False),
        ("Twelve miners were trapped underground in Zonguldak.", "12 miners trapped in Zonguldak", False),
        ("Kenya sent 400 police officers to Haiti.", "Kenya sends four hundred officers to Haiti", False),
        # another number stays another event
        ("Twelve miners were trapped underground in Zonguldak.", "20 miners trapped in Zonguldak", True),
        ("North Korea sent 10,000 troops to Russia.", "North Korea sends 10 troops to Russia", True),
        ("North Korea sent 1,000 troops to Russia.", "North Korea sends 10k troops to Russia", True),
        ("Russia pledged $2 billion in aid to Pyongyang.", "Russia pledges $2m in aid to Pyongyang", True),
        ("Pyongyang shipped 1.5 million shells.", "Pyongyang ships 1.5 billion shells", True),
    ],
)
def test_a_number_written_another_way_is_the_same_number(quote: str, headline: str, retitled: bool) -> None:
    """ "North Korea sends 1000 troops" over "... sent 1,000 troops" was replaced by its quote, as a
    number the quote lacks; so were "10k" for "10,000", "$2bn" for "$2 billion" and "12" for the wire's
    "Twelve"."""
    assert ground_one(quote, headline).retitled is retitled


@pytest.mark.parametrize(
    ("quote", "headline", "retitled"),
    [
        ("Russia was accused by Ukraine of shelling.", "Russia accuses Ukraine of shelling", True),
        ("Russia was accused by Ukraine of shelling.", "Ukraine accuses Russia of shelling", False),
        ("Kyiv was struck by Russian missiles overnight.", "Russian missiles strike Kyiv", False),
        ("Kyiv was struck by Russian missiles overnight.", "Kyiv struck by Russian missiles", False),
        ("Kyiv was struck by Russian missiles overnight.", "Kyiv strikes Russia", True),
    ],
)
def test_a_passive_quote_s_agent_is_the_one_who_acts(quote: str, headline: str, retitled: bool) -> None:
    """ "Russia accuses Ukraine" over "Russia was accused by Ukraine" was kept (the names in the quote's
    order), and the faithful "Russian missiles strike Kyiv" over "Kyiv was struck by Russian missiles"
    replaced (the names turned round): an active headline names a passive quote's agent first."""
    assert ground_one(quote, headline).retitled is retitled


@pytest.mark.parametrize(
    ("quote", "headline", "retitled"),
    [
        # the quote's first word, a name that is a word of English too ("Trump"), was no one in
        # either: "Trump endorses Musk" passed as the quote's order, "Musk endorses Trump" failed
        ("Trump was endorsed by Musk on Saturday.", "Trump endorses Musk", True),
        ("Trump was endorsed by Musk on Saturday.", "Musk endorses Trump", False),
        ("Trump was endorsed by Musk on Saturday.", "Trump endorsed by Musk", False),
        # a surname that is no word of English opens the quote and is read
        ("Harris was endorsed by Swift after the debate.", "Harris endorses Swift", True),
        ("Harris was endorsed by Swift after the debate.", "Swift endorses Harris", False),
        ("Macron was criticised by Le Pen over the budget.", "Macron criticises Le Pen over budget", True),
        ("Macron was criticised by Le Pen over the budget.", "Le Pen criticises Macron over budget", False),
    ],
)
def test_a_passive_quote_opening_with_a_name_read_only_by_position_is_not_turned_round(
    quote: str, headline: str, retitled: bool
) -> None:
    assert ground_one(quote, headline).retitled is retitled


@pytest.mark.parametrize(
    ("quote", "headline", "retitled"),
    [
        # the speaker opening the headline was no one, so the headline named only the reported clause's
        ("Zelensky said Russian forces had shelled Kharkiv.", "Zelensky shells Kharkiv", True),
        ("Zelensky said Russian forces had shelled Kharkiv.", "Zelensky says Russia shelled Kharkiv", False),
        ("Biden said Netanyahu had rejected the plan.", "Biden rejects the plan", True),
        # another spelling of the quote's name was a name the quote lacks
        ("Zelenskyy said the front was holding.", "Zelensky says front is holding", False),
        ("Navalnyy's widow said she would carry on.", "Navalny's widow vows to carry on", False),
        ("Zelenska said she would visit London.", "Zelensky to visit London", True),
    ],
)
def test_a_headline_s_first_word_is_the_name_its_quote_gives(
    quote: str, headline: str, retitled: bool
) -> None:
    assert ground_one(quote, headline).retitled is retitled


@pytest.mark.parametrize(
    ("quote", "headline"),
    [
        ("Ukrainian sea drones struck a Russian landing ship in the Black Sea, Kyiv said.",
         "Sea drones strike Russian landing ship"),
        ("A Ukrainian drone hit a refinery in the Krasnodar Region on Monday.",
         "Region's refinery hit by Ukrainian drone"),
    ],
)  # fmt: skip
def test_a_headline_s_first_word_is_no_name_for_ending_a_place_s_name(quote: str, headline: str) -> None:
    """ "Sea" of the quote's "Black Sea" made the headline's "Sea drones" name the Black Sea first, out
    of the quote's order: a faithful headline was replaced."""
    assert ground_one(quote, headline).retitled is False


@pytest.mark.parametrize(
    ("quote", "headline", "retitled"),
    [
        # "cannot" was no negation: the faithful headline dropped the quote's "could not"
        ("Scholz warned that Germany could not send more tanks.", "Scholz warns Germany cannot send tanks",
         False),
        # raised and cut were no opposites
        ("Milei cut spending by 30%.", "Milei raises spending by 30%", True),
        ("Milei cut spending by 30%.", "Milei cuts spending by 30%", False),
        ("The central bank raised rates by half a point.", "Central bank cuts rates by half a point", True),
    ],
)  # fmt: skip
def test_cannot_negates_and_a_cut_is_no_rise(quote: str, headline: str, retitled: bool) -> None:
    assert ground_one(quote, headline).retitled is retitled


@pytest.mark.parametrize(
    ("quote", "agent"),
    [
        ("Zelensky was received by Macron in Paris.", "Macron"),
        ("The rally was addressed by Starmer in London.", "Starmer"),
        ("The ship was hit by Houthi missiles off Yemen.", "Houthi"),
        ("Kyiv was struck by Russian missiles overnight.", "Russia"),
    ],
)
def test_a_passive_quote_s_agent_is_read_in_its_sentence(quote: str, agent: str) -> None:
    """ "by Macron in Paris" made Paris the agent: the words after "by", read alone, opened a sentence,
    and a name not known as one is not taken for a name there."""
    mentions = [mention.name for mention in read_mentions(quote)]
    acting = _acting_order(quote, mentions, NO_PEOPLE)
    assert acting is not None and acting[0] == agent


@pytest.mark.parametrize(
    ("quote", "headline", "retitled"),
    [
        ("Germany approved the delivery of Taurus missiles.", "Germany delivers Taurus missiles", True),
        ("Germany discussed the delivery of Taurus missiles.", "Germany delivers Taurus missiles", True),
        ("Parliament debated the deployment of troops.", "Parliament deploys troops", True),
        ("Germany approved the delivery of Taurus missiles.", "Germany approves delivery of Taurus", False),
        # the act took place: background to what followed
        ("Talks stalled after the deployment of troops to Kosovo.", "Troops deployed to Kosovo", False),
    ],
)
def test_a_headline_stating_an_act_its_quote_only_names_is_replaced(
    quote: str, headline: str, retitled: bool
) -> None:
    """ "Germany delivers Taurus missiles" over "Germany approved (discussed) the delivery of Taurus
    missiles" was kept: an approval or a debate is not the delivery."""
    assert ground_one(quote, headline).retitled is retitled


@pytest.mark.parametrize(
    ("quote", "headline", "retitled"),
    [
        ("Germany delivered Taurus missiles on Monday.", "Germany to deliver Taurus missiles", True),
        ("Germany delivered Taurus missiles on Monday.", "Germany plans to deliver Taurus", True),
        ("Germany delivered Taurus missiles on Monday.", "Germany will deliver Taurus", True),
        ("Germany delivered Taurus missiles on Monday.", "Germany delivers Taurus missiles", False),
        ("Germany plans to deliver Taurus missiles to Ukraine.", "Germany to deliver Taurus missiles", False),
        ("Germany will deliver Taurus missiles to Ukraine.", "Germany to deliver Taurus missiles", False),
        ("Lawmakers voted to approve the budget on Monday.", "Lawmakers vote to approve budget", False),
    ],
)
def test_a_headline_telling_as_to_come_what_its_quote_tells_as_done_is_replaced(
    quote: str, headline: str, retitled: bool
) -> None:
    """ "Germany to deliver Taurus missiles" over "Germany delivered Taurus missiles on Monday" was kept:
    the viewer showed a plan beside the kind "happened"."""
    assert ground_one(quote, headline).retitled is retitled


def test_each_sentence_of_a_part_is_read_once_not_once_per_event(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every event of a part is compared with every sentence of it (its quote, the headline's
    support, a copied sentence): the sentences' words were read again for each event, most of the
    time outside the model on 300 wire articles (13.8 s of 18.5 s grounding, 3.7 s of it locating)."""
    import timeline.words

    reads = 0
    folded = timeline.words.folded

    def counted(text: str) -> str:
        nonlocal reads
        reads += 1
        return folded(text)

    monkeypatch.setattr(timeline.words, "folded", counted)
    # numbered, so that no other test has read these sentences before
    sentences = [f"Officials in district {n} said on Tuesday that {n} homes lost power." for n in range(40)]
    cleaned = clean("Note\n\n" + " ".join(sentences) + "\n", "Note")
    events = [wire(f"Officials in district {n}", f"District {n} homes lose power") for n in range(0, 40, 5)]
    grounded = ground("a.txt", cleaned, events, YEAR_2024)
    assert len(grounded.events) == 8
    # about 160 reads per event before: four passes over the 40 sentences
    assert reads <= 3 * len(sentences) + 10 * len(events)


class _CountingPattern:
    """A compiled pattern that counts the scans asked of it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scans = 0

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        self.scans += 1
        return self.pattern.finditer(text, *args)

    def __getattr__(self, name: str) -> object:  # search, match: the rules' single looks
        return getattr(self.pattern, name)


def test_a_sentence_s_dates_and_cues_are_found_once_not_per_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """The kind's rules, the date's and the headline's each looked for the sentence's date expressions
    and schedule words outside background clauses again (on 300 wire articles 46,969 date scans of
    10,792 texts: 2.3 s, and 82,495 cue scans of 34,190: 2.2 s, of 13 s outside the model)."""
    import timeline.dates
    import timeline.kinds

    dates = _CountingPattern(timeline.dates._FIND)
    schedules = _CountingPattern(timeline.kinds._SCHEDULE)
    monkeypatch.setattr(timeline.dates, "_FIND", dates)
    monkeypatch.setattr(timeline.kinds, "_SCHEDULE", schedules)
    # a feature's "would" dated before its article: the kind and the date are read a second time
    quote = "The exiled cleric, who had lived in Paris, would return to Iran in February 1979."
    event = ground_one(quote, "Exiled cleric returns to Iran in February 1979")
    assert (event.kind, event.date.value) == (EventKind.happened, "1979-02")
    # the quote and the headline, once each
    assert dates.scans <= 2 and schedules.scans <= 2  # 7 and 5 before


_SHARE_IN_A_FRESH_PROCESS = """
import math
from timeline.grounding import _headline_support, _weighted_share
words = frozenset("european central bank due publish next report april researchers carlin hecker".split())
sentence = words | frozenset("january two prominent said kim jong nuclear".split())
weights = {w: math.log((1 + 40) / (1 + n)) for n, w in enumerate(sorted(words))}
print(repr(_weighted_share(words, sentence, weights)), repr(_headline_support(words, sentence, weights)))
"""


def test_a_sentence_s_share_of_the_event_s_words_is_the_same_in_every_run() -> None:
    """The shares were summed in the order of a set of words, which Python's string hashing changes
    from one run to the next: 0.48771427116894367 in one run, ...437 or ...438 in others, so two
    sentences that carry the same words tied in one run and not in the next, and a rerun on the same
    articles and replies put one event at another sentence (1 of 7,240 entries of 1,200 articles)."""
    seen = set()
    here = str(Path(timeline.__file__).resolve().parents[1])  # this checkout's package, not an installed one
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": here}
        run = subprocess.run(
            [sys.executable, "-c", _SHARE_IN_A_FRESH_PROCESS], env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        seen.add(run.stdout)
    assert len(seen) == 1


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        pytest.param(
            "The company recalled 1.2 million vehicles across North America and Europe over a faulty airbag "
            "inflator, the regulator acknowledged.",
            "The company recalled 1.2 million vehicles across North America and Europe over a faulty airbag "
            "inflator, the regulator acknowledged",
            id="acknowledged",
        ),
        pytest.param(
            "Police arrested four men in connection with the arson attack on the synagogue in the northern "
            "city, the interior minister declared.",
            "Police arrested four men in connection with the arson attack on the synagogue in the northern "
            "city, the interior minister declared",
            id="declared",
        ),
        pytest.param(
            "The central bank's reserves fell below three months of imports for the first time since the "
            "1998 crisis, the finance minister admitted.",
            "The central bank's reserves fell below three months of imports for the first time since the "
            "1998 crisis, the finance minister admitted",
            id="admitted",
        ),
        pytest.param(
            "Turnout in the second round of the presidential election was the lowest since independence in "
            "1991, the electoral commission concluded.",
            "Turnout in the second round of the presidential election was the lowest since independence in "
            "1991, the electoral commission concluded",
            id="concluded",
        ),
        pytest.param(
            "The miners were trapped about 400 metres underground after a methane explosion in the northern "
            "coalfield, a rescue official tells Reuters.",
            "The miners were trapped about 400 metres underground after a methane explosion in the northern "
            "coalfield, a rescue official tells Reuters",
            id="tells",
        ),
        # kept working: a relative clause's own attribution goes with it, as does a participle's clause
        pytest.param(
            "Scientists at the observatory reported the first detection of the faint radio signal, which "
            "current models predict should occur once a century.",
            "Scientists at the observatory reported the first detection of the faint radio signal",
            id="a-relative-clause-s-own",
        ),
        pytest.param(
            "The opposition leader walked out of the televised debate with the prime minister in the "
            "capital, insisting that the moderator was biased against him.",
            "The opposition leader walked out of the televised debate with the prime minister in the capital",
            id="a-participle-s-clause",
        ),
    ],
)
def test_a_title_never_cuts_off_any_verb_of_saying(sentence: str, title: str) -> None:
    """Every verb of saying (`saying.SAYING`) is an attribution a title keeps: "..., the interior
    minister declared" was cut off after twelve words, stating the claim as a fact."""
    assert title_of(sentence) == title


# A port strike, written for these tests: neighbouring sentences share "dockworkers", "port", "strike".
PORT_STRIKE = [
    "Dockworkers at the port of Rotterdam walked off the job on Monday in a dispute over pay.",
    "The strike halted the loading of about 40 container ships, the port authority said.",
    "The union demanded a 9% pay rise for its 4,000 members at the port.",
    "Employers offered 4% and said the union's demand would cost them 60 million euros a year.",
    "Shipping line Maersk diverted two vessels to Antwerp because of the strike.",
    "Talks between the union and employers are to resume on Thursday.",
]


@cache
def port_strike() -> CleanedDocument:
    text = " ".join(PORT_STRIKE[:3]) + "\n\n" + " ".join(PORT_STRIKE[3:])
    return clean(f"Strike\n\n{text}\n", "Strike")


def located_text(q: str, t: str, cleaned: CleanedDocument) -> str | None:
    located = locate(wire(q, t), cleaned)
    return None if located is None else located[0].text


@pytest.mark.parametrize(
    ("q", "copied", "cited"),
    [
        ("Employers offer 4% pay rise", (3, 4), 3),
        ("Maersk diverts two vessels to Antwerp", (3, 4), 4),
        ("Maersk diverts two vessels to Antwerp", (3, 4, 5), 4),
        # the headline names a sentence the copy left out: the headline names the event
        ("Maersk diverts two vessels to Antwerp", (1, 2), 4),
    ],
    ids=["names-the-first", "names-the-second", "names-the-middle", "names-a-third"],
)
def test_a_headline_over_several_copied_sentences_cites_the_one_it_names(
    q: str, copied: tuple[int, ...], cited: int
) -> None:
    """The 1.5B model writes its headline in `q` and copies the sentence into `t`, often running on into
    the next. By word counts, each copied sentence held under half of the event's words (dropped) or
    the shortest won ("Employers offered 4% ..." under "Maersk diverts two vessels to Antwerp")."""
    t = " ".join(PORT_STRIKE[i] for i in copied)
    assert located_text(q, t, port_strike()) == PORT_STRIKE[cited]


def test_several_copied_sentences_under_a_headline_naming_none_are_dropped() -> None:
    """Nothing tells which of the copied sentences the event was: a doubtful event is dropped and
    counted, never pinned to one the headline is not about."""
    t = " ".join(PORT_STRIKE[0:2])  # by word counts, the first ("port of Rotterdam")
    event = wire("Port of Rotterdam closes after fire", t)
    result = ground("a.txt", port_strike(), [event], YEAR_2024)
    assert result.events == []
    assert result.dropped == [event]


# The embedded model's reply on seed 004, recorded before the writer's "the DPRK tends to become a
# full-fledged player ..." was hidden as analysis: the headline is about that sentence, not about the
# two it copied.
DPRK_PLAYER_004 = (
    "DPRK becomes a full-fledged player on international scene",
    SEOUL_OFFICERS_004[1],
)


def test_the_recorded_headline_over_two_copied_sentences_cites_the_sentence_it_names() -> None:
    """The sentence the headline names is shown to the model with a clause of news (so it is no mere
    tendency): cited, and not one of the two copied sentences."""
    (path,) = SEEDS_DIR.glob("004_*.txt")
    loaded = load_document(path)
    text = loaded.text.replace(
        "the DPRK tends to become", "the DPRK, which sent troops last month, tends to become"
    )
    located = locate(wire(*DPRK_PLAYER_004), clean(text, loaded.info.title))
    assert located is not None
    assert "the DPRK, which sent troops last month, tends to become a full-fledged player" in located[0].text


def test_a_headline_naming_a_sentence_hidden_as_analysis_cites_none_of_its_copied_sentences() -> None:
    """With the sentence it names hidden (a tendency), the reply cites nothing: the copied sentences
    are not what the headline is about."""
    assert locate(wire(*DPRK_PLAYER_004), seed("004")) is None


def test_one_copied_sentence_is_cited_whatever_the_headline() -> None:
    """A sentence copied whole says where the event is, unlike a headline, which may be about any
    sentence or none (in the probe, a `q` winning over the copy pinned two headlines the article does
    not report to sentences they resemble). The headline is checked against the quote apart
    (`choose_title`) and not shown over it here. By word counts, the headline's sentence won."""
    q = "Maersk diverts two vessels to Antwerp because of strike"
    (event,) = ground("a.txt", port_strike(), [wire(q, PORT_STRIKE[5])], YEAR_2024).events
    assert event.sentence.text == PORT_STRIKE[5]
    assert "Maersk" not in event.title


@pytest.mark.parametrize(
    "headline",
    ["Union demands 12% pay rise at the port", "Strike halts loading of 90 container ships"],
)
def test_a_headline_is_not_aligned_to_a_sentence_without_its_figures(headline: str) -> None:
    """A figure the sentence does not give makes another event: "12% pay rise" is not the union's
    9%, which it otherwise matched word for word."""
    assert locate(wire(headline, headline), port_strike()) is None


def test_a_short_sentence_inside_a_headline_is_not_taken_for_a_copy() -> None:
    """The sentence "Talks failed." is in "... said talks failed after ten hours" by chance, not copied."""
    text = (
        "Union leaders and employers said the talks on pay failed after ten hours on Monday. Talks failed. "
        "The port stayed closed."
    )
    event = wire("Pay talks collapse", "Union and employers said talks failed after ten hours")
    assert located_text(event.q, event.t, clean(f"Strike\n\n{text}\n", "Strike")) == text.split(". ")[0] + "."


@pytest.mark.parametrize(
    ("quote", "headline", "retitled"),
    [
        # (a tendency with no clause of news is analysis, not shown to the model: here it has one)
        (
            "The Republic, which sent 900 engineers on Monday, tends to become a full-fledged player on the "
            "world stage.",
            "Republic becomes full-fledged player on the world stage",
            True,
        ),
        (
            "The treaty appears to be the linchpin of the new alliance.",
            "Treaty is the linchpin of the alliance",
            True,
        ),
        (
            "The militia seems to have withdrawn from the border town.",
            "Militia withdraws from border town",
            True,
        ),
        (
            "The gang is believed to have smuggled 40 tonnes of cocaine.",
            "Gang smuggled 40 tonnes of cocaine",
            True,
        ),
        # kept: the headline keeps the doubt, or the quote's seeming bears on another clause
        (
            "The militia seems to have withdrawn from the border town.",
            "Militia seems to withdraw from border town",
            False,
        ),
        (
            "The Republic, which sent 900 engineers on Monday, tends to become a full-fledged player on the "
            "world stage.",
            "Republic tends to become full-fledged player",
            False,
        ),
        (
            "The court jailed the mayor for six years, a verdict that appears to end his career.",
            "Court jails mayor for six years",
            False,
        ),
    ],
)
def test_a_headline_stating_as_fact_what_its_quote_only_seems_is_replaced(
    quote: str, headline: str, retitled: bool
) -> None:
    """ "DPRK becomes a full-fledged player on international scene" was kept over "... the DPRK tends
    to become a full-fledged player ..." (seed 004's reply, grounded since review/replies)."""
    assert ground_one(quote, headline).retitled is retitled


# --- headlines3: a headline must not say what its quote does not (scripts/probe_headline_support.py) ---


@pytest.mark.parametrize(
    ("quote", "headline"),
    [
        # the speaker of a trailing attribution does not act in a headline that does not attribute
        (
            "Russia launched a large-scale missile and drone attack on Kyiv early on Friday, "
            "Ukrainian officials said.",
            "Ukraine launches missile attack on Moscow",
        ),
        # a name with a capital inside
        ("Apple unveiled a new line of laptops at its event in Cupertino.", "Apple unveils new iPhone"),
        # a direction or outcome turned round
        ("The incumbent mayor lost the runoff to a 34-year-old challenger.", "Incumbent mayor wins runoff"),
        ("The senator's motion was defeated by a wide margin.", "Senator's motion passes by wide margin"),
        ("The court upheld the ban on the opposition party.", "Court overturns ban on opposition party"),
        ("Inflation slowed to 2.4% in September.", "Inflation accelerates to 2.4% in September"),
        (
            "The Bank of Japan ended its negative interest rate policy.",
            "Bank of Japan extends negative rates",
        ),
        ("The regulator lifted its ban on the drug after a safety review.", "Regulator bans drug"),
        ("The government lowered its growth forecast to 1.1%.", "Government raises growth forecast to 1.1%"),
        ("The government closed the border crossing to trucks.", "Government reopens border crossing"),
        # a negation dropped
        ("The talks ended without an agreement on a ceasefire.", "Talks end with ceasefire agreement"),
        (
            "Egypt has yet to open the Rafah crossing to aid trucks.",
            "Egypt opens Rafah crossing to aid trucks",
        ),
        ("No survivors were found in the wreckage of the plane.", "Survivors found in plane wreckage"),
        (
            "The judge declined to dismiss the case against the governor.",
            "Judge dismisses case against governor",
        ),
        # asked for, not granted
        ("The prosecutor sought a prison sentence for the executive.", "Executive gets prison sentence"),
        (
            "The opposition called for a vote of no confidence in the government.",
            "Opposition holds vote of no confidence",
        ),
        # an office its quote gives as former, deputy or vice
        ("Former President Jair Bolsonaro was barred from running for office.", "President Bolsonaro barred"),
        ("The deputy prime minister resigned over the scandal.", "Prime minister resigns over scandal"),
        ("The vice president met union leaders in Detroit.", "President meets union leaders in Detroit"),
    ],
)
def test_a_headline_saying_what_its_quote_does_not_is_replaced(quote: str, headline: str) -> None:
    event = ground_one(quote, headline)
    assert event.retitled is True


@pytest.mark.parametrize(
    ("quote", "headline"),
    [
        (
            "Russia launched a missile attack on Kyiv, Ukrainian officials said.",
            "Ukraine says Russia launched attack",
        ),
        ("The Senate passed the spending bill by 68 votes to 31.", "Senate passes spending bill 68-31"),
        ("Police said a 45-year-old man had been arrested.", "Man, 45, arrested, police say"),
        ("The prime minister announced a snap election for 4 July.", "PM calls snap election for 4 July"),
        ("The Bank of England cut interest rates to 5%.", "BoE cuts rates to 5%"),
        (
            "Germany's chancellor met the French president in Berlin.",
            "German chancellor meets French president",
        ),
        (
            "The Brazilian president signed the law protecting indigenous land.",
            "Brazil's president signs land law",
        ),
        ("Israel and Hamas agreed to a four-day truce.", "Israel, Hamas agree four-day truce"),
        (
            "Wildfires forced the evacuation of 30,000 residents on Rhodes.",
            "Wildfires force 30,000 to evacuate",
        ),
        ("Sinner won the final after Alcaraz lost his serve twice.", "Sinner wins final"),
        ("The talks ended without an agreement on a ceasefire.", "Talks end without ceasefire deal"),
        (
            "The storm left 200,000 homes without power across Florida.",
            "Storm leaves 200,000 homes without power",
        ),
        ("The judge declined to dismiss the case against the governor.", "Judge refuses to dismiss case"),
        ("The vice president met union leaders in Detroit.", "Vice president meets union leaders"),
        ("The border crossing reopened on Monday after being closed for a week.", "Border crossing reopens"),
        ("The prosecutor sought a 10-year sentence for the executive.", "Prosecutor seeks 10-year sentence"),
    ],
)
def test_a_faithful_headline_in_headlinese_or_other_words_is_kept(quote: str, headline: str) -> None:
    event = ground_one(quote, headline)
    assert (event.retitled, event.title) == (False, headline)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the dateline's day is the story's: the event is dated by its own words (seen in a field test)
        ("KYIV, Oct 24 (Reuters) - Dockworkers voted on Sunday to accept a deal.", "2024-10-20"),
        ("KESTREL BAY, Oct 24 (Harbour Wire) - Dockworkers voted on Sunday to accept a deal.", "2024-10-20"),
        # without a date of its own, the lede happened the day it was filed
        ("KYIV, Oct 24 (Reuters) - Russia launched a large attack.", "2024-10-24"),
        ("KESTREL BAY, Oct 24 (Harbour Wire) - Cranes stood idle.", "2024-10-24"),
    ],
)
def test_a_datelines_day_yields_to_the_events_own_date(text: str, value: str) -> None:
    document_date = DocumentDate(
        value="2024-10-24", precision=Precision.day, source=DocumentDateSource.manifest
    )
    assert date_of(Sentence(0, len(text), text), document_date).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a main verb after an appositive, then a coordinate clause: not an aside (seen in a field test)
        (
            "The first vessel to berth, the container ship Aurora Venture, tied up at Berth 2 on the "
            "afternoon of Oct. 20, and by Tuesday 19 of the 31 ships had been unloaded, the port said.",
            "2024-10-20",
        ),
        # asides still: their dates yield to the event's
        ("The law, passed in July, and the decree took effect on Monday.", "2024-10-21"),
        ("The senator, first elected in 2018, announced on Monday that she would retire.", "2024-10-21"),
    ],
)
def test_a_coordinate_clause_after_a_participle_makes_it_the_main_verb(text: str, value: str) -> None:
    document_date = DocumentDate(
        value="2024-10-24", precision=Precision.day, source=DocumentDateSource.manifest
    )
    assert date_of(Sentence(0, len(text), text), document_date).value == value


@pytest.mark.parametrize(
    ("quote", "headline", "retitled"),
    [
        ("Rescuers found no survivors in the rubble.", "No survivors found in rubble", False),
        ("Rescuers found no survivors in the rubble.", "Rescuers find survivors in rubble", True),
        ("The inquiry found no evidence of fraud.", "Inquiry finds evidence of fraud", True),
        ("Police made no arrests after the protest.", "Police make arrests after protest", True),
        ("The inquiry found no evidence of fraud.", "Inquiry finds no evidence of fraud", False),
        (
            "A blast hit the chemical factory on Monday and no one was hurt.",
            "Blast hits chemical factory",
            False,
        ),
    ],
)
def test_no_inside_a_clause_is_a_negation_but_no_one_else_is_not(
    quote: str, headline: str, retitled: bool
) -> None:
    """Only a "no" opening a clause was a negation: "No survivors found in rubble" was replaced over
    "Rescuers found no survivors ...", and "Rescuers find survivors" kept over it."""
    assert ground_one(quote, headline).retitled is retitled


@pytest.mark.parametrize(
    ("quote", "headline"),
    [
        # a first word of English, capitalised only by opening the headline, is no name when the quote's
        # subject is a common noun and the headline names everyone the quote does
        (
            "Government forces retook the airport after two days of fighting.",
            "Troops recapture airport after two days of fighting",
        ),
        ("The company sold its stake in the Brazilian miner.", "Firm sells stake in Brazilian miner"),
        ("The ruling bloc won the confidence vote by 12 votes.", "Coalition wins confidence vote"),
        ("The former chancellor was questioned by prosecutors.", "Ex-chancellor questioned by prosecutors"),
        # short names (`headlines._SHORT_NAMES`) and an office's acronym before a name
        (
            "The Federal Reserve raised interest rates by a quarter point.",
            "Fed raises rates by quarter point",
        ),
        ("Manchester United sacked their manager after five defeats.", "Man Utd sack manager"),
        ("Former President Evo Morales left the country on Sunday.", "Ex-president Morales leaves country"),
        (
            "Former Prime Minister Boris Johnson criticised the decision.",
            "Former PM Johnson criticises decision",
        ),
        ("Ukraine said 90 prisoners of war had returned home.", "90 POWs return home, Ukraine says"),
    ],
)
def test_a_headline_with_a_common_noun_first_or_a_short_name_is_kept(quote: str, headline: str) -> None:
    event = ground_one(quote, headline)
    assert (event.retitled, event.title) == (False, headline)


@pytest.mark.parametrize(
    ("quote", "headline"),
    [
        # "neither" negates ("Side claims responsibility" was kept)
        (
            "Neither side claimed responsibility for the explosion.",
            "Side claims responsibility for explosion",
        ),
        # a first word that may be another name stays one: the quote opens with a bare singular
        ("Google will cut 1,000 jobs in Europe.", "Amazon to cut 1,000 jobs in Europe"),
        ("Ford recalled 10,000 cars over faulty brakes.", "Jaguar recalls 10,000 cars over faulty brakes"),
        # ... or a word saying which office the next one is
        ("Defence Minister Boris Pistorius visited troops.", "Foreign Minister Pistorius visits troops"),
        # a short name of another body, and the subject in other words with the outcome turned round
        ("The European Central Bank raised rates by a quarter point.", "Fed raises rates by quarter point"),
        ("Manchester City beat Chelsea 3-0 at the Etihad.", "Man Utd beat Chelsea 3-0"),
        ("The ruling bloc lost the confidence vote by 12 votes.", "Coalition wins confidence vote"),
    ],
)
def test_a_headline_with_a_negation_dropped_or_another_name_first_is_still_replaced(
    quote: str, headline: str
) -> None:
    assert ground_one(quote, headline).retitled is True
