import pytest

from claimcheck.befell import fate_word
from claimcheck.claims import checkable_figures
from claimcheck.counted import counted_noun


def fate(sentence: str, text: str) -> str | None:
    start = sentence.index(text)
    return fate_word(sentence, start, start + len(text))


@pytest.mark.parametrize(
    ("sentence", "text", "word"),
    [
        ("By evening, six miners had been shot dead at the gate.", "six", "dead"),
        ("Nearly 60 campers from the lower site are still unaccounted for.", "Nearly 60", "unaccounted"),
        ("There were 410 Chileans among the dead.", "410", "dead"),
        ("Some 75 villagers lost their lives in the mudslide.", "Some 75", "died"),
        ("About 30 climbers suffered injuries on the descent.", "About 30", "injuries"),
        ("Officials say 212 residents are known to have died.", "212", "died"),
        ("The blast at the rally wounded nearly 150 people.", "nearly 150", "wounded"),
        ("The collapse caused the death of at least 27 workers.", "at least 27", "death"),
        ("Searchers are still looking for 12 missing climbers.", "12", "missing"),
        ("At least 88 people fell sick after the fair.", "At least 88", "sick"),
        ("Twelve people were hurt, including three Canadians, police said.", "three", "hurt"),
        ("Five Canadians were among the dead passengers.", "Five", "dead"),
    ],
)
def test_fate_word_reads_what_befell_the_people_from_the_clause_around_the_count(sentence, text, word):
    assert fate(sentence, text) == word


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("About 50 officers arrested 200 protesters.", "About 50"),  # the officers did it: the fate is the object's
        ("Roughly 90,000 fans attended the final.", "Roughly 90,000"),  # no fate at all
        ("The firm lost 2 million subscribers last quarter.", "2 million"),  # lost, but no lives
        ("The quake injured 400 people and damaged 1,200 homes.", "1,200"),  # homes are not people
    ],
)
def test_fate_word_is_none_where_nothing_befell_the_people_counted(sentence, text):
    assert fate(sentence, text) is None


def test_a_toll_told_by_a_complement_or_a_group_counts_the_dead_as_a_toll_does():
    (shot,) = checkable_figures("By evening, six miners had been shot dead at the gate.")
    (among,) = checkable_figures("There were 410 Chileans among the dead.")
    (lives,) = checkable_figures("Some 75 villagers lost their lives in the mudslide.")
    (toll,) = checkable_figures("The death toll from the mudslide rose to 81.")
    assert {counted_noun(q) for q in (shot, among, lives, toll)} == {"death"}


def test_people_who_fell_ill_are_an_outbreak_s_cases():
    (ill,) = checkable_figures("At least 88 people fell sick after the fair.", bare_counts=True)
    (illnesses,) = checkable_figures("The outbreak has caused at least 61 illnesses.", bare_counts=True)
    (cases,) = checkable_figures("Health officials have counted 70 cases.", bare_counts=True)
    assert {counted_noun(q) for q in (ill, illnesses, cases)} == {"case"}


def test_befell_a_fate_verb_right_before_the_count_names_the_fate_whatever_the_parse_hangs_the_people_from():
    # the parser can hang "120 people" from a later "said" ("... killed at least 120 people, the minister
    # said"), losing the verb; the word right before the figure still names the fate
    from claimcheck.befell import fate_verb_before
    from claimcheck.quantities import read_figures

    sentence = "The twin blasts killed at least 84 people, the minister said."
    [killed] = read_figures(sentence)
    assert fate_verb_before(sentence, killed) == "killed"
    sentence = "The twin blasts hit at least 84 people, the minister said."
    assert fate_verb_before(sentence, read_figures(sentence)[0]) is None  # no fate in "hit"
    sentence = "The blasts killed at least 84 cars."
    assert fate_verb_before(sentence, read_figures(sentence)[0]) is None  # cars are no people


def test_befell_the_people_a_toll_reaches_are_the_dead():
    from claimcheck.claims import checkable_figures
    from claimcheck.counted import counted_noun

    toll = checkable_figures("Two days after the blast, the death toll held at 212 people with 900 wounded.")[1]
    assert toll.text == "212" and counted_noun(toll) == "death"
