#include "core/services/workspace.h"

#include "core/services/changebus.h"

namespace rapport {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Database::Mode mode)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, mode);
    if (!db)
        return db.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(db).value()));
}

Workspace::Workspace(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_changes(new ChangeBus(this))
{}

Workspace::~Workspace() = default;

} // namespace rapport
