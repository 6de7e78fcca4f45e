#include "core/services/customerimport.h"

#include "core/services/door.h"

namespace rapport {

// Stubs: the import is being written (issue 12); the declarations are final.

std::optional<ImportMode> CustomerImportOptions::modeFromKey(QStringView key)
{
    for (std::size_t i = 0; i < importModeKeys.size(); ++i)
        if (key == QLatin1StringView(importModeKeys[i]))
            return ImportMode(i);
    return std::nullopt;
}

Status CustomerImportOptions::setMatchKeys(QStringView)
{
    return {};
}

QByteArray CustomerImportResult::reportCsv() const
{
    return {};
}

Status CustomerImportResult::saveReport(const QString &) const
{
    return {};
}

QJsonObject CustomerImportResult::summaryJson() const
{
    return {};
}

CustomerImport::CustomerImport(Door &door)
    : m_door(door)
{}

Result<CustomerImportResult> CustomerImport::dryRun(const io::ImportSource &source,
                                                    const io::ImportMapping &mapping,
                                                    const CustomerImportOptions &options,
                                                    const Progress &progress)
{
    return execute(source, mapping, options, progress, false);
}

Result<CustomerImportResult> CustomerImport::run(const io::ImportSource &source,
                                                 const io::ImportMapping &mapping,
                                                 const CustomerImportOptions &options,
                                                 const Progress &progress)
{
    return execute(source, mapping, options, progress, true);
}

Result<CustomerImportResult> CustomerImport::execute(const io::ImportSource &,
                                                     const io::ImportMapping &,
                                                     const CustomerImportOptions &,
                                                     const Progress &,
                                                     bool)
{
    return Error(Error::Kind::Io, tr("The customer import is not built yet."));
}

} // namespace rapport
