"""Positive evidence: what a run may show a person, and how sure a conflict is."""

import pytest

from claimcheck.claims import checkable_figures
from claimcheck.entities import Aliases
from claimcheck.evidence import conflict_score, weigh_evidence


def figure(sentence, text):
    return next(f for f in checkable_figures(sentence, "2024-03-22") if f.text == text)


def test_evidence_figures_a_thousand_times_apart_are_two_facts():
    price = figure("Velto set its price at $27.", "$27")
    value = figure("Velto is valued at $9.2 billion.", "$9.2 billion")
    assert weigh_evidence(price, value, Aliases(), "conflict", [], same_document=False) is None


def test_evidence_an_unknown_owner_is_never_the_same():
    named = figure("Velto raised $310 million in its listing.", "$310 million")
    unnamed = figure("The listing raised $355 million.", "$355 million")
    # with the same measure a person may look, but not as a conflict
    verdict = weigh_evidence(named, unnamed, Aliases(), "conflict", [], same_document=False)
    assert verdict is None or verdict == ("needs_review", ["unstated_subject"])


def test_evidence_one_articles_two_figures_need_a_restatement():
    retail = figure("Small savers bid for Velto's retail shares 880 times over.", "880 times")
    abroad = figure("Funds abroad covered Velto's international book 14 times.", "14 times")
    assert weigh_evidence(retail, abroad, Aliases(), "conflict", [], same_document=True) is None


def test_evidence_two_stated_points_of_a_day_are_two_facts():
    offer = figure("Velto priced its shares at $27.", "$27")
    opening = figure("Velto opened at $39.", "$39")
    assert weigh_evidence(offer, opening, Aliases(), "needs_review", ["different_time"], same_document=False) is None


def test_evidence_conflicts_rank_by_sureness_and_gap():
    small = figure("Velto raised $310 million in its listing.", "$310 million")
    near = figure("Velto raised $330 million in its listing.", "$330 million")
    far = figure("Velto raised $450 million in its listing.", "$450 million")
    assert conflict_score(small, far, 0.9) > conflict_score(small, near, 0.9)  # a wider gap first
    assert conflict_score(small, near, 0.95) > conflict_score(small, near, 0.45)  # then the surer match


def test_evidence_an_unsaid_owner_is_worth_a_look_only_for_figures_close_enough_to_be_one():
    named = figure("The quake that struck Velmora had a magnitude of 7.", "7")
    unnamed = figure("The quake measured 6.8 on the Richter scale.", "6.8 on the Richter scale")
    assert weigh_evidence(named, unnamed, Aliases(), "needs_review", ["different_subject"], False) == (
        "needs_review",
        ["unstated_subject"],
    )
    far = figure("The listing raised $748 million.", "$748 million")
    small = figure("Velto raised $50 million in a private round.", "$50 million")
    assert weigh_evidence(small, far, Aliases(), "needs_review", ["different_subject"], False) is None


def test_evidence_figures_several_times_apart_are_reviewed_not_a_conflict_and_ten_times_left_out():
    (part,) = checkable_figures("The Orbex Bowl drew 2.2 million viewers.")
    (several,) = checkable_figures("The Orbex Bowl drew more than 9 million viewers.")
    assert weigh_evidence(several, part, Aliases(), "conflict", [], False) == ("needs_review", ["far_apart"])
    (whole,) = checkable_figures("The Orbex Bowl drew more than 200 million viewers.")
    assert weigh_evidence(whole, part, Aliases(), "conflict", [], False) is None  # a part against its whole
    (near,) = checkable_figures("The Orbex Bowl drew 2.9 million viewers.")
    assert weigh_evidence(near, part, Aliases(), "conflict", [], False) == ("conflict", [])


def test_evidence_figures_several_times_apart_are_reviewed_only_as_one_figure_that_moved():
    (early,) = checkable_figures("The Orbex Bowl drew 2.2 million viewers.")
    (late,) = checkable_figures("The Orbex Bowl drew 7.5 million viewers.")
    moved = ["different_time"]
    assert weigh_evidence(early, late, Aliases(), "needs_review", moved, False) == ("needs_review", moved)
    assert weigh_evidence(early, late, Aliases(), "needs_review", ["different_scope"], False) is None


