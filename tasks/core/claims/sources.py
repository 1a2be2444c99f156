"""Claimants named through what they published or through their press: "a statement from the
ministry", "the army's report", "a Reuters tally", "local news reports", "The Korea Times",
"an Associated Press journalist in the area".
"""
from __future__ import annotations

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)

from .gazetteer import COUNTRY_NAMES, DEMONYMS
from .groups import demonym_of
from .source_words import (document_issue_words, document_parts, document_words, outlet_short_names,
                           public_broadcaster_words, source_nouns, unnamed_papers)
from .model import Actor
from .patterns import WEEKDAY, alt, is_possessive

# Words for published documents (data/document_words.tsv), as one alternation
_DOC = alt(document_words())
# "a statement from the interior ministry", "figures released by the UN": the publisher speaks. The words between the
# document and its author are data (document_issue_words.tsv), with a year among the modifiers ("a 2014 report from the
# World Bank") and a weekday after the document ("a report Tuesday from WKOW"); a participle of the document after the
# author's name tells when it came out ("a report from TMZ published this week"), and is no part of the name.
_ISSUE = document_issue_words()
_DOC_FROM = re.compile(rf"(?i:(?:(?:a|an|the|its|their|his|her|in\s+a)\s+)?(?:(?:{alt(_ISSUE['modifier'])}|(?:19|20)\d\d)\s+)*"
                       rf"(?:{_DOC})\s+(?:{WEEKDAY}\s+)?(?:(?:{alt(_ISSUE['participle'])})\s+)?(?:from|by|of))\s+(?P<np>.+?)"
                       # ("a report by Amnesty International that said ...": the relative pronoun is the document's)
                       rf"(?:\s+(?:that|which)|\s+(?i:{alt(_ISSUE['participle'])})\s+(?:on|this|last|earlier|in)\s.*)?")
# "the ministry's statement", "Amnesty's latest report".
_DOC_OWNER = re.compile(rf"(?P<np>.+?)(?:'s|’s|')\s+(?i:(?:(?:joint|new|latest|daily|weekly|own|official|preliminary)\s+)*(?:{_DOC}))")
# "a Reuters tally", "the UN report", "an AFP count": a named publisher before the document word.
# The document word is in lower case: a capitalised one is the end of a name ("The Washington Post", "the Jakarta Post").
_DOC_NAMED = re.compile(rf"(?i:a|an|the)\s+(?P<np>[A-Z][\p{{L}}.&-]*(?:\s+[A-Z][\p{{L}}.&-]*){{0,3}})\s+(?:{_DOC})")


# Without an article only data words follow a publisher ("United Nations figures"): "Big Machine Records" is a name.
_DATA_NAMED = re.compile(rf"(?P<np>[A-Z][\p{{L}}.&-]*(?:\s+[A-Z][\p{{L}}.&-]*){{0,3}})\s+(?:{alt(w for w, data in document_words().items() if data)})")
_DOC_WORD = re.compile(rf"(?i)\b(?:{_DOC})\b")
# "a statement on the website of the U.S. Embassy", "a notice posted on the ministry's website", "a post on the Foreign
# Office website": a document on someone's site or account is theirs.
_ON_SITE = r"(?:(?:posted|published|put|released|issued)\s+)?on\s+"
_SITE = r"(?:official\s+)?(?:website|web\s+site|site|web\s?page|page|homepage|account|feed|blog)"
_DOC_LEAD = rf"(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:joint|new|latest|separate|brief|written|official|recent)\s+)*(?:{_DOC})\s+"
_DOC_SITE = (re.compile(rf"(?i:{_DOC_LEAD}{_ON_SITE}(?:the|its|their)\s+{_SITE}\s+of)\s+(?P<np>.+)"),
             re.compile(rf"(?i:{_DOC_LEAD}{_ON_SITE})(?P<np>.+?)(?:'s|’s|')\s+(?i:{_SITE})"),
             re.compile(rf"(?i:{_DOC_LEAD}{_ON_SITE}the\s+)(?P<np>[A-Z][\p{{L}}.&-]*(?:\s+[A-Z][\p{{L}}.&-]*){{0,4}})\s+(?i:{_SITE})"))
# A publisher named by its own words: capitalised words ending in a body's kind ("U.S. Embassy in Bolivia", "the
# Foreign Office"); the words before "in" or "to" place it ("the U.S. Embassy in Bolivia" is the United States')
_NAMED_BODY = re.compile(r"(?:[Tt]he\s+)?(?P<n>(?P<own>(?:[A-Z][\p{L}.&'’-]*\s+|(?:of|for|and|the)\s+){0,5}"
                         r"(?P<h>[A-Z][\p{L}-]+))(?:\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*){0,3})?)")


