"""Article-level context read once before the sentences: the country the story is about,
acronyms the article spells out, and sentences that are page furniture rather than reporting.

The focus country lets an unnamed claimant ("officials said", "police said", "the doctors
wrote") take the country the story happens in, which is how a reader understands them.
"""
from __future__ import annotations

from collections import Counter

import regex as re

from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS, ORGS, PEOPLE, subdivisions
from .data_files import read_word_list
from .inflections import noun_set, word_lemmas
from .name_words import first_names, name_particles, titles
from .place_words import country_name_guards
from .patterns import WATER_BODIES, strip_possessive
from .sentences import BYLINE
from .story_sides import side_mentions, story_foreign_sides

_COMMON_SURNAMES = frozenset("Johnson Harris Austin Michel Sanchez Rutte Duda Brown Smith Jones Williams".split())


SUBDIVISIONS = subdivisions()[0]  # "Florida" -> US, "Queensland" -> AU: only names one country has


# Words before a leader's surname that are no first name of someone else (country_mentions): offices, and every
# title of titles.tsv ("Mr", "Gen", "Senator")
_NOT_FIRST = frozenset("President Chancellor Minister Premier Prime Secretary Leader King Queen Prince Sheikh "
                       "Emir".split()) | frozenset(t for t, _ in titles())


def _place_names() -> tuple[dict[str, str], dict[str, set[str]]]:
    """Place names -> country code, and the leaders' surnames that count alone -> the leaders' first names."""
    names: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for n, c in SUBDIVISIONS.items():
        names[n] = c
    for n, (_, c) in ORGS.items():
        if c and c != "EU":
            names[n] = c
    for n, c in PEOPLE.items():
        if c:
            names[n] = c
            last = n.split()[-1]
            # "Trump", "Erdogan"; not "Johnson", nor a surname that is also a first name ("Martin": "Colonel Martin
            # Matur ... Martin explained" in a South Sudan story is no Irish leader)
            if len(last) >= 5 and last not in _COMMON_SURNAMES and last.lower() not in first_names():
                if last not in names:
                    surnames[last] = set()
                if last in surnames:
                    surnames[last].add(n.split()[0])
                names.setdefault(last, c)
    for n, c in CAPITALS.items():
        names[n.removeprefix("the ")] = c
    for n, c in DEMONYMS.items():
        names[n] = c
        names.setdefault(n + "s", c)  # "Tunisians", "Americans"
    for n, c in COUNTRY_NAMES.items():
        names[n.removeprefix("the ")] = c
    return names, surnames


# _SURNAMES: leaders' surnames that count alone ("Scholz said"); after another first name ("Lois Scholz, a friend")
# they are someone else's (country_mentions).
PLACE_NAMES, _SURNAMES = _place_names()
_MAX_WORDS = max(len(n.split()) for n in PLACE_NAMES)


def _name_joiners(names) -> list[str]:
    """The lower-case words inside the table's names that join capitalised words of one name: "of", "and", "the",
    "for", and the particles of other languages ("Rio de Janeiro", "Dar es Salaam", "Santiago del Estero", "Ursula von
    der Leyen"), less English words ("Autonomous Region in Muslim Mindanao": "Kharkiv in Russian strikes" is no name)
    unless a particle of people's names ("Mohammed bin Salman")."""
    inner = {w for n in names if " " in n for w in n.split()[1:-1] if w.isalpha() and w.islower() and len(w) > 1}
    kept = {w for w in inner if not word_lemmas(w) and w not in _stop_words() or w in name_particles()}
    return ["of", "and", "the", "for", *sorted(kept - {"of", "and", "the", "for"})]


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


# Runs of capitalised words (with "of", "and", "the" and the particles of _name_joiners inside names): the only places
# a place name can be. A run stays on its line: "More protests ahead in Greece" over "Greek students announced ..." is
# two runs, not one unknown name "Greece\nGreek" (a headline's last word and the next paragraph's first were lost that
# way).
_CAP_RUN = re.compile(r"\b[A-Z][\w.’'-]*(?:[^\S\n]+(?:(?:" + "|".join(_name_joiners(PLACE_NAMES)) +
                      r")[^\S\n]+)*[A-Z][\w.’'-]*)*")
