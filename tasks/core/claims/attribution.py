"""Find attributed claims in a sentence: who says, accuses, denies or urges what.

A claim needs both a reporting/stance signal and a claimant that resolves to an actor; a verb
whose subject names nobody identifiable ("the report", "what it called") yields nothing.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex as re

from .actors import DEMONYM, PLACE, ActorMemory, _country_in, resolve
from .patterns import lower_words
from .people import APPOS_HEAD, surname_actor
from .gazetteer import CAPITALS, COUNTRY_NAMES, DEMONYMS
from .groups import GROUP_HEADS, is_group
from .model import Actor
from .verbs import CUE_WORDS, LEMMA, PHRASES, TAG_ONLY, VERB, VERB_TYPE

# Words between subject and verb that do not break the subject ("Azerbaijan has also reported").
_TAIL = re.compile(r"(?:[\s,]+(?:also|earlier|later|previously|reportedly|separately|further|then|too|again|now|"
                   r"repeatedly|has|have|had|would|will|did|does|officially|publicly|once|allegedly|in turn|is|are|was|were|"
                   r"on the other hand|for (?:his|her|its|their) part|however|meanwhile|in a (?:statement|speech|post|tweet|letter)|"
                   r"yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last week|this week)\b)+[\s,]*$",
                   re.I)
# Segments that may sit between a subject and its verb without naming anyone.
_SKIPPABLE = re.compile(r"(?i)^(?:in a statement|in turn|on the other hand|for (?:his|her|its|their) part|however|meanwhile|"
                        r"later|earlier|also|in a speech|on \w+|yesterday|today|at loggerheads .*|in \w+ \w+|"
                        r"(?:speaking|declining|asking|requesting|citing) .*|who (?:asked|spoke|declined|requested|was not) .*|"
                        r"(?:president|chairman|chair|head|leader|minister|secretary|spokes\w+|director|chief|ambassador|"
                        r"envoy|member|deputy|prime minister|foreign minister)\b.*)$")
_BOUND = re.compile(r"[,;:“”\"()—–]|\s-\s")
_INVERTED = re.compile(r"(?:[,”\"’]\s*)(?P<v>said|says|writes|wrote|reported|reports|informed|added|adds|announced|noted|"
                       r"stated|explained|insisted|warned|claimed|confirmed)\s+(?P<np>[^,.;:“”\"]+?)"
                       r"(?=\s*(?:[,.;:“”\"]|$)|\s+(?:on|in|at|during|after|before|when|while|that|adding|citing|who|which|as|to|from|via|late|earlier)\b)")
_ACCORDING = re.compile(r"(?i:according to)\s+(?P<np>[^,.;:“”\"]+?)(?=\s*[,.;:“”\"]|$)")
_PASSIVE = re.compile(r"\b(?:was|were|has been|had been|is|are)\s+(?P<v>announced|reported|said|stated|confirmed|claimed)\s+by\s+"
                      r"(?P<np>[^,.;:“”\"]+?)(?=\s*[,.;:“”\"]|$)")
_ACCUSE_CUE = re.compile(r"(?i)\b(?:attack(?:ed|s|ing)?|shell(?:ed|ing|s)?|provocations?|provoked|aggression|bombard(?:ed|ing)?|"
                         r"struck|strikes?|violat\w+|fired on|opened fire|invad\w+|occup\w+|sabot\w+|responsib\w+|accusations?)\b")
_QUOTE = re.compile(r"[“\"]([^“”\"]+)[”\"]")


_COUNTRY_W = re.compile(rf"\b(?:{PLACE}|{DEMONYM})\b")


# Verbs that are finite in practice: "cases reported worldwide" is a participle, "officials said" is not.
_FINITE_SAY = frozenset("said says say told tells added adds wrote writes insisted insists stated explained warned".split())
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|be|is|are|being|to|not|never)\s+$")
_NESTED = re.compile(r"\s*(?:that\s+)?$")
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


def _countries_in(text: str) -> list[str]:
    out = []
    for m in _COUNTRY_W.finditer(text):
        v = m.group(0)
        code = COUNTRY_NAMES.get(v) or CAPITALS.get(v) or DEMONYMS.get(v)
        if code:
            out.append(code)
    return out


# A claimant phrase starts with a capital, a determiner or pronoun, or one of a few bare nouns.
_NP_START = re.compile(r"(?!(?:And|But|While|Then|So|Yet|Or)$)[\p{Lu}\d]|(?:the|he|she|it|they|its|his|her|their|this|that|both|police|"
                       r"a|an|some|many|several|other|most|local|state|senior|top|opposition|government|military|"
                       rf"{GROUP_HEADS})$")


# "demand in China reported" — a name right after a preposition is not the subject.
_PREP = re.compile(r"(?i)in|of|from|for|to|with|at|by|on|about|over|against|between|into|across|near|than|like|toward|towards")


_TIME_WORDS = frozenset("January February March April May June July August September October November December Monday "
                        "Tuesday Wednesday Thursday Friday Saturday Sunday Later Earlier Meanwhile Separately Also".split())

_WORD_SPAN = re.compile(r"\S+")
_TITLE_OR_THE = re.compile(r"(?:Mr|Mrs|Ms|Dr|The|the)\.?")
_AND_BUT = re.compile(r"(?i)(?:.*\s)?(?:and|but)|(?:and|but)(?:\s+\w+)?")
_WHICH_WHO = re.compile(r"(?i)(?:which|who)\b")
_ARTICLE = re.compile(r"(?i)(?:the|a|an)\s")

# What may stand right before a group subject that starts mid-segment ("as police said", "and officials said").
_GROUP_LEFT = re.compile(r"(?i)and|but|as|after|before|when|while|because|since|then|so|that|where|though|although|"
                         r"yesterday|today|now|also|meanwhile|later|earlier|\S*[.;:]")


def _resolve_tail(seg: str, base: int, mem: ActorMemory, allow_prep: bool = False) -> tuple[Actor, int] | None:
    """The longest suffix of `seg` (at most 10 words) that names an actor, with its start offset."""
    words = list(_WORD_SPAN.finditer(seg))
    for i in range(max(0, len(words) - 10), len(words)):
        start = words[i].start()
        if not _NP_START.match(words[i].group(0)) or (i and not allow_prep and _PREP.fullmatch(words[i - 1].group(0))):
            continue
        actor = resolve(seg[start:], mem)
        if actor and actor.kind == "country" and i and words[i - 1].group(0)[:1].isupper() and \
                words[i - 1].group(0) not in _TIME_WORDS:
            continue  # "the US Embassy in New Delhi": a place inside a longer name is not the speaker
        if actor and i and is_group(actor) and not _GROUP_LEFT.fullmatch(words[i - 1].group(0)):
            continue  # "the UN agency for Palestinian refugees": the group word ends a longer phrase
        if actor:
            return actor, base + start
    if len(words) == 1 or len(words) == 2 and _TITLE_OR_THE.fullmatch(words[0].group(0)):
        actor = surname_actor(words[-1].group(0), mem)
        if actor:
            return actor, base + words[0].start()
    return None


def _segments(left: str, end: int) -> list[tuple[int, int]]:
    """Comma/quote-delimited stretches of `left[:end]`, as (start, end) offsets, last first."""
    cuts = [m for m in _BOUND.finditer(left, 0, end)]
    starts = [0] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [end]
    return list(reversed(list(zip(starts, ends))))


_APPOS_HEAD = APPOS_HEAD


def _subject(sent: str, vstart: int, prior: list[FoundClaim], mem: ActorMemory):
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
        if _AND_BUT.fullmatch(core):
            if prior:
                return prior[-1].actor, prior[-1].subj_start, prior[-1].subj_end
            # "X talked to Y and called for ...": a coordinated verb shares the clause's subject
            head = _resolve_head(core, mem) if hop == len(segs) - 1 or b == 0 else None
            if head:
                return head[0], lead, lead + head[1]
        if _WHICH_WHO.match(core):
            # the antecedent is the noun phrase right before ", which" ("clashes with Azerbaijan, which said");
            # failing that, the claimant of the claim just made ("Yerevan announced, which denounced")
            if hop + 1 < len(segs):
                pb, pe = segs[hop + 1]
                ante = _resolve_tail(left[pb:pe].rstrip(), pb, mem, allow_prep=True)
                if ante and ante[1] >= (prior[-1].verb_end if prior else 0):
                    return ante[0], ante[1], pe
            if prior and prior[-1].verb_end <= b:
                return prior[-1].actor, prior[-1].subj_start, prior[-1].subj_end
            continue
        if _APPOS_HEAD.match(core) and hop + 1 < len(segs):
            # "Jane Doe, president of the European Commission, said": the name before the title speaks
            pb, pe = segs[hop + 1]
            prev = left[pb:pe].strip()
            named = resolve(prev, mem) if prev else None
            if named and named.kind == "person":
                code = named.country or _country_in(core) or mem.local(core)
                actor = mem.person(named.name, code) if code else named
                ps = pb + (len(left[pb:pe]) - len(left[pb:pe].lstrip()))
                return actor, ps, ps + len(prev)
        hit = _resolve_tail(core, lead, mem) or _postmodified(core, lead, mem)
        if not hit and _ARTICLE.match(core) and hop + 1 < len(segs):
            # "UNRWA, the UN agency for Palestinian refugees, said": an unresolvable description in apposition
            pb, pe = segs[hop + 1]
            prev = left[pb:pe].strip()
            named = (resolve(prev, mem) or (surname_actor(prev, mem) if " " not in prev else None)) if prev else None
            if named:
                ps = pb + (len(left[pb:pe]) - len(left[pb:pe].lstrip()))
                return named, ps, ps + len(prev)
        if hit:
            actor, s = hit
            if actor.kind == "person" and actor.country is None:
                near = [left[x:y] for x, y in segs[hop + 1: hop + 2] if _APPOS_HEAD.match(left[x:y].strip())]
                code = _country_in(appos or "") or _country_in(" ".join(near))
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
_POSTMOD = re.compile(r"(?:who|whom|whose|that|which|speaking|\w{3,}ing|in|at|on|near|from|with|familiar|close|briefed|"
                      r"knowledgeable)\b")


def _postmodified(core: str, base: int, mem: ActorMemory) -> tuple[Actor, int] | None:
    """The head of a subject that carries a relative clause or participle after it."""
    words = list(_WORD_SPAN.finditer(core))
    for i in range(1, min(len(words) - 1, 6)):
        if _POSTMOD.fullmatch(words[i].group(0)) and (actor := resolve(core[:words[i - 1].end()], mem)):
            return actor, base
    return None


def subject_before(sent: str, pos: int, mem: ActorMemory) -> Actor | None:
    """Who is the subject of the clause ending at `pos` ("Moscow does not disclose ...")."""
    hit = _subject(sent, pos, [], mem)
    return hit[0] if hit else None


def _claim_type(verb: str, content: str, actor: Actor) -> tuple[str, str | None]:
    base = VERB_TYPE.get(verb) or PHRASES.get(verb, "statement")
    others = [c for c in _countries_in(content) if c != actor.country]
    if base == "statement" and others and _ACCUSE_CUE.search(content):
        return "accusation", others[0]
    return base, (others[0] if base != "statement" and others else None)




def find_claims(sent: str, mem: ActorMemory) -> list[FoundClaim]:
    found: list[FoundClaim] = []
    if CUE_WORDS.isdisjoint(lower_words(sent)):
        return found
    taken: list[tuple[int, int]] = []
    events = sorted(
        [("verb", m) for m in VERB.finditer(sent)] + [("acc", m) for m in _ACCORDING.finditer(sent)]
        + [("pass", m) for m in _PASSIVE.finditer(sent)]
        + ([("part", m) for m in _PARTICIPLE.finditer(sent)] if "ing " in sent else [])
        + ([("quoted", m) for m in _QUOTED_AS.finditer(sent)] if "quoted" in sent else []),
        key=lambda e: e[1].start())
    for kind, m in events:
        if any(a <= m.start() < b for a, b in taken):
            continue
        if kind == "acc":
            np = m.group("np")
            demonstrative = re.match(r"(?i)(?:this|that)\b", np) is not None
            actor = None
            if not demonstrative and np.lower() not in ("him", "her", "them"):
                actor = resolve(np, mem) or ((_postmodified(np, 0, mem) or (None,))[0])
            if actor is None and demonstrative:  # "Prime minister X according to this is not the final figure"
                hit = _resolve_tail(sent[:m.start()].rstrip(), 0, mem)
                actor = hit[0] if hit else None
            if actor is None:
                ap = re.match(r"\s*,\s*([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s*,", sent[m.end():])
                owner = re.match(r"(?i)(?:its|his|her|their|the)\s+(\w+)", np)
                if ap and owner:
                    boss = mem.last(lambda a: a.kind != "person")
                    actor = mem.person(ap.group(1), boss.country if boss else None, owner.group(1))
            if actor:
                found.append(FoundClaim(actor, np, m.start("np"), m.end("np"), "according to", m.start(), m.start() + 12, "statement"))
                taken.append((m.start(), m.end()))
            continue
        if kind == "quoted":
            # "Interfax quoted Ryabkov as saying ...", "Ryabkov was quoted by Interfax as saying ...": Ryabkov
            if m.group("np"):
                hit = _resolve_head(m.group("np"), mem)
                hit = (hit[0], m.start("np"), m.start("np") + hit[1]) if hit else None
            else:
                hit = _subject(sent, m.start(), found, mem)
            if hit:
                found.append(FoundClaim(hit[0], sent[hit[1]:hit[2]], hit[1], hit[2], "said", m.start(), m.end(), "statement"))
                taken.append((m.start(), m.end()))
            continue
        if kind == "part":
            # "Yoon apologized in a televised address, saying ...": the clause's subject speaks, once
            if not found and (hit := _clause_subject(sent, m.start(), mem)):
                actor, s0, s1 = hit
                found.append(FoundClaim(actor, sent[s0:s1], s0, s1, m.group("v"), m.start("v"), m.end(), "statement"))
            continue
        if kind == "pass":
            actor = resolve(m.group("np"), mem)
            if actor:
                found.append(FoundClaim(actor, m.group("np"), m.start("np"), m.end("np"), m.group("v"), m.start(), m.end("v"), "statement"))
                taken.append((m.start(), m.end()))
            continue
        verb = m.group("v")
        # Right after a comma or closing quote the subject follows the verb ("..., said Peskov").
        after_punct = sent[:m.start()].rstrip()[-1:] in ",”\"’'"
        inv = None if not after_punct else _inverted(sent, m, verb, mem)
        if inv:
            found.append(inv)
            taken.append((m.start(), inv.subj_end))
            continue
        subj = _subject(sent, m.start(), found, mem)
        if (subj and found and found[-1].actor is not UNKNOWN and subj[1] >= found[-1].verb_end
                and subj[0] != found[-1].actor and _NESTED.match(sent, found[-1].verb_end, subj[1])):
            continue  # "X said Baku had rejected it": Baku's rejection is part of what X says
        if subj and verb in TAG_ONLY and not _QUOTE_END.search(sent, 0, subj[1]):
            continue
        if subj:
            actor, s0, s1 = subj
            found.append(FoundClaim(actor, sent[s0:s1], s0, s1, LEMMA.get(verb, verb), m.start(), m.end(), verb))
        elif verb in _FINITE_SAY and not _PASSIVE_AUX.search(sent, 0, m.start()):
            # Someone we cannot name speaks here ("the enclave's separatist authorities said"). Keep a
            # placeholder so figures in this clause are not handed to another claimant in the sentence.
            cut = [b.end() for b in _BOUND.finditer(sent, 0, m.start())]
            s0 = cut[-1] if cut else 0
            s0 += len(sent[s0:m.start()]) - len(sent[s0:m.start()].lstrip())
            found.append(FoundClaim(UNKNOWN, sent[s0:m.start()].strip(), s0, m.start(), verb, m.start(), m.end(), verb))
    _spans(sent, found)
    return found


_QUOTED_AS = re.compile(r"(?:\b(?:was|were|is|are|has been|had been)\s+quoted(?:\s+by\s+[^,;“”\"]{1,60}?)?|"
                        r"\bquoted\s+(?P<np>(?!by\b)[^,;“”\"]{1,80}?))\s+as\s+saying\b")
_QUOTE_END = re.compile(r"[”\"][,.]?\s*\S*\s*$|,[”\"]\s*\S*\s*$")
_PARTICIPLE = re.compile(r",\s+(?P<v>saying|adding|warning|insisting|arguing|claiming|stressing|telling reporters|noting)\b")
_ADVERBIAL = re.compile(r"(?i)(?:earlier|later|late|early|on|in|at|last|this|since|after|before|during|meanwhile|separately|"
                        r"also|however|yesterday|today|then)\b(?:\s+\S+){0,3}")


def _clause_subject(sent: str, end: int, mem: ActorMemory) -> tuple[Actor, int, int] | None:
    """The subject that opens the clause ending at `end`, after any leading adverbials."""
    for b, e in reversed(_segments(sent, end)):
        core = sent[b:e].strip()
        if not core or _ADVERBIAL.fullmatch(core):
            continue
        lead = b + len(sent[b:e]) - len(sent[b:e].lstrip())
        hit = _resolve_head(core, mem)
        return (hit[0], lead, lead + hit[1]) if hit else None
    return None


def _inverted(sent: str, m: re.Match, verb: str, mem: ActorMemory) -> FoundClaim | None:
    for back in (3, 2, 1):
        inv = _INVERTED.match(sent, max(0, m.start() - back))
        if inv and inv.start("v") == m.start():
            hit = _resolve_head(inv.group("np"), mem)
            if hit and inv.group("np")[hit[1]:].strip():
                hit = None  # "said Baku had rejected ...": a name followed by its own verb is a new clause
            if hit:
                actor, n = hit
                s0 = inv.start("np")
                return FoundClaim(actor, sent[s0:s0 + n], s0, s0 + n, LEMMA.get(verb, verb), m.start(), m.end(), verb)
    return None


def _resolve_head(np: str, mem: ActorMemory) -> tuple[Actor, int] | None:
    """The longest prefix of an inverted subject ("said Kremlin spokesman Dmitry Peskov on Tuesday") that resolves."""
    words = list(_WORD_SPAN.finditer(np))
    for i in range(min(len(words), 10), 0, -1):
        end = words[i - 1].end()
        actor = resolve(np[:end], mem)
        if actor:
            return actor, end
    if words and (actor := surname_actor(words[0].group(0), mem)) and len(words) == 1:
        return actor, words[0].end()
    return None


def _after_content(sent: str, prev_end: int, subj_start: int) -> bool:
    """The subject follows what it asserts: '“...,” UNRWA chief X said', '71 died, the ministry said'."""
    cut = None
    for cut in _BOUND.finditer(sent, prev_end, subj_start):
        pass
    if cut is None or cut.group(0) not in ",”\"’" or sent[cut.end():subj_start].count(" ") > 6:
        return False
    before = sent[prev_end:cut.start()]
    return before.rstrip()[-1:] in "”\"’," or len(before.split()) >= 4


def _spans(sent: str, found: list[FoundClaim]) -> None:
    """Give each claim the stretch of sentence it asserts, its type, target and quote."""
    found.sort(key=lambda c: c.verb_start)
    prev_end = 0
    for i, c in enumerate(found):
        nxt = found[i + 1].subj_start if i + 1 < len(found) else len(sent)
        trailing = c.verb_start < c.subj_start or _after_content(sent, prev_end, c.subj_start)
        if c.verb == "according to":
            # "killing 10,000, according to the ministry, and displacing 1.5 million, according to UN figures":
            # after a clause of its own, "according to X" credits what comes before it
            before = sent[prev_end:c.verb_start]
            trailing = before.rstrip().endswith(",") and len(before.split()) >= 3
        a, b = (prev_end, c.subj_start) if trailing else (c.verb_end, max(nxt, c.verb_end))
        if trailing and c.verb_start > c.subj_start:
            a = prev_end
        c.span = (a, b)
        content = sent[a:b]
        c.claim_type, c.target_country = _claim_type(c.claim_type, content, c.actor)
        for q in _QUOTE.finditer(content):
            words = q.group(1).split()
            if len(words) >= 3 and (q.group(1)[:1].isupper() or q.group(1)[:1].isdigit() or a + q.start() <= 1):
                c.quote = q.group(1).strip()
        prev_end = max(c.verb_end, c.subj_end) if not trailing else max(c.subj_end, c.verb_end)
