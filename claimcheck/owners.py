"""Whose a figure is, read from the parse: possessor, compound name, "of"/"at" name, clause subject.

A reporting verb's subject ("the agency said") is a source, not an owner; "it" and "the
company" stand for the article's main entity; a named object carried to a figure ("steered
Barbie to a $155 million opening") owns it. Which words are names lives in
:mod:`claimcheck.names`; owners the sentence only describes ("the new ferry") in
:mod:`claimcheck.described`. The helpers :mod:`claimcheck.grammar` shares are re-exported here.
"""

from __future__ import annotations

import re

from .described import attribute, description
from .measures import DEAL_NOUNS, JOB_NOUNS, PEOPLE_NOUNS, WORD_TO_MEASURE
from .names import (
    ANAPHORS,
    NOUNS,
    PRONOUNS,
    REPORTING,
    VERBS,
    appositive,
    full_name,
    is_anaphor,
    is_holiday,
    is_name,
    joined,
    left_run,
    name_at_start,
    owned_company,
    placed_company,
    proper,
    usable_name,
)
from .objects import carried_object, given_with, laid_on, moved_object, sum_for_name
from .words import singular

__all__ = [
    "ANAPHORS",
    "attribute",
    "NOUNS",
    "REPORTING",
    "VERBS",
    "description",
    "is_anaphor",
    "measure_verb",
    "measured_object",
    "name_at_start",
    "places",
    "read_owner",
    "speakers",
]


