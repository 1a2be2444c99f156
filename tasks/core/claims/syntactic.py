"""Claims from the syntactic core: the parse's cues and sources (syntax.py), resolved to actors with the
article's memory and added where the rules left a cue unexplained.
"""
from __future__ import annotations

import regex as re

from .actors import ActorMemory, country_in, resolve
from .groups import demonym_of, is_group
from .model import Actor
from .pronouns import antecedent
from .speaker import UNKNOWN, FoundClaim
from .verbs import verb_kind
from lemminflect import getAllLemmas

from .lexicon import source_nouns
from .syntax import DOC_NOUNS, SynCue, find_cues

_PERSONAL = frozenset("he she".split())
_PLURAL = frozenset("they".split())
# Nouns that speak for their possessor: "his office said", "Trump's campaign said", "her spokesman said".
SPEAKS_FOR = frozenset("office campaign camp spokesman spokeswoman spokesperson spokespeople aides aide staff team "
                       "representative representatives lawyer lawyers attorney attorneys administration".split())
_LEAD_DET = re.compile(r"(?i)^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|several|other|"
                       r"another|one|two|three|both|all|most|few)\s+")
_NOT_SOURCE = frozenset("i me we us you it this that there these those one other all none nobody "
                        "anyone everyone everybody someone somebody each either neither both".split())
# How far back a pronoun may reach for its speaker when the memory's own rules found none (sentences).
_REACH = 6


def add_syntactic_claims(sent: str, doc, found: list[FoundClaim], mem: ActorMemory,
                         opened: bool = False) -> list[tuple[SynCue, FoundClaim]]:
    """Append to `found` a claim for every cue of the parse `doc` that no rule claim explains; returns what was
    added, with the cue that made each row. `opened`: the sentence starts inside a quotation."""
    added: list[tuple[SynCue, FoundClaim]] = []
    for cue in find_cues(doc, opened):
        if cue.in_quote:
            continue  # an "I think" inside a quotation belongs to the quoted speaker's own claim
        if _explained(cue, found):
            continue
        got = resolve_source(sent, cue, found, mem)
        if got is None:
            continue
        actor, how = got
        same = [c for c in found if c.actor == actor]
        if same and (cue.claim_type == "statement" or any(verb_kind(c.claim_type) == cue.claim_type for c in same)):
            continue  # a second verb of the same speaker in one sentence is one claim, unless of another kind
        # a placeholder of the rules for this very verb (a speaker they could not name) gives way
        found[:] = [c for c in found if not (c.actor is UNKNOWN and c.verb_start <= cue.cue_start < max(c.verb_end, c.verb_start + 1))]
        claim = FoundClaim(actor, sent[cue.src_start:cue.src_end], cue.src_start, cue.src_end, cue.verb,
                           cue.cue_start, cue.cue_end, cue.claim_type, rule=cue.rule, resolved_by=how)
        found.append(claim)
        added.append((cue, claim))
    return added


def _explained(cue: SynCue, found: list[FoundClaim]) -> bool:
    for c in found:
        if c.actor is UNKNOWN:
            continue
        if c.verb_start <= cue.cue_start < max(c.verb_end, c.verb_start + 1):
            return True
        if c.subj_start >= 0 and c.subj_start < cue.src_end and cue.src_start < c.subj_end and \
                abs(c.verb_start - cue.cue_start) < 3:
            return True
    return False


def resolve_source(sent: str, cue: SynCue, found: list[FoundClaim], mem: ActorMemory) -> tuple[Actor, str] | None:
    """The actor the source words of `cue` name, and how it was found: a pronoun's antecedent, a possessor that
    the noun speaks for, whatever the resolver knows the phrase as, else an actor named by the description itself."""
    text = sent[cue.src_start:cue.src_end].strip()
    low = text.lower()
    if low in _NOT_SOURCE or not text:
        return None
    if low in _PERSONAL or low in _PLURAL:
        hit = antecedent(sent, (cue.src_start, cue.src_end), None, found, mem)
        if hit is not None and hit[0] is not UNKNOWN:
            return hit[0], "pronoun -> speaker earlier in the sentence"
        actor = resolve(text, mem)
        if actor is not None:
            return actor, "pronoun -> recent speaker (resolver)"
        return _recent(low, mem, "pronoun -> last {} named within %d sentences" % _REACH)
    actor = resolve(text, mem)
    if actor is not None:
        return actor, f"resolver -> {actor.kind}"
    head = cue.head.lower()
    if cue.owner and head in SPEAKS_FOR:
        owner = cue.owner.lower()
        if owner in ("his", "her", "its", "their"):
            return _recent({"his": "he", "her": "she", "its": "it", "their": "they"}[owner], mem,
                           f"possessor '{owner}' -> last {{}} named, for whom the {head} speaks")
        hit = resolve(cue.owner, mem)
        if hit is not None:
            return hit, f"possessor '{cue.owner}', for whom the {head} speaks"
    if cue.head_tag.startswith("NNP") or cue.head[:1].isupper() and not getAllLemmas(head):
        # a name the resolver does not know: a person when it looks like one, else a body
        words = text.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words[-2:]) and cue.head_tag == "NNP":
            run = []  # the last run of capitalised words: "Trinity junior Ben Patton" -> "Ben Patton"
            for w in reversed(words):
                if not (w[:1].isupper() or w in ("de", "van", "von", "al", "bin")):
                    break
                run.insert(0, w)
            return mem.person(" ".join(run), None), "new name (person)"
        name = _LEAD_DET.sub("", text)
        return Actor(f"org:{name.lower()}", name, "organization", None), "new name (body)"
    actor = describe(text, head, mem)
    return (actor, "description (the words themselves)") if actor else None


