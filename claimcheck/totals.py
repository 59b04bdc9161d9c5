"""Parts and their whole: a total the sentence gives its parts, shares that make up 100%, and
a share of a population against the count it makes.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from .levels import CLAUSE_BREAK_RE, FROM_RE, POINTS_RE, is_level, same_measure, words_before
from .models import Quantity
from .rounding import ABOUT_RE, ABOUT_RELATIVE, OVER_RE, UNDER_RE, interval, make_finding, quotient

_TOTAL_RE = re.compile(
    r"\b(?:together|combined|in total|in all|altogether|a total of|total(?:ling|ing|led|ed|s)?(?: of)?|"
    r"for a total of|(?:brings?|bringing|brought|takes?|taking|took) (?:the|its|their) total to|a combined|adding up to|add(?:s|ed)? up to|sum of)\s*(?:of\s*)?$",
    re.I,
)
_TOTAL_AFTER_RE = re.compile(r"^\s*(?:[a-z]+\s+)?(?:in all|in total|altogether|combined|between them)\b", re.I)


def totals(sentence: str, figures: list[Quantity], date: str | None):
    """A total the words name ("together", "in all"), against the sum of the parts beside it."""
    for total in figures:
        if not is_level(total):
            continue
        if not (
            _TOTAL_RE.search(words_before(sentence, total, figures)) or _TOTAL_AFTER_RE.match(sentence[total.end :])
        ):
            continue
        # A figure equal to the total restates it ("Of the 500 seats, ... 500 in total"): no part;
        # nor are the ends of a range ("claims ranging from $200 to $4 million"), nor the level a
        # move started from ("$5 billion, up from $4 billion").
        bounds = _range_ends(sentence, figures)
        candidates = [
            q
            for q in figures
            if same_measure(q, total)
            and is_level(q)
            and q.change in ("=", "~")
            and q.value != total.value
            and id(q) not in bounds
            and not FROM_RE.search(words_before(sentence, q, figures))
        ]
        # The parts sit on one side of their total: "A and B, together C" or "C in all: A and B".
        before = [q for q in candidates if q.end <= total.start]
        after = [q for q in candidates if q.start >= total.end]
        parts, side = (before, "before") if len(before) >= 2 else (after, "after")
        if len(parts) < 2:
            continue
        if _SOME_RE.search(sentence[min(q.start for q in (*parts, total)) : max(q.end for q in (*parts, total))]):
            yield _at_most(parts, total)  # "including A and B": some of the parts, so no more than the total
            continue
        # Of several figures before the total, those next to it may be its parts and the first
        # another fact's ("sales of $5 billion; its two units made $2 billion and $1 billion, $3
        # billion together"): any run of at least two that reaches the total and adds up will do.
        runs = (
            [parts[i:] for i in range(len(parts) - 1)]
            if side == "before"
            else [parts[: i + 2] for i in range(len(parts) - 1)]
        )
        findings = [_sum_of(run, total) for run in runs]
        yield next((f for f in findings if f[0].verdict == "consistent"), findings[0])


#: Words that say the parts named are some of the total's, not all: "including", "of whom".
_SOME_RE = re.compile(
    r"\b(?:includ(?:ing|es|ed)|among (?:them|which|whom)|such as|of (?:whom|which|them)|at least)\b", re.I
)


def _sum_of(parts: list[Quantity], total: Quantity):
    spans = [interval(q) for q in parts]
    computed = sum(q.value for q in parts)
    span = (sum(s[0] for s in spans), sum(s[1] for s in spans))
    expression = " + ".join(q.text for q in parts)
    return make_finding("total", (*parts, total), computed, span, total.value, interval(total), expression, total.text)


def _at_most(parts: list[Quantity], total: Quantity):
    """Some of a total's parts: their sum must not exceed it."""
    spans = [interval(q) for q in parts]
    computed = sum(q.value for q in parts)
    span = (sum(s[0] for s in spans), sum(s[1] for s in spans))
    expression = " + ".join(q.text for q in parts) + " (some of the parts)"
    stated = (-math.inf, interval(total)[1])
    return make_finding(
        "total", (*parts, total), computed, span, total.value, stated, expression, f"at most {total.text}"
    )


def _range_ends(sentence: str, figures: list[Quantity]) -> set[int]:
    """Ids of figures that are the ends of a range written as two figures ("from $200 to $4 million")."""
    ends = set()
    for first, second in zip(figures, figures[1:]):
        if re.search(r"\b(?:from|between)\s*$", words_before(sentence, first, figures), re.I) and re.fullmatch(
            r"\s*(?:to|and|-|–)\s*", sentence[first.end : second.start], re.I
        ):
            ends |= {id(first), id(second)}
    return ends


# Shares of one whole: "45% coal, 30% gas and the remaining 25% renewables"

