"""Compare the figures of two claims and decide: conflict, needs_review or consistent.

Alignment comes first: a figure is only compared with the figure of the other claim
that is most plausibly about the same thing (same kind, then subject and measure).
The verdict then weighs the two intervals against what differs between the claims:
figures that agree at their stated precision are consistent whatever the wording, and
a conflict needs the same subject, measure, period, scope and stage.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter

from .entities import Aliases
from .evidence import conflict_score, weigh_evidence
from .intervals import agree, bound_at_value, is_exact_count, is_stated
from .intervals import gap as figure_gap
from .models import VERDICTS, Claim, Pair, Quantity
from .numbers import format_number
from .relations import (
    SAME_CLAUSE,
    clause_overlap,
    comparable,
    differences,
    is_crossed,
    is_move,
    is_points,
    measure_link,
    same_entity,
    same_rate,
)
from .timeref import overlaps

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
_CODE_RE = re.compile(r"\b[A-Z]{1,6}-?\d{1,4}[A-Za-z]?\b")
_LOCAL_DOLLARS = frozenset({"HKD", "SGD", "AUD", "CAD", "NZD", "TWD"})
_REASON_TEXT = {
    "different_subject": "they are about different subjects",
    "different_measure": "they measure different things",
    "different_time": "they refer to different periods",
    "different_scope": "they cover different scopes",
    "different_stage": "they are at different stages (a plan or target, a first estimate, a result)",
    "different_identifier": "they name different models or products",
    "different_date": "they give different dates for the event",
    "unstated_subject": "a sentence does not say whose figure it is",
    "far_apart": "they are ten times or more apart, as a part and its whole or two measures are",
}


def compare_claims(
    a: Claim,
    b: Claim,
    aliases: Aliases | None = None,
    *,
    same_source: bool = False,
    similarity: float | None = None,
    loose: bool = False,
    evidence: bool = False,
    left_out: list | None = None,
) -> list[Pair]:
    """One :class:`Pair` for each figure of ``a`` aligned with a figure of ``b``.

    ``loose=True`` also pairs the figures left over by kind, even when nothing shows they
    measure the same thing, for a user who asks about two sentences directly; such a pair
    names ``different_measure`` unless its figures agree.

    ``evidence=True`` (a run over many articles, where nobody chose the pair) flags a pair
    only on positive evidence that both figures are about one fact: see :func:`weigh_evidence`;
    the figure pairs it leaves out are appended to ``left_out`` (a list) as ``(figure a, figure b)``.
    """
    aliases = aliases or Aliases()
    pairs = []
    same_document = a.doc_id == b.doc_id
    for qa, qb in align(a.quantities, b.quantities, aliases, loose=loose):
        verdict, reasons, score, explanation = judge(qa, qb, aliases, a.text, b.text)
        if evidence and verdict != "consistent":
            weighed = weigh_evidence(qa, qb, aliases, verdict, reasons, same_document)
            if weighed is None:
                if left_out is not None:
                    left_out.append((qa.text, qb.text))
                continue
            if weighed != (verdict, reasons):
                verdict, reasons = weighed
                score = _review_score(qa, qb, aliases, figure_gap(qa, qb))
                explanation = f"{qa.text} vs {qb.text}: the figures differ, but {_why(reasons, qa, qb)}."
        if verdict == "conflict":
            score = conflict_score(qa, qb, similarity)
        pairs.append(
            Pair(
                id=pair_id(a.id, b.id, qa.text, qb.text),
                a=a.id,
                b=b.id,
                a_quantity=qa.text,
                b_quantity=qb.text,
                verdict=verdict,
                reasons=_REASON_TUPLES.setdefault(tuple(reasons), tuple(reasons)),
                score=round(score, 4),
                explanation=explanation,
                same_source=same_source,
                similarity=None if similarity is None else round(float(similarity), 4),
            )
        )
    return pairs


def rank_pairs(pairs) -> list[Pair]:
    """Most serious first: conflicts, then needs_review, then consistent; by score within each.

    Two stable sorts with one-value keys rather than one sort by a tuple: a run with
    millions of pairs would otherwise hold a tuple per pair while sorting.
    """
    order = {verdict: i * 1000.0 for i, verdict in enumerate(VERDICTS)}
    ranked = sorted(pairs, key=_pair_id)
    ranked.sort(key=lambda p: order[p.verdict] - p.score)
    return ranked


_pair_id = attrgetter("id")
#: One tuple object per distinct list of reasons, shared by every pair that has it.
_REASON_TUPLES: dict[tuple[str, ...], tuple[str, ...]] = {}


def pair_id(claim_a: str, claim_b: str, figure_a: str, figure_b: str) -> str:
    """Stable id from both claims and the figures compared, whatever the order."""
    sides = sorted([(claim_a, figure_a), (claim_b, figure_b)])
    digest = hashlib.sha1("|".join(f"{c}:{f}" for c, f in sides).encode()).hexdigest()
    return "p" + digest[:12]


def align(left, right, aliases: Aliases, *, loose: bool = False) -> list[tuple[Quantity, Quantity]]:
    """Match figures one to one, best-aligned first; unalignable figures are left out.

    ``loose=True`` then matches the figures left over by kind alone (of one count noun and
    rate where anything else matched), so that every figure of two sentences a user
    compares directly is weighed: "60 mph for 1 hr" against "60 mph for less than 1 hr"
    compares the hours too.
    """
    matched = _match(left, right, lambda qa, qb: _alignment(qa, qb, aliases), set(), set())
    if loose:
        used_left = {i for i, _ in matched}
        used_right = {j for _, j in matched}

        strict = bool(matched)

        def leftover(qa: Quantity, qb: Quantity) -> float | None:
            if strict and not comparable(qa, qb):
                return None
            if qa.kind == "money" and not same_rate(qa, qb):
                return None  # a contract's total is never weighed against its yearly sum
            return _loose_alignment(qa, qb, aliases)

        matched += _match(left, right, leftover, used_left, used_right)
    return [(left[i], right[j]) for i, j in matched]


def _match(left, right, scorer, used_left: set[int], used_right: set[int]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by score over the figures not yet used."""
    scored = []
    for i, qa in enumerate(left):
        for j, qb in enumerate(right):
            if i not in used_left and j not in used_right and (score := scorer(qa, qb)) is not None:
                scored.append((score, i, j))
    matched = []
    for _score, i, j in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            matched.append((i, j))
    return matched


