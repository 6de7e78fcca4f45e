#include "core/domain/relationship.h"

#include "core/domain/enumkeys.h"

#include <QCoreApplication>

namespace rapport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relationship", text);
}

constexpr qsizetype MaxRoleLength = 200;
constexpr qsizetype MaxNoteLength = 2000;

} // namespace

QString relationshipKindName(RelationshipKind kind)
{
    switch (kind) {
    case RelationshipKind::WorksAt:
        return tr("Works at");
    case RelationshipKind::SubsidiaryOf:
        return tr("Subsidiary of");
    case RelationshipKind::ReferredBy:
        return tr("Referred by");
    case RelationshipKind::Partner:
        return tr("Partner of");
    case RelationshipKind::Supplier:
        return tr("Supplier of");
    }
    return {};
}

QString relationshipKindInverseName(RelationshipKind kind)
{
    switch (kind) {
    case RelationshipKind::WorksAt:
        return tr("Employs");
    case RelationshipKind::SubsidiaryOf:
        return tr("Parent of");
    case RelationshipKind::ReferredBy:
        return tr("Referred");
    case RelationshipKind::Partner:
        return tr("Partner of");
    case RelationshipKind::Supplier:
        return tr("Customer of");
    }
    return {};
}

void Relationship::tidy()
{
    role = role.simplified();
    note = note.trimmed();
}

Status Relationship::validate() const
{
    using K = Error::Kind;
    if (fromId <= 0)
        return Error(K::Validation,
                     tr("The relationship starts at no customer."),
                     QStringLiteral("fromId"));
    if (toId <= 0)
        return Error(K::Validation,
                     tr("The relationship leads to no customer."),
                     QStringLiteral("toId"));
    if (fromId == toId)
        return Error(K::Validation,
                     tr("A customer cannot have a relationship with itself."),
                     QStringLiteral("toId"));
    if (!enumFromInt<RelationshipKind>(int(kind), relationshipKindKeys))
        return Error(K::Validation,
                     tr("The kind of relationship is not one Rapport knows."),
                     QStringLiteral("kind"));
    if (role.size() > MaxRoleLength)
        return Error(K::Validation,
                     tr("The role is longer than %1 characters.").arg(MaxRoleLength),
                     QStringLiteral("role"));
    if (since.isValid() && since > QDate::currentDate().addDays(1))
        return Error(K::Validation,
                     tr("The relationship cannot begin in the future."),
                     QStringLiteral("since"));
    if (note.size() > MaxNoteLength)
        return Error(K::Validation,
                     tr("The note is longer than %1 characters.").arg(MaxNoteLength),
                     QStringLiteral("note"));
    return {};
}

} // namespace rapport
