"""The cheap tests in front of the rules' scans and the answers kept by text change no answer: a guard never turns
away a sentence its scan would have found something in, and a kept answer is the one a fresh scan gives."""
from __future__ import annotations

from pathlib import Path

import pytest

from tasks.core.claims import actor_patterns, bodies, named_bodies, places, sentence_registers
from tasks.core.claims.patterns import last_runs, lower_words, may_hold


def _truth_sentences(corpus: Path, n_texts: int = 120) -> list[str]:
    from tasks.core.claims.sentences import split_spans

    out = []
    for p in sorted((corpus / "truth").glob("*.txt"))[:n_texts]:
        text = " ".join(p.read_text(encoding="utf-8", errors="replace").split())
        out += [text[a:b] for a, b in split_spans(text)]
    return out


@pytest.mark.parametrize("phrases, want", [
    (["e-mail", "U.N.", "press release"], {"mail", "n", "release"}),
    (["Médecins Sans Frontières"], {"res"}),  # the last [a-z] run of the lower-cased name
    (["NGO", "group"], {"ngo", "group"}),
    (["G7", "3"], None),  # "3" has no run: no test can stand in front
])
def test_last_runs(phrases, want):
    got = last_runs(phrases)
    assert (got if got is None else set(got)) == want


def test_may_hold_reads_the_sentences_words():
    runs = last_runs(["e-mail", "statement"])
    assert may_hold(runs, "He sent an e-mail on Monday.")
    assert may_hold(runs, "In a STATEMENT, the group said ...")
    assert not may_hold(runs, "He sent a letter on Monday.")
    assert may_hold(None, "anything")


def _matched(rx, sents):
    return [s for s in sents if rx.search(s)]


def test_guards_pass_every_sentence_their_scan_matches(corpus):
    """On the corpus's truth sentences (and a few written to hit each scan), every sentence a guarded scan finds
    something in passes its guard."""
    sents = _truth_sentences(corpus) + [
        "The campaign sent an e-mail to supporters.", "She cited a 2001 memorandum issued by the agency.",
        "Vice-chancellors reacted with fury.", "Two of the witnesses said they saw him.", "Economists looked at it.",
        "The rights group Human Rights Watch said so.", "A group called Energy Control, which tests drugs, said.",
        "Médecins Sans Frontières said on Monday.", "U.N. officials said.",
        # a body's head at a name's end, alone, before "of", and inside a word (where _ANY_HEAD finds it, but no name)
        "The Texas Department of Criminal Justice said.", "Council: no.", "(Watch) said", "the SmartWatch Group’s app",
        "a NATOCouncil memo", "Amnesty International’s Centre-run clinic",
    ]
    cases = [
        (sentence_registers._doc_phrase(), sentence_registers._doc_head_runs()),
        (bodies._ORG_NAME, bodies._ORG_RUNS),
        (bodies._APPOSED, bodies._NOUN_RUNS),
        (bodies._NAMED_BODY, bodies._HEAD_RUNS),
    ]
    for rx, runs in cases:
        hits = _matched(rx, sents)
        assert hits, rx.pattern[:60]
        assert all(may_hold(runs, s) for s in hits), [s for s in hits if not may_hold(runs, s)][:3]
    # register_members and register_plural act only on a head among their nouns: such a head is among lower_words
    members = [(s, m) for s in sents for rx in (sentence_registers._MEMBERS_OPENING, sentence_registers._MEMBERS_OF)
               for m in rx.finditer(s) if m.group("head").rsplit("-", 1)[-1].lower() in sentence_registers._member_nouns()]
    assert len(members) >= 3
    assert all(not sentence_registers._member_nouns().isdisjoint(lower_words(s)) for s, _ in members)
    plural = [s for s in sents if (m := sentence_registers._PLURAL_OPENING.match(s)) and
              m.group("head").lower() in sentence_registers.plural_people()]
    assert len(plural) >= 2
    assert all(not sentence_registers.plural_people().isdisjoint(lower_words(s)) for s in plural)