# Nouns for an armed act done to others (data/attack_acts.tsv): a demonym right before one names the side that acts,
# which focus_of weighs apart from the rest ("Russian shelling kills nine in Kharkiv" is a Ukrainian story).
_ATTACK_ACTS = noun_set(read_word_list("attack_acts.tsv"))
_LABOUR = re.compile(r"(?i)\b(?:" + "|".join(sorted(noun_set(read_word_list("labour_words.tsv")), key=len, reverse=True)) + r")\b")
_NEXT_WORD = re.compile(r"[^\S\n]+([a-z]+)")


def _walkout(text: str, at: int, act: str) -> bool:
    """The "strike" at `at` is a labour one: its line names a union, workers, pensions or wages."""
    if not act.startswith("strike"):
        return False
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return _LABOUR.search(text, start, end if end >= 0 else len(text)) is not None


def country_mentions(text: str, lede: int = 0, names: dict[str, str] | None = None,
                     acts: Counter[str] | None = None) -> Counter[str]:
    """How often each country is named in `text`, by name, demonym, capital, region, agency or leader
    (or by the names of `names` only); names in the first `lede` characters count twice. `acts`, when given, gets the
    demonyms before an armed act ("Russian shelling", "Israeli strikes") counted again: they name who acts, not where."""
    counts: Counter[str] = Counter()
    names = PLACE_NAMES if names is None else names
    get = names.get
    firsts = _first_words(names)
    others: set[str] = set()  # leaders' surnames the text gives to someone else ("Lois Scholz ... Scholz said")
    for run in _CAP_RUN.finditer(text):
        weight = 2 if run.start() < lede else 1
        r = run.group(0)
        if " " not in r:  # most runs are one word ("The", "He", "Kenya")
            w = _word(r)
            code = get(w) or (get(w.title()) if len(w) > 3 and w.isupper() else None)
            if code and acts is not None and w in DEMONYMS and (nxt := _NEXT_WORD.match(text, run.end())) and \
                    nxt.group(1) in _ATTACK_ACTS and not _walkout(text, run.end(), nxt.group(1)):
                acts[code] += weight  # "Russian shelling": the side that shells, not (by this) the story's place
            if code and w not in others:
                counts[code] += weight
            continue
        words = [w if w.endswith((".S.", ".K.")) else strip_possessive(w.rstrip(".,"))
                 for w in r.split()]  # _word, inline
        i = 0
        while i < len(words):
            w = words[i]
            # a name of two or more words starts with the first word of one (or its title case, for "NEW YORK")
            longest = min(_MAX_WORDS, len(words) - i) if w in firsts or w.title() in firsts else 1
            for n in range(longest, 0, -1):
                name = " ".join(words[i:i + n]) if n > 1 else w
                code = get(name) or (get(name.title()) if name.isupper() and len(name) > 3 else None)
                if code and n == 1 and i + 1 < len(words) and words[i + 1] in WATER_BODIES and name in DEMONYMS:
                    code = None  # "Indian Ocean", "Irish Sea": a sea's name, no nation's
                if code and n == 1 and i + 1 < len(words) and name in country_name_guards() and \
                        (not word_lemmas(words[i + 1].lower()) or words[i + 1] in country_name_guards()[name]):
                    code = None  # "Chad Morris", "Niger State": a first name, a Nigerian state (country_name_guards.tsv)
                if code and n == 1 and name in _SURNAMES and names is PLACE_NAMES:
                    firsts_of = _SURNAMES[name]
                    prev = words[i - 1] if i else ""
                    if prev[:1].isupper() and prev.rstrip(".") not in _NOT_FIRST and prev not in names and \
                            prev not in firsts_of:
                        code = None  # "Lois Scholz": another person's surname, not the chancellor's
                        if not any(f in text for f in firsts_of):
                            others.add(name)  # and "Scholz said" later is her too, when the leader is never named
                    elif name in others:
                        code = None
                if code and name in ORGS and i and DEMONYMS.get(words[i - 1], code) != code:
                    code = None  # "Pakistani Taliban": the demonym before a body's name places it, not the body's home
                if code:
                    counts[code] += weight
                    i += n
                    break
            else:
                i += 1
    return counts


_FIRSTS: dict[int, tuple[dict, frozenset[str]]] = {}


def _first_words(names: dict[str, str]) -> frozenset[str]:
    """The first words of the names of more than one word in `names` (a fixed table), built once per table."""
    got = _FIRSTS.get(id(names))
    if got is None or got[0] is not names:
        got = _FIRSTS[id(names)] = (names, frozenset(n.split(" ")[0] for n in names if " " in n))
    return got[1]


