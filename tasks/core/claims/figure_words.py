"""Words the figure readers add to their own patterns: measure cues, words for counts and shares, people a count may
be of, words that make a count no displacement (measure_cues.tsv, count_words.tsv, share_nouns.tsv, ...)."""
from __future__ import annotations

from functools import lru_cache

from .calendar_words import WEEKDAYS
from .data_files import read_groups, read_pairs, read_parts, read_rows, read_word_list, read_words
from .inflections import inflections


@lru_cache(maxsize=None)
def count_words() -> frozenset[str]:
    """Words for counts and what they count, the cheap test before the count-source pattern: 'toll', 'figures',
    'deaths' (count_words.tsv)."""
    return read_words("count_words.tsv")


@lru_cache(maxsize=None)
def many_nation_words() -> frozenset[str]:
    """Words that name the people of many nations before a noun for people: 'European', 'Western'
    (many_nation_words.tsv)."""
    return read_words("many_nation_words.tsv")


@lru_cache(maxsize=None)
def toll_fee_words() -> dict[str, frozenset[str]]:
    """Words that make a "toll" a fee (toll_fees.tsv): 'road' -> what a fee toll is paid for ("bridge", "motorway"),
    'money' -> words for money after a count: the tsv's units ("cents", "bucks") and the last word of each of
    pycountry's currency names with its plural ("dollar", "dollars", "rupee", ...); ISO's X codes (gold, testing
    codes, funds) are no money a toll is paid in."""
    import pycountry  # library data, read once on the first fee check

    kinds = read_parts("toll_fees.tsv")
    money = set(kinds.get("money", ()))
    codes = set()
    for c in pycountry.currencies:
        word = c.name.split()[-1].lower()
        if not c.alpha_3.startswith("X") and word.isalpha():
            money |= {word, word + "s"}
        if not c.alpha_3.startswith("X"):
            codes.add(c.alpha_3)  # "2.2 trillion VND", "101 million USD": ISO 4217 codes, matched in capitals
    return {"road": kinds.get("road", frozenset()), "money": frozenset(money), "codes": frozenset(codes)}


@lru_cache(maxsize=None)
def measure_cues() -> tuple[tuple[str, str, bool], ...]:
    """Measure cues that figures.py adds to its own (measure_cues.tsv): (measure, regex source, may follow any plural
    noun for people). A verb line gives every form of its lemma, a phrase is matched as written."""
    # (lemminflect is imported here, not with the module: the events scope reads the count qualifiers from this module,
    # and a run that only scopes stored figures must not load the inflection tables)
    from .inflections import inflections

    out: list[tuple[str, str, bool]] = []
    for measure, kind, text, head in read_rows("measure_cues.tsv"):
        if kind == "verb":
            forms = {text} | {f.lower() for fs in inflections(text, "VERB").values() for f in fs}
            src = "|".join(sorted(forms, key=lambda f: (-len(f), f)))  # ties in a fixed order: a set's follows hashing
        else:
            src = r"\s+".join(w for w in text.split())
        out.append((measure, src, head == "yes"))
    return tuple(out)


@lru_cache(maxsize=None)
def share_parts() -> dict[str, frozenset[str]]:
    """Part a rule gives a noun for a share -> the forms that play it, as written: 'percent' -> percent, % ...
    (share_nouns.tsv)."""
    return read_parts("share_nouns.tsv")


@lru_cache(maxsize=None)
def paired_mod_heads() -> tuple[str, ...]:
    """People nouns a count's two coordinated modifiers may come before, in file order: 'civilians', ...
    (paired_mod_heads.tsv)."""
    return read_word_list("paired_mod_heads.tsv")


@lru_cache(maxsize=None)
def hostile_people() -> dict[str, tuple[str, ...]]:
    """Nouns for people a figure counts who are not the place's own -> `attacker` or `irregular`, each kind's words in
    file order (hostile_people.tsv)."""
    return read_groups("hostile_people.tsv", key=1, value=0)


@lru_cache(maxsize=None)
def boat_people() -> dict[str, tuple[str, ...]]:
    """The words that tell of people on the move by sea, by kind (boat, carrying, people, smuggling), each kind's
    words in file order (boat_people.tsv)."""
    return read_groups("boat_people.tsv", key=1, value=0)


@lru_cache(maxsize=None)
def generic_case_adjectives() -> frozenset[str]:
    """Adjectives of "rare for N people to be injured": a count in a remark about the general case
    (generic_case_adjectives.tsv)."""
    return read_words("generic_case_adjectives.tsv")


@lru_cache(maxsize=None)
def rescue_not_flight() -> dict[str, str]:
    """Words that make an "evacuate" count a rescue or an attempt, not people displaced: word -> 'attempt' (before "to
    evacuate") or 'state' (after the people's noun: "trapped") (rescue_not_flight.tsv)."""
    return read_pairs("rescue_not_flight.tsv")


