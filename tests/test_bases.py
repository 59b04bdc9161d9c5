"""What a share is a share of: the counts its sentence gives beside it."""

from sentence_claims import sentence_claim

from claimcheck.entities import Aliases


def _claim(text, doc):
    return sentence_claim(text, doc, "2023-01-05")


def test_bases_shares_whose_sentences_give_different_counts_are_of_different_wholes():
    # one firm's layoffs as a share of its staff: each sentence gives its own cuts, and they differ
    from claimcheck.compare import compare_claims

    cuts = _claim("The 18,000 job cuts at Ardent represent about 1.2% of its 1.5 million employees.", "d1")
    later = _claim("Ardent has now made 27,000 job cuts, about 8% of Ardent's employees.", "d2")
    pairs = {p.a_quantity: p for p in compare_claims(cuts, later, Aliases(), evidence=True)}
    share = pairs["about 1.2%"]
    assert (share.verdict, share.reasons) == ("needs_review", ("different_base",))
    assert "18,000 vs 27,000" in share.explanation
    # a count of something else beside a share ("seats" beside a vote share) says nothing of what it is a share of
    votes = _claim("The Greens won 24% of the vote, losing 251 seats.", "d1")
    other = _claim("The Greens have 90 seats and won 22.8% of the vote.", "d2")
    shares = [p for p in compare_claims(votes, other, Aliases(), evidence=True) if p.a_quantity == "24%"]
    assert [p.verdict for p in shares] == ["conflict"]


def test_bases_tallies_told_over_different_spans_are_of_different_stretches():
    # a striker's goals, each told over its own number of games: two careers' worth, not one misreported
    from claimcheck.compare import compare_claims

    club = _claim("Hale, 30, leaves Rovers as their all-time top scorer with 280 goals in 435 appearances.", "d1")
    league = _claim("Hale is the league's second-highest scorer with 213 goals in 320 games.", "d2")
    pair = next(p for p in compare_claims(club, league, Aliases(), evidence=True) if p.a_quantity == "280")
    assert (pair.verdict, pair.reasons) == ("needs_review", ("different_span",))
    assert "435 vs 320" in pair.explanation
    # the same span on both sides leaves nothing to explain the gap
    same = _claim("Hale is the league's second-highest scorer with 213 goals in 435 games.", "d2")
    pair = next(p for p in compare_claims(club, same, Aliases(), evidence=True) if p.a_quantity == "280")
    assert pair.verdict == "conflict"


def test_bases_two_sums_raised_beside_valuations_far_apart_are_two_rounds():
    from claimcheck.bases import valuations_apart
    from claimcheck.claims import checkable_figures

    a = checkable_figures(
        "Velto raised €450 million in a funding round that values it at about $2 billion.", "2024-01-10"
    )
    b = checkable_figures("Velto has raised €600 million at a valuation of close to €6 billion.", "2024-06-12")
    raised_a = next(q for q in a if q.text == "€450 million")
    raised_b = next(q for q in b if q.text == "€600 million")
    assert valuations_apart(raised_a, a, raised_b, b) is not None
    c = checkable_figures("Velto has raised €500 million at a valuation of $2.1 billion.", "2024-01-12")
    raised_c = next(q for q in c if q.text == "€500 million")
    assert valuations_apart(raised_a, a, raised_c, c) is None
