// ID tokens checked as OpenID Connect Core §3.1.3.7 says, each rule proven by a token forged
// here with our own keys; the JWK set, base64url, PKCE and private_key_jwt assertions around them.
// The national identity number has its own test (tst_national_id).

#include "oidc/base64url.hpp"
#include "oidc/client_assertion.hpp"
#include "oidc/id_token.hpp"
#include "oidc/jwk.hpp"
#include "oidc/jws.hpp"
#include "oidc/pkce.hpp"

#include <QDir>
#include <QFile>
#include <QTest>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>

using namespace bro::oidc;
using nlohmann::json;

namespace {

constexpr std::int64_t now = 1'790'000'000;
const std::string pid = "15076500565";

json claims()
{
    return {{"iss", "https://idporten.example"},
            {"aud", "bro"},
            {"sub", "s-1"},
            {"exp", now + 120},
            {"iat", now - 5},
            {"nonce", "n-123"},
            {"acr", "idporten-loa-high"},
            {"pid", pid}};
}

// `changes` set claims; a null removes one.
json claims(const json &changes)
{
    json c = claims();
    for (const auto &[k, v] : changes.items())
        if (v.is_null())
            c.erase(k);
        else
            c[k] = v;
    return c;
}

IdTokenExpectations expect()
{
    IdTokenExpectations e;
    e.issuer = "https://idporten.example";
    e.client_id = "bro";
    e.nonce = "n-123";
    e.acr_levels = {"idporten-loa-low", "idporten-loa-substantial", "idporten-loa-high"};
    e.min_acr = "idporten-loa-substantial";
    e.now = now;
    return e;
}

std::string segment(const json &j)
{
    return b64url_encode(j.dump());
}

// A token with any header, its signature made by `key` with `alg` (none when key is null).
std::string forge(const SigningKey *key, const std::string &alg, const json &header,
                  const json &payload)
{
    const std::string input = segment(header) + "." + segment(payload);
    return input + "." + (key ? b64url_encode(key->sign(alg, input)) : "");
}

std::string hs256(const std::string &secret, const std::string &input)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char *>(input.data()), input.size(), mac, &len);
    return b64url_encode(std::string(reinterpret_cast<char *>(mac), len));
}

std::string pem_of(EVP_PKEY *key, bool private_part)
{
    BIO *bio = BIO_new(BIO_s_mem());
    if (private_part)
        PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    else
        PEM_write_bio_PUBKEY(bio, key);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    std::string out(data, static_cast<std::size_t>(len));
    BIO_free(bio);
    return out;
}

std::string write_temp(const QString &name, const std::string &text)
{
    const QString file = QDir::temp().filePath(name);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QByteArray::fromStdString(text));
    return file.toStdString();
}

} // namespace

class TestOidcTokens : public QObject
{
    Q_OBJECT

    std::optional<SigningKey> m_rsa, m_ec, m_other, m_rs256_only;
    Jwks m_keys;

    IdTokenResult check(const std::string &token, const IdTokenExpectations &e = expect())
    {
        return validate_id_token(token, m_keys, e);
    }
    std::string rs(const json &payload) const
    {
        return forge(&*m_rsa, "RS256", {{"alg", "RS256"}, {"kid", "rsa-1"}}, payload);
    }

private slots:
    void initTestCase()
    {
        m_rsa = SigningKey::generate_rsa("rsa-1");
        m_ec = SigningKey::generate_ec("ec-1");
        m_other = SigningKey::generate_rsa("rsa-1"); // same kid, another key
        m_rs256_only = SigningKey::generate_rsa("rsa-2");
        // rsa-1 names no algorithm (RS256 and PS256 both fit it); rsa-2 is published for RS256.
        auto rsa1 = m_rsa->public_jwk();
        rsa1.erase("alg");
        std::string error;
        auto keys =
            Jwks::parse({{"keys", {rsa1, m_ec->public_jwk(), m_rs256_only->public_jwk()}}}, &error);
        QVERIFY2(keys, error.c_str());
        m_keys = *keys;
        QCOMPARE(m_keys.size(), std::size_t(3));
    }

