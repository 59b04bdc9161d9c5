"""Vote tallies: two figures, the votes for and the votes against, each read as its own side."""

import pytest

from claimcheck import compare
from claimcheck.claims import checkable_figures
from claimcheck.tallies import VOTES_AGAINST, VOTES_FOR, vote_tallies


def _sides(sentence: str) -> dict[str, tuple[float, str | None, str | None]]:
    return {f.measure: (f.value, f.subject, f.scope) for f in checkable_figures(sentence, bare_counts=True)}


@pytest.mark.parametrize(
    ("sentence", "votes_for", "votes_against"),
    [
        ("The Assembly voted 284-131 to approve the Verona aid bill on Friday.", 284, 131),
        ("The Verona aid bill cleared the Assembly 284-131.", 284, 131),
        ("The Council passed the harbour levy 41 to 12, sending it to the mayor.", 41, 12),
        ("Councillors backed the motion by 230 votes to 207.", 230, 207),
        ("The plan was approved by a vote of 1,204 to 388.", 1204, 388),
        ("Delegates endorsed the charter in a 72-9 vote.", 72, 9),
    ],
)
def test_tallies_a_motion_that_passed_has_its_larger_number_for_it(sentence, votes_for, votes_against):
    sides = _sides(sentence)
    assert sides[VOTES_FOR][0] == votes_for
    assert sides[VOTES_AGAINST][0] == votes_against


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillors rejected the budget by 402 votes to 181.",  # the losers' count second
        "The Senate defeated the amendment 46-53.",  # yeas first, as the record writes them
    ],
)
def test_tallies_a_motion_that_failed_has_its_larger_number_against_it(sentence):
    sides = _sides(sentence)
    assert sides[VOTES_AGAINST][0] > sides[VOTES_FOR][0]


def test_tallies_sides_written_after_the_counts():
    for sentence in (
        "The measure passed with 298 votes in favour and 104 against.",
        "With the Verona bill passing with 298 votes in favor, 104 against and one present, the session closed.",
    ):
        sides = _sides(sentence)
        assert (sides[VOTES_FOR][0], sides[VOTES_AGAINST][0]) == (298, 104)


@pytest.mark.parametrize(
    "sentence",
    [
        "Leeds won 3-1 at home on Saturday.",  # a score
        "The board approved 3 to 5 new branches.",  # a range of branches
        "Prices rose from 5 to 7 a litre.",  # a move
        "The 747-8 was approved for service.",  # a model's variant
        "Parliament adopted a law to raise the pension age from 62 to 64.",  # a move, whatever passed it
    ],
)
def test_tallies_only_where_a_vote_is_written(sentence):
    assert vote_tallies(sentence) == []


def test_tallies_whose_and_where():
    # what was voted on is whose tally; the body that voted is where it was cast
    (votes_for, subject, scope) = _sides("The Assembly voted 284-131 to approve the Verona aid bill.")[VOTES_FOR]
    assert (votes_for, subject, scope) == (284, "Verona", "Assembly")
    assert _sides("Lawmakers sent aid to Verona in a 284-131 vote.")[VOTES_FOR][1] == "Verona"


def test_tallies_two_outlets_disagree_on_one_vote():
    (pair,) = [
        p
        for p in compare(
            "The Assembly voted 284-131 on Friday to approve the Verona aid bill.",
            "On Friday the Assembly passed the Verona aid bill 284-129.",
            model=None,
        )
        if p.verdict != "consistent"
    ]
    assert pair.verdict == "conflict"
    assert {pair.a_quantity, pair.b_quantity} == {"131", "129"}


def test_tallies_two_bills_or_two_chambers_are_not_one_vote():
    bills = compare(
        "The Assembly passed the Verona aid bill 284-131.", "The Assembly passed the Lusia aid bill 301-97.", model=None
    )
    chambers = compare(
        "The Assembly passed the Verona aid bill 284-131.", "The Senate passed the Verona aid bill 70-29.", model=None
    )
    assert not any(p.verdict == "conflict" for p in bills + chambers)


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        ("The count showed that 52 per cent had voted No and 48 per cent voted Yes.", "52 per cent", "votes against"),
        ("The count showed that 52 per cent had voted No and 48 per cent voted Yes.", "48 per cent", "votes for"),
        ("Nationally, 66.4% of voters came out in favour of the change.", "66.4%", "votes for"),
        ("An exit poll put the Yes vote at 68%.", "68%", "votes for"),
        (
            "Norland voted heavily against it, with 68 per cent of votes cast for the No.",
            "68 per cent",
            "votes against",
        ),
        ("Turnout was 64.1 per cent.", "64.1 per cent", "turnout"),
    ],
)
def test_tallies_a_share_of_a_vote_is_of_its_side(sentence, text, measure):
    from claimcheck.claims import checkable_figures

    assert next(f for f in checkable_figures(sentence) if f.text == text).measure == measure


def test_tallies_turnout_and_each_sides_share_are_three_figures_not_one():
    from claimcheck.relations import measure_relation

    assert measure_relation("votes for", "votes against", True) != "same"
    assert measure_relation("turnout", "votes for", True) != "same"
    assert measure_relation("vote", "vote", True) == "same"


@pytest.mark.parametrize(
    ("sentence", "count", "side"),
    [
        ("In the end 96 Liberals joined the Greens in voting for the harbour levy.", 96, VOTES_FOR),
        ("A total of 58 Conservatives opposed the levy bill, the clerk said.", 58, VOTES_AGAINST),
        ("The vote saw 140 Labour members backing the motion.", 140, VOTES_FOR),
        ("Only 12 independents voted against the budget.", 12, VOTES_AGAINST),
    ],
)
def test_tallies_a_count_of_voters_is_of_the_side_they_took(sentence, count, side):
    assert _sides(sentence)[side][0] == count


def test_tallies_backing_without_a_vote_takes_no_side():
    # people who back a product, or oppose a plan outside any vote, are counted as people, not votes
    sides = _sides("The firm has 4,000 staff backing its new line of phones.")
    assert VOTES_FOR not in sides and VOTES_AGAINST not in sides


def test_tallies_those_for_and_those_against_one_bill_are_never_one_figure():
    pairs = compare(
        "In the end 96 Liberals voted for the harbour levy.",
        "Some 104 Liberals voted against the harbour levy.",
        model=None,
    )
    assert all(p.verdict != "conflict" for p in pairs)
