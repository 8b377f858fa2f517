"""Page furniture, hidden characters and planted instructions, removed before prompting.

Nothing here edits the document text: cleaning selects which sentences the model sees
and how each is shown, so every citation still maps to exact offsets in the original.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline.dates import find_date_expressions
from timeline.saying import NOT_SAID, SAYING, SAYING_WHAT_FOLLOWS, forms
from timeline.sentences import LINE_BREAKS, Sentence, segments, split_sentences

# Zero-width, bidi-control and Unicode tag characters: invisible to a reader, but a model reads them.
_INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]"
)

# A heading after which the rest of the page may list other stories, comments or sign-up forms: the
# article ends there when what follows is not mostly prose (see `_furniture_from`).
TAIL_MARKERS = re.compile(
    # "Related coverage:", "See also:": a local paper's box of links to its own earlier stories (seen in
    # a field test: its two headlines were shown to the model as news). A heading may end with a colon.
    r"^(related (posts|articles|stories|news|coverage|content|reading|links)|see also|further reading|"
    r"more (coverage|on this topic)|read more|more stories|you may also like|recommended|"
    r"leave a (reply|comment)|(\d+ )?comments?|share this|most (read|viewed|popular|shared)|trending|"
    # the boxes that close other templates: BBC, Reuters, Medium, Substack, a news site's author box
    # a heading names no more than its author or outlet: "More from the talks is expected on Friday,
    # officials said." is news (it was dropped)
    r"more on this story|read next|(written|more) (by|from) [^,.;:!?]{1,60}|"
    r"discussion about this post|about the (author|writer|reporter)):?$",
    re.IGNORECASE,
)

# A paragraph of prose ends with a full stop or "!" (a teaser cut with "..." or "…" does not; a question
# is as often a headline).
_ENDS_PROSE = re.compile(r"(?<![.…])[.!][\"'”’»)\]]*$")
# The lines of a comment thread: "Reply" buttons, "Jane says:", "October 24, 2024 at 10:15 am".
_COMMENT_THREAD = re.compile(
    r"^((log in to )?reply|report|load more comments)$|\bsays:$|^\w.{0,40}\bat \d{1,2}:\d{2} ?(am|pm)$|"
    r"^\d+ (second|minute|hour|day|week)s? ago$",
    re.IGNORECASE,
)

# A bio of one clause: "Jane Doe is a reporter at Reuters based in Kyiv", "Tom Balmforth is Reuters' Moscow
# bureau chief, covering ...", "... a freelance journalist based in Tbilisi who covers the Caucasus"; not
# "... a reporter for the Journal who was detained in Russia", which is news. "Novikov covers Ukraine
# for The Associated Press": only for a news organisation's name.
_BIO = (
    r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) is (an?|(the )?(?-i:[A-Z][\w.&-]*)['’]s?|the) "
    r"([\w-]+ ){0,3}"
    r"(reporter|correspondent|journalist|editor|writer|columnist|contributor|producer|photographer|"
    r"photojournalist|bureau chief)"
    r"(,? (for|at|with|based|covering|in)\b(?![^.]*\b(who(?! (covers|writes|reports)\b)|which|was|were|"
    r"has been|had been)\b)[^;]{0,120})?\.?|"
    r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}) (covers|reports on|writes about) [^.]{1,80} for "
    r"(?-i:(the )?([A-Z][\w&'’.-]* ){0,3}(Associated Press|AP|Reuters|AFP|Bloomberg|News|Times|Post|Journal|"
    r"Independent|Guardian|Herald|Tribune|Telegraph|Press|Agency|Media|Radio|Television))\.?"
)

# The first sentence of an article's correction or amendment note; the short paragraph it opens is the
# note ("An earlier version of this article said the first cases were found in Brackwater. They were
# found in Harrowmere. This was corrected on 12/3/2025.": its last two sentences were shown to the model).
_CORRECTION_NOTE = (
    r"correction:.{0,300}|"
    r"(a previous|an earlier|an older) version of this (article|story|report)\b.{0,300}|"
    r"this (article|story|report) has been (corrected|updated|amended)\b.{0,300}|"
    # the Guardian's "This article was amended on 24 October 2024 to ...": with the day it was, since "This
    # article was amended in 1992 to allow a second term" is a constitution's
    r"this (article|story|piece) was (amended|corrected|updated|edited) on (\d{1,2} (?-i:[A-Z])\w+ \d{4}|"
    r"(?-i:[A-Z])\w+\.? \d{1,2},? \d{4})\b.{0,300}|"
    r"editor['’]?s['’]? note:.{0,300}"
)
_CORRECTION_NOTE_SENTENCE = re.compile(_CORRECTION_NOTE, re.IGNORECASE)

# Sentences that are page furniture wherever they appear, each matched as a whole sentence: a notice
# that opens a sentence may run on a little ("This website uses cookies to ..."), but "Thousands of
# volunteers sign up for the army" or a quoted "click here" inside a report are not furniture.
_FURNITURE = re.compile(
    # a live blog's greeting and framing: the field corpus's "Good morning." was listed as an event; a
    # third field test's "Good morning and welcome to our live coverage from Eastmoor Crown Court." and
    # its sign-off "That is all from us today." were shown to the model
    r"(good (morning|afternoon|evening)( and)?,? )?welcome( back)? to (our|this|the) (live )?(coverage|blog|"
    r"updates|page)\b.{0,100}|"
    r"good (morning|afternoon|evening)( and welcome( back)?)?[.!]?|"
    r"(that is|that's|this is) (all|it) (from (us|me)|for (today|tonight|now))( (here|today|tonight|for (now|"
    r"today|tonight)))?[.!]?|"
    r"(here is|here's|this is) what we know( so far)?[.:]?|"
    r"\(?visited \d+ times?(, \d+ visits? today)?\)?|\(?\d+ visits? today\)?|"
    r"your email address will not be published\.?|required fields are marked ?\*?\.?|"
    r"subscribe to (our|the) newsletter[.!]?|this website uses cookies\b.{0,120}|"
    r"privacy (&|and) cookies? policy|accept( all)?( read more)?|we'll assume you're ok with this\b.{0,80}|"
    r"(click to )?accept (all )?cookies[.!]?|"
    r"source link|read the full article\b.{0,60}|you have [\d.,]+% of this article left to read\.?|"
    r"(the rest (of this article )?is )?reserved for subscribers( only)?\.?|"
    r"this article was originally published\b.{0,100}|watch this (report|video)\b.{0,200}|"
    r"this video is from the channel\b.{0,100}|\(related:.{0,200}|"
    # a one-line box of links, its label and its headlines on one line ("Related: How to sign up for
    # alerts | Where to donate"): a second field test's was shown to the model
    r"(related( (posts|articles|stories|news|coverage|content|reading|links))?|see also|read more"
    r"|more on this( story)?): .{1,200}|"
    r"total|shares?|\d+|news\.?|az|general|[+\-−↺\s\d]*px|"
    r"(photo|image):.{0,150}|all rights reserved\.?( \(\w+\))?|advertisement|!\[[^\]]*\]\([^)]*\)|"
    r"sign up( now| here| today)?( for (our|free)\b.{0,80})?[.!]?|click here\b.{0,100}|"
    # share, print and listen buttons: in a saved page of nothing else, "Share this article" was kept as
    # the page's text (a line of three words or more stands for the text) and became an event
    r"(share|print|save|e-?mail|listen to) (this|the) (article|story|page|post)( (on|via|with) [\w -]{1,30})?"
    r"[.!:]?|share (on|via) (facebook|twitter|x|whatsapp|linkedin|e-?mail|telegram|reddit|bluesky)[.!]?|"
    # paywalls
    r"subscribe( now)? to (continue|keep) reading\b.{0,60}|"
    # "Already a subscriber? Log in.": its "Log in." was kept as a sentence of the article
    r"already (a )?(subscriber|member)\?|"
    r"(log|sign) ?in( here| now)?( to (continue|keep) reading\b.{0,40})?[.!]?|"
    r"you('ve| have) reached (your|the) (limit|maximum)( number)? of free (articles|stories)\b.{0,60}|"
    r"this (article|story|content) is (only )?(for|available to|reserved for) (paying )?(subscribers|members)"
    r"( only)?[.!]?|"
    # cookie notices
    r"we use cookies\b.{0,150}|"
    r"by (continuing|using|clicking|browsing|signing up|subscribing|registering)\b.{0,80}\byou (agree|accept|"
    r"consent)\b.{0,100}|you (can|may) unsubscribe at any ?time\.?|"
    # cookie notices and their buttons in the languages of European sites (a German or French banner
    # above an English article was kept as two sentences of it)
    r"(wir verwenden|diese (web)?seite (verwendet|nutzt)|nous utilisons|ce site utilise|utilizamos|"
    r"este sitio( web)? utiliza|utilizziamo|questo sito( web)? utilizza|we gebruiken|"
    r"deze (web)?site gebruikt)\b.{0,60}\bcookies?\b.{0,150}|"
    r"(alle (akzeptieren|ablehnen)|tout (accepter|refuser)|(aceptar|rechazar) (todas?|todo)|"
    r"(accetta|rifiuta) tutti|alles accepteren)[.!]?|"
    # the BBC's footer and Al Jazeera's button
    r"the [\w ]{1,30} is not responsible for the content of external (sites|websites|links)\.?|"
    r"read about our approach to external linking\.?|save (articles|stories) to read later\b.{0,80}|"
    # newsletters and apps
    r"(sign up|subscribe|register)( now)?( for free)? (to|for) (our|the|a) (free )?([\w-]+ ){0,3}(newsletter|"
    r"briefing|alerts|digest|updates)\b.{0,80}|"
    # a newsletter named before it is called one: "Sign up to First Edition, our free daily newsletter."
    r"(sign up|subscribe|register)( now)?( for free)? (to|for) [^.!?]{1,60}?\b(newsletter|briefing|digest)\b"
    r".{0,80}|"
    r"our free (daily |weekly |morning |evening )?(newsletter|"
    r"briefing)\b.{0,100}|get (the latest|our|breaking)\b.{0,80}\b(inbox|newsletter|"
    r"alerts)\b.{0,40}|download our (free )?([\w-]+ )?app\b.{0,100}|"
    # an e-mail newsletter's own notices, as pasted from the mail (Markdown emphasis and links kept):
    # "You are receiving this email because you signed up ...", "View in browser", "Unsubscribe |
    # Manage preferences" (only the whole sentence: "Voters can unsubscribe from ..." is a report)
    r"[*_]*you('re| are)? (receiving|received|getting|got) this (e-?mail|newsletter|message|briefing)?"
    r"( ?because\b.{0,150})?[*_]*|"
    r"[*_]*\[?view (this (e-?mail|newsletter) )?(in|online in) (your |a )?(web )?browser[.!]?\]?"
    r"(\([^)\s]*\))?[*_]*|"
    # a footer's links on one line, "View in browser" among them ("Unsubscribe | Update your preferences |
    # View in browser", from a third field test, was shown to the model)
    r"([*_]*\[?(unsubscribe|manage (your )?(preferences|subscriptions?)|update (your )?preferences|"
    r"view (this (e-?mail|newsletter) )?(in|online in) (your |a )?(web )?browser)\]?"
    r"(\([^)\s]*\))?[*_]*( ?[|·•] ?|$)){1,4}|"
    # a press release's pointer to its website ("For more information, visit www.contoso.com."), only
    # to an address or "our website": "For more information, see the ministry's report, she said" reports
    r"for (more|further) information,? (please )?(visit|see|go to) (our (web)?site|www\.\S+|https?://\S+)\.?|"
    # ... or to a press office's address or number: "For more information, contact Jane Doe at
    # press@acme.example." ("For more information, contact the embassy, the ministry said" reports)
    r"for (more|further) information,? (please )?contact [^.]{0,80}?(\S+@\S+|\+?\d[\d ()-]{6,}\d)\.?|"
    # AP's footer on funded coverage, three sentences: "The Associated Press' climate coverage receives
    # financial support from ... AP is solely responsible for all content. Find AP's standards ...";
    # its science desk's older two ("... receives support from the Howard Hughes Medical Institute's
    # ... The AP is solely responsible for all content.") name the AP with "The"
    r"(the )?(associated press|ap)['’]?s? .{0,80}\breceives (financial )?support from .{0,200}|"
    r"(the )?ap is solely responsible for all content\.?|"
    r"find ap['’]s standards for working with philanthropies.{0,200}|"
    # an opinion page's disclaimer, a share counter, a reading time
    r"the views (and opinions )?expressed (in this (article|piece|column|post) )?are (those of )?the "
    r"(author|writer)['’]?s?( own)?\.?|this (story|article|post) has been shared [\d,]+ times?\.?|"
    r"(estimated )?(reading|read) time:? \d+ (min|mins|minutes?)( read)?\.?|"
    # agency boilerplate, sign-offs and credits
    r"((our standards: the thomson reuters trust principles\.?|purchase licensing rights)"
    r"(,? opens new tab)? ?){1,2}|"
    r"this material may not be published, broadcast, rewritten,? or redistributed( in whole or in part)?\.?|"
    r"(copyright|©|\(c\)) ?(©|\(c\))? ?\d{4}\b.{0,80}|"
    r".{0,150}\bcontributed (reporting|to this (report|story|article))( from [^.]{1,60})?\.?|"
    # Reuters' credits, in brackets too: "(Reporting by Jane Doe; Editing by John Smith)"
    r"\(?(additional )?(reporting|writing) by [^;]{3,100}"
    r"(; ?(additional reporting|writing|editing) by [^;]{3,100})+|"
    r"editing by (?-i:[A-Z][\w'’-]+(?: (?:and )?[A-Z][\w'’-]+){1,5})\.?|"
    # one credit with only names and a place: "Reporting by Jane Doe in Seoul.", "(Additional reporting by
    # Jane Doe.)", "Compiled by Jane Doe."; not "Reporting by the Times revealed the scheme."
    r"\(?(additional )?(reporting|writing|compiled|edited|editing|produced) by (?-i:[A-Z][\w'’-]+"
    r"(?:,? (?:and )?[A-Z][\w'’-]+){1,7})( (in|from) (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}))?\.?\)?\.?|"
    # an agency's staff credited by name, with no "to this report": "Associated Press writers Mary Smith
    # in Washington and Tom Lee in Seoul contributed." (the outlet named first: not "Journalists from 40
    # countries contributed.")
    r"(?-i:(The )?([A-Z][\w&'’.-]* ){1,3})(staff )?(writers?|reporters?|correspondents?|journalists?|"
    r"researchers?|photographers?|producers?) .{1,150}? contributed\.?|"
    # the author's box: "About the author: ...", "Follow her on X @janedoe", "Contact the author at ...",
    # and a bio of one clause ("Jane Doe is a reporter at Reuters based in Kyiv"; not "... a reporter
    # for the Journal who was detained in Russia", which is news)
    r"about the (author|writer|reporter)s?:.{0,300}|"
    # a press release's boilerplate for journalists: "Notes to editors: Brightwell Bank plc is a regional
    # lender founded in 1962, ..." (a third field test's was shown to the model, its founding an event)
    r"(notes? (to|for) editors?|editors['’]? notes?|editor['’]s notes?):.{0,400}|"
    r"follow (him|her|them|us|me|the author) on (x|twitter|facebook|instagram|threads|bluesky|linkedin|"
    r"telegram|mastodon)\b.{0,80}|"
    r"(contact|email|e-mail|write to) (the author|the reporter|the writer|him|her|them|us) (at|on|via) "
    r"[^\s,]+( or [^\s,]+)?|"
    rf"{_BIO}|"
    # print-edition and correction notes
    r"a version of this (article|story) appear(s|ed) in print\b.{0,300}|"
    r"appeared in the .{0,60}print edition\b.{0,200}|"
    rf"{_CORRECTION_NOTE}",
    re.IGNORECASE,
)


# A list item's bullet or number ("- ", "• ", "1. ").
_LIST_MARK = re.compile(r"(?:[-*•·▪◦‣–—]|\d{1,2}[.)])\s+")

# Photo agencies, as credits name them after a slash ("ANNA MONEYMAKER / GETTY IMAGES VIA AFP").
_AGENCY = (
    r"(?:AFP|AP|REUTERS|GETTY(?: IMAGES)?|EPA(?:-EFE)?|EFE|XINHUA|ANADOLU(?: AGENCY)?|SIPA(?: PRESS)?|"
    r"BLOOMBERG|SHUTTERSTOCK|ALAMY|TASS|SPUTNIK|YONHAP|KCNA|POOL|NURPHOTO|ZUMA(?: PRESS)?|ABACA(?:PRESS)?|"
    r"DPA|ANSA|KYODO|AAP|PA(?: IMAGES)?|UPI|IMAGO|BELGA|ANP|RIA NOVOSTI|SOPA IMAGES|HANDOUT)(?![\w-])"
)
_CAPS = r"[A-Z][A-Z.'’-]*"
# A photo credit as a sentence of its own ("REUTERS/Vyacheslav Madiyevskyy", "(AP Photo/J. Scott
# Applewhite)", "Photograph: Jane Doe/Reuters"): the caption it closes is furniture too.
_CREDIT_LINE = re.compile(
    # Reuters marks an archive picture "REUTERS/Jane Doe/File Photo"
    rf"\(?{_AGENCY}( photos?)?/ ?([\w'’-]+\.? ){{0,3}}[\w'’-]+(/file photo)?\)?|"
    r"\(?(photo|photograph|picture)( by|:) ?[^()]{1,100}\)?|"
    rf"\(?[\w.'’-]+( [\w.'’-]+){{0,4}} ?/ ?{_AGENCY}( via {_AGENCY})?\)?",
    re.IGNORECASE,
)
# A photo credit glued to the start of the next sentence by a scraper ("ANNA MONEYMAKER / GETTY IMAGES
# VIA AFP unanimous ratification ..."): trimmed off the sentence so the report itself survives. Only
# a credit's shape: names, a spaced slash and more names, or an agency and a name on either side of
# the slash ("EPA-EFE/SERGEY DOLZHENKO"), so "US/UK strikes", "HIV/AIDS deaths" and "NATO/EU
# officials" keep their subject.
_CREDIT_PREFIX = re.compile(
    rf"^(?:(?:{_CAPS} )+{_CAPS} / (?:{_CAPS} )*{_CAPS}|(?:{_CAPS} )*{_CAPS} ?/ ?{_AGENCY}(?: {_CAPS})*|"
    rf"{_AGENCY} ?/ ?{_CAPS}(?: {_CAPS})+)"
    r"\s+(?=[a-z])"
)

# The last sentence of a reader appeal ("Thanks for reading X! Subscribe for free to receive new posts",
# "We've been covering the war since day one. Help us keep going. Become a member today.", a paywall's
# "Then $75 per month. ... Cancel anytime during your trial."): the paragraph it closes is furniture.
_APPEAL = re.compile(
    r"(please )?(become a (paying )?(member|subscriber|supporter|patron)|support (us|our (work|journalism|"
    r"reporting)))( (now|today|here))?[.!]?|subscribe for free to receive new posts\b.{0,80}|"
    # the call itself, not a sentence that opens with its words ("Before you go to Kyiv, register with the
    # embassy", "Cancel any time, the service promised, but users could not" were dropped)
    r"before you (move on|go)[,.!:]\s.{0,200}|cancel any ?time( during (your|the) (free )?trial)?[.!]?|"
    r"explore our (full range of )?(subscriptions|subscription (options|plans)|offers)[.!]?",
    re.IGNORECASE,
)
_BIO_SENTENCE = re.compile(_BIO, re.IGNORECASE)
_NOTICE_SENTENCES = 3  # a caption, an appeal or a bio is a paragraph of this many sentences at most

# A question is analysis, never an event on a timeline, whoever asks it; the model is not shown it
# (the 1.5B model turned such sentences into "events" when it was).
_QUESTION = re.compile(r"\?[\"'”’)]*$")
# Conditionals and hedged judgements are analysis too, unless a source is named saying them (below).
# "After all," is a discourse marker only with its comma: "After all 50 states certified ..." reports;
# "Perhaps" before a number is an estimate: "Perhaps 10,000 people marched on Saturday" reports.
_ANALYSIS = re.compile(
    r"^(if|should|unless|whether|unfortunately|so to speak)\b|^after all,|"
    r"^perhaps\b(?! (as many as|as much as|as few as|more than|(some |about |around )?\d|hundreds|thousands|"
    r"millions|dozens|tens of|a (dozen|hundred|thousand|million)\b))|"
    r"^it is (highly |very |quite )?(likely|unlikely|possible|probable|clear|obvious)\b",
    re.IGNORECASE,
)
# The penalty the law sets, told as courts report it: "If convicted, he faces up to 10 years in prison",
# "If found guilty on all counts, she could face life in prison". The condition is the trial's, not the
# writer's (a probe of court news hid these as the writer's conditionals); "should face" is a verdict.
_PENALTY_IF_CONVICTED = re.compile(
    r"^if (convicted|found guilty|found liable|extradited|prosecuted)\b[^.;]{0,60}?"
    r"(?<!should )(?<!must )(?<!ought to )\b(face|faces|facing)\b",
    re.IGNORECASE,
)
# A source makes a conditional or a judgement a statement, an event on the timeline: "If the talks
# fail, the union will strike on Monday, its leader said" is a plan, "It is likely that the Fed will
# cut rates in September, its chief economist told Reuters" a forecast, both with their source. Only
# verbs of saying (`saying.SAYING`), not of meaning: "suggests", "shows" or "signals" are the writer's
# own reading ("This suggests the bank is worried"), and "believe" a view ("Few believe ..."). A verb
# whose object is as often a thing (`saying.OBJECT_OFTEN_A_THING`), and a form that is also a noun,
# attribute only where a verb of saying stands: before "that", or after its speaker set off by a comma
# ("..., officials confirm.", "..., its economist wrote in a note"), the noun ending the sentence
# ("..., Russia claims."; not "..., as indicated by recent reports, ..."). "If the Fed
# announces a cut, stocks will rally", "If the claim is upheld", "The reported deployment highlights
# ...", "... questions the company has never explained" are the writer's. None after
# "if", "once" or "unless" ("If confirmed, the deployment would be ..."), "as" ("as reported by
# traders", an aside of the writer's reading), an infinitive's "to", a modal or a negation
# (`saying.NOT_SAID`: "too early to say", "Needless to say", "Time will tell"), nor in the passive of
# a condition ("Should the deployment be confirmed, ...").
_NOT_A_SAYING = rf"{NOT_SAID}(?<!\bif )(?<!\bonce )(?<!\bunless )(?<!\bwhen )(?<!\bas )(?<!\bbe )(?<!\bbeen )"
# Who says it, after a comma: not an aside of the writer's ("..., as indicated by recent reports, ...").
_SPEAKER = r"(?=\S)(?!(?:as|if|once|unless|when|while|which|who|that)\b)[^,;:]{1,60}?"
_ATTRIBUTED = re.compile(
    rf"\baccording to\b|\b{_NOT_A_SAYING}(?:(?:{forms(SAYING_WHAT_FOLLOWS, nouns=False)})\b|"
    rf"(?:{forms(SAYING)})(?=\s+that\b))|"
    rf",\s+{_SPEAKER}\s{_NOT_A_SAYING}(?:(?:{forms(SAYING, nouns=False)})\b|"
    rf"(?:{forms(SAYING, past=False)})(?=\s*(?:[.;:!?\"”’)]|$)))|"
    # a poll's, a study's or an inquiry's finding is sourced too: "Most voters think the economy is on the
    # wrong track, a Gallup poll found" reports a poll; "shows" only with such a subject, since "This
    # shows ..." is the writer's own reading
    r"\b(poll|survey|study|census|inquiry|investigation|audit|review|research)( [\w-]+){0,5}? "
    r"(found|finds|shows|showed)\b",
    re.IGNORECASE,
)

# The writer's reading of what happened, in the shapes of commentary. A happening, or a "this", is the
# subject of a verb of meaning ("The move highlights ...", "This underscores ...", "The ruling is a blow
# to ..."), there is debate or concern, an outcome remains to be seen. Shapes, not topics, and only
# these subjects: a report ("The report highlights 37 cases"), data ("The data shows inflation fell")
# or an actor ("The EU has raised concerns with Beijing") states something, and so do "This prompted
# ...", "The move follows ..." and "The vote marks the first time ..." (a fact, not a reading).
_HAPPENING = (
    r"(move|step|decision|development|announcement|deal|agreement|accord|ruling|verdict|vote|result|outcome|"
    r"episode|incident|attack|strike|deployment|visit|appointment|shift|escalation|crisis|war|conflict|ties|election|"
    r"rapprochement|case|scandal|affair|talks|summit|trend|law|measure|reform|policy|sanctions|tariffs|merger|"
    r"acquisition|takeover|collapse|outbreak|protests|unrest|violence|fighting|standoff|dispute|row|setback|"
    r"surge|slump|sell-off|walkout|ceasefire|truce|shutdown|resignation|withdrawal|offensive|invasion|raid|"
    # a happening named by what someone does or where someone is: "The presence of troops highlights ..."
    # (and "The presence of troops was confirmed by NATO" reports, as the verb is no verb of meaning)
    r"launch|involvement|presence|participation|cooperation|alliance|partnership|rivalry|rise|decline|"
    r"return|entry|arrival|intervention|expansion|build-?up|crackdown|closure|recall|ban|rally)s?"
)
# An aside between a happening and its verb that only qualifies it: "The move, however, underscores
# ...", "The presence of troops, as indicated by recent reports, highlights ...", "..., if confirmed,
# would be ...". Not any aside: "The deal, signed on Monday, ..." or "The attack, which killed 12, ..."
# tell news (and a date, a figure or a clause keeps them anyway).
_QUALIFYING_ASIDE = (
    r"(, (however|though|in turn|in particular|above all|in (many|some) ways|if anything|perhaps|too|also|"
    r"if (true|accurate|successful|so|upheld|(?-i:[a-z]+(ed|en)))|"
    r"as (indicated|reported|suggested|documented|described|seen|shown) (by|in) [^,;]{1,60}?),)"
)
# "The (latest) move (by Beijing)", "such a step", "Beijing's intervention", "their presence"; "this",
# "these figures"; not a name ("The U.N. chief"). A discourse opener may come first: "At the same time,
# this is a good opportunity for ...".
_OPENER = r"((at the same time|however|still|yet|but|and|meanwhile|for now|for (many|most|some) [\w-]+),? )?"
_HAPPENING_SUBJECT = (
    rf"{_OPENER}"
    r"(((the|such an?|such|his|her|its|their|(?-i:[A-Z][\w.-]*)( (?-i:[A-Z][\w.-]*)){0,2}['’]s)"
    rf"( (?-i:[a-z][a-z'’-]*)){{0,3}}? {_HAPPENING}( (of|between|over|in|on|with|by|"
    rf"against|from|to|into) [^,;]{{1,60}}?)?{_QUALIFYING_ASIDE}?)|"
    r"(this|that|these|those)( (?-i:[a-z][a-z'’-]*)){0,2}?)"
)
# What a sentence's subject is, in the writer's words: a blow, a sign, a turning point.
_VERDICT = (
    r"(turning point|watershed|milestone|setback|blow|boost|game[- ]changer|wake-up call|reminder|signs?|"
    r"signal|rebuke|snub|embarrassment|humiliation|gamble|mistake|opportunity|escalation|turnaround|"
    r"cautionary tale|foregone conclusion|symbol|referendum on|(key|major|big|crucial|real|critical|litmus|"
    r"stern) test)\b"
)
# What a happening means: it underscores, signals, raises questions, marks a turning point.
_MEANS = (
    r"(also |further |only |clearly )?(underscores?|underlines?|highlights?|illustrates?|exemplif(y|ies)|"
    r"signals? (a|an|that|how|the)|points? to|speaks? to|reveals? how|raises? (questions|doubts|"
    r"fears|concerns|the (question|prospect|spectre|specter|possibility|risk))|sends? (a|an)( [\w-]+)? "
    r"(message|signal)|amounts? to|casts? (doubt|a shadow)|calls? into question|bodes? (well|ill)|"
    r"adds? to the (pressure|uncertainty|doubts)|lays? bare|"
    r"((has|have) )?(underscored|underlined|highlighted|illustrated|laid bare)|"
    # "marks a turning point", "would mark a dramatic break"; not "marks the first time" (a fact) nor
    # "will mark the first visit by ..." (a plan)
    r"((could|may|might|would|will) (also )?(mark|represent)|marks|represents)"
    rf"( (a|an|the))?( [\w-]+){{0,2}}? ({_VERDICT}|shift|departure|break|new (chapter|phase|era)))\b"
)
_COPULA = (
    r"(is|are|was|were|remains?|became|(has|have) become|(would|could|will|may|might) be)"
    r"( (also|not|hardly|clearly|certainly|undoubtedly|(widely )?seen as))?"
)
# What a happening has stirred, in the past or perfect: "The growing ties have raised concerns among
# Western nations", "The verdict sparked fears of ...". Only a happening's (not "it": "It raised concerns
# with the regulator" may be a company acting), and not when the reaction is someone's act:
# "The leak raised questions in parliament", "... questions from lawmakers".
_STIRRED = (
    r"((has|have|had) )?(raised|sparked|fuell?ed|stoked|heightened|deepened|renewed|reignited|revived|"
    r"prompted|triggered)( [\w-]+)? (concerns?|fears?|questions|doubts|speculation|alarm|worries|unease|"
    r"eyebrows|hopes|resentment|anxiety|uncertainty)\b"
    r"(?! (from|in (parliament|congress|the (house|senate|assembly|commons|lords))\b))"
)
# A view held by unnamed commentators, a state and not an act: "Some analysts view it as a symbolic
# gesture", "Many observers see the deal as ...", "Experts regard ...", "Few believe ...". An act of
# saying is a statement ("Critics argue that ...", "Some analysts said ..."), and a view of someone
# named is theirs ("Scholz sees the deal as a turning point", "The IMF sees growth slowing"). Unnamed
# people's forecast is a view only when a bare quantifier makes it the writer's count of opinion ("Few
# expect the truce to last"), not "Analysts expect the company to report lower profits" nor "Several
# economists expect a rebound" (forecasts, a business report's shape). "see" is a view only with "as"
# ("Many see the vote as a test", not "Many in the crowd see the band for the first time"), and
# "consider running for ..." deliberates: an act.
_COMMENTATORS = (
    r"(analysts|observers|experts|commentators|critics|pundits|historians|scholars|economists|strategists|"
    r"diplomats|insiders|watchers)"
)
# A word that leaves them unnamed ("Western analysts"), unlike a firm's ("Citi analysts regard ...").
_UNNAMING = (
    r"(foreign|western|independent|outside|local|regional|political|military|defen[cs]e|security|legal|"
    r"market|industry|health|climate|energy|other|leading|prominent)"
)
_VIEW = (
    r"(views?|viewed|(sees?|saw)(?=[^,;]* as\b)|regards?|regarded|considers?(?! [\w-]+ing\b)|believe|think|"
    r"doubt|suspect|fear|agree that|remain (skeptical|sceptical|divided|unconvinced|doubtful|wary))"
)
_UNNAMED_VIEW = (
    rf"{_OPENER}((many|most|few)( in [^,;]{{1,40}}?)? expect|"
    rf"(some|many|most|few|several|other|a few|a (growing )?number of|a (minority|majority) of)"
    rf"( [\w-]+){{0,2}}?( in [^,;]{{1,40}}?)? {_VIEW}|({_UNNAMING} )?{_COMMENTATORS}( in [^,;]{{1,40}}?)? "
    rf"{_VIEW})\b"
)
# What a happening will do, in the writer's forecast with no source: complicate, deepen, backfire.
_CONSEQUENCE = (
    r"((could|may|might|would|will)|(is|are) (also )?(un)?likely to)( (also|further|well|only))? "
    r"(complicate|undermine|deepen|embolden|prove|backfire|anger|alarm|unsettle|strain|fuel|spell|"
    r"satisfy|reassure|inflame|heighten|exacerbate|be seen as)\b|"
    # and, hedged ("could", "may", "might"), what it may lead someone to do: "The deployment could lead
    # Seoul to send arms", "may prompt", "could force". Not with "will" or "would": "The law will force
    # companies to disclose their emissions", "The bill would require ..." tell what a law says.
    r"(could|may|might)( (also|further|well|even|eventually|ultimately|potentially|significantly|only))? "
    r"(lead|push(?! (through|ahead|on)\b)|force|draw|prompt|trigger|spark|encourage|drive|spur|"
    r"open the (door|way)|pave the way|derail|jeopardi[sz]e|threaten|weaken|strengthen|bolster|boost|hurt|"
    r"harm|damage|cost|leave|accelerate|reshape|upend|erode|tip|dampen|delay|hamper|hinder|stall|sour|poison|"
    r"destabili[sz]e)\b"
)
_INTERPRETATION = re.compile(
    rf"^{_HAPPENING_SUBJECT} ({_MEANS}|{_STIRRED}|{_COPULA}( (a|an|the))?( [\w-]+){{0,2}}? {_VERDICT}|"
    rf"{_CONSEQUENCE})|"
    rf"^it ({_MEANS}|{_COPULA}( (a|an|the))?( [\w-]+){{0,2}}? {_VERDICT})|"
    rf"^{_UNNAMED_VIEW}|"
    rf"^this ({_CONSEQUENCE}|(shows|suggests|indicates|demonstrates|reveals|implies|matters)\b)|"
    r"^that (shows|suggests|indicates|demonstrates|reveals|implies|matters)\b|"
    # there is (growing) debate, concern, speculation: the mass noun, so not "There is a debate in
    # parliament on Tuesday" (a sitting), nor "There were fears of a stampede as crowds surged" (a past
    # scene), nor "There are fears for the miners" (what a report says of people in danger)
    r"^there (is|are|has been|have been|remains?)( (still|now|also|already|growing|mounting|increasing|"
    r"widespread|considerable|deep|deepening|little|much|some|no|intense|fierce|lively|heated|broad|real|"
    r"genuine|serious|renewed|fresh|lingering|persistent|public|political|legitimate|bitter)){0,2} "
    r"(debate|speculation|concerns?|doubts?|questions?|uncertainty|disagreement|skepticism|scepticism|"
    r"consensus|optimism|pessimism)\b|"
    # an outcome the writer cannot know
    r"^it remains to be seen\b|^(only )?time will tell\b|^it (is|remains) (still |as yet )?(unclear|"
    r"uncertain|not (yet )?clear)\b|^it is (too early|too soon|hard|difficult|impossible) to (say|tell|know|"
    r"predict|judge|assess|overstate|exaggerate|imagine|see how)\b|"
    r"^it is no (coincidence|accident|surprise|wonder)\b|"
    r"^(much|a lot|a great deal|everything|so much) (now )?(depends|will depend|hinges|rides|rests) on\b|"
    # the writer's certainty, question or lesson: "What is clear is that ...", "The risk is that ..."
    r"^what (is|was|remains|seems) (now |also |most |still )?(clear|certain|striking|remarkable|notable|"
    r"obvious|evident|telling|unclear|uncertain|not clear|surprising|worrying|troubling|undeniable)\b|"
    r"^what remains (unclear|uncertain|to be seen)\b|^one thing is (clear|certain)\b|"
    r"^the( [\w-]+)? (question|risk|danger|irony|paradox|problem|lesson|takeaway|truth|reality|upshot|worry|"
    r"fear|hope)( [\w’'-]+){0,3}? (is|remains|was) (whether|that|how|what|who|why|if)\b|"
    # the writer's stance: "Arguably, ...", "In other words, ...", "Either way, ..."
    r"^(arguably|undoubtedly|admittedly|to be sure|in other words|put (simply|bluntly)|simply put|"
    r"needless to say|either way|whatever the (outcome|result))\b|"
    # generalisations: "History suggests ...", "Such alliances rarely survive ...", "Markets tend to ..."
    r"^(history|experience|past experience) (suggests|shows|teaches)\b|"
    r"^such [\w-]+ (rarely|seldom|usually|typically|invariably)\b|"
    r"\b(raised|sparked|fuell?ed|stoked|prompted|triggered|spurred)( [\w-]+)? (concerns?|fears?|questions|"
    r"speculation|doubts|alarm|debate) among (analysts|observers|experts|commentators|pundits)\b|"
    # the stakes, the implications, the symbolism, judged
    r"^the (stakes|implications|symbolism|significance|timing|contrast|irony|consequences|ramifications|"
    r"message)\b[^,;]{0,60}? ((is|are|was|were|remains?) (hardly |not |very |deeply |clearly |also )?"
    r"(profound|significant|unmistakable|hard to miss|enormous|huge|obvious|striking|stark|considerable|"
    r"far-reaching)|could (hardly|not) be (higher|sharper|clearer|greater|starker))\b",
    re.IGNORECASE,
)

# The writer's prescription or verdict, in the voice of an op-ed or an editorial: what those who
# govern should or must do ("The council should restore the crews", "Lawmakers must not repeat ...",
# "Ministers would do well to ..."), what "we" must or cannot afford, "Let us ...", "It is time for
# ...", "What the county needs is ...", "The lesson is clear: ...", who deserves scrutiny or owes an
# explanation. Only those who govern: "Residents should boil water", "Drivers should avoid the A40",
# "Passengers must show a test" advise the public, as news does. "must" only with a demand's verb,
# since a duty is news ("The county must hold a new vote", "The government must now decide whether to
# appeal"), and neither "needs to" nor "has to" ("The board needs to approve the sale"). "should" is
# an expectation with a time ("The agency should announce its decision soon", "The prime minister
# should arrive in Kyiv on Thursday"): a date, a figure or a word of time keeps the sentence, as does
# a source ("..., the regulator said") or a quotation (`clean` passes `quoted`).
_GOVERNING = (
    r"(councils?|councillors|council members|boards?|governments?|ministers?|lawmakers|legislators|"
    r"legislatures?|"
    r"parliaments?|congress|senate|senators|regulators?|supervisors|county|city|state|province|mayors?|"
    r"governors?|presidents?|premiers?|chancellors?|prime ministers?|secretar(y|ies)|officials|leaders|"
    r"administration|"
    r"league|commission|commissioners|trustees|committees?|cabinet)"
)
# "The county board", "Our school board", "Supervisors"; not "Residents of the county" nor "Those in
# the city" (the public, in an advisory).
_GOVERNING_SUBJECT = (
    rf"{_OPENER}(the |our |this |its |their |every |each )?((?!(of|in|on|near|at|from|across|outside|"
    rf"around|throughout)\b)[\w’'-]+ ){{0,2}}?{_GOVERNING}"
)
_DEMAND = (
    r"(stop|end|act|do (more|better|something|the right thing)|listen|learn|reverse|restore|rethink|"
    r"reconsider|own up|apologi[sz]e|resist|reject|heed|step up|stand (firm|up)|wake up|"
    r"find the (courage|will))"
)
# "should" is the writer's only with a demand or in hindsight ("should resign", "should have listened"):
# else it is as often news's expectation ("Officials should brief reporters at the scene", "The board
# should approve the merger at its meeting", "... should have the results within days").
_PRESCRIBED = (
    r"(should( (not|never))?"
    r"( (now|also|instead|finally|at last|immediately|urgently|simply|therefore|first))?"
    rf" ({_DEMAND}|resign|step down|veto|scrap|abandon|withdraw|think again|be ashamed|answer for|"
    r"take responsibility|"
    r"have (?!(a|an|the|no|new|more|its|their|his|her|enough|been)\b)[a-z]+(ed|en|wn|ne|ght|ood|ung|ept)|"
    r"have been)\b|ought( not)? to|would do well to|"
    rf"must( (now|also|finally|at last|urgently))? (not|never|{_DEMAND})|"
    r"(cannot|can't|can no longer) (afford|let|ignore|keep|go on|continue|wait))\b"
)
_PRESCRIPTION = re.compile(
    rf"^{_GOVERNING_SUBJECT} {_PRESCRIBED}|"
    # the writer's "we", outside a quotation
    rf"^{_OPENER}we( all)? ({_PRESCRIBED}|should|must|need|have to|owe it to)\b|"
    r"^(let us|let's)\b|^(it is|it's) (high |past |about |now )?time (for|to|that|we|the)\b|"
    r"^(now|this) is the (time|moment) (for|to)\b|^the time has come\b|"
    r"^what ([\w’'-]+ ){1,3}(needs?|lacks?|must do|should do)( now| most)? is\b|"
    r"^the (lesson|answer|solution|remedy|choice|message|conclusion)( [\w’'-]+){0,3}? (is|seems) "
    r"(clear|simple|obvious|plain|stark)\b|"
    r"^([\w’'.-]+ ){1,4}(deserves?|owes?) ((better|scrutiny|answers|credit|praise|blame|to know|a say)\b|"
    r"([\w’'-]+ ){0,2}an? (explanation|apology|answer)\b)|"
    # what no one can know, and what need not have been, in hindsight
    r"^(no ?one|nobody) can (say|know|tell) (for (certain|sure)|with (certainty|confidence))\b|"
    rf"^{_OPENER}it is (hard|difficult|impossible) to (believe|accept)\b|"
    r"^(it|this|that|none of (this|it)) (did not|didn't|need not|needn't)( have)?( to)? "
    r"(be|happen|come to)\b|"
    r"^none of (this|it) (had|needed) to (be|happen|come to)\b",
    re.IGNORECASE,
)
# What keeps a prescription's words news: "should" read as an expectation, with a word of time ("should
# announce its decision soon") or a verb of what comes ("EU leaders should reach an agreement at the
# summit", "The governor should receive the bill"), and a duty someone imposed ("The state must stop
# using the drug, a federal judge ruled", "..., the court ordered", "Under the new code, ...").
_PRESCRIPTION_NEWS = re.compile(
    r"\b(soon|shortly|later|expected|likely)\b|"
    r"\bshould( also| still| now)? (reach|receive|arrive|meet|complete|finish|conclude|get|see|hear|know|"
    r"land|"
    r"return|take (effect|office)|begin|start|open|resume)\b|"
    r"\b(rul(ed|es|ing)|order(ed|s)|decree[ds]?|requir(ed|es)|under (the|a|an|its|their|new))\b",
    re.IGNORECASE,
)

# A tendency is a generalisation, never a dated event, figures and dates in it or not ("Prices tend to
# fall 5% in January", "Through its 12 bases abroad, Turkey tends to act as a broker"), after an
# opening phrase too. Not "tend to" as care, whose object follows ("Medics tend to the wounded",
# "Nurses tended to 40 survivors"). The opening phrase's commas are only those of a figure ("7,000").
_TENDENCY = re.compile(
    r"^(([^,;]|(?<=\d),(?=\d{3})){1,100}, )?([\w'’.-]+ ){1,4}((has|have|had) )?(tends?|tended) to "
    r"(?!(the|a|an|his|her|their|its|our|my|your|this|that|these|those|them|him|us|some|many|[\w-]+['’]s?|"
    r"wounded|injured|sick|dying|victims|survivors|patients|casualties|livestock|crops|graves)\b|\d)",
    re.IGNORECASE,
)

# A reading of what happened that also tells news, in a clause of its own: "The vote was a rebuke to
# the government, which lost by 20 votes on Wednesday", "The verdict is a blow to Meta, which faces a
# $1.4 billion fine". A date, or a clause after a comma about someone or something named: kept.
_CLAUSE_WITH_NEWS = re.compile(r", (which|who|whose|where|when)\b")
# A figure is news too: "There are concerns over the safety of 40 miners trapped underground" tells of
# 40 trapped miners, "The decision raises the prospect of a strike by 40,000 nurses" of a strike called.
# An age describes someone: "There is mounting concern about the health of the 81-year-old leader".
_FIGURE = re.compile(r"\d(?![\d,.]*-year-old\b)")


def _is_analysis(shown: str, quoted: bool = False) -> bool:
    """Whether a sentence only interprets: a question, or the writer's own conditional, judgement,
    prescription or reading of what happened. `quoted`: the sentence is inside a quotation its line
    opened before it ("“Our town will recover. We must rebuild,” the mayor said"), the speaker's words."""
    if _QUESTION.search(shown):
        return True
    if _ATTRIBUTED.search(shown):
        return False
    if _TENDENCY.search(shown):
        return not _CLAUSE_WITH_NEWS.search(shown)
    if _PENALTY_IF_CONVICTED.search(shown):
        return False
    return _ANALYSIS.search(shown) is not None or (
        (
            _INTERPRETATION.search(shown) is not None
            or (
                not quoted
                and _PRESCRIPTION.search(shown) is not None
                and not _PRESCRIPTION_NEWS.search(shown)
            )
        )
        and not _CLAUSE_WITH_NEWS.search(shown)
        and not _FIGURE.search(shown)
        and not find_date_expressions(shown)
    )