def test_evidence_history_an_article_recalls_is_not_set_against_the_other_s_dated_news():
    from dataclasses import replace

    from claimcheck.claims import checkable_figures
    from claimcheck.entities import Aliases
    from claimcheck.evidence import weigh_evidence

    (recalled,) = checkable_figures("The Orbex Prize paid out $1.6 billion in 2018.", "2025-08-01")
    (news,) = checkable_figures("The Orbex Prize pays out $1.2 billion this year.", "2025-08-01")
    assert recalled.moment == "earlier" and news.period is not None
    assert weigh_evidence(recalled, news, Aliases(), "needs_review", ["different_time"], False) is None
    # The same history told by an article that says the year too: one time, kept for review.
    (told,) = checkable_figures("The Orbex Prize paid out $1.2 billion in 2018.")
    told = replace(told, moment=None)
    assert weigh_evidence(recalled, told, Aliases(), "needs_review", ["different_time"], False) is not None


def test_evidence_an_unsaid_owner_with_a_stage_only_one_side_states_is_still_worth_a_look():
    from dataclasses import replace

    unnamed = figure("The one-time cash payment is $929 million.", "$929 million")
    planned = replace(figure("The one-time cash payment would be $997 million.", "$997 million"), stage="planned")
    assert unnamed.subject is None and unnamed.stage is None
    assert weigh_evidence(unnamed, planned, Aliases(), "needs_review", ["different_stage"], False) == (
        "needs_review",
        ["unstated_subject", "different_stage"],
    )
    # two stages both stated are two facts, and a time only one side gives is not one fact shown
    offered = replace(planned, stage="actual")
    both = replace(unnamed, stage="planned")
    assert weigh_evidence(both, offered, Aliases(), "needs_review", ["different_stage"], False) is None
    assert weigh_evidence(unnamed, planned, Aliases(), "needs_review", ["different_time"], False) is None


def test_evidence_an_unnamed_figure_of_a_story_about_one_place_is_not_set_against_another_place_s():
    from dataclasses import replace

    named = figure("The quake that struck Peru had a magnitude of 7.", "7")
    unnamed = figure("The quake measured 6.8 on the Richter scale.", "6.8 on the Richter scale")
    about_another = replace(unnamed, topic="Chile")
    about_it = replace(unnamed, topic="Peru")
    reasons = ["different_subject"]
    assert weigh_evidence(named, about_another, Aliases(), "needs_review", reasons, False) is None
    assert weigh_evidence(named, about_it, Aliases(), "needs_review", reasons, False) == (
        "needs_review",
        ["unstated_subject"],
    )


def test_evidence_an_unnamed_age_in_a_story_about_one_person_is_not_another_person_s():
    from dataclasses import replace

    named = figure("Fernan, 22, signed for the club on Tuesday.", "22")
    unnamed = replace(figure("The 24-year-old signed a five-year deal.", "24-year-old"), topic="Declan Roe")
    assert named.kind == unnamed.kind == "age"
    assert weigh_evidence(named, unnamed, Aliases(), "needs_review", ["different_subject"], False) is None


def test_evidence_a_story_s_topic_is_a_guess_that_sets_no_named_owner_apart():
    """ "The jury awarded $16 million" in a story whose topic is the defendant, against "$16,998,000 for Shaye
    Mossa": whose the unnamed award is, the topic only guesses; a person may look, never a conflict."""
    from dataclasses import replace

    named = figure("The jury gave Shaye Mossa an award of $16,998,000.", "$16,998,000")
    unnamed = replace(figure("The jury gave an award of $16 million.", "$16 million"), topic="Rudy Galen")
    shown = weigh_evidence(named, unnamed, Aliases(), "conflict", [], False)
    assert shown is not None and shown[0] == "needs_review"


def test_evidence_sums_several_times_apart_are_reviewed_but_shares_may_still_conflict():
    deal = figure("Orbex will buy Velto for $61 billion.", "$61 billion")
    part = figure("Orbex will buy Velto for $8 billion.", "$8 billion")
    assert weigh_evidence(deal, part, Aliases(), "conflict", [], False) == ("needs_review", ["far_apart"])
    low = figure("Velto's adoption rate in Ostrava is 16.3 percent.", "16.3 percent")
    high = figure("Velto's adoption rate in Ostrava is 81.2 percent.", "81.2 percent")
    assert weigh_evidence(low, high, Aliases(), "conflict", [], False) == ("conflict", [])


