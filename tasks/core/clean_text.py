"""Split a copy-pasted plain-text news article into labelled lines and lift its metadata."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from tasks.core.article import CleanedDoc
from tasks.core.media import credit_agencies, credit_capitals_only, photo_sources

# Wire agencies (lower-cased spelling -> short name: "the associated press" -> "AP"), the acronyms that
# are also ordinary words or initials and count only in capitals ("ap", "pa"), and photo sources that
# are not news agencies: all from the one media table (tasks/core/data/media.tsv).
_AGENCY_NAMES = credit_agencies()
_CASE_SENSITIVE_AGENCIES = credit_capitals_only()
_PHOTO_SOURCES = photo_sources()
_CONNECTORS = {"of", "the", "via", "and", "for", "de", "del", "la", "von", "van", "&", "on", "at"}

_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+(?=[\"“‘«(]*[A-Z0-9])")
# "Copyright © 2024 ...", "© The Times", "(c) 2024 ..." but not "Copyright lawyers said ...".
_COPYRIGHT_START = r"(?:copyright\s*(?:©|\(c\)|(?:19|20)\d\d)|©|\(c\)\s*(?:19|20)\d\d)"

_BOILERPLATE_START = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|story continues below|continue reading"
    r"|scroll (?:down )?to continue|skip (?:to|ad)|listen to (?:this )?(?:article|story)"
    r"|\d+\s*min(?:ute)?s?\s+read|(?:read|see) (?:more|also)\b|also read\b|more (?:from|on|stories|news)\b"
    r"|related(?: articles| stories| coverage| content| reading| topics)?\s*(?:[:\-–—]|$)"
    r"|most (?:read|popular|viewed)\b|recommended(?: for you)?\s*(?:[:\-–—]|$)|watch\s*[:\-–—]"
    r"|leave a (?:comment|reply)|comments? (?:are closed|\(\d+\))|comments?$|\d+ comments?$"
    r"|(?:view|show|load|read) (?:all )?comments|join the (?:conversation|discussion)"
    r"|share (?:this|on|via|the|article|story)\b|you can share|share$|(?:tweet|email|print|whatsapp|copy link)$"
    r"|sign up\b|subscribe\b|register (?:now|for)\b"
    r"|(?:get|receive) (?:our|the)\b.*\b(?:newsletter|alerts?|updates)"
    r"|follow (?:us|our)\b|" + _COPYRIGHT_START + r"|your email address will not be published"
    r"|required fields are marked|we use cookies|(?:accept|manage) (?:all )?cookies|click here|tap here"
    r"|download (?:our|the) app|stay informed|don[’']?t miss\b|support (?:our|independent)\b"
    r"|(?:topics|tags|filed under)\s*:|our standards\s*:|report an (?:error|issue)"
    r"|this article was (?:first )?published"
    r"|trending\b.{0,30}$|https?://\S+$|pic\.twitter\.com/|[-–—]\s*.{1,60}\(@\w+\))",
    re.IGNORECASE,
)
# Words that betray a footer or promo blurb anywhere in a short line.
_BOILERPLATE_ANYWHERE = re.compile(
    r"\b(?:all rights reserved|unsubscribe|read our|editorial charter|straight to your inbox"
    r"|delivered to your inbox)\b", re.IGNORECASE)
# Promo blurbs name a newsletter or subscription together with a call to action; news about
# subscriptions ("Netflix added 9 million subscriptions") does not.
_PROMO_OBJECT = re.compile(r"\b(?:newsletters?|subscriptions?)\b", re.IGNORECASE)
_PROMO_CALL = re.compile(r"\b(?:sign up|subscribe|free|inbox|arrives?|delivered|every (?:morning|day|week)|daily"
                         r"|weekly|get our|receive)\b", re.IGNORECASE)
# Footer link rows: "Terms of Use Privacy Policy" (no sentence punctuation).
_FOOTER_LINKS = re.compile(r"\b(?:cookies? policy|privacy policy|terms of (?:use|service))\b", re.IGNORECASE)
# Lines after which the article is over: only footer, credits and boilerplate follow.
_END_MARKER = re.compile(
    r"^(?:leave a (?:comment|reply)|comments? are closed|" + _COPYRIGHT_START + r"|all rights reserved"
    r"|your email address will not be published|reporting by\b|editing by\b|our standards\s*:)",
    re.IGNORECASE,
)
_PHOTO_PREFIX = re.compile(
    r"^[(\[]?\s*(?:(?:main|top|cover|header|featured|lead|file)\s+)?"
    r"(?:photo(?:graph)?s?|image|picture|pic|video|illustration)(?:\s+(?:source|credit|by))?\s*[:\-–—]"
    r"|^[(\[]?\s*(?:photo|image|picture)s?\s+(?:by|courtesy)\b|^[(\[]?\s*credit\s*:"
    r"|^(?:image|photo|picture) (?:source|credit)\s*,",  # BBC: "Image source, Getty Images"
    re.IGNORECASE,
)
_CAPTION_PREFIX = re.compile(r"^(?:image|photo|picture|video) caption\s*[,:]", re.IGNORECASE)
_EMBEDDED_PHOTO_CREDIT = re.compile(
    r"(?:[.!?]\s+|\s\(|\s[|–—-]\s|\s)(?:photo(?:graph)?|image|picture|credit)s?\s*(?::|\s+by\b)\s*\S.*$",
    re.IGNORECASE)
# Capitalised name groups separated by slashes at the end of a line: "PAP / EPA / ROMAN ISMAYILOV".
_SLASH_CREDIT = re.compile(r"[A-Z][\w.&'’-]*\s*/\s*[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+)*\s*\)?$")
_SIGNOFF = re.compile(
    r"^[(\[]?\s*(?:[-–—]+\s*)?(?:with (?:inputs? |additional reporting |reporting )?(?:from |by )?"
    r"|additional reporting by |source\s*:\s*)?(?P<rest>[^()\[\]]{1,80}?)\s*[)\]]?\.?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?i:by|written by|words by)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|bin|al-\w+))*"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*?)"
    r"(?:\s*(?:,|\||–|—|-|\bfor\b|\bin\b)\s*(?P<org>.+))?$",
)
_WIRE_LEAD = re.compile(r"^(?P<place>[^()]{0,80}?)\s*\((?P<ag>[^()]{2,40})\)\s*[-–—]")
_COPYRIGHT = re.compile(
    r"(?:copyright|©|\(c\))\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?(?P<name>[^.|©]+)",
    re.IGNORECASE,
)
_LEGAL_SUFFIX = re.compile(
    r"(?:,?\s+(?:or its affiliated companies|pty\.? ltd|ltd|limited|inc|llc|plc|gmbh|corp(?:oration)?)\.?)+$",
    re.IGNORECASE)

_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_DATELINE_WORDS = set(_MONTHS) | set(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "updated update published posted last modified on at ago hour hours hr hrs minute minutes min mins second "
    "seconds day days week weeks yesterday today just now gmt utc bst cet cest eet eest est edt et pt pst pdt "
    "aest aedt ist msk local time am pm a m p h d w s st nd rd th".split())
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\.?\b", re.IGNORECASE)
# A place dateline on its own line: "RAMALLAH, West Bank".
_PLACE_DATELINE = re.compile(
    r"^[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,2},\s*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}$")
_STAMP = re.compile(r"\b(?:published|updated|posted|modified)\b", re.IGNORECASE)
_MONTH_DAY = re.compile(r"\b(?:%s)\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:%s)\b" % ("|".join(_MONTHS), "|".join(_MONTHS)),
                        re.IGNORECASE)
_DATE_NUMERIC = re.compile(r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\b")


@dataclass
class _Line:
    text: str  # as in the input, surrounding whitespace stripped
    norm: str  # NFKC, single spaces: what the rules look at
    words: int
    terminal: bool
    sentences: int


def clean_plain_text(raw: str) -> CleanedDoc:
    """Label every non-empty line of a pasted article and collect title, body text and metadata."""
    lines = _split_lines(raw)
    labels = _label_lines(lines)
    doc = CleanedDoc(title=None, text="", lines=[(lab, ln.text) for lab, ln in zip(labels, lines)])
    doc.title = next((ln.text for lab, ln in zip(labels, lines) if lab == "title"), None)
    doc.text = "\n".join(ln.text for lab, ln in zip(labels, lines) if lab in ("standfirst", "body", "subheading"))
    _lift_metadata(doc, lines, labels)
    return doc


# ---------------------------------------------------------------- line features

def _split_lines(raw: str) -> list[_Line]:
    out = []
    for text in (raw or "").lstrip("\ufeff").splitlines():
        text = text.strip().strip("\u200b\u200c\u200d\ufeff\u2060").strip()
        if text:
            out.append(_make_line(text))
    return out


def _make_line(text: str) -> _Line:
    norm = " ".join(unicodedata.normalize("NFKC", text).split())
    return _Line(text=text, norm=norm, words=len(_WORD.findall(norm)),
                 terminal=bool(_TERMINAL.search(norm)), sentences=len(_SENTENCE_END.findall(norm)) + 1)


def _agency(name: str) -> str | None:
    """Normalised agency for a name exactly like one ("AFP", "the Associated Press"), else None."""
    key = " ".join(name.strip(" .,;:-–—()[]").split()).lower()
    if key not in _AGENCY_NAMES:
        return None
    if key in _CASE_SENSITIVE_AGENCIES and not name.strip(" .,;:-–—()[]").isupper():
        return None
    return _AGENCY_NAMES[key]


def _agencies_in_list(text: str) -> list[str] | None:
    """Agencies of a credit like "AFP/Reuters" or "AP and Reuters"; None if any part is not one."""
    parts = [p for p in re.split(r"\s*(?:/|,|&|\band\b|\bvia\b)\s*", text) if p.strip()]
    found = [_agency(p) for p in parts]
    return found if found and all(found) else None


def _is_boilerplate(ln: _Line) -> bool:
    if _BOILERPLATE_START.search(ln.norm):
        return True
    if ln.words > 30:
        return False
    return bool(_BOILERPLATE_ANYWHERE.search(ln.norm)
                or _PROMO_OBJECT.search(ln.norm) and _PROMO_CALL.search(ln.norm)
                or not ln.terminal and _FOOTER_LINKS.search(ln.norm))


def _is_dateline(ln: _Line) -> bool:
    if ln.words > 15 or ln.words == 0:
        return False
    if _PLACE_DATELINE.match(ln.norm):
        return True
    if (_STAMP.search(ln.norm) and not re.search(r"[^m]\.$", ln.norm)
            and (_TIME.search(ln.norm) or _DATE_NUMERIC.search(ln.norm) or _MONTH_DAY.search(ln.norm))):
        return True  # "CNN (New York) First published February 1, 2016: 1:28 AM ET"
    tokens = re.findall(r"[a-z]+|\d+", ln.norm.lower())
    if not all(t.isdigit() or t in _DATELINE_WORDS for t in tokens):
        return False
    has_month = any(t in _MONTHS for t in tokens) and any(t.isdigit() for t in tokens)
    return bool(_TIME.search(ln.norm) or _DATE_NUMERIC.search(ln.norm) or has_month or "ago" in tokens)


def _byline(ln: _Line) -> re.Match | None:
    """"By Jane Smith, Reuters", also after a date: "Tuesday 15 October 2019 by Jane Smith"."""
    if ln.words > 14 or ln.terminal and not ln.norm.endswith("."):
        return None
    m = _BYLINE.match(ln.norm)
    if m is None:
        parts = re.split(r"\s+(?=(?i:by)\s)", ln.norm, maxsplit=1)
        if len(parts) == 2 and _is_dateline(_make_line(parts[0])):
            m = _BYLINE.match(parts[1])
    return m


def _is_credit_only(text: str) -> bool:
    """A line made only of names of photographers, agencies and photo sources ("AFP via Getty Images")."""
    words = _WORD.findall(text)
    if not words or len(words) > 10 or re.search(r"\d", text):
        return False
    if any(w.lower() not in _CONNECTORS and not w[0].isupper() and not w[0].isdigit() for w in words):
        return False
    return any(w.lower() in _PHOTO_SOURCES or _agency(w) for w in words) or "/" in text


def _credit_kind(ln: _Line) -> str | None:
    """'byline', 'photo' (picture credit), 'wire' (bare agency credit) or 'signoff' (end-of-story credit)."""
    text = ln.norm
    if _byline(ln):
        return "byline"
    if _PHOTO_PREFIX.search(text):
        return "photo"
    if ln.words <= 8 and re.match(r"^[-–—]+\s*\S", text):
        m = _SIGNOFF.match(text)
        if m and (_agencies_in_list(m.group("rest")) or re.match(r"^[-–—]+\s*with\b", text, re.I)):
            return "signoff"
    if ln.words <= 30 and (re.match(r"^[(\[]?(?:reporting|editing|writing|additional reporting) by\b", text, re.I)
                           or re.search(r"\bcontributed (?:to )?(?:this )?(?:report|story|article)", text, re.I)):
        return "signoff"
    if re.match(r"^[(\[]?\s*(?:with (?:inputs?|reporting)|source\s*:)", text, re.I) and ln.words <= 8:
        return "signoff"
    if ln.words <= 6:
        m = _SIGNOFF.match(text)
        if m and _agencies_in_list(m.group("rest")):
            return "wire"
    if not ln.terminal and _is_credit_only(text):
        return "photo"
    return None


def _has_embedded_credit(ln: _Line) -> bool:
    """A caption that carries its own credit: "Smoke over Kyiv. Photo: Jane Doe/AFP", "... PAP / EPA / NAME"."""
    if ln.terminal or ln.words > 45:
        return False
    if _SLASH_CREDIT.search(ln.norm) and "//" not in ln.norm:
        return True
    m = _EMBEDDED_PHOTO_CREDIT.search(ln.norm)
    return bool(m and m.start() > 0)


# ---------------------------------------------------------------- labelling

def _intrinsic(ln: _Line) -> str | None:
    """Labels a line earns by its own shape, before context is considered."""
    if _is_boilerplate(ln):
        return "boilerplate"
    if _credit_kind(ln):
        return "credit"
    if _is_dateline(ln):
        return "dateline"
    if _has_embedded_credit(ln) or _CAPTION_PREFIX.match(ln.norm):
        return "caption"
    return None


def _is_name_line(ln: _Line) -> bool:
    words = _WORD.findall(ln.norm)
    return (not ln.terminal and 1 <= len(words) <= 5
            and all(w[0].isupper() or w.lower() in _CONNECTORS for w in words))


def _is_bodylike(ln: _Line) -> bool:
    return ln.terminal and ln.words >= 6 or ln.words >= 20


def _looks_like_title(ln: _Line, next_label: str | None) -> bool:
    """Headlines rarely end in a full stop; one that does must be short or set off by a dateline/byline."""
    if ln.words > 40 or ln.words < 2 or ln.norm.endswith(":"):
        return False
    if not ln.terminal:
        return True
    return ln.words <= 30 and ln.sentences <= 2 and (ln.words <= 15 or next_label in ("dateline", "credit"))


def _is_short_heading(ln: _Line) -> bool:
    if ln.terminal and not (ln.norm.endswith("?") and ln.words <= 8) or ln.norm.endswith((":", ",", ";")):
        return False
    first = ln.norm.lstrip("\"'“‘«(")[:1]
    # Quotes and list items are paragraphs, whatever their length.
    is_item = re.match(r"^[\"“‘«•*·–-]", ln.norm)
    return 1 <= ln.words <= 14 and (first.isupper() or first.isdigit()) and not is_item


def _label_lines(lines: list[_Line]) -> list[str]:
    n = len(lines)
    labels: list[str | None] = [_intrinsic(ln) for ln in lines]
    kinds = [_credit_kind(ln) if lab == "credit" else None for ln, lab in zip(lines, labels)]
    end = _story_end(lines, labels, kinds)

    def body_follows(i: int) -> bool:
        return any(labels[j] is None and _is_bodylike(lines[j]) for j in range(i + 1, end))

    # A bare agency line is a photo credit when the story goes on after it, else the story's sign-off.
    end = next((i for i in range(end) if kinds[i] == "wire" and not body_follows(i)), end)
    for i in range(end + 1, n):
        if labels[i] != "credit":
            labels[i] = "boilerplate"

    text_idx = [i for i in range(end) if labels[i] is None]
    title_i = _find_title(lines, labels, text_idx, end)
    if title_i is not None:
        labels[title_i] = "title"

    started = in_list = False
    for pos, i in enumerate(text_idx):
        if i == title_i:
            continue
        ln = lines[i]
        if title_i is not None and ln.norm.casefold() == lines[title_i].norm.casefold():
            labels[i] = "boilerplate"  # the headline pasted twice (page heading + article heading)
            continue
        # Short lines after "The victims were:" are list items, however much they look like headings.
        in_list = in_list and (not _is_bodylike(ln) or ln.words <= 12)
        if in_list:
            labels[i] = "body"
            continue
        in_list = started and ln.norm.endswith(":")
        credit_next = i + 1 < end and kinds[i + 1] in ("photo", "wire")
        if credit_next and ln.words <= 40 and ln.sentences <= 2:
            labels[i] = "caption"
        elif not started and i > 0 and kinds[i - 1] == "byline" and _is_name_line(ln):
            labels[i] = "credit"  # the byline's second line: "BBC News"
        elif not started and title_i is not None and _is_standfirst(lines, labels, i, title_i, end):
            labels[i] = "standfirst"
            started = True
        elif started and _is_subheading(lines, text_idx, pos) and body_follows(i):
            labels[i] = "subheading"
        elif started and not ln.terminal and not in_list and ln.words <= 12 and not body_follows(i):
            labels[i] = "boilerplate"  # promo line between the last paragraph and the footer
        else:
            labels[i] = "body"
            started = True
    return [lab or "body" for lab in labels]


def _find_title(lines: list[_Line], labels: list, text_idx: list[int], end: int) -> int | None:
    """The first text line, if it reads as a headline and something follows it."""
    if len(text_idx) < 2:
        return None
    first = text_idx[0]
    next_label = next((labels[j] for j in range(first + 1, end) if labels[j] != "boilerplate"), None)
    return first if _looks_like_title(lines[first], next_label) else None


def _is_subheading(lines: list[_Line], text_idx: list[int], pos: int) -> bool:
    """A short heading line on its own; runs of short lines, or lines after a colon, are list items."""
    ln = lines[text_idx[pos]]
    if not _is_short_heading(ln):
        return False
    prev = lines[text_idx[pos - 1]] if pos > 0 else None
    nxt = lines[text_idx[pos + 1]] if pos + 1 < len(text_idx) else None
    if prev is not None and (prev.norm.endswith(":") or _is_short_heading(prev) and pos - 1 > 0):
        return False
    return nxt is None or not _is_short_heading(nxt)


def _story_end(lines: list[_Line], labels: list, kinds: list) -> int:
    """Index of the sign-off or footer marker that ends the story (len(lines) if none).

    A marker followed by real paragraphs is not the end: a strong one (agency sign-off, copyright,
    comments) tolerates one footer blurb, a weak one ("Source: ..." under a chart) none."""
    seen_body = False
    for i, ln in enumerate(lines):
        if labels[i] is None and _is_bodylike(ln):
            seen_body = True
            continue
        if not seen_body:
            continue
        strong = (kinds[i] == "signoff" and not re.match(r"^[(\[]?\s*source\s*:", ln.norm, re.I)
                  or labels[i] == "boilerplate" and _END_MARKER.search(ln.norm))
        weak = kinds[i] == "signoff"
        if strong or weak:
            paragraphs_after = sum(labels[j] is None and lines[j].terminal and lines[j].words >= 10
                                   for j in range(i + 1, len(lines)))
            if paragraphs_after < (2 if strong else 1):
                return i
    return len(lines)


def _is_standfirst(lines: list[_Line], labels: list, i: int, title_i: int, end: int) -> bool:
    """The summary line right under the headline: unpunctuated, or set off by a byline/dateline."""
    between = labels[title_i + 1:i]
    if any(lab not in ("dateline", "credit", "boilerplate") for lab in between):
        return False
    ln = lines[i]
    if ln.words < 8 or ln.words > 60 or ln.sentences > 3:
        return False
    if not ln.terminal and ln.norm[-1:].isalnum():
        return any(labels[j] is None and _is_bodylike(lines[j]) for j in range(i + 1, end))
    after = next((j for j in range(i + 1, end) if labels[j] != "boilerplate"), None)
    return after is not None and labels[after] in ("dateline", "credit") and not between


# ---------------------------------------------------------------- metadata

def _lift_metadata(doc: CleanedDoc, lines: list[_Line], labels: list[str]) -> None:
    lead_agency = trailing_agency = credit_agency = copyright_agency = None
    text_lines_seen = 0
    for lab, ln in zip(labels, lines):
        if lab == "dateline" and doc.dateline is None:
            doc.dateline = ln.text
            doc.published_at = _parse_date(ln.norm)
        elif lab == "credit":
            by = _byline(ln)
            if by and doc.author is None:
                doc.author = by.group("name").strip()
                stamp = ln.norm[:len(ln.norm) - len(by.string)].strip()
                if stamp and doc.dateline is None:
                    doc.dateline, doc.published_at = stamp, _parse_date(stamp)
                org = by.group("org") or ""
                credit_agency = credit_agency or (_agencies_in_list(org) or [None])[0]
                continue
            kind = _credit_kind(ln)
            if kind in ("wire", "signoff"):
                m = _SIGNOFF.match(ln.norm)
                found = _agencies_in_list(m.group("rest")) if m else None
                if found and kind == "signoff":
                    trailing_agency = trailing_agency or found[0]
                elif found:
                    credit_agency = credit_agency or found[0]
        elif lab in ("body", "standfirst"):
            text_lines_seen += 1
            # "KYIV, Ukraine (AP) —" opens the story; an agency in brackets further down is a quote.
            m = _WIRE_LEAD.match(ln.norm) if text_lines_seen <= 2 and lead_agency is None else None
            found = _agencies_in_list(m.group("ag")) if m else None
            if found:
                lead_agency = found[0]
                place = m.group("place").strip(" ,")
                if doc.dateline is None and place:
                    doc.dateline = place
        elif lab == "boilerplate" and doc.outlet is None:
            name = _copyright_holder(ln.norm)
            if name and _agency(name):
                copyright_agency = _agency(name)
            elif name:
                doc.outlet = name
    doc.wire_agency = lead_agency or trailing_agency or credit_agency or copyright_agency


def _copyright_holder(text: str) -> str | None:
    m = _COPYRIGHT.search(text)
    if not m:
        return None
    name = re.split(r"\s+all rights reserved", m.group("name"), flags=re.I)[0]
    name = _LEGAL_SUFFIX.sub("", name.strip(" ,;:-–—")).strip(" ,;:-–—")
    if not name or not re.match(r"[A-Z0-9]", name) or len(name.split()) > 8:
        return None
    return name


def _parse_date(text: str) -> str | None:
    """ISO date of a dateline that spells out a full date; None for bare times like "Updated 15:18"."""
    m = re.search(r"\b(\d{4})([-./])(\d{1,2})\2(\d{1,2})\b", text)  # "2024-03-03", "Published: 2012.08.08"
    if m:
        return _iso(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    if m := re.search(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b", text):
        return _numeric_date(int(m.group(4)), int(m.group(1)), int(m.group(3)), m.group(2))
    low = text.lower()
    months = {name: i % 12 + 1 for i, name in enumerate(_MONTHS[:12])}
    months.update({name: [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12][i] for i, name in enumerate(_MONTHS[12:])})
    pattern = "|".join(sorted(months, key=len, reverse=True))
    m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({pattern})\.?,?\s+(\d{{4}})\b", low)
    if m:
        return _iso(int(m.group(3)), months[m.group(2)], int(m.group(1)))
    m = re.search(rf"\b({pattern})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", low)
    if m:
        return _iso(int(m.group(3)), months[m.group(1)], int(m.group(2)))
    return None


def _numeric_date(year: int, first: int, second: int, sep: str) -> str | None:
    """ISO date of a stamp in figures with the year last ("Article posted on 08.07.2012", "Originally published
    05/03/2013"). A part above 12 is the day; else dots write the day first (the European order: "08.07.2012" is
    8 July), and slashes stay unread, since the US writes the month first and Britain the day."""
    if first > 12 or sep == "." and second <= 12:
        return _iso(year, second, first)
    if second > 12:
        return _iso(year, first, second)
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
