"""What a figure measures, from the words around it: the fallback to the parse and what refines it.

The parse (:mod:`claimcheck.grammar`) names the noun a figure hangs from; these words fill in
where it finds none ("a measure word nearby that no other figure holds") and refine what it
finds: a peak or an average is not the figure plain, an adjective says which dimension a
length is, a small sum with no measure word is a price.
"""

from __future__ import annotations

import re

from .measures import DEAL_NOUNS, MEASURE_QUALIFIERS, MEASURES, PRAISE_WORDS, measure_family
from .measures import WORD_TO_MEASURE as _WORD_TO_MEASURE
from .models import Quantity
from .numbers import SCALE_WORDS
from .qualifiers import FALL_VERBS, RISE_VERBS
from .timeref import MONTHS
from .units import head_noun
from .words import GLOBAL_WORDS, STOPWORDS, TIME_WORDS, place_of, singular

#: A statistic the words before a figure make of it: its peak or its average is not the figure plain.
_STATISTIC_RE = re.compile(
    r"\b(?:(?:an?|the|its|their|with)\s+(?P<noun>average|peak|median|maximum|high)\s+(?:[a-z\-]+\s+){0,2}of"
    r"|(?P<verb>averag|peak)(?:ed|ing|s)\s+(?:at|of)?)\s*(?:about|around|roughly|some|nearly|almost|over)?\s*$",
    re.I,
)
#: A bracketed conversion a figure may carry before the words that say what it is: "30 kilometres (19 miles)".
_CONVERSION = r"(?:[(\[][^)\]]{0,40}[)\]]\s*)?"
#: The adjective after a length that says which dimension it is: "13 kilometers long", "three feet wide",
#: past a bracketed conversion ("3.3 meters (11 feet) tall").
_DIMENSION_RE = re.compile(rf"^\s*{_CONVERSION}(?P<how>wide|long|tall|high|deep|thick|across|in diameter)\b", re.I)
_DIMENSIONS = {"wide": "width", "across": "width", "in diameter": "diameter", "long": "length", "tall": "height"}
_DIMENSIONS |= {"high": "height", "deep": "depth", "thick": "thickness"}


#: A length a compass point or "from" follows is how far a thing is from a place: "40 km northwest of Herat",
#: "30 kilometres (19 miles) from the coast". A bracketed conversion may sit between.
_DISTANCE_RE = re.compile(
    rf"^\s*{_CONVERSION}(?:(?:due\s+)?(?:north|south|east|west)(?:[\s\-]?(?:east|west))?(?:ward)?\s+of"
    r"|(?:away\s+)?from|outside(?:\s+of)?|off(?:\s+the\s+coast\s+of)?)\b(?P<rest>[^,;.()]*)",
    re.I,
)
_PLACE_RE = re.compile(r"\b[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*")
#: Where the place measured from ends: "40 km from Herat on Jan 7", "from Jajarkot in western Nepal".
_PLACE_ENDS_RE = re.compile(r"\s(?:on|in|at|during|when|while|after|before|and|as)\s")
#: "3.3 meters from nose to tail", "from end to end": a length end to end, not a distance from a place.
_END_TO_END_RE = re.compile(rf"^\s*{_CONVERSION}from\s+(?:the\s+)?[a-z]+\s+to\s+(?:the\s+)?[a-z]+\b")


def distance_from(figure: Quantity, after: str) -> tuple[str, str | None] | None:
    """("distance", the place it is measured from, when named) for a length a direction or "from" follows.

    An epicentre "40 km northwest of Herat" and one "30 kilometres northwest of the provincial capital of
    Herat" are one distance from one place; "120 km east of the Iranian border" is another place's.
    """
    if figure.kind != "length":
        return None
    found = _DISTANCE_RE.match(after)
    if found is None or _END_TO_END_RE.match(after):
        return None
    names = _PLACE_RE.findall(_PLACE_ENDS_RE.split(found.group("rest"), maxsplit=1)[0])
    return "distance", (names[-1] if names else None)


def dimension(figure: Quantity, after: str) -> str | None:
    """What a figure measures where its unit or the adjective after it says: "age" for "18-year-old",
    "width" for "three feet wide"; None elsewhere."""
    if figure.unit == "year of age":
        return "age"  # the caller keeps an age's own noun ("retirement age") where the sentence writes one
    if figure.kind in ("money", "percent", "count", "duration", "date"):
        return None
    found = _DIMENSION_RE.match(after)
    return _DIMENSIONS[found.group("how").lower()] if found else None


