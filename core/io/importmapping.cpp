#include "core/io/importmapping.h"

namespace rapport::io {

// Stubs: the mapping is being written (issue 12); the declarations are final.

QString importTargetHeader(ImportTarget)
{
    return {};
}

QString importTargetName(ImportTarget)
{
    return {};
}

ImportTarget importTargetFromKey(QStringView)
{
    return ImportTarget::Ignore;
}

bool isContactTarget(ImportTarget)
{
    return false;
}

bool isAddressTarget(ImportTarget)
{
    return false;
}

int ImportMapping::columnOf(ImportTarget) const
{
    return -1;
}

Status ImportMapping::check(bool) const
{
    return {};
}

QJsonObject ImportMapping::toJson() const
{
    return {};
}

QByteArray ImportMapping::toJsonBytes() const
{
    return {};
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject &)
{
    return ImportMapping{};
}

Result<ImportMapping> ImportMapping::fromJsonBytes(const QByteArray &)
{
    return ImportMapping{};
}

Result<ImportMapping> ImportMapping::load(const QString &)
{
    return ImportMapping{};
}

Status ImportMapping::save(const QString &) const
{
    return {};
}

ImportMapping ImportMapping::appliedTo(const QStringList &fileHeaders, QStringList *) const
{
    return suggestMapping(fileHeaders);
}

ImportMapping suggestMapping(const QStringList &headers)
{
    ImportMapping mapping;
    mapping.headers = headers;
    mapping.columns.resize(std::size_t(headers.size()));
    return mapping;
}

QString foldHeader(QStringView header)
{
    return header.toString().toLower();
}

} // namespace rapport::io
