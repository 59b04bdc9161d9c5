"""Names: aliases an article declares, and the name an article is about."""

import pytest

from claimcheck.entities import Aliases, main_entity, mentions


@pytest.mark.parametrize(
    "text, a, b",
    [
        ("Velto Inc (NYSE: VLTO) shares rose.", "Velto", "VLTO"),
        ('Orbex, which trades under the ticker symbol "ORBX," ended higher.', "Orbex", "ORBX"),
        ("Nothing declared here.", "Orbex Holdings", "Orbex"),  # a company form names the same company
        ("Nothing declared here.", "the Lionesses’ Cup", "the Lionesses Cup"),  # a possessive written or left off
        ("Nothing declared here.", "Farmers' Market Day", "Farmers Market Day"),
        ("Nothing declared here.", "OrbexVelto", "Orbex Velto"),  # one name written run together or apart
        ("Nothing declared here.", "Velto International", "Velto"),  # a reach the name ends on
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
    assert not aliases.same("Orbex", "Orbex Velto")  # a first word alone is no name for the whole


def test_entities_main_entity_is_the_most_named():
    sentences = ["Velto prices its listing.", "Velto raised $300 million, Orbex said.", "Shares of Velto rose."]
    assert main_entity(sentences) == "Velto"
    assert main_entity(["Orbex rose once."]) is None


def test_entities_a_last_name_the_same_article_uses_is_the_full_name():
    aliases = Aliases()
    aliases.learn("Marta Velez signed for the club on Friday. Velez will earn a record fee.")
    assert aliases.same("Velez", "Marta Velez")
    other = Aliases()
    other.learn("Marta Velez and Ana Velez both signed. Velez scored.")  # two people: the last name is not one
    assert not other.same("Velez", "Marta Velez")


def test_entities_a_last_name_one_article_of_a_story_uses_is_anothers_full_name():
    texts = ["Bayern signed Tomas Rinn on Friday.", "Rinn cost a record fee.", "Olga Marr scored twice."]
    aliases = Aliases()
    aliases.learn_story(texts)
    assert aliases.same("Rinn", "Tomas Rinn")
    twins = Aliases()
    twins.learn_story(texts + ["Ada Rinn, his sister, watched."])  # two Rinns in the story: no telling which
    assert not twins.same("Rinn", "Tomas Rinn")


def test_entities_a_dateline_is_where_a_story_was_filed_not_whose_figure():
    from claimcheck.entities import mentions

    found = {m.name: m.is_source for m in mentions("PORT ELLIS, Fla. (AP) — The storm killed 40 people in Florida.")}
    assert found["Florida"] is False and all(v for k, v in found.items() if k != "Florida")
    # a dateline in title case, with a plain hyphen
    found = {m.name: m.is_source for m in mentions("Port Ellis, Ohio - A record 9.1 million viewers watched.")}
    assert found and all(found.values())


def test_entities_a_plural_weekday_is_not_a_name():
    from claimcheck.entities import mentions

    assert [m.name for m in mentions("Reyes left Tuesdays meeting early.")] == ["Reyes"]


def test_entities_a_storm_is_its_name():
    from claimcheck.entities import Aliases

    aliases = Aliases()
    assert aliases.same("Hurricane Orla", "Orla") and aliases.same("Tropical Storm Orla", "Orla")
    assert not aliases.same("Storm Orla", "Storm Basil")


def test_entities_a_capital_inside_a_lower_case_word_is_no_name():
    from claimcheck.entities import mentions

    assert [m.name for m in mentions("The vote rejected anti-Tarsk and pro-Velan slates in Dorvik.")] == ["Dorvik"]


def test_entities_the_trade_a_company_name_ends_on_does_not_change_who_is_meant():
    aliases = Aliases()
    assert aliases.same("Mobra Oil", "Mobra") and aliases.same("Velta Platforms", "Velta")
    assert not aliases.same("Mobra Oil", "Velta")
    # a listed company's full legal name: "Kesto Group Holding Ltd" is "Kesto Group", is Kesto
    assert aliases.same("Kesto Group Holding Ltd", "Kesto Group") and aliases.same("Kesto Holding", "Kesto")
    # a casino operator, a resort chain and a phone maker by their trades
    assert aliases.same("Ravello Entertainment", "Ravello") and aliases.same("Ostra Resorts", "Ostra")
    assert aliases.same("Halcon Electronics", "Halcon")


def test_entities_every_country_and_its_adjective_point_to_one_place():
    from claimcheck.words import place_of

    assert place_of("Kenyan") == place_of("Kenya") == "Kenya"
    assert place_of("Sudanese") == "Sudan" and place_of("Türkiye") == place_of("Turkish") == "Turkey"
    assert place_of("Myanmar") == place_of("Burma") == "Myanmar"
    assert place_of("Jordan") is None  # a country's name that is as often a person's stays a name


def test_entities_a_name_written_from_a_small_letter_is_a_name():
    from claimcheck.entities import mentions

    names = [m.name for m in mentions("Velta's xAI rival and the eBay store sold 5 kWh batteries.")]
    assert "xAI" in names and "eBay" in names and "kWh" not in names


def test_entities_the_owner_of_a_company_is_not_what_its_articles_are_about():
    sentences = [
        "Elon Musk's xAI raised $6 billion.",
        "The startup xAI will build a supercomputer.",
        "Musk's startup is valued at $24 billion.",
        "Musk founded it in 2023.",
    ]
    assert main_entity(sentences) == "xAI"


def test_entities_an_ampersand_and_and_write_one_name():
    assert Aliases().same("Deadpool & Wolverine", "Deadpool and Wolverine")


def test_entities_a_name_may_end_on_a_number_word():
    from claimcheck.entities import mentions

    assert [m.name for m in mentions("It aired on BBC One and Channel Four.")] == ["BBC One", "Channel Four"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("I.N.D.I.A bloc", "INDIA bloc"),  # an acronym written with dots
        ("Opposition INDIA", "INDIA alliance"),  # the side it is on, and what a group is called after its name
        ("Labour", "Labour Party"),
    ],
)
def test_entities_one_group_by_its_several_names(a, b):
    from claimcheck.entities import Aliases

    assert Aliases().same(a, b)


def test_entities_a_body_named_for_what_it_serves_is_one_name():
    from claimcheck.entities import mentions

    assert [m.name for m in mentions("The Department for Transport spent £2.6 million.")] == [
        "Department for Transport"
    ]
    # two names a "for" stands between are two, unless the first is a body's
    assert [m.name for m in mentions("Chelsea paid Brighton for Caicedo.")] == ["Chelsea", "Brighton", "Caicedo"]


def test_entities_the_article_s_main_entity_is_a_name_even_where_the_parser_takes_it_for_an_adjective():
    from claimcheck.entities import mentions
    from claimcheck.parsing import parse

    sentence = "Meta shares fell by more than 26% on Thursday."
    parse(sentence)  # the parse tags the first word an adjective
    assert "Meta" in [m.name for m in mentions(sentence, "Meta")]


def test_entities_a_name_with_and_without_its_accents_is_one():
    aliases = Aliases()
    assert aliases.same("Vučić", "Vucic") and aliases.same("Venâncio Mondlane", "Venancio Mondlane")
    assert not aliases.same("Vučić", "Vance")


def test_entities_a_name_that_ends_one_longer_name_of_the_story_is_that_name():
    aliases = Aliases()
    aliases.learn_story(
        [
            "The Harbour Sailing Cup 2026 doubled its prize money.",
            "Crews in the Sailing Cup will share $12 million.",
            "North Ferry Company and South Ferry Company both entered boats.",
            "Ferry Company officials declined to comment.",
        ]
    )
    assert aliases.same("Sailing Cup", "Harbour Sailing Cup")
    aliases.learn_story(["The train left the tracks near Orvin Junction.", "Orvin is 65 km from the city."])
    assert aliases.same("Orvin", "Orvin Junction")  # all but the last word of one longer name
    assert not aliases.same("Ferry Company", "North Ferry Company")  # it ends two names: which one is unsaid


def test_entities_a_place_or_a_title_that_starts_on_a_common_word_keeps_it():
    def names(sentence):
        return [m.name for m in mentions(sentence)]

    assert names("Holidaymakers flew home from Croatia and New York on Monday.")[-1] == "New York"
    assert names("The New Zealand government said 12 died.") == ["New Zealand"]
    assert names("New figures show that 12 died.") == []  # a sentence's first word, not a name
    assert names("The Women's World Cup final drew 12 million viewers.") == ["Women's World Cup"]
    assert names("Analysis: Velto shares fell 26%.") == ["Velto"]


def test_entities_a_long_name_one_letter_from_another_of_its_story_is_that_name_misspelt():
    aliases = Aliases()
    aliases.learn_story(
        [
            "Marrowfield collapsed with debts of £1.5bn.",
            "Marrowfeld employed 43,000 people.",  # one outlet's slip
            "The Kessandra river burst its banks.",
            "Rescuers searched the Kesandra river.",  # a transliteration
            "Judge Pallister and Judge Pallisker both ruled.",  # one article names two people
            "The Oran and Orin teams met.",
        ]
    )
    assert aliases.same("Marrowfield", "Marrowfeld") and aliases.same("Kessandra", "Kesandra")
    assert not aliases.same("Pallister", "Pallisker")
    assert not aliases.same("Oran", "Orin")  # short names a letter apart are as often two names