def priced(figure: Quantity, measure: str | None, clause: str = "") -> str | None:
    """A sum under a million with no measure word ("costs nine euros") is a price, and so is one a price verb
    sets for a thing ("the basic model sells for $799": the basic model's price); else ``measure``."""
    if figure.kind != "money" or figure.unit != figure.unit.split(" per ")[0] or abs(figure.normalized) >= 1e6:
        return measure
    if measure is None:
        return "price"
    family = measure_family(measure)[0]
    if family in MEASURES or measure.split()[-1] in DEAL_NOUNS or not _PRICE_VERB_RE.search(clause):
        return measure
    return f"{measure} price"


_SOLD_FOR_RE = re.compile(
    r"\b(?:sold|sells?|selling|bought|buys?|buying|fetched|fetch(?:es|ing)?|went|goes|auctioned|purchased|"
    r"acquired|changed\s+hands)\b(?:\s+[\w'’\-]+){0,4}?\s+for\s+(?:[a-z]+\s+){0,2}$"
    r"|\bfetch(?:ed|es|ing)?\s+(?:[a-z]+\s+){0,2}$",
    re.I,
)


def sale_price(before: str, figure: Quantity, measure: str | None) -> str | None:
    """What a thing changed hands for is its price: "the painting sold for $450.3 million", "fetched $400
    million", "bought Velto for $44 billion", and a deal's sum a share ("will pay $95 a share"); where the words
    name no other measure. Else ``measure``."""
    if figure.kind != "money":
        return measure
    family = measure_family(measure)[0]
    if figure.unit.endswith(" per share") and family in (None, "sum paid"):
        return "price"  # "Orbex will pay $95 a share for Velto": the price a share
    if family in MEASURES and family != "sum paid":
        return measure
    return "price" if _SOLD_FOR_RE.search(before[-80:]) else measure


def valuation_basis(measure: str | None, sentence: str) -> str | None:
    """A company's worth with the basis its sentence states: "on a fully diluted basis, ... valued at $98 billion"
    is a fully diluted valuation; "surpassed Ford by market cap, reaching a valuation of $104.9 billion" is a
    market value. Two bases of one company's worth are two measures, not one fact misreported."""
    if measure_family(measure)[0] != "valuation" or {"market", "diluted", "fully-diluted"} & set(measure.split()):
        return measure
    if _DILUTED_RE.search(sentence):
        return "fully-diluted valuation"
    if _MARKET_WORTH_RE.search(sentence):
        return "market value"
    return measure


def tally_progress(after: str) -> str | None:
    """How far a count has got, where the words after a figure say: "640 of 650 seats declared", "95% of
    precincts reporting", "99% of votes counted". Such a figure is the count's progress, not any party's total."""
    found = _PROGRESS_RE.match(after)
    return f"{found.group('noun').lower()} {found.group('verb').lower()}" if found else None


_PROGRESS_RE = re.compile(
    r"^\s*(?:of\s+(?:the\s+|all\s+)?(?:[\d,]+\s+)?)?(?:[a-z\-]+\s+)?"
    r"(?P<noun>seats|constituencies|ridings|votes|ballots|precincts|districts|polling\s+stations|results)\s+"
    r"(?P<verb>declared|counted|reported|reporting|tallied|called|in)\b",
    re.I,
)


_DILUTED_RE = re.compile(r"\b(?:fully[\s\-]+)?diluted\b", re.I)
_MARKET_WORTH_RE = re.compile(r"\bmarket[\s\-]+(?:cap|capitali[sz]ation|value|valuation)\b", re.I)


_PRICE_VERB_RE = re.compile(
    r"\b(?:costs?|costing|sells?|sold|selling|retails?|retailing|goes for|go for|priced)\b", re.I
)
_SPAN_UNIT_RE = re.compile(
    r"(?P<words>(?:[A-Za-z][\w\-]*\s+)+)(?P<unit>(?:hours?|days?|minutes?|years?|weeks?|months?))$", re.I
)


