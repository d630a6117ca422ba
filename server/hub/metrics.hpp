#pragma once
// The figures an operator watches (GET /metrics, Prometheus text format): requests by type with
// their latency, changes rejected by reason, failed sign-ins, plus the gauges the hub already
// keeps (sessions, the log's head, the store's health). Lock-free on the hot path: fixed label
// sets are arrays of atomics; rejection reasons, a small open set, sit behind a mutex.

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace bro {

class LatencyHistogram
{
public:
    static constexpr std::array<double, 12> bounds{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                   0.05,   0.1,   0.25,   0.5,   1.0,  2.5};
    void observe(double seconds);
    // Appends `name_bucket{labels,le=…}` lines, `_sum` and `_count`.
    void render(std::string &out, const std::string &name, const std::string &labels) const;

private:
    std::array<std::atomic<std::uint64_t>, bounds.size() + 1> m_buckets{};
    std::atomic<std::uint64_t> m_sum_micros{0};
};

class Metrics
{
public:
    // Request types with their own series; anything else counts as "other".
    static constexpr std::array<std::string_view, 8> request_types{
        "hello", "login", "sign_in", "push", "pull", "query", "admin", "other"};

    void request(std::string_view type, double seconds);
    void rejected(const std::string &code);
    void sign_in_failed(std::string_view how); // "password" or "national"
    void doorbell(double lag_seconds);

    std::string render(const nlohmann::json &health) const;

private:
    std::array<LatencyHistogram, request_types.size()> m_requests;
    std::atomic<std::uint64_t> m_sign_in_failed_password{0};
    std::atomic<std::uint64_t> m_sign_in_failed_national{0};
    LatencyHistogram m_doorbell;
    mutable std::mutex m_mutex;
    std::map<std::string, std::uint64_t> m_rejected;
};

// The message type a request counts under.
std::string_view metrics_type(std::string_view message_type);

} // namespace bro
