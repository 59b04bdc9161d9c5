import pytest

from claimcheck.claims import checkable_figures, document_claims, sentence_spans
from claimcheck.ingest import ingest


def test_claims_offsets_point_into_the_document(fixtures_dir):
    for document in ingest([str(fixtures_dir)]):
        for claim in document_claims(document):
            assert document.text[claim.start : claim.end] == claim.text


def test_claims_ids_are_stable_and_unique(fixtures_dir):
    first = [c.id for d in ingest([str(fixtures_dir)]) for c in document_claims(d)]
    second = [c.id for d in ingest([str(fixtures_dir)]) for c in document_claims(d)]
    assert first == second and len(set(first)) == len(first)


def test_claims_split_keeps_abbreviations_and_decimals(tmp_path):
    (tmp_path / "a.txt").write_text("The U.S. firm charged $0.028 per token. Rivals charged more.", encoding="utf-8")
    document = ingest([str(tmp_path)])[0]
    assert [c.text for c in document_claims(document)] == [
        "The U.S. firm charged $0.028 per token.",
        "Rivals charged more.",
    ]


def test_claims_an_overlong_sentence_is_cut_at_clause_breaks():
    from claimcheck.claims import MAX_SENTENCE_CHARS, sentence_spans

    text = "Results by district: " + ", ".join(f"district {n} had {n * 37} votes" for n in range(400)) + "."
    spans = sentence_spans(text)
    assert len(spans) > 1 and all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert all(text[end - 1] == "," for _, end in spans[:-1])  # each piece ends at a clause break
    assert " ".join(text[start:end] for start, end in spans) == text  # nothing lost or repeated


def test_claims_a_sentence_without_breaks_is_cut_at_the_limit():
    from claimcheck.claims import MAX_SENTENCE_CHARS, sentence_spans

    text = "x" * (MAX_SENTENCE_CHARS * 2 + 5)
    assert sentence_spans(text) == [(0, MAX_SENTENCE_CHARS), (MAX_SENTENCE_CHARS, 2 * MAX_SENTENCE_CHARS), (2000, 2005)]


def test_claims_a_count_with_no_noun_after_it_counts_what_the_sentence_says():
    from claimcheck.claims import checkable_figures

    (toll,) = checkable_figures("The storm left a death toll of 166 in the state.")
    assert toll.unit == "toll" and "death" in toll.measure
    (risen,) = checkable_figures("The death toll rose to 156 on Monday.")
    assert risen.unit == "toll"
    (crowd,) = checkable_figures("A crowd of about 50,000 gathered in the square.")
    assert crowd.unit == "crowd"  # "gathered" is what the crowd did, not what is counted
    assert checkable_figures("Four of the top five were sold.") == [] or all(
        f.unit != "" for f in checkable_figures("Four of the top five were sold.")
    )


@pytest.mark.parametrize(
    "sentence, figure",
    [
        # a count earlier in the sentence does not lend its noun to the level a verb sets for the toll
        (
            "The death toll in a blaze that gutted three apartment blocks in the Ostend quarter rose to 41 tonight.",
            "41",
        ),
        (
            "Some 1,800 deaths were confirmed in the south, taking the combined toll in both regions to over 26,000.",
            "26,000",
        ),
        # nor does a count after it
        ("The death toll from the blast has risen to 158 and about 6,000 people were reported injured.", "158"),
        # a preposition after the number is no noun of it; the verb in the figure's own text sets the level
        (
            "The death toll from the storms that hit the coast this week has passed 9,000 amid anger over delays.",
            "9,000",
        ),
    ],
)
def test_claims_a_toll_s_level_counts_the_toll(sentence, figure):
    level = next(f for f in checkable_figures(sentence) if figure in f.text)
    assert level.unit == "toll"


def test_claims_the_number_of_a_thing_counts_it_past_an_auxiliary():
    (injured,) = checkable_figures("The fire service said on Friday the number of injuries had reached 740.")
    assert injured.unit == "injury"


@pytest.mark.parametrize(
    "sentence, figure, state",
    [
        (
            "This brings the total number of confirmed dead at the site to 14, while 140 are still missing.",
            "14",
            "dead",
        ),
        ("The number of injuries rose to 990, putting the total number of missing at 47.", "47", "missing"),
        ("The unrest, which claimed 41 lives and injured over 1,100, forced the cabinet out.", "1,100", "injured"),
    ],
)
def test_claims_a_count_of_people_in_a_state_says_the_state(sentence, figure, state):
    count = next(f for f in checkable_figures(sentence) if figure in f.text)
    assert count.unit == "people" and state in count.measure


def test_claims_a_count_keeps_its_noun_written_after_a_partitive():
    (seven,) = checkable_figures("Health officials say seven of the patients have been hospitalized.")
    assert seven.unit == "patient"


