"""Hypothesis strategies shared by the tests and benchmarks/fuzz_figures.py."""

from hypothesis import strategies as st

PIECES = [
    "$",
    "HK$",
    "US$",
    "€",
    "£",
    "¥",
    "RMB ",
    "S$",
    "about ",
    "over ",
    "nearly ",
    "up to ",
    "more than ",
    "1",
    "12",
    "620",
    "4.35",
    "0.5",
    "1,234",
    "12,5",
    "300,000",
    "-",
    "–",
    " to ",
    " and ",
    " or ",
    "between ",
    " million",
    " billion",
    "bn",
    "m",
    "k",
    " percent",
    "%",
    " percentage points",
    " basis points",
    "x",
    "-fold",
    " times",
    " km",
    " miles",
    " mph",
    "kW",
    " users",
    " people",
    " a month",
    " per share",
    "亿",
    "万",
    "港元",
    "元",
    "one",
    "a third",
    "two-thirds",
    "half",
    "dozens of ",
    "thousands of ",
    "rose ",
    "fell ",
    "to ",
    "by ",
    "(",
    ")",
    " in 2025",
    " on March 3",
    " last year",
    "9:35 PM",
    "2-1",
    "iPhone 15",
    "H200",
    ".",
    ", ",
    " ",
]
#: Text built from the pieces news figures are made of.
NEWSY = st.lists(st.sampled_from(PIECES), min_size=1, max_size=14).map("".join)

# Whole news sentences, for the property tests of the claims stage (tests/test_robustness.py,
# benchmarks/fuzz_claims.py): the pieces real copy is made of, in orders real copy uses and
# in orders it never does.
NAMES = [
    "Acme Holdings",
    "O'Brien",
    "D'Souza & Co.",
    "J. P. Morgan",
    "Mr. T. K. Ng",
    "St. John's Hospital",
    "Côte d'Ivoire",
    "Xi'an",
    "the U.S.",
    "Harbourline Ltd.",
    "Zhipu AI's parent",
    "the offering's sponsors",
    "Petrobras",
    "São Paulo",
    "the company’s board",
    "BYD",
    "Dr. A. Lima",
]
VERBS = [
    "secured",
    "raised",
    "reported",
    "said it sold",
    "is seeking",
    "posted",
    "had",
    "rose",
    "fell",
    "grew by",
    "expects",
    "took",
    "lost",
    "was valued at",
]
CURRENCIES = ["$", "US$", "HK$", "S$", "R$ ", "€", "£", "¥", "RMB ", "A$", "C$", ""]
NUMBERS = ["350", "56.5", "1,234", "4.35", "0.5", "12", "300,000", "2.7", "1.200,50", "3,5", "14", "1", "99.9"]
SCALES = [" million", " billion", "bn", "m", " trillion", "k", "", " mil", " bilhões", " milhões", "亿", "万"]
TAILS = [
    " per cent of the offer",
    "% of the market",
    " percentage points",
    " cornerstone investors",
    " users a month",
    " per share",
    " people",
    " km",
    " times",
    "-fold",
    " por cento",
    " a year earlier",
    "",
]
CONNECTORS = [
    ", or ",
    " of the offer, from ",
    " to boost the offering's profile",
    " to lift the listing’s profile by ",
    " (",
    ") ",
    ", ",
    " and ",
    "; ",
    " compared with ",
    " up from ",
    " while ",
    " according to ",
    " in 2025",
    " last year",
    " on March 3",
    " in Hong Kong",
    ' "',
    '" ',
    " “",
    "” ",
    " — ",
    " – ",
]
STRAY = [".", "..", ",,", ";", "%", "$$", "(", ")", "'", "’", '"', "-", "/", "…", "?", "!", ":", "*", "#", "¥¥"]
FOREIGN = [
    "营收增长12.5%",
    "融资3.5亿美元",
    "约43.5亿港元",
    "同比下降7%",
    "R$ 1,5 bilhão",
    "cerca de 30 por cento",
    "2,3 mil milhões de euros",
    "a receita subiu 4,2%",
]

figure_text = st.builds(
    lambda qualifier, currency, number, scale, tail: f"{qualifier}{currency}{number}{scale}{tail}",
    st.sampled_from(["", "about ", "around ", "over ", "nearly ", "up to ", "more than ", "between "]),
    st.sampled_from(CURRENCIES),
    st.sampled_from(NUMBERS),
    st.sampled_from(SCALES),
    st.sampled_from(TAILS),
)
figure_list = st.lists(figure_text, min_size=2, max_size=4).map(
    lambda items: ", ".join(items[:-1]) + " and " + items[-1]
)
_piece = st.one_of(
    st.sampled_from(NAMES),
    st.sampled_from(VERBS),
    figure_text,
    figure_text,
    figure_list,
    st.sampled_from(CONNECTORS),
    st.sampled_from(STRAY),
    st.sampled_from(FOREIGN),
    st.sampled_from(PIECES),
)
#: One news sentence, from a name, a verb and a figure to a pile-up of clauses, lists and stray marks.
NEWS_SENTENCE = st.one_of(
    st.builds(
        lambda name, verb, figure, rest, end: f"{name} {verb} {figure}{rest}{end}",
        st.sampled_from(NAMES),
        st.sampled_from(VERBS),
        figure_text,
        st.lists(_piece, max_size=8).map(" ".join),
        st.sampled_from([".", "", "!", "?", '."', ".”", "...", ";"]),
    ),
    st.lists(_piece, min_size=1, max_size=20).map(" ".join),
)
#: A very long sentence: one clause pattern repeated, up to tens of thousands of characters.
LONG_SENTENCE = st.builds(lambda clause, times: " ".join([clause] * times), NEWS_SENTENCE, st.integers(5, 40))
#: Sentences as the figure reader meets them: mostly news, sometimes arbitrary text, or long up
#: to the longest claim the claims stage makes (MAX_SENTENCE_CHARS).
SENTENCE = st.one_of(
    NEWS_SENTENCE, NEWS_SENTENCE, NEWS_SENTENCE, st.text(max_size=300), LONG_SENTENCE.map(lambda s: s[:1000])
)
#: A document: sentences joined by spaces and paragraph breaks, now and then a very long one.
DOCUMENT_TEXT = st.lists(
    st.tuples(
        st.one_of(NEWS_SENTENCE, NEWS_SENTENCE, NEWS_SENTENCE, NEWS_SENTENCE, st.text(max_size=300), LONG_SENTENCE),
        st.sampled_from([" ", "\n", "\n\n", "  "]),
    ),
    min_size=1,
    max_size=4,
).map(lambda parts: "".join(sentence + gap for sentence, gap in parts))