def document_owner(s: str) -> str | None:
    """The noun phrase of whoever published the document `s` names, or None."""
    if not _DOC_WORD.search(s):
        return None
    for rx in (_DOC_SITE if " on " in s else ()) + (_DOC_FROM, _DOC_OWNER, _DOC_NAMED, _DATA_NAMED):
        if m := rx.fullmatch(s):
            return m.group("np")
    return None


def named_publisher(owner: str, body_nouns: dict[str, str], country_in) -> Actor | None:
    """The body a document's owner names with its own capitalised words ("the U.S. Embassy in Bolivia"), when the
    resolver knows no such body: its head is a body noun (source_nouns.tsv), and only the words before "in" place it
    (the embassy is the United States', not Bolivia's). None for anything else."""
    m = _NAMED_BODY.fullmatch(owner)
    if m is None or body_nouns.get(m.group("h").lower()) != "body":
        return None
    name = m.group("n")
    return Actor(f"org:{name.lower()}", name, "organization", country_in(m.group("own")))


# An author no gazetteer knows, named by its own words: capitalised words with the small words names hold between
# them, one of them an acronym ("WCCO-TV Channel 4", "TMZ", "MOTIE"). Not any capitalised word: "a new report by E!
# News" is cut at "E!" by the sentence splitter, and a bare word may be a common noun opening a phrase.
_OWN_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<n>(?=(?:\S+\s+){0,5}?[A-Z]{2,}(?![\p{Ll}]))[A-Z][\p{L}\d.&'’-]*"
                       r"(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z\d][\p{L}\d.&'’-]*){0,5})")


def named_owner(s: str) -> str | None:
    """The author's name in "a report from WCCO-TV Channel 4", "a report from TMZ" (the document phrase `s`), for an
    author the resolver knows nothing of: still whose the document is (the document's words are no claimant once its
    author is named), when the words after "from" or "by" read as a name and are no place, nation or role (a role's
    holder may be named after it, attribution.py). None for anything else ("a report from the scene"; "the Wrap's
    report": a possessive is the resolver's)."""
    if (doc := _DOC_FROM.fullmatch(s)) is None or (m := _OWN_NAME.fullmatch(doc.group("np"))) is None:
        return None
    name = m.group("n")
    if name in COUNTRY_NAMES or name in DEMONYMS or \
            source_nouns().get(name.split(" of ")[0].rsplit(None, 1)[-1].lower()) == "person":
        return None  # "the Minister of the Interior": a role
    return name


# "a study published in JAMA Pediatrics", "research published in The Lancet": the journal speaks for the study.
_PUBLISHED_IN = re.compile(rf"(?i:(?:(?:a|an|the|one|new|recent)\s+)*(?:{_DOC})\s+(?:published|released|posted|appearing)\s+"
                           rf"(?:[\w,]+\s+){{0,3}}?in\s+(?:the\s+(?=[a-z]))?)(?P<np>(?:The\s+)?[A-Z][\p{{L}}.&'’-]*(?:\s+[A-Z][\p{{L}}.&'’-]*){{0,4}})")
# "court records", "government data", "official figures": records kept by the story's country's institutions.
# Up to two keepers ("federal prison records"); "an official statement" is the government's word.
_KEEPER = (r"court|police|government|official|public|federal|state|hospital|military|census|city|county|prison|election|"
           r"immigration|customs|health|autopsy")
# the records' own nouns (data/document_roles.tsv, part "record"), which also make the cheap test below
_RECORD_WORDS = document_parts()["record"]
_RECORDS = re.compile(rf"(?i:(?:the\s+|an?\s+)?(?P<k>(?:(?:{_KEEPER})\s+)?(?:{_KEEPER}))\s+"
                      rf"(?P<d>{'|'.join(sorted(_RECORD_WORDS, key=lambda w: (-len(w), w)))}))")


# when a source spoke, after its name ("police Monday", "court filings last week"): never part of the name
WHEN = re.compile(rf"\s+(?:on\s+)?(?:(?:(?:last|this|next)\s+)?{WEEKDAY}|today|yesterday|"
                   r"last (?:week|month|year)|this (?:week|month|year))$")


# Cheap test for DESCRIBED: one of its common nouns must be in the phrase.
DESCRIBED_HINT = re.compile(r"(?i)\b(?:magazine|newspaper|daily|weekly|broadcaster|website|news|outlet|journal|channel|network|"
                            r"charity|group|organi[sz]ation|agency|NGO|nonprofit|non-profit|company|firm|tank|watchdog|monitor|"
                            r"union|party|movement|foundation|institute|alliance|coalition|bank|body)\s+[A-Z]")


