"""The words that report speech or a stance in news English, with the claim type each signals."""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)
from .calendar_words import WEEKDAYS
from .cue_words import act_objects, declared_acts, rule_verb_types, rule_verbs, verdict_words
from .figure_words import count_qualifier_pattern, number_word_pattern

# Every form the regex rules read as a reporting verb -> its claim type (data/rule_verbs.tsv, forms from lemminflect)
VERB_TYPE = rule_verb_types()
PHRASES = {"called on": "appeal", "called for": "appeal", "calls on": "appeal", "calls for": "appeal",
            "ruled out": "denial", "rules out": "denial", "went on": "statement", "continued": "statement",
            "pointed out": "statement", "points out": "statement", "put the death toll at": "statement",
            "put the toll at": "statement", "puts the death toll at": "statement", "put the number of": "statement",
            # "read aloud the names of 279 Chileans who had been killed": an official's reading is a statement
            "read aloud": "statement", "read out": "statement", "reads out": "statement", "reads aloud": "statement",
            "issued a statement": "statement", "published a statement": "statement", "released a statement": "statement"}
# "called the comments “deplorable”" (a verdict in quotes), "asked foreign countries to send ships" (a request).
# "Joe Biden joined growing calls for the release of racial data": an appeal made by joining it.
# ("placed the death toll at 44"; "updated an earlier report": a body revising its own or another's count states the new one)
_SPECIAL = (r"(?:raised|raises|revised|revises|updated|updates|lowered|lowers|increased|gave|gives|put|puts|set|sets|placed|places)"
            r"(?=\s+(?:(?:up|down|upward|downward|again|later|now)\s+)?(?:the|its|their|a|an)\s+(?:(?:official|overall|"
            r"provisional|latest|final|previous|own|new|updated|daily|earlier|initial)\s+)?(?:death\s+|casualty\s+)?(?:toll|tally|count|"
            r"(?<=(?:updated|updates|revised|revises)\s+(?:\w+\s+){1,2})report|"
            # ("put the figure of the missing at 670": "the figure of" is such a number too)
            r"(?:number|figure) of (?:the\s+)?(?:(?:confirmed|reported|civilian|military|registered)\s+)?(?:dead|deaths|wounded|injured|casualties|fatalities|victims|displaced|missing|arrests|detainees))\b)|"
            # a headline's, without the article: "Mali slashes massacre death toll by a third", "Nepal raises quake death toll"
            r"(?:slashed|slashes|cut|cuts|raised|raises|revised|revises|lowered|lowers)(?=\s+(?:[\w-]+\s+)?death\s+toll\b)|"
            # "the CFDT put the figure at 2.9 million", "estimates from the public sector put attendance at 3 million"
            r"(?:put|puts|putting)(?=\s+(?:(?:the|its|their|his|her|our)\s+(?:[\w-]+\s+)?)?(?:figure|estimate|attendance|turnout)\s+at\s)|"
            r"(?:recorded|registered|counted|documented)(?=\s+(?:(?:" + count_qualifier_pattern() + r"|a total of|"
            r"another|an additional|a further)\s+)?(?:\d|" + number_word_pattern() + r"\b)[\d,.]*(?:\s+(?:more|new|other|further|confirmed|civilian|violent|"
            r"[A-Z]\w+|\w+-related))?\s+(?:deaths?|dead|killings?|fatalities|casualties|victims|bodies|injuries|injured|"
            r"arrests|detentions|disappearances|people|persons|civilians))|"
            # "Obama called Sunday for greater tolerance": a day or an adverb between "called" and its "for" / "on"
            r"(?:called|calls)\s+(?:" + "|".join(WEEKDAYS) + r"|today|yesterday|again|also|"
            r"repeatedly|publicly|instead)\s+(?:for|on|upon)(?=\s)|joined\s+(?:\w+\s+){0,2}?calls\s+(?:for|on)|called(?=(?:\s+[^\s“\"]+){1,6}\s+[“\"])|maintained(?=\s+(?:that|he|she|they|it|we|there)\b)|"
            r"asked(?=\s+(?!(?:not|to|for|that|about|if|whether|why|how|what|when|me|him|her)\b)(?:[^\s,.;]+\s+){1,5}?to\s+\w)")
def _act_object() -> str:
    """A negative look-ahead for each cue verb form followed, within a few words, by an object that makes it an act
    (data/act_objects.tsv)."""
    from lemminflect import getAllInflections
    alts = []
    for lemma, objs in sorted(act_objects().items()):
        forms = {lemma} | {f for fs in getAllInflections(lemma, upos="VERB").values() for f in fs}
        alts.append(r"(?<=\b(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r"))\s+(?:(?!that\b)[\w,.-]+\s+){0,4}?(?:"
                    + "|".join(sorted(objs, key=len, reverse=True)) + r")\b"
                    # not the subject of what is claimed: "claimed his life was in danger"; not an owner ("dismissed the
                    # minister's claims": the claims are dismissed)
                    r"(?!\s+(?:was|were|is|are|had|has|have|would|will|could|might|may|should|must|remained?)\b|['’]s\b)")
    return r"(?!" + "|".join(alts) + ")" if alts else ""


