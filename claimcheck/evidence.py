"""Positive evidence: which compared pairs a run may show a person, and how sure each conflict is.

Unknown is never the same. A conflict needs both subjects named and one entity, both
measures known and one measure, and magnitudes that could be one fact; a pair whose
figures can both be right, or that states two facts outright (two points of a trading day,
two measures), is left out of the review queue and counted instead.
"""

from __future__ import annotations

import re

from .counted import FATE_NAMES, counted_noun, two_groups
from .entities import Aliases, is_named
from .growing import two_levels
from .intervals import agree, bounds, different_ceilings, different_floors
from .intervals import gap as figure_gap
from .list_items import list_items
from .measures import is_running_tally, measure_family, measured_alike
from .models import Quantity
from .numbers import parse_digits
from .owner_evidence import MISREPORT_APART, owner_misread, placed, stated_apart, unstated_owner
from .parties import is_crossed, told_together
from .relations import (
    SAME_CLAUSE,
    clause_overlap,
    is_move,
    measure_link,
    reached_by_move,
    same_entity,
)
from .twins import ORDERS_APART, near_scale_step, one_step_apart, precise_twins, scale_slipped
from .wholes import WHOLE_AFTER_RE
from .words import STOPWORDS, place_of
from .yardsticks import is_yardstick

#: What may differ between two entities' figures that are still shown side by side.
_ONE_FACT_APART = frozenset({"different_subject", "different_measure", "different_source"})


#: Figures this many times apart are shown for review, never as a conflict: shares and rates, which are
#: bounded and misreported far apart too ("16.3%" against "81.2%"); sums, counts and spans, where a part
#: against its whole (a deal's debt, one channel's audience) is far likelier than a misreport.
_PARTS_APART = {"percent": 10.0, "multiplier": 10.0}
_PARTS_APART_ELSE = 3.0
#: How far apart two figures of one measure worded differently ("cost" and "recovery costs") may be and still
#: be a conflict: past it, a person checks that the two words name one measure.
_WORDED_APART = 1.3
#: A figure told at two times and this many times apart has moved between them.
_MOMENTS_APART = 1.5
#: A conflict's two sentences must be at least this alike (cosine of their embeddings).
CONFLICT_SIMILARITY = 0.5


def little_alike(similarity: float | None) -> bool:
    """Two sentences that say little alike read as one fact: shown for review, not as a conflict.

    Every conflict judged true on eight sets of real coverage and the seeds had sentences at least
    0.51 alike; about a third of the false ones had less, their subject or measure misread alike.
    Without an embedding (two sentences compared on request) the sentences were chosen as one fact.
    """
    return similarity is not None and similarity < CONFLICT_SIMILARITY


def conflict_score(qa: Quantity, qb: Quantity, similarity: float | None) -> float:
    """Rank a conflict by how sure it is one fact and by how far apart the figures are.

    Sureness: the two sentences' similarity (0.5 when not embedded) and how much their
    clauses say alike around the figures; the gap: the relative difference, capped at 1.
    A near-copy sentence with a 40% gap outranks two loosely matched ones with the same gap.
    """
    sureness = ((0.5 if similarity is None else float(similarity)) + clause_overlap(qa.clause, qb.clause)) / 2
    return 2 + 0.6 * min(figure_gap(qa, qb), 1.0) + 0.4 * sureness


