import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import NEWSY

from claimcheck.batch import figure_dict
from claimcheck.numbers import format_number
from claimcheck.quantities import read_figures


def only(sentence, date=None):
    figures = read_figures(sentence, date)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize(
    "sentence, text, kind, value, unit",
    [
        ("MiniMax raised $619 million in its IPO.", "$619 million", "money", 619e6, "dollar"),
        ("It sought up to HK$4.19 billion.", "up to HK$4.19 billion", "money", 4.19e9, "hong kong dollar"),
        ("The fund holds HKD 2.1 billion.", "HKD 2.1 billion", "money", 2.1e9, "hong kong dollar"),
        ("They raised US$45mil last week.", "US$45mil", "money", 45e6, "dollar"),
        ("The plan is worth 10 trillion yuan.", "10 trillion yuan", "money", 10e12, "chinese yuan"),
        ("Adoption stands at 16.3 percent.", "16.3 percent", "percent", 16.3, "percentage"),
        ("The rate rose 4.5 percentage points.", "4.5 percentage points", "percent", 4.5, "percentage point"),
        ("Doubao has 155.2 million weekly active users.", "155.2 million", "count", 155.2e6, "weekly active user"),
        ("The chip has 6.7 times the compute.", "6.7 times", "multiplier", 6.7, "times"),
        ("Usage grew 12x in a year.", "12x", "multiplier", 12, "times"),
        ("Revenue over a 20-day period beat 2025.", "20-day", "duration", 20, "day"),
        ("China has more than a dozen players.", "more than a dozen", "count", 12, "player"),
    ],
)
def test_quantities_reads_news_figures(sentence, text, kind, value, unit):
    figure = only(sentence)
    assert (figure.text, figure.kind, figure.unit) == (text, kind, unit)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence",
    [
        "DeepSeek bought NVIDIA H20 chips and H200s.",
        "The K2.5 release and Qwen 3.5 series came out.",
        "It was launched in February 2026 and again on March 3.",
        "The 15th Five-Year Plan runs 2026–2030.",
        "DeepSeek-V3 and GPT-4 were compared.",
    ],
)
def test_quantities_skips_dates_and_model_names(sentence):
    assert read_figures(sentence) == []


def test_quantities_bounds_and_rounding():
    over = only("Qwen has over 700 million downloads.")
    assert (over.low, over.high, over.change) == (700e6, None, ">")
    below = only("Odds are below 20 percent.")
    assert (below.low, below.high, below.change) == (None, 20, "<")  # no floor is stated
    rounded = only("They raised $620 million.")
    assert rounded.low == pytest.approx(615e6) and rounded.high == pytest.approx(625e6)
    exact = only("They raised $619 million.")
    assert exact.low == pytest.approx(618.5e6) and exact.high == pytest.approx(619.5e6)
    about = only("It is worth about $300 billion.")
    assert about.low <= 291e9 and about.change == "~"


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Storm death toll passes 240 as crews search the rubble", "passes 240"),  # a headline's present tense
        ("The studio's takings tops $90 million, analysts say.", "tops $90 million"),
        ("Sign-ups surpasses 3 million in a week", "surpasses 3 million"),
        ("The queue crosses 5,000 people by dawn", "crosses 5,000"),
    ],
)
def test_quantities_a_figure_a_present_verb_passes_is_a_floor(sentence, text):
    figure = only(sentence)
    assert (figure.text, figure.change, figure.high) == (text, ">", None)


def test_quantities_ranges():
    units = only("Output should reach 300,000–350,000 units in 2026.")
    assert units.range and (units.low, units.high) == (300000, 350000)
    share = only("It costs one-sixth to one-quarter as much.")
    assert share.range and share.normalized_low == pytest.approx(100 / 6, abs=0.1)
    assert share.normalized_high == pytest.approx(25, abs=0.1)


def test_quantities_changes():
    up, down = read_figures("Shares were up 13% on Monday but fell 17% on Tuesday.")
    assert (up.change, down.change) == ("up", "down")


def test_quantities_currency_converted_at_document_date():
    hkd = only("Zhipu hoped to raise HK$4.35 billion.", "2026-01-02")
    assert hkd.currency == "HKD"
    assert 550e6 < hkd.normalized < 565e6  # the HKD peg: 7.75–7.85 per US dollar


def test_quantities_small_word_counts_only_by_the_newsquant_convention():
    assert read_figures("You have one solution that does it all.") == []
    assert [f.value for f in read_figures("You have one solution that does it all.", newsquant=True)] == [1]


@settings(max_examples=2000, deadline=None)
@given(st.text())
def test_quantities_never_raise_and_intervals_hold(text):
    for figure in read_figures(text) + read_figures(text, newsquant=True):
        low = -math.inf if figure.low is None else figure.low
        high = math.inf if figure.high is None else figure.high
        assert low <= figure.value + 1e-9 and figure.value <= high + 1e-9


@settings(max_examples=2000, deadline=None)
@given(NEWSY)
def test_quantities_never_raise_on_news_figure_pieces(text):
    test_quantities_never_raise_and_intervals_hold.hypothesis.inner_test(text)


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=1, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_quantities_format_then_parse_round_trips(number):
    value = float(number)
    figure = only(f"Revenue was ${format_number(value)} last year.")
    assert figure.value == pytest.approx(value, rel=5e-3)


@pytest.mark.parametrize(
    "sentence, text, kind, value, unit",
    [
        ("The offense gained -5 yards after that.", "-5 yards", "length", -5, "yard"),
        (
            "The atmosphere can dip to minus-130 degrees Fahrenheit.",
            "minus-130 degrees Fahrenheit",
            "temperature",
            -130,
            "fahrenheit",
        ),
        ("The V10 makes 640bhp at full power.", "640bhp", "power", 640, "brake horsepower"),
        ("A 120Hz refresh rate is missing.", "120Hz", "frequency", 120, "hertz"),
        ("Crude was up at US$58.24 per barrel.", "US$58.24 per barrel", "money", 58.24, "dollar per barrel"),
        ("They have a $3,500 a month mortgage.", "$3,500 a month", "money", 3500, "dollar per month"),
        ("Shares ended at 118.5p on Friday.", "118.5p", "money", 118.5, "penny"),
        ("Heineken Malaysia closed at RM23.50 today.", "RM23.50", "money", 23.5, "malaysian ringgit"),
        ("Prices fell 18 sen on the day.", "18 sen", "money", 18, "sen"),
        ("Revenue grew more than sixfold last year.", "more than sixfold", "multiplier", 6, "times"),
        (
            "The mass is approximately 1.99×10−30 kilograms.",
            "approximately 1.99×10−30 kilograms",
            "mass",
            1.99e-30,
            "kilogram",
        ),
        ("Senard, 65, now faces a hard task.", "65", "age", 65, "year of age"),
        ("Amazon has 35m of its Echo devices in homes.", "35m", "count", 35e6, "echo device"),
        ("The wall is 5m tall.", "5m", "length", 5, "metre"),
    ],
)
def test_quantities_reads_units_signs_and_rates(sentence, text, kind, value, unit):
    figure = only(sentence)
    assert (figure.text, figure.kind, figure.unit) == (text, kind, unit)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence",
    [
        "The temple was built between A.D. 1000 and 1260.",
        "Bristol City came from behind to beat Charlton 2-1.",
        "Apple's new iPhone 11 cameras are good.",
        "Hosmer tied the game at 2-2.",
    ],
)
def test_quantities_skips_eras_scores_and_product_names(sentence):
    assert [f.value for f in read_figures(sentence)] == []


