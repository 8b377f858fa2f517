"""A probe of the merge on one speaker's statements reported by two articles: one statement in two
wordings, and two statements of the speaker.

Articles report a statement in their own words: "Germany's defence minister said that Berlin would send
another Patriot system to Ukraine" in one, "German Defence Minister Boris Pistorius announced that a
further Patriot battery would be delivered to Kyiv" in another. Both are reports, usually undated, and
the merge keeps them apart when their cosine is under SAME_EVENT and they share fewer than two actors
that not every report names. But one speaker says many things, in one frame: "Germany's defence
minister said that Berlin would reintroduce military service" is another event, and joined with the
first, it is lost (an entry keeps one summary). Each pair here is two articles, each grounded as the
pipeline grounds a model's event (`clean`, then `ground` with the article's publication date), so that
kinds, dates and actors are the code's. Each statement pair opens with the same sentence as one
different-statement pair: a rule must tell what was said, not only who said it. None is from the seeds;
the speakers are ministers, central bankers, agencies, chief executives, managers, police and
spokesmen.

Run it on any revision (`PYTHONPATH=<tree> python scripts/probe_merge_statements.py [-v] [--rules]`):
it prints how many pairs of each group come out right among other news and alone; -v lists every pair
with its cosine (wrong ones marked x); --rules what candidate rules for joining one speaker's reports
would join (`RULES`).

Measured on 2026-12-08 (17 statement pairs, 17 different-statement pairs): the merge joins 5 statements
and 6 different statements among other news (4 and 2 alone). The six are one speaker's frame at a
cosine of 0.34-0.52 ("The Pentagon's spokesman said American forces had not been involved in the
strike" / "... had shot down drones over the Red Sea", 0.42; "Japan's foreign minister said that Tokyo
would ...", two shared actors at 0.34). No rule tried joins more statements without joining more
different ones: one speaker (an actor named before the verb of saying, with an office word in common
when both name one) 7 and 11 (6 and 9 alone); with a cosine of 0.25, 7 and 10; of 0.3, 6 and 9; with a
content cosine (names and verbs of saying left out) of 0.2, 7 and 10; of 0.3, 6 and 9 (5 and 4 alone).
What was said shares fewer content words in two wordings (0.0-0.5, "acted alone" / "had no
accomplices", 0.15) than two statements in one frame (0.0-0.67): no threshold lies between them.
"""

from __future__ import annotations

import re
import sys
from typing import NamedTuple
from unittest.mock import patch

# the probes beside this one (a script's own folder is on the path)
import probe_merge_paraphrase as paraphrase
import probe_merge_within as within

from timeline.actors import is_office
from timeline.cleaning import clean
from timeline.extraction import WireEvent, WireKind
from timeline.grounding import GroundedEvent, ground
from timeline.merge import SAME_EVENT, Merger, merge
from timeline.models import DocumentDate, DocumentDateSource, EventKind, Precision

PUBLISHED = DocumentDate(value="2024-10-16", precision=Precision.day, source=DocumentDateSource.manifest)
BETWEEN = "The remarks came as officials met for a second day of talks."


class Pair(NamedTuple):
    one: str
    one_title: str
    other: str
    other_title: str


def _same(one: str, one_title: str, other: str, other_title: str) -> Pair:
    return Pair(one, one_title, other, other_title)


