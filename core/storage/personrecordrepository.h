#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace rapport {

class Database;

// PersonRecordRepository reads every row held about one customer, table by table, as JSON
// objects of the rows' columns as stored (texts, numbers, NULL as null): what a data-protection
// request for access is answered with (PersonExport). It reads every column, so a column a later
// migration adds is exported without a change here; a table a later migration adds with a
// customer_id column must get a section (the tests compare the sections with the schema).
class PersonRecordRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PersonRecordRepository)

public:
    explicit PersonRecordRepository(const Database &db);

    // One section of the export: its key in the JSON and the tables it covers.
    struct Section
    {
        QString key;
        QStringList tables;
    };
    static const QList<Section> &sections();

    // The customer row; NotFound when there is none.
    Result<QJsonObject> customer(qint64 customerId);
    // The rows of section `key` (not "customer", not "history": PersonExport reads those).
    Result<QJsonArray> rows(const QString &key, qint64 customerId);
    // Every user's display name by id, to name owners, agents and authors.
    Result<QHash<qint64, QString>> userNames();

private:
    Result<QJsonArray> select(const QString &sql, qint64 id);

    const Database &m_db;
};

} // namespace rapport
