#include "core/storage/consentreader.h"

#include "core/domain/enumkeys.h"
#include "core/storage/repositorysupport.h"

#include <QSqlQuery>

namespace rapport {

std::optional<ConsentReader::Channel> ConsentReader::channelFromKey(QStringView key)
{
    return enumFromKey<Channel>(key, channelKeys);
}

ConsentReader::ConsentReader(const Database &db)
    : m_of(db,
           QStringLiteral("SELECT c.customer_id, c.channel, c.status FROM json_each(?) j"
                          " CROSS JOIN consents c ON c.customer_id = j.value"))
{}

Result<std::unordered_map<qint64, ConsentReader::Consent>> ConsentReader::of(
    std::span<const qint64> ids)
{
    std::unordered_map<qint64, Consent> out;
    if (ids.empty())
        return out;
    repository::FinishGuard guard(m_of);
    QSqlQuery &q = m_of.query();
    q.bindValue(0, repository::jsonIds(ids));
    if (Status s = m_of.exec(tr("Reading consents")); !s)
        return s.error();
    while (q.next()) {
        const std::optional<Channel> channel = channelFromKey(q.value(1).toString());
        if (!channel)
            continue;
        Consent &consent = out[q.value(0).toLongLong()];
        if (q.value(2).toString() == QLatin1String("opt_in"))
            consent.optedIn |= bit(*channel);
        else
            consent.optedOut |= bit(*channel);
    }
    return out;
}

} // namespace rapport
