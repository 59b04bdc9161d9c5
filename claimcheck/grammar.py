"""What a figure measures and whose it is, read from the sentence's dependency parse.

Word windows guess: "priced at HK$165 a share, valuing it at HK$72.8 billion" puts
"share" and "valuing" near both figures. The parse does not: HK$165 hangs from
"priced" (a price) and HK$72.8 billion from "valuing" (a valuation), and "$593 billion
of Nvidia's market value" says both the measure (the "of" noun) and its owner (the
possessor). The rules below follow the figure up the tree to the noun it counts or the
verb that governs it, then look at that word's possessor, compound name, "of"/"at"
name or grammatical subject for the owner. Reporting verbs ("said") are not followed:
their subject is a source, not an owner.

What the governing noun or verb makes the measure is :mod:`claimcheck.measure_grammar`; the parse
itself, and its cache, are :mod:`claimcheck.parsing`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .currency import CURRENCY_SIGNS, CURRENCY_WORDS
from .measure_grammar import (
    LAUNCH_VERBS,
    LIGHT_VERBS,
    TRADING_VERBS,
    level_noun,
    measure_of,
    noun_phrase,
    of_object,
)
from .measures import PRAISE_WORDS, WORD_TO_MEASURE
from .names import full_name as name_of
from .owners import (
    NOUNS,
    REPORTING,
    VERBS,
    description,
    is_anaphor,
    measure_verb,
    read_owner,
)
from .parsing import parse
from .qualifiers import FALL_VERBS, RISE_VERBS


@dataclass(frozen=True, slots=True)
class FigureGrammar:
    """What the parse says about one figure; None where it says nothing."""

    measure: str | None  #: The noun phrase or verb that says what is measured ("market value", "priced").
    subject: str | None  #: The owner's name as written ("Nvidia"), or an anaphor ("the company").
    anaphor: bool = False  #: The owner is "it" / "the company": the article's main entity.
    verb: str | None = None  #: The governing verb as written ("killed"), where one governs.
    passive: bool = False  #: The figure or its noun is the verb's passive subject ("1,832 were injured").
    object: bool = False  #: The figure's noun is what a content verb acts on ("destroyed 3,400 homes").
    described: str | None = None  #: An owner the clause describes but does not name ("the particle robots").
    party: str | None = None  #: Who a price was paid by or to ("Lazio"): two buyers of one player, two deals.
    verb_object: bool = False  #: The measure is the verb whose object the figure is ("forfeit $2.5bn").
    level: bool = False  #: The measure is the noun whose level a count of people states ("the toll is 148 people").
    planned: bool = False  #: The figure's verb is an infinitive no verb governs ("Orbex to cut 4,000 jobs").


_NOTHING = FigureGrammar(None, None)


def figure_grammar(sentence: str, start: int, end: int) -> FigureGrammar:
    """Measure and owner of the figure at ``sentence[start:end]``, as the parse gives them."""
    doc = parse(sentence)
    inside = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not inside:
        return _NOTHING
    head = next((t for t in inside if t.head not in inside or t.head == t), inside[-1])
    noun, verb = _governor(head, inside)
    measure = None
    if head.dep_ in ("nsubj", "nsubjpass") and verb is not None and (form := measure_verb(verb)):
        # "26.7% of the public uses AI": a share of people doing something; the verb says what.
        noun, measure = None, ("adoption" if WORD_TO_MEASURE[form] in ("usage", "adoption") else form)
    level = level_noun(noun, verb, inside) if measure is None else None
    measure = measure or (noun_phrase(level) if level is not None else measure_of(noun, verb, inside))
    verb_object = measure is None and noun is None and _is_sum(inside) and _acted_on_sum(head, verb)
    if verb_object:
        measure = verb.lemma_.lower()  # "to forfeit $2.5 billion and pay a $1.8 billion fine": each verb its own
    owner = read_owner(noun, verb, inside, set_at=head.dep_ == "pobj")
    bought, party = _bought(head, inside)
    if bought is not None:
        measure, owner = "price", name_of(bought)
    passive = "nsubjpass" in (head.dep_, noun.dep_ if noun is not None else "") or _elided_passive(head, verb)
    told = _predicated(verb) if passive else None
    verb_text = (told or verb).lower_ if verb is not None else None
    target = noun if noun is not None else (head if head.like_num else None)  # "injured 72": the count itself
    acted_on = (
        target is not None
        and target.dep_ == "dobj"
        and verb is not None
        and target.head == verb
        and verb.lemma_ not in LIGHT_VERBS
        and verb.lemma_ not in REPORTING
        and verb.dep_ in ("ROOT", "conj", "ccomp")  # the clause's own verb, not "an operation involving"
        and verb.tag_ != "VBG"
    )
    anaphor = owner is not None and is_anaphor(owner)
    paid = _paid(head, verb) if bought is None else None
    if paid is not None:  # "Al Fayha will pay him £3m a week": his pay, which the club gives
        party = _named_subject(verb)
        owner, anaphor = (name_of(paid), False) if paid.pos_ == "PROPN" else ("it", True)
    described = description(verb, inside, noun) if owner is None or anaphor else None
    party_name = name_of(party) if party is not None else None
    return FigureGrammar(
        measure,
        owner,
        anaphor,
        verb_text,
        passive,
        acted_on,
        described,
        party_name,
        verb_object,
        level is not None,
        _ungoverned_infinitive(_verb_above(head)),
    )


def _ungoverned_infinitive(verb) -> bool:
    """ "Orbex to cut 4,000 jobs", "new tunnel to cost £120 million": a headline's plan, an infinitive that
    is the sentence's own verb or hangs from a noun. "agreed to cut", "plans to cut" and "paid $5 million to settle"
    have a verb above theirs that says what was done (or planned)."""
    if verb is None or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        return True
    above = verb.head
    if above.pos_ in ("VERB", "AUX", "ADJ", "ADV"):
        return False
    # "the first carmaker to reach $1 trillion", "the only firm to pay $5 million": a feat told, not a plan
    return not any(c.tag_ in ("JJS", "RBS") or c.lower_ in _RANKING for c in above.children)


#: Words that rank the noun an infinitive hangs from: what it did, it did first or alone.
_RANKING = frozenset("first second third last only next latest".split())


#: Verbs that take a sum without saying what it is ("made $5 billion", "generated $2.5 billion").
_GENERIC = frozenset(
    "make take bring generate post produce see book collect ring pull rake haul do "
    "smash beat break eclipse dwarf overtake match better".split()  # "smashing the €80m paid in 2019": a yardstick
)


def _is_sum(inside) -> bool:
    """Whether the figure's tokens carry a currency ("$2.5 billion", "nine million dollars")."""
    return any(
        t.tag_ == "$" or len(t.text) == 1 and t.text in CURRENCY_SIGNS or t.lower_ in CURRENCY_WORDS for t in inside
    )


