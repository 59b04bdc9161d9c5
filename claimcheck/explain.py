"""How a verdict is told: what differs between two figures, in words a reviewer reads at a glance.

The verdict is decided in :mod:`claimcheck.compare`; this module only says it: each reason
with the two sides' values ("they refer to different periods (2024 vs 2023)"), the dollar
value of a foreign sum, and why a bound at the other figure's value is compatible.
"""

from __future__ import annotations

from .intervals import bound_at_value
from .models import Quantity
from .moments import hour_unknown
from .numbers import format_number
from .relations import different_identifiers

REASON_TEXT = {
    "different_subject": "they are about different subjects",
    "different_measure": "they measure different things",
    "different_time": "they refer to different periods",
    "different_scope": "they cover different scopes",
    "different_stage": "they are at different stages (a plan or target, a first estimate, one side's claim, a result)",
    "different_identifier": "they name different models or products",
    "different_date": "they give different dates for the event",
    "unstated_subject": "a sentence does not say whose figure it is",
    "far_apart": "they are several times apart, as a part and its whole or two measures are",
    "restated_elsewhere": "one article also gives the other's figure elsewhere",
    "scale_slip": "they have the same digits a thousand or a million times apart, as when a scale word slips",
    "little_alike": "the two sentences say little alike, so they may not be about one fact",
    "different_source": "each is what its own source said",
    "different_base": "each sentence gives its share beside its own count, so they may be shares of different "
    "parts or wholes",
    "published_apart": "the articles were published a week or more apart and do not date the figures alike, so each "
    "may be of its own time",
    "part_of_whole": "one sentence gives its figure as a part of a whole the size of the other figure",
    "different_span": "each is told over its own span, and the spans differ, so they may count different stretches",
    "valued_apart": "each sentence gives a valuation beside its sum, and the valuations differ, so they may be two "
    "rounds",
    "different_ceiling": "each gives the most the figure can be, and the two most differ",
    "different_floor": "each gives the least the figure can be, as its source counted it, and the two least differ",
    "measure_worded_apart": "they name what they measure in different words and are too far apart to be one figure "
    "misreported without a look at whether the words name one measure",
    "yardstick": "one sentence cites its figure as a record or a rival it measures its own fact against",
    "near_copy": "they are within 1% of each other, each written to three digits or more, as one figure copied or "
    "revised is",
    "one_step_apart": "each is written to two digits and they are one step of the last digit apart, as two roundings "
    "or two conversions of one sum are",
    "possible": 'one is told as what the figure may come to ("may cost", "could reach"), a guess another '
    "source may make differently",
    "approximate_time": "one gives the time of day only roughly, and a rough time may miss by more than its words "
    "allow",
    "second_look": "no one reading shows they are one fact, but the evidence taken together says they often are, "
    "so a person checks",
}


def why(reasons: list[str], qa: Quantity, qb: Quantity, beside: tuple[Quantity, Quantity] | None = None) -> str:
    """The reasons in words, each with the two sides' values; ``beside`` holds the counts two shares' sentences
    give beside them (for ``different_base``), the spans two tallies are told over (``different_span``) or the
    valuations two sums raised are told beside (``valued_apart``)."""
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
        "restated_elsewhere": (qa.text, qb.text),
        "scale_slip": (qa.text, qb.text),
        "near_copy": (qa.text, qb.text),
        "little_alike": (qa.text, qb.text),
        "different_source": (qa.source, qb.source),
        "part_of_whole": (qa.text, qb.text),
        "published_apart": (None, None),
        "different_base": (beside[0].text, beside[1].text) if beside else (None, None),
        "different_span": (beside[0].text, beside[1].text) if beside else (None, None),
        "valued_apart": (beside[0].text, beside[1].text) if beside else (None, None),
        "different_ceiling": (qa.text, qb.text),
        "different_floor": (qa.text, qb.text),
        "measure_worded_apart": (qa.measure, qb.measure),
        "yardstick": (qa.text, qb.text),
        "one_step_apart": (qa.text, qb.text),
        "possible": (qa.text, qb.text),
        "second_look": (None, None),
    }
    parts = []
    for reason in reasons:
        left, right = details[reason]
        if reason == "different_time" and hour_unknown(qa, qb):
            parts.append(
                f"they are counts of one day ({qa.period.text[6:]}) that grow by the hour, and neither says when"
            )
            continue
        if reason in ("published_apart", "second_look"):
            parts.append(REASON_TEXT[reason])
            continue
        if left is None and right is None:
            parts.append(f"{REASON_TEXT[reason]} (neither says which)")  # a growing toll neither dates
            continue
        parts.append(f"{REASON_TEXT[reason]} ({left or 'not stated'} vs {right or 'not stated'})")
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
    if q.period and other.period and q.period.text == other.period.text and q.period != other.period:
        return f"{q.period.text} on {q.period.end}"  # "now" in two articles a year apart: say which now
    return q.period and q.period.text


def about(qa: Quantity, qb: Quantity) -> str:
    """For money in two currencies, what the foreign figure is in US dollars."""
    if qa.kind != "money" or qa.currency == qb.currency:
        return ""
    foreign = qa if qa.currency != "USD" else qb
    return f" ({foreign.text} is about US${format_number(foreign.normalized)})"


def bound_note(qa: Quantity, qb: Quantity) -> str:
    """Why a bound set at the other figure's value holds: that figure is rounded."""
    at_value = bound_at_value(qa, qb)
    if at_value is None:
        return ""
    bound, value = at_value
    return f" ({value.text} is a rounded figure, so it may be {lower_first(bound.text)})"


def lower_first(text: str) -> str:
    """A bound quoted mid-sentence: "Fewer than 12" reads "fewer than 12"."""
    return text[:1].lower() + text[1:]


def share(gap: float) -> str:
    """A relative gap as a percentage, with a decimal where a whole percent would read 0% or 1%, and "less than
    0.1%" where even that would read 0.0% (£67,801 against £67,802.72)."""
    if 0 < gap < 0.0005:
        return "less than 0.1%"
    return f"{gap:.0%}" if gap >= 0.095 else f"{gap:.1%}"


def possessive(subject: str | None) -> str:
    return f"{subject}'s" if subject else ""
