import pytest

from claimcheck.claims import checkable_figures
from claimcheck.measures import measure_family


def figure(sentence, text, date=None):
    return next(f for f in checkable_figures(sentence, date) if f.text == text)


def test_context_respectively_gives_each_subject_its_figure():
    sentence = "Two start-ups, Z.ai and MiniMax, listed in January, raising $560 million and $620 million respectively."
    assert figure(sentence, "$560 million").subject == "Z.ai"
    assert figure(sentence, "$620 million").subject == "MiniMax"


def test_context_comparison_clause_keeps_its_own_subject_and_shares_the_measure():
    sentence = "Only 26.7% of the Japanese public uses generative AI, compared with 81.2% in China."
    japan, china = figure(sentence, "26.7%"), figure(sentence, "81.2%")
    assert (japan.subject, china.subject) == ("Japan", "China")


def test_context_measure_qualifiers_and_subjects():
    monthly = figure(
        "Alibaba says its Qwen assistant has more than 100 million monthly active users.", "more than 100 million"
    )
    assert monthly.measure == "monthly active users" and monthly.subject == "Qwen"


def test_context_scope_and_stage():
    china = figure(
        "A Microsoft research report estimates that DeepSeek holds 89% of the chatbot market within China.", "89%"
    )
    assert (china.subject, china.scope) == ("DeepSeek", "China")
    target = figure(
        "MiniMax opened its Hong Kong share sale on Wednesday, aiming to raise up to HK$4.19 billion.",
        "up to HK$4.19 billion",
    )
    assert (target.subject, target.stage) == ("MiniMax", "planned")
    raised = figure("MiniMax raised $619 million in its Hong Kong IPO.", "$619 million")
    assert raised.stage == "actual"


def test_context_period_is_the_nearest_time_expression():
    sentence = "Global use of open models jumped from just 1.2% in late 2024 to nearly 30% last year."
    assert figure(sentence, "1.2%", "2026-01-12").period.text == "late 2024"
    assert figure(sentence, "nearly 30%", "2026-01-12").period.start == "2025-01-01"


def test_context_a_milestone_keeps_the_time_it_was_reached_in():
    sentence = "The app drew 3 million sign-ups in just four hours after its launch."
    (signups,) = checkable_figures(sentence)
    assert signups.window == "in four hours"  # the duration is the window, not a figure of its own


def test_context_an_offer_price_is_not_a_trading_price():
    offer = figure("On Tuesday, Velto priced its shares at $27, the top of its range.", "$27")
    close = figure("Velto closed its first day of trading at $41.10.", "$41.10")
    start = figure("Velto shares fell from $44.80 to $39.15 on Friday.", "$44.80")
    # the day a sentence names stays beside the point of the day: "tuesday offer", "first day close"
    assert (offer.moment, close.moment, start.moment) == ("tuesday offer", "first day close", "friday before")


def test_context_an_opening_weekend_is_no_moment_of_the_trading_day():
    assert figure("The sequel earned a $88 million opening, the studio said.", "$88 million").moment is None


def test_context_it_and_the_company_stand_for_the_article_main_entity():
    (value,) = checkable_figures("The deal values the company at $4.1 billion.", main_entity="Velto")
    assert value.subject == "Velto"
    (named,) = checkable_figures("Fellow chipmaker Orbex jumped 31 percent on Monday.", main_entity="Velto")
    assert named.subject == "Orbex"


def test_context_passive_counts_keep_their_verb():
    died, hurt = checkable_figures("Officials said 212 people had died and 390 were injured.")
    assert (died.measure, hurt.measure) == ("people died", "people injured")


def test_context_what_befell_the_people_a_count_counts_is_its_measure_however_it_is_written():
    assert figure("The tremor left 1,305 people dead.", "1,305").measure == "people dead"  # not "left"
    assert figure("Two people were confirmed dead in the county.", "Two").measure == "people dead"
    assert figure("The crash caused the deaths of 246 individuals.", "246").measure == "individuals deaths"
    assert figure("At least 79 migrants drowned off the coast.", "At least 79").measure == "migrants drowned"
    assert figure("Out of the 196 people injured, ten are still in hospital.", "196").measure == "people injured"


