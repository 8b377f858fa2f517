"""A probe of the analysis filter (`timeline.cleaning`): which sentences the model is not shown because
they interpret, judge or generalise instead of reporting an event. None is from the seeds.

EVENTS are sentences that report something someone did, said, decided, plans or forecasts; hiding one
loses an event. Among them are the hard ones: statements and quotes that use the words of analysis
("“This is a turning point,” Scholz said"), an argument attributed to a group ("Critics argue that
...": a statement, kept, since the sentence may go on to name or date it), conditionals and hedges with
a source, present progressives, sentences opening with "This", "That", "There" or "What" that report.
ANALYSIS are sentences that only interpret, judge or generalise, in the shapes of commentary.

Run: `PYTHONPATH=<tree> python scripts/probe_analysis.py [-v]`; it prints how many sentences of each
list are hidden, and with -v the analysis let through and the events hidden. Only `clean` is used, so
any revision can be measured.
"""

from __future__ import annotations

import sys

from timeline.cleaning import clean

EVENTS = [
    # --- plain reports, many domains ---
    "The central bank raised its key rate by half a point to 5.25% on Thursday.",
    "Kenya's Supreme Court upheld the result of the presidential election on Monday.",
    "A 6.8-magnitude earthquake struck off the coast of Hokkaido early on Tuesday, the Japan "
    "Meteorological Agency said.",
    "Rescuers pulled 14 survivors from the rubble of a collapsed apartment block in Adana.",
    "Shares of Boeing fell 7% in premarket trading after the company cut its delivery forecast.",
    "The Senate voted 52-48 to confirm the nominee as attorney general.",
    "Prosecutors charged the former mayor with bribery and money laundering.",
    "Regulators have opened an investigation into the crash.",
    "NASA postponed the launch of the Artemis II mission to September 2026.",
    "Researchers reported in Nature that the drug cut tumour growth by half in mice.",
    "The study, published on Wednesday in The Lancet, found that the vaccine was 90% effective.",
    "Hurricane Milton made landfall near Siesta Key as a Category 3 storm on Wednesday night.",
    "The judge sentenced him to 12 years in prison.",
    "A court in Istanbul ordered the arrest of the city's mayor.",
    "The blast was heard across the city.",
    "Police used tear gas to disperse protesters outside parliament.",
    "The strike by 30,000 dockworkers shut ports from Maine to Texas.",
    "Turnout was 67%, the highest since 1992.",
    "Tesla recalled 1.8 million cars over a software flaw.",
    "The Federal Reserve left rates unchanged, as expected.",
    "Taiwan detected 34 Chinese military aircraft near the island on Saturday.",
    "Israeli tanks pushed deeper into Rafah.",
    "Sudan's army said it had retaken the presidential palace in Khartoum.",
    "Moscow denied the accusation.",
    "Ukraine's foreign ministry summoned the Hungarian ambassador.",
    "Voting ends at 8 p.m. local time, and results are expected on Monday.",
    "The deal values the company at $12 billion, a 30% premium to Friday's close.",
    "The acquisition represents a 25% premium over the average share price of the past month.",
    "The merger is subject to approval by regulators in Brussels.",
    "Much of the city remains without water after the pipeline burst.",
    "Everything in the warehouse was destroyed by the fire.",
    "The outcome hinges on a recount in three districts, which begins on Monday.",
    # --- present progressives and states ---
    "3,000 soldiers are training in Russia's Far East, South Korea's spy agency said.",
    "About 3,000 soldiers are training at bases in eastern Russia.",
    "Thousands of farmers are blocking roads into Paris with tractors.",
    "Voters in Moldova are casting ballots in a referendum on joining the European Union.",
    "Firefighters are battling three wildfires north of Athens.",
    "More than 1.2 million people are without power in Florida.",
    "Floodwaters are rising in the Po valley as rain continues.",
    "The volcano has been erupting since Sunday.",
    "Talks between the two sides are continuing in Doha.",
    "Negotiators are meeting again on Thursday in Geneva.",
    "The jury is deliberating after a six-week trial.",
    # --- plans and forecasts with a source ---
    "The company plans to cut 4,000 jobs by the end of next year.",
    "The IMF expects the economy to grow 2.1% next year.",
    "The ministry forecast a budget deficit of 4.4% of GDP for 2025.",
    "Economists polled by Reuters expect the bank to hold rates at its March meeting.",
    "The deal is expected to close in the first quarter of 2025.",
    "The ECB is widely expected to cut rates again in December.",
    "Inflation is likely to stay above target until 2026, the Bank of England said.",
    "The government is likely to announce the measures next week, two officials said.",
    "Apple will open its first store in Saudi Arabia in 2026.",
    # --- statements and quotes, some in the words of analysis ---
    "“We will not accept this verdict,” the party's leader told reporters outside the court.",
    "“The dam could fail within hours,” the regional governor warned on Sunday.",
    "“We are ready to talk,” Iran's foreign minister said on Monday.",
    "“This is a turning point for European defence,” German Chancellor Olaf Scholz said.",
    "“There is growing concern about the situation in Rafah,” the spokesman said.",
    "“It remains to be seen whether the ceasefire will hold,” the minister told reporters in Cairo.",
    "This underscores the need for a ceasefire, U.N. Secretary-General Antonio Guterres said.",
    "The move signals that Beijing is ready to resume talks, a Chinese foreign ministry spokesman said.",
    "Analysts at Goldman Sachs said the decision underscores the bank's concern about inflation.",
    "The company said the deal reflects its confidence in the Asian market.",
    "It highlights the bank's exposure to commercial property, according to Moody's.",
    "Opposition leader Rahul Gandhi called the budget “a betrayal of the middle class”.",
    "The president described the attack as “a turning point” in the war.",
    "Hamas said the strike was a violation of the ceasefire.",
    "The prime minister called the vote a victory for democracy.",
    "Observers from the OSCE said the vote was marred by intimidation.",
    "There is concern in Tokyo about the yen's fall, Finance Minister Shunichi Suzuki told parliament.",
    "This is the third time the volcano has erupted since December, officials said.",
    "This has led to shortages of bread in several regions, the World Food Programme said.",
    "The ruling is a blow to the government, the opposition leader told reporters.",
    "It is no coincidence that the attacks came a day after the summit, the army's spokesman said.",
    # --- arguments attributed to a group: statements, kept ---
    "Critics argue that the law gives police sweeping powers.",
    "Critics argue the reform will push up rents in the capital.",
    "Analysts say the merger would create the world's largest copper producer.",
    "Some economists warn that the tariffs will raise prices for consumers.",
    "Rights groups say the crackdown has intensified since the election.",
    # --- conditionals and hedges with a source ---
    "If the talks fail, the union will strike on Monday, its general secretary said.",
    "If no candidate wins a majority, a runoff will be held on Nov. 3, the electoral commission said.",
    "Should the ceasefire hold, aid convoys will enter the city on Friday, a U.N. spokesman said.",
    "Unless Congress acts by Friday, the government will shut down, the White House warned.",
    "It is likely that the Fed will cut rates in September, the bank's chief economist told Reuters.",
    "Whether the plant reopens will be decided by the board on Thursday, the company said.",
    "It is possible to apply for the grant until March 31, the ministry said.",
    "Unfortunately, the rescue helicopter could not land because of fog, the coast guard said.",
    "Perhaps 10,000 people marched through the capital on Saturday.",
    "Perhaps as many as 200 people were killed in the landslide, local officials estimated.",
    # --- opening with "This", "That", "These", "It", "There", "What", "Such", "At the same time" ---
    "This week, the government announced a new housing plan.",
    "This year's harvest fell 12% because of drought.",
    "That decision was overturned by an appeals court in March.",
    "These measures take effect on Jan. 1.",
    "This prompted the airline to cancel 200 flights on Friday.",
    "This led to the evacuation of 5,000 residents.",
    "That forced the closure of the border crossing for six hours.",
    "These include a ban on exports of advanced chips to China.",
    "This was confirmed by the country's health ministry on Friday.",
    "It signed a 10-year gas supply deal with Qatar in February.",
    "It was the first visit by a Chinese leader to Europe in five years.",
    "There were no reports of casualties.",
    "There was no immediate comment from the Kremlin.",
    "There are about 28,500 U.S. troops stationed in South Korea.",
    "There has been a sharp rise in attacks on aid workers this year.",
    "There were fears of a stampede as crowds surged toward the gates on Sunday.",
    "What began as a protest over fuel prices turned into nationwide riots.",
    "What happened next was captured on video by a bystander.",
    "What is known is that the gunman fired at least 30 rounds.",
    "Such attacks have killed more than 200 civilians since January.",
    "Such a step requires a unanimous vote of the 27 member states.",
    "At the same time, the company said it would hire 2,000 engineers in India.",
    "At the same time, Israel expanded its ground operation in Gaza City.",
    # --- a happening as subject of a verb that reports, not interprets ---
    "The move follows a decision by Saudi Arabia to cut output by 1 million barrels a day.",
    "The move comes a week after the regulator fined the bank $2 billion.",
    "The decision was welcomed by the opposition, which called it long overdue.",
    "The decision sparked protests in several cities on Sunday.",
    "The ruling clears the way for the extradition of the WikiLeaks founder.",
    "The vote marks the first time since 1994 that the party has lost its majority.",
    "The strike was the deadliest on the city since the war began.",
    "The growing ties between Moscow and Pyongyang prompted Seoul to summon the Russian ambassador.",
    "The deployment has raised concerns in Seoul, where officials convened an emergency meeting.",
    "The EU has raised concerns with Beijing over its support for Moscow.",
    "Japan raised concerns about the launch at a meeting with Chinese officials on Tuesday.",
    "The report highlights 37 cases of torture in detention centres.",
    "The video shows soldiers firing at a car.",
    "The data shows inflation fell to 2.4% in September.",
    "Polls show the ruling party trailing by eight points.",
    "The results show Labour winning 412 of the 650 seats.",
    "The attack killed at least 12 people and wounded 40.",
    "The agreement takes effect on July 1.",
    "The deal would take effect in July, officials said.",
    "The talks are due to resume in Vienna next week.",
    "The result means the country will hold a runoff on Dec. 8.",
]

