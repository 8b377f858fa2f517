"""A probe of names that are no actors of their event though they stand where one may: places before a
lower-case kind of place ("the Kumsusan state guest house"), places a verb of war or rescue is done to
("retook Bakhmut", "evacuated Paradise"), former affiliations ("ex-British Army officer ...") and the
demonyms of unnamed sources ("according to Western sources"); and, as the second column, names in the
same positions that do act and must stay ("Kherson's governor said", "Brussels warned", "Gazprom cut
supplies", "captured Manuel Noriega").

Every case is of my own writing (wars, elections, business, sport, disasters), none from seeds/. Run it
on any revision (`PYTHONPATH=<tree> python scripts/probe_actors_places.py [-v]`) to count the cases it
gets right, and with -v the wrong ones; it uses only functions every revision since 4a9e1a5 has.
"""

from __future__ import annotations

import sys

# the probes' shared case and judging of actors, beside this one (a script's own folder is on the path)
from _probe_actors import Case, counted

# Names that are no actors: each case has one (or more) that must go.
NOT_ACTORS: dict[str, list[Case]] = {
    "places before a kind of place": [
        Case("The summit guests were driven to the Hofburg state guest house after dinner.", []),
        Case("The motorcade left for Zvartnots international airport on Sunday.", []),
        Case("Floodwaters swamped the Sindh province, officials said.", []),
        Case("Protesters marched to Tahrir square, chanting slogans.", []),
        Case("Kyiv said its drones struck the Tambov oblast overnight.", ["Ukraine"]),
        Case("The king hosted the emir at Windsor palace on Tuesday.", []),
        Case("Wildfires forced 30,000 people out of the Evros region.", []),
        Case("Rescuers reached the Hatay province late on Monday.", []),
        Case("The rebels pushed towards the Darfur region, the UN said.", ["United Nations"]),
        Case("The jets flew back to Incirlik air base after the exercise.", []),
    ],
    "places a verb is done to": [
        Case("Russian troops retook Vuhledar after weeks of fighting.", ["Russia"]),
        Case("Government forces recaptured Wad Madani on Saturday.", []),
        Case("Israeli artillery shelled Khiam through the night.", ["Israel"]),
        Case("Firefighters evacuated Lahaina as winds picked up.", []),
        Case("Islamist fighters captured Idlib in a lightning offensive.", []),
        Case("M23 fighters seized the airport after they captured Goma.", []),
        Case("The army bombed Mandalay for a second day, residents said.", []),
        Case("Thousands fled Rafah before the offensive began.", []),
        Case("Rioters stormed the Capitol on January 6, 2021.", []),
        Case("Jihadists besieged Djibo for more than a year.", []),
        Case("Hurricane winds struck Acapulco before dawn.", []),
        Case("The deal would have the brigades help liberate Pokrovsk.", []),
    ],
    "former affiliations": [
        Case("Former Goldman Sachs banker Tom Reed said the bonds were overpriced.", ["Tom Reed"]),
        Case("The strike will fail, ex-Wagner commander Pavel Orlov told reporters.", ["Pavel Orlov"]),
        Case("Ex-Labour adviser Sam Hart said the budget was doomed.", ["Sam Hart"]),
        Case("Ex-Chelsea striker Didier Drogba said the club had lost its way.", ["Didier Drogba"]),
        Case("Former Ukrainian president Petro Poroshenko said the vote was rigged.", ["Petro Poroshenko"]),
        Case("Former Pentagon official Dana Lowe said the drones were Iranian.", ["Dana Lowe", "Iran"]),
        Case("Ex-Google engineer Mia Chen testified on Thursday.", ["Mia Chen"]),
        Case("The plan was backed by former Bundesbank economist Klaus Weber.", ["Klaus Weber"]),
        Case("Bayern signed former Chelsea winger Noni Madueke.", ["Bayern", "Noni Madueke"]),
        Case("Former Nato chief Jens Stoltenberg joined the government.", ["Jens Stoltenberg"]),
    ],
    "demonyms of sources": [
        Case("According to Western sources, the Houthis fired two missiles.", ["Houthis"]),
        Case("Turkish security sources said the drone was downed.", []),
        Case("According to Chinese analysts, exports will slow.", []),
        Case("Iraqi military sources said the convoy was hit near Mosul.", []),
        Case("The election was rigged, Western observers said.", []),
        Case("According to Japanese experts, the quake was not linked to the volcano.", []),
    ],
}

