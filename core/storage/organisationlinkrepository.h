#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace rapport {

class Database;

// OrganisationLinkRepository reads what a customer import links people to organisations with:
// the live organisations by name and the "works at" links there are. Read once per import.
class OrganisationLinkRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationLinkRepository)

public:
    explicit OrganisationLinkRepository(const Database &db);

    // Organisations (kind 1) not in the trash, by their case-folded name; the lowest id where
    // two share a name.
    Result<QHash<QString, qint64>> organisationsByName();
    // Every "works at" relationship as (person id, organisation id).
    Result<QSet<QPair<qint64, qint64>>> worksAt();
    // The stored name and sort name of each of `ids` (the customer list's org_name and org_key
    // of the people who work there); ids that name no customer are left out.
    Result<QHash<qint64, QPair<QString, QString>>> listNames(const QList<qint64> &ids);

private:
    const Database &m_db;
};

} // namespace rapport
