#pragma once
// Turns a validation FieldError from bro_core into a sentence a user understands (bokmål source
// text, translatable).

#include "domain/validation.hpp"

#include <QString>
#include <string>

namespace errortext {

QString fieldLabel(const std::string &kind, const std::string &field);
QString describe(const std::string &kind, const bro::FieldError &error);
// A server rejection code (protocol::code) as a sentence.
QString rejection(const std::string &code, const std::string &message);
// The error a national sign-in's redirect came back with (cancelled, unknown_person, bad_invite,
// provider_unavailable, sign_in_failed …) as a sentence; "" for cancelled, which is no error.
QString signInRedirect(const std::string &error);
// Why the server refused a change to the coordinator's directory, as a sentence.
QString directoryEdit(const std::string &code, const std::string &message);

} // namespace errortext