def document_source(s: str, focus: str | None) -> Actor | None:
    """A claimant that is a publication or a body of records with no named publisher, or None."""
    if " in " in s and (m := _PUBLISHED_IN.fullmatch(s)):
        name = m.group("np")
        return Actor(f"media:{name.lower()}", name, "media", None)
    words = s.lower().split()
    if len(words) < 2 or not _RECORD_WORDS.intersection(words[-3:]):
        return None
    s = WHEN.sub("", s)  # "according to court filings Friday"
    if m := _RECORDS.fullmatch(s):
        name = f"{m.group('k').capitalize()} {m.group('d').lower()}"
        return Actor(f"org:{name.lower()}" + (f"@{focus.lower()}" if focus else ""), name, "organization", focus)
    return None


# "the charity Medical Aid for Palestinians", "the magazine Foreign Policy": a common noun, then the body's name.
_MEDIA_NOUN = r"magazine|newspaper|daily|weekly|broadcaster|website|news site|news outlet|outlet|journal|channel|network"
DESCRIBED = re.compile(rf"(?i:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}?(?:(?P<media>{_MEDIA_NOUN})|charity|group|organi[sz]ation|agency|"
                       rf"NGO|nonprofit|non-profit|company|firm|think tank|watchdog|monitor|union|party|movement|"
                       rf"foundation|institute|alliance|coalition|bank|body)\s+(?P<n>[A-Z][\p{{L}}.&'’-]*"
                       rf"(?:\s+(?:(?:of|for|and|the|on|in)\s+)*[A-Z][\p{{L}}.&'’-]*){{0,6}})")


# "local news reports", "state media", "local media": the press of the story's country.
LOCAL_MEDIA = re.compile(r"(?i)(?:the\s+)?(?:local|state|state-run|national|domestic)\s+(?:news\s+)?(?:media|reports?|press|"
                         r"television|TV|radio|broadcaster|news agency|outlets|newspapers)|(?:local\s+)?(?:news|media|press) reports")


# The state's own press is the state's ("state media", "national television"), and the press "local" places is the
# story's place's ("according to local news reports" in a Tunisian story: Tunisian local media); the unnamed press no
# word places ("media reports", "news reports") takes no country, as a named paper's country is only its own.
_PLACED_PRESS = re.compile(r"(?i)(?:the\s+)?(?:state|state-run|national|domestic|local)\b")


def local_media(s: str, focus: str | None) -> Actor | None:
    if not LOCAL_MEDIA.fullmatch(s):
        return None
    if not _PLACED_PRESS.match(s):
        return Actor("media:local media", "Local media", "media", None)
    name = f"{demonym_of(focus)} local media" if focus else "Local media"
    return Actor(f"media:{name.lower()}", name, "media", focus)


# "a state-run daily", "a local newspaper", "the pro-government weekly": one newspaper of the story's country, not named
# where it speaks (wire copy names it a sentence later: "..., a state-run daily reported. The Herald quoted ...").
# (the modifiers in lower case only: "the Independent newspaper" is a paper's name)
_PAPER_WORDS = unnamed_papers()  # data/unnamed_papers.tsv
UNNAMED_PAPER = re.compile(rf"(?i:an?|the|one)\s+(?P<mod>(?:(?:{alt(_PAPER_WORDS['mod'])})\s+){{1,2}})"
                           rf"(?i:{alt(_PAPER_WORDS['head'])})")


def unnamed_paper(s: str, focus: str | None, text: str) -> Actor | None:
    """The newspaper an unnamed 'a state-run daily' is: the one newspaper the article names by its shape in the
    next few hundred characters, else the phrase itself as a medium of the story's country."""
    if not UNNAMED_PAPER.fullmatch(s):
        return None
    at = (text or "").find(s)
    # named right after it (the next sentence or two), as wire copy does; a paper named elsewhere may be the
    # outlet's own or one a speaker "told"
    after = text[at + len(s): at + len(s) + 400] if at >= 0 else ""
    papers = {m.group("n") for m in _PAPER_SHAPE.finditer(after)}
    papers = {n for n in papers if not re.match(rf"(?:This|That|These|Those|Its|His|Her|Their|Our|Local|State|In|On|At|"
                                                 rf"{WEEKDAY})\b", n)}
    if len(papers) == 1:
        name = papers.pop()
        name = name if name.startswith("The ") or not re.search(rf"\b[Tt]he\s+{re.escape(name)}", after) else "The " + name
        return Actor(f"media:{name.lower()}", name, "media", focus)
    words = s.split(None, 1)[1]
    name = f"{demonym_of(focus)} {words}" if focus else words[:1].upper() + words[1:]
    return Actor(f"media:{name.lower()}", name, "media", focus)


# The words newspapers are named by ("the Irish Examiner", "the Daily Mirror", "the Jamaica Gleaner"), for outlets
# named by their shape (MEDIA_SHAPE) and for the one paper an unnamed "state-run daily" turns out to be (_PAPER_SHAPE)
_PRINT_WORDS = ("Times|Post|Herald|Tribune|Gazette|Chronicle|Globe|Mail|Express|Independent|Observer|Standard|Inquirer|"
                "Mirror|Gleaner|Courier|Advertiser|Dispatch|Sentinel|Bulletin|Statesman|Argus")