def test_claims_a_clock_time_does_not_end_a_sentence_that_goes_on():
    text = (
        "The site went dark at 11:40 a.m. ET and stayed down for about six hours. It came back at 6 p.m. "
        "Engineers blamed a bad update at 9 a.m. Pacific time on Monday."
    )
    sentences = [text[start:end] for start, end in sentence_spans(text)]
    assert sentences == [
        "The site went dark at 11:40 a.m. ET and stayed down for about six hours.",
        "It came back at 6 p.m.",  # a new sentence after it still starts anew
        "Engineers blamed a bad update at 9 a.m. Pacific time on Monday.",
    ]


def test_claims_a_bare_count_counts_what_the_sentence_names_elsewhere():
    from claimcheck.claims import checkable_figures

    # "the number" of the sentence's other count
    counts = checkable_figures(
        "While witnesses guessed there were 300-400 fans in the stand, the mayor put the number at 120."
    )
    assert [(f.text, f.unit) for f in counts] == [("300-400", "fan"), ("120", "fan")]
    # "how many" asks the question a later bare count answers
    (answer,) = checkable_figures("Nobody knows how many fans were inside, but there could have been 80 to 90.")
    assert answer.unit == "fan" and answer.stage != "planned"  # a guess about the past, not a plan
    # with no count named, "the number" names nothing
    assert checkable_figures("Officials put the number at 150.") == []


def test_claims_a_bare_count_after_a_named_one_counts_the_same_thing():
    from claimcheck.claims import read_document
    from claimcheck.models import Document

    text = (
        "The cup final drew 11.2 million viewers, a record for the league. It averaged 12.1 million on Channel 5 "
        "and peaked at 15 million. The coach, 58, said 4 players were hurt. In 2019 the final drew 3.1 million."
    )
    document = Document(id="d1", path="final.txt", source="s", title="t", date="2024-04-08", text=text)
    figures = [(q.text, q.unit) for claim in read_document(document)[1] for q in claim.quantities]
    # the next sentence's bare counts of about that size count viewers too
    assert ("12.1 million", "viewer") in figures and ("15 million", "viewer") in figures
    # a sentence that counts something else breaks the thread: the last count names nothing
    assert not any(text == "3.1 million" for text, _ in figures)


def test_claims_comes_up_to_is_what_it_comes_to_not_a_ceiling():
    from claimcheck.claims import checkable_figures

    (pay,) = checkable_figures("His pay comes up to $200 million a year.")
    assert pay.change == "=" and pay.low < 200e6 < pay.high
    (cap,) = checkable_figures("The deal is worth up to $200 million.")
    assert cap.change == "<"


@pytest.mark.parametrize(
    "sentence, figure, rate",
    [
        ("The winger will earn $48 million annually under the new terms.", "$48 million", "year"),
        ("She signed a deal worth €30m ($33m) a year with the Lisbon side.", "€30m", "year"),
        ("She signed a deal worth €30m ($33m) a year with the Lisbon side.", "$33m", "year"),
        ("The coach is paid $2.5 million, per season, by the federation.", "$2.5 million", "year"),  # a wage's season
        ("The league's broadcast revenue is $2.5 million, per season, under the deal.", "$2.5 million", "season"),
    ],
)
def test_claims_a_time_rate_written_apart_belongs_to_its_sum(sentence, figure, rate):
    from claimcheck.claims import checkable_figures

    found = next(q for q in checkable_figures(sentence) if q.text == figure)
    assert found.unit.endswith(f" per {rate}")


def test_claims_a_year_ago_is_no_rate():
    from claimcheck.claims import checkable_figures

    (found,) = checkable_figures("Quarterly revenue was $5 million a year ago.")
    assert " per " not in found.unit


def test_claims_a_sentence_broken_across_lines_is_one_claim():
    from claimcheck.claims import sentence_spans

    text = "Orbex lands new funding\nThe robot maker raised\n$240 million on Tuesday, and\nit will open depots. Rivals lag.\n"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Orbex lands new funding",  # a heading stays apart: the next line opens a sentence
        "The robot maker raised\n$240 million on Tuesday, and\nit will open depots.",
        "Rivals lag.",
    ]


def test_claims_counts_listed_after_names_count_what_the_sentence_counts():
    sentence = "The final drew a peak of 21 million viewers, with Channel Nine (9.4m) and Orbex TV (3.2m) leading."
    listed = {q.text: q for q in checkable_figures(sentence, "2024-03-22")}
    assert listed["9.4m"].kind == "count" and listed["9.4m"].unit == "viewer"  # millions of viewers, not metres
    assert listed["3.2m"].unit == "viewer"
    headed = {q.text: q for q in checkable_figures("Peak audiences: Channel Nine: 9.4 million, Orbex TV: 3.2 million.")}
    assert headed["9.4 million"].unit == "audience"
    (gate,) = [q for q in checkable_figures("The wall is 4.5m high and the gate (2.1m) is narrow.") if q.text == "2.1m"]
    assert gate.kind == "length"  # a length where the sentence measures lengths