def test_place_hits_kept_by_text_filter_as_before(corpus):
    """place_hits with a skip table gives the fresh scan's hits less the names in the table, on a first and a kept
    (second) read."""
    from tasks.core.claims.context import PLACE_NAMES
    from tasks.core.claims.subjects import LOCATIONS

    texts = [" ".join(p.read_text(encoding="utf-8", errors="replace").split())[:6000]
             for p in sorted((corpus / "truth").glob("*.txt"))[:40]]
    seen = 0
    for text in texts:
        places._place_hits.cache_clear()
        fresh = places._place_hits(text, True)
        for skip in (None, PLACE_NAMES, LOCATIONS):
            want = [(a, b, c) for a, b, c, bare in fresh if not (skip and bare is not None and bare in skip)]
            assert list(places.place_hits(text, skip)) == want == list(places.place_hits(text, skip))
        seen += len(fresh)
    assert seen >= 20


def test_full_match_kept_is_the_patterns_own():
    """resolve's fullmatch answers kept by pattern and phrase are the pattern's own, hit or miss."""
    actor_patterns._FULL.clear()
    for s in ("Foreign Minister Sergei Lavrov", "the minister", "Smith", "he", "a man who lives nearby", "Smith"):
        for rx in (actor_patterns.PERSON_RX, actor_patterns.ROLE_RX, actor_patterns.SURNAME_RX, actor_patterns.PRONOUN):
            got, again, fresh = actor_patterns.full_match(rx, s), actor_patterns.full_match(rx, s), rx.fullmatch(s)
            assert (got is None) == (fresh is None) and got is again
            if fresh is not None:
                assert got.groupdict() == fresh.groupdict() and got.span() == fresh.span()
    assert 0 < len(actor_patterns._FULL) <= actor_patterns._FULL_MAX


def test_police_forces_kept_by_text():
    text = "NYPD Commissioner Raymond Kelly said. Later, Hong Kong police said."
    named_bodies._forces_named.cache_clear()
    first = named_bodies._forces_named(text)
    assert [a.key for a in first] == [a.key for a in named_bodies._forces_named.__wrapped__(text)]
    assert named_bodies._forces_named(text) is first and len(first) == 2


def test_gazetteer_scans_behind_word_guards_answer_as_before(corpus):
    """The word-set guards in front of subjects' attacker blanking, story_sides' armed-side mentions, the migrants test
    and figures' any-number test, the count qualifiers' nearby-floor phrases: every sentence the scan finds something in passes its guard, and the guarded
    functions answer as the bare scans do."""
    from tasks.core.claims import figures, measure_patterns, numbers, story_sides, subjects

    sents = _truth_sentences(corpus) + [
        "Israel strikes on Gaza killed 20 people.", "US airstrikes hit the town.", "Saudi-led coalition air strikes hit Sanaa.",
        "Russian troops advanced.", "Two Israeli soldiers were hurt.", "American Forces left.", "Asylum-seekers arrived.",
        "MIGRANTS drowned.", "Illegal immigrants were held.", "ONE HUNDRED people fled.", "Scores were hurt.",
        "He has ٣ sons.", "the one_two rule", "Dozens died", "no count here at all",
    ]
    sents += ["The toll of 20 is expected to rise.", "Ten died, a PRELIMINARY count said.", "12 dead so far.",
              "The initial death toll was 9.", "It currently stands at 40.", "The number may go up.", "41 to date."]
    cases = [(subjects._ATTACKER, subjects._ATTACK_RUNS), (story_sides._SIDE, story_sides._SIDE_RUNS),
             (subjects.MIGRANTS, subjects._MIGRANT_RUNS), (numbers._ATLEAST_NEAR, numbers._NEAR_WORDS)]
    for rx, runs in cases:
        hits = _matched(rx, sents)
        assert len(hits) >= 2, rx.pattern[:60]
        assert all(may_hold(runs, s) for s in hits), [s for s in hits if not may_hold(runs, s)][:3]
    assert [subjects.names_migrants(s) for s in sents] == [subjects.MIGRANTS.search(s) is not None for s in sents]
    assert [figures.any_number(s) for s in sents] == [measure_patterns._ANY_NUMBER.search(s) is not None for s in sents]
    # (a sentence with no number word and no digit is the guard's whole point: it must be among them)
    assert any(not figures.any_number(s) for s in sents)
    text = " ".join(sents)
    assert story_sides.side_mentions(text) and subjects._no_attackers(text) == subjects._ATTACKER.sub(subjects._blank, text)


