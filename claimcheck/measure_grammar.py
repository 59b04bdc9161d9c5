"""What a figure measures, read from the noun or verb the parse hangs it on.

:mod:`claimcheck.grammar` follows a figure up the tree to its governing noun and verb; the rules
here say what those make the measure: the noun phrase ("market value", "weekly active users",
never a name or a word of praise), a verb the measure table knows ("valuing", "raised"), a
trading verb's price ("opened at $47"), a film's or a tour's takings ("pulled in $88 million"),
the level a count's name states ("the death toll is now 148 people"), or the noun a relative
clause is about ("the payment, which is estimated to be $929.1 million").
"""

from __future__ import annotations

from .measures import DEAL_NOUNS, MEASURE_QUALIFIERS, MEASURES, PRAISE_WORDS, WORD_TO_MEASURE, measure_family
from .numbers import SCALE_WORDS
from .owners import ANAPHORS, NOUNS, measure_verb, measured_object, name_at_start
from .qualifiers import FALL_VERBS, RISE_VERBS

#: Verbs that say a count was had or reached, not what was done: "had 30 million", "reached 100 million".
LIGHT_VERBS = frozenset(
    "be have get reach hit top total exceed surpass pass cross near record see count number "
    "achieve attain amass garner accumulate log notch register rack clock".split()
)
#: Verbs that with "in" say what a film, a tour or a sale took: "took in", "pulled in", "raked in", "brought in".
_TAKING_IN = frozenset("take pull rake bring haul".split())
#: Verbs of a trading day: a sum "at" them is a price ("opened at $47", "closed at $50.44").
TRADING_VERBS = frozenset("open close trade end finish settle debut list price".split())
#: Verbs of a first showing: a sum in millions "to" them is what it took in ("opened to $162 million").
LAUNCH_VERBS = frozenset("open debut launch premiere bow".split())
#: Adverbs of place a parser may hang on a figure as a noun.
_WHERE_WORDS = frozenset("overseas abroad domestically worldwide globally internationally nationwide home".split())
#: A day's or a year's extremes of a price.
_EXTREMES = frozenset("high low peak trough".split())
#: Those verbs as nouns ("after opening at $47", "before closing at $50.44").
_TRADING_NOUNS = frozenset("opening close closing debut launch listing".split())
#: "$218 million a season", "$5 each month": the noun after the sum is its rate, not its measure.
_RATE_DETERMINERS = frozenset("a an each every per".split())
#: Nouns of a change: what "in" follows them names what changed ("a 26% decrease in Meta's stocks").
_CHANGE_NOUNS = frozenset("rise fall drop increase decrease gain loss growth decline jump slump surge plunge".split())

#: Scale words of a million or more: a price per share or per unit is not written in millions.
_SCALE_WORDS = frozenset(word for word, factor in SCALE_WORDS.items() if factor >= 1e6)


def measure_of(noun, verb, inside) -> str | None:
    """What the figure whose tokens are ``inside`` measures, given the noun and the verb that govern it (either
    may be None); None where neither says."""
    if noun is not None and noun.pos_ == "NOUN":
        if noun.lower_ in _EXTREMES and not any(t.lower_ in _SCALE_WORDS for t in inside):
            if any(t.tag_ == "$" or t.text in ("$", "US$") for t in inside):
                return "price"  # "a high of $55.38", "a $57.80 peak": a price at its extreme
        if noun.lower_ in _TRADING_NOUNS and any(t.dep_ == "pobj" for t in inside):
            # "after opening at $47" is a price; "a $155 million opening" is what a film took in
            return "price" if not any(t.lower_ in _SCALE_WORDS for t in inside) else noun_phrase(noun, inside)
        changed = _changed(noun)
        return noun_phrase(changed) if changed is not None else noun_phrase(noun, inside)
    for child in inside[-1].children:  # "one-quarter the cost of", "a third of the market"
        if (
            child.dep_ in ("dobj", "npadvmod", "appos")
            and child.pos_ == "NOUN"
            and child not in inside
            and child.lower_ not in _WHERE_WORDS  # "$194 million overseas" says where, not what
            and not any(d.dep_ == "nummod" for d in child.children)  # "30 km (19 miles)": another figure's noun
            and not any(d.dep_ == "det" and d.lower_ in _RATE_DETERMINERS for d in child.children)  # "a season"
        ):
            return noun_phrase(child)
    if verb is None:
        return None
    lemma, hangs = verb.lemma_.lower(), any(t.dep_ == "pobj" for t in inside)
    scaled = any(t.lower_ in _SCALE_WORDS for t in inside)
    if lemma in LAUNCH_VERBS and hangs:
        # "opened to $162 million", "launched to $182 million": an opening's takings; "opened at $47": a price
        return "opening" if scaled else "price"
    if form := measure_verb(verb):
        valued = measured_object(verb, inside) if WORD_TO_MEASURE[form] == "valuation" else None
        if valued is not None and valued.lower_ in DEAL_NOUNS:
            return noun_phrase(valued)  # "valued the deal at $600 million": what the deal is worth is its price
        return form
    if lemma in _TAKING_IN and any(c.lower_ == "in" and (c.dep_ == "prt" or _holds(c, inside)) for c in verb.children):
        return "takings"  # "the movie took in $194 million", "the tour pulled in $579 million"
    if lemma == "collect" and (scaled or any(t.tag_ == "$" for t in inside)):
        return "collection"  # "the film has collected 100 crore": its takings; tonnes of sludge collected are no sum
    if lemma in TRADING_VERBS and hangs:
        return None if scaled else "price"
    measured = measured_object(verb, inside)
    if measured is not None and measured.lower_ not in ANAPHORS:
        return noun_phrase(measured)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN" and child not in inside:
            if child.lower_ not in ANAPHORS and not name_at_start(child) and _states_a_level(verb, child):
                return noun_phrase(child)
    antecedent = _antecedent(verb)
    if antecedent is not None and antecedent.pos_ == "NOUN" and antecedent.lower_ not in ANAPHORS:
        return noun_phrase(antecedent)
    return None