def _recent(pronoun: str, mem: ActorMemory, how: str) -> tuple[Actor, str] | None:
    if pronoun in ("he", "she"):
        hit = mem.last(lambda a: a.kind == "person" and mem.seen.get(a.key, -99) >= mem.now - _REACH
                       and mem.gender.get(a.key, pronoun) == pronoun)
        since = [a for a in mem.speakers[-5:] if a.kind != "person" and not is_group(a)
                 and mem.seen.get(a.key, -99) > (mem.seen.get(hit.key, -99) if hit else -99)]
        if since:
            # "..., writes the PA agency. He adds ...": the agency's reporter; another body between: say nothing
            last = since[-1]
            return (last, "pronoun -> the news outlet that spoke last (its reporter)") if last.kind == "media" else None
        return (hit, how.format("person")) if hit else None
    hit = mem.last(lambda a: a.kind != "person" and mem.seen.get(a.key, -99) >= mem.now - _REACH)
    return (hit, how.format("body")) if hit else None


def describe(text: str, head: str, mem: ActorMemory) -> Actor | None:
    """An actor for a description no resolver knows ("the candidate", "the poll", "critics"): named by the
    description, placed in the story's country. The description itself is what a reader can check."""
    name = text
    while (m := _LEAD_DET.match(name)) and len(name) > m.end() and not re.match(r"(?i)those\s+who\b", name):
        name = name[m.end():]
    if not name or not name[:1].isalnum():
        return None
    if _BOTH_SIDES.fullmatch(text):
        return None  # "the parties", "both countries": two actors named before, not one
    name = name[:1].upper() + name[1:]
    kind = "organization" if head in DOC_NOUNS or head.endswith("s") else "person"
    code = country_in(text) or mem.focus
    display = name if not code or name.split()[0] in (demonym_of(code),) else name
    return Actor(f"{'org' if kind == 'organization' else 'person'}:{display.lower()}" + (f"@{code.lower()}" if code else ""),
                 display, kind, code)


_WORDS = re.compile(r"[\p{L}'’-]+")


def name_placeholders(found: list[FoundClaim], mem: ActorMemory) -> None:
    """Give the rules' placeholders (a speaker they could not name: "he said" with no antecedent they trust,
    "the enclave's separatist authorities said") an actor when the words allow one: the person or body
    last named for a pronoun, else the description itself."""
    for i, c in enumerate(found):
        if c.actor is not UNKNOWN or c.subj_start < 0:
            continue
        low = c.surface.strip().lower()
        got = None
        if low in _PERSONAL or low in _PLURAL:
            got = _recent(low, mem, "pronoun -> last {} named within %d sentences" % _REACH)
        else:
            words = _WORDS.findall(c.surface)
            if 1 <= len(words) <= 6 and words[-1].lower() in source_nouns() and words[0].lower() not in _NOT_SOURCE:
                actor = describe(c.surface.strip(), words[-1].lower(), mem)
                got = (actor, "description (the words themselves)") if actor else None
        if got is not None:
            found[i] = FoundClaim(got[0], c.surface, c.subj_start, c.subj_end, c.verb, c.verb_start, c.verb_end,
                                  c.claim_type, rule="rules.placeholder", resolved_by=got[1])


_BOTH_SIDES = re.compile(r"(?i)(?:the|both|the\s+two|two|all|the\s+three)\s+(?:parties|countries|sides|nations|states|"
                         r"governments|leaders|men|women|candidates|presidents|ministers|teams|camps|campaigns)")
_FIRST_NOT = frozenset("him her them it this that these those me us you which what".split())


def name_source(np: str, mem: ActorMemory) -> tuple[Actor, str] | None:
    """An actor for a source phrase no resolver knows, read without a parse ("Nielsen", "FEC filings",
    "Democrats involved in the negotiations"): a capitalised name as a body, else the description itself."""
    words = _WORDS.findall(np)
    if not words or len(words) > 14 or words[0].lower() in _FIRST_NOT:
        return None
    text = np.strip()
    if words[0][:1].isupper() and not _LEAD_DET.match(text) and all(w[:1].isupper() for w in words[:2]) or \
            len(words) == 1 and words[0][:1].isupper():
        name = text
        return Actor(f"org:{name.lower()}", name, "organization", None), "new name (body)"
    actor = describe(text, words[-1].lower(), mem)
    return (actor, "description (the words themselves)") if actor else None