def test_country_in_kept_by_text():
    """country_in's answers kept by phrase are a fresh read's, asked first or again."""
    from tasks.core.claims.phrase_country import country_in

    for phrase in ("the Kenyan newspaper", "New South Wales Premier", "Israeli-occupied West Bank", "the state media",
                   "press secretary to Prime Minister Nikol Pashinyan", "U.S.-backed forces", "the Kenyan newspaper"):
        assert country_in(phrase) == country_in.__wrapped__(phrase) == country_in(phrase)
    assert country_in("the Kenyan newspaper") == "KE"


def test_end_anchored_patterns_read_backward_find_what_the_forward_search_finds(corpus):
    """Every lazy_regex.EndAnchored pattern of the claims modules matches backward exactly where it matches forward,
    on the 40 and 140 characters before every word of some truth sentences (the stretches the readers search) and on
    the whole sentences; and its search gives the forward search's own match."""
    import importlib
    import pkgutil

    import tasks.core.claims as claims
    from tasks.core.claims.lazy_regex import EndAnchored

    found = [(m.name, name, rx) for m in pkgutil.iter_modules(claims.__path__)
             for name, rx in vars(importlib.import_module(f"tasks.core.claims.{m.name}")).items() if isinstance(rx, EndAnchored)]
    assert len(found) >= 5
    sents = _truth_sentences(corpus, 12) + ["The floods killed at least ", "the bodies of ", "the death toll of ",
                                            "the death toll rose to ", "when Mary Smith ",
                                            # (figfix38's readers: a running total, its toll subject, a pair of counts,
                                            # an age, a proportion's base)
                                            "bringing the total to ", "The new deaths ", "15,064 and ", "aged 18 and ",
                                            "A woman ", "four out of "]
    windows = [s[max(0, i - k): i] for s in sents for i in range(len(s) + 1) if i == len(s) or s[i - 1:i] == " "
               for k in (40, 140)] + sents
    for module, name, rx in found:
        hits = 0
        for w in windows:
            fwd = rx.forward.search(w)
            assert (fwd is None) == (rx.backward.search(w) is None), (module, name, w)
            got = rx.search(w)
            assert (got and (got.span(), got.groups())) == (fwd and (fwd.span(), fwd.groups())), (module, name, w)
            hits += fwd is not None
        assert hits, (module, name)


_NAME_TEXTS = [
    "Tommy Baker said. Tommy said it too; Tommy And Lee left. xTommy Lee, Tommy  Lee Jones Smith Brown, Tommy",
    "Ann Lee Bob Lee met Lee Lee Ann. Mr. Lee, Sam  Lee's dog; Al-Lee Lee, LEE Lee. Ed Lee\nKim Lee",
    "Dr Jean-Paul O’Neil Jr. and Jean O'Neil met. Will O'Neil Jr. say? Anne O'Neil Jr.X",
    "Ana Li Li Li Wei, Li Wei. Bo Li.",
]


def _name_texts(corpus: Path) -> list[tuple[str, set[str]]]:
    import regex

    texts = _NAME_TEXTS + [p.read_text(encoding="utf-8", errors="replace") for p in sorted((corpus / "truth").glob("*.txt"))[:12]]
    return [(t, set(regex.findall(r"\b[A-Z][\p{L}'’.-]*", t)) | {"Lee's", "O'Neil Jr.", "Li Wei", " Lee", "Lee "})
            for t in texts]


def test_name_readers_answer_as_a_pattern_per_name(corpus):
    """memory.name_runs and colon_labels.first_words_before (str.find and one shared pattern) give what a pattern
    compiled for each name gives, on names at word edges, inside words, doubled and spaced oddly."""
    import regex

    from tasks.core.claims.colon_labels import first_words_before
    from tasks.core.claims.memory import name_runs

    for text, names in _name_texts(corpus):
        for name in names:
            runs = [m.group(0) for m in regex.finditer(
                rf"\b{regex.escape(name)}(?:\s+(?:\p{{Lu}}\.|\p{{Lu}}[\p{{Ll}}'’-]+)){{1,3}}", text)]
            firsts = [m.group(1) for m in regex.finditer(rf"\b([A-Z][a-z]+)\s+{regex.escape(name)}\b", text)]
            assert name_runs(name, text) == runs, (name, text[:60])
            assert first_words_before(name, text) == firsts, (name, text[:60])
