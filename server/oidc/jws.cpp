#include "oidc/jws.hpp"

#include "oidc/base64url.hpp"

#include <cstring>
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <stdexcept>

namespace bro::oidc {

namespace {

constexpr std::size_t max_compact_bytes = 16 * 1024;

struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

std::optional<nlohmann::json> json_object(std::string_view segment)
{
    const auto bytes = b64url_decode(segment);
    if (!bytes)
        return std::nullopt;
    try {
        auto j = nlohmann::json::parse(*bytes);
        if (!j.is_object())
            return std::nullopt;
        return j;
    } catch (const nlohmann::json::exception &) {
        return std::nullopt;
    }
}

// JOSE's ES256 signature is r||s, 32 bytes each; OpenSSL speaks DER.
std::optional<std::string> ecdsa_raw_to_der(std::string_view raw)
{
    if (raw.size() != 64)
        return std::nullopt;
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.data()), 32, nullptr);
    BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.data()) + 32, 32, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig, r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ECDSA_SIG_free(sig);
        return std::nullopt;
    }
    unsigned char *der = nullptr;
    const int len = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    if (len <= 0)
        return std::nullopt;
    std::string out(reinterpret_cast<char *>(der), static_cast<std::size_t>(len));
    OPENSSL_free(der);
    return out;
}

std::string ecdsa_der_to_raw(std::string_view der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size()));
    if (!sig)
        throw std::runtime_error("ECDSA signature could not be read");
    const BIGNUM *r = nullptr, *s = nullptr;
    ECDSA_SIG_get0(sig, &r, &s);
    std::string out(64, '\0');
    BN_bn2binpad(r, reinterpret_cast<unsigned char *>(out.data()), 32);
    BN_bn2binpad(s, reinterpret_cast<unsigned char *>(out.data()) + 32, 32);
    ECDSA_SIG_free(sig);
    return out;
}

// P-256 by name: other 256-bit curves (secp256k1, brainpoolP256r1) are not ES256.
bool is_p256(EVP_PKEY *key)
{
    char group[64] = {};
    std::size_t len = 0;
    return EVP_PKEY_is_a(key, "EC") &&
           EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                          &len) == 1 &&
           std::strcmp(group, "prime256v1") == 0;
}

// The digest context for `alg`, PSS padding set where it needs it.
MdCtx begin(std::string_view alg, EVP_PKEY *key, bool signing)
{
    MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    const int ok = signing ? EVP_DigestSignInit(ctx.get(), &pctx, EVP_sha256(), nullptr, key)
                           : EVP_DigestVerifyInit(ctx.get(), &pctx, EVP_sha256(), nullptr, key);
    if (ok != 1)
        return nullptr;
    if (alg == "PS256" && (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
                           EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1))
        return nullptr;
    return ctx;
}

} // namespace

std::optional<std::string> peek_kid(std::string_view compact)
{
    const auto dot = compact.find('.');
    if (compact.size() > max_compact_bytes || dot == std::string_view::npos)
        return std::nullopt;
    const auto header = json_object(compact.substr(0, dot));
    if (!header)
        return std::nullopt;
    const auto kid = header->find("kid");
    if (kid == header->end() || !kid->is_string())
        return std::nullopt;
    return kid->get<std::string>();
}

std::optional<CompactJws> split_jws(std::string_view compact)
{
    if (compact.size() > max_compact_bytes)
        return std::nullopt;
    const auto first = compact.find('.');
    const auto second = first == std::string_view::npos ? first : compact.find('.', first + 1);
    if (second == std::string_view::npos || compact.find('.', second + 1) != std::string_view::npos)
        return std::nullopt;
    auto header = json_object(compact.substr(0, first));
    auto payload = json_object(compact.substr(first + 1, second - first - 1));
    auto signature = b64url_decode(compact.substr(second + 1));
    if (!header || !payload || !signature)
        return std::nullopt;
    return CompactJws{std::move(*header), std::move(*payload),
                      std::string(compact.substr(0, second)), std::move(*signature)};
}

bool allowed_alg(std::string_view alg)
{
    return alg == "RS256" || alg == "PS256" || alg == "ES256";
}

bool key_fits(std::string_view alg, EVP_PKEY *key)
{
    if (alg == "RS256" || alg == "PS256")
        return EVP_PKEY_is_a(key, "RSA");
    if (alg == "ES256")
        return is_p256(key);
    return false;
}

