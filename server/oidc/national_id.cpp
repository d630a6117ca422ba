#include "oidc/national_id.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdexcept>

namespace bro::oidc {

namespace {

bool real_date(int year, int month, int day)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

} // namespace

std::string identity_hash(std::string_view server_key, std::string_view pid)
{
    // Without a key this would be a plain hash, and eleven digits are quickly tried.
    if (server_key.empty())
        throw std::invalid_argument("the identity hash needs the server's key");
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), server_key.data(), static_cast<int>(server_key.size()),
              reinterpret_cast<const unsigned char *>(pid.data()), pid.size(), mac, &len))
        throw std::runtime_error("HMAC-SHA256 failed");
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned i = 0; i < len; ++i) {
        out += hex[mac[i] >> 4];
        out += hex[mac[i] & 15];
    }
    return out;
}

bool valid_fnr(std::string_view pid)
{
    if (pid.size() != 11)
        return false;
    int d[11];
    for (int i = 0; i < 11; ++i) {
        if (pid[static_cast<std::size_t>(i)] < '0' || pid[static_cast<std::size_t>(i)] > '9')
            return false;
        d[i] = pid[static_cast<std::size_t>(i)] - '0';
    }
    static const int w1[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    static const int w2[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    auto check = [&](const int *w, int n) {
        int sum = 0;
        for (int i = 0; i < n; ++i)
            sum += w[i] * d[i];
        const int k = 11 - sum % 11;
        return k == 11 ? 0 : k; // 10: no valid number has it
    };
    return check(w1, 9) == d[9] && check(w2, 10) == d[10];
}

std::optional<std::string> birth_date_from_pid(std::string_view pid)
{
    if (!valid_fnr(pid))
        return std::nullopt;
    auto two = [&](std::size_t at) { return (pid[at] - '0') * 10 + (pid[at + 1] - '0'); };
    int day = two(0), month = two(2);
    const int year2 = two(4);
    const int individual = (pid[6] - '0') * 100 + two(7);
    if (day > 40)
        day -= 40; // D-number
    // Month + 40 is both an H-number (a health service's help number) and NAV's synthetic test
    // person; the date of birth is read the same way for either, so which one it is does not
    // matter here. Tenor's synthetic people (Skatteetaten's test environment) carry month + 80.
    if (month > 80)
        month -= 80;
    else if (month > 40)
        month -= 40;
    int year = 0;
    if (individual <= 499)
        year = 1900 + year2;
    else if (individual <= 749 && year2 >= 54)
        year = 1800 + year2;
    else if (year2 <= 39)
        year = 2000 + year2;
    else if (individual >= 900)
        year = 1900 + year2;
    else
        return std::nullopt;
    if (!real_date(year, month, day))
        return std::nullopt;
    const auto two_digits = [](int v) {
        return std::string{char('0' + v / 10), char('0' + v % 10)};
    };
    return std::to_string(year) + "-" + two_digits(month) + "-" + two_digits(day);
}

} // namespace bro::oidc
