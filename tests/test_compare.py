import pytest

from claimcheck import compare


def verdict(a, b, **dates):
    pairs = compare(a, b, model=None, **dates)
    assert pairs, "no figures aligned"
    return pairs[0]


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("MiniMax raised $619 million in its IPO.", "MiniMax raised $620 million in its IPO.", "consistent"),
        ("Zhipu raised $558 million in its listing.", "Zhipu raised HK$4.35 billion in its listing.", "consistent"),
        ("Qwen has over 700 million downloads.", "Qwen has over one billion downloads.", "consistent"),
        ("Open models took nearly 30% of usage.", "Closed models took roughly 70% of usage.", "consistent"),
        ("Turnout in Ohio was 61% in the 2024 election.", "Turnout in Ohio was 48% in the 2024 election.", "conflict"),
    ],
)
def test_compare_verdicts(a, b, expected):
    assert verdict(a, b).verdict == expected


def test_compare_needs_review_names_what_differs():
    pair = verdict(
        "MiniMax is seeking to raise up to HK$4.19 billion in its IPO.", "MiniMax raised $619 million in its IPO."
    )
    assert pair.verdict == "needs_review" and pair.reasons == ("different_stage",)
    users = verdict(
        "Qwen has more than 100 million monthly active users.", "Doubao has 155.2 million weekly active users."
    )
    assert users.verdict == "needs_review"
    assert set(users.reasons) == {"different_subject", "different_measure"}


def test_compare_different_periods():
    pair = verdict("Turnout in Ohio was 61% in the 2024 election.", "Turnout in Ohio was 48% in the 2020 election.")
    assert pair.verdict == "needs_review" and "different_time" in pair.reasons


def test_compare_explains_rounding_and_currency():
    assert "rounding" in verdict("MiniMax raised $619 million.", "MiniMax raised $620 million.").explanation
    converted = verdict("Zhipu raised $558 million.", "Zhipu raised HK$4.35 billion.", date_b="2026-01-02")
    assert "currency conversion" in converted.explanation


def test_one_sum_in_one_currency_is_not_split_by_the_exchange_rate_of_each_date():
    # The euro moved about 12% against the dollar between these dates: converting each side at
    # its own date made "EUR 510 million" disagree with itself.
    a = "Lumtiv Pharma raised €510 million in its listing in Bavaria."
    b = "Lumtiv Pharma raised €510 million in its listing in Bavaria, a filing showed."
    same = verdict(a, b, date_a="2025-01-15", date_b="2025-09-15")
    assert same.verdict == "consistent" and "rounding" in same.explanation
    differ = verdict(a, b.replace("510", "640"), date_a="2025-01-15", date_b="2025-09-15")
    assert differ.verdict == "conflict" and "differ by 20%" in differ.explanation


def test_compare_no_comparable_figures():
    assert compare("Revenue was $5 million.", "Turnout was 61%.", model=None) == []


@pytest.mark.parametrize(
    "a, b, reason",
    [
        ("Shares opened at HK$10.20 on their debut.", "Shares closed at HK$11.04 on their debut.", "different_time"),
        (
            "The economy grew 1.9% in the second quarter, the first estimate showed.",
            "The economy grew 2.4% in the second quarter, according to revised figures.",
            "different_stage",
        ),
        (
            "The council expects to spend $90 million on roads.",
            "The council spent $112 million on roads.",
            "different_stage",
        ),
        ("Unemployment fell to 4.1% in May.", "Unemployment fell 4.1% in May.", "different_measure"),
        (
            "The central bank raised its rate by 0.5 percentage points.",
            "The central bank raised its rate by 0.5%.",
            "different_measure",
        ),
        ("Unemployment in California was 5.4% in May.", "Unemployment in the US was 4.1% in May.", "different_scope"),
        (
            "The insurer's net income was $310 million.",
            "The insurer's operating income was $450 million.",
            "different_measure",
        ),
    ],
)
def test_compare_names_the_difference_a_fact_checker_must_check(a, b, reason):
    pair = verdict(a, b)
    assert pair.verdict == "needs_review" and reason in pair.reasons


