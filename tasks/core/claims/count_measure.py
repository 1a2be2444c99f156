"""A count's measure from the cues around its head (count_measure_of), a cue's measure for a head (classify_count), and the measure
of a count given as an order of magnitude or of a nation's people abroad. Pure logic: no I/O.
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .numbers import Amount
from .figure_words import hostile_people, rescue_not_flight
from .magnitude_counts import magnitude_cue, magnitude_toll
from .count_clause import governed_count, in_part_aside, other_clause_start
from .count_ages import age_before
from .count_heads import AFTER, group_of, HEADS, NUMBER_WORD, PLANNED_ACTS, word_country
from .measure_patterns import (ADJ_CUE, AMONG, AND_HURT, BARE_VERB, BODY_CUE, CAMP_HOLDS,
                               CAPTIVES_OUT, CUE_ALT, GATHERED, HARD_STOP, HARMED_BY, HELD_NOT_AFTER_HEAD,
                               HELD_NOT_MAGNITUDE, HOSPITAL_CUE, ILLNESS, IN_CAMP, KILLED_AFTER, KILLED_BEFORE,
                               LOSS_CONTEXT, MEASURE_ANY, MEASURE_RX, MEASURE_RX_BY, NAMED_AND, OF_THEM,
                               OPEN_PROTEST, OTHER_NUMBER, PASSIVE_CUE, PLACED, PROTEST, PROTEST_AIM,
                               SET_OFF_RELATIVE, TOLL_MEASURE, TOOK_PART, TROOPS, TURNED_OUT, UNRECOVERED,
                               VIOLENCE)
from .count_patterns import STATE_AFTER


def count_measure_of(sent: str, a: Amount, head: str, head_end: int, measured: bool = False) -> str | None:
    """The measure of a count with its head noun; `measured`: an adjective before the head already names one ("98
    missing persons")."""
    h = head.lower()
    if h == "losses" and not (LOSS_CONTEXT.search(sent) or TROOPS.search(sent)):
        return None  # "the franchise mark of 14 losses", "five morale-busting losses last week": games and votes lost
    if h in HEADS["fled"]:
        return "displaced"
    if h in HEADS["captive"]:
        if gone := CAPTIVES_OUT.match(sent, head_end):
            # "four of the prisoners escaped", "hundreds of prisoners were evacuated from the facility": captives who
            # got out or were moved are no count of people held (nor a toll); a move is a displacement
            return "displaced" if gone.group("c").lower().startswith("evacuat") else None
        # "the gunmen executed six hostages", "three prisoners were killed": what befell them, else their captivity
        return "killed" if KILLED_BEFORE.search(sent, max(0, a.qual_start - 30), a.qual_start) or \
            KILLED_AFTER.match(sent, head_end) else "detained"
    for name, rx in MEASURE_RX:
        if name not in ("deployed", "protesters") and rx.fullmatch(h):
            return name
    if h == "military deaths":
        return "killed"
    # "claimed 20 lives", "14 bodies were recovered": the count is of the dead ("saved 20 lives" is not); "corpses"
    # is the same count in other words ("11 corpses had been found")
    if h == "corpses":
        h = "bodies"
    if h == "bodies" and UNRECOVERED.match(sent, head_end):
        return "missing"  # "35,000 bodies never recovered": the dead never found are counted as missing (gold batches 16 / 21)
    if h == "bodies" and not BODY_CUE.search(sent):
        return None
    if h == "bodies" or h == "lives" and not re.search(r"(?i)\bsav\w*\s+(?:\w+\s+){0,3}$", sent[max(0, a.qual_start - 30): a.qual_start]):
        return "killed"
    # "the two gunmen, who were shot during a confrontation with police ..., are dead": a relative clause set off by
    # commas tells what happened to them on the way; the main clause after it says their fate (as a captive's)
    if (rel := SET_OFF_RELATIVE.match(sent, head_end)) and KILLED_AFTER.match(sent, rel.end()):
        return "killed"
    # nearest cue after the head (same clause), else just before the number
    after = sent[head_end: head_end + 110]
    if (app := _APPOSITION_AFTER.match(sent, head_end)) and not MEASURE_ANY.search(app.group(0)):
        # "The five men - identified as Egyptians A, 49, B, 55 ... - were taken into custody": an apposition that only
        # says who they are may outrun the clause's reach; the verb after it is the head's
        after = sent[app.end(): app.end() + 110]
    if (question := _HOW_MANY_Q.search(after)):
        after = after[: question.start()]  # "asked the three holdouts how many people he would kill": the question's cue
    stop = HARD_STOP.search(after)
    after = after[: stop.start()] if stop else after
    if (part := _PART_AFTER.search(after)):
        after = after[: part.start()]  # "four million people, half of them refugees": what follows is a part's, not the head's
    lead_in = sent[max(0, a.qual_start - 40): a.qual_start]  # the words right before the count
    if (cut := other_clause_start(after, lead_in)) is not None:
        after = after[: cut]  # "71 people have been rescued alive, and an unknown number were missing": another subject's verb
    clause = after  # before a later count's own words are cut off (see _governs_own_count)
    inside = 0  # the end of an apposition in dashes or brackets the head opened ("Four people — three women and ...")
    for other in OTHER_NUMBER.finditer(after):  # another count starts its own figure ("26 cases and 11 deaths")
        if other.start() < inside:
            continue
        gap = after[: other.start()]
        if gap.strip(" ,") in ("and", "or", "as well as", "plus", ""):
            if gap.strip(" ,") == "and" and _OWN_VERB_AFTER.match(after, other.end() - 1) and governed_count(lead_in):
                # "the coast guard rescued 40 migrants and two people were missing": the object of a verb before it and
                # a count with a verb of its own are two clauses ("42 soldiers and eight border guards died" share one)
                after = after[: other.start()]
            elif measured:
                # "28 deaths, 98 missing persons, 379 houses swept away and 1,700 families displaced": a count whose
                # adjective says what befell it is an item of a list, not a subject sharing the next count's verb
                after = after[: other.start()]
            break  # "42 soldiers and eight border guards died": coordinated counts share the verb
        own = after[other.end() - 1:]
        if (opened := _APPOSITION_OPEN.search(gap)):
            # "Four people — three women and a child — died": the counts inside the dashes are the head's parts
            close = _APPOSITION_CLOSE[opened.group(0).strip()[-1]].search(after, other.end())
            inside = close.end() if close else len(after)
            continue
        if age_before(gap, len(gap)):
            continue  # "children younger than 5 died", "two men aged 18 and 24 died": an age inside the head's description
        if (AFTER.match(own) or BARE_VERB.match(own) or PASSIVE_CUE.match(own) or OF_THEM.match(own)) and not re.search(
                r"(?i)\b(?:including|among them|of whom|of which)\b", gap):
            after = after[: other.start()]
            break
    before = sent[max(0, a.qual_start - 60): a.qual_start]
    bstop = list(HARD_STOP.finditer(before))
    before = before[bstop[-1].end():] if bstop else before
    # a verb right before the number governs it: "killing more than 200 people" (not "have left": "floods have left
    # three people dead" is what they caused, "200 people have left" the cue of people who fled)
    if (adj := ADJ_CUE.search(before)) and lacking_measure(before, adj):
        return None  # "missing 10 of the Saints' 16 games": the verb "miss" takes the count as its object
    if adj and planned_act(before, adj):
        return None  # "preparing to arrest another 13 NLD members": no one held yet
    if _BURIED_BEFORE.search(before) and _ALIVE_AFTER.match(sent, head_end):
        return "killed"  # "the landslide buried over 2000 people alive": the count inside "buried ... alive" (measure_cues.tsv)
    # "the evacuation of 136,000 people" tells what befell them unless their clause says more ("the evacuation of 24
    # soldiers who were injured": the hurt, carried off): the noun is weighed last
    evacuation = adj is not None and adj.group("c").lower() == "evacuation"
    if adj and adj.group("c").lower() != "have left" and not evacuation:
        got = classify_count(adj.group("c").lower(), h, head)
        if got == "displaced" and adj.group("c").lower().startswith("evacuat") and _rescue(before[:adj.start()], after):
            return None
        if got == "killed" and adj.group("c").lower() == "lost" and group_of(head, got) not in ("military", "peacekeepers") \
                and h != "lives" and not LOSS_CONTEXT.search(sent):
            return None  # "lost two of his most experienced workers": a loss of staff or customers, not a toll
        return got
    if (among := AMONG.search(before)):  # "the dead included five children"
        return TOLL_MEASURE.get(among.group("w").lower(), "killed")
    if _TO_BE_EVACUATED.match(after):
        return None  # "1 237 people still to be evacuated": not yet moved, no one displaced
    # the nearest cue that fits the head: "31 people remain unaccounted for" is not a deployment
    got = fallback = None
    for m in MEASURE_ANY.finditer(after):
        if _RATE.match(after, m.end()):
            continue  # "the death rate of passengers": a rate, not a count
        if _governs_own_count(clause, m):
            continue
        if _ACCUSED_OF.search(after, 0, m.start()):
            got = None  # "the trial of two men accused in killing Zurana Horton": the count is of the accused
            break
        if m.group(0).lower() == "dead" and (_ALIVE_OR.search(after, 0, m.start()) or _OR_ALIVE.match(after, m.end())):
            continue  # "three people are still trapped, we are not sure if they are alive or dead": a fate unknown
        if m.group(0).lower() == "death" and _DEATH_SENTENCE.search(after, 0, m.start()):
            continue  # "12 people ... to put another human being to death", "sentenced him to death": no toll of the 12
        if in_part_aside(after[: m.start()]):
            continue  # "rescued 2,500 people, including many injured": the injured are a part, of no stated size
        if _OWNED_BEFORE.search(after, 0, m.start()):
            continue  # "70 children, along with their displaced families": the cue describes the owned noun after it
        if m.group(0).lower() == "missing" and _FOR_BEFORE.search(after, 0, m.start()):
            continue  # "Hundreds of people came out to search for missing relatives": the missing are whom they seek
        if ACTIVE_OBJECT.match(after, m.end()) and not BE_BEFORE.search(after, 0, m.start()) and \
                classify_count(m.group(0).lower(), h, head) in DONE_TO:
            got = None  # "Two gunmen killed a policeman": the count did it to someone else, it is no toll of its own
            break
        if _SEARCHED_FOR.fullmatch(m.group(0)):
            continue  # "hundreds of police officers searching for him": the count searches; only its object is missing
        if m.group(0).lower() in HELD_NOT_AFTER_HEAD:
            continue  # "200 protesters congregated, holding signs": the head holds something; a captive is held
        if _EVENT_DET.search(after, 0, m.start()) and _EVENT_OF.match(sent, head_end + m.end()):
            continue  # "hundreds of protesters commemorating ... the killing by police of two brothers": another event
        if m.group(0).lower().startswith("remain") and _REMAIN_STATE.match(after, m.end()):
            continue  # "One officer remains hospitalized": a state the people stay in, no deployment
        if _INNER_RELATIVE.match(after, 0, m.start()):
            continue  # "two people who replaced illegal immigrants who fled": "fled" is the immigrants', not the two's  # "led 14,000 people taking shelter, ... killed one person": "killed" has its own count
        got = classify_count(m.group(0).lower(), h, head)
        if got == "protesters" and (TURNED_OUT.match(m.group(0)) or TOOK_PART.fullmatch(m.group(0))) and \
                not PROTEST.search(sent):
            got = None  # "5,000 people turned out to watch the match": a crowd, a protest only where the sentence names one
        if got == "protesters" and GATHERED.fullmatch(m.group(0)) and not PROTEST_AIM.search(sent):
            got = None  # "2,000 people gathered at the stadium": a crowd; with a protest or its aim named, protesters
        if got is None and MEASURE_RX[-1][1].fullmatch(m.group(0)) and group_of(head, "protesters") not in (
                "military", "peacekeepers") and PROTEST_AIM.search(after, m.end()):
            got = "protesters"  # "thousands of farmers rallied against the tax": a march or rally with its aim is a protest
        if got == "killed" and AND_HURT.match(after, m.end()):
            # "20 people were killed and injured": the count spans both, so casualties; "Horton and the two other
            # victims killed and injured": the named one was killed, the count is of the injured (respectively)
            got = "wounded" if NAMED_AND.search(sent, max(0, a.qual_start - 40), a.qual_start) else "casualties"
        if got == "wounded" and HOSPITAL_CUE.match(m.group(0)) and ILLNESS.search(sent) and \
                not VIOLENCE.search(sent) and not HARMED_BY.search(sent):
            got = None  # "taken to a hospital after becoming ill", "hospitalized with heatstroke": the sick, not hurt
            break
        if got == "displaced" and m.group(0).lower().startswith("evacuat") and _rescue("", after):
            # "13 people suffering from shock were evacuated from the scene", "children trapped under the rubble were
            # evacuated": people carried out of danger or off for care, as after the verb (rescue_not_flight.tsv)
            got = None
            break
        if got == "displaced" and _CROSSING.fullmatch(m.group(0)) and group_of(head, "displaced") in ("military", "peacekeepers"):
            # "three soldiers were on patrol ... when they inadvertently crossed into Rwandan territory": armed men who
            # cross a border patrol or attack; only people who cross to get away are displaced
            got = None
            continue
        if got == "deployed" and not after[:m.start()].strip() and (fate := _FATE_AFTER_POSTING.search(after, m.end())) \
                and (later := classify_count(fate.group("c").lower(), h, head)) in _FATES:
            # "four soldiers stationed at the base were killed", "three peacekeepers deployed in Mali were wounded": a
            # participle right after the head says where they served; the clause's own verb says what befell them
            got = later
            break
        if got == "displaced" and _SHELTERED.fullmatch(m.group(0)) and _WHO.search(after, 0, m.start()):
            # "three Palestinians, who had sought refuge in a school, died": the relative clause says where they
            # sheltered, the main verb what befell them
            fallback, got = fallback or got, None
            continue
        if got:
            break
    got = got or fallback
    if got is None and evacuation and group_of(head, "displaced") not in ("military", "peacekeepers"):
        got = "displaced"
    # ("thousands of marchers neared the centre": a march's people are its protesters, as demonstrators are)
    if h in ("protesters", "demonstrators", "marchers") and got in (None, "deployed"):
        return "protesters"
    # "Although it's unknown how many were injured, Sky News estimates at least 50 people": the question the count
    # answers, earlier in the sentence, names its measure
    if got is None and h in ("people", "persons") and (hm := _HOW_MANY.search(sent, 0, a.qual_start)) and \
            not re.search(r"[;.!?]\s", sent[hm.end():a.qual_start]):
        got = classify_count(hm.group("c").lower(), h, head)
    # "we have 16 confirmed victims of shooting": the head opens a cue of its own (measure_cues.tsv), read when no
    # verb of the clause says what befell them
    if got is None and h == "victims" and (vm := MEASURE_ANY.match(sent, head_end - len(head))):
        got = classify_count(vm.group(0).lower(), h, head)
    # "the U.S. has about 900 troops in Syria": soldiers placed somewhere are a deployment
    if got is None and TROOPS.fullmatch(h) and PLACED.match(sent, head_end):
        return "deployed"
    # "the camp, where some 40,000 people live", "the camp holds 40,000 people": the population of a camp is displaced
    if got is None and group_of(head, "displaced") != "military" and (IN_CAMP.search(after[:60]) or CAMP_HOLDS.search(before)):
        return "displaced"
    return got


_CROSSING = re.compile(r"(?i)crossed into|crossed the border")
# "buried over 2000 people alive": the count between the verb and "alive"
_BURIED_BEFORE = re.compile(r"(?i)\bburied\s+(?:(?:all|the|another|some)\s+)?$")
_ALIVE_AFTER = re.compile(r"(?i)\s+alive\b")
# "alive or dead", "dead or alive": either fate, so no toll
_ALIVE_OR = re.compile(r"(?i)\balive\s+or\s+$")
_OR_ALIVE = re.compile(r"(?i)\s+or\s+alive\b")

# what people "remain" in that is their state, not a posting: hospital, a condition, custody
_REMAIN_STATE = re.compile(r"(?i)\s+(?:in\s+)?(?:(?:the\s+)?hospital|hospitali[sz]ed|critical|serious|stable|intensive care|"
                           r"custody|detention|detained|missing|unaccounted|trapped|under)\b")

# a count's own verb after its noun: "and two people were missing"
_OWN_VERB_AFTER = re.compile(r"(?i)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:were|was|are|is|have|has|had|remain\w*)\b")
# a part of the head named after it, with no verb of its own: "more than four million people, half of them refugees"
_PART_AFTER = re.compile(r"(?i),\s*(?:half|most|many|some|a third|a quarter|a fraction|a majority)\s+of\s+(?:them|whom)\b")
# an indirect question holds its own count: what its verb says is no measure of a count before it
_HOW_MANY_Q = re.compile(r"(?i)\bhow\s+(?:many|much)\b")
# a possessive right before a measure word makes it the adjective of the noun it owns ("their displaced families")
_OWNED_BEFORE = re.compile(r"(?i)\b(?:their|his|her|its|our|your)\s+$")
_FOR_BEFORE = re.compile(r"(?i)\bfor\s+$")
# an apposition right after the head, in dashes or brackets (a hyphen only with spaces around it)
_APPOSITION_AFTER = re.compile(r"\s*—[^—.;]{1,200}?—|\s*–[^–.;]{1,200}?–|\s+-\s[^.;]{1,200}?\s-(?=\s)|\s*\([^().;]{1,200}\)")
_APPOSITION_OPEN = re.compile(r"(?:[—–(]|\s-)\s*$")
_APPOSITION_CLOSE = {"—": re.compile(r"—"), "–": re.compile(r"–"), "(": re.compile(r"\)"), "-": re.compile(r"\s-\s")}
# An active verb with an object after the head: the head is who did it ("two gunmen killed a policeman", "four
# officers arrested the suspect"); a passive has a form of "be" before its participle ("were killed the day before")
ACTIVE_OBJECT = re.compile(r"(?i)\s+(?:a|an|his|her|their|its|the)\s+(?!(?:day|week|month|year|night|morning|afternoon|evening|"
                            r"weekend|previous|same|following|next|last|first|past)\b)")
DONE_TO = frozenset(("killed", "wounded", "detained", "casualties"))
BE_BEFORE = re.compile(r"(?i)\b(?:were|was|are|is|been|be|being|get|got|gets)\s+(?:\w+\s+)?$")
_WORD_TO = re.compile(r"(?i)\b(\w+)\s+to\s+$")

# "people still to be evacuated" are not yet moved ("caused hundreds of people to be evacuated" were)
_TO_BE_EVACUATED = re.compile(r"(?i)\s*(?:(?:still|yet)\s+to\s+be|(?:still\s+)?awaiting)\s+evacuat")


def _rescue(before_cue: str, after_head: str) -> bool:
    """An "evacuate" count that is a rescue or an attempt, not people displaced (rescue_not_flight.tsv): "struggling to
    evacuate 14 children", "evacuate 14 children still trapped under the rubble"."""
    words = rescue_not_flight()
    if (w := _WORD_TO.search(before_cue)) and words.get(w.group(1).lower()) == "attempt":
        return True
    return (s := STATE_AFTER.match(after_head)) is not None and words.get(s.group(1).lower()) == "state"


# "the missing 43 students", "all the missing 12": "missing" as the adjective of the people counted
_MISSING_ADJ = re.compile(r"(?i)\b(?:the|those|these|its|their|his|her|our|all|other|remaining|still)\s+$")


def planned_act(before: str, adj: re.Match) -> bool:
    """A killing, wounding or detaining verb right before a count that is only planned, threatened or tried ("preparing
    to arrest another 13", "threatened to kill 12 hostages", planned_acts.tsv): no one is yet held or harmed."""
    w = _WORD_TO.search(before, 0, adj.start("c"))
    return w is not None and w.group(1).lower() in PLANNED_ACTS and \
        classify_count(adj.group("c").lower(), "", "") in ("killed", "wounded", "detained", "casualties")


def lacking_measure(before: str, adj: re.Match) -> bool:
    """A governing cue "missing" right before a count is the verb "miss" (a team "missing 10 games", "missing two of
    their best players"): people who are missing are told "10 people are missing" or "the missing 43 students"."""
    return adj.group("c").lower() == "missing" and not _MISSING_ADJ.search(before, 0, adj.start("c"))


def _governs_own_count(after: str, cue: re.Match) -> bool:
    """Whether the cue found after a head takes a count of its own right after it ("killed one person"):
    then it is that count's verb, not the head's. Not a time span ("killed 2 days ago")."""
    nxt = COUNT_WORD.search(after, cue.end())
    if nxt is None or _TIME_SPAN.match(after, nxt.end()):
        return False
    governing = ADJ_CUE.search(after[: nxt.start()])
    return governing is not None and governing.start() == cue.start()


# the deployment cues that place an armed force somewhere rather than send it ("13,000 US troops remain", "troops
# based in Germany"): not a deployment of fire or rescue crews (figure_groups.tsv's responders)
_POSTED = re.compile(r"(?i)remain\w*|based|garrisoned|serving|present|host\w*|stationed")
# what may befall people posted somewhere (not a move: "20 troops deployed there were evacuated" stay a deployment)
_FATES = frozenset(("killed", "wounded", "casualties", "missing", "detained"))
# the main verb of a clause whose head a posting participle describes: "were killed", "have been wounded", "died"
_FATE_AFTER_POSTING = re.compile(rf"(?i)\b(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+"
                                 rf"(?:(?:\w+ly|also|later|all|both)\s+)?|(?=(?:died|perished|drowned)\b))(?P<c>{CUE_ALT})\b")
_SEARCHED_FOR = re.compile(r"(?i)(?:searching|searched|search|searches|looking|looked|hunting)\s+for")
_HUNTED = re.compile(rf"(?i)\b(?:{'|'.join(w for ws in hostile_people().values() for w in ws)})\b")


def classify_count(cue: str, h: str, head: str) -> str | None:
    if cue == "bodies" or cue.startswith("remains ") or cue.endswith("the lives"):  # "recovered the bodies of 14", "claimed the lives of 20"
        return "killed"
    if cue == "lost":
        return "killed" if h else None  # "lost 3,825 soldiers"; a bare "lost 3" is a score
    if cue == "evacuation":
        cue = "evacuated"  # "announced the evacuation of 136,000 people": the people moved out are displaced
    if cue == "displacement":
        cue = "displaced"  # "the forced displacement of at least 120 people": the people driven out
    for name, rx in MEASURE_RX:
        if rx.fullmatch(cue):
            if name == "protesters" and h not in HEADS["may_protest"] and not (
                    OPEN_PROTEST.match(cue) and h and group_of(head, name) not in ("military", "peacekeepers")):
                return None  # "hundreds of students protested" is a protest; "thousands of pilgrims marched" need not be
            if name == "deployed" and not (group_of(head, name) in ("military", "peacekeepers") or
                                           group_of(head, name) == "responders" and not _POSTED.fullmatch(cue)):
                return None  # fire and rescue crews are sent, not posted: "40 firefighters remain" tells no deployment
            if name == "missing" and _SEARCHED_FOR.fullmatch(cue) and (not h or _HUNTED.search(head)):
                return None  # "searching for three suspects": the hunted are wanted, not missing (hostile_people.tsv)
            return name
    return None


_HOW_MANY = re.compile(r"(?i)\bhow\s+many\s+(?:people\s+|persons\s+)?(?:were|have\s+been|had\s+been|are|was|had|have)\s+"
                       r"(?:\w+ly\s+)?(?P<c>killed|died|injured|wounded|hurt|arrested|detained|missing|displaced|evacuated)\b")
# The head's relative clause has its own object with a relative clause of its own: a cue in that inner clause tells
# what befell the object ("two people who replaced illegal immigrants who fled their jobs")
# The head is charged with the act the cue names, not its victim: "two men accused in killing", "three suspects charged
# with murdering", "the four convicted of killing"
# a death sentence, not a death: "put another human being to death" (someone else put to death; "were put to death"
# with no one between is an execution, a toll), "sentenced to death", "condemned him to death"
_DEATH_SENTENCE = re.compile(r"(?i)\b(?:put\s+(?:[\w’'-]+\s+){1,5}|(?:sentenc|condemn)\w*\s+(?:[\w’'-]+\s+){0,5})to\s+$")
_ACCUSED_OF = re.compile(r"(?i)\b(?:accused|charged|convicted|suspected|indicted|acquitted|sentenced|jailed|tried|guilty|"
                         r"blamed|responsible|wanted|arrested|detained|held|prosecuted)\s+(?:\w+\s+){0,2}?(?:of|in|with|for|over)\s+"
                         r"(?:(?:the|a|an|his|her|their)\s+)?$")
_INNER_RELATIVE = re.compile(r"(?i)\s*,?\s*(?:who|that)\s+(?!(?:were|was|are|is|have|has|had|been|be|being|also|then)\b)[a-z]+"
                             r"\s+(?:[\w’'-]+\s+){1,4}?(?:who|that|which)\s+(?:\w+\s+)?$")
_SHELTERED = re.compile(r"(?i)(?:take|takes|took|taken|taking|sought|seek|seeks|seeking|find|found|finding)\s+(?:shelters?|refuge)")
_WHO = re.compile(r"(?i)\b(?:who|which|that)\b")
# a cue that is a noun with its determiner and its agent or victim after it ("the killing by police", "the arrest of
# two students", "the deaths of"): an event the sentence names, not what befell the count before it
# (one modifier may stand between: "the shooting death of a man", "the brutal killing of two brothers")
_EVENT_DET = re.compile(r"(?i)\b(?:the|a|an|this|that|its|their)\s+"
                        rf"(?:(?!{NUMBER_WORD}\b)[\p{{L}}-]+\s+)?$")
_EVENT_OF = re.compile(r"(?i)\s+(?:by|of)\b")
_RATE = re.compile(r"(?i)\s+(?:rates?|ratios?|risks?)\b")
COUNT_WORD = re.compile(rf"(?i)\b(?:\d[\d,.]*|{NUMBER_WORD})\b")
_TIME_SPAN = re.compile(r"(?i)\s+(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b")

# what the people of a verb before "in their thousands" may have undergone ("died", "fled", "were arrested", "turned
# out" for a protest); not "held" ("rallies were held in their hundreds": events, not captives)
_MAGNITUDE_MEASURES = frozenset(("killed", "wounded", "displaced", "detained", "missing", "protesters"))


def magnitude_measure(sent: str, a: Amount) -> str | None:
    """The measure of an order of magnitude after "in the" (magnitude_counts.py): its toll's, else the verb's before it."""
    if (toll := magnitude_toll(sent, a.qual_start)) is not None:
        return TOLL_MEASURE.get(toll.group("w").split()[-1].lower(), "killed")
    if (got := magnitude_cue(sent, a.qual_start)) is None or got[0].lower() in HELD_NOT_MAGNITUDE:
        return None
    measure = classify_count(got[0].lower(), "people", "people")
    if measure == "protesters" and not PROTEST.search(sent):
        return None  # "fans turned out in their thousands": a crowd, a protest only where the sentence names one
    return measure if measure in _MAGNITUDE_MEASURES else None


# a nation's people who stay in a place ("4,000 Congolese remain in the Ugandan town of Kisoro"): the place's words
_STAYED_IN = re.compile(r"(?i)\s+(?:(?:still|now|only)\s+)?(?:remain|remained|remaining|stay|stayed|staying|are\s+still|were\s+still)"
                        r"\s+(?:in|at)\s+(?P<p>[^,.;:!?]{1,80})")
_PLACE_WORD = re.compile(r"\p{Lu}[\p{L}-]+")


def abroad_measure(sent: str, prev: str, head_end: int, home: str) -> bool:
    """Whether the people of country `home` that a count ends with at `head_end` stay in a place the words name as
    another country's, in a sentence or after one that tells of flight (measure "displaced")."""
    stay = _STAYED_IN.match(sent, head_end)
    if stay is None or not (MEASURE_RX_BY["displaced"].search(prev) or MEASURE_RX_BY["displaced"].search(sent)):
        return False
    return any((c := word_country(w)) and c != home for w in _PLACE_WORD.findall(stay.group("p")))
