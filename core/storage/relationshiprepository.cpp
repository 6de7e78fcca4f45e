#include "core/storage/relationshiprepository.h"

#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

#define RELATIONSHIP_COLUMNS "id, from_id, to_id, kind, role, since, note, version"

namespace rapport {
namespace {

using namespace repository;

Relationship readRelationship(const QSqlQuery &q)
{
    Relationship r;
    r.id = q.value(0).toLongLong();
    r.fromId = q.value(1).toLongLong();
    r.toId = q.value(2).toLongLong();
    r.kind = enumColumn(q.value(3), relationshipKindKeys, RelationshipKind::Partner);
    r.role = q.value(4).toString();
    r.since = sql::toDate(q.value(5));
    r.note = q.value(6).toString();
    r.version = q.value(7).toInt();
    return r;
}

void bindRelationship(QSqlQuery &q, const Relationship &r)
{
    q.bindValue(0, r.fromId);
    q.bindValue(1, r.toId);
    q.bindValue(2, int(r.kind));
    q.bindValue(3, sql::fromText(r.role));
    q.bindValue(4, sql::fromDate(r.since));
    q.bindValue(5, sql::fromText(r.note));
}

} // namespace

RelationshipRepository::RelationshipRepository(const Database &db)
    : m_insert(db,
               QStringLiteral("INSERT INTO relationships (from_id, to_id, kind, role, since, "
                              "note, version) VALUES (?, ?, ?, ?, ?, ?, 1)"))
    , m_select(db, QStringLiteral("SELECT " RELATIONSHIP_COLUMNS " FROM relationships WHERE id = ?"))
    , m_update(db,
               QStringLiteral("UPDATE relationships SET from_id = ?, to_id = ?, kind = ?, "
                              "role = ?, since = ?, note = ?, version = version + 1 "
                              "WHERE id = ? AND version = ?"))
    , m_delete(db, QStringLiteral("DELETE FROM relationships WHERE id = ?"))
    , m_deleteVersion(db, QStringLiteral("DELETE FROM relationships WHERE id = ? AND version = ?"))
    , m_reinstate(db,
                  QStringLiteral("INSERT INTO relationships (from_id, to_id, kind, role, since, "
                                 "note, id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_exists(db, QStringLiteral("SELECT 1 FROM relationships WHERE id = ?"))
    // Two halves so that each end is found through its own index (the UNIQUE index leads with
    // from_id, relationships_to with to_id); an OR would scan the table.
    , m_listForCustomer(db,
                        QStringLiteral("SELECT " RELATIONSHIP_COLUMNS " FROM relationships "
                                       "WHERE from_id = ? "
                                       "UNION ALL "
                                       "SELECT " RELATIONSHIP_COLUMNS " FROM relationships "
                                       "WHERE to_id = ? "
                                       "ORDER BY kind, id LIMIT ?"))
{}

Error RelationshipRepository::writeError(const QSqlQuery &query, const QString &what) const
{
    switch (brokenConstraint(query)) {
    case Constraint::Unique:
        return Error(Error::Kind::Validation,
                     tr("These customers are already linked this way."),
                     QStringLiteral("kind"));
    case Constraint::ForeignKey:
        return Error(Error::Kind::Validation,
                     tr("One of the two customers does not exist any more."),
                     QStringLiteral("toId"));
    default:
        return sqlError(query, what);
    }
}

Result<qint64> RelationshipRepository::insert(Relationship &relationship)
{
    if (Status s = relationship.validate(); !s)
        return s.error();
    QSqlQuery &q = m_insert.query();
    bindRelationship(q, relationship);
    const QString what = tr("Saving the relationship");
    if (Status s = m_insert.exec(what); !s)
        return writeError(q, what);
    relationship.id = q.lastInsertId().toLongLong();
    relationship.version = 1;
    return relationship.id;
}

Result<Relationship> RelationshipRepository::get(qint64 id)
{
    FinishGuard guard(m_select);
    QSqlQuery &q = m_select.query();
    q.bindValue(0, id);
    if (Status s = m_select.exec(tr("Reading the relationship")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound, tr("Relationship %1 does not exist.").arg(id));
    return readRelationship(q);
}

Status RelationshipRepository::update(Relationship &relationship)
{
    if (Status s = relationship.validate(); !s)
        return s;
    QSqlQuery &q = m_update.query();
    bindRelationship(q, relationship);
    q.bindValue(6, relationship.id);
    q.bindValue(7, relationship.version);
    const QString what = tr("Saving the relationship");
    if (Status s = m_update.exec(what); !s)
        return writeError(q, what);
    if (q.numRowsAffected() != 1)
        return staleOrMissing(m_exists,
                              relationship.id,
                              tr("The relationship was changed by someone else since you opened "
                                 "it; reload it and apply your change again."),
                              tr("The relationship does not exist any more."),
                              what);
    ++relationship.version;
    return {};
}

Status RelationshipRepository::remove(qint64 id)
{
    QSqlQuery &q = m_delete.query();
    q.bindValue(0, id);
    if (Status s = m_delete.exec(tr("Deleting the relationship")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Kind::NotFound, tr("The relationship does not exist any more."));
    return {};
}

Status RelationshipRepository::remove(const Relationship &relationship)
{
    QSqlQuery &q = m_deleteVersion.query();
    q.bindValue(0, relationship.id);
    q.bindValue(1, relationship.version);
    const QString what = tr("Deleting the relationship");
    if (Status s = m_deleteVersion.exec(what); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return staleOrMissing(m_exists,
                              relationship.id,
                              tr("The relationship was changed by someone else since you opened "
                                 "it; reload it and apply your change again."),
                              tr("The relationship does not exist any more."),
                              what);
    return {};
}

Status RelationshipRepository::reinstate(const Relationship &relationship)
{
    if (Status s = relationship.validate(); !s)
        return s;
    QSqlQuery &q = m_reinstate.query();
    bindRelationship(q, relationship);
    q.bindValue(6, relationship.id);
    q.bindValue(7, relationship.version);
    const QString what = tr("Saving the relationship");
    if (Status s = m_reinstate.exec(what); !s) {
        // The same id taken by another link is a conflict; the same link made again meanwhile
        // (UNIQUE from, kind, to) is one too: either way the old row cannot come back as it was.
        if (brokenConstraint(q) == Constraint::Unique)
            return Error(Error::Kind::Conflict,
                         tr("The relationship cannot come back: it was made again or its place "
                            "was taken meanwhile."));
        return writeError(q, what);
    }
    return {};
}

Result<QList<Relationship>> RelationshipRepository::listForCustomer(qint64 customerId, int limit)
{
    FinishGuard guard(m_listForCustomer);
    QSqlQuery &q = m_listForCustomer.query();
    q.bindValue(0, customerId);
    q.bindValue(1, customerId);
    q.bindValue(2, pageSize(limit));
    if (Status s = m_listForCustomer.exec(tr("Reading the relationships")); !s)
        return s.error();
    QList<Relationship> relationships;
    while (q.next())
        relationships << readRelationship(q);
    return relationships;
}

} // namespace rapport
