#include "signin/url.hpp"

#include <boost/asio/ip/address.hpp>
#include <cctype>

namespace bro::signin {

std::optional<Url> parse_url(std::string_view text)
{
    Url u;
    const auto colon = text.find("://");
    if (colon == std::string_view::npos)
        return std::nullopt;
    u.scheme = std::string(text.substr(0, colon));
    if (u.scheme != "http" && u.scheme != "https")
        return std::nullopt;
    std::string_view rest = text.substr(colon + 3);
    if (rest.find('#') != std::string_view::npos)
        return std::nullopt;
    const auto slash = rest.find_first_of("/?");
    std::string_view authority = rest.substr(0, slash);
    u.target = slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
    if (u.target.front() == '?')
        u.target.insert(0, "/");
    if (authority.empty() || authority.find('@') != std::string_view::npos)
        return std::nullopt;
    if (authority.front() == '[') {
        const auto close = authority.find(']');
        if (close == std::string_view::npos)
            return std::nullopt;
        u.host = std::string(authority.substr(1, close - 1));
        authority.remove_prefix(close + 1);
        if (!authority.empty() && authority.front() != ':')
            return std::nullopt;
    } else {
        const auto c = authority.find(':');
        u.host = std::string(authority.substr(0, c));
        authority.remove_prefix(c == std::string_view::npos ? authority.size() : c);
    }
    if (!authority.empty()) {
        u.port = std::string(authority.substr(1));
        if (u.port.empty() || u.port.size() > 5 ||
            u.port.find_first_not_of("0123456789") != std::string::npos ||
            std::stoi(u.port) > 65535)
            return std::nullopt;
    } else {
        u.port = u.scheme == "https" ? "443" : "80";
    }
    if (u.host.empty())
        return std::nullopt;
    return u;
}

bool is_loopback_host(std::string_view host)
{
    boost::system::error_code ec;
    const auto address = boost::asio::ip::make_address(std::string(host), ec);
    return !ec && address.is_loopback();
}

std::string percent_encode(std::string_view text)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (const unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space)
{
    auto digit = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int hi = digit(text[i + 1]), lo = digit(text[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else if (text[i] == '+' && plus_is_space) {
            out += ' ';
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string form_encode(const Params &params)
{
    std::string out;
    for (const auto &[name, value] : params) {
        if (!out.empty())
            out += '&';
        out += percent_encode(name) + '=' + percent_encode(value);
    }
    return out;
}

std::optional<std::map<std::string, std::string>> parse_query(std::string_view query)
{
    std::map<std::string, std::string> out;
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query.remove_prefix(amp == std::string_view::npos ? query.size() : amp + 1);
        if (pair.empty())
            continue;
        const auto eq = pair.find('=');
        auto name = percent_decode(pair.substr(0, eq), true);
        auto value = percent_decode(
            eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1), true);
        if (!name || !value || !out.emplace(std::move(*name), std::move(*value)).second)
            return std::nullopt;
    }
    return out;
}

std::string with_query(const std::string &base, const Params &params)
{
    return base + (base.find('?') == std::string::npos ? '?' : '&') + form_encode(params);
}

} // namespace bro::signin
