"""A probe of the actors a reader would name, on sentences of politics, courts, business, science,
sports and disasters (none from the seeds): an office or title before a name in its many forms
("Federal Reserve Chair Jerome Powell", "Apple CEO Tim Cook", "Lt. Gen. ..."), the surname alone after
the full name in the same article, names that open a sentence ("Modi and Putin ...", "Scholz, Macron
and Meloni ..."), possessives, and words that open a sentence by position and must name no one.

Each case: a sentence, the actors a reader names in it (`event_actors`, read as the pipeline reads
them, with the people of the whole article), and the article's other sentences. Run:
`PYTHONPATH=<tree> python scripts/probe_actors_titles.py [-v]`; it prints how many come out right per
group, and with -v the wrong ones.
"""

from __future__ import annotations

import sys

# the probes' shared case and judging of actors, beside this one (a script's own folder is on the path)
from _probe_actors import Case, actors_of

POWELL = "Federal Reserve Chair Jerome Powell said rates would stay on hold until inflation eased."
COOK = "Apple CEO Tim Cook unveiled the company's first folding phone on Tuesday."
SCHUMER = "Sen. Chuck Schumer said the bill would reach the floor next week."
MERCHAN = "Judge Juan Merchan delayed the sentencing until after the election."
BLINKEN = "U.S. Secretary of State Antony Blinken arrived in Cairo on Monday."
MARESCA = "Chelsea coach Enzo Maresca said his players were exhausted after the trip."
HUANG = "Nvidia Chief Executive Jensen Huang told analysts that demand was insane."
KURILLA = "Lt. Gen. Michael Kurilla toured the base on Thursday."
WELBY = "Archbishop of Canterbury Justin Welby resigned on Tuesday over the abuse report."
HAALAND = "Striker Erling Haaland scored twice as City beat Fulham."
NEWSOM = "California Governor Gavin Newsom declared a state of emergency on Sunday."
SOTOMAYOR = "Justice Sonia Sotomayor wrote a sharp dissent."
JOHNSON = "House Speaker Mike Johnson scheduled the vote for Friday."
KELLNER = "Boeing Chairman Larry Kellner will not stand for re-election, the company said."

