"""Names in a sentence, and the aliases articles declare for them ("Zhipu AI, known as Z.ai").

Capitalised word runs are a cheap, predictable stand-in for named-entity recognition
that never downloads a model; places and their adjectives are told apart with
:data:`claimcheck.words.PLACES` so "Chinese models" point to China.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .acronyms import ACRONYM_RE, spelled_out
from .measures import PEOPLE_NOUNS, WORD_TO_MEASURE
from .names import COMMON_ACRONYMS, OWNED_COMPANY
from .numbers import TENS_WORDS, UNITS_WORDS
from .parsing import parsed_pos
from .timeref import MONTHS
from .words import GLOBAL_WORDS, STOPWORDS, place_of

#: Capitalised words that are not names of anything a figure belongs to.
GENERIC = COMMON_ACRONYMS | frozenset(
    """ai's it i mr mrs ms dr prof the a an
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    however meanwhile still yet but and or so while when since after before despite although though
    even also some many most more less about over under its their his her this that these those
    there here what which who how why where if as at by for from in on of to with into
    first second third last next new chief president premier minister ceo founder analyst
    hurricane typhoon cyclone storm tropical
    ok yes no not only just
    analysis opinion explainer editorial""".split()
)
_TOKEN_RE = re.compile(
    r"(?:(?<![\w$])[A-Z][\w.&\-’']*(?<![.\-])|\b[a-z]\.[a-z]{2,}\b"
    r"|(?<![\w$])[a-z]{1,2}[A-Z](?:[A-Z]+|[a-z]{2,})[\w\-’']*)(?![\w$])",  # "xAI", "iPhone", "eBay"; not "kWh"
    re.UNICODE,
)
#: "Greta Gerwig-directed", "SoftBank-backed", "GPT-4-level", "Hong Kong-listed": a name made an adjective
#: says who shaped the thing or what it is like, not whose it is.
_NAME_ADJECTIVE_RE = re.compile(r"^[A-Z][\w.&’'\-]*-[a-z]{3,}$")
_JOINERS = {"of", "de", "&"}
#: Bodies named for what they serve: "the Department for Transport", "the Institute for Fiscal Studies".
_BODIES_FOR = frozenset(
    "Department Centre Center Centres Centers Institute Minister Ministry Secretary Commission Commissioner Office "
    "Agency Council Foundation Fund Committee Coalition Alliance Society Association Campaign Board Authority "
    "Organisation Organization".split()
)
_SOURCE_BEFORE = re.compile(
    r"(?:according to|cited by|citing|per|(?:reported|directed|written|produced|led|starring|hosted|made) by|starring|"
    r"(?:data|study|report|survey|analysis|research|estimate|poll)s?"
    r"\s(?:from|by))\s+(?:the\s+|a\s+)?(?:[A-Z][\w.\-]*['’]s\s+)?$",
    re.I,
)
#: "X said", "an X report estimates": X says the figure, it does not own it.
#: A dateline: the place in capitals (and an agency) an article was filed from, before a dash.
#: "NEW YORK, Feb 12 (Reuters) -", "NEW YORK—", "Bhubaneshwar (Odisha) [India], June 3 (ANI):".
_DATELINE_RE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'’\- ]{2,40}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?=,|\s[(\[]))(?:\s*[(\[][^)\]]{1,30}[)\]])*"
    r"(?:,\s*[A-Z][\w.]*\.?(?:\s(?:[A-Z][\w.]*|\d{1,2}(?:,\s*\d{4})?))?){0,2}"
    r"\s*(?:\([^)]{1,30}\)\s*)?(?:[—–-]+\s?|:\s)"
)
_INITIALISM_RE = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")


def dateline_end(sentence: str) -> int:
    """Where a dateline opening a sentence ends ("NEW YORK, Feb 12 (Reuters) - "), else 0: the place an article
    was filed from and its agency say nothing of the figures after them. A place in title case counts only with
    an agency or a day ("Kyiv, March 3 -", "Balasore (Odisha) [India]:"), never "Meanwhile, Tesla -"."""
    found = _DATELINE_RE.match(sentence)
    if found is None:
        return 0
    text = found.group(0)
    first = (text.split() or [""])[0].strip(",")
    marked = first.isupper() and len(first) > 1 or bool(re.search(r"[(\[]|\d", text))
    return found.end() if marked else 0


_SOURCE_AFTER = re.compile(
    r"^(?:['’]s)?(?:\s+[a-z]+){0,3}\s+(?:said|says|estimated|estimates|found|finds|measures|measured|"
    r"predicted|predicts|noted|notes|told|wrote|writes|calculates)\b|^(?:\s+[a-z]+){0,2}\s+(?:reported|reports)\s+that\b"
)
_LOCATION_BEFORE = re.compile(
    r"\b(?:in|within|on|at|from|across|to|into|inside|outside|throughout|its|their|his|her|our|the|a|an)\s+$", re.I
)
_ALIAS_RE = re.compile(
    r"(?P<a>[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3}),?\s\(?(?:also\s|better\s|formerly\s|now\s)?known"
    r"(?:\s(?:internationally|locally|globally|abroad|in\s\w+))?\sas\s(?P<b>[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3})"
)
_PAREN_ALIAS_RE = re.compile(
    r"(?P<a>[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3})\s\((?P<b>[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,2})\)"
)

#: A listed company and its ticker: "Reddit Inc (NYSE: RDDT)", "Arm, which trades under the ticker symbol "ARM"".
_TICKER_ALIAS_RE = re.compile(
    r"(?P<a>[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3})\s\((?:[A-Z]{2,8}|Nasdaq|Nyse)\s?:\s?(?P<b>[A-Z][A-Z.]{0,5})\)"
    r"|(?P<c>[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3}),?\s(?:which\s)?(?:trades|trading|listed|is listed)\s(?:under|as)"
    r"\s(?:the\s)?(?:ticker\s)?(?:symbol\s)?[\"“']?(?P<d>[A-Z][A-Z.]{0,5})\b"
)


@dataclass(frozen=True)
class Mention:
    """A name in a sentence: its canonical form, where it is, and what kind of name."""

    name: str  #: Canonical name ("China" for "Chinese", "Zhipu" for "Zhipu AI").
    start: int
    end: int
    is_place: bool
    possessive: bool  #: Written "X's": the owner of what follows.
    is_source: bool  #: Introduced by "according to": who says, not whose figure.
    located: bool = False  #: A place after "in", "its", "the": where, not who.


def mentions(sentence: str, known: str | None = None) -> list[Mention]:
    """Names in ``sentence`` in order, generic capitalised words dropped.

    ``known``: the article's main entity, a name wherever it stands, even where the parser takes a sentence's first
    word for an adjective ("Meta shares fell 26%")."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN_RE.finditer(sentence)]
    runs: list[list[tuple[int, int, str]]] = []
    for token in tokens:
        if runs:
            last = runs[-1][-1]
            gap = sentence[last[1] : token[0]]
            joined = (
                gap == " "
                or (gap.strip() in _JOINERS and len(gap) <= 5)
                or (gap == " for " and last[2] in _BODIES_FOR)  # "Department for Transport", "Centers for Disease"
                or (gap == ". " and _INITIALISM_RE.match(last[2]) is not None)  # "U.S. Geological Survey"
            )
            if joined and (not re.search(r"['’]s$", last[2]) or _group_named_for(last[2])):
                runs[-1].append(token)
                continue
        runs.append([token])
    found: list[Mention] = []
    dateline = _DATELINE_RE.match(sentence)
    for run in runs:
        adjective = max((i for i, (_, _, w) in enumerate(run) if _NAME_ADJECTIVE_RE.match(w)), default=None)
        if adjective is not None:
            run = run[adjective + 1 :]  # "the Greta Gerwig-directed Barbie" names Barbie
        words = [w for _, _, w in run]
        while (
            words
            and _generic(words[0], run[0][0], sentence)
            and not _is_known(words[0], known)
            and not _names_a_place(words, run[0][0], sentence)
        ):
            run, words = run[1:], words[1:]
        while words and _generic(words[-1], 1, sentence) and not _numbered_name(words):
            run, words = run[:-1], words[:-1]
        if not words:
            continue
        start, end = run[0][0], run[-1][1]
        if re.search(r"(?<![\w-])[a-z]+-$", sentence[:start]):
            continue  # "anti-Semitism", "pro-Brexit": a name inside a lower-case word is no name of its own
        text = sentence[start:end]
        possessive = bool(re.search(r"['’]s$", text))
        name = re.sub(r"['’]s?$", "", text)
        if name.lower() in MONTHS:
            continue
        place = place_of(name)
        is_source = (
            (dateline is not None and start < dateline.end())  # "ST. PETERSBURG, Fla. (AP) —": where filed
            or bool(_SOURCE_BEFORE.search(sentence[:start]))
            or bool(_SOURCE_AFTER.match(sentence[end:]))
            or bool(re.match(r"^\)", sentence[end:]) and sentence[:start].rstrip().endswith("("))
        )
        located = place is not None and not possessive and bool(_LOCATION_BEFORE.search(sentence[:start]))
        found.append(Mention(place or name, start, end, place is not None, possessive, is_source, located))
    return found