def counted_time(figure: Quantity) -> str | None:
    """What a span counts where its own words say, between the number and the unit: "2.8 million H800 GPU
    hours" are GPU hours, a use of machines, not time that passed; None for a plain span."""
    if figure.kind != "duration":
        return None
    number = re.search(r"\d[\d.,]*", figure.text)
    found = _SPAN_UNIT_RE.search(figure.text[number.end() :]) if number else None
    if found is None:
        return None  # "over five years": a plain span
    words = [w.lower() for w in found.group("words").split() if w.isalpha() and not _scale_or_hedge(w.lower())]
    return " ".join([*words, found.group("unit").lower()]) if words else None


def _scale_or_hedge(word: str) -> bool:
    return word in SCALE_WORDS or word in _HEDGE_WORDS


_HEDGE_WORDS = frozenset(
    "about around nearly almost over some roughly more less than just under at least up to a an the".split()
)


def statistic(before: str, kind: str = "count") -> str | None:
    """ "average" or "peak" where the words right before a figure make it one: "an average of", "peaked at".

    A sum's high is a price's extreme of the day ("a high of $55.38"), which the trading moments read.
    """
    found = _STATISTIC_RE.search(before[-60:])
    if found is None:
        return None
    word = (found.group("noun") or found.group("verb")).lower()
    if word == "high" and kind == "money":
        return None
    return {"averag": "average", "high": "peak"}.get(word, word)


#: Nouns and verbs that say a figure moved: "a 40% drop" is a change, not what changed.
_MOVE_WORDS = RISE_VERBS | FALL_VERBS | {"growth"}


def choose_measure(parsed: str | None, worded: str | None, direct: str | None = None) -> str | None:
    """The parse's measure where the measure table knows it, the words say nothing, or it is the noun the
    figure heads ("pay a $355 million fine", "a 44% premium to its price"); else the words'.

    A move noun ("a 40% drop") says the figure is a change: what changed is the words' to say.
    """
    if parsed is None or worded is None:
        return parsed or worded
    head = parsed.split()[-1]
    if direct and direct.split()[-1] == head and head not in _MOVE_WORDS:
        return parsed
    if measure_family(parsed)[0] in MEASURES or measure_family(worded)[0] not in MEASURES:
        return parsed
    return worded


def worded_measure(sentence: str, figure: Quantity, start: int, end: int, figures: list[Quantity] = ()) -> str | None:
    """The noun phrase the figure counts: named right after it, else a measure word nearby that no other
    figure of the sentence holds ("a $145M budget" is that figure's, not the $182M's before it)."""
    after = sentence[figure.end : end]
    held = _held_words(sentence, figure, figures, end)
    direct = phrase_after(after)
    if figure.kind == "count" and figure.unit:
        if direct and singular(direct.split()[-1]) == head_noun(figure.unit):
            return direct
        return figure.unit
    if direct and measure_family(direct)[0] in MEASURES:
        return direct
    taken = re.match(r"^\s+(?:in|of|off|from)\s+(?:the\s+|its\s+|their\s+)?", after)
    if taken and figure.kind == "money":
        phrase = phrase_after(after[taken.end() :])  # "lost $279 billion in market value"
        if phrase and measure_family(phrase)[0] in MEASURES:
            return phrase
    before = sentence[start : figure.start]
    window = [m.group() for m in re.finditer(r"[A-Za-z][\w\-]*", before) if start + m.start() not in held]
    for keywords in (_WORD_TO_MEASURE, ("share", "rate", "proportion", "percentage")):
        for word in reversed(window):
            if word.lower() in keywords:
                return _phrase_around(before, word)
    of_phrase = re.match(r"^\s*of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?P<np>[\w\-’' ]{2,60})", after, re.I)
    if of_phrase and figure.kind == "percent":
        return _content(of_phrase.group("np"))
    own = re.split(r"\b(?:including|excluding|plus|not counting)\b", after)[0]  # "including fees": what it counts
    for match in re.finditer(r"[A-Za-z][\w\-]*", own):
        if match.group().lower() in _WORD_TO_MEASURE and figure.end + match.start() not in held:
            return match.group().lower()
    return direct


def _held_words(sentence: str, figure: Quantity, figures, end: int) -> set[int]:
    """Where the words of the noun phrase right after each other figure start: that figure's own measure."""
    held = set()
    for other in figures:
        if other is figure or other.start == figure.start:
            continue
        tail = sentence[other.end : end]
        phrase = phrase_after(tail)
        if not phrase:
            continue
        for word in phrase.split():
            at = tail.lower().find(word)
            if 0 <= at <= 40:
                held.add(other.end + at)
    return held


