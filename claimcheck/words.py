"""Small English word lists the readers share: stopwords, places, demonyms, plurals."""

from __future__ import annotations

from functools import lru_cache

STOPWORDS = frozenset(
    """a an the of in on at by for from to with without within into onto over under about above below
    and or but nor so yet as than that which who whom whose what when where while whereas because
    since after before during until through across among between against per via including
    is are was were be been being has have had do does did will would shall should can could may might
    must its it their they them his her he she we our you your this these those there here such
    not no only just also even still already more most less least very much many some any each every
    other another all both either neither one own same up down out off again then now
    said says say according reported report told
    """.split()
)

#: Countries, regions and cities a figure's scope or subject may name, with the adjectives
#: that point to them ("Chinese models" are China's).
PLACES = {
    "china": "China",
    "chinese": "China",
    "mainland china": "China",
    "prc": "China",
    "hong kong": "Hong Kong",
    "taiwan": "Taiwan",
    "taiwanese": "Taiwan",
    "us": "United States",
    "u.s.": "United States",
    "usa": "United States",
    "america": "United States",
    "american": "United States",
    "united states": "United States",
    "the us": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "british": "United Kingdom",
    "united kingdom": "United Kingdom",
    "england": "United Kingdom",
    "japan": "Japan",
    "japanese": "Japan",
    "korea": "South Korea",
    "south korea": "South Korea",
    "korean": "South Korea",
    "india": "India",
    "indian": "India",
    "singapore": "Singapore",
    "singaporean": "Singapore",
    "malaysia": "Malaysia",
    "malaysian": "Malaysia",
    "indonesia": "Indonesia",
    "indonesian": "Indonesia",
    "vietnam": "Vietnam",
    "vietnamese": "Vietnam",
    "thailand": "Thailand",
    "thai": "Thailand",
    "philippines": "Philippines",
    "filipino": "Philippines",
    "australia": "Australia",
    "australian": "Australia",
    "canada": "Canada",
    "canadian": "Canada",
    "mexico": "Mexico",
    "mexican": "Mexico",
    "brazil": "Brazil",
    "brasil": "Brazil",
    "brazilian": "Brazil",
    "germany": "Germany",
    "german": "Germany",
    "france": "France",
    "french": "France",
    "italy": "Italy",
    "italian": "Italy",
    "spain": "Spain",
    "spanish": "Spain",
    "russia": "Russia",
    "russian": "Russia",
    "ukraine": "Ukraine",
    "ukrainian": "Ukraine",
    "europe": "Europe",
    "european": "Europe",
    "eu": "Europe",
    "asia": "Asia",
    "asian": "Asia",
    "africa": "Africa",
    "african": "Africa",
    "southeast asia": "Southeast Asia",
    "middle east": "Middle East",
    "israel": "Israel",
    "israeli": "Israel",
    "iran": "Iran",
    "iranian": "Iran",
    "turkey": "Turkey",
    "turkish": "Turkey",
    "saudi arabia": "Saudi Arabia",
    "saudi": "Saudi Arabia",
    "egypt": "Egypt",
    "nigeria": "Nigeria",
    "south africa": "South Africa",
    "argentina": "Argentina",
    "chile": "Chile",
    "peru": "Peru",
    "colombia": "Colombia",
    "netherlands": "Netherlands",
    "dutch": "Netherlands",
    "sweden": "Sweden",
    "swedish": "Sweden",
    "norway": "Norway",
    "poland": "Poland",
    "polish": "Poland",
    "switzerland": "Switzerland",
    "swiss": "Switzerland",
    "ireland": "Ireland",
    "irish": "Ireland",
    "portugal": "Portugal",
    "greece": "Greece",
    "new zealand": "New Zealand",
    "pakistan": "Pakistan",
    "bangladesh": "Bangladesh",
    "beijing": "Beijing",
    "shanghai": "Shanghai",
    "shenzhen": "Shenzhen",
    "hangzhou": "Hangzhou",
    "tokyo": "Tokyo",
    "seoul": "Seoul",
    "london": "London",
    "paris": "Paris",
    "berlin": "Berlin",
    "new york": "New York",
    "washington": "United States",
    "california": "California",
    "silicon valley": "Silicon Valley",
    "texas": "Texas",
    "florida": "Florida",
    "virginia": "Virginia",
    "oregon": "Oregon",
    "jakarta": "Jakarta",
    "mumbai": "Mumbai",
    "delhi": "Delhi",
    "sydney": "Sydney",
    "western": "West",
    "west": "West",
}

#: Words that set a figure's scope to the whole world.
GLOBAL_WORDS = frozenset({"global", "globally", "worldwide", "world", "world's", "international", "internationally"})

_IRREGULAR = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "data": "data",
    "series": "series",
    "news": "news",
    "species": "species",
    "analyses": "analysis",
}


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """A plural noun's singular: "users" gives "user", "companies" gives "company"."""
    lowered = word.lower()
    if lowered in _IRREGULAR:
        return _IRREGULAR[lowered]
    if lowered.endswith("men") and not lowered.endswith("imen") and len(lowered) > 5:
        return lowered[:-3] + "man"  # fishermen, chairmen
    if lowered.endswith("ies") and len(lowered) > 4:
        return lowered[:-3] + "y"
    if lowered.endswith(("ches", "shes", "sses", "xes")):
        return lowered[:-2]
    if lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")) and len(lowered) > 3:
        return lowered[:-1]
    return lowered


def place_of(name: str) -> str | None:
    """The place a name or adjective points to ("Chinese" gives "China"), or None."""
    return PLACES.get(name.lower().strip(" .'’").removesuffix("'s").removesuffix("’s"))
