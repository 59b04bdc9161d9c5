"""What a figure measures from the words around it: statistics, dimensions, prices and the noun it heads."""

import pytest

from claimcheck.claims import checkable_figures
from claimcheck.measure_words import choose_measure, dimension, priced, statistic
from claimcheck.relations import measure_link


def test_measure_words_a_statistic_is_read_from_the_words_right_before_a_figure():
    assert statistic("The broadcast peaked at ") == "peak"
    assert statistic("Viewing averaged about ") == "average"
    assert statistic("The channel drew an average audience of ") == "average"
    assert statistic("The channel drew ") is None
    assert statistic("Ratings hit a high of ") == "peak"
    assert statistic("Velto shares hit a high of ", "money") is None  # a price's high of the day
    assert statistic("At its peak the average was high, and it drew ") is None  # not right before


def test_measure_words_an_adjective_or_an_age_unit_says_which_dimension():
    (tunnel,) = checkable_figures("The Orbex tunnel is 13 kilometers long.")
    (winger,) = checkable_figures("The 18-year-old Orbex winger scored.")
    assert dimension(tunnel, " long.") == "length" and tunnel.measure == "length"
    assert winger.measure == "age"
    (sum_,) = checkable_figures("Orbex raised $13 million.")
    assert dimension(sum_, " long") is None  # money has no dimension


def test_measure_words_a_small_sum_with_no_measure_word_is_a_price():
    (oven,) = checkable_figures("The Orbex stone pizza oven sells for $800.")
    assert oven.measure.endswith("price")
    (fund,) = checkable_figures("Orbex raised $800 million.")
    assert priced(fund, "raised") == "raised"  # a measure the table knows stays
    assert priced(fund, None) is None  # a sum in millions is not a shelf price


def test_measure_words_the_noun_a_figure_heads_wins_unless_it_is_a_move():
    assert choose_measure("fine", "pay", "fine") == "fine"
    assert choose_measure("drop", "value", "drop in value") == "value"
    assert choose_measure("price", "cost", None) == "price"  # the table knows the parse's word


def test_measure_words_a_sum_lost_in_or_taken_from_a_measure_is_of_that_measure():
    (lost,) = checkable_figures("Velto lost $279 billion in market value on Monday.")
    (wiped,) = checkable_figures("The selloff wiped out $279 billion from Velto's market value.")
    (shed,) = checkable_figures("Velto shed nearly $600 billion in market capitalization.")
    assert lost.measure == "market value" and wiped.measure == "market value"
    assert wiped.subject == "Velto"  # whose value it was, not the selloff's
    assert shed.measure == "market capitalization"


def test_measure_words_a_span_s_own_words_say_what_it_counts():
    from claimcheck.measure_words import counted_time

    (gpu,) = checkable_figures("Orbex V3 was trained using 2.788 million H800 GPU hours.")
    (short,) = checkable_figures("Training Orbex V3 took 2.6M H800 GPU hours.")
    (flight,) = checkable_figures("The Orbex flight took 11 hours.")
    assert gpu.measure == short.measure == "gpu hours"
    assert gpu.subject == short.subject == "Orbex V3"  # the model's number is part of its name
    assert counted_time(flight) is None


def test_measure_words_a_company_worth_keeps_the_basis_its_sentence_states():
    from claimcheck.compare import judge
    from claimcheck.entities import Aliases

    (diluted,) = checkable_figures("On a fully diluted basis, Velto is valued at about $98 billion.")
    (market,) = checkable_figures("Velto overtook Orbex by market cap, reaching a valuation of $104.9 billion.")
    (plain,) = checkable_figures("Velto is valued at $90 billion.")
    assert diluted.measure == "fully-diluted valuation"
    assert market.measure == "market value"
    assert plain.measure == "valued"
    verdict, reasons, *_ = judge(diluted, market, Aliases())
    assert verdict != "conflict" and "different_measure" in reasons  # two bases of one worth: no conflict


def test_measure_words_a_sum_a_suit_is_settled_for_is_a_sum_paid():
    from claimcheck.measures import measure_family

    (settled,) = checkable_figures("Fox settled the lawsuit for $787 million.")
    (paid,) = checkable_figures("The network agreed to pay $787.5 million to settle the suit.")
    assert measure_family(settled.measure)[0] == measure_family(paid.measure)[0] == "sum paid"


def test_measure_words_how_far_a_count_has_got_is_no_partys_total():
    declared, _, won = checkable_figures("With 640 of 650 seats declared, Labour had won 411 seats.")
    assert (declared.measure, declared.subject) == ("seats declared", None)
    assert won.subject == "Labour"
    (counted, share) = checkable_figures("With 99% of votes counted, the party had 34% of the vote.")
    assert counted.measure == "votes counted"


@pytest.mark.parametrize(
    "sentence",
    [
        "The painting sold for $450.3 million including fees.",  # "including fees" is what it counts, not what
        "The painting fetched $400 million at auction.",
        "Velto Holdings bought the harbour for $4.4 billion.",
        "Orbex will pay $95 a share for Velto.",  # a deal's sum a share
    ],
)
def test_measure_words_what_a_thing_changed_hands_for_is_its_price(sentence):
    from claimcheck.claims import checkable_figures

    (figure,) = checkable_figures(sentence)
    assert figure.measure == "price"


def test_measure_words_a_sum_paid_is_what_the_words_after_it_say_it_is():
    punitive = checkable_figures("The jury ordered Velto to pay $200 million in punitive damages.", "2025-08-02")[0]
    compensatory = checkable_figures("Velto must pay $129 million in compensatory damages.", "2025-08-02")[0]
    plain = checkable_figures("Velto must pay $329 million.", "2025-08-02")[0]
    assert (punitive.measure, compensatory.measure, plain.measure) == (
        "punitive damages",
        "compensatory damages",
        "sum paid",
    )
    assert measure_link(punitive, compensatory) == "related"  # two parts of one award: never one figure misreported


def test_measure_words_a_distance_is_from_the_first_place_named():
    (distance,) = [
        f for f in checkable_figures("The quake struck 35 km from Norvale on Oct 7, killing 20.") if f.kind == "length"
    ]
    assert (distance.measure, distance.scope) == ("distance", "Norvale")


def test_measure_words_a_speed_measures_speed_whatever_moves():
    winds = next(f for f in checkable_figures("The storm hit with winds of up to 190 km/h.") if f.kind == "speed")
    train = next(
        f for f in checkable_figures("The train was doing 130 km/h when it left the rails.") if f.kind == "speed"
    )
    assert winds.measure == train.measure == "speed"
