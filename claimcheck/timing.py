"""When a figure holds and at what stage: its day and point of the trading day, its milestone window, its period, plan or result.

"Reddit priced its shares at $34 on Wednesday" is the offer, "closed at $50.44" the close,
"100 million users in five days" a milestone reached in a window, "aiming to raise up to"
a plan, "a revised estimate" a revision, "in 1960" in an article of 2023 history it recalls.
:mod:`claimcheck.context` asks these for each figure of a sentence.
"""

from __future__ import annotations

import re

from .events import event_of
from .models import Quantity
from .timeref import parse_iso

#: Years before the article's own after which a dated figure is history it recalls.
_RECALLED_YEARS = 2
#: Days before the article's own after which a dated toll is another event's, or history.
_TALLY_RECALLED_DAYS = 31


_PLANNED = re.compile(
    r"\b(?:seek|seeks|seeking|sought|plan|plans|planned|planning|aim|aims|aiming|target|targets|targeting|"
    r"targeted|expect|expects|expected|forecast|forecasts|projected|projects|proposed|propose|intends|"
    r"intend|hopes|hope|hoping|set to|on track|on course|poised to|goal|eye on|"
    # "could have been 100 to 150": a modal with "have" guesses at the past, it plans nothing
    r"will|(?:could|would|may|might)(?!\s+(?:not\s+)?have\b)|"
    r"estimated to reach|(?:working|negotiating|trying|looking|preparing) to|in talks to|"
    # "in the final stages of raising €450 million": a round not yet closed
    r"(?:final|last|late|advanced) stages? of|"
    # "end talks on a $23bn deal", "turned down a $23bn offer": a deal offered or discussed, never done
    r"talks (?:on|over|about|for)|turned down|spurned|walked away from)\b",
    re.I,
)


_ACTUAL = re.compile(
    r"\b(?:raised|reached|hit|recorded|posted|reported|totalled|totaled|achieved|generated|earned|sold|"
    r"processed|surpassed|exceeded|went public|listed|closed|ended|finished|completed|has|had|was|were)\b",
    re.I,
)


_PRELIMINARY = re.compile(
    r"\b(?:first estimate|preliminary|initial(?:ly)?(?!\s+(?:public|coin|exchange)\s+offering)|flash estimate|advance estimate|first reported|early count"
    r"|an estimated|estimated at|studio estimates?)\b",
    re.I,
)


_REVISED = re.compile(
    r"\b(?:revised|revisions?|upward revision|downward revision|final count|final estimate|final figures|final tally"
    r"|final numbers|actuals)\b",
    re.I,
)


_MOMENTS = [
    ("premarket", re.compile(r"\b(?:pre-?market|before the bell|after-?hours|after the bell)\b", re.I)),
    (
        "offer",
        re.compile(
            r"\b(?:priced (?:its |the )?(?:shares |stock |offering |ipo )?at|price (?:its|the) (?:shares|stock|ipo|offering)|"
            r"(?:ipo|offer|offering|issue|listing|set|initial) price|price range|per-share price of)\b",
            re.I,
        ),
    ),
    (
        "open",
        re.compile(
            # not "opening depots", "opened a new office": the verb opens a thing, not a trading day
            r"\b(?:(?:opened|opening)(?!\s(?:a|an|new|more|its|their|up|weekend|day|night|week|month|ceremony|act|frame)\b)"
            r"(?!\s(?!prices\b|trades\b)[a-z]+s\b)|at the open|early trade|"
            r"early trading|in the morning)\b",
            re.I,
        ),
    ),
    # the day's extremes are points of it; any other intraday price is one of many
    # "fell as much as 9%": the day's extreme move
    (
        "high",
        re.compile(
            r"\b(?:as high as|as much as|session high|(?:the |a |its |record |intraday )?(?:high|peak) of)\b", re.I
        ),
    ),
    ("low", re.compile(r"\b(?:as low as|session low|(?:the |a |its |record |intraday )?low of)\b", re.I)),
    (
        "intraday",
        re.compile(r"\b(?:intraday|during the session|traded at|(?<!of )trading at)\b", re.I),
    ),
    (
        "close",
        re.compile(
            r"\b(?:closed|closing|(?:at|by) the close|close of (?:trade|trading)|ended|ending|settled|finished|"
            r"end of the day|end of day)\b",
            re.I,
        ),
    ),
]