# public: attribution.py appends it to its own verb pattern
ACT_OBJECT = _act_object()
VERB = re.compile(r"\b(?P<v>" + "|".join(sorted(list(VERB_TYPE) + list(PHRASES), key=len, reverse=True)) + "|" + _SPECIAL + r")\b"
                  r"(?<!\b(?:added|adds)(?=\s+to\s+(?:his|her|its|their|the|a)\b))(?!(?<=wrote|writes)\s+(?:up|off|down)\b)"
                  # "slammed into the sea", "blasted into orbit": a crash or a launch, no verdict
                  r"(?!(?<=slammed|slams|blasted|blasts)\s+(?:in|on)to\b)"
                  r"(?!(?<=pleaded|pleads)\s+(?:not\s+)?(?:guilty|no contest|innocent)\b)"
                  # "killed four alleged gunmen": "alleged" between a count and the people counted is an adjective
                  r"(?!(?<=\b(?:\d{1,3}(?:,\d{3})*|" + number_word_pattern(plurals=False) + r"|several|"
                  + number_word_pattern(cardinals=False) + r"\s+of)\s+alleged)\s+(?!(?:that|to|in|on|at|the|a|an|his|her|their|its)\b)[a-z][a-z-]*\b)"
                  # "declared a state of emergency", "declared war on": an act (data/declared_acts.tsv), not a claim;
                  # so too with how long, wide or many before it ("a month-long state of emergency", "a 30-day curfew", "three days
                  # of mourning")
                  r"(?!(?<=declared|declares)\s+(?:(?:a|an|the)\s+)?(?:(?:\d+|" + number_word_pattern(plurals=False) + r")\s+)?(?:[\p{L}\d]+(?:-[\p{L}\d]+)+\s+){0,2}(?:" + "|".join(re.escape(a) for a in declared_acts()) + r")\b)"
                  # "claimed the lives of five", "claims 200 lives": an act (data/act_objects.tsv), not a claim
                  + ACT_OBJECT)
# The first word of every VERB alternative: a match can start only where one of them does.
_VERB_FIRST = frozenset(re.match(r"[a-z]+", w).group(0) for w in list(VERB_TYPE) + list(PHRASES)) | {
    "joined", "called", "maintained", "asked", "recorded", "registered", "counted", "documented", "raised", "raises",
    "revised", "revises", "updated", "updates", "lowered", "lowers", "increased", "gave", "gives", "put", "puts", "set",
    "sets", "putting", "placed", "places", "slashed", "slashes", "cut", "cuts"}  # the _SPECIAL alternatives


def verb_matches(sent: str, words: frozenset[str]) -> list[re.Match]:
    """What `VERB.finditer(sent)` yields, found faster: the pattern is tried only where a word that can open
    it stands. `words`: the sentence's lower-cased words (`patterns.lower_words`)."""
    starts = set()
    for w in _VERB_FIRST.intersection(words):
        i = sent.find(w)
        while i >= 0:
            starts.add(i)
            i = sent.find(w, i + 1)
    out = []
    pos = 0
    for p in sorted(starts):
        if p >= pos and (m := VERB.match(sent, p)):  # \b and the look-behinds see the text before p
            out.append(m)
            pos = m.end()
    return out


