#pragma once
// When a closed case is erased (issue 12, retention): a case whose phase is `completed` or
// `ended` is erased a programme-set number of months after it closed (default 12), and the
// apprentice is told at least `notice_days` (30) before. A pure function: the server's tick asks
// it about every case and acts (server/hub/retention.cpp).

#include <string>

namespace bro {

struct RetentionPolicy
{
    int months = 12;      // 0 or less: closed cases are kept (retention off)
    int notice_days = 30; // the apprentice is told at least this long before
};

enum class RetentionStep {
    keep,     // nothing to do now
    announce, // tell the apprentice now: the case will be erased on `erase_on`
    erase,    // erase the case now
};

struct RetentionDecision
{
    RetentionStep step = RetentionStep::keep;
    std::string erase_on; // YYYY-MM-DD, when a date is known (closed case)
};

// `phase` of the case record; `closed_on` the date it reached `completed`/`ended` (a datetime is
// read by its date); `announced_on` the date the notice was sent ("" when not yet); `today`.
// The erasure date is `closed_on` + months, but never sooner than `notice_days` after the notice:
// a server that was off, or a policy made shorter, still gives the apprentice their month. A
// notice from before `closed_on` (the case was reopened, then closed again) does not count.
RetentionDecision decide_retention(const std::string &phase, const std::string &closed_on,
                                   const std::string &announced_on, const std::string &today,
                                   const RetentionPolicy &policy);

} // namespace bro