def _group_named_for(word: str) -> bool:
    """A possessive of people that starts a name: "the Women's World Cup", "Children's Hospital", "People's Bank"."""
    return re.sub(r"['’]s$", "", word).lower() in PEOPLE_NOUNS


def _at_sentence_start(position: int, sentence: str) -> bool:
    """Whether a word at ``position`` opens a sentence or a quote, where a capital says nothing of a name."""
    return position == 0 or bool(re.search(r"[.!?:\"“—]\s*$", sentence[:position]))


def _names_a_place(words: list[str], position: int, sentence: str) -> bool:
    """A run that starts on a common capitalised word and names a place whole: "New York", "New Zealand", or "New"
    inside a sentence before another capital ("New Jersey", "New Balance"), never "New figures show"."""
    if place_of(" ".join(words)):
        return True
    return words[0] == "New" and len(words) > 1 and not _at_sentence_start(position, sentence)


def _numbered_name(words: list[str]) -> bool:
    """A name that ends on a capitalised number word: "BBC One", "Channel Four", "Formula One"."""
    last = words[-1]
    return len(words) > 1 and last[:1].isupper() and last.lower() in UNITS_WORDS and not _generic(words[-2], 1, "")


def _is_known(word: str, known: str | None) -> bool:
    return bool(known) and re.sub(r"['’]s$", "", word) == known


