import pytest

from claimcheck import compare


def verdict(a, b, **dates):
    pairs = compare(a, b, model=None, **dates)
    assert pairs, "no figures aligned"
    return pairs[0]


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("MiniMax raised $619 million in its IPO.", "MiniMax raised $620 million in its IPO.", "consistent"),
        ("Zhipu raised $558 million in its listing.", "Zhipu raised HK$4.35 billion in its listing.", "consistent"),
        ("Qwen has over 700 million downloads.", "Qwen has over one billion downloads.", "consistent"),
        ("Open models took nearly 30% of usage.", "Closed models took roughly 70% of usage.", "consistent"),
        ("Turnout in Ohio was 61% in the 2024 election.", "Turnout in Ohio was 48% in the 2024 election.", "conflict"),
    ],
)
def test_compare_verdicts(a, b, expected):
    assert verdict(a, b).verdict == expected


def test_compare_needs_review_names_what_differs():
    pair = verdict(
        "MiniMax is seeking to raise up to HK$4.19 billion in its IPO.", "MiniMax raised $619 million in its IPO."
    )
    assert pair.verdict == "needs_review" and pair.reasons == ("different_stage",)
    users = verdict(
        "Qwen has more than 100 million monthly active users.", "Doubao has 155.2 million weekly active users."
    )
    assert users.verdict == "needs_review"
    assert set(users.reasons) == {"different_subject", "different_measure"}


def test_compare_different_periods():
    pair = verdict("Turnout in Ohio was 61% in the 2024 election.", "Turnout in Ohio was 48% in the 2020 election.")
    assert pair.verdict == "needs_review" and "different_time" in pair.reasons


def test_compare_explains_rounding_and_currency():
    assert "rounding" in verdict("MiniMax raised $619 million.", "MiniMax raised $620 million.").explanation
    converted = verdict("Zhipu raised $558 million.", "Zhipu raised HK$4.35 billion.", date_b="2026-01-02")
    assert "currency conversion" in converted.explanation


def test_compare_no_comparable_figures():
    assert compare("Revenue was $5 million.", "Turnout was 61%.", model=None) == []
