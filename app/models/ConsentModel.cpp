#include "models/ConsentModel.h"

#include "domain/consent_rules.hpp"
#include "domain/schema.hpp"
#include "programme/programme.hpp"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"
#include "sync/SyncClient.h"
#include "sync/change.hpp"

#include <QSysInfo>
#include <algorithm>

using convert::qstr;
using convert::str;
namespace proto = bro::protocol;

ConsentModel::ConsentModel(QObject *parent) : CaseModel(parent) {}

ConsentModel::ConsentModel(Session *session, QObject *parent) : ConsentModel(parent)
{
    setSession(session);
}

void ConsentModel::followSession(Session *session)
{
    connect(session, &Session::teamChanged, this, &ConsentModel::reload);
    connect(session, &Session::userChanged, this, &ConsentModel::canEditChanged);
    // A new revision may change the texts, the review period and the age limit.
    connect(session->programme(), &ProgrammeDefinition::changed, this, [this] {
        reload();
        Q_EMIT guardianChanged();
        Q_EMIT reviewsDueChanged();
    });
}

int ConsentModel::guardianAgeLimit() const
{
    return session()->programme()->guardianAgeLimit();
}

int ConsentModel::reviewMonths() const
{
    return m_reviewMonths >= 0 ? m_reviewMonths : session()->programme()->consentReviewMonths();
}

void ConsentModel::metaChanged(const QString &key)
{
    if (key == QStringLiteral("consent_history:") + caseId())
        Q_EMIT historyChanged();
}

QString ConsentModel::computeDefaultUntil() const
{
    if (!store() || caseId().isEmpty())
        return {};
    const auto files = store()->list(caseId(), bro::kind::case_file);
    if (files.empty())
        return {};
    const QString phase = qstr(files.front().str("phase"));
    const QString since = qstr(files.front().str("phase_since"));
    const auto days = session()->programme()->typicalDays(phase);
    if (!days || since.isEmpty() || bro::is_closed_phase(str(phase)))
        return {};
    const QString end = convert::dateAfterDays(since, *days);
    const QString tomorrow = convert::dateAfterDays(convert::today(), 1);
    return end > tomorrow ? end : tomorrow;
}

bool ConsentModel::canEdit() const
{
    return session()->role() == QLatin1String("apprentice");
}

int ConsentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ConsentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case RecordIdRole:
        return r.id;
    case OrgIdRole:
        return r.orgId;
    case Qt::DisplayRole:
    case OrgNameRole:
        return r.orgName;
    case OrgKindRole:
        return r.orgKind;
    case CategoryRole:
        return r.category;
    case GrantedRole:
        return r.granted;
    case UntilRole:
        return r.until;
    case ActiveRole:
        return r.active;
    case GrantedAtRole:
        return r.grantedAt;
    case ReviewedAtRole:
        return r.reviewedAt;
    case AwaitingGuardianRole:
        return r.awaitingGuardian;
    }
    return {};
}

QHash<int, QByteArray> ConsentModel::roleNames() const
{
    return {{RecordIdRole, "recordId"},
            {OrgIdRole, "orgId"},
            {OrgNameRole, "orgName"},
            {OrgKindRole, "orgKind"},
            {CategoryRole, "category"},
            {GrantedRole, "granted"},
            {UntilRole, "until"},
            {ActiveRole, "active"},
            {GrantedAtRole, "grantedAt"},
            {ReviewedAtRole, "reviewedAt"},
            {AwaitingGuardianRole, "awaitingGuardian"}};
}

QSet<QString> ConsentModel::kinds() const
{
    return {QString::fromLatin1(bro::kind::consent),
            QString::fromLatin1(bro::kind::consent_receipt),
            QString::fromLatin1(bro::kind::case_file)};
}