# Outlets named by their shape: "The Korea Times", "the Kyiv Post", "Jakarta Globe", "Fox News" ("Medical Examiner" is
# an office).
MEDIA_SHAPE = re.compile(r"(?:[Tt]he\s+)?(?P<n>(?:[A-Z][\p{L}.&'’-]*\s+){1,3}(?:" + _PRINT_WORDS +
                         r"|Journal|Telegraph|Daily|Insider|Monitor|Review|News|Today|Radio|Television|TV|"
                         r"Broadcasting(?: Corporation| Company)?|Broadcaster|Press Agency|News Agency|Wire|(?<!Medical\s)Examiner|"
                         r"Enquirer|Echo))")


# a newspaper by the shape of its name: "The Herald", "the Daily Nation"
_PAPER_SHAPE = re.compile(r"(?P<n>(?:The[^\S\n]+)?(?:[A-Z][\p{L}&'’-]*[^\S\n]+){0,3}(?:" + _PRINT_WORDS +
                          r"|Examiner|Nation|Guardian))\b")


# "the Journal", "the Post", "The News": an outlet called by its last word after the article named it in full
SHORT_OUTLET_WORDS = outlet_short_names()  # data/outlet_short_names.tsv
SHORT_OUTLET = re.compile(rf"[Tt]he\s+(?P<w>{'|'.join(sorted(SHORT_OUTLET_WORDS))})")


def outlet_named_in(word: str, text: str) -> str | None:
    """The full name of the one outlet the text names with `word` last ("Wall Street Journal" for "Journal"), or None
    when it names none or several ("Fox News" and "NBC News" for "the News": a reader could not tell which)."""
    names = set()
    for m in re.finditer(rf"(?:[A-Z][\p{{L}}.&'’-]*\s+){{1,3}}{word}\b", text):
        words = m.group(0).split()
        if ends := [i for i, w in enumerate(words[:-1]) if w.endswith(".") and len(w) > 4]:
            words = words[ends[-1] + 1:]  # "... on Monday.\nThe Chronicle": a sentence's end, not a name's ("U.S.")
        while words and words[0] in ("The", "A", "An", "In", "On", "At", "By", "To", "Per"):
            words.pop(0)
        if len(words) >= 2 and not is_possessive(words[0]):
            names.add(" ".join(words))
    if not names:
        return None
    short = min(names, key=len)  # "Tuesday Wall Street Journal" and "Wall Street Journal": one outlet
    return short if all(n == short or n.endswith(" " + short) for n in names) else None


def media_by_shape(s: str) -> Actor | None:
    m = MEDIA_SHAPE.fullmatch(s)
    if not m or re.match(r"(?:This|That|These|Those|Its|His|Her|Their|Our|Local|State)\b", m.group("n")):
        return None
    name = s if s.startswith("The ") and m.group("n").split()[0] not in ("Associated",) else m.group("n")
    return Actor(f"media:{name.lower()}", name, "media", public_broadcaster_country(name))


# the last words only a newspaper's name ends with ("Hollywood Nation" may be a show, "FBC News" a public broadcaster)
_PRINT_NAMES = frozenset(_PRINT_WORDS.split("|"))


def paper_by_shape(s: str) -> Actor | None:
    """The newspaper a name is by its shape, article or not ("Daily Mirror", "Jakarta Globe", "Daily Star", "Daily
    Nation"), or None; a broadcaster's shape ("FBC News") is left to the readers that place a public one."""
    words = s.split()
    if len(words) < 2 or len(words) > 4 or not all(w[:1].isupper() for w in words) or not (
            words[0] == "Daily" and len(words) <= 3 or words[-1] in _PRINT_NAMES):
        return None
    return Actor(f"media:{s.lower()}", s, "media", None)


def public_broadcaster_country(name: str) -> str | None:
    """The nation a public broadcaster's name holds ("Australian Broadcasting Corporation" -> AU): a state's own
    broadcaster speaks as that state's body; any other outlet has no country (public_broadcaster_words.tsv)."""
    words = name.split()
    if public_broadcaster_words().isdisjoint(words):
        return None
    codes = {DEMONYMS.get(w) or COUNTRY_NAMES.get(w) for w in words} - {None, "EU"}
    return next(iter(codes)) if len(codes) == 1 else None


# "An Associated Press journalist in the area", "a Reuters reporter", "Agence France-Presse journalists" (a plural
# needs no article): the outlet speaks.
JOURNALIST = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?(?P<n>.+?)\s+(?:journalist|reporter|correspondent|photographer|"
                        r"cameraman|crew|team|reporters|journalists)(?:\s+(?:in|at|on|near)\s+.{1,40})?")
