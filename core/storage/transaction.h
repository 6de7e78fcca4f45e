#pragma once

#include "core/util/result.h"

#include <QByteArray>

namespace rapport {

class Database;

// WriteTransaction is a write transaction for the scope of a block: it begins with BEGIN
// IMMEDIATE (taking the write lock up front, so two writers queue on the busy timeout instead of
// failing half-way) and rolls back in its destructor unless commit() succeeded.
// Inside another transaction it becomes a SAVEPOINT, so a repository that writes several rows can
// always open one: alone it is atomic, and within a service's transaction it nests.
class WriteTransaction final
{
public:
    explicit WriteTransaction(const Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Did BEGIN succeed? A transaction that did not begin must not be used.
    const Status &begun() const { return m_begun; }
    Status commit();

private:
    const Database &m_db;
    Status m_begun;
    bool m_active = false;
    QByteArray m_savepoint; // empty for the outermost transaction
};

} // namespace rapport
