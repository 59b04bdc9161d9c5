"""Whose each figure is, in a sentence: the parse's owner, else the sentence's names, else a described owner.

:func:`claimcheck.owners.read_owner` reads the owner from the figure's place in the parse. Where it
finds none, the sentence's names stand in (:func:`owner_names`: less speakers, units, currency
codes and places a verb is set in), nearest first within the figure's clause; a name outside the
figure's own clause yields to the owner that clause describes ("the wealthiest families").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .clauses import (
    acts_in_a_later_clause,
    clause_span,
    in_an_adverbial_clause,
    in_another_clause,
    set_off_clauses,
)
from .entities import Mention, mentions
from .grammar import FigureGrammar
from .models import Quantity
from .names import ANAPHORS, CURRENCY_CODES, OWNED_COMPANY, is_holiday
from .owners import attribute, hearers, places, speakers
from .parsing import parse
from .words import HISTORY_AFTER_RE, place_of, singular


def subject_of(
    sentence: str,
    figure: Quantity,
    parsed: FigureGrammar,
    names: list[Mention],
    main_entity: str | None,
    clause: tuple[int, int],
) -> str | None:
    """The figure's owner: the parse's name for it, else :func:`_owner_by_words`."""
    return _named(sentence, parsed, names) or _owner_by_words(sentence, figure, names, parsed, main_entity, clause)


def _owner_by_words(
    sentence: str,
    figure: Quantity,
    names: list[Mention],
    parsed: FigureGrammar,
    main_entity: str | None,
    clause: tuple[int, int],
) -> str | None:
    """The owner where the parse names none: the article's main entity for "it", the nearest name in the
    figure's clause, then the owner the clause describes ("the wealthiest families are sitting on ...").
    """
    described = _named_text(sentence, parsed.described, names)
    if described and _QUESTION_RE.search(described):
        described = None  # "exactly how many people were on the bridge": a question, not an owner
    if parsed.anaphor:
        return main_entity or described
    found = _subject(sentence, figure, names, *clause)
    if found and described and described[:1].islower():
        # "The list led by Gopi Hinduja showed that the wealthiest families are sitting on $1tn": a name outside
        # the figure's own clause does not outrank the owner that clause describes.
        span = clause_span(parse(sentence), figure.start, figure.end)
        where = [m.start for m in names if m.name == found]
        if span and where and not any(span[0] <= at < span[1] for at in where):
            return described
        if all(at > figure.start for at in where):
            return described  # "a sighting of one three feet wide off the coast of Falmouth": a name after it
        doc = parse(sentence)
        clauses = set_off_clauses(doc)
        if where and all(
            in_another_clause(clauses, at, figure.start) or in_an_adverbial_clause(doc, at, figure.start)
            for at in where
        ):
            # "The stegosaurus, discovered on land in Colorado, measures 3.3 meters tall": the name tells where
            # the owner was found, in a clause describing it; the owner is what that clause describes
            return described
    return found or described


_QUESTION_RE = re.compile(r"\bhow (?:many|much)\b", re.I)
#: What a company's name heads at the start of market copy ("Velto shares rose"): the name is the owner.
_HELD = frozenset({"share", "stock", "value", "price", "revenue", "sale", "profit", "earning"})


def owner_names(sentence: str, figures: list[Quantity], main_entity: str | None = None) -> list[Mention]:
    """The sentence's possible owners: its names less those inside a figure ("HK$5.4m", "61.4 MPa") or after a
    verb's preposition of place ("under Park Avenue"); speakers marked as sources."""
    doc = parse(sentence)
    said, where, told = speakers(doc), places(doc), hearers(doc)
    names = []
    starts = {t.idx: t for t in doc}
    for mention in mentions(sentence, main_entity):
        first = starts.get(mention.start)
        if (
            first is not None
            and first.i == 0
            and first.pos_ == "NOUN"
            and first.dep_ == "compound"
            and attribute(first.head)
            and singular(first.head.lower_) not in _HELD
        ):
            continue  # "Departure angle was 37.5 degrees": a capital at the start of a measure's phrase
        if first is not None and first.i == 0 and first.tag_ == "NNS" and mention.end == first.idx + len(first):
            continue  # "Values remained high": a plural common noun opening the sentence, not a name
        if _describes_a_noun(sentence, mention, doc):
            continue  # "the 31-year-old Brazil star", "a Bundesliga record": what kind, not whose
        if is_holiday(mention.name):
            continue  # "the Memorial Day opening", "Christmas sales": when, not whose
        if _EXCLUDED_BEFORE_RE.search(sentence[: mention.start]):
            continue  # "$264M in markets excluding China": left out of the figure, not its owner
        if _ANY_BEFORE_RE.search(sentence[: mention.start]) or (
            _RECORD_SCOPE_BEFORE_RE.search(sentence[: mention.start]) and HISTORY_AFTER_RE.match(sentence, mention.end)
        ):
            continue  # "the largest drop of any stock in US history", "for any U.S. company": a record's field
        if _BETWEEN_RE.search(sentence[: mention.start]):
            continue  # "a bidding war between Chelsea and Liverpool resulted in a £115m fee": two sides, no owner
        if mention.possessive and _OWNED_COMPANY_RE.match(sentence[mention.end :]):
            continue  # "Musk's AI startup was valued at": the startup's figure, not its owner's
        if (
            any(f.start < mention.end and mention.start < f.end for f in figures)
            or mention.name.lower() in CURRENCY_CODES
        ):
            continue  # "61.4 MPa", "$1.1396 EUR": a unit or a currency, not an owner
        if mention.is_place and any(f.kind == "money" and 0 <= mention.start - f.end <= 1 for f in figures):
            continue  # "$63.59 U.S. per share": the currency's country
        text = sentence[mention.start : mention.end]
        if len(text) <= 3 and text.isupper() and any(_signed_after(sentence, f, mention.end) for f in figures):
            continue  # "HK $5.4m", "NZ $12": a currency's prefix
        if any(a <= mention.start < b for a, b in said):
            mention = replace(mention, is_source=True)  # "said Ben Kaiser": who says, not whose
        elif any(a <= mention.start < b for a, b in where):
            continue  # "winding under Park Avenue": where, not whose
        elif any(a <= mention.start < b for a, b in told):
            continue  # "told Reuters that 2,053 were dead": who hears the figure, not whose it is
        names.append(mention)
    return names


