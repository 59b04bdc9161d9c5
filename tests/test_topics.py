"""Stories' topics: whose a figure may be when its sentence names no owner."""

from claimcheck.claims import read_claims
from claimcheck.entities import Aliases
from claimcheck.models import Document
from claimcheck.topics import story_topics, with_topics


def document(key, text, story="quake"):
    return Document(id=key, path=f"{key}.txt", source=key, title=None, date="2025-09-12", text=text, story=story)


ARTICLES = [
    document("a", "Velmora's death toll rose to 2,100 on Sunday. Rescuers said 300 villages were cut off."),
    document(
        "b", "The death toll in Velmora reached 2,050, officials said. The quake measured 6.8 on the Richter scale."
    ),
    document("c", "Officials in Velmora counted 2,000 dead. Ostrava's 2019 quake killed 900 people."),
    document("d", "Some 40 players signed for Ostrava United this summer.", story="football"),
]


def test_topics_a_story_is_about_the_owner_most_of_its_articles_lead_with():
    _, claims = read_claims(ARTICLES)
    story_of = {d.id: d.story for d in ARTICLES}
    topics = story_topics([c for c in claims if c.quantities], story_of, Aliases())
    assert topics == {"quake": "Velmora"}  # one article is not enough for the football story


def test_topics_give_each_figure_its_story_topic_and_leave_named_owners_alone():
    _, claims = read_claims(ARTICLES)
    story_of = {d.id: d.story for d in ARTICLES}
    filled = with_topics(claims, story_of, {"quake": "Velmora"})
    figures = {q.text: q for c in filled for q in c.quantities}
    assert (
        figures["6.8 on the Richter scale"].subject is None and figures["6.8 on the Richter scale"].topic == "Velmora"
    )
    assert figures["900"].subject == "Ostrava" and figures["900"].topic == "Velmora"  # the owner named stays
