"""The second look's weights (:mod:`claimcheck.pair_model`), one per feature in the order of its FEATURES.

Written by benchmarks/pair_model.py (each model says how many sets of real coverage it was fitted on); do not
edit by hand.
"""

WEIGHTS = {
    "rescue": {
        "sets": 44,
        "intercept": -3.684887,
        "coefficients": [
            -1.748462,  # log_ratio
            0.226572,  # log_ratio_squared
            0.447452,  # judged_conflict
            -0.048314,  # reasons
            2.104925,  # similarity
            0.0,  # same_document
            0.243871,  # running_tallies
            -0.284636,  # reason_subject
            0.121406,  # reason_time
            0.096503,  # reason_scope
            -0.02633,  # reason_stage
            -0.028142,  # reason_source
            0.072884,  # reason_measure
            0.788105,  # measure_same
            0.495091,  # measure_related
            0.200757,  # measure_unknown
            -0.414419,  # owner_same
            0.048651,  # owner_unknown
            0.204597,  # kind_count
            -0.932853,  # kind_money
            -1.693562,  # kind_percent
            0.195347,  # owners_given
            -0.245405,  # periods_given
            0.038803,  # scopes_given
            0.231737,  # stages_given
            0.140892,  # sources_given
            -0.320325,  # family_same
            0.802147,  # clause_overlap
            1.767056,  # words_around_alike
            0.0,  # figures_agree
            -0.59596,  # owners_places
            0.159346,  # owners_settings
            0.021445,  # owners_named
            0.416421,  # ranges
            0.575652,  # approximate
            0.400207,  # bounded
            -0.088995,  # moment_same
            -0.94526,  # earlier_one_side
            0.220962,  # owners_share_a_word
            0.292562,  # measures_words_alike
            -0.352813,  # topics_same
            -0.018812,  # log_days_apart
            -0.14979,  # days_unknown
        ],
    },
    "trim": {
        "sets": 44,
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
    "loose": {
        "sets": 52,
        "intercept": -1.426861,
        "coefficients": [
            -2.637604,  # log_ratio
            0.439855,  # log_ratio_squared
            0.0,  # judged_conflict
            -0.316652,  # reasons
            1.761449,  # similarity
            0.0,  # same_document
            -0.460201,  # running_tallies
            0.402736,  # reason_subject
            -0.018807,  # reason_time
            0.01855,  # reason_scope
            0.253667,  # reason_stage
            0.185376,  # reason_source
            -1.158174,  # reason_measure
            0.33129,  # measure_same
            -1.227004,  # measure_related
            0.322592,  # measure_unknown
            0.815372,  # owner_same
            -0.13956,  # owner_unknown
            -0.266495,  # kind_count
            -0.524255,  # kind_money
            -0.914911,  # kind_percent
            0.248122,  # owners_given
            -0.030746,  # periods_given
            0.193892,  # scopes_given
            0.042835,  # stages_given
            0.230828,  # sources_given
            -0.453748,  # family_same
            1.985501,  # clause_overlap
            2.625395,  # words_around_alike
            0.0,  # figures_agree
            -0.072791,  # owners_places
            -0.21385,  # owners_settings
            -0.307114,  # owners_named
            0.431343,  # ranges
            0.566871,  # approximate
            0.032703,  # bounded
            0.635545,  # moment_same
            -0.395802,  # earlier_one_side
            -0.475166,  # owners_share_a_word
            0.947891,  # measures_words_alike
            -0.262701,  # topics_same
            -0.15725,  # log_days_apart
            0.032572,  # days_unknown
        ],
    },
}
