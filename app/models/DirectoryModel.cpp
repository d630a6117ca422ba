#include "models/DirectoryModel.h"

#include "models/EngineSession.h"
#include "models/MetaFollower.h"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QCollator>
#include <algorithm>

// Messages are in bokmål, like the other C++ texts (app/CONTRACT.md).
using convert::qstr;
using convert::str;
namespace proto = bro::protocol;

namespace {

const QString metaKey = QStringLiteral("directory");

void sortByName(QVariantList &list, const char *key)
{
    QCollator collator{QLocale(QLocale::NorwegianBokmal)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(list.begin(), list.end(), [&](const QVariant &a, const QVariant &b) {
        return collator.compare(a.toMap().value(key).toString(), b.toMap().value(key).toString()) <
               0;
    });
}

} // namespace

DirectoryModel::DirectoryModel(QObject *parent) : QObject(parent) {}

DirectoryModel::DirectoryModel(Session *session, QObject *parent) : DirectoryModel(parent)
{
    setSession(session);
}

void DirectoryModel::classBegin()
{
    if (!m_session)
        setSession(bro::engineSession(this));
}

Session *DirectoryModel::session() const
{
    return m_session.data();
}

void DirectoryModel::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->syncClient(), nullptr, this, nullptr);
    }
    m_session = session;
    // Requests sent through the old session get their answers there.
    if (!m_pending.isEmpty()) {
        m_pending.clear();
        Q_EMIT busyChanged();
    }
    if (SyncClient *sync = m_session ? m_session->syncClient() : nullptr) {
        connect(sync, &SyncClient::directoryReceived, this, &DirectoryModel::onDirectory);
        connect(sync, &SyncClient::directoryEdited, this, &DirectoryModel::onEdited);
        connect(sync, &SyncClient::directoryFailed, this,
                [this](const QString &id, const QString &, const QString &message) {
                    onFailed(id, message);
                });
        // A request sent just before the connection dropped gets no answer: stop waiting for it.
        connect(sync, &SyncClient::stateChanged, this, [this, sync] {
            if (sync->state() == SyncClient::State::offline && !m_pending.isEmpty()) {
                m_pending.clear();
                Q_EMIT busyChanged();
            }
        });
    }
    if (m_session)
        connect(m_session, &Session::userChanged, this, [this] {
            attach();
            refresh();
        });
    attach();
    Q_EMIT sessionChanged();
}

void DirectoryModel::attach()
{
    metafollow::attach(
        this, m_store, m_session ? m_session->store() : nullptr,
        [](const QString &key) { return key == metaKey; }, [this] { load(); });
}

void DirectoryModel::load()
{
    if (!m_store)
        return;
    auto parsed = proto::parse_server(str(m_store->meta(metaKey)));
    if (parsed && std::holds_alternative<proto::Directory>(*parsed.message))
        apply(std::get<proto::Directory>(*parsed.message));
}

void DirectoryModel::refresh()
{
    if (!m_session || m_session->role() != QLatin1String("coordinator"))
        return;
    const QString id = m_session->syncClient()->requestDirectory();
    if (!id.isEmpty() && !m_pending.contains(id)) {
        m_pending.insert(id);
        Q_EMIT busyChanged();
    }
}

void DirectoryModel::setLastError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}

bool DirectoryModel::fail(const QString &message)
{
    setLastError(message);
    return false;
}

bool DirectoryModel::send(const proto::DirectoryEdit &edit)
{
    if (!m_session || m_session->role() != QLatin1String("coordinator"))
        return fail(tr("Bare koordinatoren kan endre organisasjoner, personer og team."));
    const QString id = m_session->syncClient()->editDirectory(edit);
    if (id.isEmpty())
        return fail(tr("Du er frakoblet. Koble til for å endre."));
    setLastError({});
    m_pending.insert(id);
    Q_EMIT busyChanged();
    return true;
}

bool DirectoryModel::addOrganisation(const QString &name, const QString &kind)
{
    proto::DirectoryEdit e;
    e.op = proto::DirectoryOp::add_org;
    e.name = str(name.trimmed());
    if (e.name.empty())
        return fail(tr("Skriv inn navnet på organisasjonen."));
    auto k = bro::parse_org_kind(str(kind));
    if (!k)
        return fail(tr("Velg hva slags organisasjon det er."));
    e.kind = *k;
    return send(e);
}

