"""Find number phrases in news English: digits, number words, scaled and vague amounts, qualifiers."""
from __future__ import annotations

from dataclasses import dataclass

from . import lazy_regex as re  # compiled on first use (lazy_regex.py)
from .calendar_words import MONTHS
from .figure_words import about_topic_words, count_qualifiers, number_phrase_pattern, number_word_pattern, number_words, scale_words, vague_amounts
from .patterns import may_hold

# The number words and their values (data/number_words.tsv): cardinals, the scales after words ("two hundred") and
# after digits ("2 lakh"), the fixed phrases ("a dozen", "half a million")
_UNITS = {w: int(v) for w, v in number_words("unit").items()}
_TENS = {w: int(v) for w, v in number_words("ten").items()}
_WORD_SCALES = scale_words("words")
_DIGIT_SCALES = scale_words("digits")
# abbreviations written right after the digits ("5k", "2.3bn"); not a spaced "5 m", which is a length
_SCALES = {**_DIGIT_SCALES, "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
# every number word but "one" (a pronoun too: "One says China has the most, while another says ..."), for readers
# that must not take a count for a name
NUMBER_WORDS = frozenset([w for w in _UNITS if w != "one"] + list(_TENS) + list(_WORD_SCALES) + list(number_words("plural")))
_FIXED = number_words("phrase")
# Amounts that name an order of magnitude but no number: the value stays NULL, qualifier vague (data/vague_amounts.tsv)
VAGUE = vague_amounts()

_WORD = number_word_pattern(plurals=False)
_WORD_SCALE = "|".join(sorted(_WORD_SCALES, key=lambda w: (-len(w), w)))
WORDNUM = rf"{_WORD}(?:[- ]{_WORD})?(?:\s+(?:{_WORD_SCALE})(?:\s+(?:and\s+)?{_WORD})?)?"
# "1,00,000" is the South Asian grouping of 100,000; "3 000", "104 687" the SI grouping (South African, French and
# other outlets) with a space, a no-break or a thin space; a plain space only where no month's name is before the first
# group ("June 15 300 people" is a date and a count)
_MONTH_BEFORE = "|".join(m[:3] + r"(?:\p{L}*\.?)" for m in MONTHS)
_SPACED = (r"\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)|"
           rf"(?<!\b(?:{_MONTH_BEFORE})\s)\d{{1,3}}(?: \d{{3}})+(?![\d\u00a0\u202f\u2009]| \d)")
_DIGITS = rf"\d{{1,2}}(?:,\d{{2}})+,\d{{3}}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_SPACED}|\d+(?:\.\d+)?"
_DIGIT_SCALE = "|".join(sorted(_DIGIT_SCALES, key=lambda w: (-len(w), w)))
_SCALE = rf"(?:\s*(?:{_DIGIT_SCALE})\b|(?:[kK]|m|mn|bn)\b)"

NUMBER = re.compile(
    # (a colon right before digits is a clock's or a score's, "10:30"; before a word a label's: ":Fifteen soldiers")
    rf"(?<![\w.,/$€£-])(?<!:(?=\d))(?!0\d)(?P<num>(?:{_DIGITS}){_SCALE}?|"
    rf"(?i:{number_phrase_pattern()})|"
    rf"(?i:\b{WORDNUM}\b))(?![\w%$€£]|[.,:]\d|-\d|-(?:year|day|week|month|hour|minute|second|mile|meter|metre|km|kilometer|kilometre)|"
    # a number that opens a compound word counts no people: "the two-tiered system", "a three-judge panel", "one-sided";
    # but "a 500-strong crowd", "200-plus", "40-odd" still count
    r"-(?!(?i:strong|plus|odd)\b)\p{L})",
)
VAGUE_RE = re.compile(rf"(?i)\b(?P<num>{'|'.join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True))})\b")

# Qualifiers read from the words just before the number (or "so far" / "not the final" nearby): the phrases of
# data/count_qualifiers.tsv, each qualifier's as one pattern ending at the number.
_QUALS = count_qualifiers()
_QUAL_BEFORE = [
    (re.compile(rf"(?i){guard}\b(?:{'|'.join(_QUALS[q])})\s*$"), q)
    for q, guard in (("at_least", ""), ("more_than", ""), ("up_to", ""),
                     # "informed about 30 people", "news about 12 soldiers": "about" after such a word is a topic, not
                     # an estimate (data/about_topic_words.tsv)
                     ("about", rf"(?<!\b(?:{'|'.join(about_topic_words())})\s)"))
]
# Last words of every qualifier above, for a cheap test before the regexes run.
_QUAL_ENDS = tuple(sorted({p.split()[-1] for ps in _QUALS.values() for p in ps}))
# (a toll "might go up" or "could climb" is a floor too: "A thousand dead, and this number might go up"; an "initial
# toll" (a "provisional toll", in French-speaking Africa's English) and one that "currently stood at" 51 are the count
# so far, not the final number)
_ATLEAST_NEAR = re.compile(r"(?i)\b(?:so far|not (?:yet )?the final|(?:is|was) expected to rise|"
                           r"(?:could|may|might|likely to) (?:rise|go up|climb|increase)|preliminary|thus far|to date|"
                           r"(?:initial|provisional) (?:death )?(?:toll|tally|count|data|figures)|currently (?:stood|stands) at)\b")
# one word of each _ATLEAST_NEAR phrase, a whole [a-z] run wherever the phrase matches (lower_words): a sentence with
# none of them is not scanned (the phrases are tried at every word of every sentence with a count: ~1.5% of extraction)
_NEAR_WORDS = frozenset("far final expected could may might likely preliminary date initial provisional currently".split())


_OR_MORE = re.compile(r"(?i)\s+or\s+(?:more|greater)\b")


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    text: str
    value: float | None
    qualifier: str  # exact at_least more_than about up_to vague
    qual_start: int  # start including the qualifier words, for span reporting


_SCALED = re.compile(rf"({_DIGITS})\s*({_DIGIT_SCALE}|k|m|mn|bn)?")
_SEPARATORS = re.compile(r"[,\s]")  # thousands separators and spaces inside a number


def parse_value(s: str) -> float | None:
    t = s.strip().lower().replace("-", " ")
    if t in _FIXED:
        return float(_FIXED[t])
    m = _SCALED.fullmatch(t)
    if m:
        v = float(_SEPARATORS.sub("", m.group(1)))
        return v * _SCALES[m.group(2)] if m.group(2) else v
    total, cur = 0.0, 0.0
    for w in t.replace(" and ", " ").split():
        if w in _UNITS:
            cur += _UNITS[w]
        elif w in _TENS:
            cur += _TENS[w]
        elif (f := _WORD_SCALES.get(w)) is not None and f < 1000:  # "two hundred", "two dozen": within a group of three digits
            cur = max(cur, 1) * f
        elif f is not None:  # "thousand", "million": closes a group
            total += max(cur, 1) * f
            cur = 0
        else:
            return None
    return total + cur


def find_amounts(sentence: str) -> list[Amount]:
    """Every number-like phrase in the sentence, with its qualifier."""
    out: list[Amount] = []
    taken: list[tuple[int, int]] = []
    near: bool | None = None  # "so far", "preliminary" somewhere in the sentence
    for m in VAGUE_RE.finditer(sentence):
        # "thousands of", "several hundred", "a handful of": an order of magnitude, no number
        out.append(Amount(m.start(), m.end(), m.group(0), None, "vague", m.start()))
        taken.append((m.start(), m.end()))
    for m in NUMBER.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        text = m.group("num")
        value = parse_value(text)
        if value is None:
            continue
        before = sentence[max(0, m.start() - 40): m.start()]
        qual, qstart = "exact", m.start()
        if before.rstrip().lower().endswith(_QUAL_ENDS):  # most numbers have no qualifier: skip the regexes
            for rx, q in _QUAL_BEFORE:
                qm = rx.search(before)
                if qm:
                    qual, qstart = q, m.start() - (len(before) - qm.start())
                    break
        if qual == "exact" and _OR_MORE.match(sentence, m.end()):  # "a million or more Uighurs"
            qual = "at_least"
        if qual == "exact":
            if near is None:
                near = may_hold(_NEAR_WORDS, sentence) and _ATLEAST_NEAR.search(sentence) is not None
            qual = "at_least" if near else qual
        out.append(Amount(m.start(), m.end(), text, value, qual, qstart))
    for m in _HYPHEN_RANGE.finditer(sentence):
        # "20-30 people were killed": NUMBER reads neither end of a hyphenated range (a number touching a hyphen is
        # a score, a date or a compound); a rising pair of counts that are not years is a range, each end an amount
        lo, hi = (parse_value(m.group(g)) for g in ("lo", "hi"))
        if lo is None or hi is None or not lo < hi or any(a <= m.start() < b for a, b in taken) or any(
                x.start < m.end() and m.start() < x.end for x in out) or any(
                1800 <= v <= 2100 and "," not in t for v, t in ((lo, m.group("lo")), (hi, m.group("hi")))) or \
                _AGE_WORD.search(sentence, max(0, m.start() - 12), m.start()):
            continue
        out.append(Amount(m.start("lo"), m.end("lo"), m.group("lo"), lo, "exact", m.start("lo")))
        out.append(Amount(m.start("hi"), m.end("hi"), m.group("hi"), hi, "exact", m.start("hi")))
    out.sort(key=lambda a: a.start)
    return out


_HYPHEN_RANGE = re.compile(r"(?<![\w.,/:$€£-])(?P<lo>\d{1,3}(?:,\d{3})*)[-–](?P<hi>\d{1,3}(?:,\d{3})*)(?![\w%$€£-]|[.,]\d)")
_AGE_WORD = re.compile(r"(?i)\b(?:aged?|ages)\s+$")
