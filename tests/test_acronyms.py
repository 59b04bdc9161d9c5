"""What a story's acronyms stand for, read from the story's own articles."""

from claimcheck.acronyms import spelled_out
from claimcheck.entities import Aliases


def test_acronyms_spelled_out_with_small_words_between():
    texts = [
        "The Kenya National Commission on Human Rights said 39 people had died.",
        "KNCHR later raised its count.",
    ]
    assert spelled_out("KNCHR", texts) == "Kenya National Commission on Human Rights"


def test_acronyms_never_spelled_out_stay_unknown():
    assert spelled_out("NAO", ["The NAO put the cost at £500m."]) is None


def test_acronyms_two_spellings_as_common_are_not_guessed():
    texts = ["Global Media bought it.", "General Motors said so.", "GM agreed."]
    assert spelled_out("GM", texts) is None


def test_acronyms_a_day_is_not_a_spelling_out():
    texts = ["Given Monday's vote, nothing changed.", "General Motors lost $800 million; GM said."]
    assert spelled_out("GM", texts) == "General Motors"


def test_acronyms_join_one_story_s_names():
    aliases = Aliases()
    aliases.learn_story(
        [
            "The Scottish National Party won 9 seats, its worst result in years.",
            "The SNP took 10 seats, down from 48.",
            "The Kenya National Commission on Human Rights said 39 people died; KNCHR gave no names.",
        ]
    )
    assert aliases.same("SNP", "Scottish National Party")
    assert aliases.same("KNCHR", "Kenya National Commission")  # the name as read, short of its last words
    assert not aliases.same("SNP", "KNCHR")
