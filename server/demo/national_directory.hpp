#pragma once
// A national programme for `demo --scale N --offices K` and bench B9 (issue 23): K training
// offices and K/4 clinics across the country, about one helper for every five apprentices (three
// advisers for each clinician), and N apprentices spread over the offices, each with an adviser
// of their own office and, once the stay is being prepared, a clinician of their office's clinic.
// The records of each case come from the same generator as `--scale` (scale_records).
//
// Deterministic: the same N and K give the same people, in the same order, with the same ids.

#include "demo/demo_dataset.hpp"

namespace bro::demo {

struct NationalShape
{
    int offices = 0, clinics = 0, advisers_per_office = 0, clinicians_per_clinic = 0;
    int helpers() const { return offices * advisers_per_office + clinics * clinicians_per_clinic; }
};

NationalShape national_shape(int apprentices, int offices);

// Organisations, helpers and apprentices with their cases and care teams (no records).
Dataset national_directory(int apprentices, int offices);

} // namespace bro::demo
