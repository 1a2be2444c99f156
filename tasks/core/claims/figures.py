"""Read figures (killed, wounded, displaced, ...) from one sentence.

A number becomes a figure only when it counts people or territory: a subject noun follows it
("49 Armenian soldiers", "hundreds of civilians", "105 military deaths") or a square-area unit
does, and a measure cue (killed, injured, fled, ...) sits near it. Dates, ages, money,
percentages and durations never satisfy that, so they need no list of their own.

This module is the per-sentence driver (find_figures) and the entry point other modules import from; the pieces it
drives live in count_heads.py (a count's head noun and the people it names), measure_patterns.py (each measure's cue
words), count_measure.py (a count's measure from the cues around it), count_patterns.py (the shapes of a count phrase
only the driver reads), toll_phrases.py (tolls with no head noun) and figure_lists.py (lists, coordinations, ranges).
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .patterns import lower_words
from .numbers import NUMBER, VAGUE_RE, Amount, find_amounts
from .figure_words import farmland_words
from .long_tolls import long_toll
from .magnitude_counts import magnitude_at
from .speaker_counts import counts_speakers
from .count_ages import age_before
from .respective_counts import respective_noun
from .running_totals import running_total
from .count_heads import (ADJ_HEAD, AFTER, AREA, as_modifier, bare_next, COORD_AFTER, demonym_head, DEMONYM_W,
                          FoundFigure, group_of, GROUP_RX, HEADS, MANY_NATIONS, mods_country, next_mods_country,
                          NOT_PEOPLE, NOT_PEOPLE_MODS, of_country, OF_DET, ORG_HOMES, people_noun, person_head,
                          person_next, predicate_nation, word_country)
from .measure_patterns import (ADJ_CUE, AMONG, any_number, BARE_VERB, CUES, DEPLOYED_RX, GATHERED,
                               MEASURE_ANY, MEASURE_RX, OF_THEM, OPEN_PROTEST, PASSIVE_CUE, PRESENT_PROTEST,
                               PROTEST, PROTEST_AIM, TOLL_MEASURE, TOOK_PART)
from .count_patterns import (AND_ANOTHER, ANOTHER_BREAK, AREA_CUE, ASIDE_CUE, BRACKET_PART, CAUSE,
                             CLAUSE_BETWEEN, COMPARED, EARLIER, EVACUATED, FATALLY, FEW_MAGNITUDE, FINITE_AFTER,
                             FOUND_AFTER, GENERIC_FOR, GENERIC_HEAD, GIVEN_AFTER, HEAD_OF, HEDGED_NUMBER,
                             HOW_MANY_OF, IN_WORD_HYPHEN, RATIO_OF, INTERCEPTED, INTERCEPTED_HEADS, KIN_OF, LATER_DIED,
                             LOSER, MILESTONE, MONTH_AFTER, MONTH_BEFORE, MORE_GAPPED, MORE_LINK, NEXT_NOUN,
                             NO_ONE, OF_FORCE, OF_WORD, ONE_DEATH, ONE_OF_OWN, ORDINAL_HEADS, ORDINAL_TOLL,
                             ORDINALS, PARALLEL_PLACE, PART_AFTER_TOLL, PART_OF, PARTITIVE_HEAD, PUT_AT,
                             PUT_AT_ANY, QUOTED_CUE, QUOTED_MOD, SCARE_QUOTED, STRONG, TABLE, TO_BE_DONE,
                             TOLL_WHOLE, WHOLE_PREDICATE)
from .count_measure import (abroad_measure, ACTIVE_OBJECT, BE_BEFORE, classify_count, COUNT_WORD, DONE_TO, lacking_measure,
                            magnitude_measure, count_measure_of, planned_act)
from .toll_phrases import (ANAPHORIC_TALLY, ANAPHORIC_TALLY_ANY, changed_toll, COUNTED_WERE, CROWD_TOLLS,
                           DEATH_TOLL_WAS, fee_toll, IT_TOLL, money_after, money_word, PARTICIPLE_NEXT,
                           PLACE_PREP, PREV_TOLL, REFUGEES_REACH, TO_N_AFTER, TO_N_BEFORE, TOLL, WORD)
from .figure_lists import (AND_BEFORE, elided_figures, gapped_cause, one_then_count, PART_MEASURES, figure_ranges,
                           second_participle, verb_shared)

from .measure_patterns import disease_measure, epidemic_story

# what other modules read from here (extract.py, undisclosed.py, places.py, the speed-guard test)
__all__ = ["FoundFigure", "any_number", "disease_measure", "epidemic_story", "find_figures", "word_country"]


def _unquote_groups(sent: str) -> str:
    """`sent` with the quotation marks around a group noun or a modifier right after a number, or around the amount
    itself, blanked (same length: offsets hold)."""
    if '"' not in sent and "“" not in sent:
        return sent
    out = sent
    for m in SCARE_QUOTED.finditer(sent):
        before = sent[:m.start()].rstrip()
        if (n := NUMBER.search(before[-24:])) is not None and before.endswith(n.group(0)) or \
                NUMBER.fullmatch(m.group("np")) or VAGUE_RE.fullmatch(m.group("np")) or \
                (h := HEDGED_NUMBER.fullmatch(m.group("np"))) is not None and NUMBER.fullmatch(h.group("n")) or \
                any(q.qual_start == 0 and q.value is not None for q in find_amounts(m.group("np"))):
            # (or the quoted words are the amount: 'cited opposition figures as saying "thousands" had been hospitalized';
            # or open with it: 'said that “around 10 terrorists” had been killed')
            out = out[:m.start()] + " " + out[m.start() + 1:m.end() - 1] + " " + out[m.end():]
    for m in QUOTED_MOD.finditer(sent):
        before = sent[:m.start()].rstrip()
        if (n := NUMBER.search(before[-24:])) is not None and before.endswith(n.group(0)):
            out = out[:m.start()] + " " + out[m.start() + 1:m.end() - 1] + " " + out[m.end():]
    for m in QUOTED_CUE.finditer(sent):
        if (cue := MEASURE_ANY.search(m.group("np"))) is not None and cue.end() == len(m.group("np")):
            out = out[:m.start()] + " " + out[m.start() + 1:m.end() - 1] + " " + out[m.end():]
    return out


def find_figures(sent: str, prev: str = "") -> list[FoundFigure]:
    """The figures of one sentence; `prev`, the sentence before, for a toll it names that this one calls "it"."""
    sent = _unquote_groups(sent)
    prev_sent = prev  # (the loop below reuses the name "prev" for the figure before a count)
    out: list[FoundFigure] = []
    prev_toll = bool(prev) and " it " in sent and PREV_TOLL.search(prev) is not None
    if not ORDINAL_HEADS.isdisjoint(lower_words(sent)):
        for m in ORDINAL_TOLL.finditer(sent):
            n = m.group("n").lower()
            value = float(ORDINALS[n]) if n in ORDINALS else float(n[:-2])
            amt = Amount(m.start("n"), m.end("n"), m.group("n"), value, "exact", m.start("n"))
            out.append(FoundFigure(m.start("n"), m.end("w"), "killed", amt, None, None, False))
    put_at = " at " in sent and PUT_AT_ANY.search(sent) is not None
    tally_prev = bool(prev) and ("tally" in (low := sent.lower()) or "count" in low) and ANAPHORIC_TALLY_ANY.search(sent) is not None
    if out or CUES.isdisjoint(lower_words(sent)) and not prev_toll and not put_at and not tally_prev or not any_number(sent):
        return out
    amounts = find_amounts(sent)
    pending: list[tuple[Amount, str]] = []  # counts a light verb gives ("put the figure at"), measured after the others
    for a in amounts:
        rest = sent[a.end:]
        if a.text.lower() == "one" and (no := NO_ONE.search(sent, max(0, a.start - 14), a.start)):
            # "no one was injured", "not one person was arrested": a zero toll, not a count of one
            a = Amount(no.start(), a.end, sent[no.start():a.end], 0.0, "exact", no.start())
        # "one of the wounded" is a person, not a count; "one of its soldiers was killed" is a count of one
        if a.text.lower() == "one" and rest.startswith(" of ") and not ONE_OF_OWN.match(rest):
            continue
        if counts_speakers(rest):
            continue  # "killed at least 15 soldiers, three local officials told AFP": the three are the sources
        if a.value is not None and a.value <= 31 and a.text.isdigit() and (
                MONTH_BEFORE.search(sent, max(0, a.start - 12), a.start) or MONTH_AFTER.match(rest)):
            continue  # "the June 25 protest", "on 20 March": a date
        if put_at and a.value is not None and (pa := PUT_AT.search(sent, max(0, a.qual_start - 60), a.qual_start)):
            if not money_after(rest) or MILESTONE.match(rest):  # "put the estimate at 500 million rupees": a cost
                pending.append((a, pa.group("w").lower()))
            continue
        if HOW_MANY_OF.search(sent, max(0, a.qual_start - 30), a.qual_start):
            continue  # "how many of an estimated 185,000 Hispanic people have fled": the whole whose part is unknown
        if RATIO_OF.search(sent, max(0, a.qual_start - 30), a.qual_start):
            continue  # "four out of five deaths were children", "one in five victims": a proportion's base, no count
        if GENERIC_FOR.search(sent, max(0, a.qual_start - 30), a.qual_start) and TO_BE_DONE.match(rest):
            continue  # "rare for more than a hundred policemen to be injured": what happens in general
        if KIN_OF.search(sent, max(0, a.qual_start - 30), a.qual_start):
            continue  # "a mother of 12 killed in crossfire", "a father of three was shot": her children, not a toll
        if a.qualifier == "vague" and a.text.lower() == "several" and not NEXT_NOUN.match(rest):
            continue
        if a.qualifier == "vague" and magnitude_at(sent, a.start, a.text) and (measure := magnitude_measure(sent, a)):
            # "the number of missing could stretch into the thousands", "turned out in their hundreds": an order of
            # magnitude after "in the" counts the toll or the people before it (magnitude_counts.py)
            out.append(FoundFigure(a.qual_start, a.end, measure, a, None, None, False))
            continue
        if (ho := HEAD_OF.match(rest)) and NOT_PEOPLE_MODS.fullmatch(ho.group("n")):
            continue  # "killed more than 11,500 heads of cattle": a livestock count, not "heads of state"
        if (m := AREA.match(rest)) and (crop := OF_WORD.match(rest, m.end())) and crop.group("w").lower() in farmland_words():
            continue  # "submerged 2,500 hectares of rice": farmland a flood damaged, not territory
        if (m := AREA.match(rest)) and AREA_CUE.search(sent):
            out.append(FoundFigure(a.qual_start, a.end + m.end(), "area", a, of_country(sent, a.end + m.end()), "territory", False))
            continue
        if AREA.match(rest):
            continue
        if (st := STRONG.match(rest)) and a.value is not None:
            # "a 5,000-strong crowd marched", "a 2,000-strong force was deployed"
            crowd = st.group("h").lower() in HEADS["crowd"]
            measure = ("protesters" if crowd and PROTEST.search(sent) else
                       "deployed" if not crowd and DEPLOYED_RX.search(sent) else None)
            if measure:
                out.append(FoundFigure(a.qual_start, a.end + st.end(), measure, a, None,
                                       "people" if crowd else "military", False))
            continue
        m = AFTER.match(rest) or COORD_AFTER.match(rest)
        if m and (bv := BARE_VERB.match(rest)) and bv.end() <= m.start("head"):
            m = None  # "Three held over teenager's murder": the count's own verb comes first, the noun is not its head
        if a.start and sent[a.start - 1] in "-–" and not (m and any(
                rx.fullmatch(m.group("head").lower()) for rx in GROUP_RX.values())):
            continue  # the high end of "20-30 people" counts only with a noun for people as its head (not "9-11 attacks")
        if m and m.group("head").lower() == "members" and not re.match(r"\s+of\s", rest[m.end():m.end() + 5]):
            m = None  # "five members of one family" counts people; "crew members who have left" is read as any plural noun
        if PART_OF.search(sent, max(0, a.qual_start - 30), a.qual_start) and WHOLE_PREDICATE.match(rest) and \
                not TOLL_WHOLE.match(rest):
            # "eight of the 30 passengers were injured": the 30 are the whole the part is counted from (not "three of the
            # four soldiers killed by friendly fire died", where the whole has a toll of its own)
            continue
        if not m and out and (more := MORE_GAPPED.match(rest)) and (prev := out[-1]).amount is not None and \
                prev.amount.value != 0 and prev.end <= a.qual_start and MORE_LINK.search(sent, prev.end, a.qual_start) and \
                not ANOTHER_BREAK.search(sent, prev.end, a.qual_start) and not COUNT_WORD.search(sent, prev.end, a.qual_start):
            # "killed 170,000 people in the province and tens of thousands more in countries around the Indian Ocean",
            # "at least 30,000 of the displaced were from Derna, with thousands more from other areas": "N more" with no
            # noun or verb of its own counts more of what the figure before it counts
            out.append(FoundFigure(a.qual_start, a.end + more.end(), prev.measure, a, None, prev.subject_group, False))
            continue
        if not m and out and a.value is not None and (par := PARALLEL_PLACE.match(rest)) and \
                AND_BEFORE.search(sent, max(0, a.qual_start - 6), a.qual_start) and (prev := out[-1]).amount is not None and \
                prev.end == prev.amount.end and (pp := PARALLEL_PLACE.match(sent, prev.end)) and \
                pp.group("p").lower() == par.group("p").lower() and not CLAUSE_BETWEEN.search(sent, prev.end, a.qual_start):
            # "assaults that killed 130 in Paris and 32 in Brussels": a bare count of the same shape after "and" shares the
            # verb of the count before it
            out.append(FoundFigure(a.qual_start, a.end, prev.measure, a, None, prev.subject_group, False))
            continue
        if not m and a.value is not None and out and PARALLEL_PLACE.match(rest) and \
                AND_ANOTHER.search(sent, max(0, a.qual_start - 16), a.qual_start) and (prev := out[-1]).amount is not None and \
                not ANOTHER_BREAK.search(sent, prev.end, a.qual_start):
            out.append(FoundFigure(a.qual_start, a.end, prev.measure, a, None, prev.subject_group, False))
            continue
        if not m and a.value is not None and out and (people_noun(rest) or person_next(rest)) and verb_shared(sent, out, a):
            # "killed three herders and eight farmers": the next object of the verb, a noun for people no head list has
            out.append(FoundFigure(a.qual_start, a.end, out[-1].measure, a, None, "people", False))
            continue
        if not m and a.value is not None and (people_noun(rest) or person_next(rest)) and (one := one_then_count(sent, a)):
            # "confirmed the death of the cop and 24 alleged criminals": after one person the cue governs
            out.append(FoundFigure(a.qual_start, a.end, one, a, None, "people", False))
            continue
        if not m and a.value == 1 and (od := ONE_DEATH.match(rest)):
            # "The state reported one additional death": a count of one takes the singular noun
            out.append(FoundFigure(a.qual_start, a.end + od.end(), "killed", a, None, None, False))
            continue
        if not m and a.value is not None and (g := OF_THEM.match(rest)):
            # "Five of them died", "three of whom were arrested": a part of the people just named
            if (measure := classify_count(g.group("c").lower(), "", "")) in PART_MEASURES:
                nation = predicate_nation(sent, a.end + g.end("c"))
                out.append(FoundFigure(a.qual_start, a.end + g.end("c"), measure, a, nation, None, nation is not None))
                continue
        if not m and (g := PARTITIVE_HEAD.match(rest)) and a.value is not None and not NOT_PEOPLE.search(g.group("h")):
            # "At least 29 of his colleagues have died": a part of a named group, counted as people
            measure = classify_count(g.group("c").lower(), "", "")
            if measure:
                out.append(FoundFigure(a.qual_start, a.end + g.end("h"), measure, a, None, "people", False))
                continue
        if not m and (g := GENERIC_HEAD.match(rest)) and (a.value is not None or rest.startswith(" of ") or
                                                            FEW_MAGNITUDE.fullmatch(a.text)) and \
                person_head(g.group("h")):
            # "17 motorists died", "nine churchgoers were killed", "thousands of Kurds fled": a plural noun for people with
            # its toll verb (a people's count may rally: "thousands of Muslims rallied")
            cue = g.group("c").lower()
            measure = "detained" if cue.startswith(("in ", "behind")) else classify_count(cue, "people", "people")
            if ACTIVE_OBJECT.match(rest, g.end("c")) and not BE_BEFORE.search(rest, 0, g.start("c")) and measure in DONE_TO:
                measure = None  # "two deputies fatally shot a man": the count is of those who shot
            if measure == "protesters" and not OPEN_PROTEST.match(cue) and not PROTEST_AIM.search(sent[:a.end + g.start("c")] + " " + sent[a.end + g.end("c"):]):
                measure = None  # "thousands of fans marched to the stadium": a march with no protest named is a crowd
            if measure:
                country, written = mods_country(rest[:g.start("h")], g.group("h"))
                out.append(FoundFigure(a.qual_start, a.end + g.end("h"), measure, a, country, "people", written))
                continue
        if not m:
            adj = ADJ_CUE.search(before := sent[max(0, a.qual_start - 40): a.qual_start])
            if adj and (lacking_measure(before, adj) or planned_act(before, adj)):
                adj = None  # "will be missing two of their best players": what a team lacks, no one is missing
            if adj and adj.group("c").lower() == "evacuation":
                adj = None  # "forced the evacuation of several theaters": only people the count's head names (count_measure_of)
            if adj and not bare_next().match(rest) and not people_noun(rest) and not person_next(rest):
                adj = None  # "held 12 meetings": the verb's object is something else
            bare = None if adj else BARE_VERB.match(rest)
            adj = adj or PASSIVE_CUE.match(rest) or bare or ASIDE_CUE.match(rest)
            # a bare magnitude counts ("Hundreds were arrested"), "thousands of penguins" does not; "of" and a noun for
            # people after a verb that governs the count do ("arrested hundreds of activists", "detained scores of
            # opposition supporters": nouns for people beyond the fixed heads of AFTER, by the lexicon)
            vague_ok = a.qualifier == "vague" and (not re.match(r"\s+of\b", rest) or bool(
                adj is not None and adj is not bare and (of := OF_DET.match(rest)) and person_next(rest[of.end():])))
            year_like = a.value is not None and 1800 <= a.value <= 2100 and "," not in a.text or \
                age_before(sent, a.qual_start)  # (an age: "aged 18 and 24 died", "a woman around 60 was killed")
            if adj and not year_like and (a.value is not None or vague_ok) and not re.match(r"\s*(?:%|percent|per cent|years?|days?|weeks?|km|miles|times|\p{Sc})", rest) and not money_after(rest):
                cue = (adj.groupdict().get("c") or adj.group("c2")).lower()
                cue = "custody" if cue.startswith(("in ", "under ")) else "evacuate" if cue == "to evacuate" else cue
                measure = "protesters" if (adj is bare or PROTEST.search(cue)) and (
                    MEASURE_RX[-1][1].fullmatch(cue) or cue in PRESENT_PROTEST) else classify_count(cue, "", "")
                if measure == "protesters" and GATHERED.fullmatch(cue) and not PROTEST_AIM.search(rest):
                    measure = None  # "Thousands gathered at the stadium": a crowd, no protest
                if measure == "protesters" and TOOK_PART.fullmatch(cue) and not PROTEST.search(sent):
                    measure = None  # "while 236,000 participated": a caucus or a poll, no protest named
                if measure in ("killed", "wounded", "detained", "casualties", "displaced", "missing", "protesters"):
                    country, written = next_mods_country(rest)  # "kidnapped four German engineers"
                    out.append(FoundFigure(a.qual_start, a.end, measure, a, country, None, written))
                    continue
            if (among := AMONG.search(sent, max(0, a.qual_start - 40), a.qual_start)) and not year_like and a.value is not None:
                # "Of those killed, 12 were children"
                nation = predicate_nation(sent, a.end)
                out.append(FoundFigure(a.qual_start, a.end, TOLL_MEASURE.get(among.group("w").lower(), "killed"), a, nation,
                                       None, nation is not None))
                continue
            if out and not year_like and a.value is not None and (bare_next().match(rest) or EARLIER.match(rest) or
                                                                  GIVEN_AFTER.match(rest)) and not re.match(
                    r"\s*(?:%|percent|per cent)", rest) and (cmp := COMPARED.search(sent, max(0, a.qual_start - 50), a.qual_start)):
                # "deaths were 777, down from the record high of 799 the day before": the count compared with a
                # figure of the same sentence is another count of the same measure
                prev = out[-1]
                if prev.start < cmp.start():
                    out.append(FoundFigure(a.qual_start, a.end, prev.measure, a, prev.subject_country, prev.subject_group,
                                           prev.explicit_country))
                    continue
            if not year_like and a.value is not None and (noun := respective_noun(sent, a.qual_start, a.end)) is not None:
                # "The cumulative cases and deaths ... are 15,064 and 470 respectively": each count is its own noun's,
                # and a count of cases is no figure
                if (measure := TOLL_MEASURE.get(noun)) is not None:
                    out.append(FoundFigure(a.qual_start, a.end, measure, a, None, None, False))
                continue
            if not year_like and a.value is not None and (total := running_total(sent, a.qual_start)) is not None and \
                    (bare_next().match(rest) or people_noun(rest) or person_next(rest)):
                # "Three more people died on Sunday, bringing the total to 45", "The new deaths bring the total reported
                # so far to 577": the sum of what the toll noun before the verb, else the figure before it, counts
                noun, verb_at = total
                measure = TOLL_MEASURE.get(noun) if noun else next(
                    (f.measure for f in reversed(out) if f.end <= verb_at and f.measure in PART_MEASURES), None)
                if measure is not None:
                    out.append(FoundFigure(a.qual_start, a.end, measure, a, None, None, False))
                    continue
            if not year_like and a.value is not None and (changed := changed_toll(sent, a)):
                # "the number of internally displaced ... from 116,000 to 270,000", "the number of refugees arriving in
                # Chad, up from 76,000 to 90,000": a count that changed is its new value (the earlier one is left, as in
                # "The death toll rose from 12 to 19")
                measure, country = changed
                out.append(FoundFigure(a.qual_start, a.end, measure, a, country, None, country is not None))
                continue
            # (140 characters: a toll's cause and place phrase may be long, see TOLL)
            toll = TOLL.search(sent[max(0, a.qual_start - 140): a.qual_start]) or TABLE.fullmatch(sent[:a.qual_start]) or (
                # "the toll passes 2,000": the verb is the qualifier too
                a.qual_start < a.start and TOLL.search(sent[max(0, a.start - 70): a.start])) or \
                COUNTED_WERE.search(sent[max(0, a.qual_start - 60): a.qual_start]) or \
                REFUGEES_REACH.search(sent[max(0, a.qual_start - 80): a.qual_start]) or \
                (TO_N_BEFORE.search(sent, max(0, a.qual_start - 30), a.qual_start) and TO_N_AFTER.match(rest))
            if not toll and prev_toll and not year_like and a.value is not None and \
                    IT_TOLL.search(sent, max(0, a.start - 40), a.start) and bare_next().match(rest):
                out.append(FoundFigure(a.qual_start, a.end, "killed", a, None, None, False))
                continue
            if not toll and "-" in (window := sent[max(0, a.qual_start - 140): a.qual_start]) and \
                    (joined := TOLL.search(IN_WORD_HYPHEN.sub("x", window))) and \
                    joined.group("w").split()[-1].lower() not in CROWD_TOLLS:
                # "the casualties of the Saudi-led coalition on Yemen has reached 35,297": a hyphenated word in a toll's
                # phrase, read as one word (the hyphen kept the same length); not a crowd's ("the protesters carried signs
                # with anti-government sentiments and at one stage sung" is no count of them)
                toll = joined
            if not toll and not year_like and a.value is not None and (lt := long_toll(sent, a.qual_start)) is not None:
                toll = lt  # "The death toll in a landslide that occurred at ..., in Durlung, Parbat ... reached eight"
            if not toll and tally_prev and not year_like and a.value is not None and \
                    ANAPHORIC_TALLY.search(sent, max(0, a.qual_start - 60), a.qual_start) and bare_next().match(rest) and \
                    (told := find_figures(prev_sent)) and told[-1].measure in PART_MEASURES:
                # "At least 100 people had died. The provisional tally stood at 165.": the tally is of what the sentence
                # before counted (a player's "His tally stands at 20" follows no toll)
                out.append(FoundFigure(a.qual_start, a.end, told[-1].measure, a, None, None, False))
                continue
            if toll and fee_toll(sent[max(0, a.qual_start - 100): a.qual_start], toll, sent[max(0, a.start - 3): a.start] + a.text, rest):
                continue  # "The toll on the highway was 10 dollars": a fee, no one died
            if toll and PLACE_PREP.search(toll.group(0)) and not (bare_next().match(rest) or people_noun(rest) or
                                                                   person_next(rest) or PARTICIPLE_NEXT.match(rest)):
                continue  # "killed 12 protesters at two locations", "reports on the casualties of two sit-ins": a
                # preposition before a count with a noun of its own tells where or of what, not how many
            if toll and not year_like and not re.match(r"\s*(?:%|percent|per cent|years?|days?|km|miles|times)", rest) and \
                    not (money_after(rest) and not MILESTONE.match(rest)):
                # "Total economic losses were estimated at almost 2.2 trillion VND" is money; "passed the 100,000 mark" a
                # milestone, not a German mark
                measure = "casualties" if toll.group("w").lower() == "casualty count" else \
                    TOLL_MEASURE.get(toll.group("w").split()[-1].lower(), "killed")
                if toll.group("w").split()[-1].lower() in ("crowd", "crowds", "turnout") and not PROTEST.search(sent):
                    continue  # a crowd at a match or a turnout at the polls is not a protest
                if toll.group("w").split()[-1].lower() == "marchers" and not (PROTEST_AIM.search(sent) or CAUSE.search(sent)):
                    continue  # a parade's marchers are no protest; a pro-democracy or anti-war march's are
                dm = DEMONYM_W.search(toll.group(0))  # "the number of Armenian servicemen killed rose to 105"
                group = "military" if re.search(r"(?i)soldiers|servicem[ae]n|troops|military", toll.group(0)) else None
                out.append(FoundFigure(a.qual_start, a.end, measure, a, word_country(dm.group("d")) if dm else None, group, dm is not None))
            continue
        mods, head = m.group("mods") or "", m.group("head")
        dem_head = demonym_head(head)
        if dem_head:  # "100,000 ethnic Armenians": the nationality is the head noun
            mods, head = f"{mods}{as_modifier(head)} ", "people"
        if NOT_PEOPLE_MODS.search(mods) or any(money_word(w) for w in WORD.findall(mods)):
            continue
        head_end = a.end + m.end()
        adjective = None
        if head.lower() in HEADS["measure_adjective"] and (
                h2 := ADJ_HEAD.match(sent, head_end)):
            # "66 displaced people", "dozens of critically injured Palestinians": the adjective is not the head
            adjective, mods, head, head_end = head, f"{mods}{head} ", h2.group("h"), h2.end()
            if demonym_head(head):
                mods, head = f"{mods}{as_modifier(head)} ", "people"
        if head.lower() in ("members", "elements") and OF_FORCE.match(sent, head_end):
            # "some 2,500 members of security forces ... are to be sent", "Eight elements of the security forces were
            # killed": the count is of the force's people, read as its troops
            head = "troops"
        measure = count_measure_of(sent, a, head, head_end, adjective is not None) or (classify_count(adjective.lower(), "x", "people") if adjective else None)
        if adjective and measure == "protesters":
            # "At least 38 of the injured protesters were brought to hospital": the adjective says what befell them; a
            # protest's people are protesters only when nothing else is said
            measure = classify_count(adjective.lower(), "x", "people") or measure
        if adjective and measure == "displaced" and classify_count(adjective.lower(), "x", "people") in ("killed", "wounded") and \
                EVACUATED.search(sent, max(0, a.qual_start - 40), min(len(sent), head_end + 80)):
            # "medics evacuated 21 injured people to hospitals", "12 wounded soldiers were evacuated": the hurt carried
            # off for care are counted by their wounds, not as people driven from their homes
            measure = classify_count(adjective.lower(), "x", "people")
        if DEATH_TOLL_WAS.search(sent, max(0, a.qual_start - 60), a.qual_start) and \
                any(GROUP_RX[g].fullmatch(head.lower()) for g in ("people", "civilians", "military")):
            # "Initial toll of the shelling was 10 people, ... a large number of the wounded": the toll names the measure,
            # not a cue further on; so does "The previous death toll was four soldiers and two civilians"
            measure = "killed"
        if measure == "wounded" and head.lower() in ("injured", "wounded", "injuries", "wounds") and FATALLY.search(mods):
            measure = "killed"  # "left eight criminals fatally wounded", "one who sustained fatal injuries": a death
        if measure == "wounded" and head.lower() in ("injured", "wounded") and m.group(0).lstrip().lower().startswith("of ") and (
                LATER_DIED.match(sent, head_end)):
            measure = "killed"  # "two of the wounded later died in hospital": the part of the hurt who died
        if measure is None and out and re.search(r"(?i)\b(?:including|among them|of whom)\s*$", sent[max(0, a.qual_start - 20): a.qual_start]) \
                and not (out[-1].amount is not None and out[-1].amount.value == 0) and \
                not COUNT_WORD.search(sent, out[-1].end, max(out[-1].end, a.qual_start)):
            # "20 were hurt, including two children": a part of the toll before it; not of a zero toll ("No one was
            # injured ... while a handful of people, including two children, were inside": a part of someone else),
            # nor of a count between them that is no figure ("three died and more than 800 people, including four
            # schoolchildren, were taken to the hospital ... suffering from heat stroke": the 800's part)
            measure = out[-1].measure
        elif measure is None and out and out[-1].amount is not None and out[-1].amount.value != 0 and \
                BRACKET_PART.fullmatch(sent, out[-1].end, a.qual_start) and \
                sent[head_end:head_end + 2].strip()[:1] == ")":
            # "15 dead and 5 wounded (1 child) in Volnovakha": a count in brackets right after a figure is its part
            measure = out[-1].measure
        elif measure is not None and out and out[-1].amount is not None and out[-1].amount.value != 0 and \
                PART_AFTER_TOLL.fullmatch(sent, out[-1].end, a.qual_start):
            # "The toll was 14 people, including two women, ... the wounded": the part is of the toll right before
            # it, not of a cue further on
            measure = out[-1].measure
        if measure is None and out and verb_shared(sent, out, a):
            # "gunmen killed five soldiers and four civilians", "kill five soldiers, four civilians": a count coordinated
            # with counts a verb before them governs is that verb's object too
            measure = out[-1].measure
        if measure is None and any(rx.fullmatch(head.lower()) for rx in GROUP_RX.values()):
            measure = one_then_count(sent, a) or gapped_cause(sent, out, a, head_end)
        if measure is None and head.lower() in INTERCEPTED_HEADS and (INTERCEPTED.search(sent, max(0, a.qual_start - 40), a.qual_start) and not FINITE_AFTER.match(sent, head_end) or FOUND_AFTER.match(sent, head_end)):
            # "the INM on Sunday found 303 undocumented migrants", "agents intercepted 40 migrants": migrants that
            # border or immigration agents find or secure are taken into custody (only migrants: "found 5 bodies")
            measure = "detained"
        if measure is None and dem_head and abroad_measure(sent, prev_sent, head_end, dem_head):
            # "Only about 4,000 Congolese remain in the south-western Ugandan town of Kisoro" after "12,000 people who
            # fled across the border": a nation's people staying in another country's place, in a story of flight
            measure = "displaced"
        if measure is None:
            continue
        if a.value is not None and 1800 <= a.value <= 2100 and not re.search(r",", a.text) and head.lower() not in HEADS["year_count"]:
            continue
        group = group_of(head, measure) if head.lower() not in HEADS["measure_noun"] else None
        if head.lower() == "military deaths" or re.search(r"(?i)\bmilitary\b", mods):
            group = "military"
        country = None
        written = False
        if DEMONYM_W.search(mods) or MANY_NATIONS.search(mods + head):
            country, written = mods_country(mods, head)
        elif "lost" in sent[max(0, a.qual_start - 25): a.qual_start] and (
                lost := LOSER.search(sent, max(0, a.qual_start - 60), a.qual_start)):  # "Armenia lost 3,825 soldiers"
            country = word_country(lost.group("c")) or ORG_HOMES.get(lost.group("c"))
        country = country or (None if written else of_country(sent, head_end))
        out.append(FoundFigure(a.qual_start, head_end if head_end - a.qual_start < 80 else a.end, measure, a,
                               country, group, country is not None or written))
        if head.lower() in HEADS["measure_noun"] and (second := second_participle(sent, head_end, measure)):
            # "Hundreds injured, arrested as Jakarta protest ends in clashes": a headline's bare count with two
            # participles is a count of each
            out.append(FoundFigure(a.qual_start, head_end, second, a, country, group, country is not None or written))
    if pending:
        out = _put_at_figures(sent, prev, out, pending)
    if len(amounts) > 1 and out:
        out = elided_figures(sent, figure_ranges(sent, out, amounts), amounts)
    return out


def _put_at_figures(sent: str, prev: str, out: list[FoundFigure], pending: list[tuple[Amount, str]]) -> list[FoundFigure]:
    """`out` with the light verb's counts: each counts what the nearest figure of its sentence counts, else the last of
    the sentence before ("3 million people had turned out. The CFDT put the figure at 2.9 million": the same march's
    size by another count); an attendance or turnout with no figure beside it counts protesters only where a protest
    is named."""
    for a, word in pending:
        near = min(out, key=lambda f: abs(f.start - a.qual_start), default=None)
        before = find_figures(prev) if near is None and prev else []
        measure = near.measure if near else before[-1].measure if before else \
            "protesters" if word in ("attendance", "turnout") and PROTEST.search(f"{prev} {sent}") else None
        if measure:
            out.append(FoundFigure(a.qual_start, a.end, measure, a, None, None, False))
    return sorted(out, key=lambda f: f.start)
