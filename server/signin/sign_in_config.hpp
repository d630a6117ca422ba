#pragma once
// National sign-in as an operator configures it: this server's redirect URI, the key of the
// national-identity hash, and each OpenID provider (ID-porten, HelseID …) with the roles that may
// use it. Read from one JSON file (`serve --sign-in FILE`, docs/sign-in.md); an unknown or mistyped
// key is an error that names it, so a typo never silently turns a check off.

#include "domain/enums.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bro::signin {

struct ProviderConfig
{
    std::string id;   // "idporten": what the app asks for
    std::string name; // "ID-porten": what the person sees
    std::string issuer;
    std::string client_id;
    std::string client_secret;    // client_secret_basic (ID-porten), or …
    std::string private_key_file; // … private_key_jwt (HelseID): a PEM key of ours
    std::string key_id;           // its `kid`, as registered with the provider
    std::string scope = "openid profile";
    std::string acr;                     // the level a sign-in must reach; empty: any
    std::vector<std::string> acr_levels; // weakest first
    std::string pid_claim = "pid";       // the claim that carries the national identity number
    std::vector<Role> roles;             // who may sign in through it
    std::string ca_file;                 // extra trust anchor for the provider's TLS (tests)
    int timeout_ms = 5000;
};

struct SignInConfig
{
    std::string callback_url;      // this server's redirect URI: https://…/auth/callback
    std::string identity_key_file; // the HMAC key of the identity hash: created when missing
    bool passwords = false;        // also accept passwords (demo data and tests only)
    std::vector<ProviderConfig> providers;

    const ProviderConfig *provider(const std::string &id) const;
};

// Throws std::runtime_error naming the file and the key for anything wrong.
SignInConfig load_sign_in_config(const std::string &path);

} // namespace bro::signin
