"""A probe of who acts in sentences of five genres (politics, courts, business, disasters, sport), where
a place, a title or an affiliation stands beside the actors: a town, a region or a building only where
something happened ("RSF fighters entered Wad Madani", "the city of Derna") is no actor, a capital that
speaks for its government ("Moscow said", "Washington imposed") is one; a rank, an office or an
affiliation before a name ("British Army Colonel Richard Kemp", "Marine Corps Sergeant Ana Ruiz") gives
the person, whom a later "Colonel Kemp" or "Kemp" names too.

Every case is of my own writing, none from seeds/. Run it on any revision
(`PYTHONPATH=<tree> python scripts/probe_actors_genres.py [-v]`) to count the cases it gets right in
each genre and, with -v, the wrong ones; it uses only functions every revision since 4a9e1a5 has.
"""

from __future__ import annotations

import sys

# the probes' shared case and judging of actors, beside this one (a script's own folder is on the path)
from _probe_actors import Case, counted

GENRES: dict[str, list[Case]] = {
    "politics": [
        Case("Moscow said the talks in Istanbul were a waste of time.", ["Russia"]),
        Case("Washington imposed new sanctions on Caracas on Friday.", ["United States", "Caracas"]),
        Case("Beijing summoned the Philippine ambassador over the collision.", ["China", "Philippines"]),
        Case("British Army Colonel Richard Kemp said the strike was lawful.", ["Richard Kemp"]),
        Case(
            "Colonel Kemp added that the drones were launched from Lebanon.",
            ["Richard Kemp", "Lebanon"],
            ("British Army Colonel Richard Kemp said the strike was lawful.",),
        ),
        Case(
            "Kemp said the army had warned residents.",
            ["Richard Kemp"],
            ("British Army Colonel Richard Kemp said the strike was lawful.",),
        ),
        Case("Kremlin spokesman Dmitry Peskov said no meeting was planned.", ["Russia", "Dmitry Peskov"]),
        Case("Defense Minister Kim Yong-hyun offered to resign on Wednesday.", ["Kim Yong-hyun"]),
        Case("U.S. Secretary of State Antony Blinken landed in Riyadh.", ["United States", "Antony Blinken"]),
        Case("Opposition supporters marched into Tbilisi's Freedom Square.", []),
        Case("The delegation drove into Pristina under police escort.", []),
        Case(
            "US Army Lt. Col. Alexander Vindman testified before the committee.",
            ["United States", "Alexander Vindman"],
        ),
        Case("Tehran rejected the proposal within hours.", ["Tehran"]),
        Case("RSF fighters entered Wad Madani on Monday.", ["RSF"]),
        Case("Government troops pulled out of Wad Madani overnight.", []),
        Case("FBI agents searched the senator's home in New Jersey.", ["FBI"]),
    ],
    "courts": [
        Case("Crown Court Judge Sarah Munro jailed the driver for six years.", ["Sarah Munro"]),
        Case("Police Sergeant Dean Holt told the jury he saw the van swerve.", ["Dean Holt"]),
        Case("The jury was taken to the town of Ashby to see the crash site.", []),
        Case("Detectives entered the Oakridge warehouse at dawn.", []),
        Case("Defence barrister Helen Cho said the evidence was thin.", ["Helen Cho"]),
        Case("Marine Corps Sergeant Ana Ruiz was acquitted of assault.", ["Ana Ruiz"]),
        Case(
            "Sergeant Ruiz left the court without comment.",
            ["Ana Ruiz"],
            ("Marine Corps Sergeant Ana Ruiz was acquitted of assault.",),
        ),
        Case("The prosecutor said the money was moved into Cyprus accounts.", []),
        Case("Bailiffs entered the Grosvenor Road property on Monday.", []),
        Case("Prosecutors in Milan charged the banker with fraud.", []),
    ],
    "business": [
        Case("Nvidia Chief Executive Jensen Huang unveiled the chip in Taipei.", ["Jensen Huang"]),
        Case("Tesla moved into a new factory outside Berlin.", ["Tesla"]),
        Case("The retailer expanded into Poland last year.", ["Poland"]),
        Case("Shell pulled out of the Sakhalin project in 2022.", ["Shell"]),
        Case("Volkswagen Group Chairman Hans Dieter Poetsch defended the plan.", ["Hans Dieter Poetsch"]),
        Case("Airbus delivered its first jet from the city of Tianjin.", ["Airbus"]),
        Case("Regulators opened an investigation into Boeing on Tuesday.", ["Boeing"]),
        Case("Investors poured money into Arm after the listing.", ["Arm"]),
        Case("The trucks rolled into Rotterdam port before dawn.", []),
        Case("Goldman Sachs Managing Director Lisa Park left the bank.", ["Lisa Park"]),
    ],
    "disasters": [
        Case("Floodwaters poured into Derna after two dams burst.", []),
        Case("Rescue teams entered Antakya on Tuesday morning.", []),
        Case("The storm moved into Louisiana overnight.", []),
        Case("Aid convoys reached the city of Kahramanmaras late on Monday.", []),
        Case("The fire spread towards Lahaina before the winds dropped.", []),
        Case("Residents fled from Paradise as the fire closed in.", []),
        Case("Coast Guard Captain Mark Ellis said the search would continue.", ["Mark Ellis"]),
        Case("Fire Chief Kristin Crowley said crews had contained the blaze.", ["Kristin Crowley"]),
        Case("The lava flowed into the town of Grindavik.", []),
        Case("Troops were sent into Valencia to clear the mud.", []),
    ],
    "sport": [
        Case("Real Madrid beat Dortmund at Wembley to win the final.", ["Real Madrid", "Dortmund"]),
        Case("The team bus pulled into Anfield two hours before kick-off.", []),
        Case("Liverpool manager Arne Slot said the title race was open.", ["Liverpool", "Arne Slot"]),
        Case("The peloton rode into Nice for the final time trial.", []),
        Case("England captain Harry Kane scored twice against Serbia.", ["England", "Harry Kane", "Serbia"]),
        Case("The marathon runners swept into Central Park at noon.", []),
        Case("Celtic moved into the last 16 after beating Feyenoord.", ["Celtic", "Feyenoord"]),
        Case("The Springboks flew into Paris on Sunday.", ["Springboks"]),
    ],
}


def main(verbose: bool) -> None:
    total = good_total = 0
    for genre, cases in GENRES.items():
        good_total += counted(genre, cases, verbose)
        total += len(cases)
    print(f"all: {good_total}/{total} right")


if __name__ == "__main__":
    main("-v" in sys.argv)
