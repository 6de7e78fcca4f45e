#include "core/storage/interactionrepository.h"

#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

#define INTERACTION_COLUMNS \
    "id, customer_id, channel, direction, occurred_at, duration_s, agent_id, subject, notes, " \
    "outcome, case_id, version"

namespace rapport {
namespace {

using namespace repository;

Interaction readInteraction(const QSqlQuery &q)
{
    Interaction i;
    i.id = q.value(0).toLongLong();
    i.customerId = q.value(1).toLongLong();
    i.channel = enumColumn(q.value(2), channelKeys, Channel::Phone);
    i.direction = enumColumn(q.value(3), directionKeys, Direction::Inbound);
    i.occurredAt = sql::toDateTime(q.value(4));
    i.durationSeconds = q.value(5).toLongLong();
    i.agentId = sql::toId(q.value(6));
    i.subject = q.value(7).toString();
    i.notes = q.value(8).toString();
    i.outcome = enumColumn(q.value(9), outcomeKeys, Outcome::Completed);
    i.caseId = sql::toId(q.value(10));
    i.version = q.value(11).toInt();
    return i;
}

void bindInteraction(QSqlQuery &q, const Interaction &i)
{
    q.bindValue(0, i.customerId);
    q.bindValue(1, int(i.channel));
    q.bindValue(2, int(i.direction));
    q.bindValue(3, sql::fromDateTime(i.occurredAt));
    q.bindValue(4, i.durationSeconds);
    q.bindValue(5, sql::fromId(i.agentId));
    // subject is NOT NULL DEFAULT '', and Qt binds a null QString as NULL: bind empty text.
    q.bindValue(6, i.subject.isNull() ? QStringLiteral("") : i.subject);
    q.bindValue(7, sql::fromText(i.notes));
    q.bindValue(8, int(i.outcome));
    q.bindValue(9, sql::fromId(i.caseId));
}

} // namespace

InteractionRepository::InteractionRepository(const Database &db)
    : m_insert(db,
               QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, "
                              "occurred_at, duration_s, agent_id, subject, notes, outcome, "
                              "case_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"))
    , m_select(db, QStringLiteral("SELECT " INTERACTION_COLUMNS " FROM interactions WHERE id = ?"))
    , m_update(db,
               QStringLiteral("UPDATE interactions SET customer_id = ?, channel = ?, "
                              "direction = ?, occurred_at = ?, duration_s = ?, agent_id = ?, "
                              "subject = ?, notes = ?, outcome = ?, case_id = ?, "
                              "version = version + 1 WHERE id = ? AND version = ?"))
    , m_delete(db, QStringLiteral("DELETE FROM interactions WHERE id = ?"))
    , m_reinsert(db,
                 QStringLiteral(
                     "INSERT INTO interactions (customer_id, channel, direction, "
                     "occurred_at, duration_s, agent_id, subject, notes, outcome, "
                     "case_id, version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_exists(db, QStringLiteral("SELECT 1 FROM interactions WHERE id = ?"))
    // Both pages walk interactions_customer (customer_id, occurred_at, and the rowid id) backwards
    // and stop after `limit` rows: no sort, no matter how long the history is.
    , m_listFirst(db,
                  QStringLiteral("SELECT " INTERACTION_COLUMNS " FROM interactions "
                                 "WHERE customer_id = ? "
                                 "ORDER BY occurred_at DESC, id DESC LIMIT ?"))
    , m_listOlder(db,
                  QStringLiteral("SELECT " INTERACTION_COLUMNS " FROM interactions "
                                 "WHERE customer_id = ? AND (occurred_at, id) < (?, ?) "
                                 "ORDER BY occurred_at DESC, id DESC LIMIT ?"))
{}

Error InteractionRepository::writeError(const QSqlQuery &query, const QString &what) const
{
    if (brokenConstraint(query) == Constraint::ForeignKey)
        return Error(Error::Kind::Validation,
                     tr("The interaction's customer, agent or case does not exist any more."),
                     QStringLiteral("customerId"));
    return sqlError(query, what);
}

Result<qint64> InteractionRepository::insert(Interaction &interaction)
{
    if (Status s = interaction.validate(); !s)
        return s.error();
    QSqlQuery &q = m_insert.query();
    bindInteraction(q, interaction);
    const QString what = tr("Saving the interaction");
    if (Status s = m_insert.exec(what); !s)
        return writeError(q, what);
    interaction.id = q.lastInsertId().toLongLong();
    interaction.version = 1;
    return interaction.id;
}

Result<Interaction> InteractionRepository::get(qint64 id)
{
    FinishGuard guard(m_select);
    QSqlQuery &q = m_select.query();
    q.bindValue(0, id);
    if (Status s = m_select.exec(tr("Reading the interaction")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound, tr("Interaction %1 does not exist.").arg(id));
    return readInteraction(q);
}

Status InteractionRepository::update(Interaction &interaction)
{
    if (Status s = interaction.validate(); !s)
        return s;
    QSqlQuery &q = m_update.query();
    bindInteraction(q, interaction);
    q.bindValue(10, interaction.id);
    q.bindValue(11, interaction.version);
    const QString what = tr("Saving the interaction");
    if (Status s = m_update.exec(what); !s)
        return writeError(q, what);
    if (q.numRowsAffected() != 1)
        return staleOrMissing(m_exists,
                              interaction.id,
                              tr("The interaction was changed by someone else since you opened "
                                 "it; reload it and apply your change again."),
                              tr("The interaction does not exist any more."),
                              what);
    ++interaction.version;
    return {};
}

Status InteractionRepository::remove(qint64 id)
{
    QSqlQuery &q = m_delete.query();
    q.bindValue(0, id);
    if (Status s = m_delete.exec(tr("Deleting the interaction")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Kind::NotFound, tr("The interaction does not exist any more."));
    return {};
}

Status InteractionRepository::reinsert(const Interaction &interaction)
{
    if (Status s = interaction.validate(); !s)
        return s;
    QSqlQuery &q = m_reinsert.query();
    bindInteraction(q, interaction);
    q.bindValue(10, std::max(interaction.version, 1));
    q.bindValue(11, interaction.id);
    const QString what = tr("Saving the interaction");
    if (Status s = m_reinsert.exec(what); !s) {
        if (brokenConstraint(q) == Constraint::Unique)
            return Error(Error::Kind::Conflict,
                         tr("Another interaction has taken the number %1 meanwhile.")
                             .arg(interaction.id));
        return writeError(q, what);
    }
    return {};
}

Result<QList<Interaction>> InteractionRepository::listForCustomer(
    qint64 customerId, int limit, std::optional<InteractionCursor> olderThan)
{
    Statement &statement = olderThan ? m_listOlder : m_listFirst;
    FinishGuard guard(statement);
    QSqlQuery &q = statement.query();
    int column = 0;
    q.bindValue(column++, customerId);
    if (olderThan) {
        q.bindValue(column++, sql::fromDateTime(olderThan->occurredAt));
        q.bindValue(column++, olderThan->id);
    }
    q.bindValue(column, pageSize(limit));
    if (Status s = statement.exec(tr("Reading the customer's history")); !s)
        return s.error();
    QList<Interaction> interactions;
    while (q.next())
        interactions << readInteraction(q);
    return interactions;
}

} // namespace rapport