@pytest.mark.parametrize(
    "sentence, minutes",
    [
        ("Dodgers manager Dave Roberts spoke at 9:35 PM on Monday.", [1295]),
        ("Published 5:55 AM EST, updated at 10.45pm.", [355, 1365]),
    ],
)
def test_quantities_a_time_is_read_as_a_time_of_day_and_nothing_else(sentence, minutes):
    assert [(f.kind, f.value) for f in read_figures(sentence)] == [("time of day", m) for m in minutes]


def test_quantities_ranges_with_the_unit_on_both_ends():
    fees = only("Fees range from 1 per cent to 1.5 per cent a year.")
    assert fees.range and (fees.low, fees.high, fees.unit) == (1, 1.5, "percentage")
    homes = only("Condos range from $800,000 to $1.3 million.")
    assert homes.range and (homes.low, homes.high) == (800_000, 1_300_000)
    band = only("Prices are expected to increase between 5% and 6%.")
    assert band.range and (band.low, band.high) == (5, 6)


def test_quantities_change_then_level_is_not_a_range():
    change, level = read_figures("The deficit increased by $43.6 billion to $419.2 billion.")
    assert (change.value, change.change, change.range) == (43.6e9, "up", False)
    assert (level.value, level.change) == (419.2e9, "=")


def test_quantities_a_move_to_a_level_differs_by_convention():
    sentence = "The grid frequency fell to 49.55 Hz on 9 May."
    assert only(sentence).change == "="
    assert read_figures(sentence, newsquant=True)[0].change == "down"
    rising = "Output rose from 4.7 to 4.8 percent."
    assert [f.value for f in read_figures(rising)] == [4.7, 4.8]  # two levels, the first takes "percent"
    assert [f.unit for f in read_figures(rising)] == ["percentage", "percentage"]
    assert read_figures(rising, newsquant=True)[0].range


def test_quantities_restatements_inherit_changes_and_units():
    points, share = read_figures("The Dow lost 190 points, or 0.6%, on Friday.")
    assert (points.change, share.change) == ("down", "down")
    now, before = read_figures("Sales rose to 3.9 million headsets, up from 2.4 million in 2017.")
    assert before.unit == "headset"
    far, near = read_figures("The moths can fly more than 100 kilometers (60 miles).")
    assert (far.change, near.change) == (">", ">")
    assert far.normalized_low == pytest.approx(100_000) and near.normalized_low == pytest.approx(96_560, rel=1e-3)


def test_quantities_others_are_another_group_than_the_count_before_them():
    toll, missing = read_figures("The toll has risen to 23 and 31 others are still missing.")
    assert (toll.unit, missing.unit) == ("", "other")


def test_quantities_vague_amounts_and_one_of_only_by_the_newsquant_convention():
    sentence = "The firm announced thousands of job cuts and is one of the best employers."
    assert read_figures(sentence) == []
    vague, one = read_figures(sentence, newsquant=True)
    assert vague.range and (vague.low, vague.high) == (1000, 10000)
    assert (one.value, one.unit) == (1, "good employer")  # the lemma, as NewsQuant writes units


def test_quantities_converted_money_keeps_its_own_bounds():
    ringgit = only("Homes are priced from RM120,000 to RM300,000.", "2019-06-01")
    assert (ringgit.low, ringgit.high) == (120_000, 300_000)
    assert ringgit.normalized_low < 120_000 * ringgit.normalized / ringgit.value  # the conversion slack


@pytest.mark.parametrize(
    "sentence, value, currency",
    [
        ("Minerva Robotics 上市集资43.5亿港元。", 4.35e9, "HKD"),
        ("该交易对这家初创公司的估值为100亿元人民币。", 1e10, "CNY"),
        ("营收达到１２.５亿元。", 1.25e9, "CNY"),  # full-width digits
        ("公司筹集了2000万美元。", 2e7, "USD"),
    ],
)
def test_quantities_chinese_figures(sentence, value, currency):
    figure = only(sentence, "2025-10-01")
    assert (figure.kind, figure.currency) == ("money", currency)
    assert figure.value == pytest.approx(value)


def test_quantities_decimal_commas_and_foreign_scale_words():
    assert only("A inflação no Brasil chegou a 12,5% em abril.").value == pytest.approx(12.5)
    assert only("A plataforma tem 430 milhões de usuários.").value == pytest.approx(430e6)
    assert only("Sales reached 1,250 units.").value == 1250  # a thousands comma stays one


def test_quantities_nearly_a_negative_figure_keeps_its_bounds_in_order():
    figure = only("The balance was nearly -1 million dollars.")
    assert figure.low <= figure.value <= figure.high


