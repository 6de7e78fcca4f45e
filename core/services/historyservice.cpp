#include "core/services/historyservice.h"

namespace rapport {

HistoryService::HistoryService(const Database &db)
    : m_repo(db)
{}

Result<QList<HistoryEntry>> HistoryService::page(const HistoryFilter &filter,
                                                 qint64 beforeId,
                                                 int limit)
{
    return m_repo.page(filter, beforeId, limit);
}

Result<qint64> HistoryService::count(const HistoryFilter &filter)
{
    return m_repo.count(filter);
}

Result<QStringList> HistoryService::fields(const HistoryFilter &filter)
{
    return m_repo.fields(filter);
}

Result<std::optional<HistoryBreak>> HistoryService::verify()
{
    return m_repo.verify();
}

} // namespace rapport
