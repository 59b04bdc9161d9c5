"""What a count with no noun after it counts, where the sentence or the article says.

"A death toll of 166", "the death toll rose to 156", "killed 57 people and injured 72",
"how many people were on the bridge ... 100 to 150", "put the number at 150", and a bare count
right after an article's count with a noun ("18.7 million viewers. It averaged 19.6 million"):
the claims stage keeps a bare count only where one of these names what it counts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .befell import fate_of_people
from .grammar import figure_grammar
from .measure_grammar import LEVEL_NOUNS
from .measures import MEASURES, measure_family
from .models import Quantity
from .parsing import figure_tokens, parse, parsed_pos
from .words import singular


def own_noun(sentence: str, figure: Quantity) -> str:
    """The noun a count read with one really counts: none where the word after it is a verb ("a crowd of 50,000
    gathered"), the toll a verb sets where the noun came from another count ("the toll in a fire that engulfed
    four towers rose to 37": the toll, not the towers)."""
    if not figure.unit or _unit_is_a_verb(sentence, figure):
        return ""
    if _unit_carried(sentence, figure):
        level = level_counted(sentence, figure) or figure.unit
        return "people" if level.startswith("people ") else level
    return figure.unit


def _unit_carried(sentence: str, figure: Quantity) -> bool:
    """A count whose own noun is not written after it ("seven of the patients" writes it): carried over from a
    count before it ("4 towers ... rose to 37") or after it ("rose to 158 and about 6,000 people were hurt")."""
    head = singular(figure.unit.split()[-1])
    after = sentence[figure.end : figure.end + _NOUN_AFTER_CHARS]
    for word in re.finditer(r"[A-Za-z]+", after):
        if singular(word.group(0).lower()) == head:
            return bool(re.search(r"\d", after[: word.start()]))  # another count's noun, past that count
    return True


#: How far after a count its own noun may be written: "seven of the patients", "41 of the 60 residential towers".
_NOUN_AFTER_CHARS = 40


def _unit_is_a_verb(sentence: str, figure: Quantity) -> bool:
    parse(sentence)
    found = re.match(r"\s+([A-Za-z]+)", sentence[figure.end :])
    if found is None or singular(found.group(1).lower()) != singular(figure.unit.split()[-1]):
        return False  # a unit carried over from a neighbour ("212 people died and 390 were hurt")
    return parsed_pos(sentence, figure.end + found.start(1)) in ("VERB", "AUX")


def listed_noun(sentence: str, figure: Quantity, read: list[Quantity]) -> str | None:
    """What a count listed after a name counts ("ITV (4.1m)", "ITV: 4.1 million"): the noun another count
    of the sentence names ("28 million viewers"), else the one its list's heading names ("Peak audiences:")."""
    if not _LISTED_RE.search(sentence[max(0, figure.start - 40) : figure.start]):
        return None
    nouns = [other.unit for other in read if other.kind == "count" and other.unit and other is not figure]
    if nouns:
        return nouns[0]
    heading = sentence.split(":", 1)[0] if ":" in sentence[: figure.start] else ""
    words = [singular(w.lower()) for w in re.findall(r"[A-Za-z]+", heading)]
    return next((w for w in reversed(words) if w in _AUDIENCE_NOUNS), None)


#: An audience named shortly before a bare count in its clause: "ITV's audience numbers peaked at 5.3 million".
_AUDIENCE_BEFORE_RE = re.compile(r"\b(?:audiences?|viewers?|viewership|viewing figures)\b[^,;.]{0,40}$", re.I)
#: A name right before a figure, in brackets or before a colon: an item of a list.
_LISTED_RE = re.compile(r"[A-Z][\w&.\-]*(?:\s+[A-Z0-9][\w&.\-]*)*\s*(?:\(|:)\s*$")
#: Headings' nouns for what a list of bare counts counts.
_AUDIENCE_NOUNS = frozenset({"viewer", "audience", "listener", "reader", "visitor", "vote", "ticket", "fan"})


def counted_noun_of(sentence: str, figure: Quantity) -> str | None:
    """What a count with no noun after it counts, where the sentence says: "a death toll of 166", or a
    measure the parse finds ("the death toll rose to 156"); None for "Four of the top five"."""
    if _STATE_RIGHT_AFTER_RE.match(sentence, figure.end):
        return "people"  # "searching for the 152 missing", "the 40 injured were taken to hospital"
    named = _NAMED_BY_OF_RE.search(sentence[max(0, figure.start - 60) : figure.start])
    if named is not None and named.group("noun").lower() in _HOW_TAKEN:
        # "an average of 24.2 million watched": what they did says who they are, else the count is the average's
        verb = figure_grammar(sentence, figure.start, figure.end).verb
        return (_WHO_DID.get(measure_family(verb)[0]) if verb else None) or named.group("noun").lower()
    if named is not None and named.group("noun").lower() not in _NOT_A_COUNT_NOUN:
        return singular(named.group("noun").lower())
    if (counted := _number_of(sentence, figure)) is not None:
        return "people" if _is_state(counted) else singular(counted)
    if (counted := level_counted(sentence, figure)) is not None:
        return "people" if counted.startswith("people ") else counted
    grammar = figure_grammar(sentence, figure.start, figure.end)
    measure = grammar.measure or (grammar.verb if grammar.verb and not grammar.object else None)
    family = measure_family(measure)[0] if measure else None
    if family == "viewers" or _AUDIENCE_BEFORE_RE.search(sentence[max(0, figure.start - 60) : figure.start]):
        return "viewer"  # "18 million watched", "audience numbers peaked at 5.3 million"
    if family in MEASURES:
        return singular(measure.split()[-1])
    return _coordinated_noun(sentence, figure) or _who_did(sentence, figure) or _picked_from(sentence, figure)


def _picked_from(sentence: str, figure: Quantity) -> str | None:
    """The group a bare count is picked out of before it: "Of those deaths, 273 were recorded on Friday" counts
    deaths, "Of the 213 inmates who fled, 78 were caught" inmates."""
    number = figure_tokens(sentence, figure.start, figure.end)[1]
    if number is None or number.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for child in number.head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i < number.i:
            group = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
            return singular(group[0].lower_) if group else None
    return None


def _who_did(sentence: str, figure: Quantity) -> str | None:
    """What a count of people counts by what its relative clause says they did: "the 18.9 million who watched"
    are viewers, "the 40,000 who marched" participants."""
    number = figure_tokens(sentence, figure.start, figure.end)[1]
    for clause in number.children if number is not None else ():
        if clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            return _WHO_DID.get(measure_family(clause.lower_)[0])
    return None


#: The people a count is by what they did: watched, marched.
_WHO_DID = {"viewers": "viewer", "participants": "participant"}


def state_counted(sentence: str, figure: Quantity) -> str | None:
    """The state of the people a count is "the number of": "the number of the injured stands at 413" counts
    people injured, "the number of those arbitrarily arrested is at 682" people arrested."""
    counted = _number_of(sentence, figure)
    if counted is not None and _is_state(counted):
        return counted
    counted = level_counted(sentence, figure)
    return counted.removeprefix("people ") if counted and counted.startswith("people ") else None


def level_counted(sentence: str, figure: Quantity) -> str | None:
    """What a bare count counts where the parse ties it to a count's name or to what befell people.

    The number is the level a verb sets or reaches for a toll, number, count, tally or total: "the death toll
    has gone up to 2,310" (deaths), "updated the number of confirmed cases to 212" (cases), "brought the case
    count to 14", "the number of injured increased to 2,950" (people injured), "the missing figure rose to 120",
    "the final tally of people affected has reached 150.2 million"; or it is the subject of what befell them:
    "2,100 have been injured", "Fifty-two died", or the object of it: "killed 10 and injured 30". Gives a singular
    noun, or "people" and their state. Asked twice of a bare count (what it counts, then in what state), read once.
    """
    return _level_counted(sentence, figure.start, figure.end)


@lru_cache(maxsize=4096)
def _level_counted(sentence: str, start: int, end: int) -> str | None:
    inside, number = figure_tokens(sentence, start, end)
    if number is not None and not number.like_num:
        # "has passed 12,000": the figure's own text holds the verb that sets the level
        number = next((t for t in inside if t.like_num and t.head == number and number.pos_ in _VERBS), number)
    if number is None:
        return None
    befell = number.head.lemma_.lower()
    if number.pos_ == "ADP" and number.dep_ == "prep" and befell in _STATE_FORMS and number.head.pos_ == "VERB":
        return f"people {_STATE_FORMS[befell]}"  # "claimed 34 lives and injured over 1,300"
    verb = None
    anchor = number.head.head
    if anchor.pos_ in ("ADV", "ADP", "PART") and anchor.head.pos_ in _VERBS:
        anchor = anchor.head  # "has gone up to 2,310"
    if number.dep_ == "pobj" and number.head.lower_ in ("to", "at") and anchor.pos_ in _VERBS:
        verb = anchor  # "rose to 2,310", "put the number at 1,240"
    elif number.dep_ == "dobj" and number.head.lemma_.lower() in _STATE_FORMS and number.head.pos_ == "VERB":
        return f"people {_STATE_FORMS[number.head.lemma_.lower()]}"  # "the blast killed 10 and injured 30"
    elif number.dep_ in ("dobj", "attr") and number.head.pos_ in _VERBS:
        verb = number.head  # "the tally has reached 150.2 million", "the toll is 148"
    elif number.dep_ in ("nsubj", "nsubjpass") and number.head.pos_ in _VERBS:
        if befell == "manage":  # "213 managed to flee": what they managed is what befell them
            done = [c.lemma_.lower() for c in number.head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
            befell = done[0] if done and done[0] in _STATE_FORMS else befell
        befell = _LEMMA_OF_STATE.get(number.head.lower_, befell)  # "rearrested": the tagger's lemma is no word
        if befell in _STATE_FORMS or measure_family(number.head.lower_)[0] == "deaths":
            return f"people {_STATE_FORMS.get(befell, number.head.lower_)}"  # "2,100 have been injured"
        told = [c.lower_ for c in number.head.children if c.dep_ in ("acomp", "oprd", "xcomp") and _is_state(c.lower_)]
        return f"people {told[0]}" if told else None  # "241 were confirmed dead", "40 remain missing"
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child not in inside and child.lower_ in LEVEL_NOUNS:
            return _counted_by(child)
    if not _has_subject(verb) and (level := _level_before(verb, inside)) is not None:
        # "with the death toll from the floods rising to 122": the parse may hang a subjectless verb anywhere, but
        # the noun phrase right before it is what rises; "the total reported dead so far to 922" likewise
        return _counted_by(level)
    if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ in _VERBS and not _has_subject(verb):
        # "the toll was estimated to be 49", "the toll rose all week, ultimately reaching 29": a verb with no
        # subject of its own sets the level for the subject of the verb it completes
        for child in verb.head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child not in inside and child.lower_ in LEVEL_NOUNS:
                return _counted_by(child)
    return None


def _level_before(verb, inside):
    """A count's name heading the noun phrase that ends right before ``verb`` ("the death toll from the floods"
    before "rising"), or the one ``verb`` modifies ("the total reported dead", "the number of cases climbing")."""
    if verb.dep_ == "acl":
        noun = verb.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head  # "the number of cases climbing to 412": the verb hangs from what is counted
        return noun if noun.lower_ in LEVEL_NOUNS else None
    ending = [t for t in verb.doc[: verb.i] if t.right_edge.i == verb.i - 1 and t.pos_ == "NOUN"]
    # the phrases ending there nest ("a grim situation with the death toll from the floods"): the count's name
    return next((t for t in sorted(ending, key=lambda t: t.left_edge.i) if t.lower_ in LEVEL_NOUNS), None)


def _has_subject(verb) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def _counted_by(level) -> str | None:
    """What a count's name says it counts: "the number of confirmed cases" (case), "the death toll" (toll), "the
    number of injured" (people injured), "the missing figure" (people missing); a bare "number" says nothing."""
    if level.lower_ == "toll":
        return "toll"  # "the death toll rose to 156" counts what "a death toll of 166" does
    for child in level.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):  # "the official figure for the missing people"
            counted = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if counted is None:
                return None
            word = counted.lower_
            told = [c.lower_ for c in counted.children if c.dep_ in ("oprd", "acomp") and _is_state(c.lower_)]
            if counted.dep_ == "pcomp" and told:
                return f"people {told[0]}"  # "the number of confirmed dead"
            if _is_state(word):
                return f"people {word}"
            if word == "people":
                state = next(
                    (c.lower_ for c in counted.children if c.dep_ in ("amod", "acl") and _is_state(c.lower_)), None
                )
                state = state or fate_of_people(counted)  # "the number of people who lost their lives"
                return f"people {state}" if state else "people"
            return singular(word) if counted.pos_ in ("NOUN", "PROPN") else None
    for child in level.children:
        told = [c.lower_ for c in child.children if c.dep_ in ("oprd", "acomp") and _is_state(c.lower_)]
        if child.dep_ == "acl" and told:
            return f"people {told[0]}"  # "the total reported dead"
    before = [c for c in level.children if c.dep_ in ("compound", "amod") and c.i < level.i]
    for modifier in reversed(before):
        word = modifier.lower_
        if _is_state(word):
            return f"people {word}"  # "the missing figure"
        if modifier.dep_ == "compound" and modifier.pos_ in ("NOUN", "PROPN"):
            return singular(word)  # "the case count"
    return None


#: What befalls people that a bare count can be the subject of, and the state it leaves them in.
_STATE_FORMS = {
    "die": "died",
    "kill": "killed",
    "injure": "injured",
    "wound": "wounded",
    "hurt": "hurt",
    "evacuate": "evacuated",
    "arrest": "arrested",
    "detain": "detained",
    "hospitalize": "hospitalized",
    "hospitalise": "hospitalised",
    "rescue": "rescued",
    "displace": "displaced",
    "shoot": "shot",
    "succumb": "died",  # "nine succumbed to their injuries"
    "flee": "fled",
    "escape": "escaped",
    "rearrest": "rearrested",
}
#: The verb a state is written from, for where the tagger's lemma fails ("rearrested" to "rearreste").
_LEMMA_OF_STATE = {state: lemma for lemma, state in reversed(_STATE_FORMS.items())}
_VERBS = ("VERB", "AUX")


def _number_of(sentence: str, figure: Quantity) -> str | None:
    """The last word of what a count is "the number of" ("the number of measles cases in X is" gives "cases")."""
    found = _NUMBER_OF_RE.search(sentence[max(0, figure.start - 80) : figure.start])
    if not found:
        return None
    words = found.group("phrase").lower().split()
    return words[-2] if len(words) > 1 and words[-1] in _STATE_PARTICLES else words[-1]  # "unaccounted for"


def _is_state(word: str) -> bool:
    """A word naming people by a state they are in: "injured", "arrested", "dead", "missing"."""
    return word.endswith("ed") and word not in _NOT_A_STATE or word in _STATES


def _coordinated_noun(sentence: str, figure: Quantity) -> str | None:
    """The noun a coordinated verb's count counts: "killed 57 people and injured 72" counts people twice, and so
    does a contrast: "Six inmates returned, while 35 refused to escape" (not "12 suspects were held after 30 were
    hurt": a clause of time tells of others)."""
    number = figure_tokens(sentence, figure.start, figure.end)[1]
    if number is None or number.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return None
    clause = number.head
    contrast = clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in clause.children)
    if clause.dep_ != "conj" and not contrast:
        return None
    for child in clause.head.children:
        if child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.pos_ == "NOUN":
            if any(d.dep_ == "nummod" and d.like_num for d in child.children):
                return "people" if child.lower_ == "people" else singular(child.lower_)
    return None