def clock_time(clause: str) -> str | None:
    """The time of day a clause names, as "HH:MM" on a 24-hour clock ("at around 9:57 am", "as of 11.45 a.m.")."""
    found = _CLOCK_RE.search(clause)
    if found is None:
        return None
    hour, minute = int(found.group("h")) % 12, int(found.group("m") or 0)
    if found.group("pm").lower().startswith("p"):
        hour += 12
    return f"{hour:02d}:{minute:02d}" if minute < 60 else None


#: A time of day with its half of the day: "9:57 am", "11.45 a.m.", "4pm".
_CLOCK_RE = re.compile(r"(?<![\d.:])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<pm>[ap]\.?m\.?)(?![a-z])", re.I)


def recalled(period, date: str | None) -> bool:
    """A period that ended years before the article was written ("in 1960", "at the 1997 election"): history the
    article recalls, not its news."""
    return bool(period and date and int(period.end[:4]) < int(date[:4]) - _RECALLED_YEARS)


def tally_recalled(period, date: str | None) -> bool:
    """A toll's period that ended more than a month before the article was written ("In September, 21 people died
    when a bus plunged into a ravine", in a December article): another event's count, or this one's long
    before, never the count the story reports; a toll moves over days, not months."""
    if not (period and date and len(date) == 10 and len(period.end) == 10):
        return False
    return (parse_iso(date) - parse_iso(period.end)).days > _TALLY_RECALLED_DAYS


def moment_of(
    sentence: str, figure: Quantity, clause_start: int, clause_end: int, period, date: str | None
) -> str | None:
    """The day and the point of the day a figure holds at, as far as the sentence says: "tuesday close".

    A period that ended years before the article was written ("hit Agadir in 1960") is
    history the article recalls: "earlier", apart from the figures it reports.
    """
    clause = sentence[clause_start:clause_end]
    point = (
        # "trading at Rs 395.85 at around 9:57 am": a price or a move at that minute of the day; a count's clause
        # names the hour of its event ("the fire broke out at 4 am"), not the count's
        (clock_time(clause) if figure.kind in ("money", "percent") else None)
        or _moment(clause, figure.start - clause_start, figure)
        or _compared_against(sentence[: figure.start])
    )
    day = None if period and period.text != "now" else _unresolved_time(clause, figure.start - clause_start)
    if period and day and not day.endswith(" day"):
        # a tense's "now" dates nothing but the day of a run the clause names ("has earned 90 crore on the first day")
        day = None
    if point == "earlier" or day == "earlier" or recalled(period, date):
        return "earlier"
    if not (day or point or period):
        event = event_of(sentence, figure.start, figure.end)
        if event:
            return event  # "150 mph winds when it made landfall": the storm at one moment
    return " ".join(filter(None, [day, point])) or None


def is_window_of(window: Quantity, figure: Quantity) -> bool:
    """The duration in "100 million users in five days": when the figure was reached, not a figure of its own."""
    return (
        bool(figure.window)
        and window.kind == "duration"
        and window.start > figure.end
        and figure.window.endswith(window.text)
    )


_WINDOW_BEFORE_RE = re.compile(
    r"^[^,;.]{0,40}?\b(?P<p>in|within|after|inside|over|during)\s+"
    r"(?:(?:just|only|a|mere|the|its|their|past|last|first|next)\s+){0,3}$",
    re.I,
)


def window_of(sentence: str, figure: Quantity, figures: list[Quantity], start: int, end: int) -> str | None:
    """The time since an event a figure was reached in: "100 million users in (just) five days".

    Cumulative counts are milestones: "2 million sign-ups in two hours" and "100 million
    in five days" are two moments of one count, not two answers to one question.
    """
    if figure.kind in ("duration", "date"):
        return None
    for other in figures:
        if other.kind != "duration" or not (start <= other.start < end) or other.start < figure.end:
            continue
        found = _WINDOW_BEFORE_RE.match(sentence[figure.end : other.start])
        if found:
            return f"{found.group('p').lower()} {other.text}"
    return None


