"""Whose a figure is in a sentence: the parse's owner, the sentence's names and its described owners."""

import pytest

from claimcheck.claims import checkable_figures


def subject_in(sentence, figure):
    start = sentence.index(figure)
    return next(f.subject for f in checkable_figures(sentence, bare_counts=True) if f.start <= start < f.end)


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        # The speaker of a reporting verb says the figure; the sentence's other owner keeps it.
        (
            "Half the lofts, which cost from $700,000, have sold this year, said Tom Baker, the agent.",
            "$700,000",
            "the lofts",
        ),
        # A place's ministry speaks, the place keeps the figure.
        ("Chile's Health Ministry said 420 people had died.", "420", "Chile"),
        # The figure's own clause describes its owner; a name in another clause is not it.
        (
            "The 2024 list compiled by Jo Baines shows that the richest families hold wealth of $800 billion.",
            "$800 billion",
            "the richest families",
        ),
        # A country after a sum is the currency's, not the owner.
        ("Velto shares rose 12% on Monday to close at $41.20 U.S. per share.", "$41.20", "Velto"),
        # A weekday written as a plural is a time.
        ("Kane entered Sundays game averaging 14 points.", "14 points", "Kane"),
    ],
)
def test_subjects_subject_of_the_figure_in_a_sentence(sentence, figure, subject):
    assert subject_in(sentence, figure) == subject


def test_subjects_a_currency_prefix_is_not_an_owner():
    assert subject_in("Those travellers paid HK $4,500 for the trip.", "$4,500") != "HK"
    # The parse may hang the prefix as the object of "of": still not an owner.
    assert subject_in("The guests paid a total of HK $9,300 (PS930) for rooms.", "PS930") == "the guests"


def test_subjects_a_name_under_a_verb_of_place_is_where():
    assert (
        subject_in("The new pipes were laid under Park Lane at a cost of $3 million.", "$3 million") == "the new pipes"
    )


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        # "its" after a participle is the clause subject's, named by its compound ("Corvel Systems shares").
        (
            "Corvel Systems shares sank 30 per cent after cutting its profit forecast to $90 million.",
            "$90 million",
            "Corvel Systems",
        ),
        # A currency code after a sum is not an owner: the clause describes one.
        ("The euro was flat against the dollar at $1.0820 EUR= on Friday.", "$1.0820", "the euro"),
        # A fronted setting names the place the figure holds for.
        ("In Cedar Falls, tests in 2021 came back at 6 ppb.", "6 ppb", "Cedar Falls"),
    ],
)
def test_subjects_subject_families(sentence, figure, subject):
    assert subject_in(sentence, figure) == subject


def test_subjects_a_name_in_another_clause_yields_to_the_described_subject():
    sentence = "Few people in Norland know that the small valley, which is about 9 miles long, floods each spring."
    assert subject_in(sentence, "9 miles") == "the small valley"
    # an adverbial clause of its own says when, not whose
    storm = "As a winter storm battered Norland over the holidays, the airline cancelled 16,900 flights."
    assert subject_in(storm, "16,900") == "the airline"


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        ("Strong demand lifted Orbex 5% higher on Monday.", "5%", "Orbex"),  # the object a verb moves
        ("Heavy selling pushed Kestrel Mining 4.2 percent lower.", "4.2 percent", "Kestrel Mining"),  # whole
        ("Ramos, who scored 21 goals with Porto, told reporters he was happy.", "21", "Ramos"),  # "who": antecedent
    ],
)
def test_subjects_moved_object_and_relative_antecedent(sentence, figure, subject):
    assert subject_in(sentence, figure) == subject


def test_subjects_a_capital_at_the_start_of_a_measure_is_no_name():
    assert subject_in("Approach angle was a steep 31.5 degrees.", "31.5 degrees") is None


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        # Prices of a kind of goods are that kind's.
        ("Fresh vegetable prices are expected to rise between 3% and 4%.", "3% and 4%", "vegetable"),
        # An attribute stored in a thing is the thing's.
        ("The energy stored in the battery was 40 kWh.", "40 kWh", "the battery"),
    ],
)
def test_subjects_what_an_attribute_belongs_to(sentence, figure, subject):
    assert subject_in(sentence, figure) == subject


def test_subjects_a_name_after_the_figure_yields_to_the_described_subject():
    sentence = "The old stone bridge is about 40 metres long, near Arlen."
    assert subject_in(sentence, "about 40 metres") == "the old stone bridge"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The US chipmaker earned $5 billion last year.", "$5 billion"),
        ("Shares of the US chipmaker fell 17%.", "17%"),
        ("The clubs agreed a fee worth a Bundesliga record €100 million for the striker.", "€100 million"),
    ],
)
def test_subjects_a_name_that_only_says_what_kind_of_thing_is_not_the_owner(sentence, figure):
    assert subject_in(sentence, figure) not in ("United States", "US", "Bundesliga")


