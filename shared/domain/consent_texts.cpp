#include "domain/consent_texts.hpp"

namespace bro {

const std::vector<ConsentText> &consent_texts()
{
    // Append a new version when a text changes; never edit or remove one that has been shown.
    static const std::vector<ConsentText> texts{
        {Category::goals, 1,
         "De kan se målene dine og stegene på veien, og foreslå nye. Bare du endrer det du har "
         "skrevet.",
         "They can see your goals and the steps on the way, and suggest new ones. Only you change "
         "what you wrote."},
        {Category::checkins, 1,
         "De kan se innsjekkene dine: humør, energi, søvn, smerte, hvordan jobben gikk og det du "
         "skriver. Dette er helseopplysninger.",
         "They can see your check-ins: mood, energy, sleep, pain, how work went and what you "
         "write. This is health information."},
        // Version 2 (issue 12): says that sharing can be stopped at any time.
        {Category::checkins, 2,
         "De kan se innsjekkene dine: humør, energi, søvn, smerte, hvordan jobben gikk og det du "
         "skriver. Dette er helseopplysninger. Du kan slutte å dele når du vil.",
         "They can see your check-ins: mood, energy, sleep, pain, how work went and what you "
         "write. This is health information. You can stop sharing whenever you like."},
        {Category::absence, 1,
         "De kan se fraværet ditt og hva slags fravær det var. Sykefravær er "
         "helseopplysninger.",
         "They can see your absence and what kind of absence it was. Sick leave is health "
         "information."},
        {Category::notes, 1,
         "De kan lese og skrive notater om oppfølgingen din. Notater kan handle om helsen din.",
         "They can read and write notes about how you are followed up. Notes can be about your "
         "health."},
        {Category::journey, 1,
         "De kan se sjekklisten for overgangene i løpet ditt. Hvilken fase du er i, ser hele "
         "teamet uansett.",
         "They can see the checklist for the handovers in your journey. The whole team always sees "
         "which phase you are in."},
        {Category::statistics, 1,
         "Reisen din telles med i programmets tall: om du kom i gang, fullførte og fikk fagbrev, "
         "og svarene dine på oppfølgingspunktene. Ingen ser navnet ditt, og tall under 5 vises "
         "aldri. Du kan trekke deg når du vil.",
         "Your journey is counted in the programme's figures: whether you started, finished and "
         "got your trade certificate, and your answers at the follow-up points. Nobody sees your "
         "name, and a number under 5 is never shown. You can stop whenever you like."},
    };
    return texts;
}

const ConsentText *current_consent_text(Category c)
{
    const ConsentText *out = nullptr;
    for (const auto &t : consent_texts())
        if (t.category == c && (!out || t.version > out->version))
            out = &t;
    return out;
}

const ConsentText *consent_text(Category c, int version)
{
    for (const auto &t : consent_texts())
        if (t.category == c && t.version == version)
            return &t;
    return nullptr;
}

std::string consent_text_in(const ConsentText &t, std::string_view language)
{
    if (language == "nb")
        return t.nb;
    if (language == "en")
        return t.en;
    return {};
}

} // namespace bro
