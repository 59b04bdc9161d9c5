"""Owners a sentence describes but does not name: "the particle robots", "the small country".

The figure's clause subject, the antecedent of its relative clause, what an attribute is of
("the mass of the sun"), or the thing a figure with a unit describes ("a 5 W charger"). Such an
owner is written in lower case: the comparison takes it for unknown, never for a named entity.
"""

from __future__ import annotations

from .currency import CURRENCY_WORDS
from .measures import WORD_TO_MEASURE
from .names import (
    ANAPHORS,
    REPORTING,
    VERBS,
    appositive,
    full_name,
    is_name,
    joined,
    name_at_start,
    owned_company,
    placed_company,
    proper,
)
from .numbers import FRACTION_WORDS
from .unit_table import read_unit
from .words import singular


def description(verb, inside, noun) -> str | None:
    """The owner a clause describes but does not name: "The particle robots measure 15 cm across".

    The clause's subject ("the new ferry carried 1,200 passengers"), the antecedent of a
    relative clause ("the condos, which range from $800,000"), the thing an attribute is of
    ("the mass of the sun is"), or the thing a figure with a unit describes ("a 5 W charger").
    Not a measure ("the death toll rose to 2,960" says what, not whose), a pronoun or an anaphor.
    """
    modified = _modified(noun, inside)
    if modified:
        return modified  # "crashed in the 50mph winds": the winds' speed, whatever crashed
    subject = _clause_subject(verb, inside)
    if subject is not None and subject != noun and subject.head != noun:
        if subject.lower_ in _RELATIVES:
            # "the condos, which range from": the condos (only in the figure's own clause)
            subject = subject.head.head if subject.head == verb and verb.dep_ == "relcl" else None
        if subject is not None and attribute(subject):
            subject = _attribute_of(subject, inside)  # "the mass of the sun is": the sun
        return _phrase(subject) if subject is not None else None
    return None


_RELATIVES = frozenset({"which", "that", "who"})

#: Nouns that name a quantity or an attribute, not a thing: "the speed of the cars", "the average".
_ATTRIBUTES = frozenset(
    """mass weight speed velocity size length height width depth distance area volume temperature charge voltage
    power energy pressure angle range capacity average mean median figure number total amount level rate share
    proportion percentage remainder rest majority minority half portion part value price cost sum score tally toll
    count balance output point growth increase decrease rise fall drop gain loss change pace goal target aim
    result outcome estimate forecast""".split()
)


def attribute(token) -> bool:
    """A noun that names a quantity, a change or a share ("speed", "growth", "a third"), not an owner."""
    lowered = token.lower_
    return (
        lowered in WORD_TO_MEASURE
        or lowered in _ATTRIBUTES
        or singular(lowered) in _ATTRIBUTES
        or lowered in FRACTION_WORDS
    )


def _clause_subject(verb, inside):
    """The subject of the figure's clause, or of the clause it completes ("was forecast to become")."""
    for _ in range(3):
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c not in inside), None)
        if verb.lemma_ in REPORTING and (subject is None or subject.dep_ != "nsubjpass") and not _sized(verb, inside):
            return None  # "the agency said": a source; but "the storm was expected to become": the storm
        if subject is not None:
            return subject
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            return verb.head  # "with dairy prices expected to rise 4%": the noun the participle describes
        # "The deficit hit a record, having increased by $43.6 billion": a participle shares its clause's subject
        shares = verb.dep_ in ("xcomp", "conj") or (verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN"))
        if not shares or verb.head == verb or verb.head.pos_ not in VERBS:
            return None
        if verb.dep_ == "xcomp":
            # "prompted their usage to rise": the object does what the completing verb says
            controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c not in inside), None)
            if controller is not None:
                return controller
        verb = verb.head
    return None


def _sized(verb, inside) -> bool:
    """ "The skeleton measures 3.3 meters": a thing's size, not a count someone measured ("measured 18 million")."""
    return verb.lemma_ == "measure" and any(
        (unit := read_unit(" " + t.text)) is not None and unit.kind not in ("money", "count", "duration")
        for t in inside
    )


