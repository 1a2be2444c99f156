"""The patterns find_figures (figures.py) reads a count by: bare counts, parts of a whole, dates, quotations and the
other shapes of a count phrase that only the per-sentence driver uses. Pure logic: no I/O.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .patterns import PLACE, alt
from .inflections import verb_forms
from .calendar_words import MONTH_ABBRS, MONTHS, WEEKDAYS
from .figure_words import scale_word_pattern, generic_case_adjectives
from .count_heads import NUMBER_WORD, ORG_HOMES, QUALIFIER
from .measure_patterns import CLAUSE_OPENERS, HEAD_CUES

# compiled once, not looked up in the pattern cache on every call
ONE_OF_OWN = re.compile(r" of (?:its|their|our|his|her) [\w-]+ (?:was|has been|had been) ")
NEXT_NOUN = re.compile(r"\s+(?:of\s+)?\w+")

_OWN = re.compile(r"(?i)\b(?:its own|their own|our|we|us)\b")
LOSER = re.compile(rf"\b(?P<c>{PLACE}|{alt(ORG_HOMES)})(?:,\s+which)?\s+(?:has\s+|had\s+|have\s+)?lost\s+"
                    rf"(?:{QUALIFIER}\s+)?$")

# "killed 130 in Paris last November and 32 in Brussels in March": counts in a list, each with its place
PARALLEL_PLACE = re.compile(r"\s+(?P<p>in|at)\s+(?:the\s+)?\p{Lu}")
# a verb of finding right before a count of migrants (INTERCEPTED_HEADS): a detention by border or immigration agents
# (its finite forms from lemminflect; a gerund, "finding 40 migrants", is left as it was)
_INTERCEPT_VERBS = ("find", "locate", "intercept", "secure", "encounter")
INTERCEPTED = re.compile(r"(?i)\b(?:" + "|".join(sorted((f for f in verb_forms(_INTERCEPT_VERBS) if not f.endswith("ing")), key=len, reverse=True)) + rf")\s+(?:(?:{QUALIFIER}|another)\s+)?$")
# a finite verb after the migrants makes them the subject of what was found ("a study found 40 migrants lacked papers")
# (not a passive relative, which tells what was done to them: "found 303 migrants who were being transported in trucks")
FINITE_AFTER = re.compile(r"(?i)\s+(?!(?:who|that)\s+(?:were|was|had)\s+being\s)(?:(?:who|that)\s+)?(?:were|was|are|is|had|have|has|did|do|does|would|could|will|may|might|"
                           r"lacked|lack|lacks|needed|need|needs|said|say|says|wanted|want|wants)\b")
# the passive: "107 foreigners from Guatemala, Honduras and Cuba were found" (their origin may come between)
FOUND_AFTER = re.compile(rf"(?i)(?:\s+from\s+[^.;:!?]{{1,80}}?)?\s*,?\s+(?:were|have\s+been|had\s+been)\s+(?:(?:\w+ly|also|later)\s+)?"
                          rf"(?:{'|'.join(f for f in verb_forms(_INTERCEPT_VERBS) if f.endswith('ed') or f in ('found',))})\b")
INTERCEPTED_HEADS = frozenset(("migrants", "immigrants", "foreigners", "asylum seekers", "asylum-seekers"))
# "20 protesters have been arrested in Melbourne and another three in Sydney": "another" / "a further" before a bare count
# in a place says the count shares the verb of the figure before it, wherever that figure's verb stands
AND_ANOTHER = re.compile(r"(?i)(?:,|\band)\s+(?:another|a further)\s+$")
ANOTHER_BREAK = re.compile(r"(?i)\b(?:said|says|who|which|that|while|but|whereas)\b|[;:]")
# "N more" with no noun or verb of its own: a place, a time or a purpose follows, or the clause ends ("tens of thousands
# more in countries around the Indian Ocean", "and up to 50 more to provide security"; not "40 more were injured", "two
# more to be evacuated")
MORE_GAPPED = re.compile(r"(?i)\s+more(?=\s*(?:$|[,.;:)]|\s+(?:in|on|at|from|across|around|elsewhere|outside|inside|near|"
                          r"during|since|throughout|overnight|to\s+(?!be\b)\w+)\b))")
# the word that joins it to the figure before it ("and", "with", "while", a comma)
MORE_LINK = re.compile(r"(?i)(?:,|\band|\bwith|\bplus)\s+(?:(?:another|up\s+to|about|some|nearly|almost)\s+)?$")
# a verb or a new clause between the two counts ends the list: "killed 130 in Paris, and police said 32 in Brussels"
CLAUSE_BETWEEN = re.compile(r"(?i)\b(?:said|says|were|was|are|is|had|have|has|who|which|that|while|but)\b|[;:]")
LATER_DIED = re.compile(r"(?i)\s+(?:(?:have|had|has)\s+)?(?:(?:later|since|subsequently|also)\s+)?(?:died|succumbed|passed away)\b")
# (the measures whose verb takes its victim as object: "fled their homes" is still the head's flight)
FATALLY = re.compile(r"(?i)\b(?:fatally|fatal|mortally|mortal)\s+$")
STATE_AFTER = re.compile(r"(?i)^\s*(?:(?:who|that)\s+(?:are|were|remain|remained)\s+|still\s+|(?:are|were)\s+still\s+)*(\w+)")

# the words between a toll and a part of it: "14 people, including two women"
# the words between a figure and a count in brackets after it: "5 wounded (1 child)", "12 were killed (three ..."
BRACKET_PART = re.compile(r"(?:\s+[\p{L}-]+){0,3}\s*\(\s*")
PART_AFTER_TOLL = re.compile(r"(?i)\s*,?\s*(?:including|among them|of whom)\s+")
IN_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
# a cause a march stands for or against: "the annual pro-democracy march", "an anti-war march"
CAUSE = re.compile(r"(?i)\b(?:pro|anti)-\w")
GENERIC_HEAD = re.compile(
    # (not "and others", whose own verb it is: "the navy rescued 20 and others were missing"; nor a word that opens a
    # clause of its own: "troops killed two while others fled", "neutralising one as the rest escaped")
    # (data/clause_openers.tsv)
    r"(?i)\s+(?:of\s+(?:the\s+)?)?(?:(?!and\s+(?:[\p{L}-]+\s+)?others\b|(?:" + "|".join(w for w, _kind in CLAUSE_OPENERS) +
    r")\s)[\p{L}’'-]+\s+){0,2}?"
    # the head: any word, kept only if it names people (person_head); then an apposition of ages ("his two sons, 17
    # and 22, were arrested") and an adverb ("were also arrested")
    r"(?P<h>[\p{L}-]{2,})(?:,\s*(?:aged\s+)?\d{1,2}(?:\s*(?:,|and)\s*\d{1,2})*\s*,)?\s+(?:(?:who|that)\s+)?"
    r"(?:were\s+|have\s+been\s+|had\s+been\s+|are\s+|have\s+|had\s+|remain\s+|remained\s+)?"
    # (not "fatally", which makes the cue after it a death: "eight criminals were fatally wounded", measure_cues.tsv)
    r"(?:(?:who|that)\s+(?:are\s+|were\s+|remain\s+|have\s+been\s+)?)?(?:(?:(?!fatally\b)\w+ly|also|later|both|all|still|being)\s+)?"
    # Indian and wire English put the day between the auxiliary and the participle: "Five guerrillas were Saturday
    # killed", "were on Sunday arrested"
    rf"(?:(?:on\s+)?(?:{'|'.join(WEEKDAYS)})\s+)?"
    # "two hikers were found dead", "three climbers are still missing", "ten workers are feared dead"
    r"(?:(?:found|confirmed|reported|feared|presumed|believed)\s+)?"
    r"(?P<c>killed|died|dead|injured|wounded|hurt|arrested|detained|abducted|kidnapped|missing|evacuated|displaced|drowned|"
    r"shot dead|gunned down|in (?:police |federal |state )?(?:custody|detention)|behind bars|fled|rallied|marched|protested|demonstrated|"
    + HEAD_CUES + r")\b")
# "At least 29 of his colleagues have died", "three of their comrades were killed", "12 of the miners are missing": a
# part of a group the text names with a determiner or a possessive, with its toll verb; the count is of people whatever
# the noun (not animals or things, NOT_PEOPLE)
PARTITIVE_HEAD = re.compile(
    # "eight of the 30 passengers": the whole's own count may stand before its noun
    # "76 of the ferry's 118 passengers": the whole may be a possessor's
    r"(?i)\s+of\s+(?:the|his|her|its|their|our|my|your|these|those)\s+(?:[\p{L}-]+['’]s?\s+)?(?:[\d,]+\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?P<h>[\p{L}-]{3,}s)"
    # where they are from or work may come between ("six of his colleagues from rights group X in the slum had been detained")
    r"(?:\s+(?:from|in|at|with)\s+[^,.;:!?\d]{1,60}?)?\s+"
    r"(?:(?:who|that)\s+)?(?:were\s+|have\s+been\s+|had\s+been\s+|has\s+been\s+|are\s+|have\s+|had\s+|has\s+)?(?:\w+ly\s+|still\s+)?"
    r"(?P<c>killed|died|dead|injured|wounded|hurt|arrested|detained|abducted|kidnapped|missing|evacuated|displaced|drowned|"
    r"shot dead|gunned down|" + HEAD_CUES + r")\b")
# a vague amount written as a number's size that goes straight before its noun, as a number does ("several hundred
# activists were arrested"; "hundreds" takes "of")
FEW_MAGNITUDE = re.compile(rf"(?i)(?:several|a\s+few|many)\s+{scale_word_pattern('words')}s?")
PART_OF = re.compile(rf"(?i)\b(?:\d[\d,]*|{NUMBER_WORD}|a few|some|several|most|many|all)\s+of\s+(?:the|its|their|his|her|our|these|those)\s+"
                      r"(?:[\p{L}-]+['’]s?\s+)?$")  # (a possessor's whole: "76 of the ferry's 118 passengers")
# "Twenty-three of the 53 wounded remained hospitalized": a whole named by its measure is a toll of its own
TOLL_WHOLE = re.compile(r"(?i)\s+(?:dead|killed|wounded|injured|missing|displaced|arrested|detained)\b")
# (or a state after "still" that ends the clause, predicated without a verb: "leaving 76 of the 118 passengers still
# unaccounted for,"; not "eight of the 30 passengers still missing are children", whose 30 are the missing)
WHOLE_PREDICATE = re.compile(r"(?i)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:(?:were|was|are|is|have|has|had|remain\w*|died|drowned|perished)\b|"
                              r"still\s+\p{L}+(?:\s+for)?\s*(?:[,.;:]|$))")
ONE_DEATH = re.compile(r"(?i)\s+(?:(?:new|additional|more|further|confirmed|reported|related|suspected|probable|other)\s+){0,2}"
                        r"(?:death|fatality)\b(?!\s+(?:each|apiece|row|threats?|penalty|sentence|certificate|squad|toll|rate|knell|wish))")

STRONG = re.compile(r"(?i)-strong\s+(?:[\w-]+\s+)?(?P<h>crowd|mob|march|protest|demonstration|rally|force|contingent|"
                     r"army|militia|battalion|brigade|deployment|unit|detachment)\b")
# "Dead: 14" in a table or fact box
TABLE = re.compile(r"(?i)\s*(?P<w>dead|deaths|killed|injured|wounded|missing|arrested|detained|displaced)\s*[:–—-]\s*")
# square kilometres of territory taken or burnt are a figure; acres of a plot for sale are not
AREA_CUE = re.compile(r"(?i)\b(?:territor\w+|occup\w+|captur\w+|seiz\w+|control\w*|liberat\w+|annex\w+|took|retook|taken|"
                       r"gain\w*|advanc\w+|burn\w*|blazes?|fires?|wildfires?|scorched|search\w*|flood\w*|evacuat\w+)\b")
# a bare count, a part of it set off by commas, then its participle: "Over 40, including children, killed in Sudan
# hospital attack", "At least 12, among them three medics, were wounded" (headlines and ledes)
ASIDE_CUE = re.compile(r"(?i),\s+(?:including|among\s+them)\s[^,.;:]{1,60},\s+(?:(?:were|have\s+been|had\s+been|are|was)\s+)?"
                        r"(?P<c>killed|dead|died|die|wounded|injured|hurt|arrested|detained|abducted|kidnapped|displaced|"
                        r"missing)\b")
# What sets a bare count against a figure before it: "down from 799", "a record high of 799", "compared with 120"
COMPARED = re.compile(r"(?i)\b(?:(?:up|down)\s+(?:\w+\s+)?from(?:\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:high|low|peak|total|figure|tally)\s+of)?|"
                       r"(?:a|an|the)\s+(?:(?:record|previous|all-time|daily|new|earlier|single-day)\s+){1,2}(?:high|low|peak|total|figure|tally)\s+of|"
                       r"compared\s+(?:with|to)|(?:up|down)\s+(?:\w+\s+)?on|"
                       # "10,000 people were still missing - lower than the 20,000 a different spokesperson gave": another
                       # source's count of the same people (not "more than", "less than": a qualifier)
                       r"(?:lower|higher|smaller|larger|greater)\s+than\s+the)\s+$")
# the source another count is cited from, after it: "the 20,000 a different Red Crescent spokesperson gave on Thursday",
# "the 802 figure given by emergency authorities", "up from an official tally of 41 given earlier by Amman" (the
# participle right after the count: "given", "reported" on a day, by a source)
GIVEN_AFTER = re.compile(r"(?i)\s+(?:(?:figure|toll|count|estimate)\s+(?:given|reported|cited|released)\s+by|"
                          r"(?:given|reported|cited|released|announced|issued|provided)\s+(?:earlier|previously|initially|on|by|in|at)|"
                          r"(?:a|an|the|its|their)\s+"
                          r"(?:[\w'’.-]+\s+){0,5}?(?:had\s+)?(?:gave|given|reported|cited|released|gives|reports|cites))\b")
EARLIER = re.compile(r"(?i)\s+(?:(?:the|a)\s+(?:day|week|month|year)\s+(?:before|earlier)|(?:the\s+)?(?:previous|prior)\s+(?:day|week|month|year))\b")

# "reporting a 6th fatality linked to the virus", "the third death": an ordinal toll counts the dead so far
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
ORDINAL_TOLL = re.compile(r"(?i)\b(?:a|an|the|its|their)\s+(?P<n>\d{1,3}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")\s+"
                           r"(?:(?:confirmed|reported|known|suspected|probable|human|related)\s+)?"
                           r"(?P<w>death|fatality|victim)\b(?!\s+(?:row|penalty|sentence|certificate|threat|squad))")

ORDINAL_HEADS = frozenset(("death", "fatality", "victim"))

NO_ONE = re.compile(r"(?i)\b(?:no|not(?:\s+a\s+single)?|not\s+even)\s+$")
# a day of a month is a date, never a count: "killed in the June 25 protest", "on 20 March" (month names from the
# calendar module; "May" too, capitalised, before or after a day's number)
_MONTH_ALT = "|".join(MONTHS) + r"|(?:%s)\." % "|".join("Sept?" if a == "Sep" else a for a in MONTH_ABBRS if a != "May")
# (not after a month that has its day already, "on 12 March 12 people were killed", nor after "in": "In May 5 soldiers died")
MONTH_BEFORE = re.compile(rf"(?<!\d\s|\b[Ii]n\s)\b(?:{_MONTH_ALT})\s+$")
MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:{_MONTH_ALT})(?![\p{{L}}])")
HOW_MANY_OF = re.compile(r"(?i)\bhow\s+(?:many|much)\s+of\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:estimated\s+)?$")
# an evacuation near a count of the hurt: "evacuated 21 injured people", "the evacuation of 12 wounded soldiers"
EVACUATED = re.compile(r"(?i)\bevacuat(?:ed|ing|es|e|ion)\b")
# the base of a proportion: "four out of five deaths", "one in every ten victims" (not "out of the 53 wounded", a whole
# with a toll of its own: PART_OF)
RATIO_OF = re.EndAnchored(rf"(?i)\b(?:\d[\d,.]*|{NUMBER_WORD})\s+out\s+of\s+(?:every\s+)?$|\b(?:one|1)\s+in\s+(?:every\s+)?$")
# "it is extremely rare for more than a hundred policemen to be injured": the subject of an infinitive after an adjective of
# the general case is no count of what happened (data/generic_case_adjectives.tsv)
GENERIC_FOR = re.compile(rf"(?i)\b(?:{'|'.join(sorted(generic_case_adjectives()))})\s+for\s+$")
TO_BE_DONE = re.compile(r"(?i)(?:\s+[\p{L}-]+){0,3}?\s+to\s+(?:be|get)\s+")
MILESTONE = re.compile(r"(?i)\s+marks?\b")
OF_WORD = re.compile(r"\s+of\s+(?:the\s+)?(?P<w>[\p{L}-]+)")
# animals (or things) counted by the head: "11,500 heads of cattle", "300 head of livestock" (not_people_nouns.tsv)
HEAD_OF = re.compile(r"(?i)\s+heads?\s+of\s+(?P<n>[\w-]+)")
KIN_OF = re.compile(r"(?i)\b(?:(?:grand|step)?(?:mother|father|parent)s?|mom|dad|mum)\s+of\s+$")

# quotation marks a wire puts around the other side's word for the people counted ('eight "militants" were killed',
# 'more than 70 "active members of a terrorist group" were detained'): the count is of them all the same
SCARE_QUOTED = re.compile(r"(?<=\s)[\"“](?P<np>\p{L}[\p{L}\d,.\s-]{0,60}?)[\"”](?=\s+(?:were|was|have|had|are|is|and|,|killed|"
                           r"wounded|injured|dead|detained|arrested)\b|,)")
# a wire's quotation marks around a modifier inside the count's noun phrase ('Three “armed” Meitei persons were killed',
# as in 'two "horrific" nights'): the noun after it is the count's head all the same
QUOTED_MOD = re.compile(r"(?<=\s)[\"“](?P<np>\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*)?)[\"”](?=\s+\p{L})")
# a wire's quotation marks around the other side's word for what befell the people ('“around 10 terrorists” had been
# “neutralised”', '12 secessionists were also "neutralized"', 'a "provisional toll" of 31 soldiers and three
# auxiliaries'): the cue reads as if unquoted (a short lower-case span whose last word is a measure cue)
QUOTED_CUE = re.compile(r"(?<=\s)[\"“](?P<np>(?:\p{Ll}[\p{L}-]*\s){0,2}\p{Ll}[\p{L}-]*)[\"”](?=[\s,.;:])")
# a quoted amount with its hedge: 'told AFP that "more than 40" were killed'
HEDGED_NUMBER = re.compile(rf"(?i){QUALIFIER}\s+(?P<n>\S.*)")

# a count's "members of" or "elements of" an armed or security force: "three members of the security forces"
OF_FORCE = re.compile(r"(?i)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:security forces|armed forces|army|military|police|forces|militia|"
                       r"national guard)\b")

# "Their allies at the CFDT put the figure at 2.9 million", "Estimates from the public sector put attendance at 3
# million": a light verb gives a count whose noun names no measure of its own
# ("a Red Crescent representative put that number higher, at 11,300": another source's count weighed against the one
# before it)
PUT_AT_ANY = re.compile(r"(?i)\bput(?:s|ting)?\s+(?:[\w-]+\s+){0,2}?(?:figure|estimate|attendance|turnout|number)"
                         r"(?:\s+(?:\w+\s+)?(?:higher|lower),?)?\s+at\s")
PUT_AT = re.compile(r"(?i)\bput(?:s|ting)?\s+(?:(?:the|its|their|his|her|our|that|this)\s+(?:[\w-]+\s+)?)?"
                     r"(?P<w>figure|estimate|attendance|turnout|number)(?:\s+(?:\w+\s+)?(?:higher|lower),?)?\s+at\s+$")
