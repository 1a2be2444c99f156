"""The measure patterns: the cue words of each measure (killed, wounded, displaced, detained, missing, deployed,
protesters; measure_cues.tsv adds to them) and the patterns built on them that several readers share. Pure logic: no I/O.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .patterns import PLACE
from .patterns import may_hold
from .calendar_words import WEEKDAYS
from .data_files import read_pair_list, read_rows
from .figure_words import number_cue_words, number_word_pattern, scale_word_pattern, measure_cues
from .count_heads import QUALIFIER

# "held" and "holding", custody words that as often hold a thing or an event (data/held_custody.tsv): (word, cue,
# read after a count's head, read before a magnitude)
_HELD = read_rows("held_custody.tsv")
# words that open a clause of their own after a count, in the order the patterns try them (data/clause_openers.tsv)
CLAUSE_OPENERS = read_pair_list("clause_openers.tsv")
# the held words that do not say a count's people are held after its head ("holding signs") or before a magnitude
# ("rallies were held in their hundreds")
HELD_NOT_AFTER_HEAD = frozenset(w for w, _cue, after, _magnitude in _HELD if after == "no")
HELD_NOT_MAGNITUDE = frozenset(w for w, _cue, _after, magnitude in _HELD if magnitude == "no")
_MEASURES = [
    ("killed", r"killed|killing|kills|kill|died|die|dies|dead|deaths?|death toll|lost (?:their )?lives|slain|perished|fatalities|fatally|drowned|drown|drowns|"
               # "Seven drown in floods" (headline present tense); "reported 58 murders": a count of killings
               r"murders|killings|murdered|murdering|shot dead|massacring|beheaded|slaughtered|slaughtering|gunned down|"
               # not "has fallen to 1 billion gallons": a number that falls declines
               r"martyred|executed|massacred|fallen(?!\s+(?:to|from|by|below|under|back|off|short|sharply|steadily|slightly|"
               r"significantly|dramatically|ill|asleep|apart|behind)\b)|toll"),
    ("wounded", r"wounded|wounding|wounds|injured|injuring|injures|injuries|injury|hurt|hospitali[sz]ed|"
                # "19 people were taken to hospital", "12 were treated in hospital", "300 were given outpatient
                # treatment": the injured
                # ("were evacuated to hospital": the hurt moved for care, not people fled from their homes)
                r"(?:taken|rushed|admitted|airlifted|evacuated) to (?:a |the )?(?:local |nearby )?hospitals?|"
                r"treated (?:in|at) (?:a |the )?(?:local |nearby )?hospitals?|(?:outpatient|hospital|medical) treatment"),
    ("casualties", r"casualties|losses"),
    ("displaced", r"displaced|displacing|displaces|fled|flee|flees|fleeing|evacuated|evacuate|evacuating|refugees|homeless|uprooted|forced from their homes|"
                  r"crossed into|crossed the border|left their homes|have left|from their homes|to flee|sheltering|"
                  r"(?:refugee|displacement|displaced persons) camps?|"
                  # people driven from their homes who shelter elsewhere: "14,000 people taking shelter in tents",
                  # "forced thousands of people to take refuge", "14,000 people flooded into camps"
                  r"(?:take|takes|took|taken|taking|sought|seek|seeks|seeking|find|found|finding)\s+(?:shelters?|refuge)|going\s+to\s+shelters|"
                  r"(?:flooded|fled|poured|streamed|crowded|moved)\s+into\s+(?:[\w-]+\s+){0,2}?camps?|"
                  r"slept\s+(?:outdoors|outside|in the open|in tents)|"
                  # people who crossed somewhere to get away from violence: "17,000 Congolese entered Uganda to escape
                  # fighting near their homes" (not "two prisoners tried to escape")
                  r"to\s+escape\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:fighting|violence|clashes|war|conflict|persecution|"
                  r"attacks|bombing|bombardment|shelling|airstrikes|air strikes)"),
    # (headline present tense: "Colombia police detain dozens", as "Police arrest 40")
    ("detained", r"detained|detaining|detains|detain|arrested|arrests?|detention|captured|taken prisoner|taken hostage|prisoners|imprisoned|jailed|"
                 r"hostages?|abducted|kidnapped|detainees|custody|behind bars|"
                 # "are held", "holding" (not "the rebel-held area"): data/held_custody.tsv
                 + "".join(f"{cue}|" for _word, cue, _after, _magnitude in _HELD) +
                 # "taken into custody", "forcibly taken by security forces", "rounded up"
                 r"taken into custody|rounded up|(?:forcibly )?taken (?:away )?by (?:the )?(?:security forces|police|soldiers|troops|"
                 r"authorities|agents|officers)"),
    ("missing", r"missing|unaccounted"),
    # troops that "remain" or are "based" somewhere are a deployment (only with a military head, see classify_count)
    ("deployed", r"deployed|deploying|deploy|sent|send|sending|stationed|dispatched|remain|remains|remained|remaining|based|"
                 r"garrisoned|serving|present|hosts|hosting|host|mobili[sz]ed|mobili[sz]ing|called up"),
    ("protesters", r"protesters|demonstrators|rallied|marched|protested|(?:took|take|takes|taking) to the streets?|demonstrated|"
                   r"(?:took|take|taking) part in (?:the |a )?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?)|"
                   r"(?:joined|attended) (?:the |a )?(?:[\w-]+ )?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?)|"
                   # "the protest drew 10,000 people"
                   r"(?:protests?|rall(?:y|ies)|march(?:es)?|demonstrations?) (?:\w+ )?(?:drew|attracted|brought out)|"
                   # "tens of thousands more residents launched 'save the students' marches"
                   r"(?:launched|staged|held|organi[sz]ed) (?:[\w“”\"'‘’-]+ ){0,3}?(?:protests|marches|rallies|demonstrations)"),
]
# the cues of the data file (measure_cues.tsv) join their measure's own
_MEASURES = [(name, "|".join([p] + [src for m, src, _ in measure_cues() if m == name])) for name, p in _MEASURES]
MEASURE_RX = [(name, re.compile(rf"(?i)\b(?:{p})\b")) for name, p in _MEASURES]
CUE_ALT = "|".join(p for _, p in _MEASURES)
MEASURE_ANY = re.compile(rf"(?i)\b(?:{CUE_ALT})\b")
OTHER_NUMBER = re.compile(rf"\b(?:\d[\d,.]*|{number_word_pattern(one=False)})\s")
# "killing more than 200", "the deaths of 49", "Armenia lost 3,825", "the evacuation of 136,000 people": the cue
# governs the number right after it
# fillers between the verb and its count: "killing all 298", "deploy a force of 800", "sent another 3,000", "includes a
# detachment of 23"
# ("the remains of only six people have been recovered": the dead, as "the bodies of"; "the killings yesterday of at
# least 10 people": the day may come between the noun and its "of")
ADJ_CUE = re.EndAnchored(rf"(?i)\b(?P<c>remains\s+of(?=\s)|{CUE_ALT}|lost|bodies|(?:evacuation|displacement)(?=\s+of\s)|(?:claim(?:ed|ing|s)?|t(?:ook|aking|akes?)) the lives)\s+"
                      rf"(?:(?:yesterday|today|overnight|last\s+night|on\s+(?:{'|'.join(WEEKDAYS)}))\s+(?=of\s))?"
                      rf"(?:of\s+(?:the\s+)?)?(?:(?:all|all of the|the|a total of|another|an additional|"
                      rf"a further|(?:a|an)\s+(?:force|contingent|detachment|battalion|unit|group|total|crowd|team)\s+of)\s+)?"
                      # ("only" and "just" qualify no count, "the remains of only six people", but stand where a qualifier does)
                      rf"(?:(?:{QUALIFIER}|only|just)\s+)?"
                      # the high end of a range the verb governs: "killed between 20 and 30 people" (figure_ranges reads both ends)
                      rf"(?:between\s+(?:\d[\d,.]*|[a-z]+)(?:\s+{scale_word_pattern('any')})?\s+and\s+)?$")
# Words for soldiers sent abroad or posted (not police officers or fighters, who are "in" a place for other reasons).
TROOPS = re.compile(r"troops|forces|soldiers|marines|service ?members|servicem[ae]n|(?:military )?personnel|peacekeepers|"
                     r"peacekeeping troops|military")
# "3,500 troops advising and assisting in Iraq": a reduced relative of what they do there comes between
# ("there were about 36 soldiers at a post in the district": a post, outpost or checkpoint is a place troops are posted to)
PLACED = re.compile(rf"\s+(?:(?:are|were|is|remain|stay)\s+)?(?:[a-z]+ing\s+(?:and\s+[a-z]+ing\s+)?)?(?:in|inside|across|at)\s+(?:the\s+)?(?:{PLACE}|[A-Z][\p{{L}}-]+|"
                     rf"(?:region|area|country|base|zone|garrison)\b|(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:post|outpost|checkpoint|army\s+base|military\s+base)\b)")
IN_CAMP = re.compile(r"(?i)\b(?:live|lived|living|stay|stayed|staying|shelter\w*|housed|remain\w*|stranded|trapped)\s+"
                      r"(?:in|at)\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}camps?\b")  # "staying in 53 makeshift relief camps"
# "the camp now holds 40,000 people", "the shelters house some 900 people": the population of a camp is displaced
CAMP_HOLDS = re.compile(r"(?i)\b(?:camps?|shelters?|settlements?)\s+(?:\w+\s+)?(?:holds?|held|hous(?:es?|ed)|hosts?|hosted|shelters?|"
                         rf"sheltered|accommodates?|accommodated)\s+(?:{QUALIFIER}\s+)?$")
_KILL_VERB = r"(?:killed|killing|kills|executed|executing|executes|beheaded|beheading|murdered|murdering|massacred|slain|shot dead)"
# what befell captives when it is their death: "the gunmen executed six hostages", "three prisoners were killed"
KILLED_BEFORE = re.compile(rf"(?i)\b{_KILL_VERB}\s+(?:(?:all|all of the|the|another)\s+)?(?:{QUALIFIER}\s+)?$")
# ("13 prisoners are recorded dead", "were found dead": the record or the finding of their death)
# An aside between them does not change it ("three detainees, including Sina Qanbari, had lost their lives"), nor does the
# tense of a headline or a bulleted summary ("Four detainees die in custody", "Three detainees lose their lives").
KILLED_AFTER = re.compile(rf"(?i)(?:(?:,[^,.;:]{{1,80}}){{1,2}},)?\s+(?:(?:were|was|have been|had been|has been|are|is|have|had)\s+)?(?:(?:\w+ly|also|later|now|both|all|since|recorded|reported|"
                           rf"confirmed|found|declared)\s+)?(?:{_KILL_VERB}|died|dead|die|dies|dying|perished|succumbed|"
                           rf"(?:lose|loses|lost|losing)\s+(?:their|his|her)\s+lives?)\b")
# a contrast word ends a count's reach as a stop does (data/clause_openers.tsv)
HARD_STOP = re.compile(rf"[.;:!?]|\b(?:{'|'.join(w for w, kind in CLAUSE_OPENERS if kind == 'contrast')})\b")
# a hospital stay as a wounded cue ("taken to hospital", "hospitalized", "treated in hospital"), and what makes it an
# illness's rather than an injury's: the sentence names the sickness, and no attack, accident or poison that hurt them
HOSPITAL_CUE = re.compile(r"(?i)(?:taken|rushed|admitted|airlifted|treated|hospitali[sz]ed|"
                           r"(?:outpatient|hospital|medical) treatment)")
ILLNESS = re.compile(r"(?i)\b(?:(?:becoming|became|become|fell|falling|fallen|feeling|felt|taken)\s+(?:ill|sick)|"
                      r"illness(?:es)?|"
                      r"heat\s?strokes?|heat exhaustion|sunstroke|dehydration)\b")
HARMED_BY = re.compile(r"(?i)\b(?:gas|leak\w*|poison\w*|fumes|smoke|chemicals?|toxic|contaminated)\b")
# captives who got out, were let out or were moved: "escaped", "broke out", "were freed", "were evacuated"
# (in a relative clause too: "recapture 40 of the 87 prisoners who escaped": the 87 got out)
CAPTIVES_OUT = re.compile(r"(?i)\s+(?:(?:who|that)\s+)?(?:(?:have|had|has|were|was|are|had been|have been)\s+)?"
                           r"(?:(?:also|later|reportedly|allegedly)\s+)?"
                           r"(?P<c>escaped|escaping|escape|fled|broke\s+out|break\s+out|freed|released|evacuated|"
                           r"evacuating)\b")
SET_OFF_RELATIVE = re.compile(r"\s*,\s*(?:who|whom)\b[^,.;:!?“”\"]{1,200},")

_WORDS = re.compile(r"[a-z]+")
# Every figure has a digit, a number word or a magnitude word; most sentences have none.
# (number_words.tsv and vague_amounts.tsv: "large numbers of" by "numbers")
_ANY_NUMBER = re.compile(rf"\d|(?i:\b(?:{'|'.join(sorted(number_cue_words(), key=lambda w: (-len(w), w)))})\b)")
_DIGIT = re.compile(r"\d")  # (`regex`'s \d, as in _ANY_NUMBER: any decimal digit)
# _ANY_NUMBER's words as lower_words reads them: a sentence with no digit and none of these is left unscanned (the
# scan tries the case-insensitive words at every word boundary, ~30 us a sentence; see any_number)
_NUMBER_WORDS = number_cue_words()


def any_number(sent: str) -> bool:
    """_ANY_NUMBER.search(sent) is not None: a digit at once, else the scan only when one of its words is there."""
    return _DIGIT.search(sent) is not None or \
        (may_hold(_NUMBER_WORDS, sent) and _ANY_NUMBER.search(sent) is not None)


# Every figure needs one of these words somewhere in its sentence; most sentences have none.
_FUNCTION_WORDS = frozenset("to a an the is was are were be been being have has had from their in of into out on take took "
                            "taking part join joined for".split())
# Content words of the measure cues (a phrase like "to flee" is found by "flee"), plus head nouns and units.
CUES = frozenset(w for _, p in _MEASURES for w in _WORDS.findall(p) if w not in _FUNCTION_WORDS and len(w) > 2) | frozenset(
    "shelter square sq km km2 hectares acres deaths dead casualty casualties losses hospitalised hospitalized hostage arrest "
    "victims number lives bodies corpses numbered population crowd crowds turnout rally rallies protest marches demonstration "
    "troops soldiers personnel marines camp mobilised mobilized mobilising mobilizing reservists".split())

# verbs that name a protest whoever does it (not "marched" or "rallied", which a crowd of fans or pilgrims does too)
OPEN_PROTEST = re.compile(r"(?i)(?:protested|demonstrated|protesting|demonstrating|(?:took|take|takes|taking) to the streets?|(?:took|take|taking) part in (?:the |a )?(?:protests?|"
                           r"demonstrations?|rall(?:y|ies))|(?:joined|attended) (?:the |a )?(?:[\w-]+ )?(?:protests?|demonstrations?|rall(?:y|ies)))")
# a protest named besides the verb, or what the march is against or for
PROTEST_AIM = re.compile(r"(?i)\b(?:protest\w*|rall(?:y|ies)|demonstrat\w+|vigil|sit-in|against|in support|demand\w*|"
                          r"chant\w*|slogans?|placards?|banners?)\b")
PROTEST = re.compile(r"(?i)\b(?:protest\w*|rall(?:y|ies)|march\w*|demonstrat\w+|vigil|sit-in|strike)\b")
TURNED_OUT = re.compile(r"(?i)turn\w*\s+out\b")
# a count that took part, with no event named after the verb ("while organizers said 510,000 participated"): protesters
# only where the sentence names a protest, as for "turned out" (measure_cues.tsv)
TOOK_PART = re.compile(r"(?i)participated|took\s+part")
# a crowd that gathered is counted as protesters only where the sentence names a protest or its aim ("Thousands gathered
# outside the rally ... in what was a mostly peaceful protest", "200 unionists gathered, carrying banners denouncing ...")
GATHERED = re.compile(r"(?i)gathered")
# the data file's cues that may follow any plural noun for people (measure_cues.tsv, head "yes")
HEAD_CUES = "|".join(src for _, src, head in measure_cues() if head)
# ("More than 700,000 of those in the camp have fled Myanmar": where "those" are may come between)
# ("At least 323 of those who died were Egyptians": the part of a toll its relative clause names)
OF_THEM = re.compile(r"(?i)\s+of\s+(?:them|whom|those(?:\s+(?:in|at|from)\s+[^,.;:!?\d]{1,50}?|\s+(?:who|that))?)\s+"
                      r"(?:(?:were|have been|had been|has been|are|was|have|had)\s+)?"
                      r"(?:(?:\w+ly|also|later|still)\s+)?(?P<c>killed|died|dead|injured|wounded|hurt|arrested|detained|"
                      r"missing|drowned|shot dead|fled|evacuated|displaced|" + HEAD_CUES + r")\b")

# "4,000 drowned", "Thousands rallied": a bare count that is the subject of its verb
# headlines drop the auxiliary: "Dozens arrested as protests spread", "Thousands flee as wildfire rages"
BARE_VERB = re.compile(r"(?i)\s+(?:more\s+)?(?:have\s+|had\s+)?(?P<c>died|(?:die|dies|drown|drowns)(?![\w-])|drowned|perished|rallied|marched|protested|demonstrated|fled|flee|"
                        r"arrested|detained|abducted|kidnapped|evacuated|displaced|took to the streets?|"
                        # headline present tense: "Thousands rally in Tbilisi", "Hundreds protest ..."
                        # ("take to the street": the singular is as common in wire copy: "as hundreds take to the street")
                        r"(?-i:[Rr]ally|march|[Pp]rotest|[Dd]emonstrate|take to the streets?)|poured into the streets|filled the streets|"
                        # headlines: "Three held over teenager's murder", "Five in custody after shooting", "Wildfire forces
                        # 2,000 to flee" (held only before what it is held over, not "Thousands held a vigil")
                        r"held(?=\s+(?:over|after|for|on suspicion|in connection))|in (?:police )?custody|under arrest|to flee|to evacuate|"
                        # "Thousands joined the protest", "Hundreds took part in the march", "Thousands participated in the rallies"
                        r"(?:joined|attended|took part in|participated in) (?:the |a )?(?:[\w-]+ )?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?)|"
                        # "About two dozen people were injured and thousands left their homes"
                        r"left their homes|gathered|(?:participated|took part)(?=\s*(?:[,.;:)]|$))|"
                        # "hundreds seeking shelter in evacuation centres", "with 300,000 going to shelters": a bare count
                        # that took refuge (the displaced measure's shelter cues)
                        r"(?:seeking|sought|taking|took|finding|found)\s+(?:shelter|refuge)|going\s+to\s+shelters)\b")
PRESENT_PROTEST = frozenset(("rally", "march", "protest", "demonstrate", "take to the streets", "take to the street"))

MEASURE_RX_BY = dict(MEASURE_RX)
DEPLOYED_RX = MEASURE_RX_BY["deployed"]
# A part of a toll named before it: "the dead included five children", "Of those killed, 12 were children"
# ("among the deceased there were 41 protesters": the count is of the dead, whoever they were)
# (the toll may be a relative clause: "Of those who died, 40 were children", "Among those who were killed were 12 police")
_WHO_WERE = r"(?:(?<=those\s)(?:who|that)\s+(?:(?:have|had)\s+)?(?:(?:been|were)\s+)?)?"
AMONG = re.compile(rf"(?i)\b(?:the|those)\s+{_WHO_WERE}(?P<w>dead|killed|injured|wounded|missing|arrested|detained|victims|died)\s+"
                    rf"(?:included|include|includes|were|are)\s+$|\b[Oo]f\s+(?:the|those)\s+{_WHO_WERE}(?P<w>dead|killed|injured|wounded|"
                    rf"missing|arrested|detained|victims|died)\s*,\s*$|\bamong\s+(?:the|those)\s+{_WHO_WERE}(?P<w>dead|deceased|killed|injured|"
                    rf"wounded|missing|arrested|detained|victims|died)\s+(?:there\s+)?(?:were|are|was|is)\s+$")
# "the bodies of 14", "23 bodies were recovered" are the dead; "two leadership bodies" are not
UNRECOVERED = re.compile(r"(?i)\s+(?:(?:were|was|have|has|had|are|remain)\s+)?(?:still\s+)?(?:never|not|yet\s+to\s+be)\s+"
                          r"(?:been\s+|yet\s+been\s+)?(?:recovered|found|retrieved|located)\b")
# (a headline's present tense and where bodies are left: "Investigators find 19 bodies in pits", "Over 100 bodies dumped
# in mass grave"; a grave named by its kind, not "grave concern"; not "bodies dumped the proposal" nor "bodies find
# common ground")
BODY_CUE = re.compile(r"(?i)\b(?:recover\w*|found|finds?(?=\s+(?:[\w,]+\s+){1,3}bodies\b)|dumped(?=\s+(?:in|into|at|on|near|along|beside|outside|inside)\b)|(?:mass|shallow|clandestine|secret|common|unmarked)\s+graves?|pits|pulled|retriev\w*|identif\w*|flown|brought|buried|burial|discover\w*|spotted|"
                       r"floating|dead|killed|victims|morgue|exhum\w*|returned|wash\w* (?:up|ashore)|lay|lying|remains|transfer\w*|transport\w*|"
                       r"carried|coffins?|bags?|hospital|counted|counting|saw|seen)\b")  # "he counted 51 bodies", "we saw 23 bodies": a witness's toll
# "240 were taken hostage", "12 have been killed": a bare count with its verb right after it
# "more" between them: "Hundreds more were injured", "two more have died"; a hedge of the count's state ("12 were
# believed to be missing", "five are feared to have died") stands between them too
# ("Over 4,400 reported detained": a headline's "reported" stands for "were reported")
# (an adverb inside the perfect passive: "though 13 have since been recaptured", "five have now been arrested")
PASSIVE_CUE = re.compile(rf"(?i)\s+(?:more\s+)?(?:(?:(?:have|has|had)\s+(?:since|now|already|also|just)\s+been|were|have been|had been|are|was|reportedly|reported|have|had)\s+(?:\w+\s+)?"
                          r"(?:(?:believed|feared|thought|presumed|reported|said|known)\s+to\s+(?:be|have(?:\s+been)?)\s+)?"
                          rf"(?P<c>{CUE_ALT}|taken hostage)|"
                          rf"remain(?:s|ed)?\s+(?:in\s+)?(?P<c2>custody|detention|detained|missing|unaccounted|hospitali[sz]ed))\b")
TOLL_MEASURE = {"died": "killed", "detained": "detained", "arrested": "detained", "losses": "casualties", "count": "killed", "toll": "killed", "dead": "killed", "deceased": "killed", "deaths": "killed", "fatalities": "killed", "killed": "killed",
                 "lost": "killed", "victims": "killed", "casualties": "casualties", "injured": "wounded", "wounded": "wounded",
                 "displaced": "displaced", "missing": "missing", "detainees": "detained", "arrests": "detained",
                 "detentions": "detained", "injuries": "wounded", "refugees": "displaced", "protesters": "protesters", "demonstrators": "protesters", "marchers": "protesters", "crowd": "protesters",
                 "crowds": "protesters", "turnout": "protesters", "population": "displaced", "camp": "displaced",
                 "camps": "displaced"}

AND_HURT = re.compile(r"(?i)\s+(?:and|or)\s+(?:were\s+)?(?:injured|wounded|hurt)\b")
NAMED_AND = re.compile(r"\b[A-Z][\p{L}’'-]+\s+and\s+(?:the\s+)?$")

# In an epidemic's story "casualties" are its dead ("two fresh casualties", "215 active cases, and six casualties"):
# a disease wounds no one. Not where the sentence tells of violence or an accident, whose casualties include the hurt.
_EPIDEMIC = re.compile(r"(?i)\b(?:covid(?:-19)?|coronavirus|pandemic|epidemic|virus|tested positive|infections|cholera|ebola|"
                       r"dengue|measles|influenza|flu)\b")
VIOLENCE = re.compile(r"(?i)\b(?:attacks?|strikes?|bomb\w*|shell\w*|fighting|war|clash\w*|explosions?|blasts?|crash\w*|"
                       r"accidents?|collisions?|quakes?|earthquakes?|floods?|fires?|storms?|shoot\w*|gunfire|riots?|stampedes?)\b")

# Where "lost N <people>" is a toll: the sentence tells of deaths or violence ("Israel has lost seven soldiers and four
# civilians in the conflict", "We lost dozens of men and several are wounded": the hurt beside them tell of a fight);
# elsewhere "lost 200 workers / customers / members" is a business or a team losing them.
LOSS_CONTEXT = re.compile(VIOLENCE.pattern[:-3] + r"|conflict|battles?|combat|offensive|died|dead|deaths?|killed|lives|wounded|injured|"
                           r"tragedy|disaster|tsunami|hurricane|cyclone|typhoon)\b")


def epidemic_story(title: str | None, text: str) -> bool:
    """The story is about an epidemic: its headline or opening names a disease at least twice."""
    return len(_EPIDEMIC.findall(f"{title or ''}\n{(text or '')[:3000]}")) >= 2


def disease_measure(measure: str, sent: str) -> str:
    """The measure of a figure in an epidemic's story: its "casualties" are deaths."""
    return "killed" if measure == "casualties" and not VIOLENCE.search(sent) else measure
