#pragma once
// What the apprentice is shown before sharing a category (issue 12, consent receipts): the one
// place these explanations live, in bokmål and English, each with a version. A changed text is a
// new version appended to the list; old versions stay, so an old receipt can still be checked.
// The app shows `current_consent_text`; a grant's receipt carries the version and the exact text
// shown, and the server accepts a receipt only when its text is that version's text.

#include "domain/enums.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bro {

struct ConsentText
{
    Category category;
    int version = 0; // 1, 2, … per category
    std::string nb;  // bokmål
    std::string en;  // English
};

// Every version of every category's text, oldest first.
const std::vector<ConsentText> &consent_texts();

// The newest version of a category's text; nullptr for a category that is not consentable.
const ConsentText *current_consent_text(Category c);

// One version; nullptr when it does not exist.
const ConsentText *consent_text(Category c, int version);

// The text in a language ("nb" or "en"; anything else: empty).
std::string consent_text_in(const ConsentText &t, std::string_view language);

} // namespace bro
