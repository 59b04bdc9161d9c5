"""Figures a sentence cites as a yardstick: a record beaten, a rival matched, an earlier total."""

import pytest

from claimcheck.claims import checkable_figures
from claimcheck.yardsticks import is_yardstick


def figure(sentence, text):
    return next(f for f in checkable_figures(sentence, "2024-06-02") if f.text == text)


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("The fee surpasses the £89m Rovers paid for Dalton in 2016.", "£89m"),
        ("Its debut bettered the $146 million opening of last spring's sequel.", "$146 million"),
        ("The deal trumps Harlan's $700 million contract as the largest in the sport.", "$700 million"),
        ("The audience was the largest since 2020, when the show had 21 million viewers.", "21 million"),
        ("It took more at the box office than the $162 million of the summer's biggest hit.", "$162 million"),
        ("That fee could rise to €133m, eclipsing the £100m City paid for Graves.", "£100m"),
        ("The up-front fee easily outstrips the £85m deal Rovers agreed in 2022.", "£85m"),
    ],
)
def test_yardsticks_a_record_or_rival_the_sentence_measures_against(sentence, text):
    assert is_yardstick(figure(sentence, text))


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("More than 2,000 people died in the floods, officials said.", "More than 2,000"),
        ("The film took $157 million in its opening weekend.", "$157 million"),
        ("Rovers paid a fee of £105m for the midfielder.", "£105m"),
        ("The film took $157 million, more than the studio had forecast.", "$157 million"),
        ("The survey put the share at 16 percent, compared to 81% in the capital.", "81%"),
        ("Hackers broke into nearly 50 million accounts.", "nearly 50 million"),
    ],
)
def test_yardsticks_a_sentences_own_figure_and_a_bound_are_no_yardstick(sentence, text):
    assert not is_yardstick(figure(sentence, text))


def test_yardsticks_a_record_smashed_or_named_before_a_dash_is_the_yardstick():
    sentence = "The bid smashes Dalmore's transfer record – the £72m they paid for a winger in 2019."
    (fee,) = [f for f in checkable_figures(sentence, "2023-07-15") if f.text == "£72m"]
    assert is_yardstick(fee)
