"""The second look's weights (:mod:`claimcheck.pair_model`), one per feature in the order of its FEATURES.

Written by benchmarks/pair_model.py, fitted on 44 sets of real coverage; do not edit by hand.
"""

WEIGHTS = {
    "rescue": {
        "intercept": -3.66742,
        "coefficients": [
            -1.581333,  # log_ratio
            0.18115,  # log_ratio_squared
            0.445355,  # judged_conflict
            0.290399,  # reasons
            2.13044,  # similarity
            0.0,  # same_document
            0.230806,  # running_tallies
            -0.329719,  # reason_subject
            -0.188617,  # reason_time
            -0.30599,  # reason_scope
            -0.352583,  # reason_stage
            -0.441548,  # reason_source
            -0.047719,  # reason_measure
            0.778787,  # measure_same
            0.187529,  # measure_related
            -0.068844,  # measure_unknown
            -0.292867,  # owner_same
            -0.209692,  # owner_unknown
            0.21453,  # kind_count
            -0.885797,  # kind_money
            -1.458577,  # kind_percent
            0.215598,  # owners_given
            -0.278661,  # periods_given
            0.13207,  # scopes_given
            0.214891,  # stages_given
            0.217225,  # sources_given
            -0.306854,  # family_same
            1.182268,  # clause_overlap
            1.779379,  # words_around_alike
            -0.784267,  # figures_agree
            -0.337188,  # owners_places
            0.140153,  # owners_settings
            -0.225498,  # owners_named
            0.472067,  # ranges
            0.572277,  # approximate
            0.579929,  # bounded
            0.118626,  # moment_same
            -1.135006,  # earlier_one_side
            0.280686,  # owners_share_a_word
            0.25531,  # measures_words_alike
            -0.336037,  # topics_same
            -0.01562,  # log_days_apart
            -0.204948,  # days_unknown
        ],
    },
    "trim": {
        "intercept": -2.438261,
        "coefficients": [
            -2.282124,  # log_ratio
            0.532821,  # log_ratio_squared
            0.017772,  # judged_conflict
            0.238258,  # reasons
            1.770199,  # similarity
            0.0,  # same_document
            0.117312,  # running_tallies
            -0.491088,  # reason_subject
            -0.192863,  # reason_time
            -0.30702,  # reason_scope
            -0.194848,  # reason_stage
            0.031541,  # reason_source
            -0.338502,  # reason_measure
            -0.756396,  # measure_same
            -0.652537,  # measure_related
            -0.263908,  # measure_unknown
            0.021283,  # owner_same
            0.02595,  # owner_unknown
            0.296587,  # kind_count
            -0.109789,  # kind_money
            0.0,  # kind_percent
            0.044772,  # owners_given
            -0.126138,  # periods_given
            0.059062,  # scopes_given
            0.211302,  # stages_given
            0.225175,  # sources_given
            0.314356,  # family_same
            0.005662,  # clause_overlap
            1.804131,  # words_around_alike
            -0.392302,  # figures_agree
            -0.251334,  # owners_places
            0.277536,  # owners_settings
            -0.023902,  # owners_named
            0.54733,  # ranges
            0.4393,  # approximate
            0.161545,  # bounded
            -0.1649,  # moment_same
            -0.822366,  # earlier_one_side
            0.019981,  # owners_share_a_word
            -0.040749,  # measures_words_alike
            0.006905,  # topics_same
            -0.29065,  # log_days_apart
            -0.108289,  # days_unknown
        ],
    },
}
