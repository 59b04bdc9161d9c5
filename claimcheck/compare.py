"""Compare the figures of two claims and decide: conflict, needs_review or consistent.

Alignment comes first (:mod:`claimcheck.alignment`): a figure is only compared with the
figure of the other claim that is most plausibly about the same thing. The verdict then
weighs the two intervals against what differs between the claims:
figures that agree at their stated precision are consistent whatever the wording, and
a conflict needs the same subject, measure, period, scope and stage. How two figures relate
on each dimension is :mod:`claimcheck.relations`; how the verdict is told, :mod:`claimcheck.explain`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from operator import attrgetter

from .alignment import align, leftovers
from .alike import told_alike_figures
from .bases import counts_apart, spans_apart, valuations_apart
from .clock import TIME_OF_DAY, judge_times
from .conversions import one_sum_groups
from .dating import a_birthday_apart, told_apart
from .entities import Aliases
from .evidence import conflict_score, little_alike, weigh_evidence
from .explain import about, bound_note, lower_first, possessive, share, why
from .growing import told_on_two_days, two_levels
from .intervals import (
    agree,
    bound_at_value,
    different_ceilings,
    different_floors,
    is_exact_count,
    is_stated,
    one_rate,
)
from .intervals import gap as figure_gap
from .models import VERDICTS, Claim, Pair, Quantity
from .pair_model import Weighing, loose_look, review_probability, second_look
from .relations import (
    SAME_CLAUSE,
    clause_overlap,
    complementary,
    differences,
    different_identifiers,
    is_move,
    is_points,
    measure_link,
    same_entity,
)
from .wholes import parts_of_whole

_LOCAL_DOLLARS = frozenset({"HKD", "SGD", "AUD", "CAD", "NZD", "TWD"})


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
    days_apart: int | None = None,
) -> list[Pair]:
    """One :class:`Pair` for each figure of ``a`` aligned with a figure of ``b``.

    ``loose=True`` also pairs the figures left over by kind, even when nothing shows they
    measure the same thing, for a user who asks about two sentences directly; such a pair
    names ``different_measure`` unless its figures agree.

    ``evidence=True`` (a run over many articles, where nobody chose the pair) flags a pair
    only on positive evidence that both figures are about one fact: see :func:`weigh_evidence`;
    the figure pairs it leaves out are appended to ``left_out`` (a list) as ``(figure a, figure b)``.
    ``days_apart`` is how many days apart the two articles were published (None: unknown).
    """
    aliases = aliases or Aliases()
    pairs = []
    same_document = a.doc_id == b.doc_id
    aligned = align(a.quantities, b.quantities, aliases, loose=loose)
    told_alike = evidence and not aligned and not same_document and (rescued := told_alike_figures(a, b, similarity))
    if told_alike:
        aligned = [rescued]
    for qa, qb in aligned:
        if qa.kind == TIME_OF_DAY:  # when the event happened: judged by its own rules, never weighed as a sum
            if (timed := judge_times(qa, qb, same_document)) is not None:
                pairs.append(_pair(a, b, qa, qb, *timed, same_source, similarity))
            continue
        verdict, reasons, score, explanation = judge(qa, qb, aliases, a.text, b.text)
        if verdict != "consistent" and (settled := _settled_as_stated(qa, a, qb, b, aliases)):
            qa, qb, (verdict, reasons, score, explanation) = settled
        if verdict != "consistent" and (parts := parts_of_whole(qa, a, qb, b)):
            verdict, reasons, score = "consistent", [], figure_gap(qa, qb) / 10
            explanation = f"{qa.text} vs {qb.text}: {parts}, a part against the whole."
        judged = Weighing(qa, qb, aliases, verdict, reasons, same_document, similarity, days_apart)
        consulted: list[float] = []  # the probability the second look gave, where it asked its models
        if evidence and verdict != "consistent":
            weighed = weigh_evidence(qa, qb, aliases, verdict, reasons, same_document)
            if told_alike and (weighed is None or weighed[0] == "conflict"):
                # two sentences told nearly alike, whose figures nothing else aligned: for a person, never a conflict
                weighed = ("needs_review", reasons or ["different_measure"])
            elif not told_alike:
                weighed = second_look(weighed, judged, consulted)
            if weighed is None:
                if left_out is not None:
                    left_out.append((qa.text, qb.text))
                continue
            beside = None  # the counts two shares' sentences give, where they make the shares of two wholes
            if weighed[0] == "conflict" and little_alike(similarity):
                weighed = ("needs_review", ["little_alike"])
            elif weighed[0] == "conflict" and told_apart(qa, qb, days_apart):
                weighed = ("needs_review", ["published_apart"])
            elif weighed[0] == "conflict" and a_birthday_apart(qa, qb):
                weighed = ("needs_review", ["different_time"])  # an age told before and after a birthday
            elif weighed[0] == "conflict" and told_on_two_days(qa, qb, days_apart):
                weighed = ("needs_review", ["different_time"])  # a toll's two days
            elif weighed[0] == "conflict" and (beside := counts_apart(qa, a.quantities, qb, b.quantities)):
                weighed = ("needs_review", ["different_base"])
            elif weighed[0] == "conflict" and (
                beside := spans_apart(qa, a.text, a.quantities, qb, b.text, b.quantities)
            ):
                weighed = ("needs_review", ["different_span"])  # "280 goals in 435 games", "213 goals in 320 games"
            elif weighed[0] == "conflict" and (beside := valuations_apart(qa, a.quantities, qb, b.quantities)):
                weighed = ("needs_review", ["valued_apart"])  # "€450m at a $2bn valuation", "€600mn at close to €6bn"
            if weighed != (verdict, reasons):
                verdict, reasons = weighed
                explanation = f"{qa.text} vs {qb.text}: the figures differ, but {why(reasons, qa, qb, beside)}."
        if verdict == "conflict":
            score = conflict_score(qa, qb, similarity)
        elif evidence and verdict == "needs_review":
            # the likeliest to be one fact first: a person reads the queue from the top
            score = 1 + (consulted[0] if consulted else review_probability(judged, rescued=False))
        pairs.append(_pair(a, b, qa, qb, verdict, reasons, score, explanation, same_source, similarity))
    if evidence and not same_document and not told_alike:
        for qa, qb in leftovers(a.quantities, b.quantities, aligned, aliases):
            if (
                qa.kind != TIME_OF_DAY
                and (pair := _looked_loosely(qa, a, qb, b, aliases, same_source, similarity, days_apart)) is not None
            ):
                pairs.append(pair)
    return _one_pair_per_sum(pairs, a, b)


def _looked_loosely(
    qa: Quantity,
    a: Claim,
    qb: Quantity,
    b: Claim,
    aliases: Aliases,
    same_source: bool,
    similarity: float | None,
    days_apart: int | None,
) -> Pair | None:
    """Two figures of two articles that nothing read ties to one measure, shown for review where the evidence taken
    together says they are one fact (:func:`claimcheck.pair_model.loose_look`): "saving 26 people" against "24 were
    rescued", a count of people whose fate one sentence leaves unread."""
    verdict, reasons, _score, _explanation = judge(qa, qb, aliases, a.text, b.text)
    if verdict == "consistent":
        return None
    consulted: list[float] = []
    looked = loose_look(Weighing(qa, qb, aliases, verdict, reasons, False, similarity, days_apart), consulted)
    if looked is None:
        return None
    verdict, reasons = looked
    explanation = f"{qa.text} vs {qb.text}: the figures differ, but {why(reasons, qa, qb, None)}."
    return _pair(a, b, qa, qb, verdict, reasons, 1 + consulted[0], explanation, same_source, similarity)


