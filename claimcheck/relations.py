"""How two figures relate, one dimension at a time: whose, what, when, where and at what stage.

:mod:`claimcheck.compare` turns these relations into a verdict and :mod:`claimcheck.evidence`
decides whether a run may show the pair at all. Each relation is "same", "different" or
"unknown" where a sentence leaves it unsaid: a description ("the film") is not a name, a
count is read with what was done to it, and a moment is a day and a point of a trading day.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .counted import count_relation, counted_noun, two_groups
from .entities import Aliases, is_named
from .measures import MEASURE_QUALIFIERS, measure_family
from .models import Quantity
from .moments import times_differ
from .qualifiers import FALL_VERBS, MOVE_VERBS, RISE_VERBS
from .timeref import MONTHS
from .timing import ROUNDS
from .words import STOPWORDS, singular

SAME_CLAUSE = 0.5


_MOVES = {verb: "rise" for verb in RISE_VERBS} | {verb: "fall" for verb in FALL_VERBS}


_NOT_CONTENT = frozenset(
    "about around roughly nearly almost some over more than less fewer under least most just only up down "
    "to by at in on of per cent percent million billion thousand trillion bn m k year years month week day "
    "quarter today yesterday last this next ago said says say according".split()
)


def comparable(qa: Quantity, qb: Quantity) -> bool:
    if qa.kind != qb.kind:
        return False
    if qa.kind == "count" and qa.unit and qb.unit and counted_noun(qa) != counted_noun(qb):
        return False
    if is_points(qa) != is_points(qb):
        return False
    if not same_rate(qa, qb):
        return False  # "$58 per barrel" and "$58 million" measure different things
    if qa.kind == "money" and (qa.normalized is None or qb.normalized is None):
        return False
    return True


def same_rate(qa: Quantity, qb: Quantity) -> bool:
    """Whether two figures are per the same thing ("per year" and "a year"), a share price left implied included."""
    return _rate(qa) == _rate(qb) or _implied_per_share(qa, qb)


def _rate(figure: Quantity) -> str:
    """What a figure is per: its unit's ("per year"), else what its measure's adjective says ("annual salary",
    "daily cost"); "" for a total, and for counts."""
    written = figure.unit.partition(" per ")[2]
    if written or not figure.measure or figure.kind != "money":
        return written  # "monthly active users" count users, not users a month
    return next((_RATE_WORDS[w] for w in figure.measure.lower().split() if w in _RATE_WORDS), "")


#: Measure words that say what a sum is per: "an annual salary of $100 million" is $100 million a year.
_RATE_WORDS = {"annual": "year", "yearly": "year", "daily": "day", "weekly": "week", "monthly": "month"}


def _implied_per_share(qa: Quantity, qb: Quantity) -> bool:
    """ "opened at $34 per share" and "opened at $47": a share price, once said and once left to the reader."""
    units = {qa.unit.partition(" per ")[2], qb.unit.partition(" per ")[2]}
    if units != {"", "share"}:
        return False
    bare = qa if not qa.unit.partition(" per ")[2] else qb
    return measure_family(bare.measure)[0] == "price"


def is_points(q: Quantity) -> bool:
    """A difference of percentages ("2 percentage points", "40 basis points"), not a share."""
    return q.unit in ("percentage point", "basis point")


def measure_relation(a: str | None, b: str | None, percent: bool = False) -> str:
    """ "same", "related" (one family, other qualifiers), "different" or "unknown"."""
    family_a, qualifiers_a = measure_family(a, percent)
    family_b, qualifiers_b = measure_family(b, percent)
    if family_a is None or family_b is None:
        return "unknown"
    if family_a != family_b:
        return "related" if {family_a, family_b} == _PAID_FOR else "different"
    return "same" if qualifiers_a == qualifiers_b else "related"


#: A sum paid and a price: "Liverpool paid €80m for Núñez" and "an initial fee of €75m" may name one payment, or a
#: payment and a price with add-ons; a person checks which.
_PAID_FOR = frozenset({"sum paid", "price"})


def is_move(q: Quantity) -> bool:
    return q.change in ("up", "down")


def reached_by_move(q: Quantity) -> bool:
    """A level its clause says a move reached ("the index fell 322 points to 5,074", "shares jumped 8% to $45"):
    the level on the move's day, which is as much a day's figure as the move itself."""
    clause = q.clause or ""
    at = clause.find(q.text)
    return at > 0 and bool(_REACHED_RE.search(clause[max(0, at - 90) : at]))


_REACHED_RE = re.compile(rf"\b(?:{MOVE_VERBS})\b(?:[^.;:()]|\.(?=\d)){{0,70}}\bto\s+$", re.I)  # "fell 2.5 points to"


def differences(qa: Quantity, qb: Quantity, aliases: Aliases, *, strict: bool = False) -> list[str]:
    """What differs between two figures. ``strict`` also counts a subject one side leaves unsaid."""
    reasons = []
    subject = same_entity(qa.subject, qb.subject, aliases)
    if subject == "different" or (strict and subject == "unknown" and _one_sided_subject(qa, qb, aliases)):
        reasons.append("different_subject")
    if (
        measure_link(qa, qb) != "same"
        or is_move(qa) != is_move(qb)
        or is_points(qa) != is_points(qb)
        or not same_rate(qa, qb)
        or (qa.kind == "count" and qa.unit and qb.unit and counted_noun(qa) != counted_noun(qb))
    ):
        reasons.append("different_measure")
    if times_differ(qa, qb, strict):
        reasons.append("different_time")
    if (
        qa.scope
        and qb.scope
        and not aliases.same_place(qa.scope, qb.scope)
        or strict
        and _one_sided_scope(qa, qb, aliases)
    ):
        reasons.append("different_scope")
    if two_sources(qa, qb, aliases):
        reasons.append("different_source")
    if (
        _stages_differ(qa.stage, qb.stage)
        or strict
        and {"planned", "preliminary", *ROUNDS} & {qa.stage, qb.stage}
        and not (qa.stage and qb.stage)
    ):
        reasons.append("different_stage")
    return reasons


#: Words many bodies' names share: "the Interior Ministry" and "the Health Ministry" are two.
_GENERIC_NAME_WORDS = frozenset(
    "General National Ministry Department Office Union Council Agency Police Service Government Federal State "
    "Authority Commission Committee Association Institute".split()
)


def two_sources(qa: Quantity, qb: Quantity, aliases: Aliases) -> bool:
    """Each figure given by its own named source ("the ministry said 1.08 million", "the union said 3.5 million"):
    each may be right about what its source said."""
    if not (qa.source and qb.source):
        return False
    a, b = qa.source.lower(), qb.source.lower()
    if a in b or b in a or aliases.same(qa.source, qb.source):
        return False
    # "the General Confederation of Workers" and "of Labour": one union's name translated two ways
    words_a, words_b = (set(re.findall(r"\b[A-Z][a-z]{3,}", q.source)) - _GENERIC_NAME_WORDS for q in (qa, qb))
    return not words_a & words_b


def _one_sided_subject(qa: Quantity, qb: Quantity, aliases: Aliases) -> bool:
    """Only one figure names its subject, and it is not the place the other figure holds in.

    A described owner ("the full run") names nothing: it counts as unsaid.
    """
    if is_named(qa.subject) == is_named(qb.subject):
        return False
    named, other = (qa, qb) if is_named(qa.subject) else (qb, qa)
    return not (other.scope and aliases.same(other.scope, named.subject))


def _one_sided_scope(qa: Quantity, qb: Quantity, aliases: Aliases) -> bool:
    """Only one figure says where it holds, and the other's subject is not that place."""
    if bool(qa.scope) == bool(qb.scope):
        return False
    scoped, other = (qa, qb) if qa.scope else (qb, qa)
    if scoped.scope.startswith("among "):
        return False  # a population ("among adults") is often left unsaid for the same figure
    return not (other.subject and aliases.same(other.subject, scoped.scope))


