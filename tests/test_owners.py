"""Whose a figure is, as the parse says."""

import pytest

from claimcheck.grammar import figure_grammar


def owner_of(sentence, figure):
    start = sentence.index(figure)
    return figure_grammar(sentence, start, start + len(figure))


@pytest.mark.parametrize(
    "sentence, figure, owner",
    [
        ("Orbex's market value fell by $41 billion.", "$41 billion", "Orbex"),  # possessor
        ('Northlight has steered "Velvet" to a $155 million opening.', "$155 million", "Velvet"),  # carried object
        ("Pellam Labs raised $310 million in its listing.", "$310 million", "Pellam Labs"),  # clause subject
    ],
)
def test_owners_named(sentence, figure, owner):
    assert owner_of(sentence, figure).subject == owner


def test_owners_a_reporting_verbs_subject_is_a_source():
    read = owner_of("The agency said that 2,400 homes were destroyed.", "2,400")
    assert read.subject != "agency" and read.subject is None


def test_owners_the_company_stands_for_the_articles_main_entity():
    read = owner_of("Investors valued the company at $2 billion.", "$2 billion")
    assert read.anaphor and read.subject == "the company"


def test_owners_a_described_owner_is_kept_apart_from_a_name():
    read = owner_of("The new ferry carried 1,200 passengers on Sunday.", "1,200")
    assert read.subject is None and read.described == "the new ferry"


@pytest.mark.parametrize(
    "sentence, figure, owner",
    [
        # A month or a weekday is a time, not an owner: the contract's name is the rest.
        ("The March cocoa contract was up 12 cents at $3.10 a pound.", "12 cents", None),
        # A name's number and slashed part belong to it.
        ("Brazil's Bovespa/IBX 50 gained 0.4 percent to 1,220.50.", "0.4 percent", "Bovespa/IBX 50"),
        ("Dow 30 futures were up 12 points, or 0.03%.", "12 points", "Dow 30"),
        # A name of several words before a noun is whole: not "North Sea".
        ("The price of the North Sea Forties blend has fallen to $61.20.", "$61.20", "North Sea Forties"),
        # "for the X's Y": the possessor owns the figure.
        ("Upgrades included an extra 20 miles for the Corvo's electric range.", "20 miles", "Corvo"),
        # "its" in a clause whose subject is named is that name's.
        ("Halden raised its forecast to $4.2 billion.", "$4.2 billion", "Halden"),
        # "it" in a clause under a named subject's verb is that name ("X said it will ...").
        ("Orbex said it will cut 3,000 jobs this year.", "3,000", "Orbex"),
        ("Velair Airways is expected to announce it will furlough 2,500 staff.", "2,500", "Velair Airways"),
        # A figure's own unit is not the name carried to it ("added 12 sen to RM4.10").
        ("Kelvar Holdings gained 12 sen to RM4.10.", "RM4.10", "Kelvar Holdings"),
    ],
)
def test_owners_names_read_whole(sentence, figure, owner):
    assert owner_of(sentence, figure).subject == owner


@pytest.mark.parametrize(
    "sentence, figure, described",
    [
        ("The March cocoa contract was up 12 cents at $3.10 a pound.", "12 cents", "the March cocoa contract"),
        # A relative clause's figure belongs to the noun the clause is about.
        ("Few people can afford the lofts, which cost from $900,000 to $2 million.", "$900,000", "the lofts"),
        ("We crossed a valley that is about 40 miles wide.", "40 miles", "a valley"),
        # An attribute is not an owner: what it is of is.
        ("The weight of the blue whale is about 150 tonnes.", "150 tonnes", "the blue whale"),
        ("The top speed of the old steam trains was 60 mph.", "60 mph", "the old steam trains"),
        # A figure with a unit describes the thing it modifies.
        ("For the test we used a 3-5W blue laser.", "3-5W", "blue laser"),
        ("The station will serve 6 miles of new sewer pipes.", "6 miles", "new sewer pipes"),  # a length "of" a thing
        # A clause completed by another verb keeps its subject ("was expected to become ... with winds of").
        ("The depression was expected to become a storm with winds of at least 40 mph.", "40 mph", "the depression"),
        # "its" with no name in the clause: the described subject, which the article's name replaces if it has one.
        (
            "The Danish shipping giant now earns over 40 per cent of its income from logistics.",
            "40 per cent",
            "the Danish shipping giant",
        ),
    ],
)
def test_owners_described(sentence, figure, described):
    read = owner_of(sentence, figure)
    assert read.described == described and not (read.subject and not read.anaphor)


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The final tally of the vote was 62%.", "62%"),  # "tally" and "vote" say what, not whose
        ("Your aim was to sell 300 bikes by the summer.", "300"),  # the counted noun is not an owner
        ("About 1,100 homes were built last year.", "1,100"),
        ("The pace of wage rises is expected to slow to 2.1% next year.", "2.1%"),  # "pace" is a measure
        ("The result was a 54% share for the incumbent.", "54%"),
    ],
)
def test_owners_no_described_owner_from_measures_or_counts(sentence, figure):
    read = owner_of(sentence, figure)
    assert read.described in (None, "your aim")  # a stated aim is a description, never a measure
    assert read.subject is None