# Names in the same positions that do act, or are states and people: each must stay.
ACTORS: dict[str, list[Case]] = {
    "places that act": [
        Case("Kherson's governor said two people were killed.", ["Kherson"]),
        Case("Brussels warned Budapest over the veto.", ["Brussels", "Budapest"]),
        Case("Gazprom cut supplies to Moldova on Sunday.", ["Gazprom", "Moldova"]),
        Case("The Belgorod region governor said a drone hit a school.", ["Belgorod"]),
        Case("The Elysee palace said the visit was postponed.", ["Elysee"]),
        Case("Kyiv city officials said the metro would stay open.", ["Ukraine"]),
        Case("Washington warned Tehran against retaliation.", ["United States", "Tehran"]),
    ],
    "objects that are people, states or bodies": [
        Case("Marines captured Manuel Noriega in 1990.", ["Manuel Noriega"]),
        Case("Russian forces shelled Ukraine's east overnight.", ["Russia", "Ukraine"]),
        Case("Israel struck Hezbollah positions on Friday.", ["Israel", "Hezbollah"]),
        Case("Swift endorsed Harris on Tuesday.", ["Harris"]),
        Case(
            "Police captured Guzman in a seaside hotel.",
            ["Joaquin Guzman"],
            ("Joaquin Guzman escaped from prison in 2015.",),
        ),
        Case("Regulators fined Meta 1.2 billion euros.", ["Meta"]),
        Case("Police captured Hernandez after a two-day chase.", ["Hernandez"]),  # a lone surname
        Case("Real Madrid stormed past Barcelona in the final.", ["Real Madrid", "Barcelona"]),
        Case("Zelensky said the city would hold.", ["Zelensky"]),
    ],
    "people and bodies after former": [
        Case("Former President Obama campaigned for Harris in Detroit.", ["Obama", "Harris"]),
        Case("Former Prime Minister Boris Johnson said the deal was dead.", ["Boris Johnson"]),
        Case("Former President Trump's lawyers asked for a delay.", ["Trump"]),
        Case("Former Soviet Union states met in Astana on Friday.", ["Soviet Union"]),
        Case("Former Chancellor Angela Merkel's memoir was published on Tuesday.", ["Angela Merkel"]),
    ],
    "demonyms that act": [
        Case("Western governments froze the bank's assets.", ["the West"]),
        Case("Israeli officials said the talks had stalled.", ["Israel"]),
        Case("North Korean state media said the launch succeeded.", ["North Korea"]),
        Case("Russian forces said they had taken two villages.", ["Russia"]),
        Case("Chinese exporters said orders had fallen.", ["China"]),
        Case("Hamas sources said the talks had stalled.", ["Hamas"]),
        Case("Kremlin sources said Putin would not attend.", ["Russia", "Vladimir Putin"]),
    ],
}


def main(verbose: bool) -> None:
    total = good_total = 0
    for column, groups in (("no actors", NOT_ACTORS), ("actors kept", ACTORS)):
        column_total = column_good = 0
        for name, cases in groups.items():
            column_good += counted(f"{column} / {name}", cases, verbose)
            column_total += len(cases)
        print(f"{column}: {column_good}/{column_total} right")
        total, good_total = total + column_total, good_total + column_good
    print(f"all: {good_total}/{total} right")


if __name__ == "__main__":
    main("-v" in sys.argv)
