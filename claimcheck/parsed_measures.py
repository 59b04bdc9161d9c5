"""The measure a figure's own words name, once the parse has found them.

The parse says which noun or verb a figure attaches to; these rules say what that makes the measure:
a count's noun with the verb or state that says what happened to it ("people killed", "1,305 left
dead", "took part"), a physical figure's dimension, a qualifier the parse left out ("net profit"), a
contract's terms rather than a plan, and a company's whole worth rather than a share's price.
"""

from __future__ import annotations

import re

from .bare_counts import state_counted
from .befell import fate_word
from .counted import fate_noun_before, fate_of
from .grammar import FigureGrammar
from .measures import DEAL_NOUNS, MEASURE_QUALIFIERS, MEASURES, measure_family, pay_measure
from .models import NON_PHYSICAL_KINDS, Quantity
from .qualifiers import FALL_VERBS, RISE_VERBS
from .timing import whole_sum
from .units import head_noun
from .words import singular

#: "another", "an additional", "a further": the figure is added to one the sentence already gave.

_DIMENSION_MEASURES = {"mass": "weight", "frequency": "speed"}
#: "since" opening an event, not a time: "since acquiring Mobil two decades ago", "since its 1998 purchase".

_PARTITIVE_RE = re.compile(r"\b(?:of|among)\s+(?:the|all|its|their)\s+$", re.I)

#: Verbs whose particle makes the measure: each form, its particle and the measure's verb.
_PHRASAL_VERBS = {
    **dict.fromkeys(("took", "take", "takes", "taking", "taken"), (r"(?:part|to\s+the\s+streets)", "took part")),
    **dict.fromkeys(("hit", "hits", "hitting"), (r"the\s+streets", "took part")),
    **dict.fromkeys(("turned", "turn", "turns", "turning"), ("out", "took part")),
    **dict.fromkeys(("lay", "lays", "laying", "laid"), ("off", "laid off")),
    **dict.fromkeys(("lost", "lose", "loses", "losing"), (r"(?:their\s+|his\s+|her\s+)?lives?", "died")),
}
#: Right after a count (past its noun), the state its people are in: "116 people reported injured", "300 people
#: still missing", "and 12 injured": what is counted, as the verb of "people killed" is.
_STATE_AFTER_RE = re.compile(
    r"^\s*(?:[A-Za-z\-]+\s+)??(?:(?:are|were|was|is|have|has|had|been|remain|remained|remains|still|reported|"
    r"reportedly|now|left|feared|believed|confirmed|presumed|declared|pronounced|seriously|critically|badly)\s+){0,3}"
    r"(?P<state>dead|died|killed|drowned|perished|injured|hurt|wounded|missing|displaced|evacuated|trapped|rescued|"
    r"homeless|hospitali[sz]ed|arrested|detained|unaccounted)\b",
    re.I,
)
#: Verbs that leave people in a state or tell it, the state saying what is counted: "left 46 dead", "confirmed dead".
_STATE_TELLING_VERBS = frozenset(
    "left leave leaves leaving confirmed reported feared believed presumed declared pronounced".split()
)


def qualified(sentence: str, measure: str | None) -> str | None:
    """The measure with the qualifier written right before it ("Gross public debt", "net profit"), where the parse
    left it out: gross and net debt are two measures."""
    if not measure:
        return measure
    found = re.search(rf"\b(?P<q>[A-Za-z\-]+)\s+{re.escape(measure)}\b", sentence, re.I)
    qualifier = found.group("q").lower() if found else ""
    return f"{qualifier} {measure}" if qualifier in MEASURE_QUALIFIERS else measure


#: Words that make a contract's terms a proposal rather than what was signed.
_OFFERED_RE = re.compile(r"\b(?:offer\w*|bid\w*|propos\w*|target\w*|seek\w*|sought|want\w*|tabled?)\b", re.I)


def company_worth(figure: Quantity, measure: str | None) -> bool:
    """A price that is a sum in the hundreds of millions or more, no rate: a company's whole worth."""
    return (
        whole_sum(figure)
        and measure_family(measure)[0] == "price"
        and not DEAL_NOUNS.intersection((measure or "").split())
    )


