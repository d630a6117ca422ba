// Who writes what, through a real server: the table in AccessPolicy::write_table (mirrored in
// docs/protocol.md) walked row by row. For every kind, field and role the test writes that one
// field with a real device — on a record of its own, and on someone else's — and checks that the
// server accepts exactly what the row says. Then the stories behind the table: Kari suggests a
// step and Emil takes it; Kari cannot delete or reword Emil's goal, and is told why.

#include "demo_server.hpp"
#include "domain/consent_texts.hpp"
#include "domain/record.hpp"
#include "domain/schema.hpp"
#include "sync/access_policy.hpp"
#include "sync/protocol.hpp"

#include <QDateTime>
#include <QTest>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

namespace {

const std::string case_id = "case-emil"; // in the stay: the clinic is responsible

std::string type_of(const json &j)
{
    return j.value("type", "");
}

struct Writer
{
    TestDevice *device = nullptr;
    std::string person;
    std::string name;
    Role role = Role::apprentice;
    std::uint64_t counter = 0;
};

struct Outcome
{
    bool accepted = false;
    std::string code, message;
};

} // namespace

class TestServerOwnership : public QObject
{
    Q_OBJECT

private:
    DemoServer m_server;
    Writer m_emil, m_kari, m_ingrid;
    int m_ids = 0;

    std::string fresh_id(const std::string &kind)
    {
        return "t-" + kind + "-" + std::to_string(++m_ids);
    }

    bool sign_in(Writer &w, const std::string &user, std::string person, std::string name,
                 Role role)
    {
        w.device = m_server.sign_in(user);
        w.person = std::move(person);
        w.name = std::move(name);
        w.role = role;
        return w.device != nullptr;
    }

