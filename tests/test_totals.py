"""Totals, shares of a whole and ratios (claimcheck.totals), read and judged through check_arithmetic."""

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claimcheck.arithmetic import check_arithmetic


def _verdicts(sentence, kind, date="2024-03-15"):
    return [f.verdict for f in check_arithmetic(sentence, date) if f.kind == kind]


@pytest.mark.parametrize(
    ("sentence", "expect"),
    [
        ("One fund raised $560 million and another $620 million, together $1.18 billion.", "consistent"),
        ("One fund raised $560 million and another $620 million, together $1.28 billion.", "inconsistent"),
        ("Of the 500 seats, 260 went to the left and 240 to the right, 500 in total.", "consistent"),
        ("The two clubs drew 41,000 and 38,500 fans, a combined 89,500.", "inconsistent"),
    ],
)
def test_totals_total(sentence, expect):
    assert _verdicts(sentence, "total") == [expect]


@pytest.mark.parametrize(
    ("sentence", "expect"),
    [
        # The level a move started from is no part of a total.
        ("Sales totalled $6 billion in 2024, up from $5 billion in 2023 and $4 billion in 2022.", []),
        # Parts said to be some of the total may add up to less, never to more.
        ("The appeal has raised a total of $800 million, including $200 million this spring.", []),
        (
            "The appeal has raised a total of $800 million, including $200 million and $150 million from two donors.",
            ["consistent"],
        ),
        ("A total of 3,000 tickets, including 1,400 for members and 1,900 for guests, were sold.", ["inconsistent"]),
        # Parts sit on one side of their total; a later total is another fact's.
        (
            "Its two mills made 1,100 tonnes and 900 tonnes, a combined 2,000 tonnes, and the group 2,600 tonnes in all.",
            ["consistent"],
        ),
        ("The two banks lent $470 million and $530 million, together $1.1 billion.", ["inconsistent"]),
    ],
)
def test_totals_totals_take_the_parts_the_sentence_adds(sentence, expect):
    assert _verdicts(sentence, "total") == expect


def test_totals_a_total_of_some_parts_explains_the_bound():
    (finding,) = check_arithmetic(
        "A total of 3,000 tickets, including 1,400 for members and 1,900 for guests, were sold."
    )
    assert finding.explanation == (
        "at most 3,000 stated; 1,400 + 1,900 (some of the parts) gives 3,300: outside at most 3,002"
    )


@settings(max_examples=100, deadline=None)
@given(parts=st.lists(st.integers(min_value=100, max_value=9999), min_size=2, max_size=4), off=st.integers(1, 50))
def test_totals_total_property(parts, off):
    # a wrong total written round ("5,700") is read to its rounding, which may cover the gap, and so are parts
    # written round ("1,000 votes" three times may sum to 3,001)
    assume((sum(parts) + off) % 100 != 0)
    assume(not any(p % 100 == 0 for p in parts))
    listed = ", ".join(f"{p:,} votes" for p in parts)
    right = check_arithmetic(f"The candidates won {listed}, {sum(parts):,} votes in total.")
    wrong = check_arithmetic(f"The candidates won {listed}, {sum(parts) + off:,} votes in total.")
    assert [f.verdict for f in right if f.kind == "total"] == ["consistent"]
    assert [f.verdict for f in wrong if f.kind == "total"] == ["inconsistent"]


@pytest.mark.parametrize(
    ("sentence", "expect"),
    [
        ("Trains carried 52% of commuters, buses 33% and cars the remaining 15%.", "consistent"),
        ("Trains carried 52% of commuters, buses 33% and cars the remaining 25%.", "inconsistent"),
        ("Tea was 58% of the crop and coffee the rest, 40%.", "inconsistent"),
    ],
)
def test_totals_shares_of_the_whole_add_up_to_100(sentence, expect):
    assert _verdicts(sentence, "shares") == [expect]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trains carried 52% of commuters and buses 33%.",  # nothing says these are all the parts
        "Fares rose 5% and the remaining 20% of tickets were sold online.",  # a move is no share
    ],
)
def test_totals_shares_need_all_the_parts(sentence):
    assert _verdicts(sentence, "shares") == []


def test_totals_shares_of_another_whole_before_the_list_are_left_out():
    sentence = "Turnout was 71%, with 55% backing the mayor and the remaining 45% her rival."
    assert _verdicts(sentence, "shares") == ["consistent"]
    assert _verdicts("Turnout was 71%, with 55% backing the mayor and the remaining 35% her rival.", "shares") == [
        "inconsistent"
    ]


@pytest.mark.parametrize(
    ("sentence", "expect"),
    [
        ("One in five of the 3,000 tenants, or 600 households, is behind on rent.", "consistent"),
        ("About 2,400 tenants, or one in four of the estate's 9,600 residents, signed.", "consistent"),
        ("One in five of the 3,000 tenants, or 900 households, is behind on rent.", "inconsistent"),
        ("12% of its 50,000 customers, or 6,000 accounts, were affected.", "consistent"),
        ("12% of its 50,000 customers, or 9,000 accounts, were affected.", "inconsistent"),
    ],
)
def test_totals_share_of_a_population_against_its_count(sentence, expect):
    assert _verdicts(sentence, "ratio") == [expect]
