"""Whose a figure is, read from the parse: possessor, compound name, "of"/"at" name, clause subject.

A reporting verb's subject ("the agency said") is a source, not an owner; "it" and "the
company" stand for the article's main entity; a named object carried to a figure ("steered
Barbie to a $155 million opening") owns it; a described owner ("the new ferry") is kept
apart from a named one. The small tree helpers both readers share live here too, so that
:mod:`claimcheck.grammar` (which reads the measure) imports them without a cycle.
"""

from __future__ import annotations

import re

from .measures import WORD_TO_MEASURE

#: Verbs whose subject is a source or a measurer, not the figure's owner ("a report counted 12 firms").
REPORTING = frozenset(
    "say tell report add note estimate show suggest claim believe expect announce state write reckon "
    "according argue warn predict think count find list tally calculate measure track rank survey put "
    "put identify".split()
)


#: Words that stand for an entity the article names elsewhere ("the company", "it").
ANAPHORS = frozenset(
    "it its they their company firm group business startup start-up lab bank carrier maker chipmaker "
    "developer operator insurer lender retailer platform".split()
)


_CURRENCY_CODES = frozenset("usd hkd rmb cny eur gbp jpy sgd aud cad nzd twd inr krw chf".split())


NOUNS = ("NOUN", "PROPN")


VERBS = ("VERB", "AUX")


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
    if noun is not None:
        found = _owner_of_noun(noun, inside)
        if found:
            return found
    if verb is None:
        return None
    if verb.lemma_ == "take" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        # "It took TikTok nine months to reach...": "it" holds no place; the object is whose time it was
        named = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"), None)
        return _name(named) if named is not None else None
    measured = measured_object(verb, inside)
    found = _owner_of_noun(measured, inside) if measured is not None else None
    if found and not is_anaphor(found):
        return found  # "measures China's diffusion rate at 16.3 percent"
    named = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if found and named is None:
        return found  # "valuing its shares at", with no name to say whose
    if verb.lemma_ in REPORTING:
        return None
    carried = _carried_object(noun, verb, inside)
    if carried is not None:
        return _name(carried)  # "Warner Bros. piloted Barbie to a $155 million opening": Barbie's opening
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "agent") and child not in inside:
            target = child if child.dep_ != "agent" else next(iter(child.children), None)
            if target is None:
                continue
            if target.pos_ == "PROPN" or target.lower_ in ANAPHORS:
                return _name(target)
            if name_at_start(target):
                return target.text  # "Reddit rose 5%": a name the tagger took for a noun
            found = _owner_of_noun(target, inside)
            if found:
                return found

    if set_at and measure_verb(verb):
        for child in verb.children:  # "valuing the company at HK$72.8 billion"
            if child.dep_ == "dobj" and child not in inside and (child.pos_ == "PROPN" or child.lower_ in ANAPHORS):
                return _name(child)
    above = verb
    for _ in range(3):  # "Barbie set records by bringing in $155 million": the clause's subject
        if above.dep_ not in ("xcomp", "advcl", "conj", "relcl", "pcomp", "prep") or above.head == above:
            break
        above = above.head
        if above.pos_ not in VERBS:
            continue
        if above.lemma_ in REPORTING:
            break
        for child in above.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child not in inside and child.pos_ == "PROPN":
                return _name(child)
        break
    return None


def _carried_object(noun, verb, inside):
    """The named object a verb carries to the figure: "drove Barbie to a $155 million opening"."""
    hanging = noun if noun is not None else next((t for t in inside if t.head not in inside), inside[-1])
    link = hanging.head
    if link.dep_ != "prep" or link.lower_ not in ("to", "into", "at") or link.head != verb or hanging.dep_ != "pobj":
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lower_ in ANAPHORS) and c not in inside
        ),
        None,
    )


