"""The claim extractor: cleaned article text in, sentences / actors / claims / figures out."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex as re

from .memory import ActorMemory
from .actors import subject_body
from .pronouns import subject_person
from .kin import register_relatives
from .bodies import register_bodies
from .people import appositive_role, home_country, office_country, office_holder, register_people
from .context import is_furniture
from .cue_words import tag_verb_forms
from .speaker import owner_country, resolve_head
from .phrase_country import country_in
from .places import item_dateline_country, story_country
from .attribution import CITED, COMPLEMENT, UNKNOWN, FoundClaim, add_parse_claims, find_claims, subject_before
from .claimants import clean_claimants
from .sentence_registers import register_document, register_members, register_plural
from .figures import disease_measure, epidemic_story, find_figures
from .undisclosed import find_undisclosed
from .statement_issuers import statement_issuer
from .document_counts import document_count_author
from .count_sources import count_source
from .headline_echo import echoed_claim
from .headline_tags import (carry_headline_tags, name_headline_bodies, name_headline_officials,
                            name_headline_tag_speakers)
from .later_named import name_lede_bodies, name_lede_officials
from .toll_confirmers import credit_confirmed_tolls
from .titled_holders import name_titled_speakers
from .surnamed_first import name_surnamed_first
from .years import (court_year, event_nouns, event_year, lead_date_year, lead_event_year, sentence_year, told_again,
                    week_year, weekday_date_year)
from .model import Actor, Claim, Extraction, Figure, Mention, Sentence
from .sentences import DAMAGE_MARK, plain_quotes, restore_damage, split_spans
from .parse import load_parser, parse_sentences, parsed_text
from .parse_gates import mask_names, needs_parse, parse_text, rules_name_one, word_acronyms, word_surnames, worth_parsing
from .resolution import resolution
from .governments import government_of
from .story_sides import counted_nationals, one_side_story
from .subjects import names_migrants, spread_over_countries, subject_country, tells_foreign_victims, where_country

# compiled once, not looked up in the pattern cache on every call
_WORDS = re.compile(r"\w+")

# Roles an apposition gives a speaker that "the <role>" later names (actor_patterns.BACKREF reads them back)
_BACK_ROLES = frozenset(("doctor", "physician", "envoy", "official"))
_OPEN_QUOTE = re.compile(r"^[“\"‘]")
# a party counting its own people; "us" in lower case only, not the country "US" ("capsizes in US")
_OWN = re.compile(r"\b(?:(?i:its own|their own|our|we)|us)\b")


def _sentences(title: str | None, text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for section, src in (("title", title or ""), ("body", text or "")):
        for a, b in split_spans(src):
            out.append(Sentence(len(out), section, a, b, src[a:b]))
    return out


@dataclass
class Pending:
    """extract_claims up to its first parse (begin_extraction): the sentences, what the rules skip, and the sentences
    to parse before the rules run. Several documents' pending parses can go to the parser in one call
    (parse_pending), which costs less per sentence than one call each; finish_extraction does the rest."""

    title: str | None
    text: str
    published_year: int | None
    syntax: bool
    ex: Extraction
    mem: ActorMemory | None = None
    read: dict = field(default_factory=dict)
    skipped: set = field(default_factory=set)
    masked: frozenset = frozenset()
    first: list = field(default_factory=list)
    later: list = field(default_factory=list)
    parsed: dict | None = None  # sentence index -> Doc for `first`, once parsed
    second: dict = field(default_factory=dict)  # sentence index -> Doc for `later`, parsed ahead or on first need
    # `later` sentences whose speaker the rules will most likely name (parse_gates.rules_name_one): parsed only when
    # the rules named no one after all, not ahead nor with the others
    deferred: frozenset = frozenset()
    published_month: int | None = None  # 1-12: "in October" in a January story is last year's (years.py)
    home_country: str | None = None  # the outlet's country (url_country), when the text names no country or place

    def ahead(self) -> list[Sentence]:
        """The `later` sentences worth parsing ahead, before the rules run."""
        return [s for s in self.later if s.index not in self.deferred]

    def to_parse(self, later: bool = False) -> list[str]:
        """What the parser is to read before the rules run: the `first` sentences (and with `later` the sentences
        the rules may want parsed after all, less the deferred ones), as written (see _parse_inputs)."""
        return [self.read[s.index] for s in self.first + (self.ahead() if later else [])]


def extract_claims(title: str | None, text: str, *, published_year: int | None = None,
                   language: str | None = "en", syntax: bool = True, published_month: int | None = None,
                   home_country: str | None = None) -> Extraction:
    """Extract attributed claims and figures from one article. Pure and deterministic."""
    return finish_extraction(begin_extraction(title, text, published_year=published_year, language=language,
                                              syntax=syntax, published_month=published_month, home_country=home_country))


def begin_extraction(title: str | None, text: str, *, published_year: int | None = None,
                     language: str | None = "en", syntax: bool = True, published_month: int | None = None,
                     home_country: str | None = None) -> Pending:
    """extract_claims' first phase: no parse yet. `home_country`: the outlet's country (url_country), the story's
    when the text names none."""
    sentences = _sentences(title, text)
    ex = Extraction(sentences=sentences)
    if language is not None and not language.lower().startswith("en"):
        return Pending(title, text, published_year, False, ex, published_month=published_month)
    mem = ActorMemory()
    # cities and regions settle stories that name no country; a story that names none at all is its outlet's country's
    # ("The Disaster Management Centre said ..." on a Sri Lankan site)
    # (read again with the outlet's country only when the text alone settles none: the whole read costs regexes)
    mem.focus = story_country(title, text)
    unsettled = mem.focus is None
    if unsettled and home_country:
        mem.focus = story_country(title, text, home_country)
    # the outlet's country stands for a text that names none (story_country), not for one its places settle
    home_country = home_country if home_country and mem.focus == home_country and unsettled else None
    mem.text = text or ""
    mem.title = title or ""
    mem.titled = bool((title or "").strip())
    syntax = syntax and load_parser() is not None  # without a parser the rules run alone (the ablation)
    # what the readers read: the sentence with typewriter quotes as curly ones (same length, offsets hold)
    read = _read_texts(sentences, title, text)
    skipped = _skipped(sentences, read)
    # surnames that are English words and acronyms that are function words ("WHO") reach the parse masked
    whole = f"{title or ''}\n{text or ''}"
    masked = word_surnames(whole) | word_acronyms(whole) if syntax else frozenset()
    first = [s for s in sentences if s.index not in skipped and needs_parse(read[s.index])] if syntax else []
    first_ids = {s.index for s in first}
    # sentences the parse may look at after the rules named no one in them; parsed on first need, all that are left
    # at once (one batch costs about half as much per sentence as single ones)
    later = [s for s in sentences if s.index not in first_ids and s.index not in skipped and worth_parsing(read[s.index])] \
        if syntax else []
    deferred = frozenset(s.index for s in later if rules_name_one(read[s.index]))
    return Pending(title, text, published_year, syntax, ex, mem, read, skipped, masked, first, later, deferred=deferred,
                   published_month=published_month, home_country=home_country)


def _read_texts(sentences: list[Sentence], title: str | None, text: str) -> dict[int, str]:
    """What the readers read of each sentence (sentences.plain_quotes); single quotation marks read as double ones
    except inside a quotation in double marks, which a paragraph's end closes (a reopened quotation opens with its
    own mark)."""
    src_of = {"title": title or "", "body": text or ""}
    read: dict[int, str] = {}
    double_open = False
    for s in sentences:
        if s.start == 0 or _after_newline(src_of[s.section], s.start):
            double_open = False
        text = _closing_single(s.text) if double_open else s.text
        read[s.index] = plain_quotes(text, singles=not double_open)
        # (with typewriter marks plain_quotes reads no single marks, so what it gave is the sentence as a double-mark
        # reader sees it)
        double_open = _leaves_quote_open(read[s.index] if "''" in text or "``" in text else text, double_open)
    return read


def parse_pending(pending: list[Pending], later: bool = False) -> None:
    """Parse what the pending extractions want parsed before their rules run in one call to the parser (which gives
    a sentence the same tags, heads and labels whatever else is in its call: tests/test_claims_batch.py); with
    `later`, also the sentences their rules may want parsed after all (see Pending.to_parse)."""
    wanted = [(p, p.to_parse(later)) for p in pending if p.syntax and p.parsed is None]
    docs = iter(parse_sentences([i for p, texts in wanted for i in _parse_inputs(texts, p.masked)]))
    for p, texts in wanted:
        mine = _keep_text(texts, [next(docs) for _ in texts])
        p.parsed = dict(zip((s.index for s in p.first), mine[:len(p.first)]))
        p.second.update(zip((s.index for s in (p.ahead() if later else [])), mine[len(p.first):]))


def finish_extraction(p: Pending) -> Extraction:
    """extract_claims' second phase: the rules (and the parses not done ahead, parse_pending)."""
    ex = p.ex
    if p.mem is None:
        return ex
    title, text, published_year, syntax, sentences = p.title, p.text, p.published_year, p.syntax, ex.sentences
    body_texts = [s.text for s in sentences if s.section == "body"]
    undated = published_year is None
    month = p.published_month if not undated else None  # a month read from the lead's date has no use yet
    if undated and body_texts:
        published_year = lead_date_year(body_texts[0])  # "... on Saturday December 13 2008": the story's year
        if published_year is None:  # "Reid checked herself in on Tuesday, December 9, 2008"
            published_year = weekday_date_year(body_texts)
        if published_year is None:
            published_year = week_year(body_texts)  # "He won the 2019 Nobel Peace Prize on Friday"
    mem, read, skipped, masked, later = p.mem, p.read, p.skipped, p.masked, p.later
    where: list[str | None] = []  # the story's country, read on the first figure (most articles have none)
    mixed = False
    migrants = False  # the story's people are migrants (subjects.names_migrants): no place gives their nation
    datelines = 0  # paragraphs opened by a dateline so far (a roundup has one per item)
    home: bool | None = None  # the story names its own country and hardly another (story_sides), read on demand
    nationals: dict[float, str] | None = None  # the nationality the story gives a count (story_sides), read on demand
    epidemic: bool | None = None  # an epidemic's story (figures.epidemic_story), read on its first casualty count
    actors: dict[str, Actor] = {}
    prev_year: int | None = None
    first_years: dict[tuple[str, float | None], int | None] = {}  # (measure, value) -> the year its first telling had
    prev_sent = ""  # the sentence before, for a toll that follows a sentence spreading the event over countries
    prev_event: frozenset[str] = frozenset()
    prev_claims: list[FoundClaim] = []
    src_of = {"title": title or "", "body": text or ""}
    in_quote = False  # the previous sentence left a quotation open
    # A quotation is one claim. Its first sentence, when no speaker is named in it, waits here until
    # the quotation closes: a speech tag further on ('... All on board were killed," Mujahid said')
    # already makes the row, otherwise the first sentence is the row for the continued speaker.
    pending: tuple[Sentence, FoundClaim] | None = None
    later_ids = {s.index for s in later}
    # one batch with the later sentences too costs the same (measured: 28.6 s both ways on the corpus, 745 calls
    # instead of 1135 but 799 more sentences; again in session 10, in one process page by page: -2.2% on corpus pages
    # 0-199, +1.7% on 200-399, though a one-sentence call costs ~3.3 ms against ~0.7 ms a sentence in calls of ten)
    if p.parsed is None:
        parse_pending([p])
    parsed = p.parsed or {}
    second = p.second
    for s in sentences:
        mem.now = s.index
        mem.upto = s.end if s.section == "body" else 0
        if s.index in skipped:
            continue
        mem.before = mem.sentence
        sent = mem.sentence = read[s.index]
        body = s.section == "body"
        src = src_of[s.section]
        after_nl = _after_newline(src, s.start)  # the sentence opens a line (read four times below)
        if body and (s.start == 0 or after_nl) and (code := item_dateline_country(s.text)):
            # a later dateline opens a roundup's next item ("___ / JAKARTA — The Health Ministry said ..."): its
            # officials, ministries and places are that country's, not the first item's. The story's first dateline
            # (even below a headline line) is left to story_country, which weighs it with the rest of the opening.
            if datelines:
                mem.focus, mem.item_start = code, s.index
                where[:] = [code]
            datelines += 1
        register_people(sent, mem)
        register_relatives(sent, mem)
        if body:
            # a story whose text tells of migrants before its tolls ("A migrant died on Sunday trying to cross the
            # Channel" over "Four men died on an overcrowded boat trying to reach Britain"): where they sail to or die
            # is not their nation (subjects.subject_country). The body only: a headline's "debate on migrants" may top
            # a story whose tolls are a city's own.
            migrants = migrants or names_migrants(sent)
        if in_quote and body and after_nl and not _OPEN_QUOTE.match(sent) and not _closes_first(sent):
            # a paragraph that does not open with a quotation mark is out of the quotation an earlier one left
            # unclosed (news copy reopens a quotation that runs on at each paragraph), unless its first mark closes
            # it: 'People panicked and rushed out of their homes," said ... Nugroho.' after a paragraph that opened
            # the quotation (the reopening mark left out) is the quotation's end and its speech tag
            in_quote = False
        try:
            found_all = find_claims(sent, mem, parsed.get(s.index), in_quote and s.section == "body", syntax,
                                    s.start == 0 or after_nl)
            if s.index in later_ids and not any(c.actor is not UNKNOWN for c in found_all):
                # the rules were trusted with this sentence and named no one: the parse looks at it after all
                if s.index not in second:
                    rest = [t for t in later if t.index >= s.index and t.index not in second and
                            (t.index not in p.deferred or t.index == s.index)]
                    second.update(zip((t.index for t in rest), _parse_all([read[t.index] for t in rest], masked)))
                add_parse_claims(sent, second[s.index], found_all, mem, in_quote and s.section == "body")
        except Exception as exc:  # noqa: BLE001 - a parse the syntactic core cannot read costs its sentence the
            # parse's rows, not the article all its rows (the document-level reject); the rules' rows stand, the
            # failure is kept (Extraction.degraded: `newsclaims explain` shows it, the behaviour cases fail on it)
            ex.degraded.append(f"sentence {s.index}: {type(exc).__name__}: {exc}"[:300])
            found_all = find_claims(sent, mem, None, in_quote and s.section == "body", False, s.start == 0 or after_nl)
        found_all = clean_claimants(found_all, mem)
        figs = find_figures(sent, prev_sent)
        if not figs:
            found_all = [c for c in found_all if not c.figures_only]
        found = [c for c in found_all if c.actor is not UNKNOWN]
        src = src_of[s.section]
        new_para = s.start == 0 or after_nl
        was_open = in_quote
        in_quote = _leaves_quote_open(sent, in_quote)
        if was_open and found_all:
            pending = None  # the speech tag of this quotation is here
        # A quote that opens with no speaker of its own continues the previous speaker.
        tag = _tag_after(sent, src, s.end) if not found_all and prev_claims and body else None
        if tag is not None and (hit := resolve_head(tag, mem)) is None:
            tag = ""  # a speaker the next sentence names and the story has not: not the previous speaker either
        if not found_all and prev_claims and body and (was_open or _all_quote(sent)) and not _quoted_heading(sent) and \
                tag != "":
            # the quotation goes on from the speaker's main claim, not a second one in passing ("..., calling for ..."),
            # nor from the one who quoted the speaker ("The Daily News quoted witness Devonte Brown as saying")
            last = next((c for c in reversed(prev_claims) if c.subj_start >= 0 and c.rule != "rules.quoter"),
                        prev_claims[-1])
            who, surface = (hit[0], tag[:hit[1]]) if tag else (last.actor, last.surface)
            quote = sent.strip("“”\"‘’ ")
            cont = FoundClaim(who, surface, 0, 0, last.verb, 0, 0, "statement", (0, len(sent)), None, quote)
            cont.subj_start = cont.subj_end = -1
            found_all = [cont]
            # inside a quotation already credited the sentence adds no row, only its figures' speaker
            found = [] if was_open else [cont]
            if found and in_quote:
                pending, found = (s, cont), []
            mem.touch(cont.actor)
        if pending and not in_quote and pending[0] is not s:
            _emit(ex, pending[0], pending[1], actors, mem)
            pending = None
        claim_ids = [_emit(ex, s, c, actors, mem) for c in found]
        if "statement" in sent:
            who = statement_issuer(sent, found, mem.issuer[1] if mem.issuer else None)
            mem.issuer = (s.index, who) if who is not None else None
        withheld = find_undisclosed(sent, prev_sent)
        if withheld:  # "several were wounded, without giving a number": the withholding is the figure
            figs = [f for f in figs if not (f.amount and f.amount.text.lower() == "several"
                                            and f.measure in {w.measure for w in withheld})]
        figs += withheld
        for f in figs:
            if f.measure == "casualties":
                if epidemic is None:
                    epidemic = epidemic_story(title, text)
                if epidemic:
                    f.measure = disease_measure(f.measure, sent)
            owner = _owner(found_all, f.start, sent)
            if owner is not None and owner.actor is UNKNOWN:
                owner = None
            claim_idx = claim_ids[found.index(owner)] if owner in found else None
            claimant = owner.actor if owner else None
            if f.amount is not None and (author := document_count_author(sent, f.start, mem)) is not None and \
                    (claimant is None or claimant.key != author.key):
                # "Ethiopian authorities have dismissed a report by Human Rights Watch that details the killings of more
                # than 400 people": the count is the report's authors', whoever dismisses or cites the report
                claimant = actors.setdefault(author.key, author)
                claim_idx = next((claim_ids[i] for i, c in enumerate(found) if c.actor.key == author.key), None)
            if f.amount is not None and (given := count_source(sent, f.amount.end, mem)) is not None:
                # "up from an official tally of 41 given earlier by Amman": a count cited as another side's is that
                # side's, whoever tells the sentence
                claimant = actors.setdefault(given.key, given)
                claim_idx = next((claim_ids[i] for i, c in enumerate(found) if c.actor.key == given.key), None)
            if f.measure == "deployed" and claimant is not None and claimant.country is None and \
                    (placed := actors.get(claimant.key)) is not None and placed.country is not None:
                # troops no sender is named for are the speaker's country's, as its claim row placed the speaker ("Mr.
                # Obama ..., saying that about 5,500 troops would remain": _emit gave the president his office's
                # country). Only troops: for tolls the speaker's country also feeds the "our" rule, which reads the
                # whole sentence ("killed millions ... in places like Iraq ... our sons and daughters" is no US toll)
                claimant = placed
            if claimant is None and not found_all and not new_para and _short(sent):
                # "About 2 million people get sick each year, according to the CDC. About 23,000 die.":
                # a clipped sentence goes on with the statistic sourced just before it
                claimant = next((c.actor for c in prev_claims if c.verb == "according to"), None)
            if claimant is None and not found_all and prev_claims and _CARRIES_ON.match(sent):
                # "The health authority reported 14 new deaths. That brings the state's toll to 820.": the sum goes on
                # with the count the sentence before sourced
                claimant = prev_claims[0].actor
            if claimant is None and not found_all and body and in_quote and \
                    (tagged := _closing_speaker(src, s.end, mem)) is not None:
                # '“We attacked a military base … killed one US soldier, two Kenyan soldiers and nine Somali soldiers.
                # We also injured four US soldiers,” Abdiasis Abu Musab, al Shabaab’s spokesman, told Reuters': a count
                # in a quotation the paragraph closes further on is the speaker's its speech tag names
                claimant = tagged
                actors.setdefault(claimant.key, claimant)
            if claimant is None and f.amount is None:
                # "Moscow does not disclose its losses": the withholding party is the claimant
                claimant = subject_before(sent, f.start, mem)
                if claimant:
                    actors.setdefault(claimant.key, claimant)
            country, group = f.subject_country, f.subject_group
            year = event_year(sent, f.start, prev_year, published_year, prev_event, month, f.end)
            if year == published_year and f.measure != "detained" and \
                    (crime := court_year(sent, text or "", published_year)):
                # a verdict's count of the harm done at the crime, in its year; not arrests, which the prosecution
                # makes and announces now ("Federal prosecutors on Wednesday announced three arrests")
                year = crime
            told = (f.measure, f.amount.value) if f.amount else None
            if year == published_year and told in first_years and told_again(sent, f.amount.start):
                year = first_years[told]  # "the three deaths ..." after "... three children died in the 2018 season"
            if told is not None:
                first_years.setdefault(told, year)
            if f.amount is None:  # a withheld toll is the withholding party's own
                country = country if f.explicit_country else (claimant.country if claimant else None)
                group = group or "military"
            else:
                # "17 foreigners": the story's tolls are not one nation's
                mixed = mixed or tells_foreign_victims(sent, f.end)
                migrants = migrants or names_migrants(sent)
                if not where:
                    where.append(where_country(title, text or "") or p.home_country)
                # "It began in Guinea ... and spread to Liberia and Sierra Leone. The WHO has reported ... 7,793 deaths.":
                # a toll with no country's voice after a sentence that spreads the event over countries is theirs
                # together, not the story's country's
                spread = (claimant is None or claimant.country is None) and spread_over_countries(prev_sent, where[0])
                foreign = mixed or spread
                if home is None:
                    head = (text or "")[:6000]
                    first = head.find("\n")
                    home = one_side_story(title or "", head, min(400, first if first >= 0 else len(head))) == where[0]
                country = subject_country(sent, f.start, f.end, country, f.explicit_country, group, f.measure, claimant,
                                          _OWN.search(sent) is not None, None if foreign else where[0], prev_sent,
                                          foreign, migrants, home)
                if not f.explicit_country and group != "military":
                    if nationals is None:
                        nationals = counted_nationals(text or "")
                    # "Greek police arrested two suspected people smugglers" ... "The two Syrian men, aged 26 and 27":
                    # the story tells elsewhere whose nationals the counted people are (story_sides.counted_nationals)
                    country = nationals.get(f.amount.value, country)
            amt = f.amount
            value = amt.value if amt else None
            qual = amt.qualifier if amt else "undisclosed"
            low = value if qual in ("exact", "at_least", "more_than") else None
            high = value if qual in ("exact", "up_to") else None
            ex.figures.append(Figure(
                len(ex.figures), s.index, s.start + f.start, s.start + f.end, f.measure, value, low, high, qual,
                amt.text if amt else None, country, group,
                year, claimant.key if claimant else None, claim_idx))
        this_year = sentence_year(sent, published_year, month)
        # the events the dated sentence named ("an 8.6-magnitude quake"), for "the quake" in the next (years.event_year)
        prev_event = event_nouns(sent) if this_year else (prev_event if not new_para else frozenset())
        prev_year = this_year or (prev_year if not new_para else None)
        prev_sent = sent
        # a speaker carries over only to the next sentence (which may carry it further)
        prev_claims = [c for c in found_all if c.actor is not UNKNOWN]
        if body:
            register_bodies(sent, mem)  # after this sentence's claims: "the group" in a later one may name them
            register_members(sent, mem)  # and a bare "One" the next one opens with, one of the plural people it named
        if syntax and body:
            register_document(sent, mem)  # after this sentence's claims: an "it" in a later one may name it
            register_plural(sent, mem)  # and a "they" the plural people it opened with
        mem.subject_body = None if prev_claims or not body else \
            ((s.index, b) if (b := subject_body(sent, mem)) is not None else None)
        mem.subject_person = None if prev_claims or not body else \
            ((s.index, w) if (w := subject_person(sent, mem)) is not None else None)
    if pending:
        _emit(ex, pending[0], pending[1], actors, mem)
    if undated and published_year is None and (lead := lead_event_year([s.text for s in sentences])) is not None:
        # an undated headline or lead dated by the sentence after it ("... killed four people in a courthouse
        # escape." / "... the March 2005 rampage"): its figures with no year of their own are of that year
        ex.figures = [replace(f, event_year=lead[1]) if f.sentence_index == sentences[lead[0]].index and
                      f.event_year is None else f for f in ex.figures]
    name_lede_officials(ex, actors)  # "..., an official said." / "..., said agency spokesman Sutopo Purwo Nugroho."
    name_lede_bodies(ex, actors)  # "..., a war monitor said." / "The Syrian Observatory for Human Rights said ..."
    carry_headline_tags(ex)  # "..., killing seven: sources" / "At least seven ... were killed ..., according to a witness"
    name_headline_tag_speakers(ex)  # "..., officials say" / "Twenty-five people were killed ..., X said"
    name_headline_bodies(ex, actors)  # "..., Ministry says" / "..., the Palestinian health ministry said"
    name_headline_officials(ex, actors)  # "... – Head of Regional State Administration" / "..., Head of ... X said"
    name_titled_speakers(ex, actors, mem)  # "the Tánaiste said" ... "Tánaiste Leo Varadkar said"
    name_surnamed_first(ex, actors)  # "Col. Malki also claims ..." ... "Col. Turki al-Malki, a spokesman for ..."
    credit_confirmed_tolls(ex)  # "At least two people were killed ..." / "The emergency service confirmed the casualties."
    _headline_echo(ex)
    ex.actors = sorted(actors.values(), key=lambda a: a.key)
    if any(DAMAGE_MARK in t for t in read.values()):
        _restore_damage(ex)
    return ex


