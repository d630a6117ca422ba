#include "signin/sign_in.hpp"

#include "oidc/national_id.hpp"
#include "oidc/pkce.hpp"
#include "signin/url.hpp"

#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace bro::signin {

namespace {

// The key is made once, on first start, readable by the service alone. Several nodes on one
// PostgreSQL must share the same file (docs/sign-in.md): a different key makes other hashes.
std::string load_or_create_key(const std::string &path)
{
    std::ifstream in(path);
    if (in) {
        std::ostringstream s;
        s << in.rdbuf();
        std::string key = s.str();
        while (!key.empty() && (key.back() == '\n' || key.back() == '\r'))
            key.pop_back();
        if (key.size() < 32)
            throw std::runtime_error(path + ": the identity key is shorter than 32 characters");
        return key;
    }
    const std::string key = oidc::random_token(32);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        throw std::runtime_error(path + ": cannot create the identity key");
    const std::string line = key + "\n";
    const bool written = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!written || !synced)
        throw std::runtime_error(path + ": cannot write the identity key");
    return key;
}

} // namespace

SignIn::SignIn(SignInConfig config, Database &db)
    : m_config(std::move(config)), m_store(db),
      m_identity_key(load_or_create_key(m_config.identity_key_file))
{
    for (const auto &p : m_config.providers)
        m_providers.emplace(p.id, std::make_unique<Provider>(p));
}

Provider *SignIn::provider(const std::string &id)
{
    const auto it = m_providers.find(id);
    return it == m_providers.end() ? nullptr : it->second.get();
}

std::string SignIn::identity_hash(const std::string &pid) const
{
    return oidc::identity_hash(m_identity_key, pid);
}

bool SignIn::app_redirect_allowed(const std::string &uri)
{
    if (uri.rfind("http://", 0) == 0) {
        const auto url = parse_url(uri);
        return url && is_loopback_host(url->host) &&
               url->host.find_first_not_of("0123456789.:abcdefABCDEF") == std::string::npos;
    }
    // A private-use scheme: reverse-domain, ours. Phones claim it for the app (docs/sign-in.md).
    return uri.rfind("no.bro.app:/", 0) == 0 && uri.find_first_of(" \"<>\\#") == std::string::npos;
}

} // namespace bro::signin