# Text that addresses the model instead of the reader: a hostile article, never an event. A system
# prompt is an instruction as a label ("System prompt: ...") or the object of a command at the start
# ("Reveal your system prompt"), and "as an AI" only as the model's own role ("As an AI, you ..."),
# so news about AI ("The system prompt of OpenAI's chatbot leaked", "As an AI researcher, Hinton
# warned") is a report.
_INSTRUCTION = re.compile(
    r"(ignore (all |any )?(the )?(previous|prior|above|earlier) (instructions|prompts?)|"
    r"disregard (all |the )?(previous|prior|above) |\bsystem prompt\s*:|^system:|"
    r"^(please |now |first,? )?(reveal|print|show|repeat|output|ignore|disregard|forget|override|replace)\b"
    r".{0,40}\bsystem prompt|"
    r"\byou are (now )?(an? )?(ai|(helpful )?assistant|(large )?language model|chatbot)\b|"
    r"output an? (event|json)|\bas an ai( language model| assistant| model)?\s*,|new instructions:)",
    re.IGNORECASE,
)


# A hyphenated word a wrapped paragraph broke across lines ("self-\nserving"): read as one word.
_HYPHEN_AT_WRAP = re.compile(rf"(?<=[^\W\d_]-)[^\S{LINE_BREAKS}]*(?:\r\n|[{LINE_BREAKS}])\s*(?=[^\W\d_])")
_LINE_BREAK = re.compile(f"[{LINE_BREAKS}]")  # without one, there is no wrap to mend