@pytest.mark.parametrize(
    ("sentence", "text", "measure"),
    [
        ("Officials say at least 640 people are known to have died.", "at least 640", "people died"),
        ("Three more villagers are feared dead after the landslide.", "Three", "additional villagers dead"),
        ("Some 90 hikers were believed to be missing on the ridge.", "Some 90", "hikers missing"),
        ("At least 25 guards were reported killed in the raid.", "At least 25", "guards killed"),
        ("Nearly 300 residents are thought to have been injured.", "Nearly 300", "residents injured"),
        ("The storm claimed the lives of at least 48 fishermen.", "at least 48", "fishermen deaths"),
    ],
)
def test_context_a_verb_of_knowing_or_telling_gives_way_to_what_it_says_befell_the_people(sentence, text, measure):
    # the passive verb only says how the count is known; its complement is what befell them
    assert figure(sentence, text).measure == measure


def test_context_ago_is_a_time_not_a_duration():
    assert [
        f.text for f in checkable_figures("The firm filed for its listing two years ago, raising $90 million.")
    ] == ["$90 million"]


def test_context_days_and_earlier_times_mark_a_figure_when_the_date_is_unknown():
    assert figure("The app had 30 million sign-ups on Thursday.", "30 million").moment == "thursday"
    assert figure("That year, the firm raised $1.3 billion.", "$1.3 billion").moment == "earlier"
    assert figure("Velto shares slipped 2% in premarket trading.", "2%").moment == "premarket"


def test_context_a_supposed_figure_is_no_report():
    supposed = figure("At a $60 billion valuation, its multiple would be over 110.", "$60 billion")
    assert supposed.stage == "planned"


def test_context_it_took_names_whose_time_it_was():
    took = figure("It took Pixly nine months to reach 50 million users.", "nine months")
    assert took.subject == "Pixly"


def test_context_owners_joined_by_and_stay_together():
    combined = figure("Pellam and Orbex raised a combined $1.1 billion in their listings.", "$1.1 billion")
    assert combined.subject == "Pellam and Orbex"


def test_context_a_count_keeps_the_verb_that_acts_on_it():
    assert figure("The storm flattened 2,300 homes in the delta.", "2,300").measure == "homes flattened"
    assert figure("The region now counts 2,300 homes.", "2,300").measure == "homes"  # a light verb says nothing
    assert figure("Velto priced its shares between $8.20 and $9.40.", "$8.20 and $9.40").moment == "offer"


def test_context_launch_verbs_with_sums_in_millions_are_takings_not_prices():
    film = figure("Gerwig's Velvet opened to a historic $162 million at home.", "$162 million")
    stock = figure("Velto opened at $47 and traded as high as $57.80.", "$47")
    assert (film.measure, film.subject) == ("opening", "Velvet")
    assert stock.measure == "price" and stock.moment == "open"
    peak = figure("After opening at $47, Velto shares jumped 70% to a $57.80 peak.", "$57.80")
    assert peak.moment == "high"  # the day's high, one point of it


def test_context_named_object_carried_to_a_figure_owns_it():
    film = figure('Northlight Pictures has steered "Velvet" to a $155 million opening.', "$155 million")
    assert film.subject == "Velvet"
    round_ = figure("Analysts valued the company at $2 billion.", "$2 billion")
    assert round_.subject != "Analysts"  # the company's valuation: the article's main entity, unnamed here


def test_context_a_name_turned_adjective_is_not_the_owner():
    takings = figure("The Ana Ruiz-directed Velvet brought in $155 million at home.", "$155 million")
    assert takings.subject == "Velvet"
    letters = figure("It had a $31.3M Saturday before an $88.4M weekend.", "$88.4M")
    assert letters.subject != "M"


def test_context_who_made_a_thing_is_not_whose_figure_it_is():
    takings = figure('"Velvet" film, directed by Ana Ruiz, achieves a historic $155M domestic opening.', "$155M")
    assert takings.subject == "Velvet"
    abroad = figure("The film drew an estimated $194 million overseas.", "an estimated $194 million")
    assert abroad.measure != "overseas"


