"""What a count counts: one noun for one thing, whatever the words, and what befell the people it counts.

Outlets count the same people in many ways: "1,305 people dead", "632 deaths", "the deaths of 246
individuals" and "79 migrants drowned" all count the dead; "329 injuries" and "1,832 injured" the
injured; "209 arrests" and "400 persons were detained" the arrested. The people are named by what
they are ("migrants", "individuals", "others") and what befell them by a noun, a verb or a state; a
count of people is compared with another by its fate, so that the wording never keeps one toll
from its restatement, and two fates ("killed", "injured") are never one count. Other counts are
compared by their noun ("80 infections" and "80 cases" are cases, "13 million people watched" are
viewers) and by what was done to them ("shares reserved" are not "shares sold").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .measures import JOB_NOUNS, PEOPLE_NOUNS, measure_family
from .models import Quantity
from .units import head_noun
from .words import singular

#: Each fate and the nouns, verbs and states that name it.
_FATE_WORDS = {
    "death": "death deaths dead died die dies dying killed kill kills killing fatality fatalities perished perish "
    "perishes drowned drown",
    "injured": "injured injure injury injuries wounded wound wounds hurt",
    "missing": "missing unaccounted",
    "arrested": "arrested arrest arrests detained detain detention detentions",
    "evacuated": "evacuated evacuate evacuation evacuations evacuee evacuees",
    "hospitalized": "hospitalized hospitalised hospitalization hospitalisation hospitalizations hospitalisations",
    "displaced": "displaced",
    "rescued": "rescued rescue rescues",
    "case": "sick ill sickened sickening illness illnesses",
}
FATES = {word: fate for fate, words in _FATE_WORDS.items() for word in words.split()}
#: Nouns that count jobs lost, and those that do after the word "job" or "staff" ("3,000 job cuts").
_JOBS_LOST = frozenset({"layoff", "redundancy"})
_CUTS = frozenset({"cut", "loss", "reduction"})
#: The fates themselves: what a count of people counts when something befell them.
FATE_NAMES = frozenset(_FATE_WORDS)
#: A fate written as a noun that a count of people hangs from by "of": "the deaths of 246 individuals", and the
#: lives a disaster took: "claimed the lives of 128 individuals" counts the dead.
_FATE_NOUN_BEFORE_RE = re.compile(
    r"\b(?P<fate>deaths|bodies|remains|injuries|arrests|detention|evacuation|hospitalization|hospitalisation|rescue|"
    r"(?P<lost>(?:claim\w*|cost\w*|took|tak\w+)\s+the)\s+lives)\s+of\s+(?:the\s+|some\s+|another\s+)?"
    r"(?:only\s+|just\s+|at\s+least\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$",
    re.I,
)


def fate_of(noun: str, measure: str | None) -> str | None:
    """The fate a count counts: the last word of its measure that names one ("people killed", "persons
    detained", "campers missing"), else its noun's own ("632 deaths", "209 arrests").

    Being "affected" is no fate: a breach's "143 million Americans" whose data it "compromised" and
    "145.5 million customers affected" may be one count, told with a verb and without one.
    """
    words = (measure or "").lower().split()[1:]
    fate = next((FATES[word] for word in reversed(words) if word in FATES), None)
    return fate or FATES.get(noun)  # "1,305 dead and 1,832 injured": the list's noun is shared, the 1,832 injured


def fate_noun_before(text_before: str) -> str | None:
    """The fate a count of people hangs from by "of": "the deaths of 246 individuals" gives "deaths", and so does "the
    bodies of 11 climbers"."""
    found = _FATE_NOUN_BEFORE_RE.search(text_before[-40:])
    if found is None:
        return None
    fate = found.group("fate").lower()
    # "claimed the lives of 128 people", "the bodies of 11 climbers were recovered": both count the dead
    return "deaths" if found.group("lost") or fate in ("bodies", "remains") else fate


#: The verbs that cut a firm's jobs.
_CUT_VERBS = frozenset(
    {"cut", "cuts", "slashed", "slash", "eliminated", "eliminate", "axed", "axe", "shed", "laid off", "lay off"}
)
#: The verbs that close a chain's sites: "87 restaurants closed", "99 locations shuttered", "50 stores shut".
_CLOSE_VERBS = frozenset({"closed", "close", "closes", "closing", "shut", "shuts", "shutting", "shuttered", "shutters"})
#: Verbs worded many ways that say one deed done to what is counted.
_DEEDS = {**dict.fromkeys(_CUT_VERBS, "cut"), **dict.fromkeys(_CLOSE_VERBS, "closed")}
#: Verbs that bring a crowd or an audience, or get votes, and say no more about what is counted: "drew 3.5
#: million participants", "received 7.2 million votes" and "won 7.3 million votes".
_DRAWN_VERBS = frozenset("drew drawn draws drawing attracted attracts attracting saw brought pulled".split())
#: Verbs that only say a count was found or told: "cases confirmed", "cases recorded" are the cases.
_REPORTED_VERBS = frozenset(
    "confirmed identified recorded documented reported registered logged counted tallied detected".split()
)
#: Nouns that count the dead: "a death toll of 66", "66 fatalities" and "66 people killed" count one thing.
_DEATH_NOUNS = frozenset({"death", "fatality", "toll", "dead", "victim", "casualty", "body", "remain", "martyr"})
_PERSON_NOUNS = frozenset({"person", "people", "resident", "individual"})


def counted_noun(q: Quantity) -> str:
    """What a count counts, one word for one thing: "death" for a toll, fatalities, or people killed.

    Asked many times of each figure of every candidate pair: read once per noun, measure and clause.
    """
    return _counted(q.unit, q.measure, q.clause, q.text)


@lru_cache(maxsize=65536)
def _counted(unit: str, measure: str | None, clause: str | None, text: str = "") -> str:
    noun = head_noun(unit) if unit else ""
    if noun in _CASE_NOUNS:
        return "case"  # "80 infections" and "80 cases" of one outbreak count one thing
    if noun in ("life", "live") and _LIVES_LOST_RE.search(clause or ""):
        return "death"  # "claimed 33 lives", "33 lives were lost"
    if _group_of_people(clause, noun):
        noun = "people"  # "111 Texans died", "6,000 more missing", "682 others arrested": people of a group
    people = noun in _PERSON_NOUNS or noun in PEOPLE_NOUNS
    if fate := fate_of(noun, measure):
        return fate  # "329 injuries" and "1,832 people injured", "209 arrests" and "400 persons detained"
    if noun in _DEATH_NOUNS or people and measure_family(measure)[0] == "deaths":
        return "death"  # "79 migrants died" and "a toll of 78" count the dead
    if noun in _VIEWER_NOUNS or noun in _PERSON_NOUNS and _watched(clause or "", text):
        return "viewer"  # "13 million viewers" and "13 million people watched" count one audience
    if noun in _TRAVELLER_NOUNS or people and _ABOARD_RE.search(clause or ""):
        return "passenger"  # "350 passengers", "400 people on board the trains", "600 refugees aboard": one load
    if noun in JOB_NOUNS or noun in _JOBS_LOST or noun in _CUTS and singular(unit.split()[0]) in JOB_NOUNS:
        return "job"  # "cut 12,000 jobs", "lay off 10,000 employees", "12,000 job cuts" and "redundancies"
    if noun in _OUTLET_NOUNS:
        return "outlet"  # "closed 87 restaurants", "99 locations shuttered", "50 stores": a chain's sites
    if noun in _DWELLING_NOUNS:
        return "dwelling"  # "1,100 houses buried" and "150 homes": where people live
    if (
        measure_family(noun)[0] == "participants"
        or noun in _PERSON_NOUNS
        and measure_family(measure)[0] == "participants"
    ):
        return "participant"  # "3.5 million protesters" and "3.5 million people took part" count one crowd
    if noun in PEOPLE_NOUNS:
        return "person"  # "9.8 million customers" and "10 million people": maybe one group, named two ways
    return noun


def _group_of_people(clause: str | None, noun: str) -> bool:
    """A count of a people, a party or "others" / "more": "111 Texans", "112 Republicans", "6,000 more"."""
    if noun in ("other", "more"):
        return True
    return bool(noun) and f"{noun.capitalize()}s" in _words_as_written(clause)


@lru_cache(maxsize=65536)
def _words_as_written(clause: str | None) -> frozenset[str]:
    """A clause's words as written, hyphenated ones whole and in parts ("Non-passengers", "Non", "passengers")."""
    joined = re.findall(r"\w+(?:-\w+)+", clause or "")
    return frozenset(re.findall(r"\w+", clause or "")) | frozenset(joined)


_CASE_NOUNS = frozenset({"case", "infection"})
_LIVES_LOST_RE = re.compile(
    r"\b(?:claim\w*|los[te]\w*|took|tak\w+|cost\w*)\b[^.;]{0,30}\blives\b|\blives\b[^.;]{0,20}\blost\b"
)
_VIEWER_NOUNS = frozenset({"viewer", "watcher", "spectator"})
#: The sites a chain or an event runs, by whatever name an outlet gives them.
_OUTLET_NOUNS = frozenset(
    {"restaurant", "store", "shop", "outlet", "branch", "location", "site", "venue", "hub", "centre", "center"}
)
_DWELLING_NOUNS = frozenset({"house", "home", "dwelling", "residence"})
_TRAVELLER_NOUNS = frozenset({"passenger", "traveller", "traveler", "commuter"})
_ABOARD_RE = re.compile(r"\b(?:on board|aboard|onboard|carr(?:y|ies|ied|ying))\b", re.I)
_WATCHED_RE = re.compile(r"\b(?:watch\w*|tun\w* in|view\w*)\b")
#: "saw" after the count ("13 million people saw the final") or "seen by" before it ("was seen by 26.5 million
#: people"); an event's "saw" before it is no audience ("the storm saw 300 people made homeless", "has seen 48 flee").
_SAW_AFTER_RE = re.compile(r"^[^,;:]{0,30}?\b(?:saw|see|sees|seen)\b")
_SEEN_BY_BEFORE_RE = re.compile(r"\bseen\s+by\b[^,;:]{0,40}$")


def _watched(clause: str, text: str) -> bool:
    """Whether a clause says the people its count counts watched something."""
    if _WATCHED_RE.search(clause):
        return True
    at = clause.find(text) if text else -1
    return at >= 0 and bool(_SAW_AFTER_RE.search(clause[at + len(text) :]) or _SEEN_BY_BEFORE_RE.search(clause[:at]))


def two_groups(qa: Quantity, qb: Quantity) -> bool:
    """Two counts of people that name two groups ("9.8 million customers" and "10 million people"): one count
    only if the groups are one, which the words cannot tell ("12,000 children" of "40,000 people" evacuated)."""
    counted = counted_noun(qa)
    if counted != counted_noun(qb) or counted not in _GROUPED:
        return False  # "79 migrants drowned" and "78 people killed" are one toll, whatever the dead are called
    heads = {_group_named(q) for q in (qa, qb)}
    return len(heads) == 2 and bool(heads - _PERSON_NOUNS)


#: What counts of people may count while naming two groups: people, or people a fate other than death befell.
_GROUPED = frozenset({"person"}) | FATE_NAMES - {"death"}


def _group_named(q: Quantity) -> str:
    """The group a count of people names: "others", "more" and a fate's own noun ("329 injuries") name none."""
    noun = head_noun(q.unit)
    return "people" if noun in FATES or _group_of_people(q.clause, noun) else noun


def count_relation(qa: Quantity, qb: Quantity) -> str | None:
    """Two counts of one noun relate by what was done to them: shares reserved are not shares sold.

    The context reader writes a count's measure as its noun and the verb that acts on it
    ("shares reserved", "people injured"); None where either measure is not of that form.
    """
    if not qa.unit or not qb.unit or not qa.measure or not qb.measure:
        return None
    counted = counted_noun(qa)
    if counted != counted_noun(qb):
        return None
    if counted in FATE_NAMES:
        return "same"  # "1,832 injured" and "329 injuries": what befell them is what both count
    rests = []
    for q in (qa, qb):
        words = q.measure.split()
        if singular(words[0]) != head_noun(q.unit):
            return None
        rest = " ".join(words[1:])
        # "download downloaded", "people watched" (viewers): a verb that only repeats what is counted says no more
        repeats = {measure_family(words[0])[0], measure_family(counted_noun(q))[0]} - {None}
        says_nothing = measure_family(rest)[0] in repeats or rest in _DRAWN_VERBS or rest in _REPORTED_VERBS
        rests.append(_DEEDS.get(rest) or ("" if rest and says_nothing else rest))
    if rests[0] == rests[1]:
        return "same"
    if not rests[0] or not rests[1]:
        return "related"  # one says what was done to them, the other does not
    return "same" if measure_family(rests[0])[0] == measure_family(rests[1])[0] is not None else "different"