def test_evidence_one_article_s_lines_worded_alike_but_for_their_figures_are_a_list_not_a_restatement():
    from dataclasses import replace

    first = figure("Velto: suspended for two years by the league.", "two years")
    second = figure("Velto: suspended for three years by the league.", "three years")
    assert weigh_evidence(first, second, Aliases(), "conflict", [], same_document=True) is None
    # the same lines from two articles are one fact told twice
    assert weigh_evidence(first, second, Aliases(), "conflict", [], same_document=False) == ("conflict", [])
    assert replace(first, clause=None) is not None


@pytest.mark.parametrize(
    "a, a_text, b, b_text",
    [
        # a plural and a bracketed aside do not make two list lines two wordings of one fact
        ("- Quickest to $100 Million: 1 Day", "1 Day", "- Quickest to $250 Million: 3 Days", "3 Days"),
        ("Old record: 2 Days (Nightfall II)", "2 Days", "Old record: 5 Days (The Long Winter)", "5 Days"),
        (
            "Quickest to $200 Million: 2 days (Old: 3 days by",
            "2 days",
            "Quickest to $300 Million: 3 days (Old.",
            "3 days",
        ),
    ],
)
def test_evidence_list_lines_that_differ_in_a_plural_or_an_aside_are_still_a_list(a, a_text, b, b_text):
    first, second = figure(a, a_text), figure(b, b_text)
    assert weigh_evidence(first, second, Aliases(), "conflict", [], same_document=True) is None


def test_evidence_another_entity_s_kindred_figure_is_shown_only_where_one_article_sets_them_side_by_side():
    monthly = figure("Velto has more than 100 million monthly active users.", "more than 100 million")
    weekly = figure("Ostrava has 155.2 million weekly active users.", "155.2 million")
    reasons = ["different_subject", "different_measure"]
    assert weigh_evidence(monthly, weekly, Aliases(), "needs_review", reasons, same_document=False) is None
    assert weigh_evidence(monthly, weekly, Aliases(), "needs_review", reasons, same_document=True) == (
        "needs_review",
        reasons,
    )


def test_evidence_a_companys_worth_far_apart_at_two_times_has_moved():
    spring = figure("Velto was valued at $24 billion in May.", "$24 billion")
    now = figure("Velto is now valued at $45 billion.", "$45 billion")
    assert weigh_evidence(spring, now, Aliases(), "needs_review", ["different_time"], same_document=False) is None
    close = figure("Velto is now valued at $26 billion.", "$26 billion")  # close enough to be one figure misread
    assert weigh_evidence(spring, close, Aliases(), "needs_review", ["different_time"], same_document=False)
    # a loss is no level that moves day to day: far apart at two times, it is still worth a look
    before = figure("Velto reported a $140 million loss last year.", "$140 million")
    after = figure("Velto cut its loss to $90.8 million.", "$90.8 million")
    assert weigh_evidence(before, after, Aliases(), "needs_review", ["different_time"], same_document=False)


def test_evidence_a_place_owned_figure_in_a_story_about_another_owner_is_where_not_whose():
    from dataclasses import replace

    across = replace(figure("Across the US there were 156 deaths.", "156"), topic="Hurricane Ivo")
    storm = figure("Hurricane Ivo's death toll stands at 166.", "166")
    assert across.subject == "United States"
    # where the toll holds, not another entity's toll: a person may look, never a conflict
    assert weigh_evidence(across, storm, Aliases(), "needs_review", ["different_subject"], False) == (
        "needs_review",
        ["unstated_subject"],
    )
    elsewhere = replace(across, topic="Hurricane Uma")  # a story about another storm: another entity's figure
    assert weigh_evidence(elsewhere, storm, Aliases(), "needs_review", ["different_subject"], False) is None


def test_evidence_the_same_digits_a_thousand_times_apart_are_a_slipped_scale_word():
    trillion = figure("Velto has a market capitalization of $1.1 trillion.", "$1.1 trillion")
    billion = figure("Velto has a market value of $1.1 billion.", "$1.1 billion")
    assert weigh_evidence(trillion, billion, Aliases(), "conflict", [], same_document=False) == (
        "needs_review",
        ["scale_slip"],
    )
    other = figure("Orbex has a market value of $1.1 billion.", "$1.1 billion")  # another company: left out
    assert weigh_evidence(trillion, other, Aliases(), "conflict", [], same_document=False) is None