def test_context_history_an_article_recalls_is_earlier():
    past = figure(
        "The last quake this strong struck in 1960 and measured 5.7 on the Richter scale.",
        "5.7 on the Richter scale",
        date="2023-09-11",
    )
    assert past.moment == "earlier" and past.measure == "magnitude"
    now = figure("The 6.8 magnitude quake struck on Friday night.", "6.8 magnitude", date="2023-09-11")
    assert now.moment != "earlier" and now.measure == "magnitude"


def test_context_an_agency_that_reports_a_figure_is_not_its_owner():
    quake = figure("The U.S. Geological Survey reported that the quake had a magnitude of 6.8.", "6.8")
    assert quake.subject == "the quake"


def test_context_an_owner_described_not_named_is_kept_as_written():
    ferry = figure("The new ferry carried 1,200 passengers on Sunday.", "1,200")
    assert ferry.subject == "the new ferry"
    toll = figure("The death toll stood at 2,960 people on Monday.", "2,960")
    assert toll.subject is None  # "death toll" says what is counted, not whose


def test_context_a_relative_clause_is_about_its_noun():
    payout = figure("Winners can take the lump-sum payment, which is estimated to be $929.1 million.", "$929.1 million")
    assert payout.measure.endswith("payment")


def test_context_a_capital_at_the_start_is_not_always_a_name():
    assert figure("Overseas takings came to $182M from 70 markets.", "$182M").subject != "Overseas"
    assert figure("Revenue rose 5% to $50 million.", "$50 million").subject is None
    moved = figure("Velto rose 5% to $50.", "$50")
    assert (moved.subject, moved.measure) == ("Velto", "price")


def test_context_adjectives_made_from_names_and_capitals_at_the_start_are_not_owners():
    assert figure("Institutional investors bought 95% of the shares.", "95%").subject != "Institutional"
    assert figure("The GPT-4-level model cost $5.6 million to train.", "$5.6 million").subject != "GPT-4-level"
    assert figure("The Hong Kong-listed firm sold 2 million shares.", "2 million").subject != "Hong Kong-listed"


def test_context_a_bracketed_conversion_is_the_same_sum():
    from claimcheck.claims import checkable_figures
    from claimcheck.context import describe
    from claimcheck.quantities import read_figures

    sentence = "Dembinski moved from Genk to Lazio for £33m (€38m) in 2022."
    pounds, euros = describe(sentence, read_figures(sentence))
    assert (euros.subject, euros.measure) == (pounds.subject, pounds.measure) == ("Dembinski", "price")
    assert [f.text for f in checkable_figures(sentence)] == ["£33m", "€38m"]  # a conversion may be wrong: kept


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("Heard was awarded US$2 million ($3m) in damages.", ["US$2 million"]),  # a local dollar, unnamed
        ("Heard was awarded US$2 million (NZ$3m) in damages.", ["US$2 million", "NZ$3m"]),
        ("The tour grossed $736.4 million ($736,421,584).", ["$736.4 million", "$736,421,584"]),  # one sum, exactly
        # a bracket that goes on is a breakdown, not a conversion
        (
            "It awarded $15 million ($10 million in compensatory and $5 million in punitive damages).",
            ["$15 million", "$10 million", "$5 million"],
        ),
    ],
)
def test_context_a_sum_converted_into_an_unnamed_dollar_is_not_checked(sentence, kept):
    from claimcheck.claims import checkable_figures

    assert [f.text for f in checkable_figures(sentence)] == kept


@pytest.mark.parametrize(
    "sentence, figure, scope, measure",
    [
        ("The comedy added $61M overseas for a $140M global launch.", "$61M", "international", None),
        ("The comedy added $61M overseas for a $140M global launch.", "$140M", "global", "launch"),
        ("Abroad, the comedy took in $61 million.", "$61 million", "international", "takings"),
        ("The comedy opened to $79 million domestically.", "$79 million", "domestic", None),
    ],
)
def test_context_the_market_next_to_a_figure_is_its_scope(sentence, figure, scope, measure):
    from claimcheck.claims import checkable_figures

    found = next(q for q in checkable_figures(sentence) if q.text == figure)
    assert found.scope == scope
    assert found.subject is None or found.subject.lower() != "abroad"
    if measure:
        assert found.measure == measure


