#pragma once
// The demo's referrals and outcome points (issue 24), and the past cohorts that give the
// programme's figures three years to show. Deterministic, dated relative to `today`.

#include "demo/demo_dataset.hpp"

#include <string>

namespace bro::demo {

// Adds a referral and outcome records to each case already in `d`, consistent with its phase,
// then the closed cases of the last three calendar years with their people and records.
void add_outcomes(Dataset &d, const std::string &today);

} // namespace bro::demo
