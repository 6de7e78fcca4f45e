#pragma once

#include "core/storage/database.h"
#include "core/util/result.h"

#include <QObject>

#include <memory>

namespace rapport {

class ChangeBus;

// Workspace is one open Rapport database as the desktop holds it: the connection (on the GUI
// thread) and the change bus every service and model of that database shares. The UI keeps one
// Workspace per open database and drops it to close the database; models built on it must go
// first.
class Workspace final : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<Workspace>> open(const QString &path, Database::Mode mode);
    ~Workspace() override;

    Database &database() const { return *m_db; }
    ChangeBus &changes() const { return *m_changes; }
    const QString &path() const { return m_db->path(); }

private:
    explicit Workspace(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    ChangeBus *m_changes; // a child of this object
};

} // namespace rapport
