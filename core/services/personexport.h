#pragma once

#include "core/services/accesspolicy.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace rapport {

class Database;

// PersonExport answers a data-protection request for access: everything Rapport holds about one
// customer as one JSON document (schema: docs/person-export.md) - the customer row, contact
// points, tags, relationships from and to them, interactions, orders with their lines, cases,
// tasks, notes, survey answers, consents, and the history entries about them. It only reads.
class PersonExport final
{
    Q_DECLARE_TR_FUNCTIONS(PersonExport)

public:
    static constexpr int FormatVersion = 1;

    // The document for `customerId`, stamped with `now` (UTC); NotFound when there is no such
    // customer.
    static Result<QJsonObject> build(const Database &db, qint64 customerId, const QDateTime &now);
    // The same for a reader: Forbidden (with the refusal) unless `access` lets them both see and
    // export this customer.
    static Result<QJsonObject> build(const Database &db,
                                     qint64 customerId,
                                     const QDateTime &now,
                                     const AccessPolicy &access);
    // The same with the scope spelt out (scope(View) ∩ scope(Export)) and the refusal it gives.
    static Result<QJsonObject> build(const Database &db,
                                     qint64 customerId,
                                     const QDateTime &now,
                                     const CustomerScope &scope,
                                     const QString &refusal);
};

} // namespace rapport