void ConsentModel::load()
{
    QList<Row> next;
    QString guardianNeeded;
    bool counted = false;
    if (store() && !caseId().isEmpty()) {
        struct Org
        {
            QString id, name, kind;
        };
        QList<Org> orgs;
        auto addOrg = [&orgs](const QString &id, const QString &name, const QString &kind) {
            if (id.isEmpty())
                return;
            for (const auto &o : orgs)
                if (o.id == id)
                    return;
            orgs.append({id, name, kind});
        };
        if (const auto *cs = session()->caseSummary(caseId())) {
            for (const auto &m : cs->team)
                addOrg(qstr(m.org_id), qstr(m.org_name), session()->orgKind(qstr(m.org_id)));
            // An organisation on the case without a named helper yet still gets its switches.
            addOrg(qstr(cs->training_office_id), {}, QStringLiteral("training_office"));
            addOrg(qstr(cs->clinic_id), {}, QStringLiteral("clinic"));
        }
        const auto records = store()->list(caseId(), bro::kind::consent);
        for (const auto &r : records) {
            if (r.str("org_id") == bro::statistics_org) { // not an organisation: see counted()
                counted = r.boolean("granted");
                continue;
            }
            addOrg(qstr(r.str("org_id")), {}, session()->orgKind(qstr(r.str("org_id"))));
        }
        for (auto &o : orgs)
            if (o.name.isEmpty())
                o.name = o.id;
        std::stable_sort(orgs.begin(), orgs.end(), [](const Org &a, const Org &b) {
            auto rank = [](const QString &k) {
                return k == QLatin1String("training_office") ? 0
                       : k == QLatin1String("clinic")        ? 1
                                                             : 2;
            };
            if (rank(a.kind) != rank(b.kind))
                return rank(a.kind) < rank(b.kind);
            return a.name < b.name;
        });
        const QString today = convert::today();
        // The age rule as the server wrote it on the case record (never the date of birth).
        QString neededUntil;
        bool guardianAgreed = false;
        bool teamToldWaiting = false; // a helper's device holds only `awaiting_guardian`
        if (const auto files = store()->list(caseId(), bro::kind::case_file); !files.empty()) {
            neededUntil = qstr(files.front().str("guardian_needed_until"));
            guardianAgreed = !files.front().str("guardian_agreed").empty();
            teamToldWaiting = files.front().boolean("awaiting_guardian");
        }
        guardianNeeded =
            bro::consent_effect_on_case(bro::Category::checkins, str(neededUntil), guardianAgreed,
                                        str(today)) == bro::ConsentEffect::awaiting_guardian
                ? neededUntil
                : QString();
        for (const auto &o : orgs) {
            for (auto c : bro::consentable_categories()) {
                Row row;
                row.id = qstr(bro::consent_id(str(caseId()), str(o.id), c));
                row.orgId = o.id;
                row.orgName = o.name;
                row.orgKind = o.kind;
                row.category = qstr(std::string(bro::to_string(c)));
                for (const auto &r : records) {
                    if (qstr(r.id) == row.id) {
                        row.granted = r.boolean("granted");
                        row.until = qstr(r.str("until"));
                        row.grantedAt = qstr(r.str("granted_at"));
                        row.reviewedAt = qstr(r.str("reviewed_at"));
                    }
                }
                row.active = row.granted && (row.until.isEmpty() || row.until >= today);
                // The apprentice's device decides by the day itself; a helper's by the status.
                row.awaitingGuardian =
                    row.active &&
                    (bro::consent_effect_on_case(c, str(neededUntil), guardianAgreed, str(today)) ==
                         bro::ConsentEffect::awaiting_guardian ||
                     (neededUntil.isEmpty() && teamToldWaiting && bro::is_health_category(c)));
                next.append(row);
            }
        }
    }
    const bool reviewsMoved = [&] {
        if (next.size() != m_rows.size())
            return true;
        for (qsizetype i = 0; i < next.size(); ++i)
            if (!(next[i] == m_rows[i]))
                return true;
        return false;
    }();
    updateRows(
        m_rows, std::move(next), [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) { return a == b; });
    if (const QString until = computeDefaultUntil(); until != m_defaultUntil) {
        m_defaultUntil = until;
        Q_EMIT defaultUntilChanged();
    }
    if (reviewsMoved)
        Q_EMIT reviewsDueChanged();
    if (counted != m_counted) {
        m_counted = counted;
        Q_EMIT countedChanged();
    }
    if (guardianNeeded != m_guardianNeededUntil) {
        m_guardianNeededUntil = guardianNeeded;
        Q_EMIT guardianChanged();
    }
}