def test_subjects_a_company_a_name_owns_is_not_that_names():
    assert subject_in("Elon Musk’s xAI startup is valued at $24 billion.", "$24 billion") == "xAI"
    assert subject_in("Musk's AI startup was valued at $18 billion.", "$18 billion") is None  # the story's to name
    assert subject_in("Chinese startup Moonshot raised $1 billion.", "$1 billion") == "Moonshot"


def test_subjects_a_places_group_and_a_place_before_a_verb_stay_owners():
    assert subject_in("Only 26.7% of the Japanese public uses generative AI.", "26.7%") == "Japan"
    assert subject_in("On one platform, Chinese models accounted for 61% of the tokens.", "61%") == "China"
    assert subject_in("The boom in China prompted usage to rise to 30%.", "30%") == "China"


def test_subjects_a_holiday_is_when_not_whose():
    assert subject_in("The film had the fifth-biggest Memorial Day opening ever.", "fifth-biggest") != "Memorial Day"


def test_subjects_a_plural_common_noun_opening_the_sentence_is_no_name():
    sentence = "Values remained high all day, with shares closing up 29.1 per cent at $100.73."
    assert subject_in(sentence, "29.1 per cent") != "Values"
    assert subject_in("Reddit rose 5% on Monday.", "5%") == "Reddit"


def test_subjects_a_plural_common_noun_opening_the_sentence_is_the_owner_it_describes():
    sentence = "Flats from $300,000 to $400,000 stay an average of 52 days; larger ones, 80 days."
    assert subject_in(sentence, "52 days") == "flats"  # whose average it is, described, not named


def test_subjects_a_name_a_figure_leaves_out_is_not_its_owner():
    sentence = "The first film made $264M in markets excluding Japan, $132.4M domestic, according to the trades."
    assert subject_in(sentence, "$132.4M") != "Japan"


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        # the authority lays the penalty; whose fine it is is who pays
        ("The watchdog imposed a fine of 2 billion yuan on Orbex.", "2 billion yuan", "Orbex"),
        ("The regulator fined Orbex a record 1.4 billion euros.", "1.4 billion euros", "Orbex"),
        ("Orbex's founder, Lin Mei, was fined 1 million yuan by the watchdog.", "1 million yuan", "Lin Mei"),
        # a title before the name is not the name
        (
            "The agency also imposed a personal fine of 1 million yuan on Orbex CEO Lin Mei and president Tao Jun.",
            "1 million yuan",
            "Lin Mei",
        ),
        # each of two people fined the same sum: the first one's fine (and the other's)
        ("Orbex's chairman Lin Mei and president Tao Jun were fined 1 million yuan each.", "1 million yuan", "Lin Mei"),
    ],
)
def test_subjects_a_penalty_is_whose_pays_it(sentence, figure, subject):
    assert subject_in(sentence, figure) == subject


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        # a list that writes its noun once: each count is the place named after it
        ("A total of 105 people have died in Norvale and 52 in Eastmoor by Saturday.", "105", "Norvale"),
        ("A total of 105 people have died in Norvale and 52 in Eastmoor by Saturday.", "52", "Eastmoor"),
        ("So far 92 bodies in Norvale and 62 in Eastmoor districts have been recovered.", "62", "Eastmoor"),
        # a company's possessive after "in" is no place: the drop is the company's
        ("The update led to a 32% drop in Orbex's share price.", "32%", "Orbex"),
    ],
)
def test_subjects_each_count_of_a_list_keeps_its_own_place(sentence, figure, subject):
    assert subject_in(sentence, figure) == subject


def test_subjects_a_measure_opening_a_sentence_is_no_name():
    # "Turnout" is capitalised only because it opens the sentence
    assert subject_in("Turnout in Norland was 66.2%.", "66.2%") is None


@pytest.mark.parametrize(
    "sentence, text, owner",
    [
        ("Velta signed Marek Olsen, 22, on a five-year contract.", "22", "Marek Olsen"),
        ("Velta have signed the 22-year-old winger Marek Olsen from Ostrava.", "22-year-old", "Marek Olsen"),
        ("Velta have signed the 22-year-old winger from Ostrava.", "22-year-old", None),  # someone described
        ("Orbex had bid for the 22-year-old.", "22-year-old", None),
        ("The 21-year-old Ukrainian joined Velta for £88m.", "21-year-old", None),  # a nationality, no name
    ],
)
def test_subjects_an_age_is_the_persons_it_is_said_of_never_the_verbs_subject(sentence, text, owner):
    found = next(f for f in checkable_figures(sentence) if f.text == text)
    assert found.subject == owner


