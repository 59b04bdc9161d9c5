"""A second look at the rules' evidence: how likely two figures are one fact a person should see.

The rules (:mod:`claimcheck.evidence`) decide on positive evidence, one reading at a time, and each reading
can be wrong: an owner misread ("Till", "the ill-fated bus"), a measure worded two ways, a place given for
an owner. On forty-four sets of real coverage (2,053 articles, 4,198 real disagreements written down before
any run) the rules left out 26,006 figure pairs, 948 of them real disagreements, and showed 7,742 for review,
1,109 of them real. The evidence they read, put together, says more than any one rule: two close figures of one
family, worded alike around the figure and told as bounds, are one fact far more often than two far-apart
figures with two owners named.

This module reads that evidence as numbers (:data:`FEATURES`) and weighs it with a logistic model fitted on
those sets (``benchmarks/pair_model.py``, weights in :mod:`claimcheck.pair_weights`): a pair the rules leave
out is shown for review when the model gives it at least :data:`RESCUE`; one they show for review is left out
below :data:`TRIM`. Two figures the rules never weigh at all (a story's close counts of people, one read as "people
rescued", the other as "people"; measures read apart) are weighed by a third model, fitted on those pairs alone, and
shown from :data:`LOOSE`. A conflict stays the rules' alone: the models find pairs for a person, never a verdict.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from .entities import Aliases, is_named
from .intervals import agree
from .measures import is_running_tally, measure_family
from .models import Quantity
from .pair_weights import WEIGHTS
from .relations import clause_overlap, measure_link, same_entity
from .words import STOPWORDS, place_of


class Weighing(NamedTuple):
    """Two figures as the rules weigh them: the judge's verdict and reasons, and what the run knows beside (how alike
    their sentences are, how many days apart their articles were published)."""

    qa: Quantity
    qb: Quantity
    aliases: Aliases
    verdict: str
    reasons: list[str]
    same_document: bool
    similarity: float | None = None
    days_apart: int | None = None


#: The differences the judge names, each a feature.
_REASONS = (
    "different_subject",
    "different_time",
    "different_scope",
    "different_stage",
    "different_source",
    "different_measure",
)
#: The evidence, by name, in the order :func:`evidence_features` gives it.
FEATURES = (
    "log_ratio",
    "log_ratio_squared",
    "judged_conflict",
    "reasons",
    "similarity",
    "same_document",
    "running_tallies",
    *(f"reason_{reason.removeprefix('different_')}" for reason in _REASONS),
    "measure_same",
    "measure_related",
    "measure_unknown",
    "owner_same",
    "owner_unknown",
    "kind_count",
    "kind_money",
    "kind_percent",
    "owners_given",
    "periods_given",
    "scopes_given",
    "stages_given",
    "sources_given",
    "family_same",
    "clause_overlap",
    "words_around_alike",
    "figures_agree",
    "owners_places",
    "owners_settings",
    "owners_named",
    "ranges",
    "approximate",
    "bounded",
    "moment_same",
    "earlier_one_side",
    "owners_share_a_word",
    "measures_words_alike",
    "topics_same",
    "log_days_apart",
    "days_unknown",
)
#: A pair the rules leave out is shown for review from this probability up.
RESCUE = 0.1
#: A pair the rules show for review is left out below this probability.
TRIM = 0.08
#: Two figures the rules never weighed (nothing read says they measure one thing) are shown from this probability.
LOOSE = 0.15
#: Shares and rates: bounded, and far apart as often as a scope or a measure differs.
_BOUNDED = frozenset({"percent", "multiplier"})
#: Figures further apart than this count as this far apart (a part against its whole, however far).
_RATIO_CAP = math.log(20.0)
#: Words either side of a figure that say what it is ("were killed in", "passengers aboard the").
_AROUND = 4
_WORD_RE = re.compile(r"[a-z]+")


def evidence_features(pair: Weighing) -> list[float]:
    """The evidence two weighed figures give, as numbers in the order of :data:`FEATURES`."""
    qa, qb, aliases, verdict, reasons, same_document, similarity, days_apart = pair
    low, high = sorted((abs(qa.normalized), abs(qb.normalized)))
    log_ratio = min(math.log(high / low), _RATIO_CAP) if low else _RATIO_CAP
    measure = measure_link(qa, qb)
    owner = same_entity(qa.subject, qb.subject, aliases)
    family_a, family_b = measure_family(qa.measure)[0], measure_family(qb.measure)[0]
    both = (qa, qb)
    values = [
        log_ratio,
        log_ratio * log_ratio,
        verdict == "conflict",
        len(reasons),
        0.5 if similarity is None else float(similarity),
        same_document,
        is_running_tally(qa.measure, qa.kind) and is_running_tally(qb.measure, qb.kind),
        *(reason in reasons for reason in _REASONS),
        measure == "same",
        measure == "related",
        measure == "unknown",
        owner == "same",
        owner == "unknown",
        qa.kind == "count",
        qa.kind == "money",
        qa.kind == "percent",
        sum(bool(q.subject) for q in both),
        sum(bool(q.period) for q in both),
        sum(bool(q.scope) for q in both),
        sum(bool(q.stage) for q in both),
        sum(bool(q.source) for q in both),
        family_a is not None and family_a == family_b,
        clause_overlap(qa.clause, qb.clause),
        _words_around_alike(qa, qb),
        agree(qa, qb),
        sum(bool(place_of(q.subject or "")) for q in both),
        sum(aliases.is_setting(q.subject) for q in both),
        sum(is_named(q.subject) for q in both),
        sum(q.range for q in both),
        sum(q.change == "~" for q in both),
        sum(q.change in ("<", ">") for q in both),
        qa.moment is not None and qa.moment == qb.moment,
        (qa.moment == "earlier") != (qb.moment == "earlier"),
        bool(_words_of(qa.subject) & _words_of(qb.subject)),
        _alike(_words_of(qa.measure), _words_of(qb.measure)),
        same_entity(qa.topic, qb.topic, aliases) == "same",
        math.log1p(days_apart) if days_apart is not None else 0.0,
        days_apart is None,
    ]
    return [float(value) for value in values]


def one_fact_probability(features: list[float], model: str) -> float:
    """The probability the ``model`` ("rescue" for pairs the rules leave out, "trim" for those they show, "loose" for
    those they never weigh) gives two figures with these features of being one fact a person should see."""
    weights = WEIGHTS[model]
    logit = weights["intercept"] + sum(w * x for w, x in zip(weights["coefficients"], features))
    return 1.0 / (1.0 + math.exp(-max(min(logit, 40.0), -40.0)))


def second_look(
    weighed: tuple[str, list[str]] | None, pair: Weighing, consulted: list[float] | None = None
) -> tuple[str, list[str]] | None:
    """The rules' verdict (``weighed``), or for review where they left the pair out and the evidence taken together
    says one fact, or left out where they showed it for review and the evidence says two. The probability a model
    gave, where one was asked, is appended to ``consulted`` (a list), so that the queue is ranked without asking
    twice."""
    if weighed is not None and weighed[0] != "needs_review":
        return weighed  # a conflict is the rules' alone
    if weighed is None and rescuable(pair):
        return _shown_from(pair, "rescue", RESCUE, consulted)
    if weighed is not None and trimmable(pair):
        return weighed if _consult(pair, "trim", consulted) >= TRIM else None
    return weighed


def loose_look(pair: Weighing, consulted: list[float] | None = None) -> tuple[str, list[str]] | None:
    """For review where two figures the rules never weighed (their measures or counted nouns read apart, or not read)
    are one fact by the evidence taken together, else None. A model of its own weighs them: such pairs are many,
    and one fact far more seldom than the pairs the rules weigh and leave out."""
    return _shown_from(pair, "loose", LOOSE, consulted) if rescuable(pair) else None


def _shown_from(pair: Weighing, model: str, cut: float, consulted: list[float] | None) -> tuple[str, list[str]] | None:
    """For review on a second look where the ``model`` gives the pair at least ``cut``, else None."""
    if _consult(pair, model, consulted) >= cut:
        return "needs_review", [*pair.reasons, "second_look"]
    return None


def _consult(pair: Weighing, model: str, consulted: list[float] | None) -> float:
    probability = one_fact_probability(evidence_features(pair), model)
    if consulted is not None:
        consulted.append(probability)
    return probability


def review_probability(pair: Weighing, rescued: bool) -> float:
    """How likely a pair shown for review is one fact a person should see, to rank the review queue: by the model of
    the pairs the rules leave out for one shown on a second look (``rescued``), else by the model of those they
    show. The pair's verdict and reasons are the judge's, as the models read them."""
    return one_fact_probability(evidence_features(pair), "rescue" if rescued else "trim")


def rescuable(pair: Weighing) -> bool:
    """Whether a pair the rules leave out may be shown on a second look. Not one article's two figures (two facts
    unless it restates one, which the rules alone read), nor figures that can both be right ("at least 41" and "41",
    "at least 39" and "at least 136": nothing to check), nor two owners named and told apart where neither is a
    place (another entity's figure is another fact; a place may be where the story's own figure holds)."""
    qa, qb, aliases = pair.qa, pair.qb, pair.aliases
    if pair.same_document or pair.verdict == "consistent" or agree(qa, qb):
        return False
    return not (
        is_named(qa.subject)
        and is_named(qb.subject)
        and same_entity(qa.subject, qb.subject, aliases) == "different"
        and not any(place_of(q.subject or "") or aliases.is_setting(q.subject) for q in (qa, qb))
    )


def trimmable(pair: Weighing) -> bool:
    """Whether a pair the rules show for review may be left out on a second look: not one article's two figures set
    side by side, which ask for the comparison themselves, nor two shares or rates, which far apart are a scope or a
    measure to check (:mod:`claimcheck.evidence`) and which the sets, mostly sums and counts, seldom held."""
    return not pair.same_document and pair.qa.kind not in _BOUNDED


def _words_around_alike(qa: Quantity, qb: Quantity) -> float:
    """Share of the words either side of each figure the two have in common ("people were killed in")."""
    return _alike(_words_around(qa), _words_around(qb))


def _alike(words_a: set[str], words_b: set[str]) -> float:
    either = words_a | words_b
    return len(words_a & words_b) / len(either) if either else 0.0


def _words_of(text: str | None) -> set[str]:
    """The words of an owner or a measure that say which ("the Klarna Bank": klarna, bank)."""
    return {word for word in _WORD_RE.findall((text or "").lower()) if word not in STOPWORDS}


def _words_around(figure: Quantity) -> set[str]:
    clause = figure.clause or ""
    at = clause.find(figure.text)
    if at < 0:
        return set()
    before = _WORD_RE.findall(clause[:at].lower())[-_AROUND:]
    after = _WORD_RE.findall(clause[at + len(figure.text) :].lower())[:_AROUND]
    return set(before) | set(after)