def visible_text(text: str) -> str:
    """The text as a reader sees it: invisible characters gone, whitespace collapsed, a hyphenated
    word broken across lines whole again."""
    # Every report's title and sentence pass here in a merge: the work no text needs is skipped.
    if not text.isascii():  # ASCII is composed already and has no invisible character
        text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    if _LINE_BREAK.search(text):  # the wrap's look-behind, tried at every character, cost the most
        text = _HYPHEN_AT_WRAP.sub("", text)
    return " ".join(text.split())  # split() and the pattern \s agree on every character


@dataclass(frozen=True)
class CleanedDocument:
    """The sentences the model is shown, numbered from 1, and what was left out."""

    sentences: list[Sentence]
    furniture: list[Sentence] = field(default_factory=list)
    instructions: list[Sentence] = field(default_factory=list)
    analysis: list[Sentence] = field(default_factory=list)

    text: str = ""

    def paragraphs(self) -> list[str]:
        """The kept sentences as the reader sees them, one paragraph per source line (the lines of a
        hard-wrapped paragraph are one)."""
        runs = segments(self.text)  # cached: every part of a long article asks for the same runs
        paragraphs: list[str] = []
        previous_line = -1
        for sentence in self.sentences:
            # Looked up in the runs themselves: a list of their starts made anew for each part made a
            # long article quadratic (2,000 parts of a 100,000-line text: 3.6 s, now 0.04 s).
            line = bisect_right(runs, sentence.start, key=lambda run: run[0])
            shown = visible_text(sentence.text)
            if paragraphs and line == previous_line:
                paragraphs[-1] += " " + shown
            else:
                paragraphs.append(shown)
            previous_line = line
        return paragraphs


