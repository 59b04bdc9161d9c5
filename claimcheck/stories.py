"""Stories: which documents of a run report on one story, so that pairs are formed only within one.

Why: a desk's run mixes articles on unrelated events, and two unrelated facts can look alike
(a model's training cost and a listing's share price are both "money" with an unread
subject). Comparing figures only between articles on one story removes that whole family
of false pairs, and lets every pair of like figures within a story be compared, however
differently the two sentences are worded.

The rule, measured with ``benchmarks/stories.py`` on real articles of nine stories, the
seeds and the fixtures, and a generated corpus (README, "What it does"):

1. Names. Each document's names are its capitalised words (stop words, months, number
   words and generic words such as "AI" or "CEO" dropped; "Chinese", "the U.S." and
   "Hong Kong" read as places). A lone capitalised word that starts a sentence
   ("Shares", "Analysts") counts only where some document of the run writes it
   capitalised mid-sentence, and headlines in title case are skipped. Names are weighted
   by TF-IDF over the run's documents (``1 + log tf`` times ``1 + log((1 + n) / (1 + df))``),
   so a name most articles carry ("US", "China") counts little and one a few carry
   ("Palisades", "SVB") much: articles on one story share their distinctive names, the
   company, the fire, the tour.
2. Wording. The cosine similarity of the mean embeddings of two documents' sentences with
   figures, above :data:`WORDING_FLOOR` (three in four pairs of real articles on different
   stories score below it), scaled to 0..1. It joins articles that name little (a short
   piece that says "the company") and keeps apart two stories of one place (two listings
   in Hong Kong) whose names overlap. Two documents that each name many things and share
   almost none of them (:data:`DISJOINT_NAMES`) are scored on names alone: two outbreaks or
   two crashes are worded alike and are two stories.
3. Dates. Coverage of one event clusters in time: two documents more than
   :data:`~claimcheck.story_dates.DATE_GRACE` days apart (:mod:`claimcheck.story_dates`) have their score multiplied by
   ``1 / (1 + extra_days / DATE_SCALE)`` (half at a year beyond the grace: a tour or a
   takeover is covered for months). An undated document takes the day of the dated one it
   is most alike, where the two score at least the threshold before dates: undated, it would
   bridge a company's two listings six years apart. Unknown dates otherwise weigh nothing.
4. Score of two documents: the date factor times ``NAME_WEIGHT * name cosine +
   (1 - NAME_WEIGHT) * wording`` (names alone where a document has no figure sentence).
   Documents are joined by average linkage: the two groups whose documents score highest
   on average are merged while that average is at least :data:`STORY_THRESHOLD`. Average
   linkage (:mod:`claimcheck.linkage`), unlike joining every pair above a threshold, does not
   chain: an article that mentions two stories does not fuse them; a story of one or two
   articles clearly nearer one story than any other joins it. The threshold is the middle of the range that
   kept every real set right, 0.19 to 0.21: a narrow range on sixty articles (at 0.18
   two Hong Kong listings become one story, at 0.22 one listing article stands alone).
5. A ``story`` field set by hand in the input (JSONL, CSV, Parquet) wins: documents
   with one label form one story, two labels are never merged, and documents without
   a label may join a labelled story by the same rule.

Every readable document gets a story; a run of one document is one story. A story's
label is its hand-set label, or its two most distinctive shared names ("eaton-palisades"),
made unique within the run.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

import numpy as np

from .entities import GENERIC
from .headline_owners import CAPITALISED_WORD_RE, is_title_case
from .linkage import WEAK_LINK, average_linkage
from .models import Document
from .neighbours import EXACT_LIMIT, build_index, distinct
from .numbers import TENS_WORDS, UNITS_WORDS
from .story_dates import date_discount, dated_by_nearest, day_number
from .timeref import MONTHS
from .words import GLOBAL_WORDS, STOPWORDS, place_of

#: Share of the score that comes from names (the rest from wording).
NAME_WEIGHT = 0.6
#: Average score at or above which two groups of documents are one story.
STORY_THRESHOLD = 0.2
#: Cosine similarity of document embeddings that unrelated news already reaches.
WORDING_FLOOR = 0.35
#: Name cosine under which two richly named documents (:data:`NAMED_LEAST` names each) share no story, however
#: alike their wording: on seven sets of real coverage (38 stories) this kept two outbreaks, worded alike and
#: sharing only "Health" and "Ministry", apart (pair precision 0.889 → 0.938, recall unchanged at 0.984).
DISJOINT_NAMES = 0.1
NAMED_LEAST = 8
#: Up to this many documents every pair is scored; above, the pairs sharing a name few
#: documents carry and each document's nearest in wording.
ALL_PAIRS = 500
#: Nearest documents in wording scored for each document of a large run.
NEIGHBOURS = 32
#: A name carried by more documents than this does not make them candidates on its own
#: (it still counts in their score).
COMMON_NAME = 200

_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\n\"“”(\[—–-])[\s\"“'‘(\[]*$")
_IGNORED = GENERIC | STOPWORDS | GLOBAL_WORDS | set(MONTHS) | set(UNITS_WORDS) | set(TENS_WORDS)


def document_names(text: str) -> tuple[Counter, Counter]:
    """The names in ``text`` by lower-cased key, and the capitalised words that only start sentences.

    A run of capitalised words is read left to right: the longest run of up to three
    words that names a place counts as that place ("Hong Kong", "the U.S." and "the
    United States" alike: "hong kong", "united states"), every other word on its own
    ("Silicon Valley Bank": "silicon valley" and "bank"). A single capitalised word that
    starts a sentence ("Shares", "CATL") is kept apart: :func:`run_names` counts it where
    the run writes it capitalised mid-sentence somewhere. Headlines (title case, or all
    capitals) are skipped.
    """
    counts: Counter = Counter()
    starts: Counter = Counter()
    for line in (m.group(0) for m in re.finditer(r"[^\n]+", text)):
        words = CAPITALISED_WORD_RE.findall(line)
        if len(words) >= 2 and not re.search(r"[a-z]", line):
            continue  # a heading in capitals
        if is_title_case(line):
            continue  # a headline in title case
        runs: list[list[str]] = []
        previous_end = -1
        for match in CAPITALISED_WORD_RE.finditer(line):
            word = re.sub(r"['’]s$", "", match.group(0))
            if runs and line[previous_end : match.start()] == " ":
                runs[-1].append(word)
            else:
                starts_sentence = bool(_SENTENCE_START_RE.search(line[max(0, match.start() - 4) : match.start()]))
                runs.append(["\0" if starts_sentence else "", word])
            previous_end = match.end()
        for marker, *run in runs:
            keys = _run_keys(run)
            if marker and len(run) == 1 and not place_of(run[0].replace(".", "")):  # a known place is a name anywhere
                starts.update(keys)
            else:
                counts.update(keys)
    return counts, starts


def run_names(documents: list[Document]) -> list[Counter]:
    """The names of each document (see :func:`document_names`), a word that only starts
    sentences counted where some document of the run writes it capitalised mid-sentence."""
    read = [document_names(d.text) for d in documents]
    named = {key for counts, _ in read for key in counts}
    names = []
    for counts, starts in read:
        counts = counts.copy()
        counts.update({key: n for key, n in starts.items() if key in named})
        names.append(counts)
    return names


def _run_keys(run: list[str]) -> list[str]:
    """The keys of one run of capitalised words: places as one key, other words one by one."""
    keys = []
    position = 0
    while position < len(run):
        for length in (3, 2, 1):
            words = " ".join(run[position : position + length]).replace(".", "")  # "U.S." as "US"
            place = place_of(words) if position + length <= len(run) else None
            if place:
                keys.append(place.lower())
                position += length
                break
        else:
            key = run[position].replace(".", "").lower()
            if len(key) >= 2 and key not in _IGNORED and not key.isdigit():
                keys.append(key)
            position += 1
    return keys


def find_stories(
    documents: list[Document],
    vectors: np.ndarray | None = None,
    owners: np.ndarray | None = None,
    *,
    threshold: float = STORY_THRESHOLD,
) -> list[str]:
    """The story label of each document, in order.

    ``vectors``: sentence embeddings, ``owners``: the position in ``documents`` of the
    document each vector's sentence belongs to (both optional: names and dates alone
    then decide). A document's own ``story`` (set in the input) is kept.
    """
    count = len(documents)
    if count == 0:
        return []
    weights, vocabulary = _tfidf(run_names(documents))
    wording = _document_vectors(count, vectors, owners)
    days = np.array([day_number(d.date) for d in documents], dtype=np.float64)
    first, second = _candidates(weights, wording)
    alike = _scores(first, second, weights, wording)
    days = dated_by_nearest(days, first, second, alike, threshold)
    scores = alike / date_discount(first, second, days)
    keep = scores >= threshold * WEAK_LINK
    fixed = [d.story for d in documents]
    clusters = average_linkage(count, first[keep], second[keep], scores[keep], threshold, fixed)
    return _labels(clusters, weights, vocabulary, fixed)


def _tfidf(names: list[Counter]):
    """Unit-length TF-IDF rows of the documents' names (a sparse matrix), and the names by column."""
    from scipy import sparse

    vocabulary: dict[str, int] = {}
    rows, columns, counts = [], [], []
    for row, found in enumerate(names):
        for key, tf in found.items():
            rows.append(row)
            columns.append(vocabulary.setdefault(key, len(vocabulary)))
            counts.append(tf)
    matrix = sparse.csr_matrix(
        (np.array(counts, dtype=np.float64), (np.array(rows, dtype=np.int64), np.array(columns, dtype=np.int64))),
        shape=(len(names), len(vocabulary)),
    )
    frequency = np.bincount(matrix.indices, minlength=len(vocabulary))
    idf = 1 + np.log((1 + len(names)) / (1 + frequency))
    matrix.data = (1 + np.log(matrix.data)) * idf[matrix.indices]
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    matrix = sparse.diags(1 / np.where(norms > 0, norms, 1.0)) @ matrix
    return matrix.tocsr(), sorted(vocabulary, key=vocabulary.get)


