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
// Why the server refused a change to the coordinator's directory, as a sentence.
QString directoryEdit(const std::string &code, const std::string &message);

} // namespace errortext