bool ConsentModel::set(const QString &orgId, const QString &category, bool granted,
                       const QString &until)
{
    if (!canWrite())
        return false;
    if (!canEdit())
        return check(tr("Bare lærlingen kan endre hva som deles."));
    const auto c = bro::parse_category(str(category));
    const auto &known = bro::consent_categories();
    if (!c || std::find(known.begin(), known.end(), *c) == known.end() ||
        (*c == bro::Category::statistics) != (orgId == QLatin1String(bro::statistics_org)))
        return check(tr("Ukjent kategori."));
    if (granted && !until.isEmpty() && until < convert::today())
        return check(tr("Sluttdatoen kan ikke være før i dag."));
    const QString id = qstr(bro::consent_id(str(caseId()), str(orgId), *c));
    const QString now = convert::nowUtc();
    QVariantMap fields{
        {QStringLiteral("org_id"), orgId},
        {QStringLiteral("category"), category},
        {QStringLiteral("granted"), granted},
        {QStringLiteral("until"), granted && !until.isEmpty() ? QVariant(until) : QVariant()}};
    if (granted)
        fields.insert(QStringLiteral("granted_at"), now);
    if (!check(store()->write(id, bro::kind::consent, caseId(), fields)))
        return false;
    if (!granted)
        return true;
    // The receipt: what was shown (the current text in the UI language), to whom, until when, on
    // which device, at what time. Written right after the grant; both go out in the same push.
    // The programme's newest version: the server accepts a receipt only with that text.
    const auto *text = session()->programme()->definition().consent_text(str(category));
    if (!text)
        return check(tr("Ukjent kategori."));
    const std::string language = str(session()->effectiveLanguage());
    const QString receiptId =
        qstr(bro::consent_receipt_id(str(caseId()), str(orgId), *c, bro::new_uuid()));
    return check(store()->write(
        receiptId, bro::kind::consent_receipt, caseId(),
        {{QStringLiteral("consent_id"), id},
         {QStringLiteral("org_id"), orgId},
         {QStringLiteral("category"), category},
         {QStringLiteral("until"), granted && !until.isEmpty() ? QVariant(until) : QVariant()},
         {QStringLiteral("text_version"), text->version},
         {QStringLiteral("text"), qstr(language == "en" ? text->text.en : text->text.nb)},
         {QStringLiteral("language"), qstr(language)},
         {QStringLiteral("device"), deviceName().left(200)},
         {QStringLiteral("shown_at"), now}}));
}

// The name this device signs in with (SyncClient's default device name).
QString ConsentModel::deviceName()
{
    QString name = QSysInfo::machineHostName();
    if (name.isEmpty())
        name = QSysInfo::prettyProductName();
    return name.isEmpty() ? QStringLiteral("Bro") : name;
}

QString ConsentModel::explanation(const QString &category) const
{
    return session()->programme()->consentText(category);
}

QVariantList ConsentModel::receipts() const
{
    QVariantList out;
    if (!store() || caseId().isEmpty())
        return out;
    auto records = store()->list(caseId(), bro::kind::consent_receipt);
    std::stable_sort(records.begin(), records.end(), [](const auto &a, const auto &b) {
        return a.str("shown_at") > b.str("shown_at");
    });
    for (const auto &r : records) {
        const QString orgId = qstr(r.str("org_id"));
        QString orgName;
        for (const auto &row : m_rows)
            if (row.orgId == orgId)
                orgName = row.orgName;
        const auto version = r.fields.find("text_version");
        out.append(QVariantMap{
            {QStringLiteral("recordId"), qstr(r.id)},
            {QStringLiteral("consentId"), qstr(r.str("consent_id"))},
            {QStringLiteral("orgId"), orgId},
            {QStringLiteral("orgName"), orgName.isEmpty() ? orgId : orgName},
            {QStringLiteral("category"), qstr(r.str("category"))},
            {QStringLiteral("until"), qstr(r.str("until"))},
            {QStringLiteral("textVersion"),
             version != r.fields.end() && version->is_number_integer() ? version->get<int>() : 0},
            {QStringLiteral("text"), qstr(r.str("text"))},
            {QStringLiteral("language"), qstr(r.str("language"))},
            {QStringLiteral("device"), qstr(r.str("device"))},
            {QStringLiteral("shownAt"), qstr(r.str("shown_at"))},
        });
    }
    return out;
}