GROUPS: dict[str, list[Case]] = {
    "titles": [
        Case(POWELL, ["Jerome Powell"]),
        Case(COOK, ["Tim Cook"]),
        Case(SCHUMER, ["Chuck Schumer"]),
        Case(MERCHAN, ["Juan Merchan"]),
        Case(BLINKEN, ["United States", "Antony Blinken"]),
        Case(MARESCA, ["Chelsea", "Enzo Maresca"]),
        Case(HUANG, ["Jensen Huang"]),
        Case(KURILLA, ["Michael Kurilla"]),
        Case(HAALAND, ["Erling Haaland", "City", "Fulham"]),
        Case(NEWSOM, ["Gavin Newsom"]),
        Case(SOTOMAYOR, ["Sonia Sotomayor"]),
        Case(JOHNSON, ["Mike Johnson"]),
        Case(KELLNER, ["Larry Kellner"]),
        Case("Rep. Alexandria Ocasio-Cortez voted against the measure.", ["Alexandria Ocasio-Cortez"]),
        Case("Pope Francis called for a ceasefire on Sunday.", ["Pope Francis"]),
        Case("Prince William visited the flooded villages.", ["Prince William"]),
        Case("Kremlin spokesperson Dmitry Peskov said the talks had stalled.", ["Russia", "Dmitry Peskov"]),
        Case("Tesla Chief Executive Elon Musk said the robotaxi would launch in June.", ["Elon Musk"]),
        Case("Defense Secretary Lloyd Austin ordered a second carrier to the region.", ["Lloyd Austin"]),
        Case("Attorney General Merrick Garland appointed a special counsel.", ["Merrick Garland"]),
        Case("Senate Majority Leader Chuck Schumer blocked the motion.", ["Chuck Schumer"]),
        Case("Gen. Mark Milley said the war could not be won militarily.", ["Mark Milley"]),
        Case("Chancellor Rachel Reeves raised taxes by 40 billion pounds.", ["Rachel Reeves"]),
        Case("Commerce Secretary Gina Raimondo tightened chip export rules.", ["Gina Raimondo"]),
        Case("OpenAI Chief Executive Sam Altman returned to the company.", ["Sam Altman"]),
        Case(
            "UN Secretary-General Antonio Guterres condemned the attack.",
            ["United Nations", "Antonio Guterres"],
        ),
        Case("Chief Justice John Roberts wrote for the majority.", ["John Roberts"]),
        Case("Dr. Anthony Fauci testified before the committee.", ["Anthony Fauci"]),
        Case("Hamas leader Yahya Sinwar was killed in Rafah.", ["Hamas", "Yahya Sinwar"]),
        Case("Deputy Prime Minister Chrystia Freeland resigned on Monday.", ["Chrystia Freeland"]),
        Case("Vice President Kamala Harris conceded the election.", ["Kamala Harris"]),
        Case("Mayor Eric Adams was indicted on corruption charges.", ["Eric Adams"]),
        Case("Microsoft Chairman and CEO Satya Nadella opened the conference.", ["Satya Nadella"]),
        Case("The ruling was welcomed by Senator Elizabeth Warren.", ["Elizabeth Warren"]),
        Case("Police Commissioner Jessica Tisch announced the arrest.", ["Jessica Tisch"]),
        Case("Arsenal striker Gabriel Jesus was ruled out for the season.", ["Arsenal", "Gabriel Jesus"]),
        Case("Real Madrid Coach Carlo Ancelotti praised the defence.", ["Carlo Ancelotti"]),
        Case("Goldman Sachs CEO David Solomon warned of a slowdown.", ["David Solomon"]),
        Case("NASA Administrator Bill Nelson delayed the moon landing.", ["Bill Nelson"]),
        Case(
            "WHO Director-General Tedros Adhanom Ghebreyesus declared an emergency.",
            ["Tedros Adhanom Ghebreyesus"],
        ),
        Case("Lieutenant General Oleksandr Pavlyuk took command.", ["Oleksandr Pavlyuk"]),
        Case("Spokesperson Matthew Miller declined to comment.", ["Matthew Miller"]),
        Case("General Motors Chief Executive Mary Barra said sales rose.", ["Mary Barra"]),
        Case("Chief Executive Officer Jane Fraser said the bank would cut jobs.", ["Jane Fraser"]),
        Case("Speaker of the House Mike Johnson said no.", ["Mike Johnson"]),
        Case("Captain Tom Moore raised millions for the health service.", ["Tom Moore"]),
        Case("The Commissioner of Police Mark Rowley apologised.", ["Mark Rowley"]),
        Case("The Bishop of London Sarah Mullally spoke.", ["Sarah Mullally"]),
        Case("Chancellor of the Exchequer Rachel Reeves raised taxes.", ["Rachel Reeves"]),
        Case(
            "U.S. District Judge Amit Mehta ruled Google was a monopolist.",
            ["United States", "Amit Mehta", "Google"],
        ),
        Case("Lt. Col. Alexander Vindman testified.", ["Alexander Vindman"]),
        Case("Archbishop of Canterbury Justin Welby resigned on Tuesday.", ["Justin Welby"]),
        # a title alone names no one person
        Case("The Prime Minister said the vote would go ahead.", []),
        Case("The Chief Executive said profits fell.", []),
        # not a title: the name of a body or a place goes on as before
        Case("Major League Baseball suspended the pitcher.", ["Major League Baseball"]),
        Case(
            "The Eisenhower Executive Office Building was evacuated.",
            ["Eisenhower Executive Office Building"],
        ),
        Case("The Justice League Foundation said it would appeal.", ["Justice League Foundation"]),
        Case("The Officer Training School closed.", ["Officer Training School"]),
        Case("The Judge Advocate General Corps investigated.", ["Judge Advocate General Corps"]),
        Case("The Foreign Ministry summoned the envoy.", ["Foreign Ministry"]),
        Case("The General Assembly voted on Friday.", ["General Assembly"]),
        Case("The Executive Yuan approved the budget.", ["Executive Yuan"]),
        Case("The Federal Reserve held rates steady on Wednesday.", ["Federal Reserve"]),
        Case("Premier League clubs voted to ban the sponsorship.", ["Premier League"]),
        Case("Prime Video will show the matches.", ["Prime Video"]),
        Case("The Justice Department sued Google.", ["Justice Department", "Google"]),
    ],
    "surname later": [
        Case("Powell said inflation was still too high.", ["Jerome Powell"], (POWELL,)),
        Case("Markets rallied after Powell spoke.", ["Jerome Powell"], (POWELL,)),
        Case("Cook told analysts that sales in China had recovered.", ["Tim Cook", "China"], (COOK,)),
        Case("Schumer called the vote a victory.", ["Chuck Schumer"], (SCHUMER,)),
        Case("Merchan ordered both sides to file by Friday.", ["Juan Merchan"], (MERCHAN,)),
        Case("Blinken met Sisi for two hours.", ["Antony Blinken", "Sisi"], (BLINKEN,)),
        Case("Maresca said the squad needed rest.", ["Enzo Maresca"], (MARESCA,)),
        Case("Huang said supply would double.", ["Jensen Huang"], (HUANG,)),
        Case("Kurilla met Israeli commanders.", ["Michael Kurilla", "Israel"], (KURILLA,)),
        Case("Welby had faced calls to step down.", ["Justin Welby"], (WELBY,)),
        Case("Haaland now has 15 league goals.", ["Erling Haaland"], (HAALAND,)),
        Case("Newsom ordered evacuations in three counties.", ["Gavin Newsom"], (NEWSOM,)),
        Case("Sotomayor warned of the consequences.", ["Sonia Sotomayor"], (SOTOMAYOR,)),
        Case("Johnson said the House would act.", ["Mike Johnson", "House"], (JOHNSON,)),
        Case("Kellner joined the board in 2011.", ["Larry Kellner"], (KELLNER,)),
        Case("Powell's remarks lifted stocks.", ["Jerome Powell"], (POWELL,)),
        Case("The board backed Cook's plan.", ["Tim Cook"], (COOK,)),
    ],
    "opening names": [
        Case("Modi and Putin embraced at the start of the talks.", ["Modi", "Vladimir Putin"]),
        Case("Scholz, Macron and Meloni met in Berlin on Friday.", ["Scholz", "Macron", "Meloni"]),
        Case("Netanyahu and Gallant face arrest warrants.", ["Netanyahu", "Gallant"]),
        Case("Sinwar and Deif planned the attack for months.", ["Sinwar", "Deif"]),
        Case("Erdogan and Aliyev signed the gas deal.", ["Erdogan", "Aliyev"]),
        Case("Djokovic and Alcaraz will meet in the final.", ["Djokovic", "Alcaraz"]),
        Case("Lukashenko and Putin held talks in Minsk.", ["Lukashenko", "Vladimir Putin"]),
        Case("Zelensky and Macron signed a security pact.", ["Zelensky", "Macron"]),
        Case("Sheinbaum and Trudeau spoke by phone.", ["Sheinbaum", "Trudeau"]),
        Case("Xi and Biden agreed to restore military contacts.", ["Xi", "Biden"]),
        Case("Putin and Kim signed a defence pact.", ["Vladimir Putin", "Kim Jong Un"]),
        Case("Netanyahu, Gallant and Halevi approved the operation.", ["Netanyahu", "Gallant", "Halevi"]),
        Case("Pistorius and Lecornu inspected the tanks.", ["Pistorius", "Lecornu"]),
        Case("Gazprom chief Alexei Miller said exports would fall.", ["Gazprom", "Alexei Miller"]),
        Case("Nvidia spokesperson Hector Marinez declined to comment.", ["Nvidia", "Hector Marinez"]),
        Case("Sabalenka and Gauff reached the semi-finals.", ["Sabalenka", "Gauff"]),
    ],
    "possessives": [
        Case("Putin's spokesman said the talks were useful.", ["Vladimir Putin"]),
        Case("Kim Jong Un’s sister warned Seoul against provocations.", ["Kim Jong Un", "South Korea"]),
        Case("Netanyahu's office said the delegation would travel on Monday.", ["Netanyahu"]),
        Case("Scholz’s party lost its majority.", ["Scholz"]),
        # a name that is also a word of English ("macron") opening a sentence is not seen (a known limit)
        Case("Macron’s party lost its majority.", ["Macron"]),
        Case("Erdogan's government raised the minimum wage.", ["Erdogan"]),
        Case("Trudeau's resignation set off a leadership race.", ["Trudeau"]),
        Case("Sheinbaum's party won a supermajority.", ["Sheinbaum"]),
    ],
    "no one": [
        Case("Thousands marched in Paris on Saturday.", []),
        Case("Officials said the toll would rise.", []),
        Case("Friday's vote was delayed by a day.", []),
        Case("Meanwhile, Russia said it had shot down 40 drones.", ["Russia"]),
        Case("Despite the rain, fans packed the stadium.", []),
        Case("Speaking to reporters, Blinken said the deal was close.", ["Blinken"]),
        Case("Asked about the strike, Peskov said he had no information.", ["Peskov"]),
        Case("Separately, Nvidia said revenue doubled.", ["Nvidia"]),
        Case("Residents and Ukrainian officials said the dam had burst.", ["Ukraine"]),
        Case("Floodwaters and mudslides cut off the town.", []),
        Case("Thousands and thousands of people fled.", []),
        Case("Firefighters and rescuers searched the rubble.", []),
        Case("Deportees and Haitians said they had been beaten.", ["Haiti"]),
        Case("Jihadists and Syrian troops clashed near the border.", ["Syria"]),
        Case("Airstrikes and shelling continued overnight.", []),
        Case("Company spokesman John Smith declined to comment.", ["John Smith"]),
        Case("Hospital director Ahmed Baker said 30 bodies had arrived.", ["Ahmed Baker"]),
        Case("Witnesses and Reuters reporters saw the blast.", ["Reuters"]),
        Case("Doctors and UN staff were evacuated.", ["United Nations"]),
        Case("Deportees and Guatemalan officials disputed the account.", ["Guatemala"]),
        Case("Scientists and engineers of CERN confirmed the result.", ["CERN"]),
        Case("Tuesday's ruling by Judge Aileen Cannon was appealed.", ["Aileen Cannon"]),
        Case("Yesterday, Parliament voted against the bill.", []),
        Case("Investors and Analysts were caught off guard.", []),
        Case("Wildfires, floods and droughts are becoming more common.", []),
    ],
}


def main(verbose: bool) -> None:
    right = total = 0
    for group, cases in GROUPS.items():
        group_right = 0
        for case in cases:
            got = actors_of(case)
            group_right += got == case.actors
            if verbose and got != case.actors:
                print(f"  [{group}] {got} (want {case.actors}): {case.sentence!r}")
        print(f"{group}: {group_right}/{len(cases)} right")
        right += group_right
        total += len(cases)
    print(f"all: {right}/{total} right")


if __name__ == "__main__":
    main("-v" in sys.argv)