@pytest.mark.parametrize(
    "sentence, text, value, currency",
    [
        ("The club spent $ 12 million on players.", "$ 12 million", 12e6, "USD"),
        ("The tower sold for hk $ 2.5 billion.", "hk $ 2.5 billion", 2.5e9, "HKD"),
        ("Exports reached $US 3 trillion last year.", "$US 3 trillion", 3e12, "USD"),
        ("A seat costs $A 65 on that route.", "$A 65", 65, "AUD"),
        ("The bridge cost C$ 40 million.", "C$ 40 million", 40e6, "CAD"),
        ("Fares rise to NZ$ 30.", "NZ$ 30", 30, "NZD"),
        ("The stall earns S$900 on a good day.", "S$900", 900, "SGD"),
        ("The phone sells for Rs 15,000 in Delhi.", "Rs 15,000", 15000, "INR"),
        ("Rents reached ₹ 40,000 in the suburb.", "₹ 40,000", 40000, "INR"),
        ("They charge a $20 fee.", "$20", 20, "USD"),  # "a $" is no Australian dollar
        ("The repairs cost us $300.", "$300", 300, "USD"),  # "us $" is the pronoun
        ("The pension pot was worth PS1.2 million.", "PS1.2 million", 1.2e6, "GBP"),  # a pound sign lost
        ("Council spending climbed to PS3.2bn.", "PS3.2bn", 3.2e9, "GBP"),  # a scale word: a sum, cue or not
        ("Seats for the final cost PS35 apiece.", "PS35", 35, "GBP"),  # two digits in a sentence about money
        ("A $ 40-million grant was approved.", "$ 40-million", 40e6, "USD"),  # "A $" is the article
        ("The insurer paid 7m USD in claims.", "7m USD", 7e6, "USD"),  # a code after: "m" is millions
        ("The mall cost Dh1.5 billion.", "Dh1.5 billion", 1.5e9, "AED"),
        ("The fund raised SFr 400 million.", "SFr 400 million", 400e6, "CHF"),
        ("The toll road cost Rp 3 trillion.", "Rp 3 trillion", 3e12, "IDR"),
        ("The price tag reads 250 €", "250 €", 250, "EUR"),
        ("The fund holds 12.5 MEUR in bonds.", "12.5 MEUR", 12.5e6, "EUR"),
        ("Gold closed at 2,310USD an ounce.", "2,310USD an ounce", 2310, "USD"),
    ],
)
def test_quantities_currency_in_every_written_form(sentence, text, value, currency):
    figure = only(sentence)
    assert (figure.text, figure.kind, figure.currency) == (text, "money", currency)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence",
    [
        "He queued all night for a PS5 at the mall.",  # a console, not a lost pound
        "The PS 4 sat next to the television.",
        "Pupils of PS 118 won the science fair.",  # a school, in a sentence not about money
    ],
)
def test_quantities_ps_is_a_pound_only_for_a_sum_in_a_sentence_about_money(sentence):
    assert [f.currency for f in read_figures(sentence)] == []


@pytest.mark.parametrize(
    "sentence, text, kind, value, unit",
    [
        ("Unemployment fell to 4.2pc in March.", "4.2pc", "percent", 4.2, "percentage"),
        ("Turnout rose 3 per cent on the year.", "3 per cent", "percent", 3, "percentage"),
        ("Its shares jumped 37 p.c on debut.", "37 p.c", "percent", 37, "percentage"),  # the last dot dropped
        ("The survey puts it at 12 percents.", "12 percents", "percent", 12, "percentage"),
        ("It hit 104 degF in the shade.", "104 degF", "temperature", 104, "fahrenheit"),
        ("Lakes froze at -5 deg C overnight.", "-5 deg C", "temperature", -5, "celsius"),
        ("The oven runs at 220 °C for an hour.", "220 °C", "temperature", 220, "celsius"),
        ("The pool is kept at 28 degrees c all year.", "28 degrees c", "temperature", 28, "celsius"),
        ("The mill turned a 35 deg. angle.", "35 deg.", "angle", 35, "degree"),
        ("Stir in 1/2 cup of milk.", "1/2 cup", "volume", 0.5, "cup"),
        ("Each pill holds 50 mcg of the drug.", "50 mcg", "mass", 50, "microgram"),
        ("He stands 6 feet 2 inches in socks.", "6 feet 2 inches", "length", 6 + 2 / 12, "foot"),
        ("Lunch came to 4 dollars and 25 cents.", "4 dollars and 25 cents", "money", 4.25, "dollar"),
        ("The ticket was nine dollars fifty.", "nine dollars fifty", "money", 9.5, "dollar"),
        ("She was diagnosed at age 44 last spring.", "44", "age", 44, "year of age"),
        ("The TA-100 index climbed 0.4% to 1,874.25 on Monday.", "1,874.25", "count", 1874.25, "point"),
    ],
)
def test_quantities_newsroom_abbreviations_and_compound_units(sentence, text, kind, value, unit):
    figure = read_figures(sentence)[-1]
    assert (figure.text, figure.kind, figure.unit) == (text, kind, unit)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Attendance climbed to 12,450, a club record.", 12450),
        ("The count reached 3,004,120, officials said.", 3004120),
    ],
)
def test_quantities_thousands_separators_before_a_comma_are_one_number(sentence, value):
    assert [f.value for f in read_figures(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence, newsquant, ranges",
    [
        ("Growth will be 2 to 3 per cent next year.", False, [(2, 3)]),
        ("The plant hires between 40 and 60 welders.", False, [(40, 60)]),
        ("Prices went from 10 to 15 dollars.", True, [(10, 15)]),
        ("The bank trimmed its outlook from 3 to 4 per cent to 2 to 2.5 per cent.", False, [(3, 4), (2, 2.5)]),
        ("Salaries run 40k-60k in that trade.", False, [(40_000, 60_000)]),
        ("Crates hold 20~30 melons.", False, [(20, 30)]),
        ("The hall seats at least 200 and at most 350 guests.", False, [(200, 350)]),
        ("Scores were no lower than 50, no higher than 90.", False, [(50, 90)]),
    ],
)
def test_quantities_ranges_in_every_written_form(sentence, newsquant, ranges):
    figures = read_figures(sentence, newsquant=newsquant)
    assert [(f.low, f.high) for f in figures if f.range] == ranges


@pytest.mark.parametrize(
    "sentence, change, low, high",
    [
        ("The lake holds no fewer than 30 boats.", ">", 30, None),
        ("Each bag weighs equal to or less than 5 kg.", "<", None, 5),
        ("Filter rows where x>10 only.", ">", 10, None),
        ("We expect 500 or more applicants.", ">", 500, None),
        ("Keep it at 20 or less per box.", "<", None, 20),
        ("The gauge read under 40 percent.", "<", None, 40),  # no floor: it is not 0
        ("Sales exceeded 3,000 units.", ">", 3000, None),
    ],
)
def test_quantities_bounds_in_every_written_form(sentence, change, low, high):
    figure = only(sentence)
    assert (figure.change, figure.low, figure.high) == (change, low, high)


def test_quantities_opposite_bounds_far_apart_stay_two_figures():
    figures = read_figures("More than 40 and less than 10 are both wrong.")
    assert [(f.change, f.value) for f in figures] == [(">", 40), ("<", 10)]


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("One hundred and six people signed the letter.", 106),
        ("The crew of twenty - two sailors waited.", 22),
        ("The show drew two and a half million viewers.", 2.5e6),
        ("She bought three dozen eggs.", 36),
        ("A half-dozen lorries waited.", 6),
        ("A billion and a half doses were made.", 1.5e9),
        ("Half a million homes lost power.", 5e5),
        ("It cost a quarter of a billion dollars.", 2.5e8),
        ("Two thousand and five runners finished.", 2005),
        ("The plan adds one and a half days of leave.", 1.5),
        ("The recipe needs 2½ cups of flour.", 2.5),
        ("He won by minus five points.", -5),
    ],
)
def test_quantities_number_words_fractions_and_dozens(sentence, value):
    assert [f.value for f in read_figures(sentence, newsquant=True)] == [pytest.approx(value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm became a category 4 hurricane overnight.",
        "The vaccine entered phase 3 trials in May.",
        "The band played on Route 66 in Texas.",
        "He is the world No. 2 and wore #7 for the club.",
        "The embassy sits at 31 Elm Street in the old town.",
        "She lapped the track in 1:21.347 on Sunday.",
        "He finished the marathon in 2:04:11.",
        "The carrier ordered the 777-300ER and the A350-900 for long routes.",
        "A 747-8 freighter landed at dawn.",
        "The router supports 802.11.4 and the 10.0.0.1 address.",
        "FTSE 100 futures slipped on Friday.",
        "The S&P 500 closed higher as the Nikkei 225 slipped.",
        "The 11 Pro Max went on sale first.",
        "The firm is certified to ISO 9001.",
        "They hired a third-party auditor.",
        "The shop by the station stays open 24/7.",  # more than a whole: a name
        "Memorials to 7/7 were unveiled in London.",  # a day and month
        "The bank filed a Form 10-Q late.",  # a capital letter hyphened to a number names a form
        "She is the number two at the agency.",
        "Their office is at 45 Harbour Plaza near the ferry.",
        "Voters rejected Measure 3 and Proposition 8.",
        "The new 8K television is bright.",  # a resolution
        "The notes were sold under Rule 144A.",  # a label's letter: no amperes
        "Board at Gate 23B after security.",  # no billions
        "For help, ring 1-888-555-0142 today.",  # digits in three hyphened groups: a phone number
        "Its records list 978-0-14-044913-6 as the edition.",
        "The letter is at postal code 10115 in Berlin.",
        "A 7-Eleven shop opened on the corner.",  # a number hyphened to a capitalised word: a name
        "Falcon 2.5 tops the chart.",  # a version after a sentence's first word
    ],
)
def test_quantities_skips_labels_addresses_times_models_and_indexes(sentence):
    assert [f.text for f in read_figures(sentence, newsquant=True)] == []


