import pytest

from claimcheck.units import count_noun, head_noun, minor_part, read_rate, read_unit


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


@pytest.mark.parametrize(
    "text, name",
    [
        (" degF", "fahrenheit"),
        ("°F", "fahrenheit"),
        (" deg C", "celsius"),
        (" deg. C", "celsius"),
        (" degrees f", "fahrenheit"),
        (" º C", "celsius"),
        (" degrees celcius", "celsius"),
        ("℃", "celsius"),
        (" degrees Kelvin", "kelvin"),
    ],
)
def test_units_temperatures_in_newsroom_forms(text, name):
    unit = read_unit(text)
    assert (unit.name, unit.kind, unit.end) == (name, "temperature", len(text))


def test_units_degrees_alone_are_an_angle():
    assert read_unit(" degrees for the turn").name == "degree"


@pytest.mark.parametrize(
    "text, unit, value",
    [
        (" 3 inches tall", "foot", 0.25),
        (" and 8 oz", "pound-mass", 0.5),
        (" and 20 cents", "dollar", 0.2),
        (" fifty.", "dollar", 0.5),
        (" 30p", "pound sterling", 0.3),
    ],
)
def test_units_minor_part_completes_a_figure(text, unit, value):
    part = minor_part(text, 0, unit)
    assert part[0] == pytest.approx(value)


@pytest.mark.parametrize(
    "text, unit",
    [(" 14 inches", "foot"), (" 30, and more", "dollar"), (" 5 people", "dollar"), (" 3 inches", "mile")],
)
def test_units_minor_part_only_for_a_smaller_unit_in_range(text, unit):
    assert minor_part(text, 0, unit) is None
