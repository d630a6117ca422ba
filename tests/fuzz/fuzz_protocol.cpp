// Any bytes as a client or server frame: no crash, no escaping exception, and whatever parses
// serializes to something that parses again to the same text.
#include "sync/protocol.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace bro::protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto client = parse_client(text);
    if (client) {
        const std::string once = serialize(*client.message);
        auto again = parse_client(once);
        if (!again || serialize(*again.message) != once)
            std::abort();
    } else if (client.error.code.empty() || client.error.message.empty()) {
        std::abort(); // every refusal names its reason
    }
    auto server = parse_server(text);
    if (server) {
        const std::string once = serialize(*server.message);
        auto again = parse_server(once);
        if (!again || serialize(*again.message) != once)
            std::abort();
    }
    return 0;
}