def terms_stage(measure: str | None, stage: str | None, before: str) -> str | None:
    """A contract's pay or length written in the future ("he will earn £175m a year") is its terms, not a
    plan: no stage, unless the words make it an offer ("Al Hilal offered ... a year")."""
    if stage == "planned" and measure in ("pay", "contract") and not _OFFERED_RE.search(before):
        return None
    return stage


def spanned(measure: str | None, figure: Quantity) -> str | None:
    """The noun a span written as an adjective heads: "his nine-year association with West Ham" measures the
    association, not the deal the sentence also names."""
    return measure if measure and re.search(r"[\-\u2011](?:day|week|month|year|decade)$", figure.text) else None


def contract_term(measure: str | None) -> str | None:
    """A duration's measure from the parse only where it is a contract's term ("the contract is for four
    years"); elsewhere the noun a span hangs from is what happened in it ("revenue in a month"), not its length."""
    return measure if pay_measure(measure, "duration", "") == "contract" else None


def parsed_measure(parsed: FigureGrammar, figure: Quantity, sentence: str = "") -> str | None:
    """The parse's measure; for a count, the counted noun and a verb that names a measure ("people killed").

    A physical figure measures its dimension ("640bhp": power) unless a measure word says
    more; a named subject that rose or fell by a share or a sum ("Orbex jumped 8%") moved
    in price, as market copy writes it.
    """
    measure = parsed.measure
    if figure.kind not in NON_PHYSICAL_KINDS and not measure:
        return _DIMENSION_MEASURES.get(figure.kind, figure.kind)
    if measure is None and figure.kind in ("percent", "money") and parsed.subject and not parsed.anaphor:
        if (parsed.verb in RISE_VERBS or parsed.verb in FALL_VERBS) and abs(figure.normalized) < 1e6:
            return "price"  # not "Orbex lost $279 billion": a share's price is not written in billions
    if figure.kind == "count" and figure.unit and parsed.level:
        return measure  # "the death toll is now 148 people": the toll
    if figure.kind == "count" and figure.unit:
        counted = _counted_measure(measure, parsed, figure, sentence)
        if fate_of(head_noun(figure.unit), counted) is None and (word := fate_word(sentence, figure.start, figure.end)):
            return f"{counted.split()[0]} {word}"  # "five people were shot dead", "80 are still unaccounted for"
        return counted
    return measure


def _counted_measure(measure: str | None, parsed: FigureGrammar, figure: Quantity, sentence: str) -> str:
    """A count's noun and the verb or state that says what happened to what it counts ("people killed")."""
    noun = measure if measure and singular(measure.split()[-1]) == head_noun(figure.unit) else figure.unit
    verb = parsed.verb
    phrasal = _PHRASAL_VERBS.get(verb or "")
    if phrasal and re.search(rf"\b{verb}\s+{phrasal[0]}\b", sentence):
        verb = phrasal[1]  # "3.5 million people took part": participants; "lay off 10,000 employees": jobs cut
    whole = _PARTITIVE_RE.search(sentence[: figure.start])  # "killed most of the 244 people on board"
    if fate := fate_noun_before(sentence[: figure.start]):
        return f"{noun} {fate}"  # "the deaths of 246 individuals"
    after = _STATE_AFTER_RE.match(sentence[figure.end : figure.end + 80])  # "of the 196 people injured": injured
    if after and (verb is None or verb.lower() in _STATE_TELLING_VERBS):
        return f"{noun} {after.group('state').lower()}"  # "left 1,305 people dead", "were confirmed dead"
    if verb and not whole and (parsed.passive or parsed.object or measure_family(verb)[0] in MEASURES):
        return f"{noun} {verb}"  # "people killed", "homes destroyed", "people injured"
    if noun == "people" and (state := state_counted(sentence, figure)):
        return f"people {state}"  # "the number of the injured stands at 413"
    if after:
        return f"{noun} {after.group('state').lower()}"  # "40 people are missing and 12 injured": two counts
    return noun