_OWNED_COMPANY_RE = re.compile(OWNED_COMPANY, re.I)
#: Words that leave the name after them out of a figure: "excluding China", "except Japan", "other than Velto".
_EXCLUDED_BEFORE_RE = re.compile(
    r"\b(?:excluding|exclude|except(?:\s+for)?|apart\s+from|other\s+than|not\s+including|without|outside\s+of|ex-)\s*(?:the\s+)?$",
    re.I,
)


#: A record's field: "in US history", "for any U.S. company", "of any stock in Wall Street history" name where the
#: record holds, not whose the figure is.
_RECORD_SCOPE_BEFORE_RE = re.compile(r"\b(?:in|for|of|by)\s+(?:the\s+|any\s+)?$", re.I)
_ANY_BEFORE_RE = re.compile(r"\b(?:in|for|of|by)\s+any\s+$", re.I)
#: Before a name, the words that make it one of two sides of something: "between Chelsea and", "between".
_BETWEEN_RE = re.compile(r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w'’.\-]*\s+){0,3}(?:and\s+(?:the\s+)?)?$")


def _describes_a_noun(sentence: str, mention: Mention, doc) -> bool:
    """A name that only says what kind of thing the common noun after it is: a place before one company ("a US
    chipmaker") or a name before a record ("a Bundesliga record"), not a thing the name holds ("Orbex
    shares"), a measure ("China sales") or a place's group ("Chinese models", "the Japanese public")."""
    following = re.match(r"\s+([a-z][a-z\-]+)\b", sentence[mention.end :])
    if following is None:
        return False
    word = following.group(1)
    if word == "record" or word.endswith("-record"):
        return True
    noun = next((t for t in doc if t.idx == mention.end + following.start(1)), None)
    # "China prompted", "China leads": a verb after the name; a plural-present tag after one name is the
    # tagger's miss for a noun ("Brazil star")
    if noun is None or not (noun.pos_ == "NOUN" or noun.tag_ == "VBP"):
        return False
    # one company of a place ("a US chipmaker"), not the place's people or group ("the Japanese public",
    # "Chinese models")
    return mention.is_place and word in ANAPHORS


def _signed_after(sentence: str, figure: Quantity, end: int) -> bool:
    """A sum that starts with its currency sign right after ``end``: the "HK" of "HK $5.4m"."""
    sign = sentence[end : figure.end].lstrip()[:1]
    return figure.kind == "money" and 0 <= figure.start - end <= 2 and sign in "$€£¥"


def _named(sentence: str, parsed: FigureGrammar, names: list[Mention]) -> str | None:
    """The parse's owner as the sentence's name for it ("Nvidia" for "Nvidia's"), or None."""
    if parsed.subject is None or parsed.anaphor:
        return None
    if " and " in parsed.subject:
        return parsed.subject  # two owners together ("A and B raised a combined $1.2 billion")
    return _named_text(sentence, parsed.subject, names)


def _named_text(sentence: str, owner: str | None, names: list[Mention]) -> str | None:
    """The sentence's canonical form of an owner written as one of its names ("China" for "Chinese")."""
    for mention in names:
        if not mention.is_source and re.sub(r"['’]s?$", "", sentence[mention.start : mention.end]) == owner:
            return mention.name
    return owner


def _subject(sentence: str, figure: Quantity, names: list[Mention], start: int, end: int) -> str | None:
    """The owner of a figure: nearest name before it in its clause, places last."""
    before = [m for m in names if start <= m.start < figure.start and not m.is_source]
    owners = [m for m in before if not m.located]
    possessive = [m for m in before if m.possessive]
    if possessive and not [m for m in owners if m.start > possessive[-1].start]:
        return possessive[-1].name
    if owners:
        return owners[-1].name
    if before:
        return before[-1].name
    end = min(end, _quote_end(sentence, figure))
    after = [m for m in names if figure.end <= m.start < end and not m.is_source]
    if after:
        # "350 passengers were on board the train, packed with people heading home for the Tomb Sweeping holiday",
        # "£715 million was spent on the policy, which was scrapped by Keir Starmer": a name deep in what follows a
        # figure says where, when, at what event or who else did what; one the figure's own verb takes is still
        # read ("died in Norvale", "viewers watched the Falcons beat the Rams", "paid $146 million for Caicedo")
        after = [
            m for m in after if _listed_after(sentence, figure, m) or _taken_by_figure_verb(parse(sentence), m, figure)
        ]
    if after and acts_in_a_later_clause(parse(sentence), after[0].start, figure.start, figure.end):
        after = []  # "the toll has risen to 156, the ministry says, as President Yoon paid respects": not Yoon's
    if after:
        return after[0].name
    anywhere = [m for m in names if not m.is_source and m.start < figure.start]
    return anywhere[0].name if anywhere else None


def _listed_after(sentence: str, figure: Quantity, mention: Mention) -> bool:
    """Another figure stands between the figure and the name: a list's item ("105 died in Norvale and 52 in
    Eastmoor"), whose place the list's reader gives each count."""
    return bool(re.search(r"\d", sentence[figure.end : mention.start]))


def _taken_by_figure_verb(doc, mention: Mention, figure: Quantity) -> bool:
    """Whether a name is in the figure's own phrase ("26.7% of the Japanese public") or at most two arcs below the
    verb that governs the figure: its object, its preposition's object, or the subject of a clause it takes."""
    number = next((t for t in doc if t.idx <= figure.start < t.idx + len(t) or t.idx >= figure.start), None)
    name = next(
        (t for t in doc if mention.start <= t.idx < mention.end and not mention.start <= t.head.idx < mention.end), None
    )
    if number is None or name is None:
        return True
    phrase = number
    while phrase.dep_ in ("nummod", "compound", "quantmod", "amod") and phrase.head.i != phrase.i:
        phrase = phrase.head
    if phrase.i != name.i and phrase.is_ancestor(name) and not _in_a_clause_below(name, phrase):
        return True  # the figure's own phrase: "26.7% of the Japanese public", not a clause on it
    verb = number
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return name.head.i == verb.i or name.head.head.i == verb.i


def _in_a_clause_below(token, top) -> bool:
    """Whether a clause stands between ``token`` and ``top``: "customers who had taken out cover with Medibank"."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        token = token.head
    return False


def _quote_end(sentence: str, figure: Quantity) -> int:
    """Where the quotation holding the figure closes, or the sentence's end: the names after it
    ("... are injured," the spokesman wrote on X, formerly Twitter) say who spoke and where, not whose."""
    opened = sentence[: figure.start]
    if opened.count("\u201c") > opened.count("\u201d") or opened.count('"') % 2 == 1:
        closing = [at for at in (sentence.find("\u201d", figure.end), sentence.find('"', figure.end)) if at >= 0]
        if closing:
            return min(closing)
    return len(sentence)


#: Verbs that lay a sum on someone ("imposed a fine of X on Y") and verbs whose object pays ("fined Y X").
_LAID_ON_RE = re.compile(r"(?:impos|levi|levy|slap|hand|issu)(?:e|es|ed|ing|ied|y)?$")
_MADE_TO_PAY_RE = re.compile(r"(?:fin|penali[sz]|order|charg)(?:e|es|ed|ing)$")


def payer(sentence: str, figure: Quantity) -> str | None:
    """Who pays a penalty, by the grammar of the verb that lays it: "imposed a fine of X on Didi's chief",
    "fined the chairman X". The authority that imposes it is the sentence's subject, never whose fine it is."""
    tokens = [t for t in parse(sentence) if figure.start <= t.idx < figure.end]
    if not tokens:
        return None
    verb = next((t for t in tokens[-1].ancestors if t.pos_ in ("VERB", "AUX")), None)
    objects = [o for o in verb.children if o.dep_ in ("dobj", "npadvmod", "attr", "oprd")] if verb is not None else []
    if verb is None or not any(tokens[-1] in o.subtree for o in objects):
        return None  # "In addition to the $1.2bn fine, it imposed another on ...": not the verb's own sum
    if _LAID_ON_RE.match(verb.lower_):
        after = [t for t in verb.subtree if t.i > tokens[-1].i and t.dep_ == "prep" and t.lower_ in ("on", "against")]
        heads = [c for p in after[:1] for c in p.children if c.dep_ == "pobj"]
    elif _MADE_TO_PAY_RE.match(verb.lower_):
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]  # "Didi's chief was fined X"
        heads = passive or [c for c in verb.children if c.dep_ == "dobj" and tokens[-1] not in c.subtree]
    else:
        return None
    return _proper_name(heads[0]) if heads else None


