"""The plain data passed between pipeline stages.

Every stage takes and returns these frozen dataclasses, so a stage can be run, tested
and cached on its own. JSON and CSV output come from :func:`dataclasses.asdict`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

#: Verdicts a compared pair can get, most serious first.
VERDICTS = ("conflict", "needs_review", "consistent")

#: Reasons a ``needs_review`` pair can carry: what differs between the two claims.
REASONS = (
    "different_subject",
    "different_measure",
    "different_time",
    "different_scope",
    "different_stage",
    "different_identifier",
    "different_date",
    "unstated_subject",
    "far_apart",
    "restated_elsewhere",
    "scale_slip",
    "near_copy",
    "little_alike",
    "different_source",
    "part_of_whole",
    "published_apart",
    "different_base",
    "different_span",
    "different_ceiling",
    "different_floor",
    "measure_worded_apart",
    "yardstick",
    "one_step_apart",
    "valued_apart",
    "possible",
    "second_look",
    "approximate_time",
)


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read from disk, or a note of why it could not be read."""

    id: str  #: Stable id derived from the document text (same text, same id).
    path: str  #: The input path as given (for a row of a CSV/JSONL file: ``file#row``).
    source: str  #: Publisher where the input says so, else the file name.
    title: str | None  #: Headline, where one is known.
    date: str | None  #: ISO date (``YYYY-MM-DD`` or ``YYYY-MM``); None when unknown.
    text: str  #: The article text, boilerplate removed.
    url: str | None = None  #: Where the article was published, if the input says.
    skipped: str | None = None  #: Why the document was not read; None when it was.
    warnings: tuple[StageWarning, ...] = ()  #: Parts a stage failed on; the run went on without them.
    story: str | None = None  #: The story it reports on: set in the input, else found by :mod:`claimcheck.stories`.


@dataclass(frozen=True, slots=True)
class StageWarning:
    """A failure confined to one sentence, pair or document of a read document (``Document.warnings``).

    The sentence is kept as a claim without figures (or the pair left out) and the run goes
    on; ``check(strict=True)`` raises instead.
    """

    stage: str  #: Where it failed: "figures" (a sentence's figures or context), "aliases", "compare".
    start: int | None  #: Offset in the document text of the sentence it failed on; None: the whole document.
    error: str  #: The exception's class name ("ValueError").
    message: str  #: The exception's message, on one line.


@dataclass(frozen=True, slots=True)
class Period:
    """A stretch of time a figure refers to, resolved to calendar dates (ISO strings)."""

    text: str  #: The words that set it ("in February 2026", "last year").
    start: str  #: First day covered, ``YYYY-MM-DD``.
    end: str  #: Last day covered, ``YYYY-MM-DD``.