def _alignment(qa: Quantity, qb: Quantity, aliases: Aliases) -> float | None:
    """How plausibly two figures are about the same thing; None when they cannot be."""
    if not comparable(qa, qb) or "denied" in (qa.stage, qb.stage):
        return None  # "€90m, not €100m as reported": the article does not state the figure it denies
    subject = same_entity(qa.subject, qb.subject, aliases)
    measure = measure_link(qa, qb)
    if measure == "unknown":
        return None
    crossed = is_crossed(qa, qb, aliases)
    if measure == "different" and not crossed:
        # Different measures of one subject are different facts ("90% online", "16% use AI"),
        # unless one figure's subject is the other's scope, or they split one whole.
        if not _complementary(qa, qb, aliases, qa.measure or "", qb.measure or "", strict=False):
            return None
    score = {"same": 3, "unknown": 1, "different": 0}[subject]
    score += {"same": 3, "related": 2, "different": 0}[measure]
    score += 1 if crossed else 0
    if qa.period and qb.period and overlaps(qa.period, qb.period):
        score += 1
    if qa.moment != qb.moment:
        score -= 2 if qa.moment and qb.moment else 1  # the close against the close before the offer price
    if qa.scope and qb.scope:
        score += 2 if aliases.same(qa.scope, qb.scope) else -1
    if qa.currency and qa.currency == qb.currency:
        score += 0.5  # "$54.5bn (£43.6bn)" against "$52 billion": the sums as both wrote them, not a conversion
    return score - figure_gap(qa, qb)


def _loose_alignment(qa: Quantity, qb: Quantity, aliases: Aliases) -> float | None:
    """Figures of one kind, the same subject and scope preferred, then the closest values."""
    if "denied" in (qa.stage, qb.stage):
        return None
    if qa.kind != qb.kind or (qa.kind == "money" and (qa.normalized is None or qb.normalized is None)):
        return None
    score = {"same": 3, "unknown": 1, "different": 0}[same_entity(qa.subject, qb.subject, aliases)]
    if qa.scope and qb.scope:
        score += 2 if aliases.same(qa.scope, qb.scope) else -1
    return score - figure_gap(qa, qb)


