"""Figures written alike: the same digits at two scales, precise totals a hair apart."""

from claimcheck.claims import checkable_figures
from claimcheck.twins import precise_twins, scale_slipped, significant_digits


def one(sentence):
    (figure,) = checkable_figures(sentence, "2024-03-22")
    return figure


def test_twins_the_same_digits_at_two_scales_are_a_slip_when_two_digits_or_more_are_written():
    assert scale_slipped(one("Velto paid $787.5 million."), one("Velto paid $787.5 billion."))
    assert not scale_slipped(one("Velto paid $1 million."), one("Velto paid $1 billion."))  # one digit says little
    assert not scale_slipped(one("Velto paid $787.5 million."), one("Velto paid $787.5 million."))


def test_twins_precise_totals_a_hair_apart_cannot_both_be_right():
    assert precise_twins(one("The film took $357.1 million."), one("The film took $357.2 million."))
    assert not precise_twins(one("The film took $350 million."), one("The film took $352 million."))  # round
    assert not precise_twins(one("The film took $357.1 million."), one("The film took $372.1 million."))  # 4% apart
    assert significant_digits("$357.1 million") == 4 and significant_digits("11,300") == 3
