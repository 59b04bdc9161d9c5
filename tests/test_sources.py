"""Who gives a figure: the speaker a sentence names, kept beside whose figure it is."""

from claimcheck.claims import checkable_figures
from claimcheck.sources import source_of, sources


def test_sources_the_named_speaker_nearest_a_figure_gives_it():
    sentence = "The interior ministry said 1.08 million marched, while the CGT union said 3.5 million took part."
    said = sources(sentence)
    figures = checkable_figures(sentence, "2024-03-22")
    assert [source_of(said, f) for f in figures] == ["interior ministry", "CGT"]  # the name, not its article


def test_sources_a_speaker_that_names_no_one_gives_no_source():
    said = sources("Officials said 40 people died in the blast.")
    assert all(name is None for _, name in said)
    assert source_of([], checkable_figures("Officials said 40 people died.", "2024-03-22")[0]) is None
