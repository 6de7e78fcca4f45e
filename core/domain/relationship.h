#pragma once

#include "core/util/result.h"

#include <QDate>
#include <QString>

#include <array>

namespace rapport {

// How one customer stands to another, read "from <kind> to": Ada works at Acme, Acme Ltd is a
// subsidiary of Acme Group, Bob was referred by Ada, two firms are partners, one is a supplier
// of the other. The values are the schema's codes (relationships.kind).
enum class RelationshipKind {
    WorksAt = 0,
    SubsidiaryOf = 1,
    ReferredBy = 2,
    Partner = 3,
    Supplier = 4
};
inline constexpr std::array<const char *, 5> relationshipKindKeys{"works_at",
                                                                  "subsidiary_of",
                                                                  "referred_by",
                                                                  "partner",
                                                                  "supplier"};

// Translated, for display: the kind as seen from `from` ("Works at") and as seen from `to`
// ("Employs"), because the 360° view of either customer lists the same row.
QString relationshipKindName(RelationshipKind kind);
QString relationshipKindInverseName(RelationshipKind kind);

// A directed link between two customers, such as a person's job at an organisation.
struct Relationship
{
    qint64 id = 0;
    qint64 fromId = 0;
    qint64 toId = 0;
    RelationshipKind kind = RelationshipKind::WorksAt;
    QString role; // e.g. the job title for "works at"
    QDate since;  // may be null
    QString note;
    int version = 0; // 0 before the first save

    // The other end of the link as seen from `customerId`.
    qint64 otherId(qint64 customerId) const { return customerId == fromId ? toId : fromId; }
    void tidy();
    // The first rule the relationship breaks, as an Error naming the field; success when valid.
    Status validate() const;
};

} // namespace rapport
