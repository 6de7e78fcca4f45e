#pragma once

#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace rapport {

class Database;

// One live customer as the duplicate scan reads it: the folded keys it blocks and compares on.
struct DuplicateScanRow
{
    qint64 id = 0;
    int kind = 0;      // CustomerKind
    QString nameKey;   // customers.sort_name: "weber anna", "acme gmbh"
    int lastWords = 0; // how many words of nameKey are the last name (persons)
    QString orgKey;    // a person's organisation, folded; empty when none
    QString cityKey;   // the city of the primary address, folded; empty when none
    std::optional<qint64> ownerId;
};

// What a reviewer needs to see of one customer of a pair.
struct DuplicateFacts
{
    qint64 id = 0;
    int kind = 0;
    QString name;
    QString organisation; // a person's organisation ("works at")
    QString city;
    QStringList emails;
    QStringList phones; // E.164 as stored
};

// DuplicateRepository owns the SQL of the duplicate scan (core/services/duplicatefinder.h): it
// streams the live customers and their e-mail addresses and phone numbers through the SQLite C
// API (a million of each in seconds), reads the facts of the customers of the pairs found, and
// keeps the pairs users dismissed ("not a duplicate", schema 13).
class DuplicateRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateRepository)

public:
    explicit DuplicateRepository(const Database &db);

    // Every customer not in the trash, by id.
    Status scanCustomers(const std::function<void(const DuplicateScanRow &)> &row);
    // Every phone number (kind 0) and e-mail address (kind 1) of any customer: `key` is the
    // normalised e-mail, or for a phone its last digits (phone_key), else the value.
    Status scanContacts(
        const std::function<void(qint64 customerId, int kind, const QString &key)> &row);
    Result<DuplicateFacts> facts(qint64 id);

    // Pairs dismissed as "not a duplicate", lower id first.
    Result<QList<std::pair<qint64, qint64>>> dismissed();
    // Inside the caller's (the door's) transaction.
    Status dismiss(qint64 a, qint64 b, const QDateTime &at, std::optional<qint64> userId);
    Status undismiss(qint64 a, qint64 b);

private:
    const Database &m_db;
    Statement m_customer;
    Statement m_points;
    Statement m_dismissed;
    Statement m_dismiss;
    Statement m_undismiss;
};

} // namespace rapport
