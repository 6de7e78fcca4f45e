#include "core/domain/historyentry.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace rapport {

QJsonObject HistoryEntry::changeObject() const
{
    return QJsonDocument::fromJson(changes.toUtf8()).object();
}

QString historyChangesDigest(const QString &changes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(changes.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString historyHash(const HistoryEntry &e, const QString &previous)
{
    return historyHashOver(e, previous, e.changesDigest.toLatin1());
}

QString legacyHistoryHash(const HistoryEntry &e, const QString &previous)
{
    return historyHashOver(e, previous, e.changes.toUtf8());
}

QString historyHashOver(const HistoryEntry &e, const QString &previous, const QByteArray &changes)
{
    // Every field, in a fixed order, separated by a byte no field holds as text; NULL and "none"
    // are written as an empty field, which no stored value is (ids are never 0).
    const auto id = [](qint64 v) { return v ? QByteArray::number(v) : QByteArray(); };
    QByteArray content;
    content.reserve(256 + changes.size());
    const QByteArray sep(1, '\x1f');
    content += previous.toLatin1() + sep + id(e.id) + sep + id(e.batch) + sep
               + QByteArray::number(e.at.toSecsSinceEpoch()) + sep
               + (e.userId ? QByteArray::number(*e.userId) : QByteArray()) + sep + e.actor.toUtf8()
               + sep + e.operation.toUtf8() + sep + e.entity.toUtf8() + sep + id(e.entityId) + sep
               + id(e.customerId) + sep + changes;
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace rapport
