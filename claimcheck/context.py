"""What each figure is about: its subject, measure, scope, stage and period.

Verdicts depend on these more than on the numbers: 100 million monthly users of one app
and 155.2 million weekly users of another do not contradict each other. Each is read
from the figure's own clause, so "A and B raised $560 million and $620 million
respectively" and "26.7% in Japan, compared to 81.2% in China" give each figure its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .befell import fate_verb_before
from .clauses import masked, modifier_spans, set_off_clauses
from .clock import TIME_OF_DAY, day_of, event_of
from .conversions import is_conversion
from .entities import is_named
from .events import another_shock
from .grammar import figure_grammar
from .lists import elided, first_of_each, in_place, place_after_noun, respective_subjects
from .measure_words import (
    choose_measure,
    counted_time,
    dimension,
    distance_from,
    noun_only_after,
    paid_as,
    part_measure,
    phrase_after,
    priced,
    sale_price,
    statistic,
    tally_progress,
    valuation_basis,
    worded_measure,
)
from .measures import (
    is_running_tally,
    measure_family,
    pay_measure,
)
from .models import Quantity
from .parsed_measures import company_worth, contract_term, parsed_measure, qualified, spanned, terms_stage
from .parsing import parse
from .scopes import MARKETS, channel_after, clause_scope, counted_in, employer_of, market_of, scope_after
from .sources import source_of, sources
from .subjects import (
    age_owner,
    bracketed_owner,
    owner_names,
    payer,
    subject_of,
)
from .tallies import VOTES_AGAINST, VOTES_FOR, share_side, vote_side, voted_on, voter, voters_side
from .timeref import as_of, find_periods, present_period
from .timing import (
    figure_stage,
    framed_stage,
    hypothetical,
    is_window_of,
    moment_of,
    nearest_period,
    revision,
    round_of,
    stage_of,
    tally_recalled,
    window_of,
)
from .wholes import PART_BEFORE_RE
from .words import place_of

_ADDED_RE = re.compile(r"\b(?:another|an additional|a further|an extra|additional)\s+$", re.I)
_ADDED_AFTER_RE = re.compile(r"\s+(?:more|additional|extra)\s+(?!than\b)[a-z]", re.I)
#: Kinds whose unit says all they measure: a quake's magnitude is its magnitude, whatever the words near it.
_SELF_MEASURING = frozenset({"magnitude", "temperature", "speed"})
#: How a fact-checker names a dimension as a measure.
_SINCE_EVENT_RE = re.compile(
    r"\bsince\s+(?!(?:early|late|mid|the\s+(?:start|end|beginning|first|second|turn))\b)"
    r"(?![A-Z][a-z]+\s+\d|\d|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|last|this|then|records|its\s+(?:launch|founding|inception|start))\b)"
)
#: A count given as a margin between two others: "a majority of 176 MPs", "a lead of 12 seats".
_MARGIN_BEFORE_RE = re.compile(
    r"\b(?P<margin>majority|lead|margin|deficit|surplus|shortfall|plurality)\s+of\s+(?:about|around|almost|nearly|just|some|over|more\s+than)?\s*$",
    re.I,
)
#: An age that is a rule's or a group's, named before its figure: "raised the retirement age to 64".
_NAMED_AGE_RE = re.compile(
    r"\b(?!(?:the|a|an|its|his|her|their|of|at|same|old|young|whose|this|that)\s)(?P<age>[a-z\-]+\s+age)\b[^.;,\d]{0,40}(?:\d{1,3}\s+to\s+)?$",
    re.I,
)
_DAY_PART_RE = re.compile(r"\b(?P<part>morning|afternoon|evening|night|midday|noon|midnight)\b", re.I)
#: A count that is the whole a part is taken from: "the vast majority of the 244 people", "241 of the 242".
_BY_BEFORE_RE = re.compile(r"^\s*(?:[a-z]+\s+)?(?:by|x|×)\s*$")
_VOTERS_RE = re.compile(r"\b(?:voters|electorate)\b", re.I)
#: Right after a count, words that make it an audience: "20 million people watched on BBC One".
_WATCHED_AFTER_RE = re.compile(r"^\s+(?:people\s+|viewers\s+)?(?:watched|tuned\s+in|viewed)\b", re.I)
#: A superlative measured since a time: "the biggest listing since 1996", "its worst day since 2008".
_SINCE_RECORD_RE = re.compile(
    r"\b(?:biggest|largest|highest|lowest|worst|best|deadliest|fastest|strongest|weakest|steepest|sharpest|first)\b"
    r"[^.;,]{0,40}?\b(?P<since>since)\s+(?:\d{4}|the\s+\d{4}s)\b",
    re.I,
)
#: A relative clause right after a figure, which says more about it: ", which was levied on Amazon in 2021".
_RELATIVE_AFTER_RE = re.compile(r"^\s*,?\s*(?:which|that)\s[^,;]*")
#: Who a penalty was laid on, in such a clause.
_LEVIED_ON_RE = re.compile(
    r"\b(?:levied|imposed|slapped|handed down|issued)\s+(?:on|against|to)\s+(?P<who>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)"
)
_PRESENT = re.compile(r"\b(?:is|are|has|have|stands|stand|now|currently|remains|remain|today)\b", re.I)
_CLAUSE_BREAK = re.compile(
    r";|\bcompared (?:to|with)\b|\bversus\b|\bvs\.?\s|\bwhile\b|\bwhereas\b|,\s(?:but|and)\s|\bup from\b|\bdown from\b|"
    r"\b(?:lower|higher|less|greater|smaller|bigger|larger|cheaper)\s+than\s+(?=(?:the|its|their|that)\s)",
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
    # "its largest since its merger with Mobil in the late 1990s": that time dates the event the figure is
    # measured against, as a finite verb's time dates that verb's figure
    finite += [m.start() for m in _SINCE_EVENT_RE.finditer(sentence)]
    names = owner_names(sentence, figures, main_entity)
    periods = find_periods(sentence, date)
    # "Germany's biggest IPO since 1996": the year is the record's baseline, not the figure's time
    baselines = [m.end("since") for m in _SINCE_RECORD_RE.finditer(sentence)]
    periods = [item for item in periods if not any(0 <= item[0] - at <= 5 for at in baselines)]
    clauses = _clauses(sentence)
    side_clauses = set_off_clauses(parse(sentence))
    respective = respective_subjects(sentence, figures, names)
    said = sources(sentence)
    described: list[Quantity] = []
    for index, figure in enumerate(figures):
        clause_start, clause_end = next(((s, e) for s, e in clauses if s <= figure.start < e), (0, len(sentence)))
        clause_end = _part_after(sentence, figures, index, clause_end)
        clause, after = sentence[clause_start:clause_end], sentence[figure.end : clause_end]
        parsed = figure_grammar(sentence, figure.start, figure.end)
        subject = respective.get(index) or subject_of(
            sentence, figure, parsed, names, main_entity, (clause_start, clause_end)
        )
        if subject and main_kinds and re.fullmatch(r"the (?:[\w\-]+ )?(\w+)", subject):
            if subject.rsplit(" ", 1)[-1] in main_kinds:
                subject = main_entity  # "the film" in an article that writes "the Barbie film"
        measure = (
            figure.measure  # a rank's superlative phrase: "biggest Memorial Day opening"
            if figure.kind == "rank"
            else event_of(sentence, figure)
            if figure.kind == TIME_OF_DAY
            else figure.kind
            if figure.kind in _SELF_MEASURING
            else choose_measure(
                (contract_term(parsed.measure) or counted_time(figure) or spanned(parsed.measure, figure))
                if figure.kind == "duration"
                else parsed_measure(parsed, figure, sentence),
                worded_measure(sentence, figure, clause_start, clause_end, figures),
                parsed.measure if parsed.verb_object else phrase_after(after),
            )
        )
        # an age's own noun: "the retirement age from 62 to 64" measures the retirement age, not anyone's age
        named_age = (
            _NAMED_AGE_RE.search(sentence[clause_start : figure.start]) if figure.unit == "year of age" else None
        )
        kept_age = named_age.group("age").lower() if named_age else None
        measure = qualified(sentence, measure)
        if measure in (None, figure.unit) and (fate := fate_verb_before(sentence, figure)):
            measure = f"{figure.unit} {fate}"  # "killed at least 120 people, the minister said"
        measure = kept_age or dimension(figure, after) or paid_as(after, pay_measure(measure, figure.kind, figure.unit))
        measure = valuation_basis(priced(figure, measure, clause), sentence)
        measure = sale_price(sentence[clause_start : figure.start], figure, measure)
        if index and figure.kind == "length" and _BY_BEFORE_RE.match(sentence[figures[index - 1].end : figure.start]):
            # "65.7 by 45.4 centimetres": the second side of a shape is its width, the third its depth
            third = index > 1 and _BY_BEFORE_RE.match(sentence[figures[index - 2].end : figures[index - 1].start])
            measure = "depth" if third else "width"
        if figure.kind == "count" and (margin := _MARGIN_BEFORE_RE.search(sentence[clause_start : figure.start])):
            measure = margin.group("margin").lower()  # "a majority of 176 MPs": the margin, not the MPs in all
            figure = replace(figure, unit=measure)  # and "a majority of 174" counts the same thing
        if progress := tally_progress(after):
            measure, subject = progress, None  # "with 640 of 650 seats declared": the count's progress, no party's
        if measure == "pay" and figure.unit.endswith(" per season"):
            figure = replace(figure, unit=figure.unit.removesuffix("season") + "year")  # a wage a season: a year's
        if measure and measure.rsplit(" ", 1)[-1] in main_kinds:
            # "the film added $61 million" where the article writes "the Orbex film": the film is whose, not what
            measure, subject = (
                worded_measure(sentence, figure, clause_start, clause_end, figures),
                subject or main_entity,
            )
        previous = described[-1] if described else None
        if previous and elided(sentence, previous, figure, measure):
            measure = previous.measure  # "105 people have died in Hatay and 52 in Adana": 52 people died too
        elif (
            previous
            and PART_BEFORE_RE.search(sentence[previous.end : figure.start])
            and noun_only_after(sentence, figure.end)
        ):
            measure = part_measure(measure, previous.measure, figure)
        local, listed = scope_after(after), subject is not None and in_place(sentence, subject)
        if local and (subject is None or place_of(subject) or listed):
            subject = local  # "3,400 homes in Hatay and 1,900 in Adana": the 1,900 are Adana's
        elif listed:
            # "105 people died in Hatay and 52 in Adana": each count's place is the first one after it, not
            # whichever place the sentence's owner reader settled on
            own_part = after[: figures[index + 1].start - figure.end] if index + 1 < len(figures) else after
            local = place_after_noun(own_part)
            subject = local or subject
        watched = measure_family(measure)[0] == "viewers" or _WATCHED_AFTER_RE.match(after)
        if figure.kind == "count" and watched and (channel := channel_after(after)):
            subject = channel  # "18 million watched on BBC One, 4.5 million on ITV": each channel's audience
        # a clause on another noun ("The stegosaurus, discovered in Colorado in 2022, measures") is that noun's
        # story: its place, time and stage are not the figure's
        others = modifier_spans(side_clauses, figure.start)
        plain = masked(sentence, others)
        plain_clause = plain[clause_start:clause_end]
        scope = clause_scope(plain_clause, subject) if not local else (local if local != subject else None)
        distance = distance_from(figure, after)
        if distance is not None:  # "40 km northwest of Herat": the quake's (the story's) distance from Herat
            measure, scope = distance
            if subject == scope or not is_named(subject):
                subject = None
        market = market_of(sentence, figure) or (employer_of(clause, subject) if measure == "pay" else None)
        scope = parsed.party or market or scope  # "$182M overseas", "a worldwide total of"
        counted = counted_in(figure, measure, clause, after, sentence[clause_start : figure.start])
        if counted:
            scope = f"{scope}, {counted}" if scope else counted  # "$69 billion including debt"
        if subject and measure and sentence.startswith(subject) and subject.lower() in measure.lower().split():
            subject = None  # "Turnout in Norland was 66.2%": the measure opening the sentence, not a name
        if subject and subject.lower() in MARKETS:
            subject = None  # "Overseas, the movie took in": a market, not an owner
        if measure and market:
            measure = " ".join(w for w in measure.split() if w not in MARKETS) or None  # "global opening"
        converted = _converted_from(sentence, figure, described)
        if converted is not None:  # "£25m (€30m)": one sum, two currencies
            subject, measure, scope = converted.subject, converted.measure, converted.scope
        if clause_start > 0 and (measure is None or scope is None):
            first = _first_clause_figure(described, clauses)
            if first is not None:
                measure = measure or first.measure
                scope = scope or (first.scope if first.scope != subject else None)
        stat = statistic(sentence[clause_start : figure.start], figure.kind)
        if stat and not any(w.startswith(stat[:5]) for w in (measure or "").split()):
            measure = f"{stat} {measure}" if measure else stat  # "peaked at 13 million viewers"
        if measure and (
            _ADDED_RE.search(sentence[max(0, figure.start - 20) : figure.start])
            or _ADDED_AFTER_RE.match(sentence, figure.end)
            and "additional" not in measure
        ):
            # "another 3.4 million watched online", "will lay off 9,000 more employees": a part added, not the total
            measure = "additional " + measure
        before = plain[clause_start : figure.start] + " " + sentence[figure.start : figure.end]
        described_by = _RELATIVE_AFTER_RE.match(sentence[figure.end :])
        own_verbs = (figure.end, figure.end + described_by.end()) if described_by else (0, 0)
        own = [
            item
            for item in periods
            # a relative clause on the figure's noun dates it: "a fine of €746m, which was levied in 2021"
            if not any(figure.end <= at < item[0] and not own_verbs[0] <= at < own_verbs[1] for at in finite)
            and not any(low <= item[0] < high for low, high in others)
        ]
        if measure_family(measure)[1] & {"penalty"} and (pays := payer(sentence, figure)):
            subject = pays  # "the regulator imposed a fine of X on Didi's chief": the chief's fine
        subject = first_of_each(sentence, figure, subject)  # "Wei and Liu were fined 1 million yuan each": Wei's
        subject = bracketed_owner(sentence, figure) or subject  # "films such as “The Martian” ($108 million)"
        if figure.unit == "year of age":
            subject = age_owner(sentence, figure, subject)  # "Chelsea signed Mudryk, 22": Mudryk's, not the club's
        if described_by and not is_named(subject) and (levied := _LEVIED_ON_RE.search(described_by.group(0))):
            subject = levied.group("who")  # "a fine of €746m, which was levied on Amazon": Amazon's
        period = nearest_period(own, figure, clause_start, clause_end)
        if period is None and date and is_running_tally(measure, figure.kind):
            period = as_of(date)  # "the toll rose to 66": a tally that grows, true on the article's day
        if period is None and date and _PRESENT.search(clause):
            period = present_period(date)
        if figure.kind == TIME_OF_DAY and not (period and period.start == period.end):
            period = day_of(sentence, date)  # "at 9:53 pm on Wednesday": a time is of one day
        if figure.kind == "magnitude" and another_shock(sentence, figure):
            measure = "aftershock"  # "followed by a 6.4 aftershock": another quake's magnitude, not the quake's
        stage = (
            figure_stage(plain, figure, clause_start)
            or round_of(plain_clause)
            or revision(plain_clause, (figure.start - clause_start, figure.end - clause_start))
            or terms_stage(measure, stage_of(before), before)
            or hypothetical(after)
            or framed_stage(plain)
            or ("planned" if parsed.planned else None)
        )
        if stage is None and described and _LIST_NEXT_RE.fullmatch(plain[clause_start : figure.start]):
            stage = described[-1].stage  # "will feature 6,600 soldiers, 150 vehicles, and 50 aircraft": one verb
        moment = moment_of(plain, figure, clause_start, clause_end, period, date)
        if converted is not None and converted.moment == "earlier":
            moment = "earlier"  # "the original $19 billion (£11.8 billion)": the conversion is of that earlier sum
        if moment is None and is_running_tally(measure, figure.kind) and tally_recalled(period, date):
            moment = "earlier"  # "In September, 21 died when a bus plunged": another event's toll, or an old count
        if moment is None and is_running_tally(measure, figure.kind) and (part := _DAY_PART_RE.search(clause)):
            moment = part.group("part").lower()  # "105 dead by Saturday afternoon": one count of a day that grows
        if moment and moment.endswith(("close", "open")) and company_worth(figure, measure):
            measure = "market value"  # "Friday's closing price of $8.4 billion": what the company was worth then
        level = _level_before(sentence, figure, described)
        if level is not None:
            # "a valuation of $40 billion, up from $24 billion": the earlier level of that measure, which
            # happened, whatever the sentence plans for the first
            measure, subject = level.measure, subject or level.subject
            stage = None if stage == "planned" else stage
            moment = moment or (None if period else "earlier")
        side = figure.measure if figure.measure in (VOTES_FOR, VOTES_AGAINST) else _vote_side(sentence, figure, measure)
        if side:
            # a tally's side ("passed 311-112", "320 votes in favour and 112 against"), of the bill voted on
            # ("the Ukraine bill"), in the body that voted ("the House", never the Senate's vote)
            measure, body = side, voter(sentence, clause_start, clause_end)
            subject = voted_on(sentence, clause_start, clause_end) or subject
            scope = body if body != subject else None
        described.append(
            replace(
                figure,
                subject=subject,
                measure=measure,
                scope=figure.scope if figure.kind == TIME_OF_DAY else scope,  # a time's zone, not a market
                stage=stage,
                period=period,
                moment=moment,
                window=window_of(sentence, figure, figures, clause_start, clause_end),
                clause=clause.strip(),
                source=source_of(said, figure),
            )
        )
    windows = {id(window) for figure in described for window in figures if is_window_of(window, figure)}
    return [
        figure
        for figure, original in zip(described, figures)
        if id(original) not in windows and not (figure.kind == "duration" and _AGO_RE.match(sentence[figure.end :]))
    ]


_FROM_LEVEL_RE = re.compile(
    r"\b(?:up|down|rising|falling|climbing|dropping|increas(?:ed|ing)|decreas(?:ed|ing)|jump(?:ed|ing)|"
    r"surg(?:ed|ing)|slid|sliding|fell|rose|grew|growing)\s+from\s+(?:(?:about|around|roughly|nearly|some|just)\s+)?$",
    re.I,
)


def _vote_side(sentence: str, figure: Quantity, measure: str | None) -> str | None:
    """The side of a vote a figure counts: a tally's ("320 votes in favour") or a share's ("52 per cent voted
    No"); a turnout takes no side."""
    if figure.unit == "vote":
        return vote_side(sentence, figure.end) or voters_side(sentence, figure.end)
    if figure.kind == "count" and (side := voters_side(sentence, figure.end)):
        return side  # "112 Republicans voted against": a tally's side, counted in people
    voting = measure_family(measure)[0] == "votes" or _VOTERS_RE.search(measure or "")
    if figure.kind == "percent" and voting and "turnout" not in (measure or ""):
        return share_side(sentence, figure.start, figure.end)
    return None


def _level_before(sentence: str, figure: Quantity, described: list[Quantity]) -> Quantity | None:
    """The figure whose earlier level ``figure`` is ("$40 billion, up from $24 billion"), or None."""
    if not described or not _FROM_LEVEL_RE.search(sentence[max(0, figure.start - 40) : figure.start]):
        return None
    previous = described[-1]
    return previous if previous.kind == figure.kind and previous.measure else None


def _converted_from(sentence: str, figure: Quantity, before: list[Quantity]) -> Quantity | None:
    """The figure a bracketed figure converts ("£25m (€30m)", "30 km (19 miles)"), or None."""
    return before[-1] if before and is_conversion(sentence, before[-1], figure) else None


def _clauses(sentence: str) -> list[tuple[int, int]]:
    cuts = [0, *[m.start() for m in _CLAUSE_BREAK.finditer(sentence)], len(sentence)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _part_after(sentence: str, figures: list[Quantity], index: int, clause_end: int) -> int:
    """Where a figure's clause stops being its own: at a part given after it ("198 cases, with 137 in Gaines
    County"), whose place is the part's."""
    if index + 1 < len(figures) and figures[index + 1].start < clause_end:
        following = figures[index + 1]
        if PART_BEFORE_RE.search(sentence[figures[index].end : following.start]):
            return following.start
    return clause_end


def _first_clause_figure(described: list[Quantity], clauses: list[tuple[int, int]]) -> Quantity | None:
    first_end = clauses[0][1] if clauses else 0
    return next((f for f in described if f.start < first_end), None)


#: Before a list's last item, once its clause is cut at the conjunction: "and 50 aircraft".
_LIST_NEXT_RE = re.compile(r"\s*(?:,\s*)?(?:and|or|plus|as well as)?\s*", re.I)
_AGO_RE = re.compile(r"^\s*ago\b", re.I)  # "two years ago" is a time, not a duration to compare
