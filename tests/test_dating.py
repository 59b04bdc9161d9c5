"""An undated article is read at its story's date: its foreign money converted at the rate of the time."""

from claimcheck.claims import checkable_figures
from claimcheck.currency import to_usd
from claimcheck.dating import dated_claims, story_dates, undated_dates
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
