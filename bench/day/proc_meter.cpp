#include "proc_meter.hpp"

#include <dirent.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace bro::day {

namespace {

double ticks()
{
    static const double t = static_cast<double>(sysconf(_SC_CLK_TCK));
    return t;
}

// The fields of /proc/PID/stat after the command name (which may hold spaces).
std::vector<std::string> stat_fields(pid_t pid)
{
    std::ifstream f("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(f, line))
        return {};
    const auto close = line.rfind(')');
    if (close == std::string::npos)
        return {};
    std::istringstream rest(line.substr(close + 2));
    std::vector<std::string> out;
    for (std::string s; rest >> s;)
        out.push_back(s);
    return out; // out[0] is field 3 (state)
}

pid_t postmaster_of(const std::string &data)
{
    std::ifstream f(data + "/postmaster.pid");
    long pid = 0;
    return f >> pid ? static_cast<pid_t>(pid) : 0;
}

} // namespace

ProcSample read_proc(pid_t pid)
{
    ProcSample s;
    const auto f = stat_fields(pid);
    if (f.size() < 22 || f[0] == "Z")
        return s;
    s.alive = true;
    s.cpu_s = (std::stod(f[11]) + std::stod(f[12])) / ticks();   // utime, stime
    s.child_s = (std::stod(f[13]) + std::stod(f[14])) / ticks(); // cutime, cstime
    s.rss_mb = std::stod(f[21]) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1e6;
    return s;
}

ProcMeter::ProcMeter(std::vector<pid_t> nodes, std::string pg_data)
    : m_nodes(std::move(nodes)), m_first_cpu(m_nodes.size(), -1), m_last_cpu(m_nodes.size(), 0),
      m_peak_rss(m_nodes.size(), 0), m_pg_data(std::move(pg_data))
{
    sample();
}

double ProcMeter::pg_now()
{
    const pid_t pm = postmaster_of(m_pg_data);
    if (pm > 0) {
        const auto own = read_proc(pm);
        if (own.alive) {
            double sum = own.cpu_s + own.child_s;
            if (DIR *d = opendir("/proc")) {
                while (auto *e = readdir(d)) {
                    const pid_t pid = static_cast<pid_t>(std::atol(e->d_name));
                    if (pid <= 0 || pid == pm)
                        continue;
                    const auto f = stat_fields(pid);
                    if (f.size() > 1 && std::atol(f[1].c_str()) == pm)
                        sum += read_proc(pid).cpu_s;
                }
                closedir(d);
            }
            m_pg_last[pm] = sum;
        }
    }
    double total = 0;
    for (const auto &[pid, cpu] : m_pg_last)
        total += cpu;
    return total;
}

void ProcMeter::sample()
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const auto s = read_proc(m_nodes[i]);
        if (!s.alive)
            continue;
        if (m_first_cpu[i] < 0)
            m_first_cpu[i] = s.cpu_s;
        m_last_cpu[i] = s.cpu_s;
        m_peak_rss[i] = std::max(m_peak_rss[i], s.rss_mb);
    }
    const double pg = pg_now();
    if (m_pg_first < 0)
        m_pg_first = pg;
}

std::vector<double> ProcMeter::node_cpu_s() const
{
    std::vector<double> out;
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        out.push_back(m_first_cpu[i] < 0 ? 0 : m_last_cpu[i] - m_first_cpu[i]);
    return out;
}

std::vector<double> ProcMeter::node_peak_rss_mb() const
{
    return m_peak_rss;
}

double ProcMeter::pg_cpu_s() const
{
    double total = 0;
    for (const auto &[pid, cpu] : m_pg_last)
        total += cpu;
    return total - m_pg_first;
}

} // namespace bro::day