def age_owner(sentence: str, figure: Quantity, subject: str | None) -> str | None:
    """Whose age a figure is, by the noun it is said of: "Mykhailo Mudryk, 22" is Mudryk's, "the 22-year-old
    winger Mykhailo Mudryk" too, and "the 22-year-old" someone's the sentence only describes (None), never
    the club the verb's subject names. ``subject``, the owner read so far, where the parse does not say."""
    tokens = [t for t in parse(sentence) if figure.start <= t.idx < figure.end]
    heads = [t for t in tokens if t.head not in tokens or t.head == t]
    if not heads:
        return subject
    target = heads[0].head
    if target.pos_ == "ADJ" and target.lower_ == "old" and target.dep_ == "amod":
        target = target.head  # "22-year-old winger"
    while target.dep_ == "compound" and target.head.pos_ == "PROPN":
        target = target.head  # "the 22-year-old winger Mykhailo Mudryk"
    if figure.text.lower().endswith("old") and heads[0].dep_ in ("pobj", "dobj", "nsubj", "nsubjpass"):
        return None  # "Arsenal had bid for the 22-year-old": a person the sentence only describes
    if heads[0].dep_ not in ("appos", "amod", "nummod", "npadvmod") and target == heads[0].head:
        return subject
    if target.pos_ == "PROPN":
        name = _proper_name(target)
        return None if name and place_of(name) else name  # "the 21-year-old Ukrainian": described
    return None if target.pos_ == "NOUN" else subject


