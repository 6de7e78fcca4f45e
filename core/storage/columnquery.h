#pragma once

#include "core/util/result.h"

#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace rapport {

class Database;

// ColumnQuery is a read statement stepped through the SQLite C API on the Database's own
// connection, for the analytics loaders that pull hundreds of thousands of rows into column
// vectors: QSqlQuery costs a QVariant (and Qt 6.4 a placeholder name) per value, which is most
// of the time of such a pull. It is prepared when made and used for one read.
class ColumnQuery final
{
public:
    ColumnQuery(const Database &db, const char *sql);
    ~ColumnQuery();
    ColumnQuery(const ColumnQuery &) = delete;
    ColumnQuery &operator=(const ColumnQuery &) = delete;

    // Parameters are numbered from 1, as in SQLite (?1, ?2... may repeat in the SQL).
    void bind(int index, qint64 value);
    void bind(int index, std::optional<qint64> value); // NULL when empty
    void bind(int index, const QString &text);         // NULL when empty

    // Steps to the next row: true on a row; false at the end or on an error (see finish()).
    bool next();
    qint64 int64(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;

    // Ends the read (releasing the read lock): ok when every row was read without error, else
    // an Error saying that `what` failed.
    Status finish(const QString &what);

private:
    const Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_code = 0;
};

} // namespace rapport
