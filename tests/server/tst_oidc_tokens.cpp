// ID tokens checked as OpenID Connect Core §3.1.3.7 says, each rule proven by a token forged
// here with our own keys (issue 21); the JWK set, PKCE, private_key_jwt assertions and the
// national identity number around them.

#include "oidc/base64url.hpp"
#include "oidc/client_assertion.hpp"
#include "oidc/id_token.hpp"
#include "oidc/jwk.hpp"
#include "oidc/jws.hpp"
#include "oidc/national_id.hpp"
#include "oidc/pkce.hpp"

#include <QDir>
#include <QFile>
#include <QTest>
#include <openssl/evp.h>
#include <openssl/hmac.h>

using namespace bro::oidc;
using nlohmann::json;

namespace {

constexpr std::int64_t now = 1'790'000'000;
const std::string pid = "14030651234";

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

IdTokenExpectations expect()
{
    IdTokenExpectations e;
    e.issuer = "https://idporten.example";
    e.client_id = "bro";
    e.nonce = "n-123";
    e.acr_levels = {"idporten-loa-substantial", "idporten-loa-high"};
    e.min_acr = "idporten-loa-substantial";
    e.now = now;
    return e;
}

std::string segment(const json &j)
{
    return b64url_encode(j.dump());
}

// A token with any header, signed by `key` with `alg` (or unsigned when alg is empty).
std::string forge(const SigningKey *key, const std::string &alg, const json &header,
                  const json &payload)
{
    const std::string input = segment(header) + "." + segment(payload);
    return input + "." + (key && !alg.empty() ? b64url_encode(key->sign(alg, input)) : "");
}

} // namespace

class TestOidcTokens : public QObject
{
    Q_OBJECT

    std::optional<SigningKey> m_rsa, m_ec, m_other, m_rs256_only;
    Jwks m_keys;

    IdTokenResult check(const std::string &token, IdTokenExpectations e = expect())
    {
        return validate_id_token(token, m_keys, e);
    }

private slots:
    void initTestCase()
    {
        m_rsa = SigningKey::generate_rsa("rsa-1");
        m_ec = SigningKey::generate_ec("ec-1");
        m_other = SigningKey::generate_rsa("rsa-1"); // same kid, another key
        m_rs256_only = SigningKey::generate_rsa("rsa-2");
        // rsa-1 says no algorithm (RS256 and PS256 both fit it); rsa-2 is published for RS256.
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
        QTest::addColumn<QString>("alg");
        QTest::newRow("RS256") << "RS256";
        QTest::newRow("PS256") << "PS256";
        QTest::newRow("ES256") << "ES256";
    }
    void genuine_tokens_pass()
    {
        QFETCH(QString, alg);
        const auto *key = alg == "ES256" ? &*m_ec : &*m_rsa;
        const auto r = check(forge(key, alg.toStdString(),
                                   {{"alg", alg.toStdString()}, {"kid", key->kid()}}, claims()));
        QVERIFY2(r.ok, r.reason_text.c_str());
        QCOMPARE(r.claims["pid"].get<std::string>(), pid);
        QCOMPARE(r.kid, key->kid());
    }