def _pair(
    a: Claim,
    b: Claim,
    qa: Quantity,
    qb: Quantity,
    verdict: str,
    reasons: list[str],
    score: float,
    explanation: str,
    same_source: bool,
    similarity: float | None,
) -> Pair:
    return Pair(
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


def _one_pair_per_sum(pairs: list[Pair], a: Claim, b: Claim) -> list[Pair]:
    """One pair for one sum against another, however many currencies each is given in: "€115m (£100m/$122m)"
    against "100 million euros ($110 million, £86 million)" is one disagreement, shown once at its most serious."""
    if len(pairs) < 2:
        return pairs
    sums, converted = [], []
    for claim in (a, b):
        groups = one_sum_groups(claim.text, claim.quantities)
        sums.append({q.text: group for q, group in zip(claim.quantities, groups)})
        converted.append({q.text for i, (q, group) in enumerate(zip(claim.quantities, groups)) if group != i})
    rank = {verdict: i for i, verdict in enumerate(VERDICTS)}

    def seriousness(pair: Pair) -> tuple[int, int]:  # the most serious verdict, then the sums as stated
        return rank[pair.verdict], (pair.a_quantity in converted[0]) + (pair.b_quantity in converted[1])

    kept: dict[tuple, Pair] = {}
    for pair in pairs:
        key = (sums[0].get(pair.a_quantity, pair.a_quantity), sums[1].get(pair.b_quantity, pair.b_quantity))
        if key not in kept or seriousness(pair) < seriousness(kept[key]):
            kept[key] = pair
    chosen = {id(pair) for pair in kept.values()}
    return [pair for pair in pairs if id(pair) in chosen]


def _as_stated(figure: Quantity, claim: Claim) -> Quantity:
    """The sum as its sentence states it, for a bracketed conversion of it: "A$380m (£191m/$243m)" gives A$380m
    for $243m. A conversion is the writer's approximation at some day's rate; the sum as stated is the fact."""
    if figure.kind != "money" or len(claim.quantities) < 2:
        return figure
    figures = claim.quantities
    at = next((i for i, q in enumerate(figures) if q is figure), None)
    return figure if at is None else figures[one_sum_groups(claim.text, figures)[at]]


def _settled_as_stated(qa: Quantity, a: Claim, qb: Quantity, b: Claim, aliases: Aliases):
    """(sum a, sum b, judgement) when either figure is a bracketed conversion and the sums as stated, in one
    currency, agree: a conversion is one writer's rate. Across currencies the rates' allowance is wide, and two
    conversions that differ are worth a look, so nothing is settled there."""
    stated_a, stated_b = _as_stated(qa, a), _as_stated(qb, b)
    if (stated_a is qa and stated_b is qb) or not _one_currency(stated_a, stated_b):
        return None
    judged = judge(stated_a, stated_b, aliases, a.text, b.text)
    return (stated_a, stated_b, judged) if judged[0] == "consistent" else None


def _one_currency(qa: Quantity, qb: Quantity) -> bool:
    """Two sums in one currency, a bare "$" counting as the other's local dollar: compared with no exchange rate."""
    return qa.currency == qb.currency or _may_be_local(qa, qb) or _may_be_local(qb, qa)


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


def judge(qa: Quantity, qb: Quantity, aliases: Aliases, text_a: str = "", text_b: str = ""):
    """(verdict, reasons, score, explanation) for two aligned figures."""
    qa, qb = one_rate(qa, qb)
    qa, qb, local = _local_dollar(qa, qb)
    shown = f"{qa.text} vs {qb.text}"
    codes = different_identifiers(text_a, text_b)
    if qa.kind == "date" or _different_days(qa, qb):
        if qa.normalized == qb.normalized and qa.kind == "date":
            return "consistent", [], 0.0, f"{shown}: the same date."
        return "needs_review", ["different_date"], 1.5, f"{shown}: {why(['different_date'], qa, qb)}."
    reasons = differences(qa, qb, aliases) + (["different_identifier"] if codes else [])
    gap = figure_gap(qa, qb)
    level_and_move = is_move(qa) != is_move(qb) or is_points(qa) != is_points(qb)
    agreeing = agree(qa, qb) and not level_and_move
    if agreeing and is_stated(qa) and is_stated(qb) and not codes:
        how = "equal after currency conversion" if qa.currency != qb.currency else "equal within rounding"
        if is_exact_count(qa) and is_exact_count(qb):
            how = "the same count"
        return "consistent", [], gap / 10, f"{shown}: {how}{local or about(qa, qb)}."
    if agreeing and two_levels(qa, qb):
        reasons = [r for r in reasons if r != "different_time"] + ["different_time"]
        return (
            "needs_review",
            reasons,
            _review_score(qa, qb, aliases, gap) - 0.2,
            f"{shown}: compatible as bounds, but {why(reasons, qa, qb)}: a count that grows, told at two levels.",
        )
    # two ceilings or two counted floors at different values: compatible as numbers, yet each source's bound differs
    apart = None
    if agreeing and different_ceilings(qa, qb):
        apart = "different_ceiling"
    elif agreeing and different_floors(qa, qb):
        apart = "different_floor"
    if apart:
        reasons = reasons + [apart]
        return (
            "needs_review",
            reasons,
            _review_score(qa, qb, aliases, gap) - 0.2,
            f"{shown}: compatible as bounds, but {why(reasons, qa, qb)}.",
        )
    if agreeing:
        if not reasons:
            return (
                "consistent",
                [],
                gap / 10,
                f"{shown}: compatible bounds{bound_note(qa, qb)}{local or about(qa, qb)}.",
            )
        return (
            "needs_review",
            reasons,
            _review_score(qa, qb, aliases, gap) - 0.2,
            f"{shown}: compatible as stated, but {why(reasons, qa, qb)}.",
        )
    if complementary(qa, qb, aliases, text_a, text_b):
        return "consistent", [], gap / 10, f"{shown}: complementary shares that add up to a whole (100%)."
    # Before calling figures contradictory, what only one side states counts as a difference.
    reasons = differences(qa, qb, aliases, strict=True) + (["different_identifier"] if codes else [])
    if reasons:
        return (
            "needs_review",
            reasons,
            _review_score(qa, qb, aliases, gap),
            (f"{shown}: the figures differ, but {why(reasons, qa, qb)}."),
        )
    what = " ".join(filter(None, [possessive(qa.subject), qa.measure or qb.measure]))
    if at_value := bound_at_value(qa, qb):
        bound, value = at_value
        return (
            "conflict",
            [],
            2 + gap,
            f"{shown}: both give {what or 'the same figure'}, and {value.text} "
            f"{'is an exact count, which' if is_exact_count(value) else 'is at or short of that value and'} "
            f"cannot be {lower_first(bound.text)}.",
        )
    return "conflict", [], 2 + gap, f"{shown}: both give {what or 'the same figure'}, and they differ by {share(gap)}."


def _different_days(qa: Quantity, qb: Quantity) -> bool:
    """Both figures dated to a single, different day of the same event."""
    pa, pb = qa.period, qb.period
    if not pa or not pb or pa.start != pa.end or pb.start != pb.end or pa.start == pb.start:
        return False
    return is_stated(qa) and is_stated(qb) and agree(qa, qb) and clause_overlap(qa.clause, qb.clause) >= SAME_CLAUSE


def _local_dollar(qa: Quantity, qb: Quantity) -> tuple[Quantity, Quantity, str]:
    """Read a bare "$" as the other side's local dollar (HK$, S$, A$...) when that makes them agree.

    A Hong Kong or Singapore paper writes its own dollar as "$"; the reader cannot tell
    from one sentence, so both readings are tried and the explanation says which was used.
    """
    for bare, other, swap in ((qa, qb, False), (qb, qa, True)):
        if _may_be_local(bare, other) and other.value:
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


def _may_be_local(bare: Quantity, other: Quantity) -> bool:
    """``bare`` is a sum in a plain "$" that may be ``other``'s local dollar (HK$, S$, A$...)."""
    return other.currency in _LOCAL_DOLLARS and _is_bare_dollar(bare)


def _is_bare_dollar(q: Quantity) -> bool:
    return q.currency == "USD" and re.search(r"(?<![A-Za-z.])\$", q.text) is not None


def _review_score(qa: Quantity, qb: Quantity, aliases: Aliases, gap: float) -> float:
    """Rank needs_review pairs: the closer the two claims are to being about one thing, the higher."""
    score = 1.0 + 0.2 * gap
    score += {"same": 0.4, "unknown": 0.15, "different": 0.0}[same_entity(qa.subject, qb.subject, aliases)]
    score += {"same": 0.3, "related": 0.2, "unknown": 0.0, "different": 0.0}[measure_link(qa, qb)]
    return score