#: Kinds of figure that are not physical dimensions (a length, a mass, a speed...), whose units are no unit table's.
NON_PHYSICAL_KINDS = frozenset({"percent", "money", "count", "multiplier", "duration", "date", "rank", "time of day"})


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure in a sentence, read into an interval that says how precise it is.

    ``value``, ``low`` and ``high`` are in the figure's own unit with scale words applied
    ("HK$4.19 billion" gives 4.19e9 Hong Kong dollars); ``normalized`` and its bounds are in
    the unit figures of that kind are compared in (US dollars for money, percent for shares,
    days for durations). An open bound ("over 700 million") is ``None``.
    """

    text: str  #: Surface text of the figure, qualifiers included ("over 700 million").
    start: int  #: Character offset of the figure in the sentence.
    end: int  #: Character offset just past the figure.
    value: float  #: The number as stated, scale applied.
    low: float | None  #: Lowest value the wording allows (None: unbounded).
    high: float | None  #: Highest value the wording allows (None: unbounded).
    kind: str  #: percent, money, count, multiplier, duration, date, rank, time of day or a dimension ("length").
    unit: str  #: Normalized unit name ("percentage", "hong kong dollar", "day", "user").
    normalized: float  #: ``value`` in the comparison unit (USD for money).
    normalized_low: float | None  #: ``low`` in the comparison unit.
    normalized_high: float | None  #: ``high`` in the comparison unit.
    change: str = "="  #: "=", "~", "up", "down", ">", "<": exact, approximate, rise, fall, bounds.
    range: bool = False  #: True for stated ranges ("300,000-350,000").
    currency: str | None = None  #: ISO 4217 code for money.
    measure: str | None = None  #: What the figure counts ("weekly active users", "market share").
    subject: str | None = None  #: Whose figure it is ("Doubao", "China").
    scope: str | None = None  #: Where or over what population it holds ("global", "China").
    stage: str | None = None  #: "planned" for targets and offers, "actual" for results.
    period: Period | None = None  #: The time the figure refers to, when the sentence says.
    moment: str | None = None  #: Point in a trading day: "open", "intraday", "high", "low" or "close".
    clause: str | None = None  #: The figure's own clause, which says what the figure is about.
    window: str | None = None  #: Time since an event the figure was reached in ("in just two hours"): a milestone.
    topic: str | None = None  #: Its story's main entity: whose it may be where the sentence names no owner.
    source: str | None = None  #: Who gives it, where the sentence says ("the interior ministry", "the CGT union").


@dataclass(frozen=True, slots=True)
class Claim:
    """One sentence of a document, with the figures it states."""

    id: str  #: Stable id from the document text and the span.
    doc_id: str  #: The :class:`Document` it comes from.
    text: str  #: The sentence.
    start: int  #: Character offset of the sentence in the document text.
    end: int  #: Character offset just past the sentence.
    quantities: tuple[Quantity, ...] = ()  #: Figures worth comparing (dates excluded).


@dataclass(frozen=True, slots=True)
class Group:
    """Claims about the same thing, found through embedding similarity."""

    id: str  #: Stable id from the member claim ids.
    claim_ids: tuple[str, ...]  #: Members, in document order.


@dataclass(frozen=True, slots=True)
class Pair:
    """Two claims whose figures were compared, with the verdict and why."""

    id: str  #: Stable id from both claim ids and the two figures compared.
    a: str  #: Claim id of the first claim.
    b: str  #: Claim id of the second claim.
    a_quantity: str  #: Surface text of the figure compared in ``a``.
    b_quantity: str  #: Surface text of the figure compared in ``b``.
    verdict: str  #: One of :data:`VERDICTS`.
    reasons: tuple[str, ...]  #: What differs between the claims (from :data:`REASONS`).
    score: float  #: Seriousness for ranking: higher is shown first.
    explanation: str  #: One plain-English sentence for the fact-checker.
    same_source: bool  #: Both claims come from the same source.
    similarity: float | None = None  #: Cosine similarity of the two sentences, where embedded.


#: Verdicts an arithmetic finding can get, most serious first.
ARITHMETIC_VERDICTS = ("inconsistent", "consistent")


@dataclass(frozen=True, slots=True)
class Arithmetic:
    """A calculation one sentence states, recomputed from the sentence's own figures.

    A change and its two levels, a conversion in parentheses, parts and their total,
    shares of a whole, a multiple or "one in five" (see :mod:`claimcheck.arithmetic`).
    """

    id: str  #: Stable id from the claim id, the kind and the figures used.
    doc_id: str  #: The :class:`Document` the sentence comes from.
    claim_id: str  #: The :class:`Claim` (sentence) that states it.
    kind: str  #: "change", "conversion", "total", "shares", "multiple" or "ratio".
    figures: tuple[str, ...]  #: The figures used, as written: inputs first, the stated result last.
    computed: float  #: What the inputs give (a change in percent, a factor, a sum, a converted amount).
    stated: float  #: The result as stated, in the same unit (a fall negative).
    low: float | None  #: Lowest computed value the stated figure allows, widened by the inputs' rounding.
    high: float | None  #: Highest computed value allowed; None: no upper bound ("more than doubled").
    verdict: str  #: One of :data:`ARITHMETIC_VERDICTS`.
    explanation: str  #: One line: "31.6% rise stated; HK$50 / HK$38 - 1 gives +31.58%: ok".


@dataclass(frozen=True, slots=True)
class Reference:
    """One row of a reference table: an official figure claims are checked against."""

    line: int  #: Line of the row in its file (the header is line 1 of a CSV).
    entity: str  #: Whose figure it is ("Acme", "Hong Kong").
    measure: str  #: What it counts ("revenue", "unemployment rate").
    period: str | None  #: The time it covers, as written ("2025", "March 2026"); None: any.
    value: float  #: The figure, in ``unit``.
    unit: str  #: How the figure is written after its number ("USD billion", "%", "million people").
    low: float | None = None  #: Lowest value of a stated range, in ``unit``.
    high: float | None = None  #: Highest value of a stated range, in ``unit``.
    source: str = "reference"  #: Who publishes it ("Statistics Office"): shown as the pair's other side.
    url: str | None = None  #: Where it is published.
    written: str = ""  #: The value as the table writes it ("5.20"), which sets its precision; "": from ``value``.


@dataclass(frozen=True, slots=True)
class ReferenceCheck:
    """A claim's figure compared with a reference figure of the same entity, measure and period."""

    id: str  #: Stable id from the claim id, the figure and the reference row's entity, measure and period.
    doc_id: str  #: The :class:`Document` of the claim.
    claim_id: str  #: The claim compared.
    quantity: str  #: Surface text of the claim's figure.
    reference: str  #: The reference figure as written from its row ("Acme revenue 2025: 5.2 USD billion").
    line: int  #: The reference row's line in its file.
    source: str  #: The reference's publisher.
    url: str | None  #: The reference's address.
    verdict: str  #: One of :data:`VERDICTS`, as for a pair.
    reasons: tuple[str, ...]  #: What differs (from :data:`REASONS`), as for a pair.
    score: float  #: Seriousness for ranking: higher is shown first.
    explanation: str  #: One plain-English sentence, as for a pair.


@dataclass(frozen=True, slots=True)
class Run:
    """Everything one run found, as dataclasses: what the report, JSON, CSV and store writers read.

    Notebook users get it wrapped in :class:`claimcheck.result.Result`, which adds DataFrames.
    """

    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    groups: tuple[Group, ...]
    pairs: tuple[Pair, ...]
    settings: dict = field(default_factory=dict)  #: Options the run used (model, threshold).
    graph: object = field(default=None, compare=False, repr=False)  #: The similarity graph (group.SimilarityGraph).
    arithmetic: tuple[Arithmetic, ...] = ()  #: Calculations sentences state, recomputed.
    references: tuple[ReferenceCheck, ...] = ()  #: Claims' figures against the reference figures given.


def _reduce(self):
    """Pickle as the class and its field values: a run's millions of pairs and claims cross
    process boundaries, and the slotted default (a Python ``__setstate__``) is several times slower."""
    return type(self), _FIELD_VALUES[type(self)](self)


_FIELD_VALUES = {}
for _cls in (Document, StageWarning, Period, Quantity, Claim, Group, Pair, Arithmetic, ReferenceCheck):
    _FIELD_VALUES[_cls] = attrgetter(*_cls.__match_args__)
    _cls.__reduce__ = _reduce