def test_evidence_one_measure_told_of_two_owners_that_each_sentence_names_is_reviewed():
    artist = figure("Nalia Crest closed out the Ember Skies Tour in Lisbon after 39 cities.", "39")
    tour = figure("The Ember Skies Tour took Nalia Crest to six continents and 50 cities.", "50")
    shown = weigh_evidence(artist, tour, Aliases(), "needs_review", ["different_subject"], same_document=False)
    assert shown == ("needs_review", ["different_subject"])  # an artist and her tour: one fact, two owners
    # a relative's fine names neither of the father's sentences' owner in full: two facts
    father = figure("Darren Vell was fined $354 million.", "$354 million")
    son = figure("The judge fined Eric Vell $4 million as well as Darren Vell.", "$4 million")
    assert weigh_evidence(father, son, Aliases(), "needs_review", ["different_subject"], same_document=False) is None


def test_evidence_the_same_digits_at_two_scales_are_a_slipped_scale_word_unless_two_owners_are_named():
    slipped = figure("The network agreed to pay $787.5 million to settle the suit.", "$787.5 million")
    payout = figure("The $787.5 billion payout is the largest of its kind.", "$787.5 billion")
    shown = weigh_evidence(slipped, payout, Aliases(), "needs_review", ["different_measure"], same_document=True)
    assert shown == ("needs_review", ["scale_slip"])
    velto = figure("Velto's revenue was $45.2 million.", "$45.2 million")
    orbex = figure("Orbex's market value was $45.2 billion.", "$45.2 billion")
    assert weigh_evidence(velto, orbex, Aliases(), "needs_review", ["different_subject"], same_document=False) is None


def test_evidence_precise_totals_within_a_percent_are_one_figure_copied_or_revised():
    record = figure("The record belongs to Endgame, whose opening took in $357.1 million.", "$357.1 million")
    other = figure("That would top the record debut weekend of $357.2 million.", "$357.2 million")
    shown = weigh_evidence(record, other, Aliases(), "needs_review", ["different_measure"], same_document=False)
    assert shown == ("needs_review", ["near_copy"])
    named = figure("That would top the $357.2 million Nightfall made in its first weekend.", "$357.2 million")
    assert weigh_evidence(record, named, Aliases(), "needs_review", ["different_subject"], False) is None  # two films
    bound = figure("The tour earned more than $579 million worldwide.", "more than $579 million")
    exact = figure("The tour grossed $579.8 million.", "$579.8 million")
    assert weigh_evidence(bound, exact, Aliases(), "needs_review", ["different_time"], same_document=False) != (
        "needs_review",
        ["near_copy"],
    )  # a bound the other figure meets is no copy gone wrong
    rounded = figure("Velto's revenue was $350 million.", "$350 million")
    near = figure("Velto's revenue was $352.5 million.", "$352.5 million")
    assert weigh_evidence(rounded, near, Aliases(), "conflict", [], same_document=False) != (
        "needs_review",
        ["near_copy"],
    )


def test_evidence_a_slip_told_of_a_company_and_of_its_channel_is_one_owners():
    paid = figure("Fox News agreed to pay $787.5 million to settle the suit.", "$787.5 million")
    slipped = figure("After shelling out $787.5 billion to settle the suit, Fox faces more trouble.", "$787.5 billion")
    assert weigh_evidence(paid, slipped, Aliases(), "needs_review", ["different_subject"], False) == (
        "needs_review",
        ["scale_slip"],
    )


def test_evidence_figures_that_can_both_be_right_are_left_out_unless_two_measures_hold_them():
    peak = figure("During trading, Velto shares fell as much as 9%.", "as much as 9%")
    close = figure("Velto fell 8 percent to $99.05.", "8 percent")
    # a day's low and its close: both can be right, and "shares" against "price" is one measure misread
    reasons = ["different_measure", "different_time"]
    assert weigh_evidence(peak, close, Aliases(), "needs_review", reasons, same_document=False) is None
    monthly = figure("Velto's assistant has more than 100 million monthly active users.", "more than 100 million")
    weekly = figure("Velto's assistant reaches 155.2 million weekly active users.", "155.2 million")
    # both may be right, but they are two measures of one thing a reader may take for one: for review
    verdict = weigh_evidence(monthly, weekly, Aliases(), "needs_review", ["different_measure"], same_document=False)
    assert verdict == ("needs_review", ["different_measure"])