def test_context_a_wage_s_employer_is_its_scope_not_the_club_left():
    from claimcheck import compare

    (pair,) = compare(
        "Okafor earned £400,000 a week at Northgate.", "Okafor earns £3.2m a week at Al Fayha.", model=None
    )
    assert pair.verdict == "needs_review" and pair.reasons == ("different_scope",)
    found = figure("Okafor joined Al Fayha from Northgate on a deal paying £3.2m a week.", "£3.2m a week")
    assert found.scope == "Al Fayha"


def test_context_the_noun_an_article_calls_its_subject_by_means_that_name():
    from claimcheck.claims import read_document
    from claimcheck.models import Document

    text = (
        "The Orbex film opened this weekend. Orbex took in $92 million at home. "
        "Abroad, the film added $61 million. The studio spent $40 million on marketing."
    )
    document = Document(id="d", path="d.txt", source="d", title=None, date="2025-07-20", text=text)
    _, claims = read_document(document)
    subjects = {q.text: q.subject for c in claims for q in c.quantities}
    assert subjects["$61 million"] == "Orbex"  # "the film" is the Orbex film
    assert subjects["$40 million"] != "Orbex"  # "the studio" is not


def test_context_a_contract_s_terms_in_the_future_are_no_plan_but_an_offer_is():
    assert figure("Okafor will earn £3.2m a week at Al Fayha.", "£3.2m a week").stage is None
    assert figure("Under its offer, Okafor would earn £4m a week at Al Hilal.", "£4m a week").stage == "planned"


def test_context_a_measure_noun_right_after_another_figure_is_that_figure_s():
    from claimcheck.claims import checkable_figures

    sentence = (
        "The Orbex film took $182 million from 70 markets, for a global total of $337 million against a $145M budget."
    )
    read = {f.text: f for f in checkable_figures(sentence)}
    assert read["$145M"].measure == "budget"  # not "m budget": the M is the figure's scale
    assert read["$182 million"].measure != "budget"
    assert read["$337 million"].measure == "total"


def test_context_a_peak_or_an_average_is_part_of_what_is_measured():
    from claimcheck.claims import checkable_figures

    (peak,) = checkable_figures("The Orbex broadcast peaked at 13 million viewers.")
    (mean,) = checkable_figures("The Orbex broadcast drew an average of 11.9 million viewers.")
    (plain,) = checkable_figures("The Orbex broadcast drew 11.9 million viewers.")
    assert peak.measure == "peak viewers" and mean.measure == "average viewers"
    assert not {"peak", "average"} & set(plain.measure.split())


def test_context_what_a_sum_says_it_counts_in_is_its_scope():
    from claimcheck.claims import checkable_figures

    (with_debt,) = checkable_figures("Orbex agreed to buy Velto for $69 billion, including debt.")
    (plus,) = checkable_figures("Velto must pay a $355 million fine, plus interest.")
    (bare,) = checkable_figures("Orbex agreed to buy Velto for $61 billion.")
    (company,) = checkable_figures("Orbex raised $61 billion with the help of banks.")
    assert with_debt.scope == "including debt" and plus.scope == "including interest"
    assert bare.scope is None and company.scope is None


def test_context_the_noun_a_sum_heads_is_its_measure_but_a_move_noun_is_not():
    from claimcheck.claims import checkable_figures

    (fine,) = checkable_figures("A judge ordered Velto to pay a $355 million fine.")
    assert fine.measure == "fine"
    drop = next(f for f in checkable_figures("Velto suffered a 40% drop in its market value.") if f.text == "40%")
    assert drop.measure != "drop"


def test_context_a_level_a_figure_rose_from_is_that_measure_s_earlier_level():
    from claimcheck.claims import checkable_figures

    sentence = "Velto seeks a valuation of $40 billion, up from $24 billion last year."
    target, earlier = checkable_figures(sentence, "2025-06-01")
    assert target.measure == earlier.measure == "valuation"
    assert earlier.stage != "planned"  # what it was valued at happened, whatever the sentence plans


def test_context_a_month_after_in_is_a_time_not_a_scope():
    from claimcheck.claims import checkable_figures

    (sum_,) = checkable_figures("Velto was valued at $24 billion in May.", "2025-06-01")
    assert sum_.scope is None