def _acted_on_sum(head, verb) -> bool:
    """Whether the figure is a content verb's own object, with no noun to say what it is ("forfeit $2.5bn")."""
    return (
        verb is not None
        and head.dep_ == "dobj"
        and head.head == verb
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in LIGHT_VERBS | TRADING_VERBS | LAUNCH_VERBS | _GENERIC
        and verb.lemma_.lower() not in REPORTING
        and not any(c.dep_ == "prt" for c in verb.children)  # "brought in", "took in": takings, as words say
        and not any(c.dep_ == "acl" for c in head.children)  # "the €80 million paid by Bayern": its own verb says
        and not {verb.lower_, verb.lemma_.lower()} & (RISE_VERBS | FALL_VERBS)  # a move says what changed
        and not any(  # "generated $2.55 billion in revenue": the noun says what
            c.dep_ == "prep" and c.lower_ in ("in", "of") and any(g.pos_ == "NOUN" for g in c.children)
            for c in (*verb.children, *head.subtree)
            if c.idx > head.idx
        )
    )


#: Verbs of a deal: a sum "for" which they happen is the price of what changed hands.
_DEAL_VERBS = frozenset("buy acquire purchase sell sign move join transfer land snap complete trade".split())
#: Verbs of paying: the sum they take is the price of what comes after "for".
_PAY_VERBS = frozenset("pay spend offer bid fork shell".split())


def _bought(head, inside):
    """(what a sum is the price of, who bought it) for a sum paid in a deal, else (None, None).

    "Bayern signed Kane from Spurs for €100 million" and "Bayern paid €100 million for
    Kane" give (Kane, Bayern); "Kane moved to Bayern for €100 million" gives (Kane, Bayern).
    """
    if not any(t.tag_ == "$" or t.pos_ == "SYM" for t in inside):
        return None, None  # only money is a price
    if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.lemma_.lower() in _DEAL_VERBS:
        verb = head.head.head
        named = {c.dep_: c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.pos_ == "PROPN"}
        if "dobj" in named:
            return named["dobj"], named.get("nsubj")
        mover = named.get("nsubj") or named.get("nsubjpass")
        return mover, _object_of(verb, "to") if mover is not None else None
    if head.dep_ == "dobj" and head.head.lemma_.lower() in _PAY_VERBS:
        verb = head.head
        bought = _object_of(verb, "for")
        payer = _named_subject(verb)
        return bought, payer if bought is not None else None
    return None, None


