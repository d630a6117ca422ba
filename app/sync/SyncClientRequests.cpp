// SyncClient: questions asked beside the sync loop and their answers (audit, consent history,
// programme figures, the directory, national sign-in's options and start, the person's devices).
#include "store/Convert.h"
#include "sync/SyncClient.h"

using convert::qstr;
using convert::str;
namespace proto = bro::protocol;

template <typename Query> void SyncClient::queueCaseQuery(const QString &caseId)
{
    Query q;
    q.case_id = str(caseId);
    if (!m_wanted)
        return; // offline by choice: the cached copy is all there is
    for (const auto &queued : m_queued)
        if (const auto *same = std::get_if<Query>(&queued); same && same->case_id == q.case_id)
            return; // already asked; one answer will do
    q.id = str(nextId());
    m_queued.emplace_back(q);
    pump();
}

void SyncClient::requestAudit(const QString &caseId)
{
    queueCaseQuery<proto::AuditQuery>(caseId);
}

void SyncClient::requestConsentHistory(const QString &caseId)
{
    queueCaseQuery<proto::ConsentHistoryQuery>(caseId);
}

void SyncClient::requestProgramme(const QString &from, const QString &to)
{
    proto::ProgrammeQuery q;
    q.from = str(from);
    q.to = str(to);
    if (!m_wanted)
        return; // offline by choice: the cached copy is all there is
    for (const auto &queued : m_queued)
        if (const auto *same = std::get_if<proto::ProgrammeQuery>(&queued);
            same && same->from == q.from && same->to == q.to)
            return; // already asked; one answer will do
    q.id = str(nextId());
    m_queued.emplace_back(q);
    pump();
}

QString SyncClient::requestDirectory()
{
    if (!m_wanted)
        return {}; // offline by choice
    for (const auto &queued : m_queued)
        if (const auto *same = std::get_if<proto::DirectoryQuery>(&queued))
            return qstr(same->id); // already asked; one answer will do
    const QString id = nextId();
    m_directoryIds.insert(id);
    m_queued.emplace_back(proto::DirectoryQuery{str(id)});
    pump();
    return id;
}

QString SyncClient::editDirectory(proto::DirectoryEdit edit)
{
    if (!m_wanted)
        return {};
    const QString id = nextId();
    edit.id = str(id);
    m_directoryIds.insert(id);
    m_queued.emplace_back(std::move(edit));
    pump();
    return id;
}

void SyncClient::requestSignInOptions()
{
    const QString id = nextId();
    m_signInIds.insert(id);
    sendBeforeSignIn(proto::SignInOptionsQuery{str(id)});
}

void SyncClient::startSignIn(proto::SignInStart start)
{
    start.id = str(nextId());
    m_signInIds.insert(qstr(start.id));
    sendBeforeSignIn(std::move(start));
}

void SyncClient::sendBeforeSignIn(proto::ClientMessage m)
{
    if (m_socketOpen) {
        send(m);
        return;
    }
    m_beforeSignIn.push_back(std::move(m));
    if (m_intent == Intent::none)
        m_intent = Intent::signIn;
    m_wanted = true;
    if (m_state != State::connecting)
        open();
}

QString SyncClient::requestDevices()
{
    if (!m_wanted)
        return {}; // offline by choice
    for (const auto &queued : m_queued)
        if (const auto *same = std::get_if<proto::DevicesQuery>(&queued))
            return qstr(same->id); // already asked; one answer will do
    const QString id = nextId();
    m_devicesIds.insert(id);
    m_queued.emplace_back(proto::DevicesQuery{str(id)});
    pump();
    return id;
}

QString SyncClient::signOutDevice(const QString &deviceId)
{
    if (!m_wanted)
        return {};
    const QString id = nextId();
    m_devicesIds.insert(id);
    m_queued.emplace_back(proto::DeviceSignOut{str(id), str(deviceId)});
    pump();
    return id;
}

void SyncClient::handle(const proto::Audit &m)
{
    Q_EMIT auditReceived(m);
}

void SyncClient::handle(const proto::ConsentHistory &m)
{
    Q_EMIT consentHistoryReceived(m);
}

void SyncClient::handle(const proto::Programme &m)
{
    Q_EMIT programmeReceived(m);
}

void SyncClient::handle(const proto::ProgrammeDefinition &m)
{
    Q_EMIT programmeDefinitionReceived(m);
}

void SyncClient::handle(const proto::Directory &m)
{
    m_directoryIds.remove(qstr(m.id));
    Q_EMIT directoryReceived(m);
}

void SyncClient::handle(const proto::DirectoryEdited &m)
{
    m_directoryIds.remove(qstr(m.id));
    Q_EMIT directoryEdited(m);
}

void SyncClient::handle(const proto::SignInOptions &m)
{
    m_signInIds.remove(qstr(m.id));
    Q_EMIT signInOptionsReceived(m);
}

void SyncClient::handle(const proto::SignInStarted &m)
{
    m_signInIds.remove(qstr(m.id));
    Q_EMIT signInStarted(qstr(m.authorize_url));
}

void SyncClient::handle(const proto::Devices &m)
{
    m_devicesIds.remove(qstr(m.id));
    Q_EMIT devicesReceived(m);
}