    void genuine_tokens_pass_data()
    {
        QTest::addColumn<QByteArray>("token");
        auto row = [](const char *name, const std::string &t) {
            QTest::newRow(name) << QByteArray::fromStdString(t);
        };
        row("RS256", rs(claims()));
        row("PS256", forge(&*m_rsa, "PS256", {{"alg", "PS256"}, {"kid", "rsa-1"}}, claims()));
        row("ES256", forge(&*m_ec, "ES256", {{"alg", "ES256"}, {"kid", "ec-1"}}, claims()));
        row("typ jwt in lower case",
            forge(&*m_rsa, "RS256", {{"alg", "RS256"}, {"kid", "rsa-1"}, {"typ", "jwt"}},
                  claims()));
        row("two audiences with azp", rs(claims({{"aud", {"bro", "x"}}, {"azp", "bro"}})));
        row("exp with a fraction", rs(claims({{"exp", now + 100.5}})));
        row("the lowest level asked for", rs(claims({{"acr", "idporten-loa-substantial"}})));
        row("by SigningKey::sign_jws", m_ec->sign_jws(json::object(), claims()));
    }
    void genuine_tokens_pass()
    {
        QFETCH(QByteArray, token);
        const auto r = check(token.toStdString());
        QVERIFY2(r.ok, r.reason_text.c_str());
        QCOMPARE(r.reason, Refusal::none);
        QCOMPARE(r.claims["pid"].get<std::string>(), pid);
        QCOMPARE(QByteArray::fromStdString(peek_kid(token.toStdString()).value_or("")),
                 QByteArray::fromStdString(r.kid));
    }

