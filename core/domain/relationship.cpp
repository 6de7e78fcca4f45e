#include "core/domain/relationship.h"

#include "core/domain/enumkeys.h"

#include <QCoreApplication>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RelationshipTexts
{
    Q_DECLARE_TR_FUNCTIONS(Relationship)
};

constexpr qsizetype MaxRoleLength = 200;
constexpr qsizetype MaxNoteLength = 2000;

} // namespace

QString relationshipKindName(RelationshipKind kind)
{
    switch (kind) {
    case RelationshipKind::WorksAt:
        return RelationshipTexts::tr("Works at");
    case RelationshipKind::SubsidiaryOf:
        return RelationshipTexts::tr("Subsidiary of");
    case RelationshipKind::ReferredBy:
        return RelationshipTexts::tr("Referred by");
    case RelationshipKind::Partner:
        return RelationshipTexts::tr("Partner of");
    case RelationshipKind::Supplier:
        return RelationshipTexts::tr("Supplier of");
    }
    return {};
}

QString relationshipKindInverseName(RelationshipKind kind)
{
    switch (kind) {
    case RelationshipKind::WorksAt:
        return RelationshipTexts::tr("Employs");
    case RelationshipKind::SubsidiaryOf:
        return RelationshipTexts::tr("Parent of");
    case RelationshipKind::ReferredBy:
        return RelationshipTexts::tr("Referred");
    case RelationshipKind::Partner:
        return RelationshipTexts::tr("Partner of");
    case RelationshipKind::Supplier:
        return RelationshipTexts::tr("Customer of");
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
                     RelationshipTexts::tr("The relationship starts at no customer."),
                     QStringLiteral("fromId"));
    if (toId <= 0)
        return Error(K::Validation,
                     RelationshipTexts::tr("The relationship leads to no customer."),
                     QStringLiteral("toId"));
    if (fromId == toId)
        return Error(K::Validation,
                     RelationshipTexts::tr("A customer cannot have a relationship with itself."),
                     QStringLiteral("toId"));
    if (!enumFromInt<RelationshipKind>(int(kind), relationshipKindKeys))
        return Error(K::Validation,
                     RelationshipTexts::tr("The kind of relationship is not one Rapport knows."),
                     QStringLiteral("kind"));
    if (role.size() > MaxRoleLength)
        return Error(K::Validation,
                     RelationshipTexts::tr("The role is longer than %1 characters.")
                         .arg(MaxRoleLength),
                     QStringLiteral("role"));
    if (since.isValid() && since > QDate::currentDate().addDays(1))
        return Error(K::Validation,
                     RelationshipTexts::tr("The relationship cannot begin in the future."),
                     QStringLiteral("since"));
    if (note.size() > MaxNoteLength)
        return Error(K::Validation,
                     RelationshipTexts::tr("The note is longer than %1 characters.")
                         .arg(MaxNoteLength),
                     QStringLiteral("note"));
    return {};
}

} // namespace rapport
