"""Names in the parse: which words can name a figure's owner, and the whole name a word belongs to.

"Cadillac Williams", "West Texas Intermediate", "S&P/ASX 200", "iPhone 14 Pro": a name runs over its
compound words, a number right after it and a slashed part. A month, a weekday or a unit right after
its number ("10 sen", "2.5 F") names nothing; "it" and "the company" stand for a name said elsewhere.
"""

from __future__ import annotations

import re

from .measures import WORD_TO_MEASURE
from .timeref import MONTHS, WEEKDAYS
from .words import place_of

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

CURRENCY_CODES = frozenset("usd hkd rmb cny eur gbp jpy sgd aud cad nzd twd inr krw chf".split())

NOUNS = ("NOUN", "PROPN")

VERBS = ("VERB", "AUX")

PRONOUNS = frozenset({"it", "its", "they", "their"})

#: Nouns for a company, which a name may own ("Musk's startup") or place ("the US chipmaker").
COMPANY_NOUNS = ANAPHORS - PRONOUNS | {"venture", "carmaker"}
#: A possessive name's company, right after it: "Musk's AI startup" (the startup's figure, not Musk's).
OWNED_COMPANY = rf"(?:['’]s)?\s+(?:[\w\-]+\s+){{0,2}}(?:{'|'.join(sorted(COMPANY_NOUNS))})\b(?!['’])"


_HOLIDAY_RE = re.compile(
    r"(?:\b(?:Day|Eve|Weekend)|^(?:Christmas|Easter|Thanksgiving|Halloween|Diwali|Ramadan|Eid|Hanukkah|Lunar New Year))$"
)


def owned_company(noun) -> bool:
    """A company noun a name owns: "Musk's startup" (the parser may take the owner for a subject)."""
    return any(
        c.dep_ in ("poss", "nsubj") and c.pos_ == "PROPN" and any(g.dep_ == "case" for g in c.children)
        for c in noun.lefts
    )


def placed_company(noun) -> bool:
    """A company noun whose only names before it are places: "the US chipmaker", "a Chinese startup"."""
    names = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod") and t.text[:1].isupper()]
    return bool(names) and all(place_of(t.text) for t in names)


def is_holiday(name: str) -> bool:
    """A name that is a time of year ("Memorial Day", "Christmas"): when a figure holds, not whose it is."""
    return bool(_HOLIDAY_RE.search(name))


def is_anaphor(owner: str) -> bool:
    """ "it", "its" or "the company": an owner the article names elsewhere (not "Astera Lab")."""
    return owner in ("it", "its", "they", "their") or (owner.startswith("the ") and owner[4:] in ANAPHORS)


def appositive(noun):
    """A name set beside a noun: "the platform, Threads,", "chipmaker Arm Holdings"."""
    return next(
        (c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and is_name(c) and c.nbor(-1).text != "("),
        None,
    )