def weigh_evidence(
    qa: Quantity, qb: Quantity, aliases: Aliases, verdict: str, reasons: list[str], same_document: bool
) -> tuple[str, list[str]] | None:
    """The verdict a run may show for two figures that differ, or None to leave the pair out.

    Unknown is never the same: a conflict needs both subjects named and one entity, and
    both measures known and one measure. Two figures three or more orders of magnitude
    apart (a share price and a valuation) are not one fact misreported; nor are two figures
    of one article unless its sentences restate one fact. A pair with nothing in common
    but a kind of unit (no subject and no measure known to agree) is left out of the
    review queue, and so is a pair whose figures can both be right and differ only in whose,
    when, where or at what stage they are, or in the wording of one measure ("shares" and "price").
    """
    low, high = sorted((abs(qa.normalized), abs(qb.normalized)))
    if low and high / low >= ORDERS_APART:
        if _scale_slip(qa, qb, low, high, aliases):
            return "needs_review", ["scale_slip"]  # "$1.1 billion" where the others write "$1.1 trillion"
        return None
    if _tally(qa) and _tally(qb) and (qa.moment == "earlier") != (qb.moment == "earlier"):
        # "the toll rose to 84 from 73", "in September 21 died when a bus plunged": an earlier count, or another
        # event's, told beside the story's own count, which the same article may give: two facts
        return None
    subject = same_entity(qa.subject, qb.subject, aliases)
    if precise_twins(qa, qb) and not same_document and _not_two_owners(qa, qb, aliases):
        # "$357.1 million" against "$357.2 million": one figure, whatever else its sentences were read to say
        return "needs_review", ["near_copy"]
    if subject == "different" and (placed(qa, qb, aliases) or placed(qb, qa, aliases)):
        subject = "unknown"  # "across the US, 156 fatalities" against "Ian's toll of 166": where, not whose
    elif subject == "different" and aliases.same_place(qa.subject, qb.subject):
        subject = "unknown"  # "32 killed in Tahta" against "Egypt's crash left 19 dead": the story's places
    elif (
        subject == "different"
        and _told_toll(qa)
        and _told_toll(qb)
        and not any(place_of(q.subject or "") for q in (qa, qb))
    ):
        # "AFAD raised the toll to 8,754" against "the toll at the Astroworld festival": a toll is an event's or a
        # place's, and a body named beside it may only be telling it; a place on either side is the guard above
        subject = "unknown"
    measure = measure_link(qa, qb)
    crossed = is_crossed(qa, qb, aliases)
    if measure not in ("same", "related") and subject != "same" and not crossed:
        return None  # only a kind of unit in common
    groups = two_groups(qa, qb)
    if groups and subject != "unknown":
        return None  # two groups of people named (troops and residents), each with its owner: two counts
    if same_document and (clause_overlap(qa.clause, qb.clause) < SAME_CLAUSE or list_items(qa, qb)):
        if verdict == "conflict" or subject == "unknown":
            # one article's two figures: two facts, unless it restates one; lines worded alike but for their
            # figures are a list's items ("banned for two years", "banned for three years"), not a restatement
            return None
    if (
        verdict == "needs_review"
        and agree(qa, qb)
        and ("different_measure" not in reasons or measure in ("same", "unknown") or not _two_qualified(qa, qb))
        and not two_levels(qa, qb)
        and not different_ceilings(qa, qb)
        and not different_floors(qa, qb)
    ):
        # the figures can both be right: nothing for a person to decide, unless the one figure is given to two
        # measures of one thing ("more than 100 million monthly users" against "155.2 million weekly users")
        return None
    planned = qa.stage == qb.stage == "planned"  # "would cut spending by $1.2 trillion": a plan's, not a day's
    moved = is_move(qa) or is_move(qb) or reached_by_move(qa) or reached_by_move(qb)
    days = verdict == "conflict" and moved and not (qa.period and qb.period) and not planned
    if days and subject != "unknown":
        # A rise or fall is a day's, and so is the level it reached ("fell 322 points to 5,074"): two with no
        # stated days are two days until shown otherwise.
        verdict, reasons = "needs_review", ["different_time"]
    if verdict == "conflict" and not (qa.period and qb.period) and _tally(qa) and _tally(qb):
        # "the toll passes 2,100" against "the toll has risen to 2,960": a count that grows, told at times one side
        # leaves unsaid, is two moments of it until the days show otherwise
        verdict, reasons = "needs_review", ["different_time"]
    if subject == "unknown":
        # One fact but for an owner one sentence leaves unsaid: a person may look, never a conflict; a day's move
        # or level is weighed as the figures it is, then shown as of two days
        shown = unstated_owner(qa, qb, aliases, verdict, reasons, measure, groups)
        if shown and days and "different_time" not in shown[1]:
            return shown[0], [*shown[1], "different_time"]
        return shown
    if (
        "different_subject" in reasons
        and not crossed
        and not (told_together(qa, qb) and high / low <= MISREPORT_APART)
        and (
            not same_document
            or measure == "different"
            or set(reasons) - _ONE_FACT_APART
            or reasons == ["different_subject"]
        )
    ):
        # another entity's figure is another fact; only one article that sets two entities' kindred figures side
        # by side ("Qwen's 100 million monthly users", "Doubao's 155 million weekly") asks for a comparison; two
        # articles' figures this close may be one fact with one owner misread, which a person sees named
        if not same_document and owner_misread(qa, qb, aliases, measure, reasons):
            return "needs_review", reasons
        return None
    if verdict == "needs_review" and not crossed and stated_apart(qa, qb, measure):
        return None  # both say what, when, where or at what stage, and say different things: two facts
    if verdict == "needs_review" and "different_time" in reasons and _moved(qa, qb, low, high):
        # "valued at $24 billion in May" against "now valued at $45 billion": a figure that moves, told at two
        # times and far apart, is two moments of it, not one fact misreported
        return None
    if verdict == "conflict" and (
        _part_of_the_other(qa, qb)
        or _part_of_the_other(qb, qa)
        or _parts_of_two_wholes(qa, qb)
        or _each_or_together(qa) != _each_or_together(qb)
    ):
        # "results for 542 of the 543 constituencies" against "all 543": the part against its whole, which the
        # other article may have given; a person checks which each counts
        return "needs_review", ["part_of_whole"]
    if verdict == "conflict" and low and high / low >= _PARTS_APART.get(qa.kind, _PARTS_APART_ELSE):
        # "more than 200 million viewers" against "2.2 million": far more often a part against the whole,
        # or another measure misread as this one, than one fact misreported: a person decides.
        verdict, reasons = "needs_review", ["far_apart"]
    if (
        verdict == "conflict"
        and qa.kind not in _BOUNDED
        and low
        and high / low >= _WORDED_APART
        and not measured_alike(qa.measure, qb.measure)
    ):
        # "a fee of EUR115m" against "a deal worth EUR100m" is one fact told twice; "$1.5 billion in out-of-pocket
        # costs" against "$3.4 billion in costs" is as often two measures the reader took for one: a sum or count
        # that far off asks for its measure written alike before both cannot be right (a share's words name its
        # base, which different_base reads)
        verdict, reasons = "needs_review", ["measure_worded_apart"]
    if verdict == "conflict" and one_step_apart(qa, qb):
        # "$75 million" against "$74 million": one step of the last digit written, as two roundings or two
        # conversions of one sum at two rates differ; a person checks whether both are one sum told twice
        verdict, reasons = "needs_review", ["one_step_apart"]
    if verdict == "conflict" and (told_as_possible(qa) or told_as_possible(qb)):
        # "the recall may now cost Samsung $5.4 billion" against "would cost about $3 billion": what a figure may
        # come to is a guess, and two sources' guesses differ without either being wrong
        verdict, reasons = "needs_review", ["possible"]
    if verdict == "conflict" and (is_yardstick(qa) or is_yardstick(qb)):
        # "the fee surpasses the £89m Rovers paid for Dalton": a record or a rival the sentence measures its own
        # fact against, told in passing; whose it is rests on the reader alone, so a person checks it is the
        # other's fact before both cannot be right
        verdict, reasons = "needs_review", ["yardstick"]
    if verdict == "needs_review" and qa.kind not in _BOUNDED and _too_far_to_review(low, high, reasons):
        return None
    if (
        verdict == "needs_review"
        and not crossed
        and _two_facts_stated(reasons)
        and not (same_document and measure == "related")
    ):
        return None  # one article's two owners of one family side by side ("Qwen's monthly users, Doubao's weekly")
    return verdict, reasons


