"""A probe of sentence splitting (`sentences.split_sentences`) on news copy of many shapes, none from the
seeds: wire stories, courts, markets, science, sports, disasters, press releases, lists, wrapped text,
other scripts.

Each case is a text, the sentences a reader finds in it (whitespace inside a sentence as in the
text), and the date expressions it holds. For every case it checks that the split is the expected
one; that every span is exact (`text[start:end]` is the sentence, trimmed) and nothing but
whitespace or invisible marks falls between spans; that each expected sentence, quoted by its first
words as the model quotes (`q`), is found by grounding's verbatim match at its own offsets; and that
each date lies in its expected sentence, not a neighbour's or a sentence joined to one. Run it on
any revision (`PYTHONPATH=<tree> python scripts/probe_sentences.py [-v]`): it prints the four
counts; with -v each
case split otherwise, expected then found.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

from timeline.cleaning import visible_text
from timeline.sentences import Sentence, split_sentences
from timeline.words import normalised, verbatim_matches

QUOTE_WORDS = 8  # the model's `q` is the first words of the sentence
MIN_QUOTE = 8  # the fewest characters `words.verbatim_matches` takes for a quote


class Case(NamedTuple):
    text: str
    sentences: tuple[str, ...]
    dates: tuple[str, ...] = ()  # date expressions that must each lie in one sentence


def case(text: str, *sentences: str, dates: tuple[str, ...] = ()) -> Case:
    return Case(text, sentences, dates)


CASES = [
    # --- abbreviations mid-sentence ---
    case(
        "Lt. Col. Ana Ruiz and Maj. Gen. Tom Park briefed Gov. Newsom and Rep. Ocasio-Cortez on Friday.",
        "Lt. Col. Ana Ruiz and Maj. Gen. Tom Park briefed Gov. Newsom and Rep. Ocasio-Cortez on Friday.",
    ),
    case(
        "Sen. Elizabeth Warren voted against the bill. Dr. Anthony Fauci and Prof. Jane Lee testified.",
        "Sen. Elizabeth Warren voted against the bill.",
        "Dr. Anthony Fauci and Prof. Jane Lee testified.",
    ),
    case(
        "The flood reached St. Louis on Jan. 12. Mt. Rainier was closed from Feb. 3.",
        "The flood reached St. Louis on Jan. 12.",
        "Mt. Rainier was closed from Feb. 3.",
        dates=("Jan. 12", "Feb. 3"),
    ),
    case(
        "The attacks of Sept. 11, 2001, changed the agency. Its budget doubled.",
        "The attacks of Sept. 11, 2001, changed the agency.",
        "Its budget doubled.",
        dates=("Sept. 11, 2001",),
    ),
    case(
        "Acme Corp. and Globex Ltd. agreed to merge, and Initech Co. said it would bid. Shares rose.",
        "Acme Corp. and Globex Ltd. agreed to merge, and Initech Co. said it would bid.",
        "Shares rose.",
    ),
    case(
        "A spokesman for No. 10 declined to comment. The No. 2 seed withdrew.",
        "A spokesman for No. 10 declined to comment.",
        "The No. 2 seed withdrew.",
    ),
    case(
        "Real Madrid vs. Barcelona drew 90,000 fans. Tickets sold out.",
        "Real Madrid vs. Barcelona drew 90,000 fans.",
        "Tickets sold out.",
    ),
    case(
        "Some states, e.g. Texas, sued, i.e. they went to court. Others waited.",
        "Some states, e.g. Texas, sued, i.e. they went to court.",
        "Others waited.",
    ),
    case(
        "The quake killed approx. 300 people. Rescuers searched the rubble.",
        "The quake killed approx. 300 people.",
        "Rescuers searched the rubble.",
    ),
    case(
        "The U.S. State Department and the U.K. Foreign Office issued warnings. The U.N. said nothing.",
        "The U.S. State Department and the U.K. Foreign Office issued warnings.",
        "The U.N. said nothing.",
    ),
    case(
        "The U.S.-led coalition struck on Tuesday. Iraq protested.",
        "The U.S.-led coalition struck on Tuesday.",
        "Iraq protested.",
        dates=("Tuesday",),
    ),
    case(
        "Warner Bros. Discovery said on Thursday it would split in two. Its shares jumped.",
        "Warner Bros. Discovery said on Thursday it would split in two.",
        "Its shares jumped.",
        dates=("Thursday",),
    ),
    case(
        "Sens. Chuck Schumer and John Thune met on Monday. Reps. Jim Jordan and Jamie Raskin did not.",
        "Sens. Chuck Schumer and John Thune met on Monday.",
        "Reps. Jim Jordan and Jamie Raskin did not.",
    ),
    # --- an abbreviation that ends a sentence ---
    case(
        "The new sanctions were announced by the U.S. The move angered Moscow.",
        "The new sanctions were announced by the U.S.",
        "The move angered Moscow.",
    ),
    case(
        "She was born in the U.K. In 2010 she moved to Paris.",
        "She was born in the U.K.",
        "In 2010 she moved to Paris.",
        dates=("2010",),
    ),
    case(
        "Polls closed at 8 p.m. The count began at once.",
        "Polls closed at 8 p.m.",
        "The count began at once.",
    ),
    case(
        "The minister spoke to reporters at 9 a.m. On Tuesday, he flew to Paris.",
        "The minister spoke to reporters at 9 a.m.",
        "On Tuesday, he flew to Paris.",
        dates=("Tuesday",),
    ),
    case(
        "The deal was struck with Alphabet Inc. The company declined to comment.",
        "The deal was struck with Alphabet Inc.",
        "The company declined to comment.",
    ),
    case(
        "Storms flattened homes near Tampa, Fla. Thousands lost power on Monday.",
        "Storms flattened homes near Tampa, Fla.",
        "Thousands lost power on Monday.",
        dates=("Monday",),
    ),
    case(
        "Hurricane Helene made landfall near Perry, Fla. It weakened overnight.",
        "Hurricane Helene made landfall near Perry, Fla.",
        "It weakened overnight.",
    ),
    case(
        "The bill covers food, fuel, rent etc. But it leaves out child care.",
        "The bill covers food, fuel, rent etc.",
        "But it leaves out child care.",
    ),
    case(
        "The ceasefire took effect at 8 a.m.\nThe count of violations began at once, monitors said.",
        "The ceasefire took effect at 8 a.m.",
        "The count of violations began at once, monitors said.",
    ),
    case(
        "Officials in Moscow did not comment on the plan announced by the U.S.\n"
        "The Kremlin said later that it would respond.",
        "Officials in Moscow did not comment on the plan announced by the U.S.",
        "The Kremlin said later that it would respond.",
    ),
    # --- times ---
    case(
        "The vote closed at 5 p.m. Monday. Results came hours later.",
        "The vote closed at 5 p.m. Monday.",
        "Results came hours later.",
        dates=("Monday",),
    ),
    case(
        "The meeting starts at 10 a.m. ET on Wednesday, officials said. It is open.",
        "The meeting starts at 10 a.m. ET on Wednesday, officials said.",
        "It is open.",
        dates=("Wednesday",),
    ),
    case(
        "He landed at 11 p.m. local time Saturday. Talks began Sunday.",
        "He landed at 11 p.m. local time Saturday.",
        "Talks began Sunday.",
        dates=("Saturday", "Sunday"),
    ),
    case(
        "The 7.8-magnitude quake struck at 4.17am. Thousands fled.",
        "The 7.8-magnitude quake struck at 4.17am.",
        "Thousands fled.",
    ),
    # --- initials ---
    case(
        "J.K. Rowling and George W. Bush attended. W.E.B. Du Bois was cited.",
        "J.K. Rowling and George W. Bush attended.",
        "W.E.B. Du Bois was cited.",
    ),
    case(
        "Former President Donald J. Trump spoke first. J. D. Vance followed.",
        "Former President Donald J. Trump spoke first.",
        "J. D. Vance followed.",
    ),
    case(
        "The trial was adjourned by Judge Lewis A. Kaplan. It resumes on March 3.",
        "The trial was adjourned by Judge Lewis A. Kaplan.",
        "It resumes on March 3.",
        dates=("March 3",),
    ),
    case(
        "The clinic ran out of vaccines against hepatitis B. The ministry sent more on Friday.",
        "The clinic ran out of vaccines against hepatitis B.",
        "The ministry sent more on Friday.",
        dates=("Friday",),
    ),
    case(
        "The ship was named after Pope Pius X. It sank in 1943.",
        "The ship was named after Pope Pius X.",
        "It sank in 1943.",
        dates=("1943",),
    ),
    case(
        "Q. When did the dam break? A. The dam broke at dawn.",
        "Q. When did the dam break?",
        "A. The dam broke at dawn.",
    ),
    # --- units, figures, versions ---
    case(
        "Temperatures hit 47°C. Officials urged people to stay inside.",
        "Temperatures hit 47°C.",
        "Officials urged people to stay inside.",
    ),
    case(
        "Inflation eased to 3.5% in May. The firm released v2.1 of its app. It raised $1.2bn.",
        "Inflation eased to 3.5% in May.",
        "The firm released v2.1 of its app.",
        "It raised $1.2bn.",
        dates=("May",),
    ),
    case(
        "The Dow rose 0.5%. The S&P 500 gained 0.7%. The Nasdaq added 1.1%.",
        "The Dow rose 0.5%.",
        "The S&P 500 gained 0.7%.",
        "The Nasdaq added 1.1%.",
    ),
    case(
        "The firm was fined €3.5bn on Tuesday. It will appeal.",
        "The firm was fined €3.5bn on Tuesday.",
        "It will appeal.",
        dates=("Tuesday",),
    ),
    case(
        "It happened in the 1990s. 2024 was different.",
        "It happened in the 1990s.",
        "2024 was different.",
        dates=("1990s", "2024"),
    ),
    case(
        "The attack came on Oct. 7. Israel declared war the next day.",
        "The attack came on Oct. 7.",
        "Israel declared war the next day.",
        dates=("Oct. 7",),
    ),
    # --- business copy ---
    case(
        "Shares of Apple Inc. (AAPL.O) rose 2%. Toyota Motor (7203.T) fell 1%.",
        "Shares of Apple Inc. (AAPL.O) rose 2%.",
        "Toyota Motor (7203.T) fell 1%.",
    ),
    case(
        "Tencent (0700.HK) and Vodafone (VOD.L) reported results on Wednesday. Both beat forecasts.",
        "Tencent (0700.HK) and Vodafone (VOD.L) reported results on Wednesday.",
        "Both beat forecasts.",
        dates=("Wednesday",),
    ),
    case(
        "Johnson & Johnson Inc. said Tuesday it would appeal. Its shares fell.",
        "Johnson & Johnson Inc. said Tuesday it would appeal.",
        "Its shares fell.",
        dates=("Tuesday",),
    ),
    case(
        "Amazon.com Inc. and Booking.com reported results. Both beat forecasts.",
        "Amazon.com Inc. and Booking.com reported results.",
        "Both beat forecasts.",
    ),
    # --- courts ---
    case(
        "The court overturned Roe v. Wade in June 2022. Protests followed.",
        "The court overturned Roe v. Wade in June 2022.",
        "Protests followed.",
        dates=("June 2022",),
    ),
    case(
        "Brown v. Board of Education was cited. U.S. v. Google began on Sept. 12.",
        "Brown v. Board of Education was cited.",
        "U.S. v. Google began on Sept. 12.",
        dates=("Sept. 12",),
    ),
    case(
        "The claim falls under Art. 5 of the treaty. Allies met on Monday.",
        "The claim falls under Art. 5 of the treaty.",
        "Allies met on Monday.",
        dates=("Monday",),
    ),
    case(
        "He loved modern art. The museum bought his work.",
        "He loved modern art.",
        "The museum bought his work.",
    ),
    case(
        "Case No. 1:23-cv-00123 was filed in the U.S. District Court. The judge set a hearing.",
        "Case No. 1:23-cv-00123 was filed in the U.S. District Court.",
        "The judge set a hearing.",
    ),
    # --- science ---
    case(
        "The tomb dates from ca. 1500 BC, the team said. It was found in May.",
        "The tomb dates from ca. 1500 BC, the team said.",
        "It was found in May.",
        dates=("May",),
    ),
    case(
        "The findings (see Fig. 3) were clear. Smith et al. reported the same.",
        "The findings (see Fig. 3) were clear.",
        "Smith et al. reported the same.",
    ),
    case(
        "She has a Ph.D. from Oxford. Dr. Okafor joined the WHO in 2019.",
        "She has a Ph.D. from Oxford.",
        "Dr. Okafor joined the WHO in 2019.",
        dates=("2019",),
    ),
    # --- quotes ---
    case('"We will win." He left the stage.', '"We will win."', "He left the stage."),
    case("“We will win.” He left the stage.", "“We will win.”", "He left the stage."),
    case("‘We will win.’ He left the stage.", "‘We will win.’", "He left the stage."),
    case('"Why now?" she asked. Nobody answered.', '"Why now?" she asked.', "Nobody answered."),
    case(
        "“Why now?” Senator Collins asked on Tuesday. Nobody answered.",
        "“Why now?” Senator Collins asked on Tuesday.",
        "Nobody answered.",
        dates=("Tuesday",),
    ),
    case(
        "“Enough!” Biden told reporters on Monday. They laughed.",
        "“Enough!” Biden told reporters on Monday.",
        "They laughed.",
        dates=("Monday",),
    ),
    case(
        "“Are you sure?” asked the judge. He was.",
        "“Are you sure?” asked the judge.",
        "He was.",
    ),
    case(
        "“It’s over,” he said. “We lost.” The team flew home on Sunday.",
        "“It’s over,” he said.",
        "“We lost.”",
        "The team flew home on Sunday.",
        dates=("Sunday",),
    ),
    case(
        "The minister said, “This is a turning point.” Then she left.",
        "The minister said, “This is a turning point.”",
        "Then she left.",
    ),
    # --- ellipses, brackets, dashes ---
    case("He paused... Then he left.", "He paused...", "Then he left."),
    case("He paused … Then he left.", "He paused …", "Then he left."),
    case(
        "The talks were… difficult, an aide said. They resume Friday.",
        "The talks were… difficult, an aide said.",
        "They resume Friday.",
        dates=("Friday",),
    ),
    case(
        "Prices rose in March. (The index is compiled monthly.) Analysts expected it.",
        "Prices rose in March.",
        "(The index is compiled monthly.)",
        "Analysts expected it.",
        dates=("March",),
    ),
    case(
        "Iran said the drones were shot down – a claim Israel disputed. Tehran later denied it.",
        "Iran said the drones were shot down – a claim Israel disputed.",
        "Tehran later denied it.",
    ),
    case(
        "It ended 6-4, 3-6, 7-6 (7-5). Djokovic advanced.",
        "It ended 6-4, 3-6, 7-6 (7-5).",
        "Djokovic advanced.",
    ),
    # --- datelines ---
    case(
        "KYIV, Ukraine (AP) — Russia launched 40 drones overnight. Five were downed.",
        "KYIV, Ukraine (AP) — Russia launched 40 drones overnight.",
        "Five were downed.",
    ),
    case(
        "WASHINGTON (Reuters) -- The U.S. Senate on Tuesday passed the bill. It goes to the House.",
        "WASHINGTON (Reuters) -- The U.S. Senate on Tuesday passed the bill.",
        "It goes to the House.",
        dates=("Tuesday",),
    ),
    case(
        "CHARLESTON, W.Va. (AP) — The legislature met on Monday. It adjourned.",
        "CHARLESTON, W.Va. (AP) — The legislature met on Monday.",
        "It adjourned.",
        dates=("Monday",),
    ),
    # --- URLs and e-mail ---
    case(
        "The report is at https://example.org/Report.pdf for now. It runs to 300 pages.",
        "The report is at https://example.org/Report.pdf for now.",
        "It runs to 300 pages.",
    ),
    case(
        "The full ruling is at www.Supremecourt.Gov/Opinions. The court adjourned on Friday.",
        "The full ruling is at www.Supremecourt.Gov/Opinions.",
        "The court adjourned on Friday.",
        dates=("Friday",),
    ),
    case(
        "Tips go to News.Desk@Example.Org at any hour. The desk is staffed.",
        "Tips go to News.Desk@Example.Org at any hour.",
        "The desk is staffed.",
    ),
    case(
        "Visit www.example.com. The site went live on Monday.",
        "Visit www.example.com.",
        "The site went live on Monday.",
        dates=("Monday",),
    ),
    case(
        "Questions go to press@example.com. The office reopens on Jan. 2.",
        "Questions go to press@example.com.",
        "The office reopens on Jan. 2.",
        dates=("Jan. 2",),
    ),
    # --- lists, headings, line breaks ---
    case(
        "Key points\n\n• Russia launched 40 drones\n• Kyiv said 35 were downed\n• No one was hurt",
        "Key points",
        "• Russia launched 40 drones",
        "• Kyiv said 35 were downed",
        "• No one was hurt",
    ),
    case(
        "What we know:\n1. The quake struck at 3:14 a.m.\n2. At least 12 people died.\n"
        "3) Rescuers are searching.",
        "What we know:",
        "1. The quake struck at 3:14 a.m.",
        "2. At least 12 people died.",
        "3) Rescuers are searching.",
    ),
    case(
        "Markets\nStocks fell on Monday as bond yields rose.\nOil was flat.",
        "Markets",
        "Stocks fell on Monday as bond yields rose.",
        "Oil was flat.",
        dates=("Monday",),
    ),
    case(
        "Line one\r\nThe court ruled on Monday.\r\n\r\nThe judge said it was final.",
        "Line one",
        "The court ruled on Monday.",
        "The judge said it was final.",
        dates=("Monday",),
    ),
    case(
        "The Federal Reserve held rates steady on Wednesday, and Chair Jerome Powell said the bank\n"
        "would wait for more data before cutting. Markets rose after the decision was\n"
        "announced at 2 p.m. Eastern time. Treasury yields fell.",
        "The Federal Reserve held rates steady on Wednesday, and Chair Jerome Powell said the bank\n"
        "would wait for more data before cutting.",
        "Markets rose after the decision was\nannounced at 2 p.m. Eastern time.",
        "Treasury yields fell.",
        dates=("Wednesday",),
    ),
    case(
        "The trial, halted in the autumn when a juror fell ill, is expected to resume on March\n"
        "3. The judge said the jury would be sequestered.",
        "The trial, halted in the autumn when a juror fell ill, is expected to resume on March\n3.",
        "The judge said the jury would be sequestered.",
        dates=("March\n3",),
    ),
    case(
        "there was no punctuation at all in this text it just went on about the floods in the valley",
        "there was no punctuation at all in this text it just went on about the floods in the valley",
    ),
    # --- spaces and invisible characters ---
    case(
        "She met Mr.\u00a0Smith on Monday. Then\u00a0she\u00a0left.\u00a0The end.",
        "She met Mr.\u00a0Smith on Monday.",
        "Then\u00a0she\u00a0left.",
        "The end.",
        dates=("Monday",),
    ),
    case(
        "Kyiv was hit on Friday.\u200b The ministry said 20 drones were downed.",
        "Kyiv was hit on Friday.",
        "The ministry said 20 drones were downed.",
        dates=("Friday",),
    ),
    case(
        "قصفت إسرائيل مدينة غزة.\u200f وقالت وزارة الصحة إن 20 شخصا قتلوا.",
        "قصفت إسرائيل مدينة غزة.",
        "وقالت وزارة الصحة إن 20 شخصا قتلوا.",
    ),
    # --- other scripts ---
    case(
        "Zelenskyy met Yoon Suk Yeol in Seoul. 윤석열 대통령은 지원을 약속했다. "
        "Олександр Сирський погодився.",
        "Zelenskyy met Yoon Suk Yeol in Seoul.",
        "윤석열 대통령은 지원을 약속했다.",
        "Олександр Сирський погодився.",
    ),
    case(
        "Президент Володимир Зеленський заявив у понеділок. Україна отримала ППО.",
        "Президент Володимир Зеленський заявив у понеділок.",
        "Україна отримала ППО.",
    ),
    # --- sports ---
    case(
        "Manchester United beat Chelsea 2-1 on Sunday! Fans cheered.",
        "Manchester United beat Chelsea 2-1 on Sunday!",
        "Fans cheered.",
        dates=("Sunday",),
    ),
    case(
        "Schools closed for Martin Luther King Jr. Day. The award went to Ken Griffey Jr. The outfielder "
        "was inducted on Sunday.",
        "Schools closed for Martin Luther King Jr. Day.",
        "The award went to Ken Griffey Jr.",
        "The outfielder was inducted on Sunday.",
        dates=("Sunday",),
    ),
    # --- more names, places and quotes (a second round) ---
    case(
        "The plane landed at John F. Kennedy International Airport. It was late.",
        "The plane landed at John F. Kennedy International Airport.",
        "It was late.",
    ),
    case(
        "The film is about Malcolm X. It opens on Friday.",
        "The film is about Malcolm X.",
        "It opens on Friday.",
        dates=("Friday",),
    ),
    case(
        "Protesters marched in Washington, D.C. On Saturday, they returned.",
        "Protesters marched in Washington, D.C.",
        "On Saturday, they returned.",
        dates=("Saturday",),
    ),
    case(
        "The research was led by Dr. Y. An of Seoul National University. It was peer-reviewed.",
        "The research was led by Dr. Y. An of Seoul National University.",
        "It was peer-reviewed.",
    ),
    case(
        "The contract went to Acme Inc. A spokesman declined to comment on Monday.",
        "The contract went to Acme Inc.",
        "A spokesman declined to comment on Monday.",
        dates=("Monday",),
    ),
    case(
        "“Where will we go?” Officials said they did not know. The camp closed on May 4.",
        "“Where will we go?”",
        "Officials said they did not know.",
        "The camp closed on May 4.",
        dates=("May 4",),
    ),
    case(
        "“Why now?” Collins said. The vote was delayed to Thursday.",
        "“Why now?” Collins said.",
        "The vote was delayed to Thursday.",
        dates=("Thursday",),
    ),
    case(
        "The E. coli outbreak spread to 12 states. The CDC warned on Friday.",
        "The E. coli outbreak spread to 12 states.",
        "The CDC warned on Friday.",
        dates=("Friday",),
    ),
    case(
        "The vote is set for Jan. 6. The committee will meet first.",
        "The vote is set for Jan. 6.",
        "The committee will meet first.",
        dates=("Jan. 6",),
    ),
    case(
        "Protesters gathered at 1600 Pennsylvania Ave. NW on Monday. Police watched from Lafayette Square.",
        "Protesters gathered at 1600 Pennsylvania Ave. NW on Monday.",
        "Police watched from Lafayette Square.",
        dates=("Monday",),
    ),
    case(
        "The shelter is on Main St. The mayor visited it on Sunday.",
        "The shelter is on Main St.",
        "The mayor visited it on Sunday.",
        dates=("Sunday",),
    ),
    case(
        "Sales rose at Ford Motor Co. and General Motors Co. in May. Both gained share.",
        "Sales rose at Ford Motor Co. and General Motors Co. in May.",
        "Both gained share.",
        dates=("May",),
    ),
]


def covers(text: str, found: list[Sentence]) -> bool:
    """Whether every span is exact and trimmed, in order, and only whitespace (or an invisible mark)
    lies outside them."""
    cursor = 0
    for sentence in found:
        exact = text[sentence.start : sentence.end] == sentence.text == sentence.text.strip()
        if not exact or sentence.start < cursor or visible_text(text[cursor : sentence.start]):
            return False
        cursor = sentence.end
    return not visible_text(text[cursor:])


def grounded(case: Case, found: list[Sentence]) -> bool:
    """Whether each expected sentence, quoted by its first words, is matched at its own offsets."""
    cursor = 0
    for expected in case.sentences:
        start = case.text.index(expected, cursor)
        cursor = start + len(expected)
        quote = " ".join(expected.split()[:QUOTE_WORDS])
        if len(normalised(quote)) < MIN_QUOTE:
            continue  # too short to quote verbatim ("Markets", "He was."): grounding aligns words instead
        matches = verbatim_matches(quote, found)
        if not matches or (matches[0].start, matches[0].end) != (start, cursor):
            return False
    return True


def dates_kept(case: Case, found: list[Sentence]) -> bool:
    """Whether each date lies whole in the sentence it is expected in, and that sentence alone."""
    spans, cursor = [], 0
    for expected in case.sentences:
        start = case.text.index(expected, cursor)
        cursor = start + len(expected)
        spans.append((start, cursor))
    for date in case.dates:
        start = case.text.index(date)
        within = [(s.start, s.end) for s in found if s.start <= start and start + len(date) <= s.end]
        if within != [span for span in spans if span[0] <= start and start + len(date) <= span[1]]:
            return False
    return True


def main(verbose: bool) -> None:
    splits = {c.text: split_sentences(c.text) for c in CASES}
    as_expected = [c for c in CASES if tuple(s.text for s in splits[c.text]) == c.sentences]
    exact = sum(covers(c.text, splits[c.text]) for c in CASES)
    quoted = sum(grounded(c, splits[c.text]) for c in CASES)
    dated = [c for c in CASES if c.dates]
    kept = sum(dates_kept(c, splits[c.text]) for c in dated)
    print(f"split as expected: {len(as_expected)}/{len(CASES)}")
    print(f"spans exact, covering the text: {exact}/{len(CASES)}")
    print(f"every sentence grounded at its offsets: {quoted}/{len(CASES)}")
    print(f"dates kept in their sentence: {kept}/{len(dated)}")
    if verbose:
        for c in CASES:
            if c not in as_expected:
                print(f"  expected {list(c.sentences)!r}\n     found {[s.text for s in splits[c.text]]!r}")


if __name__ == "__main__":
    main("-v" in sys.argv)