def _stages_differ(a: str | None, b: str | None) -> bool:
    """A plan against a result, a first estimate against a later one, or two rounds of a contest: both can have
    been right when told.

    What one party claims ("the hackers claim 11.2 million") against what another says is two accounts,
    whether or not the other sentence names its stage.
    """
    if (a == "claimed") != (b == "claimed"):
        return True
    if not a or not b or a == b:
        return False
    # two rounds named; a round against a result told without one ("had 49.49% with 99% counted") is not proof
    return "planned" in (a, b) or "preliminary" in (a, b) or a in ROUNDS and b in ROUNDS


def measure_link(qa: Quantity, qb: Quantity) -> str:
    """How the measures of two figures relate: "same", "related", "different" or "unknown".

    Measure words first ("weekly active users" vs "monthly users"); where either figure
    names none, two clauses that say the same around the figures ("Brent crude settled at
    ... a barrel on Friday") are the same measure.
    """
    if qa.kind == qb.kind == "count":
        counted = count_relation(qa, qb)
        if counted != "different" and two_groups(qa, qb):
            return "related"
        if counted:
            return counted
    if is_move(qa) and is_move(qb) and qa.kind == qb.kind == "percent":
        families = {_moved_family(qa), _moved_family(qb)}
        if families == {"price", "valuation"} or families == {"price"} and qa.measure != qb.measure:
            # a share price and a market value move by the same share; "shares fell 28%", "a 30% drop", "30%
            # weaker" are one stock's move, worded as the stock, its price or the move itself
            return "same"
    relation = measure_relation(qa.measure, qb.measure, qa.kind == "percent")
    if relation == "related" and _rate(qa) and _rate(qa) == _rate(qb):
        # "an annual salary of $100 million" and "£129.4m a year": one rate, said once in words, once in the unit
        unrated = [measure_family(q.measure, q.kind == "percent")[1] - _RATE_WORDS.keys() for q in (qa, qb)]
        relation = "same" if unrated[0] == unrated[1] else relation
    if relation != "unknown":
        return relation
    if clause_overlap(qa.clause, qb.clause) < SAME_CLAUSE:
        return "unknown"
    qualifiers_a = _content_words(qa.clause) & MEASURE_QUALIFIERS
    qualifiers_b = _content_words(qb.clause) & MEASURE_QUALIFIERS
    return "same" if qualifiers_a == qualifiers_b else "related"