def test_evidence_two_outlets_naming_one_large_group_differently_is_worth_a_look():
    from dataclasses import replace

    customers = replace(figure("Hackers copied the records of 9.8 million customers.", "9.8 million"), topic="Telvo")
    users = replace(figure("The attack exposed the data of 11 million users.", "11 million"), topic="Telvo")
    reasons = ["different_measure"]
    assert weigh_evidence(customers, users, Aliases(), "needs_review", reasons, False) == (
        "needs_review",
        ["unstated_subject", "different_measure"],
    )
    # another entity's story, a small list's groups, or two groups each named with an owner: two counts
    elsewhere = replace(users, topic="Orbex")
    assert weigh_evidence(customers, elsewhere, Aliases(), "needs_review", reasons, False) is None
    crew = replace(figure("The aircraft carried 10 cabin crew.", "10"), topic="Telvo")
    nationals = replace(figure("Passengers included seven Portuguese citizens.", "seven"), topic="Telvo")
    assert weigh_evidence(crew, nationals, Aliases(), "needs_review", reasons, False) is None
    owned = replace(customers, subject="Telvo")
    owned_users = replace(users, subject="Telvo")
    assert weigh_evidence(owned, owned_users, Aliases(), "needs_review", reasons, False) is None


def test_evidence_a_part_against_the_whole_its_sentence_names_is_for_review():
    part = figure("The commission has declared results for 512 of the 513 districts.", "512")
    whole = figure("The commission declared results for all 513 districts.", "513")
    assert weigh_evidence(part, whole, Aliases(), "conflict", [], same_document=False) == (
        "needs_review",
        ["part_of_whole"],
    )
    other = figure("The commission has declared results for 505 districts.", "505")
    assert weigh_evidence(part, other, Aliases(), "conflict", [], same_document=False) == ("conflict", [])


def test_evidence_a_part_against_a_bound_the_size_of_its_whole_is_weighed_not_a_crash():
    part = figure("The commission has declared results for 512 of the 513 districts.", "512")
    bound = figure("The commission declared results for more than 513 districts.", "more than 513")
    assert weigh_evidence(part, bound, Aliases(), "conflict", [], same_document=False) == (
        "needs_review",
        ["part_of_whole"],
    )


def _read(sentence, date):
    return next(f for f in checkable_figures(sentence, date) if f.kind == "count")


def test_evidence_a_growing_toll_told_on_two_days_with_no_owner_named_is_followed():
    from claimcheck.compare import judge

    earlier = _read("The death toll from the derailment has risen to 261, the railway said.", "2023-06-03")
    later = _read("The death toll has been revised to 275.", "2023-06-05")
    verdict, reasons, _, _ = judge(earlier, later, Aliases(), earlier.clause, later.clause)
    weighed = weigh_evidence(earlier, later, Aliases(), verdict, reasons, same_document=False)
    # one count that grows, told at two times: a person follows it, never as a conflict
    assert weighed is not None and weighed[0] == "needs_review" and "different_time" in weighed[1]
    assert "unstated_subject" not in weighed[1]  # neither names an owner: the story's own count, nobody's missing
    # far apart, it is two moments of the count, not one fact misreported
    much_later = _read("The death toll has been revised to 900.", "2023-07-05")
    verdict, reasons, _, _ = judge(earlier, much_later, Aliases(), earlier.clause, much_later.clause)
    assert weigh_evidence(earlier, much_later, Aliases(), verdict, reasons, same_document=False) is None


def test_evidence_a_cut_a_bill_plans_is_the_plans_not_a_days_move():
    from claimcheck.compare import judge

    one = _read_money("The budget office estimates the package will cut spending by $1.2 trillion.")
    other = _read_money("The tax bill is expected to cut $1.3 trillion in spending.")
    verdict, reasons, _, _ = judge(one, other, Aliases(), one.clause, other.clause)
    weighed = weigh_evidence(one, other, Aliases(), verdict, reasons, same_document=False)
    # two outlets' figures for one plan's cut: shown, not left out as two days' moves
    assert weighed is not None


