#include "core/storage/nativestatement.h"

#include "core/storage/database.h"
#include "core/storage/sqlerror.h"

#include <sqlite3.h>

namespace rapport {

NativeStatement::NativeStatement(const Database &db, const char *sql)
    : m_db(db)
{
    m_prepareCode
        = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_stmt);
}

void NativeStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void NativeStatement::bind(int index, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    // SQLite copies the text (SQLITE_TRANSIENT) and converts UTF-16 to the file's UTF-8 itself.
    sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void NativeStatement::bind(int index, std::optional<qint64> value)
{
    if (value)
        sqlite3_bind_int64(m_stmt, index, *value);
    else
        sqlite3_bind_null(m_stmt, index);
}

void NativeStatement::bind(int index, const QDate &date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    char iso[11];
    const int y = date.year(), m = date.month(), d = date.day();
    iso[0] = char('0' + y / 1000);
    iso[1] = char('0' + y / 100 % 10);
    iso[2] = char('0' + y / 10 % 10);
    iso[3] = char('0' + y % 10);
    iso[4] = '-';
    iso[5] = char('0' + m / 10);
    iso[6] = char('0' + m % 10);
    iso[7] = '-';
    iso[8] = char('0' + d / 10);
    iso[9] = char('0' + d % 10);
    iso[10] = '\0';
    sqlite3_bind_text(m_stmt, index, iso, 10, SQLITE_TRANSIENT);
}

void NativeStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

Status NativeStatement::exec(const QString &what)
{
    sqlite3 *db = m_db.handle();
    if (m_prepareCode != SQLITE_OK || !m_stmt)
        return sqliteError(m_prepareCode, QString::fromUtf8(sqlite3_errmsg(db)), what);
    const int rc = sqlite3_step(m_stmt);
    Status result;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        // The extended code says which constraint broke; the message says where.
        result = sqliteError(sqlite3_extended_errcode(db),
                             QString::fromUtf8(sqlite3_errmsg(db)),
                             what);
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return result;
}

qint64 NativeStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db.handle());
}

int NativeStatement::changes() const
{
    return sqlite3_changes(m_db.handle());
}

} // namespace rapport
