"""Whose a title-case headline's figure is: a name its story's running text gives figures to."""

import pytest

from claimcheck.claims import read_claims
from claimcheck.entities import Aliases
from claimcheck.headline_owners import is_title_case, with_headline_owners
from claimcheck.models import Document


def document(key, text, story="drop"):
    return Document(id=key, path=f"{key}.txt", source=key, title=None, date="2024-09-04", text=text, story=story)


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Orbex Drops 9.6% in Largest Single-Day Valuation Loss", True),
        ("Velto Ordered to Pay $355 Million in Fraud Case", True),
        ("Orbex shares dropped 9.6% on Tuesday.", False),
        ("Orbex shares dropped 9.6% on Tuesday, wiping out $279 billion", False),  # a sentence cut short
    ],
)
def test_a_headline_in_title_case_is_told_from_a_sentence(line, headline):
    assert is_title_case(line) is headline


def owners_of(articles):
    _, claims = read_claims(articles)
    story_of = {d.id: d.story for d in articles}
    claims = with_headline_owners(claims, story_of, Aliases())
    return {f.text: f.topic or f.subject for c in claims for f in c.quantities}


def test_a_headline_figure_goes_to_the_first_name_the_story_gives_figures_to():
    articles = [
        document(
            "a", "Orbex Shares Tank Over 9%, Suffer Record $279 Billion Market Value Loss\nOrbex lost $279 billion."
        ),
        document("b", "Orbex said it would buy back $5 billion of stock."),
    ]
    _, claims = read_claims(articles)
    read = {f.text: f.subject for c in claims for f in c.quantities}
    assert read["$279 Billion"] != "Orbex"  # the capitals alone give it to "Suffer Record"
    assert owners_of(articles)["$279 Billion"] == "Orbex"
    (headline, *_), _ = with_headline_owners(claims, {"a": "drop", "b": "drop"}, Aliases()), None
    figure = next(f for f in headline.quantities if f.text == "$279 Billion")
    assert (figure.subject, figure.topic) == (None, "Orbex")  # a guess from the story: a topic, never a named owner


def test_a_headline_naming_none_of_the_storys_owners_keeps_what_was_read_and_sentences_are_left_alone():
    articles = [
        document("a", "Record Haul Tops $90 Million\nThe festival raised $88 million for charity."),
        document("b", "Velto raised $91 million at its gala, the organisers said.", story="gala"),
    ]
    _, claims = read_claims(articles)
    before = {f.text: f.subject for c in claims for f in c.quantities}
    after = owners_of(articles)
    assert after == before  # the festival's story gives no named owner a figure; the gala is another story


def test_a_table_line_in_title_case_inside_an_article_is_no_headline():
    text = "Orbex Posts Record Quarter\nOrbex earned $2 billion in the quarter.\nBest Month: $900 Million (Prior Orbex Record)"
    articles = [document("a", text), document("b", "Orbex said it would buy back $5 billion of stock.")]
    _, claims = read_claims(articles)
    before = {f.text: f.subject for c in claims for f in c.quantities}
    assert owners_of(articles)["$900 Million"] == before["$900 Million"]


def test_a_headline_owner_its_article_never_writes_again_is_dropped():
    articles = [
        document(
            "a",
            "A Bus Plunged Into A Ravine After Brakes Failed And At Least 24 Are Dead\n"
            "A bus fell into a ravine in Norland on Monday, killing at least 24 people.",
        ),
        document("b", "Orbex said 30 passengers were aboard the bus."),
    ]
    _, claims = read_claims(articles)
    story_of = {d.id: d.story for d in articles}
    headline = with_headline_owners(claims, story_of, Aliases())[0]
    read = next(c for c in claims if c.start == 0 and c.doc_id == "a").quantities[0].subject
    assert read and read not in articles[0].text.split("\n", 1)[1]  # a capitals-made owner the running text lacks
    assert headline.quantities[0].subject is None
