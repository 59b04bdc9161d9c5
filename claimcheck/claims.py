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

from .bare_counts import CARRIED_LEAST, carried_noun, counted_noun_of, listed_noun, named_elsewhere, own_noun
from .context import describe
from .conversions import unnamed_dollar
from .engine import SerialEngine, chunks
from .entities import dateline_end, entity_kinds, main_entity
from .errors import StageError
from .models import Claim, Document, Quantity, StageWarning
from .parsing import parse_all
from .quantities import read_figures
from .ranks import read_ranks
from .wholes import as_wholes

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
        counted = [f for f in figures if f.kind == "count" and f.unit and abs(f.normalized or 0) >= CARRIED_LEAST]
        if counted:
            carried = counted[-1]
        elif _DIGIT_RE.search(sentence):
            carried = None  # other figures between: the thread is broken
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
        if figure.kind == "count" and figure.unit:
            figure = replace(figure, unit=own_noun(sentence, figure))
        if figure.kind == "count" and not figure.unit and (listed := listed_noun(sentence, figure, read)):
            figure = replace(figure, unit=listed)  # "28 million viewers ..., BBC One (12.3m)": viewers too
        if figure.kind == "count" and not figure.unit and not bare_counts:
            noun = (
                counted_noun_of(sentence, figure)
                or named_elsewhere(sentence, figure, read)
                or carried_noun(figure, read, carried)
            )
            if noun is None:
                continue
            figure = replace(figure, unit=noun)
        figures.append(figure)
    ranks = [r for r in read_ranks(sentence) if not any(f.start < r.end and r.start < f.end for f in figures)]
    if ranks:
        figures = sorted(figures + ranks, key=lambda f: f.start)
    described = as_wholes(sentence, describe(sentence, figures, date, main_entity, main_kinds))
    # "US$2 million ($3m)": a sum converted into a dollar the sentence does not name, so it cannot be checked
    return [f for i, f in enumerate(described) if not (i and unnamed_dollar(sentence, described[i - 1], f))]


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


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, paragraph by paragraph.

    A sentence longer than :data:`MAX_SENTENCE_CHARS` is cut into several spans.
    """
    spans = []
    for base, stop in _paragraphs(text):
        # A line break inside a paragraph is a space to the segmenter (same length: offsets hold).
        segments = _segmenter().segment(text[base:stop].replace("\n", " "))
        for first, last in _clock_joined(text, [(base + s.start, base + s.end) for s in segments]):
            for start, end in _missed_ends(text, *_trim(text, first, last)):
                while end - start > MAX_SENTENCE_CHARS:
                    cut = _cut(text, start)
                    spans.append(_trim(text, start, cut))
                    start = _trim(text, cut, end)[0]
                if (skip := dateline_end(text[start:end])) and end - start - skip > _LEAST_AFTER_DATELINE:
                    start = _trim(text, start + skip, end)[0]  # "NEW YORK (Reuters) -" is where, not what
                if end > start:
                    spans.append((start, end))
    return spans


#: A sentence keeps its dateline when too little follows it to be a sentence of its own.
_LEAST_AFTER_DATELINE = 20


def _clock_joined(text: str, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Segments joined where the segmenter ended a sentence at a clock time's "a.m." or "p.m." that the sentence
    goes on past: "at 11:40 a.m. ET and lasted six hours", "at 9 p.m. Eastern time"."""
    joined: list[tuple[int, int]] = []
    for start, end in segments:
        before = joined[-1][1] if joined else 0
        if joined and _CLOCK_END_RE.search(text, max(0, before - 20), before) and _GOES_ON_RE.match(text, start):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


#: A segment that ends on a clock time's abbreviation.
_CLOCK_END_RE = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.m\.\s*$", re.I)
#: What carries a sentence on after "a.m.": a time zone, or a word in lower case.
_GOES_ON_RE = re.compile(
    r"\s*(?:(?:[A-Z]{1,2}[SD]?T|GMT|UTC|BST|CET|CEST|IST|AEST|AEDT|JST)\b|(?:Eastern|Central|Mountain|Pacific|"
    r"Atlantic|local|Greenwich)\b|[a-z])"
)


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
