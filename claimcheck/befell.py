"""What befell the people a count counts, read from the clause the count stands in.

A toll is told in many clauses: "five people were shot dead", "80 people are still unaccounted
for", "660 pilgrims were among the dead", "120 people lost their lives", "the number of people
who lost their lives rose to 48". The word that names the fate is not the count's own noun nor,
always, the verb that governs it: it is the verb's complement ("shot dead"), a state the verb
links ("are unaccounted"), what the people lost ("their lives"), or the group they are among. The
parse says which words those are; :data:`claimcheck.counted.FATES` says what each word means.
"""

from __future__ import annotations

import re

from .counted import FATES
from .measures import PEOPLE_NOUNS
from .parsing import figure_tokens
from .words import place_of, singular

#: Dependencies that attach what a verb says of its subject: "shot dead", "are unaccounted", "known to have died".
_COMPLEMENTS = frozenset({"acomp", "oprd", "xcomp", "attr"})
#: Verbs whose object "lives" says the people died: "lost their lives", "claimed the lives".
_LIVES_VERBS = frozenset({"lose", "claim", "take", "cost"})


def fate_word(sentence: str, start: int, end: int) -> str | None:
    """The word naming what befell the people the count at ``sentence[start:end]`` counts, or None.

    "dead" for "five people were shot dead", "unaccounted" for "80 people are still unaccounted for",
    "dead" for "660 pilgrims were among the dead", "died" for "120 people lost their lives".
    """
    number = figure_tokens(sentence, start, end)[1]
    if number is None:
        return None
    noun = number.head if number.dep_ in ("nummod", "quantmod") and number.head.pos_ in ("NOUN", "PROPN") else number
    return fate_of_people(noun)


def fate_of_people(noun) -> str | None:
    """The fate the clause around a noun of people gives them (see :func:`fate_word`); ``noun`` is a parsed token."""
    for word in _predicate_words(noun):
        lemma = word.lemma_.lower()
        if word.lower_ == "lives" and word.dep_ == "dobj" and word.head.lemma_.lower() in _LIVES_VERBS:
            return "died"
        if word.lower_ in FATES:
            return word.lower_
        if lemma in FATES and word.pos_ == "VERB":
            return lemma
    return None


def _predicate_words(noun):
    """The words that may say what befell ``noun``, the most telling first: complements before the verb."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "among":  # "660 pilgrims among the dead"
            yield from _among(child)
        elif child.dep_ in ("relcl", "acl") and child.pos_ in ("VERB", "AUX"):  # "people who lost their lives"
            yield from _said_of_subject(child)
    people = (
        noun.lower_ in PEOPLE_NOUNS
        or singular(noun.lower_) in PEOPLE_NOUNS
        or noun.tag_ == "NNPS"
        and place_of(singular(noun.text)) is not None  # "four Ukrainians"
    )
    if people:
        yield from (c for c in noun.children if c.dep_ == "amod")  # "injured individuals", "missing climbers"
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and verb != noun:
        yield from _said_of_subject(verb)
    elif noun.dep_ == "attr" and verb.pos_ in ("VERB", "AUX"):  # "there were 660 Egyptians among the dead"
        yield from (c for c in verb.children if c.dep_ == "acomp")
    elif people and noun.dep_ == "dobj" and verb.pos_ == "VERB":
        yield verb  # "the bombing wounded nearly 200 people"
    elif people and noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.pos_ == "NOUN":
        yield verb.head  # "the death of 39 people"
    elif people and noun.dep_ == "pobj" and verb.lower_ == "including" and verb.head.pos_ in ("VERB", "AUX"):
        yield from _said_of_subject(verb.head)  # "15 people were injured, including four Ukrainians"


def _among(preposition):
    """The group "among" names, and what it says of them: "among the dead", "among the dead tourists"."""
    for group in (c for c in preposition.children if c.dep_ == "pobj"):
        yield group
        yield from (c for c in group.children if c.dep_ == "amod")


def _said_of_subject(verb):
    """A verb's complements (and those of its complement), the group its subject is among ("were among the dead"),
    then its object, then the verb itself."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "among":
            yield from _among(child)
    for child in verb.children:
        if child.dep_ in _COMPLEMENTS:
            yield from (c for c in child.children if c.dep_ in ("acomp", "oprd"))
            yield child
    done_to = [c for c in verb.children if c.dep_ == "dobj"]
    yield from done_to  # "people who lost their lives", "40 people suffered injuries"
    if not done_to:
        yield verb  # "120 people died"; not "50 officers arrested 200 protesters": the fate is the object's


#: The word right before a figure (its hedge is the figure's own text): "killed at least 120 people".
_WORD_BEFORE_RE = re.compile(r"\b(?P<word>[a-z]+)\s+$")


def fate_verb_before(sentence: str, figure) -> str | None:
    """The fate a verb right before a count of people gives them: "bombings killed at least 120 people, the
    minister said", where the parse may hang the people from "said" and lose the verb that befell them; the
    dead for the people a toll reaches ("the death toll held at 135 people")."""
    if figure.kind != "count" or singular(figure.unit.split()[-1] if figure.unit else "") not in PEOPLE_NOUNS:
        return None
    found = _WORD_BEFORE_RE.search(sentence[: figure.start])
    word = found.group("word") if found else ""
    if word.endswith("ed") and word in FATES:
        return word
    return "dead" if _TOLL_LEVEL_BEFORE_RE.search(sentence[: figure.start]) else None


#: A toll's level written with its people: "the death toll held at 135 people", "the toll rose to 60 people".
_TOLL_LEVEL_BEFORE_RE = re.compile(
    r"\btoll\s+(?:(?:has|had|have|was|is|now|then|further|again)\s+)*[a-z]+\s+(?:at|to)\s+$", re.I
)
