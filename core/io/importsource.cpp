#include "core/io/importsource.h"

namespace rapport::io {

// Stubs: the source is being written (issue 12); the declarations are final.

struct ImportSource::VCardTable
{};

ImportSource::ImportSource() = default;
ImportSource::~ImportSource() = default;
ImportSource::ImportSource(const ImportSource &) = default;
ImportSource &ImportSource::operator=(const ImportSource &) = default;
ImportSource::ImportSource(ImportSource &&) noexcept = default;
ImportSource &ImportSource::operator=(ImportSource &&) noexcept = default;

Result<ImportSource> ImportSource::open(const QString &path)
{
    return Error(Error::Kind::Io, tr("Importing %1 is not built yet.").arg(path));
}

Result<ImportSource> ImportSource::fromBytes(QByteArray, const QString &fileName)
{
    return Error(Error::Kind::Io, tr("Importing %1 is not built yet.").arg(fileName));
}

Status ImportSource::setDialect(const CsvDialect &dialect)
{
    m_dialect = dialect;
    return {};
}

std::vector<CsvRecord> ImportSource::preview(int) const
{
    return {};
}

std::vector<ImportSource::Piece> ImportSource::pieces(int) const
{
    return {};
}

void ImportSource::read(const Piece &,
                        const std::function<bool(CsvRecord &&)> &,
                        const std::function<bool(SourceProblem &&)> &) const
{}

qint64 ImportSource::extent() const
{
    return 0;
}

Status ImportSource::decode()
{
    return {};
}

} // namespace rapport::io