def full_name(token) -> str | None:
    """A name with its compound parts: "Hong Kong", "MiniMax Group"; None for codes and letters."""
    # "S&P 500", "Nasdaq 100": the number right after a name is part of it; "S&P/ASX 200": so is a slashed part.
    words = [*left_run(token), token, *numbered(token)]
    text = joined(words)
    for other in (c for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.nbor(-1).text == "/"):
        text += "/" + joined([other, *numbered(other)])
    name = text.strip(" '’")
    others = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if others and token.pos_ == "PROPN":  # "Orbit AI and Zephyr Labs raised a combined $1.2 billion": both
        return " and ".join(filter(None, [name, *(full_name(c) for c in others)]))
    if token.lower_ in ANAPHORS and token.pos_ != "PROPN":
        named = next((c for c in token.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)
        if named is not None:
            return full_name(named)  # "tech company Astera Labs"
        if token.lower_ in ("it", "its", "they", "their"):
            return token.lower_
        determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
        return "the " + token.lower_ if determiners & {"the", "this", "that", "its", "their"} else None
    return name if usable_name(name) else None


def left_run(token, inside=()) -> list:
    """The words of a name before ``token``: "West Texas Intermediate", "iPhone 14", "Ford F-Series"."""
    doc, start = token.doc, token.i
    while start > 0:
        before = doc[start - 1]
        if before.head != token and token not in before.ancestors:
            break
        if before in inside:
            if any(t not in inside for t in doc[start : token.i]):
                break  # "Orbex Energy's 550 megawatt Topaz Farms": the figure ends the name
            start -= 1  # "Tylenol 500mg tablets": the figure sits between the name and its noun
        elif before.dep_ in ("compound", "flat", "nmod", "nummod") and proper(before) and name_part(before):
            start -= 1
        elif (before.text.isdigit() or before.text in ("-", "&", "/")) and start > 1 and proper(doc[start - 2]):
            start -= 1  # "iPhone 14 Pro", "F-Series": a number or a hyphen inside a name
        elif before.pos_ == "ADJ" and before.text[:1].isupper() and start > 1 and doc[start - 2].pos_ == "PROPN":
            start -= 1  # "SpeedCast International shares": a capitalised word inside a name, tagged as an adjective
        else:
            break
    return [t for t in doc[start : token.i] if t not in inside]


def joined(tokens) -> str:
    """Tokens as written, with the spaces the text had between them."""
    return "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text if tokens else ""


def proper(token) -> bool:
    """A name's word: tagged as one, or capitalised where a sentence does not start ("the iPhone 14 Pro")."""
    if token.i > 1 and token.nbor(-1).text == "-" and token.nbor(-2).text.islower():
        return False  # "anti-Semitism": a capital inside a lower-case word
    if token.pos_ == "PROPN":
        return True
    return (
        token.pos_ == "NOUN"
        and token.i > 0
        and token.text[:1].isupper()
        and token.nbor(-1).text not in (".", ":", '"', "“", "—")
        and token.lower_ not in WORD_TO_MEASURE
    )


def name_part(token) -> bool:
    """A word inside a name: not a month, a weekday, a unit after its number or a currency's prefix ("HK $5m")."""
    lowered = token.lower_[:-1] if token.lower_.endswith("days") else token.lower_
    prefix = token.i + 1 < len(token.doc) and token.nbor(1).tag_ == "$" and token.text.isupper()
    return lowered not in MONTHS and lowered not in WEEKDAYS and not counted(token) and not prefix


def numbered(token) -> list:
    return [c for c in token.rights if c.dep_ == "nummod" and c.i == token.i + 1 and c.text.isdigit()]


def counted(token) -> bool:
    """A figure's own unit: "10 sen", "61.4 MPa", "2.5 F" (its number right before it)."""
    if token.i == 0:
        return False
    before = token.nbor(-1)
    if before.i > 0 and before.nbor(-1).pos_ == "PROPN":
        return False  # "iPhone 14 Pro": a number inside a name
    return (before.like_num or before.tag_ == "$") and (
        token in (before.head, before.head.head) or token.head == before
    )


def is_name(token) -> bool:
    """A word that can name an owner: not a month, a weekday, a unit after its number or a code."""
    return usable_name(token.text) and name_part(token)


#: Capitalised abbreviations of common nouns: "the IPO raised", "the CEO said" name no owner.
COMMON_ACRONYMS = frozenset("ai llm llms api apis ipo ipos ceo ceos cfo cto coo gpu gpus cpu cpus tv".split())


def usable_name(name: str) -> bool:
    bare = name.replace("'s", "").strip()
    if len(bare) < 2 or bare.lower() in CURRENCY_CODES or not any(ch.isalpha() for ch in bare):
        return False
    if bare.lower() in COMMON_ACRONYMS:
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
        and not (len(token.doc) > 1 and token.nbor(1).text == ":")  # "Analysis: shares in Meta fell": a label
    )


_COMMON_ENDING_RE = re.compile(r"(?:ing|ed|ly|tion|sion|ment|ness|ity|ance|ence)$")
