#include "net/tls_context.hpp"

#include <openssl/ssl.h>

namespace bro {

namespace net = boost::asio;

namespace {

// Mozilla's intermediate configuration (version 5.7): TLS 1.2's suites are all AEAD with ECDHE
// or DHE, so nothing CBC (LUCKY13) and nothing without forward secrecy; TLS 1.3's defaults are
// all AEAD already.
constexpr const char *tls12_suites =
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
    "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
    "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305";
constexpr const char *groups = "X25519:prime256v1:secp384r1";

} // namespace

std::shared_ptr<net::ssl::context> make_tls_context(const std::string &cert_file,
                                                    const std::string &key_file, std::string &error)
{
    auto ssl = std::make_shared<net::ssl::context>(net::ssl::context::tls_server);
    ssl->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                     net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 |
                     net::ssl::context::no_tlsv1_1 | net::ssl::context::single_dh_use);
    SSL_CTX *ctx = ssl->native_handle();
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    if (SSL_CTX_set_cipher_list(ctx, tls12_suites) != 1 ||
        SSL_CTX_set1_groups_list(ctx, groups) != 1) {
        error = "the TLS library does not offer the intermediate profile's suites";
        return nullptr;
    }
    // No renegotiation, no compression; the client's order among the good suites (Mozilla).
    SSL_CTX_set_options(ctx, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION);
    SSL_CTX_clear_options(ctx, SSL_OP_CIPHER_SERVER_PREFERENCE);
    boost::system::error_code ec;
    ssl->use_certificate_chain_file(cert_file, ec);
    if (!ec)
        ssl->use_private_key_file(key_file, net::ssl::context::pem, ec);
    if (!ec && SSL_CTX_check_private_key(ctx) != 1)
        ec = net::error::invalid_argument;
    if (ec) {
        error = "cannot load the TLS certificate or key (" + cert_file + ", " + key_file +
                "): " + ec.message();
        return nullptr;
    }
    return ssl;
}

TlsContexts::TlsContexts(std::string cert_file, std::string key_file,
                         std::shared_ptr<net::ssl::context> first)
    : m_cert(std::move(cert_file)), m_key(std::move(key_file)), m_current(std::move(first))
{
}

std::shared_ptr<net::ssl::context> TlsContexts::current() const
{
    std::lock_guard lock(m_mutex);
    return m_current;
}

bool TlsContexts::reload(std::string &error)
{
    auto next = make_tls_context(m_cert, m_key, error);
    if (!next)
        return false;
    std::lock_guard lock(m_mutex);
    m_retired.push_back(std::move(m_current));
    m_current = std::move(next);
    return true;
}

} // namespace bro