def _two_qualified(qa: Quantity, qb: Quantity) -> bool:
    """Both measures say which of one thing's kinds they are, and say two ("monthly" and "weekly" users, "gross" and
    "net" revenue); a qualifier one side leaves out ("total liabilities" against "debt") is one measure worded two
    ways."""
    first, second = (measure_family(q.measure, q.kind == "percent")[1] for q in (qa, qb))
    return bool(first) and bool(second) and first != second


def told_as_possible(figure: Quantity) -> bool:
    """A figure its clause gives as what may be: "may now cost Samsung $5.4 billion", "could reach 300"."""
    before, _after = _clause_around(figure)
    return bool(before) and bool(_POSSIBLE_BEFORE_RE.search(before))


def _clause_around(figure: Quantity) -> tuple[str, str]:
    """The words of the figure's clause before it and after it ("", "" where the clause does not hold it)."""
    clause = figure.clause or ""
    at = clause.find(figure.text)
    return (clause[:at], clause[at + len(figure.text) :]) if at >= 0 else ("", "")


#: A modal of possibility a few words before a figure, with no clause break between: "may now cost Samsung".
_POSSIBLE_BEFORE_RE = re.compile(r"\b(?:may|might|could)\b(?:\s+(?!and\b|but\b|or\b)[\w'’.\-]+){1,5}\s+$", re.I)


