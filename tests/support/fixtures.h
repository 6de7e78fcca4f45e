#pragma once

#include "core/domain/enumkeys.h"
#include "core/domain/user.h"
#include "core/storage/transaction.h"

#include <QDateTime>
#include <QSet>
#include <QString>

#include <catch2/catch.hpp>

#include <array>

namespace rapport {
class Database;
}

namespace rapport::test {

// Runs `write` (repository calls) in one WriteTransaction and commits it. On a connection with a
// write door (a Workspace's) the door records the change in the history; a bare write there is
// refused, as it would be in the application.
template<typename Write>
auto committed(Database &db, Write &&write) -> decltype(write())
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto result = write();
    if (result.ok()) {
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    return result;
}

// The time a test stamps on a repository write of its own (repositories never read the clock;
// in the application the door's time is passed in): the system clock in whole seconds.
inline QDateTime wallClock()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

// Minimal rows that other rows refer to, so a test of one repository can satisfy the foreign
// keys without spelling out a whole customer or product. Each FAILs the test when it cannot.
qint64 addCustomer(Database &db, const QString &name);
qint64 addUser(Database &db, const QString &login, Role role = Role::SalesRep);
qint64 addProduct(Database &db,
                  const QString &sku,
                  qint64 priceMinor,
                  const QString &currency = QStringLiteral("EUR"));
// A UTC time in whole seconds, as the database stores it.
QDateTime utc(int year, int month, int day, int hour = 12, int minute = 0, int second = 0);
// Counts the rows of one of the schema's tables (the name is the test's own constant).
qint64 rowCount(Database &db, const char *table);

// Every value of an enumeration has its key, is found again from it (in any case) and has a
// display name of its own.
template<typename Enum, std::size_t N, typename NameFunction>
void checkEnumeration(const std::array<const char *, N> &keys, NameFunction name)
{
    QSet<QString> names;
    for (std::size_t i = 0; i < N; ++i) {
        const auto value = static_cast<Enum>(i);
        CHECK(enumKey(value, keys) == QLatin1String(keys[i]));
        CHECK(enumFromKey<Enum>(QString::fromLatin1(keys[i]).toUpper(), keys) == value);
        CHECK_FALSE(name(value).isEmpty());
        names.insert(name(value));
    }
    CHECK(std::size_t(names.size()) == N);
    CHECK_FALSE(enumFromKey<Enum>(u"no such key", keys).has_value());
    CHECK_FALSE(enumFromInt<Enum>(int(N), keys).has_value());
}

} // namespace rapport::test
