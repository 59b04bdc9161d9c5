"""Whose figure: when two figures whose owners are left unsaid, or read as two, may still be one fact.

The owner is the reader's weakest field. A sentence may leave it unsaid ("the toll rose to 261"), give it to a
place where the story's owner is meant ("across the US, 156 fatalities"), or give it to someone beside the fact
(a film's director, a game's loser, a broadcaster). None of these is evidence of one fact, so none makes a
conflict; each may still be shown for review where the figures are close enough to be one fact misread and
nothing else is stated apart on both sides.
"""

from __future__ import annotations

from .entities import Aliases, is_named
from .intervals import agree
from .measures import is_running_tally
from .models import Quantity
from .moments import moment_parts
from .relations import same_entity
from .timeref import same_period
from .words import place_of
from .yardsticks import is_yardstick

#: What else may differ between one measure's close figures when one sentence leaves the owner unsaid.
_UNSTATED_APART = frozenset({"different_subject", "different_stage", "different_scope"})
#: Below this, two groups of people are a list's items (10 crew, seven Portuguese), not one group named two ways.
_GROUPS_LEAST = 1000
#: With an owner left unsaid, only figures this close can be one fact misreported ($8 billion vs $9.5 billion).
MISREPORT_APART = 1.5
#: Figures of one measure that neither sentence gives an owner or a place: the story's own count, which outlets
#: give this far apart (the police's crowd against the organisers', a toll at two times).
_UNSTATED_NEAR = 2.0
#: Two named sources' figures of one measure no sentence gives an owner: the police's crowd against the
#: organisers', which differ this much and are the disagreement a person checks.
_SOURCES_APART = 4.0
#: Two owners' figures this close may be one fact whose owner one article's words hid from the reader.
_OWNERS_NEAR = 1.15
#: What else may differ between them: when, at what stage, and who tells it, each left unsaid on one side.
_OWNERS_APART = frozenset({"different_subject", "different_time", "different_stage", "different_source"})


def unstated_owner(
    qa: Quantity, qb: Quantity, aliases: Aliases, verdict: str, reasons: list[str], measure: str, groups: bool
) -> tuple[str, list[str]] | None:
    """The verdict for two figures one of whose owners is left unsaid: for review where they may be one fact
    (close, one measure, and what else differs only unsaid on one side), else None."""
    low = min(abs(qa.normalized), abs(qb.normalized))
    apart = _apart(qa, qb)
    near = (
        apart <= MISREPORT_APART
        or apart <= _UNSTATED_NEAR
        and _story_s_own(qa, qb, aliases)
        or apart <= _SOURCES_APART
        and "different_source" in reasons
    )
    owners = _owner(qa), _owner(qb)
    if same_entity(*owners, aliases) == "different" and (
        all(place_of(owner or "") for owner in owners) or qa.kind == "age"
    ):
        # an unnamed figure of a story about one place against another place's figure (two towns' quakes), or
        # an unnamed age in a story about one person against another person's; otherwise a story's topic is
        # only a guess at whose an unnamed figure is, and sets no other owner apart
        return None
    if measure == "same" and near and (verdict == "conflict" or reasons == ["different_subject"]):
        return "needs_review", ["unstated_subject"]
    if (
        groups
        and near
        and low >= _GROUPS_LEAST
        and not agree(qa, qb)
        and same_entity(_owner(qa), _owner(qb), aliases) == "same"
        and set(reasons) <= _UNSTATED_APART | {"different_measure"}
    ):
        # "9.8 million customers" of Optus against "10 million people" in a story about Optus: one group,
        # perhaps, named two ways by two outlets
        return "needs_review", ["unstated_subject"] + [r for r in reasons if r != "different_subject"]
    if (
        measure == "same"
        and near
        and "different_time" in reasons
        and set(reasons) <= _UNSTATED_APART | {"different_time"}
        and (is_running_tally(qa.measure, qa.kind) or is_running_tally(qb.measure, qb.kind))
    ):
        # "the death toll has risen to 261" against "the number of deaths is 275" a day later: a count that
        # grows, told at two times by articles on one story; a person follows it (an owner only one side
        # names is worth saying, none named is the story's own count)
        named = is_named(qa.subject) or is_named(qb.subject)
        return "needs_review", ["unstated_subject"] * named + [r for r in reasons if r != "different_subject"]
    if (
        measure == "same"
        and near
        and set(reasons) <= _UNSTATED_APART | {"different_source"}
        and one_sided(qa, qb, reasons)
    ):
        # one measure, close figures, and what else differs is only left unsaid on one side, or who gives each
        # ("1.3 million, the ministry said" against "2.4 million, the organisers said")
        return "needs_review", ["unstated_subject"] + [r for r in reasons if r != "different_subject"]
    return None  # nothing says these are one entity's figures


