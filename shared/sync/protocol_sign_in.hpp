#pragma once
// The sign-in message family: national sign-in through an OpenID provider (ID-porten, HelseID)
// with the app's own PKCE towards this server, and the person's list of devices. All before
// `welcome` but the device list. docs/protocol.md, "National sign-in" and "My devices".

#include "domain/enums.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace bro::protocol {

// ---- client -> server ----
struct SignInOptionsQuery // which providers this server offers (before signing in)
{
    std::string id;
};
struct SignInStart
{
    std::string id;
    std::string provider;       // "idporten"
    std::string code_challenge; // base64url SHA-256 of the app's verifier (S256)
    std::string redirect_uri;   // http://127.0.0.1:PORT/… or a private-use scheme no.bro.app:/…
    std::string state;          // the app's own, given back in that redirect
    std::string invite_code;    // first sign-in only: binds the national identity to the person
};
struct SignInFinish
{
    std::string id;
    std::string code;          // from the redirect to the app
    std::string code_verifier; // the app's PKCE verifier
    std::string device_name;
    std::string platform; // "linux", "android", "ios" …: shown in the person's device list
};
struct DevicesQuery // the signed-in person's devices
{
    std::string id;
};
struct DeviceSignOut // sign one of one's own devices out (it erases its copy at next contact)
{
    std::string id;
    std::string device_id;
};

// ---- server -> client ----
struct SignInProviderInfo
{
    std::string id;
    std::string name;
    std::vector<Role> roles;
};
struct SignInOptions
{
    std::string id;
    std::vector<SignInProviderInfo> providers;
    bool passwords = true; // whether login with a password is accepted here
};
struct SignInStarted
{
    std::string id;
    std::string authorize_url; // open in the system browser
};
struct DeviceInfo
{
    std::string device_id;
    std::string name;
    std::string platform;
    std::string provider; // "" for a password sign-in
    std::string created;  // datetime
    std::string last_seen;
    bool current = false; // the device that asked
    bool signed_out = false;
};
struct Devices
{
    std::string id;
    std::vector<DeviceInfo> devices;
};

} // namespace bro::protocol
