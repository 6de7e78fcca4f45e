#include "core/storage/customerrepository.h"

#include "core/domain/enumkeys.h"
#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"

#include <QSet>
#include <QSqlQuery>

namespace rapport {

CustomerRepository::CustomerRepository(const Database &db)
    : m_insert(db,
               "INSERT INTO customers (kind, first_name, last_name, name, sort_name, stage, "
               "owner_id, source, acquired_on, notes, created_at, updated_at, version) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
    , m_select(db,
               QStringLiteral("SELECT kind, first_name, last_name, name, stage, owner_id, source, "
                              "acquired_on, notes, created_at, updated_at, deleted_at, version "
                              "FROM customers WHERE id = ?"))
    , m_update(db,
               QStringLiteral(
                   "UPDATE customers SET kind = ?, first_name = ?, last_name = ?, name = ?, "
                   "sort_name = ?, stage = ?, owner_id = ?, source = ?, acquired_on = ?, "
                   "notes = ?, updated_at = ?, version = version + 1 "
                   "WHERE id = ? AND version = ?"))
    , m_setDeleted(db,
                   QStringLiteral("UPDATE customers SET deleted_at = ?, updated_at = ?, "
                                  "version = version + 1 WHERE id = ? AND version = ?"))
    , m_purge(db, QStringLiteral("DELETE FROM customers WHERE id = ?"))
    , m_purgeVersion(db, QStringLiteral("DELETE FROM customers WHERE id = ? AND version = ?"))
    , m_reinstate(db,
                  QStringLiteral(
                      "INSERT INTO customers (id, kind, first_name, last_name, name, sort_name, "
                      "stage, owner_id, source, acquired_on, notes, created_at, updated_at, "
                      "deleted_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_hasHistory(db,
                   QStringLiteral(
                       "SELECT EXISTS (SELECT 1 FROM interactions WHERE customer_id = ?) "
                       "OR EXISTS (SELECT 1 FROM orders WHERE customer_id = ?) "
                       "OR EXISTS (SELECT 1 FROM cases WHERE customer_id = ?) "
                       "OR EXISTS (SELECT 1 FROM tasks WHERE customer_id = ?) "
                       "OR EXISTS (SELECT 1 FROM customer_notes WHERE customer_id = ?) "
                       "OR EXISTS (SELECT 1 FROM surveys WHERE customer_id = ?)"))
    , m_countLive(db, QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL"))
    , m_clearTags(db, QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"))
    , m_ensureTag(db,
                  QStringLiteral(
                      "INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"))
    , m_linkTag(db,
                QStringLiteral("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) "
                               "SELECT ?, id FROM tags WHERE name = ?"))
    , m_selectTags(db,
                   QStringLiteral("SELECT t.name FROM customer_tags ct JOIN tags t "
                                  "ON t.id = ct.tag_id WHERE ct.customer_id = ? "
                                  "ORDER BY t.name COLLATE NOCASE"))
    , m_insertPoint(db,
                    QStringLiteral(
                        "INSERT INTO contact_points (customer_id, kind, label, value, street, "
                        "postal_code, city, region, country, is_primary, phone_key, version) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"))
    , m_selectPoints(db,
                     QStringLiteral(
                         "SELECT id, kind, label, value, street, postal_code, city, region, "
                         "country, is_primary, version FROM contact_points "
                         "WHERE customer_id = ? ORDER BY kind, is_primary DESC, id"))
    , m_updatePoint(db,
                    QStringLiteral(
                        "UPDATE contact_points SET kind = ?, label = ?, value = ?, street = ?, "
                        "postal_code = ?, city = ?, region = ?, country = ?, is_primary = ?, "
                        "phone_key = ?, version = version + 1 WHERE id = ? AND version = ?"))
    , m_deletePoint(db, QStringLiteral("DELETE FROM contact_points WHERE id = ?"))
    , m_deletePointVersion(db,
                           QStringLiteral(
                               "DELETE FROM contact_points WHERE id = ? AND version = ?"))
    , m_reinstatePoint(db,
                       QStringLiteral(
                           "INSERT INTO contact_points (customer_id, kind, label, value, street, "
                           "postal_code, city, region, country, is_primary, phone_key, id, "
                           "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_demotePoints(db,
                     QStringLiteral(
                         "UPDATE contact_points SET is_primary = 0, version = version + 1 "
                         "WHERE customer_id = ? AND kind = ? AND is_primary = 1 AND id <> ?"))
    , m_hasPrimary(db,
                   QStringLiteral("SELECT EXISTS (SELECT 1 FROM contact_points "
                                  "WHERE customer_id = ? AND kind = ? AND is_primary = 1)"))
    , m_customerExists(db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"))
    , m_pointExists(db, QStringLiteral("SELECT 1 FROM contact_points WHERE id = ?"))
{}

namespace {

// Binds kind, first_name, last_name, name, sort_name, stage, owner_id, source, acquired_on and
// notes to the ten positions from `first` on.
void bindCustomer(QSqlQuery &q, int first, const Customer &c)
{
    const bool person = c.kind == CustomerKind::Person;
    q.bindValue(first + 0, int(c.kind));
    q.bindValue(first + 1, person ? sql::fromText(c.firstName) : QVariant());
    q.bindValue(first + 2, person ? sql::fromText(c.lastName) : QVariant());
    q.bindValue(first + 3, c.displayName());
    q.bindValue(first + 4, c.sortName());
    q.bindValue(first + 5, int(c.stage));
    q.bindValue(first + 6, sql::fromId(c.ownerId));
    q.bindValue(first + 7, sql::fromText(c.source));
    q.bindValue(first + 8, sql::fromDate(c.acquiredOn));
    q.bindValue(first + 9, sql::fromText(c.notes));
}

void bindPoint(QSqlQuery &q, int first, const ContactPoint &p)
{
    q.bindValue(first + 0, int(p.kind));
    q.bindValue(first + 1, int(p.label));
    q.bindValue(first + 2, p.value);
    const bool postal = p.kind == ContactKind::Postal;
    q.bindValue(first + 3, postal ? sql::fromText(p.address.street) : QVariant());
    q.bindValue(first + 4, postal ? sql::fromText(p.address.postalCode) : QVariant());
    q.bindValue(first + 5, postal ? sql::fromText(p.address.city) : QVariant());
    q.bindValue(first + 6, postal ? sql::fromText(p.address.region) : QVariant());
    q.bindValue(first + 7, postal ? sql::fromText(p.address.country) : QVariant());
    q.bindValue(first + 8, p.primary ? 1 : 0);
    q.bindValue(first + 9, sql::fromText(p.phoneKey()));
}

} // namespace

Result<qint64> CustomerRepository::insert(Customer &customer, const QDateTime &now)
{
    if (Status s = customer.validate(); !s)
        return s.error();
    const qint64 stamp = now.toSecsSinceEpoch();
    const bool person = customer.kind == CustomerKind::Person;
    m_insert.bind(1, int(customer.kind));
    m_insert.bind(2, person ? customer.firstName : QString());
    m_insert.bind(3, person ? customer.lastName : QString());
    m_insert.bind(4, customer.displayName());
    m_insert.bind(5, customer.sortName());
    m_insert.bind(6, int(customer.stage));
    m_insert.bind(7, customer.ownerId);
    m_insert.bind(8, customer.source);
    m_insert.bind(9, customer.acquiredOn);
    m_insert.bind(10, customer.notes);
    m_insert.bind(11, stamp);
    m_insert.bind(12, stamp);
    if (Status s = m_insert.exec(tr("Saving the customer")); !s)
        return s.error();
    const qint64 id = m_insert.lastInsertId();
    if (!customer.tags.isEmpty()) {
        if (Status s = writeTags(id, customer.tags); !s)
            return s.error();
    }
    customer.id = id;
    customer.version = 1;
    customer.createdAt = customer.updatedAt = QDateTime::fromSecsSinceEpoch(stamp, Qt::UTC);
    return id;
}

Result<Customer> CustomerRepository::get(qint64 id)
{
    QSqlQuery &q = m_select.query();
    q.bindValue(0, id);
    if (Status s = m_select.exec(tr("Reading the customer")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound, tr("Customer %1 does not exist.").arg(id));
    Customer c;
    c.id = id;
    c.kind = enumFromInt<CustomerKind>(q.value(0).toInt(), customerKindKeys)
                 .value_or(CustomerKind::Person);
    c.firstName = q.value(1).toString();
    c.lastName = q.value(2).toString();
    if (c.kind == CustomerKind::Organisation)
        c.organisation = q.value(3).toString();
    c.stage = enumFromInt<LifecycleStage>(q.value(4).toInt(), lifecycleStageKeys)
                  .value_or(LifecycleStage::Lead);
    c.ownerId = sql::toId(q.value(5));
    c.source = q.value(6).toString();
    c.acquiredOn = sql::toDate(q.value(7));
    c.notes = q.value(8).toString();
    c.createdAt = sql::toDateTime(q.value(9));
    c.updatedAt = sql::toDateTime(q.value(10));
    c.deletedAt = sql::toDateTime(q.value(11));
    c.version = q.value(12).toInt();
    m_select.finish();
    Result<QStringList> tags = readTags(id);
    if (!tags)
        return tags.error();
    c.tags = std::move(tags).value();
    return c;
}

Status CustomerRepository::update(Customer &customer, const QDateTime &now)
{
    if (Status s = customer.validate(); !s)
        return s;
    QSqlQuery &q = m_update.query();
    bindCustomer(q, 0, customer);
    q.bindValue(10, sql::fromDateTime(now));
    q.bindValue(11, customer.id);
    q.bindValue(12, customer.version);
    if (Status s = m_update.exec(tr("Saving the customer")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return customerStaleOrMissing(customer.id);
    // Tags only when they differ: rewriting the same links would record a removal and an
    // addition of each in the history.
    Result<QStringList> stored = readTags(customer.id);
    if (!stored)
        return stored.error();
    if (QSet<QString>(stored->cbegin(), stored->cend())
        != QSet<QString>(customer.tags.cbegin(), customer.tags.cend())) {
        if (Status s = writeTags(customer.id, customer.tags); !s)
            return s;
    }
    ++customer.version;
    customer.updatedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    return {};
}

Status CustomerRepository::setDeleted(Customer &customer, bool deleted, const QDateTime &at)
{
    // Whole seconds, as stored, so that the value kept equals the one read back.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
    QSqlQuery &q = m_setDeleted.query();
    q.bindValue(0, deleted ? sql::fromDateTime(now) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(1, sql::fromDateTime(now));
    q.bindValue(2, customer.id);
    q.bindValue(3, customer.version);
    if (Status s = m_setDeleted.exec(deleted ? tr("Moving the customer to the trash")
                                             : tr("Restoring the customer"));
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return customerStaleOrMissing(customer.id);
    ++customer.version;
    customer.deletedAt = deleted ? now : QDateTime();
    customer.updatedAt = now;
    return {};
}

Status CustomerRepository::moveToTrash(Customer &customer, const QDateTime &now)
{
    return setDeleted(customer, true, now);
}

Status CustomerRepository::restore(Customer &customer, const QDateTime &now)
{
    return setDeleted(customer, false, now);
}

Status CustomerRepository::purge(qint64 id)
{
    QSqlQuery &q = m_purge.query();
    q.bindValue(0, id);
    if (Status s = m_purge.exec(tr("Deleting the customer")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Kind::NotFound, tr("Customer %1 does not exist.").arg(id));
    return {};
}

Result<qint64> CustomerRepository::countLive()
{
    QSqlQuery &q = m_countLive.query();
    if (Status s = m_countLive.exec(tr("Counting customers")); !s)
        return s.error();
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    m_countLive.finish();
    return n;
}

Status CustomerRepository::writeTags(qint64 customerId, const QStringList &tags)
{
    QSqlQuery &clear = m_clearTags.query();
    clear.bindValue(0, customerId);
    if (Status s = m_clearTags.exec(tr("Saving the tags")); !s)
        return s;
    for (const QString &tag : tags) {
        m_ensureTag.query().bindValue(0, tag);
        if (Status s = m_ensureTag.exec(tr("Saving the tags")); !s)
            return s;
        QSqlQuery &link = m_linkTag.query();
        link.bindValue(0, customerId);
        link.bindValue(1, tag);
        if (Status s = m_linkTag.exec(tr("Saving the tags")); !s)
            return s;
    }
    return {};
}

Result<QStringList> CustomerRepository::readTags(qint64 customerId)
{
    QSqlQuery &q = m_selectTags.query();
    q.bindValue(0, customerId);
    if (Status s = m_selectTags.exec(tr("Reading the tags")); !s)
        return s.error();
    QStringList tags;
    while (q.next())
        tags << q.value(0).toString();
    return tags;
}

Result<qint64> CustomerRepository::addContactPoint(ContactPoint &point)
{
    if (Status s = point.validate(); !s)
        return s.error();
    if (point.customerId <= 0)
        return Error(Error::Kind::Validation,
                     tr("The contact point belongs to no customer."),
                     QStringLiteral("customer"));
    if (!point.primary) {
        QSqlQuery &has = m_hasPrimary.query();
        has.bindValue(0, point.customerId);
        has.bindValue(1, int(point.kind));
        if (Status s = m_hasPrimary.exec(tr("Saving the contact point")); !s)
            return s.error();
        point.primary = has.next() && has.value(0).toInt() == 0;
        m_hasPrimary.finish();
    }
    QSqlQuery &q = m_insertPoint.query();
    q.bindValue(0, point.customerId);
    bindPoint(q, 1, point);
    if (Status s = m_insertPoint.exec(tr("Saving the contact point")); !s)
        return s.error();
    point.id = q.lastInsertId().toLongLong();
    if (point.primary) {
        if (Status s = demoteOtherPrimaries(point); !s)
            return s.error();
    }
    point.version = 1;
    return point.id;
}

Result<QList<ContactPoint>> CustomerRepository::contactPoints(qint64 customerId)
{
    QSqlQuery &q = m_selectPoints.query();
    q.bindValue(0, customerId);
    if (Status s = m_selectPoints.exec(tr("Reading the contact points")); !s)
        return s.error();
    QList<ContactPoint> points;
    while (q.next()) {
        ContactPoint p;
        p.id = q.value(0).toLongLong();
        p.customerId = customerId;
        p.kind = enumFromInt<ContactKind>(q.value(1).toInt(), contactKindKeys)
                     .value_or(ContactKind::Phone);
        p.label = enumFromInt<ContactLabel>(q.value(2).toInt(), contactLabelKeys)
                      .value_or(ContactLabel::Other);
        p.value = q.value(3).toString();
        p.address.street = q.value(4).toString();
        p.address.postalCode = q.value(5).toString();
        p.address.city = q.value(6).toString();
        p.address.region = q.value(7).toString();
        p.address.country = q.value(8).toString();
        p.primary = q.value(9).toInt() != 0;
        p.version = q.value(10).toInt();
        points << p;
    }
    return points;
}

Status CustomerRepository::updateContactPoint(ContactPoint &point)
{
    if (Status s = point.validate(); !s)
        return s;
    QSqlQuery &q = m_updatePoint.query();
    bindPoint(q, 0, point);
    q.bindValue(10, point.id);
    q.bindValue(11, point.version);
    if (Status s = m_updatePoint.exec(tr("Saving the contact point")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return repository::staleOrMissing(m_pointExists,
                                          point.id,
                                          staleText(tr("The contact point")),
                                          tr("The contact point does not exist any more."),
                                          tr("Saving the contact point"));
    if (point.primary) {
        if (Status s = demoteOtherPrimaries(point); !s)
            return s;
    }
    ++point.version;
    return {};
}

Status CustomerRepository::removeContactPoint(qint64 id)
{
    QSqlQuery &q = m_deletePoint.query();
    q.bindValue(0, id);
    if (Status s = m_deletePoint.exec(tr("Removing the contact point")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Kind::NotFound, tr("The contact point does not exist any more."));
    return {};
}

Status CustomerRepository::removeContactPoint(const ContactPoint &point)
{
    QSqlQuery &q = m_deletePointVersion.query();
    q.bindValue(0, point.id);
    q.bindValue(1, point.version);
    const QString what = tr("Removing the contact point");
    if (Status s = m_deletePointVersion.exec(what); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return repository::staleOrMissing(m_pointExists,
                                          point.id,
                                          staleText(tr("The contact point")),
                                          tr("The contact point does not exist any more."),
                                          what);
    return {};
}

Status CustomerRepository::reinstateContactPoint(const ContactPoint &point)
{
    if (Status s = point.validate(); !s)
        return s;
    QSqlQuery &q = m_reinstatePoint.query();
    q.bindValue(0, point.customerId);
    bindPoint(q, 1, point);
    q.bindValue(11, point.id);
    q.bindValue(12, point.version);
    const QString what = tr("Saving the contact point");
    if (Status s = m_reinstatePoint.exec(what); !s) {
        if (repository::brokenConstraint(q) == repository::Constraint::Unique)
            return Error(Error::Kind::Conflict,
                         tr("The contact point cannot come back: another one has taken its "
                            "place meanwhile."));
        if (repository::brokenConstraint(q) == repository::Constraint::ForeignKey)
            return Error(Error::Kind::NotFound, tr("The customer does not exist any more."));
        return s;
    }
    return {};
}

Status CustomerRepository::purge(const Customer &customer)
{
    QSqlQuery &q = m_purgeVersion.query();
    q.bindValue(0, customer.id);
    q.bindValue(1, customer.version);
    if (Status s = m_purgeVersion.exec(tr("Deleting the customer")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return customerStaleOrMissing(customer.id);
    return {};
}

Status CustomerRepository::reinstate(const Customer &customer)
{
    if (Status s = customer.validate(); !s)
        return s;
    QSqlQuery &q = m_reinstate.query();
    q.bindValue(0, customer.id);
    bindCustomer(q, 1, customer);
    q.bindValue(11, sql::fromDateTime(customer.createdAt));
    q.bindValue(12, sql::fromDateTime(customer.updatedAt));
    q.bindValue(13, sql::fromDateTime(customer.deletedAt));
    q.bindValue(14, customer.version);
    if (Status s = m_reinstate.exec(tr("Saving the customer")); !s) {
        if (repository::brokenConstraint(q) == repository::Constraint::Unique)
            return Error(Error::Kind::Conflict,
                         tr("The customer cannot come back: another customer has taken number "
                            "%1 meanwhile.")
                             .arg(customer.id));
        return s;
    }
    return writeTags(customer.id, customer.tags);
}

Result<bool> CustomerRepository::hasHistory(qint64 id)
{
    repository::FinishGuard guard(m_hasHistory);
    QSqlQuery &q = m_hasHistory.query();
    for (int i = 0; i < 6; ++i)
        q.bindValue(i, id);
    if (Status s = m_hasHistory.exec(tr("Reading the customer's history")); !s)
        return s.error();
    return q.next() && q.value(0).toInt() != 0;
}

Status CustomerRepository::demoteOtherPrimaries(const ContactPoint &point)
{
    QSqlQuery &q = m_demotePoints.query();
    q.bindValue(0, point.customerId);
    q.bindValue(1, int(point.kind));
    q.bindValue(2, point.id);
    return m_demotePoints.exec(tr("Saving the contact point"));
}

Error CustomerRepository::customerStaleOrMissing(qint64 id)
{
    return repository::staleOrMissing(m_customerExists,
                                      id,
                                      staleText(tr("The customer")),
                                      tr("Customer %1 does not exist any more.").arg(id),
                                      tr("Saving the customer"));
}

QString CustomerRepository::staleText(const QString &what)
{
    return tr("%1 was changed by someone else since you opened it; reload it and apply your "
              "change again.")
        .arg(what);
}

} // namespace rapport