def _is_heading(sentence: Sentence, line: str) -> bool:
    """A short line (its wrapped lines joined) with no sentence punctuation: a headline or
    subheading, not a report. A list item that reads as a clause ("- Three people were killed in
    Kharkiv": five words or more, not a title-cased link) and a lead-in of six words or more ending
    with a colon ("In a statement, the president said the following:") are prose."""
    mark = _LIST_MARK.match(line)
    body = line[mark.end() :] if mark else line
    if sentence.text != body or re.search(r"[.!?…\"”]$", body):
        return False
    words = body.split()
    if mark:
        return len(words) < 5 or _is_title_case(words)
    if body.endswith(":"):
        return len(words) < 6
    return len(words) < 14


def _is_title_case(words: list[str]) -> bool:
    long = [word for word in words if len(word) > 3 and word[0].isalpha()]
    return bool(long) and sum(word[0].isupper() for word in long) >= 0.8 * len(long)


def _without_list_mark(sentence: Sentence, run_start: int) -> Sentence:
    """A list item's text without its bullet or number ("- ", "• ", "1. "), as a reader reads it."""
    mark = _LIST_MARK.match(sentence.text) if sentence.start == run_start else None
    if mark is None or mark.end() == len(sentence.text):
        return sentence
    return Sentence(sentence.start + mark.end(), sentence.end, sentence.text[mark.end() :])


