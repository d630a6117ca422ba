#pragma once
// The oracle of the fault runs: the database itself. For each device, after a run has settled:
//  - for every cursor S it was given, it had received every change up to S that the database
//    says it may see (apart from its own): no cursor ever skipped a change;
//  - every change the server acknowledged is in the log exactly once; nothing is left pending or
//    refused on the device;
//  - the device holds the merged value of every message it may see, and no record of a case it
//    may not see (nothing lost, nothing extra).
// Failures are reported through QTest; the caller checks QTest::currentTestFailed().

#include "fault_device.hpp"

#include <QString>
#include <vector>

namespace bro::test {

void check_against_database(const QString &db, std::vector<FaultDevice> &devices);

} // namespace bro::test
