#include "core/services/erasureservice.h"

#include "core/domain/historyentry.h"
#include "core/services/changebus.h"
#include "core/services/door.h"
#include "core/storage/eraserepository.h"
#include "core/storage/historyrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rapport {
namespace {

// Texts in the history that say nothing about who the person is.
bool keptKey(const QString &key)
{
    static const QStringList kept{QStringLiteral("currency"),
                                  QStringLiteral("channel"),
                                  QStringLiteral("status"),
                                  QStringLiteral("kind"),
                                  QStringLiteral("given_on"),
                                  QStringLiteral("acquired_on")};
    return kept.contains(key);
}

bool carries(const QString &text, const QStringList &values)
{
    for (const QString &v : values) {
        if (text.contains(v, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QJsonValue blank(const QJsonValue &value, bool own, const QString &key, const QStringList &values)
{
    if (value.isString()) {
        if (own ? !keptKey(key) : carries(value.toString(), values))
            return QJsonValue(QJsonValue::Null);
        return value;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(blank(v, own, key, values));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            out.insert(it.key(), blank(it.value(), own, it.key(), values));
        return out;
    }
    return value;
}

} // namespace

ErasureService::ErasureService(Door &door)
    : m_door(door)
{}

QString ErasureService::redactChanges(const QString &changes, bool own, const QStringList &values)
{
    const QJsonDocument doc = QJsonDocument::fromJson(changes.toUtf8());
    if (!doc.isObject()) // not JSON (never written so): nothing of it can be kept
        return own || carries(changes, values) ? QStringLiteral("{}") : changes;
    const QJsonObject out = blank(doc.object(), own, QString(), values).toObject();
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

Result<ErasureReport> ErasureService::erase(qint64 customerId)
{
    Database &db = m_door.database();
    EraseRepository repo(db);
    HistoryRepository history(db);
    ErasureReport report;
    report.customerId = customerId;
    report.placeholder = tr("Erased customer #%1").arg(customerId);

    WriteRequest::Batch batch;
    batch.kind = QStringLiteral("erase");
    batch.description.insert(QStringLiteral("customer"), customerId);
    batch.rows = false; // the rows' old values are what is being erased
    WriteRequest request(WriteAction::Erase, std::move(batch));
    request.customerId = customerId;

    if (Status s = repo.setSecureDelete(true); !s)
        return s.error();
    const Status written = m_door.write(request, [&](WriteScope &w) -> Status {
        Result<bool> exists = repo.exists(customerId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return Error(Error::Kind::NotFound, tr("Customer %1 does not exist.").arg(customerId));
        Result<QStringList> values = repo.identifyingValues(customerId);
        if (!values)
            return values.error();
        Result<QList<qint64>> linked = repo.linkedCustomers(customerId);
        if (!linked)
            return linked.error();
        Result<qint64> head = history.nextId();
        if (!head)
            return head.error();
        Result<QList<HistoryEntry>> entries = history.aboutCustomer(customerId, *values);
        if (!entries)
            return entries.error();
        if (Status s = repo.anonymize(customerId, report.placeholder, w.now()); !s)
            return s;
        QList<qint64> redacted;
        for (const HistoryEntry &e : std::as_const(*entries)) {
            // A batch head describes many rows; only the values it carries are the person's.
            const bool own = !e.isBatchHead()
                             && (e.customerId == customerId
                                 || e.entity == QLatin1String("relationship"));
            // An entry an earlier erase blanked stays that erase's (its head names it).
            if (e.isRedacted())
                continue;
            const QString blanked = redactChanges(e.changes, own, *values);
            if (blanked == e.changes)
                continue;
            if (Status s = history.redact(e.id, blanked, *head); !s)
                return s;
            redacted << e.id;
        }
        if (Status s = repo.compactSearchIndex(); !s)
            return s;
        report.batch = *head;
        report.redacted = int(redacted.size());
        w.describe(QStringLiteral("redacted"), qint64(redacted.size()));
        w.describe(QStringLiteral("redacted_digest"), HistoryRepository::redactedDigest(redacted));
        QList<qint64> touched{customerId};
        touched += *linked;
        w.notify({ChangeNotice::Entity::Everything, ChangeNotice::Action::Reset, {}, touched});
        return {};
    });
    (void) repo.setSecureDelete(false);
    if (!written)
        return written.error();
    return report;
}

} // namespace rapport