#: Verbs whose subject is the level they state ("the toll stood at 99"), besides the light and the move verbs.
_LEVEL_VERBS = frozenset("stand come amount remain".split())
#: Nouns that name a count's level without saying of what: "the number rose to 88,000 people".
LEVEL_NOUNS = frozenset("toll tally number count total figure list".split())


def level_noun(noun, verb, inside):
    """The noun whose level a count of people states: "the death toll is now 148 people", "raised the toll to 210
    people". The people are what is counted; the toll says which count."""
    if noun is None or verb is None or noun.pos_ != "NOUN" or not any(t.head == noun for t in inside):
        return None
    lemma = verb.lemma_.lower()
    moved = verb.lower_ in RISE_VERBS or verb.lower_ in FALL_VERBS or lemma in RISE_VERBS or lemma in FALL_VERBS
    # "raised the toll to 210 people", "put the number at 88,000 people": the verb sets the object's level
    set_to = noun.dep_ == "pobj" and noun.head.lower_ in ("to", "at") and noun.head.head == verb
    roles = {"nsubj"} if lemma in LIGHT_VERBS or lemma in _LEVEL_VERBS or moved else set()
    roles |= {"nsubjpass", "dobj"} if moved or set_to else set()
    for child in verb.children:
        if child.dep_ in roles and child.pos_ == "NOUN" and child != noun and child not in inside:
            if child.lower_ in LEVEL_NOUNS or measure_family(child.lower_)[0] in MEASURES:
                counted = of_object(child, inside)  # "the number of protesters rose to 40,000 people"
                return counted if counted is not None and child.lower_ in LEVEL_NOUNS else child
    return None


def _states_a_level(verb, subject) -> bool:
    """Whether a verb's subject is what its figure measures: "revenue rose to $5bn", "the toll stood at 99",
    "the fee was £86m", not the doer of a content verb: "the movie took in $194 million"."""
    if verb.lemma_.lower() in LIGHT_VERBS or verb.lemma_.lower() in _LEVEL_VERBS:
        return True
    if verb.lower_ in RISE_VERBS or verb.lower_ in FALL_VERBS:
        return True
    return measure_family(subject.lower_)[0] in MEASURES or subject.dep_ == "nsubjpass"


def _antecedent(verb):
    """The noun a relative clause is about: "the cash payment, which is estimated to be $929.1 million"."""
    token = verb
    for _ in range(3):
        if token.dep_ == "relcl":
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVES for c in token.children):
                return token.head
            return None
        if token.dep_ not in ("xcomp", "ccomp", "auxpass", "aux") or token.head == token:
            return None
        token = token.head
    return None


_RELATIVES = frozenset({"which", "that", "who"})


def noun_phrase(noun, inside=()) -> str:
    """The measure words of a noun: compounds and measure qualifiers, never names, digits, the figure's own
    words ("a 120 million euro deal") or words that only praise it ("a record deal", "a whopping fee")."""
    words = [noun.lower_]
    position = noun.i
    for child in reversed(list(noun.lefts)):
        if child in inside:
            break
        if child.lower_ in PRAISE_WORDS and child.i == position - 1:
            position = child.i
            continue
        # Only the run of modifiers right before the noun: "jobless rate", "weekly active users",
        # not "an impressive 89% market share".
        if child.i != position - 1 or child.dep_ not in ("compound", "amod") or child.pos_ not in ("NOUN", "ADJ"):
            break
        lowered = child.lower_
        if child.dep_ == "amod" and lowered not in MEASURE_QUALIFIERS and child.tag_ != "JJ":
            break
        if child.text[:1].isupper() and not child.text.isupper():
            break  # a name ("Reddit stock") says whose, not what
        if any(ch.isdigit() for ch in lowered) or any(c.pos_ == "NUM" for c in child.children):
            break  # "a two-year contract": the year says how long, not what
        if child.i > 0 and child.nbor(-1).like_num and not child.nbor(-1).whitespace_:
            break  # "a $145M budget": the M is the figure's scale
        words.insert(0, lowered)
        position = child.i
    return " ".join(words)


def of_object(token, inside):
    """The common noun after a token's "of" ("$593 billion of market value"), or None."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in NOUNS and c not in inside]
            if objects and objects[0].pos_ == "NOUN":
                return objects[0]
    return None


def _holds(preposition, inside) -> bool:
    """Whether the figure is the object of ``preposition`` ("pulled in $88 million"), not of another one."""
    return preposition.dep_ == "prep" and any(c.dep_ == "pobj" and c in inside for c in preposition.children)


def _changed(noun):
    """What a change noun says changed: the noun after its "in" ("a 5% rise in Velto's profit": profit)."""
    if noun.lemma_.lower() not in _CHANGE_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            return next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return None
