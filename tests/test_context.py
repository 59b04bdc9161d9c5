from claimcheck.claims import checkable_figures


def figure(sentence, text, date=None):
    return next(f for f in checkable_figures(sentence, date) if f.text == text)


def test_context_respectively_gives_each_subject_its_figure():
    sentence = "Two start-ups, Z.ai and MiniMax, listed in January, raising $560 million and $620 million respectively."
    assert figure(sentence, "$560 million").subject == "Z.ai"
    assert figure(sentence, "$620 million").subject == "MiniMax"


def test_context_comparison_clause_keeps_its_own_subject_and_shares_the_measure():
    sentence = "Only 26.7% of the Japanese public uses generative AI, compared with 81.2% in China."
    japan, china = figure(sentence, "26.7%"), figure(sentence, "81.2%")
    assert (japan.subject, china.subject) == ("Japan", "China")


def test_context_measure_qualifiers_and_subjects():
    monthly = figure(
        "Alibaba says its Qwen assistant has more than 100 million monthly active users.", "more than 100 million"
    )
    assert monthly.measure == "monthly active users" and monthly.subject == "Qwen"


def test_context_scope_and_stage():
    china = figure(
        "A Microsoft research report estimates that DeepSeek holds 89% of the chatbot market within China.", "89%"
    )
    assert (china.subject, china.scope) == ("DeepSeek", "China")
    target = figure(
        "MiniMax opened its Hong Kong share sale on Wednesday, aiming to raise up to HK$4.19 billion.",
        "up to HK$4.19 billion",
    )
    assert (target.subject, target.stage) == ("MiniMax", "planned")
    raised = figure("MiniMax raised $619 million in its Hong Kong IPO.", "$619 million")
    assert raised.stage == "actual"


def test_context_period_is_the_nearest_time_expression():
    sentence = "Global use of open models jumped from just 1.2% in late 2024 to nearly 30% last year."
    assert figure(sentence, "1.2%", "2026-01-12").period.text == "late 2024"
    assert figure(sentence, "nearly 30%", "2026-01-12").period.start == "2025-01-01"