#: Words that set one count against another of the same people: "while 35 refused", "whereas 12 stayed".
_CONTRASTS = frozenset("while whilst whereas although though".split())


def named_elsewhere(sentence: str, figure: Quantity, read: list[Quantity]) -> str | None:
    """What a bare count counts where the sentence names it elsewhere: the noun of "how many people were on the
    bridge ... there could have been 100 to 150", or of the sentence's other count where this one is "the
    number" or "the figure" ("estimated 400-500 people ... put the number at 150")."""
    asked = _HOW_MANY_RE.search(sentence[: figure.start])
    if asked is not None:
        noun = asked.group("noun").lower()
        return noun if noun == "people" else singular(noun)
    if not _GENERIC_COUNT_BEFORE_RE.search(sentence[max(0, figure.start - 40) : figure.start]):
        return None
    nouns = {other.unit for other in read if other.kind == "count" and other.unit and other is not figure}
    return nouns.pop() if len(nouns) == 1 else None


def carried_noun(figure: Quantity, read: list[Quantity], carried: Quantity | None) -> str | None:
    """The noun of the previous sentence's count, for a bare count of about its size in a sentence that counts
    nothing else by name: "18.7 million viewers. ... It averaged 19.6 million on CBS"."""
    if carried is None or any(other.kind == "count" and other.unit for other in read):
        return None
    size, other = abs(figure.normalized or 0), abs(carried.normalized or 0)
    if size < CARRIED_LEAST or not other or not 1 / _CARRIED_APART <= size / other <= _CARRIED_APART:
        return None
    return carried.unit


