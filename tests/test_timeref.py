import pytest

from claimcheck.timeref import find_periods, overlaps


@pytest.mark.parametrize(
    "sentence, date, start, end",
    [
        ("Usage rose in February 2026.", None, "2026-02-01", "2026-02-28"),
        ("It happened on March 3.", "2026-04-10", "2026-03-03", "2026-03-03"),
        ("Sales fell last year.", "2026-02-25", "2025-01-01", "2025-12-31"),
        ("It grew late last year.", "2026-02-25", "2025-09-01", "2025-12-31"),
        ("Downloads passed a billion earlier this month.", "2026-01-21", "2026-01-01", "2026-01-21"),
        ("The plan covers 2026–2030.", None, "2026-01-01", "2030-12-31"),
        ("Shipments peak in Q4 2027.", None, "2027-10-01", "2027-12-31"),
        ("It began last week.", "2026-02-25", "2026-02-16", "2026-02-22"),
    ],
)
def test_timeref_resolves_against_document_date(sentence, date, start, end):
    ((_, _, period),) = find_periods(sentence, date)
    assert (period.start, period.end) == (start, end)


def test_timeref_relative_needs_a_date():
    assert find_periods("Sales fell last year.", None) == []


def test_timeref_overlaps():
    (_, _, late_2024), (_, _, year_2025) = find_periods("From 1.2% in late 2024 to 30% in 2025.")
    assert not overlaps(late_2024, year_2025)


def test_timeref_same_period_needs_similar_lengths():
    from claimcheck.timeref import present_period, same_period

    (_, _, week), (_, _, month) = find_periods("Admissions last week and earlier this month.", "2025-01-24")
    assert overlaps(week, month) and not same_period(week, month)
    now = present_period("2025-06-12")
    ((_, _, may),) = find_periods("Unemployment was 4.1% in May.", "2025-06-12")
    assert same_period(now, may)


@pytest.mark.parametrize(
    "sentence, start, end",
    [
        ("The two firms merged in the 1990s.", "1990-01-01", "1999-12-31"),
        ("Its last big purchase came in the late 1980s.", "1986-09-01", "1989-12-31"),
        ("The plant opened in the mid-1970s.", "1973-05-02", "1976-08-31"),
    ],
)
def test_timeref_a_decade_is_a_period_without_the_articles_date(sentence, start, end):
    ((_, _, period),) = find_periods(sentence, None)
    assert (period.start, period.end) == (start, end)


def test_timeref_decades_ago_count_back_from_the_articles_date():
    ((_, _, period),) = find_periods("It bought its rival two decades ago.", "2023-10-11")
    assert period.start.startswith("2003-10")


def test_timeref_since_a_month_is_a_total_to_the_article_s_day():
    ((_, _, since),) = find_periods("The outbreak has killed 1,200 people since January.", "2023-09-20")
    assert (since.text, since.start, since.end) == ("since January", "2023-01-01", "2023-09-20")
    # with no article date, a month without its year cannot be placed at all
    assert find_periods("The outbreak has killed 1,200 people since January.", None) == []


def test_timeref_a_month_ending_a_place_s_name_is_no_month():
    assert find_periods("The epicentre was 40 km east of Kala Jan.", "2023-10-08") == []
    ((_, _, period),) = find_periods("Output fell in Jan.", "2023-10-08")
    assert period.start == "2023-01-01"


def test_timeref_last_and_a_month_is_a_year_ago_when_this_year_s_is_recent():
    ((_, _, june),) = find_periods("Last June, Velto raised $600 million.", "2022-07-11")
    assert (june.start, june.end) == ("2021-06-01", "2021-06-30")  # a month ago would be "last month"
    ((_, _, january),) = find_periods("Velto raised money last January.", "2022-09-11")
    assert january.start == "2022-01-01"