def test_quantities_written_out_durations_as_adjectives_only_by_the_newsquant_convention():
    sentence = "The union signed a five-year deal after more than a century of talks."
    assert read_figures(sentence, newsquant=True) == []
    assert [(f.value, f.unit) for f in read_figures(sentence)] == [(5, "year"), (1, "century")]  # checkable
    assert [f.value for f in read_figures("After a five-year, 2 billion-mile trip.", newsquant=True)] == [5, 2e9]
    assert [f.unit for f in read_figures("It launched a three-ton satellite.")] == ["ton"]  # a size, not a kind
    digits = "Her 15-year Treasury notes pay 4.1% over a 12-month period."
    assert [f.text for f in read_figures(digits, newsquant=True)] == ["4.1%", "12-month"]  # as written out
    assert [f.text for f in read_figures(digits)][0] == "15-year"


def test_quantities_a_guess_between_neighbours_is_a_range_outside_the_newsquant_convention():
    sentence = "The repairs will take three or four weeks."
    assert [(f.low, f.high, f.unit) for f in read_figures(sentence)] == [(3, 4, "week")]
    assert [f.value for f in read_figures(sentence, newsquant=True)] == [3, 4]
    assert [f.value for f in read_figures("Pick 2 or 20 of them.")] == [2, 20]  # too far apart to be a guess


@pytest.mark.parametrize(
    "sentence, text, unit",
    [
        ('A 65" screen hangs in the hall.', '65"', "inch"),
        ("The pole is 12′ tall.", "12′", "foot"),
        ("The lens is 3″ across.", "3″", "inch"),
    ],
)
def test_quantities_inch_and_foot_marks(sentence, text, unit):
    figure = only(sentence)
    assert (figure.text, figure.unit) == (text, unit)


def test_quantities_a_quote_mark_is_no_inch():
    assert only('He said "we sold 40" and smiled.').unit != "inch"


def test_quantities_money_without_an_exchange_rate_is_kept_in_its_own_unit():
    figure = only("The bank paid 80 million marks for the stake.", "1989-06-01")
    assert (figure.kind, figure.unit, figure.currency, figure.value) == ("count", "mark", "DEM", 80e6)
    assert only("The paint left 2 marks on the wall.").currency is None


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("The stock closed at $ 31 3/8 on Friday.", "$ 31 3/8", 31.375, "dollar"),
        ("The pipe is 1 1/4 inches wide.", "1 1/4 inches", 1.25, "inch"),
        ("It was seven degrees below zero at dawn.", "seven degrees below zero", -7, "degree"),
        ("per cent of 45", "45", 45, "percentage"),
        ("The ring weighs 3 carats.", "3 carats", 3, "carat"),
        ("The link carries 40 megabits a second.", "40 megabits a second", 40, "megabit per second"),
        ("The probe is 11 light years from the star.", "11 light years", 11, "light year"),
        ("The loan was nt $ 300 million.", "nt $ 300 million", 300e6, "new taiwan dollar"),
    ],
)
def test_quantities_mixed_numbers_signs_and_more_units(sentence, text, value, unit):
    figure = only(sentence)
    assert (figure.text, figure.unit) == (text, unit)
    assert figure.value == pytest.approx(value)


def test_quantities_percent_of_a_figure_is_no_percent():
    assert [f.unit for f in read_figures("Turnout was 45 percent of 200 voters.")] == ["percentage", "voter"]


def test_quantities_a_move_then_the_level_with_a_sign_on_both():
    move, level = read_figures("Its shares rose $1.50 to $12 on Friday.")
    assert (move.change, move.value, level.value, move.range) == ("up", 1.5, 12, False)
    band = only("Bids came in between $62 and $68 per share.")
    assert band.range and (band.low, band.high, band.unit) == (62, 68, "dollar per share")


@pytest.mark.parametrize(
    "sentence, newsquant, ends",
    [
        ("Yields slid from 6.2 to 5.9 percent over the year.", True, (6.2, 5.9)),
        ("The herd shrank from 900 head last spring to 640 this week.", True, (900, 640)),
        ("Rents eased from $2,400 a month in June to $2,150.", True, (2400, 2150)),
        ("Rents eased from 2,400 to 2,150 euros.", True, (2400, 2150)),
        ("The crew trimmed costs from 1.2 million to 900,000 euros.", True, (1.2e6, 900_000)),
        ("Yields rose from 5.9 to 6.2 percent over the year.", True, (5.9, 6.2)),
    ],
)
def test_quantities_a_from_to_range_keeps_the_order_it_was_written_in(sentence, newsquant, ends):
    (figure,) = [f for f in read_figures(sentence, newsquant=newsquant) if f.range]
    assert (figure.low, figure.high) == tuple(sorted(ends))  # the interval itself runs low to high
    data = figure_dict(figure, sentence)
    assert (data["low"], data["high"]) == ends