def measured_object(verb, inside):
    """The object a verb sets a figure for: "measures China's rate at 16.3%", "valuing the company at"."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and child not in inside:
            return child
    return None


def measure_verb(verb) -> str | None:
    """The form of a verb the measure table knows ("valuing" as "valued", "uses" as "use"), or None."""
    lemma = verb.lemma_.lower()
    return next((form for form in (verb.lower_, lemma, lemma + "d", lemma + "ed") if form in WORD_TO_MEASURE), None)


def read_owner(noun, verb, inside, set_at: bool = False) -> str | None:
    """The name whose figure it is: possessor, compound name, "of"/"at" name, or the clause's subject.

    ``set_at``: the figure hangs from the verb by a preposition ("valuing the company at"),
    so the verb's object is what the figure is set for.
    """
    sum_for = sum_for_name(inside)
    if sum_for is not None:
        return sum_for  # "Friday's closing price of $8.4 billion for Ostra": Ostra's
    if noun is not None:
        found = _owner_of_noun(noun, inside)
        if found and not (verb is not None and found in PRONOUNS and _named_subject(verb, inside)):
            return found
        if found:
            return _named_subject(verb, inside)  # "Nvidia raised its forecast": "its" is Nvidia's
    if noun is None:
        # "included 20 miles for the Corvo's range": what the figure's own noun is for
        head = next((t for t in inside if t.head not in inside), inside[-1])
        found = _owner_of_noun(head, inside) if head.pos_ == "NOUN" else None
        if found and found not in PRONOUNS:
            return found
    if verb is None:
        return None
    if verb.lemma_ == "take" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        # "It took TikTok nine months to reach...": "it" holds no place; the object is whose time it was
        named = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"), None)
        return full_name(named) if named is not None else None
    given = given_with(noun, verb, inside) or laid_on(noun, verb, inside)
    if given is not None:
        return given  # "the judge hit Orbex with a $4 million fine", "fined Orbex $4 million": Orbex's fine
    measured = measured_object(verb, inside)
    found = _owner_of_noun(measured, inside) if measured is not None else None
    if found and not is_anaphor(found):
        return found  # "measures China's diffusion rate at 16.3 percent"
    named = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if found and named is None:
        # "valuing its shares at", with no name to say whose; "Orbex shares sank after cutting its forecast to":
        # the clause's named subject
        return (_named_subject(verb, inside) if found in PRONOUNS else None) or found
    if verb.lemma_ in REPORTING:
        return None
    moved = moved_object(verb, inside)
    if moved is not None and moved.pos_ == "PROPN" and is_name(moved):
        return full_name(moved)  # "Strong demand lifted Orbex 5% higher": Orbex moved
    carried = carried_object(noun, verb, inside)
    if carried is not None:
        return full_name(carried)  # "Warner Bros. piloted Barbie to a $155 million opening": Barbie's opening
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "agent") and child not in inside:
            if child.dep_ == "agent" and verb.lemma_ in _MEASURED_BY:
                continue  # "recorded at magnitude 7.0 by the survey": who measured it, not whose
            target = child if child.dep_ != "agent" else next(iter(child.children), None)
            if target is None:
                continue
            if target.lower_ in PRONOUNS and (named := _antecedent_name(verb, inside)):
                return named  # "Orbex said it will cut 3,000 jobs": Orbex's
            if target.pos_ == "NOUN" and target.lower_ in ANAPHORS:
                if owned_company(target):
                    return _owner_of_noun(target, inside)  # "Elon Musk's xAI startup": xAI; "Musk's startup": unnamed
                if placed_company(target):
                    return f"the {target.lower_}"  # "the US chipmaker": the article's company, not the US
            if (target.pos_ == "PROPN" and is_name(target)) or target.lower_ in ANAPHORS:
                return full_name(target)
            if proper(target) and is_name(target) and any(c.dep_ == "poss" for c in target.children):
                return full_name(target)  # "Taylor Swift's Reputation sold": the album's, a name tagged as a noun
            antecedent = verb.head
            if target.lower_ in ("who", "which", "that") and antecedent.pos_ == "PROPN" and is_name(antecedent):
                return full_name(antecedent)  # "Lampard, who won four finals": Lampard's
            if name_at_start(target):
                return target.text  # "Reddit rose 5%": a name the tagger took for a noun
            found = _owner_of_noun(target, inside)
            if found:
                return found

    if set_at and measure_verb(verb):
        for child in verb.children:  # "valuing the company at HK$72.8 billion"
            if child.dep_ == "dobj" and child not in inside and (child.pos_ == "PROPN" or child.lower_ in ANAPHORS):
                return full_name(child)
    above = verb
    for _ in range(3):  # "Barbie set records by bringing in $155 million": the clause's subject
        if above.dep_ not in ("xcomp", "advcl", "conj", "relcl", "pcomp", "prep") or above.head == above:
            break
        controlled, above = above.dep_ == "xcomp", above.head
        if above.pos_ not in VERBS:
            continue
        if above.lemma_ in REPORTING:
            break
        told = next((c for c in above.children if c.dep_ == "dobj" and c not in inside), None)
        if controlled and told is not None and told.lemma_.lower() not in WORD_TO_MEASURE:
            # "the judge ordered Trump's sons to pay $4 million", "forced Orbex to pay": who is told to act
            if told.pos_ == "PROPN" and is_name(told):
                return full_name(told)
            named = appositive(told)
            if named is not None:
                return full_name(named)  # "ordered Trump's sons, Don Jr. and Eric, to pay": theirs, not Trump's
            return None if told.lower_ in ANAPHORS else told.doc[told.left_edge.i : told.i + 1].text
        for child in above.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child not in inside:
                if (child.pos_ == "PROPN" and is_name(child)) or appositive(child) is not None:
                    return full_name(appositive(child) or child)
                if child.pos_ == "NOUN" and child.lower_ in ANAPHORS and not owned_company(child):
                    return "the company"  # "the company surpassed Ford, reaching a value of": the article's
        break
    return None


def _named_subject(verb, inside) -> str | None:
    """The name of the clause's subject: what "its" stands for ("Orbex shares fell after it cut its forecast")."""
    subject = None
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c not in inside), None)
        if subject is not None or verb.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "prep") or verb.head == verb:
            break
        verb = verb.head  # "plummeted after downgrading its guidance": the subject of "plummeted"
    if subject is None:
        return None
    if subject.pos_ == "PROPN" and is_name(subject):
        return full_name(subject)
    found = _owner_of_noun(subject, inside) if subject.pos_ == "NOUN" else None
    return found if found and found not in PRONOUNS else None  # "Orbex shares": Orbex


def _antecedent_name(verb, inside) -> str | None:
    """The named subject of the clause above one whose subject is "it": "Orbex said it will cut 3,000 jobs"."""
    for _ in range(4):
        # Only a clause the verb reports or completes: in "X launched Y and it has millions of users", "it" is Y.
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head == verb:
            return None
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c not in inside), None)
        if subject is not None:
            if subject.pos_ == "PROPN" and is_name(subject):
                return full_name(subject)
            found = _owner_of_noun(subject, inside) if subject.pos_ == "NOUN" else None
            return found if found and found not in PRONOUNS else None
    return None


