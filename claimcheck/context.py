"""What each figure is about: its subject, measure, scope, stage and period.

Verdicts depend on these more than on the numbers: 100 million monthly users of one app
and 155.2 million weekly users of another do not contradict each other. Each is read
from the figure's own clause, so "A and B raised $560 million and $620 million
respectively" and "26.7% in Japan, compared to 81.2% in China" give each figure its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .grammar import FigureGrammar, figure_grammar, parse
from .measures import MEASURE_QUALIFIERS, MEASURES, is_running_tally, measure_family, pay_measure
from .measures import WORD_TO_MEASURE as _WORD_TO_MEASURE
from .models import Quantity
from .qualifiers import FALL_VERBS, RISE_VERBS
from .subjects import owner_names, respective_subjects, subject_of
from .timeref import MONTHS, as_of, find_periods, present_period
from .timing import (
    figure_stage,
    hypothetical,
    is_window_of,
    moment_of,
    nearest_period,
    revision,
    stage_of,
    window_of,
)
from .units import head_noun
from .words import GLOBAL_WORDS, STOPWORDS, place_of, singular

#: Kinds of figure that are not physical dimensions.
_NOT_PHYSICAL = frozenset({"percent", "money", "count", "multiplier", "duration", "date"})
#: "another", "an additional", "a further": the figure is added to one the sentence already gave.
_ADDED_RE = re.compile(r"\b(?:another|an additional|a further|an extra|additional)\s+$", re.I)
#: Kinds whose unit says all they measure: a quake's magnitude is its magnitude, whatever the words near it.
_SELF_MEASURING = frozenset({"magnitude", "temperature"})
#: How a fact-checker names a dimension as a measure.
_DIMENSION_MEASURES = {"mass": "weight", "frequency": "speed"}
_PRESENT = re.compile(r"\b(?:is|are|has|have|stands|stand|now|currently|remains|remain|today)\b", re.I)
_CLAUSE_BREAK = re.compile(
    r";|\bcompared (?:to|with)\b|\bversus\b|\bvs\.?\s|\bwhile\b|\bwhereas\b|,\s(?:but|and)\s|\bup from\b|\bdown from\b|"
    r"\b(?:lower|higher|less|greater|smaller|bigger|larger|cheaper)\s+than\s+(?=(?:the|its|their|that)\s)",
    re.I,
)
_AMONG = re.compile(
    r"\b(among|across)\s+(?:the\s+|its\s+|all\s+)?(?P<who>[\w\-]+(?:\s(?:over|under|aged|above|below)\s\d+|\s(?!and\b|or\b|in\b)[a-z]+)?)",
    re.I,
)
_SCOPE_PHRASE = re.compile(
    r"\b(?:in|within|across|among|inside|outside)\s+(?:the\s+)?(?P<what>[\w.’']+(?:\s[\w.’']+){0,3})", re.I
)
_TIME_WORDS = frozenset(
    "last next this past previous earlier later early late year years month months week weeks "
    "day days quarter quarters today yesterday ago annual".split()
)
_TOP_N = re.compile(
    r"\btop[\s\-](?:\d+|three|five|ten|twenty|fifty|hundred)\b|"
    r"\b(?:\d+|three|five|ten|twenty|fifty|hundred)\s(?:most[\s\-]\w+|largest|biggest|leading)\b",
    re.I,
)


def describe(
    sentence: str,
    figures: list[Quantity],
    date: str | None = None,
    main_entity: str | None = None,
    main_kinds: frozenset[str] = frozenset(),
) -> list[Quantity]:
    """Return ``figures`` with subject, measure, scope, stage and period filled in.

    ``main_entity``: the name the article is about, the owner of "its" and "the company"
    figures (see :func:`claimcheck.entities.main_entity`); ``main_kinds``: the nouns the
    article calls it by ("film" where it writes "the Barbie film"), so "the film" is that name.
    """
    if not figures:
        return []
    # The parse first: it tells a capitalised common word at the start from a name, and where the finite verbs
    # are (a time after another finite verb dates that verb's figure: "revenue in a month exceeded its
    # earnings for 2025").
    finite = [t.idx for t in parse(sentence) if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD")]
    names = owner_names(sentence, figures)
    periods = find_periods(sentence, date)
    clauses = _clauses(sentence)
    respective = respective_subjects(sentence, figures, names)
    described: list[Quantity] = []
    for index, figure in enumerate(figures):
        clause_start, clause_end = next(((s, e) for s, e in clauses if s <= figure.start < e), (0, len(sentence)))
        clause = sentence[clause_start:clause_end]
        parsed = figure_grammar(sentence, figure.start, figure.end)
        subject = respective.get(index) or subject_of(
            sentence, figure, parsed, names, main_entity, (clause_start, clause_end)
        )
        if subject and main_kinds and re.fullmatch(r"the (?:[\w\-]+ )?(\w+)", subject):
            if subject.rsplit(" ", 1)[-1] in main_kinds:
                subject = main_entity  # "the film" in an article that writes "the Barbie film"
        measure = (
            figure.kind
            if figure.kind in _SELF_MEASURING
            else _choose_measure(
                _term(parsed.measure) if figure.kind == "duration" else _parsed_measure(parsed, figure),
                _measure(sentence, figure, clause_start, clause_end),
            )
        )
        measure = pay_measure(measure, figure.kind, figure.unit)
        if measure == "pay" and figure.unit.endswith(" per season"):
            figure = replace(figure, unit=figure.unit.removesuffix("season") + "year")  # a wage a season: a year's
        if measure and measure.rsplit(" ", 1)[-1] in main_kinds:
            # "the film added $61 million" where the article writes "the Orbex film": the film is whose, not what
            measure, subject = _measure(sentence, figure, clause_start, clause_end), subject or main_entity
        local = _scope_after(sentence[figure.end : clause_end])
        if local and (subject is None or place_of(subject)):
            subject = local  # "3,400 homes in Hatay and 1,900 in Adana": the 1,900 are Adana's
        scope = _scope(clause, subject) if not local else (local if local != subject else None)
        market = _market_of(sentence, figure) or (_employer(clause, subject) if measure == "pay" else None)
        scope = parsed.party or market or scope  # "$182M overseas", "a worldwide total of"
        if subject and subject.lower() in _MARKETS:
            subject = None  # "Overseas, the movie took in": a market, not an owner
        if measure and market:
            measure = " ".join(w for w in measure.split() if w not in _MARKETS) or None  # "global opening"
        converted = _converted_from(sentence, figure, described)
        if converted is not None:  # "£25m (€30m)": one sum, two currencies
            subject, measure, scope = converted.subject, converted.measure, converted.scope
        if clause_start > 0 and (measure is None or scope is None):
            first = _first_clause_figure(described, clauses)
            if first is not None:
                measure = measure or first.measure
                scope = scope or (first.scope if first.scope != subject else None)
        if measure and _ADDED_RE.search(sentence[max(0, figure.start - 20) : figure.start]):
            measure = "additional " + measure  # "another 3.4 million watched online": a part added, not the total
        before = sentence[clause_start : figure.start] + " " + sentence[figure.start : figure.end]
        own = [item for item in periods if not any(figure.end <= at < item[0] for at in finite)]
        period = nearest_period(own, figure, clause_start, clause_end)
        if period is None and date and is_running_tally(measure, figure.kind):
            period = as_of(date)  # "the toll rose to 66": a tally that grows, true on the article's day
        if period is None and date and _PRESENT.search(clause):
            period = present_period(date)
        described.append(
            replace(
                figure,
                subject=subject,
                measure=measure,
                scope=scope,
                stage=figure_stage(sentence, figure, clause_start)
                or revision(clause, (figure.start - clause_start, figure.end - clause_start))
                or _terms_stage(measure, stage_of(before), before)
                or hypothetical(sentence[figure.end : clause_end]),
                period=period,
                moment=moment_of(sentence, figure, clause_start, clause_end, period, date),
                window=window_of(sentence, figure, figures, clause_start, clause_end),
                clause=clause.strip(),
            )
        )
    windows = {id(window) for figure in described for window in figures if is_window_of(window, figure)}
    return [
        figure
        for figure, original in zip(described, figures)
        if id(original) not in windows and not (figure.kind == "duration" and _AGO_RE.match(sentence[figure.end :]))
    ]


def _choose_measure(parsed: str | None, worded: str | None) -> str | None:
    """The parse's measure where the measure table knows it or the words say nothing; else the words'."""
    if parsed is None or worded is None:
        return parsed or worded
    if measure_family(parsed)[0] in MEASURES or measure_family(worded)[0] not in MEASURES:
        return parsed
    return worded


_CONVERSION_RE = re.compile(r"^\s*[(\[]\s*(?:about|around|roughly|approximately|some|or|c\.)?\s*$", re.I)


#: Words that make a contract's terms a proposal rather than what was signed.
_OFFERED_RE = re.compile(r"\b(?:offer\w*|bid\w*|propos\w*|target\w*|seek\w*|sought|want\w*|tabled?)\b", re.I)


def _terms_stage(measure: str | None, stage: str | None, before: str) -> str | None:
    """A contract's pay or length written in the future ("he will earn £175m a year") is its terms, not a
    plan: no stage, unless the words make it an offer ("Al Hilal offered ... a year")."""
    if stage == "planned" and measure in ("pay", "contract") and not _OFFERED_RE.search(before):
        return None
    return stage


def _converted_from(sentence: str, figure: Quantity, before: list[Quantity]) -> Quantity | None:
    """The sum a bracketed figure converts ("£25m (€30m)", "HK$1bn (US$128m)"), or None."""
    if not before or figure.kind != "money" or before[-1].kind != "money" or before[-1].currency == figure.currency:
        return None
    return before[-1] if _CONVERSION_RE.match(sentence[before[-1].end : figure.start]) else None


def _term(measure: str | None) -> str | None:
    """A duration's measure from the parse only where it is a contract's term ("the contract is for four
    years"); elsewhere the noun a span hangs from is what happened in it ("revenue in a month"), not its length."""
    return measure if pay_measure(measure, "duration", "") == "contract" else None


def _parsed_measure(parsed: FigureGrammar, figure: Quantity) -> str | None:
    """The parse's measure; for a count, the counted noun and a verb that names a measure ("people killed").

    A physical figure measures its dimension ("640bhp": power) unless a measure word says
    more; a named subject that rose or fell by a share or a sum ("Orbex jumped 8%") moved
    in price, as market copy writes it.
    """
    measure = parsed.measure
    if figure.kind not in _NOT_PHYSICAL and not measure:
        return _DIMENSION_MEASURES.get(figure.kind, figure.kind)
    if measure is None and figure.kind in ("percent", "money") and parsed.subject and not parsed.anaphor:
        if parsed.verb in RISE_VERBS or parsed.verb in FALL_VERBS:
            return "price"
    if figure.kind == "count" and figure.unit:
        noun = measure if measure and singular(measure.split()[-1]) == head_noun(figure.unit) else figure.unit
        if parsed.verb and (parsed.passive or parsed.object or measure_family(parsed.verb)[0] in MEASURES):
            return f"{noun} {parsed.verb}"  # "people killed", "homes destroyed", "people injured"
        return noun
    return measure


def _clauses(sentence: str) -> list[tuple[int, int]]:
    cuts = [0, *[m.start() for m in _CLAUSE_BREAK.finditer(sentence)], len(sentence)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _first_clause_figure(described: list[Quantity], clauses: list[tuple[int, int]]) -> Quantity | None:
    first_end = clauses[0][1] if clauses else 0
    return next((f for f in described if f.start < first_end), None)


def _measure(sentence: str, figure: Quantity, start: int, end: int) -> str | None:
    """The noun phrase the figure counts: named right after it, else a measure word nearby."""
    after = sentence[figure.end : end]
    direct = _phrase_after(after)
    if figure.kind == "count" and figure.unit:
        if direct and singular(direct.split()[-1]) == head_noun(figure.unit):
            return direct
        return figure.unit
    if direct and measure_family(direct)[0] in MEASURES:
        return direct
    before = sentence[start : figure.start]
    window = re.findall(r"[A-Za-z][\w\-]*", before)
    for keywords in (_WORD_TO_MEASURE, ("share", "rate", "proportion", "percentage")):
        for word in reversed(window):
            if word.lower() in keywords:
                return _phrase_around(before, word)
    of_phrase = re.match(r"^\s*of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?P<np>[\w\-’' ]{2,60})", after, re.I)
    if of_phrase and figure.kind == "percent":
        return _content(of_phrase.group("np"))
    for word in re.findall(r"[A-Za-z][\w\-]*", after):
        if word.lower() in _WORD_TO_MEASURE:
            return word.lower()
    return direct


def _phrase_after(after: str) -> str | None:
    """Lower-case words right after a figure: "weekly active users", "market share"."""
    words = re.findall(r"[A-Za-z][\w\-’']*|[^\sA-Za-z]", after[:80])
    run: list[str] = []
    for word in words[:6]:
        lowered = word.lower()
        if not run and lowered in ("a", "an", "the"):
            continue
        if lowered in GLOBAL_WORDS and word[0].islower():
            continue
        if not _measure_word(word):
            break
        run.append(lowered)
    return " ".join(run) or None


def _phrase_around(before: str, keyword: str) -> str:
    """The words leading up to ``keyword``: "AI diffusion rate" for "diffusion"."""
    words = re.findall(r"[A-Za-z][\w\-’']*|,", before)
    # The keyword was found by a split that stops at apostrophes: "offering" of "offering's".
    found = [i for i, w in enumerate(words) if re.split(r"[’']", w)[0] == keyword]
    if not found:
        return keyword.lower()
    index = found[-1]
    phrase = [keyword.lower()]
    for word in reversed(words[max(0, index - 3) : index]):
        if not _measure_word(word) and not word.isupper():
            break
        phrase.insert(0, word if word.isupper() else word.lower())
    return " ".join(phrase)


def _measure_word(word: str) -> bool:
    """A word that can sit in a measure's noun phrase: not a name, stopword, time word or verb form."""
    lowered = word.lower()
    if not word[:1].isalpha() or word[0].isupper() or lowered in STOPWORDS or lowered in GLOBAL_WORDS:
        return False
    if lowered in _TIME_WORDS or lowered in MONTHS:
        return False
    return lowered in MEASURE_QUALIFIERS or not re.search(r"(?:ing|ed|ly)$", lowered) or lowered in _WORD_TO_MEASURE


def _content(text: str) -> str | None:
    """The head of an "of" phrase: "total downloads" from "of total downloads, according to"."""
    words = []
    for word in re.findall(r"[\w\-’']+", text):
        lowered = word.lower()
        if lowered in STOPWORDS:
            if words:
                break
            continue
        if lowered in GLOBAL_WORDS or place_of(word):
            continue
        words.append(lowered)
        if len(words) == 3 or (lowered.endswith("s") and not lowered.endswith("ss")):
            break
    return " ".join(words) or None


def _scope(clause: str, subject: str | None) -> str | None:
    """Where the figure holds: "global", a place other than the subject, or a "top N" list."""
    if (top := _TOP_N.search(clause)) is not None:
        return "top " + re.search(r"\d+|three|five|ten|twenty|fifty|hundred", top.group(0), re.I).group(0).lower()
    lowered = re.findall(r"[\w’']+", clause.lower())
    if any(word in GLOBAL_WORDS for word in lowered):
        return "global"
    for match in _SCOPE_PHRASE.finditer(clause):
        words = re.findall(r"[\w.’']+", match.group("what"))[:3]
        candidates = [" ".join(words[:n]) for n in (3, 2)] + words
        place = next((p for p in map(place_of, candidates) if p), None)
        if place:
            return place if place != subject else None
        if words and words[0][0].isupper() and words[0].lower() not in MONTHS and words[0] != subject:
            name = " ".join(w for w in words if w[0].isupper())
            if not _TIME_WORDS & {w.lower() for w in words} and not (subject and name in subject):
                return name.rstrip(".")  # "in Auckland": a place the gazetteer does not know
    if (among := _AMONG.search(clause)) is not None:
        return among.group(1).lower() + " " + among.group("who").lower()
    if re.search(r"\b(?:domestic|domestically|national|nationwide|local)\b", clause, re.I):
        return "domestic"
    return None


#: Markets a figure is told for, in the words next to it: "$182M overseas", "a worldwide total of $382
#: million", "$155 million domestically". The nearest word wins over the clause's ("global" elsewhere).
_MARKETS = {
    "overseas": "international",
    "abroad": "international",
    "international": "international",
    "internationally": "international",
    "foreign": "international",
    "offshore": "international",
    "domestic": "domestic",
    "domestically": "domestic",
    "nationwide": "domestic",
    "global": "global",
    "globally": "global",
    "worldwide": "global",
}
_MARKET_AFTER_RE = re.compile(rf"^\s+(?:in\s+)?(?P<m>{'|'.join(_MARKETS)})\b", re.I)
_MARKET_BEFORE_RE = re.compile(
    rf"\b(?P<m>{'|'.join(_MARKETS)})\s+(?:[a-z\-]+\s+){{0,2}}(?:of|at|was|were|is|reached|hit|to)\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|an estimated|over|more than)\s+)?$|"
    rf"\b(?:an?|the|its|their)\s+(?P<n>{'|'.join(_MARKETS)})\s+$",
    re.I,
)


_EMPLOYER_RE = re.compile(
    r"\b(?:at|with|by|joins?|joined|joining)\s+(?:the\s+)?(?P<org>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})"
)


def _employer(clause: str, subject: str | None) -> str | None:
    """Who pays a wage, where the clause names them ("at Al Nassr", "joined Inter"): a wage at two
    employers is two facts, so the employer is the wage's scope."""
    for found in _EMPLOYER_RE.finditer(clause):
        name = found.group("org")
        following = re.match(r"\s+([a-z]+)", clause[found.end() :])
        if following and following.group(1) not in STOPWORDS:
            continue  # "at the Saudi club": a word that describes the employer, not its name
        if name.lower() not in MONTHS and not (subject and (name in subject or subject in name)):
            return name
    return None


_MARKET_FRONTED_RE = re.compile(rf"^(?P<m>{'|'.join(_MARKETS)}),", re.I)


def _market_of(sentence: str, figure: Quantity) -> str | None:
    """The market the words next to a figure tell it for: "domestic", "international" or "global"."""
    after = _MARKET_AFTER_RE.match(sentence[figure.end : figure.end + 30])
    if after:
        return _MARKETS[after.group("m").lower()]
    before = _MARKET_BEFORE_RE.search(sentence[max(0, figure.start - 50) : figure.start])
    if before:
        return _MARKETS[(before.group("m") or before.group("n")).lower()]
    fronted = _MARKET_FRONTED_RE.match(sentence)
    if fronted and "," in sentence[: figure.start]:
        return _MARKETS[fronted.group("m").lower()]  # "Overseas, the movie took in $194 million"
    return None


def _scope_after(text: str) -> str | None:
    """A place named right after the figure: "8% in Japan" in a list of countries."""
    found = re.match(r"^\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*)?)", text)
    if not found:
        return None
    name = found.group("place").rstrip(".")
    return place_of(name) or (name if name.lower() not in MONTHS else None)


_AGO_RE = re.compile(r"^\s*ago\b", re.I)  # "two years ago" is a time, not a duration to compare