def test_context_the_time_of_an_event_a_figure_is_measured_since_does_not_date_the_figure():
    sentence = "The deal's value is about $64.5 billion, making it Velta's largest purchase since buying Mobra two decades ago."
    period = figure(sentence, "about $64.5 billion", "2023-10-11").period
    assert period is None or "ago" not in period.text  # the purchase two decades ago is the yardstick's time
    older = figure(
        "The deal is Velta's largest since its $75 billion merger with Mobra in the late 1990s.", "$75 billion"
    )
    assert older.period.text == "late 1990s"


def test_context_a_distance_from_a_place_whatever_the_brackets_between():
    first = figure(
        "The quake shook remote villages 30 kilometres (19 miles) northwest of the provincial capital of Herat.",
        "30 kilometres",
    )
    second = figure("The epicentre was 40 km northwest of the city of Herat.", "40 km")
    assert (first.measure, first.scope) == (second.measure, second.scope) == ("distance", "Herat")
    assert first.subject is None  # the quake's: the story's, not Herat's
    border = figure("Herat lies 120 km east of the Iranian border.", "120 km")
    assert border.scope != "Herat"
    converted = figure(
        "The quake shook remote villages 30 kilometres (19 miles) northwest of the provincial capital of Herat.",
        "19 miles",
    )
    assert (converted.measure, converted.scope) == ("distance", "Herat")


def test_context_what_a_sum_counts_in_set_off_before_it():
    sentence = "The transaction's value, including debt, is about $64.5 billion."
    assert figure(sentence, "about $64.5 billion").scope == "including debt"


def test_context_a_relative_clause_on_a_figure_says_whose_and_when():
    sentence = "It tops the previous record fine of €746 million, which was levied on Vendra in 2021."
    older = figure(sentence, "€746 million")
    assert (older.subject, older.period.text, older.moment) == ("Vendra", "2021", "earlier")


def test_context_names_in_a_quotes_attribution_are_not_owners():
    sentence = '"Some 2,000 people were killed. 1,100 people are injured," the spokesman wrote on the site X, formerly Twitter.'
    assert figure(sentence, "1,100").subject is None


def test_context_a_span_written_as_an_adjective_measures_its_own_noun():
    sentence = "Rice joined Arsenal in a deal worth £105 million, ending his nine-year association with West Ham."
    assert figure(sentence, "nine-year").measure == "association"
    assert figure("Rice has signed a five-year deal at Arsenal.", "five-year").measure == "contract"


def test_context_the_year_a_record_is_counted_since_does_not_date_the_figure():
    from claimcheck.claims import checkable_figures

    (value,) = checkable_figures(
        "Velto listed in Frankfurt, the country's biggest listing since 1996, at a valuation of 78 billion euros.",
        "2022-09-29",
    )
    assert value.period is None or value.period.start[:4] != "1996"
    (grown, revenue) = checkable_figures("Velto's revenue has doubled since 2020 to $4 billion.", "2024-03-22")
    assert revenue.period is not None  # a figure counted since a year keeps it


def test_context_an_audience_on_a_channel_is_the_channels():
    from claimcheck.claims import checkable_figures

    figures = checkable_figures(
        "For the final, 18 million watched on Channel Nine, 4.5 million on Orbex TV.", "2022-09-20"
    )
    assert [q.subject for q in figures] == ["Channel Nine", "Orbex TV"]
    (drew,) = checkable_figures("The final drew 12 million viewers on Sunday.", "2022-09-20")
    assert drew.subject != "Sunday"  # a day, not a channel


def test_context_a_margin_counts_itself_not_the_whole():
    import claimcheck as cc

    pair = cc.compare(
        "With one seat left to declare, the party can boast a majority of 176 MPs.",
        "The party won a majority of 172.",
        model=None,
    )[0]
    assert pair.verdict == "conflict"  # one majority told two ways
    total = cc.compare("The party has a total of 412 MPs.", "The party won a majority of 172.", model=None)[0]
    assert total.verdict != "conflict" and "different_measure" in total.reasons