def _inside_quotation(before: str) -> bool:
    """Whether the text of a line before a sentence leaves a quotation open: more opening curly or
    angle quotes than closing ones, or an odd number of straight double quotes."""
    return (
        before.count("“") > before.count("”")
        or before.count("«") > before.count("»")
        or before.count('"') % 2 == 1
    )


_PROSE_WORDS = 3  # words a heading needs to stand for the text when there is nothing else
_KEY_VALUE_LINE = re.compile(r"(?m)^\s*[A-Za-z_][\w.-]*\s*:")  # "title: ...": metadata, not a note


def clean(text: str, title: str | None = None) -> CleanedDocument:
    """Split `text` into sentences and keep those that belong to the article body."""
    kept: list[Sentence] = []
    furniture: list[Sentence] = []
    instructions: list[Sentence] = []
    analysis: list[Sentence] = []
    headings: list[Sentence] = []
    in_tail = False
    seen: set[str] = set()
    runs = segments(text)
    starts = [start for start, _ in runs]
    sentences = [_without_credit(s) for s in split_sentences(text)]
    run_of = [bisect_right(starts, sentence.start) - 1 for sentence in sentences]
    sentences = [_without_list_mark(s, runs[run][0]) for s, run in zip(sentences, run_of, strict=True)]
    paragraphs = _paragraphs(sentences, run_of)
    captions = _notice_runs(paragraphs)
    furniture_from: list[bool] | None = None  # computed at the first tail marker, for every line at once
    for sentence, run in zip(sentences, run_of, strict=True):
        shown = visible_text(sentence.text)
        line = text[runs[run][0] : runs[run][1]]
        marker = not in_tail and TAIL_MARKERS.match(shown) is not None
        if marker:
            if furniture_from is None:
                furniture_from = _furniture_from(text, runs)
            in_tail = furniture_from[run + 1]
        if _INSTRUCTION.search(shown):
            instructions.append(sentence)
        elif (
            in_tail
            or marker
            or not shown
            or _FURNITURE.fullmatch(shown)
            or run in captions
            or shown in seen
            or (title is not None and shown == visible_text(title))
        ):
            furniture.append(sentence)
        elif _is_heading(sentence, line):
            furniture.append(sentence)
            headings.append(sentence)
        elif _is_analysis(shown, _inside_quotation(text[runs[run][0] : sentence.start])):
            analysis.append(sentence)
        else:
            kept.append(sentence)
        seen.add(shown)
    kept, furniture = _without_closing_bios(kept, furniture, paragraphs)
    prose = [
        s
        for s in headings
        if len(re.findall(r"[^\W\d_]{2,}", s.text)) >= _PROSE_WORDS and not _KEY_VALUE_LINE.search(s.text)
    ]
    if not kept and not analysis and prose:
        # Nothing but short lines without a full stop ("Putin resigned on Monday"): a one-line note or
        # a list of headlines is the text itself, not the headings of a text that is not there.
        kept, furniture = prose, [s for s in furniture if s not in prose]
    return CleanedDocument(kept, furniture, instructions, analysis, text)


