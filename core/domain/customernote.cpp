#include "core/domain/customernote.h"

#include <QCoreApplication>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct CustomerNoteTexts
{
    Q_DECLARE_TR_FUNCTIONS(CustomerNote)
};

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
                     CustomerNoteTexts::tr("The note belongs to no customer."),
                     QStringLiteral("customerId"));
    if (body.trimmed().isEmpty())
        return Error(K::Validation,
                     CustomerNoteTexts::tr("The note is empty."),
                     QStringLiteral("body"));
    if (body.size() > MaxBodyLength)
        return Error(K::Validation,
                     CustomerNoteTexts::tr("The note is longer than %1 characters.")
                         .arg(MaxBodyLength),
                     QStringLiteral("body"));
    if (authorId && *authorId <= 0)
        return Error(K::Validation,
                     CustomerNoteTexts::tr("The author is not a valid user."),
                     QStringLiteral("authorId"));
    return {};
}

} // namespace rapport
