#include "signin/Pkce.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

namespace pkce {

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray randomToken(int bytes)
{
    // QRandomGenerator::system() reads the operating system's CSPRNG (getrandom on Linux), never
    // a seeded PRNG: the verifier is the only secret between this app and the server.
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->generate(words.begin(), words.end());
    const QByteArray raw(reinterpret_cast<const char *>(words.constData()), bytes);
    return raw.toBase64(base64url);
}

QByteArray makeVerifier()
{
    return randomToken(32);
}

QByteArray challenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(base64url);
}

} // namespace pkce