def paid_as(after: str, measure: str | None) -> str | None:
    """What a sum paid is, where the words after it say: "pay $200 million in punitive damages" is punitive damages,
    not any sum paid, and "$129 million in compensatory damages" another part of the award."""
    if measure != "sum paid":
        return measure
    found = _PAID_AS_RE.match(after)
    return found.group("what").lower() if found else measure


#: Right after a sum paid: "in punitive damages", "in fines", "in restitution".
_PAID_AS_RE = re.compile(
    r"^\s+in\s+(?P<what>(?:[a-z\-]+\s+)?(?:damages|fines|penalties|restitution|forfeiture|settlements?))\b"
)


def phrase_after(after: str) -> str | None:
    """Lower-case words right after a figure: "weekly active users", "market share"."""
    words = re.findall(r"[A-Za-z][\w\-’']*|[^\sA-Za-z]", after[:80])
    run: list[str] = []
    for word in words[:6]:
        lowered = word.lower()
        if not run and lowered in ("a", "an", "the"):
            continue
        if lowered in GLOBAL_WORDS and word[0].islower():
            continue
        if not _measure_word(word):
            break
        run.append(lowered)
    return " ".join(run) or None


def _phrase_around(before: str, keyword: str) -> str:
    """The words leading up to ``keyword``: "AI diffusion rate" for "diffusion"."""
    words = re.findall(r"[A-Za-z][\w\-’']*|,", before)
    # The keyword was found by a split that stops at apostrophes: "offering" of "offering's".
    found = [i for i, w in enumerate(words) if re.split(r"[’']", w)[0] == keyword]
    if not found:
        return keyword.lower()
    index = found[-1]
    phrase = [keyword.lower()]
    for word in reversed(words[max(0, index - 3) : index]):
        if not _measure_word(word) and not word.isupper():
            break
        phrase.insert(0, word if word.isupper() else word.lower())
    return " ".join(phrase)


def _measure_word(word: str) -> bool:
    """A word that can sit in a measure's noun phrase: not a name, stopword, time word or verb form."""
    lowered = word.lower()
    if not word[:1].isalpha() or word[0].isupper() or lowered in STOPWORDS or lowered in GLOBAL_WORDS:
        return False
    if lowered in PRAISE_WORDS:
        return False  # "a record fee": how notable, not what
    if lowered in TIME_WORDS or lowered in MONTHS:
        return False
    return lowered in MEASURE_QUALIFIERS or not re.search(r"(?:ing|ed|ly)$", lowered) or lowered in _WORD_TO_MEASURE


def _content(text: str) -> str | None:
    """The head of an "of" phrase: "total downloads" from "of total downloads, according to"."""
    words = []
    for word in re.findall(r"[\w\-’']+", text):
        lowered = word.lower()
        if lowered in STOPWORDS:
            if words:
                break
            continue
        if lowered in GLOBAL_WORDS or place_of(word):
            continue
        words.append(lowered)
        if len(words) == 3 or (lowered.endswith("s") and not lowered.endswith("ss")):
            break
    return " ".join(words) or None


def part_measure(measure: str | None, whole: str | None, part: Quantity) -> str | None:
    """A part's count says what befell it by its whole's words: "9.7 million Australians have been caught up in the
    breach, including 5.1 million Medibank customers" counts customers caught up, not a customer base."""
    words, whole_words = (measure or "").split(), (whole or "").split()
    if part.kind != "count" or len(words) != 1 or len(whole_words) < 2 or singular(words[0]) != head_noun(part.unit):
        return measure
    return " ".join([words[0], *whole_words[1:]])


def noun_only_after(sentence: str, end: int) -> bool:
    """After a part's figure, its noun and nothing it does: "including 5.1 million Medibank customers.", not "with 95
    already treated and released"."""
    return _NOUN_ONLY_AFTER_RE.match(sentence, end) is not None


_NOUN_ONLY_AFTER_RE = re.compile(r"(?:\s+[A-Z][\w'’\-]*)*\s+[a-z][\w'’\-]*\s*(?:[.;,:)—–]|$)")
