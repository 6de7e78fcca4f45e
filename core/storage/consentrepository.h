#pragma once

#include "core/domain/consent.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <optional>

namespace rapport {

class Database;

// ConsentRepository owns all SQL of the consents table (schema 12): one row per customer and
// channel, or none when nobody asked. It opens no transaction itself (the write door does) and
// keeps prepared statements, so it must not outlive `db`.
class ConsentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRepository)

public:
    explicit ConsentRepository(const Database &db);

    // Records the customer's answer for consent.channel, replacing an earlier one; sets
    // consent.id.
    Status set(Consent &consent);
    // Forgets the customer's answer for `channel` ("not asked" again); returns the row as it
    // was, or nullopt when there was none.
    Result<std::optional<Consent>> clear(qint64 customerId, Consent::Channel channel);
    // Removes every answer of the customer (an erase); returns how many there were.
    Result<int> clearAll(qint64 customerId);

    // The customer's answers in channel order (email, phone, sms, post); channels nobody asked
    // about are missing.
    Result<QList<Consent>> listForCustomer(qint64 customerId);
    Result<std::optional<Consent>> get(qint64 customerId, Consent::Channel channel);
    // The customers who opted out of `channel` (exports leave that channel out for them).
    Result<QSet<qint64>> optedOut(Consent::Channel channel);
    // Every answer, by customer then channel (exports of many customers read them once).
    Result<QList<Consent>> all();

private:
    Statement m_upsert;
    Statement m_select;
    Statement m_delete;
    Statement m_deleteAll;
    Statement m_list;
    Statement m_optedOut;
    Statement m_all;
};

} // namespace rapport
