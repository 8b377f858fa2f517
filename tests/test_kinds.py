"""The kind of an event, read off its sentence: expected, reported or happened.

Most sentences are from the seeds (file number in the id); the others are made up to pin down one
cue each. The seeds' own figures (rule vs the model's label against our gold) are in the README.
"""

from __future__ import annotations

import pytest

from timeline.kinds import read_kind
from timeline.models import EventKind

EXPECTED, REPORTED, HAPPENED = EventKind.expected, EventKind.reported, EventKind.happened


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # Forecasts: a modal or "expected to" looking forward.
        pytest.param(
            "The Ukrainian government reports that several thousand North Korean infantrymen could be "
            "deployed to the front line in Ukraine by the end of 2024.",
            EXPECTED,
            id="000-relayed-forecast-with-a-time",
        ),
        pytest.param(
            "North Korea is also expected to supply Russia with an additional five million rounds of "
            "ammunition, having already provided as much in recent months.",
            EXPECTED,
            id="003-expected-to",
        ),
        pytest.param(
            "North Korean units may initially be deployed to secondary frontline areas.",
            EXPECTED,
            id="000-may",
        ),
        pytest.param(
            "More than 10,000 are expected to be deployed in the coming weeks.",
            EXPECTED,
            id="004-coming-weeks",
        ),
        pytest.param("Shipping companies expect cargo traffic to return to normal.", EXPECTED, id="expect"),
        pytest.param("The bridge is likely to reopen before winter.", EXPECTED, id="likely-to"),
        pytest.param("North Korean divisions and brigades will be involved.", EXPECTED, id="000-will"),
        # Someone voices a possibility without a time for it: the statement is the event.
        pytest.param(
            "Speaking in Vietnam, following his visit to North Korea, Putin indicated that North Korea "
            "could receive Russian arms as a countermeasure.",
            REPORTED,
            id="003-attributed-possibility",
        ),
        pytest.param(
            "Putin himself has suggested that Russia might supply weapons to North Korea in response to "
            "Western countries arming Ukraine.",
            REPORTED,
            id="003-suggested-might",
        ),
        # Reports: attribution, claims, plans, quotations.
        pytest.param(
            "South Korea’s Defense Minister said that North Korean soldiers are already operating together "
            "with Russian troops in Ukraine.",
            REPORTED,
            id="000-said",
        ),
        pytest.param(
            "Despite denials, the United States and Ukraine claim North Korea has already provided Russia "
            "with ballistic missiles and millions of artillery shells.",
            REPORTED,
            id="003-claim",
        ),
        pytest.param(
            "Seoul plans to send military intelligence officers to Ukraine to observe the combat tactics "
            "of North Korean troops.",
            REPORTED,
            id="004-plans-to",
        ),
        pytest.param(
            "Meanwhile, according to various sources, 10,000 North Korean troops are already present "
            "in Ukraine.",
            REPORTED,
            id="001-according-to",
        ),
        pytest.param(
            "“The Kremlin has reached an agreement with the North Korean regime to have the DPRK troops "
            "help liberate Kursk.",
            REPORTED,
            id="001-opens-a-quotation",
        ),
        pytest.param(
            "Putin also warned South Korea against supplying arms to Ukraine, threatening a “painful” "
            "response if they did.",
            REPORTED,
            id="003-warned",
        ),
        pytest.param(
            "South Korean Defense Minister Kim Yong-hyun’s statements, along with reports from Ukrainian "
            "media, suggest that North Korea is not only supplying Russia with ammunition.",
            REPORTED,
            id="002-statements-suggest",
        ),
        pytest.param("The union said its members accepted a 6% pay rise.", REPORTED, id="said-past-fact"),
        pytest.param(
            "Mayor Ana Ruiz announced that the city will repair the north pier by the end of 2024.",
            EXPECTED,
            id="announced-plan-with-a-time",
        ),
        # Happened: no forecast or attribution wording.
        pytest.param("Recently, Ukraine struck at the occupiers’ positions.", HAPPENED, id="000-struck"),
        pytest.param(
            "North Korea has redeployed troops to Russia for further deployment to Ukraine.",
            HAPPENED,
            id="000-redeployed",
        ),
        pytest.param(
            "Putin and Kim signed the treaty during the former’s two-day state visit to North Korea.",
            HAPPENED,
            id="003-signed",
        ),
        pytest.param(
            "Dockworkers in Port Elena returned to work on Monday, March 18, 2024.", HAPPENED, id="returned"
        ),
        # Words that look like cues but are not.
        pytest.param(
            "This document provides for mutual assistance in the event of aggression against one of "
            "these states.",
            HAPPENED,
            id="000-states-is-a-noun",
        ),
        pytest.param("The summit took place in May 2024 in Hanoi.", HAPPENED, id="may-the-month"),
        pytest.param(
            "North Korea has few reliable trading partners due to its Western-enforced isolation.",
            HAPPENED,
            id="003-due-to-is-a-cause",
        ),
        pytest.param(
            "Reports of officers being killed, if verified, would be further proof of involvement.",
            HAPPENED,
            id="would-is-a-condition",
        ),
        pytest.param(
            "Ukrainian artillerymen struck several buildings where soldiers could have been.",
            HAPPENED,
            id="could-have-looks-back",
        ),
    ],
)
def test_kind_of_sentence(sentence: str, kind: EventKind) -> None:
    assert read_kind(sentence)[0] is kind


@pytest.mark.parametrize(
    ("sentence", "kind", "cue"),
    [
        pytest.param(
            "South Korea’s Defense Minister said that North Korean soldiers are already operating.",
            REPORTED,
            "said",
            id="attribution",
        ),
        pytest.param(
            "The Ukrainian government reports that infantrymen could be deployed by the end of 2024.",
            EXPECTED,
            "could be",
            id="forecast-with-a-time",
        ),
        pytest.param(
            "Putin indicated that North Korea could receive Russian arms.",
            REPORTED,
            "indicated",
            id="possibility",
        ),
        pytest.param("“The Kremlin has reached an agreement.", REPORTED, "“", id="quotation"),
        pytest.param("Recently, Ukraine struck at the occupiers’ positions.", HAPPENED, None, id="no-cue"),
    ],
)
def test_read_kind_names_the_words_that_decided_it(sentence: str, kind: EventKind, cue: str | None) -> None:
    assert read_kind(sentence) == (kind, cue)
    assert cue is None or cue in sentence  # shown to the user as the quote's own words