def _document_vectors(count: int, vectors, owners) -> np.ndarray | None:
    """Unit mean embedding of each document's sentences (zeros for a document with none)."""
    if vectors is None or owners is None or not len(vectors):
        return None
    sums = np.zeros((count, vectors.shape[1]), dtype=np.float64)
    np.add.at(sums, np.asarray(owners, dtype=np.int64), vectors)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return (sums / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def _candidates(weights, wording: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of documents (i < j) worth scoring: every pair of a small run; in a large one,
    those sharing a name few documents carry, and each document's nearest in wording."""
    count = weights.shape[0]
    if count <= ALL_PAIRS:
        first, second = np.triu_indices(count, k=1)
        return first.astype(np.int64), second.astype(np.int64)
    frequency = np.bincount(weights.indices, minlength=weights.shape[1])
    rare = weights[:, np.flatnonzero((frequency > 1) & (frequency <= COMMON_NAME))]
    rare.data[:] = 1.0
    keys = []
    for start in range(0, count, 2048):  # rows at a time: the whole product of a big run is large
        shared = (rare[start : start + 2048] @ rare.T).tocoo()
        rows = shared.row.astype(np.int64) + start
        later = shared.col > rows
        keys.append(rows[later] * count + shared.col[later].astype(np.int64))
    if wording is not None:
        nearest = _nearest(wording)
        rows = np.repeat(np.arange(count), nearest.shape[1])
        found = nearest.ravel()
        valid = (found >= 0) & (found != rows)
        rows, found = rows[valid], found[valid]
        keys.append(np.minimum(rows, found) * count + np.maximum(rows, found))
    merged = distinct(np.concatenate(keys))
    return merged // count, merged % count


def _nearest(wording: np.ndarray) -> np.ndarray:
    """Each document's :data:`NEIGHBOURS` nearest documents by wording (-1 where fewer)."""
    if len(wording) > EXACT_LIMIT:
        return build_index(wording).scan(NEIGHBOURS, WORDING_FLOOR)[0]
    k = min(NEIGHBOURS, len(wording) - 1)
    found = []
    for start in range(0, len(wording), 512):
        similarity = wording[start : start + 512] @ wording.T
        similarity[np.arange(len(similarity)), np.arange(start, start + len(similarity))] = -2.0
        found.append(np.argpartition(-similarity, k - 1, axis=1)[:, :k])
    return np.concatenate(found)


def _scores(first, second, weights, wording) -> np.ndarray:
    """Score of each candidate pair by names and wording (:func:`_date_discount` divides it for dates far apart)."""
    score = np.zeros(len(first))
    known = wording.any(axis=1) if wording is not None else None
    named = np.diff(weights.indptr)  # each document's count of names
    for start in range(0, len(first), 65536):  # a desk's day has millions of pairs: a part at a time
        a, b = first[start : start + 65536], second[start : start + 65536]
        names = np.asarray(weights[a].multiply(weights[b]).sum(axis=1)).ravel()
        if wording is not None:
            near = np.clip((np.einsum("ij,ij->i", wording[a], wording[b]) - WORDING_FLOOR) / (1 - WORDING_FLOOR), 0, 1)
            # two articles that each name many places and people and share almost none of them tell two
            # stories, however alike their words (two outbreaks, two crashes): wording joins only the sparsely named
            apart = (names < DISJOINT_NAMES) & (named[a] >= NAMED_LEAST) & (named[b] >= NAMED_LEAST)
            joined = np.where(apart, NAME_WEIGHT * names, NAME_WEIGHT * names + (1 - NAME_WEIGHT) * near)
            names = np.where(known[a] & known[b], joined, names)
        score[start : start + len(a)] = names
    return score


def _labels(clusters: list[int], weights, vocabulary: list[str], fixed: list[str | None]) -> list[str]:
    """A label per cluster: its hand-set label, or its two most distinctive names shared by its documents."""
    members: dict[int, list[int]] = defaultdict(list)
    for position, cluster in enumerate(clusters):
        members[cluster].append(position)
    # Hand-set labels first, so that a found story never takes a label a person gave.
    ordered = sorted(members.items(), key=lambda item: (not any(fixed[p] for p in item[1]), item[1][0]))
    label_of: dict[int, str] = {}
    used: Counter = Counter()
    for cluster, positions in ordered:
        given = next((fixed[p] for p in positions if fixed[p]), None)
        if given:
            label_of[cluster] = given
            used[given] += 1
            continue
        rows = weights[positions]
        total = np.asarray(rows.sum(axis=0)).ravel()
        carriers = np.bincount(rows.indices, minlength=len(vocabulary))
        if len(positions) > 1 and (carriers > 1).any():
            total = np.where(carriers > 1, total, 0.0)
        best = [vocabulary[i] for i in np.argsort(-total, kind="stable")[:2] if total[i] > 0]
        label = "-".join(re.sub(r"[^a-z0-9]+", "-", name).strip("-") for name in best) or "story"
        used[label] += 1
        label_of[cluster] = label if used[label] == 1 else f"{label}-{used[label]}"
    return [label_of[c] for c in clusters]


def with_stories(documents: list[Document], claims, vectors: np.ndarray | None = None) -> list[Document]:
    """``documents`` with :attr:`~claimcheck.models.Document.story` filled by :func:`find_stories`.

    ``claims`` are the claims whose sentence embeddings ``vectors`` holds, in order.
    """
    position = {document.id: index for index, document in enumerate(documents)}
    owners = np.array([position[claim.doc_id] for claim in claims], dtype=np.int64)
    labels = find_stories(documents, vectors, owners if vectors is not None else None)
    return [replace(document, story=label) for document, label in zip(documents, labels)]