_UNRESOLVED_TIME_RE = re.compile(
    r"\b(?:(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)s?|"
    r"(?P<nth>first|second|third|opening|debut) (?:full )?(?:trading )?(?:day|session)|(?P<earlier>(?:\w+ )?(?:years?|months?|weeks?|days?) ago|"
    r"that year|the previous year|a year earlier|last year|earlier this year))\b",
    re.I,
)


def _unresolved_time(clause: str, offset: int = 0) -> str | None:
    """A time the article's date would resolve, when it is unknown: "Thursday", "its first day", "that year".

    It marks the figure as dated (a day, a trading day, an earlier time), so two figures
    dated differently, or dated on one side only, are not taken for one fact. The time
    nearest before the figure (at ``offset`` in the clause) is its own.
    """
    found = min(
        _UNRESOLVED_TIME_RE.finditer(clause),
        key=lambda m: (m.start() > offset, abs(m.start() - offset)),
        default=None,
    )
    if found is None:
        return None
    if found.group("day"):
        return found.group("day").lower()
    if found.group("nth"):
        nth = found.group("nth").lower()
        return f"{'first' if nth in ('opening', 'debut') else nth} day"
    return "earlier"


#: "lower than the $10 billion valuation", "well below the $10 billion it received": the figure a
#: sentence measures another against (a hedge, "more than $10 billion", takes no article).
_COMPARED_AGAINST_RE = re.compile(
    r"\b(?:than|below|above|beneath|short of)\s+(?:the|its|their|that)\s+(?:[\w\-]+\s+){0,2}$"
    # "surpasses the previous record fine of €746 million", "its prior valuation of $10 billion": history
    r"|\b(?:the|its|their|a)\s+(?:previous|prior|former|old|earlier|original|initial)\s+(?:[\w\-]+\s+){0,3}(?:of\s+)?"
    r"(?:about|around|some|nearly|almost|over|more than|just over)?\s*$"
    # "the price originally quoted when the deal was struck was $19 billion": what it was before it changed
    r"|\b(?:originally|initially)\b[^.;:()]{0,60}$",
    re.I,
)


def _compared_against(before: str) -> str | None:
    """ "earlier" for the figure another is measured against: an earlier or other state, not the news."""
    return "earlier" if _COMPARED_AGAINST_RE.search(before[-80:]) else None


_HYPOTHETICAL_RE = re.compile(r"\b(?:would|could|might)\b", re.I)


def hypothetical(after: str) -> str | None:
    """ "At a $60 billion valuation, its multiple would be 110": a figure supposed, not reported."""
    return "planned" if _HYPOTHETICAL_RE.search(after) else None


#: Words right before a figure that deny it: "€90m, not €100m as reported", "rather than the 1,000 first feared".
_DENIED_BEFORE_RE = re.compile(
    r"(?:\bnot|\brather than|\binstead of|\bcontrary to(?: reports of)?)\s+(?:the\s+)?$", re.I
)
#: A claim that introduces what it claims: "they claim to have accessed", "the group alleged that"; not "claimed the
#: lives of 40 people" or "claimed the title".
_CLAIMED_RE = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|purport(?:s|ed|ing)?)\s+(?:to\s+(?:have|be)|that)\b", re.I
)
#: Words shortly before a figure that make it an earlier estimate: "initially put the toll at 2,000".
_EARLIER_BEFORE_RE = re.compile(
    r"\b(?:initially|originally|at first|first|earlier|previously|had been)\b(?:\s+[\w\-]+){0,5}\s+$", re.I
)
#: Words that give the current figure after an earlier one: "later raised it to", "has since risen to".
_LATER_BETWEEN_RE = re.compile(r"\b(?:later|since|now|then|revised|raised|updated|lowered|cut)\b", re.I)


def figure_stage(sentence: str, figure: Quantity, clause_start: int) -> str | None:
    """ "denied" for a figure the sentence says is wrong, "claimed" for one it gives as someone's claim ("the
    hackers claim to have taken 11.2 million records"), "preliminary" for one it gives as an earlier estimate
    ("initially put at 2,000"); None where the words around the figure say neither."""
    before = sentence[max(clause_start, figure.start - 60) : figure.start]
    if _DENIED_BEFORE_RE.search(before):
        return "denied"
    if _CLAIMED_RE.search(sentence[clause_start : figure.start]):
        return "claimed"
    earlier = _EARLIER_BEFORE_RE.search(before)
    if earlier and not _LATER_BETWEEN_RE.search(earlier.group(0)):
        return "preliminary"
    return None