def _headline_echo(ex: Extraction) -> None:
    """A headline with no claim of its own that quotes words a body quotation holds is that quotation's speaker's
    claim (headline_echo.py); its row goes first, as the headline does."""
    head = next((s for s in ex.sentences if s.section == "title"), None)
    if head is None or any(c.sentence_index == head.index for c in ex.claims):
        return
    if (src := echoed_claim(head, ex.claims, ex.sentences)) is None:
        return
    quote = head.text.strip()
    echo = Claim(0, head.index, head.start, head.end, src.claimant_key, src.claimant_text, src.reporting_verb, True,
                 quote, src.claim_type, src.target_country, rule="rules.headline_echo",
                 resolved_by="speaker of the body quotation the headline repeats")
    ex.claims = [echo] + [replace(c, index=c.index + 1) for c in ex.claims]
    ex.figures = [replace(f, claim_index=f.claim_index + 1) if f.claim_index is not None else f for f in ex.figures]


def _restore_damage(ex: Extraction) -> None:
    """Names and quotes read with sentences.DAMAGE_MARK for a lost letter are stored with U+FFFD, as the page has it."""
    r = restore_damage
    ex.actors = [replace(a, key=r(a.key), name=r(a.name)) for a in ex.actors]
    ex.mentions = [replace(m, actor_key=r(m.actor_key)) for m in ex.mentions]
    ex.claims = [replace(c, claimant_key=r(c.claimant_key), claimant_text=r(c.claimant_text), quote=r(c.quote),
                         target_key=r(c.target_key)) for c in ex.claims]
    ex.figures = [replace(f, claimant_key=r(f.claimant_key)) for f in ex.figures]


