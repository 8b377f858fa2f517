"""Words compared as a reader compares them: numbers by value, and whether a text reads as English."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.words import NOT_ENGLISH_BELOW, by_value, content_words, english_share

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

GERMAN = (
    "Die russische Duma hat am Donnerstag den Vertrag über eine strategische Partnerschaft zwischen "
    "Moskau und Pjöngjang ratifiziert, der gegenseitigen Beistand im Falle einer Aggression vorsieht. "
    "Nach Angaben des südkoreanischen Geheimdienstes befinden sich bereits mehrere tausend "
    "nordkoreanische Soldaten in Russland, wo sie vor ihrem Einsatz an der Front in der Ukraine "
    "ausgebildet werden. Der Kreml hat diese Berichte nicht bestätigt."
)
SPANISH = (
    "La Duma rusa ratificó el jueves 24 de octubre el tratado de asociación estratégica entre Moscú y "
    "Pyongyang, que prevé asistencia mutua en caso de agresión. Según los servicios de inteligencia "
    "surcoreanos, varios miles de soldados norcoreanos ya se encuentran en Rusia, donde reciben "
    "entrenamiento antes de ser desplegados en el frente en Ucrania. El Kremlin no ha confirmado estas "
    "informaciones, pero tampoco las ha desmentido."
)


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_english_news_is_far_above_the_bar(seed: str) -> None:
    share = english_share((SEEDS / seed).read_text(encoding="utf-8"))
    assert share is not None and share > 3 * NOT_ENGLISH_BELOW  # measured: 0.25 to 0.33


@pytest.mark.parametrize("text", [GERMAN, SPANISH])
def test_other_languages_are_below_it(text: str) -> None:
    share = english_share(text)
    assert share is not None and share < NOT_ENGLISH_BELOW  # measured: 0.034 and 0.0


def test_a_short_text_tells_nothing() -> None:
    assert english_share("Die Duma hat den Vertrag ratifiziert.") is None


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("sent 10,000 troops", "sent 10000 troops"),
        ("sent 10k troops", "sent 10000 troops"),
        ("1.5 million shells", "1500000 shells"),
        ("1.5m shells", "1500000 shells"),
        ("$2bn in aid", "$2000000000 in aid"),
        ("up 0.5% in 2024", "up 0.5% in 2024"),
        ("Oct. 24, 2024", "Oct. 24, 2024"),  # a date's comma is no thousands separator
        ("Resolution 1718", "Resolution 1718"),
        ("1.50m shells", "1500000 shells"),
        # spelled out, as wire style writes small numbers
        ("killed three people", "killed 3 people"),
        ("Twelve miners were trapped", "12 miners were trapped"),
        ("cancelled two thousand flights", "cancelled 2000 flights"),
        ("Two hundred passengers", "200 passengers"),
        ("twenty-five years", "25 years"),
        ("a five-storey block", "a 5-storey block"),
        ("one of the sixteen", "one of the 16"),  # "one" is as often no count
        ("recalls one million cars", "recalls 1000000 cars"),  # ... but before a scale it is
    ],
)
def test_numbers_are_compared_by_value(written: str, value: str) -> None:
    assert by_value(written) == value


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("on 24.10.2024", "on 24.1.2024"),  # October is not January
        ("at 10.30am", "at 10.3am"),
        ("Python 3.10", "Python 3.1"),
        ("call 555-0100", "call 555-100"),
    ],
)
def test_numbers_without_a_scale_keep_their_zeros(one: str, other: str) -> None:
    """ "24.10.2024" and "24.1.2024" were one value: the trailing zero of "24.10" was cut as a
    fraction's, and the merger and the aligner took October's date for January's."""
    assert content_words(one) != content_words(other)


@pytest.mark.parametrize(
    "forms",
    [
        ("kills", "killed", "killing", "killings", "kill"),
        ("votes", "voted", "voting", "vote"),
        ("years", "year"),
        ("signs", "signed", "sign"),
        ("fires", "fired", "firing", "fire"),
        ("cities", "city"),
        # roots of five letters or more were one word already, and stay so
        ("deployed", "deployment", "deploys", "deploy"),
        ("ceasefire", "cease"),
    ],
)
def test_the_forms_of_a_short_root_are_one_word(forms: tuple[str, ...]) -> None:
    """Cut to five letters, a root shorter than that kept part of its ending: "kills", "kille" and
    "killi" were three words, and a headline's "kills" shared nothing with its sentence's "killed"."""
    assert len({content_words(form) for form in forms}) == 1


@pytest.mark.parametrize(("one", "other"), [("strikes", "struck"), ("news", "newspaper"), ("died", "dead")])
def test_only_inflections_come_off(one: str, other: str) -> None:
    """Irregular forms and other words stay apart (a known limit for "struck" and "died")."""
    assert content_words(one) != content_words(other)


CHINESE = (
    "新华社北京电 国务院常务会议审议通过关于促进消费的若干措施。会议指出，要加大基础设施建设力度。"
    "会议决定，自明年起延续购置税减免政策。"
)
JAPANESE = "政府は臨時閣議で補正予算案を決定した。首相は記者団に対し、物価高への対応を急ぐと述べた。"


@pytest.mark.parametrize("text", [CHINESE, JAPANESE], ids=["chinese", "japanese"])
def test_a_text_written_without_spaces_is_told_by_its_characters(text: str) -> None:
    """A Chinese article was a handful of space-separated "words", too few to tell, so it was never named
    as not English (a Xinhua wire of 150 characters: no notice at all)."""
    share = english_share(text)
    assert share is not None and share < NOT_ENGLISH_BELOW


def test_an_english_text_quoting_a_few_chinese_characters_is_still_english() -> None:
    text = (
        "The State Council approved the measures on Thursday, the official Xinhua news agency said. The "
        "slogan 高质量发展, or high-quality development, was repeated in the statement that was issued by "
        "the ministry at the end of the meeting in Beijing, and it was welcomed by the industry's groups."
    )
    share = english_share(text)
    assert share is not None and share > NOT_ENGLISH_BELOW
