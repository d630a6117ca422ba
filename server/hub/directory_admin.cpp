// The coordinator's directory: organisations, people, cases and care teams, read and changed over
// the protocol (directory_query, directory_edit). The multi-table steps are the admin CLI's own
// (admin/directory_edits), so both set things up the same way. Care-team changes reach access at
// once: a new member's live devices get the case as a snapshot, a former member's devices are told
// to purge it (now if connected, else at their next pull, until they confirm).

#include "admin/directory_edits.hpp"
#include "hub/sync_hub.hpp"
#include "util/time.hpp"

#include <stdexcept>

namespace bro {

namespace code = protocol::code;

namespace {

const std::vector<Category> &every_category()
{
    static const std::vector<Category> all = {
        Category::goals,   Category::checkins, Category::absence, Category::notes,
        Category::journey, Category::messages, Category::core};
    return all;
}

void require_own_programme(DirectoryStore &dir, const protocol::DirectoryEdit &m,
                           const std::string &programme_id)
{
    const auto check_org = [&](const std::string &id) {
        if (id.empty())
            return;
        const auto o = dir.org(id);
        if (!o || o->programme_id != programme_id)
            throw std::invalid_argument("no organisation '" + id + "'");
    };
    const auto check_person = [&](const std::string &id) {
        if (id.empty())
            return;
        const auto row = dir.person(id);
        if (!row || row->person.programme_id != programme_id)
            throw std::invalid_argument("no person '" + id + "'");
    };
    using Op = protocol::DirectoryOp;
    if (m.op == Op::add_person)
        check_org(m.org_id);
    if (m.op == Op::add_case) {
        check_person(m.apprentice_id);
        check_org(m.training_office_id);
        check_org(m.clinic_id);
    }
    if (m.op == Op::add_team_member || m.op == Op::remove_team_member) {
        const auto c = dir.case_row(m.case_id);
        if (!c || c->programme_id != programme_id)
            throw std::invalid_argument("no case '" + m.case_id + "'");
        check_person(m.person_id);
    }
    if (m.op == Op::make_invite || m.op == Op::sign_out_devices)
        check_person(m.person_id);
}

} // namespace

void SyncHub::on_directory_query(Peer &p, const protocol::DirectoryQuery &m)
{
    if (p.identity.actor.role != Role::coordinator)
        return send_error(p, m.id, code::forbidden,
                          "only the programme coordinator can read the directory");
    // Only the coordinator's own programme (issue 14): another programme's organisations,
    // people and cases are not theirs to see.
    const auto &mine = p.identity.programme_id;
    protocol::Directory d;
    d.id = m.id;
    for (auto &o : m_directory.orgs())
        if (o.programme_id == mine)
            d.organisations.push_back(std::move(o));
    for (const auto &row : m_directory.people())
        if (row.person.programme_id == mine)
            d.people.push_back({row.person.id, row.person.name, row.person.role, row.person.org_id,
                                !row.password_hash.empty()});
    for (const auto &c : m_directory.cases())
        if (c.programme_id == mine)
            d.cases.push_back(m_directory.summary(c.id));
    p.send(frame(d));
}

PeerIdentity SyncHub::member_identity(const std::string &person_id)
{
    PeerIdentity who;
    if (auto row = m_directory.person(person_id)) {
        who.actor = m_directory.actor(*row);
        who.person_name = row->person.name;
        if (auto o = m_directory.org(row->person.org_id))
            who.org_name = o->name;
    }
    return who;
}

void SyncHub::on_directory_edit(Peer &p, const protocol::DirectoryEdit &m)
{
    using Op = protocol::DirectoryOp;
    if (p.identity.actor.role != Role::coordinator)
        return send_error(p, m.id, code::forbidden,
                          "only the programme coordinator can change the directory");
    protocol::DirectoryEdited done;
    done.id = m.id;
    done.op = m.op;
    const auto &mine = p.identity.programme_id;
    try {
        Transaction tx(m_db);
        // What the edit names must be in the coordinator's programme; anything else reads as
        // unknown, so that an edit cannot find out what another programme holds.
        require_own_programme(m_directory, m, mine);
        // The coordinator's own trail, keyed by what was changed; never shown to an apprentice.
        std::string scope;
        switch (m.op) {
        case Op::add_org:
            done.subject_id = m.org_id.empty() ? new_directory_id("org") : m.org_id;
            m_directory.add_org({done.subject_id, m.name, m.kind, mine});
            scope = done.subject_id;
            break;
        case Op::add_person:
            done.subject_id = m.person_id.empty() ? new_directory_id("p") : m.person_id;
            m_directory.add_person({done.subject_id, m.name, m.role, m.org_id, {}, mine});
            scope = done.subject_id;
            break;
        case Op::add_case:
            done.subject_id = m.case_id.empty() ? new_directory_id("case") : m.case_id;
            {
                NewCase c;
                c.row = {done.subject_id, m.apprentice_id, m.training_office_id, m.clinic_id};
                open_case(m_db, m_directory, c, "server-coordinator");
            }
            m_clock.observe(m_log.max_hlc()); // the case record was logged beside the hub
            scope = done.subject_id;
            break;
        case Op::add_team_member:
        case Op::remove_team_member: {
            const bool add = m.op == Op::add_team_member;
            if (add)
                join_team(m_db, m_directory, m.case_id, m.person_id);
            else
                m_directory.remove_team_member(m.case_id, m.person_id);
            // The apprentice's trail: who joined or left the team around them.
            m_audit.record(m.case_id, member_identity(m.person_id),
                           add ? "joined_team" : "left_team", Category::core, 0);
            done.subject_id = m.person_id;
            scope = m.case_id + ":" + m.person_id;
            break;
        }
        case Op::make_invite: {
            const auto invite = make_invite(m_directory, m_accounts, m.person_id, m.days);
            done.subject_id = m.person_id;
            done.invite_code = invite.code;
            done.invite_expires = iso_datetime(invite.expires);
            scope = m.person_id;
            break;
        }
        case Op::sign_out_devices:
            // Someone who leaves (issue 21): every device is signed out, and each erases its
            // copy at its next contact. The apprentice reads it in their audit trail.
            done.subject_id = m.person_id;
            done.devices_signed_out = m_accounts.revoke_person_devices(m.person_id);
            if (const auto person = m_directory.person(m.person_id))
                audit_for_apprentice(*person, p.identity, "all_devices_signed_out",
                                     done.devices_signed_out);
            scope = m.person_id;
            break;
        }
        m_audit.record("directory:" + scope, p.identity, std::string(protocol::to_string(m.op)),
                       Category::core, 0);
        tx.commit();
    } catch (const std::invalid_argument &e) {
        return send_error(p, m.id, code::bad_value, e.what());
    }
    p.send(frame(done));

    if (m.op == Op::add_case)
        fan_out(nullptr, {}); // the case record, to the apprentice if they are online
    if (m.op == Op::sign_out_devices)
        sign_out_revoked(); // a connected device hears it now
    if (m.op != Op::add_team_member && m.op != Op::remove_team_member)
        return;
    refresh_teams(m.person_id);
}

void SyncHub::refresh_teams(const std::string &person_id)
{
    // person_id empty: every helper's connected devices (a ring from another node).
    std::map<std::string, std::set<std::string>> current; // person -> cases
    for (auto &[raw, weak] : m_peers) {
        auto peer = weak.lock();
        if (!peer || !peer->authenticated || peer->identity.actor.role == Role::apprentice ||
            (!person_id.empty() && peer->identity.actor.person_id != person_id))
            continue;
        const auto &actor = peer->identity.actor;
        auto it = current.find(actor.person_id);
        if (it == current.end()) {
            std::set<std::string> cases;
            for (const auto &id : m_directory.cases_for(actor))
                cases.insert(id);
            it = current.emplace(actor.person_id, std::move(cases)).first;
        }
        purge_former_cases(*peer, it->second);
        if (peer->live)
            deliver_team_snapshots(*peer);
    }
}

void SyncHub::purge_former_cases(Peer &p, const std::set<std::string> &current)
{
    for (const auto &case_id : m_accounts.device_cases(p.identity.device_id))
        if (!current.count(case_id))
            p.send(frame(protocol::Purge{"purge-" + std::to_string(++m_live_frames), case_id,
                                         every_category()}));
}

bool SyncHub::confirm_left_case(Peer &p, const protocol::Purged &m)
{
    const auto &actor = p.identity.actor;
    if (actor.role == Role::apprentice || m_directory.on_team(m.case_id, actor.person_id) ||
        !m_accounts.has_case(p.identity.device_id, m.case_id))
        return false;
    m_accounts.unmark_case(p.identity.device_id, m.case_id);
    m_audit.record(m.case_id, p.identity, "left_team_purged", Category::core, 0);
    return true;
}

} // namespace bro
