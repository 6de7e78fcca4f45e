#pragma once

#include "core/domain/priority.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace rapport {

// A complaint or a service request. The values are the schema's codes (cases.kind).
enum class CaseKind { Complaint = 0, ServiceRequest = 1 };
inline constexpr std::array<const char *, 2> caseKindKeys{"complaint", "service_request"};

// Where a case stands. The values are the schema's codes (cases.status).
enum class CaseStatus { New = 0, Open = 1, Waiting = 2, Resolved = 3, Closed = 4 };
inline constexpr std::array<const char *, 5> caseStatusKeys{"new",
                                                            "open",
                                                            "waiting",
                                                            "resolved",
                                                            "closed"};

QString caseKindName(CaseKind kind);       // translated, for display
QString caseStatusName(CaseStatus status); // translated, for display
// The one way a case is named to users: "#9211", never digit-grouped ("Case #9211 opened.").
QString caseReference(qint64 id);

// A support case: something a customer needs from us (a complaint to settle, a service to
// deliver), from the moment it is opened until it is resolved and closed. Named SupportCase
// because `case` is a keyword.
struct SupportCase
{
    qint64 id = 0;
    qint64 customerId = 0;
    CaseKind kind = CaseKind::Complaint;
    QString subject;
    QString description;
    QString category;
    CaseStatus status = CaseStatus::New;
    Priority priority = Priority::Normal;
    std::optional<qint64> ownerId; // the agent handling it; none while it waits in the queue
    QDateTime openedAt;            // UTC
    QDateTime resolvedAt;          // UTC; set once resolved or closed, null before
    QString resolution;
    int version = 0; // 0 before the first save

    // Resolved or closed: nothing more is expected of the agent.
    bool isFinished() const
    {
        return status == CaseStatus::Resolved || status == CaseStatus::Closed;
    }
    void tidy();
    // The first rule the case breaks, as an Error naming the field; success when valid.
    Status validate() const;
};

} // namespace rapport