@pytest.mark.parametrize(
    "sentence",
    [
        "The board voted 7 to 2 for the merger.",  # a tally, not a falling range
        "Bookmakers gave odds of 12 to 1 against the newcomer.",
        "Yields slid from 6.2 to 5.9 percent over the year.",  # two levels outside the NewsQuant convention
    ],
)
def test_quantities_falling_pairs_stay_two_figures(sentence):
    newsquant = "voted" in sentence or "odds" in sentence
    assert not any(f.range for f in read_figures(sentence, newsquant=newsquant))


@pytest.mark.parametrize(
    "sentence, ends, unit",
    [
        ("About 1500 to 2000 volunteers signed up.", (1500, 2000), "volunteer"),
        ("Between 1000 and 2000 fans waited outside.", (1000, 2000), "fan"),
        ("The plan needs HK$3-4 billion in new money.", (3e9, 4e9), "hong kong dollar"),
        ("Each pod takes one to two weeks to build.", (1, 2), "week"),
        ("Rates may sit at 1.5%-1.75% through the winter.", (1.5, 1.75), "percentage"),
        ("The zoom covers 24 -105mm of focal length.", (24, 105), "millimetre"),
        ("People aged 25 to 40 were asked.", (25, 40), "year of age"),
        ("The lots measure from 300 sq ft up to 700 sq ft.", (300, 700), "square foot"),
    ],
)
def test_quantities_one_range_reader_for_every_written_form(sentence, ends, unit):
    figure = only(sentence) if "lots" not in sentence else read_figures(sentence, newsquant=True)[0]
    assert figure.range and (figure.low, figure.high, figure.unit) == (*ends, unit)


def test_quantities_a_move_then_its_level_stays_two_figures_even_when_the_level_is_bare():
    move, level = read_figures("Its shares climbed 4% to 61.20 in early trade.")
    assert (move.change, move.range, level.value, level.range) == ("up", False, 61.2, False)


@settings(max_examples=200, deadline=None)
@given(
    low=st.integers(min_value=2, max_value=999),  # 1800-2099 alone reads as a year
    step=st.integers(min_value=1, max_value=5000),
    sep=st.sampled_from(["-", " - ", " to ", "–"]),
    unit=st.sampled_from([("%", "percentage"), (" kg", "kilogram"), (" miles", "mile"), (" workers", "worker")]),
    between=st.booleans(),
)
def test_quantities_any_rising_range_reads_as_one_figure(low, step, sep, unit, between):
    high = low + step
    sentence = f"The survey found {f'between {low} and ' if between else f'{low}{sep}'}{high}{unit[0]} in the region."
    figure = only(sentence)
    assert figure.range and (figure.low, figure.high, figure.unit) == (low, high, unit[1])


def test_quantities_an_open_range_takes_its_neighbours_unit_without_failing():
    opened, single = read_figures("They expect over 40-45 and 50 delegates.")
    assert (opened.range, opened.low, opened.high, opened.unit) == (True, 42.5, None, "delegate")
    assert single.unit == "delegate"


def test_quantities_a_hedged_range_is_exact_by_the_newsquant_convention_only():
    sentence = "Wages run at about $900 to $1,100 a week."
    (plain,) = read_figures(sentence)
    (newsquant,) = read_figures(sentence, newsquant=True)
    assert (plain.change, newsquant.change) == ("~", "=")
    assert (plain.low, plain.high) == (newsquant.low, newsquant.high) == (900, 1100)


def test_quantities_one_duration_written_in_two_units():
    from claimcheck.quantities import read_figures

    (spell,) = read_figures("She left after a year and nine months at the firm.")
    assert spell.text == "a year and nine months" and round(spell.value) == 21 and spell.unit == "month"
    (run,) = read_figures("The talks took two years and three months.")
    assert round(run.value) == 27
    assert len(read_figures("Shares rose 5% in a day and 3% in a week.")) == 2  # two figures, not a duration


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("Rates were cut by a quarter of a percentage point.", 0.25, "percentage point"),
        ("The bank lifted its rate by half a percentage point.", 0.5, "percentage point"),
        ("The Fed moved by a quarter point in June.", 0.25, "percentage point"),
        ("The trail runs for a third of a mile.", 1 / 3, "mile"),
        ("The firm sold a third of its stake.", 100 / 3, "fraction"),  # a share, in percent
    ],
)
def test_quantities_a_fraction_of_a_unit_is_in_that_unit(sentence, value, unit):
    figure = only(sentence)
    assert math.isclose(figure.value, value, rel_tol=1e-6) and figure.unit == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports declined for a third straight month.",
        "She won a fifth term as governor in the spring.",
        "The mill is in a third year of losses.",
    ],
)
def test_quantities_an_ordinal_is_no_fraction(sentence):
    assert read_figures(sentence) == [] and read_figures(sentence, newsquant=True) == []


def test_quantities_shares_closing_higher_moved_but_newsquant_calls_it_plain():
    sentence = "Shares in the miner closed 4.5% higher in London."
    assert only(sentence).change == "up"
    assert read_figures(sentence, newsquant=True)[0].change == "="


@pytest.mark.parametrize(
    "sentence, ends",
    [
        ("Visitors rose from 30 to 45 thousand a year.", [30e3, 45e3]),
        ("Debt grew from 4 to 6.5 billion euros.", [4e9, 6.5e9]),
        ("Revenue climbed from $2 to $3 billion.", [2e9, 3e9]),
        ("The boxer went from 170 pounds to 158.", [170, 158]),
        ("Fares fell from 2.5 to 1.8 million won.", [2.5e6, 1.8e6]),  # falling: the scale still carries
    ],
)
def test_quantities_a_move_from_a_to_b_shares_the_scale_written_once(sentence, ends):
    figures = read_figures(sentence)
    assert [f.value for f in figures] == ends
    assert len({(f.kind, f.unit, f.currency) for f in figures}) == 1


@pytest.mark.parametrize(
    "sentence, low, high",
    [
        ("Analysts expect between 300 and 340 million subscribers.", 300e6, 340e6),
        ("The group wants to raise $2.5-3 billion.", 2.5e9, 3e9),
        ("Crowds of from 60 to 80 thousand were counted.", 60e3, 80e3),
        ("It is valued at between €4 and €5 billion.", 4e9, 5e9),
    ],
)
def test_quantities_a_range_first_end_takes_the_second_ends_scale(sentence, low, high):
    for newsquant in (False, True):
        figure = read_figures(sentence, newsquant=newsquant)[0]
        assert figure.range and (figure.low, figure.high) == (low, high)


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("The plant closed eight months ago.", 8, "month"),
        ("She joined the board 3 years ago.", 3, "year"),
        ("Two weeks ago, the regulator opened an inquiry.", 2, "week"),
    ],
)
def test_quantities_time_ago_is_read_as_a_duration(sentence, value, unit):
    for newsquant in (False, True):
        figure = read_figures(sentence, newsquant=newsquant)[0]
        assert (figure.kind, figure.value, figure.unit) == ("duration", value, unit)