def _skipped(sentences: list[Sentence], read: dict[int, str]) -> set[int]:
    """The sentences extraction does not read: promo links and bylines inside the text ("SEE MORE: ...", which say
    nothing and break no quote) and a headline repeated in the body (the page's title printed twice). Known before
    the rules run, so that they are not parsed either. A body sentence printed twice in the body (a standfirst that
    repeats a paragraph word for word) is read each time: the article says it twice, one claim per copy."""
    out: set[int] = set()
    title_text: set[str] = set()
    for s in sentences:
        sent = read[s.index]
        if s.section == "body" and is_furniture(sent):
            out.add(s.index)
            continue
        key = " ".join(sent.split()).lower()
        if s.section == "body" and key in title_text:
            out.add(s.index)
            continue
        while s.section == "title" and len(key.split()) >= 5:
            title_text.add(key)
            # the page title often ends with the site's name ("... at Bhakkar hospital - The Frontier Post", "... |
            # India News - Times of India"), which the headline printed in the body lacks: the same headline still
            short = _SITE_TAIL.sub("", key)
            if short == key:
                break
            key = short
    return out


# A trailing " - Site Name" or " | Section" of a page title (a short last part after a spaced dash or bar).
_SITE_TAIL = re.compile(r"\s+[-|–—]\s+[^-|–—]{1,60}$")


