"""What a count counts where the noun after it is not its own."""

from claimcheck.bare_counts import counted_noun_of, own_noun
from claimcheck.claims import checkable_figures
from claimcheck.quantities import read_figures


def read(sentence, text):
    return next(f for f in read_figures(sentence, "2024-03-22") if text in f.text)


def test_bare_counts_a_count_read_with_no_noun_keeps_none():
    crowd = read("A crowd of 50,000 gathered in the square.", "50,000")
    assert own_noun("A crowd of 50,000 gathered in the square.", crowd) == ""


def test_bare_counts_a_toll_s_level_counts_the_toll_not_a_noun_another_count_lent():
    sentence = "The death toll in a fire that engulfed four towers rose to 37 on Friday."
    level = read(sentence, "37")
    assert level.unit == "tower"  # the reader lends the towers' noun
    assert own_noun(sentence, level) == "toll"


def test_bare_counts_a_count_keeps_the_noun_written_after_it():
    sentence = "Health officials say seven of the patients have been hospitalized."
    assert own_noun(sentence, read(sentence, "seven")) == "patient"


def test_bare_counts_a_verb_with_no_subject_sets_the_level_for_the_subject_it_completes():
    from claimcheck.bare_counts import level_counted

    for sentence, text in [
        ("The death toll was estimated to be 49, officials said.", "49"),
        ("The toll rose through the week, ultimately reaching 29.", "29"),
    ]:
        assert level_counted(sentence, read(sentence, text)) == "toll"
    # a level with no count's name above it counts nothing
    sentence = "Shares rose all week, reaching 63 by Friday."
    assert level_counted(sentence, read(sentence, "63")) is None


def test_bare_counts_the_number_of_people_unaccounted_for_counts_the_missing():
    sentence = "The number of people unaccounted for stood at 11 on Monday, the governor said."
    assert checkable_figures(sentence, "2024-03-22")[0].measure == "people unaccounted"


def test_bare_counts_a_list_of_the_missing_sets_a_level_as_a_toll_does():
    sentence = "The list of the missing grew to 1,011 on Friday."
    assert checkable_figures(sentence, "2024-03-22")[0].measure == "people missing"


def test_bare_counts_a_level_set_by_a_verb_the_parse_hangs_elsewhere_counts_the_phrase_before_it():
    # the parse may hang "rising" from the main verb or from what is counted; the count's name is still its subject
    cases = [
        (
            "Peru is facing a grim situation with the death toll from the floods rising to 122, and more missing.",
            "122",
            "toll",
        ),
        ("With the number of cases climbing to 412, officials closed the schools.", "412", "case"),
        ("The latest reports have brought the total reported dead so far to 922.", "922", "people dead"),
    ]
    for sentence, text, measure in cases:
        assert [(f.text, f.measure) for f in checkable_figures(sentence, "2024-03-22")] == [(text, measure)]


def test_bare_counts_a_bare_number_after_a_phrase_that_names_no_count_stays_unread():
    sentence = "The storm, with the river rising to 12 along the banks, moved east."
    assert checkable_figures(sentence, "2024-03-22") == []


def test_bare_counts_people_counted_by_what_they_did_in_a_relative_clause():
    watched = checkable_figures(
        "The final drew fewer than the 18.9 million who watched last year's game.", "2024-03-22"
    )
    marched = checkable_figures("Organisers thanked the 40,000 who marched through the capital.", "2024-03-22")
    assert [(f.text, f.unit) for f in watched] == [("18.9 million", "viewer")]
    assert [(f.text, f.unit) for f in marched] == [("40,000", "participant")]
    assert checkable_figures("They thanked the 300 who came.", "2024-03-22") == []  # coming names no count


def test_bare_counts_a_state_after_a_few_words_of_time_names_the_people_counted():
    sentence = "The toll rose to 44, with 15 still unaccounted for."
    assert counted_noun_of(sentence, read(sentence, "15")) == "people"
    (missing,) = [f for f in checkable_figures(sentence) if f.text == "15"]
    assert missing.measure == "people unaccounted"


def test_bare_counts_an_average_says_how_a_count_was_taken_and_the_verb_who_was_counted():
    [watched] = checkable_figures("An average of 24.2 million watched the final on the public channel.")
    [told] = checkable_figures("The public channel had an average of 17.8m viewers for the final.")
    assert watched.unit == told.unit == "viewer"  # one audience, whichever way it is written
    [averaged] = checkable_figures("The broadcast had an average of 17.8 million.")
    assert averaged.unit == "average"  # nothing says who: kept as the average it is


def test_bare_counts_a_contrast_counts_the_same_people_a_clause_of_time_does_not_say():
    returned, refused = checkable_figures("Six inmates returned on their own, while 35 refused to escape.")
    assert refused.unit == returned.unit == "inmate"
    held, hurt = checkable_figures("Police held 12 suspects after 30 were hurt in the clashes.")
    assert held.unit == "suspect" and hurt.unit != "suspect"  # the hurt are not the suspects


def test_bare_counts_the_subject_of_what_befell_people_counts_people_in_that_state():
    # a verb of a fate, also one the subject "managed" to do, names the people counted
    shot = checkable_figures("At least 64 have been shot, a rights group said.")[0]
    fled = checkable_figures("Amid the confusion, 172 managed to flee.")[0]
    succumbed = checkable_figures("Seven succumbed to their wounds in hospital.")[0]
    assert (shot.unit, fled.unit, succumbed.unit) == ("people", "people", "people")
    assert (shot.measure, fled.measure, succumbed.measure) == ("people shot", "people fled", "people died")


def test_bare_counts_a_count_picked_out_of_a_group_named_before_it_counts_that_group():
    [recorded] = checkable_figures("Of those deaths, 312 were recorded on Sunday.")
    assert recorded.unit == "death"
    # a group that is no noun names nothing
    assert checkable_figures("Of those, 312 were recorded on Sunday.") == []
