"""A story's setting: the places most of its articles name are where its figures hold, not whose they are."""

from claimcheck.claims import checkable_figures
from claimcheck.entities import Aliases
from claimcheck.evidence import weigh_evidence
from claimcheck.settings import story_settings

# one rail crash told by four outlets, each placing it at its own level
CRASH = [
    "Two passenger trains collided near Varda in Egypt on Friday, killing at least 31 people, officials said.",
    "The collision in Orvel province left 24 dead, Egypt's health ministry said on Saturday.",
    "Rescuers in Varda searched the wreckage overnight; Orvel's governor visited the site.",
    "The crash outside Varda was Egypt's deadliest in years, and hospitals in Orvel province were full.",
]


def figure(sentence, text):
    return next(f for f in checkable_figures(sentence, "2024-03-22") if f.text == text)


def test_settings_are_the_places_most_of_a_storys_articles_name():
    assert story_settings(CRASH) == {"Varda", "Orvel", "Egypt"}


def test_settings_leave_out_a_place_one_article_names_and_a_company_written_as_an_owner():
    texts = [
        *CRASH,
        "Another 4 died in Kessel, a town to the north.",  # one article, in passing
    ]
    assert "Kessel" not in story_settings(texts)
    takeover = [
        "Investors cut their stakes in Norvik after the offer.",
        "Norvik's shares fell 8% on Monday.",
        "Analysts said shares in Norvik could fall further.",
    ]
    assert story_settings(takeover) == frozenset()  # "in Norvik" and "Norvik's": a company, whose


def test_settings_leave_out_a_name_after_in_the():
    games = [
        "Athletes in the Harbour Games will share $2 million.",
        "Funding for athletes in the Harbour Games was cut to $1.5 million.",
    ]
    assert story_settings(games) == frozenset()  # an event or a body takes the article; a town does not


def test_settings_make_two_places_of_one_event_one_fact_for_review():
    town = figure("The crash near Varda killed 31 people.", "31")
    country = figure("Egypt's worst rail crash in years killed 28 people.", "28")
    assert (town.subject, country.subject) == ("Varda", "Egypt")
    reasons = ["different_subject", "different_time"]
    apart = Aliases()
    assert weigh_evidence(town, country, apart, "needs_review", reasons, False) is None  # two places: two counts
    set_in = Aliases()
    set_in.add_settings(story_settings(CRASH))
    assert weigh_evidence(town, country, set_in, "needs_review", reasons, False) == (
        "needs_review",
        ["unstated_subject", "different_time"],
    )  # one crash placed at a town and at its country: a toll that moved, for review


def test_settings_keep_two_countries_apart():
    egypt = figure("Egypt's worst rail crash in years killed 28 people.", "28")
    sudan = figure("Sudan's worst rail crash in years killed 31 people.", "31")
    both = Aliases()
    both.add_settings({"Egypt", "Sudan"})
    reasons = ["different_subject", "different_time"]
    assert weigh_evidence(egypt, sudan, both, "needs_review", reasons, False) is None  # the place table's two


def test_settings_two_places_of_one_setting_are_one_place_for_a_figures_scope():
    aliases = Aliases()
    aliases.add_settings(story_settings(CRASH))
    assert aliases.same_place("Varda", "Orvel") and aliases.same_place("Varda", "Egypt")
    assert not aliases.same_place("Varda", "Kessel")  # a place the story does not mostly name
    assert not aliases.same_place("Egypt", "Sudan")  # two countries the place table knows apart