def test_quantities_and_before_times_is_no_verb_of_occasions():
    sentence = "Orders beat $2 billion last year and more than three times the figure before."
    multiple = [f for f in read_figures(sentence, newsquant=True) if f.kind == "multiplier"]
    assert [(f.value, f.change) for f in multiple] == [(3, ">")]


@pytest.mark.parametrize(
    "sentence, text, value, unit, change",
    [
        ("The lender slid 14c to $3.02 on Monday.", "14c", 14, "cent", "down"),
        ("Dairy units rose 6c at the close.", "6c", 6, "cent", "up"),
        ("The telco ended 1.8-percent lower.", "1.8-percent", 1.8, "percentage", "="),
        ("Its rate rose by a 0.5-percentage-point margin.", "0.5-percentage-point", 0.5, "percentage point", "="),
    ],
)
def test_quantities_newsroom_forms_of_cents_and_percent(sentence, text, value, unit, change):
    figure = read_figures(sentence, newsquant=True)[0]
    assert (figure.text, figure.value, figure.unit, figure.change) == (text, value, unit, change)


def test_quantities_a_lower_case_c_outside_money_copy_is_no_cent():
    assert all(f.unit != "cent" for f in read_figures("Grade 5c pupils met in room 3."))


@pytest.mark.parametrize(
    "sentence, low, high, unit",
    [
        ("The visitors held a 5-1 lead at the break.", 5, 1, "lead"),
        ("At 3-0 down, the home side rallied.", 3, 0, "-"),
        ("The sides were level at 1-1 after extra time.", 1, 1, "-"),
    ],
)
def test_quantities_scores_by_the_newsquant_convention(sentence, low, high, unit):
    figure = figure_dict(read_figures(sentence, newsquant=True)[0], sentence)
    value = (figure["low"], figure["high"]) if figure["range"] else (figure["value"], figure["value"])
    assert value == (low, high) and figure["unit"] in (unit, "-")
    assert read_figures(sentence) == []  # a score is no figure to check


def test_quantities_a_tally_outside_a_score_frame_is_no_figure():
    assert read_figures("The shop is open 24-7 all year.", newsquant=True) == []


@pytest.mark.parametrize(
    "sentence",
    ["The coupe has a six-speed manual gearbox.", "She is a three-time Olympic champion.", "A one-off bonus was paid."],
)
def test_quantities_a_written_number_naming_a_kind_is_no_newsquant_figure(sentence):
    assert read_figures(sentence, newsquant=True) == []


def test_quantities_a_written_number_with_a_unit_still_gives_a_size():
    assert [(f.value, f.unit) for f in read_figures("They launched a two-ton probe.", newsquant=True)] == [(2, "ton")]


def test_quantities_two_thirds_is_read_whole():
    figure = read_figures("Two-thirds of the members agreed.", newsquant=True)[0]
    assert (
        figure.text == "Two-thirds" and figure_dict(figure, "Two-thirds of the members agreed.")["unit"] == "% member"
    )


@pytest.mark.parametrize(
    "sentence, unit",
    [
        ("The lab ran four thousand tests per day.", "test per day"),
        ("The district has 310 people per km2.", "people per square kilometre"),
    ],
)
def test_quantities_a_count_per_something_is_a_rate(sentence, unit):
    assert read_figures(sentence, newsquant=True)[0].unit == unit


def test_quantities_a_unit_written_at_both_ends_of_a_falling_range_is_one_range():
    figure = figure_dict(read_figures("The output went, 2.4 kW to 0.6 kW in all.", newsquant=True)[0])
    assert (figure["low"], figure["high"], figure["range"]) == (2.4, 0.6, True)
    assert len(read_figures("The court voted 7 to 2.", newsquant=True)) == 2  # a tally, not a range


def test_quantities_a_hyphenated_point_is_a_measure_in_points():
    figures = read_figures("He hit a three-point shot to seal a 10-point lead.", newsquant=True)
    assert [(f.value, f.unit) for f in figures] == [(3, "point"), (10, "point")]


@pytest.mark.parametrize(
    "sentence, kind, unit",
    [
        ("The thermostat was set to 68f all winter.", "temperature", "fahrenheit"),
        ("She turned 40 last week.", "age", "year of age"),
    ],
)
def test_quantities_small_letter_fahrenheit_and_a_birthday(sentence, kind, unit):
    figure = read_figures(sentence)[0]
    assert (figure.kind, figure.unit) == (kind, unit)


@pytest.mark.parametrize("sentence", ["The form 5f was filed late.", "Turn to page 40 of the report."])
def test_quantities_no_temperature_or_age_without_their_cues(sentence):
    assert all(f.kind not in ("temperature", "age") for f in read_figures(sentence))


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("Half a dozen bidders remain.", 6, "bidder"),
        ("One in every four homes is empty.", 25, "fraction"),
        ("Eight out of ten owners renewed.", 80, "fraction"),
        ("Seven in twenty pupils walk to school.", 35, "fraction"),
        ("The mill employs 3\u00a0400 workers.", 3400, "worker"),
        ("Two-thirds of the staff quit.", 200 / 3, "fraction"),
    ],
)
def test_quantities_written_numbers_read_whole(sentence, value, unit):
    figure = read_figures(sentence)[0]
    assert math.isclose(figure.value, value) and figure.unit == unit


def test_quantities_staff_ends_the_counted_phrase():
    sentence = "Three-quarters of the staff left."
    assert figure_dict(read_figures(sentence, newsquant=True)[0], sentence)["unit"] == "% staff"


def test_quantities_a_hyphenated_word_at_the_end_is_no_kind():
    assert [f.value for f in read_figures("It came to one hundred thirty-fifths", newsquant=True)] == [130]


@pytest.mark.parametrize(
    "sentence, low, high, unit",
    [
        ("Shipments reached 20m-25m boxes.", 20e6, 25e6, "box"),  # the far end's noun: millions
        ("The cliffs rise 30m-40m above the sea.", 30, 40, "metre"),  # the far end's cue: metres
    ],
)
def test_quantities_a_short_scale_on_both_ends_of_a_range_is_read_once(sentence, low, high, unit):
    figure = only(sentence)
    assert (figure.low, figure.high, figure.unit, figure.range) == (low, high, unit, True)


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("Roughly 3/8 of the shares changed hands.", "Roughly 3/8", 37.5, "fraction"),  # a share, "of" after
        ("Add 3/4 cup of stock.", "3/4 cup", 0.75, "cup"),
        ("The diver won on the 10-m board.", "10-m", 10, "metre"),  # a small letter after a hyphen: a unit
        ("Output reached 40K barrels.", "40K barrels", 40e3, "barrel"),
    ],
)
def test_quantities_shares_units_and_scales_next_to_the_name_shapes(sentence, text, value, unit):
    figure = only(sentence)
    assert (figure.text, figure.unit) == (text, unit)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence, text, value, change",
    [
        ("The tomb held c.300 coins.", "c.300", 300, "~"),  # a hedge's abbreviation touching the number
        ("Fees came to approx.2,500 dollars.", "approx.2,500 dollars", 2500, "~"),
        ("The villa sold for €2.350.000 last week.", "€2.350.000", 2.35e6, "="),
    ],
)
def test_quantities_abbreviated_hedges_and_dotted_thousands(sentence, text, value, change):
    figure = only(sentence)
    assert (figure.text, figure.value, figure.change) == (text, pytest.approx(value), change)