def _generic(word: str, position: int, sentence: str) -> bool:
    lowered = re.sub(r"['’]s$", "", word).lower()
    if lowered.endswith("days") and lowered[:-1] in GENERIC:
        return True  # "Sundays": a weekday, written as a plural
    if (
        lowered in GENERIC
        or lowered in MONTHS
        or lowered in GLOBAL_WORDS
        or lowered in UNITS_WORDS
        or lowered in TENS_WORDS
    ):
        return True
    if not _at_sentence_start(position, sentence):
        return False
    if lowered in STOPWORDS or lowered in WORD_TO_MEASURE or re.search(r"(?:ed|ing|ly)$", lowered):
        return True  # "Revenue rose 5%": a measure word, not a name
    # A capital at the start says nothing: "Overseas success with $182M" (nouns stay: the parser tags
    # many names at the start as nouns).
    return parsed_pos(sentence, position) in ("ADJ", "ADV", "VERB", "DET", "PRON", "ADP", "CCONJ")


def is_named(owner: str | None) -> bool:
    """An owner given by name ("Reddit"), not unsaid or only described ("the company", "new franchise")."""
    return bool(owner) and not owner[0].islower()


#: What a possessive name is followed by when it owns a company: the company's name or a company noun.
_OWNS_A_COMPANY_RE = re.compile(
    rf"(?:['’]s)?\s+(?:[A-Za-z][\w\-]*[A-Z][\w\-]*|[A-Z][\w\-]+)\s+(?=[a-z])|{OWNED_COMPANY}"
)