def _paragraphs(sentences: list[Sentence], run_of: list[int]) -> dict[int, list[Sentence]]:
    """The sentences of each line (`run_of`: the line each sentence starts in), in order."""
    members: dict[int, list[Sentence]] = {}
    for sentence, run in zip(sentences, run_of, strict=True):
        members.setdefault(run, []).append(sentence)
    return members


def _notice_runs(paragraphs: dict[int, list[Sentence]]) -> set[int]:
    """The short lines that are furniture as a whole: a caption that ends with its photo credit, a
    reader appeal that ends with its call ("... Become a member today."), and a correction note that
    opens with its words ("An earlier version of this article said ...")."""
    return {
        run
        for run, members in paragraphs.items()
        if len(members) <= _NOTICE_SENTENCES
        and (
            _CREDIT_LINE.fullmatch(shown := visible_text(members[-1].text))
            or _APPEAL.fullmatch(shown)
            or _CORRECTION_NOTE_SENTENCE.fullmatch(visible_text(members[0].text))
        )
    }


def _without_closing_bios(
    kept: list[Sentence], furniture: list[Sentence], paragraphs: dict[int, list[Sentence]]
) -> tuple[list[Sentence], list[Sentence]]:
    """`kept` without the author bios that close it: short paragraphs opening with one ("Jane Doe is a
    reporter based in Tbilisi. Her work has appeared in ..."). Only at the end, after the article: in
    its body such a paragraph is news ("Evan Gershkovich is a Wall Street Journal reporter. He was
    arrested in Yekaterinburg in March 2023", dropped when a bio anywhere was furniture)."""
    run_by_start = {sentence.start: run for run, members in paragraphs.items() for sentence in members}
    closing: list[Sentence] = []
    while kept:
        run = run_by_start[kept[-1].start]
        paragraph = paragraphs[run]
        if len(paragraph) > _NOTICE_SENTENCES or not _BIO_SENTENCE.fullmatch(visible_text(paragraph[0].text)):
            break
        while kept and run_by_start[kept[-1].start] == run:
            closing.insert(0, kept.pop())
    return kept, sorted([*furniture, *closing], key=lambda s: s.start)