@pytest.mark.parametrize(
    "sentence, text, unit",
    [
        ("The second car was 0.35s slower.", "0.35s", "second"),  # a decimal before "s": seconds
        ("She took the 400m hurdles title.", "400m", "metre"),  # a race's distance, not 400 million
        ("He swam the 1500m freestyle.", "1500m", "metre"),
        ("The club has 400m followers.", "400m", "follower"),
    ],
)
def test_quantities_seconds_and_race_distances(sentence, text, unit):
    figure = only(sentence)
    assert (figure.text, figure.unit) == (text, unit)


@pytest.mark.parametrize("sentence", ["Several dozen pupils were sent home.", "A few dozen boats sailed."])
def test_quantities_a_vague_dozen_is_not_twelve(sentence):
    assert read_figures(sentence, newsquant=True) == []


def test_quantities_more_than_the_whole_in_a_share_is_two_counts():
    sentence = "She packed 20 in eight crates."
    assert [(f.value, f.unit) for f in read_figures(sentence, newsquant=True)] == [(20, ""), (8, "crate")]
    assert [f.unit for f in read_figures("Two in nine crates were full.", newsquant=True)] == ["fraction"]


@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The ferry sailed at 2 500 metres from shore.", [2500]),  # groups of three split by a space
        ("Fares went from 14 000 to 16 500 rupees.", [(14000, 16500)]),
        ("The gauge read 11 302.5 at noon.", [11302.5]),
        ("She ran 4 400-metre laps.", [4, 400]),  # a hyphened word after the group: two numbers
    ],
)
def test_quantities_thousands_split_by_a_space(sentence, values):
    read = [(f.low, f.high) if f.range else f.value for f in read_figures(sentence, newsquant=True)]
    assert read == values


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("exports rose 12 . 5 % in may .", "12 . 5 %", 12.5),  # tokenised copy splits a decimal
        ("the unit earned $ 2 . 25 billion .", "$ 2 . 25 billion", 2.25e9),
    ],
)
def test_quantities_a_decimal_split_by_tokenising(sentence, text, value):
    figure = only(sentence)
    assert (figure.text, figure.value) == (text, pytest.approx(value))
    assert only("the list ends here . 5 people came .").value == 5  # a full stop, then a count


@pytest.mark.parametrize(
    "sentence, text, unit",
    [
        ("The hatchback burns 5.9 L/100km.", "5.9 L/100km", "litre per 100 kilometre"),  # one figure, not two
        ("The gauge shed 14 pts on Friday.", "14 pts", "point"),
        ("Support rose 2 percentage pts in May.", "2 percentage pts", "percentage point"),
    ],
)
def test_quantities_consumption_rates_and_points_abbreviated(sentence, text, unit):
    figure = only(sentence)
    assert (figure.text, figure.unit) == (text, unit)


def test_quantities_a_range_hyphened_with_to():
    figure = only("Brokers expect a 20-to-25 per cent gain.")
    assert (figure.low, figure.high, figure.unit, figure.range) == (20, 25, "percentage", True)
    assert read_figures("The panel split 4-to-1 on the ruling.") == []  # a tally, as "4-1" is


@pytest.mark.parametrize(
    "sentence, read",
    [
        ("Fees rose by 4 to 6 per cent.", [(4, 6)]),  # a share written once after both ends: a range
        ("Speeds improved by two to five times.", [(2, 5)]),
        ("Rates were cut by 50 basis points to 3.5%.", [50, 3.5]),  # the move, then the level
        ("Stocks fell by 300 to 2,100 tonnes.", [300, 2100]),
    ],
)
def test_quantities_a_move_by_a_range_or_by_an_amount_to_a_level(sentence, read):
    figures = read_figures(sentence, newsquant=True)
    assert [(f.low, f.high) if f.range else f.value for f in figures] == read


def test_quantities_powers_of_ten_only_where_written_as_powers():
    assert only("Light covers 3 x 10^8 metres a second.").value == 3e8
    assert only("The sample held 6×10²³ atoms.").value == pytest.approx(6e23)
    assert max(f.value for f in read_figures("The panel is 1440 x 2560 pixels.")) == 2560  # no 1440 x 10^25
    assert [f.value for f in read_figures("The tent is 2 by 3 metres.")] == [2, 3]
    assert [f.unit for f in read_figures("The tent is 2 by 3 metres.")] == ["metre", "metre"]  # one unit for both


def test_quantities_plus_or_minus_is_a_margin_not_a_negative():
    assert only("The survey's margin is plus or minus 4 points.").value == 4
    assert only("Lows of minus 4 degrees are due.").value == -4


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("Output grew three point four per cent.", "three point four per cent", 3.4, "percentage"),
        ("The firm took on thirty-odd engineers.", "thirty-odd", 30, "engineer"),  # the noun after "-odd"
        ("She was one of four finalists.", "one", 1, "finalist"),  # "of four" is no part of the noun
    ],
)
def test_quantities_points_odd_and_one_of_in_words(sentence, text, value, unit):
    figure = read_figures(sentence, newsquant=True)[0]
    assert (figure.text, figure.unit) == (text, unit)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("The wait grew to three and two fifths hours.", 3.4, "hour"),  # a whole and a fraction in words
        ("Nine out of ten", 90, "fraction"),  # a share at the end of the text
        ("Just 1 in twenty-five applicants got in.", 4, "fraction"),
    ],
)
def test_quantities_mixed_and_shared_fractions_in_words(sentence, value, unit):
    figure = only(sentence)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


def test_quantities_a_fraction_lends_no_unit_to_the_number_before_it():
    assert [f.unit for f in read_figures("He ate 2 and a third of the pies.")][0] != "fraction"


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("The lab grew 2.5e7 cells.", 2.5e7),  # scientific notation
        ("Its debt hit 4.2b.", 4.2e9),  # a decimal before "b": billions
        ("He ate ⅗ of the pie.", 60),
    ],
)
def test_quantities_scientific_notation_short_billions_and_printed_fifths(sentence, value):
    assert only(sentence).value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("Highs of 84˚F are forecast.", "84˚F", 84, "fahrenheit"),  # a ring for the degree sign
        ("Nights fell to 12 below zero.", "12 below zero", -12, "degree"),  # degrees left unsaid
    ],
)
def test_quantities_more_degree_forms(sentence, text, value, unit):
    figure = only(sentence)
    assert (figure.text, figure.value, figure.unit) == (text, value, unit)