def _parse_all(texts: list[str], masked: frozenset[str]) -> list:
    """Parses of `texts`, the surnames that are English words masked (parse_gates.mask_names); each Doc keeps the text as
    written in user_data, for the words it reports."""
    return _keep_text(texts, parse_sentences(_parse_inputs(texts, masked)))


def _parse_inputs(texts: list[str], masked: frozenset[str]) -> list[str]:
    return [parse_text(mask_names(t, masked)) for t in texts]


def _keep_text(texts: list[str], docs: list) -> list:
    for t, d in zip(texts, docs):
        if parsed_text(d) != t:
            d.user_data["text"] = t
    return docs


def _emit(ex: Extraction, s: Sentence, c: FoundClaim, actors: dict[str, Actor], mem: ActorMemory) -> int:
    """Record one claim of sentence `s`; returns its index."""
    actor = c.actor
    # a lone name with a person's office in apposition is a person ("said Fauzi, an official of the local disaster
    # agency"), whose office may place them
    lone = actor.kind == "organization" and " " not in actor.name and c.subj_start >= 0 and office_holder(s.text, c.subj_end)
    if lone:
        # one actor for the man: "he said" next finds him by the person key (ECB+ doc_eff8a2df49 had org:fauzi as a
        # person and person:fauzi)
        c.actor = actor = mem.person(actor.name, actor.country)  # in place: the sentence's figures take it too
    if (actor.kind == "person" or lone) and actor.country is None and c.subj_start >= 0 and \
            (code := office_country(s.text, c.subj_start, c.subj_end, actor.name, mem) or
             home_country(s.text, c.subj_start, c.subj_end, mem)):
        actor = Actor(actor.key, actor.name, "person", code)
    actors.setdefault(actor.key, actor)
    if actor.kind == "person" and c.subj_start >= 0 and (role := appositive_role(s.text, c.subj_end)) in _BACK_ROLES:
        mem.role_holders.setdefault(role, []).append(c.actor)  # "said Ema Suryani, a doctor at ..." ... "the doctor"
    if c.joint and mem.speakers:
        # "Trump and Lewandowski said": the second of joined claimants is remembered, but the first stays the last
        # speaker, so "they" next finds the pair (actors.resolve) and "he" the first, as before the second had a row
        mem.speakers.insert(len(mem.speakers) - 1, c.actor)
        mem.touch(c.actor)
        mem.touch(mem.speakers[-1])
    else:
        mem.speakers.append(c.actor)
        mem.touch(c.actor)
    idx = len(ex.claims)
    if c.subj_start >= 0:
        ex.mentions.append(Mention(s.index, s.start + c.subj_start, s.start + c.subj_end,
                                   s.text[c.subj_start:c.subj_end], c.actor.key))
    a, b = c.span
    # "Pakistan's government has warned": the row names the state's government; the memory keeps the state
    if (shown := government_of(c.surface, c.actor)) is not None:
        actors.setdefault(shown.key, shown)
    ex.claims.append(Claim(idx, s.index, s.start + a, s.start + max(a, b), (shown or c.actor).key, c.surface,
                           c.verb, c.quote is not None, c.quote, c.claim_type, c.target_country, rule=c.rule or "rules",
                           resolved_by=c.resolved_by or resolution(c.surface, c.actor)))
    return idx


