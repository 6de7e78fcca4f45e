#include "core/storage/columnquery.h"

#include "core/storage/database.h"
#include "core/storage/sqlerror.h"

#include <sqlite3.h>

namespace rapport {

ColumnQuery::ColumnQuery(const Database &db, const char *sql)
    : m_db(db)
{
    m_code = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
}

ColumnQuery::~ColumnQuery()
{
    sqlite3_finalize(m_stmt);
}

void ColumnQuery::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void ColumnQuery::bind(int index, std::optional<qint64> value)
{
    if (value)
        sqlite3_bind_int64(m_stmt, index, *value);
    else
        sqlite3_bind_null(m_stmt, index);
}

void ColumnQuery::bind(int index, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

bool ColumnQuery::next()
{
    if (m_code != SQLITE_OK && m_code != SQLITE_ROW)
        return false;
    m_code = sqlite3_step(m_stmt);
    return m_code == SQLITE_ROW;
}

qint64 ColumnQuery::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool ColumnQuery::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString ColumnQuery::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf16(data, sqlite3_column_bytes16(m_stmt, column) / 2);
}

Status ColumnQuery::finish(const QString &what)
{
    const int code = m_code;
    if (m_stmt)
        sqlite3_reset(m_stmt);
    if (code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW) // ROW: stopped early
        return {};
    return sqliteError(code, QString::fromUtf8(sqlite3_errmsg(m_db.handle())), what);
}

} // namespace rapport
