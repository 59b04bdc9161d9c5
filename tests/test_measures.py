"""Measure families: which words name one kind of figure."""

import pytest

from claimcheck.measures import is_counted_share, is_running_tally, measure_family


@pytest.mark.parametrize(
    "a, b",
    [
        ("raised", "IPO proceeds"),  # the table's families
        ("withdrawals", "deposits withdrawn"),  # a verb and its noun, unknown to the table, by their stem
        ("acres burned", "burning"),
        ("weekly active users", "users"),
        ("people demonstrated", "demonstrators"),  # a verb the table lacks, by the stem of a noun it has
        ("people protested", "protesters"),
        ("people killing", "deaths"),
        ("injuries", "people injured"),  # neither known to the table, one stem
        ("flight cancellations", "flights canceled"),
        ("flights cancelled", "flights canceled"),
        ("total payment", "sum paid"),
        ("opening day collection", "earned"),  # a film's takings as the trade writes them
        ("nett", "grossed"),
    ],
)
def test_measures_one_family(a, b):
    assert measure_family(a)[0] == measure_family(b)[0]


@pytest.mark.parametrize(
    "a, b",
    [
        ("payments", "pay"),  # a sum paid is not a wage, though the words share a root
        ("parts", "participants"),  # "part" is a participant only in "took part"
        ("party", "participants"),
        ("people injured", "deaths"),
    ],
)
def test_measures_a_shared_root_alone_makes_no_family(a, b):
    assert measure_family(a)[0] != measure_family(b)[0]


def test_measures_qualifiers_and_a_market_value():
    assert measure_family("weekly active users")[1] == {"weekly", "active"}
    assert measure_family("market value") == ("valuation", frozenset({"market"}))
    assert measure_family("valued")[1] == frozenset()
    assert measure_family("shows")[0] != measure_family("showers")[0]
    # a statistic written as a verb is that statistic: "viewers averaged" are the average viewers
    assert measure_family("viewers averaged") == measure_family("average viewers")
    assert measure_family("audience peaked")[1] == frozenset({"peak"})


@pytest.mark.parametrize(
    "measure", ["deal", "contract worth", "earn", "salary", "wage", "year contract", "compensation package"]
)
def test_measures_a_sum_per_year_under_a_contract_or_earning_is_pay(measure):
    from claimcheck.measures import pay_measure

    assert pay_measure(measure, "money", "US dollar per year") == "pay"
    assert pay_measure(measure, "money", "US dollar per season") == "pay"
    assert pay_measure(measure, "duration", "year") == "contract"  # "a two-year deal": its length


@pytest.mark.parametrize(
    "measure, unit", [("deal", "US dollar"), ("revenue", "US dollar per year"), ("price", "US dollar per share")]
)
def test_measures_a_total_or_other_rate_keeps_its_measure(measure, unit):
    from claimcheck.measures import pay_measure

    assert pay_measure(measure, "money", unit) == measure


def test_measures_a_deal_s_worth_is_the_price_of_what_changed_hands():
    from claimcheck.measures import measure_family

    assert measure_family("deal worth")[0] == "price"
    assert measure_family("acquisition")[0] == "price"
    assert measure_family("fee")[0] == "price"
    assert measure_family("market value")[0] == "valuation"  # no deal named: a company's value


def test_measures_a_sum_paid_once_is_one_measure_whatever_the_wording():
    from claimcheck.measures import pay_measure

    assert pay_measure("pay", "money", "US dollar") == "sum paid"  # "must pay $360 million"
    assert measure_family("fined")[0] == measure_family("penalty")[0] == measure_family("sum paid")[0]
    assert measure_family("forfeit")[0] == "sum paid"
    assert pay_measure("pay", "money", "US dollar per year") == "pay"  # a wage stays a wage


def test_measures_a_fine_and_a_sum_to_pay_are_one_family_of_two_kinds():
    from claimcheck.relations import measure_relation

    assert measure_relation("fined", "fine") == "same"
    assert measure_relation("fine", "sum paid") == "related"  # a sum to pay may hold interest or other parts
    assert measure_relation("forfeit", "penalty") == "related"


def test_measures_a_sum_paid_and_a_price_may_name_one_payment():
    from claimcheck.relations import measure_relation

    # "Liverpool paid €80m for the striker" and "an initial fee of €75m": one payment, or one with add-ons
    assert measure_relation("sum paid", "initial fee") == "related"
    assert measure_relation("sum paid", "cost") == "different"  # a bill run up is no sum handed over


@pytest.mark.parametrize(
    "phrase, family",
    [("ballot boxes counted", "votes"), ("fatality rate", "deaths"), ("killing fields", "deaths")],
)
def test_measures_a_root_names_only_the_phrase_s_last_word(phrase, family):
    # "62% of ballot boxes counted" is the count's progress, not a vote share
    assert measure_family(phrase)[0] != family


def test_measures_a_verb_and_its_nouns_share_a_stem_even_when_it_is_short():
    from claimcheck.measures import stem
    from claimcheck.relations import measure_relation

    assert stem("saved") == stem("save") == stem("savings") == stem("saving")
    assert stem("priced") == stem("price") == stem("prices")
    assert measure_relation("savings", "saved") == "same"  # "savings of $55 billion", "has saved $65 billion"


def test_measures_an_asking_price_and_former_customers_are_their_own_measures():
    from claimcheck.relations import measure_relation

    assert measure_relation("asking price", "price") == "related"  # what a seller asks is not what was paid
    assert measure_relation("current and former customers", "customers") == "related"
    assert measure_relation("asking price", "asking price") == "same"


def test_measures_votes_and_seats_counted_while_the_count_goes_on_are_running_tallies():
    assert is_running_tally("votes", "count") and is_running_tally("seats won", "count")
    assert not is_running_tally("votes for", "count")  # a chamber's roll call is cast at once
    # a party's share of the votes counted so far moves with the count, but is no count itself
    assert is_counted_share("vote share", "percent") and not is_running_tally("vote share", "percent")
    assert not is_counted_share("turnout", "percent") and not is_counted_share("market share", "percent")


def test_measures_the_drowned_and_the_perished_are_a_toll_that_grows():
    from claimcheck.measures import is_running_tally

    assert is_running_tally("migrants drowned", "count") and is_running_tally("people perished", "count")


def test_measures_what_a_sale_commanded_or_realised_is_its_price_and_what_a_club_pocketed_its_takings():
    from claimcheck.measures import measure_family

    assert measure_family("commanded")[0] == measure_family("realized")[0] == measure_family("price")[0]
    assert measure_family("pocketed")[0] == measure_family("earned")[0] == "revenue"


def test_measures_a_toll_and_the_dead_are_one_family():
    assert measure_family("toll")[0] == measure_family("people killed")[0] == measure_family("martyrs")[0] == "deaths"
    assert measure_family("toll raised")[0] == "deaths"  # "raised the toll to 39": a toll, not funds raised
    assert measure_family("people injured")[0] != measure_family("people killed")[0]


def test_measures_a_break_even_price_is_a_kind_of_price():
    assert measure_family("break-even price") == ("price", frozenset({"break-even"}))


def test_measures_what_was_raised_names_the_measure():
    assert measure_family("pay raise")[0] == measure_family("wage increase")[0] == "pay"
    assert measure_family("funds raised")[0] == measure_family("raised")[0] == "funds raised"


def test_measures_a_film_s_nett_and_gross_are_two_measures_of_its_takings():
    assert measure_family("nett")[1] == {"net"} and measure_family("gross")[1] == {"gross"}
