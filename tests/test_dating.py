"""An undated article is read at its story's date: its foreign money converted at the rate of the time."""

from sentence_claims import sentence_claim

from claimcheck.claims import checkable_figures
from claimcheck.currency import to_usd
from claimcheck.dating import dated_claims, money_of_its_time, published_day, story_dates, undated_dates
from claimcheck.models import Claim, Document


def document(name, date, story):
    return Document(id=name, path=name, source=name, title=None, date=date, text="x", story=story)


def test_dating_a_story_s_date_is_the_middle_of_its_dated_articles():
    documents = [
        document("a", "2023-06-01", "fee"),
        document("b", "2023-06-14", "fee"),
        document("c", "2023-07-30", "fee"),
        document("d", None, "fee"),
        document("e", None, "flood"),  # a story with no dated article gives no date
    ]
    assert story_dates(documents) == {"fee": "2023-06-14"}
    assert undated_dates(documents) == {"d": "2023-06-14"}


def test_dating_undated_money_is_converted_at_the_story_s_date():
    sentence = "Lazio paid £80 million for Dembinski."
    (latest,) = checkable_figures(sentence)  # no date: the latest rate shipped
    claim = Claim(id="c1", doc_id="d", text=sentence, start=0, end=len(sentence), quantities=(latest,))
    (redated,) = dated_claims([claim], {"d": "2015-07-01"})[0].quantities
    assert abs(redated.normalized - to_usd(80e6, "GBP", "2015-07-01")) < 1
    assert redated.normalized_low < redated.normalized < redated.normalized_high  # the rate's allowance kept
    assert abs(redated.normalized - latest.normalized) > 0.1 * latest.normalized  # the pound fell since 2015
    # A dated article's claims are left as read.
    assert dated_claims([claim], {})[0] is claim


def test_dating_an_undated_articles_figure_of_a_year_long_before_its_story_is_history():
    from claimcheck.claims import checkable_figures
    from claimcheck.dating import dated_claims
    from claimcheck.models import Claim

    sentence = "Labour won the 1997 election with 43.2 per cent of the votes cast."
    claim = Claim(
        id="c", doc_id="d", text=sentence, start=0, end=len(sentence), quantities=tuple(checkable_figures(sentence))
    )
    assert claim.quantities[0].moment is None  # no date of its own: nothing says 1997 is past
    (read,) = dated_claims([claim], {"d": "2024-07-05"})
    assert read.quantities[0].moment == "earlier"
    (same,) = dated_claims([claim], {"d": "1998-01-10"})
    assert same.quantities[0].moment is None  # a year before its story's date is still its news


def test_dating_an_undated_articles_day_of_a_month_is_in_its_story_s_year():
    first = "Strike of March 7: 3.5 million demonstrators in France, according to the union."
    second = "Strike of March 15: 1.7 million demonstrators in France, according to the union."
    claims = [
        Claim(id=key, doc_id=key, text=text, start=0, end=len(text), quantities=tuple(checkable_figures(text)))
        for key, text in (("a", first), ("b", second))
    ]
    assert all(q.period is None for c in claims for q in c.quantities)  # no year, no date: two days read as one
    read = dated_claims(claims, {"a": "2023-03-16", "b": "2023-03-16"})
    periods = [c.quantities[0].period for c in read]
    assert [(p.start, p.end) for p in periods] == [("2023-03-07", "2023-03-07"), ("2023-03-15", "2023-03-15")]
    assert dated_claims(claims, {})[0] is claims[0]  # a dated article keeps its own reading


def _dated_pair(first, second, days_apart):
    """Two one-sentence articles compared as a run compares them, ``days_apart`` days apart."""
    from claimcheck.compare import compare_claims
    from claimcheck.entities import Aliases

    a, b = sentence_claim(first, "d1", "2023-10-22"), sentence_claim(second, "d2", "2023-10-22")
    return compare_claims(a, b, Aliases(), evidence=True, days_apart=days_apart)


def test_dating_articles_a_week_apart_that_date_nothing_may_tell_two_times():
    # an election's first round and its runoff, four weeks apart: "won 30% of the vote" and "won 56%"
    first, second = "Ruiz won 30.1% of the votes, the electoral board said.", "Ruiz won 55.7% of the votes."
    (same_day,) = _dated_pair(first, second, days_apart=0)
    assert same_day.verdict == "conflict"
    (close,) = _dated_pair(first, second, days_apart=1)  # a share of the votes moves while the count goes on
    assert (close.verdict, close.reasons) == ("needs_review", ("different_time",))
    (apart,) = _dated_pair(first, second, days_apart=28)
    assert (apart.verdict, apart.reasons) == ("needs_review", ("published_apart",))
    assert "published a week or more apart" in apart.explanation
    (unknown,) = _dated_pair(first, second, days_apart=None)
    assert unknown.verdict == "conflict"


def test_dating_figures_both_dated_to_one_period_stay_one_fact_however_far_apart_the_articles():
    (pair,) = _dated_pair(
        "Velta's revenue was $4.1 billion in 2023.", "Velta's revenue was $5.2 billion in 2023.", days_apart=60
    )
    assert pair.verdict == "conflict"


def test_dating_a_published_day_needs_a_whole_date():
    assert published_day("2023-11-20") - published_day("2023-10-22") == 29
    assert published_day("2023-11") is None and published_day(None) is None


def test_dating_a_sum_dated_long_before_its_article_is_converted_at_its_own_time():
    sentence = "Dembinski joined Lazio for a fee of 90m euros in 2016."
    (fee,) = checkable_figures(sentence, "2023-08-15")  # read at the article's day
    claim = Claim(id="c1", doc_id="d", text=sentence, start=0, end=len(sentence), quantities=(fee,))
    (then,) = money_of_its_time([claim], {"d": "2023-08-15"})[0].quantities
    assert abs(then.normalized - to_usd(90e6, "EUR", "2016-07-01")) < 0.01 * then.normalized
    assert abs(fee.normalized - to_usd(90e6, "EUR", "2023-08-15")) < 0.01 * fee.normalized
    recent = "Lazio paid 90m euros for Dembinski this week."
    (now,) = checkable_figures(recent, "2023-08-15")
    claim = Claim(id="c2", doc_id="d", text=recent, start=0, end=len(recent), quantities=(now,))
    assert money_of_its_time([claim], {"d": "2023-08-15"})[0] is claim  # a sum of its article's time is left as read


def test_dating_a_sum_dated_long_before_its_article_also_agrees_with_its_conversion_at_the_article_s_rate():
    # one outlet converts an old fee at its own day's rate, another at the rate of the fee's time
    sentence = "Dembinski joined Lazio for £8.5m in January 2013."
    (fee,) = checkable_figures(sentence, "2018-01-06")
    claim = Claim(id="c1", doc_id="d", text=sentence, start=0, end=len(sentence), quantities=(fee,))
    (then,) = money_of_its_time([claim], {"d": "2018-01-06"})[0].quantities
    at_the_article_s_day, at_the_fee_s_time = to_usd(8.5e6, "GBP", "2018-01-06"), to_usd(8.5e6, "GBP", "2013-01-16")
    assert then.normalized_low <= at_the_article_s_day <= then.normalized_high
    assert then.normalized_low <= at_the_fee_s_time <= then.normalized_high