@pytest.mark.parametrize(
    "a, b, date",
    [
        # a week inside a month: overlapping periods, but a week's count is not a month's
        (
            "Hospitals admitted 2,300 flu patients last week.",
            "Hospitals admitted 4,100 flu patients earlier this month.",
            "2025-01-24",
        ),
        # the present tense is dated to its article
        (
            "The service had 3 million subscribers two years ago.",
            "The service has 9 million subscribers.",
            "2025-05-01",
        ),
    ],
)
def test_compare_periods_that_differ_without_saying_so(a, b, date):
    pair = verdict(a, b, date_a=date, date_b=date)
    assert pair.verdict == "needs_review" and "different_time" in pair.reasons


def test_compare_a_bare_dollar_can_be_the_local_dollar():
    pair = verdict(
        "The Hong Kong listing raised $4.35 billion.",
        "The Hong Kong listing raised HK$4.35 billion.",
        date_a="2026-01-09",
    )
    assert pair.verdict == "consistent" and "local hong kong dollar" in pair.explanation
    # but not when reading it so merely fits under a bound
    capped = verdict("Minerva may raise up to HK$4.19 billion.", "Minerva raised $619 million.")
    assert capped.verdict == "needs_review"


def test_compare_opposite_moves_conflict_and_lists_keep_their_places():
    assert (
        verdict("Hospital admissions rose 12% this week.", "Hospital admissions fell 12% this week.").verdict
        == "conflict"
    )
    listed = "Sales rose 12% in China, 8% in Japan and 3% in Europe."
    assert verdict(listed, "Sales in Japan rose 8%.").verdict == "consistent"
    assert verdict(listed, "Sales in Japan rose 14%.").verdict == "conflict"


def test_compare_units_convert_before_judging():
    assert verdict("The storm brought winds of 150 km/h.", "The storm brought winds of 93 mph.").verdict == "consistent"
    assert verdict("The storm brought winds of 150 km/h.", "The storm brought winds of 130 mph.").verdict == "conflict"


def _claim(text, doc, date="2024-03-22", main_entity=None):
    from claimcheck.claims import checkable_figures
    from claimcheck.models import Claim

    figures = tuple(checkable_figures(text, date, main_entity=main_entity))
    return Claim(id=f"{doc}:{text[:12]}", doc_id=doc, text=text, start=0, end=len(text), quantities=figures)


def test_compare_a_run_flags_only_on_positive_evidence():
    from claimcheck.compare import compare_claims

    # Neither sentence says whose figure it is: a cost and a price are not one fact.
    unknown = compare_claims(
        _claim("Training cost an estimated $5.6 million.", "d1"),
        _claim("The shares were priced at about $21 apiece.", "d2"),
        evidence=True,
    )
    assert [p.verdict for p in unknown if p.verdict != "consistent"] == []
    # A per-share price and a valuation are orders of magnitude apart: two facts.
    apart = compare_claims(
        _claim("Velto set its price at $27.", "d1"), _claim("Velto is valued at $9.2 billion.", "d2"), evidence=True
    )
    assert [p for p in apart if p.verdict != "consistent"] == []
    # One article's two tranches are two facts, not a conflict.
    tranches = compare_claims(
        _claim("Velto's retail tranche was 880 times subscribed.", "d1"),
        _claim("Velto's international tranche was 14 times subscribed.", "d1"),
        evidence=True,
    )
    assert all(p.verdict != "conflict" for p in tranches)
    # Two outlets, one named subject and measure: a conflict.
    real = compare_claims(
        _claim("Velto raised $310 million in its listing.", "d1"),
        _claim("Velto raised $355 million in its listing.", "d2"),
        evidence=True,
    )
    assert [p.verdict for p in real] == ["conflict"]


def test_compare_milestones_at_different_times_are_not_a_conflict():
    pair = verdict("The app drew 3 million sign-ups in four hours.", "The app drew 30 million sign-ups in two days.")
    assert pair.verdict == "needs_review" and pair.reasons == ("different_time",)
    assert "in four hours" in pair.explanation


def test_compare_offer_price_against_closing_price():
    pair = verdict("Velto priced its shares at $27.", "Velto closed its first day of trading at $41.10.")
    assert pair.verdict == "needs_review" and "different_time" in pair.reasons


