"""What a count counts: a count of people by what befell them, however the people and the fate are worded."""

import pytest

from claimcheck.claims import checkable_figures
from claimcheck.counted import counted_noun, fate_noun_before, fate_of, two_groups
from claimcheck.relations import comparable, measure_link


def figure(sentence, text):
    return next(f for f in checkable_figures(sentence, None) if f.text == text)


def test_counted_a_fate_is_read_from_the_noun_or_from_what_the_measure_says_befell_the_people():
    assert fate_of("injury", "injuries") == "injured"
    assert fate_of("arrest", "crime scene arrests") == "arrested"
    assert fate_of("person", "persons detained") == "arrested"
    assert fate_of("migrant", "migrants drowned") == "death"
    assert fate_of("customer", "customers affected") is None  # a breach affects the people it counts: no fate
    assert fate_of("people", "people") is None  # a count of people that says nothing befell them
    assert fate_noun_before("The crash caused the deaths of ") == "deaths"
    assert fate_noun_before("The crash caused the loss of ") is None
    assert fate_noun_before("The flood claimed the lives of ") == "deaths"
    assert fate_noun_before("The reform will change the lives of ") is None  # lives, but none lost


@pytest.mark.parametrize(
    ("a", "a_text", "b", "b_text", "fate"),
    [
        (
            "The tremor left 1,305 people dead across the region.",
            "1,305",
            "The ministry counted 632 deaths.",
            "632",
            "death",
        ),
        (
            "Two people were confirmed dead in Marlow County.",
            "Two",
            "Marlow County reported seven deaths.",
            "seven",
            "death",
        ),
        ("The crash caused the deaths of 246 individuals.", "246", "The crash killed 241 people.", "241", "death"),
        (
            "At least 79 migrants drowned off the coast.",
            "At least 79",
            "The sinking killed at least 78 people.",
            "at least 78",
            "death",
        ),
        (
            "The quake injured 1,832 people, officials said.",
            "1,832",
            "Hospitals treated 329 injuries.",
            "329",
            "injured",
        ),
        (
            "Police made 209 arrests after the riot.",
            "209",
            "At least 400 persons were detained by police.",
            "At least 400",
            "arrested",
        ),
        (
            "Out of the 196 people injured, ten are in hospital.",
            "196",
            "The crush killed 155 and left 152 others injured.",
            "152",
            "injured",
        ),
    ],
)
def test_counted_one_fate_worded_two_ways_is_one_count_and_one_measure(a, a_text, b, b_text, fate):
    left, right = figure(a, a_text), figure(b, b_text)
    assert counted_noun(left) == counted_noun(right) == fate
    assert comparable(left, right) and measure_link(left, right) == "same"


def test_counted_two_fates_are_never_one_count():
    dead = figure("The tremor left 1,305 people dead across the region.", "1,305")
    injured = figure("The tremor left 1,832 people injured across the region.", "1,832")
    missing = figure("At least 40 people are still missing.", "At least 40")
    assert not comparable(dead, injured) and not comparable(injured, missing)
    # a headline's list shares its first noun: the 1,832 are the injured, not more dead
    listed = checkable_figures("Quake in Amrane: 1,305 dead and 1,832 injured, 1,220 seriously", None)
    assert [counted_noun(f) for f in listed[:2]] == ["death", "injured"]


def test_counted_two_groups_with_one_fate_other_than_death_are_for_a_person_to_match():
    children = figure("Some 12,000 children were evacuated from the valley.", "Some 12,000")
    campers = figure("Ten campers remain missing after the flood.", "Ten")
    people = figure("At least 27 people remain missing after the flood.", "At least 27")
    assert counted_noun(campers) == counted_noun(people) == "missing"
    assert two_groups(campers, people) and measure_link(campers, people) == "related"
    assert not two_groups(children, people)  # evacuated against missing: two fates, not two groups


@pytest.mark.parametrize(
    "a, b",
    [
        ("At least 6,000 inmates escaped from the jail.", "About 1,500 prisoners escaped from the jail."),
        ("The blasts left 103 martyrs, state media said.", "The death toll from the blasts rose to 84."),
    ],
)
def test_counted_one_group_of_people_named_two_ways_is_one_count(a, b):
    qa, qb = checkable_figures(a)[0], checkable_figures(b)[0]
    assert counted_noun(qa) == counted_noun(qb)


def test_counted_the_bodies_of_a_group_count_the_dead():
    bodies = checkable_figures("The bodies of 11 climbers were recovered earlier in the day.", "2023-12-05")[0]
    toll = checkable_figures("The death toll from the eruption rose to 23.", "2023-12-05")[0]
    assert counted_noun(bodies) == counted_noun(toll) == "death"


def test_counted_a_chains_sites_and_peoples_homes_are_one_thing_by_any_name():
    restaurants = figure("The chain abruptly closed some 50 restaurants last week.", "some 50")
    locations = figure("At least 99 locations were shuttered.", "At least 99")
    operating = figure("The company operates 578 stores.", "578")
    assert counted_noun(restaurants) == counted_noun(locations) == counted_noun(operating) == "outlet"
    assert comparable(restaurants, locations) and measure_link(restaurants, locations) == "same"  # closed, shuttered
    assert measure_link(restaurants, operating) == "different"  # the sites closed are not the sites run
    houses = figure("The slide buried more than 1,100 houses.", "more than 1,100")
    homes = figure("Officials said 150 homes were buried.", "150")
    assert counted_noun(houses) == counted_noun(homes) == "dwelling"


def test_counted_the_remains_of_only_a_few_count_the_dead_and_holidaymakers_are_people():
    remains = figure("The remains of only six people have been recovered so far.", "six")
    assert counted_noun(remains) == "death"
    found = figure("By Monday rescuers had recovered 17 remains.", "17")
    assert counted_noun(found) == "death"
    stranded = figure("Over 160,000 holidaymakers were stranded abroad.", "Over 160,000")
    assert counted_noun(stranded) == "person"


def test_counted_people_who_saw_a_show_are_viewers_but_an_event_that_saw_people_made_homeless_is_no_show():
    assert counted_noun(figure("Some 13 million people saw the final on television.", "Some 13 million")) == "viewer"
    assert counted_noun(figure("The coronation was seen by 18.2 million people.", "18.2 million")) == "viewer"
    storm = figure("The storm, which saw rivers burst their banks, left 300 people homeless.", "300")
    assert counted_noun(storm) != "viewer"


@pytest.mark.parametrize(
    "a, a_text, b, b_text",
    [
        (
            "The closure will mean up to 1,700 job cuts at the mill.",
            "up to 1,700",
            "Verdan said it would cut up to 1,550 jobs.",
            "up to 1,550",
        ),
        ("The lender announced 640 redundancies on Monday.", "640", "The lender is to shed 610 staff.", "610"),
        ("About 420 layoffs were confirmed at the yard.", "About 420", "The yard will lay off 380 workers.", "380"),
    ],
)
def test_counted_jobs_cut_are_counted_as_jobs_by_any_name(a, a_text, b, b_text):
    assert counted_noun(figure(a, a_text)) == counted_noun(figure(b, b_text)) == "job"


def test_counted_cuts_of_anything_but_jobs_stay_cuts():
    assert counted_noun(figure("Costs fell after 40 cuts in spending.", "40")) == "cut"
