#include "hub/metrics.hpp"

#include <algorithm>
#include <cmath>

namespace bro {

void LatencyHistogram::observe(double seconds)
{
    const auto at = std::lower_bound(bounds.begin(), bounds.end(), seconds) - bounds.begin();
    m_buckets[static_cast<std::size_t>(at)].fetch_add(1, std::memory_order_relaxed);
    m_sum_micros.fetch_add(static_cast<std::uint64_t>(std::llround(std::max(0.0, seconds) * 1e6)),
                           std::memory_order_relaxed);
}

void LatencyHistogram::render(std::string &out, const std::string &name,
                              const std::string &labels) const
{
    const std::string sep = labels.empty() ? "" : ",";
    std::uint64_t cumulative = 0;
    char le[32];
    for (std::size_t i = 0; i <= bounds.size(); ++i) {
        cumulative += m_buckets[i].load(std::memory_order_relaxed);
        if (i < bounds.size())
            std::snprintf(le, sizeof le, "%g", bounds[i]);
        out += name + "_bucket{" + labels + sep + "le=\"" +
               (i < bounds.size() ? std::string(le) : std::string("+Inf")) + "\"} " +
               std::to_string(cumulative) + "\n";
    }
    char sum[48];
    std::snprintf(sum, sizeof sum, "%.6f", m_sum_micros.load(std::memory_order_relaxed) / 1e6);
    const std::string braces = labels.empty() ? "" : "{" + labels + "}";
    out += name + "_sum" + braces + " " + sum + "\n";
    out += name + "_count" + braces + " " + std::to_string(cumulative) + "\n";
}

std::string_view metrics_type(std::string_view t)
{
    if (t == "hello" || t == "login" || t == "push" || t == "pull")
        return t;
    if (t == "enrol" || t.rfind("sign_in", 0) == 0)
        return "sign_in";
    if (t == "directory_edit" || t == "purged" || t == "device_sign_out")
        return "admin";
    if (t.size() > 6 && t.substr(t.size() - 6) == "_query")
        return "query";
    return "other";
}

void Metrics::request(std::string_view type, double seconds)
{
    const auto it = std::find(request_types.begin(), request_types.end(), metrics_type(type));
    m_requests[static_cast<std::size_t>(it - request_types.begin())].observe(seconds);
}

void Metrics::rejected(const std::string &code)
{
    std::lock_guard lock(m_mutex);
    ++m_rejected[code];
}

void Metrics::sign_in_failed(std::string_view how)
{
    (how == "national" ? m_sign_in_failed_national : m_sign_in_failed_password)
        .fetch_add(1, std::memory_order_relaxed);
}

void Metrics::doorbell(double lag_seconds)
{
    m_doorbell.observe(lag_seconds);
}

std::string Metrics::render(const nlohmann::json &health) const
{
    std::string out;
    out += "# HELP bro_sessions Connected WebSocket sessions (devices).\n"
           "# TYPE bro_sessions gauge\nbro_sessions " +
           health["sessions"].dump() + "\n";
    out += "# HELP bro_changes The change log's head position.\n"
           "# TYPE bro_changes counter\nbro_changes " +
           health["changes"].dump() + "\n";
    out += "# HELP bro_store_up 1 while the database answers.\n"
           "# TYPE bro_store_up gauge\nbro_store_up " +
           std::string(health.value("ok", false) ? "1" : "0") + "\n";
    out += "# HELP bro_request_seconds Time the server spent on a request, by type.\n"
           "# TYPE bro_request_seconds histogram\n";
    for (std::size_t i = 0; i < request_types.size(); ++i)
        m_requests[i].render(out, "bro_request_seconds",
                             "type=\"" + std::string(request_types[i]) + "\"");
    out += "# HELP bro_rejected_changes_total Changes refused, by reason.\n"
           "# TYPE bro_rejected_changes_total counter\n";
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[code, n] : m_rejected)
            out +=
                "bro_rejected_changes_total{reason=\"" + code + "\"} " + std::to_string(n) + "\n";
    }
    out += "# HELP bro_sign_in_failures_total Failed sign-ins, by way of signing in.\n"
           "# TYPE bro_sign_in_failures_total counter\n"
           "bro_sign_in_failures_total{how=\"password\"} " +
           std::to_string(m_sign_in_failed_password.load()) +
           "\nbro_sign_in_failures_total{how=\"national\"} " +
           std::to_string(m_sign_in_failed_national.load()) + "\n";
    out += "# HELP bro_doorbell_lag_seconds From another node's commit to delivery here.\n"
           "# TYPE bro_doorbell_lag_seconds histogram\n";
    m_doorbell.render(out, "bro_doorbell_lag_seconds", "");
    return out;
}

} // namespace bro
