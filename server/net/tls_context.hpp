#pragma once
// TLS as Mozilla's "intermediate" profile asks (TLS 1.2 with AEAD suites and forward secrecy
// only, TLS 1.3, the client's preference among them), and the certificate reloaded on SIGHUP
// without dropping live sessions: a reload makes a new context for new connections, and the old
// ones stay alive for the sessions that came through them.

#include <boost/asio/ssl/context.hpp>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace bro {

// Nothing on failure, with the reason in `error`.
std::shared_ptr<boost::asio::ssl::context>
make_tls_context(const std::string &cert_file, const std::string &key_file, std::string &error);

class TlsContexts
{
public:
    TlsContexts(std::string cert_file, std::string key_file,
                std::shared_ptr<boost::asio::ssl::context> first);

    std::shared_ptr<boost::asio::ssl::context> current() const;
    // Reads the files again. On failure the current certificate stays and `error` says why.
    bool reload(std::string &error);

private:
    std::string m_cert, m_key;
    mutable std::mutex m_mutex;
    std::shared_ptr<boost::asio::ssl::context> m_current;
    // A stream's SSL object was made from its context: keep every context a session may still
    // be using. Certificate renewals are rare; this list stays short.
    std::vector<std::shared_ptr<boost::asio::ssl::context>> m_retired;
};

} // namespace bro