# a sentence that adds up the count before it: "That brings the toll to 820", "This raised the number of dead to 41"
_CARRIES_ON = re.compile(r"(?:That|This|Which|It)\s+(?:now\s+)?(?:brings|brought|raises|raised|takes|took|pushes|pushed|"
                         r"puts|lifts|lifted)\s+the\b")


def _short(sent: str) -> bool:
    return len(sent.split()) <= 6


_QUOTED = re.compile(r"[“\"][^“”\"]*(?:[”\"]|$)")


# A quoted question or exclamation whose speaker opens the next sentence of the paragraph: '"So which is it?" Deputy
# Public Defender Peter Lynch asked Coleman, who ...', '"Why are you still endorsing him?" Obama asked Republican
# politicians.' (the splitter keeps a bare tag with its quote; a tag that goes on is a sentence of its own). The
# quote is the tag's speaker's, who may or may not be the previous speaker.
_NEXT_TAG = re.compile(r"[ \t]+(?P<np>(?:[\p{Lu}][\p{L}.'’-]*[ \t]+){1,6})(?:" + "|".join(tag_verb_forms()) + r")\b")


# the rest of an open quotation in its paragraph, its closing mark, then a speech tag: a name (an apposition may
# follow it) before the verb, or the verb before the name ('..., ” Mohamed Ali, the local military official, told
# France Press', '..." said police chief Vicente Chicote')
_CLOSING_TAG = re.compile(r"[^“”\"\n]*[”\"]\s*(?:(?P<np>(?:(?:[Tt]he|[Aa]n?)[ \t]+)?[\p{L}.'’-]+(?:[ \t]+[\p{L}.'’-]+){0,5}?)"
                          r"(?:,(?P<ap>[^,;:.“”\"\n]{1,100}),)?[ \t]+(?:" + "|".join(tag_verb_forms()) + r"|told)\b|"
                          r"(?:" + "|".join(tag_verb_forms()) + r")[ \t]+(?P<np2>(?:[\p{L}.'’-]+[ \t]+){0,5}\p{Lu}[\p{L}.'’-]*))")