def test_compare_a_run_leaves_out_figures_that_can_both_be_right():
    from claimcheck.compare import compare_claims

    left_out = []
    pairs = compare_claims(
        _claim("Pixly had more than 40 million users in 2024.", "d1"),
        _claim("Orbex had 52 million users in 2024.", "d2"),
        evidence=True,
        left_out=left_out,
    )
    assert [p for p in pairs if p.verdict != "consistent"] == [] and left_out


def test_compare_another_entitys_figure_is_not_queued():
    from claimcheck.compare import compare_claims

    left_out = []
    pairs = compare_claims(
        _claim("Pellam raised $310 million in its listing.", "d1"),
        _claim("Orbex raised $455 million in its listing.", "d2"),
        evidence=True,
        left_out=left_out,
    )
    assert pairs == [] and left_out == [("$310 million", "$455 million")]


def test_compare_counts_of_one_noun_differ_by_what_was_done_to_them():
    from claimcheck.compare import compare_claims

    # Shares held back for staff are not the shares put on sale: at most a question, never a conflict.
    pairs = compare_claims(
        _claim("Velto has set aside about 1.5 million shares for its drivers.", "d1"),
        _claim("Velto put 20 million of its shares up for sale.", "d2", main_entity="Velto"),
        evidence=True,
    )
    assert all(p.verdict != "conflict" for p in pairs)
    # Shares held back against shares sold: both say what was done, and say different things.
    assert (
        compare_claims(
            _claim("Velto reserved 1.5 million shares for its drivers.", "d1"),
            _claim("Velto sold 20 million shares in the offering.", "d2"),
            evidence=True,
        )
        == []
    )


def test_compare_a_market_value_is_related_to_a_valuation_not_the_same():
    pair = verdict("Velto's market value reached $9.5 billion.", "Investors valued Velto at $5.4 billion.")
    assert pair.verdict == "needs_review" and "different_measure" in pair.reasons


def test_compare_prices_at_two_stated_points_of_a_day_are_two_facts():
    from claimcheck.compare import compare_claims

    left_out = []
    pairs = compare_claims(
        _claim("Velto priced its shares at $27 on Wednesday.", "d1"),
        _claim("Velto opened at $39 on Thursday.", "d2"),
        evidence=True,
        left_out=left_out,
    )
    assert [p for p in pairs if p.verdict != "consistent"] == [] and left_out


def test_compare_a_day_and_a_point_of_the_day_can_be_one_moment():
    # The first day's close against the first day's close: the same moment, figures that differ.
    pair = verdict(
        "Velto shares closed up 48% on their first day of trading.",
        "Velto shares closed up 60% in their first trading session.",
    )
    assert pair.verdict == "conflict"
    # A first session against Friday, or a close with no day against Friday's close: maybe one day, not shown.
    pair = verdict("Velto closed its first session at $50.44.", "Velto stock closed at $46 per share on Friday.")
    assert pair.verdict == "needs_review" and "different_time" in pair.reasons
    pair = verdict("Velto closed at $50.44.", "Velto stock closed at $46 per share on Friday.")
    assert pair.verdict == "needs_review" and "different_time" in pair.reasons
    # Friday's close against Tuesday's close: two days.
    pair = verdict("Velto shares fell to $293 on Friday.", "Velto shares fell 9% on Tuesday, closing at $233.")
    assert pair.verdict == "needs_review" and "different_time" in pair.reasons


def test_compare_the_figure_compared_against_is_an_earlier_one():
    pair = verdict(
        "The listing values Velto at about $5.4 billion.",
        "The pricing puts Velto's valuation well below the $10 billion it fetched in its last private round.",
    )
    assert pair.verdict == "needs_review" and "different_time" in pair.reasons


def test_compare_a_share_price_said_once_per_share_and_once_not():
    pair = verdict("Velto opened at $34 per share on Thursday.", "Velto opened at $47 on Thursday.")
    assert pair.verdict == "conflict"


