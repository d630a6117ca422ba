#include "signin/provider.hpp"

#include <nlohmann/json.hpp>
#include <openssl/evp.h>

namespace bro::signin {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

Provider::Provider(ProviderConfig config) : m_config(std::move(config))
{
    m_fetch.timeout = std::chrono::milliseconds(m_config.timeout_ms);
    m_fetch.ca_file = m_config.ca_file;
    if (!m_config.private_key_file.empty()) {
        std::string error;
        m_signing_key =
            oidc::SigningKey::load_pem(m_config.private_key_file, m_config.key_id, &error);
        if (!m_signing_key)
            throw std::runtime_error("provider " + m_config.id + ": " + m_config.private_key_file +
                                     ": " + error);
    }
}

json Provider::get_json(const std::string &url)
{
    const auto res = fetch({"GET", url, {}, {}}, m_fetch);
    if (res.status != 200)
        throw ProviderError(url + " answered HTTP " + std::to_string(res.status));
    try {
        auto j = json::parse(res.body);
        if (!j.is_object())
            throw ProviderError(url + " did not answer with a JSON object");
        return j;
    } catch (const json::exception &) {
        throw ProviderError(url + " did not answer with JSON");
    }
}

json Provider::post_form(const std::string &url, const Params &form)
{
    HttpRequest req{"POST", url, {{"Content-Type", "application/x-www-form-urlencoded"}}, {}};
    Params body = form;
    const auto auth = client_authentication(url, req.headers);
    body.insert(body.end(), auth.begin(), auth.end());
    req.body = form_encode(body);
    const auto res = fetch(req, m_fetch);
    json j;
    try {
        j = json::parse(res.body);
    } catch (const json::exception &) {
        throw ProviderError(url + " answered HTTP " + std::to_string(res.status) + " without JSON");
    }
    if (res.status < 200 || res.status > 299 || !j.is_object())
        throw ProviderError(url + " answered HTTP " + std::to_string(res.status) + ": " +
                            (j.is_object() ? j.value("error", std::string("?")) + " " +
                                                 j.value("error_description", std::string())
                                           : std::string("not an object")));
    return j;
}

Params Provider::client_authentication(const std::string &audience,
                                       std::vector<std::pair<std::string, std::string>> &headers)
{
    if (m_signing_key) {
        // RFC 7523: the audience is the issuer (HelseID and ID-porten both accept it, and it
        // holds for the PAR and token endpoints alike).
        (void)audience;
        const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
        // No client_id beside it: the assertion names the client (RFC 7523 §3), and a PAR
        // body has client_id already, which a provider refuses to see twice.
        return {{"client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"},
                {"client_assertion", oidc::make_client_assertion(*m_signing_key, m_config.client_id,
                                                                 m_config.issuer, now, 60)}};
    }
    // RFC 6749 §2.3.1: both parts form-encoded before the Basic encoding.
    const std::string pair =
        percent_encode(m_config.client_id) + ":" + percent_encode(m_config.client_secret);
    // Basic is plain base64 with padding (not base64url): OpenSSL's encoder.
    std::string basic(4 * ((pair.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char *>(basic.data()),
                                  reinterpret_cast<const unsigned char *>(pair.data()),
                                  static_cast<int>(pair.size()));
    basic.resize(static_cast<std::size_t>(n));
    headers.emplace_back("Authorization", "Basic " + basic);
    return {};
}

Provider::Metadata Provider::metadata()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_metadata && Clock::now() - m_metadata_at < metadata_ttl)
            return *m_metadata;
    }
    std::string base = m_config.issuer;
    if (!base.empty() && base.back() == '/')
        base.pop_back();
    const auto doc = get_json(base + "/.well-known/openid-configuration");
    // OpenID Connect Discovery §4.3: the document must name the issuer we asked for.
    if (doc.value("issuer", std::string()) != m_config.issuer)
        throw ProviderError("discovery names issuer '" + doc.value("issuer", std::string()) +
                            "', not '" + m_config.issuer + "'");
    Metadata m;
    m.authorization_endpoint = doc.value("authorization_endpoint", std::string());
    m.token_endpoint = doc.value("token_endpoint", std::string());
    m.jwks_uri = doc.value("jwks_uri", std::string());
    m.par_endpoint = doc.value("pushed_authorization_request_endpoint", std::string());
    m.par_required = doc.value("require_pushed_authorization_requests", false);
    if (m.authorization_endpoint.empty() || m.token_endpoint.empty() || m.jwks_uri.empty())
        throw ProviderError("discovery lacks authorization_endpoint, token_endpoint or jwks_uri");
    std::lock_guard lock(m_mutex);
    m_metadata = m;
    m_metadata_at = Clock::now();
    return m;
}