def _moved_family(q: Quantity) -> str | None:
    """A move's measure family, where a word that only names the move ("drop", "weaker") is a price's."""
    family = measure_family(q.measure)[0]
    words = (q.measure or "").lower().split()
    if family not in ("price", "valuation") and words and words[-1] in _MOVE_WORDS:
        return "price"
    return family


#: Words that only name a move of a stock: "a 30% drop", "30% weaker".
_MOVE_WORDS = (
    frozenset(
        "drop drops fall falls decline declines plunge slump rise rises gain gains jump surge slide loss weaker "
        "stronger lower higher down up".split()
    )
    | RISE_VERBS
    | FALL_VERBS
)


def clause_overlap(a: str | None, b: str | None) -> float:
    """Share of content words two clauses have in common (names, numbers and time words left out)."""
    words_a, words_b = _content_words(a), _content_words(b)
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / len(words_a | words_b)


@lru_cache(maxsize=65536)
def _content_words(clause: str | None) -> frozenset[str]:
    if not clause:
        return frozenset()
    words = set()
    for index, match in enumerate(re.finditer(r"[A-Za-z][A-Za-z\-’']*", clause)):
        word = match.group(0)
        lowered = word.lower()
        if (word[0].isupper() and index > 0) or lowered in STOPWORDS or lowered in _NOT_CONTENT or lowered in MONTHS:
            continue
        words.add(_MOVES.get(lowered) or singular(lowered))
    return frozenset(words)


def same_entity(a: str | None, b: str | None, aliases: Aliases) -> str:
    """ "same", "different", or "unknown" where either owner is unsaid or only described ("the film")."""
    if not a or not b:
        return "unknown"
    if not is_named(a) or not is_named(b):  # a description is not an identification
        return "same" if a.lower() == b.lower() else "unknown"
    return "same" if aliases.same(a, b) else "different"


#: Words that split a whole into parts: "open" and "closed" shares can add up to 100%.
_COMPLEMENTS = [
    ("open", "closed"),
    ("men", "women"),
    ("male", "female"),
    ("public", "private"),
    ("urban", "rural"),
    ("domestic", "foreign"),
    ("online", "offline"),
    ("for", "against"),
    ("yes", "no"),
    ("paid", "free"),
    ("remaining", ""),
    ("rest", ""),
    ("other", ""),
]


def complementary(qa: Quantity, qb: Quantity, aliases: Aliases, text_a: str, text_b: str, strict: bool = True) -> bool:
    """Two shares of one whole: 30% open and 70% closed.

    ``strict=False`` asks only whether the two shares add up to 100%.
    """
    if qa.kind != "percent" or qa.range or qb.range or is_points(qa) or is_points(qb):
        return False
    if abs(qa.normalized + qb.normalized - 100) > 1.5:
        return False
    if not strict:
        return True
    words_a = set(re.findall(r"[a-z]+", text_a.lower()))
    words_b = set(re.findall(r"[a-z]+", text_b.lower()))
    opposed = any(
        (x in words_a and (y in words_b or not y)) or (x in words_b and (y in words_a or not y))
        for x, y in _COMPLEMENTS
    )
    return opposed or same_entity(qa.subject, qb.subject, aliases) == "different"


_CODE_RE = re.compile(r"\b[A-Z]{1,6}-?\d{1,4}[A-Za-z]?\b")


def different_identifiers(text_a: str, text_b: str) -> list[tuple[str, str]]:
    """Model or product codes that differ between two sentences: ("H20", "H200").

    Only codes that share their letters and differ in the rest count, so "H20" vs "H200"
    or "GPT-4" vs "GPT-5" do, and a code one sentence alone mentions does not.
    """
    codes_a, codes_b = _codes(text_a), _codes(text_b)
    if not codes_a or not codes_b:
        return []
    pairs = []
    for code in codes_a - codes_b:
        stem = re.match(r"[A-Za-z]+", code).group(0)
        rivals = [c for c in codes_b - codes_a if re.match(r"[A-Za-z]+", c).group(0) == stem]
        if rivals:
            pairs.append((code, rivals[0]))
    return pairs


@lru_cache(maxsize=65536)
def _codes(text: str) -> frozenset[str]:
    return frozenset(_CODE_RE.findall(text))
