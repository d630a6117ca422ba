#pragma once
// Who may read /metrics: loopback always, and the networks an operator names
// (`--metrics-allow 10.0.4.0/24,fd00::/64`). The figures hold no health detail, but they tell
// how many people are connected and how busy the office is: not for the whole internet.

#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/network_v4.hpp>
#include <boost/asio/ip/network_v6.hpp>
#include <string>
#include <variant>
#include <vector>

namespace bro {

class AllowedNetworks
{
public:
    // "a.b.c.d/n,x::y/n,…"; a bare address means that host. Throws std::invalid_argument.
    static AllowedNetworks parse(const std::string &list);
    bool allows(const std::string &address) const;

private:
    std::vector<std::variant<boost::asio::ip::network_v4, boost::asio::ip::network_v6>> m_networks;
};

} // namespace bro