def owner_misread(qa: Quantity, qb: Quantity, aliases: Aliases, measure: str, reasons: list[str]) -> bool:
    """Two articles' close figures of one measure given to two owners, where the owners may be misread.

    The owner is the reader's weakest field: a film's director, a game's loser, a broadcaster ("Mara Voss's
    comedy grossed $162 million", "the final averaged 14.2 million on Channel 5") stand where another article names the
    film or the game. Figures within :data:`_OWNERS_NEAR` of each other, one measure, and nothing else stated
    apart on both sides are shown for review with the owners named as the difference, unless either is cited as a
    yardstick ("surpassing the £75m Rovers paid"), which is another owner's figure by the sentence's own words.
    """
    return (
        measure == "same"
        and qa.kind != "age"  # two people's ages are two facts, however close
        and not any(place_of(q.subject or "") for q in (qa, qb))  # two places' tolls are two counts
        and same_entity(qa.topic, qb.topic, aliases) != "different"  # two hurricanes' tolls, two films' takings
        and _apart(qa, qb) <= _OWNERS_NEAR
        and set(reasons) <= _OWNERS_APART
        and one_sided(qa, qb, reasons)
        and not is_yardstick(qa)
        and not is_yardstick(qb)
    )


def _apart(qa: Quantity, qb: Quantity) -> float:
    """How many times the larger figure is the smaller one (infinite against a zero)."""
    low, high = sorted((abs(qa.normalized), abs(qb.normalized)))
    return high / low if low else float("inf")


def _story_s_own(qa: Quantity, qb: Quantity, aliases: Aliases) -> bool:
    """Neither figure names an owner but the story's setting, and both name the same place or none: "1.28 million
    people took part" against "2.8 million demonstrated", not a county's toll ("43 in Harris County") against the
    state's."""
    if any(is_named(q.subject) and not aliases.is_setting(q.subject) for q in (qa, qb)):
        return False  # the story's setting ("19 killed in Sohag") says where, as no owner at all does
    return (qa.scope is None) == (qb.scope is None) and (qa.scope is None or aliases.same_place(qa.scope, qb.scope))


def placed(figure: Quantity, other: Quantity, aliases: Aliases) -> bool:
    """``figure`` is owned by a place, in a story about ``other``'s owner: the place may be where it holds."""
    return bool(
        place_of(figure.subject or "")
        and figure.topic
        and not place_of(other.subject or "")
        and same_entity(figure.topic, other.subject, aliases) == "same"
    )


def one_sided(qa: Quantity, qb: Quantity, reasons: list[str]) -> bool:
    """Every difference named is one sentence leaving a dimension unsaid, not two sentences stating two values."""
    return not any(
        getattr(qa, _STATED_BY[r]) and getattr(qb, _STATED_BY[r]) for r in reasons if r in _STATED_BY
    ) and not stated_apart(qa, qb, "same")


#: The field each reason says differs.
_STATED_BY = {"different_time": "period", "different_scope": "scope", "different_stage": "stage"}


def _owner(figure: Quantity) -> str | None:
    """The figure's named owner, else (where it is unnamed or a place) its story's topic (:mod:`claimcheck.topics`)."""
    if is_named(figure.subject) and not (figure.topic and place_of(figure.subject)):
        return figure.subject
    return figure.topic


def stated_apart(qa: Quantity, qb: Quantity, measure: str) -> bool:
    """Both figures say what they measure or at which point of a trading day, and say different things.

    A person has nothing to decide there: a valuation and a loss, the offer price and the
    opening price are two facts. What only one side states stays for review, and so do two
    periods, places or stages of one measure (last year's share against this year's).
    """
    if measure == "different":
        return True
    if (qa.moment == "earlier") != (qb.moment == "earlier"):
        current, earlier = (qb, qa) if qa.moment == "earlier" else (qa, qb)
        one_time = current.period and earlier.period and same_period(current.period, earlier.period)
        if (current.period or current.moment) and not one_time:
            # history the article recalls ("the record $1.6 billion jackpot of 2022") against news the other
            # dates: two facts. Undated, the other may tell the same history.
            return True
    point_a, point_b = (moment_parts(q.moment)[1] if q.moment else None for q in (qa, qb))
    return bool(point_a and point_b and point_a != point_b)
