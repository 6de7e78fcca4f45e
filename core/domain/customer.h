#pragma once

#include "core/util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace rapport {

enum class CustomerKind { Person = 0, Organisation = 1 };
inline constexpr std::array<const char *, 2> customerKindKeys{"person", "organisation"};

// Where the customer stands in the relationship, from first contact to gone.
enum class LifecycleStage { Lead = 0, Prospect = 1, Active = 2, Lapsed = 3, Lost = 4 };
inline constexpr std::array<const char *, 5> lifecycleStageKeys{"lead",
                                                                "prospect",
                                                                "active",
                                                                "lapsed",
                                                                "lost"};

QString customerKindName(CustomerKind kind);      // translated, for display
QString lifecycleStageName(LifecycleStage stage); // translated, for display

// A customer: a person or an organisation, with the facts every view shows. Contact points,
// relationships and history are separate aggregates that refer to it by id.
struct Customer
{
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Person;
    QString firstName;    // persons
    QString lastName;     // persons
    QString organisation; // organisations: the organisation's name
    LifecycleStage stage = LifecycleStage::Lead;
    std::optional<qint64> ownerId;
    QString source;   // acquisition source (web, referral, trade fair...)
    QDate acquiredOn; // acquisition date; may be null
    QStringList tags;
    QString notes;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QDateTime deletedAt; // UTC; valid while the customer is in the trash
    int version = 0;     // 0 before the first save

    bool isDeleted() const { return deletedAt.isValid(); }
    // "Ada Lovelace" for a person, the organisation's name for an organisation.
    QString displayName() const;
    // The folded key the customer list sorts by: "lovelace ada", "acme gmbh".
    QString sortName() const;
    // Trims the text fields and tags, drops empty and duplicate tags.
    void tidy();
    // The first rule the customer breaks, as an Error naming the field; success when valid.
    Status validate() const;
    // Every rule the customer breaks (at most one per field), in the order of the form.
    QList<Error> problems() const;
};

} // namespace rapport