#: Counts this large are written without their noun once the article has named it ("19.6 million on CBS");
#: smaller bare numbers are too often scores, ages, ranks or list numbers.
CARRIED_LEAST = 1000
#: How far a bare count may be from the named one to count the same thing.
_CARRIED_APART = 3.0


#: "how many people were on the bridge": the noun a later bare count answers with.
_HOW_MANY_RE = re.compile(r"\bhow many (?P<noun>[a-z]+)\b", re.I)
#: A count's generic name just before it: "put the number at 150", "the figure stood at 80", "the total is 3".
_GENERIC_COUNT_BEFORE_RE = re.compile(
    r"\b(?:the|that|this|its|their)\s+(?:(?:official|final|actual|real|true)\s+)?(?:number|figure|total|tally|count)"
    r"\s+(?:(?:at|to|of|as|was|is|stood at|stands at|reached|rose to|climbed to|fell to)\s+)?"
    r"(?:about|around|roughly|some|nearly|almost|over|more than|at least)?\s*$",
    re.I,
)


#: "the number of the injured stands at 413", "the number of people displaced rose to 3,000": the noun after
#: "number of" (or, for the people in a state, the word naming the state) is what the count counts.
_NUMBER_OF_RE = re.compile(
    r"\bnumber\s+of\s+(?:the\s+|those\s+)?(?P<phrase>(?:[a-z]+\s+){0,2}?[a-z]{3,})"
    r"(?:\s+(?:in|from|at|across|on)\b[^.;:,\d]{0,25}?)?"
    r"\s+(?:(?:has|have|had)\s+(?:now\s+)?)?"
    r"(?:is|was|are|were|stands?|stood|reached|rose|risen|climbed|jumped|hit|fell|dropped|increased|now)\s+"
    r"(?:(?:at|to|now|currently|up\s+to)\s+)*(?:about|around|roughly|some|nearly|almost|over|more than|at least)?\s*$",
    re.I,
)
#: A state right after a bare count names the people in it: "the 152 missing", "the 40 injured".
_STATE_RIGHT_AFTER_RE = re.compile(
    r"\s+(?:(?:still|now|remain|remains|remained|are|were)\s+){0,2}"  # "with 15 still unaccounted for"
    r"(?:missing|injured|wounded|displaced|evacuated|hospitali[sz]ed|unaccounted)\b",
    re.I,
)
#: A particle after the word naming people's state: "the number of people unaccounted for".
_STATE_PARTICLES = frozenset({"for"})
#: Words for people in a state, counted as people: "the number of dead", "the number of missing".
_STATES = frozenset("dead missing wounded homeless displaced".split())
#: Words ending in "-ed" that name no state people are in: "the number of seed ...", "the number of need ...".
_NOT_A_STATE = frozenset("seed need speed feed bed reed breed".split())
#: "a death toll of 166", "an audience of 123 million": the noun before "of" says what the count counts.
#: (The reader keeps a hedge in the figure's own text, so "a crowd of about 50,000" ends in "of ".)
_NAMED_BY_OF_RE = re.compile(r"\b(?P<noun>[A-Za-z][a-z\-]{2,})\s+of\s+$")
#: Words before "of" that say how a count was taken, not what it counts: "an average of 24.2 million watched".
_HOW_TAKEN = frozenset("average mean median peak".split())
#: Words before "of" that pick from a group rather than name what is counted ("most of 12", "top of 5").
_NOT_A_COUNT_NOUN = frozenset(
    "one some most each all many none any out top part half few several both either neither number rest "
    "lot lots dozens hundreds thousands millions instead because ahead outside inside".split()
)