def test_context_a_list_writes_its_noun_and_verb_once():
    from claimcheck.claims import checkable_figures

    first, second = checkable_figures("A total of 105 people have died in Norvale and 52 in Eastmoor.")
    assert first.measure == second.measure == "people died"  # 52 people died too, not 52 people


def test_context_an_age_a_rule_sets_and_its_move():
    from claimcheck.claims import checkable_figures

    before, after = checkable_figures("The reform raises the retirement age from 62 to 64 by 2030.")
    assert (before.value, after.value) == (62, 64)  # a move: where it was, where it goes; not the range 62-64
    assert before.unit == after.unit == "year of age" and after.measure == "retirement age"
    assert before.moment == "before" and after.moment != "before"
    (written,) = [f for f in checkable_figures("The plan lifts the pension age from 62 to 65 years.") if f.value == 65]
    assert (written.unit, written.measure) == ("year of age", "pension age")  # "65 years" old, not a span


def test_context_a_growing_toll_counted_at_a_time_of_day():
    from claimcheck import compare

    pairs = compare(
        "The death toll in Norvale has reached 37, the district officer said.",
        "A total of 105 people have died in Norvale by Saturday afternoon, police said.",
        date_a="2023-11-04",
        date_b="2023-11-04",
        model=None,
    )
    # one day's two counts of a toll that grows: an afternoon's is not the morning's, never a conflict
    assert pairs and all(p.verdict != "conflict" for p in pairs)


def test_context_a_qualifier_opening_the_sentence_stays_with_its_measure():
    from claimcheck.claims import checkable_figures

    (gross,) = checkable_figures("Gross public debt reached 92% of GDP.")
    (net,) = checkable_figures("Net public debt reached 61% of GDP.")
    assert (gross.measure, net.measure) == ("gross public debt", "net public debt")  # two measures


def test_context_the_sides_of_a_shape_are_its_measures():
    from claimcheck.claims import checkable_figures

    first, second = checkable_figures("The painting measures 65.7 by 45.4 centimetres.")
    assert second.measure == "width" and first.measure != "width"  # never one side against the other
    *_, depth = checkable_figures("The crate is 30 cm by 20 cm by 10 cm.")
    assert depth.measure == "depth"


def test_context_the_whole_a_part_is_taken_from_is_not_what_the_verb_did():
    from claimcheck.claims import checkable_figures

    (whole,) = checkable_figures("The impact killed the vast majority of the 244 people on board.")
    assert whole.measure == "people"  # the people on board, not "people killed"


def test_context_a_clause_on_the_subject_tells_that_subject_s_story_not_the_figure_s():
    # where and when the thing was found or founded is not where and when the figure holds
    fossil = figure(
        "The dinosaur, dug up on private land owned by a collector in Montana in June 2021, measures an impressive "
        "2.1 meters (7 feet) tall.",
        "2.1 meters",
    )
    assert (fossil.subject, fossil.measure, fossil.scope, fossil.period) == ("the dinosaur", "height", None, None)
    firm = figure("The firm, which was set up in Ohio in 2008, reported sales of $3 billion.", "$3 billion")
    assert (firm.scope, firm.period, firm.measure) == (None, None, "sales")
    # a clause without commas says which thing is meant: its name is the owner
    assert figure("The quake that struck Velmora had a magnitude of 7.", "7").subject == "Velmora"
    # a clause on the figure's own phrase still dates it
    fine = figure("Amazon paid a fine of €746m, which was levied in 2021.", "€746m")
    assert fine.period is not None and fine.period.text == "2021"


def test_context_a_dimension_after_a_bracketed_conversion():
    assert figure("The tower is 330 metres (1,083 feet) tall.", "330 metres").measure == "height"
    assert figure("The canal is 12 kilometres (7.5 miles) long.", "12 kilometres").measure == "length"


def test_context_measuring_a_size_is_not_reporting_a_count():
    # "measures 3.3 meters": the thing's size, so the clause's subject is its owner
    skeleton = figure("The skeleton measures 3.3 meters from nose to tail.", "3.3 meters")
    assert (skeleton.subject, skeleton.measure) == ("the skeleton", "length")  # end to end, not a distance away