def _word(w: str) -> str:
    if w.endswith(".S.") or w.endswith(".K."):
        return w  # "U.S.", "U.K."
    return strip_possessive(w.rstrip(".,"))


def focus_country(title: str | None, text: str) -> str | None:
    """The country the story is about: clearly the most named one, or None when two compete.

    The headline and the first paragraph say what a story is about, so they weigh more than
    background further down ("SEOUL, South Korea — ..." outweighs later talk of Washington).
    """
    return focus_of(*settled_mentions(*story_mentions(title, text)))


def story_mentions(title: str | None, text: str) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """The country mentions `focus_country` weighs: of the body's opening (its first paragraph counting
    twice) and of the title, then those of each that were an attacker's demonym ("Russian shelling").
    `places.story_country` reuses them when no country is clearly the focus."""
    first = text.find("\n")
    body_acts: Counter[str] = Counter()
    head_acts: Counter[str] = Counter()
    # the opening paragraphs establish where a story happens; a long tail adds cost, not evidence
    head, lede = text[:6000], min(400, first if first >= 0 else len(text))
    body = country_mentions(head, lede=lede, acts=body_acts)
    if foreign := story_foreign_sides(head, lede):
        # a state's forces at work in another country's story ("US troops ... in the town of Falluja") name who acts,
        # not where (story_sides.py)
        sides = side_mentions(head, lede)
        for code in foreign:
            body_acts[code] += min(sides[code], body[code] - body_acts[code])
    return body, country_mentions(title or "", acts=head_acts), body_acts, head_acts


def settled_mentions(body: Counter[str], head: Counter[str], body_acts: Counter[str],
                     head_acts: Counter[str]) -> tuple[Counter[str], Counter[str]]:
    """The mentions of `story_mentions` a story's place is read from. A country that leads while an attacker's
    demonym names it ("Russian shelling kills nine in Kharkiv: regional governor") may lead by what its side does
    elsewhere, and one named mostly so ("Russian shelling kills five civilians in Ukraine's Kharkiv") may tie with the
    place: the place is then read without those demonyms. Where no side leads and each is named mostly as itself, they
    stay (two sides of a war named alike keep each other from the focus)."""
    focus = focus_of(body, head)
    if focus and (body_acts.get(focus) or head_acts.get(focus)):
        return body - body_acts, head - head_acts
    weight = body + Counter({code: 3 * n for code, n in head.items()})
    for code, n in weight.most_common(2):
        if 2 * (body_acts.get(code, 0) + 3 * head_acts.get(code, 0)) >= n > 0:
            return body - body_acts, head - head_acts
    return body, head


def focus_of(body: Counter[str], head: Counter[str]) -> str | None:
    """`focus_country` from the counts of `settled_mentions` (which are left as they are)."""
    counts = Counter(body)
    for code, n in head.items():
        counts[code] += 3 * n
    counts.pop("EU", None)
    top = counts.most_common(2)
    if not top or top[0][1] < 3:
        return None
    if len(top) == 2 and top[1][1] * 1.5 > top[0][1]:
        return None
    return top[0][0]


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_NAMED = re.compile(r"\b[A-Z][\p{L}-]+(?:\s+(?:(?:of|and|for|the|on)\s+)*[A-Z][\p{L}-]+){1,7}")
# (a possessive on both, "the Independent Commission of Investigations’ (INDECOM’s) Central Regional Office", is the same
# short form)
_BRACKETED = re.compile(r"(?<![\p{L}-])(?!The\s)([A-Z][\p{L}-]+(?:\s+(?:(?:of|and|for|the|on)\s+)*[A-Z][\p{L}-]+){1,7})"
                        r"(?:['’]s?)?\s+\(([A-Z]{2,8})(?:['’]s)?\)")


# A name with its short form in brackets: "the Department of Disaster Management Affairs (DoDMA)". The brackets say what
# the short form stands for, whatever its letters; a later all-capitals spelling ("DODMA said") is the same body.
_BRACKETED_MIXED = re.compile(r"(?P<n>" + _NAMED.pattern.removeprefix(r"\b") + r")\s*\((?P<a>[A-Z][A-Za-z]{1,7})\)")