def description(verb, inside, noun) -> str | None:
    """The clause's subject when it is described, not named: "The particle robots measure 15 cm across".

    Not a measure ("the death toll rose to 2,960" says what, not whose), a pronoun or an anaphor.
    """
    if verb is None or verb.lemma_ in REPORTING:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c not in inside), None)
    if (
        subject is None
        or subject == noun
        or subject.pos_ != "NOUN"
        or subject.lower_ in ANAPHORS
        or name_at_start(subject)
    ):
        return None  # "2,000 people are dead": the counted noun is what, not whose
    if subject.lower_ in WORD_TO_MEASURE or subject.head == noun:
        return None
    words = [t for t in subject.lefts if t.dep_ in ("det", "compound", "amod", "nmod", "poss") and t.i >= subject.i - 4]
    if any(t.lower_ in WORD_TO_MEASURE or t.like_num for t in words):
        return None
    named = [t for t in words if (t.pos_ == "PROPN" or _quoted(t)) and _usable_name(t.text)]
    if named:
        return " ".join(t.text for t in named)  # '"Velvet" film', "the Tesla plant": the name it carries
    phrase = " ".join(t.text for t in [*words, subject])
    return phrase[:1].lower() + phrase[1:]


def _quoted(token) -> bool:
    """A word between quotation marks: a title ('"Velvet" film'), whatever the tagger made of it."""
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return before in _QUOTES and after in _QUOTES


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def _owner_of_noun(noun, inside) -> str | None:
    """A noun's owner: "Nvidia's value", "Doubao chatbot", "revenue at Apple"; "its" only when nothing names it."""
    children = [c for c in noun.children if c not in inside]
    # The compound name is the more specific owner: "Alibaba Cloud's Qwen family" is Qwen's.
    for child in children:
        if (
            child.dep_ in ("compound", "nmod")
            and child.pos_ == "PROPN"
            and _usable_name(child.text)
            and not child.text.isupper()
        ):
            return _name(child)  # "Doubao chatbot", '"Barbie" film'

    for child in children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return _name(child)
    for child in children:
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "for"):
            for target in child.children:
                if target.dep_ == "pobj" and target.pos_ == "PROPN" and target not in inside:
                    return _name(target)
    for child in children:
        if child.dep_ == "poss" and child.lower_ in ANAPHORS:
            return _name(child)
    return None


def _name(token) -> str | None:
    """A name with its compound parts: "Hong Kong", "MiniMax Group"; None for codes and letters."""
    parts = [c for c in token.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
    words = [t.text for t in sorted([*parts, token], key=lambda t: t.i)]
    name = " ".join(words).strip(" '’")
    joined = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if joined and token.pos_ == "PROPN":  # "Orbit AI and Zephyr Labs raised a combined $1.2 billion": both
        return " and ".join(filter(None, [name, *(_name(c) for c in joined)]))
    if token.lower_ in ANAPHORS and token.pos_ != "PROPN":
        named = next((c for c in token.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)
        if named is not None:
            return _name(named)  # "tech company Astera Labs"
        if token.lower_ in ("it", "its", "they", "their"):
            return token.lower_
        determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
        return "the " + token.lower_ if determiners & {"the", "this", "that", "its", "their"} else None
    return name if _usable_name(name) else None


def name_of(token) -> str | None:
    """The name a token stands for, with its compound parts ("Real Madrid"); None for codes and letters."""
    return _name(token)


def is_anaphor(owner: str) -> bool:
    """ "it", "its" or "the company": an owner the article names elsewhere (not "Astera Lab")."""
    return owner in ("it", "its", "they", "their") or (owner.startswith("the ") and owner[4:] in ANAPHORS)


def _usable_name(name: str) -> bool:
    bare = name.replace("'s", "").strip()
    if len(bare) < 2 or bare.lower() in _CURRENCY_CODES or not any(ch.isalpha() for ch in bare):
        return False
    return not bare.replace("$", "").replace(".", "").isdigit()


def name_at_start(token) -> bool:
    """A capitalised first word tagged as a noun that no measure names: a name the tagger misread."""
    return (
        token.i == 0
        and token.pos_ == "NOUN"
        and token.tag_ != "NNS"  # "Winners usually take": a plural is a kind of thing
        and token.text[:1].isupper()
        and token.lower_ not in WORD_TO_MEASURE
        and token.lower_ not in ANAPHORS
        and not _COMMON_ENDING_RE.search(token.lower_)  # "Training took", "Investment rose"
        and not any(c.dep_ in ("det", "amod", "compound") for c in token.lefts)
    )


_COMMON_ENDING_RE = re.compile(r"(?:ing|ed|ly|tion|sion|ment|ness|ity|ance|ence)$")
