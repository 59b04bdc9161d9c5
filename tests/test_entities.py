"""Names: aliases an article declares, and the name an article is about."""

import pytest

from claimcheck.entities import Aliases, main_entity


@pytest.mark.parametrize(
    "text, a, b",
    [
        ("Velto Inc (NYSE: VLTO) shares rose.", "Velto", "VLTO"),
        ('Orbex, which trades under the ticker symbol "ORBX," ended higher.', "Orbex", "ORBX"),
        ("Nothing declared here.", "Orbex Holdings", "Orbex"),  # a company form names the same company
    ],
)
def test_entities_aliases(text, a, b):
    aliases = Aliases()
    aliases.learn(text)
    assert aliases.same(a, b)


def test_entities_different_names_stay_apart():
    aliases = Aliases()
    aliases.learn("Velto Inc (NYSE: VLTO) shares rose while Orbex fell.")
    assert not aliases.same("Velto", "Orbex")


def test_entities_main_entity_is_the_most_named():
    sentences = ["Velto prices its listing.", "Velto raised $300 million, Orbex said.", "Shares of Velto rose."]
    assert main_entity(sentences) == "Velto"
    assert main_entity(["Orbex rose once."]) is None