def _read_money(sentence):
    return next(f for f in checkable_figures(sentence, "2025-06-01") if f.kind == "money")


def _weighed(one, other):
    from claimcheck.compare import judge

    verdict, reasons, _, _ = judge(one, other, Aliases(), one.clause, other.clause)
    return weigh_evidence(one, other, Aliases(), verdict, reasons, same_document=False)


def test_evidence_the_story_s_own_count_told_twice_as_far_apart_is_shown():
    # neither names whose crowd, where, or who counted it: two outlets' figures of the day's crowd, a person looks
    one = _read("Some 1.3 million people took part in the marches.", "2023-03-08")
    other = _read("About 2.4 million people took part in the marches.", "2023-03-08")
    weighed = _weighed(one, other)
    assert weighed is not None and weighed[0] == "needs_review"
    # three times apart is no longer one count told two ways
    tripled = _read("About 4.1 million people took part in the marches.", "2023-03-08")
    assert _weighed(one, tripled) is None


def test_evidence_a_place_s_count_against_a_count_for_no_place_is_not_widened():
    county = _read("In Harris County, 43 people died in the storm.", "2021-03-02")
    state = _read("The storm killed 80 people.", "2021-03-02")
    assert _weighed(county, state) is None  # a part's count, perhaps, against the whole


def test_evidence_a_growing_toll_with_no_days_stated_is_two_moments_not_a_conflict():
    early = next(f for f in checkable_figures("Orvia quake: death toll passes 2,100") if f.kind == "count")
    late = next(
        f for f in checkable_figures("The death toll of the Orvia quake has risen to 2,960.") if f.kind == "count"
    )
    # whatever the comparison made of them, the evidence does not let a growing count with no days be a conflict
    assert weigh_evidence(early, late, Aliases(), "conflict", [], same_document=False) == (
        "needs_review",
        ["different_time"],
    )


def test_evidence_two_sources_crowds_far_apart_are_shown_for_review():
    police = _read("Around 1.1 million people took part, the interior ministry said.", "2023-03-08")
    union = _read("Some 3.5 million people took part, according to the union.", "2023-03-08")
    weighed = _weighed(police, union)
    assert weighed is not None and weighed[0] == "needs_review" and "different_source" in weighed[1]
    # with no source named on either side, this far apart is not one count told two ways
    unsourced = _read("Some 3.5 million people took part.", "2023-03-08")
    plain = _read("Around 1.1 million people took part.", "2023-03-08")
    assert _weighed(plain, unsourced) is None


def test_evidence_a_toll_a_body_tells_is_the_event_s_not_the_body_s():
    told = figure("AFAD raised the death toll to 8,754 on Thursday.", "8,754")  # the agency that counts it
    event = figure("The Hollin Festival's death toll rose to 8,574 on Thursday.", "8,574")
    assert told.subject and event.subject and told.subject != event.subject
    weighed = weigh_evidence(told, event, Aliases(), "needs_review", ["different_subject"], same_document=False)
    assert weighed is not None and "unstated_subject" in weighed[1]  # shown, with the owner for a person to check
    # a place's toll against another's stays two tolls
    placed = figure("Greece's death toll rose to 8,574 on Thursday.", "8,574")
    assert weigh_evidence(told, placed, Aliases(), "needs_review", ["different_subject"], same_document=False) is None


def test_evidence_two_rows_of_one_article_s_table_are_two_facts():
    singles = figure("Women's singles: £2,700,000 (11.6%)", "11.6%")
    wheelchair = figure("Women's wheelchair doubles: £80,000 (45.5%)", "45.5%")
    assert weigh_evidence(singles, wheelchair, Aliases(), "conflict", [], same_document=True) is None
    # two articles' lines with one label are still one row told twice
    other = figure("Women's singles: £2,700,000 (14.2%)", "14.2%")
    assert weigh_evidence(singles, other, Aliases(), "conflict", [], same_document=False) is not None


