#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport {

class Database;

// EraseRepository owns the SQL of erasing a person (the right to be forgotten): it reads what
// identifies them, and blanks or removes their personal data in every table while keeping the
// rows the dashboards count (the customer row itself, orders and their lines, interactions,
// cases, tasks and survey scores stay, with their texts blanked). The triggers of the search
// index (customer_search), the name vocabulary and the customer list's read model follow the
// changes. It opens no transaction itself: ErasureService runs it through the door.
class EraseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EraseRepository)

public:
    explicit EraseRepository(const Database &db);

    Result<bool> exists(qint64 customerId);
    // What identifies the person, to find it elsewhere (the history): the names, the external
    // key, every contact point's value and street. Values shorter than 3 characters are left
    // out (they would match too much).
    Result<QStringList> identifyingValues(qint64 customerId);
    // The customers linked to this one by a relationship (their views change too).
    Result<QList<qint64>> linkedCustomers(qint64 customerId);

    // Blanks and removes the person's data; the customer keeps its id, kind, stage, owner,
    // acquisition source and date, times and trash state, under `placeholder` as its name.
    Status anonymize(qint64 customerId, const QString &placeholder, const QDateTime &now);
    // Rewrites the search index without the deleted entries' remains (FTS5 keeps deleted terms
    // in its segments until they are merged).
    Status compactSearchIndex();
    // While on, SQLite overwrites freed pages with zeros, so the erased texts do not linger in
    // the file's free space.
    Status setSecureDelete(bool on);

private:
    const Database &m_db;
};

} // namespace rapport