def test_context_who_puts_a_count_at_a_figure_gives_it_and_does_not_own_it():
    toll = figure("Governor Ana Ruiz put the death toll at 141 on Monday.", "141")
    assert toll.subject is None and toll.source == "Governor Ana Ruiz"


def test_context_a_named_work_possessed_by_its_maker_is_the_owner():
    # the album's sales, not the singer's: another album of hers is another fact
    sales = figure("In 2019 Mara Quill's Midnights shot to the top with over 1.1 million sales.", "over 1.1 million")
    assert sales.subject == "Midnights"
    # a common noun possessed is the possessor's
    assert figure("Apple's revenue rose to $90 billion.", "$90 billion").subject == "Apple"


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        ("At least 40 people are missing and 12 injured after the flood.", "At least 40", "people missing"),
        ("At least 40 people are missing and 12 injured after the flood.", "12", "people injured"),
        ("The toll rose to 63, with 116 people reported injured.", "116", "people injured"),
        ("Rescuers searched for around 300 people still missing.", "around 300", "people missing"),
        ("There were 87 people inside the mine.", "87", "people"),
    ],
)
def test_context_the_state_a_count_of_people_is_in_is_what_it_counts(sentence, text, measure):
    assert figure(sentence, text).measure == measure


def test_context_people_missing_and_people_injured_are_two_counts():
    from claimcheck import compare

    injured = "The Velmora toll rose to 63, with 116 people reported injured."
    missing = "In Velmora, rescuers searched for around 300 people still missing."
    # read as "people" both, they were a conflict
    assert [p.verdict for p in compare(injured, missing, model=None) if p.verdict == "conflict"] == []


def test_context_a_lists_last_item_keeps_the_lists_stage():
    # the clause is cut at "and": the last item still hangs from "will feature"
    sentence = "The parade will feature 300 dancers, 40 floats, and 12 marching bands."
    assert {figure(sentence, text).stage for text in ("300", "40", "12")} == {"planned"}


@pytest.mark.parametrize(
    ("sentence", "text", "measure"),
    [
        ("“The number of the wounded stands at 220,” the agency said.", "220", "people wounded"),
        ("The number of those detained is at 1,140, the group added.", "1,140", "people detained"),
        ("The number of people displaced rose to 3,500 on Monday.", "3,500", "people displaced"),
    ],
)
def test_context_the_number_of_people_in_a_state_counts_them(sentence, text, measure):
    read = figure(sentence, text, "2025-03-02")
    assert (read.unit, read.measure) == ("people", measure)


def test_context_the_number_of_a_things_counts_its_head_noun_not_the_words_before_it():
    # "flu cases in the county": cases, not "flu"
    assert figure("The number of flu cases in the county rose to 412.", "412", "2025-03-02").unit == "case"


def test_context_a_part_given_after_a_figure_keeps_its_place_to_itself():
    sentence = "Officials said the outbreak is now at 198 cases, with 137 in Dawson County."
    whole, part = figure(sentence, "198", "2025-03-07"), figure(sentence, "137", "2025-03-07")
    assert "Dawson" not in f"{whole.subject} {whole.scope}"
    assert "Dawson County" in f"{part.subject} {part.scope}"


def test_context_an_outbreaks_cases_are_a_count_of_its_day():
    # cases grow as a toll does: each article's count is true on its own day
    read = figure("The outbreak has grown to 124 cases, health officials said.", "124", "2025-02-21")
    assert (read.period.start, read.period.end) == ("2025-02-21", "2025-02-21")