bool DirectoryModel::addPerson(const QString &name, const QString &role, const QString &orgId)
{
    proto::DirectoryEdit e;
    e.op = proto::DirectoryOp::add_person;
    e.name = str(name.trimmed());
    if (e.name.empty())
        return fail(tr("Skriv inn navnet på personen."));
    auto r = bro::parse_role(str(role));
    if (!r)
        return fail(tr("Velg en rolle."));
    e.role = *r;
    if (e.role != bro::Role::apprentice) {
        if (orgId.isEmpty())
            return fail(tr("Velg hvor personen jobber."));
        e.org_id = str(orgId);
    }
    return send(e);
}

bool DirectoryModel::addCase(const QString &apprenticeId, const QString &trainingOfficeId,
                             const QString &clinicId)
{
    if (apprenticeId.isEmpty() || trainingOfficeId.isEmpty() || clinicId.isEmpty())
        return fail(tr("Velg lærling, opplæringskontor og klinikk."));
    proto::DirectoryEdit e;
    e.op = proto::DirectoryOp::add_case;
    e.apprentice_id = str(apprenticeId);
    e.training_office_id = str(trainingOfficeId);
    e.clinic_id = str(clinicId);
    return send(e);
}

bool DirectoryModel::addTeamMember(const QString &caseId, const QString &personId)
{
    return teamEdit(proto::DirectoryOp::add_team_member, caseId, personId);
}

bool DirectoryModel::removeTeamMember(const QString &caseId, const QString &personId)
{
    return teamEdit(proto::DirectoryOp::remove_team_member, caseId, personId);
}

bool DirectoryModel::teamEdit(proto::DirectoryOp op, const QString &caseId, const QString &personId)
{
    if (caseId.isEmpty() || personId.isEmpty())
        return fail(tr("Velg hvem det gjelder i teamet."));
    proto::DirectoryEdit e;
    e.op = op;
    e.case_id = str(caseId);
    e.person_id = str(personId);
    return send(e);
}

bool DirectoryModel::makeInvite(const QString &personId)
{
    proto::DirectoryEdit e;
    e.op = proto::DirectoryOp::make_invite;
    e.person_id = str(personId);
    if (e.person_id.empty())
        return fail(tr("Velg hvem invitasjonen er til."));
    return send(e);
}

bool DirectoryModel::signOutDevices(const QString &personId)
{
    proto::DirectoryEdit e;
    e.op = proto::DirectoryOp::sign_out_devices;
    e.person_id = str(personId);
    if (e.person_id.empty())
        return fail(tr("Velg hvem det gjelder."));
    return send(e);
}

void DirectoryModel::clearInvite()
{
    m_inviteCode.clear();
    m_invitePersonName.clear();
    m_inviteExpires.clear();
    Q_EMIT inviteChanged();
}

QString DirectoryModel::nameOf(const QVariantList &list, const QString &idKey,
                               const QString &id) const
{
    for (const auto &v : list) {
        const auto m = v.toMap();
        if (m.value(idKey).toString() == id)
            return m.value(QStringLiteral("name")).toString();
    }
    return {};
}

QVariantList DirectoryModel::organisationsOfKind(const QString &kind) const
{
    QVariantList out;
    for (const auto &o : m_orgs)
        if (o.toMap().value(QStringLiteral("kind")).toString() == kind)
            out.append(o);
    return out;
}

QVariantList DirectoryModel::apprenticesWithoutCase() const
{
    QVariantList out;
    for (const auto &p : m_people) {
        const auto m = p.toMap();
        if (m.value(QStringLiteral("role")).toString() == QLatin1String("apprentice") &&
            m.value(QStringLiteral("caseId")).toString().isEmpty())
            out.append(p);
    }
    return out;
}

QVariantList DirectoryModel::candidatesFor(const QString &caseId) const
{
    QVariantMap c;
    for (const auto &v : m_cases)
        if (v.toMap().value(QStringLiteral("caseId")).toString() == caseId)
            c = v.toMap();
    if (c.isEmpty())
        return {};
    QSet<QString> onTeam;
    for (const auto &m : c.value(QStringLiteral("team")).toList())
        onTeam.insert(m.toMap().value(QStringLiteral("personId")).toString());
    const QString office = c.value(QStringLiteral("trainingOfficeId")).toString();
    const QString clinic = c.value(QStringLiteral("clinicId")).toString();
    QVariantList out;
    for (const auto &p : m_people) {
        const auto m = p.toMap();
        const QString role = m.value(QStringLiteral("role")).toString();
        const QString org = m.value(QStringLiteral("orgId")).toString();
        const bool fits = (role == QLatin1String("adviser") && org == office) ||
                          (role == QLatin1String("clinician") && org == clinic);
        if (fits && !onTeam.contains(m.value(QStringLiteral("id")).toString()))
            out.append(p);
    }
    return out;
}