def main_entity(sentences: list[str]) -> str | None:
    """The name an article is about: the one it mentions most, at least twice, places and sources aside.

    It stands in for "the company" and "it" when the parse finds no other owner.
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for position, sentence in enumerate(sentences):
        for mention in mentions(sentence):
            if mention.possessive and _OWNS_A_COMPANY_RE.match(sentence[mention.end :]):
                continue  # "Elon Musk's xAI", "Musk's startup": the article's "it" is the company, not its owner
            if not mention.is_place and not mention.is_source and len(mention.name) > 1:
                counts[mention.name] = counts.get(mention.name, 0) + 1
                first.setdefault(mention.name, position)
    if not counts:
        return None
    name = max(counts, key=lambda n: (counts[n], -first[n]))
    return name if counts[name] >= 2 else None


def entity_kinds(text: str, name: str | None) -> frozenset[str]:
    """The nouns an article calls its main entity by, where it says so: "the Barbie film", "Barbie, the
    Gerwig movie", "the striker Ronaldo", "Hurricane Ian". Its "the film" and "the storm" then mean that name.

    Only a noun the article also writes as "the <noun>" counts: the one name beside it is what it stands for.
    """
    if not name:
        return frozenset()
    named = re.escape(name)
    found = set()
    for pattern in (
        rf"\b{named}[’']?s?\s+(?P<n>[a-z]{{3,}})\b",  # "the Barbie film", "Ian's"
        rf"\bthe\s+(?:[\w\-]+\s+){{0,3}}?(?P<n>[a-z]{{3,}})\s*,?\s+{named}\b",  # "the striker Ronaldo"
        rf"\b{named}\s*,\s*(?:the|a|an)\s+(?:[\w\-]+\s+){{0,3}}?(?P<n>[a-z]{{3,}})\b",  # "Barbie, the Gerwig film"
        rf"\b(?P<t>[A-Z][a-z]{{3,}})\s+{named}\b",  # "Hurricane Ian": a title before the name
    ):
        for match in re.finditer(pattern, text):
            found.add((match.groupdict().get("n") or match.group("t")).lower())
    return frozenset(n for n in found if n not in STOPWORDS and re.search(rf"\bthe\s+{n}\b", text, re.I))


class Aliases:
    """Names the articles declare equal, joined by union-find; lookups are case-blind."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._roots: dict[str, str] = {}  # name -> canonical, millions of lookups in a big run
        self._settings: set[str] = set()

    def add(self, a: str, b: str) -> None:
        """Declare ``a`` and ``b`` the same entity."""
        root_a, root_b = self.canonical(a), self.canonical(b)
        if root_a != root_b:
            self._parent[root_b] = root_a
            self._roots.clear()

    def canonical(self, name: str) -> str:
        """The representative name for ``name`` (lower-cased)."""
        root = self._roots.get(name)
        if root is None:
            root = _key(name)
            while self._parent.get(root, root) != root:
                root = self._parent[root]
            self._roots[name] = root
        return root

    def same(self, a: str, b: str) -> bool:
        """True when the names are equal or declared aliases."""
        return self.canonical(a) == self.canonical(b)

    def add_settings(self, names: set[str] | frozenset[str]) -> None:
        """Declare names a story's setting (:mod:`claimcheck.settings`): where its figures hold, not whose."""
        self._settings |= {_key(name) for name in names}

    def is_setting(self, name: str | None) -> bool:
        """Whether ``name`` is one of the run's stories' settings."""
        return bool(name) and _key(name) in self._settings

    def same_place(self, a: str, b: str) -> bool:
        """Two names of one place: one name, or two of a story's setting ("Tahta", "Sohag province", "Egypt") that
        are not two countries the place table knows apart."""
        return self.same(a, b) or (self.is_setting(a) and self.is_setting(b) and not (place_of(a) and place_of(b)))

    def learn(self, text: str) -> None:
        """Record the aliases ``text`` declares: "X, also known as Y", "X (Y)"."""
        for match in _ALIAS_RE.finditer(text):
            self.add(_strip_generic(match.group("a")), _strip_generic(match.group("b")))
        for match in _TICKER_ALIAS_RE.finditer(text):
            name, ticker = match.group("a") or match.group("c"), match.group("b") or match.group("d")
            self.add(_strip_generic(name), ticker)
        for match in _PAREN_ALIAS_RE.finditer(text):
            a, b = _strip_generic(match.group("a")), _strip_generic(match.group("b"))
            if a and b and len(b) > 1 and not place_of(b):
                self.add(a, b)
        self._learn_short_names(text)

    def learn_story(self, texts: list[str]) -> None:
        """The last names one story's articles use for its full names: one article writes "Harry Kane", another
        only "Kane". A last name two of the story's full names end with ("Trump") stays unjoined."""
        names: set[str] = set()
        for text in texts:
            names |= _names(text)
        self._join_short_names(names)
        self._join_tails(names)
        self._join_misspellings(names, texts)
        self._join_acronyms(names, texts)

    def _join_acronyms(self, names: set[str], texts: list[str]) -> None:
        """ "the SNP" in one article, "the Scottish National Party" in another: an acronym the story spells out."""
        for acronym in sorted(n for n in names if ACRONYM_RE.fullmatch(n)):
            full = spelled_out(acronym, texts)
            if full is None:
                continue
            self.add(full, acronym)
            for name in names:  # "Kenya National Commission", a name read short of "... on Human Rights"
                if len(name.split()) >= 2 and full.startswith(name + " "):
                    self.add(name, acronym)

    def _join_tails(self, names: set[str]) -> None:
        """ "the FIFA Club World Cup 2025" in one article, "the Club World Cup" in another: a name of two words or more
        that ends exactly one longer name of the story (its year or edition number aside) is that name, and so is a
        name that is all but the last word of exactly one longer name ("Pukhrayan", "Pukhrayan Section")."""
        longer: dict[str, list[str]] = {}
        headed: dict[str, list[str]] = {}
        for name in names:
            words = name.split()
            while words and words[-1].isdigit():
                words.pop()
            for start in range(1, len(words) - 1):
                longer.setdefault(" ".join(words[start:]), []).append(name)
            if len(words) >= 2:
                headed.setdefault(" ".join(words[:-1]), []).append(name)
        for part, full in (*longer.items(), *headed.items()):
            if part in names and len(full) == 1:
                self.add(full[0], part)

    def _join_misspellings(self, names: set[str], texts: list[str]) -> None:
        """ "Carillion" in one article, "Carillon" in another; "Machchhu" and "Machchu": a long name one letter from
        another of its story is that name misspelt or transliterated another way, unless one article writes both
        (Johnson and Johnston, two people)."""
        by_variant: dict[str, list[str]] = {}  # a name's key and each key one letter shorter: slips share one
        for name in sorted(names):
            key = _key(name)
            if len(key) >= _LEAST_FOR_A_SLIP:
                for variant in {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}:
                    by_variant.setdefault(variant, []).append(name)
        for group in by_variant.values():
            for i, name in enumerate(group):
                for other in group[i + 1 :]:
                    a, b = sorted((_key(name), _key(other)), key=len)
                    if _one_letter_apart(a, b) and not _written_together(name, other, texts):
                        self.add(name, other)

    def _learn_short_names(self, text: str) -> None:
        """ "Cristiano Ronaldo ... Ronaldo said": a full name and the last name the same text uses for it."""
        self._join_short_names(_names(text))

    def _join_short_names(self, names: set[str]) -> None:
        full_names: dict[str, list[str]] = {}
        for name in names:
            words = name.split()
            if 2 <= len(words) <= 3 and words[-1].lower() not in _COMPANY_FORMS and not place_of(words[-1]):
                full_names.setdefault(words[-1], []).append(name)
        for last, full in full_names.items():
            if last in names and len(full) == 1:
                self.add(full[0], last)


