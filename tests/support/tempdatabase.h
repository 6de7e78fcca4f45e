#pragma once

#include "core/storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace rapport::test {

// A fresh Rapport database in a temporary folder that disappears with the object.
class TempDatabase final
{
public:
    TempDatabase();
    Database &db() { return *m_db; }
    Database *operator->() { return m_db.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }
    QString folder() const { return m_dir.path(); }
    // Closes and reopens the file (to see what another program would see).
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace rapport::test
