#include "oidc/jwk.hpp"

#include "oidc/base64url.hpp"

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

Bn bn_from(const nlohmann::json &jwk, const char *name)
{
    const auto it = jwk.find(name);
    if (it == jwk.end() || !it->is_string())
        return nullptr;
    const auto bytes = b64url_decode(it->get_ref<const std::string &>());
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
    if (!n || !e)
        return nullptr;
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    PKey key;
    if (bld && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, n.get()) == 1 &&
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, e.get()) == 1)
        key = from_params("RSA", bld);
    OSSL_PARAM_BLD_free(bld);
    // Below 2048 bits a signature proves too little (NIST SP 800-131A).
    if (key && EVP_PKEY_get_bits(key.get()) < 2048)
        return nullptr;
    return key;
}

PKey ec_key(const nlohmann::json &jwk)
{
    if (jwk.value("crv", std::string()) != "P-256")
        return nullptr;
    const auto get = [&](const char *name) -> std::optional<std::string> {
        const auto it = jwk.find(name);
        if (it == jwk.end() || !it->is_string())
            return std::nullopt;
        return b64url_decode(it->get_ref<const std::string &>());
    };
    const auto x = get("x"), y = get("y");
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
    const std::string use = jwk.value("use", std::string("sig"));
    if (use != "sig")
        return std::nullopt;
    JwkKey k;
    k.kty = jwk.value("kty", std::string());
    const auto kid = jwk.find("kid");
    if (kid != jwk.end() && kid->is_string())
        k.kid = kid->get<std::string>();
    const auto alg = jwk.find("alg");
    if (alg != jwk.end() && alg->is_string())
        k.alg = alg->get<std::string>();
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
