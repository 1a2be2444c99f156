"""Tolls given with no head noun after the count: "the death toll rose to 30", "the number of injured reached 120",
a toll that changed "from N to M", and a toll that is a fee ("a $10 bridge toll"). Pure logic: no I/O.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .patterns import alt
from .numbers import Amount
from .figure_words import scale_word_pattern, toll_fee_words, toll_verb_forms
from .count_heads import DEMONYM_W, QUALIFIER, word_country
from .measure_patterns import TOLL_MEASURE

_TOLL_VERBS = toll_verb_forms()
# "the death toll rose to 30", "the number of injured reached 120": the count has no head noun after it.
# "The number of lives lost due to the Easter Sunday bombings in Sri Lanka has risen to 321", "The number of prisoners
# killed during a riot at a prison in Ecuador's city of Guayaquil has increased to 13": a cause, time or place phrase
# after the toll noun may run longer than the seven words allowed otherwise ("The death toll from the raid on the Nur
# Shams camp in the West Bank city of Tulkarem climbed to five": a place named with its city and region). A possessive
# may stand among the words ("put the toll of yesterday's disaster at five"; not a hyphenated word: "the protesters carried
# signs with anti-government sentiments and at one stage sung" is no count of protesters), and the people counted before the cause
# ("The number of missing persons after flash floods swept through the state has increased to 141").
TOLL = re.EndAnchored(r"(?i)\b(?P<w>death toll|toll|losses|casualty count|casualties|death count|deaths|fatalities|"
                   # "the prosecutor puts the tally at 37": a bare "tally" is a toll only as someone's estimate (not a
                   # player's "tally rose to 20")
                   r"(?<=\bput(?:s|ting)?\s+(?:the|its|their)\s+(?:[\w-]+\s+)?)tally(?=\s+at\b)|"
                   # "the number killed ... rose to 38": the participle may follow the noun without "of"
                   r"(?:number|figure|tally|count)\s+(?:dead|killed|injured|wounded|missing|detained|arrested|displaced)|"
                   # ("the total of those detained since Tuesday to 2,300": a total is such a number too)
                   r"(?:number|figure|tally|count|total) of (?:the )?(?:[\w-]+\s+){0,3}?"
                   # a relative clause may tell what befell them: "the number of people who have died in the heatwave"
                   r"(?:(?:who|that)\s+(?:have\s+|had\s+|has\s+)?(?:been\s+|gone\s+)?)?"
                   r"(?:dead|deaths|died|fatalities|killed|victims|casualties|injured|wounded|"
                   r"displaced|missing|detainees|detained|detentions|arrested|arrests|injuries|refugees|lives\s+lost|"
                   # South Asian English's singular: "total number of dengue death this year rose to three" (not "the
                   # number of death threats")
                   r"death(?=\s+(?:this|so|in|from|due|has|had|have|rose|risen|reached|stood|stands|now|climbed|increased)\b))|"
                   # "the protesters numbered about 10,000", "the camp's population is estimated at 40,000"
                   # ("the number of marchers peaked at 98,600": a march's crowd counted by its marchers)
                   r"(?:the\s+)?(?:protesters|demonstrators|(?<=number\sof\s)marchers|crowds?|turnout)|(?:camp|refugee|displaced)\s+population|"
                   r"population\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}camps?)\b(?:(?:\s+[\w'’]+){0,7}?|(?:\s+(?:people|persons))?\s+(?:due\s+to|caused\s+by|as\s+a\s+result\s+of|because\s+of|from|in|during|at|after|"
                   # the people it counts: "its overall toll for Palestinians killed in the almost five-month war neared 30,000"
                   # (a word may hold dots: "after 9 p.m. local time", "the U.S. strike")
                   r"for|among)(?:\s+[\w'’-]+(?:\.[\w'’-]*)*){1,16}?)"
                   # a part set off by commas: "the death toll, including 18 children, currently stood at 51"
                   r"(?:\s*,\s+including\s[^,.;]{1,60},)?"
                   # "the casualty count in Maule, originally reported at 587": an earlier count of it, set off by a comma
                   r"(?:,(?=\s+(?:originally|initially|first|earlier|previously)\s))?"
                   r"\s+(?:has\s+|had\s+)?(?:(?:currently|now|already|reportedly|originally|initially|first|earlier|previously)\s+)?(?:"
                   # the verbs that move or give a count, in their tensed forms: "rose", "has risen", "stands", "peaked",
                   # headline present tense "Death toll from Morocco quake passes 2,000", Indian English "touched 91"
                   # (toll_rise_verbs.tsv, toll_level_verbs.tsv)
                   rf"{alt(_TOLL_VERBS['tensed'])}|"
                   r"(?:reported|estimated|put|given|set)(?=\s+at\s)|"
                   # another side's count the toll is weighed against: "the official death toll is lower than the 802
                   # figure given by emergency authorities"
                   r"(?:lower|higher|smaller|larger|less|greater)\s+than(?:\s+the)?|"
                   r"is|was|of|at|to|"
                   # a plural toll noun's present tense: "Cholera deaths pass 5,000", "Ebola deaths top 100"
                   rf"(?<=(?:deaths|fatalities|casualties|losses|toll)\s)(?:{alt(_TOLL_VERBS['bare'])}))(?:\s+(?:to|at))?"
                   # a round number passed: "The number of new refugees has passed the 100,000 mark"
                   rf"(?:(?<=\b(?:{alt(_TOLL_VERBS['mark'])}))\s+the)?\s*$")
# a count that changed, its earlier value after "from" and its new one after "to": "the number of internally displaced
# in the southern region — already ravaged by a 2021 earthquake — from 116,000 to 270,000" (the toll noun phrase
# before it, with no other count between them than a year)
_FROM_N_TO = re.compile(rf"(?i)\bfrom\s+(?:{QUALIFIER}\s+)?\d[\d,.]*"
                        rf"(?:\s+{scale_word_pattern()})?\s+to\s+$")
_CHANGED_TOLL = re.compile(r"(?i)\b(?:(?P<t>death\s+toll|death\s+count)|(?:number|total|tally|count)\s+of\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+){0,3}?(?P<w>displaced|refugees|dead|deaths|killed|fatalities|injured|wounded|"
                           r"missing|detained|detainees|arrested|arrests|casualties|victims))\b(?P<gap>[^.;:!?]{0,100})$")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def changed_toll(sent: str, a: Amount) -> tuple[str, str | None] | None:
    """(measure, the people's country a demonym names) when count `a` is the new value of a toll that changed "from N to"
    `a`, else None. Not money ("from $5 to $7") nor a rate ("from 20 to 30 percent")."""
    fr = _FROM_N_TO.search(sent, max(0, a.qual_start - 40), a.qual_start)
    if fr is None or _MONEY_SIGN.search(fr.group(0)) or re.match(r"\s*(?:%|percent|per cent)", sent[a.end:]):
        return None
    toll = _CHANGED_TOLL.search(sent, max(0, fr.start() - 160), fr.start())
    if toll is None or re.search(r"\d", _YEAR.sub("", toll.group("gap"))):
        return None
    measure = "killed" if toll.group("t") else TOLL_MEASURE.get(toll.group("w").lower(), "killed")
    dm = DEMONYM_W.search(toll.group(0))  # "the number of Sudanese refugees"
    return measure, word_country(dm.group("d")) if dm else None


# refugees counted by where their number got to, with no "number of" ("Sudanese refugees fleeing clashes hit 90,000 in
# Chad", "Refugees from the fighting now number 12,000"): only verbs of a count that grew, not "at" or "is" ("refugees
# at 3 camps"); an estimate of them is ("The flow of refugees, estimated at 4,000 by an official")
REFUGEES_REACH = re.compile(r"(?i)\b(?:[\p{L}-]+\s+)?(?P<w>refugees),?(?:\s+[\w'’-]+){0,6}?\s+(?:has\s+|have\s+|had\s+)?(?:now\s+)?"
                             r"(?:estimated\s+at|hit|hits|reached|reach|reaches|rose|risen|rise|rises|passed|pass|passes|topped|top|tops|"
                             r"surpassed|surpass|surpasses|numbered|number|numbers|swelled|swell|swells|climbed|climbs|"
                             r"exceeded|exceed|exceeds)(?:\s+the)?\s*$")
# the count before the toll it sums up, in wire copy's inverted order: "This brought to 56 the death toll in protests
# since the coup", "raising to 30 the number of people killed" (not the plain "toll", a fee too: see fee_toll)
TO_N_BEFORE = re.compile(r"(?i)\b(?:br(?:ought|ings?|inging)|rais(?:ed|es|ing|e)|push(?:ed|es|ing)?|t(?:ook|akes?|aking))\s+"
                          r"(?:(?:the\s+)?total\s+)?to\s+$")
TO_N_AFTER = re.compile(r"(?i)\s+the\s+(?:overall\s+|total\s+|official\s+)?(?P<w>death toll|death count|number of (?:the\s+)?"
                         # the people counted, then what befell them ("the number of people killed"); not a state they
                         # are listed in ("the number of players on injured reserve")
                         r"(?:(?!(?:on|in|at|of|for)\s)[\w-]+\s+){0,3}?(?:dead|deaths|killed|injured|wounded|arrested|detained|"
                         r"displaced|missing))\b(?!\s+(?:reserve|list))")
# the count after the people it counts and a copula: "while persons arrested were 213", "those killed numbered 40"
COUNTED_WERE = re.compile(r"(?i)\b(?P<w>(?:persons|people|those|individuals)\s+(?:killed|injured|wounded|arrested|detained|"
                           r"displaced|missing))\s+(?:were|are|was|is|numbered|totall?ed|stood\s+at|reached)\s+$")
WORD = re.compile(r"[\p{L}]+")
_MONEY_SIGN = re.compile(r"\p{Sc}")
_PAID_ON = re.compile(r"(?i)toll\s+(?:on|for|at)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+)?(?P<r>\p{L}+)")


def fee_toll(before: str, toll, amount: str, rest: str) -> bool:
    """The toll `toll` (a TOLL match in `before`, the text up to the count) is a fee, not a death toll: the plain word
    "toll" (not "death toll") next to what a fee is paid for ("bridge toll", "toll road", "toll on the motorway"), or
    with the count in money ("$10", "10 dollars", "8 euros"): toll_fees.tsv and pycountry's currencies."""
    if toll.group("w").lower() != "toll" or "death" in before[max(0, toll.start() - 12): toll.start()].lower():
        return False
    words = toll_fee_words()
    # the word before "toll", the one after it, or a road it is paid "on"/"for" ("the toll on the highway"; not "the
    # toll in the bridge collapse", a death toll)
    near = WORD.findall(before[max(0, toll.start() - 20): toll.start()])[-1:] + WORD.findall(toll.group(0))[1:2]
    if paid := _PAID_ON.match(toll.group(0)):
        near.append(paid.group("r"))
    if any(w.lower() in words["road"] for w in near):
        return True
    return bool(_MONEY_SIGN.search(amount)) or money_after(rest)


def money_word(word: str) -> bool:
    """Whether a word is one for money ("dollars", "euros", "rupees", "cents"; toll_fees.tsv and pycountry)."""
    return word.lower() in toll_fee_words()["money"]


def money_after(rest: str) -> bool:
    """Whether the word after a count is one for money: "10 dollars", "8 euros", "2.2 trillion VND" (after a scale word
    the amount's parse left out, any "-illion", the money word or ISO code that follows)."""
    words = WORD.findall(rest[:40])[:2]
    if words and words[0].lower().endswith("illion") and rest.lstrip().startswith(words[0]):
        words = words[1:]
    # (a code only in mixed case: an all-caps headline's words may spell one, "TOLL TOPS 40 ALL OVER")
    return bool(words) and rest.lstrip().find(words[0]) < 20 and (
        money_word(words[0]) or words[0] in toll_fee_words()["codes"] and not rest[:60].isupper())


# "The toll of the shelling was 10 people": a death toll told with its people after the count
DEATH_TOLL_WAS = re.compile(r"(?i)\b(?:death\s+)?toll\b(?:\s+(?:of|from|in)(?:\s+[\w-]+){1,4}?)?\s+(?:was|is|stood\s+at|"
                             rf"stands\s+at|rose\s+to|reached|has\s+risen\s+to)\s+(?:{QUALIFIER}\s+)?$")
# "The death toll ... continued to mount. Officials said it had crossed 1,000": "it" is the toll the sentence before
# named as its subject, and the count is that toll's (find_figures' `prev`)
PREV_TOLL = re.compile(r"(?i)^(?:\S+\s+){0,4}?(?:the\s+)?(?:(?P<w>death toll|toll|death count|number of (?:the )?dead))\b")
IT_TOLL = re.compile(r"(?i)\bit\s+(?:has\s+|had\s+|now\s+)*(?:rose|risen|climbed|jumped|reached|hit|stands|stood|increased|"
                      r"rises|climbs|jumps|soars|reaches|hits|passes|passed|surpasses|surpassed|tops|topped|crosses|crossed|"
                      r"exceeds|exceeded)(?:\s+(?:to|at))?\s*$")
# a toll noun joined to its count by a bare preposition only ("protesters at", "casualties of the dispersal of"), no
# verb of a count ("estimated at", "stood at")
# (a participle after the count goes on with the toll: "its estimated death toll of 230 released on Monday")
PARTICIPLE_NEXT = re.compile(r"\s+\p{Ll}+(?:ed|en|ing)\b")
PLACE_PREP = re.compile(r"(?i)(?<!\b(?:estimated|put|puts|reported|given|set|stood|stands|peaked|peaks))\s+(?:at|of)\s*$")
CROWD_TOLLS = frozenset(("protesters", "demonstrators", "marchers", "crowd", "crowds", "turnout"))
# a tally or count with no noun of what it counts, at or to a number: the toll the sentence before told ("At least 100
# people had died. The provisional tally stood at 165.")
ANAPHORIC_TALLY = re.compile(r"(?i)\b(?:the|its|their|this|that)\s+(?:[\w-]+\s+)?(?:tally|count)\s+(?:has\s+|had\s+|now\s+)*"
                              r"(?:stood|stands|rose|risen|climbed|reached|increased|rises|climbs|reaches)\s+(?:at|to)\s*$")
ANAPHORIC_TALLY_ANY = re.compile(r"(?i)\b(?:tally|count)\s+(?:has\s+|had\s+|now\s+)*(?:stood|stands|rose|risen|climbed|reached|"
                                  r"increased|rises|climbs|reaches)\s+(?:at|to)\s")
