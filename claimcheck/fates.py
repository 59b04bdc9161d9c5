"""What befell the people a count counts: one fate, whatever the words.

Outlets count the same people in many ways: "1,305 people dead", "632 deaths", "the deaths of 246
individuals" and "79 migrants drowned" all count the dead; "329 injuries" and "1,832 injured" the
injured; "209 arrests" and "400 persons were detained" the arrested. The people are named by what
they are ("migrants", "individuals", "others") and what befell them by a noun, a verb or a state; a
count of people is compared with another by its fate, so that the wording never keeps one toll
from its restatement, and two fates ("killed", "injured") are never one count.
"""

from __future__ import annotations

import re

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
}
FATES = {word: fate for fate, words in _FATE_WORDS.items() for word in words.split()}
#: A fate written as a noun that a count of people hangs from by "of": "the deaths of 246 individuals".
_FATE_NOUN_BEFORE_RE = re.compile(
    r"\b(?P<fate>deaths|injuries|arrests|detention|evacuation|hospitalization|hospitalisation|rescue)\s+of\s+"
    r"(?:the\s+|some\s+|another\s+)?$",
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
    """The fate a count of people hangs from by "of": "the deaths of 246 individuals" gives "deaths"."""
    found = _FATE_NOUN_BEFORE_RE.search(text_before[-40:])
    return found.group("fate").lower() if found else None