def test_compare_a_fall_in_market_value_is_a_fall_in_the_share_price():
    pair = verdict("Velto has seen a 40% drop in market value.", "The outage caused a 32% drop in Velto's share price.")
    assert pair.verdict != "consistent" and "different_measure" not in pair.reasons


def test_compare_a_days_high_traded_as_high_as_is_that_price():
    assert verdict("Velto traded as high as $57.8 during the day.", "Velto hit a high of $55.38.").verdict == "conflict"
    assert (
        verdict("Velto traded as high as $57.8 during the day.", "Velto hit a high of $57.80.").verdict == "consistent"
    )


def test_compare_a_count_verb_that_repeats_its_noun_adds_nothing():
    pair = verdict(
        "The model family has passed 700 million downloads.", "The models were downloaded over one billion times."
    )
    assert pair.verdict == "consistent"


@pytest.mark.parametrize(
    "added",
    [
        "The network said another 3.4 million people watched on its streaming channels.",
        "The network said 3.4 million more people watched on its streaming channels.",
        "The network said 3.4 million additional viewers watched on its streaming channels.",
    ],
)
def test_compare_another_n_is_a_part_added_not_the_total(added):
    pair = verdict("The network said 123 million people watched the final.", added)
    assert pair.verdict != "conflict" and "different_measure" in pair.reasons


def test_compare_n_more_than_a_figure_is_no_part_added():
    """ "12 more than" compares; it adds no part: the figure is still the total's."""
    from claimcheck.claims import checkable_figures

    (toll,) = [f for f in checkable_figures("Officials said 140 more than expected had died.") if f.text == "140"]
    assert "additional" not in (toll.measure or "")


@pytest.mark.parametrize(
    "a, b",
    [
        ("Ferrao agreed a $90m-a-year deal with Al Fayha.", "Ferrao earns $60 million annually at Al Fayha."),
        ("Ferrao signed a contract worth $90 million a year.", "Ferrao's salary is $60 million a year."),
        (
            "Ferrao signed a three-year contract which comes up to $90 million per year.",
            "Ferrao agreed a $60m-a-year deal.",
        ),
    ],
)
def test_compare_one_wage_written_as_a_deal_an_earning_or_a_salary_is_one_measure(a, b):
    assert verdict(a, b).verdict == "conflict"


def test_compare_a_contract_total_is_not_weighed_against_its_yearly_sum():
    assert not compare("Ferrao signed a contract worth $400 million.", "Ferrao earns $90 million a year.", model=None)


def test_compare_a_term_is_exact_a_span_is_rounded():
    assert (
        verdict("Ferrao signed a three-year deal.", "Ferrao signed a three-and-a-half-year deal.").verdict == "conflict"
    )
    assert verdict("Ferrao signed a three-year deal.", "Ferrao's deal runs for three years.").verdict == "consistent"


def test_compare_a_deal_s_length_is_its_contract_however_worded():
    pair = verdict("Ferrao signed a three-year deal with Al Fayha.", "Ferrao's contract at Al Fayha is for four years.")
    assert pair.verdict == "conflict"


def test_compare_one_player_bought_by_two_clubs_is_two_deals_not_a_conflict():
    first = "Lazio signed Dembinski from Genk for €38 million."
    assert verdict(first, "Dembinski moved from Genk to Lazio for £25m.").verdict == "conflict"  # one deal
    assert verdict(first, "Porto signed Dembinski from Lazio for €60 million.").verdict != "conflict"


def test_compare_a_sum_and_its_conversion_are_weighed_in_the_currency_both_write():
    pair = verdict(
        "Orbex was valued at $54.5bn (£43.6bn) when it listed.",
        "Orbex was valued at $52 billion when it listed.",
        date_a="2023-09-14",  # the pound's rate of that day puts £43.6bn nearer $52 billion than $54.5bn is
    )
    assert (pair.a_quantity, pair.b_quantity) == ("$54.5bn", "$52 billion")


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # A hedge on a figure written to three digits is narrow; on a round one, wide.
        ("Orbex's revenue was around $1.58 billion.", "Orbex's revenue was $1.52 billion.", "conflict"),
        ("Orbex's revenue was about $1.6 billion.", "Orbex's revenue was $1.55 billion.", "consistent"),
        # "nearly N" stops one unit of N's last digit short; a round N leaves more room.
        ("The review took nearly 22 months.", "The review took nearly 21 months.", "conflict"),
        ("Turnout was nearly 30%.", "Turnout was 28%.", "consistent"),
    ],
)
def test_compare_a_hedge_is_as_wide_as_the_digits_written(a, b, expected):
    assert verdict(a, b).verdict == expected


