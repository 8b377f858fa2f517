"""A probe of the headline checks and of actors on wire-style sentences, none from the seeds.

Each case: a sentence, a model-style headline over it, whether the headline must be kept (it says
what the sentence says) or replaced (it misstates it), and the sentence's actors (`event_actors`).
Half the cases are near misses that must stay as they are: faithful headlines, and sentences whose
first word is capitalised only by position. Run: `python scripts/probe_actors_headlines.py [-v]`;
it prints how many headlines and actor lists come out right, and with -v the wrong ones.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

from timeline.actors import event_actors, people_named, read_mentions
from timeline.headlines import headline_misleads
from timeline.sentences import Sentence


class Case(NamedTuple):
    sentence: str
    headline: str
    keep: bool
    actors: list[str]
    article: tuple[str, ...] = ()  # other sentences of the article (people named in full)


KEEP, REPLACE = True, False

CASES = [
    # --- an unknown surname opening the sentence, before a verb of saying or acting ---
    Case("Netanyahu rejected the plan on Sunday.", "Netanyahu rejects plan", KEEP, ["Netanyahu"]),
    Case("Biden said the talks would continue next week.", "Biden says talks will continue", KEEP, ["Biden"]),
    Case(
        "Erdogan told reporters that Sweden must do more.",
        "Erdogan says Sweden must do more",
        KEEP,
        ["Erdogan", "Sweden"],
    ),
    Case(
        "Macron announced a new defence package for Ukraine.",
        "Macron announces defence package for Ukraine",
        KEEP,
        ["Macron", "Ukraine"],
    ),
    Case(
        "Scholz warned that Germany could not send more tanks.",
        "Scholz warns Germany cannot send more tanks",
        KEEP,
        ["Scholz", "Germany"],
    ),
    Case(
        "Guterres condemned the strike on the hospital.",
        "Guterres condemns hospital strike",
        KEEP,
        ["Guterres"],
    ),
    Case(
        "Peskov denied that the Kremlin had been consulted.",
        "Peskov denies Kremlin was consulted",
        KEEP,
        ["Peskov", "Russia"],
    ),
    Case("Sunak called the election for July 4.", "Sunak calls July 4 election", KEEP, ["Sunak"]),
    Case(
        "Zelenskyy urged allies to send more air defence systems.",
        "Zelenskyy urges allies to send air defence",
        KEEP,
        ["Zelenskyy"],
    ),
    Case(
        "Blinken met Wang in Beijing on Friday.",
        "Blinken meets Wang in Beijing",
        KEEP,
        ["Blinken", "Wang", "China"],
    ),
    Case(
        "Lavrov accused NATO of escalating the conflict.",
        "Lavrov accuses NATO of escalation",
        KEEP,
        ["Lavrov", "NATO"],
    ),
    Case(
        "Orban vetoed the EU aid package.", "Orban vetoes EU aid package", KEEP, ["Orban", "European Union"]
    ),
    Case("Modi visited Moscow for two days.", "Modi visits Moscow", KEEP, ["Modi", "Russia"]),
    Case("Starmer pledged to cut migration.", "Starmer pledges to cut migration", KEEP, ["Starmer"]),
    Case("Khamenei vowed revenge for the killing.", "Khamenei vows revenge", KEEP, ["Khamenei"]),
    # someone other than who the sentence names, by a name the check now reads
    Case("Netanyahu rejected the plan on Sunday.", "Gallant rejects plan", REPLACE, ["Netanyahu"]),
    Case(
        "Biden said Netanyahu had rejected the plan.",
        "Biden rejects the plan",
        REPLACE,
        ["Biden", "Netanyahu"],
    ),
    Case(
        "Erdogan told Sweden that it must do more.",
        "Sweden tells Erdogan it must do more",
        REPLACE,
        ["Erdogan", "Sweden"],
    ),
    # near misses: a common word capitalised by position is no one
    Case("Officials said the toll would rise.", "Officials say toll will rise", KEEP, []),
    Case("Witnesses said the blast shattered windows.", "Witnesses say blast shattered windows", KEEP, []),
    Case("Police arrested 12 people after the protest.", "Police arrest 12 after protest", KEEP, []),
    Case("Analysts warned that growth would slow.", "Analysts warn growth will slow", KEEP, []),
    Case(
        "Residents said the water had reached the rooftops.", "Residents say water reached rooftops", KEEP, []
    ),
    Case(
        "Prosecutors charged the former mayor with fraud.",
        "Prosecutors charge former mayor with fraud",
        KEEP,
        [],
    ),
    Case(
        "Protesters demanded the minister's resignation.",
        "Protesters demand minister's resignation",
        KEEP,
        [],
    ),
    Case("Troops rejected the order to withdraw.", "Troops reject withdrawal order", KEEP, []),
    Case("Footage showed smoke rising over the port.", "Footage shows smoke over port", KEEP, []),
    Case(
        "Rescuers said they had pulled 30 people from the rubble.", "Rescuers pull 30 from rubble", KEEP, []
    ),
    Case(
        "Investigators said the pilot had reported no fault.",
        "Investigators say pilot reported no fault",
        KEEP,
        [],
    ),
    Case(
        "Streets were adorned with images of Putin.",
        "Streets adorned with images of Putin",
        KEEP,
        ["Vladimir Putin"],
    ),
    Case("Lawmakers approved the budget on Thursday.", "Lawmakers approve budget", KEEP, []),
    Case("Doctors said the patient was stable.", "Doctors say patient stable", KEEP, []),
    Case("Critics said the law would curb free speech.", "Critics say law will curb free speech", KEEP, []),
    Case(
        "Speaking in Hanoi, Putin said the pact was defensive.",
        "Putin says pact is defensive",
        KEEP,
        ["Vladimir Putin"],
    ),
    Case(
        "Hecker said it was a strategic choice.",
        "Hecker says it was a strategic choice",
        KEEP,
        ["Siegfried Hecker"],
        ("Siegfried Hecker and Robert Carlin wrote the study.",),
    ),
    # --- a passive with its agent: who acts ---
    Case("Trump was endorsed by Musk on Saturday.", "Trump endorses Musk", REPLACE, ["Trump", "Musk"]),
    Case("Trump was endorsed by Musk on Saturday.", "Musk endorses Trump", KEEP, ["Trump", "Musk"]),
    Case("Trump was endorsed by Musk on Saturday.", "Trump endorsed by Musk", KEEP, ["Trump", "Musk"]),
    Case(
        "Macron was criticised by Le Pen over the budget.",
        "Macron criticises Le Pen over budget",
        REPLACE,
        ["Macron", "Le Pen"],
    ),
    Case(
        "Macron was criticised by Le Pen over the budget.",
        "Le Pen criticises Macron over budget",
        KEEP,
        ["Macron", "Le Pen"],
    ),
    Case(
        "Russia was accused by Ukraine of shelling the plant.",
        "Russia accuses Ukraine of shelling plant",
        REPLACE,
        ["Russia", "Ukraine"],
    ),
    Case(
        "Russia was accused by Ukraine of shelling the plant.",
        "Ukraine accuses Russia of shelling plant",
        KEEP,
        ["Russia", "Ukraine"],
    ),
    Case(
        "Kyiv was struck by Russian missiles overnight.",
        "Russian missiles strike Kyiv",
        KEEP,
        ["Ukraine", "Russia"],
    ),
    Case(
        "Kyiv was struck by Russian missiles overnight.",
        "Kyiv strikes Russia",
        REPLACE,
        ["Ukraine", "Russia"],
    ),
    Case(
        "Harris was endorsed by Swift after the debate.",
        "Harris endorses Swift",
        REPLACE,
        ["Harris", "Swift"],
    ),
    Case(
        "Harris was endorsed by Swift after the debate.", "Swift endorses Harris", KEEP, ["Harris", "Swift"]
    ),
    # --- a speaker doing what it reported ---
    Case(
        "Seoul said Pyongyang had sent 10,000 troops to Russia.",
        "Seoul sends 10,000 troops to Russia",
        REPLACE,
        ["South Korea", "North Korea", "Russia"],
    ),
    Case(
        "Seoul said Pyongyang had sent 10,000 troops to Russia.",
        "Pyongyang sent 10,000 troops to Russia, Seoul says",
        KEEP,
        ["South Korea", "North Korea", "Russia"],
    ),
    Case(
        "Kyiv said Moscow had launched 90 drones overnight.",
        "Kyiv launches 90 drones",
        REPLACE,
        ["Ukraine", "Russia"],
    ),
    Case(
        "Kyiv said Moscow had launched 90 drones overnight.",
        "Kyiv says Moscow launched 90 drones",
        KEEP,
        ["Ukraine", "Russia"],
    ),
    Case(
        "Israel said it had killed a senior Hamas commander.",
        "Israel kills senior Hamas commander",
        KEEP,
        ["Israel", "Hamas"],
    ),
    Case(
        "Zelensky said Russian forces had shelled Kharkiv.",
        "Zelensky shells Kharkiv",
        REPLACE,
        ["Zelensky", "Russia", "Kharkiv"],
    ),
    # --- a promise, plan or claim told as done ---
    Case(
        "Germany promised to deliver 20 Leopard tanks.",
        "Germany delivers 20 Leopard tanks",
        REPLACE,
        ["Germany", "Leopard"],
    ),
    Case(
        "Germany promised to deliver 20 Leopard tanks.",
        "Germany promises 20 Leopard tanks",
        KEEP,
        ["Germany", "Leopard"],
    ),
    Case(
        "Japan plans to raise defence spending to 2% of GDP.",
        "Japan raises defence spending to 2% of GDP",
        REPLACE,
        ["Japan", "GDP"],
    ),
    Case(
        "Japan plans to raise defence spending to 2% of GDP.",
        "Japan plans to raise defence spending to 2%",
        KEEP,
        ["Japan", "GDP"],
    ),
    Case(
        "Iran threatened to close the Strait of Hormuz.",
        "Iran closes Strait of Hormuz",
        REPLACE,
        ["Iran", "Strait of Hormuz"],
    ),
    Case(
        "Iran threatened to close the Strait of Hormuz.",
        "Iran threatens to close Strait of Hormuz",
        KEEP,
        ["Iran", "Strait of Hormuz"],
    ),
    Case(
        "Poland agreed to buy 96 Apache helicopters.",
        "Poland buys 96 Apache helicopters",
        REPLACE,
        ["Poland", "Apache"],
    ),
    Case(
        "Poland agreed to buy 96 Apache helicopters.",
        "Poland agrees to buy 96 Apache helicopters",
        KEEP,
        ["Poland", "Apache"],
    ),
    Case(
        "Hamas claimed that it had captured Israeli soldiers.",
        "Hamas captures Israeli soldiers",
        REPLACE,
        ["Hamas", "Israel"],
    ),
    Case("The ministry said talks were expected to resume in May.", "Talks resume", REPLACE, []),
    # --- negation, direction, numbers, names ---
    Case(
        "The Kremlin denied that troops had crossed the border.",
        "Kremlin confirms troops crossed border",
        REPLACE,
        ["Russia"],
    ),
    Case(
        "The Kremlin denied that troops had crossed the border.",
        "Kremlin denies troops crossed border",
        KEEP,
        ["Russia"],
    ),
    Case("Russia did not strike Kyiv on Monday.", "Russia strikes Kyiv", REPLACE, ["Russia", "Ukraine"]),
    Case("Exports fell 12% in October.", "Exports rise 12% in October", REPLACE, []),
    Case("Exports fell 12% in October.", "Exports fall 12% in October", KEEP, []),
    Case("The strike killed dozens of people in Gaza.", "Strike kills thousands in Gaza", REPLACE, []),
    Case("The strike killed dozens of people in Gaza.", "Strike kills dozens in Gaza", KEEP, []),
    Case(
        "North Korean troops arrived in Kursk.",
        "North Korean troops killed in Kursk",
        REPLACE,
        ["North Korea"],
    ),
    Case(
        "North Korean troops arrived in Kursk.", "North Korean troops arrive in Kursk", KEEP, ["North Korea"]
    ),
    Case(
        "Tusk said Poland would close the border.",
        "Duda says Poland will close border",
        REPLACE,
        ["Tusk", "Poland"],
    ),
    # --- spellings of one name ---
    Case("Zelenskyy said the front was holding.", "Zelensky says front is holding", KEEP, ["Zelenskyy"]),
    Case(
        "Zelenskiy met Biden in Washington.",
        "Zelenskyy meets Biden in Washington",
        KEEP,
        ["Zelenskiy", "Biden", "United States"],
    ),
    Case("Navalnyy's widow said she would carry on.", "Navalny's widow vows to carry on", KEEP, ["Navalnyy"]),
    Case(
        "Zelenska said she would visit London.", "Zelensky to visit London", REPLACE, ["Zelenska", "London"]
    ),
    # --- first words of a headline, read with its quote ---
    Case(
        "Hezbollah fired rockets at Israel, the army said.",
        "Hezbollah fires rockets at Israel",
        KEEP,
        ["Hezbollah", "Israel"],
    ),
    Case(
        "Apple unveiled a new iPhone in September.",
        "Apple unveils new iPhone",
        KEEP,
        [],
        ("The chief executive of Apple spoke.",),
    ),
    Case(
        "Growing tensions between Moscow and Seoul worried investors.",
        "Growing tensions worry investors",
        KEEP,
        ["Russia", "South Korea"],
    ),
    Case(
        "Storm Boris killed 16 people in central Europe.",
        "Storm Boris kills 16 in central Europe",
        KEEP,
        ["Storm Boris", "Europe"],
    ),
    Case(
        "Storm Boris killed 16 people in central Europe.",
        "Floods kill 16 in central Europe",
        REPLACE,
        ["Storm Boris", "Europe"],
    ),
    Case("Biden hosted Xi at the summit.", "Xi hosts Biden at summit", REPLACE, ["Biden"]),
    Case("Meloni hosted Zelensky in Rome.", "Zelensky hosts Meloni in Rome", REPLACE, ["Meloni", "Zelensky"]),
    Case("Meloni hosted Zelensky in Rome.", "Meloni hosts Zelensky in Rome", KEEP, ["Meloni", "Zelensky"]),
    Case("Milei cut spending by 30%.", "Milei cuts spending by 30%", KEEP, ["Milei"]),
    Case("Milei cut spending by 30%.", "Milei raises spending by 30%", REPLACE, ["Milei"]),
]


def judge(case: Case) -> tuple[bool, bool]:
    """Whether the headline check and the actors come out as the case expects."""
    people = people_named([*case.article, case.sentence])
    quoted = Sentence(0, len(case.sentence), case.sentence)
    mentions = read_mentions(case.sentence, people)
    names = [mention.name for mention in mentions]
    kept = not headline_misleads(case.headline, quoted, names, [quoted], people)
    return kept == case.keep, event_actors(mentions) == case.actors


def main(verbose: bool) -> None:
    headlines_right = actors_right = 0
    for case in CASES:
        headline_ok, actors_ok = judge(case)
        headlines_right += headline_ok
        actors_right += actors_ok
        if verbose and not headline_ok:
            print(f"headline {'replaced' if case.keep else 'kept'}: {case.headline!r} / {case.sentence!r}")
        if verbose and not actors_ok:
            people = people_named([*case.article, case.sentence])
            got = event_actors(read_mentions(case.sentence, people))
            print(f"actors {got} (want {case.actors}): {case.sentence!r}")
    keeps = sum(case.keep for case in CASES)
    print(f"{len(CASES)} cases ({keeps} headlines to keep, {len(CASES) - keeps} to replace)")
    print(f"headlines right: {headlines_right}/{len(CASES)}; actors right: {actors_right}/{len(CASES)}")


if __name__ == "__main__":
    main("-v" in sys.argv)