@pytest.mark.parametrize(
    ("sentence", "text", "aftershock"),
    [
        (
            "The 7.1 magnitude quake struck at dawn and was followed by aftershocks, one of them a magnitude of 5.9.",
            "7.1 magnitude",
            False,
        ),
        (
            "The 7.1 magnitude quake struck at dawn and was followed by aftershocks, one of them a magnitude of 5.9.",
            "5.9",
            True,
        ),
        ("The first tremor was followed by a strong 5.9-magnitude aftershock.", "5.9-magnitude", True),
        ("The main shock, 40 km from the city, was followed by a second of magnitude 5.5.", "5.5", True),
        ("Another quake of magnitude 5.9 struck the valley on Sunday.", "5.9", True),
    ],
)
def test_context_an_aftershocks_magnitude_is_not_the_quakes(sentence, text, aftershock):
    assert (figure(sentence, text).measure == "aftershock") == aftershock


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("The cyclone could be the deadliest in the region's history, killing at least 31 people.", "at least 31"),
        ("In all, nine people have lost their lives in the blaze.", "nine"),
        ("The death toll from the cyclone is now 148 people.", "148"),
        ("Officials raised the death toll from the storm to 210 people on Monday.", "210"),
        ("Police said 31 people were killed.", "31"),
    ],
)
def test_context_a_count_of_people_measures_what_happened_to_them(sentence, text):
    # the verb, a participle, an idiom or the toll the count is given as: each says deaths
    assert measure_family(figure(sentence, text, "2025-03-02").measure)[0] == "deaths"


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Some 300,000 people across the country demonstrated against the reform on Saturday.", "Some 300,000"),
        ("About 2.1 million people took to the streets on Sunday, organisers said.", "About 2.1 million"),
        ("Nearly 1.3 million people turned out across the country.", "Nearly 1.3 million"),
        ("The number of protesters rose to 40,000 people by the evening.", "40,000"),
    ],
)
def test_context_a_crowd_is_its_participants_however_written(sentence, text):
    assert measure_family(figure(sentence, text, "2025-03-02").measure)[0] == "participants"


def test_context_people_on_the_march_are_not_in_march():
    assert figure("Police said there were 180,000 people on the march.", "180,000", "2025-06-02").period is None


def test_context_a_conversion_of_an_earlier_sum_is_as_earlier_as_the_sum():
    sentence = "The price first agreed was originally $9 billion (£7.1 billion), but the deal closed at $11 billion."
    dollars, pounds = figure(sentence, "$9 billion"), figure(sentence, "£7.1 billion")
    assert dollars.moment == pounds.moment == "earlier"
    assert figure(sentence, "$11 billion").moment != "earlier"


def test_context_a_figure_bracketed_after_a_name_is_that_name_s():
    sentence = (
        "The probe cost less than films such as “Red Orbit” ($108 million) and the jet Skyline 40 ($129.5 million)."
    )
    assert figure(sentence, "$108 million").subject == "Red Orbit"
    assert figure(sentence, "$129.5 million").subject == "Skyline 40"
    converted = "Dalmore paid £115m ($146m) for the striker."
    assert figure(converted, "$146m").subject != "Dalmore paid £115m"


def test_context_a_part_says_what_befell_it_by_its_whole_s_words():
    sentence = "At least 9.7 million people were caught up in the breach, including 5.1 million Coralis customers."
    part = figure(sentence, "5.1 million")
    assert part.measure == "customers caught"
    base = figure("Coralis has a customer base of 4 million customers.", "4 million")
    assert base.measure != part.measure


def test_context_a_name_after_a_count_of_people_says_where_not_whose():
    sentence = "About 350 passengers were on board, many heading home for the Lantern Festival holiday."
    assert figure(sentence, "About 350").subject is None
    killed = "At least 103 people were killed at a ceremony marking the anniversary of General Rostam's death."
    assert figure(killed, "At least 103").subject is None


def test_context_a_part_that_says_what_befell_it_keeps_its_own_words():
    sentence = "The minister said 214 people had been injured, with 95 already treated and released."
    assert figure(sentence, "95").measure != "people injured"


def test_context_a_sum_lost_in_a_measure_measures_it_whatever_the_parser_hangs_it_from():
    assert figure("Velto stock lost $232 billion in market capitalization.", "$232 billion").measure == (
        "market capitalization"
    )


def test_context_a_record_s_field_and_a_reporting_agency_own_nothing():
    sentence = (
        "Velto shares fell 26% on Thursday, wiping off about $232 billion in value, the largest one-day drop in "
        "market value of any stock in US history, Dow Jones reported."
    )
    loss = figure(sentence, "about $232 billion")
    assert loss.subject not in ("United States", "Dow Jones")
    assert loss.source == "Dow Jones"
    assert (
        figure(
            "Velto wiped out $251.3 billion in market value, the biggest wipeout for any U.S. company.",
            ("$251.3 billion"),
        ).subject
        == "Velto"
    )
