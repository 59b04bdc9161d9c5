"""Split documents into sentences (claims) and read the figures each one states.

pysbd handles the abbreviations and decimals news copy is full of ("U.S.", "Ltd.",
"$0.028"), but slows badly on long texts, so it is fed one paragraph at a time.

A sentence whose figures cannot be read costs that sentence, not the run: it is kept as
a claim without figures and the failure is noted in its document's ``warnings``.
``strict=True`` raises :class:`StageError` instead, for developers who want to see it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from functools import lru_cache

from .context import describe
from .engine import SerialEngine, chunks
from .entities import entity_kinds, main_entity
from .errors import StageError
from .grammar import figure_grammar
from .measures import MEASURES, measure_family
from .models import Claim, Document, Quantity, StageWarning
from .parsing import parse, parse_all, parsed_pos
from .quantities import read_figures
from .ranks import read_ranks
from .words import singular

_DIGIT_RE = re.compile(r"\d")
#: Sentences an article's main entity is looked for in: the headline and the lead.
_LEAD_SENTENCES = 8
#: Documents per partition of work when an engine spreads the reading over workers.
DOCUMENTS_PER_PARTITION = 32
#: Longest claim, in characters. A paragraph without sentence punctuation (a table pasted as
#: text, a list of results) is one pysbd "sentence" of any length; reading its figures costs
#: time in proportion to its length for each figure (38 s for 20,000 characters with 750
#: figures), and the embedding model reads only its first 256 tokens anyway. Longer spans
#: are cut at a clause break (";", ",") or a space before this length.
MAX_SENTENCE_CHARS = 1000


def extract_claims(documents, progress=None, *, engine=None, strict: bool = False) -> list[Claim]:
    """Every sentence of every readable document, with its figures described.

    The claims of :func:`read_claims`, without the documents' warnings.
    """
    return read_claims(documents, progress, engine=engine, strict=strict)[1]


def read_claims(documents, progress=None, *, engine=None, strict: bool = False) -> tuple[list[Document], list[Claim]]:
    """The documents, each with the ``warnings`` of what could not be read, and their claims.

    ``progress`` is an optional callable called with each document once done.
    ``engine`` (:mod:`claimcheck.engine`) reads partitions of documents in parallel; the
    claims come back in document order either way. A sentence whose figures fail to read
    is kept without figures and noted in its document's ``warnings``; with ``strict`` it
    raises :class:`StageError`, in worker processes too.
    """
    partitions = chunks(list(documents), DOCUMENTS_PER_PARTITION)
    read: list[Document] = []
    claims: list[Claim] = []
    for part, found in zip(partitions, (engine or SerialEngine()).map(_partition_claims, partitions, strict)):
        for document, (warnings, found_claims) in zip(part, found):
            read.append(replace(document, warnings=document.warnings + warnings) if warnings else document)
            claims.extend(found_claims)
            if progress:
                progress(document)
    return read, claims


def _partition_claims(strict, documents: list[Document]) -> list[tuple[tuple[StageWarning, ...], list[Claim]]]:
    # Only the warnings travel back from a worker, not the documents' texts.
    found = []
    for document in documents:
        if document.skipped is not None:
            found.append(((), []))
            continue
        read, claims = read_document(document, strict=strict)
        found.append((read.warnings[len(document.warnings) :], claims))
    return found


def document_claims(document: Document) -> list[Claim]:
    """The sentences of one document with character offsets into its text; raises on any failure."""
    return read_document(document, strict=True)[1]


def read_document(document: Document, *, strict: bool = False) -> tuple[Document, list[Claim]]:
    """The claims of one document, and the document with what failed added to its ``warnings``.

    A sentence whose figures or context fail to read is kept as a claim without figures; a
    text that cannot be split into sentences gives no claims and one warning for the whole
    document. ``strict`` raises :class:`StageError` instead.
    """
    text_hash = hashlib.sha1(document.text.encode("utf-8")).hexdigest()
    warnings: list[StageWarning] = []
    try:
        spans = sentence_spans(document.text)
    except Exception as error:  # noqa: BLE001 - any failure of the splitter costs this document only
        spans = []
        warnings.append(stage_warning("figures", None, error, document.path, strict))
    try:  # the parser is fastest in batches; sentences without digits are parsed on demand
        parse_all([document.text[s:e] for s, e in spans if _DIGIT_RE.search(document.text, s, e)])
    except Exception:  # noqa: BLE001, S110 - each sentence is parsed again, and isolated, when described
        pass
    try:
        about = main_entity([document.title or ""] + [document.text[s:e] for s, e in spans[:_LEAD_SENTENCES]])
        kinds = entity_kinds(document.text, about)
    except Exception as error:  # noqa: BLE001 - without a main entity, "it" stays unknown
        about, kinds = None, frozenset()
        warnings.append(stage_warning("figures", None, error, document.path, strict))
    claims = []
    carried: Quantity | None = None  # the article's last count with a noun: what its next bare counts count
    for start, end in spans:
        sentence = document.text[start:end]
        try:
            figures = tuple(
                checkable_figures(sentence, document.date, main_entity=about, main_kinds=kinds, carried=carried)
            )
        except Exception as error:  # noqa: BLE001 - any failure of the reader costs this sentence only
            figures = ()
            warnings.append(stage_warning("figures", start, error, document.path, strict))
        counted = [f for f in figures if f.kind == "count" and f.unit and abs(f.normalized or 0) >= _CARRIED_LEAST]
        carried = counted[-1] if counted else carried if _DIGIT_RE.search(sentence) is None else None
        claims.append(
            Claim(
                id=claim_id(text_hash, start, end),
                doc_id=document.id,
                text=sentence,
                start=start,
                end=end,
                quantities=figures,
            )
        )
    if warnings:
        document = replace(document, warnings=document.warnings + tuple(warnings))
    return document, claims


def stage_warning(stage: str, start: int | None, error: Exception, where: str, strict: bool) -> StageWarning:
    """The warning for ``error`` in ``stage``; with ``strict``, :class:`StageError` raised from it."""
    message = " ".join(str(error).split())[:300]
    if strict:
        at = f"sentence at offset {start}" if start is not None else "the document"
        raise StageError(f"{where}: {stage} failed on {at}: {type(error).__name__}: {message}") from error
    return StageWarning(stage=stage, start=start, error=type(error).__name__, message=message)


def claim_id(text_hash: str, start: int, end: int) -> str:
    """Same document text and span, same id, on every run and machine."""
    return "c" + hashlib.sha1(f"{text_hash}:{start}:{end}".encode()).hexdigest()[:12]


def checkable_figures(
    sentence: str,
    date: str | None = None,
    *,
    bare_counts: bool = False,
    main_entity: str | None = None,
    main_kinds: frozenset[str] = frozenset(),
    carried: Quantity | None = None,
) -> list[Quantity]:
    """The figures of a sentence worth comparing, with subject, measure and period.

    Bare counts with no noun ("Four of the top five") name nothing to check and are left
    out, unless ``bare_counts`` (two sentences compared on request: "the waiting list
    stands at 7.6 million"). ``carried`` is the count with a noun the article's previous sentence gave: a
    bare count of its size counts the same thing ("The final drew 18.7 million viewers. It averaged 19.6
    million on CBS").
    """
    figures = []
    read = read_figures(sentence, date)
    for figure in read:
        figure = _phrasal_up_to(sentence, figure, date)
        figure = _carried_rate(sentence, figure)
        if figure.kind == "count" and figure.unit and _unit_is_a_verb(sentence, figure):
            figure = replace(figure, unit="")  # "a crowd of 50,000 gathered": the count has no noun after it
        if figure.kind == "count" and not figure.unit and (listed := _listed_noun(sentence, figure, read)):
            figure = replace(figure, unit=listed)  # "28 million viewers ..., BBC One (12.3m)": viewers too
        if figure.kind == "count" and not figure.unit and not bare_counts:
            noun = (
                _counted_noun(sentence, figure)
                or _named_elsewhere(sentence, figure, read)
                or _carried_noun(figure, read, carried)
            )
            if noun is None:
                continue
            figure = replace(figure, unit=noun)
        figures.append(figure)
    ranks = [r for r in read_ranks(sentence) if not any(f.start < r.end and r.start < f.end for f in figures)]
    if ranks:
        figures = sorted(figures + ranks, key=lambda f: f.start)
    return describe(sentence, figures, date, main_entity, main_kinds)


#: "comes up to", "adds up to": the verb's particle, so the figure is what it comes to, not a ceiling.
_PHRASAL_UP_TO_RE = re.compile(r"\b(?:comes?|came|coming|adds?|added|adding)\s+$", re.I)


def _phrasal_up_to(sentence: str, figure: Quantity, date: str | None) -> Quantity:
    if not figure.text.lower().startswith("up to ") or not _PHRASAL_UP_TO_RE.search(sentence[: figure.start]):
        return figure
    start = figure.start + len("up to ")
    exact = next((f for f in read_figures(sentence[start : figure.end], date) if f.start == 0), None)
    if exact is None:
        return figure
    return replace(exact, start=exact.start + start, end=exact.end + start)


#: A time rate written apart from its sum: "earn $215 million annually", "worth €200m ($215m) a year": after
#: the figure, past a conversion in brackets (or out of the bracket the figure sits in).
_CARRIED_RATE_RE = re.compile(
    r"^\)?(?:\s*\([^()]{0,40}\))?,?\s+(?:(?P<adverb>annually|yearly|monthly|weekly)|"
    r"(?:an?|per|each|every)\s+(?P<unit>year|annum|season|month|week))\b(?!\s+(?:ago|earlier|later|after|before)\b)",
    re.I,
)
_RATE_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week"}


def _carried_rate(sentence: str, figure: Quantity) -> Quantity:
    """A sum with its time rate where the rate is written after a conversion or as an adverb: "$215m a year"."""
    if figure.kind != "money" or " per " in figure.unit:
        return figure
    found = _CARRIED_RATE_RE.match(sentence[figure.end :])
    if found is None:
        return figure
    unit = _RATE_ADVERBS.get((found.group("adverb") or "").lower()) or found.group("unit").lower()
    return replace(figure, unit=f"{figure.unit} per {'year' if unit == 'annum' else unit}")


def _unit_is_a_verb(sentence: str, figure: Quantity) -> bool:
    parse(sentence)
    found = re.match(r"\s+([A-Za-z]+)", sentence[figure.end :])
    if found is None or singular(found.group(1).lower()) != singular(figure.unit.split()[-1]):
        return False  # a unit carried over from a neighbour ("212 people died and 390 were hurt")
    return parsed_pos(sentence, figure.end + found.start(1)) in ("VERB", "AUX")


def _listed_noun(sentence: str, figure: Quantity, read: list[Quantity]) -> str | None:
    """What a count listed after a name counts ("ITV (4.1m)", "ITV: 4.1 million"): the noun another count
    of the sentence names ("28 million viewers"), else the one its list's heading names ("Peak audiences:")."""
    if not _LISTED_RE.search(sentence[max(0, figure.start - 40) : figure.start]):
        return None
    nouns = [other.unit for other in read if other.kind == "count" and other.unit and other is not figure]
    if nouns:
        return nouns[0]
    heading = sentence.split(":", 1)[0] if ":" in sentence[: figure.start] else ""
    words = [singular(w.lower()) for w in re.findall(r"[A-Za-z]+", heading)]
    return next((w for w in reversed(words) if w in _AUDIENCE_NOUNS), None)


#: An audience named shortly before a bare count in its clause: "ITV's audience numbers peaked at 5.3 million".
_AUDIENCE_BEFORE_RE = re.compile(r"\b(?:audiences?|viewers?|viewership|viewing figures)\b[^,;.]{0,40}$", re.I)
#: A name right before a figure, in brackets or before a colon: an item of a list.
_LISTED_RE = re.compile(r"[A-Z][\w&.\-]*(?:\s+[A-Z0-9][\w&.\-]*)*\s*(?:\(|:)\s*$")
#: Headings' nouns for what a list of bare counts counts.
_AUDIENCE_NOUNS = frozenset({"viewer", "audience", "listener", "reader", "visitor", "vote", "ticket", "fan"})


def _counted_noun(sentence: str, figure: Quantity) -> str | None:
    """What a count with no noun after it counts, where the sentence says: "a death toll of 166", or a
    measure the parse finds ("the death toll rose to 156"); None for "Four of the top five"."""
    named = _NAMED_BY_OF_RE.search(sentence[max(0, figure.start - 60) : figure.start])
    if named is not None and named.group("noun").lower() not in _NOT_A_COUNT_NOUN:
        return singular(named.group("noun").lower())
    grammar = figure_grammar(sentence, figure.start, figure.end)
    measure = grammar.measure or (grammar.verb if grammar.verb and not grammar.object else None)
    family = measure_family(measure)[0] if measure else None
    if family == "viewers" or _AUDIENCE_BEFORE_RE.search(sentence[max(0, figure.start - 60) : figure.start]):
        return "viewer"  # "18 million watched", "audience numbers peaked at 5.3 million"
    if family in MEASURES:
        return singular(measure.split()[-1])
    return _coordinated_noun(sentence, figure)


def _coordinated_noun(sentence: str, figure: Quantity) -> str | None:
    """The noun a coordinated verb's count counts: "killed 57 people and injured 72" counts people twice."""
    inside = [t for t in parse(sentence) if t.idx < figure.end and t.idx + len(t.text) > figure.start]
    number = next((t for t in inside if t.head not in inside or t.head == t), None)
    if number is None or number.dep_ not in ("dobj", "nsubj", "nsubjpass") or number.head.dep_ != "conj":
        return None
    first = number.head.head
    for child in first.children:
        if child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.pos_ == "NOUN":
            if any(d.dep_ == "nummod" and d.like_num for d in child.children):
                return "people" if child.lower_ == "people" else singular(child.lower_)
    return None


def _named_elsewhere(sentence: str, figure: Quantity, read: list[Quantity]) -> str | None:
    """What a bare count counts where the sentence names it elsewhere: the noun of "how many people were on the
    bridge ... there could have been 100 to 150", or of the sentence's other count where this one is "the
    number" or "the figure" ("estimated 400-500 people ... put the number at 150")."""
    asked = _HOW_MANY_RE.search(sentence[: figure.start])
    if asked is not None:
        noun = asked.group("noun").lower()
        return noun if noun == "people" else singular(noun)
    if not _GENERIC_COUNT_BEFORE_RE.search(sentence[max(0, figure.start - 40) : figure.start]):
        return None
    nouns = {other.unit for other in read if other.kind == "count" and other.unit and other is not figure}
    return nouns.pop() if len(nouns) == 1 else None


def _carried_noun(figure: Quantity, read: list[Quantity], carried: Quantity | None) -> str | None:
    """The noun of the previous sentence's count, for a bare count of about its size in a sentence that counts
    nothing else by name: "18.7 million viewers. ... It averaged 19.6 million on CBS"."""
    if carried is None or any(other.kind == "count" and other.unit for other in read):
        return None
    size, other = abs(figure.normalized or 0), abs(carried.normalized or 0)
    if size < _CARRIED_LEAST or not other or not 1 / _CARRIED_APART <= size / other <= _CARRIED_APART:
        return None
    return carried.unit


#: Counts this large are written without their noun once the article has named it ("19.6 million on CBS");
#: smaller bare numbers are too often scores, ages, ranks or list numbers.
_CARRIED_LEAST = 1000
#: How far a bare count may be from the named one to count the same thing.
_CARRIED_APART = 3.0


#: "how many people were on the bridge": the noun a later bare count answers with.
_HOW_MANY_RE = re.compile(r"\bhow many (?P<noun>[a-z]+)\b", re.I)
#: A count's generic name just before it: "put the number at 150", "the figure stood at 80", "the total is 3".
_GENERIC_COUNT_BEFORE_RE = re.compile(
    r"\b(?:the|that|this|its|their)\s+(?:(?:official|final|actual|real|true)\s+)?(?:number|figure|total|tally|count)"
    r"\s+(?:(?:at|to|of|as|was|is|stood at|stands at|reached|rose to|climbed to|fell to)\s+)?"
    r"(?:about|around|roughly|some|nearly|almost|over|more than|at least)?\s*$",
    re.I,
)


#: "a death toll of 166", "an audience of 123 million": the noun before "of" says what the count counts.
#: (The reader keeps a hedge in the figure's own text, so "a crowd of about 50,000" ends in "of ".)
_NAMED_BY_OF_RE = re.compile(r"\b(?P<noun>[A-Za-z][a-z\-]{2,})\s+of\s+$")
#: Words before "of" that pick from a group rather than name what is counted ("most of 12", "top of 5").
_NOT_A_COUNT_NOUN = frozenset(
    "one some most each all many none any out top part half few several both either neither number rest "
    "lot lots dozens hundreds thousands millions instead because ahead outside inside".split()
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, paragraph by paragraph.

    A sentence longer than :data:`MAX_SENTENCE_CHARS` is cut into several spans.
    """
    spans = []
    for base, stop in _paragraphs(text):
        # A line break inside a paragraph is a space to the segmenter (same length: offsets hold).
        for span in _segmenter().segment(text[base:stop].replace("\n", " ")):
            for start, end in _missed_ends(text, *_trim(text, base + span.start, base + span.end)):
                while end - start > MAX_SENTENCE_CHARS:
                    cut = _cut(text, start)
                    spans.append(_trim(text, start, cut))
                    start = _trim(text, cut, end)[0]
                if end > start:
                    spans.append((start, end))
    return spans


def _missed_ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A segment cut at the sentence ends the segmenter passed over: a full stop with no space after it
    ("passed 209.That is"), or ends inside a quotation it took to run on ("‘cause she got it. Earlier on")."""
    segment = text[start:end]
    quoted = any(mark in segment for mark in '‘“"')
    cuts = [m.end() for m in _GLUED_END_RE.finditer(segment)]
    if quoted:
        cuts += [
            m.end() for m in _QUOTED_END_RE.finditer(segment) if not _ABBREVIATION_RE.search(segment[: m.start() + 1])
        ]
    pieces, at = [], start
    for cut in sorted(set(cuts)):
        pieces.append(_trim(text, at, start + cut))
        at = start + cut
    pieces.append(_trim(text, at, end))
    return [(a, b) for a, b in pieces if b > a]


#: A sentence end glued to the next sentence: "passed 209.That is", "not enough.”Sanchez said".
_GLUED_END_RE = re.compile(r"(?<=[a-z0-9%])[.!?][\"”’]?(?=[A-Z][a-z])|(?<=[a-z0-9%][.!?])[\"”’](?=[A-Z][a-z])")
#: A sentence end followed by a space and a capitalised word, inside a segment that holds a quotation mark.
_QUOTED_END_RE = re.compile(r"(?<=[a-z0-9%])[.!?][\"”’)]?(?=\s+[A-Z][a-z])")
#: Words a full stop abbreviates: no sentence ends after "Mr." or "Inc.".
_ABBREVIATION_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Ltd|Co|Corp|Bros|Ave|Mt|Ft|Dept|vs|etc|No|Gov|Sen|Rep|Gen|Lt|Col|approx"
    r"|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|a\.m|p\.m|i\.e|e\.g)\.$",
    re.I,
)


#: A line that ends a sentence (or a heading): the next line starts anew.
_LINE_ENDS_RE = re.compile(r"[.!?:;\"”’)\]]\s*$")
#: A line that carries on the sentence above: it opens in lower case, with a figure or a joining word.
_CONTINUES_RE = re.compile(r"^\s*(?:[a-z(\d$€£¥%]|(?:and|or|but|to|of|in|on|at|for)\b)")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: lines, with a sentence broken across lines by the page kept whole.

    Scraped and pasted text breaks lines mid-sentence ("... raised\nits forecast to $5 billion"):
    a line that does not end a sentence and a next line that carries it on are one paragraph.
    """
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    paragraphs: list[tuple[int, int]] = []
    for start, end in lines:
        if paragraphs:
            previous_start, previous_end = paragraphs[-1]
            joined = text[previous_end:start].count("\n") == 1
            if (
                joined
                and not _LINE_ENDS_RE.search(text[previous_start:previous_end])
                and _CONTINUES_RE.match(text[start:end])
            ):
                paragraphs[-1] = (previous_start, end)
                continue
        paragraphs.append((start, end))
    return paragraphs


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``, ``end`` moved inwards past whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut(text: str, start: int) -> int:
    """Where to end a piece of an over-long sentence starting at ``start``: after its last
    clause break, else its last space, in the second half of :data:`MAX_SENTENCE_CHARS`."""
    window = text[start : start + MAX_SENTENCE_CHARS]
    for pattern in (r"[;,]\s", r"\s"):
        breaks = [m.end() for m in re.finditer(pattern, window) if m.end() > MAX_SENTENCE_CHARS // 2]
        if breaks:
            return start + breaks[-1]
    return start + MAX_SENTENCE_CHARS


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)