@lru_cache(maxsize=None)
def time_after_count() -> tuple[frozenset[str], frozenset[str]]:
    """Words for when that may follow a count governed by its verb (time_after_count.tsv, lower case), and the
    days of the week ("injured dozens Sunday")."""
    return read_words("time_after_count.tsv"), frozenset(d.lower() for d in WEEKDAYS)


@lru_cache(maxsize=None)
def figure_groups() -> dict[str, str]:
    """Group -> the alternation of the head nouns a count of that group has, groups and nouns in file order:
    'military' -> 'soldiers?|troops|...' (figure_groups.tsv)."""
    return {g: "|".join(ps) for g, ps in read_groups("figure_groups.tsv").items()}


@lru_cache(maxsize=None)
def single_groups() -> dict[str, str]:
    """A noun for one person -> the group that person counts in: 'soldier' -> military, 'child' -> civilians, 'man' ->
    people (the single rows of figure_groups.tsv)."""
    return {r[1]: r[2] for r in read_rows("figure_groups.tsv") if r[0] == "single"}


@lru_cache(maxsize=None)
def not_people_nouns(read_as: str) -> tuple[str, ...]:
    """Nouns (regex sources, file order) that make a count none of people where they are read as `read_as`: 'mod'
    among the words before its head, 'head' as the head of a part (not_people_nouns.tsv)."""
    return tuple(r[0] for r in read_rows("not_people_nouns.tsv") if read_as in r[2].split())


@lru_cache(maxsize=None)
def count_hedges() -> tuple[str, ...]:
    """Words that hedge what a count's people are: 'suspected', 'alleged' (count_hedges.tsv)."""
    return read_word_list("count_hedges.tsv")


@lru_cache(maxsize=None)
def vague_amounts() -> tuple[str, ...]:
    """Amounts that name an order of magnitude but no number: 'dozens', 'several hundred' (vague_amounts.tsv)."""
    return read_word_list("vague_amounts.tsv")


@lru_cache(maxsize=None)
def count_qualifiers() -> dict[str, tuple[str, ...]]:
    """Qualifier -> the phrases before a number that give it, qualifiers and phrases in file order: 'at_least' ->
    ('at least', 'no fewer than', ...) (count_qualifiers.tsv)."""
    return read_groups("count_qualifiers.tsv")


@lru_cache(maxsize=None)
def count_qualifier_pattern() -> str:
    """A regex group of the qualifier phrases that stand inside a count's noun phrase ("killed at least 12", "the toll
    was about 40"), longest first: '(?:approximately|no fewer than|...|over|some)' (the `inside` rows of
    count_qualifiers.tsv). Every pattern that reads back past a count's qualifier to the word governing it, or forward
    from that word to the count, is built from this one list."""
    phrases = {phrase for _qual, phrase, inside in read_rows("count_qualifiers.tsv") if inside == "yes"}
    return "(?:" + "|".join(sorted(phrases, key=lambda p: (-len(p), p))) + ")"  # ties in a fixed order: stable text


@lru_cache(maxsize=None)
def figure_heads() -> dict[str, frozenset[str]]:
    """Part a count's head noun plays -> the nouns that play it: 'captive' -> prisoners, hostages, detainees;
    'measure_noun' -> deaths, wounded, ... (figure_heads.tsv)."""
    return read_parts("figure_heads.tsv")


@lru_cache(maxsize=None)
def about_topic_words() -> tuple[str, ...]:
    """Words after which "about" names a topic, not an estimate: 'informed', 'news' (about_topic_words.tsv)."""
    return read_word_list("about_topic_words.tsv")


@lru_cache(maxsize=None)
def killing_voices() -> frozenset[str]:
    """Words that make an organization a voice of the state that may be a toll's killer ("army", "ministry"):
    killing_voices.tsv."""
    return read_words("killing_voices.tsv")


@lru_cache(maxsize=None)
def number_words(kind: str) -> dict[str, float | None]:
    """English number words of one kind -> their value, in file order (number_words.tsv): 'unit' ('one' -> 1 ..
    'nineteen'), 'ten' ('twenty' .. 'ninety'), 'scale' ('hundred' -> 100, 'lakh', 'dozen'), 'plural' ('dozens',
    'thousands': no value), 'phrase' ('a dozen' -> 12, 'half a million') or 'fraction' ('half', 'two-thirds')."""
    return {r[0]: float(r[1]) if r[1] else None for r in read_rows("number_words.tsv") if r[2] == kind}


@lru_cache(maxsize=None)
def scale_words(after: str) -> dict[str, float]:
    """Scale words that multiply a number written in `after` ('words': "two hundred", "two dozen"; 'digits': "2 lakh",
    "3 million") -> their factor (the scale rows of number_words.tsv)."""
    return {r[0]: float(r[1]) for r in read_rows("number_words.tsv") if r[2] == "scale" and after in r[3].split()}