#: Prepositions of place and direction: a name after them says where ("under Park Avenue"), not whose.
_WHERE = frozenset(
    "in at on under over near across through along beneath beside inside outside around into onto".split()
)


def places(doc) -> list[tuple[int, int]]:
    """Character spans of names the parse puts after a preposition of place: "winding under Park Avenue"."""
    spans = []
    for token in doc:
        where = token.head
        # Not a fronted setting: "In Royal Oak, samples came back at 4 ppb" is Royal Oak's.
        if token.dep_ == "pobj" and where.lower_ in _WHERE and where.head.pos_ in VERBS and where.i > where.head.i:
            # "bringing in $155 million at the U.S. box office": the object and the names before it
            words = [t for t in token.subtree if t.i <= token.i]
            spans.append((words[0].idx, token.idx + len(token.text)))
    return spans


#: Verbs of saying: their subject speaks about the figure; "expects", "estimates", "added" often own it.
_SPEECH = frozenset("say tell note write state argue warn explain comment".split())
#: Verbs that say a clause when they take one ("claimed the fee was"), and act otherwise ("claimed 40%").
_CLAIMS = frozenset("claim insist confirm reveal admit suggest stress maintain estimate report".split())
#: Passive verbs whose agent ("by X") measured or told the figure: "recorded at magnitude 7.0 by the survey".
_MEASURED_BY = frozenset("record measure estimate report register count calculate rate log put assess".split())
#: What one who "puts" a count at a figure gives: "the minister put the number at 150", "put the toll at 66".
_PUT_AT = frozenset("number figure toll total tally count estimate".split())


def speakers(doc) -> list[tuple[int, int]]:
    """Character spans of who says or measures a figure: "said Ben Kaiser, the developer", "according to X"."""
    spans = []
    for token in doc:
        said = token.dep_ in ("nsubj", "agent") and token.head.lemma_ in _SPEECH and token.head.pos_ in VERBS
        # "Hainer claimed the fee to be less than €100m": one who claims a clause says it ("claimed 40% of the
        # market" takes the share)
        said = said or (
            token.dep_ == "nsubj"
            and token.head.lemma_ in _CLAIMS
            and any(c.dep_ in ("ccomp", "xcomp") for c in token.head.children)
        )
        said = said or (token.dep_ == "nsubj" and token.head.lemma_ == "put" and _puts_at(token.head))
        said = said or (token.dep_ == "nsubj" and _tells_a_count(token.head))
        # "recorded at magnitude 7.0 by the survey", "estimated by the ministry at 150": who measured, not whose
        said = said or (token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.lemma_ in _MEASURED_BY)
        cited = token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.i > 0
        if cited and token.head.nbor(-1).lower_ != "according":
            cited = False
        if said or cited:
            # "Morocco's Interior Ministry said": the speaker, not the place it belongs to
            words = [t for t in token.subtree if not (t.dep_ == "poss" or t.head.dep_ == "poss")]
            words = words or [token]
            spans.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return spans


def hearers(doc) -> list[tuple[int, int]]:
    """Character spans of who is told a figure: "told Reuters that 2,053 were dead", "told reporters"."""
    return [
        (token.left_edge.idx, token.idx + len(token.text))  # the whole name: "told Geo News"
        for token in doc
        if token.dep_ in ("dobj", "dative") and token.head.lemma_ == "tell" and token.head.pos_ in VERBS
    ]


def _tells_a_count(verb) -> bool:
    """ "The union announced 3.5 million protesters", "the ministry lists 1.28 million demonstrators", "officials
    recorded 39 deaths": a verb that tells a count of people or of what befell them; its subject gives the count,
    it does not own it (a company that "announced 15,000 job cuts" owns its jobs: those are not counted here)."""
    if verb.lemma_.lower() not in _TELLS or verb.pos_ not in VERBS:
        return False
    return any(
        c.dep_ == "dobj"
        and singular(c.lower_) in _TOLD_COUNTS
        and any(d.dep_ == "nummod" or d.like_num for d in c.children)
        for c in verb.children
    )


#: Verbs that tell a count someone else is the subject of.
_TELLS = frozenset("announce report list count estimate record confirm register tally log".split())
#: What such a count counts: people, or what befell them.
_TOLD_COUNTS = (PEOPLE_NOUNS - JOB_NOUNS - {"user", "subscriber", "customer", "client", "member"}) | frozenset(
    "death fatality casualty injury case infection arrest".split()
)