bool verify_signature(std::string_view alg, EVP_PKEY *key, std::string_view input,
                      std::string_view signature)
{
    if (!allowed_alg(alg) || !key_fits(alg, key))
        return false;
    std::string sig(signature);
    if (alg == "ES256") {
        auto der = ecdsa_raw_to_der(signature);
        if (!der)
            return false;
        sig = std::move(*der);
    }
    auto ctx = begin(alg, key, false);
    return ctx && EVP_DigestVerify(
                      ctx.get(), reinterpret_cast<const unsigned char *>(sig.data()), sig.size(),
                      reinterpret_cast<const unsigned char *>(input.data()), input.size()) == 1;
}

SigningKey::SigningKey(PKey key, std::string kid)
    : m_key(std::move(key)), m_kid(std::move(kid)),
      m_alg(EVP_PKEY_is_a(m_key.get(), "RSA") ? "RS256" : "ES256")
{
}

std::optional<SigningKey> SigningKey::load_pem(const std::string &path, std::string kid,
                                               std::string *error)
{
    BIO *bio = BIO_new_file(path.c_str(), "r");
    EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    PKey owned(key, EVP_PKEY_free);
    auto fail = [&](const char *why) -> std::optional<SigningKey> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!key)
        return fail("not a readable PEM private key");
    if (EVP_PKEY_is_a(key, "RSA") ? EVP_PKEY_get_bits(key) < 2048 : !is_p256(key))
        return fail("the key must be RSA of 2048 bits or more, or EC P-256");
    return SigningKey(std::move(owned), std::move(kid));
}

SigningKey SigningKey::generate_ec(std::string kid)
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    if (!key)
        throw std::runtime_error("EC key generation failed");
    return SigningKey(PKey(key, EVP_PKEY_free), std::move(kid));
}

SigningKey SigningKey::generate_rsa(std::string kid)
{
    EVP_PKEY *key = EVP_RSA_gen(2048);
    if (!key)
        throw std::runtime_error("RSA key generation failed");
    return SigningKey(PKey(key, EVP_PKEY_free), std::move(kid));
}

std::string SigningKey::private_pem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    if (!bio ||
        PEM_write_bio_PrivateKey(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        BIO_free(bio);
        throw std::runtime_error("the private key could not be written as PEM");
    }
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    std::string out(data, static_cast<std::size_t>(len));
    BIO_free(bio);
    return out;
}

nlohmann::json SigningKey::public_jwk() const
{
    auto jwk = export_public_jwk(m_key.get());
    jwk["kid"] = m_kid;
    jwk["alg"] = m_alg;
    jwk["use"] = "sig";
    return jwk;
}

std::string SigningKey::sign(std::string_view alg, std::string_view input) const
{
    // Our own key never signs under a name that does not fit it (an EC key "RS256").
    if (!allowed_alg(alg) || !key_fits(alg, m_key.get()))
        throw std::invalid_argument("this key cannot sign " + std::string(alg.substr(0, 16)));
    auto ctx = begin(alg, m_key.get(), true);
    std::size_t len = 0;
    if (!ctx ||
        EVP_DigestSign(ctx.get(), nullptr, &len,
                       reinterpret_cast<const unsigned char *>(input.data()), input.size()) != 1)
        throw std::runtime_error("signing failed");
    std::string sig(len, '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                       reinterpret_cast<const unsigned char *>(input.data()), input.size()) != 1)
        throw std::runtime_error("signing failed");
    sig.resize(len);
    return alg == "ES256" ? ecdsa_der_to_raw(sig) : sig;
}

std::string SigningKey::sign_jws(const nlohmann::json &header_extra,
                                 const nlohmann::json &payload) const
{
    nlohmann::json header = {{"alg", m_alg}, {"kid", m_kid}};
    if (header_extra.is_object())
        for (const auto &[k, v] : header_extra.items())
            header[k] = v;
    const auto alg = header.find("alg");
    if (!alg->is_string())
        throw std::invalid_argument("alg must be text");
    const std::string input = b64url_encode(header.dump()) + "." + b64url_encode(payload.dump());
    return input + "." + b64url_encode(sign(alg->get<std::string>(), input));
}

} // namespace bro::oidc