def _elided_passive(head, verb) -> bool:
    """ "57 people were killed and 85 injured": the second verb's subject is passive too, its "were" left out."""
    return (
        verb is not None
        and head.dep_ == "nsubj"
        and head.head == verb
        and verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    )


def _paid(head, verb):
    """Who is paid a sum: the person a paying verb gives it to ("pay him £3m", "paying Okafor £3m"), or None."""
    if verb is None or verb.lemma_.lower() != "pay" or head.dep_ != "dobj" or head.head != verb:
        return None
    return next(
        (c for c in verb.children if c.dep_ in ("dative", "dobj") and c != head and c.pos_ in ("PROPN", "PRON")), None
    )


def _predicated(verb):
    """What a passive verb of knowing or telling says befell its subject: "1,941 people are known to have
    died" (died), "two more are feared dead" (dead), "40 were reported killed" (killed); None where it says
    nothing more than itself."""
    return next((c for c in verb.children if c.dep_ in ("xcomp", "oprd") and c.pos_ in ("VERB", "ADJ")), None)


def _named_subject(verb):
    """The name that is a verb's subject ("Lazio paid"), or None."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)


def _object_of(verb, preposition: str):
    """The name after one of a verb's prepositions ("to Bayern"), or None."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            return next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    return None


def _governor(head, inside):
    """(noun, verb): the noun the figure counts or measures, and the verb that governs it."""
    # "$593 billion of Nvidia's market value", "56.5 per cent of the offer"
    of_noun = of_object(head, inside)
    if of_noun is not None:
        return of_noun, _verb_above(head)
    token = head
    for _ in range(4):
        dep, up = token.dep_, token.head
        if up == token:
            return None, None
        if dep in ("conj", "appos") and up not in inside:
            token = up  # "US$350 million, or 56.5 per cent": the restatement shares its governor
            continue
        if dep in ("nummod", "quantmod", "compound", "nmod", "amod") and up.pos_ in NOUNS and up not in inside:
            if (
                up.lower_ in PRAISE_WORDS
                and up.dep_ in ("nmod", "compound")
                and up.head.pos_ in NOUNS
                and up.head.i > up.i
            ):
                up = up.head  # "a club-record £105m deal" parsed with the sum on "record": the phrase's head
            return up, _verb_above(up)
        if dep == "pobj":
            above = up.head
            if above.pos_ in NOUNS and above not in inside:
                return above, _verb_above(above)
            if above.pos_ in VERBS:
                return None, above
            token = above
            continue
        if up.pos_ in VERBS:
            return _taken_from(up, token), up
        if up.pos_ in NOUNS and up not in inside:
            return up, _verb_above(up)
        token = up
    return None, None


def _taken_from(verb, figure):
    """The measure a sum the verb moves was taken from or added to: "wiped $279 billion off Orbex's market
    value", "lost $279 billion in market value"; None where the verb names none."""
    if figure.dep_ != "dobj" or measure_verb(verb):
        return None  # "raised $310 million in its listing": the verb says what
    # the preposition hangs from the verb or, with a verb of losing or wiping, as the parser often has it, from the
    # sum: "lost $232 billion in market capitalization" ("awarded the family $12 million in damages" gives)
    moved = verb.lemma_.lower() in _WIPING_VERBS
    for child in [*verb.children, *(figure.children if moved else ())]:
        if child.dep_ == "prep" and child.lower_ in ("from", "off", "in", "to"):
            target = next((t for t in child.children if t.dep_ == "pobj" and t.pos_ == "NOUN"), None)
            if target is not None and target.lower_ in WORD_TO_MEASURE:
                return target
    return None


#: Verbs that take a sum off or add it to a measure: "lost $232 billion in market value", "wiped $220bn off".
_WIPING_VERBS = frozenset("lose wipe shed erase knock add gain slash".split())


def _verb_above(token):
    for _ in range(3):
        if token.head == token:
            return token if token.pos_ in VERBS else None
        token = token.head
        if token.pos_ in VERBS:
            return token
    return None