ANALYSIS = [
    # --- a happening or a demonstrative as subject of a verb of meaning ---
    "This underscores a troubling new dimension of the conflict in eastern Congo.",
    "The move highlights the growing rivalry between Washington and Beijing over critical minerals.",
    "This signals a shift in Beijing's approach to its neighbours.",
    "The decision underscores how fragile the coalition has become.",
    "The episode illustrates the limits of American influence in the region.",
    "That suggests the central bank is more worried about growth than inflation.",
    "This shows how deeply the pandemic reshaped office work.",
    "These figures point to a slowdown that few in government want to acknowledge.",
    "The agreement marks a turning point in relations between the two countries.",
    "The result represents a watershed for the country's politics.",
    "The outbreak exposes the weaknesses of the rural health system.",
    "This speaks to a broader crisis of trust in institutions.",
    "This raises questions about the independence of the judiciary.",
    "The deal raises the prospect of a wider regional realignment.",
    "The strike sends a clear message to Tehran.",
    "The vote amounts to a rebuke of the prime minister's leadership.",
    "The appointment casts doubt on the government's commitment to reform.",
    "The incident calls into question the safety of the ageing fleet.",
    "This bodes ill for the talks.",
    "The latest escalation underlines the risks of a wider war.",
    "The crisis reveals how dependent the region has become on imported grain.",
    "That demonstrates the limits of the government's strategy.",
    "The growing ties have raised concerns among analysts in Tokyo.",
    "The merger has sparked speculation among analysts about further deals.",
    # --- evaluative copula: a demonstrative or a happening is a blow, a sign, a turning point ---
    "Such a step would be a turning point for the alliance.",
    "At the same time, this is a good opportunity for Brussels to reset relations with Ankara.",
    "The ruling is a blow to the government's flagship migration policy.",
    "The result is a setback for the far right ahead of next year's presidential election.",
    "This is a reminder that climate risks are now financial risks.",
    "It is a sign of how much the party has changed under its new leader.",
    "Such a move would be a major escalation.",
    "It would be a mistake to read too much into one poll.",
    "This was a calculated gamble by the president.",
    "That is a remarkable turnaround for a company that nearly collapsed in 2020.",
    "These are worrying signs for an economy that depends on exports.",
    "The episode is a cautionary tale for other tech founders.",
    "The outcome was a foregone conclusion.",
    "The vote is a test of the chancellor's authority.",
    "The sanctions are a wake-up call for European banks.",
    "It was a humiliating setback for the ruling party.",
    "The visit is a diplomatic snub to Washington.",
    "The deal is a win for both sides.",
    # --- existential: there is debate, concern, speculation ---
    "There is debate over whether the sanctions have hurt the regime at all.",
    "There is growing concern that the war could spill over into Lebanon.",
    "There is little doubt that the economy is slowing.",
    "There is speculation that the president could call an early election.",
    "There are questions about how the plan would be paid for.",
    "There is no consensus on how to regulate artificial intelligence.",
    "There remains deep uncertainty over the future of the deal.",
    "There has been much debate about the role of private equity in health care.",
    "There is considerable scepticism about the plan in Berlin.",
    "There is widespread disagreement among economists about the causes of the slump.",
    # --- open outcomes and the writer's certainty ---
    "It remains to be seen whether the truce will survive the winter.",
    "What is clear is that the old order in the Gulf is changing.",
    "It is too early to say whether the reforms will work.",
    "It is unclear how the new government will fund its promises.",
    "It is not clear whether the sanctions will change Tehran's calculations.",
    "Only time will tell whether the gamble pays off.",
    "Time will tell whether the merger creates the value investors were promised.",
    "Much depends on whether China is willing to lean on Pyongyang.",
    "Everything hinges on the next round of talks.",
    "A lot rides on the outcome of the by-election.",
    "The question now is whether the opposition can stay united.",
    "The big question is what Washington will do next.",
    "The risk is that the conflict drags in neighbouring states.",
    "The irony is that the law may strengthen the very groups it targets.",
    "The lesson for Europe is that energy security cannot be outsourced.",
    "The danger is that the ceasefire becomes a frozen conflict.",
    "One thing is certain: the balance of power in the region has shifted.",
    "What is striking is how quickly the consensus collapsed.",
    "What is certain is that the cost of borrowing will stay high.",
    "What remains unclear is how the money will be distributed.",
    "It is no coincidence that the attacks have intensified since the summit.",
    "It is no surprise that markets reacted nervously.",
    "It is hard to overstate the significance of the verdict.",
    "It is difficult to predict how voters will respond.",
    "It is impossible to know how many fighters remain in the tunnels.",
    # --- the writer's stance words and summaries ---
    "In other words, the bank has run out of room to manoeuvre.",
    "Arguably, the biggest loser is the European consumer.",
    "Undoubtedly, the pressure on the chancellor will grow.",
    "Needless to say, investors were not impressed.",
    "To be sure, the coalition has survived worse crises.",
    "Put simply, the country cannot afford another lockdown.",
    "Either way, the central bank faces a difficult choice.",
    "Whatever the outcome, the vote has already changed the country's politics.",
    # --- forecasts and consequences with no source ---
    "The move could further complicate efforts to reach a ceasefire.",
    "This could prove costly for the ruling party.",
    "That would mark a dramatic break with decades of neutrality.",
    "Such measures are unlikely to satisfy the protesters.",
    "This is likely to anger Beijing.",
    "The decision is likely to deepen divisions within the party.",
    "A prolonged shutdown would hurt the most vulnerable families.",
    "Victory in the north would give the army a strong hand in any negotiations.",
    # --- generalisations ---
    "History suggests that such ceasefires rarely last.",
    "Experience shows that sanctions take years to bite.",
    "Such alliances rarely survive a change of government.",
    "Markets tend to overreact to such news.",
    "Victory is converted into political dividends at home.",
    "The war has exposed the fragility of global supply chains.",
    "The scandal has become a symbol of the party's decline.",
    "Security in the region has never been more fragile.",
    "Europe's dependence on Chinese batteries is a strategic vulnerability.",
    "Power in the capital is increasingly concentrated in one man's hands.",
    "The rivalry is reshaping the global semiconductor industry.",
    "For many voters, the election is a referendum on the economy.",
    "For the Kremlin, the partnership is a way to show it is not isolated.",
    "In many ways, the crisis was years in the making.",
    # --- questions, conditionals and hedges (the shapes filtered before this probe) ---
    "Can the coalition survive another winter?",
    "Who will pay for the reconstruction of Mariupol?",
    "If the ceasefire collapses, the humanitarian cost will be enormous.",
    "Should the talks fail, the consequences for the region would be grave.",
    "Perhaps the greatest risk lies in the currency markets.",
    "It is likely that the junta will try to delay the vote again.",
    "After all, the company has survived two recessions.",
    "Unfortunately, the lessons of the last crisis have not been learned.",
    # --- judgements of significance ---
    "The stakes could hardly be higher.",
    "The implications for global trade are profound.",
    "The symbolism was hard to miss.",
    "The message to Moscow was unmistakable.",
    "The timing of the announcement is significant.",
    "The contrast with last year's summit could not be sharper.",
    "This matters because the port handles a third of the country's grain exports.",
    "The ceasefire is fragile at best.",
    "That is easier said than done.",
]


def hidden(sentence: str) -> bool:
    """Whether the model is not shown the sentence (any part of it) as analysis."""
    return bool(clean(sentence).analysis)


def main(verbose: bool) -> None:
    caught = [sentence for sentence in ANALYSIS if hidden(sentence)]
    lost = [sentence for sentence in EVENTS if hidden(sentence)]
    print(f"analysis hidden: {len(caught)}/{len(ANALYSIS)}")
    print(f"events hidden: {len(lost)}/{len(EVENTS)}")
    print(f"all: {len(caught) + len(EVENTS) - len(lost)}/{len(ANALYSIS) + len(EVENTS)} right")
    if verbose:
        for sentence in ANALYSIS:
            if sentence not in caught:
                print(f"  [analysis shown] {sentence}")
        for sentence in lost:
            print(f"  [event hidden] {sentence}")


if __name__ == "__main__":
    main("-v" in sys.argv)