def _two_facts_stated(reasons: list[str]) -> bool:
    """Two measures, and two owners, stages or places besides: two facts, which share little but a kind of unit.

    A pair for review is one fact but for what its reasons name. On forty-six sets of real coverage, a pair
    that differed in its measure and its owner was one disagreement in about 1 of 40 (a film's audience given to
    its channel), and in its measure and its stage or place, with one time, in 1 of 30; a measure misread at two
    times (a toll told as deaths one day and as the dead the next) stays, one in eight was one fact.
    """
    said = set(reasons)
    if "different_measure" not in said:
        return False
    return "different_subject" in said or bool(said & _PLACE_OR_STAGE) and "different_time" not in said


#: Differences that, with two measures at one time, make two facts.
_PLACE_OR_STAGE = frozenset({"different_scope", "different_stage"})


def _too_far_to_review(low: float, high: float, reasons: list[str]) -> bool:
    """Figures so far apart that a pair shown for review is almost never one fact.

    Sums and counts: on thirty-four sets of real coverage, of the pairs shown for review, 2% of those ten times
    apart or more were one fact (a deal against its termination fee, a quake's first toll against its last), and
    3% of those three to ten times apart that differ in anything but time or stage (two measures, two owners, two
    places); a figure that moved (a toll at two times, an estimate revised) was one fact in 7% at three to ten.
    """
    apart = high / low if low else float("inf")
    if apart >= _REVIEW_APART:
        return True
    return apart >= _PARTS_APART_ELSE and not set(reasons) & _MOVED_APART


#: Shares and rates (the kinds with a far-apart bound of their own) are bounded: two shares far apart are a scope or
#: a measure to check ("89% of the market within China" against "4% of the global market"), not a part and its whole.
_BOUNDED = frozenset(_PARTS_APART)
#: Pairs for review this many times apart are left out.
_REVIEW_APART = 10.0
#: What says a figure three to ten times another may be one fact that moved, or a part misread as its whole.
_MOVED_APART = frozenset({"different_time", "different_stage", "published_apart", "far_apart"})


def _told_toll(figure: Quantity) -> bool:
    """A count of what befell people (the dead, the injured, the missing): an event's or a place's count."""
    return figure.kind == "count" and bool(figure.unit) and counted_noun(figure) in FATE_NAMES