def _closing_speaker(src: str, end: int, mem: ActorMemory) -> Actor | None:
    """The speaker the speech tag names where the paragraph closes the quotation left open at `end` (None: the
    quotation does not close in the paragraph with a tag whose speaker resolves)."""
    m = _CLOSING_TAG.match(src, end)
    if m is None:
        return None
    hit = resolve_head((m.group("np") or m.group("np2")).rstrip("."), mem)
    if hit and hit[0].kind == "person" and hit[0].country is None and m.group("ap") and \
            (code := country_in(m.group("ap")) or owner_country(m.group("ap").strip(), mem)):
        return mem.person(hit[0].name, code)  # "..., al Shabaab’s military operations spokesman, told": the body's
    return hit[0] if hit else None


def _tag_after(sent: str, src: str, end: int) -> str | None:
    """The words naming the speaker of the tag that opens the sentence after a quoted question (None: no such tag)."""
    if not sent.rstrip().rstrip("”\"’'").endswith(("?", "!")):
        return None
    m = _NEXT_TAG.match(src, end)
    return m.group("np").strip() if m else None


def _all_quote(sent: str) -> bool:
    """The sentence is a quotation with (almost) nothing outside the quote marks."""
    if not _OPEN_QUOTE.match(sent):
        return False
    rest = _QUOTED.sub(" ", sent)
    return len(_WORDS.findall(rest)) <= 1


_QUOTED_HEADING = re.compile(r"^[“\"](?:[^\s.!?,;:…“”\"]+(?:\s+|(?=[”\"]))){1,4}[”\"]$|"
                             r"^[“\"](?:\p{Lu}[^\s“”\"]*\s+)+\p{Lu}[^\s“”\"]*[”\"]$")