def judge(qa: Quantity, qb: Quantity, aliases: Aliases, text_a: str = "", text_b: str = ""):
    """(verdict, reasons, score, explanation) for two aligned figures."""
    qa, qb = _one_rate(qa, qb)
    qa, qb, local = _local_dollar(qa, qb)
    shown = f"{qa.text} vs {qb.text}"
    codes = different_identifiers(text_a, text_b)
    if qa.kind == "date" or _different_days(qa, qb):
        if qa.normalized == qb.normalized and qa.kind == "date":
            return "consistent", [], 0.0, f"{shown}: the same date."
        return "needs_review", ["different_date"], 1.5, f"{shown}: {_why(['different_date'], qa, qb)}."
    reasons = differences(qa, qb, aliases) + (["different_identifier"] if codes else [])
    gap = figure_gap(qa, qb)
    level_and_move = is_move(qa) != is_move(qb) or is_points(qa) != is_points(qb)
    agreeing = agree(qa, qb) and not level_and_move
    if agreeing and is_stated(qa) and is_stated(qb) and not codes:
        how = "equal after currency conversion" if qa.currency != qb.currency else "equal within rounding"
        if is_exact_count(qa) and is_exact_count(qb):
            how = "the same count"
        return "consistent", [], gap / 10, f"{shown}: {how}{local or _about(qa, qb)}."
    if agreeing:
        if not reasons:
            return (
                "consistent",
                [],
                gap / 10,
                f"{shown}: compatible bounds{_bound_note(qa, qb)}{local or _about(qa, qb)}.",
            )
        return (
            "needs_review",
            reasons,
            _review_score(qa, qb, aliases, gap) - 0.2,
            f"{shown}: compatible as stated, but {_why(reasons, qa, qb)}.",
        )
    if _complementary(qa, qb, aliases, text_a, text_b):
        return "consistent", [], gap / 10, f"{shown}: complementary shares that add up to a whole (100%)."
    # Before calling figures contradictory, what only one side states counts as a difference.
    reasons = differences(qa, qb, aliases, strict=True) + (["different_identifier"] if codes else [])
    if reasons:
        return (
            "needs_review",
            reasons,
            _review_score(qa, qb, aliases, gap),
            (f"{shown}: the figures differ, but {_why(reasons, qa, qb)}."),
        )
    what = " ".join(filter(None, [_possessive(qa.subject), qa.measure or qb.measure]))
    if at_value := bound_at_value(qa, qb):
        bound, value = at_value
        return (
            "conflict",
            [],
            2 + gap,
            f"{shown}: both give {what or 'the same figure'}, and {value.text} is an exact count, "
            f"which cannot be {_lower_first(bound.text)}.",
        )
    return "conflict", [], 2 + gap, f"{shown}: both give {what or 'the same figure'}, and they differ by {_share(gap)}."


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


def _different_days(qa: Quantity, qb: Quantity) -> bool:
    """Both figures dated to a single, different day of the same event."""
    pa, pb = qa.period, qb.period
    if not pa or not pb or pa.start != pa.end or pb.start != pb.end or pa.start == pb.start:
        return False
    return is_stated(qa) and is_stated(qb) and agree(qa, qb) and clause_overlap(qa.clause, qb.clause) >= SAME_CLAUSE


def _one_rate(qa: Quantity, qb: Quantity) -> tuple[Quantity, Quantity]:
    """Two sums in one currency, compared at one exchange rate.

    Each figure is converted to US dollars at its own article's date, so "€510 million"
    in January and "€510 million" in May would differ by the euro's drift; in the same
    currency and unit the stated amounts are what should be compared.
    """
    if (
        qa.kind != "money"
        or qa.currency != qb.currency
        or qa.unit != qb.unit
        or not qa.value
        or not qb.value
        or qa.normalized is None
        or qb.normalized is None
    ):
        return qa, qb
    factor = qa.normalized / qa.value
    if abs(qb.normalized / qb.value - factor) <= 1e-9 * abs(factor):
        return qa, qb
    return qa, replace(
        qb,
        normalized=qb.value * factor,
        normalized_low=None if qb.low is None else qb.low * factor,
        normalized_high=None if qb.high is None else qb.high * factor,
    )