def test_owners_a_fraction_is_no_described_owner():
    read = owner_of("A quarter of those tested were at 40 or above.", "40")
    assert read.described != "a quarter"


def test_owners_it_in_a_coordinated_clause_is_not_the_first_subject():
    # "X launched Y and it drew ...": "it" is Y, so X is not the owner
    sentence = "Velto launched Sparks on the App Store and in less than a day, it has garnered millions of users."
    assert owner_of(sentence, "less than a day").subject != "Velto"


@pytest.mark.parametrize(
    "sentence, figure, owner",
    [
        ("Holders will receive 2.3 shares in Velta Group for each share.", "2.3", "Velta Group"),  # shares in X
        ("It is Velta's biggest deal since its $75 billion merger with Mobra.", "$75 billion", "Mobra"),
        ("The judge ordered Velta to pay $5 million.", "$5 million", "Velta"),  # who is told to pay
        ("The regulator slapped Velta with a $5 million penalty.", "$5 million", "Velta"),  # who is handed it
        ("The judge ordered Velta's sons, Ian and Eric, to pay $4 million each.", "$4 million", "Ian and Eric"),
    ],
)
def test_owners_of_shares_deals_and_orders(sentence, figure, owner):
    assert owner_of(sentence, figure).subject == owner


def test_owners_a_thing_made_to_move_is_not_told_to_act():
    # "prompted their usage to skyrocket": usage is what is measured, not who acts
    read = owner_of("The boom prompted their global usage to rise to 30%.", "30%")
    assert read.subject != "their global usage"


def test_owners_a_sum_held_with_is_not_the_object_s_unless_laid_on_it():
    assert owner_of("Kane leaves Spurs as their top scorer with 280 goals.", "280").subject != "Spurs"


def test_owners_shares_in_a_company_the_parser_hangs_on_the_verb():
    read = owner_of("Ostra holders will receive 2.3 shares in Velta Group for each Ostra share they own.", "2.3")
    assert read.subject == "Velta Group"


def test_owners_a_sum_for_a_company_is_that_company_s():
    sentence = "Velta agreed to buy Ostra, at less than half of Friday's closing price of $8.4 billion for Ostra."
    assert owner_of(sentence, "$8.4 billion").subject == "Ostra"


def test_owners_a_participle_clause_takes_the_company_that_acts_not_the_rival_it_passed():
    from claimcheck.claims import checkable_figures

    sentence = "The Ostra-backed company already overtook both Velto and Orbex Motors by market cap, reaching a value of $104.9 billion."
    (value,) = checkable_figures(sentence, None, main_entity="Corvane")
    assert value.subject == "Corvane"  # the article's company, not Orbex Motors it overtook


def test_owners_one_who_claims_a_clause_says_the_figure_and_one_who_claims_a_share_takes_it():
    from claimcheck.claims import checkable_figures

    (fee,) = checkable_figures("Roth claimed the fee was less than €100m.")
    assert fee.subject != "Roth"  # the speaker, not whose fee
    (share,) = checkable_figures("Velto claimed 40% of the market.")
    assert share.subject == "Velto"


def test_owners_an_abbreviated_common_noun_is_no_owner():
    from claimcheck.claims import checkable_figures

    (raised, _) = checkable_figures(
        "The IPO raised $616 million, valuing Velto at $5.4 billion.", None, main_entity="Velto"
    )
    assert raised.subject == "Velto"  # the article's company's listing, not an owner named "IPO"
    (peak,) = checkable_figures("The final drew a peak of 29 million TV viewers in Velmora.", None)
    assert peak.subject != "TV"


def test_owners_a_name_set_beside_a_common_noun_is_who_it_is_not_the_possessor():
    from claimcheck.claims import checkable_figures

    sentence = "Marin's main rival in the election, former prosecutor Andrei Voss, had 26.3 percent of the vote."
    (share,) = checkable_figures(sentence, "2024-10-21")
    assert share.subject.endswith("Andrei Voss")
