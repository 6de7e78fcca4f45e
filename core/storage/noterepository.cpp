#include "core/storage/noterepository.h"

#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

#define NOTE_COLUMNS "id, customer_id, body, author_id, created_at, updated_at, version"

namespace rapport {
namespace {

using namespace repository;

CustomerNote readNote(const QSqlQuery &q)
{
    CustomerNote n;
    n.id = q.value(0).toLongLong();
    n.customerId = q.value(1).toLongLong();
    n.body = q.value(2).toString();
    n.authorId = sql::toId(q.value(3));
    n.createdAt = sql::toDateTime(q.value(4));
    n.updatedAt = sql::toDateTime(q.value(5));
    n.version = q.value(6).toInt();
    return n;
}

} // namespace

NoteRepository::NoteRepository(const Database &db)
    : m_insert(db,
               QStringLiteral("INSERT INTO customer_notes (customer_id, body, author_id, "
                              "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 1)"))
    , m_select(db, QStringLiteral("SELECT " NOTE_COLUMNS " FROM customer_notes WHERE id = ?"))
    , m_update(db,
               QStringLiteral("UPDATE customer_notes SET body = ?, author_id = ?, "
                              "updated_at = ?, version = version + 1 "
                              "WHERE id = ? AND version = ?"))
    , m_delete(db, QStringLiteral("DELETE FROM customer_notes WHERE id = ?"))
    , m_exists(db, QStringLiteral("SELECT 1 FROM customer_notes WHERE id = ?"))
    , m_listForCustomer(db,
                        QStringLiteral("SELECT " NOTE_COLUMNS " FROM customer_notes "
                                       "WHERE customer_id = ? "
                                       "ORDER BY created_at DESC, id DESC LIMIT ?"))
{}

Error NoteRepository::writeError(const QSqlQuery &query, const QString &what) const
{
    if (brokenConstraint(query) == Constraint::ForeignKey)
        return Error(Error::Kind::Validation,
                     tr("The note's customer or author does not exist any more."),
                     QStringLiteral("customerId"));
    return sqlError(query, what);
}

Result<qint64> NoteRepository::insert(CustomerNote &note, const QDateTime &at)
{
    if (Status s = note.validate(); !s)
        return s.error();
    const QDateTime now = repository::stored(at);
    const QDateTime created = note.createdAt.isValid() ? note.createdAt : now;
    QSqlQuery &q = m_insert.query();
    q.bindValue(0, note.customerId);
    q.bindValue(1, note.body);
    q.bindValue(2, sql::fromId(note.authorId));
    q.bindValue(3, sql::fromDateTime(created));
    q.bindValue(4, sql::fromDateTime(now));
    const QString what = tr("Saving the note");
    if (Status s = m_insert.exec(what); !s)
        return writeError(q, what);
    note.id = q.lastInsertId().toLongLong();
    note.version = 1;
    note.createdAt = created;
    note.updatedAt = now;
    return note.id;
}

Result<CustomerNote> NoteRepository::get(qint64 id)
{
    FinishGuard guard(m_select);
    QSqlQuery &q = m_select.query();
    q.bindValue(0, id);
    if (Status s = m_select.exec(tr("Reading the note")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound, tr("Note %1 does not exist.").arg(id));
    return readNote(q);
}

Status NoteRepository::update(CustomerNote &note, const QDateTime &at)
{
    if (Status s = note.validate(); !s)
        return s;
    const QDateTime now = repository::stored(at);
    QSqlQuery &q = m_update.query();
    q.bindValue(0, note.body);
    q.bindValue(1, sql::fromId(note.authorId));
    q.bindValue(2, sql::fromDateTime(now));
    q.bindValue(3, note.id);
    q.bindValue(4, note.version);
    const QString what = tr("Saving the note");
    if (Status s = m_update.exec(what); !s)
        return writeError(q, what);
    if (q.numRowsAffected() != 1)
        return staleOrMissing(m_exists,
                              note.id,
                              tr("The note was changed by someone else since you opened it; "
                                 "reload it and apply your change again."),
                              tr("The note does not exist any more."),
                              what);
    ++note.version;
    note.updatedAt = now;
    return {};
}

Status NoteRepository::remove(qint64 id)
{
    QSqlQuery &q = m_delete.query();
    q.bindValue(0, id);
    if (Status s = m_delete.exec(tr("Deleting the note")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Kind::NotFound, tr("The note does not exist any more."));
    return {};
}

Result<QList<CustomerNote>> NoteRepository::listForCustomer(qint64 customerId, int limit)
{
    FinishGuard guard(m_listForCustomer);
    QSqlQuery &q = m_listForCustomer.query();
    q.bindValue(0, customerId);
    q.bindValue(1, pageSize(limit));
    if (Status s = m_listForCustomer.exec(tr("Reading the notes")); !s)
        return s.error();
    QList<CustomerNote> notes;
    while (q.next())
        notes << readNote(q);
    return notes;
}

} // namespace rapport