def test_compare_a_death_toll_is_a_moment_of_a_growing_count():
    one_day = verdict(
        "The death toll from Storm Basil rose to 66.",
        "Storm Basil killed 41 people.",
        date_a="2025-10-03",
        date_b="2025-10-03",
    )
    # counted on one day, but a toll grows by the hour and neither says when: for review, never a conflict
    assert one_day.verdict == "needs_review" and "grow by the hour" in one_day.explanation
    days_apart = verdict(
        "The death toll from Storm Basil rose to 66.",
        "Storm Basil killed 41 people.",
        date_a="2025-10-03",
        date_b="2025-09-30",
    )
    assert days_apart.verdict == "needs_review" and days_apart.reasons == ("different_time",)


def test_compare_an_undated_toll_is_not_shown_to_be_the_same_moment():
    from claimcheck.claims import checkable_figures
    from claimcheck.compare import compare_claims
    from claimcheck.models import Claim

    texts = ["The death toll from Storm Basil rose to 66.", "Storm Basil killed 41 people."]
    claims = [
        Claim(id=f"c{i}", doc_id=f"d{i}", text=t, start=0, end=len(t), quantities=tuple(checkable_figures(t)))
        for i, t in enumerate(texts)
    ]
    (pair,) = compare_claims(claims[0], claims[1], evidence=True)
    assert pair.verdict == "needs_review" and "different_time" in pair.reasons


def test_compare_a_player_s_wage_a_season_is_a_year_s_and_a_fee_is_a_price():
    assert (
        verdict(
            "Okafor earns $90 million a season at Al Fayha.", "Okafor earns $60 million a year at Al Fayha."
        ).verdict
        == "conflict"
    )
    from claimcheck.measures import measure_family

    assert measure_family("transfer fee")[0] == measure_family("price")[0]


def test_compare_one_day_s_market_loss_written_as_a_loss_a_wipe_out_or_an_evaporation():
    lost = "Velto lost $279 billion in market value on Monday."
    wiped = "The selloff wiped out $279 billion from Velto's market value on Monday."
    evaporated = "Velto's market value evaporated by $265 billion on Monday."
    assert verdict(lost, evaporated).verdict == "conflict"
    assert verdict(wiped, evaporated).verdict == "conflict"
    assert verdict(lost, wiped).verdict == "consistent"


def test_compare_parts_that_add_up_to_the_others_whole_are_consistent():
    pair = verdict(
        "Velta agreed to pay a $4.3 billion penalty to the government.",
        "Velta is to forfeit $2.5 billion and pay a $1.8 billion fine to the government.",
    )
    assert pair.verdict == "consistent" and "add up to $4.3 billion" in pair.explanation
    # parts that make another sum do not excuse a real gap
    apart = verdict(
        "Velta agreed to pay a $5.3 billion penalty to the government.",
        "Velta is to forfeit $2.5 billion and pay a $1.8 billion fine to the government.",
    )
    assert apart.verdict != "consistent"


@pytest.mark.parametrize(
    "a, b",
    [
        # an open bound is no whole of any sum: 116 dead and a crowd of 250,000 do not make "at least 121" dead
        (
            "Some 250,000 people had gathered at the fair where 116 people died in the crush.",
            "At least 121 people died in the crush at the fair.",
        ),
        # 1,200 arrested and 300 detained make 1,500, not "more than 400"
        (
            "Police arrested 1,200 people on Monday and 300 were detained on Sunday.",
            "Police arrested more than 400 people.",
        ),
    ],
)
def test_compare_parts_make_the_whole_as_written_not_any_sum_an_open_bound_allows(a, b):
    assert "add up to" not in verdict(a, b).explanation


