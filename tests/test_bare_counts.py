"""What a count counts where the noun after it is not its own."""

from claimcheck.bare_counts import own_noun
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
