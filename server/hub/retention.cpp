// The server's retention tick (issue 12): a closed case is erased its programme's number of
// months after it closed, and the apprentice is told a month ahead in a message from Bro.
// decide_retention (shared/domain/retention.hpp) decides; this acts, once across nodes.

#include "admin/case_rights.hpp"
#include "domain/dates.hpp"
#include "domain/schema.hpp"
#include "hub/sync_hub.hpp"
#include "store/server_schema.hpp"
#include "store/server_writer.hpp"
#include "util/time.hpp"

#include <iostream>

namespace bro {

namespace {

// "2026-12-31" → "31. desember 2026"
std::string long_date(const std::string &date)
{
    static const char *months[] = {"januar",    "februar", "mars",     "april",
                                   "mai",       "juni",    "juli",     "august",
                                   "september", "oktober", "november", "desember"};
    if (!day_number(date))
        return date;
    const int m = std::stoi(date.substr(5, 2));
    return std::to_string(std::stoi(date.substr(8, 2))) + ". " + months[m - 1] + " " +
           date.substr(0, 4);
}

std::string notice_text(const std::string &closed_on, const std::string &erase_on)
{
    return "Saken din i Bro ble avsluttet " + long_date(closed_on) +
           ". Når en sak er avsluttet, slettes alt Bro har om deg etter en stund: dine data "
           "slettes " +
           long_date(erase_on) +
           ". Vil du ha en kopi først? Gå til Innstillinger og velg «Lagre en kopi av dataene "
           "mine». Spør opplæringskontoret om du vil ha kopien fra serveren også.";
}

} // namespace

void SyncHub::apply_retention()
{
    const auto today = today_utc();
    Transaction tx(m_db);
    if (!claim_job(m_db, job_retention))
        return; // another node is on it
    bool wrote = false;
    for (const auto &c : m_directory.cases()) {
        const auto file = m_records.get(c.id);
        if (!file || file->kind != kind::case_file)
            continue;
        const auto phase = file->str("phase");
        std::string closed = file->str("phase_since");
        const auto history = file->fields.value("phase_history", nlohmann::json::object());
        if (history.is_object() && history.contains(phase) && history[phase].is_string())
            closed = history[phase].get<std::string>();
        const std::string notice_id = "retention-notice:" + c.id;
        const auto notice = m_records.get(notice_id);
        const std::string announced =
            notice && !notice->deleted() ? notice->str("sent") : std::string();
        // The case's programme sets how long (issue 14); `serve --retention-months` overrides
        // it for every programme (tests, an office's own decision).
        RetentionPolicy policy = m_options.retention;
        if (!m_options.retention_set) {
            const auto programme = m_directory.programme_of_person(c.apprentice_id);
            policy = {programme->retention.months, programme->retention.notice_days};
        }
        if (policy.months <= 0)
            continue; // this programme keeps closed cases
        const auto d = decide_retention(phase, closed, announced, today, policy);
        if (d.step == RetentionStep::announce) {
            ServerWriter(m_db, "server")
                .write(notice_id, kind::message, c.id,
                       {{"author_id", "bro"},
                        {"author_name", "Bro"},
                        {"text", notice_text(closed.substr(0, 10), d.erase_on)},
                        {"sent", iso_datetime(unix_now())}});
            wrote = true;
        } else if (d.step == RetentionStep::erase) {
            erase_person_in_transaction(m_db, c.apprentice_id, "Bro (oppbevaringstid)",
                                        "retention");
            wrote = true;
        }
    }
    if (wrote)
        tx.commit();
}

} // namespace bro