def _part_of_the_other(part: Quantity, other: Quantity) -> bool:
    """``part`` is a count its clause gives as a part of a whole ("542 of the 543", "241 out of 242") that is
    the size of ``other``."""
    size = _whole_of(part)
    if size is None:
        return False
    low, high = bounds(other)[:2]  # "more than 543" has no top: the interval reader's open ends, not None
    return low <= size <= high


def _parts_of_two_wholes(qa: Quantity, qb: Quantity) -> bool:
    """Both counts are parts of wholes their clauses name, and the wholes differ: "the results of 264 out of 265
    seats" against "258 out of 266": two counts of how far a tally had got, not one fact."""
    wholes = _whole_of(qa), _whole_of(qb)
    return None not in wholes and wholes[0] != wholes[1]


def _each_or_together(figure: Quantity) -> bool:
    """An amount its clause gives for each of several ("4,200 tonnes of fuel oil each") or for several together ("a
    combined capacity of 8,400 tonnes"): against one told plainly, one may be the other's part or whole. A share is
    of its own whole ("the share of people in each country"), so shares are left as they are."""
    if figure.kind == "percent" or not figure.clause:
        return False
    return bool(_EACH_AFTER_RE.search(_clause_around(figure)[1]) or _TOGETHER_RE.search(figure.clause))


#: "each" after an amount gives it to each of several; not a rate ("each year").
_EACH_AFTER_RE = re.compile(r"\beach\b(?!\s+(?:year|month|week|day|season|quarter|time|other)\b)", re.I)
#: Words that give an amount to several at once.
_TOGETHER_RE = re.compile(r"\b(?:combined|together|altogether)\b", re.I)


def _whole_of(part: Quantity) -> float | None:
    """The whole a count's clause gives it as a part of ("542 of the 543": 543), or None."""
    if part.kind != "count" or not part.clause or part.text not in part.clause:
        return None
    whole = WHOLE_AFTER_RE.match(_clause_around(part)[1])
    try:
        return parse_digits(whole.group("whole"))[0] if whole else None
    except ValueError:
        return None  # digits in no grouping a number is written in ("1,2345")


def _scale_slip(qa: Quantity, qb: Quantity, low: float, high: float, aliases: Aliases) -> bool:
    """A scale word slipped ("billion" for "trillion"), not a per-share price against a valuation.

    Either the same digits are written at two scales (:func:`~claimcheck.twins.scale_slipped`: two
    significant digits or more, so never "$1 million" against "$1 billion") and nothing names two
    owners, or one entity's one measure is a thousand or a million times apart with nearly those digits.
    """
    if " per " in qa.unit + qb.unit:
        return False
    if scale_slipped(qa, qb):
        return _not_two_owners(qa, qb, aliases)
    ratio = high / low
    slipped = near_scale_step(ratio)
    return (
        slipped
        and same_entity(qa.subject, qb.subject, aliases) == "same"
        and measure_link(qa, qb) in ("same", "related")
    )


def _not_two_owners(qa: Quantity, qb: Quantity, aliases: Aliases) -> bool:
    """Nothing names two owners: both named and one entity, at least one not named, or two names that share a
    word ("Fox" and "Fox News", a company and its channel)."""
    if not (is_named(qa.subject) and is_named(qb.subject)):
        return True
    if same_entity(qa.subject, qb.subject, aliases) != "different":
        return True
    return bool(_name_words(qa.subject) & _name_words(qb.subject))


def _name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[A-Za-z][\w\-]+", name.lower()) if w not in STOPWORDS and len(w) > 2}


def _moved(qa: Quantity, qb: Quantity, low: float, high: float) -> bool:
    """A company's worth or a price, far apart at two times: it moved between them."""
    families = {measure_family(qa.measure)[0], measure_family(qb.measure)[0]}
    return bool(low) and high / low >= _MOMENTS_APART and families <= _MOVING


#: Measures whose level moves from day to day or round to round.
_MOVING = frozenset({"valuation", "price"})


def _tally(figure: Quantity) -> bool:
    return is_running_tally(figure.measure, figure.kind)
