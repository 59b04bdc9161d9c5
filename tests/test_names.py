"""Names in the parse, on hand-built parses so the rules are tested whatever the model tags."""

from spacy.lang.en import English
from spacy.tokens import Doc

from claimcheck.names import full_name, is_name, left_run, proper

VOCAB = English().vocab


def parsed(words, pos, deps, heads, spaces=None):
    return Doc(VOCAB, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads)


def test_names_a_capitalised_adjective_inside_a_name_belongs_to_it():
    doc = parsed(
        ["Corvel", "International", "shares", "fell"],
        ["PROPN", "ADJ", "NOUN", "VERB"],
        ["nmod", "amod", "nsubj", "ROOT"],
        [2, 2, 3, 3],
    )
    assert [t.text for t in left_run(doc[2])] == ["Corvel", "International"]


def test_names_a_month_or_a_unit_after_its_number_is_no_name():
    doc = parsed(
        ["The", "March", "contract", "rose", "12", "sen"],
        ["DET", "PROPN", "NOUN", "VERB", "NUM", "PROPN"],
        ["det", "nmod", "nsubj", "ROOT", "nummod", "npadvmod"],
        [2, 2, 3, 3, 5, 3],
    )
    assert not is_name(doc[1]) and not is_name(doc[5])


def test_names_a_number_and_a_slashed_part_belong_to_an_index_name():
    doc = parsed(
        ["Bovespa", "/", "IBX", "50", "rose"],
        ["PROPN", "SYM", "PROPN", "NUM", "VERB"],
        ["compound", "punct", "nsubj", "nummod", "ROOT"],
        [2, 2, 4, 2, 4],
        [False, False, True, True, False],
    )
    assert full_name(doc[2]) == "Bovespa/IBX 50"


def test_names_a_capital_after_a_lower_case_prefix_is_no_name():
    doc = parsed(
        ["the", "rise", "of", "anti", "-", "Tarskism"],
        ["DET", "NOUN", "ADP", "ADJ", "PUNCT", "NOUN"],
        ["det", "ROOT", "prep", "amod", "punct", "pobj"],
        [1, 1, 1, 5, 5, 2],
        [True, True, True, False, False, False],
    )
    assert not proper(doc[5])
