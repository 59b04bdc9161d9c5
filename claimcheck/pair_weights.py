"""The second look's weights (:mod:`claimcheck.pair_model`), one per feature in the order of its FEATURES.

Written by benchmarks/pair_model.py, fitted on 36 sets of real coverage; do not edit by hand.
"""

WEIGHTS = {
    "rescue": {
        "intercept": -3.744415,
        "coefficients": [
            -0.905465,  # log_ratio
            -0.010308,  # log_ratio_squared
            0.565648,  # judged_conflict
            0.371079,  # reasons
            2.280274,  # similarity
            0.0,  # same_document
            0.353619,  # running_tallies
            -0.586451,  # reason_subject
            -0.176985,  # reason_time
            -0.365685,  # reason_scope
            -0.547375,  # reason_stage
            -0.400865,  # reason_source
            -0.180622,  # reason_measure
            0.736146,  # measure_same
            0.347447,  # measure_related
            -0.14841,  # measure_unknown
            -0.400125,  # owner_same
            -0.029895,  # owner_unknown
            -0.074137,  # kind_count
            -0.729056,  # kind_money
            -1.74881,  # kind_percent
            0.261439,  # owners_given
            -0.267456,  # periods_given
            0.172111,  # scopes_given
            0.266504,  # stages_given
            0.219398,  # sources_given
            -0.416301,  # family_same
            0.815052,  # clause_overlap
            1.24901,  # words_around_alike
            -1.157758,  # figures_agree
            -0.222845,  # owners_places
            0.128226,  # owners_settings
            -0.146795,  # owners_named
            0.270755,  # ranges
            0.4911,  # approximate
            0.457873,  # bounded
            0.163249,  # moment_same
            -1.116703,  # earlier_one_side
            0.112838,  # owners_share_a_word
            0.190105,  # measures_words_alike
            -0.496943,  # topics_same
            -0.035982,  # log_days_apart
            -0.28904,  # days_unknown
        ],
    },
    "trim": {
        "intercept": -2.355965,
        "coefficients": [
            -2.003815,  # log_ratio
            0.429876,  # log_ratio_squared
            0.132704,  # judged_conflict
            0.279651,  # reasons
            2.151486,  # similarity
            0.0,  # same_document
            0.098654,  # running_tallies
            -0.481097,  # reason_subject
            -0.165221,  # reason_time
            -0.318928,  # reason_scope
            -0.118617,  # reason_stage
            0.006254,  # reason_source
            -0.420275,  # reason_measure
            -0.840283,  # measure_same
            -0.691025,  # measure_related
            -0.149403,  # measure_unknown
            0.114026,  # owner_same
            -0.037474,  # owner_unknown
            0.384122,  # kind_count
            0.11063,  # kind_money
            0.0,  # kind_percent
            0.055493,  # owners_given
            -0.199342,  # periods_given
            -0.032797,  # scopes_given
            0.209602,  # stages_given
            0.25593,  # sources_given
            0.280975,  # family_same
            0.126734,  # clause_overlap
            1.680719,  # words_around_alike
            -0.277895,  # figures_agree
            -0.265541,  # owners_places
            0.290239,  # owners_settings
            -0.050394,  # owners_named
            0.494765,  # ranges
            0.344796,  # approximate
            0.119432,  # bounded
            -0.254505,  # moment_same
            -1.264345,  # earlier_one_side
            -0.095048,  # owners_share_a_word
            0.016985,  # measures_words_alike
            -0.17755,  # topics_same
            -0.36876,  # log_days_apart
            -0.255291,  # days_unknown
        ],
    },
}
