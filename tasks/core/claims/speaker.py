"""Who speaks: the subject of a reporting verb, found by walking back from the verb over
adverbials, appositions and relative clauses to the noun phrase that names an actor.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .actor_patterns import NOT_NAME, PARTICLES, TITLE_LAST
from .actors import placed_body, resolve
from .memory import ActorMemory, international, posted_abroad
from .phrase_country import PLACE_FULL, acronym_country, country_in
from .shared_bodies import country_in_story
from .people import APPOS_HEAD, owner_named_before, surname_actor
from .groups import GROUP_HEADS, is_group
from .calendar_words import MONTHS, WEEKDAYS
from .model import Actor
from .description_actors import name_source
from .name_words import SURNAME_HONORIFICS, title_pattern
from .patterns import WEEKDAY, alt
from .source_words import held_participles
from .cue_words import cue_forms
from .recent_speakers import ANOTHER, another_speaker

# Words between subject and verb that do not break the subject ("Azerbaijan has also reported").
# (auxiliaries in lower case only: "which Will claims" holds the name Will, not the auxiliary)
_TAIL = re.EndAnchored(r"(?:[\s,]+(?:also|earlier|later|previously|reportedly|separately|further|then|too|again|now|"
                   r"repeatedly|(?-i:has|have|had|would|will|did|does)|officially|publicly|once|allegedly|in turn|(?-i:is|are|was|were)|"
                   r"on the other hand|for (?:his|her|its|their) part|however|meanwhile|in a (?:statement|speech|post|tweet|letter)|"
                   rf"yesterday|today|on {WEEKDAY}|last week|this week|since|instead|"
                   r"still|recently|initially|first|privately|jointly|subsequently|this month|last month|"
                   # manner adverbs: "Warren quickly accused", "the ministry flatly denied"
                   r"(?-i:quickly|swiftly|immediately|promptly|strongly|sharply|flatly|firmly|openly|angrily|bluntly|categorically|"
                   r"vehemently|explicitly|formally|falsely|wrongly|quietly|emphatically|tearfully|simply|frequently|often|"
                   r"long|already|even|always|just|then|initially|largely|roundly|widely|furiously|loudly|directly|"
                   r"specifically|personally|unanimously|overwhelmingly|forcefully|vigorously|strenuously))\b)+[\s,]*$",
                   re.I)
# Segments that may sit between a subject and its verb without naming anyone.
# ("in his speech" but not "in which he": a relative clause with its own subject, whose antecedent is no speaker)
_SKIPPABLE = re.compile(r"(?i)^(?:in a statement|in turn|on the other hand|for (?:his|her|its|their) part|however|meanwhile|"
                        r"later|earlier|also|in a speech|on \w+|yesterday|today|at loggerheads .*|in (?!(?:which|whom)\b)\w+ \w+|"
                        r"(?-i:[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)|(?!including\b)(?-i:\p{Ll}\w+ing)\b.*|(?-i:\p{Ll}\w+ed)\s+(?:that|by|at|over|about|with)\b.*|who (?:asked|spoke|declined|requested|was not) .*|"
                        r"(?:president|chairman|chair|head|leader|minister|secretary|spokes\w+|director|chief|ambassador|"
                        r"envoy|member|deputy|prime minister|foreign minister)\b.*)$")
# "Angela Ranastianis, his 22-year-old daughter, pleaded": a relation in apposition describes the name before it.
_KIN_DESC = re.compile(r"(?i)(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:(?:great-)?(?:grand)?(?:father|mother|son|daughter)|"
                       r"uncle|aunt|brother|sister|cousin|nephew|niece|wife|husband|widow|neighbou?r|friend|lawyer|attorney)s?$")
BOUND = re.compile(r"[,;:“”\"()—–]|\s-\s")

UNKNOWN = Actor("", "", "unknown", None)  # a speaker who names no identifiable actor


@dataclass
class FoundClaim:
    actor: Actor
    surface: str
    subj_start: int
    subj_end: int
    verb: str
    verb_start: int
    verb_end: int
    claim_type: str
    span: tuple[int, int] = (0, 0)  # the content the claimant asserts
    target_country: str | None = None
    quote: str | None = None
    figures_only: bool = False  # a count's keeper ("the ministry's tally"): a claim only where the sentence holds a figure
    rule: str = ""  # the named rule that made the row (rules.py lists them in order)
    resolved_by: str = ""  # how the claimant was found from the words, when the rule knows ("pronoun antecedent")
    joint: bool = False  # the second of two joined claimants ("X and Y said"): shares the first one's verb and content


# A claimant phrase starts with a capital, a determiner or pronoun, or one of a few bare nouns.
_NP_START = re.compile(r"(?!(?:And|But|While|Then|So|Yet|Or)$)[\p{Lu}\d]|(?:the|he|she|it|they|its|his|her|their|this|that|both|police|one|"
                       r"a|an|some|many|several|other|most|local|state|senior|top|opposition|government|military|"
                       rf"{GROUP_HEADS})$")


# "demand in China reported" — a name right after a preposition is not the subject.
_PREP = re.compile(r"(?i)in|of|from|for|to|with|at|by|on|about|over|against|between|into|across|near|than|like|toward|towards")
# "An internal memo obtained by The Associated Press says": who got or saw a document is no part of its subject's words
# (held_participles.tsv)
_HELD_AGENT = re.compile(rf"\b(?:{alt(held_participles()['by'])})\s+by\s+(?:(?i:the)\s+)?$")


# "a spokesperson for the health ministry", "an official at the ministry": the body speaks through them
_SPEAKS_FOR = re.compile(r"(?i)spokes(?:man|woman|person|people|men|women)|officials?|representatives?|sources?|"
                         r"press officer|director|head|chief")
_OWNER_OF = re.compile(r"(?P<own>.+?)[’']s\s+(?:(?:chief|senior|top|official|deputy|main|press|\p{Ll}+)\s+)?"
                       r"(?:spokes(?:man|woman|person)|officials?|representatives?|press officer)")
_TIME_WORDS = frozenset(MONTHS + WEEKDAYS) | frozenset("Later Earlier Meanwhile Separately Also".split())

_WORD_SPAN = re.compile(r"\S+")
# "Mr. Reeves", "Dr Chang": an honorific (titles.tsv) or an article, then a lone surname
_TITLE_OR_THE = re.compile(rf"(?:{title_pattern(SURNAME_HONORIFICS, 'abbr')}|(?:The|the)\.?)")
_AND_BUT = re.compile(r"(?i)(?:.*\s)?(?:and|but)|(?:and|but)(?:\s+\w+)?")
_PRONOUN_W = re.compile(r"(?i)he|she|it|they")
# "which they cited", "which Morales described as": the relative clause has its own subject, the antecedent is its object
# (the pronoun in lower case or capitalised only: "WHO says ..." is the World Health Organization)
_WHICH_WHO = re.compile(r"(?:[Ww]hich|[Ww]ho)\b(?i:(?!\s+(?:he|she|they|we|i|you|it|the|a|an|his|her|their|its)\b))(?!\s+[A-Z])")
_ARTICLE = re.compile(r"(?i)(?:the|a|an)\s")
# a subject whose head noun a relative clause follows: "The prosecutors who were unable to win convictions in the death
# of Freddie Gray" (the head opens with an article or a capital and holds no comma; "who" takes a lower-case verb)
# ("who" only: a "that" after a verb is a complementizer, "The doctors said that ...")
_RELATIVE_SUBJECT = re.compile(r"(?P<np>(?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}'’.-]*)(?:\s+[^\s,“”\"]+){0,5}?)\s+who\s+"
                               r"(?!(?:he|she|they|we|i|you|it)\b)\p{Ll}.*")


def _whole_or_head(np: str, mem: ActorMemory):
    """(actor, length) when the noun phrase names one whole ("The prosecutors"); a phrase only its first words name
    ("Another Twitter user") is left to the readings below."""
    if (actor := resolve(np, mem)) is not None and not actor.name.isupper() and \
            len(actor.name.split()) >= len(np.split()) - 2:
        return actor, len(np)
    return None


# an apposition that only describes the name before it: indefinite ("a Britain-based monitor group"), or a quantifier
# over the people just named ("the two lead prosecutors — both seasoned lawyers — said")
_INDEFINITE = re.compile(r"(?i)(?:an?|both|all|each)\s")

# What may stand right before a group subject that starts mid-segment ("as police said", "and officials said").
_GROUP_LEFT = re.compile(r"(?i)and|but|as|after|before|when|while|because|since|then|so|that|where|though|although|"
                         r"yesterday|today|now|also|meanwhile|later|earlier|\S*[.;:]")


# A lower-case content word that can modify a group's head noun ("health officials", "local residents").
_MODIFIER = re.compile(r"(?!(?:the|a|an|of|in|on|at|to|for|from|by|with|and|or|but|as|that|which|who|this|these|those|its|"
                       r"his|her|their|our|my|some|many|several|most|all|both|no|not|after|before|when|while|since|"
                       r"where|then|so|also|now)$)\p{Ll}[\p{Ll}-]+")


def _modified_group(words: list, i: int) -> int | None:
    """Where a group phrase whose head is words[i] starts when lower-case modifiers precede the head
    ("comes after health officials said"), or None; "law enforcement and security officials" is not one."""
    if not _MODIFIER.fullmatch(words[i].group(0)):
        return None
    j = i
    while j > 0 and i - j < 2 and _MODIFIER.fullmatch(words[j - 1].group(0)):
        j -= 1
    if j == i:
        return None
    left = words[j - 1].group(0) if j else ""
    return j if not j or _GROUP_LEFT.fullmatch(left) and left.lower() != "and" else None


def resolve_tail(seg: str, base: int, mem: ActorMemory, allow_prep: bool = False) -> tuple[Actor, int] | None:
    """The longest suffix of `seg` (at most 10 words) that names an actor, with its start offset."""
    words = list(_WORD_SPAN.finditer(seg))
    for i in range(max(0, len(words) - 10), len(words)):
        start = words[i].start()
        if not _NP_START.match(words[i].group(0)) or (i and not allow_prep and _PREP.fullmatch(words[i - 1].group(0))
                                                       and not (i > 1 and _SPEAKS_FOR.fullmatch(words[i - 2].group(0))
                                                                and words[i - 1].group(0) in ("for", "of", "at", "from"))):
            continue
        if words[i].group(0) in _TIME_WORDS and i + 1 < len(words) and words[i + 1].group(0)[:1].islower():
            continue  # "A statement issued late Sunday by the group": a day before lower-case words starts no name
        if i and _HELD_AGENT.search(seg, max(0, start - 30), start):
            continue
        actor = resolve(seg[start:], mem)
        if actor and actor.kind == "country" and i and words[i - 1].group(0)[:1].isupper() and \
                words[i - 1].group(0) not in _TIME_WORDS:
            continue  # "the US Embassy in New Delhi": a place inside a longer name is not the speaker
        if actor and i and is_group(actor) and not _GROUP_LEFT.fullmatch(words[i - 1].group(0)):
            j = _modified_group(words, i)
            if j is None:
                continue  # "the UN agency for Palestinian refugees": the group word ends a longer phrase
            start = words[j].start()
            # "comes after health officials said": the group is the one its modifiers name ("health officials")
            actor = resolve(seg[start:], mem) or actor
        if actor and actor.kind == "person" and actor.country is None and i:
            # "health ministry spokesman Mutahi Kagwe": a lower-case office before the name places its holder
            pre = seg[words[max(0, i - 4)].start():start]
            if code := country_in_story(posted_abroad(pre), mem) or mem.local(pre) or acronym_country(pre, mem):
                actor = mem.person(actor.name, code)
        if actor and actor.kind == "organization" and (own := _OWNER_OF.fullmatch(seg, start)):
            # "the health ministry's spokesman", "the army's officials": the body speaks through them
            boss = resolve(own.group("own"), mem)
            if boss and boss.kind in ("organization", "country") and not is_group(boss):
                actor = boss
        if actor:
            return actor, base + start
    if len(words) == 1 or len(words) == 2 and _TITLE_OR_THE.fullmatch(words[0].group(0)):
        actor = surname_actor(words[-1].group(0), mem)
        if actor:
            return actor, base + words[0].start()
    return None


# a name's acronym in brackets right after it ("The Ministry of Interior (MoI) said"): part of the name, no boundary
_BRACKET_ACRONYM = re.compile(r"(?<=[\p{L}.])\s*\([A-Z][A-Za-z&.-]{1,9}\)")


def _segments(left: str, end: int) -> list[tuple[int, int]]:
    """Comma/quote-delimited stretches of `left[:end]`, as (start, end) offsets, last first; a bracketed acronym
    after a name stays with the name (resolve reads "the World Health Organization (WHO)" whole)."""
    # (only right before the verb: "Taiwan Semiconductor Manufacturing Co. (TSMC) shares rose after ..." is cut there)
    spelled = [(m.start(), m.end()) for m in _BRACKET_ACRONYM.finditer(left, 0, end) if not left[m.end():end].strip()]
    cuts = [m for m in BOUND.finditer(left, 0, end) if not any(a <= m.start() < b for a, b in spelled)]
    starts = [0] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [end]
    return list(reversed(list(zip(starts, ends))))


_APPOS_HEAD = APPOS_HEAD
# A common-noun subject without its article: one to three lower-case words.
_BARE_NP = re.compile(r"(?!(?:he|she|it|they|we|i|you|who|which|that|this|there|officials?|police)\b)\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+){0,2}")


# "al Shabaab’s military operations spokesman", "a spokesman for Boko Haram": the body an apposition's role serves
_ROLE_OWNER = re.compile(r"(?:(?:the|an?)\s+)?(?P<o>[^,;:“”\"]{2,60}?)['’]s\s+[^,;:“”\"]{1,60}|"
                         r"(?:the|an?)\s+[^,;:“”\"]{1,40}?\s+(?:for|of)\s+(?P<o2>[^,;:“”\"]{2,60})")


def owner_country(core: str, mem: ActorMemory) -> str | None:
    """The country of a known body whose role an apposition gives ("Abdiasis Abu Musab, al Shabaab’s military
    operations spokesman, said": al-Shabaab's, Somalia), when the words name no country or place themselves."""
    if (m := _ROLE_OWNER.fullmatch(core)) is None:
        return None
    owner = resolve(m.group("o") or m.group("o2"), mem)
    return owner.country if owner is not None and owner.kind in ("organization", "media") else None


# "the governor of the Boucle du Mouhoun region", "the commissioner of Bor South County": an office (a title word,
# TITLE_LAST) and the place or body it is held in
_OFFICE_OF = re.compile(r"(?:[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?(?P<t>[\p{Ll}-]+)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[^,;:“”\"]{1,60}")


# the words a role may put before its holder's name in the same segment ("study lead author Brett Scheffers"): lower-case
# words or capitalised titles, no preposition or conjunction (which would make the name an object: "according to X")
_ROLE_WORDS = re.compile(r"(?:[\p{L}’'.-]+\s+){0,4}")


def _appositive_holder(left: str, segs: list[tuple[int, int]], mem: ActorMemory) -> tuple[Actor, int, int] | None:
    """'study lead author Brett Scheffers, an assistant professor in the department of wildlife, ecology and
    conservation at the University of Florida, told': the body the last stretch names sits inside the apposition of
    the person named before it, whose own commas (a list, a second apposition: '..., head of research at a
    Nairobi-based investment bank, Standard Investment Bank,') cut it into stretches; the person speaks. The role
    stretch right after the person opens the apposition; any stretch between it and the body is a few words."""
    if _CLAUSE_OPEN.match(left[segs[0][0]:segs[0][1]].strip()):
        return None  # "..., and the Israeli ambassador to the EU told": a new subject, not an apposition's end
    forms = cue_forms()
    for k in range(1, min(4, len(segs) - 1)):
        if any(len(left[b:e].split()) > 4 for b, e in segs[1:k]):
            return None
        role = left[segs[k][0]:segs[k][1]].strip()
        if any(w in forms and forms[w] != w and not w.endswith("ing") for w in role.lower().split()):
            return None  # "Tzipi Livni, the Israeli foreign minister said ...": a clause of its own, no apposition
        if not _APPOS_HEAD.match(role) or _CLAUSE_OPEN.match(role):
            continue
        pb, pe = segs[k + 1]
        core = left[pb:pe].strip()
        lead = pb + (len(left[pb:pe]) - len(left[pb:pe].lstrip()))
        hit = resolve_tail(core, lead, mem)
        if hit is None or hit[0].kind != "person" or not _ROLE_WORDS.fullmatch(left, lead, hit[1]) or \
                any(_PREP.fullmatch(w) or w.lower() in ("and", "but", "or", "that") for w in left[lead:hit[1]].split()):
            return None
        return hit[0], hit[1], lead + len(core)
    return None


_CONJ_LEAD = re.compile(r"(?i)^(?:and|but|while|whereas)\s+")
# an apposition's role stretch is no clause ("who ...", "which ..."), nor does a new subject open with a conjunction
_CLAUSE_OPEN = re.compile(r"(?i)(?:who|which|that|whose|where|when|and|but|or|while)\b")


def find_subject(sent: str, vstart: int, prior: list[FoundClaim], mem: ActorMemory):
    left = sent[:vstart]
    off = max(0, len(left) - 90)  # _TAIL is end-anchored: search only the stretch it can cover
    tail = _TAIL.search(left, off)
    end = tail.start() if tail else len(left.rstrip())
    segs = _segments(left, end)
    appos: str | None = None
    for hop, (b, e) in enumerate(segs[:4]):
        seg = left[b:e]
        core = seg.strip()
        lead = b + (len(seg) - len(seg.lstrip()))
        if not core:
            continue
        if hop == 0 and _CONJ_LEAD.sub("", core).lower() in ANOTHER:
            # "Another said ...": one more of the described speakers just quoted, else no one to name
            held = another_speaker(mem)
            return (held[0], lead + len(core) - len(_CONJ_LEAD.sub("", core)), lead + len(core)) if held else None
        if hop == 0 and core in WEEKDAYS and b > 0 and left[b - 1] == ",":
            continue  # "Hengaw ..., an Iranian rights group, Saturday said": a day between the subject and its verb
        if _AND_BUT.fullmatch(core):
            # "..., and Damascus said": a new subject after the conjunction speaks for itself
            if (hit := resolve_tail(core, lead, mem)) and not _PRONOUN_W.fullmatch(left[hit[1]:lead + len(core)]):
                return hit[0], hit[1], lead + len(core)
            if prior:
                return prior[-1].actor, prior[-1].subj_start, prior[-1].subj_end
            # "X talked to Y and called for ...": a coordinated verb shares the clause's subject
            head = resolve_head(core, mem) if hop == len(segs) - 1 or b == 0 else None
            if head:
                return head[0], lead, lead + head[1]
        if _WHICH_WHO.match(core):
            # the antecedent is the noun phrase right before ", which" ("clashes with Azerbaijan, which said");
            # failing that, the claimant of the claim just made ("Yerevan announced, which denounced")
            if hop + 1 < len(segs):
                pb, pe = segs[hop + 1]
                ante = resolve_tail(left[pb:pe].rstrip(), pb, mem, allow_prep=True)
                if ante and ante[1] >= (prior[-1].verb_end if prior else 0):
                    return ante[0], ante[1], pe
            if prior and prior[-1].verb_end <= b:
                return prior[-1].actor, prior[-1].subj_start, prior[-1].subj_end
            continue
        if (_APPOS_HEAD.match(core) or _KIN_DESC.match(core)) and hop + 1 < len(segs):
            # "Jane Doe, president of the European Commission, said": the name before the title speaks
            pb, pe = segs[hop + 1]
            prev = left[pb:pe].strip()
            named = resolve(prev, mem) if prev else None
            if named and named.kind == "person":
                # ("Babar Baloch, the agency's spokesperson": the body "the agency" refers back to places him, an
                # international one nowhere, before a bare "spokesperson" would place him in the story's country)
                owned = owner_named_before(core, mem) if named.country is None else None
                code = named.country or (owned.country if owned else
                                         country_in(core) or mem.local(core) or owner_country(core, mem))
                # the role the apposition gives ("Majed Al-Ansari, a spokesperson for the foreign ministry, said")
                # names him too: a later "the spokesman said" is he
                # (a spokesperson only: "NAME, president of the Farm Bureau, said" is no later "the president")
                role = m.group(0).split()[-1] if (m := _APPOS_HEAD.match(core)) and \
                    m.group(0).lower().split()[-1].startswith("spokes") else None
                actor = mem.person(named.name, code, role, local=owned is None) if code or role else named
                ps = pb + (len(left[pb:pe]) - len(left[pb:pe].lstrip()))
                return actor, ps, ps + len(prev)
        if hop == 0 and (rel := _RELATIVE_SUBJECT.fullmatch(core)) and \
                (head := _whole_or_head(rel.group("np"), mem)):
            # "The prosecutors who were unable to win convictions in the death of Freddie Gray sharply criticized":
            # the relative clause after the subject's head noun is no part of who speaks (not "Gray")
            return head[0], lead, lead + head[1]
        hit = resolve_tail(core, lead, mem) or postmodified(core, lead, mem) or first_of_listed(core, lead, mem)
        if hit and any(hit[1] <= p.verb_start < lead + len(core) for p in prior):
            # "Officials in Khartoum said they welcomed ...": a subject never holds another claim's cue verb; the one
            # of this verb is after it ("they", bound to that claim's speaker: part of what it says)
            hit = None
        if not hit and hop == 0 and b > 0 and left[b - 1] in ",”\"" and _BARE_NP.fullmatch(core) and \
                (actor := resolve("the " + core, mem)):
            hit = actor, lead  # headline style drops the article: "..., rights group says", "..., health ministry says"
        if not hit and hop == 0 and b > 0 and left[b - 1] == "," and (o := _OFFICE_OF.fullmatch(core)) and \
                o.group("t").lower() in TITLE_LAST and (named := name_source(core, mem)) is not None:
            # "..., the governor of the Boucle du Mouhoun region said": an office of a place or body, set off before
            # the verb as a trailing tag, is the speaker even where no parse reads it (the parse's syn.subject names
            # the same description)
            hit = named[0], lead
        if (not hit and _ARTICLE.match(core) or hit and _INDEFINITE.match(core)) and hop + 1 < len(segs):
            # "UNRWA, the UN agency for Palestinian refugees, said": an unresolvable description in apposition;
            # "the Syrian Observatory, a Britain-based monitor group, said": an indefinite one only describes the name
            pb, pe = segs[hop + 1]
            prev = left[pb:pe].strip()
            named = (resolve(prev, mem) or (surname_actor(prev, mem) if " " not in prev else None)) if prev else None
            if named:
                ps = pb + (len(left[pb:pe]) - len(left[pb:pe].lstrip()))
                if named.kind == "organization" and named.country is None and _INDEFINITE.match(core) and \
                        not international(core) and (code := country_in(core)):
                    # "Hengaw Organization for Human Rights, an Iranian human rights group, said": the description
                    # places a body the name alone does not
                    named = Actor(named.key, named.name, named.kind, code)
                return named, ps, ps + len(prev)
        if hit and hit[0].kind != "person" and not any(left[x:y].strip() for x, y in segs[:hop]) and \
                (held := _appositive_holder(left, segs[hop:], mem)) is not None:
            return held
        if hit:
            actor, s = hit
            if actor.kind == "person" and actor.country is None:
                near = [left[x:y] for x, y in segs[hop + 1: hop + 2] if _APPOS_HEAD.match(left[x:y].strip())]
                # ("The governor of Unity State, Taban Deng, said": a local office before the name is the story's)
                code = country_in(posted_abroad(appos or "")) or country_in(posted_abroad(" ".join(near))) or \
                    mem.local(" ".join(near))
                if code:
                    actor = mem.person(actor.name, code)
            return actor, s, lead + len(core)
        if _SKIPPABLE.match(core):
            if _APPOS_HEAD.match(core):
                appos = core
            continue
        return None
    return None


# What may follow a subject's head noun inside the subject: "a spokesperson who asked not to be
# named", "officials speaking on condition of anonymity", "the doctors offering to help".
_TITLED_TAIL = re.compile(r"(?P<pre>(?:[A-Z][\p{L}.&'’-]*\s+|(?:of|for|and|the)\s+){1,6})(?P<t>spokes(?:man|woman|person)|"
                          r"director|chief|head|commissioner|chair(?:man|woman)?|president|secretary|official|officer|"
                          r"manager|superintendent|administrator|coordinator|counsel|adviser|advisor)\s+"
                          r"(?P<n>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’.-]+){1,2})")
_POSTMOD = re.compile(r"(?:who|whom|whose|that|which|speaking|\w{3,}ing|in|at|on|near|from|with|to|familiar|close|briefed|"
                      r"knowledgeable)\b")


def postmodified(core: str, base: int, mem: ActorMemory) -> tuple[Actor, int] | None:
    """The head of a subject that carries a relative clause or participle after it."""
    words = list(_WORD_SPAN.finditer(core))
    for i in range(1, min(len(words) - 1, 6)):
        w = words[i].group(0)
        if (_POSTMOD.fullmatch(w) or w == "of") and (actor := resolve(core[:words[i - 1].end()], mem)):
            if w == "of":  # "Sen. Elizabeth Warren of Massachusetts": only a named person takes "of" after the name
                if actor.kind != "person" or " " not in actor.name:
                    continue
            if w == "in":  # "The Public Prosecutor's Office in Serbia's southwestern city of Kraljevo"
                actor = placed_body(actor, core[words[i].end():])
            return actor, base
    return None


# "a village chief, a lawmaker and a member of a civil society said": speakers listed one by one, each with its article
_LISTED = re.compile(r"(?P<a>(?i:an?|the)\s+[^,]+?)\s+and\s+(?i:an?|the)\s+\S.*")


def first_of_listed(core: str, base: int, mem: ActorMemory) -> tuple[Actor, int] | None:
    """The first of speakers listed with 'and' when the whole list names no one actor ("a lawmaker and a member of a
    civil society said"): each speaks, and the first stands for the list as a row's claimant."""
    m = _LISTED.fullmatch(core)
    if m is None:
        return None
    actor = resolve(m.group("a"), mem)
    return (actor, base) if actor is not None and actor.kind in ("person", "organization") else None


_PRONOUN_END = re.compile(r"(?i)\b(?:he|she|it|they)$")


def pronoun_before(sent: str, vstart: int) -> tuple[int, int] | None:
    """The span of a pronoun subject right before the verb at `vstart` ("where he said", "he also said")."""
    left = sent[:vstart]
    tail = _TAIL.search(left, max(0, len(left) - 90))
    end = tail.start() if tail else len(left.rstrip())
    m = _PRONOUN_END.search(left, 0, end)
    return (m.start(), m.end()) if m else None


def subject_before(sent: str, pos: int, mem: ActorMemory) -> Actor | None:
    """Who is the subject of the clause ending at `pos` ("Moscow does not disclose ...")."""
    hit = find_subject(sent, pos, [], mem)
    return hit[0] if hit else None


_ADVERBIAL = re.compile(r"(?i)(?:earlier|later|late|early|on|in|at|last|this|since|after|before|during|meanwhile|separately|"
                        r"also|however|yesterday|today|then)\b(?:\s+\S+){0,3}")


def clause_subject(sent: str, end: int, mem: ActorMemory) -> tuple[Actor, int, int] | None:
    """The subject that opens the clause ending at `end`, after any leading adverbials."""
    for b, e in reversed(_segments(sent, end)):
        core = sent[b:e].strip()
        if not core or _ADVERBIAL.fullmatch(core):
            continue
        lead = b + len(sent[b:e]) - len(sent[b:e].lstrip())
        hit = resolve_head(core, mem)
        return (hit[0], lead, lead + hit[1]) if hit else None
    return None


def resolve_head(np: str, mem: ActorMemory) -> tuple[Actor, int] | None:
    """The longest prefix of an inverted subject ("said Kremlin spokesman Dmitry Peskov on Tuesday") that resolves."""
    if m := _TITLED_TAIL.fullmatch(np.strip()):
        # "said Department of Correction spokesman Jason Kersten": an office the gazetteer does not know, then a name
        return mem.person(m.group("n"), country_in(m.group("pre")) or mem.local(m.group("t")), m.group("t")), len(np.rstrip())
    words = list(_WORD_SPAN.finditer(np))
    for i in range(min(len(words), 10), 0, -1):
        end = words[i - 1].end()
        actor = resolve(np[:end], mem)
        if actor:
            if end < len(np.rstrip()) and (named := _described_person(np, mem)) and named[1] > end:
                return named  # "aid worker Maria Lopez": not the workers, the named one
            return actor, end
    if words and (actor := surname_actor(words[0].group(0), mem)) and len(words) == 1:
        return actor, words[0].end()
    return _described_person(np, mem)


# "said aid worker Maria Lopez", "said EDS President Kim Brace", "said Rosaly Lopes of NASA's JPL": a description
# (an occupation, an office) before a personal name, optionally an affiliation after it
AFFILIATION = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Lu}\d]")
_NAME_PART = re.compile(rf"[A-Z][\p{{Ll}}'’-]*\p{{Ll}}|[A-Z]\.|(?:{'|'.join(sorted(PARTICLES))})")
_FUNCTION = frozenset("the a an and or but that which who when while as then also to in on at of by for he she they it we is "
                      "was were are has had have his her their its".split())


def _described_person(np: str, mem: ActorMemory) -> tuple[Actor, int] | None:
    core = np.rstrip()
    tail = AFFILIATION.search(core)
    head = core[:tail.start()] if tail else core
    words = head.split()
    k = 0
    while k < min(4, len(words) - 1) and _NAME_PART.fullmatch(words[-1 - k]):
        k += 1
    if k < 2 or not words[-1][:1].isupper():
        return None
    name_words = words[-k:]
    pre_words = words[:-k]
    while name_words and name_words[0].lower().rstrip(".") in TITLE_LAST and len(name_words) > 2:
        pre_words.append(name_words.pop(0))  # "President Kim Brace": the title is not the name
    if not pre_words or name_words[0].lower().rstrip(".") in TITLE_LAST:
        return None
    before = pre_words[-1]
    if not (before.lower().rstrip(".") in TITLE_LAST or before[:1].islower() and before not in _FUNCTION and before.isalpha()):
        return None
    name = " ".join(name_words)
    if NOT_NAME.search(name) or PLACE_FULL.fullmatch(name):
        return None
    pre = " ".join(pre_words)
    code = country_in_story(pre, mem) or (country_in(core[tail.start():]) if tail else None) or mem.local(pre)
    return mem.person(name, code), len(head)
