#include "core/domain/customernote.h"

#include <QCoreApplication>

namespace rapport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CustomerNote", text);
}

} // namespace

void CustomerNote::tidy()
{
    body = body.trimmed();
}

Status CustomerNote::validate() const
{
    using K = Error::Kind;
    if (customerId <= 0)
        return Error(K::Validation,
                     tr("The note belongs to no customer."),
                     QStringLiteral("customerId"));
    if (body.trimmed().isEmpty())
        return Error(K::Validation, tr("The note is empty."), QStringLiteral("body"));
    if (body.size() > MaxBodyLength)
        return Error(K::Validation,
                     tr("The note is longer than %1 characters.").arg(MaxBodyLength),
                     QStringLiteral("body"));
    if (authorId && *authorId <= 0)
        return Error(K::Validation,
                     tr("The author is not a valid user."),
                     QStringLiteral("authorId"));
    return {};
}

} // namespace rapport
