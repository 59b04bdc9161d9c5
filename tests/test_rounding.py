import math

import pytest

from claimcheck.quantities import read_figures
from claimcheck.rounding import interval, make_finding, place, quotient


def _figure(text):
    return read_figures(text)[0]


@pytest.mark.parametrize(
    ("text", "half"),
    [("$61.40", 0.005), ("72 tonnes", 0.5), ("$2.35 billion", 5e6)],
)
def test_rounding_place_is_half_the_last_written_digit(text, half):
    assert place(_figure(text)) == pytest.approx(half)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("72 tonnes", 71.5, 72.5),
        ("more than 72 tonnes", 72.0, math.inf),  # a floor, no ceiling
        ("less than $4 million", 0.0, 4e6),
        ("about 50%", 45.0, 55.0),  # a tenth of the value is wider than the half point
        ("nearly 50%", 42.5, 50.5),  # up to 15% short, at most its own rounding over
        ("240 people", 240.0, 240.0),  # a tally is exact
    ],
)
def test_rounding_interval_reads_the_digits_and_the_hedge(text, low, high):
    assert interval(_figure(text)) == pytest.approx((low, high))


def test_rounding_quotient_takes_the_far_ends():
    assert quotient((8.0, 12.0), (2.0, 4.0)) == (2.0, 6.0)


def _judged(span, stated, computed):
    used = read_figures("It went from 10 to 20 tonnes.")
    finding, ids = make_finding("change", used, computed, span, stated[0], stated, "20 / 10", "stated")
    assert ids == {id(q) for q in used}
    return finding


def test_rounding_a_computed_interval_meeting_the_stated_one_is_consistent():
    finding = _judged((9.0, 11.0), (10.5, 12.0), 10.0)
    assert finding.verdict == "consistent"
    # The stated interval widened by how far the computed one reaches each way.
    assert (finding.low, finding.high, finding.tolerance) == pytest.approx((9.5, 13.0, 1.75))
    assert (finding.figures, finding.start, finding.end) == (("10", "20 tonnes"), 13, 28)


def test_rounding_rounding_intervals_that_only_touch_do_not_agree():
    assert _judged((9.0, 10.0), (10.0, 11.0), 9.5).verdict == "inconsistent"
    assert _judged((10.0, 10.0), (9.5, 10.5), 10.0).verdict == "consistent"  # an exact value inside


def test_rounding_an_open_end_has_no_bound_and_no_tolerance():
    finding = _judged((2.4, 2.6), (2.0, math.inf), 2.5)
    assert finding.verdict == "consistent"
    assert finding.high is None and finding.tolerance is None