# One statement in two articles' words.
SAME_STATEMENT = [
    _same(
        "Japan's foreign minister said that Tokyo would not recognise the results of the referendum.",
        "Japan says it will not recognise referendum",
        "Foreign Minister Yoko Kamikawa told reporters that Japan would refuse to accept the outcome of"
        " the vote.",
        "Kamikawa says Japan refuses to accept vote outcome",
    ),
    _same(
        "The Bank of England's governor said that interest rates were likely to fall gradually.",
        "BoE governor says rates likely to fall gradually",
        "Andrew Bailey, the Bank of England governor, indicated that borrowing costs would come down slowly.",
        "Bailey signals slow fall in borrowing costs",
    ),
    _same(
        "The World Health Organization said the outbreak in eastern Congo posed a high risk to"
        " neighbouring countries.",
        "WHO says Congo outbreak a high risk to neighbours",
        "World Health Organization officials warned that the Congo outbreak could spread across borders"
        " to neighbouring states.",
        "WHO warns Congo outbreak could spread across borders",
    ),
    _same(
        "Manchester United's manager said he expected the club to sign a striker before the transfer"
        " window closes.",
        "United manager expects striker signing",
        "Ruben Amorim, the Manchester United manager, told a news conference that a new forward would"
        " arrive before the deadline.",
        "Amorim says new forward will arrive",
    ),
    _same(
        "Germany's defence minister said that Berlin would send another Patriot air defence system to"
        " Ukraine.",
        "Germany to send another Patriot system to Ukraine",
        "German Defence Minister Boris Pistorius announced that a further Patriot battery would be"
        " delivered to Kyiv.",
        "Pistorius announces further Patriot battery for Kyiv",
    ),
    _same(
        "Apple's chief executive said the company would open its first store in Saudi Arabia.",
        "Apple to open first Saudi store",
        "Tim Cook, Apple's CEO, told investors that an Apple shop in Riyadh was planned.",
        "Cook says Apple shop planned in Riyadh",
    ),
    _same(
        "Brazil's environment minister said deforestation in the Amazon had fallen sharply.",
        "Brazil says Amazon deforestation fell sharply",
        "Marina Silva, Brazil's environment minister, stated that clearing of the Amazon rainforest had"
        " dropped steeply.",
        "Silva says Amazon clearing dropped steeply",
    ),
    _same(
        "The Pentagon's spokesman said American forces had not been involved in the strike.",
        "Pentagon says US forces not involved in strike",
        "A Pentagon spokesperson told reporters that US troops took no part in the attack.",
        "US troops took no part in attack, Pentagon says",
    ),
    _same(
        "Kenya's health ministry said the cholera outbreak had been brought under control.",
        "Kenya says cholera outbreak under control",
        "Health officials in Kenya stated that the spread of cholera had been contained.",
        "Kenya says cholera spread contained",
    ),
    _same(
        "The UN secretary-general said the humanitarian situation in Gaza was the worst he had seen.",
        "UN chief says Gaza situation worst he has seen",
        "Antonio Guterres, the UN chief, described conditions in Gaza as the most dire he had witnessed"
        " in his tenure.",
        "Guterres calls Gaza conditions most dire of his tenure",
    ),
    _same(
        "France's president said he would not dissolve parliament again before the end of his term.",
        "Macron will not dissolve parliament again",
        "Emmanuel Macron, the French president, ruled out calling another snap election before his"
        " mandate ends.",
        "Macron rules out another snap election",
    ),
    _same(
        "Boeing's chief executive said the company's factories would resume production of the 737 Max.",
        "Boeing to resume 737 Max production",
        "Kelly Ortberg, Boeing's chief executive, told employees that 737 Max assembly lines would restart.",
        "Ortberg says 737 Max lines will restart",
    ),
    _same(
        "Israel's prime minister said the military operation in Rafah would continue.",
        "Israel says Rafah operation will continue",
        "Benjamin Netanyahu, Israel's prime minister, vowed that the offensive in Rafah would go on.",
        "Netanyahu vows Rafah offensive will go on",
    ),
    _same(
        "The Kremlin's spokesman said Moscow was open to talks with Washington on arms control.",
        "Kremlin open to arms control talks",
        "Dmitry Peskov, the Kremlin spokesman, told reporters that Russia was ready to negotiate with the"
        " United States on limits to nuclear weapons.",
        "Peskov says Russia ready to negotiate nuclear limits",
    ),
    _same(
        "China's commerce ministry said Beijing would retaliate against the new American tariffs.",
        "China to retaliate against US tariffs",
        "A spokesperson for China's commerce ministry warned that Beijing would respond with"
        " countermeasures to Washington's tariffs.",
        "China warns of countermeasures to tariffs",
    ),
    _same(
        "The FBI director said the gunman had acted alone.",
        "FBI says gunman acted alone",
        "FBI Director Christopher Wray told lawmakers that investigators believed the shooter had no"
        " accomplices.",
        "Wray says shooter had no accomplices",
    ),
    _same(
        "South Africa's defence minister said that South African troops would stay in eastern Congo.",
        "South African troops to stay in Congo",
        "Defence Minister Angie Motshekga told parliament that the South African contingent would remain"
        " deployed in the east of Congo.",
        "Motshekga says contingent will remain in Congo",
    ),
]