def _puts_at(verb) -> bool:
    """ "put the number at 150": the verb gives a count's figure, so its subject is who gives it."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PUT_AT for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "at" for c in verb.children
    )


#: Nouns of a change: "in" after them says what changed ("a 5% rise in Orbex's revenue").
_CHANGES = frozenset("rise fall drop increase decrease gain loss growth decline jump slump surge plunge cut".split())


_CAPITALISED_RE = re.compile(r"^[A-Z][a-z]|[a-z][A-Z]")  # "Orbex", "xAI", "eBay"


def _owner_of_noun(noun, inside, depth: int = 0) -> str | None:
    """A noun's owner: "Nvidia's value", "Doubao chatbot", "revenue at Apple"; "its" only when nothing names it."""
    children = [c for c in noun.children if c not in inside]
    changes = noun.lemma_.lower() in _CHANGES
    # The compound name is the more specific owner: "Alibaba Cloud's Qwen family" is Qwen's.
    run = left_run(noun, inside)
    if any(t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod") for t in run):
        if noun.pos_ == "PROPN" and is_name(noun):
            return full_name(noun)  # "pushed Kestrel Mining 4.2 percent lower": the name is whole
        if re.fullmatch(r"[A-Za-z]{1,3}-?\d+[A-Za-z]?", noun.text):
            return joined([*run, noun]).strip(" '’-")  # "Orbex V3 took": a model's number is part of its name
        name = joined(run).strip(" '’-")
        if usable_name(name) and not (len(run) == 1 and name.isupper()) and not is_holiday(name):
            return name  # "Doubao chatbot", '"Barbie" film', "West Texas Intermediate benchmark"

    if noun.lower_ in ANAPHORS and noun.lower_ not in PRONOUNS and owned_company(noun):
        # "Elon Musk's xAI startup": the startup's own name; "Musk's AI startup": a company its owner's name
        # does not name, whose figures are the company's, not the owner's
        named = [t for t in noun.lefts if t.dep_ in ("compound", "nmod") and _CAPITALISED_RE.search(t.text)]
        return joined(named).strip(" '’-") if named and not (len(named) == 1 and named[0].text.isupper()) else None
    if noun.lower_ in DEAL_NOUNS:
        # "Orbex's £105m signing of Velto", "Orbex's takeover of Velto": the price is of what changed hands;
        # "its $75 billion merger with Velto": the deal is told by the other party
        for child in children:
            if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "with" and noun.lower_ == "merger"):
                target = next((t for t in child.children if t.dep_ == "pobj" and t not in inside), None)
                if target is not None and proper(target) and is_name(target):
                    return full_name(target)
    for child in children:
        # "Sandu's main rival, Alexandr Stoianoglo, had 26.32%": the name set beside a common noun is who it is,
        # not the one it is related to
        if child.dep_ == "appos" and child.pos_ == "PROPN" and noun.pos_ == "NOUN" and is_name(child):
            return full_name(child)
    for child in children:
        if child.dep_ == "poss" and child.pos_ == "PROPN" and is_name(child):
            return full_name(child)
    held = noun.lemma_.lower() in ("share", "stake")  # "2.3 shares in Orbex", "a 5% stake in Orbex"
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if held and following is not None and following.lower_ == "in" and following.dep_ == "prep":
        # "will receive 2.3 shares in Orbex for each": the parser may hang "in Orbex" on the verb
        target = next((t for t in following.children if t.dep_ == "pobj"), None)
        if target is not None and proper(target) and is_name(target):
            return full_name(target)
    for child in children:
        # "a 32% drop in Orbex's share price": what a change is in is whose it is
        if child.dep_ == "prep" and (child.lower_ in ("of", "at", "for") or child.lower_ == "in" and (changes or held)):
            for target in child.children:
                if target.dep_ != "pobj" or target in inside:
                    continue
                if proper(target) and is_name(target) and (child.lower_ != "in" or held):
                    return full_name(target)
                if target.pos_ in NOUNS and depth < 2:
                    # "15 miles for the Volt's range", "a 19% drop for the Orbex Europe index"
                    found = _owner_of_noun(target, inside, depth + 1)
                    if found and found not in PRONOUNS:
                        return found
    named = appositive(noun)
    if named is not None and named not in inside:
        return full_name(named)  # "British chipmaker Arm Holdings"
    for child in children:
        if child.dep_ == "poss" and child.lower_ in ANAPHORS:
            return full_name(child)
    return None
