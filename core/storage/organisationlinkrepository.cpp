#include "core/storage/organisationlinkrepository.h"

#include "core/domain/relationship.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QSqlQuery>

namespace rapport {

OrganisationLinkRepository::OrganisationLinkRepository(const Database &db)
    : m_db(db)
{}

Result<QHash<QString, qint64>> OrganisationLinkRepository::organisationsByName()
{
    Statement s(m_db,
                QStringLiteral(
                    "SELECT name, id FROM customers WHERE kind = 1 AND deleted_at IS NULL"
                    " ORDER BY id DESC"));
    QSqlQuery &q = s.query();
    q.setForwardOnly(true);
    if (Status st = s.exec(tr("Reading the organisations to link the import's people to")); !st)
        return st.error();
    QHash<QString, qint64> byName;
    // Descending ids: the lowest id is inserted last and wins.
    while (q.next())
        byName.insert(q.value(0).toString().toCaseFolded(), q.value(1).toLongLong());
    s.finish();
    return byName;
}

Result<QSet<QPair<qint64, qint64>>> OrganisationLinkRepository::worksAt()
{
    Statement s(m_db, QStringLiteral("SELECT from_id, to_id FROM relationships WHERE kind = ?"));
    QSqlQuery &q = s.query();
    q.setForwardOnly(true);
    q.bindValue(0, int(RelationshipKind::WorksAt));
    if (Status st = s.exec(tr("Reading who works at which organisation")); !st)
        return st.error();
    QSet<QPair<qint64, qint64>> links;
    while (q.next())
        links.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
    s.finish();
    return links;
}

Result<QHash<qint64, QPair<QString, QString>>> OrganisationLinkRepository::listNames(
    const QList<qint64> &ids)
{
    QHash<qint64, QPair<QString, QString>> names;
    if (ids.isEmpty())
        return names;
    Statement s(m_db, QStringLiteral("SELECT name, sort_name FROM customers WHERE id = ?"));
    QSqlQuery &q = s.query();
    q.setForwardOnly(true);
    for (const qint64 id : ids) {
        q.bindValue(0, id);
        if (Status st = s.exec(tr("Reading the organisations to link the import's people to")); !st)
            return st.error();
        if (q.next())
            names.insert(id, {q.value(0).toString(), q.value(1).toString()});
        s.finish();
    }
    return names;
}

} // namespace rapport