#: A round of a contest or of a series: an election's first round and its runoff, a second round of layoffs.
_ROUND_RE = re.compile(
    r"\b(?:(?P<nth>first|second|third|final|1st|2nd|3rd)(?:-|\s+)round|run-?offs?|second ballot)\b", re.I
)
#: How each round is named; a runoff and a second ballot are a second round.
_NTH = {"1st": "first", "2nd": "second", "3rd": "third"}


def round_of(clause: str) -> str | None:
    """ "first round", "second round" (a runoff is one), ...: the round a clause gives its figure in, or None.

    "Milei won the second round with 55.7%" and "Massa led the first round with 36.7%" are two votes' shares; so
    are a first and a second round of layoffs. Said once in the clause, it is the figure's stage.
    """
    found = set()
    for match in _ROUND_RE.finditer(clause):
        nth = (match.group("nth") or "second").lower()
        found.add(_NTH.get(nth, nth))
    return f"{found.pop()} round" if len(found) == 1 else None


ROUNDS = frozenset(f"{nth} round" for nth in ("first", "second", "third", "final"))


def revision(clause: str, span: tuple[int, int] | None = None) -> str | None:
    """ "preliminary" for first estimates, "revised" for revised figures, None otherwise.

    ``span``: where the figure is in ``clause``. A first estimate the clause then moves on
    from ("initially put at 2,000 but later raised to 5,300") does not mark 5,300, nor
    does one said of another figure after it ("€38m, not €45m as first reported").
    """
    if _REVISED.search(clause):
        return "revised"
    first = _PRELIMINARY.search(clause)
    if first is None:
        return None
    if span is not None:
        start, end = span
        if first.end() <= start and _LATER_BETWEEN_RE.search(clause[first.end() : start]):
            return None
        if first.start() >= end and re.search(r"\d", clause[end : first.start()]):
            return None
    return "preliminary"


def framed_stage(sentence: str) -> str | None:
    """The stage a sentence's opening words set for every figure it gives: "Initial results indicated Chapo received
    71%, while Mondlane secured 20%" gives both shares as preliminary, whichever clause each is in."""
    frame = _FRAME_RE.match(sentence)
    return revision(frame.group(0)) if frame else None


#: A sentence's opening words that name the count its figures come from: "Initial results showed", "Final figures
#: from the commission gave".
_FRAME_RE = re.compile(
    r"\s*(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,2}(?:results?|counts?|figures|tally|tallies|estimates?|returns)\b"
    r"(?:\s+[\w\-]+){0,4}?\s+(?:indicated|indicate|indicates|showed|show|shows|gave|give|gives|suggested|suggest|"
    r"suggests|put|puts)\b",
    re.I,
)


_PRICED_AT_RE = re.compile(
    # not "Friday's closing price of $8.4 billion": a price the market set, not one a seller chose
    r"(?<!closing )(?<!opening )(?<!close )(?<!market )"
    r"\bpric(?:e|es|ed|ing)\b[^.;]{0,60}\b(?:at|between|of)\s+(?:(?:about|around|just|only)\s+)?$",
    re.I,
)


#: Words of a bid before a price per share: the price a buyer offers, which the market's price is not.
_BID_RE = re.compile(r"\b(?:offer(?:ed|s|ing)?|bid(?:s|ding)?|(?:agreed|agree|agrees|will|to) pay|paying)\b", re.I)


_MOMENT_PHRASE_RE = re.compile(r"\s*(?:in|during|after|before|at)\s+(?:the\s+|early\s+|late\s+)?", re.I)
#: A deal's noun just before a price per share: the price the deal pays ("the takeover, at $253 a share").
_DEAL_BEFORE_RE = re.compile(r"\b(?:deal|takeover|acquisition|buyout|merger|transaction)\b[^.;$\d]{0,25}$", re.I)