void DirectoryModel::onDirectory(const proto::Directory &d)
{
    if (!m_pending.remove(qstr(d.id)))
        return; // another page's request
    Q_EMIT busyChanged();
    if (m_store) // every DirectoryModel on this store reloads from it
        m_store->setMeta(metaKey, qstr(proto::serialize(proto::ServerMessage(d))));
    else
        apply(d);
}

void DirectoryModel::apply(const proto::Directory &d)
{
    QVariantList orgs;
    for (const auto &o : d.organisations)
        orgs.append(QVariantMap{{QStringLiteral("id"), qstr(o.id)},
                                {QStringLiteral("name"), qstr(o.name)},
                                {QStringLiteral("kind"), qstr(std::string(to_string(o.kind)))}});
    sortByName(orgs, "name");
    const auto orgName = [&orgs, this](const std::string &id) {
        return nameOf(orgs, QStringLiteral("id"), qstr(id));
    };
    QHash<QString, QString> caseOf;
    for (const auto &c : d.cases)
        caseOf.insert(qstr(c.apprentice_id), qstr(c.case_id));
    QVariantList people;
    for (const auto &p : d.people)
        people.append(QVariantMap{{QStringLiteral("id"), qstr(p.id)},
                                  {QStringLiteral("name"), qstr(p.name)},
                                  {QStringLiteral("role"), qstr(std::string(to_string(p.role)))},
                                  {QStringLiteral("orgId"), qstr(p.org_id)},
                                  {QStringLiteral("orgName"), orgName(p.org_id)},
                                  {QStringLiteral("hasAccount"), p.has_account},
                                  {QStringLiteral("caseId"), caseOf.value(qstr(p.id))}});
    sortByName(people, "name");
    QVariantList cases;
    for (const auto &c : d.cases) {
        QVariantList team;
        for (const auto &m : c.team)
            team.append(QVariantMap{{QStringLiteral("personId"), qstr(m.person_id)},
                                    {QStringLiteral("name"), qstr(m.name)},
                                    {QStringLiteral("role"), qstr(std::string(to_string(m.role)))},
                                    {QStringLiteral("orgName"), qstr(m.org_name)}});
        cases.append(
            QVariantMap{{QStringLiteral("caseId"), qstr(c.case_id)},
                        {QStringLiteral("apprenticeId"), qstr(c.apprentice_id)},
                        {QStringLiteral("apprenticeName"), qstr(c.apprentice_name)},
                        {QStringLiteral("trainingOfficeId"), qstr(c.training_office_id)},
                        {QStringLiteral("trainingOfficeName"), orgName(c.training_office_id)},
                        {QStringLiteral("clinicId"), qstr(c.clinic_id)},
                        {QStringLiteral("clinicName"), orgName(c.clinic_id)},
                        {QStringLiteral("team"), team}});
    }
    sortByName(cases, "apprenticeName");
    m_orgs = std::move(orgs);
    m_people = std::move(people);
    m_cases = std::move(cases);
    m_loaded = true;
    Q_EMIT directoryChanged();
}

void DirectoryModel::onEdited(const proto::DirectoryEdited &e)
{
    if (!m_pending.remove(qstr(e.id)))
        return;
    setLastError({});
    if (e.op == proto::DirectoryOp::make_invite) {
        m_inviteCode = qstr(e.invite_code);
        m_invitePersonName = nameOf(m_people, QStringLiteral("id"), qstr(e.subject_id));
        m_inviteExpires = qstr(e.invite_expires);
        Q_EMIT inviteChanged();
    }
    if (e.op == proto::DirectoryOp::sign_out_devices)
        Q_EMIT devicesSignedOut(nameOf(m_people, QStringLiteral("id"), qstr(e.subject_id)),
                                e.devices_signed_out);
    Q_EMIT busyChanged();
    Q_EMIT edited(qstr(std::string(to_string(e.op))), qstr(e.subject_id));
    refresh();
}

void DirectoryModel::onFailed(const QString &id, const QString &message)
{
    if (!m_pending.remove(id))
        return;
    setLastError(message);
    Q_EMIT busyChanged();
}