def test_compare_two_ceilings_at_different_values_are_for_review():
    pair = verdict("The family will contribute up to $7 billion.", "The family will contribute up to $6 billion.")
    assert (pair.verdict, pair.reasons) == ("needs_review", ("different_ceiling",))
    assert "the two most differ" in pair.explanation
    same = verdict("The fee could reach as much as €100m.", "The fee could reach up to €100 million.")
    assert same.verdict == "consistent"  # one cap, worded two ways
    floor = verdict(
        "The family will contribute at least $7 billion.", "The family will contribute at least $6 billion."
    )
    assert floor.verdict == "consistent"  # two floors: both hold if the sum is over $7 billion


def test_compare_two_counted_floors_at_different_values_are_for_review_but_round_floors_are_compatible():
    pair = verdict("More than 140 councils lost their data.", "Over 190 councils lost their data.")
    assert (pair.verdict, pair.reasons) == ("needs_review", ("different_floor",))
    assert "the two least differ" in pair.explanation
    round_floors = verdict("Velto has over 700 million users.", "Velto has over one billion users.")
    assert round_floors.verdict == "consistent"
    in_words = verdict("More than a dozen firms now sell the chips.", "At least seven firms now sell the chips.")
    assert in_words.verdict == "consistent"  # "a dozen" is a round figure in words


def test_compare_two_distances_from_one_place_told_on_different_days_are_one_fact():
    pair = verdict(
        "On Saturday the quake struck 30 km northwest of Herat.", "The epicentre was 40 km northwest of Herat."
    )
    assert pair.verdict == "conflict"


def test_compare_a_length_and_its_bracketed_conversion_pair_with_the_figure_as_written():
    from claimcheck.compare import compare_claims

    pairs = compare_claims(
        _claim("The quake struck 30 kilometres (19 miles) northwest of Herat.", "d1"),
        _claim("The epicentre was 40 km northwest of Herat.", "d2"),
    )
    assert [(p.a_quantity, p.b_quantity) for p in pairs][0] == ("30 kilometres", "40 km")


@pytest.mark.parametrize("other_date", ["2024-03-22", "2023-01-10"])
def test_compare_two_sums_in_one_foreign_currency_are_read_to_their_digits_not_a_conversion_allowance(other_date):
    a, b = "Velto agreed a fee of £115m for the striker.", "Velto agreed a fee of £113m for the striker."
    assert verdict(a, b, date_a="2024-03-22", date_b=other_date).verdict == "conflict"  # neither rounds the other
    near = "Velto agreed a fee of £115.4m for the striker."
    assert verdict(a, near, date_a="2024-03-22", date_b=other_date).verdict == "consistent"  # one rounds the other


def test_compare_a_weekend_estimate_against_the_final_figures_is_a_stage_not_a_conflict():
    final = "The film took $162 million worldwide in its opening weekend, according to final figures."
    estimate = "The film earned an estimated $155 million globally over the weekend."
    pair = verdict(final, estimate)
    assert pair.verdict == "needs_review" and "different_stage" in pair.reasons


@pytest.mark.parametrize(
    "a, b",
    [
        ("The train was carrying 350 passengers.", "There were 420 people on board the train."),
        ("Some 400 to 600 refugees were on board the trawler.", "Around 750 people were aboard the trawler."),
    ],
)
def test_compare_people_on_board_and_passengers_count_one_load(a, b):
    pair = verdict(a, b)
    assert pair.verdict != "consistent" and "different_measure" not in pair.reasons  # one load, counted two ways


def test_compare_a_group_of_people_who_died_counts_the_dead():
    pair = verdict("At least 79 migrants died when the trawler sank.", "The sinking killed at least 82 people.")
    assert "different_measure" not in pair.reasons
    # the passengers a plane carried are not the passengers it killed
    carried = verdict("The jet carried 242 passengers.", "The crash killed 241 passengers.")
    assert carried.verdict != "conflict" and "different_measure" in carried.reasons