def test_evidence_a_wide_gap_needs_the_measure_written_alike_to_be_a_conflict():
    whole = figure("The outage cost Velto about $500 million.", "about $500 million")
    part = figure("Velto's recovery costs reached $170 million.", "$170 million")
    assert (whole.measure, part.measure) != (None, None) and whole.measure != part.measure
    assert weigh_evidence(whole, part, Aliases(), "conflict", [], False) == ("needs_review", ["measure_worded_apart"])
    alike = figure("The outage cost Velto about $350 million.", "about $350 million")
    assert weigh_evidence(alike, whole, Aliases(), "conflict", [], False) == ("conflict", [])  # one measure, 1.4x
    fee = figure("Velto paid a fee of EUR115m for the striker.", "EUR115m")
    deal = figure("Velto agreed a deal worth EUR100m for the striker.", "EUR100m")
    assert weigh_evidence(fee, deal, Aliases(), "conflict", [], False) == ("conflict", [])  # close: one fact


def test_evidence_a_record_cited_in_passing_is_reviewed_not_a_conflict():
    told = figure("The fee is the £89m Rovers paid for Dalton in 2016.", "£89m")
    again = figure("The fee is the £93m Rovers paid for Dalton in 2016.", "£93m")
    assert weigh_evidence(told, again, Aliases(), "conflict", [], False) == ("conflict", [])
    record = figure("The fee surpasses the £93m Rovers paid for Dalton in 2016.", "£93m")
    assert weigh_evidence(told, record, Aliases(), "conflict", [], False) == ("needs_review", ["yardstick"])


def test_evidence_two_measures_of_two_owners_or_two_stages_are_two_facts_not_one_to_review():
    takings = figure("The Rivet tour grossed $310 million in North America.", "$310 million")
    budget = figure("Halvard Records spent $290 million on the tour's staging.", "$290 million")
    reasons = ["different_subject", "different_measure"]
    assert weigh_evidence(takings, budget, Aliases(), "needs_review", reasons, same_document=False) is None
    offered = figure("Velto offered $9.1 billion for the network.", "$9.1 billion")
    valued = figure("Velto was valued at $9.6 billion after the bid.", "$9.6 billion")
    reasons = ["different_measure", "different_stage"]
    assert weigh_evidence(offered, valued, Aliases(), "needs_review", reasons, same_document=False) is None


def test_evidence_two_measures_and_two_places_are_still_shown_when_told_at_two_times():
    # a measure misread at two times (a toll told as deaths one day, as the dead the next) is often one fact
    europe = figure("Velto's revenue in Europe was $212 million.", "$212 million")
    asia = figure("Velto's sales in Asia reached $230 million.", "$230 million")
    apart = ["different_measure", "different_scope"]
    assert weigh_evidence(europe, asia, Aliases(), "needs_review", apart, same_document=False) is None
    later = apart + ["different_time"]
    assert weigh_evidence(europe, asia, Aliases(), "needs_review", later, same_document=False) == (
        "needs_review",
        later,
    )


def test_evidence_two_levels_a_day_s_move_reached_with_no_days_stated_are_two_days():
    # "fell 312 points to 4,982" in one article, "lost 270 points to 5,301" in another: two sessions' closes
    first = figure("The Orbex index fell 312.5 points to 4,982.1 after the announcement.", "4,982.1")
    second = figure("The Orbex index lost 270.2 points to 5,301.4 as traders sold.", "5,301.4")
    shown = weigh_evidence(first, second, Aliases(), "conflict", [], same_document=False)
    assert shown == ("needs_review", ["different_time"])


def test_evidence_votes_counted_while_the_count_goes_on_grow_like_a_toll():
    # one party's votes in a count's first days against its final tally: two moments of one count
    (early,) = checkable_figures("The Union Party has 5,784,000 votes.")
    (final,) = checkable_figures("The Union Party won 6,459,000 votes.")
    shown = weigh_evidence(early, final, Aliases(), "conflict", [], same_document=False)
    assert shown == ("needs_review", ["different_time"])


def test_evidence_a_level_a_move_reached_with_its_owner_unsaid_is_still_shown_as_a_day_s():
    # "revenue fell 24% to £4.9 billion" against "revenue was £5.9bn": one quarter's revenue, owner unsaid on both
    fell = next(
        f for f in checkable_figures("Quarterly revenue fell 24% to £4.9 billion.", "2025-11-12") if f.kind == "money"
    )
    (told,) = checkable_figures("Orvell Motors said quarterly revenue was £5.9bn.", "2025-11-12")
    shown = weigh_evidence(fell, told, Aliases(), "conflict", [], same_document=False)
    assert shown == ("needs_review", ["unstated_subject", "different_time"])