def _quoted_heading(sent: str) -> bool:
    """A paragraph of a few quoted words with no punctuation, or of quoted words all capitalised: a sub-heading or a
    headline that quotes ("‘No Jobs’", "'Completely false'", "'We Got Her!'"), not the speaker before it going on
    (a short reply, “No.”, “Please.”, still goes on)."""
    return len(sent) < 60 and _QUOTED_HEADING.match(sent.strip()) is not None


_FIRST_MARK = re.compile(r"[“”\"]")


def _closes_first(sent: str) -> bool:
    """The sentence's first quotation mark closes a quotation: a right curly mark, or a straight one right after a
    word or punctuation and before a space or the end ('homes," said'), not one before a word ('the "Ring of Fire"')."""
    m = _FIRST_MARK.search(sent)
    if m is None:
        return False
    if m.group(0) != '"':
        return m.group(0) == "”"
    i = m.start()
    return i > 0 and not sent[i - 1].isspace() and (i + 1 == len(sent) or sent[i + 1].isspace() or sent[i + 1] in ".,;:!?)")


# a right single mark after a word and ",", ".", "?" or "!", before a space or the end ("... transmission,’ he says.")
_SINGLE_CLOSE = re.compile(r"(?<=[\p{L}\d][,.?!])’(?=\s|$)")


def _closing_single(sent: str) -> str:
    """A sentence inside a quotation opened with a double mark that closes it with a single one, a slip of the pen
    ("“This approach is based on ... We’ve got to ... transmission,’ he says."): that mark read as "”" (same length),
    when the sentence has no double mark of its own and opens no single quotation before it (a nested one: "“He
    said ‘no,’ and left")."""
    if "’" not in sent or "”" in sent or '"' in sent or "“" in sent:
        return sent
    m = _SINGLE_CLOSE.search(sent)
    if m is None or "‘" in sent[:m.start()]:
        return sent
    return sent[:m.start()] + "”" + sent[m.end():]


def _leaves_quote_open(sent: str, was_open: bool) -> bool:
    if '"' not in sent and "“" not in sent and "”" not in sent:
        return was_open
    if "’’" in sent:
        sent = sent.replace("’’", "”")  # two right single marks typed for a closing double one ('election.’’')
    state = was_open
    for ch in sent:
        if ch == "“":
            state = True
        elif ch == "”":
            state = False
        elif ch == '"':
            state = not state
    return state


def _after_newline(src: str, pos: int) -> bool:
    """`src[:pos].rstrip(" ").endswith("\\n")`, without copying the text before `pos`."""
    i = pos
    while i > 0 and src[i - 1] == " ":
        i -= 1
    return i > 0 and src[i - 1] == "\n"


_WHICH_BEFORE = re.compile(r",\s+(?:which|who|whom)\s+$")
_WHAT_BEFORE = re.compile(r"\bwhat\s+$", re.I)
# "rallied against an army operation ... that residents claim killed many civilians": a restrictive relative, no comma
_THAT_BEFORE = re.compile(r"\b(?:that|which)\s+$")


# words that open a clause telling when or why (not what): see _before_fronted_clause, _after_trailing_clause
# (a concession too: "Hundreds rallied against the operation even though the military said it targeted militants")
_SUBORDINATE = re.compile(r"(?i)\b(?:after|before|when|while|because|since|during|following|amid|as|in the wake of|"
                          r"though|although|whereas)\b")


def _in_quote(before: str) -> bool:
    """A quotation opened after the verb is still open: the count is in the claimant's own words whatever clause holds
    it ('she stated, “When I look at this ...,” adding, “I think 1,500 people were killed”'; not 'told "Fox" after')."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _content(c: FoundClaim, sent: str) -> tuple[int, int]:
    """The stretch a claim asserts, for its figures: a span read as a trailing tag's content before the subject is the
    verb's complement after it when the verb has one ("..., in the wake of a shooting that killed 14, Trump proposed
    barring ...", attribution.COMPLEMENT)."""
    if 0 <= c.span[1] <= c.subj_start < c.verb_start and c.span[0] < c.span[1] and COMPLEMENT.match(sent, c.verb_end):
        return c.verb_end, len(sent)
    return c.span


def _owner(found: list[FoundClaim], pos: int, sent: str = "") -> FoundClaim | None:
    """The claim whose content holds position `pos`, else the nearest claim in the sentence; "causing what the UN
    says may be the worst crisis" speaks only of what follows it."""
    if not found:
        return None
    # a verb's own complement first: "..., as opposition leaders reported that dozens had been detained, the AP
    # reports" is the leaders' count, which the AP's trailing tag relays; then a content span, then a verb's complement
    # after a span read as a trailing tag's (_content)
    spans = [(c, _content(c, sent)) for c in found if not _after_appeal_object(c, pos, sent)
             and not _after_relative(c, pos, sent) and not _claims_the_act(c, pos, sent)]
    for c, (lo, hi) in sorted(spans, key=lambda cs: (not 0 <= cs[1][0] - cs[0].verb_end <= 6, cs[1] != cs[0].span)):
        if lo <= pos < hi:
            return _cited(found, c, sent) or c
    # else the nearest claim the count is not parted from ("Five people died, police said"), by the rules below
    near = [c for c, content in spans if not (_before_what_clause(c, pos, sent) or _in_claimant(c, pos) or
                                              _before_fronted_clause(c, content, pos, sent) or
                                              _after_trailing_clause(c, pos, sent))]
    owner = min(near, key=lambda c: min(abs(pos - c.verb_start), abs(pos - c.subj_start))) if near else None
    return (_cited(found, owner, sent) or owner) if owner else None


def _cited(found: list[FoundClaim], c: FoundClaim, sent: str) -> FoundClaim | None:
    """The claim of the source `c`'s tag cites ("..., the Kathmandu Post reported citing figures released by the
    Ministry of Home Affairs", "..., Reuters reported, citing police"): the count is the cited source's, relayed."""
    if not sent or c.verb_end < 0 or (m := CITED.match(sent, c.verb_end)) is None:
        return None
    return next((d for d in found if d is not c and d.subj_start == m.end() and d.actor.key != c.actor.key), None)


