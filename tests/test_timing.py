"""When a figure holds: the day and point of a trading day, windows, plans and history."""

import pytest

from claimcheck.claims import checkable_figures


def figure(sentence, text, date=None):
    return next(f for f in checkable_figures(sentence, date) if f.text == text)


def test_timing_a_day_and_a_point_of_the_day():
    assert figure("Velto closed at $41.10 on Tuesday.", "$41.10").moment == "tuesday close"
    assert figure("On Tuesday, Velto priced its shares at $27.", "$27").moment == "tuesday offer"


def test_timing_the_figure_compared_against_is_earlier():
    below = figure("The pricing puts Velto's value well below the $10 billion of its last round.", "$10 billion")
    assert below.moment == "earlier"


def test_timing_history_the_article_recalls():
    past = figure("A storm in 1987 cost insurers $2.4 billion.", "$2.4 billion", date="2024-05-01")
    assert past.moment == "earlier"


def test_timing_plans_and_results():
    assert figure("Velto aims to raise up to $300 million.", "up to $300 million").stage == "planned"
    assert figure("Velto raised $310 million in its listing.", "$310 million").stage == "actual"


def test_timing_a_time_after_another_verb_dates_that_verbs_figure_not_this_one():
    month = figure(
        "Velto's revenue in less than a month exceeded its total earnings for all of 2025.",
        "less than a month",
        date="2026-02-20",
    )
    assert month.period is None
    dated = figure("Revenue rose 12% to $4.1 billion in 2024.", "$4.1 billion", date="2026-02-20")
    assert dated.period.text == "2024"


@pytest.mark.parametrize(
    "sentence, figure, stage",
    [
        ("Lazio paid €38m for Dembinski, not €45m as first reported.", "€45m", "denied"),
        ("The fee was €38m rather than the €45m some outlets gave.", "€45m", "denied"),
        ("Lazio paid €38m for Dembinski, not €45m as first reported.", "€38m", None),
        ("Officials initially counted 120 deaths but later raised the count to 310 deaths.", "120", "preliminary"),
        ("Officials initially counted 120 deaths but later raised the count to 310 deaths.", "310", None),
        ("The gang claims to have copied the files of 6.4 million Telvo subscribers.", "6.4 million", "claimed"),
        ("Activists alleged that 900 people were detained during the march.", "900", "claimed"),
        ("The storm claimed the lives of 40 people in the valley.", "40", None),
        ("Telvo said 5.1 million subscribers were affected.", "5.1 million", None),
    ],
)
def test_timing_a_figure_denied_claimed_or_given_as_an_earlier_estimate(sentence, figure, stage):
    from claimcheck.claims import checkable_figures

    found = next(q for q in checkable_figures(sentence) if q.text == figure)
    assert (found.stage if found.stage in ("denied", "preliminary", "claimed") else None) == stage


def test_timing_one_sides_claim_against_a_plain_statement_is_for_review_not_a_conflict():
    from claimcheck import compare

    (claimed,) = compare(
        "The gang claims to have copied the files of 6.4 million Telvo subscribers.",
        "The breach exposed the files of 4.9 million Telvo subscribers.",
        model=None,
    )
    assert claimed.verdict == "needs_review" and "different_stage" in claimed.reasons
    (stated,) = compare(
        "The breach exposed the files of 6.4 million Telvo subscribers.",
        "The breach exposed the files of 4.9 million Telvo subscribers.",
        model=None,
    )
    assert stated.verdict == "conflict"


def test_timing_a_denied_figure_is_never_compared():
    from claimcheck import compare

    pairs = compare("Lazio paid €38m for Dembinski, not €45m as first reported.", "Lazio paid €38m.", model=None)
    assert [p.verdict for p in pairs] == ["consistent"]


def test_timing_a_temporal_clause_dates_its_figure():
    from claimcheck import compare

    (found,) = checkable_figures("Hurricane Orla had 150 mph winds when it made landfall.")
    assert found.moment == "when it made landfall"
    (pair,) = compare(
        "Hurricane Orla had 150 mph winds when it made landfall.", "Orla had winds of 160 mph.", model=None
    )
    assert pair.verdict == "needs_review" and "different_time" in pair.reasons


def test_timing_opening_a_thing_is_not_the_open_of_a_trading_day():
    from claimcheck.claims import checkable_figures

    (raised,) = checkable_figures("Velto raised $240 million, money it will spend on opening depots.", "2026-03-10")
    (office,) = checkable_figures("Velto opened a new office for $5 million.", "2026-03-10")
    (shares,) = checkable_figures("Velto stock opened 3% higher.", "2026-03-10")
    assert raised.moment is None and office.moment is None
    assert shares.moment == "open"


def test_timing_a_price_per_share_a_buyer_offers_is_not_the_market_s():
    from claimcheck.claims import checkable_figures

    (offered,) = checkable_figures("Velto offered $50 a share in cash for Ostrava.", "2026-03-10")
    (market,) = checkable_figures("Ostrava shares trade at $45.", "2026-03-10")
    (total,) = checkable_figures("Velto paid $5 billion for Ostrava.", "2026-03-10")
    assert offered.moment == "offer" and market.moment is None
    assert total.moment is None  # a deal's whole price is no point of a trading day


