#include "oidc/jwk.hpp"

#include "oidc/base64url.hpp"

#include <algorithm>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace bro::oidc {

namespace {

struct BnFree
{
    void operator()(BIGNUM *b) const { BN_free(b); }
};
using Bn = std::unique_ptr<BIGNUM, BnFree>;

// A member that must be text; nothing when absent or of another type (never an exception: a
// provider's odd key must not take the whole set down).
std::optional<std::string> text(const nlohmann::json &jwk, const char *name)
{
    const auto it = jwk.find(name);
    if (it == jwk.end() || !it->is_string())
        return std::nullopt;
    return it->get<std::string>();
}

std::optional<std::string> bytes_of(const nlohmann::json &jwk, const char *name)
{
    const auto t = text(jwk, name);
    return t ? b64url_decode(*t) : std::nullopt;
}

Bn bn_from(const nlohmann::json &jwk, const char *name)
{
    const auto bytes = bytes_of(jwk, name);
    if (!bytes || bytes->empty())
        return nullptr;
    return Bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes->data()),
                        static_cast<int>(bytes->size()), nullptr));
}

PKey from_params(const char *type, OSSL_PARAM_BLD *bld)
{
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
    EVP_PKEY *key = nullptr;
    if (params && ctx && EVP_PKEY_fromdata_init(ctx) == 1)
        EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    return key ? PKey(key, EVP_PKEY_free) : nullptr;
}

PKey rsa_key(const nlohmann::json &jwk)
{
    auto n = bn_from(jwk, "n"), e = bn_from(jwk, "e");
    // An even exponent or 1 is no RSA key (e = 1 would make every message its own signature).
    if (!n || !e || !BN_is_odd(e.get()) || BN_is_one(e.get()) || BN_num_bits(e.get()) > 32)
        return nullptr;
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    PKey key;
    if (bld && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, n.get()) == 1 &&
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, e.get()) == 1)
        key = from_params("RSA", bld);
    OSSL_PARAM_BLD_free(bld);
    // Below 2048 bits a signature proves too little (NIST SP 800-131A); far above 8192 every
    // verification would cost a stranger's token our CPU.
    if (key && (EVP_PKEY_get_bits(key.get()) < 2048 || EVP_PKEY_get_bits(key.get()) > 8192))
        return nullptr;
    return key;
}

PKey ec_key(const nlohmann::json &jwk)
{
    if (text(jwk, "crv") != "P-256")
        return nullptr;
    const auto x = bytes_of(jwk, "x"), y = bytes_of(jwk, "y");
    if (!x || !y || x->size() != 32 || y->size() != 32)
        return nullptr;
    const std::string point = std::string(1, '\x04') + *x + *y; // uncompressed (SEC 1)
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    PKey key;
    if (bld &&
        OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) == 1 &&
        OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                         point.size()) == 1)
        key = from_params("EC", bld); // fromdata checks the point is on the curve
    OSSL_PARAM_BLD_free(bld);
    return key;
}

std::string bn_param(EVP_PKEY *key, const char *name, int pad)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    std::string out(
        pad > 0 ? static_cast<std::size_t>(pad) : static_cast<std::size_t>(BN_num_bytes(bn)), '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), static_cast<int>(out.size()));
    BN_free(bn);
    return b64url_encode(out);
}

} // namespace

std::optional<JwkKey> import_jwk(const nlohmann::json &jwk)
{
    if (!jwk.is_object())
        return std::nullopt;
    // A key for encryption, or one whose operations leave out verifying, never checks a token.
    if (jwk.contains("use") && text(jwk, "use") != "sig")
        return std::nullopt;
    if (const auto ops = jwk.find("key_ops"); ops != jwk.end()) {
        if (!ops->is_array() ||
            std::find(ops->begin(), ops->end(), nlohmann::json("verify")) == ops->end())
            return std::nullopt;
    }
    // A member of the wrong type makes the key unusable, not the set.
    if ((jwk.contains("kid") && !text(jwk, "kid")) || (jwk.contains("alg") && !text(jwk, "alg")))
        return std::nullopt;
    JwkKey k;
    k.kty = text(jwk, "kty").value_or("");
    k.kid = text(jwk, "kid").value_or("");
    k.alg = text(jwk, "alg").value_or("");
    if (k.kty == "RSA")
        k.key = rsa_key(jwk);
    else if (k.kty == "EC")
        k.key = ec_key(jwk);
    if (!k.key)
        return std::nullopt;
    return k;
}

std::optional<Jwks> Jwks::parse(const nlohmann::json &doc, std::string *error)
{
    const auto keys = doc.is_object() ? doc.find("keys") : doc.end();
    if (!doc.is_object() || keys == doc.end() || !keys->is_array()) {
        if (error)
            *error = "not a JWK set (an object with a 'keys' list)";
        return std::nullopt;
    }
    Jwks set;
    for (const auto &jwk : *keys)
        if (auto k = import_jwk(jwk))
            set.m_keys.push_back(std::move(*k));
    return set;
}

const JwkKey *Jwks::find(std::string_view kid) const
{
    for (const auto &k : m_keys)
        if (k.kid == kid)
            return &k;
    return nullptr;
}

nlohmann::json export_public_jwk(EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "RSA"))
        return {{"kty", "RSA"},
                {"n", bn_param(key, OSSL_PKEY_PARAM_RSA_N, 0)},
                {"e", bn_param(key, OSSL_PKEY_PARAM_RSA_E, 0)}};
    return {{"kty", "EC"},
            {"crv", "P-256"},
            {"x", bn_param(key, OSSL_PKEY_PARAM_EC_PUB_X, 32)},
            {"y", bn_param(key, OSSL_PKEY_PARAM_EC_PUB_Y, 32)}};
}

} // namespace bro::oidc
