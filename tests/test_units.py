import pytest

from claimcheck.units import count_noun, head_noun, read_rate, read_unit


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("-inch screen", "inch", "length"),
        ("bhp engine", "brake horsepower", "power"),
        (" mph winds", "mile per hour", "speed"),
        (" km/h", "kilometre per hour", "speed"),
        ("kW system", "kilowatt", "power"),
        (" Nm of torque", "newton metre", "torque"),
        ("nm chips", "nanometre", "length"),
        (" sq ft apartment", "square foot", "area"),
        ("-year-old skull", "year of age", "age"),
        (" degrees Fahrenheit", "fahrenheit", "temperature"),
        (" parts per million", "part per million", "concentration"),
        ("GHz chip", "gigahertz", "frequency"),
    ],
)
def test_units_read_the_unit_after_a_number(text, name, kind):
    unit = read_unit(text)
    assert (unit.name, unit.kind) == (name, kind)


def test_units_leave_words_that_are_not_units():
    assert read_unit(" people said") is None
    assert read_unit("G data") is None  # "5G" is a network generation


def test_units_factors_make_lengths_comparable():
    km, mile = read_unit(" km"), read_unit(" miles")
    assert 100 * km.factor == pytest.approx(62.14 * mile.factor, rel=1e-3)


def test_units_rates():
    assert read_rate(" per barrel and", 0) == ("per barrel", 11)
    assert read_rate(" a month mortgage", 0)[0] == "per month"
    assert read_rate(" a year earlier", 0) is None  # "$6.78 billion a year earlier" is no rate
    assert read_rate(" a piece of", 0) is None


@pytest.mark.parametrize(
    "text, phrase",
    [
        (" residential burglaries were", "residential burglary"),
        (" categories of products leaving", "category product"),
        (" people worldwide", "people"),
        (" commercial fishermen", "commercial fisherman"),
        (" combined digital and physical sales", "digital physical sale"),
        (" of my local stores so", "local store"),
        (" other employees left", "other employee"),
        (" Model 3", "model"),
    ],
)
def test_units_count_noun_is_a_singular_phrase(text, phrase):
    assert count_noun(text, 0)[0] == phrase


def test_units_head_noun_of_a_phrase():
    assert head_noun("weekly active user") == "user"
    assert head_noun("") == ""