def _alternation(words) -> str:
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))  # longest first, ties in a fixed order: stable text


@lru_cache(maxsize=None)
def number_word_pattern(cardinals: bool = True, plurals: bool = True, one: bool = True, most: int | None = None) -> str:
    """A regex group of the English number words a count is written in, longest first: with `cardinals` 'one' ..
    'nineteen' and 'twenty' .. 'ninety' (a compound, "twenty-three", is read word by word), with `plurals` the orders
    of magnitude ('dozens', 'hundreds', 'tens', ...) that stand where a number does ("killed dozens"); without `one`,
    no "one" (a pronoun as often: "one of them said", "no one"); with `most`, only the cardinals up to that number (a
    pattern whose wider reading would change what it finds, said where it is used). Every pattern that looks for a
    count in words is built from this one list (number_words.tsv), with no word boundary: the caller adds its own."""
    words = [*(w for kind in ("unit", "ten") if cardinals for w, v in number_words(kind).items() if most is None or v <= most),
             *(number_words("plural") if plurals else ())]
    return "(?:" + _alternation(w for w in words if one or w != "one") + ")"


@lru_cache(maxsize=None)
def number_phrase_pattern() -> str:
    """A regex group of the fixed phrases that give a number ('a dozen', 'a couple of', 'half a million', 'a score
    of'), longest first, spaces as written (number_words.tsv)."""
    return "(?:" + _alternation(number_words("phrase")) + ")"


@lru_cache(maxsize=None)
def number_cue_words() -> frozenset[str]:
    """A word of every number word, number phrase and vague amount, so a sentence with none of them (and no digit) holds
    no count: the cardinals, scales and plurals themselves, and the longest word of each phrase ('a score of' ->
    'score', 'several hundred' -> 'hundred', 'large numbers' -> 'numbers') (number_words.tsv, vague_amounts.tsv)."""
    words = {w for kind in ("unit", "ten", "plural") for w in number_words(kind)} | set(scale_words("words"))
    for phrase in [*number_words("phrase"), *vague_amounts()]:
        words.add(max(reversed(phrase.split()), key=len))  # of two as long, the last: the number, not "several"
    return frozenset(words)


@lru_cache(maxsize=None)
def scale_word_pattern(after: str = "digits") -> str:
    """A regex group of the scale words that may follow a number written in `after` ('digits': "3 million", "2 lakh";
    'words': "two hundred", "two dozen"; 'any': either), longest first (the scale rows of number_words.tsv)."""
    kinds = ("words", "digits") if after == "any" else (after,)
    return "(?:" + _alternation(w for a in kinds for w in scale_words(a)) + ")"


@lru_cache(maxsize=None)
def planned_acts() -> frozenset[str]:
    """Words that make a harm right after them and "to" only planned, threatened or tried ("preparing to arrest another
    13", "threatened to kill 12 hostages"): no figure (planned_acts.tsv, lower case)."""
    return read_words("planned_acts.tsv")


@lru_cache(maxsize=None)
def farmland_words() -> frozenset[str]:
    """Words for farmland after an area's "of": "2,500 hectares of rice" is a harvest's loss, not territory
    (farmland_words.tsv, lower case)."""
    return read_words("farmland_words.tsv")


@lru_cache(maxsize=None)
def toll_verb_forms() -> dict[str, frozenset[str]]:
    """The forms of the verbs that tie a short toll phrase to its count (toll_rise_verbs.tsv, toll_level_verbs.tsv;
    forms from lemminflect): 'tensed' -> past, participle and third-person forms ("rose", "has risen", "stands"),
    'bare' -> the plain present, a toll only after a plural toll noun ("Cholera deaths pass 5,000"), 'mark' -> every
    form of a verb that may pass a round number ("has passed the 100,000 mark")."""
    rows = read_rows("toll_rise_verbs.tsv") + read_rows("toll_level_verbs.tsv")
    forms = {r[0]: inflections(r[0], "VERB") for r in rows}
    return {"tensed": frozenset(f for fs in forms.values() for tag in ("VBD", "VBN", "VBZ") for f in fs.get(tag, ())),
            "bare": frozenset(f for fs in forms.values() for f in fs.get("VBP", ())),
            "mark": frozenset(f for r in rows if r[1:2] == ["mark"]
                              for tag in ("VBD", "VBN", "VBZ", "VBP") for f in forms[r[0]].get(tag, ()))}


@lru_cache(maxsize=None)
def own_clause_words() -> dict[str, tuple[str, ...]]:
    """Words that mark a clause after "and" with a subject of its own, whose verb is not a count's before it: 'subject'
    -> the words that open such a subject ("others", "an unknown number"), 'verb' -> the verbs that make it a clause
    (own_clause_words.tsv)."""
    return read_groups("own_clause_words.tsv", key=1, value=0)