# Two statements of one speaker, each in its own article: the first sentence is the first of the
# statement pair above it.
DIFFERENT_STATEMENTS = [
    _same(
        SAME_STATEMENT[0].one,
        SAME_STATEMENT[0].one_title,
        "Japan's foreign minister said that Tokyo would expand its aid to the Philippine coast guard.",
        "Japan to expand aid to Philippine coast guard",
    ),
    _same(
        SAME_STATEMENT[1].one,
        SAME_STATEMENT[1].one_title,
        "Andrew Bailey, the Bank of England governor, said banks must hold more capital against crypto"
        " assets.",
        "Bailey says banks must hold more capital against crypto",
    ),
    _same(
        SAME_STATEMENT[2].one,
        SAME_STATEMENT[2].one_title,
        "The World Health Organization said the stock of mpox vaccines in Congo would run out within weeks.",
        "WHO says Congo mpox vaccines will run out",
    ),
    _same(
        SAME_STATEMENT[3].one,
        SAME_STATEMENT[3].one_title,
        "Manchester United's manager said the club's captain would miss the derby with a knee injury.",
        "United captain to miss derby, manager says",
    ),
    _same(
        SAME_STATEMENT[4].one,
        SAME_STATEMENT[4].one_title,
        "German Defence Minister Boris Pistorius said that Germany would reintroduce a form of military"
        " service.",
        "Pistorius says Germany will reintroduce military service",
    ),
    _same(
        SAME_STATEMENT[5].one,
        SAME_STATEMENT[5].one_title,
        "Tim Cook, Apple's chief executive, said the company would invest more in artificial intelligence.",
        "Cook says Apple will invest more in AI",
    ),
    _same(
        SAME_STATEMENT[6].one,
        SAME_STATEMENT[6].one_title,
        "Brazil's environment minister said the fires in the Amazon had been the worst in a decade.",
        "Amazon fires worst in a decade, Brazil says",
    ),
    _same(
        SAME_STATEMENT[7].one,
        SAME_STATEMENT[7].one_title,
        "The Pentagon's spokesman said American forces had shot down drones over the Red Sea.",
        "Pentagon says US forces shot down drones",
    ),
    _same(
        SAME_STATEMENT[8].one,
        SAME_STATEMENT[8].one_title,
        "Kenya's health ministry said the cholera vaccination campaign would reach every county.",
        "Kenya's cholera vaccination to reach every county",
    ),
    _same(
        SAME_STATEMENT[9].one,
        SAME_STATEMENT[9].one_title,
        "The UN secretary-general said the world was not on track to meet its climate targets.",
        "UN chief says world off track on climate",
    ),
    _same(
        SAME_STATEMENT[10].one,
        SAME_STATEMENT[10].one_title,
        "France's president said he would host a summit on artificial intelligence in Paris.",
        "Macron to host AI summit",
    ),
    _same(
        SAME_STATEMENT[11].one,
        SAME_STATEMENT[11].one_title,
        "Boeing's chief executive said the company would cut ten percent of its workforce.",
        "Boeing to cut ten percent of workforce",
    ),
    _same(
        SAME_STATEMENT[12].one,
        SAME_STATEMENT[12].one_title,
        "Israel's prime minister said the government would not allow the Palestinian Authority to run Gaza.",
        "Netanyahu rejects Palestinian Authority rule in Gaza",
    ),
    _same(
        SAME_STATEMENT[13].one,
        SAME_STATEMENT[13].one_title,
        "The Kremlin's spokesman said Moscow had not been warned in advance of the talks in Washington.",
        "Kremlin says it was not warned of Washington talks",
    ),
    _same(
        SAME_STATEMENT[14].one,
        SAME_STATEMENT[14].one_title,
        "China's commerce ministry said Beijing would restrict exports of gallium and germanium.",
        "China to restrict gallium and germanium exports",
    ),
    _same(
        SAME_STATEMENT[15].one,
        SAME_STATEMENT[15].one_title,
        "The FBI director said the gunman had searched online for the president's schedule.",
        "FBI says gunman searched president's schedule",
    ),
    _same(
        SAME_STATEMENT[16].one,
        SAME_STATEMENT[16].one_title,
        "South Africa's defence minister said that the army needed a bigger budget to stay in Congo.",
        "Army needs bigger budget, minister says",
    ),
]


def grounded(pair: Pair) -> list[GroundedEvent]:
    """The pair's two reports, each grounded in its own article as the pipeline grounds them."""
    reports: list[GroundedEvent] = []
    for name, sentence, title in (
        ("a.txt", pair.one, pair.one_title),
        ("b.txt", pair.other, pair.other_title),
    ):
        text = f"{sentence}\n\n{BETWEEN}\n"
        events = ground(
            name, clean(text), [WireEvent(q=sentence[:40], t=title, k=WireKind.reported)], PUBLISHED
        )
        if [e.sentence.text for e in events.events] != [sentence]:
            raise ValueError(f"not grounded on its sentence: {title!r}")
        reports += events.events
    return reports


def judged(pair: Pair, background: bool) -> tuple[bool, float]:
    """Whether the merge joins the pair, and the pair's cosine."""
    reports = grounded(pair) + (within._background() if background else [])
    vectors = Merger(reports).vectors
    cosine = float((vectors[0] @ vectors[1].T).toarray()[0, 0])
    entries = [e for e in merge(reports) if any(s.quote in (pair.one, pair.other) for s in e.sources)]
    return len(entries) == 1, cosine


