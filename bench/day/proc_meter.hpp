#pragma once
// What the servers spent, read from /proc: each bro-server node's CPU time and resident memory,
// and PostgreSQL's CPU time (the postmaster, its live backends, and through the postmaster's
// cutime/cstime every backend that has already exited). A process that dies (a node killed, a
// PostgreSQL restarted) keeps the last figure read from it, so a sum over the day stays whole.

#include <map>
#include <string>
#include <sys/types.h>
#include <vector>

namespace bro::day {

struct ProcSample
{
    double cpu_s = 0;   // user + system, own
    double child_s = 0; // user + system of waited-for children
    double rss_mb = 0;
    bool alive = false;
};

ProcSample read_proc(pid_t pid);

class ProcMeter
{
public:
    // `pg_data`: the cluster's data directory (its postmaster.pid names the postmaster).
    ProcMeter(std::vector<pid_t> nodes, std::string pg_data);

    void sample();
    // Since construction: CPU seconds of each node, their peak RSS (MB), PostgreSQL's CPU seconds.
    std::vector<double> node_cpu_s() const;
    std::vector<double> node_peak_rss_mb() const;
    double pg_cpu_s() const;

private:
    double pg_now();

    std::vector<pid_t> m_nodes;
    std::vector<double> m_first_cpu, m_last_cpu, m_peak_rss;
    std::string m_pg_data;
    std::map<pid_t, double> m_pg_last; // per postmaster (a restart makes a new one)
    double m_pg_first = -1;
};

} // namespace bro::day
