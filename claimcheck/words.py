"""Small English word lists the readers share: stopwords, places, demonyms, plurals."""

from __future__ import annotations

import re
from functools import lru_cache

STOPWORDS = frozenset(
    """a an the of in on at by for from to with without within into onto over under about above below
    and or but nor so yet as than that which who whom whose what when where while whereas because
    since after before during until through across among between against per via including
    is are was were be been being has have had do does did will would shall should can could may might
    must its it their they them his her he she we our you your this these those there here such
    not no only just also even still already more most less least very much many some any each every
    other another all both either neither one own same up down out off again then now
    said says say according reported report told amid amidst despite toward towards beyond upon throughout
    today tonight yesterday tomorrow overnight
    """.split()
)

#: Countries, regions and cities a figure's scope or subject may name, with the adjectives
#: that point to them ("Chinese models" are China's).
_PLACES = """
China: china, chinese, mainland china, prc
Hong Kong: hong kong
Taiwan: taiwan, taiwanese
United States: us, u.s., usa, america, american, united states, the us, washington
United Kingdom: uk, u.k., britain, british, united kingdom, england
Japan: japan, japanese
South Korea: korea, south korea, korean
India: india, indian
Singapore: singapore, singaporean
Malaysia: malaysia, malaysian
Indonesia: indonesia, indonesian
Vietnam: vietnam, vietnamese
Thailand: thailand, thai
Philippines: philippines, filipino
Australia: australia, australian
Canada: canada, canadian
Mexico: mexico, mexican
Brazil: brazil, brasil, brazilian
Germany: germany, german
France: france, french
Italy: italy, italian
Spain: spain, spanish
Russia: russia, russian
Ukraine: ukraine, ukrainian
Europe: europe, european, eu
Asia: asia, asian
Africa: africa, african
Southeast Asia: southeast asia
Middle East: middle east
Israel: israel, israeli
Iran: iran, iranian
Turkey: turkey, turkish, türkiye, turkiye
Saudi Arabia: saudi arabia, saudi
Egypt: egypt, egyptian
Nigeria: nigeria, nigerian
South Africa: south africa
Argentina: argentina, argentine, argentinian
Chile: chile, chilean
Peru: peru, peruvian
Colombia: colombia, colombian
Netherlands: netherlands, dutch
Sweden: sweden, swedish
Norway: norway, norwegian
Poland: poland, polish
Switzerland: switzerland, swiss
Ireland: ireland, irish
Portugal: portugal, portuguese
Greece: greece, greek
New Zealand: new zealand
Pakistan: pakistan, pakistani
Bangladesh: bangladesh, bangladeshi
Afghanistan: afghanistan, afghan
Albania: albania, albanian
Algeria: algeria, algerian
Angola: angola, angolan
Armenia: armenia, armenian
Austria: austria, austrian
Azerbaijan: azerbaijan, azerbaijani
Bahrain: bahrain, bahraini
Belarus: belarus, belarusian
Belgium: belgium, belgian
Bolivia: bolivia, bolivian
Bosnia and Herzegovina: bosnia, bosnia and herzegovina, bosnian
Botswana: botswana
Bulgaria: bulgaria, bulgarian
Burkina Faso: burkina faso
Burundi: burundi
Cambodia: cambodia, cambodian
Cameroon: cameroon, cameroonian
Costa Rica: costa rica
Croatia: croatia, croatian
Cuba: cuba, cuban
Cyprus: cyprus, cypriot
Czech Republic: czech republic, czechia, czech
Democratic Republic of the Congo: democratic republic of the congo, drc, dr congo, congo
Denmark: denmark, danish
Dominican Republic: dominican republic
Ecuador: ecuador, ecuadorian
El Salvador: el salvador
Estonia: estonia, estonian
Ethiopia: ethiopia, ethiopian
Finland: finland, finnish
Ghana: ghana, ghanaian
Guatemala: guatemala, guatemalan
Haiti: haiti, haitian
Honduras: honduras
Hungary: hungary, hungarian
Iceland: iceland, icelandic
Iraq: iraq, iraqi
Ivory Coast: ivory coast, cote d'ivoire
Jamaica: jamaica, jamaican
Kazakhstan: kazakhstan
Kenya: kenya, kenyan
Kuwait: kuwait, kuwaiti
Kyrgyzstan: kyrgyzstan
Laos: laos
Latvia: latvia, latvian
Lebanon: lebanon, lebanese
Libya: libya, libyan
Lithuania: lithuania, lithuanian
Luxembourg: luxembourg
Madagascar: madagascar
Malawi: malawi
Mali: mali
Malta: malta, maltese
Mauritania: mauritania
Moldova: moldova, moldovan
Mongolia: mongolia, mongolian
Montenegro: montenegro
Morocco: morocco, moroccan
Mozambique: mozambique
Myanmar: myanmar, burma, burmese
Namibia: namibia
Nepal: nepal, nepalese, nepali
Nicaragua: nicaragua
Niger: niger
North Korea: north korea
North Macedonia: north macedonia, macedonia
Oman: oman
Panama: panama
Papua New Guinea: papua new guinea
Paraguay: paraguay
Qatar: qatar, qatari
Romania: romania, romanian
Rwanda: rwanda, rwandan
Senegal: senegal, senegalese
Serbia: serbia, serbian
Sierra Leone: sierra leone
Slovakia: slovakia, slovak
Slovenia: slovenia, slovenian
Somalia: somalia, somali
South Sudan: south sudan
Sri Lanka: sri lanka, sri lankan
Sudan: sudan, sudanese
Syria: syria, syrian
Tajikistan: tajikistan
Tanzania: tanzania, tanzanian
Tunisia: tunisia, tunisian
Turkmenistan: turkmenistan
Uganda: uganda, ugandan
United Arab Emirates: united arab emirates, uae
Uruguay: uruguay
Uzbekistan: uzbekistan
Venezuela: venezuela, venezuelan
Yemen: yemen, yemeni
Zambia: zambia, zambian
Zimbabwe: zimbabwe, zimbabwean
Beijing: beijing
Shanghai: shanghai
Shenzhen: shenzhen
Hangzhou: hangzhou
Tokyo: tokyo
Seoul: seoul
London: london
Paris: paris
Berlin: berlin
New York: new york, new york city
California: california
Silicon Valley: silicon valley
Texas: texas
Florida: florida
Virginia: virginia
Oregon: oregon
Jakarta: jakarta
Mumbai: mumbai
Delhi: delhi, new delhi
Sydney: sydney
West: western, west
"""
PLACES = {
    alias: place.strip()
    for place, aliases in (line.split(":") for line in _PLACES.strip().splitlines())
    for alias in aliases.strip().split(", ")
}

#: Words that set a figure's scope to the whole world.
GLOBAL_WORDS = frozenset(
    {"global", "globally", "worldwide", "world", "world's", "international", "internationally", "ww"}
)  # "ww": the trade press's "worldwide" ("$264M WW")
#: Words of time: never part of a measure's name or a scope's ("last year", "the past week").
TIME_WORDS = frozenset(
    "last next this past previous earlier later early late year years month months week weeks "
    "day days quarter quarters today yesterday ago annual".split()
)

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


#: After a name or a place, the words that make it a record's field, not an owner or a scope: "in US history",
#: "of any stock in Wall Street history", "in the club's history".
HISTORY_AFTER_RE = re.compile(r"(?:['’]s)?\s*(?:[\w.’'\-]+\s+){0,3}history\b", re.I)