    void forged_tokens_are_refused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("reason");
        const json rs = {{"alg", "RS256"}, {"kid", "rsa-1"}};
        auto row = [&](const char *name, const std::string &token, const char *reason) {
            QTest::newRow(name) << QByteArray::fromStdString(token) << QString(reason);
        };
        auto with = [&](const char *name, const json &changes, const char *reason) {
            json c = claims();
            for (const auto &[k, v] : changes.items())
                if (v.is_null())
                    c.erase(k);
                else
                    c[k] = v;
            row(name, forge(&*m_rsa, "RS256", rs, c), reason);
        };
        row("alg none, no signature", forge(nullptr, "", {{"alg", "none"}}, claims()),
            "alg_not_allowed");
        row("alg none with a kid",
            forge(nullptr, "", {{"alg", "none"}, {"kid", "rsa-1"}}, claims()), "alg_not_allowed");
        {
            // HS256 keyed with the provider's public key: the classic algorithm confusion.
            const std::string secret = m_rsa->public_jwk().dump();
            const std::string input =
                segment({{"alg", "HS256"}, {"kid", "rsa-1"}}) + "." + segment(claims());
            unsigned char mac[EVP_MAX_MD_SIZE];
            unsigned int len = 0;
            HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
                 reinterpret_cast<const unsigned char *>(input.data()), input.size(), mac, &len);
            row("HS256 with the public key as secret",
                input + "." + b64url_encode(std::string(reinterpret_cast<char *>(mac), len)),
                "alg_not_allowed");
        }
        row("an unknown kid",
            forge(&*m_rsa, "RS256", {{"alg", "RS256"}, {"kid", "nope"}}, claims()), "unknown_kid");
        row("no kid among three keys", forge(&*m_rsa, "RS256", {{"alg", "RS256"}}, claims()),
            "unknown_kid");
        row("another key with the right kid", forge(&*m_other, "RS256", rs, claims()),
            "bad_signature");
        row("an EC key's kid for RS256",
            forge(&*m_rsa, "RS256", {{"alg", "RS256"}, {"kid", "ec-1"}}, claims()),
            "alg_not_allowed");
        row("PS256 with a key published for RS256",
            forge(&*m_rs256_only, "PS256", {{"alg", "PS256"}, {"kid", "rsa-2"}}, claims()),
            "alg_not_allowed");
        row("an RSA key's kid for ES256",
            forge(&*m_ec, "ES256", {{"alg", "ES256"}, {"kid", "rsa-1"}}, claims()),
            "alg_not_allowed");
        {
            auto genuine = forge(&*m_rsa, "RS256", rs, claims());
            json changed = claims();
            changed["pid"] = "01010112345";
            const auto first = genuine.find('.'), second = genuine.rfind('.');
            row("a payload changed after signing",
                genuine.substr(0, first + 1) + segment(changed) + genuine.substr(second),
                "bad_signature");
        }
        with("another issuer", {{"iss", "https://evil.example"}}, "wrong_issuer");
        with("no aud", {{"aud", nullptr}}, "wrong_audience");
        with("aud for another client", {{"aud", "someone-else"}}, "wrong_audience");
        with("two audiences, no azp", {{"aud", {"bro", "other"}}}, "wrong_azp");
        with("azp of another client", {{"azp", "other"}}, "wrong_azp");
        with("expired beyond the skew", {{"exp", now - 31}}, "expired");
        with("not before, in the future", {{"nbf", now + 60}}, "not_yet_valid");
        with("issued in the future", {{"iat", now + 60}}, "issued_in_future");
        with("issued long ago", {{"iat", now - 3600}}, "too_old");
        with("no nonce", {{"nonce", nullptr}}, "nonce_mismatch");
        with("another sign-in's nonce", {{"nonce", "n-999"}}, "nonce_mismatch");
        with("a lower level", {{"acr", "idporten-loa-low"}}, "acr_too_low");
        with("no level", {{"acr", nullptr}}, "acr_too_low");
        with("no sub", {{"sub", nullptr}}, "missing_claim");
        with("no exp", {{"exp", nullptr}}, "missing_claim");
        row("two segments", "abc.def", "malformed");
        row("four segments", forge(&*m_rsa, "RS256", rs, claims()) + ".x", "malformed");
        row("not base64url", "ab$c.def.ghi", "malformed");
        row("header not an object", b64url_encode("[1]") + "." + segment(claims()) + ".sig",
            "malformed");
        row("crit in the header",
            forge(&*m_rsa, "RS256", {{"alg", "RS256"}, {"kid", "rsa-1"}, {"crit", {"exp"}}},
                  claims()),
            "malformed");
        row("oversize", std::string(20000, 'a') + ".b.c", "malformed");
    }
    void forged_tokens_are_refused()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, reason);
        const auto r = check(token.toStdString());
        QVERIFY(!r.ok);
        QCOMPARE(QString(refusal_code(r.reason)), reason);
        // The log line never carries the identity number or the token.
        QVERIFY(r.reason_text.find(pid) == std::string::npos);
        QVERIFY(r.reason_text.find("eyJ") == std::string::npos);
    }

    void within_the_skew_passes()
    {
        json c = claims();
        c["exp"] = now - 10; // expired 10 s ago, inside a 30 s skew
        c["iat"] = now + 10;
        const auto r = check(forge(&*m_rsa, "RS256", {{"alg", "RS256"}, {"kid", "rsa-1"}}, c));
        QVERIFY2(r.ok, r.reason_text.c_str());
        auto e = expect();
        e.skew_seconds = 100000; // asked for far too much: bounded to 120
        c["exp"] = now - 500;
        QCOMPARE(
            QString(refusal_code(
                check(forge(&*m_rsa, "RS256", {{"alg", "RS256"}, {"kid", "rsa-1"}}, c), e).reason)),
            QString("expired"));
    }

    void key_sets_keep_what_signs_and_skip_the_rest()
    {
        auto small = SigningKey::generate_ec("x").public_jwk();
        json weak_rsa = {{"kty", "RSA"},
                         {"kid", "weak"},
                         {"n", b64url_encode(std::string(128, '\x81'))},
                         {"e", "AQAB"}};
        json enc = m_rsa->public_jwk();
        enc["use"] = "enc";
        enc["kid"] = "enc-1";
        json oct = {{"kty", "oct"}, {"kid", "sym"}, {"k", "c2VjcmV0"}};
        json bad_ec = small;
        bad_ec["kid"] = "off-curve";
        bad_ec["x"] = b64url_encode(std::string(32, '\x01'));
        std::string error;
        auto set = Jwks::parse({{"keys", {weak_rsa, enc, oct, bad_ec, small}}}, &error);
        QVERIFY(set);
        QCOMPARE(set->size(), std::size_t(1)); // only the good EC key
        QVERIFY(set->find("x"));
        QVERIFY(!set->find("weak") && !set->find("enc-1") && !set->find("sym") &&
                !set->find("off-curve"));
        QVERIFY(!Jwks::parse({{"nokeys", 1}}, &error));
        QVERIFY(!Jwks::parse(json::array(), &error));
    }

    void base64url_is_strict()
    {
        QCOMPARE(b64url_decode(b64url_encode("bro")).value(), std::string("bro"));
        QCOMPARE(b64url_decode(b64url_encode("br")).value(), std::string("br"));
        QVERIFY(!b64url_decode("YnJv=")); // padding
        QVERIFY(!b64url_decode("Yn+v"));  // plain base64's alphabet
        QVERIFY(b64url_decode("YnI"));    // "br" …
        QVERIFY(!b64url_decode("YnJ"));   // … and with trailing bits set, refused
        QVERIFY(!b64url_decode("Y"));
    }

    void pkce_follows_rfc_7636()
    {
        const std::string verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        QCOMPARE(pkce_challenge_s256(verifier),
                 std::string("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QVERIFY(pkce_matches(verifier, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QVERIFY(!pkce_matches(verifier, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cN"));
        QVERIFY(!pkce_matches("short", pkce_challenge_s256("short")));
        const auto v = pkce_verifier();
        QCOMPARE(v.size(), std::size_t(43));
        QVERIFY(pkce_matches(v, pkce_challenge_s256(v)));
        QVERIFY(pkce_verifier() != v);
    }

    void client_assertions_are_short_lived_and_unique()
    {
        const auto a =
            make_client_assertion(*m_ec, "bro-helseid", "https://helseid.example", now, 3600);
        const auto b = make_client_assertion(*m_ec, "bro-helseid", "https://helseid.example", now);
        auto jws = split_jws(a);
        QVERIFY(jws);
        QVERIFY(verify_signature("ES256", m_ec->key(), jws->signing_input, jws->signature));
        const auto &c = jws->payload;
        QCOMPARE(c["iss"].get<std::string>(), std::string("bro-helseid"));
        QCOMPARE(c["sub"].get<std::string>(), std::string("bro-helseid"));
        QCOMPARE(c["aud"].get<std::string>(), std::string("https://helseid.example"));
        QVERIFY(c["exp"].get<std::int64_t>() - c["iat"].get<std::int64_t>() <= 60);
        QVERIFY(c["jti"] != split_jws(b)->payload["jti"]);
        // A key read back from its PEM signs what its public JWK verifies.
        const QString file = QDir::temp().filePath("bro-oidc-test-key.pem");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(m_rsa->private_pem()));
        }
        std::string error;
        auto loaded = SigningKey::load_pem(file.toStdString(), "rsa-1", &error);
        QFile::remove(file);
        QVERIFY2(loaded, error.c_str());
        QVERIFY(loaded->public_jwk() == m_rsa->public_jwk());
        QVERIFY(!SigningKey::load_pem("/nonexistent", "k", &error));
    }

    void national_identity_numbers_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("born");
        QTest::newRow("1900s") << "140306100"
                               << "1906-03-14";
        QTest::newRow("1990s") << "010199234"
                               << "1999-01-01";
        QTest::newRow("2000s") << "290204512"
                               << "2004-02-29";
        // Born 1854-1899: a valid number, but before the dates Bro keeps (1900 on).
        QTest::newRow("1800s") << "311264500"
                               << "";
        QTest::newRow("1940-99, 900s") << "150545912"
                                       << "1945-05-15";
        QTest::newRow("D-number") << "550599234"
                                  << "1999-05-15";
        QTest::newRow("H-number or NAV synthetic") << "154599234"
                                                   << "1999-05-15";
        QTest::newRow("Tenor synthetic") << "158599100"
                                         << "1999-05-15";
        QTest::newRow("29 Feb, no leap year") << "290205500"
                                              << "";
        QTest::newRow("month 13") << "011399234"
                                  << "";
    }
    void national_identity_numbers()
    {
        QFETCH(QString, base);
        QFETCH(QString, born);
        // Complete the nine digits with their check digits; skip bases that have none.
        auto digits = base.toStdString();
        static const int w1[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
        static const int w2[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        for (const int *w : {w1, w2}) {
            int sum = 0;
            for (std::size_t i = 0; i < digits.size(); ++i)
                sum += w[i] * (digits[i] - '0');
            int k = 11 - sum % 11;
            if (k == 11)
                k = 0;
            QVERIFY2(k != 10, "a base with no valid check digit: choose another");
            digits += static_cast<char>('0' + k);
        }
        QVERIFY(valid_fnr(digits));
        std::string wrong = digits;
        wrong[10] = static_cast<char>('0' + (wrong[10] - '0' + 1) % 10);
        QVERIFY(!valid_fnr(wrong));
        QVERIFY(!valid_fnr(digits.substr(0, 10)));
        const auto date = birth_date_from_pid(digits);
        QCOMPARE(QString::fromStdString(date.value_or("")), born);
    }

    void the_identity_hash_is_keyed()
    {
        const auto a = identity_hash("key-one-0123456789abcdef0123456789", pid);
        QCOMPARE(a, identity_hash("key-one-0123456789abcdef0123456789", pid));
        QVERIFY(a != identity_hash("key-two-0123456789abcdef0123456789", pid));
        QVERIFY(a != identity_hash("key-one-0123456789abcdef0123456789", "14030651235"));
        QCOMPARE(a.size(), std::size_t(64));
        QVERIFY(a.find(pid) == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestOidcTokens)
#include "tst_oidc_tokens.moc"