def acronyms(text: str) -> dict[str, str]:
    """Acronyms the article spells out somewhere: 'People Power Party' ... 'the PPP' -> 'People Power Party'."""
    out: dict[str, str] = {}
    if "(" in text:
        for m in _BRACKETED_MIXED.finditer(text):
            a = m.group("a")
            if sum(c.isupper() for c in a) >= 2 and not a.isupper():  # mixed case only: capitals are read below
                name = m.group("n").removeprefix("The ")
                out.setdefault(a, name)
                out.setdefault(a.upper(), name)
    wanted = set(_ACRONYM.findall(text)) - out.keys()
    if not wanted:
        return out
    for m in _NAMED.finditer(text):
        words = m.group(0).split()
        caps = [w for w in words if w[:1].isupper()]
        # any run of the name's capitalised words can be the spelled-out form ("the Democratic Party (DP)")
        for a in range(len(caps)):
            for b in range(a + 2, len(caps) + 1):
                initials = "".join(w[0] for w in caps[a:b])
                if initials in wanted and initials not in out:
                    first, last = words.index(caps[a]), words.index(caps[b - 1])
                    out[initials] = " ".join(words[first:last + 1])
    for m in _BRACKETED.finditer(text):
        # "the Moldovan Ministry of Internal Affairs (MAI)": an acronym in brackets right after a name abbreviates it,
        # also when its letters follow the name in another language's order
        if not m.group(1).isupper():  # ("NEW YORK (REUTERS)": a dateline and its agency)
            out.setdefault(m.group(2), m.group(1))
    return out


# A short form with a small letter for each small word of its name ("MoH", "MoD", "MoFA", "DoJ"): newsrooms write it
# without spelling it out, the name standing elsewhere in the story ("MoH announces ..." over "the Ministry of Health")
MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,4}")
_SMALL_WORDS = frozenset(("of", "and", "for", "the", "on"))


def spelled_out(text: str, token: str) -> str | None:
    """The name a mixed-case short form stands for in `text`: a run of its capitalised words and small words whose
    initials, case and all, are the token's letters ("Ministry of Health" for "MoH"); None when the text has none."""
    if not MIXED_ACRONYM.fullmatch(token) or token.isupper():
        return None
    for m in _NAMED.finditer(text):
        words = m.group(0).split()
        for a in range(len(words) - len(token) + 1):
            run = words[a:a + len(token)]
            if run[0][:1].isupper() and all(w[0] == c and (c.isupper() or w in _SMALL_WORDS) for w, c in zip(run, token)):
                return " ".join(run)
    return None


# Page furniture that cleaners sometimes keep: promo links, share prompts, bylines, credits.
_FURNITURE = re.compile(
    r"(?i)^\s*\[?\s*(?:(?:see more|read more|read also|also read|don'?t miss|also on \S+\.\w+|partner news|advertisement|"
    r"click here|sign up for|subscribe to)\b|(?:more|related|watch|listen|latest|trending|recommended|sponsored|read)\s*:)|"
    r"^\s*(?:like this story\b|share (?:it|this)\b|follow (?:us|\S+ \S+ on)\b)|"
    r"\bcontributed (?:reporting )?to this (?:report|story|article)|^(?:[A-Z][\p{L}.'’-]+\s+){1,3}reported from [A-Z]|"
    # a byline alone ("By Aaron Humes:", split off its sentence by sentences.py) and a photo caption's label line
    # ("FILE PHOTO: French President Emmanuel Macron delivers ..."): a caption describes a picture, it reports no claim
    r"^\s*(?-i:" + BYLINE + r")\s*[:|—–]?\s*$|"
    r"^\s*(?:file\s+)?(?:photo|picture|image|video)s?\s*(?:\([^()]{1,40}\))?\s*:")


_FURNITURE_HINT = re.compile(r"(?i)\W{0,3}(?:see|read|also|don|partner|advertisement|click|sign|subscribe|more|related|watch|"
                             r"listen|latest|trending|recommended|sponsored|like|share|follow|by|file|photo|picture|image|video)")


# A link to another story, which some sites close with a bracketed label in capitals ("Boss's brutal slap down when
# employee says they will work from home [SPOTLIGHT]", "... military intervention' [REACTION]"): its speaker is not
# this story's, and no "she" of the next sentence is them.
_TEASER_LABEL = re.compile(r"\[[A-Z]{4,12}\]\s*$")


def is_furniture(sentence: str) -> bool:
    if sentence.rstrip().endswith("]") and _TEASER_LABEL.search(sentence):
        return True
    hint = _FURNITURE_HINT.match(sentence) or "contributed" in sentence or "reported from" in sentence
    return bool(hint) and _FURNITURE.search(sentence) is not None