    void forged_tokens_are_refused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("reason");
        const json rsh = {{"alg", "RS256"}, {"kid", "rsa-1"}};
        auto row = [](const char *name, const std::string &token, const char *reason) {
            QTest::newRow(name) << QByteArray::fromStdString(token) << QString(reason);
        };
        auto with = [&](const char *name, const json &changes, const char *reason) {
            row(name, rs(claims(changes)), reason);
        };
        auto header = [&](const json &h) { return forge(&*m_rsa, "RS256", h, claims()); };
        const std::string body = "." + segment(claims());
        // The algorithm: checked before any key is looked up.
        row("alg none, no signature", forge(nullptr, "", {{"alg", "none"}}, claims()),
            "alg_not_allowed");
        row("alg none, signed", header({{"alg", "none"}, {"kid", "rsa-1"}}), "alg_not_allowed");
        row("no alg", header({{"kid", "rsa-1"}}), "alg_not_allowed");
        row("alg not text", header({{"alg", 256}, {"kid", "rsa-1"}}), "alg_not_allowed");
        row("RS512", header({{"alg", "RS512"}, {"kid", "rsa-1"}}), "alg_not_allowed");
        // HS256 keyed with the provider's public key, as PEM and as JWK: algorithm confusion.
        const std::string hs_input = segment({{"alg", "HS256"}, {"kid", "rsa-1"}}) + body;
        row("HS256 keyed with the public PEM",
            hs_input + "." + hs256(pem_of(m_rsa->key(), false), hs_input), "alg_not_allowed");
        row("HS256 keyed with the public JWK",
            hs_input + "." + hs256(m_rsa->public_jwk().dump(), hs_input), "alg_not_allowed");
        // The key.
        row("an unknown kid", header({{"alg", "RS256"}, {"kid", "nope"}}), "unknown_kid");
        row("a kid that is an identity number", header({{"alg", "RS256"}, {"kid", pid}}),
            "unknown_kid");
        row("no kid among three keys", header({{"alg", "RS256"}}), "unknown_kid");
        row("kid not text", header({{"alg", "RS256"}, {"kid", 1}}), "malformed");
        row("another key with the right kid", forge(&*m_other, "RS256", rsh, claims()),
            "bad_signature");
        row("the signer's own key in the header (jwk)",
            forge(&*m_other, "RS256",
                  {{"alg", "RS256"}, {"kid", "rsa-1"}, {"jwk", m_other->public_jwk()}}, claims()),
            "bad_signature");
        row("an EC key's kid with RS256", header({{"alg", "RS256"}, {"kid", "ec-1"}}),
            "alg_not_allowed");
        row("an RSA key's kid with ES256",
            forge(&*m_ec, "ES256", {{"alg", "ES256"}, {"kid", "rsa-1"}}, claims()),
            "alg_not_allowed");
        row("PS256 with a key published for RS256",
            forge(&*m_rs256_only, "PS256", {{"alg", "PS256"}, {"kid", "rsa-2"}}, claims()),
            "alg_not_allowed");
        // The signature.
        const std::string es =
            forge(&*m_ec, "ES256", {{"alg", "ES256"}, {"kid", "ec-1"}}, claims());
        const std::string es_sig = *b64url_decode(es.substr(es.rfind('.') + 1));
        const std::string es_input = es.substr(0, es.rfind('.') + 1);
        row("ES256 signature of 65 bytes", es_input + b64url_encode(es_sig + '\0'),
            "bad_signature");
        row("ES256 signature of 63 bytes", es_input + b64url_encode(es_sig.substr(1)),
            "bad_signature");
        const std::string genuine = rs(claims());
        row("no signature", genuine.substr(0, genuine.rfind('.') + 1), "bad_signature");
        row("a payload changed after signing",
            genuine.substr(0, genuine.find('.') + 1) + segment(claims({{"pid", "01010112345"}})) +
                genuine.substr(genuine.rfind('.')),
            "bad_signature");
        // The claims.
        with("another issuer", {{"iss", "https://evil.example"}}, "wrong_issuer");
        with("no issuer", {{"iss", nullptr}}, "wrong_issuer");
        with("no aud", {{"aud", nullptr}}, "wrong_audience");
        with("aud for another client", {{"aud", "someone-else"}}, "wrong_audience");
        with("aud with a number", {{"aud", {"bro", 7}}, {"azp", "bro"}}, "wrong_audience");
        with("two audiences, no azp", {{"aud", {"bro", "other"}}}, "wrong_azp");
        with("azp of another client", {{"azp", "other"}}, "wrong_azp");
        with("expired beyond the skew", {{"exp", now - 31}}, "expired");
        with("not before, in the future", {{"nbf", now + 60}}, "not_yet_valid");
        with("issued in the future", {{"iat", now + 60}}, "issued_in_future");
        with("issued long ago", {{"iat", now - 3600}}, "too_old");
        with("exp as text", {{"exp", "2099-01-01"}}, "malformed");
        with("exp beyond any year", {{"exp", 1e300}}, "malformed");
        with("exp beyond 64 bits", {{"exp", std::uint64_t(18446744073709551615u)}}, "malformed");
        with("no exp", {{"exp", nullptr}}, "missing_claim");
        with("no iat", {{"iat", nullptr}}, "missing_claim");
        with("no nonce", {{"nonce", nullptr}}, "nonce_mismatch");
        with("another sign-in's nonce", {{"nonce", "n-999"}}, "nonce_mismatch");
        with("nonce not text", {{"nonce", 123}}, "nonce_mismatch");
        with("a lower level", {{"acr", "idporten-loa-low"}}, "acr_too_low");
        with("an unknown level", {{"acr", "eidas-loa-high"}}, "acr_too_low");
        with("no level", {{"acr", nullptr}}, "acr_too_low");
        with("no sub", {{"sub", nullptr}}, "missing_claim");
        with("an empty sub", {{"sub", ""}}, "missing_claim");
        // The shape.
        row("two segments", segment(rsh) + body, "malformed");
        row("four segments", genuine + ".x", "malformed");
        row("not base64url", "ab$c" + body + ".sig", "malformed");
        row("base64 padding", segment(rsh) + "=" + body + ".sig", "malformed");
        row("header not an object", b64url_encode("[1]") + body + ".sig", "malformed");
        row("header not JSON", b64url_encode("{alg") + body + ".sig", "malformed");
        row("payload not an object", segment(rsh) + "." + b64url_encode("\"x\"") + ".sig",
            "malformed");
        row("crit in the header",
            header({{"alg", "RS256"}, {"kid", "rsa-1"}, {"crit", json::array({"exp"})}}),
            "malformed");
        row("typ of another kind", header({{"alg", "RS256"}, {"kid", "rsa-1"}, {"typ", "at+jwt"}}),
            "malformed");
        row("oversize, signed", rs(claims({{"filler", std::string(17000, 'x')}})), "malformed");
        row("oversize", std::string(20000, 'a') + ".b.c", "malformed");
        row("empty", "", "malformed");
    }
    void forged_tokens_are_refused()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, reason);
        const auto r = check(token.toStdString());
        QVERIFY(!r.ok);
        QCOMPARE(QString(refusal_code(r.reason)), reason);
        QVERIFY(!r.reason_text.empty());
        // The log line never carries the identity number or any of the token.
        QVERIFY(r.reason_text.find(pid) == std::string::npos);
        QVERIFY(r.reason_text.find("eyJ") == std::string::npos);
        QVERIFY(r.reason_text.find('\n') == std::string::npos);
        QVERIFY(r.claims.is_null());
    }

    void time_rules_have_exact_edges_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("skew");
        QTest::addColumn<QString>("reason"); // empty: passes
        QTest::newRow("expired just within the skew") << "exp" << -29 << 30 << "";
        QTest::newRow("expired at the skew") << "exp" << -30 << 30 << "expired";
        QTest::newRow("nbf at the skew") << "nbf" << 30 << 30 << "";
        QTest::newRow("nbf past the skew") << "nbf" << 31 << 30 << "not_yet_valid";
        QTest::newRow("iat at the skew") << "iat" << 30 << 30 << "";
        QTest::newRow("iat past the skew") << "iat" << 31 << 30 << "issued_in_future";
        QTest::newRow("iat at the oldest") << "iat" << -600 << 30 << "";
        QTest::newRow("iat a second older") << "iat" << -601 << 30 << "too_old";
        QTest::newRow("skew asked 100000, kept 120") << "exp" << -121 << 100000 << "expired";
        QTest::newRow("skew 120 still given") << "exp" << -119 << 100000 << "";
        QTest::newRow("negative skew is none") << "exp" << 0 << -50 << "expired";
    }
    void time_rules_have_exact_edges()
    {
        QFETCH(QString, claim);
        QFETCH(int, offset);
        QFETCH(int, skew);
        QFETCH(QString, reason);
        auto e = expect();
        e.skew_seconds = skew;
        const auto r = check(rs(claims({{claim.toStdString(), now + offset}})), e);
        QCOMPARE(QString(r.ok ? "" : refusal_code(r.reason)), reason);
    }

    void levels_of_either_provider_rank_by_position()
    {
        auto e = expect();
        e.acr_levels = {"Level3", "Level4"}; // HelseID's names
        e.min_acr = "Level4";
        QCOMPARE(check(rs(claims({{"acr", "Level4"}})), e).reason, Refusal::none);
        QCOMPARE(check(rs(claims({{"acr", "Level3"}})), e).reason, Refusal::acr_too_low);
        e.min_acr = "Level5"; // configured wrong: nothing passes rather than everything
        QCOMPARE(check(rs(claims({{"acr", "Level4"}})), e).reason, Refusal::acr_too_low);
        e.min_acr.clear(); // no level asked for: acr not needed
        QVERIFY(check(rs(claims({{"acr", nullptr}})), e).ok);
        e.nonce.clear(); // no nonce expected: none needed
        QVERIFY(check(rs(claims({{"acr", nullptr}, {"nonce", nullptr}})), e).ok);
    }

    void kid_chooses_among_keys()
    {
        // One key: kid may be left out. One kid on two keys: the type of the alg decides.
        auto single = Jwks::parse({{"keys", {m_ec->public_jwk()}}}, nullptr);
        QVERIFY(single);
        const auto no_kid = forge(&*m_ec, "ES256", {{"alg", "ES256"}}, claims());
        QVERIFY(validate_id_token(no_kid, *single, expect()).ok);
        auto rsa = m_rsa->public_jwk(), ec = m_ec->public_jwk();
        rsa["kid"] = ec["kid"] = "shared";
        auto shared = Jwks::parse({{"keys", {rsa, ec}}}, nullptr);
        QVERIFY(shared && shared->size() == 2);
        const auto es = forge(&*m_ec, "ES256", {{"alg", "ES256"}, {"kid", "shared"}}, claims());
        const auto rs = forge(&*m_rsa, "RS256", {{"alg", "RS256"}, {"kid", "shared"}}, claims());
        QVERIFY(validate_id_token(es, *shared, expect()).ok);
        QVERIFY(validate_id_token(rs, *shared, expect()).ok);
        QVERIFY(!peek_kid(no_kid));
        QVERIFY(!peek_kid("not a token"));
        QCOMPARE(peek_kid(segment({{"kid", "k9"}}) + ".x.y").value_or(""), std::string("k9"));
    }

    void key_sets_keep_what_signs_and_skip_the_rest()
    {
        auto good = SigningKey::generate_ec("good").public_jwk();
        EVP_PKEY *small = EVP_RSA_gen(1024);
        json weak_rsa = export_public_jwk(small);
        weak_rsa["kid"] = "weak";
        EVP_PKEY_free(small);
        json e_one = m_rsa->public_jwk(), enc = e_one, ops = e_one, n_number = e_one,
             use_num = e_one, kid_num = e_one;
        e_one["kid"] = "e-one"; // e = 1
        e_one["e"] = "AQ";
        enc["kid"] = "enc";
        enc["use"] = "enc";
        ops["kid"] = "ops";
        ops["key_ops"] = json::array({"encrypt"});
        n_number["kid"] = "n-number";
        n_number["n"] = 12345;
        use_num["kid"] = "use-number";
        use_num["use"] = 1;
        kid_num["kid"] = 42;
        json okp = {{"kty", "OKP"}, {"crv", "Ed25519"}, {"kid", "okp"}, {"x", "11qYAYKxCrfVS_7T"}};
        json oct = {{"kty", "oct"}, {"kid", "sym"}, {"k", "c2VjcmV0"}};
        json p384 = good, short_x = good, off_curve = good, no_kty = good;
        p384["kid"] = "p384";
        p384["crv"] = "P-384";
        short_x["kid"] = "short-x";
        short_x["x"] = b64url_encode(std::string(31, '\x01'));
        off_curve["kid"] = "off-curve";
        off_curve["x"] = b64url_encode(std::string(32, '\x01'));
        no_kty.erase("kty");
        no_kty["kid"] = "no-kty";
        std::string error;
        auto set = Jwks::parse({{"keys",
                                 {weak_rsa, e_one, enc, ops, n_number, use_num, kid_num, okp, oct,
                                  p384, short_x, off_curve, no_kty, 5, "text", good}}},
                               &error);
        QVERIFY2(set, error.c_str());
        QCOMPARE(set->size(), std::size_t(1)); // only the good EC key
        QVERIFY(set->find("good"));
        QVERIFY(!set->find("weak") && !set->find("e-one") && !set->find("enc"));
        QVERIFY(!Jwks::parse({{"nokeys", 1}}, &error));
        QVERIFY(!error.empty());
        QVERIFY(!Jwks::parse({{"keys", "none"}}, &error));
        QVERIFY(!Jwks::parse(json::array(), &error));
        QCOMPARE(Jwks::parse({{"keys", json::array()}}, &error)->size(), std::size_t(0));
    }

    void base64url_is_strict()
    {
        for (std::size_t n = 0; n < 7; ++n) {
            const std::string bytes = std::string("\xff\x00\x7f\x80\x01\xfe\x3e", n);
            QCOMPARE(b64url_decode(b64url_encode(bytes)).value(), bytes);
        }
        QCOMPARE(b64url_encode("\xfb\xff"), std::string("-_8"));
        QVERIFY(!b64url_decode("YnJv=")); // padding
        QVERIFY(!b64url_decode("Yn+v"));  // plain base64's alphabet
        QVERIFY(!b64url_decode("Yn/v"));
        QVERIFY(!b64url_decode("Yn v"));
        QVERIFY(b64url_decode("YnI"));  // "br" …
        QVERIFY(!b64url_decode("YnJ")); // … and with trailing bits set, refused
        QVERIFY(!b64url_decode("Y"));
        QCOMPARE(random_token(16).size(), std::size_t(22));
        QVERIFY(random_token(16) != random_token(16));
    }

    void pkce_follows_rfc_7636()
    {
        const std::string verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"; // appendix B
        const std::string challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        QCOMPARE(pkce_challenge_s256(verifier), challenge);
        QVERIFY(pkce_matches(verifier, challenge));
        QVERIFY(!pkce_matches(verifier, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cN"));
        QVERIFY(!pkce_matches(verifier, challenge + "x"));
        QVERIFY(!pkce_matches(verifier, ""));
        const std::string short_one(42, 'a'), longest(128, '~'), too_long(129, 'a');
        QVERIFY(!pkce_matches(short_one, pkce_challenge_s256(short_one)));
        QVERIFY(pkce_matches(longest, pkce_challenge_s256(longest)));
        QVERIFY(!pkce_matches(too_long, pkce_challenge_s256(too_long)));
        const std::string plus = verifier.substr(0, 42) + "+";
        QVERIFY(!pkce_matches(plus, pkce_challenge_s256(plus)));
        const auto v = pkce_verifier();
        QCOMPARE(v.size(), std::size_t(43));
        QVERIFY(pkce_matches(v, pkce_challenge_s256(v)));
        QVERIFY(pkce_verifier() != v);
    }

    void client_assertions_verify_against_their_public_jwk()
    {
        const std::string client = "bro-helseid", helseid = "https://helseid.example";
        for (const SigningKey *key : {&*m_ec, &*m_rsa}) {
            const auto a = make_client_assertion(*key, client, helseid, now, 3600);
            const auto b = make_client_assertion(*key, client, helseid, now);
            // Checked by our own validator, as HelseID would: iss and sub the client, aud HelseID.
            auto keys = Jwks::parse({{"keys", {key->public_jwk()}}}, nullptr);
            QVERIFY(keys);
            IdTokenExpectations e;
            e.issuer = client;
            e.client_id = helseid;
            e.now = now;
            const auto r = validate_id_token(a, *keys, e);
            QVERIFY2(r.ok, r.reason_text.c_str());
            QCOMPARE(r.claims["sub"].get<std::string>(), client);
            QVERIFY(r.claims["exp"].get<std::int64_t>() - r.claims["iat"].get<std::int64_t>() <=
                    60);
            QVERIFY(r.claims["jti"].get<std::string>().size() >= 22);
            QVERIFY(r.claims["jti"] != split_jws(b)->payload["jti"]);
            QCOMPARE(split_jws(a)->header["alg"].get<std::string>(), key->alg());
            e.now = now + 91; // exp is now + 60, and the skew 30
            QCOMPARE(validate_id_token(a, *keys, e).reason, Refusal::expired);
        }
        QCOMPARE(m_rsa->public_jwk()["alg"].get<std::string>(), std::string("RS256"));
        QCOMPARE(m_ec->public_jwk()["crv"].get<std::string>(), std::string("P-256"));
        QCOMPARE(m_ec->public_jwk()["use"].get<std::string>(), std::string("sig"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_ec->sign("RS256", "x"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 m_rsa->sign_jws({{"alg", "HS256"}}, claims()));
    }

    void signing_keys_load_from_pem()
    {
        std::string error;
        for (const SigningKey *key : {&*m_ec, &*m_rsa}) {
            const auto file = write_temp("bro-oidc-test-key.pem", key->private_pem());
            auto loaded = SigningKey::load_pem(file, key->kid(), &error);
            QFile::remove(QString::fromStdString(file));
            QVERIFY2(loaded, error.c_str());
            QVERIFY(loaded->public_jwk() == key->public_jwk());
        }
        // Keys that are no ES256 or RS256 key: refused with a reason.
        for (EVP_PKEY *odd : {EVP_RSA_gen(1024), EVP_EC_gen("secp256k1"), EVP_EC_gen("P-384")}) {
            QVERIFY(odd);
            const auto file = write_temp("bro-oidc-odd-key.pem", pem_of(odd, true));
            EVP_PKEY_free(odd);
            error.clear();
            QVERIFY(!SigningKey::load_pem(file, "k", &error));
            QFile::remove(QString::fromStdString(file));
            QVERIFY(!error.empty());
        }
        QVERIFY(!SigningKey::load_pem("/nonexistent", "k", &error));
    }
};

QTEST_GUILESS_MAIN(TestOidcTokens)
#include "tst_oidc_tokens.moc"