# --- candidate rules, measured: when two reports of different articles may join at SAME_EVENT's bar ---

# The words a subject names a speaker's office with, besides `actors.is_office`'s.
_OFFICE_WORDS = frozenset(
    "minister ministry president governor spokesman spokesperson spokeswoman director chief executive"
    " ceo manager secretary-general chief organization".split()
)
_SAID = re.compile(
    r"\b(?:said|says|told|stated|warned|indicated|suggested?|announced|described|vowed|ruled out"
    r"|statements?)\b"
)


def speaker(event: GroundedEvent) -> tuple[frozenset[str], frozenset[str]]:
    """(actors, office words) named before the report's first verb of saying: its speaker, as
    "Germany's defence minister said" gives ({"Germany"}, {"minister"})."""
    text = event.sentence.text
    said = _SAID.search(text)
    subject = text[: said.start()] if said else ""
    actors = frozenset(a for a in event.actors if a in subject or a.split()[-1] in subject)
    words = {w.strip(",.'’s").casefold() for w in subject.split()}
    offices = frozenset(w for w in words if w in _OFFICE_WORDS or is_office(w))
    return actors, offices


def one_speaker(one: GroundedEvent, other: GroundedEvent) -> bool:
    """The same actor speaking in both, with an office word in common when both name one."""
    (actors, offices), (their_actors, their_offices) = speaker(one), speaker(other)
    return bool(actors & their_actors) and (not offices or not their_offices or bool(offices & their_offices))


Rule = within.Rule  # a candidate rule, as probe_merge_within tries its own


def _speaker_and_content(threshold: float) -> Rule:
    def rule(one: GroundedEvent, other: GroundedEvent, score: float, pool: list[GroundedEvent]) -> bool:
        return one_speaker(one, other) and within.content_cosine(one, other, pool) >= threshold

    return rule


def _speaker_and_cosine(threshold: float) -> Rule:
    return lambda one, other, score, pool: one_speaker(one, other) and score >= threshold


RULES: dict[str, Rule] = {
    "none (the merge as it is)": lambda one, other, score, pool: False,
    "one speaker": lambda one, other, score, pool: one_speaker(one, other),
    **{f"one speaker, cosine >= {t}": _speaker_and_cosine(t) for t in (0.2, 0.25, 0.3)},
    **{f"one speaker, content cosine >= {t}": _speaker_and_content(t) for t in (0.1, 0.2, 0.3)},
}


def merged_with(rule: Rule, reports: list[GroundedEvent], pool: list[GroundedEvent]) -> list[object]:
    """The merge of `reports` with `rule` deciding when two reported statements of different
    articles, both undated or of one date, are judged at SAME_EVENT as if close in wording (every
    other check still applies)."""
    original = Merger._fits

    def fits(self: Merger, index: int, score: float, cluster: object) -> bool:
        event = self.events[index]
        members = [self.events[m] for m in cluster.members]  # type: ignore[attr-defined]
        if (
            score < SAME_EVENT
            and members
            and all(
                m.document != event.document
                and m.kind is event.kind is EventKind.reported
                and m.date.value == event.date.value
                and rule(m, event, score, pool)
                for m in members
            )
        ):
            return original(self, index, SAME_EVENT, cluster)  # type: ignore[arg-type]
        return original(self, index, score, cluster)  # type: ignore[arg-type]

    with patch.object(Merger, "_fits", fits):
        return list(merge(reports))


def rule_counts(rule: Rule, background: bool) -> list[tuple[int, int]]:
    """(joined, of) for the statement pairs and the different-statement pairs."""
    pool = within._background() if background else []
    counts = []
    for pairs in (SAME_STATEMENT, DIFFERENT_STATEMENTS):
        joined = 0
        for pair in pairs:
            entries = merged_with(rule, grounded(pair) + pool, pool)
            joined += within._joined(entries, pair.one, pair.other)
        counts.append((joined, len(pairs)))
    return counts


def main(verbose: bool, rules: bool = False) -> None:
    groups = (("same statement", SAME_STATEMENT, True), ("different statements", DIFFERENT_STATEMENTS, False))
    paraphrase.report(groups, judged, verbose)
    if rules:
        print("candidate rules: joined of the same-statement pairs, of the different-statement pairs")
        within.report_rules(RULES, rule_counts)


if __name__ == "__main__":
    main("-v" in sys.argv, "--rules" in sys.argv)