def test_compare_a_conflict_between_sentences_that_say_little_alike_is_shown_for_review():
    from claimcheck.compare import compare_claims
    from claimcheck.evidence import CONFLICT_SIMILARITY
    from claimcheck.models import Claim

    def claim(doc, text):
        from claimcheck.claims import checkable_figures

        return Claim(id=doc, doc_id=doc, text=text, start=0, end=len(text), quantities=tuple(checkable_figures(text)))

    a = claim("a", "Velto raised $310 million in its listing.")
    b = claim("b", "Velto raised $450 million in its listing.")
    alike = compare_claims(a, b, similarity=0.9, evidence=True)
    assert [p.verdict for p in alike] == ["conflict"]
    unlike = compare_claims(a, b, similarity=CONFLICT_SIMILARITY - 0.1, evidence=True)
    assert [(p.verdict, p.reasons) for p in unlike] == [("needs_review", ("little_alike",))]


def test_compare_one_owners_over_half_and_almost_half_are_not_complementary_shares():
    # told on one day: a share of the vote moves while the count goes on, so undated it is two moments
    same_day = {"date_a": "2024-07-05", "date_b": "2024-07-05"}
    pair = verdict("Labour won over half of the vote.", "Labour won almost half of the vote.", **same_day)
    assert pair.verdict == "conflict" and "exact count" not in pair.explanation
    assert verdict("Open models took nearly 30% of usage.", "Closed models took roughly 70% of usage.").verdict == (
        "consistent"
    )


def test_compare_two_recalled_times_one_dated_and_one_not_are_not_shown_as_one():
    from dataclasses import replace

    from claimcheck.claims import checkable_figures
    from claimcheck.compare import judge
    from claimcheck.entities import Aliases

    won = "Labour won the 1997 election with 43.2 per cent of the votes cast."
    dated = next(q for q in checkable_figures(won, "2024-07-05") if q.text == "43.2 per cent")
    share = "Labour won 202 seats with a 32.3 per cent vote share."
    undated = next(q for q in checkable_figures(share) if "32.3" in q.text)
    verdict_, reasons, *_ = judge(dated, replace(undated, moment="earlier"), Aliases())
    assert verdict_ == "needs_review" and "different_time" in reasons


def test_compare_two_articles_nows_are_told_apart_by_their_days():
    pair = verdict(
        "Orbex is now valued at $50 billion.",
        "Orbex is now valued at $45 billion.",
        date_a="2024-05-27",
        date_b="2023-12-05",
    )
    assert pair.verdict == "needs_review" and "now on 2024-05-27 vs now on 2023-12-05" in pair.explanation


def test_compare_one_sum_in_three_currencies_is_one_pair():
    pairs = compare(
        "Lazio paid a fee of €90m (£78m/$99m) for the striker.",
        "The striker's fee was 80 million euros ($88 million, £69 million), Lazio said.",
        model=None,
    )
    flagged = [p for p in pairs if p.verdict != "consistent"]
    # shown once, as the sums are stated, not again in each converted currency
    assert [(p.a_quantity, p.b_quantity) for p in flagged] == [("€90m", "80 million euros")]


@pytest.mark.parametrize(
    "a, b",
    [
        (  # the fine as stated agrees; its bracketed dollars are one outlet's conversion at its own rate
            "Brussels has hit the carmaker with a €1.84 billion fine for rigging emissions tests.",
            "The Commission fined the carmaker €1.8 billion ($1.9 billion) for rigging emissions tests.",
        ),
        (  # "$410 million" in the second article is the state's own dollar, the A$ sum the first one converts
            "The state of Queensland has agreed to pay A$410m (£210m/$268m) to organisers after cancelling the regatta.",
            "Queensland agreed to pay the organisers a total of $410 million after cancelling the regatta.",
        ),
    ],
)
def test_compare_a_sum_is_weighed_as_stated_not_as_its_bracketed_conversion(a, b):
    pairs = compare(a, b, model=None)
    assert pairs and all(p.verdict == "consistent" for p in pairs), [(p.a_quantity, p.b_quantity) for p in pairs]


def test_compare_a_total_whose_own_sentence_adds_the_rest_to_the_other_figure_is_a_whole():
    pair = verdict(
        "The Rovers also owe a posting fee of about $50 million, bringing the total to $375 million.",
        "The Rovers landed the pitcher with a 12-year deal worth $325 million.",
    )
    assert pair.verdict == "consistent" and "add up to $375 million" in pair.explanation


