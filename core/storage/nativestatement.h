#pragma once

#include "core/util/result.h"

#include <QDate>
#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace rapport {

class Database;

// NativeStatement is a write statement prepared, bound and stepped through the SQLite C API on
// the Database's own connection. Repositories use it for inserts on hot paths (bulk creation,
// logging a call) where QSqlQuery's per-value cost shows: Qt 6.4 builds a placeholder name with
// QString::arg for every positional bindValue(). Reads keep using Statement (QSqlQuery).
class NativeStatement final
{
public:
    NativeStatement(const Database &db, const char *sql);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    // Parameters are numbered from 1, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, const QString &text); // empty text binds NULL
    void bind(int index, std::optional<qint64> value);
    void bind(int index, const QDate &date); // ISO text, NULL when invalid
    void bindNull(int index);

    // Runs the statement to completion and resets it; `what` names the action in an error.
    Status exec(const QString &what);
    qint64 lastInsertId() const;
    int changes() const;

private:
    const Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_prepareCode = 0;
};

} // namespace rapport