def test_claims_sentence_ends_the_segmenter_passes_over_are_cut():
    from claimcheck.claims import sentence_spans

    glued = "The toll has now passed 209.That is the worst in decades. Officials said 3.5 million were hit."
    assert [glued[a:b] for a, b in sentence_spans(glued)] == [
        "The toll has now passed 209.",
        "That is the worst in decades.",
        "Officials said 3.5 million were hit.",
    ]
    # an opening quote with no close ran two sentences together; titles and abbreviations stay whole
    quoted = "She made it look easy, ‘cause she could. Earlier on Thursday, the tour grossed $61 million."
    assert len(sentence_spans(quoted)) == 2
    title = "“The Velto Bros. Movie” earned $377.2 million. Mr. Orr agreed."
    assert [title[a:b] for a, b in sentence_spans(title)][0] == "“The Velto Bros. Movie” earned $377.2 million."


def test_claims_a_count_a_coordinated_verb_takes_counts_what_the_first_verb_counted():
    killed, injured = checkable_figures("The crash killed 57 people and injured 72, the ministry said.")
    assert (injured.unit, injured.measure) == ("people", "people injured")
    _, hurt = checkable_figures("At least 57 people were killed and 85 injured in the collision.")
    assert hurt.measure == "people injured"  # "85 (were) injured": passive though its "were" is left out


def test_claims_bare_counts_of_an_audience_count_viewers():
    listed = checkable_figures("For the final, 18 million watched on Channel Nine, 4.5 million on Orbex TV.")
    assert [q.unit for q in listed] == ["viewer", "viewer"]
    (peak,) = [
        q for q in checkable_figures("Orbex TV's audience numbers peaked at 5.3 million.") if q.text == "5.3 million"
    ]
    assert peak.unit == "viewer"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("LONDON, March 4 (Reuters) - Some 12.1 million people watched the final.", "Some 12.1 million people"),
        ("BERLIN—The strike halted 900 trains on Monday, the operator said.", "The strike halted"),
        ("Varna (Bulgaria) [Europe], June 3 (ANI): The toll from the crash rose to 41.", "The toll from the crash"),
        # a title-case opening with no agency or day is a sentence's own words, not a dateline
        ("Meanwhile, Orbex - the chipmaker - sold 3 million units.", "Meanwhile, Orbex"),
    ],
)
def test_claims_a_dateline_is_where_an_article_was_filed_not_part_of_its_first_claim(text, first):
    start, end = sentence_spans(text)[0]
    assert text[start:end].startswith(first)


@pytest.mark.parametrize(
    "sentence, unit, measure_word",
    [
        ("Health officials updated the number of confirmed cases to 212 on Tuesday.", "case", "case"),
        ("This brought the case count in the county to 14.", "case", "case"),
        ("The ministry said the number of deaths has been revised to 301.", "death", "death"),
        ("The government put the number of injured at 1,240.", "people", "injured"),
        ("The toll has gone up to 2,310.", "toll", "toll"),
        ("THE DEATH TOLL from the crash has risen to 38.", "toll", "toll"),
        ("The missing figure rose to 120 by the evening.", "people", "missing"),
        ("The final tally of people affected has reached 150.2 million.", "people", "affected"),
        ("Authorities say 2,100 have been injured.", "people", "injured"),
        ("Fifty-two died in the county.", "people", "died"),
        ("Gunmen injured 14 on Sunday.", "people", "injured"),
        ("The official figure for the missing people is 98.", "people", "missing"),
        ("Of the crew, 31 were confirmed dead on Monday.", "people", "dead"),
        ("A further 40 remain missing, police said.", "people", "missing"),
        ("Divers are still searching for the 152 missing in the river.", "people", "missing"),
    ],
)
def test_claims_a_bare_count_a_toll_or_a_number_names_is_read(sentence, unit, measure_word):
    from claimcheck.claims import checkable_figures

    (count,) = checkable_figures(sentence, "2025-03-02")
    assert count.unit == unit and measure_word in count.measure


@pytest.mark.parametrize(
    "sentence",
    ["The number rose to 40 on Friday.", "Four of the top five were American.", "The score was 3 at half-time."],
)
def test_claims_a_bare_count_nothing_names_stays_out(sentence):
    from claimcheck.claims import checkable_figures

    assert [f for f in checkable_figures(sentence, "2025-03-02") if f.kind == "count"] == []