def test_timing_a_deals_price_per_share_is_the_offers_and_a_moment_right_after_a_price_is_its_own():
    assert figure("The deal, at $253 a share, values Ostrava at $59 billion.", "$253 a share").moment == "offer"
    sentence = "Ostrava shares, which closed at $237.41 on Tuesday, were up at $239.98 in premarket trading."
    assert figure(sentence, "$237.41").moment.endswith("close")
    assert figure(sentence, "$239.98").moment.endswith("premarket")


def test_timing_a_companys_closing_price_as_a_whole_sum_is_its_market_value_at_the_close():
    sentence = "Velta agreed to buy Ostra for $3.2 billion on Sunday, less than half of Friday's closing price of $8.4 billion."
    worth = figure(sentence, "$8.4 billion")
    assert (worth.moment, worth.measure) == ("friday close", "market value")
    assert not (figure(sentence, "$3.2 billion").moment or "").endswith("close")  # the deal's sum: no trading point


def test_timing_a_sum_a_company_is_working_or_negotiating_to_raise_is_planned():
    assert figure("Orbex is working to raise $500 million.", "$500 million").stage == "planned"
    assert figure("Orbex was negotiating to raise $500 million.", "$500 million").stage == "planned"
    assert figure("Orbex raised $400 million in its latest round.", "$400 million").stage == "actual"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The price originally agreed when the deal was signed was $9 billion.", "$9 billion"),
        ("Velto closed the deal at $11 billion, up from the original $9 billion.", "$9 billion"),
        ("The fare was initially set at $40 before the rise.", "$40"),
    ],
)
def test_timing_a_figure_told_as_the_original_or_initial_one_is_earlier(sentence, text):
    assert figure(sentence, text).moment == "earlier"


def test_timing_a_deal_discussed_or_turned_down_is_never_done():
    assert figure("Orbex and Velto end talks on $23bn deal", "$23bn").stage == "planned"
    assert figure("Velto spurned a $23 billion offer from Orbex.", "$23 billion").stage == "planned"
    assert figure("Orbex agreed to buy Velto in a $32 billion deal.", "$32 billion").stage != "planned"


@pytest.mark.parametrize(
    ("sentence", "text", "stage"),
    [
        ("Ardell won the second round with 55.7% of the votes.", "55.7%", "second round"),
        ("In the first round, Korver obtained 36.7% of the votes.", "36.7%", "first round"),
        ("Ardell took 53.6% in Friday's runoff.", "53.6%", "second round"),  # a runoff is a second round
        ("Orbex announced a second round of layoffs, cutting 4,000 jobs.", "4,000", "second round"),
    ],
)
def test_timing_the_round_a_figure_is_given_in_is_its_stage(sentence, text, stage):
    assert figure(sentence, text).stage == stage


def test_timing_a_toll_dated_months_before_its_article_is_another_event_s():
    sentence = "In September, at least 21 people died when a coach plunged into a gorge in Westmark province."
    old = figure(sentence, "at least 21", date="2024-12-24")
    assert old.moment == "earlier"
    today = figure("At least 27 people died when a coach plunged into a gorge on Monday.", "At least 27", "2024-12-24")
    assert today.moment != "earlier"


def test_timing_a_count_the_sentence_opens_as_initial_results_is_preliminary_in_every_clause():
    sentence = "Initial results showed Morena took 68% of the vote, while her rival, Tomas Ruel, secured 21%."
    assert figure(sentence, "68%").stage == figure(sentence, "21%").stage == "preliminary"
    plain = "Morena took 68% of the vote, while her rival, Tomas Ruel, secured 21%."
    assert figure(plain, "21%").stage != "preliminary"


def test_timing_a_round_in_its_final_stages_is_not_yet_raised():
    sentence = "Velto is in the final stages of raising roughly €450 million from investors."
    assert figure(sentence, "roughly €450 million").stage == "planned"


def test_timing_a_price_told_at_a_time_of_day_holds_at_that_minute():
    from claimcheck.timing import clock_time

    assert clock_time("recovered to trade at Rs 395.85 at around 9:57 am") == "09:57"
    assert clock_time("As of 11.45 a.m., shares were trading lower") == "11:45"
    assert clock_time("the index closed at 4pm") == "16:00"
    assert clock_time("a 6.3 magnitude quake struck") is None


def test_timing_two_prices_at_two_times_of_one_day_are_two_moments():
    from claimcheck import compare

    said = (
        "Velto shares rose to trade at $39.85 at around 9:57 am.",
        "As of 11:45 am, Velto shares were trading at $32.50.",
    )
    pairs = [
        p for p in compare(*said, date_a="2024-02-13", date_b="2024-02-13", model=None) if p.verdict != "consistent"
    ]
    assert pairs and all(p.verdict != "conflict" and "different_time" in p.reasons for p in pairs)


def test_timing_a_tense_s_now_leaves_the_day_the_clause_names():
    # "has earned" dates nothing: the day the clause names is the figure's own
    first = figure("The film has earned Rs 64 crore on its first day.", "Rs 64 crore", date="2024-06-30")
    second = figure("The film earned Rs 29 crore on the second day.", "Rs 29 crore", date="2024-06-30")
    assert (first.moment, second.moment) == ("first day", "second day")
