#pragma once
// PKCE (RFC 7636) on the app's side of national sign-in: the app makes a secret verifier, sends
// the server only its S256 challenge, and later proves with the verifier that it is the one that
// started. A code caught on its way through the browser is then worth nothing to anyone else.

#include <QByteArray>

namespace pkce {

// 32 bytes from the system's CSPRNG as base64url without padding: 43 characters of
// [A-Za-z0-9-_], inside RFC 7636's 43–128 of the unreserved set.
QByteArray makeVerifier();
// base64url(SHA-256(verifier)) without padding: the code_challenge for method S256.
QByteArray challenge(const QByteArray &verifier);
// `bytes` random bytes as base64url without padding: the redirect's `state`.
QByteArray randomToken(int bytes = 24);

} // namespace pkce