def _attribute_of(noun, inside):
    """What an attribute noun is of: "the mass of the sun", "the charge stored in the capacitor"."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")]
    # "the charge stored in the capacitor": the place a participle puts the attribute
    preps += [p for c in noun.children if c.dep_ == "acl" for p in c.children if p.dep_ == "prep" and p.lower_ == "in"]
    for child in preps:
        target = next((c for c in child.children if c.dep_ == "pobj" and c not in inside), None)
        if target is not None and target.pos_ == "NOUN" and not attribute(target):
            return target
    # "Fresh fruit prices rose 5%": the noun the attribute is compounded with
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    plural = noun.tag_ == "NNS"  # "fruit prices" are the fruit's; "launch angle" is a kind of angle
    if plural and before is not None and before.head == noun and before.dep_ == "compound" and before.pos_ == "NOUN":
        return None if attribute(before) or before in inside else before
    return None


def _modified(noun, inside) -> str | None:
    """The thing a figure with a unit describes: "a 5-10W laser", "an $800 pizza oven" (not a count's noun)."""
    if noun is None or attribute(noun) or noun.pos_ != "NOUN":
        return None
    head = next((t for t in inside if t.head not in inside), None)
    if head is None:
        return None
    modifies = head.head == noun and head.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod")
    # "8 miles of new tunnels": a length is the tunnels' (a sum "of" something is a measure of it, not its owner)
    measured_of = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head == head and not _money(inside)
    if not (modifies or measured_of):
        return None
    if not any(_unit(t) for t in inside) or any(t.lower_ in ("%", "percent", "cent") for t in inside):
        return None  # "1,100 homes", "a 51 per cent stake": the noun is what is counted or measured
    found = _phrase(noun, inside)
    # A bare noun ("the 7 magnitude earthquake") says too little: two articles' quakes are not one quake.
    return found if found and len(found.split()) > 1 and found.split()[0] not in ("a", "an", "the") else None


def _money(inside) -> bool:
    return any(t.tag_ == "$" or t.lower_ in CURRENCY_WORDS for t in inside)


def _unit(token) -> bool:
    """A unit or currency in a figure's words: "W", "km/h", "$", "5kW" (letters glued to digits)."""
    text = token.text
    if token.tag_ == "$" or (token.pos_ in ("NOUN", "PROPN", "SYM") and not token.like_num):
        return True
    return any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text)


def _phrase(subject, inside=()) -> str | None:
    """A described owner as written: "the Chinese e-commerce giant"; a name it carries ("the Tesla plant")."""
    if subject.pos_ != "NOUN" or name_at_start(subject) or subject.lower_ in WORD_TO_MEASURE:
        return None
    if subject.lower_ in ANAPHORS and (owned_company(subject) or placed_company(subject)):
        return None  # "Musk's AI startup", "the US chipmaker": a company left unnamed, which the story may name
    named = appositive(subject)
    if named is not None:
        return full_name(named)  # "Meta's platform, Threads,": the name the phrase gives
    if proper(subject) and is_name(subject):
        return full_name(subject)  # "revealed that Threads attracted": a name tagged as a noun
    doc, start = subject.doc, subject.i
    for child in reversed(list(subject.lefts)):
        if child.is_punct:
            continue
        between = doc[child.right_edge.i + 1 : start]
        if any(not t.is_punct for t in between) and child.dep_ != "det":
            break  # only the run of modifiers right before the noun (quotes and hyphens aside)
        if child.dep_ not in ("det", "compound", "amod", "nmod", "poss", "nummod") or child in inside:
            break
        if any(t.like_num or t.lower_ in WORD_TO_MEASURE or t in inside for t in child.subtree):
            return None  # "2,000 people", "revenue growth": a count or a measure, not an owner
        start = child.left_edge.i
    words = [t for t in doc[start : subject.i] if not (t.is_punct and t.text in _QUOTES)]
    if subject.lower_ in ANAPHORS and all(t.dep_ in ("det", "poss") for t in words):
        return None  # "the company": the article's main entity, not a description
    named = [t for t in words if (proper(t) or _quoted(t)) and is_name(t)]
    if named:
        return " ".join(t.text for t in named)  # '"Velvet" film', "the Tesla plant": the name it carries
    first = words[0] if words else subject
    if first.i == 0 and first.pos_ in ("NOUN", "PROPN", "ADJ") and first.text[:1].isupper():
        if not (first is subject and first.tag_ == "NNS" and first.pos_ == "NOUN"):
            return None  # "Posts can be up to 500 characters": a capital at the start may be a name
        # "Homes from $750,000 stay 70 days": a plural common noun opening the sentence is no name, but whose
    phrase = joined([*words, subject])
    return phrase[:1].lower() + phrase[1:]


def _quoted(token) -> bool:
    """A word between quotation marks: a title ('"Velvet" film'), whatever the tagger made of it."""
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return before in _QUOTES and after in _QUOTES


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