# The reporting verb a rule's row names for the form it read: mostly the past ("says" -> "said"), "believes" for
# "believe(d)". Kept by hand, not from lemminflect: it names only these forms and leaves the others as written
# ("acknowledges", "cautions", "welcomes"), and each row stores the string (claims.reporting_verb), so a library-made
# map (every form -> its past) would rename the verb of existing rows: a behaviour change, not a refactor.
LEMMA = {"says": "said", "say": "said", "tells": "told", "writes": "wrote", "reports": "reported", "adds": "added",
          "notes": "noted", "claims": "claimed", "informs": "informed", "announces": "announced", "believed": "believes",
          "warns": "warned", "confirms": "confirmed", "accuses": "accused", "blames": "blamed", "denies": "denied",
          "rejects": "rejected", "urges": "urged", "demands": "demanded", "appeals": "appealed", "calls on": "called on",
          "calls for": "called for", "condemns": "condemned", "denounces": "denounced", "admits": "admitted",
          "mentions": "mentioned", "reveals": "revealed", "declares": "declared", "stresses": "stressed",
          "explains": "explained", "insists": "insisted", "argues": "argued", "alleges": "alleged",
          "describes": "described", "expresses": "expressed", "reaffirms": "reaffirmed", "reiterates": "reiterated",
          "estimates": "estimated", "recalls": "recalled", "concedes": "conceded", "predicts": "predicted",
          "urging": "urged", "pleads": "pleaded", "recommends": "recommended", "rules out": "ruled out",
          "estimate": "estimated", "believe": "believes", "allege": "alleged", "insist": "insisted", "argue": "argued",
          "warn": "warned", "claim": "claimed", "contend": "contended", "acknowledge": "acknowledged", "admit": "admitted",
          "note": "noted", "confirm": "confirmed", "report": "reported", "deny": "denied", "reject": "rejected",
          "urge": "urged", "demand": "demanded", "assert": "asserted", "asserts": "asserted", "indicates": "indicated",
          "touts": "touted", "cites": "cited", "forecasts": "forecast", "finds": "found", "shows": "showed",
          "concludes": "concluded", "show": "showed", "suggests": "suggested", "suggest": "suggested", "underscores": "underscored",
          "contends": "contended", "affirms": "affirmed", "vows": "vowed", "pledges": "pledged", "emphasizes": "emphasized",
          "emphasises": "emphasised", "advises": "advised"}
# Verbs that report speech only as a tag after a quotation: '“...,” Yoon continued' (not "Russia continued its offensive").
TAG_ONLY = frozenset(("continued", "went on"))
# Bare forms agree only with a plural subject ("officials estimate", "they allege"); after a singular one they
# are nouns ("the UN estimate", "a Reuters report"). "say" is no noun, so its bare form needs no such check.
BASE_FORMS = frozenset(lemma for lemma, rv in rule_verbs().items() if "VB" in rv.specs) - {"say"}
# Verbs of findings: a study, report or survey finds; a person or the police "found" a body (rule_verbs.tsv's doc column).
DOC_ONLY = frozenset(f for rv in rule_verbs().values() if rv.doc for f in rv.forms)
# A sentence with none of these words holds no claim: a cheap test before the regexes run.
CUE_WORDS = frozenset(w for v in list(VERB_TYPE) + list(PHRASES) for w in v.split()[:1]) | {
    "according", "by", "quoted", "saying", "adding", "warning", "insisting", "arguing", "claiming", "stressing", "telling",
    "noting", "called", "maintained", "asked", "joined", "recorded", "registered", "counted", "documented",
    "raised", "raises", "revised", "revises", "updated", "updates", "lowered", "lowers", "increased", "gave", "gives",
    "put", "puts", "putting", "placed", "places", "slashed", "slashes", "cut", "cuts", "set", "sets", "per", "toll", "tally", "tallies", "count", "figures", "data", "statistics", "numbers", "estimate", "estimates"}


CLAIM_TYPES = frozenset(("statement", "accusation", "denial", "appeal"))


_CALL_SPLIT = re.compile(r"(?:called|calls)\s+\S+\s+(?:for|on|upon)")


def verb_kind(verb: str) -> str:
    """The claim type a reporting verb signals ("accused" -> accusation); a claim type stands for itself."""
    if verb in CLAIM_TYPES:
        return verb
    if _CALL_SPLIT.fullmatch(verb):
        return "appeal"  # "called Sunday for" (_SPECIAL)
    return VERB_TYPE.get(verb) or PHRASES.get(verb, "statement")


# The label "called X ..." gives: a quotation opening within a few words of the verb, else the clause's last words
# (its object comes first: "called the attack cowardly", "called it a rehearsal for invasion")
_LABEL_QUOTE = re.compile(r"^(?:[^“\"‘.;]+?\s)??[“\"‘](?P<q>[^”\"’]+)")
_CLAUSE_END = re.compile(r"[,;.:!?]|\s(?:and|but|because|after|before|while|as|when|since)\s")
_LABEL_WORD = re.compile(r"[\p{L}]+(?:\s+hunt)?")


def verdict_type(after: str) -> str:
    """The claim type of a verdict 'called X "..."' whose words after the verb are `after`: an accusation when the label
    is one of crime, terror or disgrace, a denial when it is one of falsehood (data/verdict_words.tsv), else a
    statement."""
    m = _LABEL_QUOTE.match(after)
    if m and len(after[:m.start("q")].split()) <= 10:
        label = m.group("q")
    else:
        cut = _CLAUSE_END.search(after)
        label = " ".join(after[:cut.start() if cut else len(after)].split()[-3:])
    table = verdict_words()
    for w in _LABEL_WORD.findall(label.lower()):
        if w in table:
            return table[w]
    return "statement"
