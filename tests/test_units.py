import pytest

from claimcheck.quantities import read_figures
from claimcheck.unit_table import _TABLE
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
        ("-yr-old driver", "year of age", "age"),
        (" years of age and", "year of age", "age"),
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
        (" categories of products leaving", "product category"),  # the categories are counted
        (" parcels of diamonds worth", "diamond parcel"),
        (" cases of acute kidney injury", "acute kidney injury case"),
        (" more bodies of climbers were", "more climber body"),
        (" people worldwide", "people"),
        (" commercial fishermen", "commercial fisherman"),
        (" combined digital and physical sales", "digital physical sale"),
        (" of my local stores so", "local store"),
        (" other employees left", "other employee"),
        (" Model 3", "model"),
        (" of Smith’s advisers quit", "smith adviser"),  # the owner, then what is counted
        (" of the bank's biggest clients", "bank big client"),
        (" rental housing units in", "rental housing unit"),
        (" of the combined 2.1M print and digital copies", "print digital copy"),
        (" of the UK population", "uk population"),
        (" of those surveyed said", ""),
        (" came from Europe", ""),  # a verb the count is the subject of
        (" rising every year", ""),
        (" cheaper than before", ""),  # a comparison, no noun
        (" foot behind the line", "foot"),
        (" previous seasons of", "previous season"),
        (" bottles of filtered water", "bottle"),
        (" Airbus 320 planes landed", "airbus 320 plane"),  # a model's number inside the name
        (" Model 3 hatchbacks", "model 3 hatchback"),
        (" Reading supporters cheered", "reading supporter"),  # a capitalised "-ing" is a name, no verb
        (" U.S. states", "u.s. state"),
        (" CEOs met", "ceo"),  # an initialism's plural ends the phrase as a plural noun does
        ("+ branch offices", "branch office"),  # "30+ branch offices"
        (' "robot cabs" on the road', "robot cab"),  # a quoted name
        (" 'smart' fridges", "smart fridge"),
        (" SUVs and trucks", "suv"),
        (" Thursday, officials said", ""),  # a day says when, never what is counted: "rose to 631 Thursday"
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


@pytest.mark.parametrize(
    "text, name",
    [
        (" kilometers away", "kilometre"),
        (" light-years off", "light year"),
        (" miles an hour", "mile per hour"),
        (" kilometers an hour", "kilometre per hour"),
        (" meters per second", "metre per second"),
        (" square feet of office", "square foot"),
        (" cubic meters of gas", "cubic metre"),
        (" milliliters of water", "millilitre"),
        (" newton-meters of torque", "newton metre"),
        (" centuries ago", "century"),
        (" hrs later", "hour"),
        (" cubic yards of soil", "cubic yard"),
        (" cubic kilometres of ice", "cubic kilometre"),
        (" km3 of water", "cubic kilometre"),
        (" square millimetres of silicon", "square millimetre"),
        (" mm² of silicon", "square millimetre"),
        (" mb file", "megabyte"),
        (" bpd of crude", "barrel per day"),
        (" b/d in May", "barrel per day"),
        (" Gt of carbon", "gigatonne"),
        ("MP sensor", "megapixel"),
        (" fps video", "frame per second"),
        (" TWh of power", "terawatt hour"),
    ],
)
def test_units_every_spelling_of_a_name_is_read(text, name):
    assert read_unit(text).name == name


def test_units_each_table_name_reads_back_as_itself():
    for row in _TABLE.strip().splitlines():
        name, kind, factor = (cell.strip() for cell in row.split("|")[:3])
        unit = read_unit(f" {name} here")
        assert (unit.name, unit.kind, unit.factor, unit.end) == (name, kind, float(factor), len(name) + 1)


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("A magnitude 6.8 earthquake shook the valley overnight.", "6.8"),
        ("The magnitude-6.8 tremor was felt far inland.", "6.8"),
        ("Officials said a 6.8-magnitude quake hit the coast.", "6.8-magnitude"),
        ("The shock registered 6.8 on the Richter scale.", "6.8 on the Richter scale"),
        ("The main shock had a magnitude of 6.8, the agency said.", "6.8"),
    ],
)
def test_units_a_quake_magnitude_before_or_after_its_number(sentence, text):
    (figure,) = read_figures(sentence)
    assert (figure.text, figure.value, figure.kind, figure.unit) == (text, 6.8, "magnitude", "magnitude")


def test_units_magnitude_elsewhere_is_no_unit():
    assert read_figures("The magnitude of the task was clear to 40 staff.")[0].unit == "staff"


def test_units_square_and_cubic_lengths_are_powers_of_the_length():
    yard, cubic = read_unit(" yards"), read_unit(" cubic yards")
    assert cubic.factor == pytest.approx(yard.factor**3 * 1000)  # litres
    assert read_unit(" square kilometres").factor == pytest.approx(read_unit(" km").factor ** 2)


def test_units_a_rate_per_hundred_kilometres_or_miles():
    assert read_rate("/100km on the road", 0) == ("per 100 kilometre", 6)
    assert read_rate(" per 100 miles", 0)[0] == "per 100 mile"


def test_units_a_word_of_where_or_how_after_a_count_is_not_what_it_counts():
    from claimcheck.claims import checkable_figures

    (opening,) = checkable_figures("The film could open to $150-175 million domestically.")
    assert opening.range and opening.unit == "dollar"  # one range of dollars, not "$150" and "175 domestically"
    (sales,) = checkable_figures("Sales reached 40 million worldwide.")
    assert sales.unit != "worldwide"
    (users,) = checkable_figures("The app has 2 million weekly users.")
    assert users.unit == "weekly user"


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("The recall covers more than 7 million pounds of deli meat.", "mass"),
        ("Agents found 1,815 pounds of cocaine worth $38 million.", "mass"),
        ("The council wasted 3 million pounds of public money.", "money"),
        ("The club paid 50 million pounds for the striker.", "money"),
    ],
)
def test_units_pounds_of_a_thing_weigh_it_and_pounds_of_money_pay(sentence, kind):
    assert read_figures(sentence)[0].kind == kind


def test_units_a_noun_hyphened_to_a_count_is_what_it_counts():
    from claimcheck.claims import checkable_figures

    (storeys,) = checkable_figures("The fire broke out in a seven-storey building.", None, bare_counts=True)
    (stories,) = checkable_figures("The blaze gutted the six-story building.", None, bare_counts=True)
    (seats,) = checkable_figures("The rally filled the 18,500-seat Norvale Arena.", None, bare_counts=True)
    assert storeys.unit == stories.unit == "story" and seats.unit == "seat"
    (twice,) = checkable_figures("He is a two-time champion.", None, bare_counts=True)
    assert twice.unit == ""  # how often, not a count of a thing