def test_quantities_a_fraction_before_a_comparative_is_no_ordinal():
    assert only("Fares are a quarter higher than last winter.").value == 25
    assert read_figures("She began a fourth season at the club.") == []  # an ordinal


def test_quantities_an_amount_over_a_span_is_not_more_than_the_span():
    # "over 10 years" after an amount is the span it accrues over; after "for" it is a bound
    spread = read_figures("The deal is worth about $460 million over 10 years.")
    assert [(f.kind, f.change) for f in spread if f.kind == "duration"] == [("duration", "=")]
    (bound,) = read_figures("He has worked there for over 10 years.")
    assert bound.change == ">"


@pytest.mark.parametrize(
    ("sentence", "text", "value", "change"),
    [
        ("The nearly century-old bridge collapsed.", "nearly century-old", 100, "~"),
        ("The decade-old rule was scrapped.", "decade-old", 10, "="),
        ("A half-century-old law was repealed.", "half-century-old", 50, "="),
    ],
)
def test_quantities_an_age_written_as_a_spans_name(sentence, text, value, change):
    (age,) = read_figures(sentence)
    assert (age.text, age.value, age.unit, age.change) == (text, value, "year of age", change)


def test_quantities_jobs_cut_keep_their_rounding_and_hedge():
    rounded = only("Orbex will cut 15,000 jobs.")
    assert (rounded.low, rounded.high) == (14500, 15500)  # written to the thousand, like any level
    hedged = only("Orbex will cut about 15,000 jobs.")
    assert hedged.low < 14500 and hedged.high > 15500
    exact = only("Orbex will cut 2,212 jobs.")
    assert exact.high - exact.low <= 1


def test_quantities_a_bound_set_at_a_rounded_count_is_compatible_with_it():
    from claimcheck import compare

    (bound,) = compare("Orbex will cut more than 15,000 jobs.", "Orbex will cut 15,000 jobs.", model=None)
    assert bound.verdict == "consistent"
    (exact,) = compare("Orbex cut more than 2,212 jobs.", "Orbex cut 2,212 jobs.", model=None)
    assert exact.verdict == "conflict"


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("The insurer holds assets of Rs 1,01,399.72 crore.", 1_01_399.72e7),
        ("The exchange sold 12,34,56,789 shares.", 123_456_789),
        ("The exchange sold 1,234,567 shares.", 1_234_567),
        ("The group lost Rs 12 lakh crore in market value.", 12e12),  # stacked scales: a lakh of crores
        ("Investors lost ₹10.5 lakh crore in a week.", 10.5e12),
        ("The state spent Rs 1.5 thousand crore on roads.", 1.5e10),
    ],
)
def test_quantities_indian_digit_grouping_is_one_number(sentence, value):
    assert math.isclose(only(sentence).value, value, rel_tol=1e-9)  # a crore is ten million


def test_quantities_a_number_word_in_capitals_is_shouted_not_named():
    assert [f.value for f in read_figures("The death toll in the province has risen to ELEVEN")] == [11]
    assert not [f for f in read_figures("The FIVE EYES partners met in Ottawa.") if f.value == 5]


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("The death toll is now up to 40, the agency said.", "="),  # where the count stands
        ("The number of measles cases in the county is up to 159.", "="),
        ("Offenders face fines of up to $40,000.", "<"),  # a ceiling
    ],
)
def test_quantities_up_to_after_a_count_that_has_risen_is_a_level_not_a_ceiling(sentence, change):
    assert read_figures(sentence)[0].change == change


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("Orbex shares fell nearly 25% on Monday.", "down"),  # "nearly" hedges the move, it does not undo it
        ("Orbex lost nearly 25% of its value on Monday.", "down"),
        ("Orbex shares jumped an impressive 48% on their debut.", "up"),  # praise between the verb and the figure
        ("Turnout was nearly 30%.", "nearly"),  # no move: a level short of 30%
    ],
)
def test_quantities_a_hedged_or_praised_move_is_still_a_move(sentence, change):
    read = read_figures(sentence)[0]
    assert read.change == change or change == "nearly" and read.change == "~"


def test_quantities_a_rate_after_a_bracketed_conversion_is_both_figures_rate():
    # "195 kilometres (120 miles) per hour": both are speeds, and they agree
    first, second = read_figures("Winds of 195 kilometres (120 miles) per hour battered the coast.", None)
    assert (first.kind, first.unit, second.kind, second.unit) == (
        "speed",
        "kilometre per hour",
        "speed",
        "mile per hour",
    )
    assert first.normalized == pytest.approx(second.normalized, rel=0.02)
    # the figure's span stays its own: the bracket is the next figure's
    assert (first.text, second.text) == ("195 kilometres", "120 miles")
    # a bracket with no rate after it leaves lengths alone
    road, miles = read_figures("The road runs 40 km (25 miles) to the border.", None)
    assert (road.kind, miles.kind) == ("length", "length")


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("“Around 140 people have died, according to our records,” the official said.", "Around 140"),
        ("On Saturday 151 people died in the city.", "151"),
    ],
)
def test_quantities_a_count_after_an_opening_quote_or_a_day_s_name_is_read(sentence, text):
    assert text in [f.text for f in read_figures(sentence)]


def test_quantities_a_sum_in_crore_shortened_to_cr_keeps_its_scale():
    [sum_] = read_figures("The drugs were valued at Rs 25,000 cr by the agency.")
    assert (sum_.text, sum_.kind, sum_.value) == ("Rs 25,000 cr", "money", 2.5e11)


def test_quantities_tons_cover_every_ton_and_short_or_long_tons_their_own():
    # "tons" is a metric tonne to most outlets outside the US, a short ton in some, a long ton in old British usage
    tons, tonnes, short = (
        only(s) for s in ("Police seized 17 tons of cocaine.", "Police seized 17 tonnes.", "It weighs 17 short tons.")
    )
    assert tons.normalized_low <= tonnes.normalized <= tons.normalized_high
    assert tons.normalized_low <= short.normalized <= tons.normalized_high
    assert short.normalized_high < tonnes.normalized_low  # a short ton is no tonne


def test_quantities_tons_and_tonnes_of_one_haul_agree():
    from claimcheck.two_texts import compare_texts

    pairs = compare_texts(
        "Police seized 17 tons of cocaine at the port.", "Police seized 17 tonnes of cocaine at the port.", model=None
    )
    assert [p.verdict for p in pairs] == ["consistent"]