#: Names this long or longer may be joined to one a letter away; shorter ones are as often two names (Iran, Iraq).
_LEAST_FOR_A_SLIP = 7


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter substituted, or one added (``b`` the longer by one)."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(b) != len(a) + 1:
        return False
    i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i:] == b[i + 1 :]


def _written_together(a: str, b: str, texts: list[str]) -> bool:
    return any(re.search(rf"\b{re.escape(a)}\b", text) and re.search(rf"\b{re.escape(b)}\b", text) for text in texts)


def _names(text: str) -> set[str]:
    """The names ``text`` gives owners: no place, no source."""
    return {m.name for m in text_mentions(text) if not m.is_place and not m.is_source}


@lru_cache(maxsize=4096)
def text_mentions(text: str) -> tuple[Mention, ...]:
    """The names of a whole article, read once for its aliases, its story's aliases and its story's setting."""
    return tuple(mentions(text))


def _strip_generic(name: str) -> str:
    words = [w for w in name.split() if w.lower().strip(".,") not in GENERIC]
    return " ".join(words).strip(" ,.")


#: Company-form words that do not change who is meant: "Reddit Inc" is Reddit, "Arm Holdings" is Arm, and
#: the trade or reach a name ends on ("Mobil Oil", "Meta Platforms", "Tesla Motors", "Marriott International").
_COMPANY_FORMS = frozenset(
    "inc inc. corp corp. corporation ltd ltd. limited plc llc co co. holdings holding group sa ag nv "
    "oil motors airlines platforms technologies pharmaceuticals international electronics entertainment resorts".split()
)


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    name = _ACRONYM_DOTS_RE.sub("", name)  # "I.N.D.I.A" is "INDIA"
    name = _INNER_POSSESSIVE_RE.sub("", name)  # "the Lionesses' Euros" is "the Lionesses Euros"
    words = _strip_generic(name.replace("&", " and ")).lower().strip(" .,'’").split()  # "Deadpool & Wolverine"
    while len(words) > 1 and words[-1].strip(",") in _COMPANY_FORMS | _GROUP_FORMS:
        words.pop()
    while len(words) > 1 and words[0] in _SIDES:
        words.pop(0)  # "the Opposition INDIA alliance" is the INDIA alliance
    # "ExxonMobil" and "Exxon Mobil" are one name, and so are "Vučić" and "Vucic": outlets drop the accents
    return _unaccented("".join(words))


def _unaccented(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_INNER_POSSESSIVE_RE = re.compile(r"(?<=\w)['’](?:s\b)?(?=\s+\w)")
_ACRONYM_DOTS_RE = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z]\b)|(?<=\b[A-Z]\.[A-Z])\.(?=\s|$)")
#: What a group is called after its name: "the INDIA bloc", "the INDIA alliance", "the Labour Party".
_GROUP_FORMS = frozenset({"bloc", "alliance", "coalition", "front", "party"})
#: Which side a group is on, written before its name: "Opposition INDIA".
_SIDES = frozenset({"opposition", "ruling", "governing"})
