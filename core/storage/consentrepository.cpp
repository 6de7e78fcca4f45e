#include "core/storage/consentrepository.h"

#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlerror.h"

#include <QSqlQuery>

#define CONSENT_COLUMNS "id, customer_id, channel, status, given_on, source"

namespace rapport {
namespace {

using namespace repository;

// Channel order for reading: the order the channels are shown in.
const char *const ChannelOrder
    = " ORDER BY customer_id, CASE channel WHEN 'email' THEN 0 WHEN 'phone' THEN 1 "
      "WHEN 'sms' THEN 2 ELSE 3 END";

Consent readConsent(const QSqlQuery &q)
{
    Consent c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    Consent::channelFromKey(q.value(2).toString(), &c.channel);
    Consent::statusFromKey(q.value(3).toString(), &c.status);
    c.givenOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    c.source = q.value(5).toString();
    return c;
}

} // namespace

ConsentRepository::ConsentRepository(const Database &db)
    : m_upsert(db,
               QStringLiteral(
                   "INSERT INTO consents (customer_id, channel, status, given_on, source) "
                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id, channel) DO UPDATE "
                   "SET status = excluded.status, given_on = excluded.given_on, "
                   "source = excluded.source RETURNING id"))
    , m_select(db,
               QStringLiteral("SELECT " CONSENT_COLUMNS
                              " FROM consents WHERE customer_id = ? AND channel = ?"))
    , m_delete(db, QStringLiteral("DELETE FROM consents WHERE customer_id = ? AND channel = ?"))
    , m_deleteAll(db, QStringLiteral("DELETE FROM consents WHERE customer_id = ?"))
    , m_list(db,
             QStringLiteral("SELECT " CONSENT_COLUMNS " FROM consents WHERE customer_id = ?")
                 + QLatin1String(ChannelOrder))
    , m_optedOut(db,
                 QStringLiteral(
                     "SELECT customer_id FROM consents WHERE channel = ? AND status = 'opt_out'"))
    , m_all(db,
            QStringLiteral("SELECT " CONSENT_COLUMNS " FROM consents") + QLatin1String(ChannelOrder))
{}

Status ConsentRepository::set(Consent &consent)
{
    consent.tidy();
    if (Status s = consent.validate(); !s)
        return s;
    FinishGuard guard(m_upsert);
    QSqlQuery &q = m_upsert.query();
    q.bindValue(0, consent.customerId);
    q.bindValue(1, Consent::channelKey(consent.channel));
    q.bindValue(2, Consent::statusKey(consent.status));
    q.bindValue(3, consent.givenOn.toString(Qt::ISODate));
    q.bindValue(4,
                consent.source.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                         : QVariant(consent.source));
    const QString what = tr("Saving the consent");
    if (Status s = m_upsert.exec(what); !s) {
        if (brokenConstraint(q) == Constraint::ForeignKey)
            return Error(Error::Kind::Validation,
                         tr("The consent's customer does not exist any more."),
                         QStringLiteral("customerId"));
        return s;
    }
    if (!q.next())
        return sqlError(q, what);
    consent.id = q.value(0).toLongLong();
    return {};
}

Result<std::optional<Consent>> ConsentRepository::clear(qint64 customerId, Consent::Channel channel)
{
    Result<std::optional<Consent>> was = get(customerId, channel);
    if (!was || !*was)
        return was;
    QSqlQuery &q = m_delete.query();
    q.bindValue(0, customerId);
    q.bindValue(1, Consent::channelKey(channel));
    if (Status s = m_delete.exec(tr("Clearing the consent")); !s)
        return s.error();
    return was;
}

Result<int> ConsentRepository::clearAll(qint64 customerId)
{
    QSqlQuery &q = m_deleteAll.query();
    q.bindValue(0, customerId);
    if (Status s = m_deleteAll.exec(tr("Clearing the consents")); !s)
        return s.error();
    return q.numRowsAffected();
}

Result<QList<Consent>> ConsentRepository::listForCustomer(qint64 customerId)
{
    FinishGuard guard(m_list);
    QSqlQuery &q = m_list.query();
    q.bindValue(0, customerId);
    if (Status s = m_list.exec(tr("Reading the consents")); !s)
        return s.error();
    QList<Consent> out;
    while (q.next())
        out << readConsent(q);
    return out;
}

Result<std::optional<Consent>> ConsentRepository::get(qint64 customerId, Consent::Channel channel)
{
    FinishGuard guard(m_select);
    QSqlQuery &q = m_select.query();
    q.bindValue(0, customerId);
    q.bindValue(1, Consent::channelKey(channel));
    if (Status s = m_select.exec(tr("Reading the consent")); !s)
        return s.error();
    if (!q.next())
        return std::optional<Consent>();
    return std::optional<Consent>(readConsent(q));
}

Result<QSet<qint64>> ConsentRepository::optedOut(Consent::Channel channel)
{
    FinishGuard guard(m_optedOut);
    QSqlQuery &q = m_optedOut.query();
    q.bindValue(0, Consent::channelKey(channel));
    if (Status s = m_optedOut.exec(tr("Reading the consents")); !s)
        return s.error();
    QSet<qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

Result<QList<Consent>> ConsentRepository::all()
{
    FinishGuard guard(m_all);
    QSqlQuery &q = m_all.query();
    if (Status s = m_all.exec(tr("Reading the consents")); !s)
        return s.error();
    QList<Consent> out;
    while (q.next())
        out << readConsent(q);
    return out;
}

} // namespace rapport
