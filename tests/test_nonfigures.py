import pytest

from claimcheck.nonfigures import is_time_or_date, score_spans


def test_nonfigures_scores_are_spans_but_ranges_are_not():
    sentence = "City won 2-1 and saw 5-10 new fans."
    assert [sentence[a:b] for a, b in score_spans(sentence)] == ["2-1"]


def test_nonfigures_times_years_and_days():
    assert is_time_or_date("9", "at ", ":35 PM on Monday")
    assert is_time_or_date("2025", "in ", " the firm")
    assert is_time_or_date("13", "on February ", " it")
    assert is_time_or_date("4", "after feb . ", " , 1991 the")  # tokenised copy
    assert is_time_or_date("1260", "between A.D. 1000 and ", ".")
    assert not is_time_or_date("2025", "", " users signed up")
    assert not is_time_or_date("13", "", " percent")
    assert is_time_or_date("71", "She left school in '", " for Paris")  # a year cut short
    assert not is_time_or_date("40", "He said '", " boxes' came")


def test_nonfigures_year_shaped_counts():
    assert not is_time_or_date("1801", "The flood forced ", " residents from their homes")
    assert not is_time_or_date("1803", "She paid ", " dollars for it")
    assert is_time_or_date("1987", "The ", " storms were the worst")
    assert is_time_or_date("2024", "The firm said ", " revenue rose")
    assert is_time_or_date("2025", "In ", " sales rose")
    assert is_time_or_date("2026", "a report from March ", " identifies the risk")  # after a month: a year
    assert is_time_or_date("2024", "beat their whole ", " earnings")  # what a year brought
    assert not is_time_or_date("2024", "It moved ", " families out")


def test_nonfigures_a_name_receiving_a_figure_is_no_model_number():
    from claimcheck.quantities import read_figures

    assert [f.text for f in read_figures("Ana handed Tomas 3 paper cranes.")] == ["3"]
    assert read_figures("Fans of Galaxy 9 phones queued.") == []


@pytest.mark.parametrize(
    "sentence, spans",
    [
        ("She won in 1:59.402 after 2-0 at half-time.", ["2-0", "1:59.402"]),
        ("A 767-300 and a 747-8 were parked.", ["767-300", "747-8"]),
        ("Output rose 100-200 units.", []),  # a rising pair is a range
        ("Her best lap was 1m 21.307s and his 1min 22.9sec.", ["1m 21.307s", "1min 22.9sec"]),
        ("The winner ran 2h 03m 11s.", ["2h 03m 11s"]),
        ("The ferry takes 2h 40m.", []),  # hours and minutes without seconds: a duration
        ("Filed on 4/5/2023 and 2023/06/01.", ["4/5/2023", "2023/06/01"]),  # dates in slashes
    ],
)
def test_nonfigures_spans_of_scores_times_and_model_variants(sentence, spans):
    assert sorted(sentence[a:b] for a, b in score_spans(sentence)) == sorted(spans)


@pytest.mark.parametrize(
    "num, before, after, is_year",
    [
        ("2000", "about 1500 to ", " workers", False),  # the high end of a count's range
        ("2005", "from 1999 to ", " prices rose", True),  # a span of years
        ("2020", "in ", " the firm grew", True),
    ],
)
def test_nonfigures_a_range_end_is_a_year_only_after_a_year(num, before, after, is_year):
    assert is_time_or_date(num, before, after) is is_year


@pytest.mark.parametrize(
    "sentence",
    ["The champion beat world number one Ana Ruiz.", "The 787 Dreamliner had a fault.", "A 911 Turbo sat outside."],
)
def test_nonfigures_a_rank_and_a_model_before_its_name_are_no_figures(sentence):
    from claimcheck.quantities import read_figures

    assert read_figures(sentence, newsquant=True) == []


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("The firm hired 500 Chinese engineers.", 500),
        ("The 300 Republican delegates met.", 300),
        ("About 2,000 Britons were flown home.", 2000),
    ],
)
def test_nonfigures_a_count_before_a_capitalised_word_is_still_counted(sentence, value):
    from claimcheck.quantities import read_figures

    assert [f.value for f in read_figures(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ("The exchange owes its top 50 creditors 3.1 billion dollars.", ["3.1 billion dollars"]),
        ("She has 12 top-10 finishes this season.", ["12"]),
        ("The top 1% of earners pay 29% of income tax.", ["1%", "29%"]),  # a share is a figure
    ],
)
def test_nonfigures_the_size_of_a_ranked_list_is_a_label(sentence, figures):
    from claimcheck.claims import checkable_figures

    assert [f.text for f in checkable_figures(sentence)] == figures


def test_nonfigures_a_possessive_makes_a_figures_shape_a_name():
    from claimcheck.claims import checkable_figures

    assert [f.text for f in checkable_figures("3M's shares rose 5% on the news.")] == ["5%"]
    assert [f.text for f in checkable_figures("The app now has 3M users.")] == ["3M"]


def test_nonfigures_the_first_word_after_a_dateline_is_a_sentence_start_not_a_name():
    from claimcheck.quantities import read_figures

    assert [f.text for f in read_figures("Kalpetta: Around 132 people have died in the landslides.")] == ["Around 132"]
    assert read_figures("Kalpetta: Gemini 2.5 came out on Monday.") == []  # a version after the dateline


@pytest.mark.parametrize(
    "sentence, figure, low, high",
    [
        # A currency word before a hyphened pair is a range of sums, not a name's number and its variant.
        ("Trade trackers put its first day at Rs 38-41 crore.", "Rs 38-41 crore", 380e6, 410e6),
        ("The skull was expected to fetch CHF 3-6 million.", "CHF 3-6 million", 3e6, 6e6),
    ],
)
def test_nonfigures_a_currency_word_before_a_hyphened_pair_starts_a_range(sentence, figure, low, high):
    from claimcheck.quantities import read_figures

    [read] = read_figures(sentence)
    assert (read.text, read.low, read.high) == (figure, low, high)


def test_nonfigures_a_capitalised_name_before_a_hyphened_pair_is_still_a_variant():
    from claimcheck.quantities import read_figures

    assert [f.text for f in read_figures("Two Boeing 737-800 jets landed.")] == ["Two"]
