"""Whose figure: close figures whose owners are unsaid or read as two may still be one fact, shown for review."""

from claimcheck.claims import checkable_figures
from claimcheck.entities import Aliases
from claimcheck.evidence import weigh_evidence
from claimcheck.owner_evidence import one_sided


def figure(sentence, text):
    return next(f for f in checkable_figures(sentence, "2024-03-22") if f.text == text)


def test_owner_evidence_close_figures_given_to_two_owners_are_reviewed_with_the_owners_named():
    # one article gives the takings to the film's director, the other to the film
    director = figure("Mara Voss's fantasy comedy grossed $162 million over its first weekend.", "$162 million")
    film = figure("Dollhouse grossed $158 million over its first weekend.", "$158 million")
    assert director.subject and film.subject and director.subject != film.subject
    assert weigh_evidence(director, film, Aliases(), "needs_review", ["different_subject"], False) == (
        "needs_review",
        ["different_subject"],
    )


def test_owner_evidence_two_owners_figures_stay_apart_when_far_cited_as_a_yardstick_or_in_one_article():
    film = figure("Dollhouse grossed $158 million over its first weekend.", "$158 million")
    far = figure("Orchard grossed $120 million over its first weekend.", "$120 million")
    record = figure("Dollhouse surpassed Orchard's gross of $162 million over its first weekend.", "$162 million")
    own = figure("Orchard grossed $162 million over its first weekend.", "$162 million")
    reasons = ["different_subject"]
    assert weigh_evidence(film, far, Aliases(), "needs_review", reasons, False) is None  # 1.3 times apart
    assert weigh_evidence(film, record, Aliases(), "needs_review", reasons, False) is None  # another film's record
    assert weigh_evidence(film, own, Aliases(), "needs_review", reasons, True) is None  # one article's two films


def test_owner_evidence_two_peoples_close_ages_are_two_facts():
    one = figure("Dana Ruiz, 22, was among those hurt.", "22")
    other = figure("Omar Said, 21, was among those hurt.", "21")
    assert weigh_evidence(one, other, Aliases(), "needs_review", ["different_subject"], False) is None


def test_owner_evidence_a_difference_stated_on_both_sides_is_not_one_sided():
    dated = figure("Dollhouse grossed $158 million in 2023.", "$158 million")
    other_year = figure("Orchard grossed $162 million in 2021.", "$162 million")
    undated = figure("Orchard grossed $162 million.", "$162 million")
    assert not one_sided(dated, other_year, ["different_subject", "different_time"])
    assert one_sided(dated, undated, ["different_subject", "different_time"])


def test_owner_evidence_a_toll_told_in_the_story_s_setting_is_the_story_s_own_count():
    (earlier,) = checkable_figures("Some 24 people were killed in the clashes, a rights group said.", "2024-06-21")
    (later,) = checkable_figures("The death toll in Norvale has risen to 41.", "2024-06-24")
    reasons = ["different_subject", "different_time"]
    assert later.subject == "Norvale"
    setting = Aliases()
    setting.add_settings({"Norvale"})
    # "Norvale" is where the story happens: no owner, as the other sentence names none; a toll that moved
    assert weigh_evidence(earlier, later, setting, "needs_review", reasons, False) == (
        "needs_review",
        ["unstated_subject", "different_time"],
    )
    # a place that is not the story's setting may own a count of its own
    assert weigh_evidence(earlier, later, Aliases(), "needs_review", reasons, False) is None
