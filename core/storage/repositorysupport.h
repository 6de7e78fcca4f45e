#pragma once

#include "core/domain/enumkeys.h"
#include "core/util/error.h"

#include <QDateTime>
#include <QVariant>

#include <array>
#include <span>

class QSqlQuery;

namespace rapport {

class Statement;

// Small pieces every repository needs, kept in one place so that all of them treat time,
// broken constraints and stale versions alike.
namespace repository {

// The longest page a listing returns; a screen never needs more at once.
inline constexpr int MaxPage = 10000;
inline int pageSize(int limit)
{
    return limit < 1 ? 1 : (limit > MaxPage ? MaxPage : limit);
}

// `at` as the database stores it: UTC, whole seconds, so a value written equals the one read
// back. Repositories never read the clock: the time of a write is the door's (WriteScope::now()).
QDateTime stored(const QDateTime &at);

// Which rule of the schema a failed write broke, from SQLite's extended result code.
enum class Constraint { None, Unique, ForeignKey, Check, NotNull, Other };
Constraint brokenConstraint(const QSqlQuery &query);

// After an UPDATE ... WHERE id = ? AND version = ? touched no row: tells a stale version (the
// row exists: Conflict with `conflict`) from a row that is gone (NotFound with `missing`).
// `exists` is the repository's "SELECT 1 FROM <table> WHERE id = ?".
Error staleOrMissing(Statement &exists,
                     qint64 id,
                     const QString &conflict,
                     const QString &missing,
                     const QString &what);

// A JSON array of ids, bound as one value to "json_each(?)": one statement serves a batch of
// any size.
QString jsonIds(std::span<const qint64> ids);

// An enumeration read from its INTEGER column; `fallback` for a code this build does not know
// (the schema's CHECK constraints keep those out, a newer Rapport might not).
template<typename Enum, std::size_t N>
Enum enumColumn(const QVariant &value, const std::array<const char *, N> &keys, Enum fallback)
{
    return enumFromInt<Enum>(value.toInt(), keys).value_or(fallback);
}

// Releases a statement's result set when the read is over, however it ends, so that a read
// never keeps the database's read lock (which would stall a WAL checkpoint or a writer).
class FinishGuard final
{
public:
    explicit FinishGuard(Statement &statement)
        : m_statement(statement)
    {}
    ~FinishGuard();
    FinishGuard(const FinishGuard &) = delete;
    FinishGuard &operator=(const FinishGuard &) = delete;

private:
    Statement &m_statement;
};

} // namespace repository
} // namespace rapport