QVariantMap ConsentModel::receiptFor(const QString &orgId, const QString &category,
                                     const QString &at) const
{
    QVariantMap after;
    for (const auto &v : receipts()) { // newest first
        const auto m = v.toMap();
        if (m.value(QStringLiteral("orgId")) != orgId ||
            m.value(QStringLiteral("category")) != category)
            continue;
        if (m.value(QStringLiteral("shownAt")).toString() <= at)
            return m;
        after = m;
    }
    return after;
}

QVariantList ConsentModel::reviewsDue() const
{
    QVariantList out;
    const bool apprentice = canEdit();
    const std::string today = str(convert::today());
    for (const auto &r : m_rows) {
        if (!bro::review_due(apprentice, r.granted, str(r.until), str(r.grantedAt),
                             str(r.reviewedAt), today, reviewMonths()))
            continue;
        out.append(QVariantMap{{QStringLiteral("orgId"), r.orgId},
                               {QStringLiteral("orgName"), r.orgName},
                               {QStringLiteral("orgKind"), r.orgKind},
                               {QStringLiteral("category"), r.category},
                               {QStringLiteral("grantedAt"), r.grantedAt}});
    }
    return out;
}

void ConsentModel::setReviewMonths(int months)
{
    if (months == m_reviewMonths)
        return;
    m_reviewMonths = months;
    Q_EMIT reviewsDueChanged();
}

bool ConsentModel::review(const QString &orgId, const QString &category, const QString &answer)
{
    if (!canWrite())
        return false;
    if (!canEdit())
        return check(tr("Bare lærlingen kan endre hva som deles."));
    const auto c = bro::parse_category(str(category));
    if (!c)
        return check(tr("Ukjent kategori."));
    const QString id = qstr(bro::consent_id(str(caseId()), str(orgId), *c));
    QVariantMap fields{{QStringLiteral("reviewed_at"), convert::nowUtc()}};
    if (answer == QLatin1String("withdraw"))
        fields.insert(QStringLiteral("granted"), false);
    else if (answer != QLatin1String("keep") && answer != QLatin1String("change"))
        return check(tr("Ukjent svar."));
    return check(store()->write(id, bro::kind::consent, caseId(), fields));
}

bool ConsentModel::setCounted(bool counted)
{
    return set(QLatin1String(bro::statistics_org), QStringLiteral("statistics"), counted);
}

bool ConsentModel::isActive(const QString &orgId, const QString &category) const
{
    for (const auto &r : m_rows)
        if (r.orgId == orgId && r.category == category)
            return r.active;
    return false;
}

QVariantList ConsentModel::history()
{
    QVariantList out;
    if (!store() || caseId().isEmpty())
        return out;
    if (!m_asked.isValid() || m_asked.elapsed() > 30000 || m_askedFor != caseId()) {
        m_asked.start();
        m_askedFor = caseId();
        session()->syncClient()->requestConsentHistory(caseId());
    }
    auto parsed =
        proto::parse_server(str(store()->meta(QStringLiteral("consent_history:") + caseId())));
    if (!parsed || !std::holds_alternative<proto::ConsentHistory>(*parsed.message))
        return out;
    auto entries = std::get<proto::ConsentHistory>(*parsed.message).entries;
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto &a, const auto &b) { return a.seq > b.seq; });
    for (const auto &e : entries) {
        QString orgName;
        for (const auto &r : m_rows)
            if (r.orgId == qstr(e.org_id))
                orgName = r.orgName;
        out.append(QVariantMap{
            {QStringLiteral("at"), qstr(e.at)},
            {QStringLiteral("orgId"), qstr(e.org_id)},
            {QStringLiteral("orgName"), orgName.isEmpty() ? qstr(e.org_id) : orgName},
            {QStringLiteral("category"), qstr(std::string(bro::to_string(e.category)))},
            {QStringLiteral("granted"), e.granted},
            {QStringLiteral("until"), qstr(e.until)},
        });
    }
    return out;
}