def _furniture_from(text: str, runs: Sequence[tuple[int, int]]) -> list[bool]:
    """For each line (and one past the last), whether the lines from it on are page furniture: not
    mostly prose (two paragraphs at least, half the text) but short link-like lines, teasers cut with
    "…", or a comment thread. A "Read more" or "Share this:" inside the article is followed by the rest
    of the article.

    Counted once from the end for every line: reading the rest of the text again at each tail marker
    made a file of many articles, each with its "Read more", quadratic (26 s for 1 MB)."""
    furniture = [True] * (len(runs) + 1)  # nothing follows the last line
    comments = False
    prose = prose_chars = chars = 0
    for index in range(len(runs) - 1, -1, -1):
        start, end = runs[index]
        line = visible_text(text[start:end])
        comments = comments or _COMMENT_THREAD.search(line) is not None
        chars += len(line)
        if _ENDS_PROSE.search(line) and not all(_FURNITURE.fullmatch(s.text) for s in split_sentences(line)):
            prose += 1
            prose_chars += len(line)
        furniture[index] = comments or prose < 2 or 2 * prose_chars < chars
    return furniture


def _without_credit(sentence: Sentence) -> Sentence:
    credit = _CREDIT_PREFIX.match(sentence.text)
    if credit is None:
        return sentence
    start = sentence.start + credit.end()
    return Sentence(start, sentence.end, sentence.text[credit.end() :])