_TAKINGS_BEFORE_RE = re.compile(r"(?:\d(?:[MmBbKk]n?)?|\bmillion|\bbillion)\s+(?:[\w\-]+\s+)?$")


_OWN_EXTREME_RE = re.compile(r"^\s+(?:intraday\s+|session\s+)?(?:peak|high|low)\b(?!-)", re.I)


_FROM_BEFORE_RE = re.compile(r"\bfrom\s+(?:(?:a|an|the|its|their)\s+)?$", re.I)


_TO_AFTER_RE = re.compile(r"^\s*(?:[\w\-]+\s+){0,3}to\s", re.I)


_WEAK_INTRADAY_RE = re.compile(r"(?:traded|trading) at\b", re.I)


def _moment(clause: str, offset: int, figure: Quantity | None = None) -> str | None:
    """Where in a trading day a price or move sits: "open", "intraday", the day's "high" or "low", or "close".

    The first level of "from $343 to $232" is "before": where the move started, not where it ended.
    """
    if figure is not None:
        end = offset + (figure.end - figure.start)
        if _FROM_BEFORE_RE.search(clause[:offset]) and _TO_AFTER_RE.match(clause[end:]):
            return "before"
    named_end = offset + (figure.end - figure.start) if figure is not None else -1
    if figure is not None and _PRICED_AT_RE.search(clause[:offset]):
        return "offer"  # "priced its shares at $34", "to price Arm shares above the range, at $52"
    if figure is not None and " per share" in figure.unit and _BID_RE.search(clause[:offset]):
        return "offer"  # "Velto offered $50 a share for Ostrava": a bid's price, not the market's
    if figure is not None and " per share" in figure.unit and _DEAL_BEFORE_RE.search(clause[:offset]):
        return "offer"  # "The deal, at $253 a share, values Ostrava at": the deal's price, not the market's
    found = [
        (m.start(), name)
        for name, pattern in _MOMENTS
        for m in pattern.finditer(clause)
        # "a $155 million opening" is a film's takings, not a moment of the trading day
        if name != "open" or not _TAKINGS_BEFORE_RE.search(clause[: m.start()])
    ]
    if figure is not None and (extreme := _OWN_EXTREME_RE.match(clause[named_end:])):
        return "low" if extreme.group(0).lower().rstrip().endswith("low") else "high"  # "to a $57.80 peak"
    if not found:
        return None
    own = [
        item
        for item in found
        if named_end <= item[0] <= named_end + 2
        # "were up 1.1% at $239.98 in premarket trading": the phrase right after the price is its moment
        or item[0] > named_end
        and _MOMENT_PHRASE_RE.fullmatch(clause[named_end : item[0]])
    ]
    if own:
        return own[0][1]  # "its $34 set price": the figure's own noun says which price
    before = [item for item in found if item[0] <= offset]
    strong = [item for item in before if not _WEAK_INTRADAY_RE.match(clause, item[0])]
    if strong and len(strong) < len(before):
        before = strong  # "By the close of trading, it was trading at $328": "trading at" only says at a price
    if not before and figure is not None and whole_sum(figure):
        return None  # "bought Ostra for $3.2 billion, half of Friday's closing price": a deal's sum, no trading point
    return max(before)[1] if before else min(found)[1]


def whole_sum(figure: Quantity) -> bool:
    """A sum in the hundreds of millions or more that is no rate: a deal's or a company's worth, never a price."""
    return figure.kind == "money" and " per " not in figure.unit and abs(figure.normalized or 0) >= 1e8


def stage_of(text_before: str) -> str | None:
    """ "planned" for offers, targets and forecasts, "actual" for results, None when unsaid."""
    planned = list(_PLANNED.finditer(text_before))
    actual = list(_ACTUAL.finditer(text_before))
    if planned and (not actual or planned[-1].start() > actual[-1].start()):
        return "planned"
    if actual:
        return "actual"
    return None


def nearest_period(periods, figure: Quantity, start: int, end: int):
    """The time expression closest to the figure within its clause."""
    inside = [(s, e, p) for s, e, p in periods if start <= s < end]
    if not inside:
        return None
    distance = lambda item: figure.start - item[1] if item[1] <= figure.start else item[0] - figure.end  # noqa: E731
    return min(inside, key=distance)[2]
