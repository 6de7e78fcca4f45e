#pragma once

#include "core/storage/historyrepository.h"

namespace rapport {

class Database;

// HistoryService is the one way the desktop and the CLI read the history (the audit trail): the
// 360° view's History tab, the administrator's audit view and `rapport-cli history` page through
// it newest first. Reading needs no door; nothing here writes. (Roles come later: the permission
// to read the whole database's history will be checked here.)
class HistoryService final
{
public:
    explicit HistoryService(const Database &db);

    // The newest entries of `filter` first, older than `beforeId` (0: from the newest), at most
    // `limit`: keyset paging by id, so a page costs the same at any depth.
    Result<QList<HistoryEntry>> page(const HistoryFilter &filter, qint64 beforeId, int limit);
    Result<qint64> count(const HistoryFilter &filter);
    // The distinct fields the entries of `filter` changed, sorted (a field filter's choices).
    Result<QStringList> fields(const HistoryFilter &filter);
    // Walks the hash chain; nullopt when every entry fits.
    Result<std::optional<HistoryBreak>> verify();

private:
    HistoryRepository m_repo;
};

} // namespace rapport