def test_subjects_who_tells_a_count_of_people_gives_it_and_does_not_own_it():
    crowd = checkable_figures("The main GTU union federation announced 2.1 million protesters across the country.")[0]
    assert crowd.subject != "GTU" and crowd.source == "GTU"
    deaths = checkable_figures("Health officials in the province recorded 39 deaths on Friday.")[0]
    assert deaths.source is not None and deaths.subject is None
    # a company that announces its own job cuts owns them
    cuts = checkable_figures("Orbex announced 12,000 job cuts on Tuesday.")[0]
    assert cuts.subject == "Orbex"


@pytest.mark.parametrize(
    "sentence, figure, actor",
    [
        # the actor of a clause "as" or "while" opens acts there: the toll is not his
        (
            "The death toll from the stadium crush has risen to 131, the ministry said, as President Ilse Marten "
            "visited the injured.",
            "131",
            "Ilse Marten",
        ),
        ("The toll climbed to 48 on Monday while Governor Ana Pires toured the valley.", "48", "Ana Pires"),
    ],
)
def test_subjects_a_name_acting_in_a_later_adverbial_clause_is_not_the_owner(sentence, figure, actor):
    assert actor not in (subject_in(sentence, figure) or "")


def test_subjects_a_name_in_the_clause_a_figure_s_verb_takes_is_still_read():
    assert subject_in("Some 98.2 million viewers watched the Falcons beat the Rams on Sunday.", "98.2 million") == (
        "Falcons"
    )


def test_subjects_each_item_of_a_list_is_owned_by_the_name_after_its_figure():
    sentence = (
        "Other costs include £3.1 million by the Ministry of Defence, £2.4 million by the Department for "
        "Transport and £2.0 million by the Scottish Government."
    )
    assert subject_in(sentence, "£2.4 million") == "Department for Transport"
    assert subject_in(sentence, "£2.0 million") == "Scottish Government"
    # one figure with a name after "by" is no list: the name may be when or who acts
    assert subject_in("Orbex must pay a $5 million fine by the end of March.", "$5 million") == "Orbex"


def test_subjects_two_sides_named_after_between_own_nothing():
    sentence = "A bidding war between Dalmore and Eastfield ended in a £115m fee."
    assert subject_in(sentence, "£115m") not in ("Dalmore", "Eastfield")


def test_subjects_a_name_in_a_clause_on_what_the_figure_was_spent_on_is_not_its_owner():
    sentence = "Figures showed £715 million of public funds was spent on the policy, which was scrapped by Mara Quill."
    assert subject_in(sentence, "£715 million") != "Mara Quill"


def test_subjects_who_is_told_a_figure_does_not_own_it():
    sentence = "Amir Nadeem, a spokesman for the relief agency, told Reuters that 1,870 people were dead."
    assert subject_in(sentence, "1,870") is None
    sentence = "The provincial minister told Sky News that more than 140 people had been injured."
    assert subject_in(sentence, "more than 140") is None


def test_subjects_a_toll_is_what_is_counted_not_whose():
    sentence = "A spokesman for the ministry said the toll had climbed to 1,120 dead."
    assert subject_in(sentence, "1,120") is None


def test_subjects_a_label_before_a_colon_is_no_owner():
    assert subject_in("Analysis: shares in Velto fell by 22% after the results.", "22%") == "Velto"
    assert subject_in("Velto rose 5% on Monday.", "5%") == "Velto"


@pytest.mark.parametrize(
    "sentence, figure, subject",
    [
        # A list of figures after a list of as many names gives each its own, in order, "respectively" unwritten.
        ("Hera (2021) and Vela (2018) took Rs 61 crore (nett) and Rs 44 crore (nett) on release.", "Rs 44", "Vela"),
        ("Hera (2021) and Vela (2018) took Rs 61 crore (nett) and Rs 44 crore (nett) on release.", "Rs 61", "Hera"),
        ("Orbex, Skyrora and Vega raised $3 million, $8 million and $11 million last year.", "$8 million", "Skyrora"),
    ],
)
def test_subjects_a_list_of_figures_follows_a_list_of_names_in_order(sentence, figure, subject):
    assert subject_in(sentence, figure) == subject


def test_subjects_the_two_ends_of_a_range_are_no_list():
    sentence = "Orbex and Skyrora said the fee would be between $3 million and $8 million."
    assert subject_in(sentence, "$3 million") != "Orbex"


def test_subjects_the_agent_who_measured_a_figure_is_its_source_not_its_owner():
    # who measured or estimated a figure ("by X" after a passive verb of measuring) tells it; it is not whose
    tremor = "The tremor, recorded at magnitude 6.4 by the Brava Seismic Institute, hit at dawn."
    assert subject_in(tremor, "6.4") == "the tremor"
    assert subject_in("The toll was estimated at 150 by the Orvane Health Ministry.", "150") != "Orvane Health Ministry"