std::string Provider::authorization_url(const AuthorizationRequest &r)
{
    const auto m = metadata();
    Params params = {{"response_type", "code"},
                     {"client_id", m_config.client_id},
                     {"redirect_uri", r.redirect_uri},
                     {"scope", m_config.scope},
                     {"state", r.state},
                     {"nonce", r.nonce},
                     {"code_challenge", r.code_challenge},
                     {"code_challenge_method", "S256"},
                     {"prompt", "login"}};
    if (!m_config.acr.empty())
        params.emplace_back("acr_values", m_config.acr);
    if (m.par_endpoint.empty())
        return with_query(m.authorization_endpoint, params);
    // PAR (RFC 9126): the request travels server to server, authenticated; the browser carries
    // only a short-lived reference to it.
    const auto pushed = post_form(m.par_endpoint, params);
    const auto uri = pushed.value("request_uri", std::string());
    if (uri.empty())
        throw ProviderError("the PAR endpoint answered without request_uri");
    return with_query(m.authorization_endpoint,
                      {{"client_id", m_config.client_id}, {"request_uri", uri}});
}

std::string Provider::redeem(const std::string &code, const std::string &code_verifier,
                             const std::string &redirect_uri)
{
    const auto m = metadata();
    const auto tokens = post_form(m.token_endpoint, {{"grant_type", "authorization_code"},
                                                     {"code", code},
                                                     {"redirect_uri", redirect_uri},
                                                     {"code_verifier", code_verifier}});
    const auto id_token = tokens.find("id_token");
    if (id_token == tokens.end() || !id_token->is_string())
        throw ProviderError("the token endpoint answered without an id_token");
    return id_token->get<std::string>();
}

std::optional<oidc::Jwks> Provider::keys(bool refetch)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_jwks && !refetch)
            return m_jwks;
        // Someone may present made-up kids on purpose: at most one refetch per gap. The first
        // unknown kid after the provider rotated its keys always gets one.
        if (refetch && m_jwks_refetched && Clock::now() - *m_jwks_refetched < jwks_refetch_gap)
            return m_jwks;
    }
    const auto m = metadata();
    const auto doc = get_json(m.jwks_uri);
    std::string error;
    auto jwks = oidc::Jwks::parse(doc, &error);
    if (!jwks)
        throw ProviderError("the provider's keys cannot be read: " + error);
    std::lock_guard lock(m_mutex);
    m_jwks = std::move(jwks);
    if (refetch)
        m_jwks_refetched = Clock::now();
    return m_jwks;
}

oidc::IdTokenResult Provider::check(const std::string &id_token, const std::string &nonce,
                                    std::int64_t now)
{
    oidc::IdTokenExpectations expect;
    expect.issuer = m_config.issuer;
    expect.client_id = m_config.client_id;
    expect.nonce = nonce;
    expect.acr_levels = m_config.acr_levels;
    expect.min_acr = m_config.acr;
    expect.now = now;
    auto result = oidc::validate_id_token(id_token, *keys(false), expect);
    if (!result.ok && result.reason == oidc::Refusal::unknown_kid)
        result = oidc::validate_id_token(id_token, *keys(true), expect);
    return result;
}

} // namespace bro::signin