def _local_dollar(qa: Quantity, qb: Quantity) -> tuple[Quantity, Quantity, str]:
    """Read a bare "$" as the other side's local dollar (HK$, S$, A$...) when that makes them agree.

    A Hong Kong or Singapore paper writes its own dollar as "$"; the reader cannot tell
    from one sentence, so both readings are tried and the explanation says which was used.
    """
    for bare, other, swap in ((qa, qb, False), (qb, qa, True)):
        if bare.kind == "money" and other.currency in _LOCAL_DOLLARS and _is_bare_dollar(bare) and other.value:
            factor = other.normalized / other.value
            local = replace(
                bare,
                currency=other.currency,
                unit=other.unit,
                normalized=bare.value * factor,
                normalized_low=None if bare.low is None else bare.low * factor,
                normalized_high=None if bare.high is None else bare.high * factor,
            )
            if is_stated(local) and is_stated(other) and agree(local, other):
                note = f" (reading the bare $ as the local {other.unit})"
                return (other, local, note) if swap else (local, other, note)
    return qa, qb, ""


def _is_bare_dollar(q: Quantity) -> bool:
    return q.currency == "USD" and re.search(r"(?<![A-Za-z.])\$", q.text) is not None


def _review_score(qa: Quantity, qb: Quantity, aliases: Aliases, gap: float) -> float:
    """Rank needs_review pairs: the closer the two claims are to being about one thing, the higher."""
    score = 1.0 + 0.2 * gap
    score += {"same": 0.4, "unknown": 0.15, "different": 0.0}[same_entity(qa.subject, qb.subject, aliases)]
    score += {"same": 0.3, "related": 0.2, "unknown": 0.0, "different": 0.0}[measure_link(qa, qb)]
    return score


def _complementary(qa: Quantity, qb: Quantity, aliases: Aliases, text_a: str, text_b: str, strict: bool = True) -> bool:
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


def _why(reasons: list[str], qa: Quantity, qb: Quantity) -> str:
    details = {
        "different_subject": (qa.subject, qb.subject),
        "different_measure": _measured(qa, qb),
        "different_time": (
            _when(qa, qb),
            _when(qb, qa),
        ),
        "different_scope": (qa.scope, qb.scope),
        "different_stage": (qa.stage, qb.stage),
        "different_identifier": next(iter(different_identifiers(qa.clause or "", qb.clause or "")), (None, None)),
        "different_date": (qa.period and qa.period.text, qb.period and qb.period.text),
        "unstated_subject": (qa.subject, qb.subject),
        "far_apart": (qa.measure, qb.measure),
    }
    parts = []
    for reason in reasons:
        left, right = details[reason]
        parts.append(f"{_REASON_TEXT[reason]} ({left or 'not stated'} vs {right or 'not stated'})")
    return "; ".join(parts)


def _measured(qa: Quantity, qb: Quantity) -> tuple[str | None, str | None]:
    """The two measures as shown, with their rates where the words are one ("pay per year vs pay per season")."""
    if qa.measure != qb.measure or qa.unit.partition(" per ")[2] == qb.unit.partition(" per ")[2]:
        return qa.measure, qb.measure
    return tuple(" per ".join(filter(None, (q.measure, q.unit.partition(" per ")[2]))) or None for q in (qa, qb))


def _when(q: Quantity, other: Quantity) -> str | None:
    """What dates a figure against the other: its moment in the day, its milestone window, or its period."""
    if q.moment and q.moment != other.moment:
        return q.moment
    if q.window != other.window and (q.window or other.window):
        return q.window
    return q.period and q.period.text


def _about(qa: Quantity, qb: Quantity) -> str:
    """For money in two currencies, what the foreign figure is in US dollars."""
    if qa.kind != "money" or qa.currency == qb.currency:
        return ""
    foreign = qa if qa.currency != "USD" else qb
    return f" ({foreign.text} is about US${format_number(foreign.normalized)})"


def _bound_note(qa: Quantity, qb: Quantity) -> str:
    """Why a bound set at the other figure's value holds: that figure is rounded."""
    at_value = bound_at_value(qa, qb)
    if at_value is None:
        return ""
    bound, value = at_value
    return f" ({value.text} is a rounded figure, so it may be {_lower_first(bound.text)})"


def _lower_first(text: str) -> str:
    """A bound quoted mid-sentence: "Fewer than 12" reads "fewer than 12"."""
    return text[:1].lower() + text[1:]


def _share(gap: float) -> str:
    """A relative gap as a percentage, with a decimal where a whole percent would read 0% or 1%."""
    return f"{gap:.0%}" if gap >= 0.095 else f"{gap:.1%}"


def _possessive(subject: str | None) -> str:
    return f"{subject}'s" if subject else ""