def _proper_name(head) -> str | None:
    """The name a noun phrase ends on: "Didi CEO Cheng Wei" gives "Cheng Wei" (the title is not the name), and
    "Didi's chairman, Cheng Wei" the name set beside the title."""
    if head.pos_ != "PROPN":
        head = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), head)
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    words = [head]
    for token in reversed(list(head.doc[head.left_edge.i : head.i])):
        if token.pos_ != "PROPN" or token.is_upper or not token.text[:1].isupper() or token.dep_ == "poss":
            break
        words.insert(0, token)
    return " ".join(t.text for t in words)


def bracketed_owner(sentence: str, figure: Quantity) -> str | None:
    """The name a figure stands in brackets after, alone: "cheaper than films such as “The Martian” ($108 million)",
    "less than an Airbus 321neo ($129.50 million)". The brackets give that name's figure, whoever the sentence is
    about; a sum's conversion ("£25m ($30m)") follows a figure, not a name."""
    if not _CLOSE_BRACKET_RE.match(sentence, figure.end):
        return None
    found = _NAME_THEN_BRACKET_RE.search(sentence[: figure.start])
    if found is None:
        return None
    return (found.group("title") or found.group("name")).strip()


_NAME_THEN_BRACKET_RE = re.compile(
    r"(?:[“\"](?P<title>[^”\"]{2,60})[”\"]|(?P<name>\b[A-Z][\w\-.’']*(?:\s+(?:[A-Z][\w\-.’']*|\d[\w\-]*))*))\s*\(\s*$"
)
_CLOSE_BRACKET_RE = re.compile(r"\s*\)")