    // Pushes the fields as one push of changes (one per field, in order); one outcome per field.
    std::vector<Outcome> push(Writer &w, const std::string &record_id, const std::string &kind,
                              const std::vector<std::pair<std::string, json>> &fields)
    {
        std::vector<Change> changes;
        const auto ms = static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());
        for (const auto &[field, value] : fields)
            changes.push_back(Change{new_uuid(), ++w.counter, record_id, kind, case_id, field,
                                     value, Hlc::make(ms, static_cast<std::uint16_t>(w.counter)),
                                     w.device->device_id, 0});
        const auto ack = w.device->request(json::parse(protocol::serialize(
            protocol::ClientMessage{protocol::Push{w.device->next_id(), changes}})));
        std::vector<Outcome> out(changes.size());
        if (type_of(ack) != "ack") {
            qWarning("no ack: %s", ack.dump().c_str());
            return out;
        }
        for (std::size_t i = 0; i < changes.size(); ++i) {
            for (const auto &a : ack["accepted"])
                if (a.value("op", "") == changes[i].op)
                    out[i].accepted = true;
            for (const auto &r : ack["rejected"])
                if (r.value("op", "") == changes[i].op) {
                    out[i].code = r.value("code", "");
                    out[i].message = r.value("message", "");
                }
        }
        return out;
    }

    Outcome write_one(Writer &w, const std::string &record_id, const std::string &kind,
                      const std::string &field, const json &value)
    {
        return push(w, record_id, kind, {{field, value}}).front();
    }

    // A new record written by its owner; fails the test if the server refuses any of it.
    std::string create(Writer &owner, const std::string &kind, bool suggestion = false)
    {
        const auto id = kind == kind::message_read
                            ? message_read_id(case_id, owner.person) + "-" + std::to_string(++m_ids)
                            : fresh_id(kind);
        std::vector<std::pair<std::string, json>> f;
        if (kind == kind::goal || kind == kind::goal_step) {
            if (kind == kind::goal_step)
                f.push_back({"goal_id", "goal-emil-2"});
            f.push_back({"title", "Skrevet av " + owner.name});
            if (kind == kind::goal)
                f.push_back({"status", "active"});
            if (suggestion) {
                f.push_back({"state", "suggested"});
                f.push_back({"suggested_by", owner.name});
                f.push_back({"suggested_by_id", owner.person});
                f.push_back({"suggestion_why", "Til testen"});
            }
        } else if (kind == kind::checkin) {
            f = {{"date", "2026-11-20"}, {"mood", 3}, {"energy", 3}, {"sleep", 3}, {"pain", 0}};
        } else if (kind == kind::absence) {
            f = {{"from", "2026-11-20"},
                 {"to", "2026-11-20"},
                 {"kind", "sick"},
                 {"health_related", false}};
        } else if (kind == kind::note || kind == kind::message) {
            f = {{"author_id", owner.person},
                 {"author_name", owner.name},
                 {"text", "Hei"},
                 {kind == kind::note ? "created" : "sent", "2026-11-20T10:00:00Z"}};
        } else if (kind == kind::goal_comment) {
            f = {{"goal_id", "goal-emil-1"},
                 {"author_id", owner.person},
                 {"author_name", owner.name},
                 {"text", "Bra jobba!"},
                 {"created", "2026-11-20T10:00:00Z"}};
        } else if (kind == kind::message_read) {
            f = {{"person_id", owner.person}, {"read_until", "2026-11-20T10:00:00Z"}};
        } else if (kind == kind::meeting) {
            f = {{"title", "Samarbeidsmøte"}, {"starts", "2026-12-03T09:00:00Z"}};
        } else if (kind == kind::agenda_item) {
            f = {{"meeting_id", "meeting-emil-1"},
                 {"title", "Skrevet av " + owner.name},
                 {"author_id", owner.person},
                 {"author_name", owner.name}};
        } else if (kind == kind::meeting_action) {
            f = {{"meeting_id", "meeting-emil-1"}, {"title", "Ringe NAV"}, {"owner_id", "p-kari"}};
        } else if (kind == kind::meeting_response) {
            f = {{"meeting_id", "meeting-emil-1"}, {"answer", "agreed"}};
        } else if (kind == kind::return_plan_week) {
            f = {{"week_start", "2026-11-23"}, {"week_no", 1}, {"share", 40}};
        }
        for (const auto &o : push(owner, id, kind, f))
            if (!o.accepted)
                qWarning("creating a %s as %s was refused: %s", kind.c_str(), owner.person.c_str(),
                         o.message.c_str());
        return id;
    }

    // A valid value for one field, written by `w` (fields that name a person name the writer).
    static json value_for(const std::string &kind, const std::string &field, const Writer &w)
    {
        if (field == deleted_field)
            return true;
        if (field == "author_id" || field == "person_id" || field == "suggested_by_id")
            return w.person;
        if (kind == kind::consent) // the consent used below: the clinic's notes
            return field == "org_id"     ? json("org-air")
                   : field == "category" ? json("notes")
                   : field == "granted"  ? json(true)
                   : field == "until"    ? json("2099-12-31")
                                         : json("2026-11-20T10:00:00Z"); // granted_at, reviewed_at
        if (kind == kind::consent_receipt) // the receipt written below: exactly as stored
            return receipt_fields()[field];
        if (kind == kind::case_file && field == "phase")
            return "stay";
        if (field == "state")
            return "suggested";
        const auto *k = find_kind(kind);
        for (const auto &spec : k->fields) {
            if (spec.name != field)
                continue;
            switch (spec.type) {
            case FieldType::text:
                return "Test";
            case FieldType::integer:
                return spec.min;
            case FieldType::boolean:
                return true;
            case FieldType::date:
                return "2026-11-20";
            case FieldType::datetime:
                return "2026-11-20T10:00:00Z";
            case FieldType::choice:
                return spec.choices.front();
            case FieldType::phase_id:
                return "stay";
            case FieldType::object:
                return json::object();
            case FieldType::handover_item:
                return json{{"done", true}, {"by", w.person}, {"at", "2026-11-20T10:00:00Z"}};
            case FieldType::goal_scores:
                return json{{"goal-1", 1}};
            }
        }
        return nullptr;
    }

    // A receipt of Emil's grant of notes to the clinic; a receipt is never changed, so the table
    // walk writes each field again with the value it has.
    static std::string receipt_id()
    {
        return consent_receipt_id(case_id, "org-air", Category::notes, "r1");
    }
    static json receipt_fields()
    {
        const auto *t = current_consent_text(Category::notes);
        return json{{"consent_id", consent_id(case_id, "org-air", Category::notes)},
                    {"org_id", "org-air"},
                    {"category", "notes"},
                    {"until", nullptr},
                    {"text_version", t->version},
                    {"text", t->nb},
                    {"language", "nb"},
                    {"device", "Emils telefon"},
                    {"shown_at", "2026-11-20T10:00:00Z"}};
    }

    // The fields a table row stands for: its own, or for "*" every field no other row names.
    static std::vector<std::string> fields_of(const WriteRule &row)
    {
        if (row.field != "*")
            return {std::string(row.field)};
        std::vector<std::string> out;
        const auto *k = find_kind(row.kind);
        for (const auto &spec : k->fields)
            if (AccessPolicy::rule_for(row.kind, spec.name) == &row)
                out.push_back(spec.name);
        if (AccessPolicy::rule_for(row.kind, deleted_field) == &row)
            out.push_back(deleted_field);
        return out;
    }

    // Someone other than `w` who owns records of this kind.
    Writer &other_owner(const std::string &kind, const Writer &w)
    {
        if (kind == kind::note)
            return w.person == m_kari.person ? m_ingrid : m_kari;
        if (kind == kind::message || kind == kind::message_read || kind == kind::agenda_item ||
            kind == kind::goal_comment)
            return w.person == m_emil.person ? m_kari : m_emil;
        // Kinds only helpers (or only the clinician) create: a record by someone else who may.
        if (kind == kind::meeting || kind == kind::meeting_action)
            return w.person == m_kari.person ? m_ingrid : m_kari;
        if (kind == kind::return_plan_week)
            return m_ingrid;
        return m_emil;
    }

    // A record of this kind that is not `w`'s (for kinds with one fixed record: that record).
    std::string someone_elses(const std::string &kind, Writer &w)
    {
        if (kind == kind::case_file)
            return case_id;
        if (kind == kind::handover)
            return handover_id(case_id, Phase::stay);
        if (kind == kind::consent)
            return consent_id(case_id, "org-air", Category::notes);
        if (kind == kind::consent_receipt)
            return receipt_id();
        return create(other_owner(kind, w), kind);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), "bro-server did not start");
        QVERIFY(sign_in(m_emil, "emil", "p-emil", "Emil Johansen", Role::apprentice));
        QVERIFY(sign_in(m_kari, "kari", "p-kari", "Kari Nordby", Role::adviser));
        QVERIFY(sign_in(m_ingrid, "ingrid", "p-ingrid", "Ingrid Solberg", Role::clinician));
        // Emil shares everything with both services, so that consent hides no row of the table.
        for (const auto &org : {"org-okab", "org-air"})
            for (auto c : consentable_categories())
                for (const auto &o : push(m_emil, consent_id(case_id, org, c), kind::consent,
                                          {{"org_id", org},
                                           {"category", std::string(to_string(c))},
                                           {"granted", true}}))
                    QVERIFY2(o.accepted, o.message.c_str());
        std::vector<std::pair<std::string, json>> receipt;
        const json fields = receipt_fields();
        for (const auto &[field, value] : fields.items())
            if (field != "until")
                receipt.emplace_back(field, value);
        for (const auto &o : push(m_emil, receipt_id(), kind::consent_receipt, receipt))
            QVERIFY2(o.accepted, o.message.c_str());
    }

    // The table, row by row, against the server.
    void theServerFollowsTheTable()
    {
        int checked = 0;
        for (const auto &row : AccessPolicy::write_table()) {
            const std::string kind(row.kind);
            const auto fields = fields_of(row);
            QVERIFY2(!fields.empty(), (kind + "." + std::string(row.field)).c_str());
            for (const auto &field : fields)
                for (Writer *w : {&m_emil, &m_kari, &m_ingrid}) {
                    const May may = AccessPolicy::may(row, w->role);
                    const auto where = kind + "." + field + " by " + w->person + " (" +
                                       std::string(to_string(may)) + ")";
                    const auto value = value_for(kind, field, *w);
                    const bool owned_kind = kind != kind::case_file && kind != kind::handover &&
                                            kind != kind::consent && kind != kind::consent_receipt;
                    switch (may) {
                    case May::yes: {
                        const auto o = write_one(*w, someone_elses(kind, *w), kind, field, value);
                        QVERIFY2(o.accepted, (where + ": " + o.message).c_str());
                        break;
                    }
                    case May::no: {
                        const auto o = write_one(*w, someone_elses(kind, *w), kind, field, value);
                        QVERIFY2(!o.accepted, where.c_str());
                        QCOMPARE(o.code, std::string("forbidden"));
                        break;
                    }
                    case May::own: {
                        QVERIFY2(owned_kind, where.c_str());
                        const bool suggestion = kind == kind::goal || kind == kind::goal_step;
                        auto o = write_one(
                            *w, create(*w, kind, suggestion && w->role != Role::apprentice), kind,
                            field, value);
                        QVERIFY2(o.accepted, (where + " on their own: " + o.message).c_str());
                        o = write_one(*w, someone_elses(kind, *w), kind, field, value);
                        QVERIFY2(!o.accepted, (where + " on someone else's").c_str());
                        QCOMPARE(o.code, std::string("forbidden"));
                        break;
                    }
                    case May::suggest: {
                        const auto mine = create(*w, kind, true);
                        auto o = write_one(*w, mine, kind, field, "suggested");
                        QVERIFY2(o.accepted, (where + ": " + o.message).c_str());
                        o = write_one(*w, mine, kind, field, "accepted");
                        QVERIFY2(!o.accepted, (where + " accepting it themselves").c_str());
                        o = write_one(*w, someone_elses(kind, *w), kind, field, "suggested");
                        QVERIFY2(!o.accepted, (where + " on the apprentice's").c_str());
                        break;
                    }
                    case May::responsible: {
                        const auto o = write_one(*w, case_id, kind, field, value);
                        QCOMPARE(o.accepted, w->role == Role::clinician);
                        break;
                    }
                    }
                    ++checked;
                }
        }
        qInfo("%d (kind, field, role) cells checked", checked);
        QVERIFY(checked > 150);
    }

    // The story: Kari suggests a step (with why); Emil rewords it and takes it; then it is his.
    void kariSuggestsAStepAndEmilTakesIt()
    {
        const auto step = fresh_id("step");
        for (const auto &o : push(m_kari, step, kind::goal_step,
                                  {{"goal_id", "goal-emil-1"},
                                   {"title", "Øve på gravemaskin med faglig leder"},
                                   {"done", false},
                                   {"position", 9},
                                   {"state", "suggested"},
                                   {"suggested_by", "Kari Nordby"},
                                   {"suggested_by_id", "p-kari"},
                                   {"suggestion_why", "Du sa du vil bli tryggere i maskinen."}}))
            QVERIFY2(o.accepted, o.message.c_str());
        QVERIFY(write_one(m_emil, step, kind::goal_step, "title", "Øve på gravemaskin").accepted);
        QVERIFY(write_one(m_emil, step, kind::goal_step, "state", "accepted").accepted);
        const auto o = write_one(m_kari, step, kind::goal_step, "title", "Noe annet");
        QVERIFY(!o.accepted);
        QCOMPARE(o.message, std::string("this step is the apprentice's own: only they can change "
                                        "or delete it"));
    }

    // The meeting story: Ingrid arranges it, Emil adds what he wants to talk about, Kari writes
    // the minutes; Emil's item stays his, the minutes stay the helpers', the answer stays Emil's.
    void aMeetingIsHeldTogether()
    {
        const auto meeting = fresh_id("meeting");
        for (const auto &o : push(m_ingrid, meeting, kind::meeting,
                                  {{"title", "Samarbeidsmøte"},
                                   {"starts", "2026-12-03T09:00:00Z"},
                                   {"place", "Video"},
                                   {"participants",
                                    {{"people", {"p-emil", "p-kari", "p-ingrid"}},
                                     {"guests", {"Ole Hansen, instruktør i bedriften"}}}}}))
            QVERIFY2(o.accepted, o.message.c_str());
        auto o = write_one(m_emil, meeting, kind::meeting, "starts", "2026-12-04T09:00:00Z");
        QVERIFY(!o.accepted);
        QCOMPARE(o.message, std::string("meetings are arranged by the helpers"));

        const auto item = fresh_id("agenda");
        for (const auto &r : push(m_emil, item, kind::agenda_item,
                                  {{"meeting_id", meeting},
                                   {"title", "Jeg vil snakke om stillasdagene"},
                                   {"author_id", "p-emil"},
                                   {"author_name", "Emil Johansen"}}))
            QVERIFY2(r.accepted, r.message.c_str());
        // An agenda item in someone else's name is refused.
        o = push(m_kari, fresh_id("agenda"), kind::agenda_item,
                 {{"meeting_id", meeting}, {"title", "Noe"}, {"author_id", "p-emil"}})
                .back();
        QVERIFY(!o.accepted);
        QVERIFY(
            write_one(m_kari, item, kind::agenda_item, "minutes", "Vi ble enige om halve dager.")
                .accepted);
        o = write_one(m_kari, item, kind::agenda_item, "title", "Noe annet");
        QVERIFY(!o.accepted);
        QCOMPARE(o.message, std::string("you can only change your own agenda items"));
        o = write_one(m_emil, item, kind::agenda_item, "minutes", "Jeg skriver selv");
        QVERIFY(!o.accepted);
        QCOMPARE(o.message, std::string("the minutes are written by the helpers"));

        const auto response = meeting_response_id(meeting);
        o = write_one(m_kari, response, kind::meeting_response, "answer", "agreed");
        QVERIFY(!o.accepted);
        QCOMPARE(o.message,
                 std::string("only the apprentice says whether they agree with the minutes"));
        for (const auto &r : push(m_emil, response, kind::meeting_response,
                                  {{"meeting_id", meeting},
                                   {"answer", "differs"},
                                   {"comment", "Jeg sa tre dager, ikke to."}}))
            QVERIFY2(r.accepted, r.message.c_str());
    }

    // The return plan: Ingrid drafts, Emil answers; Kari reads but writes neither.
    void theReturnPlanIsDraftedAndAnswered()
    {
        const auto week = fresh_id("week");
        for (const auto &o :
             push(m_ingrid, week, kind::return_plan_week,
                  {{"week_start", "2026-11-23"}, {"week_no", 1}, {"share", 40}, {"hours", 15}}))
            QVERIFY2(o.accepted, o.message.c_str());
        QVERIFY(!write_one(m_kari, week, kind::return_plan_week, "share", 60).accepted);
        QVERIFY(!write_one(m_emil, week, kind::return_plan_week, "share", 20).accepted);
        QVERIFY(!write_one(m_ingrid, week, kind::return_plan_week, "answer", "accepted").accepted);
        QVERIFY(
            write_one(m_emil, week, kind::return_plan_week, "answer", "change_requested").accepted);
        QVERIFY(validate_field(kind::return_plan_week, "share", 101).has_value());
    }

    void kariCannotDeleteOrRewordEmilsGoal()
    {
        for (const auto &[field, value] : std::vector<std::pair<std::string, json>>{
                 {deleted_field, true}, {"title", "Kari sitt mål"}, {"status", "dropped"}}) {
            const auto o = write_one(m_kari, "goal-emil-1", kind::goal, field, value);
            QVERIFY2(!o.accepted, field.c_str());
            QCOMPARE(o.code, std::string("forbidden"));
            QCOMPARE(o.message, std::string("this goal is the apprentice's own: only they can "
                                            "change or delete it"));
        }
        // A new goal from a helper that is not a suggestion in her name is refused as a whole.
        for (const auto &o : push(m_kari, fresh_id("goal"), kind::goal,
                                  {{"title", "Kari sitt mål"}, {"status", "active"}}))
            QVERIFY(!o.accepted);
    }
};

QTEST_GUILESS_MAIN(TestServerOwnership)
#include "tst_server_ownership.moc"
