#pragma once
// Which PINs are too easy to guess. A phone left on a bench is opened by whoever tries 123456;
// the rules refuse what people try first, kindly, and say what to do instead.

#include <QString>

namespace pinrules {

inline constexpr int minimumLength = 6;

// Empty when the PIN will do; otherwise a short, calm sentence in the UI's language.
// `birthDate` (YYYY-MM-DD, may be empty): the person's own birthday is refused in its usual forms.
QString weakness(const QString &pin, const QString &birthDate = {});

} // namespace pinrules