def _after_appeal_object(c: FoundClaim, pos: int, sent: str) -> bool:
    """'Trump called for the ban in December after Farook and his wife killed 14 people': an appeal's content is the
    act it asks for; a subordinate clause after it ("after", "following", "when") tells the occasion in the outlet's
    words, so a count there is not the appellant's, unless a quotation opened after the verb still holds it."""
    return bool(c.claim_type == "appeal" and 0 <= c.verb_end <= pos and c.span[0] >= c.verb_end
                and _SUBORDINATE.search(sent, c.verb_end, pos) and not _in_quote(sent[c.verb_end:pos]))


# "claimed responsibility for the attack", "took credit for", "an attack claimed by X": a group owns up to an act
_CLAIM_VERB = re.compile(r"(?i)claim(?:s|ed|ing)?\b")
# (responsibility owned with no "for" too: "Anti-government group claims responsibility after eight officers die";
# credit needs its "for", "claimed credit, pointing to 500,000 new jobs" is a claim about the count)
_FOR_THE_ACT = re.compile(r"(?i)\s+(?:(?:full|sole)\s+)?(?:responsibility|credit\s+for)\b")
_BY_AGENT = re.compile(r"(?i)\s+by\b")
# what the group says of it after the act ("..., saying it killed 15 soldiers", "..., claiming to have killed")
_SAYS_AFTER = re.compile(r"(?i),\s+(?:\w+ly\s+)?(?:saying|claiming|adding|stating|boasting)\b")
# the agent's own word between it and the count ("an attack claimed by X, which said its fighters killed 12")
_AGENT_SAYS = re.compile(r"(?i)\b(?:said|says|saying|claim(?:s|ed|ing)|stat(?:ed|es|ing)|add(?:ed|s|ing)|boast(?:ed|s|ing))\b")


def _claims_the_act(c: FoundClaim, pos: int, sent: str) -> bool:
    """'al Shabaab has claimed responsibility for an attack in which a US commando was killed and four others were
    wounded', 'Eight Somali soldiers died ..., in an attack already claimed by al-Shabab': a group that owns up to an
    attack claims the deed, not the toll the outlet tells of it; a count the group gives after ('..., saying it
    killed 15') is its own."""
    if not (0 <= c.verb_start < c.verb_end and _CLAIM_VERB.fullmatch(sent, c.verb_start, c.verb_end)):
        return False
    if pos >= c.verb_end and _FOR_THE_ACT.match(sent, c.verb_end):
        return not _SAYS_AFTER.search(sent, c.verb_end, pos) and not _in_quote(sent[c.verb_end:pos])
    if c.subj_start <= c.verb_end or _BY_AGENT.match(sent, c.verb_end) is None:
        return False
    # "an attack claimed by X": the act the group owns up to is the noun before; the count the attack's own clause
    # tells after the agent ("Twin attacks claimed by the Taliban hit a checkpoint ..., killing eight") is the outlet's
    return pos < c.verb_start or pos >= c.subj_end and not _AGENT_SAYS.search(sent, c.subj_end, pos) and \
        not _in_quote(sent[c.subj_end:pos])


def _before_what_clause(c: FoundClaim, pos: int, sent: str) -> bool:
    """'causing what the UN says may be the worst crisis': a claim whose subject follows 'what' speaks only of what
    follows it, not of a count before it."""
    return bool(0 < c.subj_start < c.verb_start and pos < c.subj_start
                and _WHAT_BEFORE.search(sent, max(0, c.subj_start - 8), c.subj_start))


def _after_relative(c: FoundClaim, pos: int, sent: str) -> bool:
    """'Hundreds have reportedly been killed by a new offensive, which the military has said aims to ...': a relative
    clause set off by a comma speaks of its noun only, not of a count before it; so does one without the comma ("Hundreds
    rallied against an operation that residents claim killed many civilians")."""
    return bool(0 < c.subj_start < c.verb_start and pos < c.subj_start
                and (_WHICH_BEFORE.search(sent, max(0, c.subj_start - 10), c.subj_start)
                     or _THAT_BEFORE.search(sent, max(0, c.subj_start - 8), c.subj_start)))


def _in_claimant(c: FoundClaim, pos: int) -> bool:
    """'Family members of the four murder victims expressed outrage': a count inside the claimant's own words describes
    who speaks; the speaker does not claim it."""
    return c.subj_start <= pos < c.subj_end


def _before_fronted_clause(c: FoundClaim, content: tuple[int, int], pos: int, sent: str) -> bool:
    """'in the wake of a shooting that killed 14, Trump proposed barring ...', 'he managed to kill 49 people after the
    bureau determined that he was not a threat': a subordinate clause or a fronted adverbial before the claim's subject
    parts a count before it from a claim whose content follows its verb (`content`: the claim's _content)."""
    return bool(pos < c.subj_start < c.verb_start and content[0] >= c.verb_end
                and _SUBORDINATE.search(sent, 0, c.subj_start))


def _after_trailing_clause(c: FoundClaim, pos: int, sent: str) -> bool:
    """'..., the nominee told Fox after he was asked about the massacre that killed 49': a subordinate clause after a
    trailing tag's verb parts a count in it from the claim, unless a quotation opened after the verb still holds it
    (_in_quote)."""
    return bool(c.span[0] < c.span[1] <= c.subj_start < c.verb_end <= pos
                and (sub := _SUBORDINATE.search(sent, c.verb_end, pos)) and not _in_quote(sent[c.verb_end:pos])
                and not _OWN_TOLL.match(sent, sub.end()))


# "..., the health ministry said Wednesday as its overall toll for Palestinians killed ... neared 30,000": the clause
# tells of the speaker's own count, which stays the speaker's
_OWN_TOLL = re.compile(r"\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:toll|tally|count|figures?)\b")


__all__ = ["extract_claims", "Extraction", "Pending", "begin_extraction", "parse_pending", "finish_extraction"]
