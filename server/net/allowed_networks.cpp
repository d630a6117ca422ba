#include "net/allowed_networks.hpp"

#include <stdexcept>

namespace bro {

namespace ip = boost::asio::ip;

AllowedNetworks AllowedNetworks::parse(const std::string &list)
{
    AllowedNetworks out;
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto comma = list.find(',', start);
        std::string item =
            list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        start = comma == std::string::npos ? list.size() + 1 : comma + 1;
        if (item.empty())
            continue;
        boost::system::error_code ec;
        if (item.find('/') == std::string::npos) {
            const auto a = ip::make_address(item, ec);
            if (!ec)
                item += a.is_v4() ? "/32" : "/128";
        }
        if (item.find(':') == std::string::npos) {
            const auto n = ip::make_network_v4(item, ec);
            if (!ec) {
                out.m_networks.emplace_back(n.canonical());
                continue;
            }
        } else {
            const auto n = ip::make_network_v6(item, ec);
            if (!ec) {
                out.m_networks.emplace_back(n.canonical());
                continue;
            }
        }
        throw std::invalid_argument("'" + item + "' is not a network (address/prefix)");
    }
    return out;
}

bool AllowedNetworks::allows(const std::string &text) const
{
    boost::system::error_code ec;
    auto address = ip::make_address(text, ec);
    if (ec)
        return false;
    if (address.is_v6() && address.to_v6().is_v4_mapped())
        address = ip::make_address_v4(ip::v4_mapped, address.to_v6());
    if (address.is_loopback())
        return true;
    for (const auto &n : m_networks) {
        if (const auto *v4 = std::get_if<ip::network_v4>(&n)) {
            if (address.is_v4() &&
                ip::network_v4(address.to_v4(), v4->prefix_length()).canonical() == *v4)
                return true;
        } else if (const auto *v6 = std::get_if<ip::network_v6>(&n)) {
            if (address.is_v6() &&
                ip::network_v6(address.to_v6(), v6->prefix_length()).canonical() == *v6)
                return true;
        }
    }
    return false;
}

} // namespace bro