def test_evidence_an_earlier_event_s_toll_recalled_beside_the_story_s_is_two_facts():
    recalled = next(
        f
        for f in checkable_figures(
            "In September, at least 21 people died when a coach plunged into a gorge.", "2024-12-24"
        )
        if f.text == "at least 21"
    )
    today = next(
        f for f in checkable_figures("At least 27 people died when the coach plunged into the gorge.", "2024-12-24")
    )
    assert weigh_evidence(recalled, today, Aliases(), "needs_review", ["different_time"], same_document=False) is None


def test_evidence_two_sums_one_step_of_their_last_digit_apart_are_reviewed_not_a_conflict():
    a = figure("The Vela probe was built on a budget of $75 million.", "$75 million")
    b = figure("The Vela probe's budget was $74 million.", "$74 million")
    assert weigh_evidence(a, b, Aliases(), "conflict", [], same_document=False) == ("needs_review", ["one_step_apart"])
    c = figure("The Vela probe's budget was $71 million.", "$71 million")
    assert weigh_evidence(a, c, Aliases(), "conflict", [], same_document=False) != ("needs_review", ["one_step_apart"])


def test_evidence_what_a_figure_may_come_to_is_a_guess_never_a_conflict():
    guess = figure("The recall may now cost Velto $5.4 billion in profit.", "$5.4 billion")
    told = figure("The recall cost Velto $3.1 billion in profit.", "$3.1 billion")
    assert weigh_evidence(guess, told, Aliases(), "conflict", [], same_document=False) == ("needs_review", ["possible"])
    counted = figure("The recall cost Velto $5.4 billion in profit.", "$5.4 billion")
    assert weigh_evidence(counted, told, Aliases(), "conflict", [], same_document=False)[0] == "conflict"


@pytest.mark.parametrize(
    ("sentence", "text", "possible"),
    [
        ("The strike could cost the economy up to $5 billion a day.", "up to $5 billion a day", True),
        ("The toll might rise to 300.", "300", True),
        ("The strike cost the economy $5 billion, and talks may resume.", "$5 billion", False),  # the modal is after
        ("Analysts said it may take weeks, but 40 homes were lost.", "40", False),  # another clause's modal
    ],
)
def test_evidence_a_possibility_is_read_from_a_modal_just_before_the_figure(sentence, text, possible):
    from claimcheck.evidence import told_as_possible

    assert told_as_possible(figure(sentence, text)) is possible


def test_evidence_agreeing_figures_one_measure_worded_two_ways_are_left_out():
    # "total liabilities" and "debt": a qualifier only one side writes; the two figures can both be right
    liabilities = figure(
        "Ostrava Homes has approximately $210 billion in total liabilities.", "approximately $210 billion"
    )
    debt = figure("Ostrava Homes carries more than $210 billion of debt.", "more than $210 billion")
    reasons = ["different_measure"]
    assert weigh_evidence(liabilities, debt, Aliases(), "needs_review", reasons, same_document=False) is None


def test_evidence_two_parts_of_two_wholes_are_two_points_of_a_tally_not_a_conflict():
    one = figure("The Norland Electoral Commission has announced the results of 251 out of 260 seats.", "251")
    other = figure("The Norland Electoral Commission announced results of 245 out of 262 seats.", "245")
    assert weigh_evidence(one, other, Aliases(), "conflict", [], same_document=False) == (
        "needs_review",
        ["part_of_whole"],
    )


def test_evidence_a_figure_for_each_of_several_against_one_told_plainly_is_part_or_whole():
    each = figure("Both Volgoneft tankers were carrying about 4,100 tonnes of fuel oil each.", "about 4,100 tonnes")
    total = figure("The Volgoneft tankers were carrying 9,000 tonnes of fuel oil.", "9,000 tonnes")
    one = figure("The Volgoneft vessel has a capacity of about 4,100 tonnes of oil.", "about 4,100 tonnes")
    combined = figure(
        "Both Volgoneft ships have a combined capacity of about 8,200 tonnes of oil.", "about 8,200 tonnes"
    )
    for part, whole in ((each, total), (one, combined)):
        assert weigh_evidence(part, whole, Aliases(), "conflict", [], same_document=False) == (
            "needs_review",
            ["part_of_whole"],
        )
