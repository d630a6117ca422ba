#include "store/ErrorText.h"

#include "domain/handover.hpp"
#include "sync/protocol.hpp"

#include <QCoreApplication>
#include <QRegularExpression>

namespace errortext {

namespace {

// The context is the namespace's name, which is what lupdate files these strings under.
QString tr(const char *text)
{
    return QCoreApplication::translate("errortext", text);
}

bool startsWith(const std::string &s, const char *prefix)
{
    return s.rfind(prefix, 0) == 0;
}

} // namespace

QString fieldLabel(const std::string &kind, const std::string &field)
{
    if (field == "title")
        return kind == "goal_step" ? tr("Steget") : tr("Tittelen");
    if (field == "why")
        return tr("Hvorfor");
    if (field == "status")
        return tr("Statusen");
    if (field == "position")
        return tr("Plasseringen");
    if (field == "date")
        return tr("Datoen");
    if (field == "mood")
        return tr("Humøret");
    if (field == "energy")
        return tr("Energien");
    if (field == "sleep")
        return tr("Søvnen");
    if (field == "pain")
        return tr("Smerten");
    if (field == "work")
        return tr("Hvordan jobben gikk");
    if (field == "note")
        return tr("Notatet");
    if (field == "text")
        return kind == "message" ? tr("Meldingen") : tr("Teksten");
    if (field == "from")
        return tr("Første dag");
    if (field == "to")
        return tr("Siste dag");
    if (field == "kind")
        return tr("Typen fravær");
    if (field == "health_related")
        return tr("Om det gjelder helse");
    if (field == "until")
        return tr("Sluttdatoen");
    if (field == "category")
        return tr("Kategorien");
    if (field == "phase")
        return tr("Fasen");
    if (field == "items" || !bro::handover_item_of(field).empty()) // the list, or one item
        return tr("Sjekklisten");
    return QString::fromStdString(field);
}

QString describe(const std::string &kind, const bro::FieldError &error)
{
    const QString label = fieldLabel(kind, error.field);
    const std::string &m = error.message;
    static const QRegularExpression number(QStringLiteral("(-?\\d+)"));
    QList<QString> numbers;
    for (auto it = number.globalMatch(QString::fromStdString(m)); it.hasNext();)
        numbers.append(it.next().captured(1));

    if (kind == "absence" && error.field == "to" && startsWith(m, "must be on or after"))
        return tr("Siste dag kan ikke være før første dag.");
    if (startsWith(m, "is required"))
        return tr("%1 må fylles ut.").arg(label);
    if (startsWith(m, "must not be empty"))
        return tr("%1 må fylles ut.").arg(label);
    if (startsWith(m, "is shorter than"))
        return tr("%1 er for kort.").arg(label);
    if (startsWith(m, "is longer than") && !numbers.isEmpty())
        return tr("%1 har for mange tegn (høyst %2).").arg(label, numbers.first());
    if (startsWith(m, "must be between") && numbers.size() >= 2)
        return tr("%1 må være mellom %2 og %3.").arg(label, numbers[0], numbers[1]);
    if (startsWith(m, "must be at most") && !numbers.isEmpty())
        return tr("%1 kan høyst være %2.").arg(label, numbers.first());
    if (startsWith(m, "must be a whole number"))
        return tr("%1 må være et helt tall.").arg(label);
    if (startsWith(m, "must be a date"))
        return tr("%1 må være en gyldig dato.").arg(label);
    if (startsWith(m, "must be a UTC time"))
        return tr("%1 må være et gyldig tidspunkt.").arg(label);
    if (startsWith(m, "must be true or false"))
        return tr("%1 må være ja eller nei.").arg(label);
    if (startsWith(m, "is not one of the allowed values"))
        return tr("%1 har en verdi som ikke er tillatt.").arg(label);
    if (startsWith(m, "must be text"))
        return tr("%1 må være tekst.").arg(label);
    if (startsWith(m, "must be valid UTF-8"))
        return tr("%1 inneholder ugyldige tegn.").arg(label);
    if (startsWith(m, "is too large") || startsWith(m, "must be an object"))
        return tr("%1 har for høy verdi.").arg(label);
    if (startsWith(m, "is not a field"))
        return tr("Ukjent felt: %1.").arg(QString::fromStdString(error.field));
    return tr("%1: %2").arg(label, QString::fromStdString(m));
}

QString rejection(const std::string &code, const std::string &message)
{
    namespace c = bro::protocol::code;
    if (code == c::forbidden) {
        // Who writes what (docs/protocol.md): the reasons a helper meets most, in plain words.
        const auto says = [&message](const char *part) {
            return message.find(part) != std::string::npos;
        };
        if (says("goal is the apprentice's own"))
            return tr("Målet er lærlingens eget, med lærlingens egne ord. Bare lærlingen kan "
                      "endre eller slette det. Du kan foreslå et steg i stedet.");
        if (says("step is the apprentice's own"))
            return tr("Steget er lærlingens eget. Bare lærlingen kan endre eller slette det.");
        if (says("must be a suggestion"))
            return tr("Du kan foreslå mål og steg, men ikke legge dem til selv. Lærlingen "
                      "bestemmer om forslaget blir deres.");
        if (says("only the apprentice accepts or declines"))
            return tr("Bare lærlingen kan ta imot eller si nei takk til et forslag.");
        if (says("check-ins are the apprentice's own"))
            return tr("Innsjekkene er lærlingens egne. Bare lærlingen kan endre dem.");
        if (says("absence notes are the apprentice's own"))
            return tr("Fraværsmeldingene er lærlingens egne. Bare lærlingen kan endre dem.");
        if (says("your own notes"))
            return tr("Du kan bare endre dine egne notater.");
        if (says("your own comments"))
            return tr("Du kan bare endre dine egne kommentarer.");
        if (says("meetings are arranged by the helpers"))
            return tr("Møtene settes opp av hjelperne. Du kan legge til det du vil snakke om.");
        if (says("your own agenda items"))
            return tr("Du kan bare endre dine egne saker på sakslista.");
        if (says("the minutes are written by the helpers"))
            return tr("Referatet skrives av hjelperne. Du kan si om du er enig, eller skrive "
                      "hva du ser annerledes.");
        if (says("agreed actions are written down by the helpers"))
            return tr("Avtalte oppgaver skrives ned av hjelperne.");
        if (says("agree with the minutes"))
            return tr("Bare lærlingen kan si om de er enige i referatet.");
        if (says("drafts the return plan"))
            return tr("Klinikken lager utkastet til opptrappingsplanen. Bare lærlingen svarer "
                      "på den.");
        if (says("in your own name"))
            return tr("Du kan bare skrive i ditt eget navn.");
        return tr("Du har ikke lov til å gjøre denne endringen.");
    }
    if (code == c::invalid_record)
        return tr("Serveren godtok ikke endringen: %1").arg(QString::fromStdString(message));
    if (code == c::clock_skew)
        return tr("Klokka på enheten går feil. Sjekk dato og tid.");
    if (code == c::storage_full)
        return tr("Serveren er full. Prøv igjen senere.");
    if (code == c::storage_unavailable)
        return tr("Serveren får ikke lagret akkurat nå. Det du har skrevet er trygt på enheten "
                  "og sendes av seg selv når serveren er tilbake.");
    if (code == c::bad_credentials)
        return tr("Feil brukernavn eller passord.");
    if (code == c::bad_invite)
        return tr("Invitasjonskoden er ugyldig eller brukt.");
    if (code == c::rate_limited)
        return tr("For mange forsøk. Vent litt og prøv igjen.");
    if (code == c::token_expired || code == c::token_revoked || code == c::not_authenticated)
        return tr("Du må logge inn på nytt.");
    if (code == c::unsupported_protocol)
        return tr("Appen er for gammel for serveren. Oppdater appen.");
    // National sign-in: the person never sees the reason (it is in the server's log).
    if (code == c::sign_in_failed)
        return tr("Innloggingen mislyktes. Prøv igjen.");
    if (code == c::provider_unavailable)
        return tr("Innloggingstjenesten svarer ikke akkurat nå. Prøv igjen om litt.");
    if (message.empty())
        return QString::fromStdString(code);
    return QString::fromStdString(message);
}

QString signInRedirect(const std::string &error)
{
    if (error == "cancelled")
        return {}; // the person chose to stop: back to the login page, nothing went wrong
    if (error == "unknown_person")
        return tr("Vi fant deg ikke. Første gang trenger du invitasjonskoden fra koordinatoren.");
    if (error == "bad_invite")
        return tr("Invitasjonskoden virker ikke. Spør koordinatoren om en ny.");
    if (error == bro::protocol::code::provider_unavailable)
        return rejection(error, {});
    return rejection(bro::protocol::code::sign_in_failed, {}); // anything else, said the same way
}

QString directoryEdit(const std::string &code, const std::string &message)
{
    namespace c = bro::protocol::code;
    if (code == c::forbidden)
        return tr("Bare koordinatoren kan se og endre organisasjoner, personer og team.");
    const auto has = [&message](const char *part) {
        return message.find(part) != std::string::npos;
    };
    // The server's messages (server/store/directory_store.cpp, server/admin/directory_edits.cpp)
    // in the coordinator's words.
    if (has("already exists"))
        return tr("Det finnes allerede en med samme id.");
    if (has("already has case"))
        return tr("Lærlingen har allerede en sak.");
    if (has("is not an apprentice"))
        return tr("Velg en lærling.");
    if (has("is not a training_office"))
        return tr("Velg et opplæringskontor.");
    if (has("is not a clinic"))
        return tr("Velg en klinikk.");
    if (has("an adviser belongs to"))
        return tr("En rådgiver må høre til et opplæringskontor.");
    if (has("a clinician belongs to"))
        return tr("En behandler må høre til en klinikk.");
    if (has("a coordinator belongs to"))
        return tr("En koordinator må høre til programmet.");
    if (has("belongs to no organisation") || has("'org_id' must be empty"))
        return tr("En lærling hører ikke til en organisasjon.");
    if (has("works for neither"))
        return tr("Personen jobber verken ved lærlingens opplæringskontor eller klinikk.");
    if (has("only advisers and clinicians"))
        return tr("Bare rådgivere og behandlere kan være med i teamet.");
    if (has("already on the care team"))
        return tr("Personen er allerede med i teamet.");
    if (has("is not on the care team"))
        return tr("Personen er ikke med i teamet.");
    if (has("already has an account"))
        return tr("Personen har allerede en konto og trenger ingen invitasjonskode.");
    if (code == c::missing_field || code == c::bad_value || code == c::wrong_type)
        return tr("Serveren godtok ikke endringen: %1").arg(QString::fromStdString(message));
    return rejection(code, message);
}

} // namespace errortext