def test_compare_a_list_s_figures_are_no_parts_of_another_article_s_count():
    # Kent's 6 is no whole of Avon's 1 and the other article's five: a list's figures add up by chance
    pair = verdict(
        "Five people in Kent have fallen ill during the outbreak.",
        "As of May 3, a total of 40 people were reported ill from 9 counties, including: Avon (1), Kent (6), "
        "Devon (3), Essex (2), Dorset (1).",
    )
    assert pair.verdict != "consistent" and "add up" not in pair.explanation


def test_compare_a_small_figure_beside_a_total_is_no_part_by_chance():
    # £2.1m is too small a share of £73.7m to make £71.6m a part: the two totals may disagree
    pair = verdict(
        "The funeral cost £73.7m in total, including £2.1m for transport.",
        "The funeral cost £71.6m, officials said.",
    )
    assert pair.verdict != "consistent"


def test_compare_a_hedge_on_a_figure_written_to_a_decimal_adds_nothing_to_its_rounding():
    # "roughly 118.2 million" was copied from a precise count: it is not 118.6 million
    pair = verdict(
        "Roughly 118.2 million people watched the final.", "The final drew an estimated 118.6 million viewers."
    )
    assert pair.verdict != "consistent"


def test_compare_just_short_of_a_sum_and_beyond_it_cannot_both_be_right():
    from claimcheck.two_texts import compare_texts

    (pair,) = compare_texts(
        "Orbex took its summer spending to just shy of £450 million with the signing.",
        "The signing takes Orbex's summer spending beyond £450 million.",
        model=None,
    )
    assert pair.verdict == "conflict"


def test_compare_one_person_s_age_a_year_apart_is_two_tellings_not_a_conflict():
    from claimcheck.compare import compare_claims

    trial = _claim("Orlen, 70, did not testify during the trial.", "d1")
    (birthday,) = compare_claims(
        trial, _claim("Orlen, 71, broke down in tears at the sentencing.", "d2"), evidence=True
    )
    assert (birthday.verdict, birthday.reasons) == ("needs_review", ("different_time",))
    (misreported,) = compare_claims(
        trial, _claim("Orlen, 74, broke down in tears at the sentencing.", "d2"), evidence=True
    )
    assert misreported.verdict == "conflict"


def test_compare_a_sum_written_to_the_unit_agrees_with_its_decimals_cut_off():
    from claimcheck.two_texts import compare_texts

    (cut,) = compare_texts(
        "The donor gave £67,801 towards the work.", "The donor gave £67,801.72 towards it.", model=None
    )
    assert cut.verdict == "consistent"
    (off,) = compare_texts(
        "The donor gave £67,801 towards the work.", "The donor gave £67,802.72 towards it.", model=None
    )
    assert off.verdict == "conflict" and "less than 0.1%" in off.explanation


def test_compare_a_part_given_of_a_figure_is_never_added_to_it():
    (pair,) = [
        p
        for p in compare(
            "At least 300 people were injured during the demonstrations, the commission said.",
            "The minister said 214 people had been injured, with 95 already treated and released.",
            model=None,
        )
        if p.b_quantity == "214"
    ]
    assert pair.verdict != "consistent"


def test_compare_two_closely_alike_sentences_whose_figures_nothing_aligned_are_shown_for_review():
    from sentence_claims import sentence_claim

    from claimcheck.compare import compare_claims

    a = sentence_claim("A bidder spent $28 million on the ruby slippers worn in the film.", "d1", "2024-12-08")
    b = sentence_claim(
        "The ruby slippers worn in the film sold at auction for a record $32.5 million.", "d2", "2024-12-08"
    )
    (pair,) = compare_claims(a, b, evidence=True, similarity=0.8)
    assert pair.verdict == "needs_review" and "different_measure" in pair.reasons
    # less alike, the second look weighs them as figures nothing read ties together: close sums of one auction
    (looser,) = compare_claims(a, b, evidence=True, similarity=0.5)
    assert looser.verdict == "needs_review" and "second_look" in looser.reasons