#: Words that say a list of shares is the whole: "the remaining 25%", "the rest".
_WHOLE_RE = re.compile(
    r"\b(?:remaining|the rest|the remainder|the balance|everyone else|everything else|all others?)\b", re.I
)
#: How far from a share its "the remaining" may be, in characters.
_WHOLE_REACH = 25


def _is_share(q: Quantity) -> bool:
    return (
        q.kind == "percent"
        and q.change in ("=", "~")
        and not q.range
        and not POINTS_RE.search(q.unit + " " + q.text)
        and not (OVER_RE.match(q.text) or UNDER_RE.match(q.text))
    )


def shares(sentence: str, figures: list[Quantity], date: str | None):
    """Shares the sentence says are all the parts ("the remaining 25%") must add up to 100%."""
    shares = [q for q in figures if _is_share(q)]
    if len(shares) < 2 or CLAUSE_BREAK_RE.search(sentence[shares[0].start : shares[-1].end]):
        return
    closing = [
        q
        for q in shares
        if _WHOLE_RE.search(sentence[max(0, q.start - _WHOLE_REACH) : q.start])
        or _WHOLE_RE.match(
            sentence[q.end : q.end + _WHOLE_REACH].lstrip(" ,(").removeprefix("for ").removeprefix("to ")
        )
    ]
    if not closing:
        return
    last = shares.index(closing[-1])
    # The shares of one whole end at the one that closes it; those before may be of another
    # whole ("Turnout was 65%, with 52% for her and the remaining 48% for him"): any run of
    # at least two that ends there and makes 100% will do.
    findings = [_whole_of(shares[first : last + 1]) for first in range(last)]
    if findings:
        yield next((f for f in findings if f[0].verdict == "consistent"), findings[0])


def _whole_of(shares: list[Quantity]):
    spans = [interval(q) for q in shares]
    computed = sum(q.value for q in shares)
    span = (sum(low for low, _ in spans), sum(high for _, high in spans))
    expression = " + ".join(q.text for q in shares)
    whole = Quantity(
        "100%", shares[-1].start, shares[-1].end, 100.0, 100.0, 100.0, "percent", "percentage", 100.0, 100.0, 100.0
    )
    finding, _ids = make_finding(
        "shares", (*shares, whole), computed, span, 100.0, (100.0, 100.0), expression, "100% (all the parts)", "%"
    )
    # The whole is no figure of the sentence: it is shown, not marked.
    finding = replace(finding, figures=finding.figures[:-1], start=shares[0].start, end=shares[-1].end)
    return finding, {id(q) for q in shares}


# "One in five of its 1.5 million residents, about 300,000 people"

_OF_RE = re.compile(r"^\s*(?:of|among)\b[^;,.()]{0,60}$", re.I)
_APPOSED_RE = re.compile(r"^[\w'’\- ]{0,40}(?:,|\(|—|–|:)\s*(?:or|that is|i\.e\.)?\s*$", re.I)
_SMALL_NUMBERS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}
_SMALL_NUMBERS |= {"a": 1, "an": 1}


def ratios(sentence: str, figures: list[Quantity], date: str | None):
    """A share of a population given with the count it makes: share x population = count."""
    for share in figures:
        if not _is_share(share):
            continue
        after = [q for q in figures if q.start >= share.end]
        if not after or after[0].kind != "count" or not _OF_RE.match(sentence[share.end : after[0].start]):
            continue
        population = after[0]
        counts = [
            q
            for q in figures
            if q.kind == "count"
            and q is not population
            and is_level(q)
            and q.value < population.value
            and (
                q.start >= population.end
                and _APPOSED_RE.match(sentence[population.end : q.start])
                or q.end <= share.start
                and _APPOSED_RE.match(sentence[q.end : share.start])
            )
        ]
        if not counts:
            continue
        count = counts[0]
        ratio = quotient(interval(count), interval(population))
        computed = count.value / population.value * 100
        span = (ratio[0] * 100, ratio[1] * 100)
        expression = f"{count.text} / {population.text}"
        yield make_finding(
            "ratio",
            (count, population, share),
            computed,
            span,
            share.value,
            _share_interval(share),
            expression,
            share.text,
            "%",
        )


def _share_interval(q: Quantity) -> tuple[float, float]:
    """What a share allows; "one in five" is any share nearer one in five than one in four or six."""
    match = re.match(r"^(?:about |around |roughly |nearly |almost )?(\w+)\s+in\s+(\d+|\w+)\b", q.text.strip(), re.I)
    if q.unit != "fraction" or match is None:
        return interval(q)
    parts = match.group(1).lower()
    parts_count = int(parts) if parts.isdigit() else _SMALL_NUMBERS.get(parts)
    if not parts_count or not q.value:
        return interval(q)
    whole = parts_count * 100 / q.value
    low, high = 100 * parts_count / (whole + 0.5), 100 * parts_count / (whole - 0.5)
    if ABOUT_RE.match(q.text.strip()):
        low, high = min(low, q.value * (1 - ABOUT_RELATIVE)), max(high, q.value * (1 + ABOUT_RELATIVE))
    return low, high
